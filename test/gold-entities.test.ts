import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { GoldPassage } from '../src/eval/entities.js';
import { sourceText } from '../src/eval/sources.js';
import { projectRoot } from '../src/util/paths.js';
import { sharedData, readJsonLines } from './helpers.js';

/**
 * The entity gold sets (gold/entities/{fr,en}.jsonl) hold references, offsets
 * and labels only (see gold/entities/README.md); this test checks every span
 * against the texts it points to and every label against the guidelines.
 */

const PASSAGE_KEYS = ['end', 'entities', 'places', 'source', 'start'];
const ENTITY_KEYS = ['anonymous', 'country', 'id', 'mentions', 'name', 'role', 'sector', 'type'];
const PLACE_KEYS = ['country', 'end', 'kind', 'name', 'start'];
const TYPES = new Set(['person', 'organisation', 'government', 'news', 'igo']);
const MENTION_KINDS = new Set(['name', 'nominal', 'pronoun']);
const PLACE_KINDS = new Set(['country', 'city', 'region', 'continent', 'other']);
/** PLOVER actor sectors (events/PLOVER.md), plus its non-state codes NGO and IGO. */
const SECTORS = new Set([
  'COP',
  'GOV',
  'JUD',
  'LEG',
  'MIL',
  'PRM',
  'PTY',
  'REB',
  'SPY',
  'UAF',
  'UNK',
  'AGR',
  'BUS',
  'CRM',
  'CVL',
  'EDU',
  'ELI',
  'JRN',
  'LAB',
  'MED',
  'REF',
  'OPP',
  'PRE',
  'REL',
  'SOC',
  'NGO',
  'IGO',
]);
const ISO3 = /^[A-Z]{3}$/;
/** Roles are short normalised English labels, never copied sentences. */
const ROLE = /^[a-z][a-z0-9' -]{0,59}$/;
/** Names are the only free strings allowed: short labels, never copied sentences. */
const MAX_NAME = 80;
const MIN_PASSAGES = 30;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const LANGUAGES = {
  fr: {
    corpus: ['time', 'french_timebank_1.1'],
    refs: /^(time\/french_timebank_1\.1\/Data\/[^/#]+\.tml|ud\/UD_French-(Sequoia|GSD)\/[^/#]+\.conllu#.+)$/,
  },
  // The PolNeAR test split is frozen for another evaluation: only train and dev.
  en: {
    corpus: ['quotes', 'polnear'],
    refs: /^quotes\/polnear\/data\/(dev|train)\/text\/[^/#]+\.txt$/,
  },
} as const;

function readGold(lang: string): GoldPassage[] {
  return readJsonLines<GoldPassage>(join(projectRoot, 'gold', 'entities', `${lang}.jsonl`));
}

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** A span inside the passage that neither starts nor ends inside a word. */
function checkSpan(
  text: string,
  passage: GoldPassage,
  start: unknown,
  end: unknown,
  what: string,
): void {
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets must be integers`);
  const [s, e] = [start as number, end as number];
  assert.ok(
    passage.start <= s && s < e && e <= passage.end,
    `${what}: [${s}, ${e}] outside the passage`,
  );
  assert.ok(
    !isWordChar(text[s - 1]) && !isWordChar(text[e]),
    `${what}: starts or ends inside a word`,
  );
  assert.ok(!/\s/.test(text[s]) && !/\s/.test(text[e - 1]), `${what}: starts or ends on a space`);
}

function checkName(name: unknown, what: string): void {
  assert.ok(
    name === null || (typeof name === 'string' && name.trim() === name && name.length > 0),
    `${what}: bad name`,
  );
  assert.ok(
    name === null || (name as string).length <= MAX_NAME,
    `${what}: name longer than ${MAX_NAME} characters`,
  );
}

function checkPassage(passage: GoldPassage, lang: keyof typeof LANGUAGES, where: string): void {
  assert.deepEqual(Object.keys(passage).sort(), PASSAGE_KEYS, `${where}: unexpected fields`);
  assert.match(
    passage.source,
    LANGUAGES[lang].refs,
    `${where}: reference outside the allowed sources`,
  );
  const text = sourceText(passage.source);
  assert.ok(
    Number.isInteger(passage.start) && Number.isInteger(passage.end),
    `${where}: passage offsets`,
  );
  assert.ok(
    0 <= passage.start && passage.start < passage.end && passage.end <= text.length,
    `${where}: passage outside the text`,
  );
  assert.ok(
    !isWordChar(text[passage.start - 1]) && !isWordChar(text[passage.end]),
    `${where}: passage cuts a word`,
  );
  const words = text.slice(passage.start, passage.end).split(/\s+/).filter(Boolean).length;
  assert.ok(words >= 80 && words <= 300, `${where}: ${words} words, expected 80-300`);

  const owner = new Map<string, string>();
  const ids = new Set<string>();
  for (const entity of passage.entities) {
    const what = `${where} ${entity.id}`;
    assert.deepEqual(Object.keys(entity).sort(), ENTITY_KEYS, `${what}: unexpected fields`);
    assert.match(entity.id, /^e\d+$/, `${what}: id`);
    assert.ok(!ids.has(entity.id), `${what}: duplicate id`);
    ids.add(entity.id);
    assert.ok(TYPES.has(entity.type), `${what}: type ${entity.type}`);
    checkName(entity.name, what);
    assert.ok(
      entity.country === null || ISO3.test(entity.country),
      `${what}: country ${entity.country}`,
    );
    assert.ok(
      entity.sector === null || SECTORS.has(entity.sector),
      `${what}: sector ${entity.sector}`,
    );
    assert.ok(entity.role === null || ROLE.test(entity.role), `${what}: role ${entity.role}`);
    assert.equal(typeof entity.anonymous, 'boolean', `${what}: anonymous`);
    assert.ok(
      !entity.anonymous || entity.name === null,
      `${what}: an anonymous entity has no name`,
    );
    assert.ok(entity.mentions.length > 0, `${what}: no mentions`);
    for (const mention of entity.mentions) {
      assert.ok(
        Array.isArray(mention) && mention.length === 3,
        `${what}: mention is not [start, end, kind]`,
      );
      const [s, e, kind] = mention;
      const label = `${what} mention [${s}, ${e}]`;
      assert.ok(MENTION_KINDS.has(kind), `${label}: kind ${kind}`);
      checkSpan(text, passage, s, e, label);
      if (kind === 'pronoun')
        assert.ok(!/\s/.test(text.slice(s, e)), `${label}: a pronoun is one word`);
      const key = `${s}:${e}`;
      const previous = owner.get(key);
      assert.ok(previous === undefined, `${label}: same span as a mention of ${previous}`);
      owner.set(key, entity.id);
    }
  }
  for (const place of passage.places) {
    const what = `${where} place [${place.start}, ${place.end}]`;
    assert.deepEqual(Object.keys(place).sort(), PLACE_KEYS, `${what}: unexpected fields`);
    assert.ok(PLACE_KINDS.has(place.kind), `${what}: kind ${place.kind}`);
    assert.ok(
      place.country === null || ISO3.test(place.country),
      `${what}: country ${place.country}`,
    );
    assert.ok(place.name !== null, `${what}: a place has a name`);
    checkName(place.name, what);
    checkSpan(text, passage, place.start, place.end, what);
  }
}

for (const lang of Object.keys(LANGUAGES) as (keyof typeof LANGUAGES)[]) {
  test(`entity gold (${lang}): references, offsets and labels are valid`, (t) => {
    if (!sharedData(t, ...LANGUAGES[lang].corpus)) return;
    const passages = readGold(lang);
    assert.ok(
      passages.length >= MIN_PASSAGES,
      `${passages.length} ${lang} passages, expected at least ${MIN_PASSAGES}`,
    );
    const seen = new Set<string>();
    passages.forEach((passage, i) => {
      const where = `${lang} line ${i + 1} (${passage.source})`;
      const key = `${passage.source}@${passage.start}`;
      assert.ok(!seen.has(key), `${where}: passage listed twice`);
      seen.add(key);
      checkPassage(passage, lang, where);
    });
    const passagesOfDoc = new Map<string, GoldPassage[]>();
    for (const p of passages)
      passagesOfDoc.set(p.source, [...(passagesOfDoc.get(p.source) ?? []), p]);
    for (const [source, list] of passagesOfDoc) {
      const sorted = [...list].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) {
        assert.ok(sorted[i - 1].end <= sorted[i].start, `${lang} ${source}: passages overlap`);
      }
    }
  });
}
