/**
 * Events a reader of news would call wrong (session 6, round 2): one original sentence per
 * rule, each failing without the rule it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Event } from '../src/events/types.js';
import { analyzeText, eventTold } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const names = (list: Event['actors']) => list.map((p) => p.name);
const types = (doc: Doc) => (doc.events ?? []).map((e) => e.type);

test('rain and other weather kill without any actor’s act, in English and French', () => {
  const en = run('Heavy rain lashed the coast on Sunday, killing four fishermen.', 'en');
  assert.ok(!types(en).includes('ASSAULT'), JSON.stringify(en.events));
  const fr = run('Les pluies torrentielles ont tué six personnes dans le Var samedi.', 'fr');
  assert.ok(!types(fr).includes('ASSAULT'), JSON.stringify(fr.events));
});

test('a fronted date the parser made the subject leaves the subject to the noun after it', () => {
  // The storms, not "Last winter", did it: and storms are no actor.
  const doc = run('Last winter, storms in the valley destroyed 200 homes.', 'en');
  assert.deepEqual(types(doc), []);
});

test('the bound of a count belongs to the counted participants', () => {
  const doc = run('Police detained at least 30 students in Dhaka on Monday.', 'en');
  const detained = told(doc, 'detained');
  assert.match(detained.recipients[0]?.text ?? '', /^at least 30 students/);
});

test('a pronoun subject of what a speaker reports is the speaker, not an earlier name', () => {
  const doc = run(
    'District Judge Paul Novak wrote in his ruling that the rule was unlawful. ' +
      "The state's attorney general, Tom Hale, said he would appeal to the supreme court.",
    'en',
  );
  assert.deepEqual(names(told(doc, 'appeal').actors), ['Tom Hale']);
});

test('a numbered group without a definite determiner introduces new parties', () => {
  const doc = run(
    'The judge wrote that the law violated the rights of firms such as Microsoft and Apple. ' +
      '"It is a good day," said Ann Roe, a lawyer for Acme, one of two trade groups that sued over the rule.',
    'en',
  );
  const sued = told(doc, 'sued');
  assert.ok(
    !names(sued.actors).some((n) => n === 'Microsoft' || n === 'Apple'),
    JSON.stringify(sued.actors),
  );
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

test('a noun renaming the main clause, then a present-tense clause of its own, is that verb’s object', () => {
  const doc = run('Kenya accused Somalia of arming the rebels, a claim Mogadishu rejects.', 'en');
  assert.deepEqual(names(told(doc, 'rejects').actors), ['Mogadishu']);
});

test('the subject conjoined to a noun of the clause before belongs to the verb after it', () => {
  const doc = run(
    'Chile asked its neighbours for help, and Peru and Bolivia sent rescue teams on Friday.',
    'en',
  );
  assert.deepEqual(names(told(doc, 'sent').actors), ['Peru', 'Bolivia']);
});

test('sending firefighting aircraft is aid', () => {
  const doc = run('Portugal sent two firefighting planes to Spain on Sunday.', 'en');
  assert.equal(told(doc, 'sent').type, 'AID');
});

test('the noun a participle of accusing modifies is who is said to have done the act', () => {
  const doc = run(
    "La police a interrogé deux militants, soupçonnés d'avoir apporté une aide aux passeurs.",
    'fr',
  );
  assert.deepEqual(names(told(doc, 'aide').actors), ['deux militants']);
});

test('a title right before a name is that person, not a second party', () => {
  const doc = run(
    'Opposition leader Marta Vidal accused the mayor of hiding the audit from voters.',
    'en',
  );
  assert.deepEqual(names(told(doc, 'accused').actors), ['Marta Vidal']);
  // Two parties joined by a conjunction stay two.
  const both = run('The union and Marta Vidal accused the mayor of hiding the audit.', 'en');
  assert.equal(told(both, 'accused').actors.length, 2);
});
