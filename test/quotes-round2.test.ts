/**
 * Attribution rules found on the lead's original articles and our own (session 6, round 2):
 * one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import { analyzeText, quotesOf, quoteWith } from './helpers.js';

const cues = (doc: Doc) => quotesOf(doc).map((q) => q.cue?.text ?? null);
const byCue = (doc: Doc, cue: string): Quote => {
  const q = quotesOf(doc).find((x) => x.cue?.text === cue);
  assert.ok(q, `no quote with cue "${cue}" in ${JSON.stringify(cues(doc))}`);
  return q;
};

test('declaring a state of emergency, war, bankruptcy or forfeit is an act, not speech', () => {
  const en = analyzeText(
    'The governor said the county would declare a state of emergency before the storm. Two retailers declared bankruptcy in May.',
    'en',
  );
  assert.deepEqual(cues(en), ['said']);
  const fr = analyzeText(
    "La préfète a déclaré mardi l'état d'urgence dans le département. L'équipe de Brest a déclaré forfait pour la finale.",
    'fr',
  );
  assert.deepEqual(cues(fr), []);
  // Still speech with a clause.
  const clause = analyzeText('The minister declared that the war was over.', 'en');
  assert.equal(byCue(clause, 'declared').content.text, 'the war was over');
});

test('the source a newsroom learned from is named without the preposition and its contracted article', () => {
  const doc = analyzeText(
    'Le maire sera entendu mardi, a-t-on appris lundi auprès du tribunal administratif de Lille.',
    'fr',
  );
  const learned = byCue(doc, 'appris');
  assert.equal(learned.speaker.name, 'tribunal administratif de Lille');
  const des = analyzeText(
    "Le chantier reprendra en mai, indique-t-on auprès des services de l'agglomération.",
    'fr',
  );
  assert.equal(byCue(des, 'indique').speaker.name, "services de l'agglomération");
});

test('a participle of saying after a clause reads a subject-and-verb clause the parser split', () => {
  const mixed = analyzeText(
    'The union rejected the offer on Friday, saying it ignored "years of lost wages."',
    'en',
  );
  const saying = byCue(mixed, 'saying');
  assert.equal(saying.kind, 'mixed');
  assert.match(saying.speaker.name, /union/);
  assert.ok(saying.content.text.startsWith('it ignored'), saying.content.text);
  const plain = analyzeText(
    'The union rejected the offer on Friday, saying it ignored years of lost wages.',
    'en',
  );
  assert.equal(byCue(plain, 'saying').content.text, 'it ignored years of lost wages');
});

test('the pronoun of an incise inside the marks is the speaker the closing incise names', () => {
  const doc = analyzeText(
    "« Le budget sera tenu, a-t-il promis, même si l'hiver coûte cher », a conclu Paul Lemaire devant les élus.",
    'fr',
  );
  const promised = byCue(doc, 'promis');
  assert.equal(promised.content.text, 'Le budget sera tenu');
  assert.equal(promised.speaker.name, 'Paul Lemaire');
  assert.equal(byCue(doc, 'conclu').speaker.name, 'Paul Lemaire');
});

test('a place a preposition introduces does not name a speaker phrase', () => {
  const doc = analyzeText(
    '« Nous resterons ouverts » : les derniers libraires de la place Carnot\n\nLe quartier change vite.',
    'fr',
  );
  const colon = byCue(doc, ':');
  assert.equal(colon.speaker.name, 'les derniers libraires de la place Carnot');
});

test('a noun of a compound subject the tagger read as a verb of saying is no cue', () => {
  const doc = analyzeText(
    'A county plan to raise fares has angered commuters. The unions plan to strike.',
    'en',
  );
  assert.deepEqual(cues(doc), ['plan']);
  assert.match(byCue(doc, 'plan').speaker.name, /unions/);
});

test("a word of a person's name is no outlet's: Karen Spiegel is not Der Spiegel", () => {
  const doc = analyzeText(
    '"We will not close the clinic," said county Supervisor Karen Spiegel at the meeting.',
    'en',
  );
  const q = quoteWith(doc, 'close the clinic');
  assert.equal(q.speaker.name, 'Karen Spiegel');
  assert.notEqual(q.speaker.type, 'news');
});
