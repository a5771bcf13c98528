/**
 * External tag lexicons: word → the set of tags a dictionary gives it (its
 * ambiguity class, e.g. `runs` → `VBZ|NNS`). Read at training time from an
 * npm package and copied into the tagger's model file, so that nothing but the
 * model loads at run time; the tagger uses the class as a feature, which
 * matters for words the treebank never showed it.
 */
import { createRequire } from 'node:module';
import { loadLemmaLexicon } from './lemma-lexicon.js';

/** Word form (case kept) → ambiguity class: a Map while training, a SortedLexicon once loaded. */
export interface TagLexicon extends Iterable<[string, string]> {
  get(word: string): string | undefined;
  has(word: string): boolean;
}

const require = createRequire(import.meta.url);

const FRENCH_AUXILIARIES = new Set(['avoir', 'être']);

/** Loaders by name: the name is what the training hyperparameters and model card record. */
const LOADERS: Record<string, () => Map<string, string>> = {
  // MIT; about 112k English forms with Penn tags (proper nouns and inflected forms included)
  'en-lexicon': () => {
    const { lexicon } = require('en-lexicon') as { lexicon: Record<string, string> };
    const out = new Map<string, string>();
    for (const [word, tags] of Object.entries(lexicon)) {
      if (typeof tags === 'string' && tags !== '' && !/\s/.test(word)) out.set(word, tags);
    }
    return out;
  },
  // LGPL-LR data (the Lefff, through the lemma lexicon's packages): French verb forms with
  // their paradigm cells (V and a letter per cell: "aurait" is a conditional), adjectives
  // (A) and nouns (N): 396k forms, `dément` → `A|N|Vd` (the adjective, or démentir's present)
  lefff: () => {
    const classes = new Map<string, Set<string>>();
    for (const lexicon of loadLemmaLexicon('french-verbs-lefff+lefff-helper')) {
      const letter = lexicon.upos.includes('VERB') ? 'V' : lexicon.upos[0] === 'ADJ' ? 'A' : 'N';
      for (const [lemma, forms] of lexicon.entries) {
        // the auxiliaries' forms: the treebanks show them often, the Lefff cannot tell AUX from VERB
        if (letter === 'V' && FRENCH_AUXILIARIES.has(lemma)) continue;
        for (const [form, cell] of forms) {
          if (/\s/.test(form)) continue;
          if (!classes.has(form)) classes.set(form, new Set());
          classes.get(form)!.add(letter === 'V' ? `V${String.fromCharCode(97 + cell)}` : letter);
        }
      }
    }
    const out = new Map<string, string>();
    for (const [form, tags] of classes) {
      // one V with its cells in order: Va and Vd → Vad
      const verb = [...tags]
        .filter((t) => t.startsWith('V'))
        .map((t) => t.slice(1))
        .sort();
      const rest = [...tags].filter((t) => !t.startsWith('V')).sort();
      out.set(form, [...rest, ...(verb.length ? [`V${verb.join('')}`] : [])].join('|'));
    }
    return out;
  },
};

export function loadTagLexicon(name: string): TagLexicon {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown tag lexicon ${name}: one of ${Object.keys(LOADERS)}`);
  return load();
}

/** Compact storage: class → its words joined by spaces (words hold no spaces). */
export function lexiconToJson(lexicon: TagLexicon): Record<string, string> {
  const byClass = new Map<string, string[]>();
  for (const [word, cls] of lexicon) {
    if (!byClass.has(cls)) byClass.set(cls, []);
    byClass.get(cls)!.push(word);
  }
  return Object.fromEntries(
    [...byClass]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([cls, words]) => [cls, words.sort().join(' ')]),
  );
}

export function lexiconFromJson(json: Record<string, string>): TagLexicon {
  return new SortedLexicon(json);
}

/**
 * A loaded lexicon as one string of its words in code-unit order, with each word's start and
 * class index: a lookup is a binary search. The French Lefff's 396k forms take about 10 MB
 * this way against 26 MB as a Map of strings (peak RSS of the whole pipeline is budgeted).
 */
class SortedLexicon implements TagLexicon {
  private readonly words: string;
  /** Start of each word in `words`, and one past the last word's end. */
  private readonly starts: Uint32Array;
  private readonly classOf: Uint16Array;
  private readonly classes: string[];

  constructor(json: Record<string, string>) {
    this.classes = Object.keys(json);
    const entries: [string, number][] = [];
    this.classes.forEach((cls, c) => {
      for (const w of json[cls].split(' ')) if (w) entries.push([w, c]);
    });
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.starts = new Uint32Array(entries.length + 1);
    this.classOf = new Uint16Array(entries.length);
    let at = 0;
    entries.forEach(([w, c], i) => {
      this.starts[i] = at;
      this.classOf[i] = c;
      at += w.length;
    });
    this.starts[entries.length] = at;
    this.words = entries.map(([w]) => w).join('');
  }

  get(word: string): string | undefined {
    let lo = 0;
    let hi = this.classOf.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const cmp = this.compareAt(mid, word);
      if (cmp === 0) return this.classes[this.classOf[mid]];
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  *[Symbol.iterator](): IterableIterator<[string, string]> {
    for (let i = 0; i < this.classOf.length; i++)
      yield [this.words.slice(this.starts[i], this.starts[i + 1]), this.classes[this.classOf[i]]];
  }

  /** The stored word `i` against `word`, in code-unit order, without slicing. */
  private compareAt(i: number, word: string): number {
    const start = this.starts[i];
    const length = this.starts[i + 1] - start;
    const n = Math.min(length, word.length);
    for (let k = 0; k < n; k++) {
      const d = this.words.charCodeAt(start + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - word.length;
  }
}
