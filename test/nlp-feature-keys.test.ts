/**
 * Feature keys of the tagger, parser and recogniser (src/nlp/ud-features.ts, ner-features.ts)
 * and the caches behind them: keys built from hashed parts are the keys built from values, and a
 * sentence's analysis does not depend on what was analysed before it, nor on what a cache kept
 * (a cached word is a copy that keeps no document alive).
 */
import assert from 'node:assert/strict';
import test from 'node:test';
import { lemmatize } from '../src/nlp/lemmatizer.js';
import { loadModels } from '../src/nlp/models.js';
import { prepareSentence, sentenceFeatures } from '../src/nlp/ner-features.js';
import { loadNer } from '../src/nlp/ner.js';
import { parseWords } from '../src/nlp/parser.js';
import { plainForm, tagWords, treebankForm } from '../src/nlp/tagger.js';
import { detachedString } from '../src/util/strings.js';
import {
  key1,
  key1Of,
  key2,
  key2Of,
  key3,
  key3Of,
  partA,
  partB,
  partC,
  seededRandom,
} from '../src/nlp/ud-features.js';

const SENTENCES = [
  'The harbour board said on Tuesday that the new ferry would sail twice a week .',
  'Fishermen in the northern villages have asked the council for a second quay .',
  'A spokeswoman for the board did not say when the work would begin .',
  'The board said the ferry would sail twice a week .',
];

/** A sentence long enough that its (s0, b0) and (head, dependent) pairs share cache slots. */
function longSentence(clauses: number): string[] {
  const clause =
    'the ferry that the board bought last year will sail to the northern villages twice a week';
  const words: string[] = [];
  for (let c = 0; c < clauses; c++) words.push(...clause.split(' '), c + 1 < clauses ? ',' : '.');
  words[0] = 'The';
  return words;
}

test('keys built from hashed parts are the keys built from the values', () => {
  const random = seededRandom(7);
  for (let k = 0; k < 200; k++) {
    const [a, b, c] = [0, 1, 2].map(() => Math.floor(random() * 2 ** 32));
    const t = k % 100;
    assert.equal(key1Of(t, partA(a)), key1(t, a));
    assert.equal(key2Of(t, partA(a), partB(b)), key2(t, a, b));
    assert.equal(key3Of(t, partA(a), partB(b), partC(c)), key3(t, a, b, c));
  }
});

test('a sentence parses the same whatever was parsed before it and when parsed again', () => {
  const models = loadModels('en');
  assert.ok(models, 'the English models ship with the project');
  const { tagger, parser } = models;
  const tagged = SENTENCES.map((s) => {
    const words = s.split(' ');
    return { words, tags: tagWords(words, tagger) };
  });
  const forward = tagged.map(({ words, tags }) => parseWords(words, tags, parser));
  const backward = tagged
    .slice()
    .reverse()
    .map(({ words, tags }) => parseWords(words, tags, parser))
    .reverse();
  assert.deepEqual(backward, forward);
  const again = tagged.map(({ words, tags }) => parseWords(words, tags, parser));
  assert.deepEqual(again, forward);
  // a tree, with one root and every head inside the sentence
  for (const [k, deps] of forward.entries()) {
    assert.equal(deps.filter((d) => d.head === -1).length, 1);
    for (const d of deps) assert.ok(d.head >= -1 && d.head < tagged[k].words.length);
  }
});

test('a cached lemma is the lemma found the first time', () => {
  const models = loadModels('en');
  assert.ok(models);
  const { lemmatizer } = models.tagger;
  const cases: [string, string, string][] = [
    ['ferries', 'NOUN', 'Number=Plur'],
    ['sailed', 'VERB', 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin'],
    ['quays', 'NOUN', 'Number=Plur'],
  ];
  const first = cases.map(([form, upos, feats]) => lemmatize(lemmatizer, form, upos, feats));
  assert.deepEqual(first, ['ferry', 'sail', 'quay']);
  const second = cases.map(([form, upos, feats]) => lemmatize(lemmatizer, form, upos, feats));
  assert.deepEqual(second, first);
  // the same form with another UPOS is another entry
  assert.equal(lemmatize(lemmatizer, 'saw', 'VERB', 'Mood=Ind|Tense=Past|VerbForm=Fin'), 'see');
  assert.equal(lemmatize(lemmatizer, 'saw', 'NOUN', 'Number=Sing'), 'saw');
});

test('keys are int32 with the bits of the unsigned keys they stand for', () => {
  const keys = new Uint32Array([key1(3, 0xfffffff0), key2(5, 7, 0x80000001), key3(9, 1, 2, 3)]);
  for (const key of [key1(3, 0xfffffff0), key2(5, 7, 0x80000001), key3(9, 1, 2, 3)])
    assert.ok(Number.isInteger(key) && key >= -(2 ** 31) && key < 2 ** 31);
  assert.deepEqual(
    [...keys],
    [key1(3, 0xfffffff0) >>> 0, key2(5, 7, 0x80000001) >>> 0, key3(9, 1, 2, 3) >>> 0],
  );
  // a value and its int32 reading give the same key
  assert.equal(key2(5, 7, 0x80000001), key2(5, 7, 0x80000001 | 0));
});

test('plain and treebank forms drop format characters and straighten apostrophes only', () => {
  assert.equal(plainForm('harbour'), 'harbour');
  assert.equal(plainForm('fer\u00adry'), 'ferry');
  assert.equal(plainForm('quay\u200b'), 'quay');
  assert.equal(plainForm('\u200b'), '\u200b');
  assert.equal(plainForm('café'), 'café');
  assert.equal(treebankForm('n’t'), "n't");
  assert.equal(treebankForm('don\u00ad’t'), "don't");
  assert.equal(treebankForm("board's"), "board's");
});

test('parses do not depend on the sentences parsed before (per-sentence key caches)', () => {
  const models = loadModels('en');
  assert.ok(models, 'the English models ship with the project');
  const { tagger, parser } = models;
  // the second and third have the same length: their word pairs are numbered alike
  const sentences = [
    longSentence(4),
    'Workers unloaded crates of fish from the trawler near the lighthouse before the storm reached the coast .',
    'She told reporters in the port that the ferry company had not paid the crew since March .',
    'The mayor said the new bridge , approved by the regional assembly in 2019 , was still waiting for funds .',
  ].map((s) => (typeof s === 'string' ? s.split(' ') : s));
  assert.equal(sentences[1].length, sentences[2].length);
  const tagged = sentences.map((words) => ({ words, tags: tagWords(words, tagger) }));
  const parse = (k: number) => parseWords(tagged[k].words, tagged[k].tags, parser);
  // each after a sentence of another length
  const alone = tagged.map((_, k) => {
    parse(k === 3 ? 0 : 3);
    return parse(k);
  });
  assert.deepEqual(
    [1, 2, 1, 2].map((k) => parse(k)),
    [alone[1], alone[2], alone[1], alone[2]],
  );
  assert.deepEqual(
    [3, 2, 1, 0].map((k) => parse(k)),
    [alone[3], alone[2], alone[1], alone[0]],
  );
  assert.equal(alone[0].filter((d) => d.head === -1).length, 1);
  // read with the cached word-pair keys ("near the lighthouse" goes with "trawler"; without
  // those keys the parser attaches it to the verb)
  assert.deepEqual(alone[1][10], { head: 7, deprel: 'nmod' });
});

test("a sentence's entity keys are its own (the shared scratch is copied out)", () => {
  const ner = loadNer('en');
  assert.ok(ner, 'the English NER model ships with the project');
  const first = sentenceFeatures(
    prepareSentence('The Harbour Board met in Portsmouth on Tuesday .'.split(' ')),
    ner.lexicon,
  );
  const before = [...first.keys];
  // a sentence with more keys than the scratch holds at first makes it grow
  const long = sentenceFeatures(prepareSentence(longSentence(20)), ner.lexicon);
  assert.ok(long.keys.length > 8192);
  assert.equal(long.offsets[long.offsets.length - 1], long.keys.length);
  assert.deepEqual([...first.keys], before);
  const again = sentenceFeatures(
    prepareSentence('The Harbour Board met in Portsmouth on Tuesday .'.split(' ')),
    ner.lexicon,
  );
  assert.deepEqual([...again.keys], before);
});

test('a detached string has the same characters as the slice it copies', () => {
  const text = 'The harbourmasters of the northern villages met on Tuesday.';
  const long = text.slice(4, 17);
  assert.equal(detachedString(long), 'harbourmaster');
  assert.equal(detachedString(text.slice(0, 3)), 'The');
  assert.equal(detachedString(''), '');
  assert.equal(detachedString('électroménager'), 'électroménager');
});

test('words tagged from the word-hash cache get the tags of their first, uncached reading', () => {
  const models = loadModels('en');
  assert.ok(models, 'English models');
  const words =
    'The harbourmasters of Sandvika-Nordre counted 1,204 unregistered fishing boats .'.split(' ');
  // a fresh process: the first reading computes every form's hashes, the second reads them back
  const first = tagWords(words, models.tagger);
  assert.deepEqual(tagWords(words, models.tagger), first);
  assert.equal(first[0].upos, 'DET');
});
