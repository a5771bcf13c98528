/**
 * One act, two accounts: a later "there was no meeting" that names no party disputes the
 * meeting already told instead of standing as a second event; a denial that names other
 * parties or another day stays apart.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, eventTold } from './helpers.js';

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

const claimsOf = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? [])
    .filter((e) => e.type === 'CONSULT')
    .map((e) => ({
      claims: e.claims.map((c) => `${c.trigger.text}: ${c.status} by ${c.speaker?.name}`),
      disputed: e.disputed,
    }));

test('who denies an act just told ("denies any meeting") disputes it: no second, negated event', () => {
  assert.deepEqual(
    claimsOf(
      'The foreign ministers of Peru and Morocco met in Lisbon, Lima said, but Rabat denied any meeting.',
      'en',
    ),
    [{ claims: ['met: reported by Lima', 'meeting: denied by Morocco'], disputed: true }],
  );
  assert.deepEqual(
    claimsOf(
      'Les ministres des Affaires étrangères du Pérou et du Maroc se sont entretenus à Lisbonne, affirme Lima, mais Rabat dément toute rencontre.',
      'fr',
    ),
    [{ claims: ['entretenus: reported by Lima', 'rencontre: denied by Maroc'], disputed: true }],
  );
});

test('an act told again by another source in the paragraph, its parties of the same countries, is one event', () => {
  const first = 'The Peruvian and Moroccan foreign ministers met in Lisbon, Lima said.';
  const again =
    'A Peruvian official told Reuters that the Peruvian minister and her Moroccan counterpart had met for an hour.';
  assert.deepEqual(claimsOf(`${first} ${again}`, 'en'), [
    {
      claims: ['met: reported by Lima', 'met: reported by A Peruvian official'],
      disputed: false,
    },
  ]);
  // In another paragraph, or between other countries, it may be another meeting.
  assert.equal(claimsOf(`${first}\n\n${again}`, 'en').length, 2);
  assert.equal(claimsOf(`${first} ${again.replace('Moroccan', 'Chilean')}`, 'en').length, 2);
});

test("a meeting told by the parties' functions is the one meeting told elsewhere by their names", () => {
  const described =
    'The defence ministers of India and Japan held talks on naval cooperation, diplomats said.';
  const named =
    'Japanese Defence Minister Kenji Sato met his Indian counterpart Arjun Mehta in Tokyo on Tuesday, his office said.';
  const meetings = (text: string, lang: string) =>
    (analyzeText(text, lang).events ?? [])
      .filter((e) => e.type === 'CONSULT')
      .map((e) => ({
        claims: e.claims.map((c) => c.trigger.text),
        parties: [...e.actors, ...e.recipients].map((p) => p.name),
      }));
  assert.deepEqual(meetings(`${described}\n\n${named}`, 'en'), [
    { claims: ['talks', 'met'], parties: ['Kenji Sato', 'Arjun Mehta'] },
  ]);
  assert.deepEqual(
    meetings(
      "Les ministres de la Défense de l'Inde et du Japon ont discuté de coopération navale, selon des diplomates.\n\nLe ministre japonais de la Défense, Kenji Sato, a rencontré mardi à Tokyo son homologue indien Arjun Mehta, a indiqué son cabinet.",
      'fr',
    ),
    [{ claims: ['discuté', 'rencontré'], parties: ['Kenji Sato', 'Arjun Mehta'] }],
  );
  // Two meetings of the two named ministers: the functions may tell either.
  const twice = `${described}\n\n${named}\n\nOn Thursday, Mehta met Sato again in Osaka, officials said.`;
  assert.equal(meetings(twice, 'en').length, 3);
});

test('"there was no agreement" denies the agreement told before it: it refuses nothing', () => {
  const doc = analyzeText(
    'The Peruvian and Moroccan negotiators agreed on a truce, a diplomat said. "There was no agreement," a Moroccan spokeswoman said.',
    'en',
  );
  assert.deepEqual(
    (doc.events ?? []).map((e) => ({
      type: e.type,
      claims: e.claims.map((c) => `${c.trigger.text}: ${c.status}`),
      disputed: e.disputed,
    })),
    [{ type: 'AGREE', claims: ['agreed: reported', 'agreement: denied'], disputed: true }],
  );
});

test('what a verb of denial denies, as the quote layer found it, is denied where the parse gives no path', () => {
  const denied =
    'Morocco disputed a Peruvian statement announcing an "agreement in principle" on quotas.';
  const agreement = eventTold(analyzeText(denied, 'en'), 'agreement');
  // Disputing a statement refuses nothing: the agreement is denied, no REJECT.
  assert.deepEqual([agreement.type, agreement.polarity], ['AGREE', 'negative']);
  // An indefinite act noun only the speaker's denial denies, in another paragraph, is another act.
  const other = analyzeText(
    `Peru and Morocco reached an agreement on gas prices, a diplomat said.\n\n${denied}`,
    'en',
  );
  assert.equal(eventTold(other, 'agreement').claims.length, 1);
  // Not an act in a modifier of what is denied.
  const modifier = analyzeText(
    'The minister denied having met the rebel commander who attacked the convoy.',
    'en',
  );
  assert.equal(eventTold(modifier, 'met').polarity, 'negative');
  assert.equal(eventTold(modifier, 'attacked').polarity, 'positive');
});

test('"denied that any deal had been reached": the verb the act noun is the object of selects its sense, and the denial disputes the agreement', () => {
  const doc = analyzeText(
    'Peruvian and Moroccan negotiators agreed on a truce in Lisbon, a diplomat said, but Rabat denied that any deal had been reached.',
    'en',
  );
  assert.deepEqual(
    (doc.events ?? [])
      .filter((e) => e.type === 'AGREE')
      .map((e) => ({
        claims: e.claims.map((c) => `${c.trigger.text}: ${c.status}`),
        disputed: e.disputed,
      })),
    [{ claims: ['agreed: reported', 'deal: denied'], disputed: true }],
  );
});
