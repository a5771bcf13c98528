/**
 * Quotes and actors on the beam parser's English trees (issue #5, session 8 round 2): one
 * original sentence per rule, each a misreading the beam parser makes.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import { actorsOf, analyzeText, holding, quotesOf } from './helpers.js';

const en = (text: string) => analyzeText(text, 'en');
const byCue = (doc: Doc, cue: string): Quote[] => quotesOf(doc).filter((q) => q.cue?.text === cue);
/** The text of the speaker mention, null for an unknown speaker. */
const mention = (doc: Doc, q: Quote): string | null =>
  'start' in q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : null;

test('a clause the parser hung on the name after it as a modifier is the content, not the speaker', () => {
  const doc = en(
    'The food is good, but it was not only the prices that brought her to the market, Ms. Ortega-Smith said.',
  );
  const [said] = byCue(doc, 'said');
  assert.ok(said, JSON.stringify(quotesOf(doc).map((q) => q.content.text)));
  assert.equal(mention(doc, said), 'Ms. Ortega-Smith');
  assert.match(said.content.text, /^The food is good, but .* to the market$/);
});

test('a noun of a compound subject whose predicate the parser hung on its infinitive is no cue', () => {
  const doc = en(
    'A city plan to widen the road has worried residents. The residents plan to object.',
  );
  const plans = byCue(doc, 'plan');
  assert.deepEqual(
    plans.map((q) => mention(doc, q)),
    ['The residents'],
  );
});

test('the quotation closing a content, then its comma, ends it before the next participle', () => {
  const doc = en(
    'Okoro told WTOP that Dana Whitfield “ran a reckless program of cuts which was harmful,” adding, “He lost the trust of the teachers.”',
  );
  const [told] = byCue(doc, 'told');
  assert.match(told.content.text, /harmful,”$/);
  assert.deepEqual(
    byCue(doc, 'adding').map((q) => [mention(doc, q), q.content.text]),
    [['Okoro', 'He lost the trust of the teachers.']],
  );
});

test('of two subjects the parser gave a verb of saying, the one before speaks and the one after heads the content', () => {
  const doc = en("Lopez says Biden 'entirely wrong' in claiming wages were rising.");
  const [says] = byCue(doc, 'says');
  assert.ok(says, JSON.stringify(quotesOf(doc).map((q) => q.content.text)));
  assert.equal(mention(doc, says), 'Lopez');
  assert.match(says.content.text, /^Biden 'entirely wrong' in claiming/);
});

test('a verb after its subject and that subject’s relative clause is no incise', () => {
  const doc = en(
    'Nakamura, who said she often shops online, said one store she visits every week is the corner bakery.',
  );
  const q = quotesOf(doc).find((x) => x.content.text.startsWith('one store'));
  assert.ok(q, JSON.stringify(quotesOf(doc).map((x) => x.content.text)));
  assert.equal(mention(doc, q), 'Nakamura');
});

test('a participle with a noun before it and an object after it, before an incise, is a finite verb', () => {
  const doc = en(
    'In all, vandals stripped 12 buses, including those of two schools, and 7 vans, the transit report said.',
  );
  const [said] = byCue(doc, 'said');
  assert.ok(said, JSON.stringify(quotesOf(doc).map((x) => x.content.text)));
  assert.match(said.content.text, /vandals stripped 12 buses/);
});

test('a role word hung on a country the parser made a modifier of a date heads its nominal', () => {
  const entities = actorsOf(
    'A senior U.K. official yesterday welcomed the new rules on fishing.',
    'en',
  );
  const official = holding(entities, 'senior U.K. official');
  assert.deepEqual([official.role, official.country], ['official', 'GBR']);
});
