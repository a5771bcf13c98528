/**
 * Attribution defects and recall (issue #5, session 10): one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../src/quotes/types.js';
import { analyzeText, quoteWith, quotesOf } from './helpers.js';

const chainOf = (q: Quote) => q.sources.map((s) => s.name);
const byCue = (quotes: Quote[], cue: string) => quotes.find((q) => q.cue?.text === cue);

test('a quotation of two sentences closed by a speaker in apposition is that person’s', () => {
  const doc = analyzeText(
    'The dockers’ union dismissed the report. "There was no vote. Members met on Monday, and the board is still counting the ballots," the union’s secretary, Hanna Lidell, told reporters outside the hall.',
    'en',
  );
  const q = quoteWith(doc, 'There was no vote');
  assert.equal(q.kind, 'direct');
  assert.equal(q.content.text.endsWith('counting the ballots,'), true);
  assert.equal(q.speaker.name, 'Hanna Lidell');
  assert.equal(q.status, 'denied');
  assert.equal(q.negated?.text, 'vote');
});

test('a cue inside what another speaker reports carries that speaker in its chain', () => {
  const en = analyzeText(
    'The mediator, Ruth Okonjo, met both delegations on Monday. Ms. Okonjo added that Lisbon would have preferred a shorter timetable.',
    'en',
  );
  const preferred = byCue(quotesOf(en), 'preferred');
  assert.ok(preferred);
  assert.deepEqual(chainOf(preferred).slice(1), ['Ruth Okonjo', 'Lisbon']);
  assert.equal(preferred.status, 'reported');
  const fr = analyzeText(
    'La médiatrice Ruth Okonjo a rencontré les deux délégations lundi. Elle a ajouté que Lisbonne aurait préféré un calendrier plus court.',
    'fr',
  );
  const préféré = byCue(quotesOf(fr), 'préféré');
  assert.ok(préféré);
  assert.deepEqual(chainOf(préféré).slice(1), ['Ruth Okonjo', 'Lisbonne']);
});

test('the closing incise is the frame of the clause it reports, not the other way round', () => {
  const doc = analyzeText(
    'Les élus espèrent que la nouvelle ligne de bus désenclavera les hameaux, a indiqué mardi Léa Marchal, présidente du syndicat des transports.',
    'fr',
  );
  const hope = byCue(quotesOf(doc), 'espèrent');
  assert.ok(hope);
  assert.deepEqual(chainOf(hope).slice(1), ['Léa Marchal', 'Les élus']);
  const said = byCue(quotesOf(doc), 'indiqué');
  assert.deepEqual(chainOf(said!).slice(1), ['Léa Marchal']);
});

test('a refusal or a negated verb of saying is flagged and denies nothing', () => {
  const en = analyzeText(
    'Mr. Dunmore declined to say whether there was no buyer for the mill.',
    'en',
  );
  const declined = byCue(quotesOf(en), 'declined');
  assert.ok(declined);
  assert.equal(declined.refused, true);
  assert.equal(declined.status, 'reported');
  assert.equal(declined.negated, undefined);
  const negated = analyzeText(
    'A spokeswoman for the mill would not say whether the night shift would end.',
    'en',
  );
  assert.equal(byCue(quotesOf(negated), 'say')?.refused, true);
});

test('a verb of saying under a refusal states nothing of its own', () => {
  const fr = analyzeText(
    "La direction de la scierie a refusé de dire si l'équipe de nuit serait supprimée.",
    'fr',
  );
  assert.deepEqual(quotesOf(fr), []);
  const unwilling = analyzeText(
    "Le maire n'a pas souhaité dire si la piscine rouvrirait en juin.",
    'fr',
  );
  assert.deepEqual(quotesOf(unwilling), []);
});

test('a refusal quotes nobody: a quotation after its colon is the speaker’s statement', () => {
  const doc = analyzeText(
    'Asked about the transfer, the coach declined: "I will not discuss contracts while the season is running."',
    'en',
  );
  const q = quoteWith(doc, 'I will not discuss contracts');
  assert.equal(q.kind, 'direct');
  assert.notEqual(q.cue?.text, 'declined');
  assert.notEqual(q.refused, true);
  assert.equal(q.speaker.name, 'the coach');
});

test('after an incise and a conjunction, another speaker’s verb opens its own attribution', () => {
  const doc = analyzeText(
    'Les deux maires se sont rencontrés à Quimper, affirme la préfecture, mais la mairie de Brest dément toute rencontre.',
    'fr',
  );
  const claim = byCue(quotesOf(doc), 'affirme');
  assert.equal(claim?.content.text, 'Les deux maires se sont rencontrés à Quimper');
  const denial = byCue(quotesOf(doc), 'dément');
  assert.deepEqual(chainOf(denial!).slice(1), [denial!.speaker.name]);
});

test('a content ends before a conjunction opening another speaker’s verb of saying', () => {
  const doc = analyzeText(
    'Growers said the new tariff had already cut their exports and importers accused the ministry of stalling the talks.',
    'en',
  );
  const said = byCue(quotesOf(doc), 'said');
  assert.equal(said?.content.text, 'the new tariff had already cut their exports');
  const accused = byCue(quotesOf(doc), 'accused');
  assert.deepEqual(chainOf(accused!).slice(1), ['importers']);
});

test('a closing incise the parser made a relative clause reports the clause before its comma', () => {
  const doc = analyzeText(
    "Ferry fares will rise by a third next year, the island's council quietly announced.",
    'en',
  );
  const q = byCue(quotesOf(doc), 'announced');
  assert.equal(q?.content.text, 'Ferry fares will rise by a third next year');
  assert.equal(q?.speaker.name, "the island's council");
});

test('a second that-clause after a conjunction goes on with the same report', () => {
  const doc = analyzeText(
    'The harbour master added that the old pier would have to close for a month but that "the island ferries will keep running."',
    'en',
  );
  const q = byCue(quotesOf(doc), 'added');
  assert.match(
    q?.content.text ?? '',
    /close for a month but that "the island ferries will keep running/,
  );
});
