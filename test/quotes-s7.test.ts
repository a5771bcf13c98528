/**
 * Attribution rules of session 7 (issue #5, English recall and speakers): one original
 * sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { findQuotedSpans } from '../src/quotes/index.js';
import type { Quote } from '../src/quotes/index.js';
import { speechLexicon } from '../src/quotes/lexicon.js';
import { splitParagraphs } from '../src/segment/segment.js';
import { analyzeText, quotesOf, quoteWith } from './helpers.js';

const cues = (doc: Doc) => quotesOf(doc).map((q) => q.cue?.text ?? null);
const byCue = (doc: Doc, cue: string): Quote => {
  const q = quotesOf(doc).find((x) => x.cue?.text === cue);
  assert.ok(q, `no quote with cue "${cue}" in ${JSON.stringify(cues(doc))}`);
  return q;
};
const pieces = (text: string, lang = 'en') =>
  findQuotedSpans(text, splitParagraphs(text), speechLexicon(lang)!).map((q) =>
    text.slice(q.start, q.end),
  );

test('a ” opening a line with nothing open opens a quotation (”…” typography, a mistyped “)', () => {
  assert.deepEqual(pieces('”The ferry leaves at noon,” the captain said.'), [
    'The ferry leaves at noon,',
  ]);
  // Still a closing mark when a quotation is open.
  assert.deepEqual(pieces('“We wait here ” for now.'), ['We wait here']);
});

test('a signature after the closing mark may end its line inside a paragraph', () => {
  const doc = analyzeText(
    'Readers wrote to us.\n\n“The bus never comes on time.” ― Ellen Marsh\n“We pay for a service we do not get.” ― Tomas Okafor',
    'en',
  );
  assert.equal(quoteWith(doc, 'The bus never comes').speaker.name, 'Ellen Marsh');
  assert.equal(quoteWith(doc, 'We pay for a service').speaker.name, 'Tomas Okafor');
});

test('a straight single quotation at depth 0 is found, possessives and elisions are not', () => {
  assert.deepEqual(pieces("'We will rebuild the pier': mayor vows after the storm"), [
    'We will rebuild the pier',
  ]);
  assert.deepEqual(pieces("'Too little, too late' while the river rises"), [
    'Too little, too late',
  ]);
  assert.deepEqual(pieces("The growers' union met in the '90s hall."), []);
  // A line quoted whole is a subhead.
  assert.deepEqual(pieces("The vote is close.\n\n'No Easy Answers.'\n\nThe count goes on."), []);
  const doc = analyzeText(
    "'The pier will be rebuilt': Marta Quinn.\n\nMarta Quinn spoke to fishermen on Tuesday.",
    'en',
  );
  assert.equal(quoteWith(doc, 'The pier will be rebuilt').speaker.name, 'Marta Quinn');
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

test('promising money is an act; promising a thing or to act is speech', () => {
  const doc = analyzeText('The region promised 20 million euros to the growers.', 'en');
  assert.deepEqual(cues(doc), []);
  const speech = analyzeText('The candidate promised a new bridge and vowed to cut fares.', 'en');
  assert.equal(byCue(speech, 'promised').content.text, 'a new bridge');
});

test('a participle of saying read as an adjective still takes its infinitive', () => {
  const doc = analyzeText('The governor is promising to reopen the two rural clinics.', 'en');
  const q = byCue(doc, 'promising');
  assert.equal(q.content.text, 'reopen the two rural clinics');
  assert.equal(q.speaker.name, 'The governor');
});

test('such a participle after a comma speaks for the subject, not the object', () => {
  const doc = analyzeText(
    'Senator Alma Ruiz revised her budget plan, promising to shift more money to rural schools.',
    'en',
  );
  assert.equal(byCue(doc, 'promising').speaker.name, 'Alma Ruiz');
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

test('a conjunct the parser hung on the verb goes on with the content', () => {
  const quoted = analyzeText(
    'Harmon said he had received offers for the land, but “the offers came from people I did not trust.”',
    'en',
  );
  assert.match(byCue(quoted, 'said').content.text, /offers came from people I did not trust/);
  // Another verb of saying after the content is its own relation.
  const other = analyzeText(
    'The mayor joked that Brooklyn was her answer, but went on to say, “There are places we must fix.”',
    'en',
  );
  assert.equal(byCue(other, 'joked').content.text, 'Brooklyn was her answer');
});

test('a content runs to the predicate the parser made the verb a parenthetical of', () => {
  const doc = analyzeText(
    'Teachers said they fear Ruiz and Republican leaders in Albany will make a deal with the unions.',
    'en',
  );
  assert.match(byCue(doc, 'said').content.text, /will make a deal with the unions$/);
});

test("a quotation inside the same speaker's content is not the next participle's", () => {
  const doc = analyzeText(
    'Ruiz told Newsmax that Mitt Hendry “had a crazy policy of tolls which was maniacal,” adding, “He lost all of the rural vote.”',
    'en',
  );
  const adding = quotesOf(doc).filter((q) => q.cue?.text === 'adding');
  assert.deepEqual(
    adding.map((q) => q.content.text),
    ['He lost all of the rural vote.'],
  );
});

test('a quotation resuming in lowercase after an incise and an aside is the same utterance', () => {
  const doc = analyzeText(
    '“Every time you cut the route,” Hendry said, referring to the bus line, “you push more cars onto the bridge.”',
    'en',
  );
  const q = quoteWith(doc, 'you push more cars');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speaker.name, 'Hendry');
});

test('a clause the parser cut in two glued pieces is one content', () => {
  const doc = analyzeText(
    'Lena Ortiz, an analyst at the Harbor Institute, said she thinks the port authority has stayed intentionally vague on the details.',
    'en',
  );
  assert.match(
    byCue(doc, 'said').content.text,
    /^she thinks the port authority has stayed intentionally vague/,
  );
});

test('according to, opening a sentence: the clause may run past the phrase the parser gave the source', () => {
  const doc = analyzeText(
    'According to early counts of ballots collected for the county clerk and two observers, nearly half of the voters in Ashby and Brill were first-timers.',
    'en',
  );
  const q = byCue(doc, 'According to');
  assert.match(q.content.text, /^nearly half of the voters/);
});

test("a gerund opening the clause is its subject, not the verb's complement", () => {
  const doc = analyzeText(
    'Hendry says losing the election has taught him to listen to people.',
    'en',
  );
  assert.equal(
    byCue(doc, 'says').content.text,
    'losing the election has taught him to listen to people',
  );
});

test('a signature may carry an apposition to the end of its line', () => {
  const doc = analyzeText(
    'Le procès reprend.\n\n”Nous voulons la vérité” ― Sophie Marchal, fille d’une victime.',
    'fr',
  );
  assert.equal(quoteWith(doc, 'Nous voulons la vérité').speaker.name, 'Sophie Marchal');
});

test('a quotation open at a line end that the next line reopens ends with its line', () => {
  assert.deepEqual(
    pieces(
      'Riders met on Monday.\n\n“The fares went up,” Ortiz said. “Nobody asked us.\n“We will keep protesting,” she said.',
    ),
    ['The fares went up,', 'Nobody asked us.', 'We will keep protesting,'],
  );
});

test('as + a cue with its own prepositional complement is no conformity clause', () => {
  const doc = analyzeText(
    'The bishop visited the mill, as he called for greater protection of workers in the valley.',
    'en',
  );
  assert.match(byCue(doc, 'called for').content.text, /^greater protection of workers/);
});

test('a clause a gerund subject opens is the content of the incise after it', () => {
  const doc = analyzeText(
    'Seeing his father suffering led him to avoid ever borrowing money or cards, he said.',
    'en',
  );
  assert.equal(
    byCue(doc, 'said').content.text,
    'Seeing his father suffering led him to avoid ever borrowing money or cards',
  );
});

test('an incise whose pronoun subject precedes it may end with prepositional adjuncts', () => {
  const doc = analyzeText(
    'Farmers had “paid the highest price” yet in the long drought, she said in a radio message to the growers.',
    'en',
  );
  assert.match(byCue(doc, 'said').content.text, /^Farmers had “paid the highest price”/);
});

test('a participle with its own subject before an incise is a mistagged finite verb', () => {
  const doc = analyzeText(
    'In all, thieves stripped 14 trucks, including those of two contractors, and 9 vans, the police report said.',
    'en',
  );
  assert.match(byCue(doc, 'said').content.text, /thieves stripped 14 trucks/);
});

test("a verbless phrase after an inverted speaker's comma is its apposition, not a second part", () => {
  const doc = analyzeText(
    'Reaching a deal before the vote would require concessions neither side can afford, said Jonas Birk, an economist at the Nordhaven Institute.',
    'en',
  );
  const q = byCue(doc, 'said');
  assert.equal(
    q.content.text,
    'Reaching a deal before the vote would require concessions neither side can afford',
  );
  assert.equal(q.parts, undefined);
});

test("according to a source's phrase with a participle the parser made the verb", () => {
  const doc = analyzeText(
    'According to customs figures published last month, exports of steel to Canada fell by a fifth.',
    'en',
  );
  const q = byCue(doc, 'According to');
  assert.equal(q.content.text, 'exports of steel to Canada fell by a fifth');
  assert.equal(q.speaker.name, 'customs figures');
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
