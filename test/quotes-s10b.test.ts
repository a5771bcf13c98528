/**
 * Attribution defects, round 2 (issue #5, session 10): one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../src/quotes/types.js';
import { analyzeText, quotesOf } from './helpers.js';

const byCue = (quotes: Quote[], cue: string) => quotes.find((q) => q.cue?.text === cue);

test('a role noun before a named speaker after a closing quote does not hide the frame', () => {
  const doc = analyzeText(
    '"This is a good start, but the fines must be cancelled," lawyer Marta Oyelaran told reporters outside the district court.',
    'en',
  );
  const told = byCue(quotesOf(doc), 'told');
  assert.ok(told);
  assert.equal(told.kind, 'direct');
  assert.equal(told.speaker.name, 'Marta Oyelaran');
  assert.match(told.content.text, /^This is a good start/);
});

test('"told X on Y that" with "that" read as a relative pronoun still opens the content', () => {
  const doc = analyzeText(
    'Finance Director Pavel Sorensen told investors on a video call that about 40 new buses were stored at its depots awaiting batteries.',
    'en',
  );
  const told = byCue(quotesOf(doc), 'told');
  assert.ok(told);
  assert.equal(told.speaker.name, 'Pavel Sorensen');
  assert.match(told.content.text, /^about 40 new buses were stored/);
});

test('a closing incise reports the participle before it, whose content ends at its comma', () => {
  const doc = analyzeText(
    'Volantis cut its annual sales forecast on Tuesday, blaming a shortage of chips from Taiwan and South Korea, the Swedish carmaker said in a statement.',
    'en',
  );
  const quotes = quotesOf(doc);
  const said = byCue(quotes, 'said');
  assert.ok(said);
  assert.match(said.content.text, /^Volantis cut .*, blaming a shortage of chips .* South Korea$/);
  const blaming = byCue(quotes, 'blaming');
  assert.ok(blaming);
  assert.equal(blaming.content.text.includes('carmaker'), false);
});

test('reporting results or earnings is an act, not a statement', () => {
  const doc = analyzeText(
    'Norlake, its Danish rival, is due to report half-year earnings on Friday.',
    'en',
  );
  assert.equal(byCue(quotesOf(doc), 'report'), undefined);
});

test('a past participle modifying a noun is no frame over the clause around it', () => {
  const doc = analyzeText(
    "Elle demande depuis le printemps un projet de rénovation des écoles, annoncé en 2022 par l'ancienne équipe municipale.",
    'fr',
  );
  const annoncé = byCue(quotesOf(doc), 'annoncé');
  assert.equal(annoncé === undefined || !annoncé.content.text.includes('demande'), true);
});

test('a title-case first line "Name: Clause" is that person’s words, verbs tagged or not', () => {
  const doc = analyzeText(
    "Warren: 'Bank Mergers' Need 'Far Tougher' Review\nSenator Elizabeth Warren said on Monday that regulators were too lenient. Warren spoke in Boston.",
    'en',
  );
  const headline = quotesOf(doc).find((q) => q.cue?.text === ':');
  assert.ok(headline);
  assert.equal(headline.speaker.name, 'Elizabeth Warren');
  assert.match(headline.content.text, /Need 'Far Tougher' Review$/);
});

test('a poll tags a title-case first line', () => {
  const doc = analyzeText(
    'Poll: Governor Leads Challenger By Six Points In Nevada\nA new survey released on Sunday shows the governor ahead.',
    'en',
  );
  const headline = quotesOf(doc).find((q) => q.cue?.text === ':');
  assert.ok(headline);
  assert.match(headline.content.text, /^Governor Leads/);
});

test('"according to the court’s website": the marker’s phrase is the possessed noun, not the possessor', () => {
  const doc = analyzeText(
    'The hearing was moved to June, according to the tribunal’s website.',
    'en',
  );
  const marker = byCue(quotesOf(doc), 'according to');
  assert.ok(marker);
  assert.equal(marker.content.text, 'The hearing was moved to June');
});
