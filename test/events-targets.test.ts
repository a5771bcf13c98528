/**
 * Whom an act is aimed at or concerns: victims, addressees, owners, the people of a place hit,
 * whom a threat, a promise or a protest reaches.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyzeText,
  eventsOfType,
  eventsOfType as ofType,
  eventTold,
  participantCodes as parties,
  participantTexts as texts,
} from './helpers.js';

const run = analyzeText;

const told = eventTold;

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

test('the genitive of an assault noun is its victim', () => {
  const doc = run("Les policiers enquêtent sur l'agression d'un chauffeur de taxi à Dijon.", 'fr');
  const assault = told(doc, 'agression');
  assert.deepEqual(assault.actors, []);
  assert.match(assault.recipients[0]?.text ?? '', /^un chauffeur de taxi/);
});

test('what a verbal act put forward and another refuses concerns its speaker', () => {
  const doc = run("The landlords proposed a rent freeze, which the tenants' union rejected.", 'en');
  assert.deepEqual(
    told(doc, 'rejected').recipients.map((p) => p.text),
    ['The landlords'],
  );
});

test('the victim of a murder is its genitive', () => {
  const doc = run('Police are investigating the murder of a taxi driver in Leeds.', 'en');
  assert.match(told(doc, 'murder').recipients[0]?.text ?? '', /^a taxi driver/);
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

test('a promise or threat concerns whom the announced act reaches by its own sense', () => {
  // What is withdrawn is no party; the country left is.
  const doc = run(
    'Ghana announced that it would pull its soldiers out of Togo unless the fighting stopped.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'announced').recipients.map((p) => p.country),
    ['TGO'],
  );
});

test('a placed thing an attack aims at undergoes it as an object would', () => {
  const doc = run('Gunmen fired rockets at targets in Kandahar, officials said.', 'en');
  const [target] = told(doc, 'fired').recipients;
  assert.equal(target.text, 'targets in Kandahar');
  assert.equal(`${target.country}/${target.sector}`, 'AFG/CVL');
});

test('a thing placed in the phrase that selects the act stands for where it is', () => {
  const doc = run('Rebels retook a village in northern Mali on Sunday.', 'en');
  assert.deepEqual(parties(told(doc, 'retook').recipients), ['MLI/CVL']);
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

test('management is a party a threat’s condition can name (`people`: direction, management)', () => {
  const doc = run(
    'Le syndicat menace de bloquer le port si la direction ne retire pas son plan.',
    'fr',
  );
  assert.deepEqual(texts(told(doc, 'menace').recipients), ['la direction']);
});

test('a promise takes no recipient from a state described inside what is promised', () => {
  const agreement = ofType(
    'Both camps had agreed to let food trucks into the besieged town of Marvale.',
    'en',
    'AGREE',
  );
  assert.equal(agreement.length, 1);
  assert.deepEqual(agreement[0].recipients, []);
});

test('accepting demands from a party concerns that party, the source hung on the verb', () => {
  const [concession] = eventsOfType(
    'The Nepal government accepted demands from Maoist rebels on Tuesday.',
    'en',
    'CONCEDE',
  );
  assert.ok(concession);
  assert.deepEqual(
    concession.recipients.map((p) => p.text),
    ['Maoist rebels'],
  );
});

test('the genitive of a hostage taking names the hostages, not the hostage takers', () => {
  const [abduction] = eventsOfType(
    'La prise d’otages des touristes a duré trois jours près de Mopti.',
    'fr',
    'ASSAULT',
  );
  assert.ok(abduction);
  assert.ok(abduction.recipients.some((p) => p.text === 'des touristes'));
  assert.ok(!abduction.actors.some((p) => p.text === 'des touristes'));
});
