/**
 * Attribution rules found on news articles of many outlets (issue #5, session 5): one
 * original sentence per rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import { analyzeText, quotesOf, quoteWith } from './helpers.js';

const find = quoteWith;
const byCue = (doc: Doc, cue: string): Quote => {
  const q = quotesOf(doc).find((x) => x.cue?.text === cue);
  assert.ok(
    q,
    `no quote with cue "${cue}" in ${JSON.stringify(quotesOf(doc).map((x) => x.cue?.text))}`,
  );
  return q;
};
const names = (q: Quote) => q.sources.slice(1).map((s) => s.name);

test('a verb in a relative clause on an appositive noun reports that noun, and the clause before ends at its comma', () => {
  const en = analyzeText(
    'The mayor proposed a new tram line, a plan the council dismissed on Friday.',
    'en',
  );
  const dismissed = byCue(en, 'dismissed');
  assert.equal(dismissed.content.text, 'a plan');
  assert.match(dismissed.speaker.name, /council/);
  assert.equal(dismissed.status, 'denied');
  assert.equal(byCue(en, 'proposed').content.text, 'a new tram line');
  const asked = analyzeText(
    'Kenya asked the lender to delay the payment, a request the fund rejected last week.',
    'en',
  );
  assert.ok(byCue(asked, 'asked').content.text.endsWith('delay the payment'));
  const fr = analyzeText(
    'Le syndicat a réclamé une hausse de 5 %, une demande que la direction a rejetée.',
    'fr',
  );
  assert.equal(byCue(fr, 'rejetée').content.text, 'une demande');
  assert.equal(byCue(fr, 'rejetée').speaker.name, 'la direction');
});

test('a gerund complement of a denial verb is what is denied', () => {
  const doc = analyzeText(
    'The company denied hiding the losses, saying its accounts had been audited.',
    'en',
  );
  const denied = byCue(doc, 'denied');
  assert.equal(denied.content.text, 'hiding the losses');
  assert.equal(denied.status, 'denied');
});

test('a headline topic before a colon is no speaker', () => {
  const doc = analyzeText('Grève à la RATP : la direction propose une prime', 'fr');
  assert.deepEqual(quotesOf(doc), []);
});

test('French newsroom frames: a-t-on appris de source X, selon nos informations', () => {
  const learned = byCue(
    analyzeText(
      'Deux cadres du ministère ont été limogés, a-t-on appris de source gouvernementale.',
      'fr',
    ),
    'appris',
  );
  assert.equal(learned.content.text, 'Deux cadres du ministère ont été limogés');
  assert.equal(learned.speaker.name, 'source gouvernementale');
  assert.ok('anonymous' in learned.speaker && learned.speaker.anonymous);
  const ours = byCue(
    analyzeText("Selon nos informations, le club va changer d'entraîneur.", 'fr'),
    'Selon',
  );
  assert.deepEqual(names(ours), ['outlet'], 'the outlet itself is the source');
  assert.equal(ours.sources[1].type, 'outlet');
  const hedged = byCue(
    analyzeText(
      'Le président se rendrait à Berlin mardi, a-t-on appris de source diplomatique.',
      'fr',
    ),
    'appris',
  );
  assert.equal(hedged.status, 'hedged', 'the conditional before the incise is the outlet’s hedge');
});

test('a que-clause after a medium, however the parser read the medium', () => {
  const doc = analyzeText(
    'Le député Marc Olivier a affirmé sur France Inter que le texte serait retiré.',
    'fr',
  );
  assert.equal(byCue(doc, 'affirmé').content.text, 'le texte serait retiré');
});

test('a second verb of saying coordinated at the end of a content is the same speaker’s next attribution', () => {
  const fr = analyzeText(
    'La ministre de la Culture, Anne Morel, a jugé sur France Culture que ce musée était « essentiel » et a appelé les mécènes à le soutenir.',
    'fr',
  );
  assert.equal(byCue(fr, 'jugé').content.text, 'ce musée était « essentiel »');
  assert.equal(byCue(fr, 'appelé').speaker.name, 'Anne Morel');
  const en = analyzeText(
    'The coach said the team had played well and promised changes for the final.',
    'en',
  );
  assert.equal(byCue(en, 'said').content.text, 'the team had played well');
  assert.equal(byCue(en, 'promised').speaker.name, 'The coach');
});

test('a speech verb inside a marker’s clause has its own subject as speaker, the marker’s source before it', () => {
  const doc = analyzeText(
    'Selon le quotidien Sud Ouest, le maire aurait proposé de vendre le stade.',
    'fr',
  );
  const proposed = byCue(doc, 'proposé');
  assert.equal(proposed.speaker.name, 'le maire');
  assert.deepEqual(names(proposed), ['Sud Ouest', 'le maire']);
  assert.equal(proposed.status, 'hedged');
});

test('a description with a nationality is named by its phrase, with the country', () => {
  const en = byCue(
    analyzeText('Three soldiers were killed overnight, Lithuanian officials said.', 'en'),
    'said',
  );
  assert.equal(en.speaker.name, 'Lithuanian officials');
  assert.ok('country' in en.speaker && en.speaker.country === 'LTU');
  const fr = byCue(
    analyzeText(
      'Le pont a été détruit dans la nuit, ont indiqué des responsables ukrainiens.',
      'fr',
    ),
    'indiqué',
  );
  assert.equal(fr.speaker.name, 'des responsables ukrainiens');
});

test('a wire dateline is neither content nor speaker', () => {
  const doc = analyzeText(
    'VILNIUS, June 3 (Reuters) - The bridge will reopen next week, the transport ministry said.',
    'en',
  );
  const said = byCue(doc, 'said');
  assert.equal(said.content.text, 'The bridge will reopen next week');
  assert.ok(quotesOf(doc).every((q) => q.speaker.name !== 'Reuters'));
});

test('incises and markers keep the relative clause of their source, and a marker after "but" scopes what follows', () => {
  const fr = analyzeText(
    "L'audience reprendra jeudi, a précisé son avocat, qui n'a pas voulu en dire plus.\n\nLe chômage a reculé de 0,3 point, selon l'Insee, qui publie ses chiffres chaque trimestre.",
    'fr',
  );
  assert.equal(byCue(fr, 'précisé').content.text, "L'audience reprendra jeudi");
  assert.ok(
    quotesOf(fr).every((q) => q.cue?.text !== 'reprendra'),
    'the incise reports the clause, not the reverse',
  );
  assert.equal(byCue(fr, 'selon').content.text, 'Le chômage a reculé de 0,3 point');
  const en = analyzeText(
    'The club thanked its fans, but according to two players, the manager will leave in June.',
    'en',
  );
  assert.equal(byCue(en, 'according to').content.text, 'the manager will leave in June');
  const headline = analyzeText('Incendie à Marseille : trois blessés, selon les pompiers', 'fr');
  assert.equal(byCue(headline, 'selon').content.text, 'trois blessés');
});

test('the speaker’s own participle and anonymity condition are neither content nor cue', () => {
  const doc = analyzeText(
    'Output fell 3 percent in May, the statistics office said, citing weaker demand for cars.\n\nA police officer, who asked not to be named, said the suspect had fled.',
    'en',
  );
  assert.equal(byCue(doc, 'said').content.text, 'Output fell 3 percent in May');
  assert.ok(quotesOf(doc).every((q) => q.cue?.text !== 'asked'));
  assert.ok(quotesOf(doc).every((q) => !names(q).includes('weaker demand')));
  const fr = analyzeText(
    'Contacté par notre rédaction, le maire n’a pas souhaité commenter.',
    'fr',
  );
  assert.ok(quotesOf(fr).every((q) => !q.content.text.startsWith('Contacté')));
});

test('the questions of an interview in dialogue turns are the newsroom’s', () => {
  const doc = analyzeText(
    "Le maire défend son budget.\n\n— Pourquoi augmenter les impôts ?\n\n— Parce que les dotations de l'État baissent chaque année.\n\n— Les habitants s'inquiètent.\n\n— Ils ont raison, mais nous n'avons pas le choix.",
    'fr',
  );
  assert.equal(find(doc, 'Pourquoi').sources.at(-1)!.type, 'outlet');
  assert.equal(find(doc, "s'inquiètent").sources.at(-1)!.type, 'outlet');
  // The answers are not the newsroom's (no one is named: unknown, never guessed).
  assert.equal(find(doc, 'dotations').speaker.name, 'unknown');
});

test('a place before a headline colon is where, not who', () => {
  const doc = analyzeText('Bretagne : les agriculteurs annoncent de nouvelles actions', 'fr');
  assert.ok(quotesOf(doc).every((q) => q.speaker.name !== 'Bretagne'));
  assert.ok(quotesOf(doc).every((q) => q.cue?.text !== ':'));
});

test('the auxiliary the parser made the verb holds the subject', () => {
  const doc = analyzeText(
    "Le sénateur Paul Vidal a pour sa part estimé qu'un compromis était possible.",
    'fr',
  );
  assert.equal(byCue(doc, 'estimé').speaker.name, 'Paul Vidal');
});

test('quotations after an attributed one, and after a person the narrator names', () => {
  const doc = analyzeText(
    'Harbour pilots say the new cranes are too slow.\n\n"We lose an hour on every ship," one pilot said. "Every single ship."\n\nAnna Berg, 52, has worked the night shift since 1998.\n\n"The old cranes never broke down like this. I miss them."',
    'en',
  );
  assert.equal(find(doc, 'Every single ship').speaker.name, 'one pilot');
  assert.equal(find(doc, 'I miss them').speaker.name, 'Anna Berg');
});

test('a verb of saying under negation with a noun phrase, or alone, says nothing', () => {
  const doc = analyzeText(
    "Sa direction n'a pas confirmé cette information.\n\nLe maire a refusé de commenter.",
    'fr',
  );
  assert.deepEqual(quotesOf(doc), []);
  assert.deepEqual(quotesOf(analyzeText('The mayor declined to comment.', 'en')), []);
});

test('a marker of source with an adjective, a description with a name', () => {
  const doc = analyzeText(
    'De source policière, trois personnes ont été interpellées.\n\nPour la sociologue Claire Martin, ce mouvement reste « minoritaire ».',
    'fr',
  );
  assert.equal(byCue(doc, 'De source').speaker.name, 'source policière');
  assert.equal(byCue(doc, 'Pour').speaker.name, 'Claire Martin');
});

test('an infinitive may be its auxiliary’s: "to get vaccinated"', () => {
  const doc = analyzeText(
    'The ministry urged people over 70 to get vaccinated and asked employers to let staff work from home.',
    'en',
  );
  assert.equal(byCue(doc, 'urged').content.text, 'get vaccinated');
  assert.equal(byCue(doc, 'asked').content.text, 'let staff work from home');
});

test('a quotation ending a sentence with a full stop is not the next sentence’s', () => {
  const doc = analyzeText(
    '"We lose an hour on every ship," one pilot said. "Every single ship."\n\nThe port authority declined to comment.',
    'en',
  );
  assert.equal(find(doc, 'Every single ship').speaker.name, 'one pilot');
});

test('a person named right after the comma closing a title is the speaker', () => {
  const doc = analyzeText(
    "« Le déficit se réduit », a affirmé son trésorier, Marc Delorme de Vauclair, lors d'une réunion.",
    'fr',
  );
  assert.match(byCue(doc, 'affirmé').speaker.name, /Marc Delorme/);
});

test('a relative clause after an inverted speaker is its own, and so is a participle going on with it', () => {
  const doc = analyzeText(
    'Trois écoles resteront fermées lundi, a indiqué la mairie, qui évoque des dégâts « considérables ».\n\nLe groupe Arvel a annoncé la fermeture de deux usines, invoquant « une baisse durable des commandes ».',
    'fr',
  );
  assert.match(byCue(doc, 'évoque').speaker.name, /mairie/);
  assert.match(byCue(doc, 'invoquant').speaker.name, /groupe|Arvel/);
  assert.equal(byCue(doc, 'annoncé').content.text, 'la fermeture de deux usines');
});

test('an interview in labelled paragraphs: the questions are the newsroom’s, the answers not', () => {
  const doc = analyzeText(
    'We asked a baker how she copes with rising flour prices.\n\nQ: How much have your costs gone up?\n\nA: About a third since January, and I cannot pass it all on.\n\nQ: Will you close?\n\nA: Not this year, but many of my colleagues already have.',
    'en',
  );
  assert.equal(find(doc, 'How much have').sources.at(-1)!.type, 'outlet');
  assert.equal(find(doc, 'Will you close').sources.at(-1)!.type, 'outlet');
  const answered = (q: Quote) => q.sources.slice(1).every((l) => l.type !== 'outlet');
  assert.ok(answered(find(doc, 'About a third')));
  assert.ok(answered(find(doc, 'many of my colleagues')));
});

test('after a mid-sentence incise, the narrator’s background is no content', () => {
  const en = analyzeText(
    'A storm flooded two villages on Tuesday, local officials said, as rescuers searched the valley.',
    'en',
  );
  assert.equal(find(en, 'A storm').content.text, 'A storm flooded two villages on Tuesday');
  const fr = analyzeText(
    'Deux ponts ont été fermés mardi, a indiqué la préfecture, alors que la crue continuait de monter.',
    'fr',
  );
  assert.equal(find(fr, 'Deux ponts').content.text, 'Deux ponts ont été fermés mardi');
});
