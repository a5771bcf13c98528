/**
 * A quote's status: refusals and negated verbs of saying, which state nothing, and denial verbs
 * under negation, which hedge.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, byCue, quotesOf, quoteWith } from './helpers.js';

test('a denial verb under negation leaves a possibility: hedged, not denied', () => {
  const fr = analyzeText("Le maire n'exclut pas de fermer les écoles si la crue continue.", 'fr');
  assert.equal(byCue(fr, 'exclut').status, 'hedged');
  const set = analyzeText("La ministre n'écarte pas une hausse des taxes.", 'fr');
  const q = byCue(set, 'écarte');
  assert.equal(q.status, 'hedged');
  assert.equal(q.content.text, 'une hausse des taxes');
  const en = analyzeText('The governor does not rule out a curfew in the city.', 'en');
  assert.equal(byCue(en, 'rule out').status, 'hedged');
  const firm = analyzeText('The governor ruled out a curfew in the city.', 'en');
  assert.equal(byCue(firm, 'ruled out').status, 'denied');
});

test('a refusal or a negated verb of saying is flagged and denies nothing', () => {
  const en = analyzeText(
    'Mr. Dunmore declined to say whether there was no buyer for the mill.',
    'en',
  );
  const declined = byCue(quotesOf(en), 'declined');
  assert.ok(declined);
  assert.equal(declined.refused, true);
  assert.equal(declined.status, 'reported');
  assert.equal(declined.negated, undefined);
  const negated = analyzeText(
    'A spokeswoman for the mill would not say whether the night shift would end.',
    'en',
  );
  assert.equal(byCue(quotesOf(negated), 'say')?.refused, true);
});

test('a verb of saying under a refusal states nothing of its own', () => {
  const fr = analyzeText(
    "La direction de la scierie a refusé de dire si l'équipe de nuit serait supprimée.",
    'fr',
  );
  assert.deepEqual(quotesOf(fr), []);
  const unwilling = analyzeText(
    "Le maire n'a pas souhaité dire si la piscine rouvrirait en juin.",
    'fr',
  );
  assert.deepEqual(quotesOf(unwilling), []);
});

test('a refusal quotes nobody: a quotation after its colon is the speaker’s statement', () => {
  const doc = analyzeText(
    'Asked about the transfer, the coach declined: "I will not discuss contracts while the season is running."',
    'en',
  );
  const q = quoteWith(doc, 'I will not discuss contracts');
  assert.equal(q.kind, 'direct');
  assert.notEqual(q.cue?.text, 'declined');
  assert.notEqual(q.refused, true);
  assert.equal(q.speaker.name, 'the coach');
});

test('a denial under a negation denies nothing, across a coordination too', () => {
  const neither = analyzeText(
    'The port authority could neither confirm nor deny the rumours.',
    'en',
  );
  assert.equal(byCue(neither, 'deny').status, 'hedged');
  const shared = analyzeText('The port authority would not confirm or deny the rumours.', 'en');
  assert.equal(byCue(shared, 'deny').status, 'hedged');
  const ni = analyzeText("La préfecture n'a ni confirmé ni démenti ces rumeurs.", 'fr');
  assert.equal(byCue(ni, 'démenti').status, 'hedged');
  // a conjunct with its own tense keeps its own polarity
  const own = analyzeText(
    'The port authority did not comment on the strike and denied the rumours.',
    'en',
  );
  assert.equal(byCue(own, 'denied').status, 'denied');
});
