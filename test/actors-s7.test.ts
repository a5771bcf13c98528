import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../src/actors/entities.js';
import { actorsOf, named } from './helpers.js';

function profileOf(entities: Entity[], text: string) {
  const e = named(entities, text);
  assert.ok(
    e,
    `no entity for "${text}" in ${JSON.stringify(entities.map((x) => x.mentions[0].text))}`,
  );
  return { country: e.country, sector: e.sector, type: e.type, role: e.role };
}

test('undated, a known figure who held one kind of office is known by it', () => {
  const entities = actorsOf(
    'Brahim Ghali a reçu jeudi une délégation de parlementaires européens à Tindouf.',
    'fr',
    null,
  );
  assert.deepEqual(
    [profileOf(entities, 'Ghali').country, profileOf(entities, 'Ghali').sector],
    ['ESH', 'REB'],
  );
});

test("a body word inside a region's name is no body", () => {
  const entities = actorsOf(
    'Settlers and farmers clashed near olive groves in the West Bank on Tuesday, witnesses said.',
    'en',
  );
  assert.equal(
    entities.find((e) => e.sector === 'BUS'),
    undefined,
    JSON.stringify(entities.map((e) => [e.name, e.sector])),
  );
});

test('a party of no stated country is of the one country whose parties the text names', () => {
  const entities = actorsOf(
    [
      'Le chef du Parti travailliste a rompu mardi les discussions avec le Likoud.',
      'A Ramallah, à Naplouse et à Jénine, les responsables palestiniens ont dénoncé la colonisation.',
      'Le négociateur palestinien a rencontré des diplomates palestiniens à Gaza et à Hébron.',
    ].join(' '),
    'fr',
  );
  const leader = profileOf(entities, 'chef du Parti travailliste');
  assert.deepEqual([leader.country, leader.sector], ['ISR', 'PTY']);
});

test("a town's inhabitant named with a determiner is an ordinary person of its country", () => {
  const entities = actorsOf(
    'Un Belfortain de 34 ans a été interpellé dimanche soir après une bagarre devant un bar.',
    'fr',
  );
  const man = profileOf(entities, 'Belfortain');
  assert.deepEqual([man.type, man.country, man.sector], ['person', 'FRA', 'CVL']);
});

test("a party's members named by a plural party word are a party group", () => {
  const entities = actorsOf(
    'Les travaillistes ont quitté mercredi la coalition formée autour du Likoud.',
    'fr',
  );
  const members = profileOf(entities, 'travaillistes');
  assert.deepEqual([members.country, members.sector], ['ISR', 'PTY']);
});

test("an unnamed newspaper is of the story's country", () => {
  const entities = actorsOf(
    "Kenya's interior ministry on Monday ordered the opposition newspaper to stop printing, and police in Nairobi seized copies.",
    'en',
  );
  assert.equal(profileOf(entities, 'newspaper').country, 'KEN');
});

test("an acronym in brackets after an organisation's name is that organisation", () => {
  const entities = actorsOf(
    'The Northern Farmers Alliance (NFA) called a strike on Friday. The NFA said talks had failed.',
    'en',
  );
  const alliance = named(entities, 'Northern Farmers Alliance');
  assert.ok(alliance);
  assert.equal(alliance.mentions.filter((m) => m.text === 'NFA').length, 2);
});

test('a definite plural group of an armed or police sector is the body named just before', () => {
  const entities = actorsOf(
    'La guérilla du Front rouge a revendiqué l’enlèvement de deux ingénieurs. Les rebelles exigent une rançon.',
    'fr',
  );
  const guerrilla = named(entities, 'Front rouge');
  assert.ok(guerrilla);
  assert.ok(
    guerrilla.mentions.some((m) => m.text === 'Les rebelles'),
    JSON.stringify(guerrilla.mentions),
  );
});

test('a definite plural police group of the story is kept without a stated country', () => {
  const entities = actorsOf(
    'Une rixe a éclaté samedi soir près de la gare de Vesoul. Les gendarmes ont interpellé trois hommes.',
    'fr',
  );
  const police = profileOf(entities, 'Les gendarmes');
  assert.deepEqual([police.country, police.sector], ['FRA', 'COP']);
});

test('a plural group is no apposition of one person', () => {
  const entities = actorsOf(
    'Les gendarmes Paul Morel et Luc Perrin ont été blessés lors du contrôle routier à Vesoul.',
    'fr',
  );
  const morel = named(entities, 'Paul Morel');
  assert.ok(morel);
  assert.ok(
    morel.mentions.every((m) => m.text !== 'Les gendarmes'),
    JSON.stringify(morel.mentions),
  );
});

test('names listed right after a plural role each hold it', () => {
  const entities = actorsOf(
    'Le rapport a été rédigé par les députés Paul Morel (PS) et Luc Perrin (RPR), puis remis jeudi.',
    'fr',
  );
  for (const name of ['Paul Morel', 'Luc Perrin']) {
    const p = profileOf(entities, name);
    assert.deepEqual([p.sector, p.role], ['LEG', 'member of parliament'], name);
  }
});

const dataCases: [string, string, string, string, string | null][] = [
  [
    'fr',
    "L'Autorité palestinienne a demandé mardi une réunion d'urgence.",
    'Autorité palestinienne',
    'GOV',
    'PSE',
  ],
  ['fr', 'Quant au prêt, la banque a refusé de le renouveler.', 'banque', 'BUS', 'FRA'],
  [
    'fr',
    'Un tireur embusqué a blessé deux passants près du marché.',
    'tireur embusqué',
    'UAF',
    null,
  ],
  ['fr', 'Un otage français a été libéré mardi à Bamako.', 'otage', 'CVL', 'FRA'],
  [
    'fr',
    "Les auteurs de l'agression ont pris la fuite vers Mulhouse.",
    "auteurs de l'agression",
    'CRM',
    null,
  ],
  [
    'fr',
    'Les observateurs italiens ont quitté la région jeudi.',
    'observateurs italiens',
    'CVL',
    'ITA',
  ],
  ['fr', "Le Front Polisario a rejeté l'offre de Rabat.", 'Polisario', 'REB', 'ESH'],
  ['en', 'A Moldovan rebel leader said he would attend the talks.', 'rebel leader', 'REB', 'MDA'],
  [
    'en',
    'An official Cuban newspaper, quoting Egyptian diplomats, criticised the plan.',
    'official',
    'GOV',
    'CUB',
  ],
  ['en', 'Guards beat the Chilean detainees, a court heard.', 'detainees', 'CVL', 'CHL'],
  ['en', 'A Lutheran missionary from Bergen was detained on Friday.', 'missionary', 'REL', null],
];
for (const [lang, sentence, text, sector, country] of dataCases) {
  test(`actor data (${lang}): "${text}" → ${country ?? '*'}/${sector}`, () => {
    const p = profileOf(actorsOf(sentence, lang), text);
    assert.equal(p.sector, sector);
    if (country) assert.equal(p.country, country);
  });
}

test('a U.N. mediator is staff of the U.N.', () => {
  const entities = actorsOf(
    'Tribal elders agreed to meet U.N. mediator Ana Lindqvist next week in Geneva.',
    'en',
  );
  const mediator = profileOf(entities, 'Lindqvist');
  assert.deepEqual([mediator.country, mediator.sector, mediator.role], [null, 'IGO', 'mediator']);
});

test("a known body's acronym tells what the name before it is", () => {
  const entities = actorsOf(
    'The army said on Monday it had killed three fighters of the National Liberation Army (ELN) in Arauca. The ELN denied it.',
    'en',
  );
  const eln = profileOf(entities, 'National Liberation Army');
  assert.equal(eln.sector, 'REB');
  assert.ok(named(entities, 'The army') !== named(entities, 'National Liberation Army'));
});
