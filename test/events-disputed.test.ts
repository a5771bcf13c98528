/**
 * One act, two accounts: a later "there was no meeting" that names no party disputes the
 * meeting already told instead of standing as a second event; a denial that names other
 * parties or another day stays apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './helpers.js';

const consults = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? [])
    .filter((e) => e.type === 'CONSULT')
    .map((e) => ({
      triggers: e.claims.map((c) => c.trigger.text),
      polarity: e.polarity,
      disputed: e.disputed,
    }));

test('a bare denial in the next sentence disputes the meeting told before it', () => {
  const text =
    'The trade ministers of Norland and Esteria met on Monday in Oslo, a Norlandic diplomat said. Esteria said no meeting had taken place.';
  assert.deepEqual(consults(text, 'en'), [
    { triggers: ['met', 'meeting'], polarity: 'positive', disputed: true },
  ]);
});

test('French: « il n’y a pas eu de rencontre » disputes the meeting of the paragraph before', () => {
  const text =
    'Le ministre norlandais a rencontré lundi à Oslo son homologue estérien, selon un diplomate.\n\n« Il n’y a pas eu de rencontre », a démenti le porte-parole du gouvernement estérien.';
  assert.deepEqual(consults(text, 'fr'), [
    { triggers: ['rencontré', 'rencontre'], polarity: 'positive', disputed: true },
  ]);
});

test('a denial of another day or with other parties is another event', () => {
  for (const denial of [
    'There was no meeting on Friday.',
    'There was no meeting with the Ruritanian delegation.',
  ]) {
    const text = `The trade ministers of Norland and Esteria met on Monday in Oslo. ${denial}`;
    assert.deepEqual(consults(text, 'en'), [
      { triggers: ['met'], polarity: 'positive', disputed: false },
      { triggers: ['meeting'], polarity: 'negative', disputed: false },
    ]);
  }
});
