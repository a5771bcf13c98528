/**
 * Attribution recall on PolNeAR's conventions (issue #5, session 12): one original sentence
 * per rule, each a parse the extractor used to lose.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, polnearTriples as triples } from './helpers.js';

test('a gerund opening the reported clause is its subject, not the end of the content', () => {
  const doc = analyzeText(
    'He said legalizing the mines could bring hundreds of jobs to the valley.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'He',
      cue: 'said',
      content: 'legalizing the mines could bring hundreds of jobs to the valley',
    },
  ]);
});

test('a past form the tagger read as a participle is the tensed verb of the reported clause', () => {
  const doc = analyzeText(
    'The aides said Ms. Okafor simply believed in openly airing disputes, not hiding them.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'The aides',
      cue: 'said',
      content: 'Ms. Okafor simply believed in openly airing disputes, not hiding them',
    },
  ]);
});

test('quoted words right after "said" that are no speech are wording of the clause it reports', () => {
  const doc = analyzeText(
    'Sunday on the “Morning Report,” Senator Ana Ruiz said Governor Hale’s “judgment” and “candour” are in question because of the audit.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'Senator Ana Ruiz',
      cue: 'said',
      content: 'Governor Hale’s “judgment” and “candour” are in question because of the audit',
    },
  ]);
  assert.equal(doc.quotes?.[0].kind, 'mixed');
});

test('hinting and signalling report a clause; voicing reports its object', () => {
  const hinted = analyzeText(
    'The minister hinted that the fuel tax would rise in the spring.',
    'en',
  );
  assert.deepEqual(triples(hinted), [
    {
      source: 'The minister',
      cue: 'hinted',
      content: 'that the fuel tax would rise in the spring',
    },
  ]);
  const signalled = analyzeText('The league signaled that it would not punish the club.', 'en');
  assert.deepEqual(
    triples(signalled).map((t) => t.cue),
    ['signaled'],
  );
  const voiced = analyzeText('Several parents voiced concern about the new bus routes.', 'en');
  assert.deepEqual(triples(voiced), [
    { source: 'Several parents', cue: 'voiced', content: 'concern about the new bus routes' },
  ]);
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

test('backing a strike is a vote, no quote; backing a candidate stays a stance', () => {
  const strike = analyzeText(
    'Most of the drivers who voted backed the walkout, according to the union.',
    'en',
  );
  assert.deepEqual(
    triples(strike).map((t) => t.cue),
    ['according to'],
  );
  const candidate = analyzeText('Most of the drivers backed Ms. Ortega in the primary.', 'en');
  assert.deepEqual(
    triples(candidate).map((t) => t.cue),
    ['backed'],
  );
});
