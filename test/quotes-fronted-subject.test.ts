/**
 * A pronoun speaker after a sentence whose subject follows a fronted place: the parser may hang
 * that subject on the place, and the speaker of the attribution before must not win.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './helpers.js';

test('« … », a-t-il déclaré: the named subject after a fronted place, not the previous speaker', () => {
  const text =
    "« Nous restons prêts à discuter », a affirmé la ministre norlandaise, Mme Ilse Varga.\n\nÀ Vaduz, le porte-parole du ministère estérien de la Défense, M. Karel Brandt, a opposé un démenti formel. « Il n'y a pas eu de réunion », a-t-il déclaré lors de son point de presse.";
  const quotes = analyzeText(text, 'fr').quotes ?? [];
  const denial = quotes.find((q) => q.content.text.startsWith("Il n'y a pas"));
  assert.ok(denial, 'no quote for the denial');
  assert.equal(denial.speaker.name, 'Karel Brandt');
});
