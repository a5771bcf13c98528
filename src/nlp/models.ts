/**
 * The shipped UD models of a language (tagger with its lemmatizer, parser),
 * read from models/<lang>/ once, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';
import { lemmatizerFromBundle } from './lemmatizer.js';
import { parserFromBundle, type ParserModel } from './parser.js';
import { taggerFromBundle, type TaggerModel } from './tagger.js';
import { unpackBundle } from './ud-features.js';

export interface UdModels {
  tagger: TaggerModel;
  parser: ParserModel;
}

export const UD_MODEL_FILES = {
  tagger: 'tagger.bin.gz',
  lemmatizer: 'lemmatizer.bin.gz',
  parser: 'parser.bin.gz',
  /** Labels are in the binaries; this holds the data sets, seed, scores and timings. */
  card: 'ud.json',
} as const;

export function modelDir(lang: string): string {
  return join(projectRoot, 'models', lang);
}

export function readTagger(dir: string): TaggerModel | null {
  const tagger = join(dir, UD_MODEL_FILES.tagger);
  const lemmatizer = join(dir, UD_MODEL_FILES.lemmatizer);
  if (!existsSync(tagger) || !existsSync(lemmatizer)) return null;
  const lemmas = lemmatizerFromBundle(unpackBundle(readFileSync(lemmatizer)));
  return taggerFromBundle(unpackBundle(readFileSync(tagger)), lemmas);
}

export function readParser(dir: string): ParserModel | null {
  const path = join(dir, UD_MODEL_FILES.parser);
  return existsSync(path) ? parserFromBundle(unpackBundle(readFileSync(path))) : null;
}

const cache = new Map<string, UdModels | null>();

/** Tagger and parser of 'fr' or 'en', loaded once; null when the weights are not there. */
export function loadModels(lang: string): UdModels | null {
  if (!cache.has(lang)) {
    const dir = modelDir(lang);
    const tagger = readTagger(dir);
    const parser = tagger ? readParser(dir) : null;
    cache.set(lang, tagger && parser ? { tagger, parser } : null);
  }
  return cache.get(lang)!;
}
