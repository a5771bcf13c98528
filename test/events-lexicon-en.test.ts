/**
 * The English trigger lexicon (lang/en/events.json): news vocabulary of each PLOVER type,
 * one original sentence per kind of entry (verb, particle verb, object-selected sense,
 * split hyphenated compound, predicate adjective).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, eventTold as told, testTriggerTypes } from './helpers.js';

const run = (text: string) => analyzeText(text, 'en', '2024-05-10');

/** [sentence, trigger, PLOVER type, mode or null when any]. */
const CASES: [string, string, string, string | null][] = [
  ['The ministry handed 40 tonnes of grain to the Red Cross.', 'handed', 'AID', null],
  [
    'Rebels laid down their weapons in the northern province on Monday.',
    'laid',
    'RETREAT',
    'disarm',
  ],
  [
    'The government declared a state of emergency in the capital on Friday.',
    'state of emergency',
    'COERCE',
    'martial-law',
  ],
  ['Police dispersed the protesters with tear gas.', 'dispersed', 'ASSAULT', 'crowd-control'],
  ['Ten thousand teachers walked out on Tuesday over unpaid wages.', 'walked', 'PROTEST', 'strike'],
  ['The two armies exchanged fire along the border overnight.', 'exchanged', 'ASSAULT', 'firearms'],
  ['The rebel commander vowed to retaliate against the army.', 'vowed', 'THREATEN', null],
  ['Lithuania cancelled the summit with its neighbours.', 'cancelled the summit', 'SANCTION', null],
  ['The minister bowed to pressure from the unions on Thursday.', 'bowed', 'CONCEDE', null],
  ['Police searched the home of the opposition leader on Monday.', 'searched', 'COERCE', 'seize'],
  ['The regulator revoked the licence of the broadcaster.', 'revoked', 'COERCE', 'restrict'],
  ['The foreign minister spoke with his Iranian counterpart on Sunday.', 'spoke', 'CONSULT', null],
  ['The junta ignored the ultimatum of the regional bloc.', 'ignored', 'REJECT', null],
  ['The navy test-fired two missiles off the coast.', 'fired', 'MOBILIZE', 'weapons'],
  ['The militia opened fire on the crowd.', 'opened', 'ASSAULT', 'firearms'],
  ['Soldiers sealed off the district on Sunday.', 'sealed', 'COERCE', 'restrict'],
  ['The army called up 20,000 reservists.', 'called', 'MOBILIZE', 'troops'],
  ['A court fined the newspaper on Monday.', 'fined', 'SANCTION', 'convict'],
  [
    'The opposition took to the streets of the capital on Saturday.',
    'took to the streets',
    'PROTEST',
    'demo',
  ],
  ['The separatists scrapped the peace plan.', 'scrapped', 'REJECT', null],
  ['The two factions agreed to a cease-fire on Monday.', 'fire', 'RETREAT', 'ceasefire'],
  ['The regime says it is unwilling to free the prisoners.', 'unwilling', 'REJECT', null],
  ['The senate voted against the treaty.', 'voted', 'REJECT', null],
  ['The ministry summoned the French ambassador on Monday.', 'summoned', 'ACCUSE', 'allege'],
  ['The council withdrew its ambassador from Rome.', 'withdrew', 'SANCTION', 'withdraw'],
  ['Prosecutors dropped the charges against the journalist.', 'dropped', 'CONCEDE', null],
  ['The army crushed the uprising in the north.', 'crushed', 'COERCE', 'restrict'],
  ['Iran holds Israel responsible for the attack.', 'holds', 'ACCUSE', 'allege'],
  ['The queen will attend the Commonwealth summit.', 'attend', 'CONSULT', 'multilateral'],
  ['Lisbon presented evidence against the shipping firm.', 'evidence', 'ACCUSE', 'allege'],
  ['Militants launched rockets at an army post.', 'launched', 'ASSAULT', 'heavy-weapons'],
];

testTriggerTypes('en', CASES, run);

test('lexicon (en): a particle or object selects the sense, else no event', () => {
  // Launching rockets at a target attacks it; a launch with no target may be a test.
  assert.deepEqual(run('The navy launched a cruise missile on Tuesday.').events ?? [], []);
  // Evidence against someone accuses them; evidence of rain does not.
  assert.deepEqual(run('The farmers found evidence of heavy rain.').events ?? [], []);
  // "stand down" is a resignation; standing by a river is no event.
  assert.equal(told(run('The governor stood down on Monday.'), 'stood').type, 'RETREAT');
  assert.ok(!(run('The governor stood by the river on Monday.').events ?? []).length);
  // Cancelling a summit is a sanction; cancelling an order for chairs is no event.
  assert.deepEqual(
    (run('The company cancelled its order for new chairs.').events ?? []).map((e) => e.type),
    [],
  );
  // A sentence commuted is a concession: the sentence it names tells no conviction of its own.
  const commuted = run('The president commuted the death sentences of ten prisoners.');
  assert.deepEqual(
    (commuted.events ?? []).map((e) => `${e.type} ${e.claims[0].trigger.text}`),
    ['CONCEDE commuted the death sentences'],
  );
});
