/**
 * Attribution rules of session 7, round 2 (errors a reader sees in wire and regional copy):
 * one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import { analyzeText, quotesOf } from './helpers.js';

const cues = (doc: Doc) => quotesOf(doc).map((q) => q.cue?.text ?? null);
const byCue = (doc: Doc, cue: string): Quote => {
  const q = quotesOf(doc).find((x) => x.cue?.text === cue);
  assert.ok(q, `no quote with cue "${cue}" in ${JSON.stringify(cues(doc))}`);
  return q;
};

test('agreeing to do something is an act, not speech; agreeing that … still reports', () => {
  const act = analyzeText(
    'The dockers agreed on Monday to end the strike at the container terminal.',
    'en',
  );
  assert.deepEqual(cues(act), []);
  const view = analyzeText('The dockers agreed that the strike had gone on too long.', 'en');
  assert.equal(byCue(view, 'agreed').content.text, 'the strike had gone on too long');
});

test('the incise of another verb is never a content', () => {
  const doc = analyzeText(
    'Chile and Peru warned on Tuesday to ship copper through Peruvian ports under a permit scheme, ending months of strikes by Chilean dockers who had shut two terminals, the two governments said.',
    'en',
  );
  assert.ok(
    quotesOf(doc).every((q) => q.content.text !== 'the two governments said'),
    JSON.stringify(quotesOf(doc).map((q) => q.content.text)),
  );
  assert.notEqual(byCue(doc, 'said').speaker.name, 'unknown');
});

const union =
  "« Cinq cents euros, ce n'est pas sérieux », estime Karim Oudjit, déléguée syndicale, qui demande une hausse de 8 % des primes.";

test('a relative after an apposition speaks for the person the apposition describes', () => {
  const doc = analyzeText(union, 'fr');
  assert.equal(byCue(doc, 'demande').speaker.name, 'Karim Oudjit');
});

test('a sign after a number is its unit, not punctuation: the object runs on', () => {
  const doc = analyzeText(union, 'fr');
  assert.equal(byCue(doc, 'demande').content.text, 'une hausse de 8 % des primes');
});

test('a denial verb under negation leaves a possibility: hedged, not denied', () => {
  const fr = analyzeText("Le maire n'exclut pas de fermer les écoles si la crue continue.", 'fr');
  assert.equal(byCue(fr, 'exclut').status, 'hedged');
  const set = analyzeText("La ministre n'écarte pas une hausse des taxes.", 'fr');
  const q = byCue(set, 'écarte');
  assert.equal(q.status, 'hedged');
  assert.equal(q.content.text, 'une hausse des taxes');
  const en = analyzeText('The governor does not rule out a curfew in the city.', 'en');
  assert.equal(byCue(en, 'rule out').status, 'hedged');
  const firm = analyzeText('The governor ruled out a curfew in the city.', 'en');
  assert.equal(byCue(firm, 'ruled out').status, 'denied');
});

test('According to …: the anonymous source frames the whole clause, the verb inside it nests', () => {
  const doc = analyzeText(
    'According to two lawyers briefed on the case, the regulator had urged both firms to drop the merger before the end of the year.',
    'en',
  );
  const outer = byCue(doc, 'According to');
  assert.equal(outer.content.text.startsWith('the regulator had urged'), true);
  const names = byCue(doc, 'urged').sources.map((l) => l.name);
  const lawyers = names.findIndex((n) => n.includes('two lawyers'));
  assert.ok(
    lawyers >= 0 && names.findIndex((n) => n.includes('regulator')) > lawyers,
    names.join(' > '),
  );
});

test('a marker after a verb’s content is not in that content: it frames the verb', () => {
  const doc = analyzeText(
    "Le maire a promis de rouvrir la piscine avant l'été, d'après un conseiller municipal.",
    'fr',
  );
  const q = byCue(doc, 'promis');
  assert.equal(q.content.text, "rouvrir la piscine avant l'été");
  assert.equal(q.speaker.name, 'Le maire');
});

test('an apposition the parser hung inside the subject still closes it: the verb is no incise', () => {
  const doc = analyzeText(
    "L'avocat de la société, Me Julien Ferrand, a contesté cette version des faits.",
    'fr',
  );
  assert.equal(byCue(doc, 'contesté').content.text, 'cette version des faits');
});

test('a description is known by the name its apposition gives after a title', () => {
  const doc = analyzeText(
    'La présidente de la région, Mme Anne Vidal, a dénoncé une décision injuste.',
    'fr',
  );
  assert.equal(byCue(doc, 'dénoncé').speaker.name, 'Anne Vidal');
});
