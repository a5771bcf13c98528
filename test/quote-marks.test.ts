/**
 * Quotation marks: which marks open and close a quotation (curly, straight, doubled, guillemets),
 * the narrator's incise inside them and dialogue turns on their own lines.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findQuotedSpans } from '../src/quotes/index.js';
import { speechLexicon } from '../src/quotes/lexicon.js';
import { splitParagraphs } from '../src/segment/segment.js';
import { analyzeText, quoteWith, speakerMention as mention } from './helpers.js';

const pieces = (text: string, lang = 'fr') =>
  findQuotedSpans(text, splitParagraphs(text), speechLexicon(lang)!).map((q) =>
    text.slice(q.start, q.end),
  );

test('an incise inside guillemets cuts the quotation in two pieces, the incise in neither', () => {
  assert.deepEqual(
    pieces('« Nous ne céderons pas, a déclaré le ministre, car la loi est claire. »'),
    ['Nous ne céderons pas', 'car la loi est claire.'],
  );
  // Inverted clitic, object clitic before an auxiliary, an incise ended by a full stop.
  assert.deepEqual(pieces('« Le texte est prêt, nous a-t-elle confié. Il sera voté. »'), [
    'Le texte est prêt',
    'Il sera voté.',
  ]);
  // The name in apposition belongs to the incise; "M." ends no incise.
  assert.deepEqual(
    pieces('« Rien ne bouge, a estimé le préfet, Paul Martin, et tout le monde attend. »'),
    ['Rien ne bouge', 'et tout le monde attend.'],
  );
  assert.deepEqual(pieces('« Rien ne bouge, a estimé M. Martin. Tout le monde attend. »'), [
    'Rien ne bouge',
    'Tout le monde attend.',
  ]);
  // The speaker's own verb after a comma is no incise: its subject stands before it.
  assert.deepEqual(pieces('« Oui, il dit la vérité », a jugé le tribunal.'), [
    'Oui, il dit la vérité',
  ]);
});

test('English sets its incises outside the marks: a verb after a comma inside them is content', () => {
  assert.deepEqual(pieces('"We called the banks, asked for more time, and waited."', 'en'), [
    'We called the banks, asked for more time, and waited.',
  ]);
});

test('both pieces of an interrupted quotation go to the incise speaker', () => {
  const doc = analyzeText(
    '« Nous ne céderons pas, a déclaré le ministre de la Justice, car la loi est claire. »',
    'fr',
  );
  for (const fragment of ['Nous ne céderons pas', 'car la loi']) {
    const q = quoteWith(doc, fragment);
    assert.equal(q.kind, 'direct');
    assert.match(q.speaker.name, /ministre de la Justice/);
    assert.doesNotMatch(q.content.text, /déclaré/);
  }
});

test('a dialogue dash opening a line inside a paragraph opens a turn that ends with its line', () => {
  const text = 'Il entra sans frapper.\n— Vous êtes en retard.\n— Je sais.\n\nLa porte claqua.';
  assert.deepEqual(pieces(text), ['Vous êtes en retard.', 'Je sais.']);
});

test('a turn resumes after an incise that ends with a full stop', () => {
  assert.deepEqual(pieces('— Vous pouvez parler, répondit le maire. Il entend mal.'), [
    'Vous pouvez parler',
    'Il entend mal.',
  ]);
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

describe('quoted spans of English text', () => {
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

  test('a straight single quotation at depth 0 is found, possessives and elisions are not', () => {
    assert.deepEqual(pieces("'We will rebuild the pier': mayor vows after the storm"), [
      'We will rebuild the pier',
    ]);
    assert.deepEqual(pieces("'Too little, too late' while the river rises"), [
      'Too little, too late',
    ]);
    assert.deepEqual(pieces("The growers' union met in the '90s hall."), []);
    // A line quoted whole is a subhead, unless it reads as speech (long, in sentence case).
    assert.deepEqual(pieces("The vote is close.\n\n'No Easy Answers.'\n\nThe count goes on."), []);
    assert.deepEqual(
      pieces(
        "The vote is close.\n\n'I don't know yet. We'd need a recount, and that takes a week.'",
      ),
      ["I don't know yet. We'd need a recount, and that takes a week."],
    );
    const doc = analyzeText(
      "'The pier will be rebuilt': Marta Quinn.\n\nMarta Quinn spoke to fishermen on Tuesday.",
      'en',
    );
    assert.equal(quoteWith(doc, 'The pier will be rebuilt').speaker.name, 'Marta Quinn');
  });

  test('a quotation open at a line end that the next line reopens ends with its line', () => {
    assert.deepEqual(
      pieces(
        'Riders met on Monday.\n\n“The fares went up,” Ortiz said. “Nobody asked us.\n“We will keep protesting,” she said.',
      ),
      ['The fares went up,', 'Nobody asked us.', 'We will keep protesting,'],
    );
  });
});
