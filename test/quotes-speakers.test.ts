/**
 * Speakers the text names only through a pronoun or a partitive (session 9): one original
 * sentence per rule, each failing without it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, quoteWith } from './helpers.js';

const speakerOf = (text: string, lang: string, fragment: string): string =>
  quoteWith(analyzeText(text, lang), fragment).speaker.name;

test('a pronoun speaker is the person who became the subject since the last quotation', () => {
  const text =
    '« Le projet est mort », a déclaré la maire, Claire Dumas. Le préfet Jean Roux a reçu les ' +
    'élus lundi. « Rien n’est décidé », a-t-il assuré.';
  assert.equal(speakerOf(text, 'fr', 'Rien'), 'Jean Roux');
  assert.equal(speakerOf(text, 'fr', 'Le projet'), 'Claire Dumas');
});

test('a person named since the last quotation as an object leaves the pronoun to the speaker', () => {
  const text =
    '« Nous irons jusqu’au bout », a lancé le syndicaliste Paul Morel. Il a ensuite rencontré ' +
    'la ministre Anne Vidal. « Elle ne nous a rien promis », a-t-il regretté.';
  assert.equal(speakerOf(text, 'fr', 'Elle ne nous'), 'Paul Morel');
});

test('"One of the officials" is a partitive speaker, not the impersonal "one"', () => {
  assert.equal(
    speakerOf('One of the engineers said the pumps had failed twice.', 'en', 'pumps'),
    'One of the engineers',
  );
  assert.equal(
    speakerOf('One could argue that the pumps had failed twice.', 'en', 'pumps'),
    'unknown',
  );
});
