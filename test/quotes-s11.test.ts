/**
 * Attribution recall and precision on PolNeAR's conventions (issue #5, session 11): one
 * original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { predictedTriples } from '../src/eval/quotes.js';
import { analyzeText } from './helpers.js';

/** The contents of the PolNeAR-convention triples, as text. */
const polnearContents = (doc: Doc) =>
  predictedTriples(doc, true).map((t) => doc.text.slice(t.content.start, t.content.end));

test('two quoted pieces sharing their incise cue are one PolNeAR content', () => {
  const doc = analyzeText(
    '"We will rebuild the bridge," the mayor said, "but not before the spring floods have passed."',
    'en',
  );
  assert.deepEqual(polnearContents(doc), [doc.text]);
  // The product keeps one quote per piece.
  assert.equal(doc.quotes?.length, 2);
});

test('a cue-less quote after a long apposition and a nested cue continues the quote before', () => {
  const doc = analyzeText(
    '"The harvest was the worst in a decade," said Ilse Marten, a farmer who has grown barley near the river for thirty years, speaking of the drought. "Many of my neighbours will sell their land before winter."',
    'en',
  );
  const contents = polnearContents(doc);
  assert.ok(contents.includes(doc.text), contents.join(' | '));
});

test('a cue-less quote continues an indirect quote whose cue follows it', () => {
  const doc = analyzeText(
    'The council may delay the vote until the audit is finished, Marten said. "Nobody wants to decide before the numbers are in."',
    'en',
  );
  assert.deepEqual(polnearContents(doc), [doc.text]);
});

test("the outlet's own label before a colon tags no speaker", () => {
  const doc = analyzeText(
    'The council approved the budget on Monday.\nEditor’s note: An earlier version of this article misstated the date of the vote.\nCORRECTION: The mayor was elected in 2019, not 2018.',
    'en',
  );
  assert.deepEqual(
    (doc.quotes ?? []).map((q) => q.content.text),
    [],
  );
});

test("a person in the incise's own relative clause does not take over the next quotation", () => {
  const doc = analyzeText(
    '"The harbour will be open by June," Governor Alma Ruiz said on Friday at the port authority dinner in Valdera, where Senator Tomas Brenn also spoke. "The cranes are already on their way."',
    'en',
  );
  const quotes = doc.quotes ?? [];
  assert.equal(quotes.length, 2);
  assert.deepEqual(
    quotes.map((q) => q.speaker.name),
    ['Alma Ruiz', 'Alma Ruiz'],
  );
});

test('a continuation joins the quote before it when both hold the same unresolved mention', () => {
  const doc = analyzeText(
    'The hearing had gone badly. “Fine,” I said, trying to smile. “We will start again tomorrow morning with the new witnesses.”',
    'en',
  );
  const contents = polnearContents(doc);
  assert.ok(contents.includes(doc.text.slice(doc.text.indexOf('“Fine'))), contents.join(' | '));
});

test('a programme title in title case inside the clause is no quotation of the speaker', () => {
  const doc = analyzeText(
    'Sunday on Radio Norte’s “Sunday Morning Matters,” Senator Pablo Serrano said the budget’s “costs” and “benefits” are in question because of the delays.',
    'en',
  );
  assert.equal(
    (doc.quotes ?? []).some((q) => q.content.text.includes('Morning Matters')),
    false,
  );
});

test('round 2: whom "citing" names in the source chain of another quote is no quotation', () => {
  const doc = analyzeText(
    'The Daily Courier, citing a senior aide in the Norvian interior ministry, reported that both parties had settled the matter.',
    'en',
  );
  const cues = (doc.quotes ?? []).map((q) => q.cue?.text);
  assert.deepEqual(cues, ['reported']);
  // A cited reason names no source: it stays an attribution.
  const reason = analyzeText('The mill cut its forecast, citing weaker demand for timber.', 'en');
  assert.equal(reason.quotes?.length, 1);
});

test('round 2: the content a reader sees ends before its own incise', () => {
  const doc = analyzeText(
    'Dockworkers at the harbour voted on Tuesday to call a walkout next week, the guild said, in a row over weekend rosters.',
    'en',
  );
  const said = (doc.quotes ?? []).find((q) => q.cue?.text === 'said');
  assert.equal(
    said?.content.text,
    'Dockworkers at the harbour voted on Tuesday to call a walkout next week',
  );
  // The gold sets' convention still runs over the incise.
  assert.ok(polnearContents(doc).some((c) => c.includes('the guild said, in a row')));
});
