/**
 * External tag lexicons: word → the set of tags a dictionary gives it (its
 * ambiguity class, e.g. `runs` → `VBZ|NNS`). Read at training time from an
 * npm package and copied into the tagger's model file, so that nothing but the
 * model loads at run time; the tagger uses the class as a feature, which
 * matters for words the treebank never showed it.
 */
import { createRequire } from 'node:module';
import { loadLemmaLexicon } from './lemma-lexicon.js';

/** Word form (case kept) → ambiguity class. */
export type TagLexicon = Map<string, string>;

const require = createRequire(import.meta.url);

const FRENCH_AUXILIARIES = new Set(['avoir', 'être']);

/** Loaders by name: the name is what the training hyperparameters and model card record. */
const LOADERS: Record<string, () => TagLexicon> = {
  // MIT; about 112k English forms with Penn tags (proper nouns and inflected forms included)
  'en-lexicon': () => {
    const { lexicon } = require('en-lexicon') as { lexicon: Record<string, string> };
    const out: TagLexicon = new Map();
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
    const out: TagLexicon = new Map();
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
  const out: TagLexicon = new Map();
  for (const [cls, words] of Object.entries(json))
    for (const w of words.split(' ')) out.set(w, cls);
  return out;
}
