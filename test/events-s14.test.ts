/**
 * Events and actors, session 14: participants from grammar (whom an answer concerns, a
 * genitive the tagger misread, the story's country) and event types from frames, each shown
 * on an original sentence that fails without its rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventSummaries as events } from './helpers.js';

const ofType = (text: string, lang: string, type: string) =>
  events(text, lang).filter((e) => e.type === type);

test('accepting demands from a party concerns that party, the source hung on the verb', () => {
  const [concession] = ofType(
    'The Nepal government accepted demands from Maoist rebels on Tuesday.',
    'en',
    'CONCEDE',
  );
  assert.ok(concession);
  assert.deepEqual(
    concession.recipients.map((p) => p.text),
    ['Maoist rebels'],
  );
});

test('with no place nor demonym, the state whose government acts is the story’s', () => {
  const [concession] = ofType(
    'The Nepal government accepted demands from Maoist rebels on Tuesday.',
    'en',
    'CONCEDE',
  );
  assert.equal(concession.recipients[0]?.country, 'NPL');
  // A state named in another actor's phrase still tells no country of the story.
  const [attack] = ofType(
    'The U.S. envoy said soldiers had shelled three villages.',
    'en',
    'ASSAULT',
  );
  assert.deepEqual(
    attack.recipients.map((p) => p.country),
    [null],
  );
});

test('a contracted genitive the tagger read as an article still marks the noun modifier', () => {
  const [answer] = events(
    'Le gouvernement du Niger a accepté mardi les exigences des rebelles.',
    'fr',
  );
  assert.ok(answer);
  assert.deepEqual(
    answer.recipients.map((p) => [p.text, p.country]),
    [['des rebelles', 'NER']],
  );
});

test('the genitive of a hostage taking names the hostages, not the hostage takers', () => {
  const [abduction] = ofType(
    'La prise d’otages des touristes a duré trois jours près de Mopti.',
    'fr',
    'ASSAULT',
  );
  assert.ok(abduction);
  assert.ok(abduction.recipients.some((p) => p.text === 'des touristes'));
  assert.ok(!abduction.actors.some((p) => p.text === 'des touristes'));
});

test('people of a group of several states, or the allies, are an intergovernmental party', () => {
  const [condemnation] = ofType(
    'The foreign ministers of the seven industrialised nations condemned the attack.',
    'en',
    'ACCUSE',
  );
  assert.equal(condemnation.actors[0]?.country, 'IGO');
  const [french] = ofType(
    'Les ministres des Finances des sept pays les plus riches ont condamné l’attaque.',
    'fr',
    'ACCUSE',
  );
  assert.equal(french?.actors[0]?.country, 'IGO');
  const [welcome] = ofType('Les alliés ont salué la décision du tribunal.', 'fr', 'SUPPORT');
  assert.equal(welcome.actors[0]?.country, 'IGO');
  // Allies of a named state are its side, not an alliance of their own.
  const [rejection] = ofType('Russia and its allies condemned the decision.', 'en', 'ACCUSE');
  assert.ok(!rejection.actors.some((p) => p.country === 'IGO'));
});

test('a quantity of what selects a sense selects it: "holding thousands of refugees"', () => {
  const [holding] = ofType(
    'The militia has been holding thousands of civilians in a school near the river.',
    'en',
    'COERCE',
  );
  assert.ok(holding);
  // People a coercion holds undergo it, as an attack's do.
  assert.deepEqual(
    holding.recipients.map((p) => p.text),
    ['civilians'],
  );
  const [sending] = ofType(
    'L’armée a envoyé des centaines de soldats dans la région de Kidal.',
    'fr',
    'MOBILIZE',
  );
  assert.ok(sending);
  // The soldiers sent are the army's own, no party the act reaches.
  assert.ok(!sending.recipients.some((p) => p.text === 'soldats'));
});
