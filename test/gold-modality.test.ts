import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertCovers, readJsonLines } from './helpers.js';
import { PLOVER_TYPES, type Modality, type Polarity } from '../src/events/types.js';
import { projectRoot } from '../src/util/paths.js';

/**
 * The modality contrast set (gold/events/modality.jsonl): original sentences
 * written for the project, each event located by an exact trigger substring.
 * This test checks the format and the design of the set (see MODALITY.md).
 */

interface ContrastEvent {
  type: string;
  trigger: string;
  occurrence?: number;
  polarity: string;
  modality: string;
}

interface ContrastLine {
  id: string;
  lang: string;
  date: string;
  text: string;
  events: ContrastEvent[];
  group: string;
}

const GOLD = join(projectRoot, 'gold', 'events', 'modality.jsonl');
const LINE_KEYS = ['date', 'events', 'group', 'id', 'lang', 'text'];
const EVENT_KEYS = new Set(['modality', 'occurrence', 'polarity', 'trigger', 'type']);
const LANGS = ['fr', 'en'] as const;
/** Records keep the compiler in step with the event model: a missing or extra value fails to build. */
const MODALITY: Record<Modality, true> = {
  actual: true,
  requested: true,
  future: true,
  hypothetical: true,
  background: true,
};
const POLARITY: Record<Polarity, true> = { positive: true, negative: true };
const MODALITIES = Object.keys(MODALITY);
const POLARITIES = Object.keys(POLARITY);
const TYPES = new Set<string>(PLOVER_TYPES);
const WORD_CHAR = /[\p{L}\p{N}]/u;

const MIN_SENTENCES = 100;
const MIN_PER_LANG = 45;
const MIN_GROUP = 3;
/** A contrast group tells its event in at least this many modality × polarity readings. */
const MIN_READINGS = 3;

function readGold(): ContrastLine[] {
  return readJsonLines<ContrastLine>(GOLD);
}

/** Start offsets of every occurrence of `needle` in `text`, overlapping ones included. */
function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

const lines = readGold();

test('every line has the contrast-set fields with valid values', () => {
  const ids = new Set<string>();
  for (const line of lines) {
    assert.deepEqual(Object.keys(line).sort(), LINE_KEYS, `${line.id}: fields`);
    assert.ok((LANGS as readonly string[]).includes(line.lang), `${line.id}: lang ${line.lang}`);
    assert.match(line.id, new RegExp(`^${line.lang}-\\d{3}$`), `${line.id}: id`);
    assert.ok(!ids.has(line.id), `${line.id}: duplicate id`);
    ids.add(line.id);
    assert.match(line.date, /^\d{4}-\d{2}-\d{2}$/, `${line.id}: date`);
    assert.equal(new Date(`${line.date}T00:00:00Z`).toISOString().slice(0, 10), line.date);
    assert.equal(typeof line.text, 'string');
    assert.equal(line.text, line.text.trim(), `${line.id}: text has outer whitespace`);
    assert.ok(line.text.length > 0, `${line.id}: empty text`);
    assert.match(line.group, /^[a-z]{2}-[a-z0-9-]+$/, `${line.id}: group`);
    assert.ok(Array.isArray(line.events) && line.events.length > 0, `${line.id}: no event`);
  }
});

test('every event has a valid type, polarity and modality', () => {
  for (const line of lines) {
    for (const e of line.events) {
      const where = `${line.id} "${e.trigger}"`;
      for (const key of Object.keys(e)) assert.ok(EVENT_KEYS.has(key), `${where}: field ${key}`);
      assert.ok(TYPES.has(e.type), `${where}: type ${e.type}`);
      assert.ok(POLARITIES.includes(e.polarity), `${where}: polarity ${e.polarity}`);
      assert.ok(MODALITIES.includes(e.modality), `${where}: modality ${e.modality}`);
    }
  }
});

test('every trigger is a whole-word substring at its occurrence, one event per trigger', () => {
  for (const line of lines) {
    const used = new Set<number>();
    for (const e of line.events) {
      const where = `${line.id} "${e.trigger}"`;
      assert.ok(
        typeof e.trigger === 'string' && e.trigger.trim() === e.trigger && e.trigger !== '',
      );
      const found = occurrences(line.text, e.trigger);
      if (e.occurrence === undefined) {
        assert.equal(found.length, 1, `${where}: occurs ${found.length} times, occurrence needed`);
      } else {
        assert.ok(Number.isInteger(e.occurrence) && e.occurrence >= 1, `${where}: occurrence`);
      }
      const start = found[(e.occurrence ?? 1) - 1];
      assert.ok(start !== undefined, `${where}: occurrence ${e.occurrence ?? 1} not in text`);
      const end = start + e.trigger.length;
      assert.ok(!WORD_CHAR.test(line.text[start - 1] ?? ' '), `${where}: starts inside a word`);
      assert.ok(!WORD_CHAR.test(line.text[end] ?? ' '), `${where}: ends inside a word`);
      assert.ok(!used.has(start), `${where}: two events on one trigger`);
      used.add(start);
    }
  }
});

test('a requested event comes with the REQUEST that asks for it', () => {
  for (const line of lines) {
    if (line.events.some((e) => e.modality === 'requested')) {
      assert.ok(
        line.events.some((e) => e.type === 'REQUEST' && e.modality !== 'requested'),
        `${line.id}: requested event without its REQUEST`,
      );
    }
  }
});

test('the set is large enough and covers both languages, every modality and both polarities', () => {
  assert.ok(lines.length >= MIN_SENTENCES, `${lines.length} sentences < ${MIN_SENTENCES}`);
  for (const lang of LANGS) {
    const ofLang = lines.filter((l) => l.lang === lang);
    assert.ok(ofLang.length >= MIN_PER_LANG, `${lang}: ${ofLang.length} sentences`);
    const events = ofLang.flatMap((l) => l.events);
    assertCovers(events, 'modality', MODALITIES, `${lang} events`);
    assertCovers(events, 'polarity', POLARITIES, `${lang} events`);
  }
});

test('contrast groups are monolingual, hold at least three sentences and contrast readings', () => {
  const groups = new Map<string, ContrastLine[]>();
  for (const line of lines) groups.set(line.group, [...(groups.get(line.group) ?? []), line]);
  for (const [group, members] of groups) {
    assert.ok(members.length >= MIN_GROUP, `${group}: ${members.length} sentences`);
    assert.equal(new Set(members.map((m) => m.lang)).size, 1, `${group}: mixes languages`);
    assert.ok(group.startsWith(`${members[0].lang}-`), `${group}: prefix is not its language`);
    const readings = new Set(
      members.flatMap((m) => m.events.map((e) => `${e.modality}/${e.polarity}`)),
    );
    assert.ok(readings.size >= MIN_READINGS, `${group}: only ${[...readings].join(', ')}`);
  }
});
