/**
 * Which phrase acts and which undergoes (issue #6, session 6): one original sentence per
 * participant rule, each failing without the rule it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/events/types.js';
import { analyzeText, eventTold } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const texts = (list: Event['actors']) => list.map((p) => p.text);
const codes = (list: Event['actors']) => list.map((p) => `${p.country}/${p.sector}`);

test('an attack nobody is said to have made is the act of unidentified armed forces where it happened', () => {
  const attack = told(
    run('A car bombing in Kabul killed six Afghan policemen on Tuesday.', 'en'),
    'killed',
  );
  assert.deepEqual(codes(attack.actors), ['AFG/UAF']);
});

test('a protest addresses the government of the country where it takes place', () => {
  const doc = run('Hundreds of students demonstrated on Friday in Chile, police said.', 'en');
  assert.deepEqual(codes(told(doc, 'demonstrated').recipients), ['CHL/GOV']);
});

test('a curfew restricts the people of the place it is imposed in', () => {
  const doc = run(
    'Brazilian authorities imposed a curfew in the town of Manaus after clashes.',
    'en',
  );
  assert.deepEqual(codes(told(doc, 'curfew').recipients), ['BRA/CVL']);
});

test('an attack on things hits the state they are in', () => {
  const doc = run('Israeli jets struck targets in southern Lebanon overnight.', 'en');
  assert.deepEqual(codes(told(doc, 'struck').recipients), ['LBN/null']);
});

test('a withdrawal concerns the state it leaves, not the troops withdrawn', () => {
  const en = told(run('The army withdrew its last troops from Chad on Monday.', 'en'), 'withdrew');
  assert.deepEqual(texts(en.recipients), ['Chad']);
  const fr = told(run('La France a retiré ses troupes du Mali.', 'fr'), 'retiré');
  assert.deepEqual(texts(fr.recipients), ['Mali']);
});

test('a bare participle addressing a party is the past tense, not a passive', () => {
  const call = told(
    run(
      'The Kenyan foreign minister called on Uganda to withdraw its troops from the border.',
      'en',
    ),
    'called',
  );
  assert.deepEqual(texts(call.actors), ['The Kenyan foreign minister']);
  assert.deepEqual(texts(call.recipients), ['Uganda']);
  const clash = told(run('Sudanese troops clashed with rebels on Sunday.', 'en'), 'clashed');
  assert.deepEqual(texts(clash.actors), ['Sudanese troops']);
});

test('what a document issued says, its issuer says, at the time it is issued', () => {
  const doc = run('The opposition party issued a declaration calling for new elections.', 'en');
  const call = told(doc, 'calling');
  assert.ok(texts(call.actors)[0].endsWith('party'), JSON.stringify(call.actors));
  assert.equal(call.modality, 'actual');
});

test('the subject the parser gave the clause of an accusation is the accused', () => {
  const accusation = told(
    run('Russia accused Estonia of discriminating against its minority.', 'en'),
    'accused',
  );
  assert.deepEqual(texts(accusation.recipients), ['Estonia']);
});

test('a passive participle after the object tells of the object', () => {
  const abduction = told(
    run('The Ugandan army has freed 20 children abducted by rebels.', 'en'),
    'abducted',
  );
  assert.deepEqual(texts(abduction.recipients), ['20 children']);
  assert.deepEqual(texts(abduction.actors), ['rebels']);
});

test('whom an attack is aimed at ("at")', () => {
  const doc = run('Iraqi police fired tear gas at protesters in Basra.', 'en');
  assert.ok(texts(told(doc, 'fired').recipients)[0].startsWith('protesters'));
  const fire = told(run('Guards opened fire at prisoners in the yard.', 'en'), 'opened');
  assert.deepEqual(texts(fire.recipients), ['prisoners']);
});

test('people owning an act made it', () => {
  const attack = told(
    run("The rebels' attack on the garrison left nine soldiers dead.", 'en'),
    'attack',
  );
  assert.deepEqual(texts(attack.actors), ["The rebels'"]);
});

test('the parties of the word naming the act are the act’s', () => {
  const shared = told(
    run(
      'Dutch customs officials have shared intelligence with Belgium about a smuggling network.',
      'en',
    ),
    'shared',
  );
  assert.deepEqual(texts(shared.recipients), ['Belgium']);
  const dismissed = told(
    run(
      'Rebels in Mali on Wednesday dismissed an appeal from President Keita to lay down their arms.',
      'en',
    ),
    'dismissed',
  );
  assert.deepEqual(texts(dismissed.recipients), ['President Keita']);
});

test('an act comes from whom "from" names', () => {
  const refusal = told(
    run('Norway turned down a request from Iran for new talks.', 'en'),
    'turned',
  );
  assert.deepEqual(texts(refusal.recipients), ['Iran']);
});

test('an addressed thing concerns whom it is for', () => {
  const refusal = told(
    run('The minister reneged on his promise to the striking miners.', 'en'),
    'reneged',
  );
  assert.deepEqual(texts(refusal.recipients), ['the striking miners']);
});

test('a threat with no addressee concerns whom the threatened act would reach', () => {
  const doc = run('The president threatened to impose a curfew in Nairobi after the riots.', 'en');
  assert.deepEqual(codes(told(doc, 'threatened').recipients), ['KEN/CVL']);
});

test('a subject is marked by no preposition: "X along with its allies" is X', () => {
  const doc = run('Washington along with its allies demanded that Hamas renounce violence.', 'en');
  // The capital heads the phrase: it stands for its state's government.
  assert.deepEqual(codes(told(doc, 'demanded').actors), ['USA/GOV']);
});

test('a light verb with an event noun as its oblique: "went on strike" is the strikers’ act, done', () => {
  const strike = told(
    run('Doctors went on strike in Lagos to demand higher wages.', 'en'),
    'strike',
  );
  assert.deepEqual(texts(strike.actors), ['Doctors']);
  assert.equal(strike.modality, 'actual');
});

test('a light verb’s complement selects its object noun’s sense, and names the owner of what it is for', () => {
  const support = told(run("Spain voiced support for Morocco's autonomy plan.", 'en'), 'support');
  assert.equal(support.type, 'SUPPORT');
  assert.deepEqual(codes(support.recipients), ['MAR/null']);
});

test('support withheld is a refusal', () => {
  const refusal = told(
    run('The minister said he would not provide support to the rebels.', 'en'),
    'support',
  );
  assert.equal(refusal.type, 'REJECT');
  assert.equal(refusal.polarity, 'positive');
});

test('authorities blocking websites restrict them; it is no protest', () => {
  const block = told(run('The ministry blocked several news websites on Friday.', 'en'), 'blocked');
  assert.equal(block.type, 'COERCE');
  assert.equal(block.mode, 'censor');
});

test('a bombing with no party named gets unidentified forces as actor and no target', () => {
  const bombing = told(
    run('A bombing in Aleppo on Monday was the third this month.', 'en'),
    'bombing',
  );
  assert.deepEqual(codes(bombing.actors), ['SYR/UAF']);
  assert.deepEqual(bombing.recipients, []);
});

test('a relative pronoun standing for what a light verb’s subject made stands for its maker', () => {
  const doc = run(
    'The two unions made a proposal, which the management rejected on Tuesday.',
    'en',
  );
  assert.deepEqual(texts(told(doc, 'rejected').recipients), ['The two unions']);
});

test('French light verbs: "instaurer un couvre-feu", "prendre des sanctions"', () => {
  const curfew = told(
    run('Le gouvernement a instauré un couvre-feu à Nairobi.', 'fr'),
    'couvre-feu',
  );
  assert.deepEqual(texts(curfew.actors), ['Le gouvernement']);
  const sanctions = told(
    run("La Turquie a pris des sanctions à l'encontre de la Syrie.", 'fr'),
    'sanctions',
  );
  assert.deepEqual(texts(sanctions.actors), ['La Turquie']);
});

test('a date after the object names no person to release', () => {
  const doc = run('The studio will release the film in December.', 'en');
  assert.deepEqual(doc.events ?? [], []);
});

test('meeting expectations is no meeting; meeting demands concedes them, refusing to rejects them', () => {
  assert.deepEqual(run('The new model failed to meet expectations.', 'en').events ?? [], []);
  assert.equal(
    told(run('The government met the demands of the striking miners.', 'en'), 'met').type,
    'CONCEDE',
  );
  const refusal = told(run('Israel will not meet the demands of the kidnappers.', 'en'), 'meet');
  assert.equal(refusal.type, 'REJECT');
  assert.deepEqual(texts(refusal.recipients), ['the kidnappers']);
});

test('"de la part de X": X is whom the act comes from', () => {
  const fr = told(
    run("Le Maroc a reçu une demande d'extradition de la part de l'Espagne.", 'fr'),
    'demande',
  );
  assert.ok(texts(fr.actors).includes("l'Espagne"), JSON.stringify(fr.actors));
  assert.ok(!texts(fr.actors).some((a) => a.includes('part')), JSON.stringify(fr.actors));
});

test('a state named beside a demonym gives one participant per country ("U.S. and Russian negotiators")', () => {
  const talks = told(run('U.S. and Russian negotiators met in Geneva on Monday.', 'en'), 'met');
  assert.deepEqual(codes(talks.actors).sort(), ['RUS/GOV', 'USA/GOV']);
});

test('a noun the parser made the subject of a gerund after a verb without object is its object', () => {
  const doc = run(
    'The rebel Basque party issued a statement demanding that the Spanish government free its leader.',
    'en',
  );
  assert.ok(texts(told(doc, 'demanding').actors)[0].endsWith('party'));
  const beating = told(
    run('Witnesses saw soldiers beating protesters in the square.', 'en'),
    'beating',
  );
  assert.equal(beating.type, 'ASSAULT');
  assert.deepEqual(texts(beating.actors), ['soldiers']);
});

test('people an attack’s sense is selected by still undergo it ("beat protesters")', () => {
  const beating = told(run('Police beat protesters with batons in Harare.', 'en'), 'beat');
  assert.ok(
    texts(beating.recipients)[0].startsWith('protesters'),
    JSON.stringify(beating.recipients),
  );
  assert.deepEqual(run('Brazil beat Argentina 3-0 in Rio on Sunday.', 'en').events ?? [], []);
});

test('an active request asks whom "by" or "from" names', () => {
  const doc = run(
    'Thousands of students marched in Jakarta to demand reforms by the government.',
    'en',
  );
  assert.deepEqual(texts(told(doc, 'demand').recipients), ['the government']);
  const asked = told(run('Israel has demanded guarantees from Egypt.', 'en'), 'demanded');
  assert.deepEqual(texts(asked.recipients), ['Egypt']);
});

test('"into" marks what an act breaks into ("hack into the computers of the army")', () => {
  const hack = told(
    run('Chinese hackers tried to hack into the computers of the Indian army.', 'en'),
    'hack',
  );
  assert.deepEqual(codes(hack.recipients), ['IND/MIL']);
});

test('a relative clause conjoined to a participle on a noun stands for that noun; "sur" aims a shot', () => {
  const doc = run(
    "L'armée a arrêté un tireur déguisé en gendarme qui avait ouvert le feu sur des soldats près de Gaza.",
    'fr',
  );
  const shot = told(doc, 'ouvert le feu');
  assert.deepEqual(texts(shot.actors), ['un tireur']);
  assert.ok(texts(shot.recipients)[0].startsWith('des soldats'), JSON.stringify(shot.recipients));
});

test('a particle right after a verb is the verb’s: "broke off relations", "called off talks"', () => {
  const breach = told(run('Ghana broke off diplomatic relations with Israel.', 'en'), 'broke');
  assert.equal(breach.type, 'SANCTION');
  assert.deepEqual(texts(breach.recipients), ['Israel']);
  const called = told(run('Seoul called off talks with Pyongyang.', 'en'), 'called');
  assert.equal(called.type, 'SANCTION');
  assert.deepEqual(texts(called.recipients), ['Pyongyang']);
});

test('the subject the parser gave a request’s infinitive is the one asked ("called on Israel to halt")', () => {
  const call = told(run('The UN called on Israel to halt the offensive.', 'en'), 'called');
  assert.deepEqual(texts(call.recipients), ['Israel']);
});
