/**
 * Event participants and types, session 11: whose act it is when the parser misreads the
 * phrase around a title or a light verb. One original sentence per rule, each failing without
 * the rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './helpers.js';

const events = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    mode: e.mode,
    triggers: e.claims.map((c) => c.trigger.text),
    actors: e.actors.map((p) => ({ text: p.text, country: p.country })),
    recipients: e.recipients.map((p) => ({ text: p.text, country: p.country })),
  }));

test('a demonym before adjectives on a title is the title holder’s country', () => {
  const text =
    'On Friday, Kenyan junior foreign minister Otieno Kamau summoned Uganda’s ambassador to protest the raids.';
  const summons = events(text, 'en').find((e) => e.triggers.includes('summoned'));
  assert.ok(summons);
  assert.deepEqual(
    summons.actors.map((p) => p.country),
    ['KEN'],
  );
});

test('"held talks with X": the bare noun after the verb is its object, no detention', () => {
  const found = events('Two senators held talks with leaders of the opposition on Friday.', 'en');
  assert.ok(!found.some((e) => e.type === 'COERCE'));
  assert.ok(found.some((e) => e.type === 'CONSULT' && e.triggers.includes('talks')));
});

test('"mounted its invasion of X": the invaded place undergoes the act, the subject acts', () => {
  const invasion = events(
    'Morvania yesterday mounted its long-planned invasion of North Tessaly.',
    'en',
  ).find((e) => e.type === 'ASSAULT');
  assert.ok(invasion);
  assert.deepEqual(
    invasion.actors.map((p) => p.text),
    ['Morvania'],
  );
  assert.deepEqual(
    invasion.recipients.map((p) => p.text),
    ['North Tessaly'],
  );
});

test('who committed the crimes an investigation looks into did not investigate', () => {
  const inquiry = events(
    'Kenyan military police have launched an investigation into alleged abuses committed by Somali forces against refugees.',
    'en',
  ).find((e) => e.mode === 'investigate');
  assert.ok(inquiry);
  assert.deepEqual(
    inquiry.actors.map((p) => p.text),
    ['Kenyan military police'],
  );
});

test('a past tense read as an adjective with its object as its subject is the verb', () => {
  const attack = events(
    'Basque separatist guerrillas wounded two Spanish policemen in a bomb attack on Friday, police said.',
    'en',
  ).find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.ok(attack.triggers.includes('wounded'));
  assert.deepEqual(
    attack.actors.map((p) => p.text),
    ['Basque separatist guerrillas'],
  );
});

test('the act a light verb takes as its oblique addresses no one: no participant inside it', () => {
  const hunt = events('Des centaines de gendarmes participent à la chasse à l’homme.', 'fr').find(
    (e) => e.type === 'MOBILIZE',
  );
  assert.ok(hunt);
  assert.deepEqual(hunt.recipients, []);
});

test('who reports acts does not commit them; an agent after conjoined acts is each one’s', () => {
  const found = events(
    'Des témoignages d’habitants font état d’exactions, viols, et pillages par des miliciens.',
    'fr',
  );
  const looting = found.find((e) => e.triggers.includes('pillages'));
  assert.ok(looting);
  assert.deepEqual(
    looting.actors.map((p) => p.text),
    ['des miliciens'],
  );
});

test('an infinitive the parser hung on a trailing verb of saying completes the reported clause', () => {
  const found = events(
    'Kenya’s interior ministry today ordered the opposition newspaper The Standard to suspend publication indefinitely, a spokesman for the paper said.',
    'en',
  );
  const halt = found.find((e) => e.triggers.includes('suspend'));
  assert.ok(halt);
  assert.ok(!halt.actors.some((p) => /spokesman/.test(p.text)));
  assert.ok(found.some((e) => e.type === 'REQUEST' && e.triggers.includes('ordered')));
});

test('failing to reach an agreement is a refusal (REJECT), as not agreeing is', () => {
  const found = events('Farmers and the ministry failed to reach agreement on milk prices.', 'en');
  const deal = found.find((e) => e.triggers.includes('agreement'));
  assert.equal(deal?.type, 'REJECT');
});
