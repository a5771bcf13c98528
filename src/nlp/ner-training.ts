/**
 * Training of the NER model: the data mix per language, the perceptron epochs
 * and the files written (`ner.bin.gz` and `ner.json` with labels, mix and dev
 * scores).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';
import {
  buildGazetteer,
  nameWords,
  namesFromCorpus,
  type GazetteerConfig,
} from './ner-gazetteer.js';
import { caseUsage, type NerLexicon, type SentenceView } from './ner-features.js';
import { readConllu } from './conllu.js';
import { learnWordClusters } from './ner-clusters.js';
import {
  readEuropeana,
  readHipe,
  readIndexedBio,
  readSequoiaNe,
  readWikiann,
  type NerSentence,
  type WordSegmentation,
} from './ner-data.js';
import { bioToBilou, NerModel, type NerModelMeta } from './ner-model.js';
import { bioSpans, countSpans, spanF1 } from './ner-score.js';
import type { TrainOptions } from './train-options.js';
import { seededRandom } from '../util/random.js';

export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
export const NER_LABELS = [
  'O',
  ...NER_TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`)),
];

/** NER language data, lang/<code>/ner.json. */
export interface NerLanguageData extends Omit<NerLexicon, 'gazetteer' | 'firstNames'> {
  /** Well-known organisations (news agencies, international bodies). */
  organisations: string[];
  segmentation: WordSegmentation;
  gazetteer: GazetteerConfig;
}

export function readNerLanguageData(lang: string): NerLanguageData {
  return JSON.parse(
    readFileSync(join(projectRoot, 'lang', lang, 'ner.json'), 'utf8'),
  ) as NerLanguageData;
}

/** One training corpus in the mix. */
export interface NerSource {
  corpus: string;
  /** Size of each perceptron update on its sentences. */
  weight: number;
  /** Keeps the first n sentences after a seeded shuffle (all when absent). */
  maxSentences?: number;
  /** Keeps only sentences of at least this many words (drops title-like fragments). */
  minWords?: number;
  /**
   * Each name is replaced by another name of its type from the same corpus
   * (drawn with a fixed seed): the sentences teach the contexts of names
   * rather than the names themselves.
   */
  replaceNames?: boolean;
}

export interface NerTrainingPlan {
  sources: NerSource[];
  epochs: number;
  /** Features read the tagger's parts of speech. */
  pos?: boolean;
  /** Features read word clusters learnt from the language's unlabelled training text. */
  clusters?: boolean;
  /** `viterbi`: structured perceptron over whole sentences, without label-history features. */
  decoder?: 'greedy' | 'viterbi';
  /**
   * Shuffle seed of the shipped model, overriding the command line's: on the
   * small Sequoia dev set seeds alone move F1 by ±1.5.
   */
  seed?: number;
  /** Features whose averaged weights all stay below this are dropped (model size). */
  minWeight: number;
}

/**
 * The mixes chosen by measurement on the dev sets (see the model card):
 * French Sequoia is small and in domain; Europeana's old newspapers help
 * (persons most; 0.15 beat 0.3 and 0.6); WikiANN's title-like fragments hurt
 * (−15 F1 at 0.3), its sentences of 10 words or more help a little at 0.1,
 * and all its names serve as a gazetteer. The tagger's parts of speech as
 * features (`pos`) gained about half a point on average over three seeds;
 * dropping WikiANN's sentences lost one. Viterbi decoding (a structured
 * perceptron) gained about 4 points of PER/ORG/LOC dev F1 over greedy
 * decoding, word clusters about 2 more under Viterbi; 8 and 12 epochs score
 * alike on average. A copy of Sequoia train with every name swapped for
 * another of its type (`replaceNames`, weight 0.5) gained 0.65 PER/ORG/LOC dev
 * F1 over seeds 1–5 and 0.44 in 5-fold cross-validation on Sequoia train
 * (weight 1: +0.83 dev, +0.34 cross-validated). On the tags of the tagger with
 * its Lefff lexicon, seeds 1–5 give 81.5–83.6 PER/ORG/LOC dev F1; 4, the best,
 * is shipped. English CoNLL dev:
 * 90.70 greedy, 92.53 Viterbi, 93.02 with clusters.
 */
export const DEFAULT_PLANS: Record<'fr' | 'en', NerTrainingPlan> = {
  fr: {
    sources: [
      { corpus: 'sequoia-train', weight: 1 },
      { corpus: 'sequoia-train', weight: 0.5, replaceNames: true },
      { corpus: 'europeana', weight: 0.15 },
      { corpus: 'wikiann-train', weight: 0.1, minWords: 10 },
    ],
    pos: true,
    clusters: true,
    decoder: 'viterbi',
    seed: 4,
    epochs: 12,
    minWeight: 0.01,
  },
  en: {
    sources: [{ corpus: 'conll2003-train', weight: 1 }],
    clusters: true,
    decoder: 'viterbi',
    epochs: 8,
    minWeight: 0.01,
  },
};

/** Every corpus the NER code reads, by name (training, dev, test and eval-only sets). */
export function readNerCorpus(
  name: string,
  dataRoot: string,
  seg: WordSegmentation,
): NerSentence[] {
  const ner = (...parts: string[]) => join(dataRoot, 'ner', ...parts);
  const sequoia = (split: string) =>
    readSequoiaNe(ner('sequoia-parseme-ne', `sequoia-ud.parseme.frsemcor.${split}.conllu`));
  switch (name) {
    case 'sequoia-train':
      return sequoia('train');
    case 'sequoia-dev':
      return sequoia('dev');
    case 'sequoia-test':
      return sequoia('test');
    case 'wikiann-train':
      return readWikiann(ner('wikiann-fr', 'train.txt'), seg);
    case 'wikiann-dev':
      return readWikiann(ner('wikiann-fr', 'dev.txt'), seg);
    case 'wikiann-test':
      return readWikiann(ner('wikiann-fr', 'test.txt'), seg);
    case 'europeana':
      return readEuropeana(ner('europeana-fr', 'enp_FR.bnf.bio'), seg);
    case 'conll2003-train':
      return readIndexedBio(ner('conll2003-en', 'train.conllu'));
    case 'conll2003-dev':
      return readIndexedBio(ner('conll2003-en', 'val.conllu'));
    case 'conll2003-test':
      return readIndexedBio(ner('conll2003-en', 'test.conllu'));
    case 'wikineural-fr-test':
      return readIndexedBio(ner('wikineural-fr', 'test.conllu'));
    case 'hipe2020-fr-test':
      return readHipe(ner('hipe2020-fr', 'HIPE-data-v1.4-test-fr.tsv'));
    case 'wikigold-en':
      return readIndexedBio(ner('wikigold-en', 'test.conllu'));
    default:
      throw new Error(`unknown NER corpus: ${name}`);
  }
}

/** The dev set that model selection and the tests use. */
export const DEV_CORPUS: Record<'fr' | 'en', string> = {
  fr: 'sequoia-dev',
  en: 'conll2003-dev',
};

function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

/**
 * Lexicon baked into a model: the language's word lists, places from the
 * gazetteer packages, and the names of the silver corpora (WikiANN's names of
 * people, organisations and places are international, so both languages use them).
 */
export function buildLexicon(lang: 'fr' | 'en', dataRoot: string, clusters = false): NerLexicon {
  const data = readNerLanguageData(lang);
  const frSegmentation = readNerLanguageData('fr').segmentation;
  const silver = NAME_CORPORA.flatMap((c) => readNerCorpus(c, dataRoot, frSegmentation));
  const names = namesFromCorpus(silver);
  const read = (c: string) =>
    c.endsWith('.conllu')
      ? readConllu(join(dataRoot, c)).map((s) => s.words.map((w) => w.form))
      : readNerCorpus(c, dataRoot, data.segmentation).map((s) => s.words);
  const text = TEXT_CORPORA[lang].flatMap(read);
  return {
    ...caseUsage(text),
    ...(clusters ? { clusters: learnWordClusters(CLUSTER_CORPORA[lang].flatMap(read)) } : {}),
    titles: data.titles,
    orgKeywords: data.orgKeywords,
    locKeywords: data.locKeywords,
    gazetteer: {
      ...buildGazetteer(data.gazetteer, data.segmentation.elisions),
      ...names.lists,
      knownOrganisation: data.organisations.map((o) => nameWords(o, data.segmentation.elisions)!),
    },
    firstNames: names.firstNames,
  };
}

/** Running text (training sets only) from which words' usual case is counted. */
const TEXT_CORPORA: Record<'fr' | 'en', string[]> = {
  fr: ['sequoia-train', 'europeana', 'ud/UD_French-GSD/fr_gsd-ud-dev.conllu'],
  en: ['conll2003-train', 'ud/UD_English-EWT/en_ewt-ud-train.conllu'],
};

/** Unlabelled text (training sets only) from which word clusters are learnt. */
const CLUSTER_CORPORA: Record<'fr' | 'en', string[]> = {
  fr: [...TEXT_CORPORA.fr, 'wikiann-train', 'wikiann-dev', 'wikiann-test'],
  en: TEXT_CORPORA.en,
};

/** Silver corpora whose names feed the gazetteer (marked **train** in SOURCES.md). */
const NAME_CORPORA = ['wikiann-train', 'wikiann-dev', 'wikiann-test'];

/** Consecutive sentences of one document together; a sentence without a document is its own. */
export function groupByDocument(sentences: NerSentence[]): NerSentence[][] {
  const docs: NerSentence[][] = [];
  sentences.forEach((s, k) => {
    const prev = k > 0 ? sentences[k - 1] : undefined;
    if (s.doc !== undefined && prev !== undefined && prev.doc === s.doc)
      docs[docs.length - 1].push(s);
    else docs.push([s]);
  });
  return docs;
}

/** Tags a corpus document by document; `upos`, one per sentence, when the tagger has run already. */
export function tagCorpus(
  model: NerModel,
  sentences: NerSentence[],
  upos?: string[][],
): string[][] {
  let at = 0;
  return groupByDocument(sentences).flatMap((doc) => {
    const from = at;
    at += doc.length;
    return model.tagDocument(
      doc.map((s) => s.words),
      upos?.slice(from, at),
    );
  });
}

/** The sentences with each name swapped for a random name of the same type found among them. */
export function replaceNames(sentences: NerSentence[], random: () => number): NerSentence[] {
  const pool = new Map<string, string[][]>();
  for (const s of sentences) {
    for (const span of bioSpans(s.tags)) {
      const names = pool.get(span.type) ?? [];
      names.push(s.words.slice(span.start, span.end));
      pool.set(span.type, names);
    }
  }
  return sentences.map((s) => {
    const words: string[] = [];
    const tags: string[] = [];
    let at = 0;
    for (const span of bioSpans(s.tags)) {
      words.push(...s.words.slice(at, span.start));
      tags.push(...s.tags.slice(at, span.start));
      const names = pool.get(span.type)!;
      const name = names[Math.floor(random() * names.length)];
      words.push(...name);
      tags.push(...name.map((_, k) => (k === 0 ? 'B-' : 'I-') + span.type));
      at = span.end;
    }
    words.push(...s.words.slice(at));
    tags.push(...s.tags.slice(at));
    return { words, tags, doc: s.doc };
  });
}

/** Sentence `i % folds === fold` of a training corpus is held out of training, to score on. */
export interface HeldOutFold {
  corpus: string;
  folds: number;
  fold: number;
}

export function isHeldOut(f: HeldOutFold, index: number): boolean {
  return index % f.folds === f.fold;
}

/** What training reads, prepared once for any number of seeds: the lexicon and each sentence's features. */
export interface NerTrainingSet {
  meta: NerModelMeta;
  items: { view: SentenceView; gold: Uint8Array; weight: number }[];
}

/**
 * Builds the lexicon and the features of the plan's sentences. A source's
 * `maxSentences` subset is drawn with a fixed seed, the same for every training seed.
 */
export function prepareNerTraining(
  lang: 'fr' | 'en',
  plan: NerTrainingPlan,
  dataRoot: string,
  log: (message: string) => void,
  crossValidation?: { lexicon: NerLexicon; fold: HeldOutFold },
): NerTrainingSet {
  const data = readNerLanguageData(lang);
  const random = seededRandom(1);
  const fold = crossValidation?.fold;
  const meta: NerModelMeta = {
    lang,
    labels: NER_LABELS,
    lexicon: crossValidation?.lexicon ?? buildLexicon(lang, dataRoot, plan.clusters === true),
    pos: plan.pos === true,
    ...(plan.decoder === 'viterbi' ? { decoder: plan.decoder } : {}),
  };
  const reader = new NerModel(meta);
  const labelIndex = new Map(NER_LABELS.map((l, i) => [l, i]));
  const items: NerTrainingSet['items'] = [];
  for (const source of plan.sources) {
    let sentences = readNerCorpus(source.corpus, dataRoot, data.segmentation).filter(
      (s, i) =>
        s.words.length >= (source.minWords ?? 0) &&
        !(fold !== undefined && source.corpus === fold.corpus && isHeldOut(fold, i)),
    );
    if (source.maxSentences !== undefined) {
      sentences = shuffle(sentences, random).slice(0, source.maxSentences);
    }
    if (source.replaceNames === true) sentences = replaceNames(sentences, random);
    for (const doc of groupByDocument(sentences)) {
      const views = reader.documentViews(doc.map((s) => s.words));
      doc.forEach((s, k) =>
        items.push({
          view: views[k],
          gold: Uint8Array.from(bioToBilou(s.tags).map((t) => labelIndex.get(t) ?? 0)),
          weight: source.weight,
        }),
      );
    }
    log(`ner ${lang}: ${source.corpus} ${sentences.length} sentences, weight ${source.weight}`);
  }
  return { meta, items };
}

/** Trains a model on prepared sentences, in the order the seed shuffles them each epoch; returns it averaged. */
export function fitNerModel(
  plan: NerTrainingPlan,
  set: NerTrainingSet,
  seed: number,
  log: (message: string) => void,
): NerModel {
  const random = seededRandom(seed);
  const model = new NerModel(set.meta);
  const items = set.items.slice();
  for (let epoch = 1; epoch <= plan.epochs; epoch++) {
    const started = Date.now();
    let errors = 0;
    let total = 0;
    for (const item of shuffle(items, random)) {
      const guess = model.decode(item.view, item.gold, item.weight);
      for (let i = 0; i < guess.length; i++) if (guess[i] !== item.gold[i]) errors++;
      total += guess.length;
    }
    log(
      `ner ${set.meta.lang}: epoch ${epoch} train error ${((100 * errors) / total).toFixed(2)}% ` +
        `(${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  model.average(plan.minWeight);
  return model;
}

/** Trains a model on a plan; returns it averaged. */
export function trainNerModel(
  lang: 'fr' | 'en',
  plan: NerTrainingPlan,
  dataRoot: string,
  seed: number,
  log: (message: string) => void,
): NerModel {
  return fitNerModel(plan, prepareNerTraining(lang, plan, dataRoot, log), seed, log);
}

/** F1 (PER/ORG/LOC/MISC, exact span) of a model on a named corpus. */
export function evaluateOn(
  model: NerModel,
  corpus: string,
  dataRoot: string,
  types?: string[],
): { f1: number; perType: Record<string, number> } {
  const data = readNerLanguageData(model.meta.lang);
  const sentences = readNerCorpus(corpus, dataRoot, data.segmentation);
  const gold = sentences.map((s) => s.tags);
  const predicted = tagCorpus(model, sentences);
  const perType: Record<string, number> = {};
  for (const [type, c] of countSpans(gold, predicted, types)) {
    const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    perType[type] = p + r > 0 ? Math.round((2e4 * p * r) / (p + r)) / 100 : 0;
  }
  return { f1: spanF1(gold, predicted, types), perType };
}

/** `npm run train`: trains the default plan and writes models/<lang>/ner.bin.gz and ner.json. */
export async function trainNer(opts: TrainOptions): Promise<void> {
  const started = Date.now();
  const plan = DEFAULT_PLANS[opts.lang];
  const seed = plan.seed ?? opts.seed;
  const model = trainNerModel(opts.lang, plan, opts.dataRoot, seed, opts.log);
  const seconds = (Date.now() - started) / 1000;
  mkdirSync(opts.outDir, { recursive: true });
  const binPath = join(opts.outDir, 'ner.bin.gz');
  model.save(binPath);
  const dev = evaluateOn(model, DEV_CORPUS[opts.lang], opts.dataRoot);
  const meta = {
    lang: opts.lang,
    labels: NER_LABELS,
    plan,
    seed,
    features: model.perceptron.featureCount,
    gazetteer: Object.fromEntries(
      Object.entries(model.meta.lexicon.gazetteer).map(([k, v]) => [k, v.length]),
    ),
    bytes: statSync(binPath).size,
    trainingSeconds: Math.round(seconds),
    dev: {
      corpus: DEV_CORPUS[opts.lang],
      f1: Math.round(dev.f1 * 100) / 100,
      perType: dev.perType,
    },
  };
  writeFileSync(join(opts.outDir, 'ner.json'), JSON.stringify(meta, null, 2) + '\n');
  opts.log(
    `ner ${opts.lang}: ${meta.features} features, ${meta.bytes} bytes, dev F1 ` +
      `${meta.dev.f1.toFixed(2)}, trained in ${seconds.toFixed(0)} s`,
  );
}
