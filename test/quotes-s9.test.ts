/**
 * Recall rules of session 9 (English news, issue #5): one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, quoteWith } from './helpers.js';

test('a quotation opening on a verb after a noun phrase is the predicate of that clause', () => {
  const doc = analyzeText(
    'Harbor officials said the ferries “are simply too old” because the fleet was bought in 1978.',
    'en',
  );
  const q = quoteWith(doc, 'too old');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.kind, 'mixed');
  assert.equal(
    q.content.text,
    'the ferries “are simply too old” because the fleet was bought in 1978',
  );
});

test('a complementizer opening a quotation introduces it, whatever the parser made of it', () => {
  const doc = analyzeText('Melissa Ruiz tells harbor supporters that “he loves you.”', 'en');
  assert.equal(quoteWith(doc, 'he loves you').cue?.text, 'tells');
});

test('after the complementizer, the subject before a quoted predicate opens the content', () => {
  const doc = analyzeText(
    'Senator Ann Dorsey told a Courier reporter Monday evening that she “would be surprised if the bill passes.”',
    'en',
  );
  const q = quoteWith(doc, 'would be surprised');
  assert.equal(q.cue?.text, 'told');
  assert.equal(q.content.text, 'she “would be surprised if the bill passes.”');
});

test('a quoted fragment after the object is what the object is called', () => {
  const doc = analyzeText(
    'Speaking at a rally in Bangor, Dorsey went after Ortiz, calling him “a total fraud.”',
    'en',
  );
  const q = quoteWith(doc, 'a total fraud');
  assert.equal(q.cue?.text, 'calling');
  assert.equal(q.content.text, 'him “a total fraud.”');
});

test('a poll opening the sentence is the source of the clause after its comma', () => {
  const doc = analyzeText(
    'In a Harbor Times poll released Monday, 52 percent of voters chose Ortiz while 40 percent chose Dorsey.',
    'en',
  );
  const q = quoteWith(doc, '52 percent');
  assert.equal(q.cue?.text, 'In');
  assert.ok(q.speaker.name.includes('poll'), q.speaker.name);
});

test('a complaint with a that-clause is a noun of saying', () => {
  const doc = analyzeText(
    'Despite complaints that the ferry is always late, ridership rose in May.',
    'en',
  );
  assert.equal(quoteWith(doc, 'always late').cue?.text, 'complaints');
});

test('a participle with its own auxiliary in a relative clause is a finite verb of saying', () => {
  const doc = analyzeText(
    'The vote comes in the middle of a campaign in which Dorsey has said that the port should be sold.',
    'en',
  );
  const q = quoteWith(doc, 'port should be sold');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speaker.name, 'Dorsey');
});

test('a marker after the clause ends it, with a compound source or a participle after the source', () => {
  const doc = analyzeText(
    'The bridge will close in May, according to city officials.\n\n' +
      'The shelter director will step aside, according to two people briefed on the decision.',
    'en',
  );
  assert.equal(quoteWith(doc, 'bridge').content.text, 'The bridge will close in May');
  assert.equal(quoteWith(doc, 'shelter').content.text, 'The shelter director will step aside');
});
