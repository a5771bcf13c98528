/**
 * Attribution outside running prose: headlines and transcript tags, a name or label before a colon,
 * a signature after the closing mark, a digest line, a title-case first line.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, byCue, quotesOf, quoteWith } from './helpers.js';

test('a signature after the closing mark may end its line inside a paragraph', () => {
  const doc = analyzeText(
    'Readers wrote to us.\n\n“The bus never comes on time.” ― Ellen Marsh\n“We pay for a service we do not get.” ― Tomas Okafor',
    'en',
  );
  assert.equal(quoteWith(doc, 'The bus never comes').speaker.name, 'Ellen Marsh');
  assert.equal(quoteWith(doc, 'We pay for a service').speaker.name, 'Tomas Okafor');
});

test('a headline or transcript tag naming a person opens a quotation whatever its tags', () => {
  const doc = analyzeText(
    'Will Hendry: Harbor Board Ignores Fishermen Again.\n\nThe board met on Monday, Will Hendry said.',
    'en',
  );
  const tag = quoteWith(doc, 'Harbor Board Ignores');
  assert.equal(tag.cue?.text, ':');
  assert.equal(tag.speaker.name, 'Will Hendry');
  const turn = analyzeText(
    'Rivers: Well, the budget is late again.\n\nThe board met on Monday, Will Rivers said.',
    'en',
  );
  const late = quoteWith(turn, 'the budget is late');
  assert.equal(late.cue?.text, ':');
  assert.match(late.speaker.name, /Rivers/);
});

test('a campaign camp tags a headline', () => {
  const doc = analyzeText('Ruiz camp: the budget plan hurts rural schools.', 'en');
  assert.equal(byCue(doc, ':').content.text, 'the budget plan hurts rural schools');
});

test("a headline's verbless predicate in quotation marks is the verb's content", () => {
  const doc = analyzeText(
    "Ortiz says Trump 'absolutely right' in saying generals were weak.\n\nThe port is busy.",
    'en',
  );
  const says = byCue(doc, 'says');
  assert.equal(says.kind, 'mixed');
  assert.match(says.content.text, /^Trump 'absolutely right'/);
});

test('a signature may carry an apposition to the end of its line', () => {
  const doc = analyzeText(
    'Le procès reprend.\n\n”Nous voulons la vérité” ― Sophie Marchal, fille d’une victime.',
    'fr',
  );
  assert.equal(quoteWith(doc, 'Nous voulons la vérité').speaker.name, 'Sophie Marchal');
});

test("a verbless headline after a source's tag quotes the tag's words", () => {
  const doc = analyzeText(
    'Minister: talks with Ottawa “back on track” after tariff row\n\nTrade Minister Clara Voss spoke on Thursday.',
    'en',
  );
  const q = byCue(doc, ':');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.content.text, 'talks with Ottawa “back on track” after tariff row');
});

test('a digest line names its source between a dash and the colon', () => {
  const doc = analyzeText(
    'Freight volumes fell again in March - Lotte Brandt: “The slowdown has reached the inland ports, and the barges are leaving half empty.”',
    'en',
  );
  assert.equal(quoteWith(doc, 'The slowdown').speaker.name, 'Lotte Brandt');
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

test("the outlet's own label before a colon tags no speaker", () => {
  const doc = analyzeText(
    'The council approved the budget on Monday.\nEditor’s note: An earlier version of this article misstated the date of the vote.\nCORRECTION: The mayor was elected in 2019, not 2018.',
    'en',
  );
  assert.deepEqual(
    (doc.quotes ?? []).map((q) => q.content.text),
    [],
  );
});

test('a paragraph ending on "X added:" introduces the next, unmarked paragraph as X\'s words', () => {
  const doc = analyzeText(
    'The harbour board met on Monday to settle the budget. The chairman added:\n\nWe cannot keep the old cranes running for another decade. Everyone in this room knows it.\n\nDockers were not convinced.',
    'en',
  );
  const block = quoteWith(doc, 'old cranes');
  assert.equal(block.cue?.text, 'added');
  assert.equal(block.speaker.name, 'The chairman');
  assert.equal(
    block.content.text,
    'We cannot keep the old cranes running for another decade. Everyone in this room knows it',
  );
  // A verb in a relative clause before the colon introduces nobody's words.
  const list = analyzeText(
    'Here are the stories people will be talking about:\n\nThe harbour board settles its budget.',
    'en',
  );
  assert.equal(
    (list.quotes ?? []).some((q) => q.content.text.includes('settles its budget')),
    false,
  );
});
