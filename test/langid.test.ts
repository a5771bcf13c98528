import assert from 'node:assert/strict';
import { test } from 'node:test';
import { identifyLanguage } from '../src/langid.js';

test('a short text keeps the language its source declares', () => {
  const layer = identifyLanguage('Blinken and Lavrov met in New Delhi on Thursday.', 'en');
  assert.deepEqual([layer.code, layer.source], ['en', 'metadata']);
});

test('a text clearly in another language overrides the declared one', () => {
  const text =
    'Le ministre des Affaires étrangères a rencontré jeudi son homologue à Paris, où les deux hommes ont évoqué la situation au Proche-Orient et la préparation du prochain sommet.';
  const layer = identifyLanguage(text, 'en');
  assert.deepEqual([layer.code, layer.source], ['fr', 'detected']);
});
