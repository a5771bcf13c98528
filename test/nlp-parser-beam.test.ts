import test from 'node:test';
import assert from 'node:assert/strict';
import {
  parserFromBundle,
  parserToBundle,
  parseWords,
  trainParser,
  type ParserExample,
} from '../src/nlp/parser.js';
import { packBundle, seededRandom, unpackBundle } from '../src/nlp/ud-features.js';

const NOUNS = ['minister', 'envoy', 'union', 'court', 'mayor', 'agency', 'army', 'senator'];
const VERBS = ['met', 'urged', 'thanked', 'sued', 'visited', 'warned'];
const PLACES = ['Delhi', 'Lyon', 'Kyiv', 'Bali', 'Quito'];

/**
 * A made-up treebank: "the N V the N [in P] [after the N V the N] ." with
 * UD heads, so that the attachment of the place and of the second clause
 * depends on more than the next word.
 */
function toyTreebank(count: number, seed: number): ParserExample[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const examples: ParserExample[] = [];
  for (let k = 0; k < count; k++) {
    const words: string[] = [];
    const upos: string[] = [];
    const heads: number[] = [];
    const deprels: string[] = [];
    const add = (word: string, tag: string, head: number, deprel: string) => {
      words.push(word);
      upos.push(tag);
      heads.push(head);
      deprels.push(deprel);
      return words.length - 1;
    };
    const clause = (head: number, deprel: string): number => {
      const start = words.length;
      add('the', 'DET', start + 1, 'det');
      add(pick(NOUNS), 'NOUN', start + 2, 'nsubj');
      const verb = add(pick(VERBS), 'VERB', head, deprel);
      add('the', 'DET', start + 4, 'det');
      add(pick(NOUNS), 'NOUN', verb, 'obj');
      if (random() < 0.5) {
        add('in', 'ADP', start + 6, 'case');
        add(pick(PLACES), 'PROPN', verb, 'obl');
      }
      return verb;
    };
    const main = clause(-1, 'root');
    if (random() < 0.5) {
      const mark = add('after', 'SCONJ', -2, 'mark');
      const sub = clause(main, 'advcl');
      heads[mark] = sub;
    }
    add('.', 'PUNCT', main, 'punct');
    examples.push({
      sentence: { words, upos, feats: upos.map(() => '_'), lemmas: words, heads, deprels },
      tags: upos.map((u) => ({ upos: u, feats: '_' })),
    });
  }
  return examples;
}

function accuracy(examples: ParserExample[], model: ReturnType<typeof trainParser>): number {
  let right = 0;
  let total = 0;
  for (const { sentence, tags } of examples) {
    parseWords(sentence.words, tags, model).forEach((d, i) => {
      total++;
      if (d.head === sentence.heads[i] && d.deprel === sentence.deprels[i]) right++;
    });
  }
  return right / total;
}

test('the beam parser learns a treebank globally and keeps its width in its file', () => {
  const train = toyTreebank(300, 1);
  const unseen = toyTreebank(100, 2);
  const model = trainParser(train, { epochs: 4, seed: 1, explore: 0, beam: 4, log: () => {} });
  assert.equal(model.beam, 4);
  assert.ok(accuracy(unseen, model) > 0.98, `labelled accuracy ${accuracy(unseen, model)}`);
  const loaded = parserFromBundle(unpackBundle(packBundle(parserToBundle(model))));
  assert.equal(loaded.beam, 4);
  const words = unseen[0].sentence.words;
  assert.deepEqual(
    parseWords(words, unseen[0].tags, loaded),
    parseWords(words, unseen[0].tags, model),
  );
});

test('a greedy parser file has no width and loads as greedy', () => {
  const model = trainParser(toyTreebank(100, 3), {
    epochs: 2,
    seed: 1,
    explore: 0.9,
    beam: 1,
    log: () => {},
  });
  const bundle = parserToBundle(model);
  assert.equal('beam' in (bundle.json as object), false);
  assert.equal(parserFromBundle(bundle).beam, 1);
});
