/** The UD treebanks each language trains, tunes and is scored on (see shared/data/SOURCES.md). */
import { join } from 'node:path';
import { readConllu } from './conllu.js';

/** One sentence as syntactic words (multiword tokens already split), heads 0-based, -1 = root. */
export interface UdSentence {
  words: string[];
  upos: string[];
  feats: string[];
  lemmas: string[];
  heads: number[];
  deprels: string[];
}

export function readUd(path: string): UdSentence[] {
  return readConllu(path).map((s) => ({
    words: s.words.map((w) => w.form),
    upos: s.words.map((w) => w.upos),
    feats: s.words.map((w) => w.feats),
    lemmas: s.words.map((w) => w.lemma),
    heads: s.words.map((w) => w.head - 1),
    deprels: s.words.map((w) => w.deprel),
  }));
}

export interface UdSplit {
  /** Human-readable name: treebank and split. */
  name: string;
  /** Path under the data root. */
  path: string;
}

export interface UdLanguageSets {
  /** Shipped weights are trained on these only (all marked **train** in SOURCES.md). */
  train: UdSplit[];
  /** Tuning set: epochs and thresholds are chosen on it; the CI floors are set on it. */
  dev: UdSplit;
  /** Frozen test sets, scored by `npm run eval`; the first is the headline one. */
  test: UdSplit[];
}

const ud = (treebank: string, file: string, name: string): UdSplit => ({
  name,
  path: join('ud', treebank, file),
});

export const udSets: Record<'fr' | 'en', UdLanguageSets> = {
  fr: {
    train: [
      ud('UD_French-Sequoia', 'fr_sequoia-ud-train.conllu', 'Sequoia train'),
      ud('UD_French-GSD', 'fr_gsd-ud-dev.conllu', 'GSD dev'),
    ],
    dev: ud('UD_French-Sequoia', 'fr_sequoia-ud-dev.conllu', 'Sequoia dev'),
    test: [
      ud('UD_French-Sequoia', 'fr_sequoia-ud-test.conllu', 'Sequoia test'),
      ud('UD_French-GSD', 'fr_gsd-ud-test.conllu', 'GSD test'),
      ud('UD_French-PUD', 'fr_pud-ud-test.conllu', 'PUD (out of domain)'),
      ud('UD_French-ParTUT', 'fr_partut-ud-test.conllu', 'ParTUT test (out of domain)'),
    ],
  },
  en: {
    train: [ud('UD_English-EWT', 'en_ewt-ud-train.conllu', 'EWT train')],
    dev: ud('UD_English-EWT', 'en_ewt-ud-dev.conllu', 'EWT dev'),
    test: [
      ud('UD_English-EWT', 'en_ewt-ud-test.conllu', 'EWT test'),
      ud('UD_English-PUD', 'en_pud-ud-test.conllu', 'PUD (out of domain)'),
    ],
  },
};
