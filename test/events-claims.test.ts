/**
 * What an event tells: one act told twice or two acts, who only reports an act and takes no part
 * in it, its content and its date.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Event } from '../src/events/types.js';
import {
  analyzeText,
  eventTold,
  participantTexts as texts,
  eventDetails as events,
  eventModes,
  eventPhrases,
} from './helpers.js';

const run = analyzeText;

const told = eventTold;

const names = (list: Event['actors']) => list.map((p) => p.name);

test('the same name of the same country is one party of an event told twice', () => {
  const doc = run(
    'Malian troops kill eight gunmen near Gao\n\nMalian troops killed eight gunmen in an ambush near Gao on Sunday, the army said.',
    'en',
  );
  assert.deepEqual(
    told(doc, 'killed').actors.map((p) => p.name),
    ['Malian troops'],
  );
});

test('an indefinite act noun in another paragraph is another act, not a recall', () => {
  const doc = run(
    'The mediators urged both unions to settle the pay dispute before the holidays.\n\n' +
      'Spain, which walked out of a fishing agreement last spring, has repeatedly seized trawlers.',
    'en',
  );
  assert.notEqual(told(doc, 'agreement'), told(doc, 'settle'));
});

test('who reports an act through a light verb did not do it (`reportNouns`: faire état de)', () => {
  const doc = run(
    "Des témoignages de réfugiés font état d'exactions commises dans le nord du pays.",
    'fr',
  );
  assert.deepEqual(texts(told(doc, 'exactions').actors), []);
});

test('what is agreed leaves out the setting, the date and the attribution', () => {
  const [en] = events(
    'The two parties agreed on a 60-day truce at talks in Geneva on Monday, according to a diplomat.',
    'en',
  );
  assert.equal(en.content, 'a 60-day truce');
  const [duration] = events(
    'Les deux camps ont conclu une trêve de deux mois, selon des diplomates cités par Reuters.',
    'fr',
  );
  assert.equal(duration.content, 'une trêve de deux mois');
  const [attributed] = events(
    'Les deux camps auraient signé jeudi à Lomé un accord de paix, selon des diplomates.',
    'fr',
  );
  assert.equal(attributed.content, 'un accord de paix');
  // An attribution the parser hung on a noun deep inside what is asked.
  const [asked] = events(
    "Elle aurait exhorté son homologue à « ne pas laisser pourrir » le différend né de la fermeture du port en mars dernier, selon ce diplomate cité par l'agence.",
    'fr',
  );
  assert.match(asked.content ?? '', /mars dernier$/);
});

test('a clause on an event noun dates it: a truce broken years ago is no current one', () => {
  const [fr] = events(
    'Le médiateur a évoqué la trêve rompue il y a trois ans au bout d’un mois.',
    'fr',
  );
  assert.deepEqual([fr.type, fr.modality, fr.date], ['RETREAT', 'background', '2021']);
  const [en] = events('The mediator recalled the truce that collapsed three years ago.', 'en');
  assert.deepEqual([en.type, en.modality, en.date], ['RETREAT', 'background', '2021']);
});

test('what a speaker declined to say is told by the outlet, not claimed by that speaker', () => {
  const doc = analyzeText(
    'The harbour master declined to say whether the strike at the container terminal had ended.',
    'en',
  );
  const strike = (doc.events ?? []).find((e) => e.claims.some((c) => c.trigger.text === 'strike'));
  assert.ok(strike, 'no strike event');
  assert.deepEqual(
    strike.claims.map((c) => c.speaker?.name ?? null),
    [null],
  );
});

test('a pronoun subject of what a speaker reports is the speaker, not an earlier name', () => {
  const doc = run(
    'District Judge Paul Novak wrote in his ruling that the rule was unlawful. ' +
      "The state's attorney general, Tom Hale, said he would appeal to the supreme court.",
    'en',
  );
  assert.deepEqual(names(told(doc, 'appeal').actors), ['Tom Hale']);
});

describe('events with their participants’ phrases', () => {
  const told = eventPhrases;

  test('a frame noun heading an adverbial dates a clause by an act that took place', () => {
    const types = (text: string) => told(text, 'fr').map((e) => e.type);
    // Read as two obliques of the verb.
    assert.deepEqual(types('Les ministres ont signé le texte au terme des négociations.'), [
      'CONSULT',
    ]);
    // "fin" among the frame nouns.
    assert.ok(
      types('Les deux camps ont libéré des prisonniers à la fin des pourparlers de Doha.').includes(
        'CONSULT',
      ),
    );
  });
});

describe('events with their mode and participants’ countries', () => {
  const events = eventModes;

  test('sources after a comma who only report an act take no part in it', () => {
    const text =
      'Rebels of the Dawn Front released nine aid workers on Monday, a week after they were seized near a dam, the group and a charity said.';
    const release = events(text, 'en').find((e) => e.type === 'RETREAT');
    assert.ok(release);
    assert.deepEqual(
      release.recipients.map((p) => p.text),
      ['nine aid workers'],
    );
  });

  test('who reports acts does not commit them; an agent after conjoined acts is each one’s', () => {
    const found = events(
      'Des témoignages d’habitants font état d’exactions, viols, et pillages par des miliciens.',
      'fr',
    );
    const looting = found.find((e) => e.triggers.includes('pillages'));
    assert.ok(looting);
    assert.deepEqual(
      looting.actors.map((p) => p.text),
      ['des miliciens'],
    );
  });
});

test('an act framed by another ("on the sidelines of a summit held in Geneva") takes place where it does', () => {
  const place = (text: string, lang: string, trigger: string) =>
    eventTold(run(text, lang), trigger).place?.name ?? null;
  assert.equal(
    place(
      'The Peruvian and Moroccan ministers met on the sidelines of a water summit held in Geneva.',
      'en',
      'met',
    ),
    'Geneva',
  );
  assert.equal(
    place(
      "Les ministres péruvien et marocain se sont rencontrés mardi en marge d'un sommet sur l'eau réuni à Genève.",
      'fr',
      'rencontrés',
    ),
    'Geneva',
  );
});
