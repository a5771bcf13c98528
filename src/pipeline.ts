/**
 * The analysis pipeline: small single-purpose stages over one Doc, each adding
 * its layer. Language knowledge comes from the language pack and the trained
 * models of the language; a language without a pack is segmented with
 * language-neutral rules only, and says so.
 */
import type { Article, Doc } from './document.js';
import { languagePack, type TokenizerData } from './lang/index.js';
import { identifyLanguage } from './langid.js';
import { loadModels } from './nlp/models.js';
import { loadNer, recognizeEntities } from './nlp/ner.js';
import { parseDoc } from './nlp/parser.js';
import { tagDoc, type AdverbDerivation } from './nlp/tagger.js';
import { Segmenter } from './segment/segment.js';
import { findTimexes } from './time/index.js';
import { presentTenseAt, presentVerbAt } from './time/syntax.js';
import { findQuotes } from './quotes/index.js';
import { findEntities } from './actors/entities.js';
import { findPlaces } from './places/layer.js';
import { actorLexicon } from './actors/lexicon.js';
import { findEvents } from './events/index.js';

export interface AnalyzeOptions {
  /** Force the language (ISO 639-1) instead of detecting it. */
  lang?: string;
  /** Analysis date (ISO 8601, partial allowed) instead of the article's own. */
  date?: string;
}

/** A named step that adds one layer to the document. */
export interface Stage {
  name: string;
  run(doc: Doc): void;
}

const NEUTRAL_TOKENIZER: TokenizerData = {
  abbreviations: [],
  sentenceFinalAbbreviations: [],
  elisionPrefixes: [],
  noSplit: [],
  cliticSuffixes: [],
  contractions: {},
  suffixSplits: [],
  infixSplits: [],
};

const segmenters = new Map<string, Segmenter>();

export function segmenterFor(code: string): Segmenter {
  let segmenter = segmenters.get(code);
  if (!segmenter) {
    segmenter = new Segmenter(languagePack(code)?.tokenizer ?? NEUTRAL_TOKENIZER);
    segmenters.set(code, segmenter);
  }
  return segmenter;
}

const stageCache = new Map<string, Stage[]>();

/** The stages after language identification, for a language ('und' or one without a pack: segmentation only). */
export function stagesFor(code: string): Stage[] {
  let stages = stageCache.get(code);
  if (stages) return stages;
  const packCode = languagePack(code) ? code : 'und';
  const segmenter = segmenterFor(packCode);
  stages = [{ name: 'segment', run: (doc) => Object.assign(doc, segmenter.segment(doc.text)) }];
  const models = packCode === 'und' ? null : loadModels(packCode);
  if (models) {
    const pack = languagePack(packCode)!;
    const derivation = pack.has('lexical') ? pack.data<AdverbDerivation>('lexical') : undefined;
    stages.push({ name: 'tag', run: (doc) => tagDoc(doc, models.tagger, derivation) });
    stages.push({ name: 'parse', run: (doc) => parseDoc(doc, models.parser) });
  }
  const ner = packCode === 'fr' || packCode === 'en' ? loadNer(packCode) : null;
  if (ner) stages.push({ name: 'entities', run: (doc) => recognizeEntities(doc, ner) });
  if (languagePack(packCode)?.has('time')) {
    stages.push({
      name: 'time',
      run: (doc) =>
        (doc.timexes = findTimexes(doc.text, packCode, doc.date, {
          names: doc.mentions?.filter((m) => m.label === 'PER' || m.label === 'ORG'),
          presentAt: presentTenseAt(doc),
          presentVerbAt: presentVerbAt(doc),
        })),
    });
  }
  if (ner && actorLexicon(packCode))
    stages.push({ name: 'actors', run: (doc) => (doc.entities = findEntities(doc)) });
  if (ner && languagePack(packCode)?.has('places'))
    stages.push({ name: 'places', run: (doc) => (doc.places = findPlaces(doc, packCode)) });
  if (models && languagePack(packCode)?.has('speech')) {
    stages.push({ name: 'quotes', run: (doc) => (doc.quotes = findQuotes(doc)) });
  }
  if (models && ner && languagePack(packCode)?.has('events'))
    stages.push({ name: 'events', run: (doc) => (doc.events = findEvents(doc)) });
  stageCache.set(code, stages);
  return stages;
}

/** A document with its language identified and no other layer yet. */
export function createDoc(article: Article, options: AnalyzeOptions = {}): Doc {
  const lang = identifyLanguage(article.text, article.lang, options.lang);
  const doc: Doc = {
    article,
    text: article.text,
    date: options.date ?? article.published,
    lang,
    paragraphs: [],
    sentences: [],
    tokens: [],
    warnings: [],
  };
  if (!lang.supported) {
    doc.warnings.push({
      code: 'no-language-pack',
      message:
        lang.code === 'und'
          ? 'language could not be identified: segmentation only'
          : `no language pack for '${lang.code}': segmentation only`,
    });
  }
  return doc;
}

export function analyze(article: Article, options: AnalyzeOptions = {}): Doc {
  const doc = createDoc(article, options);
  for (const stage of stagesFor(doc.lang.code)) stage.run(doc);
  return doc;
}
