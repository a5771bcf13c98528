import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModels } from '../src/nlp/models.js';
import { parseWords } from '../src/nlp/parser.js';
import { tagWords } from '../src/nlp/tagger.js';
import { lemmatize } from '../src/nlp/lemmatizer.js';
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

const SENTENCES = [
  'The harbour board said on Tuesday that the new ferry would sail twice a week .',
  'Fishermen in the northern villages have asked the council for a second quay .',
  'A spokeswoman for the board did not say when the work would begin .',
  'The board said the ferry would sail twice a week .',
];

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
