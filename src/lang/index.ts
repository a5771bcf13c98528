/**
 * Language packs: everything language-specific lives as data in `lang/<code>/`.
 * A folder with a `pack.json` is a language recoupe supports; adding one is
 * adding a folder, not code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';

export const langRoot = join(projectRoot, 'lang');

export interface TokenizerData {
  /** Tokens that keep their final period (M., Mr., U.S. is handled by pattern). */
  abbreviations: string[];
  /** Abbreviations that may also close a sentence (etc., Inc.). */
  sentenceFinalAbbreviations: string[];
  /** Elided words split off the front, apostrophe included: l', qu'. */
  elisionPrefixes: string[];
  /** Words never split although they contain an apostrophe or hyphen. */
  noSplit: string[];
  /** Hyphenated clitics split off the end: -t-il, -elle. */
  cliticSuffixes: string[];
  /**
   * Whole words standing for several: when the parts spell the word ("can't" =
   * "ca" + "n't") they get their own offsets, otherwise ("du" = "de le") they
   * are syntactic words sharing the word's offsets.
   */
  contractions: Record<string, string[]>;
  /** Apostrophe clitics split off the end: n't, 's (words of one multiword token). */
  suffixSplits: string[];
  /** Characters split out from between letters: English "search-engine", "and/or". */
  infixSplits: string[];
  /** A byline paragraph: the words opening it (By, Par) and those joining its authors (and, et). */
  bylines?: { openers: string[]; connectors: string[] };
}

export interface PackInfo {
  code: string;
  name: string;
  iso639_3: string;
}

export interface LanguagePack extends PackInfo {
  dir: string;
  tokenizer: TokenizerData;
  /** Reads another data file of the pack, e.g. `data('speech')` for speech.json. */
  data<T>(name: string): T;
  /** Whether the pack has that data file (a layer without its data is skipped). */
  has(name: string): boolean;
}

const packs = new Map<string, LanguagePack | null>();

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Codes of every language with a pack, sorted. */
export function supportedLanguages(): string[] {
  return readdirSync(langRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(langRoot, e.name, 'pack.json')))
    .map((e) => e.name)
    .sort();
}

/** The pack for an ISO 639-1 code, or null when recoupe has none. */
export function languagePack(code: string): LanguagePack | null {
  if (packs.has(code)) return packs.get(code)!;
  const dir = join(langRoot, code);
  let pack: LanguagePack | null = null;
  if (/^[a-z]{2,3}$/.test(code) && existsSync(join(dir, 'pack.json'))) {
    const info = readJson<PackInfo>(join(dir, 'pack.json'));
    const cache = new Map<string, unknown>();
    pack = {
      ...info,
      dir,
      tokenizer: readJson<TokenizerData>(join(dir, 'tokenizer.json')),
      data<T>(name: string): T {
        if (!cache.has(name)) cache.set(name, readJson<T>(join(dir, `${name}.json`)));
        return cache.get(name) as T;
      },
      has: (name: string) => existsSync(join(dir, `${name}.json`)),
    };
  }
  packs.set(code, pack);
  return pack;
}
