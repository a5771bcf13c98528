/**
 * Event rules on the beam parser's trees (session 8, second round): one original sentence per
 * rule, each failing without the rule it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/events/index.js';
import { analyzeText, eventTold } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const texts = (ps: Event['actors']) => ps.map((p) => p.text);
const parties = (ps: Event['actors']) => ps.map((p) => `${p.country}/${p.sector}`);

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

test('a place the parser made a verb’s object stays its object', () => {
  const doc = run('Uzbekistan finally reopened the Friendship Bridge after two years.', 'en');
  const opened = told(doc, 'reopened');
  assert.equal(opened.type, 'RETREAT');
  assert.deepEqual(parties(opened.actors), ['UZB/GOV']);
});

test('an object compounded on the date after it is the verb’s object', () => {
  const doc = run('Chad and Sudan signed an agreement today to reopen their border.', 'en');
  const signed = told(doc, 'signed');
  assert.deepEqual(
    signed.actors.map((p) => p.country),
    ['TCD', 'SDN'],
  );
});

test('a noun renaming the clause before is the object of the relative clause on it', () => {
  const doc = run('Chile offered to mediate, a proposal Peru welcomed.', 'en');
  const welcomed = told(doc, 'welcomed');
  assert.deepEqual(parties(welcomed.actors), ['PER/GOV']);
  assert.deepEqual(parties(welcomed.recipients), ['CHL/GOV']);
});

test('a verb without a passive (`unaccusatives`: clash) is active as a bare participle on its noun', () => {
  const doc = run('Somali troops clashed with militants on Sunday.', 'en');
  assert.deepEqual(texts(told(doc, 'clashed').actors), ['Somali troops']);
});

test('a preposition the parser hung on an accused noun marks the gerund after it', () => {
  const doc = run('Moscow accused Latvia of discriminating against Russian speakers.', 'en');
  assert.deepEqual(texts(told(doc, 'accused').recipients), ['Latvia']);
});

test('conjoined demonyms read as names give one country each', () => {
  const doc = run('Tunisian and Algerian ministers held talks with Libyan envoys in Tunis.', 'en');
  assert.deepEqual(parties(told(doc, 'talks').actors), ['TUN/GOV', 'DZA/GOV']);
});

test('a setting that names no place is no part of a party’s phrase', () => {
  const doc = run('Police fired tear gas at students in the courtyard.', 'en');
  assert.deepEqual(texts(told(doc, 'fired').recipients), ['students']);
});
