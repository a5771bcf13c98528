/**
 * Speaker rules of session 8 (who said it, on English news): one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import { analyzeText, quoteWith } from './helpers.js';

/** The text of the speaker mention a quote is attributed to, or null. */
const mention = (doc: Doc, q: Quote): string | null =>
  'start' in q.speaker ? doc.text.slice(q.speaker.start, q.speaker.end) : null;

test('a paragraph ending with a colon announces the quotation opening the next one', () => {
  const doc = analyzeText(
    'Vera Olsen, who has coached the rowing club since 2009, said the boathouse needs a new roof.\n\n' +
      'Olsen told the members:\n\n' +
      '“Every winter the rain gets in. We cannot keep patching it with tarpaulins and hope.”',
    'en',
  );
  const q = quoteWith(doc, 'Every winter');
  assert.equal(q.cue?.text, 'told');
  assert.equal(mention(doc, q), 'Olsen');
});

test('a dash and a name before the colon sign the quotation, not the clause before them', () => {
  const doc = analyzeText(
    'Forecasters agree - Nina Holt: “One of the biggest lessons was a simple one: keep calling voters late.”',
    'en',
  );
  assert.equal(quoteWith(doc, 'biggest lessons').speaker.name, 'Nina Holt');
});

test('a digest line names its source between a dash and the colon', () => {
  const doc = analyzeText(
    'Freight volumes fell again in March - Lotte Brandt: “The slowdown has reached the inland ports, and the barges are leaving half empty.”',
    'en',
  );
  assert.equal(quoteWith(doc, 'The slowdown').speaker.name, 'Lotte Brandt');
});

test('a subject apposed to a participle the parser made a clause still speaks', () => {
  const doc = analyzeText(
    'Omar Duval, clad in a green jacket with the ferry logo, said the levee had held through the night.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'the levee had held')), 'Omar Duval');
});

test('a report qualified by a participle is the subject of the verb after it', () => {
  const doc = analyzeText(
    'A news report published Monday said the ferry operator had overpaid two contractors.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'overpaid two contractors')), 'A news report');
});

test("a participle's time the parser made the subject of the verb after it is no speaker", () => {
  const doc = analyzeText(
    'The audit published Tuesday showed that during the first two years, more than half of the contracts went to donors.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'went to donors')), 'The audit');
});

test("a poll's share is the speaker even when the parser made it an adverb", () => {
  const doc = analyzeText(
    'The survey of farmers closed on Friday. Roughly half said they expect lower yields this year.',
    'en',
  );
  assert.match(mention(doc, quoteWith(doc, 'lower yields')) ?? '', /half$/);
});

test('a verb of saying the tagger read as a noun after the speaker still closes the quotation', () => {
  const doc = analyzeText(
    '“The quarry trucks wake the whole street before dawn, and the council does nothing,” Petra Lind notes.',
    'en',
  );
  const q = quoteWith(doc, 'quarry trucks');
  assert.equal(q.cue?.text, 'notes');
  assert.equal(q.speaker.name, 'Petra Lind');
});

test('a text is what it reads: a notice speaks the quotation before it', () => {
  const doc = analyzeText('“No fishing beyond this point,” a notice at the jetty reads.', 'en');
  const q = quoteWith(doc, 'No fishing');
  assert.equal(q.cue?.text, 'reads');
  assert.match(mention(doc, q) ?? '', /^a notice/);
  const sign = analyzeText('“This is a great day for the harbor!” a sign on the dock read.', 'en');
  assert.doesNotMatch(mention(sign, quoteWith(sign, 'great day')) ?? '', /read$/);
});

test('an exclamation cut from its incise keeps it across an adverbial clause', () => {
  const doc = analyzeText(
    '“We finally have a bridge!” Mayor Ines Araya shouted as the first cars rolled across.',
    'en',
  );
  const q = quoteWith(doc, 'We finally have a bridge');
  assert.equal(q.cue?.text, 'shouted');
  assert.equal(mention(doc, q), 'Mayor Ines Araya');
});

test("a doubled '' closing a quotation opens the incise after it", () => {
  const doc = analyzeText(
    "''Nobody in the valley trusts the water anymore,'' Ms. Ferrante said, reading from her notes.",
    'en',
  );
  const q = quoteWith(doc, 'Nobody in the valley');
  assert.equal(q.cue?.text, 'said');
  assert.equal(mention(doc, q), 'Ms. Ferrante');
});

test("a doubled '' closes a quotation before a name and a verb the tagger read as a noun", () => {
  const doc = analyzeText(
    "''The trucks wake the whole street before dawn, and nobody listens,'' Petra Lind notes.",
    'en',
  );
  assert.equal(quoteWith(doc, 'The trucks wake').cue?.text, 'notes');
});

test('the verb after a relative clause is the noun’s own, not the relative pronoun’s', () => {
  const doc = analyzeText(
    'Okafor, who said she usually votes green, said one candidate she likes so far is the harbor mayor.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'one candidate')), 'Okafor');
  assert.equal(mention(doc, quoteWith(doc, 'usually votes green')), 'who');
});

test('a participle after a comma hung on a noun goes on with the subject of that noun’s verb', () => {
  const doc = analyzeText(
    'The new agreement includes a pledge to cut harbor fees, calling on shipping firms to invest in cleaner engines.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'invest in cleaner engines')), 'The new agreement');
});

test('the subject of the clause a verb reports is never its speaker, nor cut from the content', () => {
  const doc = analyzeText(
    'Harbor delegate Tom Archer, wearing a cap covered in union pins, said he is proud of the way the strike was run.',
    'en',
  );
  const q = quoteWith(doc, 'proud of the way');
  assert.match(q.content.text, /^he is proud/);
  assert.notEqual(mention(doc, q), 'he');
});

test('answering, retorting and scoffing are verbs of saying', () => {
  const doc = analyzeText(
    'The councillor pressed her on the delay. The mayor answered, “We are waiting for the engineers. Nobody wants a bridge that falls.”\n\n' +
      '“That is nonsense,” Ortiz retorted.\n\nOrtiz scoffed that the plan was a fantasy.',
    'en',
  );
  assert.equal(quoteWith(doc, 'waiting for the engineers').cue?.text, 'answered');
  assert.equal(quoteWith(doc, 'That is nonsense').cue?.text, 'retorted');
  assert.equal(quoteWith(doc, 'the plan was a fantasy').cue?.text, 'scoffed');
});
