/**
 * Repairs of the tagger's and the parser's output (issue #3): relative incises the parser took
 * for the root or a conjunct, and the verb of a sentence the tagger left without one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { attachIncises } from '../src/nlp/incises.js';
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
