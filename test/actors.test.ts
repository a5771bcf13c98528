import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findEntities, type Entity } from '../src/actors/entities.js';
import { ActorDictionary, parseActorDictionary } from '../src/actors/dictionary.js';
import { makeArticle } from '../src/ingest/article.js';
import { createDoc, stagesFor } from '../src/pipeline.js';
import { analyzeThroughActors, holding, seedArticle } from './helpers.js';

/** The pipeline up to and including the actor stage. */
function entitiesOf(text: string, lang: string, published: string | null = '2023-03-03'): Entity[] {
  const doc = analyzeThroughActors(text, lang, published);
  assert.ok(doc.entities, 'the actors stage adds the entities layer');
  return doc.entities;
}

test('seed: actors with roles, countries and sectors', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const entities = entitiesOf(readFileSync(path, 'utf8'), 'fr');
  const zakharova = holding(entities, 'Maria Zakharova');
  assert.deepEqual(
    [zakharova.type, zakharova.country, zakharova.sector, zakharova.role],
    ['person', 'RUS', 'GOV', 'spokesperson'],
  );
  const lavrov = holding(entities, 'Sergueï Lavrov');
  assert.deepEqual(
    [lavrov.country, lavrov.sector, lavrov.role],
    ['RUS', 'GOV', 'foreign minister'],
  );
  for (const m of ['Lavrov', 'son homologue russe', 'le ministre russe des Affaires étrangères']) {
    assert.equal(holding(entities, m), lavrov, m);
  }
  assert.ok(lavrov.mentions.length >= 6);
  const blinken = holding(entities, 'Antony Blinken');
  assert.deepEqual(
    [blinken.country, blinken.sector, blinken.role],
    ['USA', 'GOV', 'secretary of state'],
  );
  assert.equal(holding(entities, 'lui-même'), blinken);
  const zelensky = holding(entities, 'Volodymyr Zelensky');
  assert.deepEqual([zelensky.country, zelensky.sector, zelensky.role], ['UKR', 'GOV', 'president']);
  const whelan = holding(entities, 'Paul Whelan');
  assert.deepEqual([whelan.country, whelan.sector], ['USA', 'CVL']);
  const outlets = new Map(entities.filter((e) => e.type === 'news').map((e) => [e.key, e.country]));
  assert.equal(outlets.get('outlet:afp'), 'FRA');
  assert.equal(outlets.get('outlet:ap'), 'USA');
  assert.equal(outlets.get('outlet:tass'), 'RUS');
  assert.equal(holding(entities, "l'agence de presse française").key, 'outlet:afp');
  const official = holding(entities, 'ce responsable américain');
  assert.deepEqual(
    [official.type, official.country, official.sector, official.anonymous, official.name],
    ['person', 'USA', 'GOV', true, null],
  );
  assert.ok(official.mentions.some((m) => m.text === 'un responsable américain'));
});

test('fr: title and apposition give role and country; honorific and surname join the full name', () => {
  const entities = entitiesOf(
    "Le ministre allemand de la Défense, Klaus Weber, a rencontré mardi à Rome son homologue italienne Giulia Ferri. M. Weber a ensuite affirmé qu'il restait prudent.",
    'fr',
  );
  const weber = holding(entities, 'Klaus Weber');
  assert.deepEqual(
    [weber.country, weber.sector, weber.role, weber.anonymous],
    ['DEU', 'GOV', 'defence minister', false],
  );
  assert.equal(holding(entities, 'Le ministre allemand de la Défense'), weber);
  assert.equal(holding(entities, 'Weber'), weber);
  // Subject pronoun → the masculine subject of the previous clause, not the feminine counterpart.
  assert.equal(holding(entities, 'il'), weber);
  const ferri = holding(entities, 'Giulia Ferri');
  assert.equal(holding(entities, 'son homologue italienne'), ferri);
  assert.equal(ferri.country, 'ITA');
});

test('fr: indefinite starts a new anonymous actor, a demonstrative refers back, a capital acts as government', () => {
  const entities = entitiesOf(
    "Un responsable allemand, s'exprimant sous couvert d'anonymat, a confirmé la rencontre. Ce responsable allemand a ajouté que Berlin soutenait le projet. Un responsable belge a démenti.",
    'fr',
  );
  const german = holding(entities, 'Un responsable allemand');
  assert.equal(holding(entities, 'Ce responsable allemand'), german);
  assert.deepEqual(
    [german.country, german.sector, german.anonymous, german.name],
    ['DEU', 'GOV', true, null],
  );
  const belgian = holding(entities, 'Un responsable belge');
  assert.notEqual(belgian, german);
  assert.equal(belgian.country, 'BEL');
  const berlin = holding(entities, 'Berlin');
  assert.deepEqual([berlin.type, berlin.country, berlin.sector], ['government', 'DEU', 'GOV']);
});

test('fr: a place that only locates is no entity; group words leave plural pronouns unresolved', () => {
  const entities = entitiesOf(
    "Le président Marc Dubreuil et la maire Anne Vasseur se sont vus à Lyon. Selon l'agence de presse française, les deux hommes ne se sont pas revus. Ils se reverront en mai.",
    'fr',
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === 'Lyon')));
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text === 'Ils')));
  assert.equal(holding(entities, "l'agence de presse française").key, 'outlet:afp');
  assert.equal(holding(entities, 'Anne Vasseur').role, 'mayor');
});

test('en: bare title is a cue, anonymity cue, seat of power, outlet, subject pronoun', () => {
  const entities = entitiesOf(
    'Secretary of State John Harlow met Russian Foreign Minister Igor Danilov in Geneva on Monday. Harlow said he was hopeful. A senior U.S. official, speaking on condition of anonymity, said the talks were tense. The White House declined to comment. Mr. Danilov told Reuters that Moscow wanted guarantees.',
    'en',
  );
  const harlow = holding(entities, 'John Harlow');
  assert.equal(harlow.role, 'secretary of state');
  assert.ok(
    !harlow.mentions.some((m) => m.kind === 'nominal'),
    'a bare prenominal title is not a mention',
  );
  assert.equal(holding(entities, 'Harlow'), harlow);
  assert.equal(holding(entities, 'he'), harlow);
  const danilov = holding(entities, 'Igor Danilov');
  assert.deepEqual([danilov.country, danilov.role], ['RUS', 'foreign minister']);
  assert.equal(holding(entities, 'Danilov'), danilov);
  const official = holding(entities, 'A senior U.S. official');
  assert.deepEqual([official.country, official.sector, official.anonymous], ['USA', 'GOV', true]);
  const whiteHouse = holding(entities, 'White House');
  assert.deepEqual([whiteHouse.type, whiteHouse.country], ['government', 'USA']);
  assert.equal(holding(entities, 'Moscow').country, 'RUS');
  assert.equal(holding(entities, 'Reuters').type, 'news');
});

test('toponyms: subjects and complements of event nouns act, locations do not', () => {
  const fr = entitiesOf(
    "La Russie a dénoncé mardi le soutien de la France. Le ministre s'est rendu à Paris.",
    'fr',
  );
  assert.deepEqual(
    [holding(fr, 'Russie').type, holding(fr, 'Russie').key],
    ['government', 'RUS:GOV'],
  );
  assert.equal(holding(fr, 'France').key, 'FRA:GOV');
  assert.ok(!fr.some((e) => e.mentions.some((m) => m.text === 'Paris')));
  const en = entitiesOf(
    'NATO, the military alliance, said it would respond. Officials in Brussels met with Russia on Friday.',
    'en',
  );
  assert.equal(holding(en, 'the military alliance'), holding(en, 'NATO'));
  assert.equal(holding(en, 'NATO').type, 'igo');
  assert.equal(holding(en, 'Russia').type, 'government');
  assert.ok(!en.some((e) => e.mentions.some((m) => m.text === 'Brussels')));
});

test('an actor dictionary code in force on the document date overrides country and sector', () => {
  const text =
    'Paul Marchetti a rencontré des élus à Lyon. Paul Marchetti a ensuite quitté la ville.';
  const doc = analyzeThroughActors(text, 'fr', '2021-05-01');
  const dictionary = new ActorDictionary(
    parseActorDictionary('PAUL_MARCHETTI [FRABUS]\n    [FRAGOV 200101-221231]\n'),
  );
  const marchetti = holding(findEntities(doc, { dictionary }), 'Paul Marchetti');
  assert.deepEqual([marchetti.country, marchetti.sector], ['FRA', 'GOV']);
  const later = analyzeThroughActors(text, 'fr', '2024-05-01');
  assert.equal(holding(findEntities(later, { dictionary }), 'Paul Marchetti').sector, 'BUS');
  assert.equal(holding(findEntities(later, { dictionary: null }), 'Paul Marchetti').sector, null);
});

test('party words give a country and a party role; named persons take the country the story is in', () => {
  const en = entitiesOf(
    'Democrat Mary Hollis told voters in Ohio that the race was close. A former Democratic National Committee chairman, Tom Berry, disagreed.',
    'en',
  );
  const hollis = holding(en, 'Mary Hollis');
  assert.deepEqual([hollis.country, hollis.sector], ['USA', 'PTY']);
  const berry = holding(en, 'Tom Berry');
  assert.deepEqual(
    [berry.country, berry.sector, berry.role],
    ['USA', 'PTY', 'former party chairman'],
  );
  const fr = entitiesOf(
    'À Nancy, Pierre Martin a rencontré hier le dirigeant socialiste Jacques Morel à la mairie de Laxou.',
    'fr',
  );
  assert.equal(holding(fr, 'Pierre Martin').country, 'FRA');
  const morel = holding(fr, 'Jacques Morel');
  assert.deepEqual([morel.sector, morel.role], ['PTY', 'party leader']);
});

test("the outlet's country stands for a story that names no place", () => {
  const text = 'Jane Porter said on Monday that she would not resign.';
  const byOutlet = (outlet: string | null) => {
    const doc = createDoc(
      makeArticle({
        source: 'test',
        outlet,
        lang: 'en',
        published: null,
        title: null,
        text,
        metadata: {},
      }),
    );
    for (const stage of stagesFor(doc.lang.code)) {
      stage.run(doc);
      if (stage.name === 'actors') break;
    }
    return holding(doc.entities!, 'Jane Porter').country;
  };
  assert.equal(byOutlet(null), null);
  assert.equal(byOutlet('Politico'), 'USA');
});

test('a demonym right before a title gives the titled person its country, however it is parsed', () => {
  const en = entitiesOf(
    'Rebel leaders said they would forgive Kenyan President Daniel Moi and back him for another term.',
    'en',
  );
  const moi = holding(en, 'Daniel Moi');
  assert.deepEqual([moi.country, moi.sector, moi.role], ['KEN', 'GOV', 'president']);
});

test('a state named as possessor gives the nominal its country; a title word is no place', () => {
  const parliament = holding(
    entitiesOf("Norway's parliament rejected the fishing bill on Thursday.", 'en'),
    "Norway's parliament",
  );
  assert.deepEqual([parliament.country, parliament.sector], ['NOR', 'LEG']);
  // "Vice" is also a town in Peru.
  const minister = holding(
    entitiesOf("Kenya's Vice Foreign Minister flew to Oslo on Monday.", 'en'),
    "Kenya's Vice Foreign Minister",
  );
  assert.deepEqual([minister.country, minister.role], ['KEN', 'foreign minister']);
});

test('IGOs and their staff belong to no country and carry the IGO as affiliation', () => {
  const troops = holding(
    entitiesOf('NATO peacekeeping troops reached Kosovo on Tuesday, Serbian officials said.', 'en'),
    'NATO peacekeeping troops',
  );
  assert.deepEqual([troops.country, troops.sector, troops.affiliation], [null, 'MIL', 'igo:nato']);
  // The NER ends the IGO name before the title; the title word is not glued to it.
  const en = entitiesOf('U.N. Secretary-General Kofi Annan flew to Nairobi on Friday.', 'en');
  assert.equal(holding(en, 'U.N.').type, 'igo');
  const annan = holding(en, 'Kofi Annan');
  assert.deepEqual(
    [annan.country, annan.sector, annan.role, annan.affiliation],
    [null, 'IGO', 'secretary-general', 'igo:un'],
  );
  const ec = holding(
    entitiesOf('The European Community gave Senegal two million dollars on Monday.', 'en'),
    'European Community',
  );
  assert.deepEqual([ec.type, ec.key, ec.affiliation], ['igo', 'igo:eu', 'igo:eu']);
});

test('demonyms outside any mention count for the country the story is about', () => {
  const kagame = holding(
    entitiesOf('President Paul Kagame promised the Rwandan people a new constitution.', 'en'),
    'Paul Kagame',
  );
  assert.deepEqual([kagame.country, kagame.sector], ['RWA', 'GOV']);
});

test('militia words name a military sector', () => {
  const fr = holding(
    entitiesOf('Des miliciens burundais ont attaqué un village dimanche.', 'fr'),
    'Des miliciens burundais',
  );
  assert.deepEqual([fr.country, fr.sector, fr.role], ['BDI', 'MIL', 'militiaman']);
});

test('an abbreviated title the NER took for a name is no organisation', () => {
  const en = entitiesOf(
    'Lt. Gen. Paul Ricard resigned yesterday to allow new elections in Chad.',
    'en',
  );
  assert.ok(!en.some((e) => e.name === 'Lt.'), JSON.stringify(en.map((e) => e.name)));
  assert.equal(holding(en, 'Paul Ricard').sector, 'MIL');
});

test('armed groups, unions and NATO-led forces carry their sector and country', () => {
  const eta = holding(entitiesOf("L'ETA a annoncé une trêve dimanche.", 'fr'), 'ETA');
  assert.deepEqual([eta.type, eta.country, eta.sector], ['organisation', 'ESP', 'REB']);
  const delegates = holding(
    entitiesOf('Des délégués de la CGT ont appelé à la grève.', 'fr'),
    'Des délégués de la CGT',
  );
  assert.deepEqual([delegates.country, delegates.sector], ['FRA', 'LAB']);
  const kfor = holding(entitiesOf('La KFOR va réduire son dispositif au Kosovo.', 'fr'), 'KFOR');
  assert.deepEqual([kfor.type, kfor.country, kfor.sector], ['igo', null, 'MIL']);
  const hezbollah = holding(
    entitiesOf('Hezbollah guerrillas attacked an army post on Sunday.', 'en'),
    'Hezbollah',
  );
  assert.deepEqual([hezbollah.country, hezbollah.sector], ['LBN', 'REB']);
});

test("an outlet's name the recogniser split is one news actor; a seat of power it took for a person is the institution", () => {
  const fr = entitiesOf(
    "La ministre de la Culture a défendu sur France Culture la réforme de l'audiovisuel. Matignon a confirmé mardi le calendrier.",
    'fr',
  );
  const radio = holding(fr, 'France Culture');
  assert.deepEqual([radio.type, radio.country], ['news', 'FRA']);
  const office = holding(fr, 'Matignon');
  assert.deepEqual([office.type, office.country, office.sector], ['government', 'FRA', 'GOV']);
});

test('a proper-noun subject or source the recogniser missed is an actor; a capitalised first word alone is not', () => {
  const fr = entitiesOf(
    'Selon les prévisions, Météo-France a placé la Somme en vigilance orange.',
    'fr',
  );
  assert.equal(holding(fr, 'Météo-France').type, 'organisation');
  const source = entitiesOf('Selon Météo-France, de fortes pluies sont attendues.', 'fr');
  assert.equal(holding(source, 'Météo-France').type, 'organisation');
  const lone = entitiesOf('Craignant la pluie, les habitants ont quitté la côte.', 'fr');
  assert.ok(!lone.some((e) => e.name === 'Craignant'), JSON.stringify(lone.map((e) => e.name)));
});

test('national bodies are data: their staff take their country and sector, whatever the recogniser labels them', () => {
  const en = entitiesOf('Earlier, Qatari mediators met CIA Director William Burns in Doha.', 'en');
  const burns = holding(en, 'William Burns');
  assert.deepEqual([burns.country, burns.sector], ['USA', 'SPY']);
  assert.ok(!en.some((e) => e.name === 'Qatari'), JSON.stringify(en.map((e) => e.name)));
  const fr = entitiesOf('Le Mossad et la DGSE ont échangé des informations.', 'fr');
  const mossad = holding(fr, 'Le Mossad');
  assert.deepEqual([mossad.type, mossad.country, mossad.sector], ['government', 'ISR', 'SPY']);
});

test('a seat of power that is also a small town is the institution, not the town', () => {
  const en = entitiesOf('Israel agrees to pauses in northern Gaza, White House says', 'en');
  const house = holding(en, 'White House');
  assert.deepEqual([house.country, house.sector], ['USA', 'GOV']);
});

test('a title and its appositive name are one actor over a complement the parser hung elsewhere', () => {
  const fr = entitiesOf(
    "L'enquête est ouverte, a annoncé la commissaire à la concurrence, Margrethe Vestager, mardi.",
    'fr',
  );
  const vestager = holding(fr, 'Margrethe Vestager');
  assert.ok(
    vestager.mentions.some((m) => m.kind === 'nominal'),
    JSON.stringify(vestager.mentions),
  );
  assert.equal(vestager.role, 'commissioner');
});

test('a proper noun right before a finite verb is its subject however it was parsed', () => {
  const fr = entitiesOf("Interrogé par l'AFP, TikTok a assuré coopérer avec les autorités.", 'fr');
  assert.equal(holding(fr, 'TikTok').type, 'organisation');
});

test("an international NGO belongs to no country, not even the story's", () => {
  const en = entitiesOf(
    'Greenpeace said on Monday that the Brazilian government had ignored the fires in Brazil.',
    'en',
  );
  const ngo = holding(en, 'Greenpeace');
  assert.deepEqual([ngo.type, ngo.country, ngo.sector], ['organisation', null, 'SOC']);
});

test('a company: its legal form aside, one actor; "the company" refers back to it; a town in its name gives no country', () => {
  const en = entitiesOf(
    "Acme Robotics Inc shares fell on Monday. Acme Robotics said sales slowed. The company's chair, Dana Holt, declined to comment.",
    'en',
  );
  const acme = holding(en, 'Acme Robotics Inc');
  assert.deepEqual(
    acme.mentions.map((m) => m.text),
    ['Acme Robotics Inc', 'Acme Robotics', 'The company'],
  );
  assert.deepEqual(
    [holding(en, 'Dana Holt').role, holding(en, 'Dana Holt').sector],
    ['chairman', 'BUS'],
  );
  const bank = holding(
    entitiesOf('Analysts at Morgan Stanley cut their forecast.', 'en'),
    'Morgan Stanley',
  );
  assert.equal(bank.country, null);
});

test("a dispatch's filing place counts for the story's country; the agency's own country does not", () => {
  const en = entitiesOf(
    'LISBON, Jan 10 (Reuters) - A storm killed two people on Friday, Reuters reported. The government declared a state of calamity.',
    'en',
  );
  assert.equal(holding(en, 'The government').country, 'PRT');
});

test('names split at a hyphen are one; a date is no part of a nominal; a capital read as a person is the place', () => {
  const en = entitiesOf('Egyptian President Abdel Fattah al-Sisi met the envoy in Cairo.', 'en');
  assert.equal(holding(en, 'Abdel Fattah al-Sisi').role, 'president');
  const dated = entitiesOf('The ministry on Tuesday denied the report.', 'en');
  assert.ok(dated.some((e) => e.mentions.some((m) => m.text === 'The ministry')));
  const fr = entitiesOf('Niamey a demandé le départ des troupes étrangères.', 'fr');
  assert.deepEqual(
    [holding(fr, 'Niamey').type, holding(fr, 'Niamey').country],
    ['government', 'NER'],
  );
});

test('a nominal mention belongs to one actor, not also to the shorter phrase inside it', () => {
  const en = entitiesOf('The foreign ministry said on Friday that talks would resume.', 'en');
  const holders = en.filter((e) => e.mentions.some((m) => m.text === 'The foreign ministry'));
  assert.equal(holders.length, 1, JSON.stringify(en.map((e) => e.name)));
});
