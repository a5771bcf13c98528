/**
 * Event participants (session 7): one original sentence per rule, each failing without the
 * rule it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/events/types.js';
import { analyzeText, eventTold } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const parties = (list: Event['actors']) => list.map((p) => `${p.country}/${p.sector}`);

test('a demonym of several words inside a phrase gives its country', () => {
  const doc = run('Hackers attacked the phones of South Korean navy officers.', 'en');
  assert.deepEqual(parties(told(doc, 'attacked').recipients), ['KOR/MIL']);
});

test('a phrase that is only a demonym shares the noun of its conjunct', () => {
  const doc = run('Troops have tortured hundreds of Sierra Leonean and Malian refugees.', 'en');
  assert.deepEqual(parties(told(doc, 'tortured').recipients), ['SLE/REF', 'MLI/REF']);
});

test('homes and villages an attack hits stand for the civilians of their country', () => {
  const doc = run('Artillery shelled Lebanese villages on Sunday.', 'en');
  assert.deepEqual(parties(told(doc, 'shelled').recipients), ['LBN/CVL']);
});

test('so do a people’s homes that select the attack’s sense', () => {
  const doc = run('Soldiers burned Armenian homes near the border on Friday.', 'en');
  assert.deepEqual(parties(told(doc, 'burned').recipients), ['ARM/CVL']);
});

test('to whom conjoined things are given may hang on the last of them', () => {
  const doc = run(
    'Canada is providing radar images and other military intelligence to Poland.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'providing').recipients.map((p) => p.country),
    ['POL'],
  );
});

test('the owner of a conjoined object is concerned by the act', () => {
  const doc = run('Ottawa praised the courage and the patience of the Haitian government.', 'en');
  assert.deepEqual(parties(told(doc, 'praised').recipients), ['HTI/GOV']);
});

test('an adverbial phrase between the auxiliary and the participle leaves the subject acting', () => {
  const doc = run('Le syndicat a de son côté dénoncé les sanctions contre les grévistes.', 'fr');
  const denounced = told(doc, 'dénoncé');
  assert.deepEqual(
    denounced.actors.map((p) => p.text),
    ['Le syndicat'],
  );
  assert.equal(denounced.modality, 'actual');
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

test('a protest naming no addressee and no place addresses its protesters’ government', () => {
  const doc = run('Bolivian miners began a hunger strike outside the cathedral on Monday.', 'en');
  assert.deepEqual(parties(told(doc, 'strike').recipients), ['BOL/GOV']);
});

test('who receives a sentence undergoes it', () => {
  const fr = run('Les deux braqueurs ont écopé de six ans de prison ferme.', 'fr');
  const sentenced = told(fr, 'écopé');
  assert.deepEqual(sentenced.actors, []);
  assert.deepEqual(
    sentenced.recipients.map((p) => p.text),
    ['Les deux braqueurs'],
  );
  const en = run('The former mayor is serving a ten-year sentence for fraud.', 'en');
  assert.deepEqual(
    told(en, 'serving').recipients.map((p) => p.text),
    ['The former mayor'],
  );
});

test('a meeting framing a clause through a framing word has the clause’s subject take part', () => {
  const doc = run("Le ministre a remercié les maires lors d'une rencontre à Lyon.", 'fr');
  assert.deepEqual(
    told(doc, 'rencontre').actors.map((p) => p.text),
    ['Le ministre'],
  );
});

test('a past tense read as an adjective right after the subject is the clause’s verb', () => {
  const doc = run('Armed men wounded three policemen in Kano.', 'en');
  const wounded = told(doc, 'wounded');
  assert.deepEqual(
    wounded.actors.map((p) => p.text),
    ['Armed men'],
  );
  assert.deepEqual(
    wounded.recipients.map((p) => p.text),
    ['three policemen'],
  );
});

test('a thing named with a sector-naming adjective takes that sector', () => {
  const doc = run('Gunmen attacked a military post near the border.', 'en');
  assert.deepEqual(
    told(doc, 'attacked').recipients.map((p) => p.sector),
    ['MIL'],
  );
});

test('a measure with a preposition of its own does not take the place of the object', () => {
  const doc = run(
    'Le tribunal a condamné mardi deux hommes de 24 et 31 ans à huit mois de prison.',
    'fr',
  );
  assert.deepEqual(
    told(doc, 'condamné').recipients.map((p) => p.text),
    ['deux hommes'],
  );
});

test('the genitive of an assault noun is its victim', () => {
  const doc = run("Les policiers enquêtent sur l'agression d'un chauffeur de taxi à Dijon.", 'fr');
  const assault = told(doc, 'agression');
  assert.deepEqual(assault.actors, []);
  assert.match(assault.recipients[0]?.text ?? '', /^un chauffeur de taxi/);
});

test('a bare participle conjoined to a finite verb is active', () => {
  const doc = run(
    'The foreign minister condemned the raid and called on Nairobi to apologise.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'called').actors.map((p) => p.text),
    ['The foreign minister'],
  );
});

test('a capital addressed stands for its state', () => {
  const doc = run(
    'The foreign minister condemned the raid and called on Nairobi to apologise.',
    'en',
  );
  assert.deepEqual(parties(told(doc, 'called').recipients), ['KEN/GOV']);
});

test('what a verbal act put forward and another refuses concerns its speaker', () => {
  const doc = run("The landlords proposed a rent freeze, which the tenants' union rejected.", 'en');
  assert.deepEqual(
    told(doc, 'rejected').recipients.map((p) => p.text),
    ['The landlords'],
  );
});

test('whom the speaker addresses at a framing meeting takes part in it', () => {
  const doc = run("Le ministre a remercié les maires lors d'une rencontre à Lyon.", 'fr');
  assert.deepEqual(
    told(doc, 'rencontre').recipients.map((p) => p.text),
    ['les maires'],
  );
});

test('“both sides” asked to act are the ones to act', () => {
  const doc = run('The minister urged both sides to resume negotiations.', 'en');
  assert.deepEqual(
    told(doc, 'negotiations').actors.map((p) => p.text),
    ['both sides'],
  );
});

test('a known framing word frames its clause wherever the parser hung it', () => {
  const doc = run(
    "« Nous avancerons ensemble », a déclaré le président Macron au pape François au cours d'une rencontre au Vatican.",
    'fr',
  );
  assert.deepEqual(
    told(doc, 'rencontre').actors.map((p) => p.text),
    ['le président Macron'],
  );
});

test('the same name of the same country is one party of an event told twice', () => {
  const doc = run(
    'Malian troops kill eight gunmen near Gao\n\nMalian troops killed eight gunmen in an ambush near Gao on Sunday, the army said.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'killed').actors.map((p) => p.name),
    ['Malian troops'],
  );
});

test('demonyms the parser made a subject of their own qualify the subject noun after them', () => {
  const doc = run(
    "Sudanese and Nigerien officials held talks with Chadian envoys in N'Djamena on Monday.",
    'en',
  );
  assert.deepEqual(parties(told(doc, 'talks').actors), ['SDN/GOV', 'NER/GOV']);
});

test('who is sentenced or accused for an act named by a noun did it', () => {
  const fr = run(
    "Le tribunal a condamné deux hommes à un an de prison pour l'agression d'un chauffeur de taxi.",
    'fr',
  );
  assert.deepEqual(
    told(fr, 'agression').actors.map((p) => p.text),
    ['deux hommes'],
  );
  const en = run('The UN accused the militia of the massacre of 40 villagers.', 'en');
  assert.deepEqual(
    told(en, 'massacre').actors.map((p) => p.text),
    ['the militia'],
  );
});

test('a party’s phrase ends before the act it is the party of', () => {
  const doc = run('The UN accused the militia of the massacre of 40 villagers.', 'en');
  assert.deepEqual(
    told(doc, 'accused').recipients.map((p) => p.text),
    ['the militia'],
  );
});

test('the victim of a murder is its genitive', () => {
  const doc = run('Police are investigating the murder of a taxi driver in Leeds.', 'en');
  assert.match(told(doc, 'murder').recipients[0]?.text ?? '', /^a taxi driver/);
});

test('dockworkers are labour', () => {
  const doc = run('Belgian dockworkers began a strike on Tuesday.', 'en');
  assert.deepEqual(parties(told(doc, 'strike').actors), ['BEL/LAB']);
});

test('a capital after a marker that also says where is a place', () => {
  const met = run('Le ministre a rencontré brièvement jeudi à Nairobi son homologue kényan.', 'fr');
  assert.equal(told(met, 'rencontré').place?.text, 'Nairobi');
});

test('whom a selecting object’s conjunct names is concerned too', () => {
  const doc = run(
    'The mission said it would withdraw weapons inspectors and aid workers from Yemen.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'withdraw').recipients.map((p) => p.country),
    ['YEM'],
  );
});
