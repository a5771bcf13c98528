import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LemmaLexicon } from '../src/nlp/lemma-lexicon.js';
import { analyseForm, buildLemmaParadigms } from '../src/nlp/lemma-paradigms.js';
import { checkMoodTense, lemmatize, type LemmatizerModel } from '../src/nlp/lemmatizer.js';
import { loadModels } from '../src/nlp/models.js';
import { tagWords, type WordTags } from '../src/nlp/tagger.js';

const PRESENT_3SG = 'Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin';
const PRESENT_3PL = 'Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin';
const IMPERFECT_3SG = 'Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin';
const IMPERFECT_3PL = 'Mood=Ind|Number=Plur|Person=3|Tense=Imp|VerbForm=Fin';
const PAST_3SG = 'Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin';
const PAST_3PL = 'Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin';
const CONDITIONAL_3SG = 'Mood=Cnd|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin';
const CONDITIONAL_3PL = 'Mood=Cnd|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin';

function frenchLemmatizer(): LemmatizerModel {
  const models = loadModels('fr');
  assert.ok(models, 'no shipped French models');
  return models.tagger.lemmatizer;
}

/** The treebank lexicon has no entry for the form: its lemma comes from elsewhere. */
function assertUnseen(model: LemmatizerModel, form: string, upos: string): void {
  for (const written of new Set([form, form.toLowerCase()])) {
    assert.equal(model.lexicon.get(`${written}\t${upos}`), undefined, `${form} seen in training`);
  }
}

test('French verb forms unseen in training take the distilled lexicon lemma', () => {
  const model = frenchLemmatizer();
  const cases: [form: string, feats: string, lemma: string][] = [
    ['exclut', PRESENT_3SG, 'exclure'],
    ['exclut', PAST_3SG, 'exclure'],
    ['démentent', PRESENT_3PL, 'démentir'],
    ['attaquaient', IMPERFECT_3PL, 'attaquer'],
    ['recevait', IMPERFECT_3SG, 'recevoir'],
    ['cèderait', CONDITIONAL_3SG, 'céder'],
    ['contredisent', PRESENT_3PL, 'contredire'],
    ['soutiendraient', CONDITIONAL_3PL, 'soutenir'],
    ['résolvent', PRESENT_3PL, 'résoudre'],
    ['promettaient', IMPERFECT_3PL, 'promettre'],
    ['Evoquant', 'Tense=Pres|VerbForm=Part', 'évoquer'],
  ];
  for (const [form, feats, lemma] of cases) {
    assertUnseen(model, form, 'VERB');
    assert.equal(lemmatize(model, form, 'VERB', feats), lemma, form);
  }
});

test('English verb forms unseen in training take their base form (en-lexicon, irregular verbs)', () => {
  const models = loadModels('en');
  assert.ok(models, 'no shipped English models');
  const model = models.tagger.lemmatizer;
  const cases: [form: string, feats: string, lemma: string][] = [
    ['joked', 'Mood=Ind|Tense=Past|VerbForm=Fin', 'joke'],
    ['touted', 'Mood=Ind|Tense=Past|VerbForm=Fin', 'tout'],
    ['implored', 'Mood=Ind|Tense=Past|VerbForm=Fin', 'implore'],
    ['conceding', 'VerbForm=Ger', 'concede'],
    ['unveiling', 'VerbForm=Ger', 'unveil'],
    ['froze', 'Mood=Ind|Tense=Past|VerbForm=Fin', 'freeze'],
  ];
  for (const [form, feats, lemma] of cases) {
    assertUnseen(model, form, 'VERB');
    assert.equal(lemmatize(model, form, 'VERB', feats), lemma, form);
  }
});

test('a French form of two verbs takes the one its tense allows', () => {
  const model = frenchLemmatizer();
  // revirent: revoir (simple past) or revirer (present); rentrait: rentrer (imperfect) or rentraire (present)
  for (const form of ['revirent', 'rentrait']) assertUnseen(model, form, 'VERB');
  assert.equal(lemmatize(model, 'revirent', 'VERB', PAST_3PL), 'revoir');
  assert.equal(lemmatize(model, 'revirent', 'VERB', PRESENT_3PL), 'revirer');
  assert.equal(lemmatize(model, 'rentrait', 'VERB', IMPERFECT_3SG), 'rentrer');
});

test('a finite French verb takes the mood and tense the lexicon allows its form', () => {
  const model = frenchLemmatizer();
  // an imperfect whose stem ends in r is no conditional; a conditional is no imperfect
  assert.equal(checkMoodTense(model, 'soupirait', 'VERB', CONDITIONAL_3SG), IMPERFECT_3SG);
  assert.equal(checkMoodTense(model, 'souhaiteraient', 'VERB', IMPERFECT_3PL), CONDITIONAL_3PL);
  assert.equal(checkMoodTense(model, 'aurait', 'AUX', PRESENT_3SG), CONDITIONAL_3SG);
  // a prediction one analysis allows stays, and so does an ambiguous form's
  assert.equal(checkMoodTense(model, 'aurait', 'AUX', CONDITIONAL_3SG), CONDITIONAL_3SG);
  assert.equal(checkMoodTense(model, 'chante', 'VERB', PRESENT_3SG), PRESENT_3SG);
  // participles, words the lexicon lacks and other parts of speech are left alone
  assert.equal(
    checkMoodTense(model, 'soupiré', 'VERB', 'Tense=Past|VerbForm=Part'),
    'Tense=Past|VerbForm=Part',
  );
  assert.equal(checkMoodTense(model, 'zorglubait', 'VERB', CONDITIONAL_3SG), CONDITIONAL_3SG);
  assert.equal(checkMoodTense(model, 'soupirait', 'NOUN', CONDITIONAL_3SG), CONDITIONAL_3SG);
});

test('French adjectives and nouns unseen in training', () => {
  const model = frenchLemmatizer();
  const cases: [form: string, upos: string, feats: string, lemma: string][] = [
    ['rebelle', 'ADJ', 'Gender=Fem|Number=Sing', 'rebelle'],
    ['hôpitaux', 'NOUN', 'Gender=Masc|Number=Plur', 'hôpital'],
    // capitals often drop accents
    ['DECHETS', 'NOUN', 'Gender=Masc|Number=Plur', 'déchet'],
  ];
  for (const [form, upos, feats, lemma] of cases) {
    assertUnseen(model, form, upos);
    assert.equal(lemmatize(model, form, upos, feats), lemma, form);
  }
});

test('French news sentences of our own: tagged verbs get their lemmas', () => {
  const models = loadModels('fr');
  assert.ok(models);
  const cases: [sentence: string, word: string, lemma: string][] = [
    ['Les deux ministres démentent ces informations .', 'démentent', 'démentir'],
    ['Les insurgés attaquaient la caserne chaque nuit .', 'attaquaient', 'attaquer'],
    ['Le maire recevait des menaces depuis des mois .', 'recevait', 'recevoir'],
    ['Selon la presse , le président cèderait sous la pression .', 'cèderait', 'céder'],
    ['Les syndicats contredisent le gouvernement .', 'contredisent', 'contredire'],
  ];
  for (const [sentence, word, lemma] of cases) {
    const words = sentence.split(' ');
    const tagged: WordTags = tagWords(words, models.tagger)[words.indexOf(word)];
    assert.equal(tagged.upos, 'VERB', sentence);
    assert.equal(tagged.lemma, lemma, sentence);
  }
});

/** An invented two-verb lexicon: forms, lemmas and cells made up for the test. */
const TOY: LemmaLexicon = {
  upos: ['VERB'],
  cells: ['Tense=Pres', 'Tense=Past', ''],
  entries: new Map<string, [string, number][]>([
    [
      'plimer',
      [
        ['plime', 0],
        ['plimons', 0],
        ['plima', 1],
        ['plimer', 2],
      ],
    ],
    [
      'trédir',
      [
        ['trède', 0],
        ['trédit', 1],
        ['trédir', 2],
      ],
    ],
  ]),
};

test('lemma paradigms find exactly the lexicon pairs', () => {
  const paradigms = buildLemmaParadigms(TOY);
  const lemmasOf = (form: string) => analyseForm(paradigms, form).map((c) => c.lemma);
  assert.deepEqual(analyseForm(paradigms, 'plimons'), [{ lemma: 'plimer', cells: 1 }]);
  assert.deepEqual(lemmasOf('trède'), ['trédir']);
  assert.deepEqual(lemmasOf('trédit'), ['trédir']);
  // the edits of one verb do not make forms of the other
  assert.deepEqual(lemmasOf('trédons'), []);
  assert.deepEqual(lemmasOf('plimit'), []);
  // capitals and letters with other diacritics may stand for the lexicon's accented letters …
  assert.deepEqual(lemmasOf('TREDE'), ['trédir']);
  assert.deepEqual(lemmasOf('trêde'), ['trédir']);
  // … lowercase letters without diacritics are taken as written
  assert.deepEqual(lemmasOf('Trede'), []);
  assert.deepEqual(lemmasOf('trede'), []);
});
