/**
 * Actor mentions: which phrases are actors, where a mention starts and ends, and which mentions
 * are one actor (short forms, acronyms, appositions, plural groups, headline roles).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  actorsOf,
  analyzeText,
  entityMatching as entity,
  eventsOfType as ofType,
  eventSummaries,
  holding,
  named,
  eventDetails as events,
  profileOf,
  entityNamed as entityOf,
} from './helpers.js';

test('a role word hung on a country the parser made a modifier of a date heads its nominal', () => {
  const entities = actorsOf(
    'A senior U.K. official yesterday welcomed the new rules on fishing.',
    'en',
  );
  const official = holding(entities, 'senior U.K. official');
  assert.deepEqual([official.role, official.country], ['official', 'GBR']);
});

test("a person's name in a treaty's or a law's phrase names the document, not an actor", () => {
  const treaty = analyzeText(
    'Moscou a suspendu sa participation au traité de désarmement nucléaire New Start en février.',
    'fr',
  );
  const mention = treaty.mentions!.find((m) => treaty.text.slice(m.start, m.end) === 'New Start');
  assert.equal(mention?.label, 'MISC');
  assert.ok(treaty.entities!.every((e) => e.name !== 'New Start'));
  const law = analyzeText('Le Parlement a adopté la loi Evin en 1991.', 'fr');
  assert.ok(law.entities!.every((e) => e.name !== 'Evin'));
  // an organisation before a document's noun may own it
  const owned = analyzeText(
    'Under the Secret Service protocol, the senator was driven away.',
    'en',
  );
  assert.ok(owned.mentions!.some((m) => m.label === 'ORG'));
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

test('a definite short form of a body named before is that body', () => {
  const entities = actorsOf(
    'Fishermen in Brittany protested on Monday against quotas set by the European Commission. ' +
      'The Commission said the quotas would be reviewed in the spring.',
    'en',
  );
  const e = holding(entities, 'Commission');
  assert.equal(e, holding(entities, 'European Commission'));
  assert.equal(e.country, null);
  assert.equal(e.sector, 'IGO');
});

test('an armed group of a stated country acting as subject is an actor, and "they" is it', () => {
  const entities = actorsOf(
    'Sudanese rebel commanders said on Friday they would attend talks with a U.N. envoy in Geneva.',
    'en',
  );
  const e = holding(entities, 'they');
  assert.equal(e, holding(entities, 'Sudanese rebel commanders'));
  assert.deepEqual([e.country, e.sector], ['SDN', 'REB']);
});

test('an unnamed group told again in the same words is one group', () => {
  const entities = actorsOf(
    'Sudanese rebel commanders reject truce offer\n\n' +
      'KHARTOUM, March 9 (AP) — Sudanese rebel commanders said on Friday they would attend talks ' +
      'with a U.N. envoy in Geneva.',
    'en',
  );
  const groups = entities.filter((e) =>
    e.mentions.some((m) => m.text === 'Sudanese rebel commanders'),
  );
  assert.equal(groups.length, 1);
  assert.equal(groups[0].mentions.length, 3);
});

test('a bare definite role is the unnamed person of that role told just before', () => {
  const entities = actorsOf(
    'Reuters, citing a senior official in the transport ministry, reported that the port would reopen. The official, who spoke on condition of anonymity, said the cranes were repaired.',
    'en',
  );
  const official = entities.filter((e) => e.mentions.some((m) => /official/.test(m.text)));
  assert.equal(official.length, 1);
  assert.equal(official[0].mentions.length, 2);
  // Far from it, it may be someone else.
  const far = actorsOf(
    'Reuters, citing a senior official in the transport ministry, reported that the port would reopen. The cranes were repaired. Ships queued outside. Fuel ran short. The official said on Monday that prices would rise.',
    'en',
  );
  assert.equal(far.filter((e) => e.mentions.some((m) => /official/.test(m.text))).length, 2);
});

test('a possessive role with no body of its own heads the organisation named last', () => {
  const entities = actorsOf(
    'Le Parti vert a obtenu quatre sièges au conseil municipal de Rennes. Son président, Marc ' +
      'Dufour, a salué « une victoire collective ».',
    'fr',
  );
  assert.equal(holding(entities, 'Marc Dufour').sector, 'PTY');
});

test('a business noun possessed by a thing is no organisation', () => {
  const entities = actorsOf(
    'Officials in Valencia said two canals had overflowed their banks near the harbour on Monday.',
    'en',
  );
  assert.equal(named(entities, 'banks'), undefined);
});

test("a named person's office is named with its owner", () => {
  const entities = actorsOf(
    "Chancellor Olaf Scholz met union delegates in Berlin. Scholz's office declined to comment on the talks.",
    'en',
  );
  const office = named(entities, 'office');
  assert.ok(office);
  assert.equal(office.name, "Scholz's office");
  assert.equal(office.country, 'DEU');
});

test('a place opening a headline before a colon is a topic, no actor', () => {
  const entities = actorsOf(
    'Marseille : la mairie reporte la rénovation des écoles du centre\n\nLa décision a été prise lundi.',
    'fr',
  );
  assert.equal(named(entities, 'Marseille'), undefined);
});

test('a name after a definite article, only ever a complement, with no organisation cue is a place', () => {
  const entities = actorsOf(
    'La ville rouvre le funiculaire de la Grange-Blanche après six mois de travaux, a indiqué la mairie.',
    'fr',
  );
  assert.equal(named(entities, 'Grange-Blanche'), undefined);
});

test("a headline's or lead's generic role is the one person the story names in it", () => {
  const entities = actorsOf(
    'Mayor halts tram extension\n\nA city mayor on Monday suspended work on a tram line after cost overruns.\n\nMayor Anna Lindqvist said the contract would be reviewed by auditors.',
    'en',
  );
  const mayor = named(entities, 'Lindqvist');
  assert.ok(mayor);
  assert.ok(mayor.mentions.some((m) => m.text === 'Mayor'));
  assert.ok(mayor.mentions.some((m) => m.text === 'A city mayor'));
  assert.equal(entities.filter((e) => e.type === 'person').length, 1);
});

test("a headline's body word is the one body of that kind the story names", () => {
  const entities = actorsOf(
    "La métropole relance le projet de téléphérique\n\nLa Métropole Aix-Marseille-Provence a voté jeudi un budget de 30 millions d'euros pour ce projet.",
    'fr',
  );
  const bodies = entities.filter((e) => e.type === 'government');
  assert.equal(bodies.length, 1);
  assert.equal(bodies[0].name, 'Métropole Aix-Marseille-Provence');
  assert.equal(bodies[0].mentions.length, 2);
});

test("an organisation's name shortened to its opening words is that organisation", () => {
  const entities = actorsOf(
    'Lindqvist Freight Lines said on Monday it would close two depots in Sweden. Shares of Lindqvist fell 4% in Stockholm.',
    'en',
  );
  const firm = entities.find((e) => e.name === 'Lindqvist Freight Lines');
  assert.ok(firm);
  assert.ok(firm.mentions.some((m) => m.text === 'Lindqvist'));
});

test('an unnamed state body is the body the story named with that word', () => {
  const accusation = events(
    'The government of Drellia and the rebels met in Lagos. Fighting resumed near Kano on Friday, and the rebels accused the government of lying.',
    'en',
  ).find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.deepEqual(accusation.recipients, [
    { text: 'the government', country: null, sector: 'GOV' },
  ]);
});

test('an organisation between a role and a name does not part them', () => {
  const text =
    'Selon une déléguée CFDT, Anne Ribot, la direction a refusé. Le préfet a convoqué les deux parties.';
  const anne = entity(text, 'fr', /Anne Ribot/);
  assert.ok(!anne.mentions.some((m) => /préfet/.test(m.text)));
  assert.ok(anne.mentions.some((m) => /déléguée/.test(m.text)));
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

test('the name in a place noun’s genitive is the place, not its owner', () => {
  const aid = ofType('Both sides agreed to send aid to the town of Marvale.', 'en', 'AID');
  assert.ok(aid.every((e) => e.recipients.every((r) => r.text !== 'Marvale')));
});

test('an unknown name possessing a ministry is one government body, not an organisation', () => {
  const entities = actorsOf(
    'Tellmaria’s interior ministry on Monday denied a newspaper report that it was preparing to release some 200 detainees.',
    'en',
  );
  assert.ok(entities.every((e) => e.type !== 'organisation'));
  const ministry = entities.find((e) => e.mentions.some((m) => /interior ministry/.test(m.text)));
  assert.equal(ministry?.type, 'government');
  assert.equal(ministry?.sector, 'GOV');
});

test('an unknown name only ever around or near is a place, no organisation', () => {
  const entities = actorsOf(
    'The government plans to release about 200 people detained during the fighting around Tellmar, the Tellmar Gazette reported on Sunday.',
    'en',
  );
  assert.deepEqual(
    entities.map((e) => [e.name, e.type]),
    [['Tellmar Gazette', 'news']],
  );
});

describe('event summaries (eventSummaries)', () => {
  const events = eventSummaries;

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
});

test('a bare surname taken by one namesake does not join another of a different given name', () => {
  const entities = actorsOf(
    'Marek Dolezal was freed on Monday. Dolezal had worked for a radio station. ' +
      'Last week, Hana Dolezal, his sister, had appealed for his release.',
    'en',
  );
  const marek = entityOf(entities, 'Marek Dolezal');
  const hana = entityOf(entities, 'Hana Dolezal');
  assert.notEqual(marek, hana);
  assert.deepEqual(
    marek.mentions.map((m) => m.text),
    ['Marek Dolezal', 'Dolezal'],
  );
});

test('a body named with a building word is an organisation, each name its own', () => {
  const entities = actorsOf(
    'The British Foreign Office said on Monday that it was worried. ' +
      'The Home Office declined to comment, and Harvard University said nothing.',
    'en',
  );
  const foreign = holding(entities, 'British Foreign Office');
  const home = entityOf(entities, 'Home Office');
  assert.notEqual(foreign, home);
  assert.deepEqual(
    [foreign.name, foreign.country, foreign.sector],
    ['British Foreign Office', 'GBR', 'GOV'],
  );
  assert.equal(home.name, 'Home Office');
  assert.equal(holding(entities, 'Harvard University').type, 'organisation');
});

test('a given name alone is the one person named in full with it', () => {
  const entities = actorsOf(
    'Mirela Kovacs left the village in March. Her brother stayed. ' +
      'Mirela wrote to him every week, and Tomas Brandl, a neighbour, kept the letters.',
    'en',
  );
  assert.deepEqual(
    entityOf(entities, 'Mirela Kovacs')
      .mentions.filter((m) => m.kind === 'name')
      .map((m) => m.text),
    ['Mirela Kovacs', 'Mirela'],
  );
  // two persons of one given name: the given name alone is neither's
  const two = actorsOf('John Harlow met John Pettit. John said the talks went well.', 'en');
  assert.equal(holding(two, 'John').mentions.length, 1);
});

test('a second or another person of a role is a new person, the name of its own apposition', () => {
  const entities = actorsOf(
    'According to the monitors, the rebels have freed a second Dutch engineer, Pieter Smits:\n\n' +
      'The release comes weeks after the rebels freed Dutch engineer Karel Hoek.',
    'en',
  );
  const second = holding(entities, 'a second Dutch engineer');
  assert.equal(second, entityOf(entities, 'Pieter Smits'));
  assert.notEqual(second, entityOf(entities, 'Karel Hoek'));
});

test('"the group" takes up the organisation told last, never a person', () => {
  const entities = actorsOf(
    'The Kessar Liberation Front said it had kidnapped Anton Vidal, a Belgian engineer, in May. ' +
      'Vidal was freed on Sunday. The group is now threatening to kill another hostage.',
    'en',
  );
  const group = holding(entities, 'The group');
  assert.equal(group, entityOf(entities, 'Kessar Liberation Front'));
  assert.notEqual(group, entityOf(entities, 'Anton Vidal'));
  // groups counted or plural name no one body
  const plural = actorsOf('Several opposition groups boycotted the vote.', 'en');
  assert.ok(plural.every((e) => !e.mentions.some((m) => m.text.includes('groups'))));
});

test("a name told once as a town's is that place in all its mentions, no actor", () => {
  for (const town of ['Tel Maroun', 'Al Kessar']) {
    const entities = actorsOf(
      `Several leaders were wounded in an air strike on the western town of ${town}. ` +
        `They were treated at the ${town} General Hospital, a nurse said.`,
      'en',
    );
    assert.ok(
      entities.every((e) => e.mentions.every((m) => m.text !== town)),
      JSON.stringify(entities.map((e) => e.name)),
    );
  }
});

test("a body's name after its state's demonym is the body told later without it", () => {
  const entities = actorsOf(
    'In a statement, the British Foreign Office said it could not confirm the reports. ' +
      '"We are aware of the reports," the Foreign Office statement reads.',
    'en',
  );
  assert.equal(holding(entities, 'British Foreign Office').mentions.length, 2);
});
