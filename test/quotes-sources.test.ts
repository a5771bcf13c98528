/**
 * Sources: attribution markers ("according to"), relayed sources and the source chain of a
 * quote, polls and other non-persons as sources, and what a marker's scope leaves out.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, byCue, quotesOf, quoteWith, sourceChain as chainOf } from './helpers.js';

const concessive =
  'Delegates for the republic of Varna and the rebel Southern Hills Movement agreed on a 14-day pause at talks in Addis Ababa on Sunday, according to two mediators briefed on the meeting, although the rebels quickly denied that any pause had been reached.';

test('according to, opening a sentence: the clause may run past the phrase the parser gave the source', () => {
  const doc = analyzeText(
    'According to early counts of ballots collected for the county clerk and two observers, nearly half of the voters in Ashby and Brill were first-timers.',
    'en',
  );
  const q = byCue(doc, 'According to');
  assert.match(q.content.text, /^nearly half of the voters/);
});

test("according to a source's phrase with a participle the parser made the verb", () => {
  const doc = analyzeText(
    'According to customs figures published last month, exports of steel to Canada fell by a fifth.',
    'en',
  );
  const q = byCue(doc, 'According to');
  assert.equal(q.content.text, 'exports of steel to Canada fell by a fifth');
  assert.equal(q.speaker.name, 'customs figures');
});

test('According to …: the anonymous source frames the whole clause, the verb inside it nests', () => {
  const doc = analyzeText(
    'According to two lawyers briefed on the case, the regulator had urged both firms to drop the merger before the end of the year.',
    'en',
  );
  const outer = byCue(doc, 'According to');
  assert.equal(outer.content.text.startsWith('the regulator had urged'), true);
  const names = byCue(doc, 'urged').sources.map((l) => l.name);
  const lawyers = names.findIndex((n) => n.includes('two lawyers'));
  assert.ok(
    lawyers >= 0 && names.findIndex((n) => n.includes('regulator')) > lawyers,
    names.join(' > '),
  );
});

test('a marker after a verb’s content is not in that content: it frames the verb', () => {
  const doc = analyzeText(
    "Le maire a promis de rouvrir la piscine avant l'été, d'après un conseiller municipal.",
    'fr',
  );
  const q = byCue(doc, 'promis');
  assert.equal(q.content.text, "rouvrir la piscine avant l'été");
  assert.equal(q.speaker.name, 'Le maire');
});

test('a poll opening the sentence is the source of the clause after its comma', () => {
  const doc = analyzeText(
    'In a Harbor Times poll released Monday, 52 percent of voters chose Ortiz while 40 percent chose Dorsey.',
    'en',
  );
  const q = quoteWith(doc, '52 percent');
  assert.equal(q.cue?.text, 'In');
  assert.ok(q.speaker.name.includes('poll'), q.speaker.name);
});

test('a marker after the clause ends it, with a compound source or a participle after the source', () => {
  const doc = analyzeText(
    'The bridge will close in May, according to city officials.\n\n' +
      'The shelter director will step aside, according to two people briefed on the decision.',
    'en',
  );
  assert.equal(quoteWith(doc, 'bridge').content.text, 'The bridge will close in May');
  assert.equal(quoteWith(doc, 'shelter').content.text, 'The shelter director will step aside');
});

test('a relay participle closing the content goes with the reporting verb and its subject', () => {
  const doc = analyzeText(
    'The Lakeside Courier reported on Thursday that the ferry service would end in March, citing two engineers familiar with the budget.',
    'en',
  );
  const reported = byCue(quotesOf(doc), 'reported');
  assert.ok(reported);
  assert.equal(reported.content.text, 'the ferry service would end in March');
  assert.deepEqual(chainOf(reported).slice(1, 2), ['Lakeside Courier']);
  assert.match(chainOf(reported)[2] ?? '', /^two engineers/);
  // Whom the relay cites is a link of that chain, no quotation of its own (session 11).
  assert.equal(byCue(quotesOf(doc), 'citing'), undefined);
});

test('a noun a relative pronoun of persons takes up is a relayed source', () => {
  const doc = analyzeText(
    'The hospital will close its maternity ward, the Northfield Echo reported on Friday, citing three volunteers who attended the briefing.',
    'en',
  );
  const reported = quoteWith(doc, 'maternity ward');
  assert.equal(reported.cue?.text, 'reported');
  assert.deepEqual(chainOf(reported).slice(1), ['Northfield Echo', 'three volunteers']);
});

test('a content never opens on an attribution marker', () => {
  assert.equal(byCue(quotesOf(analyzeText(concessive, 'en')), 'agreed'), undefined);
});

test('what a marker attributes stops before the narrator’s concessive clause', () => {
  const quotes = quotesOf(analyzeText(concessive, 'en'));
  assert.equal(
    byCue(quotes, 'according to')?.content.text,
    'Delegates for the republic of Varna and the rebel Southern Hills Movement agreed on a 14-day pause at talks in Addis Ababa on Sunday',
  );
  const denied = byCue(quotes, 'denied');
  assert.ok(denied);
  assert.ok(!chainOf(denied).some((n) => /mediators/.test(n)), JSON.stringify(chainOf(denied)));
});

test('a cue inside what another speaker reports carries that speaker in its chain', () => {
  const en = analyzeText(
    'The mediator, Ruth Okonjo, met both delegations on Monday. Ms. Okonjo added that Lisbon would have preferred a shorter timetable.',
    'en',
  );
  const preferred = byCue(quotesOf(en), 'preferred');
  assert.ok(preferred);
  assert.deepEqual(chainOf(preferred).slice(1), ['Ruth Okonjo', 'Lisbon']);
  assert.equal(preferred.status, 'reported');
  const fr = analyzeText(
    'La médiatrice Ruth Okonjo a rencontré les deux délégations lundi. Elle a ajouté que Lisbonne aurait préféré un calendrier plus court.',
    'fr',
  );
  const préféré = byCue(quotesOf(fr), 'préféré');
  assert.ok(préféré);
  assert.deepEqual(chainOf(préféré).slice(1), ['Ruth Okonjo', 'Lisbonne']);
});

test('"according to the court’s website": the marker’s phrase is the possessed noun, not the possessor', () => {
  const doc = analyzeText(
    'The hearing was moved to June, according to the tribunal’s website.',
    'en',
  );
  const marker = byCue(quotesOf(doc), 'according to');
  assert.ok(marker);
  assert.equal(marker.content.text, 'The hearing was moved to June');
});

test('round 2: whom "citing" names in the source chain of another quote is no quotation', () => {
  const doc = analyzeText(
    'The Daily Courier, citing a senior aide in the Norvian interior ministry, reported that both parties had settled the matter.',
    'en',
  );
  const cues = (doc.quotes ?? []).map((q) => q.cue?.text);
  assert.deepEqual(cues, ['reported']);
  // A cited reason names no source: it stays an attribution.
  const reason = analyzeText('The mill cut its forecast, citing weaker demand for timber.', 'en');
  assert.equal(reason.quotes?.length, 1);
});

test('the source a newsroom learned from is named without the preposition and its contracted article', () => {
  const doc = analyzeText(
    'Le maire sera entendu mardi, a-t-on appris lundi auprès du tribunal administratif de Lille.',
    'fr',
  );
  const learned = byCue(doc, 'appris');
  assert.equal(learned.speaker.name, 'tribunal administratif de Lille');
  const des = analyzeText(
    "Le chantier reprendra en mai, indique-t-on auprès des services de l'agglomération.",
    'fr',
  );
  assert.equal(byCue(des, 'indique').speaker.name, "services de l'agglomération");
});

test('"one of the officials" is one of the group a source named before, with its chain', () => {
  const doc = analyzeText(
    'The ferry company will cut its winter timetable, the Harbour Gazette reported on Friday, citing two officials involved in the talks. One of the officials said the cuts would start in November.',
    'en',
  );
  const q = quoteWith(doc, 'cuts would start');
  assert.deepEqual(chainOf(q).slice(1), ['Harbour Gazette', 'two officials']);
  // "One in four" is a share, not one of a group named before.
  const share = analyzeText(
    'Two officials spoke at the meeting. One in four officials said the cuts would start in November.',
    'en',
  );
  assert.notEqual(quoteWith(share, 'cuts would start').speaker.name, 'Two officials');
});

test('an anonymous source a relay cited goes on speaking through it', () => {
  const text =
    'The port will reopen on Monday, the Harbour Gazette reported, citing a senior official in the transport ministry. The official, who spoke on condition of anonymity, said the cranes were repaired.';
  const q = quoteWith(analyzeText(text, 'en'), 'cranes were repaired');
  assert.deepEqual(chainOf(q).slice(1), ['Harbour Gazette', 'The official']);
  // A named speaker quoted again is no longer relayed.
  const named = analyzeText(
    'The port will reopen on Monday, the Harbour Gazette reported, citing Transport Minister Ana Rocha. Rocha later told a news conference that the cranes were repaired.',
    'en',
  );
  assert.deepEqual(chainOf(quoteWith(named, 'cranes were repaired')).slice(1), ['Ana Rocha']);
});

test('"the newspaper" is the outlet named last before it; not when another body is named since', () => {
  const doc = analyzeText(
    'The ferry company will cut its winter timetable, the Harbour Gazette reported on Friday. According to the newspaper, the cuts would start in November.',
    'en',
  );
  assert.equal(quoteWith(doc, 'cuts would start').speaker.name, 'Harbour Gazette');
  const other = analyzeText(
    'The ferry company will cut its winter timetable, the Harbour Gazette reported on Friday, quoting the Congressional Budget Office. The agency said the cuts would start in November.',
    'en',
  );
  assert.notEqual(quoteWith(other, 'cuts would start').speaker.name, 'Harbour Gazette');
});

test('an outlet the speaker told relays the speaker: outlet, agency, speaker (issue #5, item 5)', () => {
  const told = quoteWith(
    analyzeText(
      'Mara Velkova, the mayor of Dunmore, told Reuters that the bridge would reopen in June.',
      'en',
    ),
    'the bridge would reopen',
  );
  assert.deepEqual(chainOf(told).slice(1), ['Reuters', 'Mara Velkova']);
  const interview = quoteWith(
    analyzeText(
      'The finance minister said in an interview with the BBC that the tax on fuel would go up.',
      'en',
    ),
    'the tax on fuel',
  );
  assert.deepEqual(chainOf(interview).slice(1), ['BBC', 'The finance minister']);
  // People of the press are no outlet; an outlet that is what is said about relays nothing.
  const reporters = quoteWith(
    analyzeText('Senator Ada Linwood told reporters that the bill was dead.', 'en'),
    'the bill was dead',
  );
  assert.deepEqual(chainOf(reporters).slice(1), ['Ada Linwood']);
  const criticised = analyzeText(
    'The mayor criticized The New York Times for its coverage of the strike.',
    'en',
  );
  for (const q of quotesOf(criticised))
    assert.ok(!chainOf(q).slice(1).includes('The New York Times'));
});

test("l'agence à qui l'on parle, ou qui interroge, relaie la personne : « a indiqué à l'AFP », « interrogé par l'AFP »", () => {
  const told = quoteWith(
    analyzeText(
      "Le maire de Dunmore, Paul Ravel, a indiqué à l'AFP que le pont rouvrirait en juin.",
      'fr',
    ),
    'le pont rouvrirait',
  );
  assert.deepEqual(chainOf(told).slice(1), ['AFP', 'Paul Ravel']);
  const asked = quoteWith(
    analyzeText("Interrogé par l'AFP, le maire a affirmé que l'usine resterait ouverte.", 'fr'),
    "l'usine resterait ouverte",
  );
  assert.deepEqual(chainOf(asked).slice(1), ['AFP', 'le maire']);
  // Ce qu'on dit au préfet ne passe par aucun média.
  const prefect = quoteWith(
    analyzeText('Le maire a écrit au préfet que la route était fermée.', 'fr'),
    'la route était fermée',
  );
  assert.deepEqual(chainOf(prefect).slice(1), ['Le maire']);
});

test('inside a sentence, « selon » a rule is no source; opening it, the rule is', () => {
  const doc = analyzeText(
    'Le quotidien Blesk note que le maire dînait dans un café qui, selon les règles en vigueur, devait être fermé.',
    'fr',
  );
  assert.equal(quotesOf(doc).length, 1);
  assert.deepEqual(chainOf(byCue(doc, 'note')).slice(1), ['Blesk']);
  const opening = analyzeText(
    'According to state law, no one may hand out leaflets near a polling place.',
    'en',
  );
  assert.equal(byCue(opening, 'According to').speaker.name, 'state law');
});

test('according to inside a subordinate clause scopes that clause, not the sentence', () => {
  const doc = analyzeText(
    'He was relieved last week, when he heard the old bridge was still safe according to the engineers, and the town reopened it.',
    'en',
  );
  const marker = byCue(doc, 'according to');
  assert.equal(marker.content.text, 'the old bridge was still safe');
  // The verb of learning around it is not what the engineers passed on.
  const heard = byCue(quotesOf(doc), 'heard');
  if (heard) assert.ok(!chainOf(heard).includes('the engineers'));
  // Set off by a comma at the end of the sentence, the marker scopes the whole sentence.
  const closing = analyzeText(
    'The mayor said the town has no plans to sell the land, according to two council members.',
    'en',
  );
  assert.match(byCue(closing, 'according to').content.text, /^The mayor said/);
});

test('a finding that comes out of a study is attributed to who made the study', () => {
  const doc = analyzeText(
    "La moitié des rivières du département sont polluées. C'est ce qui ressort d'une enquête menée par l'Office français de la biodiversité.",
    'fr',
  );
  const finding = byCue(doc, 'ressort');
  assert.equal(finding.content.text, 'La moitié des rivières du département sont polluées');
  assert.match(finding.speaker.name, /Office français de la biodiversité/);
  const clause = analyzeText(
    "Il ressort du rapport de l'Insee que les loyers ont augmenté de 4 % en un an.",
    'fr',
  );
  assert.equal(byCue(clause, 'ressort').content.text, 'les loyers ont augmenté de 4 % en un an');
  // Coming out of a room is no finding.
  assert.deepEqual(quotesOf(analyzeText('Le maire est ressorti de la salle vers midi.', 'fr')), []);
});
