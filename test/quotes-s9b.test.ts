/**
 * Attribution defects a reader sees at once (issue #5, session 9 round 2): one original
 * sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../src/quotes/types.js';
import { analyzeText, quoteWith, quotesOf } from './helpers.js';

const chainOf = (q: Quote) => q.sources.map((s) => s.name);
const byCue = (quotes: Quote[], cue: string) => quotes.find((q) => q.cue?.text === cue);

test('a relay participle closing the content goes with the reporting verb and its subject', () => {
  const doc = analyzeText(
    'The Lakeside Courier reported on Thursday that the ferry service would end in March, citing two engineers familiar with the budget.',
    'en',
  );
  const reported = byCue(quotesOf(doc), 'reported');
  assert.ok(reported);
  assert.equal(reported.content.text, 'the ferry service would end in March');
  assert.deepEqual(chainOf(reported).slice(1, 2), ['Lakeside Courier']);
  assert.match(chainOf(reported)[2] ?? '', /^two engineers/);
  // Whom the relay cites is a link of that chain, no quotation of its own (session 11).
  assert.equal(byCue(quotesOf(doc), 'citing'), undefined);
});

test('a noun a relative pronoun of persons takes up is a relayed source', () => {
  const doc = analyzeText(
    'The hospital will close its maternity ward, the Northfield Echo reported on Friday, citing three volunteers who attended the briefing.',
    'en',
  );
  const reported = quoteWith(doc, 'maternity ward');
  assert.equal(reported.cue?.text, 'reported');
  assert.deepEqual(chainOf(reported).slice(1), ['Northfield Echo', 'three volunteers']);
});

test('a noun phrase alone between a comma and a closing verb of saying is its speaker', () => {
  const doc = analyzeText(
    'The cabinet of Osteria plans to return about 90 homes seized during the conflict around Varna, the Varna Chronicle reported on Sunday, citing two lawyers involved in the case.',
    'en',
  );
  const reported = byCue(quotesOf(doc), 'reported');
  assert.ok(reported);
  assert.match(reported.content.text, /^The cabinet of Osteria plans to return .* around Varna$/);
  assert.equal(chainOf(reported)[1], 'Varna Chronicle');
  assert.equal(byCue(quotesOf(doc), 'citing'), undefined);
});

const concessive =
  'Delegates for the republic of Varna and the rebel Southern Hills Movement agreed on a 14-day pause at talks in Addis Ababa on Sunday, according to two mediators briefed on the meeting, although the rebels quickly denied that any pause had been reached.';

test('a content never opens on an attribution marker', () => {
  assert.equal(byCue(quotesOf(analyzeText(concessive, 'en')), 'agreed'), undefined);
});

test('what a marker attributes stops before the narrator’s concessive clause', () => {
  const quotes = quotesOf(analyzeText(concessive, 'en'));
  assert.equal(
    byCue(quotes, 'according to')?.content.text,
    'Delegates for the republic of Varna and the rebel Southern Hills Movement agreed on a 14-day pause at talks in Addis Ababa on Sunday',
  );
  const denied = byCue(quotes, 'denied');
  assert.ok(denied);
  assert.ok(!chainOf(denied).some((n) => /mediators/.test(n)), JSON.stringify(chainOf(denied)));
});

test('a participle modifying a noun ahead stays in the object phrase', () => {
  const doc = analyzeText(
    "The fishermen's association has long demanded the reopening of the bay as a condition for any lasting agreement.",
    'en',
  );
  assert.equal(
    quoteWith(doc, 'reopening').content.text,
    'the reopening of the bay as a condition for any lasting agreement',
  );
});

test('a person named in apposition to the description is the speaker, whatever actor the description joined', () => {
  const doc = analyzeText(
    "Le fabricant de skis Norvia supprime 90 postes en Isère\n\nLa direction de Norvia a annoncé jeudi la suppression de 90 emplois dans son usine de Voiron, invoquant « un effondrement des commandes » depuis l'hiver.\n\nLe délégué CFDT, Paul Reynaud, a exhorté la direction à « rouvrir le dialogue ».",
    'fr',
  );
  assert.equal(quoteWith(doc, 'rouvrir le dialogue').speaker.name, 'Paul Reynaud');
});

test('a that-clause right after a noun of saying is its content, wherever the parser hung it', () => {
  const doc = analyzeText(
    "Despite complaints that the repairs had stalled, the landlords' federation said it remained committed to a fair agreement.",
    'en',
  );
  assert.equal(quoteWith(doc, 'repairs').content.text, 'the repairs had stalled');
  assert.equal(quoteWith(doc, 'repairs').cue?.text, 'complaints');
});

test('a determined adjective alone before the verb is the noun the tagger misread: the speaker', () => {
  const doc = analyzeText(
    'The official, who spoke on condition of anonymity because the review was confidential, said the mine would reopen in April.',
    'en',
  );
  assert.equal(quoteWith(doc, 'reopen in April').speaker.name, 'The official');
});

test('a sign joining capitalised words is part of the speaker’s name before a closing incise', () => {
  const doc = analyzeText(
    'Nurses at the district hospital of Port Elm voted on Monday to stage a 24-hour walkout next week, the Health & Care Union said, in a row over staffing and pay.',
    'en',
  );
  const q = byCue(quotesOf(doc), 'said');
  assert.ok(q);
  assert.equal(q.speaker.name, 'Health & Care Union');
  assert.match(q.content.text, /^Nurses at the district hospital .* next week/);
  const coordinated = analyzeText(
    'The Metal & Marine Workers Union said it would fight any compulsory redundancies.',
    'en',
  );
  assert.equal(quoteWith(coordinated, 'redundancies').speaker.name, 'Metal & Marine Workers Union');
});

test('a past participle is never controlled by the object before it', () => {
  const doc = analyzeText(
    'Seventy-two percent of teachers who took part endorsed the plan, according to the union.',
    'en',
  );
  assert.equal(byCue(quotesOf(doc), 'endorsed')?.speaker.name, 'teachers');
});
