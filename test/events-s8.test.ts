/**
 * Event types (session 8): one original sentence per rule or lexicon class, each failing
 * without the rule or the class it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, eventTold, testTriggerTypes } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const triggers = (text: string, lang: string) =>
  (run(text, lang).events ?? []).flatMap((e) => e.claims.map((c) => `${e.type}:${c.trigger.text}`));

test('a verb of saying that announces the speaker’s own cooperative act is a promise', () => {
  const doc = run('The kidnappers said they would release the two aid workers on Sunday.', 'en');
  assert.equal(told(doc, 'said').type, 'AGREE');
  // The announced act is told too, as future.
  const release = told(doc, 'release');
  assert.equal(release.type, 'RETREAT');
  assert.equal(release.modality, 'future');
});

test('a light verb announces its object’s act', () => {
  const doc = run('The governor said she would hold talks with the nurses next week.', 'en');
  assert.equal(told(doc, 'said').type, 'AGREE');
});

test('a cooperative act announced as not to be done is a refusal', () => {
  const doc = run(
    "Les ravisseurs ont affirmé qu'ils ne relâcheraient pas les deux journalistes.",
    'fr',
  );
  assert.equal(told(doc, 'affirmé').type, 'REJECT');
});

test('a conflict act the speaker announces on a condition is a threat', () => {
  const en = run(
    'The truckers said they would blockade the fuel depots unless the tax was scrapped.',
    'en',
  );
  assert.equal(told(en, 'said').type, 'THREATEN');
  const fr = run(
    "Les routiers ont annoncé qu'ils bloqueraient les dépôts si la taxe n'était pas retirée.",
    'fr',
  );
  assert.equal(told(fr, 'annoncé').type, 'THREATEN');
});

test('a conflict act announced without a condition stays the act, with modality future', () => {
  const found = triggers('The Kremlin said it would suspend the treaty from January.', 'en');
  assert.deepEqual(found, ['SANCTION:suspend']);
});

test('an event noun compounded to the light verb’s object is that verb’s act', () => {
  const doc = run('Ghana launched a mediation effort between the two parties on Friday.', 'en');
  assert.equal(told(doc, 'mediation').type, 'CONSULT');
});

test('forces readied for an attack are readied against whom it would reach', () => {
  const doc = run(
    'The Zambian army prepared to resume shelling Congolese rebel camps near the border.',
    'en',
  );
  const readied = told(doc, 'prepared');
  assert.equal(readied.type, 'MOBILIZE');
  assert.deepEqual(
    readied.recipients.map((p) => p.text),
    told(doc, 'shelling').recipients.map((p) => p.text),
  );
  assert.ok(readied.recipients.length > 0);
});

test('a thing a participle of receiving modifies is no visitor', () => {
  const found = triggers(
    "Le plan de paix, accueilli avec méfiance par l'opposition, sera débattu mardi.",
    'fr',
  );
  assert.deepEqual(found, []);
});

test('what flames or a disaster destroy is no act', () => {
  assert.deepEqual(
    triggers('Flames destroyed the homes of three families in Kano on Tuesday.', 'en'),
    [],
  );
  assert.deepEqual(triggers('Le sinistre a détruit trois entrepôts du port mardi.', 'fr'), []);
});

test('a war one is in is a state, not an attack', () => {
  assert.deepEqual(triggers('He served as a medic in the war.', 'en'), []);
});

test('a partitive object the parser reads as an oblique selects the sense as an object', () => {
  const doc = run(
    "Une trentaine d'éleveurs ont déversé du lisier devant la sous-préfecture.",
    'fr',
  );
  assert.equal(told(doc, 'déversé').type, 'PROTEST');
});

// Lexicon classes filled from the meaning, both languages (CAMEO/PLOVER categories).
testTriggerTypes(
  'en',
  [
    ['Norway will invest 2 billion dollars in Ghanaian solar farms.', 'invest', 'COOPERATE', null],
    ['Lisbon approved a bailout of the state airline on Monday.', 'bailout', 'AID', null],
    ['Militiamen slaughtered forty cattle herders near Jos.', 'slaughtered', 'ASSAULT', null],
    [
      'The regime tightened its censorship of foreign broadcasters.',
      'censorship',
      'COERCE',
      'censor',
    ],
    ['Hungary shunned the Brussels summit on Thursday.', 'shunned', 'REJECT', null],
    ['The opposition renewed its call for early elections on Monday.', 'call', 'REQUEST', null],
    [
      'Kenya welcomed the endorsement of its candidate by the African Union.',
      'endorsement',
      'SUPPORT',
      null,
    ],
    [
      'The army prepared to resume its offensive in the north on Monday.',
      'prepared',
      'MOBILIZE',
      'troops',
    ],
    ['NATO reported a military buildup near the border.', 'buildup', 'MOBILIZE', 'troops'],
    [
      'The mayor issued a sharp rebuke to the police chief on Friday.',
      'rebuke',
      'ACCUSE',
      'disapprove',
    ],
    ['The ministry backtracked on the fuel tax on Friday.', 'backtracked', 'CONCEDE', null],
    [
      'Farmers dumped manure outside the prefecture in Rennes on Friday.',
      'dumped',
      'PROTEST',
      'vandalize',
    ],
  ],
  (text) => run(text, 'en'),
);

testTriggerTypes(
  'fr',
  [
    [
      'La Norvège va investir deux milliards de dollars dans des fermes solaires ghanéennes.',
      'investir',
      'COOPERATE',
      null,
    ],
    ["L'État a décidé de renflouer la compagnie aérienne nationale.", 'renflouer', 'AID', null],
    [
      'Des pirates ont mené une attaque informatique contre le ministère de la Santé.',
      'attaque',
      'COERCE',
      'cyber',
    ],
    ['La Hongrie a boudé le sommet de Bruxelles jeudi.', 'boudé', 'REJECT', null],
    ['Le gouvernement a reculé sur la taxe carbone vendredi.', 'reculé', 'CONCEDE', null],
    [
      'Le gouvernement a fait marche arrière sur la réforme des retraites.',
      'marche',
      'CONCEDE',
      null,
    ],
    ["L'armée se prépare à reprendre son offensive dans le nord.", 'prépare', 'MOBILIZE', 'troops'],
    [
      "L'aviation nigériane est entrée en action contre les camps rebelles.",
      'entrée en action',
      'ASSAULT',
      null,
    ],
    ['Téhéran a adressé un ultimatum à Londres.', 'ultimatum', 'THREATEN', null],
    [
      'Le député a traité de menteurs les ministres du gouvernement.',
      'traité',
      'ACCUSE',
      'disapprove',
    ],
    [
      "Les producteurs ont déversé des pneus devant la préfecture d'Agen.",
      'déversé',
      'PROTEST',
      'vandalize',
    ],
    ['Le préfet a reçu une délégation de pêcheurs mardi.', 'reçu', 'CONSULT', 'visit'],
  ],
  (text) => run(text, 'fr'),
);
