/**
 * Visible event defects (session 9, second round): one original sentence per rule, each
 * failing without the rule or the data it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './helpers.js';

const told = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    triggers: e.claims.map((c) => c.trigger.text),
    actors: e.actors.map((p) => p.text),
    recipients: e.recipients.map((p) => p.text),
  }));

test('a capitalised word of an actor’s name tells no event', () => {
  const events = told(
    "Les combattants de l'Alliance pour la renaissance du Sud ont attaqué un convoi mardi près de Gao.",
    'fr',
  );
  assert.deepEqual(
    events.map((e) => e.type),
    ['ASSAULT'],
  );
});

test('what a noun of stopping stops is no act of its own', () => {
  assert.deepEqual(told('Le médiateur a obtenu la fin des combats dans la vallée.', 'fr'), []);
  assert.deepEqual(
    told('The union announced the end of the strike at the two refineries.', 'en'),
    [],
  );
});

test('a noun of stopping read as a second object still stops the act after it', () => {
  const events = told("Le texte prévoit l'arrêt des tirs le long de la frontière.", 'fr');
  assert.ok(!events.some((e) => e.type === 'ASSAULT'), JSON.stringify(events));
});

test('an object that a verb of stopping selects for its own act is still told with it', () => {
  const events = told('The donors halted aid to the province in March.', 'en');
  assert.ok(
    events.some((e) => e.triggers.includes('aid')),
    JSON.stringify(events),
  );
});

test('no party is both the actor and the recipient of one event', () => {
  const [protest] = told(
    "Les délégués de l'Alliance paysanne du Nord ont manifesté jeudi devant la préfecture.",
    'fr',
  );
  assert.equal(protest.type, 'PROTEST');
  assert.deepEqual(protest.actors, ["Les délégués de l'Alliance paysanne du Nord"]);
  assert.ok(!protest.recipients.some((r) => protest.actors.includes(r)));
});

test('a state body of a country no gazetteer knows has no country, nor have its people', () => {
  const countries = (text: string, lang: string) =>
    (analyzeText(text, lang).events ?? []).flatMap((e) => e.actors.map((p) => p.country));
  assert.deepEqual(
    countries(
      'Envoys of the government of Tarvonia signed a truce with the rebels in Geneva on Monday.',
      'en',
    ),
    [null],
  );
  assert.deepEqual(
    countries(
      'Le gouvernement de la Tarvonie a signé mardi à Genève une trêve avec les rebelles.',
      'fr',
    ),
    [null, null],
  );
});

test('a stopping noun and the act marked as its recipient, read as two obliques, stop it', () => {
  const types = (text: string) => told(text, 'en').map((e) => e.type);
  assert.deepEqual(types('The plan provides for an end to the shelling of the harbour.'), []);
  // A frame noun's genitive took place: "at the end of the talks".
  assert.deepEqual(types('The ministers signed the text at the end of the talks.'), ['CONSULT']);
});

test('a frame noun heading an adverbial dates a clause by an act that took place', () => {
  const types = (text: string) => told(text, 'fr').map((e) => e.type);
  // Read as two obliques of the verb.
  assert.deepEqual(types('Les ministres ont signé le texte au terme des négociations.'), [
    'CONSULT',
  ]);
  // "fin" among the frame nouns.
  assert.ok(
    types('Les deux camps ont libéré des prisonniers à la fin des pourparlers de Doha.').includes(
      'CONSULT',
    ),
  );
});
