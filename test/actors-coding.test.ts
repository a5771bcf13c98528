/**
 * Country and sector coding of actors: one test per rule, on sentences written for it (sectors
 * and roles from words, offices, parties, groups, labour, media and armed groups).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../src/actors/entities.js';
import {
  actorsOf,
  analyzeText,
  entityMatching as entity,
  eventsOfType,
  eventTold,
  holding,
  named,
  participantCodes as parties,
  profileOf,
} from './helpers.js';

function entitiesOf(text: string, lang: string): Entity[] {
  const doc = analyzeText(text, lang, '2001-05-10');
  assert.ok(doc.entities, 'the actors stage adds the entities layer');
  return doc.entities;
}

const profile = (e: Entity) => [e.country, e.sector];

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

const run = analyzeText;

const told = eventTold;

test('a name particle written onto the name with a hyphen is part of it', () => {
  const entities = entitiesOf(
    'Syrian President Bashar al-Assad received the envoy in Damascus on Sunday. Officials said ' +
      'al-Assad asked for more time.',
    'en',
  );
  const president = holding(entities, 'Bashar al-Assad');
  assert.equal(holding(entities, 'al-Assad'), president);
  assert.deepEqual(profile(president), ['SYR', 'GOV']);
});

test('an armed group with no country of its own takes its non-state code', () => {
  const entities = entitiesOf(
    'Osama bin Laden said in a tape that al-Qaeda would strike Western embassies in the region.',
    'en',
  );
  assert.deepEqual(profile(holding(entities, 'al-Qaeda')), ['IMG', 'REB']);
});

test("an armed movement's full name codes its country and sector", () => {
  const entities = entitiesOf(
    "The Kurdistan Workers' Party said on Friday it would end its truce in the south-east.",
    'en',
  );
  assert.deepEqual(profile(holding(entities, "Kurdistan Workers' Party")), ['TUR', 'REB']);
});

test('a title with its complement before a name is one person with that office', () => {
  const entities = entitiesOf(
    'The Federal Minister for Interior Tariq Mehmood Khan Abbasi ordered extra patrols in Lahore.',
    'en',
  );
  const minister = holding(entities, 'Tariq Mehmood Khan Abbasi');
  assert.deepEqual(
    [minister.type, minister.role, ...profile(minister)],
    ['person', 'interior minister', 'PAK', 'GOV'],
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.startsWith('Interior'))));
});

test('a generic body word around a known armed group is that group', () => {
  const entities = entitiesOf(
    'The militant Palestinian Islamic Jihad movement turned down an offer to join the talks.',
    'en',
  );
  const movement = holding(entities, 'The militant Palestinian Islamic Jihad movement');
  assert.deepEqual(profile(movement), ['PSE', 'REB']);
  assert.equal(entities.filter((e) => e.sector === 'REB').length, 1);
});

test('a generic body word does not take a body named across a preposition', () => {
  const entities = entitiesOf(
    'Le mouvement de soutien au Hamas a organisé mardi une collecte à Lyon.',
    'fr',
  );
  const movement = holding(entities, 'Le mouvement de soutien au Hamas');
  assert.notEqual(movement, holding(entities, 'Hamas'));
  assert.equal(movement.sector, null);
});

test('negotiators of a country are its government', () => {
  const entities = entitiesOf('A Chilean negotiator left the fisheries talks on Monday.', 'en');
  assert.deepEqual(profile(holding(entities, 'A Chilean negotiator')), ['CHL', 'GOV']);
});

test('place names the gazetteer does not know outvote a foreign actor for the document country', () => {
  const entities = entitiesOf(
    'The government of Velmoria closed the border near Ostrakai on Sunday. The U.S. envoy ' +
      'said Washington was concerned. Refugees crowded into Ostrakai overnight.',
    'en',
  );
  assert.equal(holding(entities, 'The government of Velmoria').country, null);
});

test('a non-state code never becomes the document country', () => {
  const entities = entitiesOf(
    'Al-Qaeda said it carried out the bombing, a spokesman said on Tuesday.',
    'en',
  );
  assert.equal(holding(entities, 'a spokesman').country, null);
});

test("a story that names no place takes the language's news country (French)", () => {
  const entities = entitiesOf(
    "Le maire a présenté mardi soir le budget de la commune, que l'opposition juge trop optimiste.",
    'fr',
  );
  assert.equal(holding(entities, 'Le maire').country, 'FRA');
});

test('a bare head noun after a body named with it is that body, not the dateline agency', () => {
  const entities = entitiesOf(
    'PARIS (Reuters) - The International Energy Agency said on Monday that oil demand would ' +
      'slow next year. The agency added that stocks had risen again.',
    'en',
  );
  const body = holding(entities, 'International Energy Agency');
  assert.equal(holding(entities, 'The agency'), body);
  const agencies = entitiesOf(
    "PARIS (AFP) - L'Agence internationale de l'énergie atomique a indiqué lundi que ses " +
      "inspecteurs étaient rentrés. L'agence a ajouté qu'un rapport suivrait.",
    'fr',
  );
  assert.equal(
    holding(agencies, "L'agence"),
    holding(agencies, "Agence internationale de l'énergie atomique"),
  );
});

test('a name the recogniser took for a person right after an organisation word is the organisation', () => {
  const entities = entitiesOf(
    "Le groupe Renault a confirmé jeudi la cession de son usine. Renault n'a pas donné de prix.",
    'fr',
  );
  const group = holding(entities, 'Renault');
  assert.deepEqual([group.type, group.sector], ['organisation', 'BUS']);
  assert.equal(entities.filter((e) => e.type === 'person').length, 0);
});

test("places the gazetteer does not know count for the language's news country (French)", () => {
  const entities = entitiesOf(
    'Le maire de Sainte-Colombe-sur-Vaure a reçu mardi à Sainte-Colombe-sur-Vaure un ingénieur ' +
      'américain.',
    'fr',
  );
  assert.equal(holding(entities, 'Le maire de Sainte-Colombe-sur-Vaure').country, 'FRA');
});

test("a party word inside the name of a body that is no party tells no party's country", () => {
  const entities = entitiesOf(
    'The Republican Guard moved two divisions north on Sunday, a spokesman in Baghdad said.',
    'en',
  );
  assert.deepEqual(profile(holding(entities, 'Republican Guard')), ['IRQ', 'MIL']);
});

test('a role word the tagger hung on a date is the head of its nominal, with the country before it', () => {
  const entities = entitiesOf(
    'A top U.S. official today criticized the new tariffs on steel.',
    'en',
  );
  const official = holding(entities, 'top U.S. official');
  assert.deepEqual([official.role, ...profile(official)], ['official', 'USA', 'GOV']);
});

test('the president of a national assembly is a legislator', () => {
  const entities = entitiesOf(
    'French National Assembly president Jean Martinot met the visiting delegation on Friday.',
    'en',
  );
  assert.deepEqual(profile(holding(entities, 'Jean Martinot')), ['FRA', 'LEG']);
});

test("a province named in a nominal's complement gives its country", () => {
  const entities = entitiesOf(
    'The government of Balochistan province has banned rallies after the riots.',
    'en',
  );
  assert.equal(holding(entities, 'The government of Balochistan province').country, 'PAK');
  const fr = entitiesOf('Le gouverneur du Nord-Kivu a décrété mardi un couvre-feu.', 'fr');
  assert.equal(holding(fr, 'Le gouverneur du Nord-Kivu').country, 'COD');
});

test("a party's own name or a name made with a party word is a party", () => {
  const entities = entitiesOf(
    "L'UDF a voté contre le texte, comme la Ligue communiste révolutionnaire.",
    'fr',
  );
  assert.deepEqual(profile(holding(entities, 'UDF')), ['FRA', 'PTY']);
  assert.equal(holding(entities, 'Ligue communiste révolutionnaire').sector, 'PTY');
});

test('a quantity before a plural role phrase is part of the mention', () => {
  const entities = entitiesOf(
    'Une vingtaine de délégués de la CGT ont quitté la salle mercredi à Nantes.',
    'fr',
  );
  const delegates = holding(entities, 'Une vingtaine de délégués de la CGT');
  assert.deepEqual([delegates.role, ...profile(delegates)], ['delegate', 'FRA', 'LAB']);
  const en = entitiesOf('A group of Iraqi lawmakers walked out of the session on Monday.', 'en');
  assert.equal(holding(en, 'A group of Iraqi lawmakers').sector, 'LEG');
});

test("what a person's title runs into is a person's name, not an organisation", () => {
  const entities = entitiesOf(
    "Le Chef d'Etat Major Kouadio Yao a visité jeudi la caserne de Bouaké.",
    'fr',
  );
  const chief = holding(entities, 'Kouadio Yao');
  assert.deepEqual([chief.type, chief.sector], ['person', 'MIL']);
});

test('a party family of many countries tells no country', () => {
  const entities = entitiesOf(
    'Les sociaux-démocrates ont remporté dimanche les élections régionales en Bavière. ' +
      'Le chef des sociaux-démocrates a salué un vote historique.',
    'fr',
  );
  assert.equal(holding(entities, 'Le chef des sociaux-démocrates').country, 'DEU');
});

test("the language's news country breaks a tie when the outlet is unknown (French)", () => {
  const entities = entitiesOf(
    'Un otage français a été libéré mardi au Liban, a annoncé le porte-parole.',
    'fr',
  );
  assert.equal(holding(entities, 'le porte-parole').country, 'FRA');
});

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

test('a union delegate in apposition is a labour actor', () => {
  const entities = actorsOf(
    "« Nous ne signerons rien en l'état », prévient Karim Haddad, délégué syndical chez le transporteur.",
    'fr',
  );
  const e = holding(entities, 'Karim Haddad');
  assert.equal(e.sector, 'LAB');
  assert.equal(e.role, 'union representative');
});

test('an English shop steward is a labour actor', () => {
  const entities = actorsOf(
    'Workers at the bottling plant walked out on Friday, said Dana Price, a shop steward at the site.',
    'en',
  );
  assert.equal(holding(entities, 'Dana Price').sector, 'LAB');
});

test('an institution word before a role gives the role its sector', () => {
  const entities = actorsOf(
    'Union leader Marta Kowalczyk criticised the Polish government for the pension reform on Friday.',
    'en',
  );
  const leader = named(entities, 'Kowalczyk');
  assert.ok(leader);
  assert.deepEqual([leader.role, leader.sector], ['leader', 'LAB']);
  assert.equal(entities.filter((e) => e.type === 'person').length, 1);
});

test('the president of a metropolitan authority is a government official', () => {
  const entities = actorsOf(
    'La présidente de la Métropole de Nantes, Johanna Rolland, a présenté mercredi un plan de transport.',
    'fr',
  );
  const president = named(entities, 'Rolland');
  assert.ok(president);
  assert.equal(president.sector, 'GOV');
  const authority = entities.find((e) => e.name === 'Métropole de Nantes');
  assert.ok(authority);
  assert.deepEqual([authority.type, authority.sector], ['government', 'GOV']);
});

test('a metropolitan or departmental councillor is a councillor, not an adviser', () => {
  const entities = actorsOf(
    'Selon la conseillère départementale Claire Mounier, le budget des collèges sera réduit.',
    'fr',
  );
  const councillor = named(entities, 'Mounier');
  assert.ok(councillor);
  assert.deepEqual([councillor.role, councillor.sector], ['departmental councillor', 'GOV']);
});

test('an institution word complementing a role gives the role its sector', () => {
  const entities = actorsOf(
    "Le président du club, Henri Valat, a annoncé mardi le départ de l'entraîneur.",
    'fr',
  );
  const president = named(entities, 'Valat');
  assert.ok(president);
  assert.deepEqual([president.role, president.sector], ['president', 'BUS']);
});

test('a leader’s adjective names the body led', () => {
  const doc = run("Le dirigeant rebelle a accusé l'armée de bombarder les villages.", 'fr');
  assert.deepEqual(
    told(doc, 'accusé').actors.map((p) => p.sector),
    ['REB'],
  );
});

test('supporters and fans are people, civilians unless said otherwise', () => {
  const doc = run('Police arrested dozens of fans outside the stadium in Lyon.', 'en');
  assert.deepEqual(
    told(doc, 'arrested').recipients.map((p) => p.sector),
    ['CVL'],
  );
});

test('a thing named with a sector-naming adjective takes that sector', () => {
  const doc = run('Gunmen attacked a military post near the border.', 'en');
  assert.deepEqual(
    told(doc, 'attacked').recipients.map((p) => p.sector),
    ['MIL'],
  );
});

test('dockworkers are labour', () => {
  const doc = run('Belgian dockworkers began a strike on Tuesday.', 'en');
  assert.deepEqual(parties(told(doc, 'strike').actors), ['BEL/LAB']);
});

test('the convicted are criminals when the text gives them no other sector', () => {
  const doc = run('Yann Le Goff et Marc Riou ont écopé de deux ans de prison ferme.', 'fr');
  assert.deepEqual(
    told(doc, 'écopé').recipients.map((p) => p.sector),
    ['CRM', 'CRM'],
  );
});

test('a conviction overrules the civilian sector a people word gives by default', () => {
  const doc = run('Trois hommes ont écopé de deux ans de prison ferme à Rennes.', 'fr');
  assert.deepEqual(
    told(doc, 'écopé').recipients.map((p) => p.sector),
    ['CRM'],
  );
});

test('sectors come from what a noun names, in both languages (actors.json by meaning class)', () => {
  assert.deepEqual(
    told(run('Nurses protested outside the hospital in Leeds.', 'en'), 'protested').actors.map(
      (p) => p.sector,
    ),
    ['MED'],
  );
  assert.deepEqual(
    told(
      run("L'aviation malienne a bombardé dimanche une base rebelle.", 'fr'),
      'bombardé',
    ).actors.map((p) => p.sector),
    ['MIL'],
  );
});

test('an organisation is of its members’ sector, and so is its spokesperson', () => {
  const text =
    "Les rebelles de l'Alliance des collines ont attaqué jeudi un convoi. La porte-parole de l'Alliance, Mira Kosta, a démenti.";
  assert.equal(entity(text, 'fr', /^Alliance$/).sector, 'REB');
  assert.equal(entity(text, 'fr', /Mira Kosta/).sector, 'REB');
});

test('a role word before an organisation’s name tells what it is', () => {
  const text =
    "The rebel Dawn Front rejected the offer on Monday. The group's spokesman, Ilo Varga, said the talks had failed.";
  assert.equal(entity(text, 'en', /Ilo Varga/).sector, 'REB');
});

test('an agency a dateline credits is a news outlet, of no country the story gives', () => {
  const text =
    'LYON, France, March 3 (Rhone Valley Newswire) — The regional council approved a new tram line on Monday.';
  const agency = entity(text, 'en', /Rhone Valley Newswire/);
  assert.equal(agency.type, 'news');
  assert.equal(agency.country, null);
});

test('a name headed by a newspaper’s word is news (JRN), not an organisation', () => {
  const entities = actorsOf(
    'The Marvale Gazette reported on Sunday that the mayor had resigned.',
    'en',
  );
  const paper = named(entities, 'Marvale Gazette');
  assert.ok(paper);
  assert.equal(paper.type, 'news');
  assert.equal(paper.sector, 'JRN');
  const fr = named(
    actorsOf('Selon La Gazette de Marvale, le maire a démissionné lundi.', 'fr'),
    'Gazette de Marvale',
  );
  assert.equal(fr?.sector, 'JRN');
});

test('people of a group of several states, or the allies, are an intergovernmental party', () => {
  const [condemnation] = eventsOfType(
    'The foreign ministers of the seven industrialised nations condemned the attack.',
    'en',
    'ACCUSE',
  );
  assert.equal(condemnation.actors[0]?.country, 'IGO');
  const [french] = eventsOfType(
    'Les ministres des Finances des sept pays les plus riches ont condamné l’attaque.',
    'fr',
    'ACCUSE',
  );
  assert.equal(french?.actors[0]?.country, 'IGO');
  const [welcome] = eventsOfType('Les alliés ont salué la décision du tribunal.', 'fr', 'SUPPORT');
  assert.equal(welcome.actors[0]?.country, 'IGO');
  // Allies of a named state are its side, not an alliance of their own.
  const [rejection] = eventsOfType('Russia and its allies condemned the decision.', 'en', 'ACCUSE');
  assert.ok(!rejection.actors.some((p) => p.country === 'IGO'));
});
