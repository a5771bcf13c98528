/**
 * Attribution recall and speakers (issue #5, session 14): one original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../src/quotes/types.js';
import { analyzeText } from './helpers.js';

const byContent = (quotes: Quote[] | undefined, words: string): Quote => {
  const found = (quotes ?? []).find((q) => q.content.text.includes(words));
  assert.ok(found, `no quote with "${words}"`);
  return found;
};
const speakerName = (q: Quote): string => q.speaker.name;
const chainNames = (q: Quote): string[] => q.sources.slice(1).map((s) => s.name);

test('"the same official", "ce même responsable": the earlier speaker of that role, not the last one', () => {
  const en = analyzeText(
    'A senior harbour official said on Monday that the cranes had been idle for a week. Transport Minister Ada Brandt said the port would reopen soon. The same official added that no date had been set.',
    'en',
  );
  assert.equal(
    speakerName(byContent(en.quotes, 'no date had been set')),
    'A senior harbour official',
  );
  const fr = analyzeText(
    "Un responsable portuaire a déclaré lundi que les grues étaient à l'arrêt. La ministre Ada Brandt a assuré que le port rouvrirait bientôt. « Aucune date n'est fixée », a ajouté ce même responsable portuaire.",
    'fr',
  );
  assert.equal(speakerName(byContent(fr.quotes, 'Aucune date')), 'Un responsable portuaire');
});

test('a demonstrative role noun takes the last earlier mention of its noun, else its own description', () => {
  const mentioned = analyzeText(
    'The inspection was led by an engineer from the coastal authority and two divers. This engineer said the hull was sound.',
    'en',
  );
  assert.equal(
    speakerName(byContent(mentioned.quotes, 'hull was sound')),
    'an engineer from the coastal authority',
  );
  // No official before: the description, never the person of another role named before.
  const unmentioned = analyzeText(
    'Mayor Ada Brandt visited the dock on Monday. This official said the hull was sound.',
    'en',
  );
  const q = byContent(unmentioned.quotes, 'hull was sound');
  assert.equal(speakerName(q), 'This official');
  assert.ok('anonymous' in q.speaker && q.speaker.anonymous);
});

test('"one of the officials" is one of the group a source named before, with its chain', () => {
  const doc = analyzeText(
    'The ferry company will cut its winter timetable, the Harbour Gazette reported on Friday, citing two officials involved in the talks. One of the officials said the cuts would start in November.',
    'en',
  );
  const q = byContent(doc.quotes, 'cuts would start');
  assert.deepEqual(chainNames(q), ['Harbour Gazette', 'two officials']);
  // "One in four" is a share, not one of a group named before.
  const share = analyzeText(
    'Two officials spoke at the meeting. One in four officials said the cuts would start in November.',
    'en',
  );
  assert.notEqual(speakerName(byContent(share.quotes, 'cuts would start')), 'Two officials');
});

test('"the newspaper" is the outlet named last before it; not when another body is named since', () => {
  const doc = analyzeText(
    'The ferry company will cut its winter timetable, the Harbour Gazette reported on Friday. According to the newspaper, the cuts would start in November.',
    'en',
  );
  assert.equal(speakerName(byContent(doc.quotes, 'cuts would start')), 'Harbour Gazette');
  const other = analyzeText(
    'The ferry company will cut its winter timetable, the Harbour Gazette reported on Friday, quoting the Congressional Budget Office. The agency said the cuts would start in November.',
    'en',
  );
  assert.notEqual(speakerName(byContent(other.quotes, 'cuts would start')), 'Harbour Gazette');
});

test('"said yes" after a pollster\'s quoted question answers it: the question is not the respondents\' words', () => {
  const doc = analyzeText(
    'Asked whether the harbour board “can be trusted with the new budget,” 58 percent of dockers said yes. Another 30 percent said no.',
    'en',
  );
  const answers = (doc.quotes ?? []).filter((q) => /percent/.test(q.speaker.name));
  assert.deepEqual(
    answers.map((q) => q.content.text),
    ['yes', 'no'],
  );
});

test('a paragraph ending on "X added:" introduces the next, unmarked paragraph as X\'s words', () => {
  const doc = analyzeText(
    'The harbour board met on Monday to settle the budget. The chairman added:\n\nWe cannot keep the old cranes running for another decade. Everyone in this room knows it.\n\nDockers were not convinced.',
    'en',
  );
  const block = byContent(doc.quotes, 'old cranes');
  assert.equal(block.cue?.text, 'added');
  assert.equal(speakerName(block), 'The chairman');
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
