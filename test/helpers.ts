import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import type { Entity } from '../src/actors/entities.js';
import type { Doc } from '../src/document.js';
import type { Event } from '../src/events/types.js';
import type { Quote } from '../src/quotes/index.js';
import { resolvePlace, type ResolvedPlace } from '../src/places/index.js';
import { predictedTriples } from '../src/eval/quotes.js';
import { makeArticle } from '../src/ingest/article.js';
import { analyze, createDoc, stagesFor } from '../src/pipeline.js';
import { dataPath, projectRoot } from '../src/util/paths.js';

/**
 * A shared input a test needs. Absent, it skips the test with a clear message
 * on a developer machine, and fails it under CI, where it must be there.
 */
function requireShared(t: TestContext, path: string): string | null {
  if (existsSync(path)) return path;
  if (process.env.CI) throw new Error(`shared data missing under CI: ${path}`);
  t.skip(`shared data not found: ${path} (set RECOUPE_DATA)`);
  return null;
}

/** Path of a shared data set (under the data root) for a test. */
export function sharedData(t: TestContext, ...parts: string[]): string | null {
  return requireShared(t, dataPath(...parts));
}

/** Path of the canonical seed article. */
export function seedArticle(t: TestContext): string | null {
  return requireShared(t, join(projectRoot, '..', 'shared', 'seeds', '000_d76b93d86a0e74a5.txt'));
}

/** A text analysed as an article of that language and date. */
export function analyzeText(text: string, lang: string, published = '2024-05-02'): Doc {
  return analyze(
    makeArticle({ source: 'test', outlet: null, lang, published, title: null, text, metadata: {} }),
  );
}

/** A text run through the pipeline up to and including the actor stage. */
export function analyzeThroughActors(
  text: string,
  lang: string,
  published: string | null = '2024-05-14',
): Doc {
  const doc = createDoc(
    makeArticle({ source: 'test', outlet: null, lang, published, title: null, text, metadata: {} }),
  );
  const stages = stagesFor(doc.lang.code);
  const actorsAt = stages.findIndex((stage) => stage.name === 'actors');
  assert.ok(actorsAt >= 0, `the pipeline of ${lang} has an actors stage`);
  for (const stage of stages.slice(0, actorsAt + 1)) stage.run(doc);
  return doc;
}

/** The actors of a text (see analyzeThroughActors). */
export function actorsOf(text: string, lang: string, published?: string | null): Entity[] {
  const doc = analyzeThroughActors(text, lang, published);
  assert.ok(doc.entities, 'the actors stage adds the entities layer');
  return doc.entities;
}

/** The entity one of whose mentions contains this text, if any. */
export const named = (entities: Entity[], text: string): Entity | undefined =>
  entities.find((e) => e.mentions.some((m) => m.text.includes(text)));

/** The entity one of whose mentions contains this text; fails the test when there is none. */
export function entityNamed(entities: Entity[], text: string): Entity {
  const e = named(entities, text);
  assert.ok(
    e,
    `no entity for "${text}" in ${JSON.stringify(entities.map((x) => x.mentions[0].text))}`,
  );
  return e;
}

/** Country, sector, type and role of the entity named by this text. */
export function profileOf(entities: Entity[], text: string) {
  const e = entityNamed(entities, text);
  return { country: e.country, sector: e.sector, type: e.type, role: e.role };
}

/** The events one of whose claims is told by this word or phrase. */
export const eventsToldBy = (doc: Doc, trigger: string) =>
  (doc.events ?? []).filter((e) => e.claims.some((c) => c.trigger.text === trigger));

/** `TYPE:trigger` of every claim of every event of a text. */
export const typedTriggers = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).flatMap((e) =>
    e.claims.map((c) => `${e.type}:${c.trigger.text}`),
  );

/** Events with their triggers and their participants' phrases. */
export const eventPhrases = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    triggers: e.claims.map((c) => c.trigger.text),
    actors: e.actors.map((p) => p.text),
    recipients: e.recipients.map((p) => p.text),
  }));

/** Events with modality, date, content and their participants' countries and sectors. */
export const eventDetails = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    modality: e.modality,
    date: e.date?.value ?? null,
    triggers: e.claims.map((c) => c.trigger.text),
    content: e.content?.text ?? null,
    actors: e.actors.map((p) => ({ text: p.text, country: p.country, sector: p.sector })),
    recipients: e.recipients.map((p) => ({ text: p.text, country: p.country, sector: p.sector })),
  }));

/** Events with their mode and their participants' countries. */
export const eventModes = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    mode: e.mode,
    triggers: e.claims.map((c) => c.trigger.text),
    actors: e.actors.map((p) => ({ text: p.text, country: p.country })),
    recipients: e.recipients.map((p) => ({ text: p.text, country: p.country })),
  }));

/** The quotes of a document. */
export const quotesOf = (doc: Doc): Quote[] => doc.quotes ?? [];

/** The quote whose content holds this fragment. */
export function quoteWith(doc: Doc, fragment: string): Quote {
  const q = quotesOf(doc).find((x) => x.content.text.includes(fragment));
  assert.ok(
    q,
    `no quote containing "${fragment}" in ${JSON.stringify(quotesOf(doc).map((x) => x.content.text))}`,
  );
  return q;
}

/**
 * The quote whose cue is this word: in a document, which must have one, or among quotes, where
 * it may be missing (undefined).
 */
export function byCue(doc: Doc, cue: string): Quote;
export function byCue(quotes: Quote[], cue: string): Quote | undefined;
export function byCue(from: Doc | Quote[], cue: string): Quote | undefined {
  if (Array.isArray(from)) return from.find((q) => q.cue?.text === cue);
  const q = quotesOf(from).find((x) => x.cue?.text === cue);
  assert.ok(
    q,
    `no quote with cue "${cue}" in ${JSON.stringify(quotesOf(from).map((x) => x.cue?.text ?? null))}`,
  );
  return q;
}

/** The text of the speaker mention a quote is attributed to, null for an unknown speaker. */
export const speakerMention = (doc: Doc, q: Quote): string | null =>
  'start' in q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : null;

/** The names of a quote's source chain, its speaker first. */
export const sourceChain = (q: Quote) => q.sources.map((s) => s.name);

/** The event one of whose claims is told by this word or phrase. */
export function eventTold(doc: Doc, trigger: string): Event {
  const events = doc.events ?? [];
  const event = events.find((e) => e.claims.some((c) => c.trigger.text === trigger));
  assert.ok(
    event,
    `no event told by "${trigger}" in: ${events.map((e) => e.claims[0].trigger.text).join(', ')}`,
  );
  return event;
}

/** Source, cue and content of the PolNeAR-convention triples of a document, as text. */
export const polnearTriples = (doc: Doc) =>
  predictedTriples(doc, true).map((t) => ({
    source: t.source ? doc.text.slice(t.source.start, t.source.end) : null,
    cue: t.cue ? doc.text.slice(t.cue.start, t.cue.end) : null,
    content: doc.text.slice(t.content.start, t.content.end),
  }));

/** A text's events as plain values to compare: type, triggers, actors and recipients. */
export const eventSummaries = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    triggers: e.claims.map((c) => c.trigger.text),
    actors: e.actors.map((p) => ({ text: p.text, country: p.country, sector: p.sector })),
    recipients: e.recipients.map((p) => ({ text: p.text, country: p.country })),
  }));

/** A text's event summaries (see eventSummaries) of one PLOVER type. */
export const eventsOfType = (text: string, lang: string, type: string) =>
  eventSummaries(text, lang).filter((e) => e.type === type);

/** The phrases of an event's participants. */
export const participantTexts = (list: Event['actors']) => list.map((p) => p.text);

/** An event's participants as country/sector codes. */
export const participantCodes = (list: Event['actors']) =>
  list.map((p) => `${p.country}/${p.sector}`);

/** The entity of a text one of whose mentions matches this pattern. */
export const entityMatching = (text: string, lang: string, name: RegExp): Entity => {
  const found = (analyzeText(text, lang).entities ?? []).find((e) =>
    e.mentions.some((m) => name.test(m.text)),
  );
  assert.ok(found, `no entity ${name}`);
  return found;
};

/** One test per [sentence, trigger, PLOVER type, mode or null]: the word tells an event of that type. */
export function testTriggerTypes(
  lang: string,
  cases: [string, string, string, string | null][],
  run: (text: string) => Doc,
): void {
  for (const [sentence, trigger, type, mode] of cases) {
    test(`lexicon (${lang}): "${sentence}" → ${type}${mode ? ':' + mode : ''}`, () => {
      const event = eventTold(run(sentence), trigger);
      assert.equal(event.type, type);
      if (mode) assert.equal(event.mode, mode);
    });
  }
}

/** The records of a JSON Lines gold file; a line that is not JSON fails with its number. */
export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${path} line ${i + 1} is not JSON: ${(error as Error).message}`);
      }
    });
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/**
 * A gold `[start, end]` span of `text`: integer offsets, not empty, inside `range`, neither
 * starting nor ending inside a word nor on a space.
 */
export function checkGoldSpan(
  text: string,
  range: { start: number; end: number },
  span: unknown,
  what: string,
): [number, number] {
  assert.ok(Array.isArray(span) && span.length === 2, `${what}: not a [start, end] pair`);
  const [s, e] = span as number[];
  assert.ok(Number.isInteger(s) && Number.isInteger(e), `${what}: offsets must be integers`);
  assert.ok(s < e, `${what}: empty span [${s}, ${e}]`);
  assert.ok(s >= range.start && e <= range.end, `${what}: [${s}, ${e}] outside its passage`);
  assert.ok(!(isWordChar(text[s - 1]) && isWordChar(text[s])), `${what}: starts inside a word`);
  assert.ok(!(isWordChar(text[e - 1]) && isWordChar(text[e])), `${what}: ends inside a word`);
  assert.ok(!/\s/.test(text[s]) && !/\s/.test(text[e - 1]), `${what}: starts or ends on a space`);
  return [s, e];
}

/** Every value in `values` appears as `key` of some item: a gold set covers all its labels. */
export function assertCovers<T>(
  items: T[],
  key: keyof T,
  values: Iterable<unknown>,
  what: string,
): void {
  for (const value of values)
    assert.ok(
      items.some((item) => item[key] === value),
      `${what}: no ${String(value)}`,
    );
}

/** The entity holding a mention with exactly this text. */
export function holding(entities: Entity[], mention: string): Entity {
  const found = entities.find((e) => e.mentions.some((m) => m.text === mention));
  assert.ok(
    found,
    `no entity holds "${mention}": ${JSON.stringify(entities.map((e) => e.mentions.map((m) => m.text)))}`,
  );
  return found;
}

/** The place a name resolves to, failing the test when it resolves to none. */
export function place(
  name: string,
  lang: string,
  context?: Parameters<typeof resolvePlace>[2],
): ResolvedPlace {
  const found = resolvePlace(name, lang, context);
  assert.ok(found, `${name} (${lang}) should resolve`);
  return found;
}
