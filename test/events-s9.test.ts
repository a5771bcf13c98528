/**
 * Event participants (session 9): who did what to whom. One original sentence per rule, each
 * failing without the rule or the data it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/events/index.js';
import { analyzeText, eventTold } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const texts = (ps: Event['actors']) => ps.map((p) => p.text);
const parties = (ps: Event['actors']) => ps.map((p) => `${p.country}/${p.sector}`);

test('a subject beside a passive auxiliary undergoes the act, whatever relation the parser gave it', () => {
  const doc = run(
    'Le directeur du centre, Luc Perrin, et la gérante, Anne Roux, ont été mis en examen vendredi.',
    'fr',
  );
  const charged = told(doc, 'mis en examen');
  assert.deepEqual(texts(charged.actors), []);
  assert.deepEqual(texts(charged.recipients), ['Le directeur du centre', 'la gérante']);
});

test('a thing placed in the phrase that selects the act stands for where it is', () => {
  const doc = run('Rebels retook a village in northern Mali on Sunday.', 'en');
  assert.deepEqual(parties(told(doc, 'retook').recipients), ['MLI/CVL']);
});

test('people counted are no measure of the phrase after them', () => {
  const doc = run('Gunmen abducted 12 workers near the mine on Tuesday.', 'en');
  assert.deepEqual(texts(told(doc, 'abducted').recipients), ['12 workers']);
});

test('the words bounding a count before a number make the counted noun the object', () => {
  const doc = run(
    'Gunmen have abducted up to 30 Chinese engineers at a construction site near Jos.',
    'en',
  );
  const [engineers] = told(doc, 'abducted').recipients;
  assert.ok(engineers, 'the abducted engineers');
  assert.match(engineers.text, /^up to 30 Chinese engineers/);
});

test('a threat with no addressee is made to the one whose act its condition names', () => {
  const doc = run(
    'Ankara threatened to suspend the talks if Athens goes ahead with the vote.',
    'en',
  );
  assert.deepEqual(parties(told(doc, 'threatened').recipients), ['GRC/GOV']);
});

test('a protest named on the act’s own noun gives the act whom it protests', () => {
  const doc = run(
    'Striking miners are continuing a hunger strike in protest of the government’s refusal to pay them.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'strike').recipients.map((p) => p.sector),
    ['GOV'],
  );
});

test('a thing a protest’s genitive names is protested: whoever made it is the target', () => {
  const doc = run(
    'Teachers are staging a hunger strike in protest of the government’s plan to close rural schools.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'strike').recipients.map((p) => p.sector),
    ['GOV'],
  );
});

test('those between whom talks are held take part beside the one who organises them', () => {
  const doc = run(
    "La Norvège a organisé des pourparlers entre le Conseil national de grève et la direction de l'entreprise.",
    'fr',
  );
  assert.deepEqual(texts(told(doc, 'pourparlers').actors), [
    'La Norvège',
    'le Conseil national de grève',
    "la direction de l'entreprise",
  ]);
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

test('a common noun with no country of its own takes the country of the story’s demonyms', () => {
  const doc = run(
    'Striking dockers blocked the port to demand the resignation of the Kenyan transport minister.',
    'en',
  );
  assert.deepEqual(parties(told(doc, 'blocked').actors), ['KEN/LAB']);
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

test('who made the thing an act addresses is concerned: the agent of a participle on it', () => {
  const doc = run('Le président a mis son veto à une loi adoptée par le Parlement.', 'fr');
  assert.deepEqual(
    told(doc, 'mis son veto').recipients.map((p) => p.sector),
    ['LEG'],
  );
});

test('forces deployed are no party; the state they are sent to is', () => {
  const doc = run('Chad deployed troops in Niger on Monday.', 'en');
  assert.deepEqual(
    told(doc, 'deployed').recipients.map((p) => p.country),
    ['NER'],
  );
});

test('a refused deployment concerns the state it would have reached', () => {
  const doc = run('Ghana refused to deploy soldiers in Mali.', 'en');
  assert.deepEqual(
    told(doc, 'refused').recipients.map((p) => p.country),
    ['MLI'],
  );
});

test('an act with no party of its own is aimed at whom its purpose reaches', () => {
  const doc = run(
    "L'aviation malienne est entrée en action dimanche pour déloger des guérilleros.",
    'fr',
  );
  assert.deepEqual(texts(told(doc, 'entrée en action').recipients), ['des guérilleros']);
});

test('those between whom talks are held do not keep the organiser out', () => {
  const doc = run('La préfecture a organisé des discussions entre les dockers et les élus.', 'fr');
  assert.deepEqual(texts(told(doc, 'discussions').actors), [
    'La préfecture',
    'les dockers',
    'les élus',
  ]);
});

test('what a protest’s noun protests is no protester', () => {
  const doc = run('Pilots walked out in protest of the decision to freeze salaries.', 'en');
  assert.deepEqual(texts(told(doc, 'protest').actors), []);
});

test('a measured thing is the measure of an act’s noun, not its actor', () => {
  const doc = run('Une amende de 20 000 euros a été infligée au club.', 'fr');
  assert.deepEqual(texts(told(doc, 'amende').actors), []);
});

test('what an act is without is no party to it', () => {
  const doc = run(
    'La préfecture a organisé des discussions entre les dockers et la direction, sans résultat.',
    'fr',
  );
  assert.ok(!texts(told(doc, 'discussions').actors).includes('résultat'));
});

test('the toll of an attack, after a comma, is the attack’s, not the main verb’s', () => {
  const doc = run(
    "Chad's defence minister rejected the claim and accused Niger of sheltering rebels who attacked a border post on Friday, killing nine soldiers.",
    'en',
  );
  assert.deepEqual(texts(told(doc, 'killing').actors), ['rebels']);
});

test('management is a party a threat’s condition can name (`people`: direction, management)', () => {
  const doc = run(
    'Le syndicat menace de bloquer le port si la direction ne retire pas son plan.',
    'fr',
  );
  assert.deepEqual(texts(told(doc, 'menace').recipients), ['la direction']);
});

test('who reports an act through a light verb did not do it (`reportNouns`: faire état de)', () => {
  const doc = run(
    "Des témoignages de réfugiés font état d'exactions commises dans le nord du pays.",
    'fr',
  );
  assert.deepEqual(texts(told(doc, 'exactions').actors), []);
});
