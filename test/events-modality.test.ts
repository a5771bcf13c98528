/**
 * An event's modality and polarity: announced, promised, threatened, refused, denied, said to
 * have happened or not happened.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyzeText,
  eventTold,
  eventModes as events,
  participantTexts as names,
  eventsToldBy as toldBy,
  typedTriggers as triggers,
} from './helpers.js';

const run = analyzeText;

const told = eventTold;

test('a state marker ("en grève") tells the act its noun’s people are in now', () => {
  const doc = run(
    'La direction a proposé un bonus aux salariés en grève depuis une semaine.',
    'fr',
  );
  assert.equal(told(doc, 'grève').modality, 'actual');
});

test('a verb of denial with an infinitive is a stance on the infinitive’s act', () => {
  const doc = run(
    "Le ministre n'exclut pas de réquisitionner les camions si la pénurie s'aggrave.",
    'fr',
  );
  assert.deepEqual(toldBy(doc, 'exclut'), []);
  const seizure = told(doc, 'réquisitionner');
  assert.equal(seizure.type, 'COERCE');
  assert.equal(seizure.modality, 'hypothetical');
});

test('an oblique act of a denial with an object frames what is denied', () => {
  // The talks are told (the denial's oblique), neither denied nor the denier's.
  const doc = run('La présidence a démenti toute ingérence dans les négociations de Genève.', 'fr');
  const talks = told(doc, 'négociations');
  assert.equal(talks.polarity, 'positive');
  assert.deepEqual(names(talks.actors), []);
});

test('a verb of saying that announces the speaker’s own cooperative act is a promise', () => {
  const doc = run('The kidnappers said they would release the two aid workers on Sunday.', 'en');
  assert.equal(told(doc, 'said').type, 'AGREE');
  // The announced act is told too, as future.
  const release = told(doc, 'release');
  assert.equal(release.type, 'RETREAT');
  assert.equal(release.modality, 'future');
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

test('failing to reach an agreement is a refusal (REJECT), as not agreeing is', () => {
  const found = events('Farmers and the ministry failed to reach agreement on milk prices.', 'en');
  const deal = found.find((e) => e.triggers.includes('agreement'));
  assert.equal(deal?.type, 'REJECT');
});

test('a negative pronoun is no participant, and the act did not happen', () => {
  const doc = analyzeText('Nobody was detained and none of the talks were cancelled.', 'en');
  const detention = (doc.events ?? []).find((e) => e.type === 'COERCE');
  assert.ok(detention);
  assert.equal(detention.polarity, 'negative');
  assert.deepEqual(detention.recipients, []);
});

test('what someone is accused of is not told as an act that happened', () => {
  const en = run('Prosecutors accused the two men of helping the smugglers.', 'en');
  assert.equal(told(en, 'accused').modality, 'actual');
  assert.equal(told(en, 'helping').modality, 'background');
  const fr = run(
    "Les deux hommes sont accusés d'avoir apporté une aide financière au réseau.",
    'fr',
  );
  assert.equal(told(fr, 'aide').modality, 'background');
  // A purpose is no allegation: "summoned the envoy to complain" tells the complaint.
  const summoned = run(
    'The ministry summoned the Chinese ambassador to complain about the raid.',
    'en',
  );
  assert.ok(
    (summoned.events ?? []).some(
      (e) => e.claims.some((c) => c.trigger.text === 'complain') && e.modality === 'actual',
    ),
    JSON.stringify(summoned.events),
  );
});

test('a pluperfect in reported speech the parser missed is the past of the saying, not background', () => {
  // The parser reads "a indiqué à l'AFP que … avaient discuté" as two conjoined verbs; the
  // quote layer still finds the reported speech.
  const doc = run(
    "Un responsable péruvien a indiqué à l'AFP que Mme Ana Torres et M. Karim Benali avaient discuté près d'une heure.",
    'fr',
  );
  assert.equal(told(doc, 'discuté').modality, 'actual');
  // Told by the outlet itself, the pluperfect recalls an earlier act.
  const recalled = run(
    "Mme Ana Torres et M. Karim Benali avaient discuté près d'une heure. Les négociations reprennent.",
    'fr',
  );
  assert.equal(told(recalled, 'discuté').modality, 'background');
});

test('a date the parser read as a clause of its own ("ce 6 mai" as parataxis) dates the act, in the news window', () => {
  const doc = analyzeText(
    "Un responsable péruvien a indiqué à l'AFP que Mme Ana Torres et M. Karim Benali avaient discuté près d'une heure ce 6 mai.",
    'fr',
    '2024-05-20',
  );
  const talks = told(doc, 'discuté');
  assert.deepEqual([talks.date?.value, talks.modality], ['2024-05-06', 'actual']);
});

test('an adverbial clause in the indicative tells a fact beside a wish, not inside it', () => {
  const doc = run(
    'The spokeswoman wanted to set the record straight after newspapers had reported a meeting between the two ministers.',
    'en',
  );
  assert.equal(told(doc, 'meeting').modality, 'actual');
  // What is wished stays hypothetical.
  const wish = run('The union wants to meet the minister after the strike.', 'en');
  assert.equal(told(wish, 'meet').modality, 'hypothetical');
});
