/**
 * Actors and event participants, session 12: what a reader of the bundled sample saw wrong, each
 * rule shown on an original sentence that fails without it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../src/actors/entities.js';
import { actorsOf, analyzeText, eventSummaries as events, named } from './helpers.js';

function entityOf(entities: Entity[], text: string): Entity {
  const e = named(entities, text);
  assert.ok(
    e,
    `no entity for "${text}" in ${JSON.stringify(entities.map((x) => x.mentions[0].text))}`,
  );
  return e;
}

test('a role telling a country takes up the one named person of its gender, not the story’s country', () => {
  const entities = actorsOf(
    'Mme Carmen Olivares et M. Kenji Sato se sont vus à Oslo. La ministre péruvienne a demandé à son homologue un calendrier. Le ministre a refusé.',
    'fr',
  );
  const olivares = entityOf(entities, 'Carmen Olivares');
  assert.equal(olivares.country, 'PER');
  assert.ok(olivares.mentions.some((m) => m.text === 'La ministre péruvienne'));
});

test('a counterpart of no stated country is never its possessor’s', () => {
  const entities = actorsOf(
    'La ministre péruvienne a demandé à son homologue un calendrier pour la reprise des livraisons.',
    'fr',
  );
  assert.equal(entityOf(entities, 'La ministre péruvienne').country, 'PER');
  assert.notEqual(entityOf(entities, 'son homologue').country, 'PER');
});

test('a region’s adjective tells no one country: not the story’s either', () => {
  const entities = actorsOf(
    'Selon un diplomate européen, le gouvernement kényan prépare un accord avec les éleveurs.',
    'fr',
  );
  assert.equal(entityOf(entities, 'diplomate européen').country, null);
  assert.equal(entityOf(entities, 'gouvernement kényan').country, 'KEN');
  const en = actorsOf('A European diplomat said the Kenyan government was preparing a deal.', 'en');
  assert.equal(entityOf(en, 'European diplomat').country, null);
});

test('a capitalised portfolio after a ministry is the ministry’s name, no organisation', () => {
  const entities = actorsOf(
    "Le quotidien cite une note interne du ministère de la Culture sur les musées. Le ministère n'a pas réagi.",
    'fr',
  );
  assert.ok(!entities.some((e) => e.name === 'Culture'));
  const ministry = entityOf(entities, 'ministère de la Culture');
  assert.equal(ministry.type, 'government');
  assert.equal(ministry.mentions.length, 2);
});

test('a title and the name after a comma and an honorific are one person', () => {
  const entities = actorsOf(
    '« Rien n’est décidé », a déclaré la porte-parole du gouvernement, Mme Claire Dubreuil, à Lyon.',
    'fr',
  );
  const spokeswoman = entityOf(entities, 'Claire Dubreuil');
  assert.equal(spokeswoman.role, 'spokesperson');
  assert.equal(entities.filter((e) => e.role === 'spokesperson').length, 1);
});

test('a role word before an organisation’s name premodifies it: the organisation acts', () => {
  const text =
    'Envoys of the government and the rebel Eastern Valley Front signed a truce in Arusha on Monday.';
  const entities = actorsOf(text, 'en');
  assert.ok(!entities.some((e) => e.type === 'person' && e.role === 'rebel'));
  assert.equal(entityOf(entities, 'Eastern Valley Front').sector, 'REB');
  // Its spokeswoman speaks for an armed group.
  const spokeswoman = actorsOf(
    `${text} "The truce will hold," the group's spokeswoman, Neema Ochieng, said.`,
    'en',
  );
  assert.equal(entityOf(spokeswoman, 'Neema Ochieng').sector, 'REB');
  assert.ok(
    events(text, 'en').some((e) =>
      e.actors.some((p) => p.text === 'the rebel Eastern Valley Front' && p.sector === 'REB'),
    ),
  );
});

test('a bare role word modifying an act noun is no person', () => {
  const entities = actorsOf(
    'The minister said a prisoner exchange and hostage releases were not on the agenda.',
    'en',
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => /^(prisoner|hostage)$/.test(m.text))));
});

test('a topic that came up at talks is no party to them', () => {
  const talks = events('Water rights came up at Thursday’s talks in Arusha.', 'en').find(
    (e) => e.type === 'CONSULT',
  );
  assert.ok(talks);
  assert.deepEqual(talks.actors, []);
});

test('a negative pronoun is no participant, and the act did not happen', () => {
  const doc = analyzeText('Nobody was detained and none of the talks were cancelled.', 'en');
  const detention = (doc.events ?? []).find((e) => e.type === 'COERCE');
  assert.ok(detention);
  assert.equal(detention.polarity, 'negative');
  assert.deepEqual(detention.recipients, []);
});

test('an ethnic group is of the country where it is, not of its demonym', () => {
  const march = events(
    'Several thousand ethnic Hungarians marched in Romania on Sunday to demand language rights.',
    'en',
  ).find((e) => e.type === 'PROTEST');
  assert.ok(march);
  assert.deepEqual(
    march.actors.map((p) => p.country),
    ['ROU'],
  );
});

test('a past tense read as a participle with a subject of its own before it is the verb', () => {
  const lifting = events(
    'The Syrian army lifted Saturday a day-old siege on Kurdish villages lying along the river between the two towns, officials told AFP.',
    'en',
  ).find((e) => e.triggers.includes('lifted'));
  assert.ok(lifting);
  assert.deepEqual(
    lifting.actors.map((p) => p.text),
    ['The Syrian army'],
  );
});
