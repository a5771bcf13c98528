/**
 * Event triggers and PLOVER types: which words tell which act (lexicon classes, light verbs, event
 * nouns), and what tells no act (weather, names, stopping nouns, things named like acts).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Doc } from '../src/document.js';
import {
  analyzeText,
  eventsOfType,
  eventsOfType as ofType,
  eventSummaries as events,
  eventTold,
  testTriggerTypes,
  eventDetails,
  eventModes,
  typedTriggers as triggers,
  eventPhrases,
} from './helpers.js';

const run = analyzeText;

const told = eventTold;

const types = (doc: Doc) => (doc.events ?? []).map((e) => e.type);

test('declining to comment is no rejection; refusing an act is', () => {
  assert.deepEqual(types(run('The ministry declined to comment on the report.', 'en')), []);
  assert.deepEqual(types(run('The army refused to say how many soldiers died.', 'en')), []);
  assert.deepEqual(types(run("Le porte-parole s'est refusé à tout commentaire.", 'fr')), []);
  assert.deepEqual(types(run('Le ministère a refusé de commenter ces informations.', 'fr')), []);
  assert.deepEqual(types(run('The rebels refused to sign the deal.', 'en')), ['REJECT']);
  assert.deepEqual(types(run("Les rebelles ont refusé de signer l'accord.", 'fr')), ['REJECT']);
});

test('rejecting what was said denies it; rejecting a demand, an offer or a threat refuses it', () => {
  const rejections = (text: string, lang: string) =>
    triggers(text, lang).filter((x) => x.startsWith('REJECT'));
  assert.deepEqual(rejections('The port authority rejected that account.', 'en'), []);
  assert.deepEqual(rejections('The mayor dismissed the claims as rumours.', 'en'), []);
  assert.deepEqual(rejections('La mairie a rejeté ce rapport.', 'fr'), []);
  assert.deepEqual(rejections('The port authority rejected the proposal.', 'en'), [
    'REJECT:rejected',
  ]);
  assert.deepEqual(rejections('The strikers ignored the warning.', 'en'), ['REJECT:ignored']);
  assert.deepEqual(rejections('La mairie a rejeté les revendications des grévistes.', 'fr'), [
    'REJECT:rejeté',
  ]);
});

test('a noun conjoined to a light verb’s object is that verb’s act too', () => {
  const doc = run(
    'Les agriculteurs ont multiplié les blocages et les manifestations devant la préfecture.',
    'fr',
  );
  assert.deepEqual(
    told(doc, 'manifestations').actors.map((p) => p.text),
    ['Les agriculteurs'],
  );
});

test('a light verb announces its object’s act', () => {
  const doc = run('The governor said she would hold talks with the nurses next week.', 'en');
  assert.equal(told(doc, 'said').type, 'AGREE');
});

test('an event noun compounded to the light verb’s object is that verb’s act', () => {
  const doc = run('Ghana launched a mediation effort between the two parties on Friday.', 'en');
  assert.equal(told(doc, 'mediation').type, 'CONSULT');
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

test('a complement selecting a verb’s sense selects it when the parser hangs it on the object', () => {
  const doc = run('Magistrates in Tyre charged a Kuwaiti trader with embezzlement.', 'en');
  assert.equal(told(doc, 'charged').type, 'COERCE');
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

test('a giving verb gives no telling and no act of another kind: no aid', () => {
  assert.deepEqual(
    ofType('Le témoin a livré son témoignage aux enquêteurs de Lyon.', 'fr', 'AID'),
    [],
  );
  assert.deepEqual(
    ofType('Les deux syndicats livrent des récits contraires de la grève.', 'fr', 'AID'),
    [],
  );
  assert.deepEqual(
    ofType('Les rebelles ont livré une bataille acharnée aux soldats près de Goma.', 'fr', 'AID'),
    [],
  );
  // A thing is given: the aid stays.
  const aid = ofType('La Norvège a livré des tentes et des couvertures au Tchad.', 'fr', 'AID');
  assert.equal(aid.length, 1);
  assert.equal(aid[0].actors[0].country, 'NOR');
});

test('"opposé" qualifying a noun is no refusal; an opposed veto or "s’opposer à" is', () => {
  assert.deepEqual(
    ofType('Les deux partis donnent des versions opposées de la réunion de Dakar.', 'fr', 'REJECT'),
    [],
  );
  assert.equal(ofType('La Chine a opposé son veto à la résolution.', 'fr', 'REJECT').length, 1);
  const refusal = ofType('Le Sénégal s’oppose à ce projet de barrage.', 'fr', 'REJECT');
  assert.equal(refusal.length, 1);
  assert.equal(refusal[0].actors[0].country, 'SEN');
});

test('a compound noun naming a thing tells no act: a call for tenders', () => {
  assert.deepEqual(
    events('Le ministère a lancé un appel d’offres pour trois parcs éoliens.', 'fr'),
    [],
  );
  assert.deepEqual(
    events('The port authority launched a call for tenders for two new cranes.', 'en'),
    [],
  );
});

test('rain and other weather kill without any actor’s act, in English and French', () => {
  const en = run('Heavy rain lashed the coast on Sunday, killing four fishermen.', 'en');
  assert.ok(!types(en).includes('ASSAULT'), JSON.stringify(en.events));
  const fr = run('Les pluies torrentielles ont tué six personnes dans le Var samedi.', 'fr');
  assert.ok(!types(fr).includes('ASSAULT'), JSON.stringify(fr.events));
});

test('sending firefighting aircraft is aid', () => {
  const doc = run('Portugal sent two firefighting planes to Spain on Sunday.', 'en');
  assert.equal(told(doc, 'sent').type, 'AID');
});

describe('events with their participants’ phrases', () => {
  const told = eventPhrases;

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

  test('a stopping noun and the act marked as its recipient, read as two obliques, stop it', () => {
    const types = (text: string) => told(text, 'en').map((e) => e.type);
    assert.deepEqual(types('The plan provides for an end to the shelling of the harbour.'), []);
    // A frame noun's genitive took place: "at the end of the talks".
    assert.deepEqual(types('The ministers signed the text at the end of the talks.'), ['CONSULT']);
  });
});

describe('events with their modality, date, content and participants’ sectors', () => {
  const events = eventDetails;

  test('seizing a facility or goods is a coercion', () => {
    const [seizure] = events('Armed men seized a refinery outside the city on Sunday.', 'en');
    assert.equal(seizure.type, 'COERCE');
  });
});

describe('events with their mode and participants’ countries', () => {
  const events = eventModes;

  test('breaking off talks is one act in both languages: halting negotiations, a SANCTION', () => {
    const fr = events('La fédération a rompu les négociations avec le ministère jeudi.', 'fr');
    const en = events('The federation broke off negotiations with the ministry on Thursday.', 'en');
    for (const list of [fr, en]) {
      const halted = list.find((e) => e.triggers.some((t) => /rompu|broke/.test(t)));
      assert.equal(halted?.type, 'SANCTION');
      assert.equal(halted?.mode, 'withdraw');
    }
  });

  test('what an act is about is no act of its own', () => {
    const list = events('The regulator has opened an inquiry into state aid for shipyards.', 'en');
    assert.deepEqual(
      list.map((e) => e.type),
      ['ACCUSE'],
    );
    assert.ok(
      events('Le régulateur a ouvert mercredi une enquête sur les aides publiques.', 'fr').every(
        (e) => e.type !== 'AID',
      ),
    );
  });
});

test('a quantity of what selects a sense selects it: "holding thousands of refugees"', () => {
  const [holding] = eventsOfType(
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
  const [sending] = eventsOfType(
    'L’armée a envoyé des centaines de soldats dans la région de Kidal.',
    'fr',
    'MOBILIZE',
  );
  assert.ok(sending);
  // The soldiers sent are the army's own, no party the act reaches.
  assert.ok(!sending.recipients.some((p) => p.text === 'soldats'));
});

test('a wish to do an act oneself expresses intent: a promise or a threat', () => {
  const help = triggers('The Dutch government wants to help Ghana after the floods.', 'en');
  assert.ok(help.includes('AGREE:wants'), help.join(' '));
  const attack = triggers('The rebel commander hopes to attack the airport next week.', 'en');
  assert.ok(attack.includes('THREATEN:hopes'), attack.join(' '));
  const fr = triggers('Le Maroc souhaite aider le Niger après les inondations.', 'fr');
  assert.ok(fr.includes('AGREE:souhaite'), fr.join(' '));
  // Wanting another to act asks; a wish denied intends nothing.
  assert.ok(
    !triggers('Oslo does not want to attack anyone.', 'en').some((x) =>
      /^(AGREE|THREATEN)/.test(x),
    ),
  );
});

test('speaking with a manner is no meeting; speaking with a party is', () => {
  assert.deepEqual(triggers('The caller, who spoke with a French accent, hung up.', 'en'), []);
  assert.ok(
    triggers('The Kenyan president spoke with Ethiopian officials on Monday.', 'en').includes(
      'CONSULT:spoke',
    ),
  );
});
