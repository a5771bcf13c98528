/**
 * Events, session 7 round 2: one original sentence per rule, each failing without the rule
 * it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { analyzeText, eventTold } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const names = (list: { text: string }[]) => list.map((p) => p.text);
const toldBy = (doc: Doc, trigger: string) =>
  (doc.events ?? []).filter((e) => e.claims.some((c) => c.trigger.text === trigger));

test('an indefinite act noun in another paragraph is another act, not a recall', () => {
  const doc = run(
    'The mediators urged both unions to settle the pay dispute before the holidays.\n\n' +
      'Spain, which walked out of a fishing agreement last spring, has repeatedly seized trawlers.',
    'en',
  );
  assert.notEqual(told(doc, 'agreement'), told(doc, 'settle'));
});

test('an agent phrase hung above the act noun right before it is that act’s actor', () => {
  const doc = run('The deal ended months of protests by French fishermen.', 'en');
  assert.deepEqual(names(told(doc, 'protests').actors), ['French fishermen']);
});

test('a state marker ("en grève") tells the act its noun’s people are in now', () => {
  const doc = run(
    'La direction a proposé un bonus aux salariés en grève depuis une semaine.',
    'fr',
  );
  assert.equal(told(doc, 'grève').modality, 'actual');
});

test('the people a state-marked act qualifies are its actors', () => {
  const doc = run('The firm offered a bonus to workers on strike since Monday.', 'en');
  assert.deepEqual(names(told(doc, 'strike').actors), ['workers']);
});

test('an article contracted with a preposition is left out of the phrase with it', () => {
  const doc = run(
    'La direction a proposé un bonus aux salariés en grève depuis une semaine.',
    'fr',
  );
  assert.deepEqual(names(told(doc, 'grève').actors), ['salariés']);
});

test('a verb of denial with an infinitive is a stance on the infinitive’s act', () => {
  const doc = run(
    "Le ministre n'exclut pas de réquisitionner les camions si la pénurie s'aggrave.",
    'fr',
  );
  assert.deepEqual(toldBy(doc, 'exclut'), []);
  const seizure = told(doc, 'réquisitionner');
  assert.equal(seizure.type, 'COERCE');
  assert.equal(seizure.modality, 'hypothetical');
});

test('an oblique act of a denial with an object frames what is denied', () => {
  const doc = run('La présidence a démenti toute ingérence dans les négociations.', 'fr');
  for (const e of toldBy(doc, 'négociations')) {
    assert.equal(e.polarity, 'positive');
    assert.deepEqual(names(e.actors), []);
  }
});

test('the thing a participle’s sense is selected by is no party ("un accord signé")', () => {
  const doc = run('Le conflit avait pris fin avec un accord signé en mars.', 'fr');
  assert.deepEqual(names(told(doc, 'signé').recipients), []);
});

test('a relative pronoun the parser hung on an apposition stands for the name before it', () => {
  const doc = run(
    "La CGT a aussitôt rejeté l'offre. « Deux cents euros, ce n'est pas un salaire », estime " +
      'Sophie Marchal, déléguée syndicale, qui réclame une hausse des primes.',
    'fr',
  );
  assert.deepEqual(names(told(doc, 'réclame').actors), ['Sophie Marchal']);
});

test('who is told about a meeting ("briefed on the talks") takes no part in it', () => {
  const doc = run(
    'According to two envoys briefed on the talks, the European Commission had urged both ' +
      'parties to end the quarrel before the summit next month.',
    'en',
  );
  for (const e of toldBy(doc, 'talks')) assert.deepEqual(names(e.actors), []);
});
