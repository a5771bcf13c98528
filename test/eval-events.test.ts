import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ploverConventionType } from '../src/events/convention.js';
import type { Event, EventParticipant, Modality, PloverType } from '../src/events/types.js';
import {
  cameoToPlover,
  parseCameoPlover,
  ploverCountry,
  ploverGoldSector,
  splitCameoActor,
} from '../src/eval/cameo.js';
import {
  addDetection,
  addModality,
  emptyDetection,
  emptyModality,
  eventsIn,
  locateEventText,
  macroF1,
  nthOccurrence,
  participantFound,
  perTypeScores,
  pickEvent,
  readFrenchEvents,
  readModalityGold,
  readPetrarchXml,
  readPloverRecords,
  scoreRecords,
  type GoldEvent,
} from '../src/eval/events.js';

// A conversion table in the CAMEO2PLOVER layout, with its quirks: a duplicated
// two-digit heading, a code filed under another root, a context in the mode slot.
const TABLE = `# CAMEO to PLOVER conversion table (test)
03: AGREE
036: AGREE,  , diplomatic # Express intent to meet
08: CONCEDE
080: CONCEDE,   ,  # Yield
08: RETREAT
084: RETREAT,   ,  # Return, release
0841: RETREAT, release,   legal # Release persons
16: SANCTION
163: COERCE, restrict,   diplomatic # Impose embargo
175: ASSAULT, pro_autocracy , military # Repression
1322: THREATEN, ban ,   pro_autocracy # Threaten to ban
`;

test('cameo: event codes through the conversion table', () => {
  const table = parseCameoPlover(TABLE);
  assert.deepEqual(cameoToPlover(table, '036'), { type: 'AGREE', mode: null });
  assert.deepEqual(cameoToPlover(table, '0841'), { type: 'RETREAT', mode: 'release' });
  // The line's type wins over the heading it sits under.
  assert.deepEqual(cameoToPlover(table, '163'), { type: 'COERCE', mode: 'restrict' });
  // A value used as a context elsewhere is no mode.
  assert.deepEqual(cameoToPlover(table, '175'), { type: 'ASSAULT', mode: null });
  assert.deepEqual(cameoToPlover(table, '1322'), { type: 'THREATEN', mode: 'ban' });
  // Finer codes fall back to their three-digit parent; two-digit roots read as XX0.
  assert.deepEqual(cameoToPlover(table, '0849'), { type: 'RETREAT', mode: null });
  assert.deepEqual(cameoToPlover(table, '163K'), { type: 'COERCE', mode: 'restrict' });
  assert.deepEqual(cameoToPlover(table, '08'), { type: 'CONCEDE', mode: null });
  // No line, no parent line: unmappable.
  assert.equal(cameoToPlover(table, '023'), null);
  assert.equal(cameoToPlover(table, '0231'), null);
  assert.equal(cameoToPlover(table, '905'), null);
});

test('cameo: actor codes as PLOVER country and sector', () => {
  assert.deepEqual(splitCameoActor('USAGOV'), { country: 'USA', sector: 'GOV' });
  assert.deepEqual(splitCameoActor('---REB'), { country: null, sector: 'REB' });
  assert.deepEqual(splitCameoActor('IGOUNOMIL'), { country: 'IGO', sector: 'MIL' });
  assert.deepEqual(splitCameoActor('GBRMED'), { country: 'GBR', sector: 'JRN' });
  assert.deepEqual(splitCameoActor('FRAHLH'), { country: 'FRA', sector: 'MED' });
  assert.deepEqual(splitCameoActor('NGAMUS'), { country: 'NGA', sector: 'REL' });
  assert.deepEqual(splitCameoActor('EGYOPPMUS'), { country: 'EGY', sector: 'OPP' });
  assert.deepEqual(splitCameoActor('PSEGZA'), { country: 'PSE', sector: null });
  assert.deepEqual(splitCameoActor('JAP'), { country: 'JPN', sector: null });
  assert.deepEqual(splitCameoActor(''), { country: null, sector: null });
  assert.equal(ploverCountry('ngm'), 'NGO');
  assert.equal(ploverCountry('XKK'), 'KOS');
  assert.equal(ploverCountry('YUG'), 'SRB');
  assert.equal(ploverCountry('---'), null);
  assert.equal(ploverGoldSector('CVLalb'), 'CVL');
  assert.equal(ploverGoldSector('CIV'), 'CVL');
  assert.equal(ploverGoldSector('MOS'), 'REL');
  assert.equal(ploverGoldSector('MED'), 'MED');
  assert.equal(ploverGoldSector('***'), null);
  assert.equal(ploverGoldSector(undefined), null);
});

test('PLOVER records: labels mapped, eventText located, actors normalised', () => {
  const text = 'The council agreed on Monday that both towns should cooperate, then agreed again.';
  const records = JSON.stringify([
    { id: 'DOC', event: 'DOCUMENT', eventText: 'about this file' },
    {
      id: 'R1',
      event: 'DEMAND',
      eventText: 'agreed ... cooperate',
      text,
      source: [{ actorText: 'council', code: 'JAP', sector: 'CVLalb' }],
      target: '',
    },
    {
      id: 'R2',
      event: 'FIGHT',
      eventText: 'clashed',
      text: 'Two militias clashed.',
      source: [{ actorText: 'militias', code: 'XYZ', sector: '***' }],
      target: [{ actorText: 'x', code: '---' }],
    },
  ]);
  const items = readPloverRecords(records);
  assert.equal(items.length, 2);
  const [first, second] = items;
  assert.equal(first.events[0].type, 'REQUEST');
  assert.equal(second.events[0].type, 'ASSAULT');
  assert.equal(first.date, '2000-01-01');
  assert.deepEqual(first.span, { start: 0, end: text.length });
  const agreed = text.indexOf('agreed');
  const cooperate = text.indexOf('cooperate');
  assert.deepEqual(first.events[0].trigger, [
    { start: agreed, end: agreed + 6 },
    { start: cooperate, end: cooperate + 9 },
  ]);
  assert.deepEqual(first.events[0].actors, [{ country: 'JPN', sector: 'CVL' }]);
  assert.deepEqual(first.events[0].recipients, []);
  assert.deepEqual(second.events[0].actors, [{ country: 'XYZ', sector: null }]);
  assert.deepEqual(second.events[0].recipients, [{ country: null, sector: null }]);
});

test('locateEventText: words in order, a repeated word taken after the previous one', () => {
  const text = 'Talks ended; the sides agreed, and later agreed to meet.';
  const spans = locateEventText(text, 'ended agreed');
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['ended', 'agreed'],
  );
  const second = locateEventText(text, 'later agreed');
  assert.equal(second[1].start, text.lastIndexOf('agreed'));
  assert.deepEqual(locateEventText(text, 'refused'), []);
});

test('PETRARCH XML: nested and self-closed records, codes converted', () => {
  const table = parseCameoPlover(TABLE);
  const xml = `<Sentences>
<!-- <Sentence id="commented-out"> -->
<Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="---" eventcode="0841"></EventCoding>
<EventCoding sourcecode="ARN" targetcode="GONMIL" eventcode="023"></EventCoding>
<Text>
Arnor freed the
envoys of Gondor &amp; others.
</Text>
</Sentence>
<Sentence category="AFP" date="121108" id="T-2" evaluate="true"/>
<EventCoding noevents="True" />
<Text>
Nothing happened.
</Text>
</Sentences>`;
  const items = readPetrarchXml(xml, table);
  assert.equal(items.length, 2);
  assert.equal(items[0].id, 'T-1');
  assert.equal(items[0].label, 'DEMO');
  assert.equal(items[0].text, 'Arnor freed the envoys of Gondor & others.');
  assert.equal(items[0].date, '1995-01-01');
  assert.equal(items[1].date, '2012-11-08');
  assert.deepEqual(
    items[0].events.map((e) => [e.cameo, e.type]),
    [
      ['0841', 'RETREAT'],
      ['023', null],
    ],
  );
  assert.deepEqual(items[0].events[0].actors, [{ country: 'ARN', sector: 'GOV' }]);
  assert.deepEqual(items[0].events[0].recipients, [{ country: null, sector: null }]);
  assert.deepEqual(items[0].events[1].recipients, [{ country: 'GON', sector: 'MIL' }]);
  assert.deepEqual(items[1].events, []);
});

test('French gold by reference and modality gold by trigger occurrence', () => {
  const source = 'Intro. Le ministre a rencontré son homologue. Fin.';
  const start = source.indexOf('Le');
  const end = source.indexOf('Fin') - 1;
  const t = source.indexOf('rencontré');
  const line = JSON.stringify({
    source: 'some/ref.tml',
    start,
    end,
    events: [
      {
        type: 'CONSULT',
        mode: null,
        trigger: [t, t + 9],
        actors: [{ span: [start, start + 11], country: 'fra', sector: 'GOV' }],
        recipients: [{ span: [0, 1], country: null, sector: null }],
        polarity: 'positive',
        modality: 'actual',
      },
    ],
  });
  const [item] = readFrenchEvents(
    line + '\n',
    () => source,
    () => '2020-02-02',
  );
  assert.equal(item.text, source);
  assert.equal(item.date, '2020-02-02');
  assert.deepEqual(item.span, { start, end });
  assert.deepEqual(item.events[0].trigger, [{ start: t, end: t + 9 }]);
  assert.deepEqual(item.events[0].actors, [{ country: 'FRA', sector: 'GOV' }]);

  const text = 'They met, and they met again.';
  const modality = [
    {
      id: 'en-1',
      lang: 'en',
      date: '2024-01-01',
      text,
      group: 'g',
      events: [
        {
          type: 'CONSULT',
          trigger: 'met',
          occurrence: 2,
          polarity: 'positive',
          modality: 'actual',
        },
        { type: 'CONSULT', trigger: 'talked', polarity: 'negative', modality: 'actual' },
      ],
    },
  ]
    .map((l) => JSON.stringify(l))
    .join('\n');
  const { items, errors } = readModalityGold(modality);
  assert.deepEqual(items[0].events[0].trigger, [
    { start: text.lastIndexOf('met'), end: text.lastIndexOf('met') + 3 },
  ]);
  assert.equal(items[0].events.length, 1);
  assert.equal(errors.length, 1);
  assert.equal(nthOccurrence(text, 'met', 3), null);
});

// ---------------------------------------------------------------- scoring

const participant = (country: string | null, sector: string | null): EventParticipant => ({
  name: 'x',
  entity: null,
  country,
  sector,
  start: 0,
  end: 1,
  text: 'x',
});

function predicted(
  type: PloverType,
  trigger: [number, number],
  options: {
    modality?: Modality;
    actors?: EventParticipant[];
    recipients?: EventParticipant[];
  } = {},
): Event {
  return {
    id: 'v',
    type,
    mode: null,
    context: [],
    actors: options.actors ?? [],
    recipients: options.recipients ?? [],
    content: null,
    place: null,
    date: null,
    polarity: 'positive',
    modality: options.modality ?? 'actual',
    disputed: false,
    claims: [
      {
        trigger: { start: trigger[0], end: trigger[1], text: 'w' },
        sentence: { start: 0, end: 100 },
        polarity: 'positive',
        status: 'asserted',
        speaker: { name: 'unknown' },
        sources: [],
        quote: null,
      },
    ],
  };
}

const gold = (
  type: PloverType,
  trigger: [number, number][],
  actors: GoldEvent['actors'] = [],
  recipients: GoldEvent['recipients'] = [],
): GoldEvent & { type: PloverType } => ({
  type,
  trigger: trigger.map(([start, end]) => ({ start, end })),
  actors,
  recipients,
  polarity: 'positive',
  modality: 'actual',
});

test('pickEvent: trigger overlap, then same type, then first actual, then first', () => {
  const future = predicted('AGREE', [0, 5], { modality: 'future' });
  const actual = predicted('REJECT', [10, 15]);
  const onTrigger = predicted('CONSULT', [20, 25]);
  const all = [future, actual, onTrigger];
  const g = gold('CONSULT', [[22, 30]]);
  assert.equal(pickEvent(g, all, { sameType: false, first: true }), onTrigger);
  const elsewhere = gold('AGREE', [[40, 45]]);
  assert.equal(pickEvent(elsewhere, all, { sameType: false, first: true }), actual);
  assert.equal(pickEvent(elsewhere, all, { sameType: true, first: true }), future);
  assert.equal(pickEvent(elsewhere, all, { sameType: false, first: false }), null);
  assert.equal(pickEvent(elsewhere, [future], { sameType: false, first: true }), future);
  assert.equal(pickEvent(elsewhere, [], { sameType: false, first: true }), null);
  assert.deepEqual(eventsIn(all, { start: 8, end: 21 }), [actual, onTrigger]);
});

test('scoreRecords: type and participant accuracy, macro-F1 and per-type scores', () => {
  const s = scoreRecords([
    {
      // right type; actor right (sector checked), recipient wrong sector
      gold: gold(
        'CONSULT',
        [],
        [{ country: 'FRA', sector: 'GOV' }],
        [{ country: 'DEU', sector: 'MIL' }],
      ),
      predicted: predicted('CONSULT', [0, 1], {
        actors: [participant('FRA', 'GOV')],
        recipients: [participant('DEU', 'GOV')],
      }),
    },
    {
      // wrong type; the actor without gold sector only needs the country; '---' actor not counted
      gold: gold(
        'ASSAULT',
        [],
        [
          { country: 'RUS', sector: null },
          { country: null, sector: 'REB' },
        ],
      ),
      predicted: predicted('COERCE', [0, 1], { actors: [participant('RUS', 'MIL')] }),
    },
    { gold: gold('CONSULT', [], [{ country: 'USA', sector: null }]), predicted: null },
  ]);
  assert.equal(s.records, 3);
  assert.equal(s.typeRight, 1);
  assert.equal(s.noPrediction, 1);
  assert.deepEqual(s.actors, { gold: 3, right: 2, goldTypeRight: 1, rightTypeRight: 1 });
  assert.deepEqual(s.recipients, { gold: 1, right: 0, goldTypeRight: 1, rightTypeRight: 0 });
  const types = perTypeScores(s.pairs);
  const consult = types.find((t) => t.type === 'CONSULT');
  assert.deepEqual(
    { ...consult, f1: Math.round(consult?.f1 ?? 0) },
    { type: 'CONSULT', gold: 2, predicted: 1, p: 100, r: 50, f1: 67 },
  );
  // CONSULT 66.7, ASSAULT 0, COERCE 0 (predicted, never gold): mean over the three types seen.
  assert.ok(Math.abs(macroF1(s.pairs) - 200 / 9) < 1e-9);
});

test('scoreRecords: misses counted by cause (participants, type root class)', () => {
  const s = scoreRecords([
    {
      // same root class (material conflict); actor: right country, wrong sector; recipient: none
      gold: gold(
        'ASSAULT',
        [],
        [{ country: 'ISR', sector: 'COP' }],
        [{ country: 'PSE', sector: null }],
      ),
      predicted: predicted('COERCE', [0, 1], { actors: [participant('ISR', 'MIL')] }),
    },
    {
      // other root class (verbal cooperation vs verbal conflict); wrong country, then no country
      gold: gold(
        'CONSULT',
        [],
        [{ country: 'IRQ', sector: 'LEG' }],
        [{ country: 'USA', sector: null }],
      ),
      predicted: predicted('REJECT', [0, 1], {
        actors: [participant('IRN', 'LEG')],
        recipients: [participant(null, 'GOV')],
      }),
    },
    // no event: every gold participant with a country is a no-event miss
    {
      gold: gold(
        'AID',
        [],
        [
          { country: 'JPN', sector: null },
          { country: null, sector: 'GOV' },
        ],
      ),
      predicted: null,
    },
    // right: no miss counted
    {
      gold: gold('AID', [], [{ country: 'JPN', sector: null }]),
      predicted: predicted('AID', [0, 1], { actors: [participant('JPN', 'GOV')] }),
    },
  ]);
  assert.deepEqual(s.typeMisses, { noEvent: 1, otherClass: 1, sameClass: 1 });
  assert.deepEqual(s.actorMisses, {
    noEvent: 1,
    noParticipant: 0,
    wrongSector: 1,
    wrongCountry: 1,
    noCountry: 0,
  });
  assert.deepEqual(s.recipientMisses, {
    noEvent: 0,
    noParticipant: 1,
    wrongSector: 0,
    wrongCountry: 0,
    noCountry: 1,
  });
});

test('participantFound: a gold IGO is found by the UN or EU codes, not the reverse', () => {
  const un = [participant('UNO', 'GOV')];
  assert.equal(participantFound({ country: 'IGO', sector: null }, un), true);
  assert.equal(participantFound({ country: 'IGO', sector: 'MIL' }, un), false);
  assert.equal(
    participantFound({ country: 'UNO', sector: null }, [participant('IGO', 'GOV')]),
    false,
  );
  assert.equal(participantFound({ country: 'FRA', sector: null }, un), false);
});

test('addDetection: by trigger, or by type when asked', () => {
  const golds = [gold('CONSULT', [[0, 3]]), gold('ASSAULT', [[10, 15]])];
  const preds = [
    predicted('REJECT', [1, 2]),
    predicted('ASSAULT', [30, 35]),
    predicted('AID', [40, 41]),
  ];
  const byTrigger = emptyDetection();
  addDetection(byTrigger, golds, preds, false);
  assert.deepEqual(byTrigger, { predicted: 3, predictedRight: 1, gold: 2, goldFound: 1 });
  const byType = emptyDetection();
  addDetection(byType, golds, preds, true);
  assert.deepEqual(byType, { predicted: 3, predictedRight: 2, gold: 2, goldFound: 2 });
  const empty = emptyDetection();
  addDetection(empty, [], preds, true);
  assert.deepEqual(empty, { predicted: 3, predictedRight: 0, gold: 0, goldFound: 0 });
});

test('addModality: accuracies and confusion, unmatched counts as wrong', () => {
  const s = emptyModality();
  const future = { ...gold('CONSULT', [[0, 3]]), modality: 'future' as const };
  addModality(s, future, predicted('CONSULT', [0, 3], { modality: 'future' }));
  addModality(s, future, predicted('AGREE', [0, 3], { modality: 'actual' }));
  addModality(
    s,
    { ...future, polarity: 'negative' },
    predicted('CONSULT', [0, 3], { modality: 'future' }),
  );
  addModality(s, gold('CONSULT', [[0, 3]]), null);
  assert.equal(s.events, 4);
  assert.equal(s.modalityRight, 2);
  assert.equal(s.polarityRight, 2);
  assert.equal(s.jointRight, 1);
  assert.equal(s.typeRight, 2);
  assert.deepEqual(s.confusion, { future: { future: 2, actual: 1 }, actual: { unmatched: 1 } });
});

test('PLOVER convention: announced cooperation is AGREE, announced material conflict THREATEN, a refusal to agree REJECT', () => {
  assert.equal(ploverConventionType(predicted('RETREAT', [0, 1], { modality: 'future' })), 'AGREE');
  assert.equal(
    ploverConventionType({ type: 'CONCEDE', modality: 'future', polarity: 'negative' }),
    'REJECT',
  );
  assert.equal(
    ploverConventionType({ type: 'RETREAT', modality: 'actual', polarity: 'negative' }),
    'RETREAT',
  );
  assert.equal(
    ploverConventionType(predicted('PROTEST', [0, 1], { modality: 'future' })),
    'THREATEN',
  );
  assert.equal(
    ploverConventionType(predicted('REQUEST', [0, 1], { modality: 'future' })),
    'REQUEST',
  );
  assert.equal(
    ploverConventionType(predicted('RETREAT', [0, 1], { modality: 'hypothetical' })),
    'RETREAT',
  );
  assert.equal(ploverConventionType(predicted('ASSAULT', [0, 1])), 'ASSAULT');
});
