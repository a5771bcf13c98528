/**
 * Repairs of the tagger's and the parser's output (issue #3): relative incises the parser took
 * for the root or a conjunct (also one opened by a quotation mark, whose verb took the nominal
 * before it as subject, and one on the right nominal with an adverbial clause's label), and the
 * verb of a sentence the tagger left without one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { attachIncises } from '../src/nlp/incises.js';
import { attachTimeAdjuncts } from '../src/nlp/time-adjuncts.js';
import type { Dependency } from '../src/nlp/parser.js';
import { analyzeText, quotesOf } from './helpers.js';

const wordAt = (doc: Doc, form: string) => doc.tokens.findIndex((t) => t.text === form);

const dependencyOf = (doc: Doc, form: string) => doc.dependencies![wordAt(doc, form)];

const tagOf = (doc: Doc, form: string) => doc.tags![wordAt(doc, form)].upos;

/** A hand-made parse: `word/UPOS/feats/head/deprel`, heads 0-based, -1 = root. */
function parsed(spec: string[]): {
  words: string[];
  tags: { upos: string; feats: string }[];
  deps: Dependency[];
} {
  const rows = spec.map((s) => s.split('/'));
  return {
    words: rows.map((r) => r[0]),
    tags: rows.map((r) => ({ upos: r[1], feats: r[2] })),
    deps: rows.map((r) => ({ head: Number(r[3]), deprel: r[4] })),
  };
}

test("the verb of a ', qui …,' incise taken for the root gives it back to the verb after the incise", () => {
  const s = parsed([
    'La/DET/_/1/det',
    'directrice/NOUN/Number=Sing/5/nsubj',
    ',/PUNCT/_/1/punct',
    'qui/PRON/PronType=Rel/5/nsubj',
    'a/AUX/Number=Sing|VerbForm=Fin/5/aux',
    'démissionné/VERB/VerbForm=Part/-1/root',
    ',/PUNCT/_/7/punct',
    'conteste/VERB/Number=Sing|VerbForm=Fin/5/conj',
    'le/DET/_/9/det',
    'rapport/NOUN/Number=Sing/7/obj',
    './PUNCT/_/5/punct',
  ]);
  attachIncises(s.words, s.tags, s.deps);
  assert.deepEqual(s.deps[7], { head: -1, deprel: 'root' });
  assert.deepEqual(s.deps[5], { head: 1, deprel: 'acl:relcl' });
  assert.equal(s.deps[1].head, 7);
  assert.equal(s.deps[10].head, 7);
});

test('an incise taken for a conjunct of the main verb qualifies the nominal its verb agrees with', () => {
  const s = parsed([
    'Les/DET/_/1/det',
    'chiffres/NOUN/Number=Plur/8/nsubj',
    'du/ADP/_/3/case',
    'recensement/NOUN/Number=Sing/1/nmod',
    ',/PUNCT/_/3/punct',
    'qui/PRON/PronType=Rel/6/nsubj',
    'seront/AUX/Number=Plur|VerbForm=Fin/7/aux:pass',
    'révisés/VERB/VerbForm=Part/8/conj',
    'confirment/VERB/Number=Plur|VerbForm=Fin/-1/root',
    'la/DET/_/10/det',
    'tendance/NOUN/Number=Sing/8/obj',
    './PUNCT/_/8/punct',
  ]);
  s.deps[5].head = 7;
  attachIncises(s.words, s.tags, s.deps);
  // "recensement" is singular: the plural verb's antecedent is "chiffres"
  assert.deepEqual(s.deps[7], { head: 1, deprel: 'acl:relcl' });
  assert.deepEqual(s.deps[8], { head: -1, deprel: 'root' });
});

test('a relative incise after an apposition qualifies the name the apposition describes', () => {
  const doc = analyzeText(
    'Karim Duval, 34 ans, qui dirige la coopérative depuis mars, dénonce la décision du préfet.',
    'fr',
  );
  assert.equal(dependencyOf(doc, 'dénonce').deprel, 'root');
  assert.equal(dependencyOf(doc, 'dirige').deprel, 'acl:relcl');
  assert.equal(dependencyOf(doc, 'dirige').head, wordAt(doc, 'Karim'));
});

test('a noun the dictionary knows is the verb of a sentence without one, past a relative incise', () => {
  const doc = analyzeText(
    "Une porte-parole de l'association, qui a souhaité rester anonyme, juge la mesure « absurde » au moment où les loyers augmentent.",
    'fr',
  );
  assert.equal(tagOf(doc, 'juge'), 'VERB');
  const quote = quotesOf(doc).find((q) => q.cue?.text === 'juge');
  assert.ok(quote);
  assert.match(quote.speaker.name, /^Une porte-parole/);
  // the same word keeps its noun in a sentence that has a verb
  const noun = analyzeText('Le juge a rejeté la demande de la défense.', 'fr');
  assert.equal(tagOf(noun, 'juge'), 'NOUN');
});

/** The arcs of a hand-made parse (see `parsed`) once the incise repair has run. */
function repaired(spec: string[]): string[] {
  const s = parsed(spec);
  attachIncises(s.words, s.tags, s.deps);
  return s.deps.map((d, k) => `${s.words[k]}>${d.head < 0 ? 'ROOT' : s.words[d.head]}:${d.deprel}`);
}

/** "Paul part, mais la police «qui craint des heurts», a fermé l'avenue." as the parser read it. */
function policeSentence(mainVerb: string): string[] {
  return [
    'Paul/PROPN/Number=Sing/1/nsubj',
    'part/VERB/Number=Sing|VerbForm=Fin/-1/root',
    ',/PUNCT/_/8/punct',
    'mais/CCONJ/_/8/cc',
    'la/DET/_/5/det',
    'police/NOUN/Number=Sing/8/nsubj',
    '«/PUNCT/_/8/punct',
    'qui/PRON/PronType=Rel/8/nsubj',
    'craint/VERB/Number=Sing|VerbForm=Fin/1/conj',
    'des/DET/_/10/det',
    'heurts/NOUN/Number=Plur/8/obj',
    '»/PUNCT/_/8/punct',
    ',/PUNCT/_/14/punct',
    'a/AUX/Number=Sing|VerbForm=Fin/14/aux:tense',
    mainVerb,
    "l'/DET/_/16/det",
    'avenue/NOUN/Number=Sing/14/obj',
    './PUNCT/_/1/punct',
  ];
}

test('a relative incise opened by « whose verb took its nominal as subject gives both to the verb after it', () => {
  const arcs = repaired(policeSentence('fermé/VERB/VerbForm=Part/1/conj'));
  for (const arc of [
    'craint>police:acl:relcl',
    'police>fermé:nsubj',
    'fermé>part:conj',
    'mais>fermé:cc',
  ])
    assert.ok(arcs.includes(arc), `${arc} in ${arcs.join(' ')}`);
});

test('the verb after the incise, hung as an adverbial clause without a conjunction, is the main verb', () => {
  const arcs = repaired(policeSentence('fermé/VERB/VerbForm=Part/1/advcl'));
  for (const arc of ['craint>police:acl:relcl', 'police>fermé:nsubj', 'fermé>part:conj'])
    assert.ok(arcs.includes(arc), `${arc} in ${arcs.join(' ')}`);
});

test('a relative clause on the right nominal loses the adverbial label, unless the nominal is a predicate', () => {
  // "Le parti, qui était opposé à la réforme, hésite."
  const party = repaired([
    'Le/DET/_/1/det',
    'parti/NOUN/Number=Sing/10/nsubj',
    ',/PUNCT/_/5/punct',
    'qui/PRON/PronType=Rel/5/nsubj',
    'était/AUX/Number=Sing|VerbForm=Fin/5/cop',
    'opposé/ADJ/Number=Sing/1/advcl:relcl',
    'à/ADP/_/8/case',
    'la/DET/_/8/det',
    'réforme/NOUN/Number=Sing/5/obl',
    ',/PUNCT/_/1/punct',
    'hésite/VERB/Number=Sing|VerbForm=Fin/-1/root',
    './PUNCT/_/10/punct',
  ]);
  assert.ok(party.includes('opposé>parti:acl:relcl'), party.join(' '));
  // "C'est un accord, qui satisfait tout le monde.": a sentential relative on the predicate
  const agreement = repaired([
    "C'/PRON/_/3/nsubj",
    'est/AUX/Number=Sing|VerbForm=Fin/3/cop',
    'un/DET/_/3/det',
    'accord/NOUN/Number=Sing/-1/root',
    ',/PUNCT/_/6/punct',
    'qui/PRON/PronType=Rel/6/nsubj',
    'satisfait/VERB/Number=Sing|VerbForm=Fin/3/advcl:relcl',
    'tout/DET/_/9/det',
    'le/DET/_/9/det',
    'monde/NOUN/Number=Sing/6/obj',
    './PUNCT/_/3/punct',
  ]);
  assert.ok(agreement.includes('satisfait>accord:advcl:relcl'), agreement.join(' '));
});

test('a nominal after the verb of an object relative with no subject is its inverted subject', () => {
  const doc = analyzeText(
    "Les horaires changent lundi. C'est ce qu'a annoncé la directrice de l'école.",
    'fr',
  );
  assert.deepEqual(dependencyOf(doc, 'directrice'), {
    head: wordAt(doc, 'annoncé'),
    deprel: 'nsubj',
  });
});

test('a determined nominal between a subject and its verb is a time adjunct, not a second subject', () => {
  const labels = ['root', 'nsubj', 'obl:unmarked', 'det', 'flat', 'obj', 'punct', 'parataxis'];
  // the name closed before the adjunct became the root, the clause hung on it
  const name = parsed([
    'Governor/PROPN/Number=Sing/1/compound',
    'Dana/PROPN/Number=Sing/-1/root',
    'Reyes/PROPN/Number=Sing/1/flat',
    'this/DET/_/4/det',
    'week/NOUN/Number=Sing/5/nsubj',
    'vetoed/VERB/Tense=Past|VerbForm=Fin/1/parataxis',
    'the/DET/_/7/det',
    'bill/NOUN/Number=Sing/5/obj',
    './PUNCT/_/1/punct',
  ]);
  attachTimeAdjuncts(name.tags, name.deps, labels);
  assert.deepEqual(name.deps[5], { head: -1, deprel: 'root' });
  assert.deepEqual(name.deps[1], { head: 5, deprel: 'nsubj' });
  assert.deepEqual(name.deps[4], { head: 5, deprel: 'obl:unmarked' });
  assert.equal(name.deps[8].head, 5);
  // two subjects: the first is the subject
  const two = parsed([
    'The/DET/_/1/det',
    'council/NOUN/Number=Sing/4/nsubj',
    'last/ADJ/_/3/amod',
    'month/NOUN/Number=Sing/4/nsubj',
    'approved/VERB/Tense=Past|VerbForm=Fin/-1/root',
    'the/DET/_/6/det',
    'budget/NOUN/Number=Sing/4/obj',
  ]);
  attachTimeAdjuncts(two.tags, two.deps, labels);
  assert.deepEqual(two.deps[1], { head: 4, deprel: 'nsubj' });
  assert.deepEqual(two.deps[3], { head: 4, deprel: 'obl:unmarked' });
  // a fronted adjunct set off by a comma is left to the parser
  const fronted = parsed([
    'This/DET/_/1/det',
    'morning/NOUN/Number=Sing/5/nsubj',
    ',/PUNCT/_/1/punct',
    'the/DET/_/4/det',
    'council/NOUN/Number=Sing/5/nsubj',
    'met/VERB/Tense=Past|VerbForm=Fin/-1/root',
  ]);
  attachTimeAdjuncts(fronted.tags, fronted.deps, labels);
  assert.deepEqual(fronted.deps[4], { head: 5, deprel: 'nsubj' });
});

test('an event keeps its actor across a time adjunct before the verb', () => {
  const doc = analyzeText('Prime Minister Ana Brandt this week announced new sanctions.', 'en');
  assert.deepEqual(dependencyOf(doc, 'Ana'), { head: wordAt(doc, 'announced'), deprel: 'nsubj' });
});
