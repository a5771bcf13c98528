import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { segmenterFor } from '../src/pipeline.js';
import { analyzeText } from './helpers.js';

/** Each dateline as [whole, place, date, agencies], and the sentences after segmentation. */
function datelines(text: string) {
  const doc = segmenterFor('en').segment(text);
  return {
    found: doc.datelines.map((d) => [
      text.slice(d.start, d.end),
      d.places.map((p) => p.text),
      d.date?.text ?? null,
      d.agencies.map((a) => a.text),
    ]),
    sentences: doc.sentences.map((s) => text.slice(s.start, s.end)),
  };
}

describe('datelines', () => {
  test('place, date and agency of a wire dispatch; the first sentence starts after them', () => {
    const r = datelines('OSLO, June 3 (Reuters) - Norway raised its key rate on Thursday.');
    assert.deepEqual(r.found, [['OSLO, June 3 (Reuters) -', ['OSLO'], 'June 3', ['Reuters']]]);
    assert.deepEqual(r.sentences, [
      'OSLO, June 3 (Reuters) -',
      'Norway raised its key rate on Thursday.',
    ]);
  });

  test('house styles: AP double hyphen with a region, French date, two agencies, agency alone, two places', () => {
    assert.deepEqual(datelines('DENVER, Colo. (AP) -- Snow closed the roads.').found, [
      ['DENVER, Colo. (AP) --', ['DENVER'], null, ['AP']],
    ]);
    assert.deepEqual(datelines('Lyon, 12 janvier 2025 (AFP/Reuters) - La ville a voté.').found, [
      ['Lyon, 12 janvier 2025 (AFP/Reuters) -', ['Lyon'], '12 janvier 2025', ['AFP', 'Reuters']],
    ]);
    assert.deepEqual(datelines('(Reuters) - Shares fell on Monday.').found, [
      ['(Reuters) -', [], null, ['Reuters']],
    ]);
    assert.deepEqual(datelines('RIO DE JANEIRO — Rain flooded the port.').found, [
      ['RIO DE JANEIRO —', ['RIO DE JANEIRO'], null, []],
    ]);
    assert.deepEqual(datelines('OSLO/STOCKHOLM, June 3 (Reuters) - Both banks held.').found, [
      ['OSLO/STOCKHOLM, June 3 (Reuters) -', ['OSLO', 'STOCKHOLM'], 'June 3', ['Reuters']],
    ]);
  });

  test('a dispatch dated but not placed: Dec 29 (Reuters) -, 29 décembre (AFP) -', () => {
    assert.deepEqual(datelines('Dec 29 (Reuters) - Oil prices rose on Friday.').found, [
      ['Dec 29 (Reuters) -', [], 'Dec 29', ['Reuters']],
    ]);
    assert.deepEqual(datelines('29 décembre (AFP) - Le pétrole a monté.').found, [
      ['29 décembre (AFP) -', [], '29 décembre', ['AFP']],
    ]);
    // A date and a dash without an agency stay text.
    assert.deepEqual(datelines('May 14 - The vote is over.').found, []);
  });

  test("a press release's place and date without agency: Paris, le 5 mars 2024 –", () => {
    assert.deepEqual(datelines('Paris, le 5 mars 2024 – La société nomme une directrice.').found, [
      ['Paris, le 5 mars 2024 –', ['Paris'], 'le 5 mars 2024', []],
    ]);
    // A title-case word and a dash without a date stay text.
    assert.deepEqual(datelines('Paris, la nuit – Tout dort.').found, []);
  });

  test('no dateline: a title-case place without agency, a lowercase continuation, mid-paragraph', () => {
    assert.deepEqual(datelines('Lyon - La ville a voté.').found, []);
    assert.deepEqual(datelines('UNESCO - the agency said so.').found, []);
    assert.deepEqual(datelines('Yesterday — nothing moved.').found, []);
    assert.deepEqual(datelines('The vote is over. OSLO (AP) - More later.').found, []);
  });

  test("a dateline's place is a place, never an actor; its agency is a news actor", () => {
    const doc = analyzeText(
      'MADRID (AFP) - Les agriculteurs ont bloqué les routes mardi pour protester contre les prix.',
      'fr',
    );
    assert.deepEqual(
      doc.places?.map((p) => [p.text, p.place.iso3]),
      [['MADRID', 'ESP']],
    );
    assert.ok(!doc.entities?.some((e) => e.mentions.some((m) => m.text === 'MADRID')));
    assert.ok(doc.entities?.some((e) => e.name === 'AFP' && e.type === 'news'));
  });
});

describe('bylines', () => {
  /** Each byline's authors. */
  const authors = (text: string, lang = 'en') =>
    segmenterFor(lang)
      .segment(text)
      .bylines.map((b) => b.authors.map((a) => a.text));

  test('the authors of a byline paragraph; an outlet credited beside them is no author', () => {
    assert.deepEqual(authors('Headline here\n\nBy Ann Lee and Tom Ruiz\n\nText.'), [
      ['Ann Lee', 'Tom Ruiz'],
    ]);
    assert.deepEqual(authors('By MARY PORTER, Associated Press'), [['MARY PORTER']]);
    assert.deepEqual(authors('Par Anne-Sophie Martin et Paul de La Rue, à Lille', 'fr'), [
      ['Anne-Sophie Martin', 'Paul de La Rue'],
    ]);
  });

  test('a sentence opening with the same word is no byline', () => {
    assert.deepEqual(authors('By Friday, the river had risen.'), []);
    assert.deepEqual(authors('By Ann Lee'), [['Ann Lee']]);
    assert.deepEqual(authors('Par avion'), []);
  });

  test("a byline's authors are no actors of the story", () => {
    const doc = analyzeText(
      'By Ann Lee and Tom Ruiz\n\nThe mayor of Leeds resigned on Monday.',
      'en',
    );
    assert.ok(!doc.entities?.some((e) => /Ann Lee|Tom Ruiz/.test(e.name ?? '')));
    assert.deepEqual(
      doc.bylines?.[0].authors.map((a) => a.text),
      ['Ann Lee', 'Tom Ruiz'],
    );
  });
});
