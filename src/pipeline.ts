/**
 * The analysis pipeline: small single-purpose stages over one Doc, each adding
 * its layer. Language knowledge comes from the language pack; a language
 * without a pack is segmented with language-neutral rules only, and says so.
 */
import type { Article, Doc } from './document.js';
import { languagePack, type TokenizerData } from './lang/index.js';
import { identifyLanguage } from './langid.js';
import { Segmenter } from './segment/segment.js';

export interface AnalyzeOptions {
  /** Force the language (ISO 639-1) instead of detecting it. */
  lang?: string;
  /** Analysis date (ISO 8601, partial allowed) instead of the article's own. */
  date?: string;
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

export function analyze(article: Article, options: AnalyzeOptions = {}): Doc {
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
  Object.assign(doc, segmenterFor(lang.supported ? lang.code : 'und').segment(doc.text));
  return doc;
}
