/**
 * Attributions under PolNeAR's conventions (the spans of predictedTriples with the PolNeAR flag):
 * what one content covers, quotes that continue one before, and what is no attribution there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { predictedTriples } from '../src/eval/quotes.js';
import { analyzeText, polnearTriples as triples } from './helpers.js';

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

test('PolNeAR convention: a quotation inside a clause going on past its mark gives the clause', () => {
  const doc = analyzeText(
    'The mayor said “we will rebuild” once the insurers pay for the damage. Nobody asked when.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'The mayor',
      cue: 'said',
      content: '“we will rebuild” once the insurers pay for the damage',
    },
  ]);
  // The product keeps the quotation as the words said.
  assert.equal(doc.quotes?.[0].content.text, 'we will rebuild');
});

test('PolNeAR convention: an infinitive content opens on the object that controls it', () => {
  const doc = analyzeText(
    'The harbour master urged all fishing crews at the northern quay to stay in port. She told reporters that the storm would peak overnight.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'The harbour master',
      cue: 'urged',
      content: 'all fishing crews at the northern quay to stay in port',
    },
    // A clause after the object keeps its own opening.
    { source: 'She', cue: 'told', content: 'that the storm would peak overnight' },
  ]);
  // The product's content is what the crews are urged to do.
  assert.equal(doc.quotes?.[0].content.text, 'stay in port');
});

test('PolNeAR convention: a quoted fragment inside the cue’s object gives the whole object', () => {
  const doc = analyzeText('The coach noted several “intangibles” behind the defeat.', 'en');
  assert.equal(triples(doc)[0].content, 'several “intangibles”');
  // The product's partial quote keeps the words quoted.
  assert.equal(doc.quotes?.[0].kind, 'partial');
  assert.equal(doc.quotes?.[0].content.text, 'intangibles');
});
