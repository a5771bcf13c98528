// The narrator's incise inside a quotation's marks and dialogue turns on their own lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuotedSpans } from '../src/quotes/index.js';
import { speechLexicon } from '../src/quotes/lexicon.js';
import { splitParagraphs } from '../src/segment/segment.js';
import { analyzeText, quoteWith } from './helpers.js';

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
