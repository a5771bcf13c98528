import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, Sentence, Token } from '../src/document.js';
import { loadModels } from '../src/nlp/models.js';
import { parseDoc } from '../src/nlp/parser.js';
import { AveragedPerceptron } from '../src/nlp/perceptron.js';
import { tagDoc, tagWords } from '../src/nlp/tagger.js';
import { lexiconFromJson, lexiconToJson } from '../src/nlp/tag-lexicon.js';
import { readUd } from '../src/nlp/ud-data.js';
import { packBundle, unpackBundle } from '../src/nlp/ud-features.js';
import { scoreUd } from '../src/nlp/ud-score.js';
import { sharedData } from './helpers.js';

/**
 * Dev-set floors, about half a point under the shipped models' scores
 * (models/<lang>/ud.json): a regression in training or at run time fails here.
 */
const FLOORS = {
  fr: { upos: 97.6, ufeats: 94.6, lemma: 98.6, uas: 88.5, las: 84.9 },
  en: { upos: 95.2, ufeats: 94.4, lemma: 96.8, uas: 84.6, las: 81.3 },
};

function checkDev(lang: 'fr' | 'en', path: string): void {
  const models = loadModels(lang);
  assert.ok(models, `no shipped UD models for ${lang}`);
  const scores = scoreUd(readUd(path), models.tagger, models.parser);
  for (const [metric, floor] of Object.entries(FLOORS[lang])) {
    const value = scores[metric as keyof typeof FLOORS.fr];
    assert.ok(value >= floor, `${lang} dev ${metric} ${value.toFixed(2)} < floor ${floor}`);
  }
}

test('French models keep their Sequoia dev scores', (t) => {
  const path = sharedData(t, 'ud', 'UD_French-Sequoia', 'fr_sequoia-ud-dev.conllu');
  if (path) checkDev('fr', path);
});

test('English models keep their EWT dev scores', (t) => {
  const path = sharedData(t, 'ud', 'UD_English-EWT', 'en_ewt-ud-dev.conllu');
  if (path) checkDev('en', path);
});

test('French conditional auxiliaries get Mood=Cnd', () => {
  const models = loadModels('fr');
  assert.ok(models);
  const sentences = [
    'Le ministre aurait exhorté la Russie à libérer le prisonnier .',
    "Selon son entourage , elle aurait fait part de ses doutes à le conseil d' administration .",
    'Le gouvernement aurait pressé les syndicats de reprendre les discussions .',
  ];
  for (const sentence of sentences) {
    const words = sentence.split(' ');
    const tags = tagWords(words, models.tagger);
    const aux = tags[words.indexOf('aurait')];
    assert.equal(aux.upos, 'AUX', sentence);
    assert.match(aux.feats, /(^|\|)Mood=Cnd(\||$)/, `${sentence}: ${aux.feats}`);
    assert.equal(aux.lemma, 'avoir');
  }
});

test('a sentence the tagger would leave without a finite verb gets its verb', () => {
  const models = loadModels('en');
  assert.ok(models);
  for (const sentence of [
    'Germany plans to close its embassy in the capital .',
    'The government of Morvania plans to release about 200 prisoners .',
    // closing incises have verbs of their own; the main clause before them has none
    'The government of Morvania plans to release about 200 prisoners held since the war , the Morvan Gazette reported on Monday , citing three officials close to the talks .',
  ]) {
    const words = sentence.split(' ');
    const tags = tagWords(words, models.tagger);
    const verb = tags[words.indexOf('plans')];
    assert.equal(verb.upos, 'VERB', sentence);
    assert.match(verb.feats, /VerbForm=Fin/, `${sentence}: ${verb.feats}`);
  }
  // a noun phrase with its verb elsewhere keeps its noun
  const phrase = 'Their plans to close the embassy were dropped .'.split(' ');
  assert.equal(tagWords(phrase, models.tagger)[1].upos, 'NOUN');
  // a past participle after a comma is no incise: its clause is the sentence's
  const caption = 'Holiday plans with the whole family , followed by a long lunch .'.split(' ');
  assert.equal(tagWords(caption, models.tagger)[1].upos, 'NOUN');
  // a comma first (a fragment of a split sentence) ends the search for incises
  // a participle with an object after it makes the clause: no other verb is wanted
  const delivered =
    'The World Food Programme delivered food to 30,000 people in Jacmel on Sunday .';
  assert.equal(tagWords(delivered.split(' '), models.tagger)[3].upos, 'NOUN');
  const fragment = ', the council said , citing two officials .'.split(' ');
  assert.equal(tagWords(fragment, models.tagger).length, fragment.length);
});

function docOf(sentences: string[][]): Doc {
  const tokens: Token[] = [];
  const spans: Sentence[] = [];
  let text = '';
  sentences.forEach((words, s) => {
    const tokenStart = tokens.length;
    const start = text.length;
    for (const word of words) {
      tokens.push({
        index: tokens.length,
        sentence: s,
        text: word,
        start: text.length,
        end: text.length + word.length,
        spaceAfter: true,
      });
      text += word + ' ';
    }
    spans.push({
      index: s,
      paragraph: 0,
      start,
      end: text.length - 1,
      tokenStart,
      tokenEnd: tokens.length,
    });
  });
  return {
    article: {
      id: '0',
      source: 'test',
      outlet: null,
      lang: 'en',
      published: null,
      title: null,
      text,
      metadata: {},
    },
    text,
    date: null,
    lang: { code: 'en', source: 'option', supported: true },
    paragraphs: [{ index: 0, start: 0, end: text.length }],
    sentences: spans,
    tokens,
    warnings: [],
  };
}

test('tagDoc and parseDoc fill one tree per sentence with document-level heads', () => {
  const models = loadModels('en');
  assert.ok(models);
  const doc = docOf([
    ['The', 'minister', 'said', 'the', 'talks', 'had', 'failed', '.'],
    ['She', 'will', 'travel', 'to', 'Geneva', 'on', 'Monday', '.'],
  ]);
  tagDoc(doc, models.tagger);
  parseDoc(doc, models.parser);
  assert.equal(doc.tags?.length, doc.tokens.length);
  assert.equal(doc.dependencies?.length, doc.tokens.length);
  assert.equal(doc.tags![1].upos, 'NOUN');
  assert.equal(doc.tags![2].lemma, 'say');
  for (const sentence of doc.sentences) {
    const deps = doc.dependencies!.slice(sentence.tokenStart, sentence.tokenEnd);
    assert.equal(deps.filter((d) => d.head === -1).length, 1, 'one root');
    for (const d of deps) {
      if (d.head === -1) assert.equal(d.deprel, 'root');
      else
        assert.ok(
          d.head >= sentence.tokenStart && d.head < sentence.tokenEnd,
          'head inside the sentence',
        );
    }
  }
  assert.equal(doc.dependencies![1].head, 2, 'minister ← said');
  assert.equal(doc.dependencies![1].deprel, 'nsubj');
});

test('a title-case headline is tagged as the sentence it stands for; its names stay names', () => {
  const models = loadModels('en');
  assert.ok(models);
  const doc = docOf([['Mayor', 'Quits', 'Over', 'Budget', 'Row', ',', 'Paper', 'Says']]);
  tagDoc(doc, models.tagger);
  assert.deepEqual(
    [1, 7].map((i) => [doc.tags![i].upos, doc.tags![i].lemma]),
    [
      ['VERB', 'quit'],
      ['VERB', 'say'],
    ],
  );
  assert.equal(doc.tokens[7].text, 'Says', 'the token keeps its text');
  const names = docOf([['Putin', 'Meets', 'Xi', 'In', 'Moscow', 'As', 'Talks', 'Begin']]);
  tagDoc(names, models.tagger);
  assert.deepEqual(
    [0, 2, 4].map((i) => names.tags![i].upos),
    ['PROPN', 'PROPN', 'PROPN'],
  );
});

test('French verbs of the news the treebanks lack are verbs, through the Lefff tag lexicon', () => {
  const models = loadModels('fr');
  assert.ok(models);
  const doc = docOf([
    ['Le', 'Kremlin', 'dément', 'toute', 'négociation', 'avec', 'Kiev', '.'],
    ['Le', 'gouvernement', 'exclut', 'toute', 'négociation', '.'],
  ]);
  tagDoc(doc, models.tagger);
  assert.deepEqual(
    [doc.tags![2], doc.tags![10]].map((t) => [t.upos, t.lemma]),
    [
      ['VERB', 'démentir'],
      ['VERB', 'exclure'],
    ],
  );
});

test("English verbs the treebank lacks take en-lexicon's base verb, not a misspelt irregular entry", () => {
  const models = loadModels('en');
  assert.ok(models);
  // english-verbs-irregular lists "boycot" (boycotted) and "but" (butted)
  const doc = docOf([['Unions', 'boycotted', 'the', 'talks', 'and', 'butted', 'in', '.']]);
  tagDoc(doc, models.tagger);
  assert.deepEqual(
    [1, 5].map((i) => doc.tags![i].lemma),
    ['boycott', 'butt'],
  );
});

test('an adjective-or-noun right after an article, before the verb or a relative incise, heads the phrase', () => {
  const models = loadModels('en');
  assert.ok(models);
  const doc = docOf([
    ['The', 'official', 'added', 'that', 'talks', 'would', 'resume', '.'],
    ['The', 'official', ',', 'who', 'asked', 'not', 'to', 'be', 'named', ',', 'said', 'so', '.'],
    ['The', 'official', 'figures', 'came', 'out', '.'],
  ]);
  tagDoc(doc, models.tagger);
  assert.deepEqual(
    [1, 9, 22].map((i) => doc.tags![i].upos),
    ['NOUN', 'NOUN', 'ADJ'],
  );
});

test('both taggers ship their tag lexicons: Penn tags in English, the Lefff in French', () => {
  const en = loadModels('en');
  const fr = loadModels('fr');
  assert.ok(en && fr);
  assert.match(en.tagger.lexicon?.get('runs') ?? '', /VBZ/);
  // "dément": the adjective, or démentir's present (cell d of the Lefff's conjugations)
  assert.equal(fr.tagger.lexicon?.get('dément'), 'A|N|Vd');
  const lexicon = new Map([
    ['glimmers', 'VBZ|NNS'],
    ['Zorbly', 'NNP'],
    ['brisk', 'JJ'],
    ['glints', 'VBZ|NNS'],
  ]);
  const loaded = lexiconFromJson(lexiconToJson(lexicon));
  assert.deepEqual(new Map(loaded), lexicon);
  assert.equal(loaded.get('glints'), 'VBZ|NNS');
  assert.equal(loaded.get('glint'), undefined);
  assert.equal(loaded.has('Zorbly'), true);
});

test('perceptron weights survive serialization and bundling', () => {
  const p = new AveragedPerceptron(3);
  const examples: [number[], number][] = [
    [[1, 2], 0],
    [[2, 3], 1],
    [[3, 4], 2],
    [[1, 4], 0],
  ];
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [keys, truth] of examples) p.update(truth, p.predict(keys), keys);
  }
  p.average();
  const bundle = unpackBundle(packBundle({ json: { name: 'x' }, blobs: { p: p.serialize() } }));
  assert.deepEqual(bundle.json, { name: 'x' });
  const q = AveragedPerceptron.deserialize(bundle.blobs.p);
  assert.equal(q.featureCount, p.featureCount);
  for (const [keys, truth] of examples) {
    assert.equal(p.predict(keys), truth);
    assert.equal(q.predict(keys), truth);
  }
  // a loaded model keeps only its look-up table: writing it again rebuilds the same bytes
  assert.deepEqual(q.serialize(), p.serialize());
});
