/**
 * Attribution recall on PolNeAR's conventions and speaker chains (issue #5, session 13): one
 * original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, polnearTriples as triples } from './helpers.js';

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

test('a closing incise keeps its clause past a time after the addressee and a parenthesis after the name', () => {
  const timed = analyzeText(
    'The ferry fleet will need new engines within five years, Councillor Ada Brandt told the Harbour Gazette on Tuesday.',
    'en',
  );
  assert.deepEqual(
    triples(timed).map((t) => [t.cue, t.content]),
    [['told', 'The ferry fleet will need new engines within five years']],
  );
  const party = analyzeText(
    'The ferry fleet will need new engines within five years, Rep. Ada Brandt (D-Maine) told reporters.',
    'en',
  );
  assert.deepEqual(
    triples(party).map((t) => [t.cue, t.content]),
    [['told', 'The ferry fleet will need new engines within five years']],
  );
});
