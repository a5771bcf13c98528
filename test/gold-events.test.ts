import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { sourceText } from '../src/eval/sources.js';
import { PLOVER_TYPES, type Modality, type Polarity } from '../src/events/types.js';
import { projectRoot } from '../src/util/paths.js';
import { assertCovers, checkGoldSpan, readJsonLines, sharedData } from './helpers.js';

/**
 * The French event gold set (gold/events/fr.jsonl) holds references, offsets
 * and PLOVER labels only; this test checks every span against the texts it
 * points to, and the labels against PLOVER's closed vocabularies.
 */

type Span = [number, number];

interface Participant {
  span: Span;
  country: string | null;
  sector: string | null;
}

interface GoldEvent {
  type: string;
  mode: string | null;
  trigger: Span;
  actors: Participant[];
  recipients: Participant[];
  polarity: string;
  modality: string;
}

interface Sentence {
  source: string;
  start: number;
  end: number;
  events: GoldEvent[];
}

const GOLD = join(projectRoot, 'gold', 'events', 'fr.jsonl');
const SENTENCE_KEYS = ['end', 'events', 'source', 'start'];
const EVENT_KEYS = ['actors', 'modality', 'mode', 'polarity', 'recipients', 'trigger', 'type'];
const PARTICIPANT_KEYS = ['country', 'sector', 'span'];
const MODALITIES: readonly Modality[] = [
  'actual',
  'requested',
  'future',
  'hypothetical',
  'background',
];
const POLARITIES: readonly Polarity[] = ['positive', 'negative'];
/** PLOVER 0.8 modes by type (shared/data/events/PLOVER.md); types absent here take no mode. */
const MODES: Record<string, readonly string[]> = {
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: [
    'seize',
    'restrict',
    'censor',
    'curfew',
    'martial-law',
    'arrest',
    'deport',
    'withhold',
    'misinformation',
    'cyber',
  ],
  ASSAULT: [
    'abduct',
    'beat',
    'torture',
    'sexual',
    'targeted',
    'destroy',
    'primitive',
    'firearms',
    'explosives',
    'suicide-attack',
    'aerial',
    'drone',
    'heavy-weapons',
    'crowd-control',
    'unconventional',
  ],
};
/** PLOVER actor sectors, plus the IGO and NGO sectors the actor layer assigns. */
const SECTORS = new Set([
  'AGR',
  'BUS',
  'COP',
  'CRM',
  'CVL',
  'EDU',
  'ELI',
  'GOV',
  'IGO',
  'JRN',
  'JUD',
  'LAB',
  'LEG',
  'MED',
  'MIL',
  'NGO',
  'OPP',
  'PRE',
  'PRM',
  'PTY',
  'REB',
  'REF',
  'REL',
  'SOC',
  'SPY',
  'UAF',
  'UNK',
]);
/** ISO 3166 alpha-3 or one of PLOVER's three-letter non-state codes (IGO, UNO, EUR, NGO, KOS …). */
const COUNTRY = /^[A-Z]{3}$/;

function readGold(): Sentence[] {
  return readJsonLines<Sentence>(GOLD);
}

function checkSpan(text: string, sentence: Sentence, span: unknown, what: string): void {
  checkGoldSpan(text, sentence, span, what);
}

function checkParticipant(text: string, sentence: Sentence, p: Participant, what: string): void {
  assert.deepEqual(Object.keys(p).sort(), PARTICIPANT_KEYS, `${what}: unexpected keys`);
  checkSpan(text, sentence, p.span, what);
  assert.ok(p.country === null || COUNTRY.test(p.country), `${what}: country ${p.country}`);
  assert.ok(p.sector === null || SECTORS.has(p.sector), `${what}: sector ${p.sector}`);
}

function checkEvent(text: string, sentence: Sentence, ev: GoldEvent, where: string): void {
  assert.deepEqual(Object.keys(ev).sort(), EVENT_KEYS, `${where}: unexpected keys`);
  assert.ok((PLOVER_TYPES as readonly string[]).includes(ev.type), `${where}: type ${ev.type}`);
  assert.ok(
    (MODALITIES as readonly string[]).includes(ev.modality),
    `${where}: modality ${ev.modality}`,
  );
  assert.ok(
    (POLARITIES as readonly string[]).includes(ev.polarity),
    `${where}: polarity ${ev.polarity}`,
  );
  if (ev.mode !== null)
    assert.ok(
      MODES[ev.type]?.includes(ev.mode),
      `${where}: mode ${ev.mode} is not a ${ev.type} mode`,
    );
  checkSpan(text, sentence, ev.trigger, `${where} trigger`);
  assert.ok(
    Array.isArray(ev.actors) && Array.isArray(ev.recipients),
    `${where}: participant lists`,
  );
  // Codable means someone takes part in it, as written in the sentence.
  assert.ok(ev.actors.length + ev.recipients.length > 0, `${where}: no participant`);
  ev.actors.forEach((p, i) => checkParticipant(text, sentence, p, `${where} actor ${i + 1}`));
  ev.recipients.forEach((p, i) =>
    checkParticipant(text, sentence, p, `${where} recipient ${i + 1}`),
  );
}

test('French event gold: every line, reference, span and label checks out', (t) => {
  const roots = [
    'time/french_timebank_1.1',
    'ud/UD_French-Sequoia',
    'ud/UD_French-GSD',
    'ud/UD_French-PUD',
  ];
  if (roots.some((root) => sharedData(t, root) === null)) return;
  const sentences = readGold();
  // Collected rather than thrown one by one, so a failing run lists every faulty line.
  const problems: string[] = [];
  const check = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      problems.push((error as Error).message.split('\n')[0]);
    }
  };
  const taken = new Map<string, Span[]>();
  for (const [i, sentence] of sentences.entries()) {
    const where = `line ${i + 1} (${sentence.source})`;
    assert.deepEqual(Object.keys(sentence).sort(), SENTENCE_KEYS, `${where}: unexpected keys`);
    const text = sourceText(sentence.source);
    const { start, end } = sentence;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0, `${where}: offsets`);
    assert.ok(start < end && end <= text.length, `${where}: sentence outside the text`);
    check(() =>
      assert.ok(
        !/\s/.test(text[start]) && !/\s/.test(text[end - 1]),
        `${where}: sentence starts or ends with a space`,
      ),
    );
    const others = taken.get(sentence.source) ?? [];
    check(() =>
      assert.ok(
        others.every(([s, e]) => end <= s || start >= e),
        `${where}: overlaps another line of the same text`,
      ),
    );
    taken.set(sentence.source, [...others, [start, end]]);
    assert.ok(Array.isArray(sentence.events), `${where}: events must be a list`);
    sentence.events.forEach((ev, j) =>
      check(() => checkEvent(text, sentence, ev, `${where} event ${j + 1}`)),
    );
  }
  assert.deepEqual(problems, []);
});

test('French event gold: size, spread and coverage of types, modalities and polarities', () => {
  const sentences = readGold();
  const events = sentences.flatMap((s) => s.events);
  const withEvents = sentences.filter((s) => s.events.length > 0).length;
  const without = sentences.length - withEvents;
  const texts = new Set(sentences.map((s) => s.source)).size;
  assert.ok(withEvents >= 150, `only ${withEvents} sentences with events`);
  assert.ok(without >= 30, `only ${without} sentences without a codable event`);
  assert.ok(texts >= 40, `only ${texts} distinct texts`);
  assertCovers(events, 'type', PLOVER_TYPES, 'events');
  assertCovers(events, 'modality', MODALITIES, 'events');
  assertCovers(events, 'polarity', POLARITIES, 'events');
});
