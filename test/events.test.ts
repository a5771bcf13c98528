import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ploverRecords, type AnalysisJson } from '../src/events/export.js';
import type { Event } from '../src/events/types.js';
import { makeArticle } from '../src/ingest/article.js';
import { readPlainText } from '../src/ingest/text.js';
import { documentToJson } from '../src/output/json.js';
import { analyze } from '../src/pipeline.js';
import { analyzeText, eventTold, seedArticle } from './helpers.js';

const run = analyzeText;
const told = eventTold;

const names = (list: Event['actors']) => list.map((p) => p.name);

test('seed: the events the issue names, with their claims', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const doc = analyze(makeArticle(readPlainText(readFileSync(path, 'utf8'), path)));
  const events = doc.events ?? [];

  // The New Delhi contact: one event, both accounts.
  const delhi = told(doc, 'rencontré');
  assert.equal(delhi.type, 'CONSULT');
  assert.equal(delhi.date?.value, '2023-03-02');
  assert.equal(delhi.place?.country, 'IND');
  assert.deepEqual(names(delhi.actors).sort(), ['Antony Blinken', 'Sergueï Lavrov']);
  const afp = delhi.claims.find((c) => c.trigger.text === 'rencontré')!;
  assert.deepEqual(
    afp.sources.slice(1).map((s) => s.name),
    ['AFP', 'un responsable américain'],
  );
  assert.equal(afp.status, 'reported');
  const zakharova = delhi.claims
    .filter((c) => c.speaker?.name === 'Maria Zakharova')
    .map((c) => `${c.trigger.text} ${c.status}`);
  for (const claim of ['parlé reported', 'négociations denied', 'réunion denied'])
    assert.ok(zakharova.includes(claim), `Zakharova: ${claim} (has ${zakharova.join(', ')})`);
  assert.ok(delhi.disputed, 'Zakharova denies a meeting the AFP source reports');

  // Blinken's requests to Russia, hedged where the text is conditional.
  const requests = events.filter(
    (e) => e.type === 'REQUEST' && names(e.actors).includes('Antony Blinken'),
  );
  for (const [asked, recipient, status] of [
    ["s'engager avec l'Ukraine", 'Russie', 'hedged'],
    ['revenir sur sa décision de suspendre le traité', 'Russie', 'hedged'],
    ['libérer Paul Whelan', 'Russie', 'hedged'],
  ]) {
    const request = requests.find((e) => e.content?.text.startsWith(asked));
    assert.ok(request, `no request "${asked}"`);
    assert.deepEqual(names(request.recipients), [recipient]);
    assert.equal(request.claims[0].status, status);
    assert.equal(request.modality, 'actual');
  }
  const endWar = events.find((e) =>
    e.claims.some((c) => c.trigger.text === 'demandé' && c.speaker?.name === 'Antony Blinken'),
  )!;
  assert.equal(endWar.type, 'REQUEST');
  assert.deepEqual(names(endWar.recipients), ['Sergueï Lavrov']);
  assert.equal(endWar.claims[0].speaker?.name, 'Antony Blinken');
  assert.match(endWar.content?.text ?? '', /mettre fin.*guerre d'agression/);
  const release = told(doc, 'libérer');
  assert.deepEqual(
    [release.type, release.mode, release.modality],
    ['RETREAT', 'release', 'requested'],
  );
  assert.deepEqual(names(release.recipients), ['Paul Whelan']);

  // Washington's support for Kyiv.
  const support = told(doc, 'soutenir');
  assert.equal(support.type, 'SUPPORT');
  assert.equal(support.recipients[0].country, 'UKR');

  // Background: Russia's suspension of New START, Whelan's detention.
  const suspension = told(doc, 'suspendre');
  assert.deepEqual(
    [suspension.type, suspension.mode, suspension.modality, suspension.actors[0].country],
    ['SANCTION', 'discontinue', 'background', 'RUS'],
  );
  const detention = told(doc, 'détenu');
  assert.deepEqual(
    [detention.type, detention.mode, detention.modality],
    ['COERCE', 'arrest', 'background'],
  );
  assert.deepEqual(names(detention.recipients), ['Paul Whelan']);

  // The Bali encounters of 2022, summer and November, with no bilateral negotiations.
  const bali = events.filter((e) => e.place?.country === 'IDN');
  assert.deepEqual(bali.map((e) => e.date?.value).sort(), ['2022-11', '2022-SU']);
  for (const e of bali) {
    assert.deepEqual([e.type, e.polarity, e.modality], ['CONSULT', 'positive', 'background']);
    assert.deepEqual(names(e.actors).sort(), ['Antony Blinken', 'Sergueï Lavrov']);
    assert.equal(e.claims[0].sources.at(-1)?.name, 'TASS');
  }
  const noTalks = events.filter((e) => e.polarity === 'negative');
  assert.deepEqual(noTalks.map((e) => e.date?.value).sort(), ['2022-11', '2022-SU']);
  for (const e of noTalks) assert.equal(e.claims[0].status, 'denied');

  // Every claim points back to its trigger.
  for (const e of events)
    for (const c of e.claims)
      assert.equal(doc.text.slice(c.trigger.start, c.trigger.end), c.trigger.text);
});

test('export: PLOVER records carry the required fields and the provenance extensions', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const doc = analyze(makeArticle(readPlainText(readFileSync(path, 'utf8'), path)));
  const records = ploverRecords(documentToJson(doc) as unknown as AnalysisJson) as Record<
    string,
    unknown
  >[];
  assert.equal(records.length, doc.events!.length);
  for (const r of records) {
    for (const field of ['id', 'date', 'actor', 'event']) assert.ok(field in r, field);
    assert.ok(Array.isArray(r.recoupe_claims));
    assert.equal(JSON.parse(JSON.stringify(r)).id, r.id);
  }
});

test('French: conditional mood hedges the claim, it does not make the event hypothetical', () => {
  const doc = run('Le ministre français aurait rencontré son homologue allemand à Berlin.', 'fr');
  const e = told(doc, 'rencontré');
  assert.deepEqual([e.type, e.modality, e.claims[0].status], ['CONSULT', 'actual', 'hedged']);
});

test('French: a request and what it asks for', () => {
  const doc = run('Le gouvernement français a exhorté la Russie à libérer le journaliste.', 'fr');
  const request = told(doc, 'exhorté');
  assert.deepEqual([request.type, request.mode], ['REQUEST', 'yield']);
  assert.equal(request.recipients[0].country, 'RUS');
  const release = told(doc, 'libérer');
  assert.deepEqual([release.type, release.modality], ['RETREAT', 'requested']);
  assert.equal(release.actors[0].country, 'RUS');
});

test('French: an existential denial and a negated verb', () => {
  const none = run("Il n'y a pas eu de négociations entre les deux pays.", 'fr');
  assert.equal(told(none, 'négociations').polarity, 'negative');
  const not = run("La police n'a pas arrêté le chef de l'opposition.", 'fr');
  const arrest = told(not, 'arrêté');
  assert.deepEqual(
    [arrest.type, arrest.polarity, arrest.claims[0].status],
    ['COERCE', 'negative', 'denied'],
  );
});

test('English: future, hypothetical and reciprocal events', () => {
  const future = run('The French president will meet the German chancellor in Berlin.', 'en');
  assert.equal(told(future, 'meet').modality, 'future');
  const possible = run('The government could expel the Russian ambassador.', 'en');
  assert.equal(told(possible, 'expel').modality, 'hypothetical');
  const both = run('Blinken and Lavrov met in New Delhi on Thursday.', 'en', '2023-03-03');
  const meeting = told(both, 'met');
  assert.equal(meeting.actors.length, 2);
  assert.equal(meeting.place?.country, 'IND');
  assert.equal(meeting.date?.value, '2023-03-02');
});

test('an event dated well before the article is background', () => {
  const doc = run(
    'Les deux ministres se sont rencontrés à Bali en novembre 2022.',
    'fr',
    '2023-03-03',
  );
  assert.equal(told(doc, 'rencontrés').modality, 'background');
});

test('French: a yes-no question, a failed attempt, a dated plan, a refusal', () => {
  const question = run(
    "Le ministre rencontrera-t-il son homologue marocain avant l'été ?",
    'fr',
    '2024-05-10',
  );
  assert.equal(told(question, 'rencontrera').modality, 'hypothetical');
  const failed = run(
    'Les Vingt-Sept ne sont pas parvenus à adopter de nouvelles sanctions contre Moscou.',
    'fr',
  );
  assert.equal(told(failed, 'sanctions').polarity, 'negative');
  const plan = run(
    'Le ministre français doit rencontrer son homologue allemand le 20 mai à Berlin.',
    'fr',
    '2024-05-10',
  );
  const meeting = told(plan, 'rencontrer');
  assert.deepEqual(
    [meeting.modality, meeting.date?.value, meeting.place?.country],
    ['future', '2024-05-20', 'DEU'],
  );
  // The refusal is the event; the release it refuses is not told as one.
  const refusal = run('Le gouvernement a refusé de libérer le journaliste.', 'fr');
  assert.deepEqual(
    (refusal.events ?? []).map((e) => e.type),
    ['REJECT'],
  );
});

test('a clause of obligation under a verb of saying is a demand', () => {
  const doc = run('Russia said on Tuesday that Sudan must return the helicopter.', 'en');
  const demand = told(doc, 'said');
  assert.deepEqual(
    [demand.type, demand.actors[0]?.country, demand.recipients[0]?.country],
    ['REQUEST', 'RUS', 'SDN'],
  );
  assert.match(demand.content?.text ?? '', /^Sudan must return the helicopter/);
  // Without an obligation, saying is not an event.
  assert.deepEqual(
    run('Russia said on Tuesday that Sudan returned the helicopter.', 'en').events,
    [],
  );
});

// Parse repairs (src/events/repair.ts): the coder reads a repaired copy of the parse.

test('a relative clause set off by commas is not the main clause', () => {
  const doc = run(
    'The mayor, who had met the minister in May, was arrested on Friday.',
    'en',
    '2024-09-10',
  );
  const arrest = told(doc, 'arrested');
  assert.deepEqual([arrest.type, arrest.modality], ['COERCE', 'actual']);
  assert.deepEqual(
    arrest.recipients.map((p) => p.text),
    ['The mayor'],
  );
  // The relative pronoun stands for the mayor, and the relative clause recalls a past meeting.
  const meeting = told(doc, 'met');
  assert.deepEqual([meeting.modality, meeting.actors[0]?.text], ['background', 'The mayor']);
});

test('a past verb the parser read as a participle on its subject is the main verb', () => {
  const doc = run('The rebel group threatened on Sunday to attack the capital.', 'en');
  const threat = told(doc, 'threatened');
  assert.deepEqual(
    [threat.type, threat.modality, threat.actors[0]?.sector],
    ['THREATEN', 'actual', 'REB'],
  );
  assert.equal(told(doc, 'attack').modality, 'hypothetical');
});

test('a name hung on the date after it is the subject', () => {
  const doc = run('Algeria today expelled two French diplomats.', 'en');
  const expulsion = told(doc, 'expelled');
  assert.deepEqual(
    [expulsion.type, expulsion.actors[0]?.country, expulsion.recipients[0]?.country],
    ['SANCTION', 'DZA', 'FRA'],
  );
});

test('a participle after a noun modifies it; an infinitive after a noun complements it', () => {
  const treaty = run('Under the treaty ratified in 2019, Chile must return the islands.', 'en');
  assert.equal(told(treaty, 'ratified').modality, 'background');
  const decision = run('Canada protested over its decision to expel the envoy.', 'en');
  assert.equal(told(decision, 'expel').modality, 'background');
});

test('French: an active verb the tagger gave a passive auxiliary keeps its object', () => {
  const doc = run('Les rebelles auraient libéré Jean Dupont dans la nuit.', 'fr');
  const release = told(doc, 'libéré');
  assert.deepEqual([release.type, release.modality], ['RETREAT', 'actual']);
  assert.deepEqual(
    release.recipients.map((p) => p.text),
    ['Jean Dupont'],
  );
});

// Tellings, participants and modality.

test('a participle on a noun is a recalled event the noun undergoes', () => {
  const doc = run('The jailed reporters began a hunger strike.', 'en');
  const jailed = told(doc, 'jailed');
  assert.deepEqual([jailed.type, jailed.modality], ['COERCE', 'background']);
  assert.equal(jailed.recipients[0]?.sector, 'JRN');
  assert.equal(told(doc, 'strike').modality, 'actual');
});

test('a passive subject or a modified noun meets an object constraint', () => {
  const doc = run("L'accord pourrait être signé en juin.", 'fr');
  assert.deepEqual(
    [told(doc, 'signé').type, told(doc, 'signé').modality],
    ['AGREE', 'hypothetical'],
  );
});

test('a subject constraint: troops leave, a visitor does not withdraw', () => {
  const troops = run('The troops will leave the base in June.', 'en');
  assert.deepEqual(
    [told(troops, 'leave').type, told(troops, 'leave').modality],
    ['RETREAT', 'future'],
  );
  assert.deepEqual(run('The minister will leave Paris on Monday.', 'en').events, []);
});

test('a trigger phrase reaches the noun that selects its sense', () => {
  const doc = run('Les deux suspects ont été placés en garde à vue mardi.', 'fr');
  const custody = told(doc, 'placés en garde');
  assert.deepEqual([custody.type, custody.mode], ['COERCE', 'arrest']);
});

test('planned events: a noun subject of "due", "is to", a purpose under a plan', () => {
  const truce = run('A truce is due to begin on Sunday.', 'en');
  assert.equal(told(truce, 'truce').modality, 'future');
  const meeting = run('The minister is to meet his Italian counterpart in Rome.', 'en');
  assert.equal(told(meeting, 'meet').modality, 'future');
  const trip = run('Le ministre va se rendre à Rome pour y rencontrer son homologue.', 'fr');
  assert.equal(told(trip, 'rencontrer').modality, 'future');
  const done = run('Le ministre est allé à Rome pour y rencontrer son homologue.', 'fr');
  assert.equal(told(done, 'rencontrer').modality, 'actual');
});

test('a pronoun subject of a reported clause stands for the reporting subject', () => {
  const doc = run('Morocco said it had expelled two Algerian diplomats.', 'en');
  const expulsion = told(doc, 'expelled');
  assert.deepEqual([expulsion.actors[0]?.text, expulsion.actors[0]?.country], ['it', 'MAR']);
});

test('a phrase description: what a collective counts, a number heading its people', () => {
  const students = run('A group of Kenyan students staged a protest in Nairobi.', 'en');
  const protest = told(students, 'protest');
  assert.deepEqual([protest.actors[0]?.country, protest.actors[0]?.sector], ['KEN', 'EDU']);
  const killed = run('Deux soldats ont été tués à Gao.', 'fr');
  assert.equal(told(killed, 'tués').recipients[0]?.sector, 'MIL');
});

test('intergovernmental bodies take PLOVER non-state country codes and govern', () => {
  const doc = run('The United Nations condemned the attack on the convoy.', 'en');
  assert.deepEqual(
    [told(doc, 'condemned').actors[0]?.country, told(doc, 'condemned').actors[0]?.sector],
    ['UNO', 'GOV'],
  );
});

test('what a refusal refuses is not told as an event', () => {
  const doc = run('The rebels rejected a proposal for talks with the army.', 'en');
  assert.deepEqual(
    (doc.events ?? []).map((e) => e.type),
    ['REJECT'],
  );
});

test('an offer of cooperation by a predicate adjective is AGREE; what is offered is planned', () => {
  const en = run('The junta said it is willing to release the detained journalists.', 'en');
  assert.equal(told(en, 'willing').type, 'AGREE');
  assert.equal(told(en, 'release').modality, 'future');
  const fr = run("Le gouvernement s'est dit prêt à négocier avec les syndicats.", 'fr');
  assert.equal(told(fr, 'prêt').type, 'AGREE');
  assert.equal(told(fr, 'négocier').modality, 'future');
});

test('a negated acceptance is a refusal, told positively', () => {
  const en = run('Egypt will not accept the new border plan.', 'en');
  assert.deepEqual(
    [told(en, 'accept').type, told(en, 'accept').polarity, told(en, 'accept').modality],
    ['REJECT', 'positive', 'future'],
  );
  const fr = run('Le Premier ministre ne cédera pas aux grévistes.', 'fr');
  assert.deepEqual([told(fr, 'cédera').type, told(fr, 'cédera').polarity], ['REJECT', 'positive']);
});

test("a verb's own infinitive marker does not select a sense", () => {
  const doc = run('The court allowed the opposition leader to travel abroad.', 'en');
  assert.equal(told(doc, 'allowed').type, 'CONCEDE');
  assert.ok(!(doc.events ?? []).some((e) => e.claims.some((c) => c.trigger.text === 'travel')));
});

test("a noun's second complement hung on its first still selects the sense", () => {
  const doc = run('Les entretiens du ministre avec son homologue ont duré deux heures.', 'fr');
  assert.equal(told(doc, 'entretiens').type, 'CONSULT');
});

test('an event noun in a noun phrase that is an argument is kept without participants', () => {
  const doc = run('Les syndicats ont entamé la deuxième phase de leurs négociations.', 'fr');
  assert.equal(told(doc, 'négociations').type, 'CONSULT');
});

test('conjoined demonyms make one participant per country; an adjacent demonym counts', () => {
  const ships = run('French and Italian warships began joint exercises in the Adriatic.', 'en');
  assert.deepEqual(
    told(ships, 'exercises').actors.map((p) => [p.country, p.sector]),
    [
      ['FRA', 'MIL'],
      ['ITA', 'MIL'],
    ],
  );
  const visit = run('Kenyan President William Ruto will visit Ghana and Nigeria.', 'en');
  assert.equal(told(visit, 'visit').actors[0]?.country, 'KEN');
});

test('unnamed people and bodies act where the event takes place', () => {
  const doc = run('Des dizaines de policiers ont bouclé le quartier samedi à Marseille.', 'fr');
  const cordon = told(doc, 'bouclé');
  assert.deepEqual(
    [cordon.type, cordon.actors[0]?.country, cordon.actors[0]?.sector],
    ['COERCE', 'FRA', 'COP'],
  );
});

test('a passive infinitive of time takes its governor subject as patient', () => {
  const doc = run(
    "Les trois militants ont été placés en garde à vue avant d'être remis en liberté.",
    'fr',
  );
  const release = told(doc, 'remis en liberté');
  assert.deepEqual([release.type, release.mode], ['RETREAT', 'release']);
  assert.deepEqual(
    release.recipients.map((p) => p.text),
    ['Les trois militants'],
  );
});

test('a phrase of the lexicon ending on the head, and a specific body over a generic official', () => {
  const forces = run('Security forces in Guinea have tortured dozens of refugees.', 'en');
  assert.deepEqual(
    [told(forces, 'tortured').actors[0]?.country, told(forces, 'tortured').actors[0]?.sector],
    ['GIN', 'COP'],
  );
  const spies = run('Israeli intelligence officials have shared evidence with the U.S.', 'en');
  assert.equal(told(spies, 'shared').actors[0]?.sector, 'SPY');
});

test('senses chosen by the subject or a dependent: protesters storm, a suspect surrenders', () => {
  const storm = run('Hundreds of protesters stormed the parliament building in Lima.', 'en');
  assert.equal(told(storm, 'stormed').type, 'PROTEST');
  const invade = run('Des milliers de manifestants ont envahi la place centrale de Bamako.', 'fr');
  assert.equal(told(invade, 'envahi').type, 'PROTEST');
  const surrender = run("Le suspect s'est rendu à la police dimanche.", 'fr');
  assert.equal(told(surrender, 'rendu à la police').type, 'RETREAT');
  const visit = run("Le ministre s'est rendu à Dakar dimanche.", 'fr');
  assert.deepEqual([told(visit, 'rendu').type, told(visit, 'rendu').mode], ['CONSULT', 'visit']);
  const welcome = run('Le syndicat a accueilli favorablement la proposition du ministre.', 'fr');
  assert.equal(told(welcome, 'accueilli').type, 'SUPPORT');
});

test('an event noun framing another clause is kept without participants', () => {
  const doc = run('The two parties issued a statement at the end of long negotiations.', 'en');
  assert.equal(told(doc, 'negotiations').type, 'CONSULT');
});

test('a clause or phrase marked "since" tells the past event the news is dated from', () => {
  const en = run(
    'The agency has not delivered food to the town since rebels seized the main road in June.',
    'en',
    '2024-06-20',
  );
  assert.equal(told(en, 'seized').modality, 'background');
  assert.equal(told(en, 'delivered').modality, 'actual');
  const fr = run(
    'Depuis la libération des otages en mars, le dialogue a repris.',
    'fr',
    '2024-03-20',
  );
  assert.equal(told(fr, 'libération').modality, 'background');
});

test('French news vocabulary of every PLOVER type', () => {
  const cases: [string, string, string, string | null][] = [
    [
      'Le ministre a effectué un déplacement en Chine la semaine dernière.',
      'déplacement',
      'CONSULT',
      'visit',
    ],
    ['Le syndicat a incité les salariés à cesser le travail.', 'incité', 'REQUEST', 'change'],
    [
      'La Ligue arabe a adressé ses félicitations au nouveau président tunisien.',
      'félicitations',
      'SUPPORT',
      null,
    ],
    ['Les deux pays se sont mis d’accord sur un calendrier.', 'mis d’accord', 'AGREE', null],
    [
      'Le gouvernement et les syndicats ont abouti à un accord.',
      'abouti à un accord',
      'AGREE',
      null,
    ],
    [
      'Les policiers ont patrouillé toute la nuit dans le quartier.',
      'patrouillé',
      'MOBILIZE',
      'police',
    ],
    ['Les rebelles ont accepté de cesser le feu.', 'cesser le feu', 'RETREAT', 'ceasefire'],
    ['Le gouvernement a indemnisé les familles des victimes.', 'indemnisé', 'CONCEDE', null],
    [
      'Les deux marines ont mené un exercice conjoint en mer Baltique.',
      'exercice',
      'COOPERATE',
      null,
    ],
    [
      'La Banque mondiale a débloqué deux millions de dollars pour le Niger.',
      'débloqué',
      'AID',
      null,
    ],
    ['Le président a amnistié les opposants condamnés en 2019.', 'amnistié', 'RETREAT', 'release'],
    ["Les rebelles ont violé l'accord de paix.", 'violé', 'REJECT', null],
    // CAMEO 164 "Halt negotiations" → SANCTION withdraw, as English "broke off talks".
    ['Le Likoud a rompu les négociations avec les travaillistes.', 'rompu', 'SANCTION', 'withdraw'],
    ['Paris a rompu ses relations diplomatiques avec Caracas.', 'rompu', 'SANCTION', 'discontinue'],
    ['Washington a annulé les sanctions contre la Biélorussie.', 'annulé', 'CONCEDE', null],
    ['Les autorités ont coupé internet dans la région.', 'coupé', 'COERCE', 'restrict'],
    ['Des coups de feu ont visé la patrouille.', 'coups de feu', 'ASSAULT', 'firearms'],
    ['La ministre a regretté la décision du préfet.', 'regretté', 'ACCUSE', 'disapprove'],
    [
      'Le tribunal a infligé une amende de 5000 euros à la société.',
      'amende',
      'SANCTION',
      'convict',
    ],
    ['Les milices ont intimidé les électeurs à Bangui.', 'intimidé', 'THREATEN', null],
    ['Les détenus ont entamé un jeûne de protestation.', 'jeûne', 'PROTEST', 'hunger'],
    ['La police a procédé à la déportation de vingt familles.', 'déportation', 'COERCE', 'deport'],
    ['Les deux armées se sont affrontées près de la frontière.', 'affrontées', 'ASSAULT', null],
  ];
  for (const [text, trigger, type, mode] of cases) {
    const event = told(run(text, 'fr'), trigger);
    assert.deepEqual([event.type, event.mode], [type, mode], text);
  }
});

test('senses chosen by a causative, a subject or a selecting noun', () => {
  const blast = run('Des inconnus ont fait sauter la voie ferrée près de Lyon.', 'fr');
  assert.equal(told(blast, 'sauter').type, 'ASSAULT');
  const bomb = run('Une bombe a explosé devant le commissariat de Bastia.', 'fr');
  assert.equal(told(bomb, 'explosé').mode, 'explosives');
  const gas = run('Une conduite de gaz a explosé dans un immeuble de Lyon.', 'fr');
  assert.deepEqual(gas.events, []);
  const warrant = run("Le juge a délivré un mandat d'arrêt contre le banquier.", 'fr');
  const arrest = told(warrant, "mandat d'arrêt");
  assert.equal(arrest.type, 'COERCE');
  // The noun that selects the sense is not a participant.
  assert.deepEqual(names(arrest.actors), []);
});

test('the noun that selects its verb’s sense belongs to the verb’s trigger phrase', () => {
  const doc = run('Le suspect a été placé en détention provisoire.', 'fr');
  assert.deepEqual(
    (doc.events ?? []).map((e) => [e.type, e.claims.map((c) => c.trigger.text)]),
    [['COERCE', ['placé en détention']]],
  );
});

test('a word of an organisation’s name tells no event', () => {
  const doc = run('Un dirigeant du Front de libération nationale a été arrêté hier.', 'fr');
  assert.deepEqual(
    (doc.events ?? []).map((e) => e.type),
    ['COERCE'],
  );
});

test('an event noun’s agent hung on its complement acts; a patient genitive undergoes', () => {
  const arrest = told(
    run('L’arrestation du maire par la police a surpris ses administrés.', 'fr'),
    'arrestation',
  );
  assert.deepEqual(
    [arrest.actors.map((a) => a.sector), arrest.recipients.map((r) => r.sector)],
    [['COP'], ['GOV']],
  );
  const bombing = told(
    run('Le bombardement de Belgrade par l’OTAN a repris.', 'fr'),
    'bombardement',
  );
  assert.deepEqual(
    [bombing.actors.map((a) => a.country), bombing.recipients.map((r) => r.country)],
    [['IGO'], ['SRB']],
  );
  const english = told(
    run('The arrest of the mayor by the police angered the town.', 'en'),
    'arrest',
  );
  assert.deepEqual(
    [english.actors.map((a) => a.text), english.recipients.map((r) => r.text)],
    [['the police'], ['the mayor']],
  );
});

test('French light verbs: who claims or repeats the event does it', () => {
  const claim = told(run("Le groupe a revendiqué l'attentat de Mogadiscio.", 'fr'), 'attentat');
  assert.deepEqual(names(claim.actors), ['groupe']);
  const strikes = told(
    run("L'armée a multiplié les frappes contre les rebelles.", 'fr'),
    'frappes',
  );
  assert.deepEqual(
    [strikes.actors.map((a) => a.sector), strikes.recipients.map((r) => r.sector)],
    [['MIL'], ['REB']],
  );
});

test('a pronoun object undergoes the event even when the actor is named', () => {
  const doc = run('Le gouvernement les a libérés hier soir.', 'fr');
  assert.deepEqual(
    told(doc, 'libérés').recipients.map((r) => r.text),
    ['les'],
  );
});

test('people named by their nationality alone are civilians; UN staff take the UN code', () => {
  for (const [text, lang, trigger] of [
    ['La police a interpellé trois Palestiniens à Hébron.', 'fr', 'interpellé'],
    ['Israeli police arrested three Palestinians in Hebron.', 'en', 'arrested'],
  ]) {
    const arrest = told(run(text, lang), trigger);
    assert.deepEqual([arrest.recipients[0]?.country, arrest.recipients[0]?.sector], ['PSE', 'CVL']);
  }
  // the secretary-general is a person working for the UN
  const text =
    'The UN secretary-general, Antonio Guterres, arrived. Guterres condemned the attack.';
  assert.equal(told(run(text, 'en'), 'condemned').actors[0]?.country, 'UNO');
});

test('whom an act concerns: a state as an oblique, the owner of a thing, the subject of a demand', () => {
  const cases: [string, string, string, string][] = [
    ['Hungary protested against Austria on Monday.', 'en', 'protested', 'AUT'],
    ['Chile rejected a Peruvian proposal on fishing rights.', 'en', 'rejected', 'PER'],
    ['Norway threatened to cut trade links with Iceland.', 'en', 'threatened', 'ISL'],
    ['Canada announced a suspension of military cooperation with Mali.', 'en', 'suspension', 'MLI'],
    [
      'La Norvège a annoncé la suspension de sa coopération militaire avec le Mali.',
      'fr',
      'suspension',
      'MLI',
    ],
  ];
  for (const [text, lang, trigger, country] of cases) {
    const event = told(run(text, lang), trigger);
    assert.ok(
      event.recipients.some((r) => r.country === country),
      `${text}: recipients ${JSON.stringify(event.recipients.map((r) => [r.name, r.country]))}`,
    );
  }
  // the decision's subject acts the event noun it announces
  assert.deepEqual(
    told(
      run('Canada announced a suspension of military cooperation with Mali.', 'en'),
      'suspension',
    ).actors.map((a) => a.country),
    ['CAN'],
  );
  // "demanded that the ministry withdraw": the ministry is asked
  const demand = told(
    run('The union demanded that the ministry withdraw the reform.', 'en'),
    'demanded',
  );
  assert.deepEqual(names(demand.recipients), ['ministry']);
});

test('a protest targets whom its demand concerns; a meeting framing a clause has its subject', () => {
  const protest = told(
    run('Thousands of nurses marched to demand the resignation of the health minister.', 'en'),
    'marched',
  );
  assert.deepEqual(
    protest.recipients.map((r) => r.text),
    ['the health minister'],
  );
  const meeting = told(
    run('The mayor praised the firefighters during a meeting with the governor.', 'en'),
    'meeting',
  );
  assert.deepEqual(
    meeting.actors.map((a) => a.text),
    ['The mayor'],
  );
});

test('a root participle with a subject and a complement is a misread past tense, not a passive', () => {
  const promise = told(run('The minister promised to send food aid to Haiti.', 'en'), 'promised');
  assert.deepEqual(names(promise.actors), ['The minister']);
  assert.deepEqual(
    promise.recipients.map((r) => r.country),
    ['HTI'],
  );
});

test('people named by what they are, not by a function, are civilians', () => {
  for (const [text, lang, trigger] of [
    ['Hundreds of Kurds demonstrated in Ankara on Monday.', 'en', 'demonstrated'],
    ['Des centaines de Kurdes ont manifesté lundi à Ankara.', 'fr', 'manifesté'],
  ]) {
    assert.equal(told(run(text, lang), trigger).actors[0]?.sector, 'CVL', text);
  }
});

test('a pronoun subject of a reported clause is the reporting subject, a name being one actor', () => {
  const doc = run('The United States announced on Monday that it would suspend aid to Chad.', 'en');
  assert.deepEqual(
    told(doc, 'suspend').actors.map((a) => a.country),
    ['USA'],
  );
});

test('a country the parse hung on a date acts as its state; a demonym heading its phrase names civilians', () => {
  const threat = told(
    run('Peru yesterday threatened to close its border crossings.', 'en'),
    'threatened',
  );
  assert.deepEqual(
    threat.actors.map((a) => a.country),
    ['PER'],
  );
  const demand = told(
    run('Bosnian Croats demanded new elections in the canton.', 'en'),
    'demanded',
  );
  assert.deepEqual([demand.actors[0]?.country, demand.actors[0]?.sector], ['BIH', 'CVL']);
});

test('a passive act without agent takes the actor of the same act named in its oblique', () => {
  const doc = run('Deux civils ont été tués dans une frappe israélienne à Rafah.', 'fr');
  const events = (doc.events ?? []).filter((e) => e.type === 'ASSAULT');
  assert.equal(events.length, 1, 'one event, told by the verb and by the noun');
  assert.deepEqual(
    events[0].actors.map((a) => a.country),
    ['ISR'],
  );
  assert.deepEqual(names(events[0].recipients), ['Deux civils']);
});

test('verbs that keep, tighten or hand in an act are light: their subject acts', () => {
  const doc = run('The minister tendered his resignation to the president.', 'en');
  assert.deepEqual(names(told(doc, 'resignation').actors), ['The minister']);
});

test('French: maintenir is a light verb, its subject acts the event noun it keeps', () => {
  const doc = run('Le maire a décidé de maintenir la suspension du contrat avec l’État.', 'fr');
  assert.deepEqual(names(told(doc, 'suspension').actors), ['Le maire']);
});

test('French: a verb taking être in its perfect has no passive; people may be counted twice', () => {
  const march = told(
    run('Les enseignants sont descendus dans la rue mardi à Lille.', 'fr'),
    'descendus dans la rue',
  );
  assert.deepEqual(names(march.actors), ['Les enseignants']);
  // The marchers undergo nothing; the protest addresses the government where it takes place.
  assert.deepEqual(
    march.recipients.map((p) => `${p.name} ${p.country}/${p.sector}`),
    ['Lille FRA/GOV'],
  );
  const crowd = run(
    'Des dizaines de milliers de manifestants ont envahi la place de la mairie.',
    'fr',
  );
  assert.equal(told(crowd, 'envahi').type, 'PROTEST');
});

test('a predicate noun’s subject acts: "X est d’accord pour que …"', () => {
  const doc = run('Le syndicat est d’accord pour que la direction reprenne les discussions.', 'fr');
  assert.deepEqual(
    told(doc, 'accord').actors.map((a) => a.text),
    ['Le syndicat'],
  );
});

test('a sense may need several words, or exclude some: "s’en prendre à", "la trêve estivale"', () => {
  const attack = run('La maire s’en est prise au préfet lors du conseil municipal.', 'fr');
  assert.equal(told(attack, 'prise').type, 'ACCUSE');
  assert.deepEqual(run('La trêve hivernale protège les locataires.', 'fr').events ?? [], []);
  const taken = run('Le président a pris en compte les remarques du comité.', 'fr');
  assert.ok(!(taken.events ?? []).some((e) => e.type === 'ACCUSE'));
});
