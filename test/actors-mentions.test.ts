/**
 * Actor mentions: which phrases are actors, where a mention starts and ends, and which mentions
 * are one actor (short forms, acronyms, appositions, plural groups, headline roles).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsOf, analyzeText, holding } from './helpers.js';

test('a role word hung on a country the parser made a modifier of a date heads its nominal', () => {
  const entities = actorsOf(
    'A senior U.K. official yesterday welcomed the new rules on fishing.',
    'en',
  );
  const official = holding(entities, 'senior U.K. official');
  assert.deepEqual([official.role, official.country], ['official', 'GBR']);
});

test("a person's name in a treaty's or a law's phrase names the document, not an actor", () => {
  const treaty = analyzeText(
    'Moscou a suspendu sa participation au traité de désarmement nucléaire New Start en février.',
    'fr',
  );
  const mention = treaty.mentions!.find((m) => treaty.text.slice(m.start, m.end) === 'New Start');
  assert.equal(mention?.label, 'MISC');
  assert.ok(treaty.entities!.every((e) => e.name !== 'New Start'));
  const law = analyzeText('Le Parlement a adopté la loi Evin en 1991.', 'fr');
  assert.ok(law.entities!.every((e) => e.name !== 'Evin'));
  // an organisation before a document's noun may own it
  const owned = analyzeText(
    'Under the Secret Service protocol, the senator was driven away.',
    'en',
  );
  assert.ok(owned.mentions!.some((m) => m.label === 'ORG'));
});
