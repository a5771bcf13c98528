/**
 * Attribution recall on English news (issue #5, session 6): one original sentence per rule
 * found among the missed attributions of the PolNeAR train articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import { analyzeText, quotesOf } from './helpers.js';

const byCue = (doc: Doc, cue: string): Quote => {
  const q = quotesOf(doc).find((x) => x.cue?.text === cue);
  assert.ok(
    q,
    `no quote with cue "${cue}" in ${JSON.stringify(quotesOf(doc).map((x) => [x.cue?.text, x.content.text]))}`,
  );
  return q;
};
const en = (text: string) => analyzeText(text, 'en');
/** The text of the speaker mention, null for an unknown speaker. */
const mention = (doc: Doc, q: Quote): string | null =>
  'start' in q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : null;

test('a hyphenated name after a postposed clause is one speaker, and the clause its content', () => {
  const doc = en(
    'The wages are fine, but it was not just the money that kept her at the plant, Ms. Shanklin-Hawkins said.',
  );
  const said = byCue(doc, 'said');
  assert.match(said.content.text, /^The wages are fine, but .* at the plant$/);
  assert.equal(mention(doc, said), 'Ms. Shanklin-Hawkins');
});

test('a short verbless quotation opening its sentence before the incise is direct speech', () => {
  const doc = en('The count went on all night. “Not even close,” the clerk said.');
  const said = byCue(doc, 'said');
  assert.equal(said.kind, 'direct');
  assert.equal(said.content.text, 'Not even close,');
});

test('an object with the non-finite clause after it is what is asked or blamed', () => {
  const called = byCue(
    en('The senator called for the governor to resign before May.'),
    'called for',
  );
  assert.equal(called.content.text, 'the governor to resign before May');
  const blamed = byCue(en('The union criticized the company for cutting wages.'), 'criticized');
  assert.equal(blamed.content.text, 'the company for cutting wages');
});

test('a thought coordinated at the end of a content goes on with it', () => {
  const says = byCue(en('Ortiz says he is proud of his team and believes in the coach.'), 'says');
  assert.equal(says.content.text, 'he is proud of his team and believes in the coach');
});

test('a conjunct with an infinitive its verb takes no content from goes on with the content', () => {
  const says = byCue(
    en('Ortiz says the club is healthy and continues to attract new members.'),
    'says',
  );
  assert.equal(says.content.text, 'the club is healthy and continues to attract new members');
});

test('a complementizer opens the content whatever tags follow it', () => {
  const told = byCue(
    en('Lopez told reporters Monday that the council’s plan “shows contempt for renters.”'),
    'told',
  );
  assert.equal(told.content.text, 'the council’s plan “shows contempt for renters.”');
});

test('a present participle after the incise shares its speaker and reports its own object', () => {
  const doc = en('“We will win this time,” the mayor said, referring to the vote in May.');
  const referring = byCue(doc, 'referring to');
  assert.equal(referring.content.text, 'the vote in May');
  assert.equal(mention(doc, referring), 'the mayor');
});

test('verbs of speech and stance from the lexicon: yell, thank', () => {
  assert.equal(
    byCue(en('“Get out of the water now,” the lifeguard yelled.'), 'yelled').kind,
    'direct',
  );
  assert.equal(
    byCue(en('The mayor thanked the volunteers for their work.'), 'thanked').content.text,
    'the volunteers for their work',
  );
});

test('a name the parser hung on the quotation speaks the continuation after its incise', () => {
  const doc = en(
    'Clinton signed the law in 1996.\n\n“Toil hopelessly or go to prison,” Frank writes. “That is life at the bottom, thanks to Bill Nolan.”',
  );
  const next = quotesOf(doc).find((q) => q.content.text.startsWith('That is life'));
  assert.ok(next);
  assert.equal(next.speaker.name, 'Frank');
});

test('a doubled straight mark closing the quotation makes the incise: its speaker is inverted', () => {
  const doc = en(
    "People are worried.\n\n''We're anxious,'' said another Twitter user, Johanna Berg. ''Lyon-Geneva - the floods are getting ever closer.''",
  );
  const said = byCue(doc, 'said');
  assert.equal(said.content.text, "We're anxious,");
  assert.match(mention(doc, said) ?? '', /user/);
});

test('a verb with its own clause or object after "as" tells a time, not a conformity', () => {
  const learned = byCue(
    en('The crowd erupted into cheers as the mayor learned she had won the race.'),
    'learned',
  );
  assert.equal(learned.content.text, 'she had won the race');
  const doc = en('Rivera spoke over loud boos as he congratulated the winner, Dana Cole.');
  assert.ok(!quotesOf(doc).some((q) => q.content.text.startsWith('Rivera spoke')));
  const noted = byCue(en('The plant will close in May, as the union noted on Friday.'), 'noted');
  assert.equal(noted.content.text, 'The plant will close in May');
});

test('the addressee before a complementizer is no part of the content, which starts after it', () => {
  const tells = byCue(
    en(
      'A senior adviser, John Weller, tells reporters that however the vote goes, the plan will “pass easily.”',
    ),
    'tells',
  );
  assert.equal(tells.content.text, 'however the vote goes, the plan will “pass easily.”');
});

test('a quotation glued to the clause it goes on with belongs to its content', () => {
  const insisted = byCue(
    en('Lopez insisted that he has “expanded the party,” and will keep going.'),
    'insisted',
  );
  assert.equal(insisted.content.text, 'he has “expanded the party,”');
});

test('an unframed quotation after an incise keeps the mention that named its speaker', () => {
  const doc = en('“The count is over,” the clerk said. “Nobody will reopen the boxes tonight.”');
  const next = quotesOf(doc).find((q) => q.content.text.startsWith('Nobody'));
  assert.ok(next);
  assert.equal(mention(doc, next), 'the clerk');
});

test('a personal pronoun object is whom a stance is about, with its complement', () => {
  const accused = byCue(en('Mrs. Lopez accused him of sexism.'), 'accused');
  assert.equal(accused.content.text, 'him of sexism');
});

test('a participle the parser hung on its subject is a verb of saying before an utterance', () => {
  const yelled = byCue(en('When the band stopped, a man yelled “Play it again!”'), 'yelled');
  assert.equal(yelled.kind, 'direct');
  assert.equal(yelled.content.text, 'Play it again!');
  assert.ok(
    !quotesOf(en('The program, called “EB-5”, is popular.')).some((q) => q.cue?.text === 'called'),
  );
});
