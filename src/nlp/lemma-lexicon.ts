/**
 * External lemma lexicons: every inflected form of a word class with its lemma
 * and its paradigm cell, read at training time from an npm package. The
 * lemmatizer distils one into its model file (see lemma-paradigms.ts), so
 * that nothing but the model loads at run time and the package stays a
 * development dependency.
 */
import { createRequire } from 'node:module';

export interface LemmaLexicon {
  /** UPOS whose words the lexicon lemmatizes. */
  upos: string[];
  /** Each paradigm cell as the UD features that identify it, e.g. `Mood=Ind|Tense=Pres` ('': any). */
  cells: string[];
  /** Lemma → its forms, each with the index of its cell. */
  entries: Map<string, [form: string, cell: number][]>;
}

const require = createRequire(import.meta.url);

/** Cells of french-verbs-lefff (its one-letter tense codes) as the UD features Sequoia writes. */
const LEFFF_CELLS: Record<string, string> = {
  W: 'VerbForm=Inf',
  G: 'Tense=Pres|VerbForm=Part',
  K: 'Tense=Past|VerbForm=Part',
  P: 'Mood=Ind|Tense=Pres',
  I: 'Mood=Ind|Tense=Imp',
  J: 'Mood=Ind|Tense=Past',
  F: 'Mood=Ind|Tense=Fut',
  // UD writes the conditional with Tense=Pres
  C: 'Mood=Cnd|Tense=Pres',
  S: 'Mood=Sub|Tense=Pres',
  T: 'Mood=Sub|Tense=Imp',
  Y: 'Mood=Imp',
};

/** Data LGPL-LR (derived from the Lefff), code Apache-2.0; 7.8k verbs, 300k distinct forms. */
function lefffVerbs(): LemmaLexicon {
  const conjugations = require('french-verbs-lefff/dist/conjugations.json') as Record<
    string,
    Record<string, (string | null)[]>
  >;
  const codes = Object.keys(LEFFF_CELLS);
  const entries: LemmaLexicon['entries'] = new Map();
  for (const [lemma, table] of Object.entries(conjugations)) {
    // the data holds a few keys that are not verbs (e.g. a stray capitalised one)
    if (!/^\p{Ll}[\p{Ll}'-]*$/u.test(lemma)) continue;
    const forms: [string, number][] = [];
    for (const [code, list] of Object.entries(table)) {
      const cell = codes.indexOf(code);
      if (cell < 0) continue;
      for (const form of list) {
        // 'NA' marks the imperative's missing persons
        if (form && form !== 'NA') forms.push([form, cell]);
      }
    }
    // a few entries have no forms at all ("voilà"): no paradigm to learn
    if (forms.length > 0) entries.set(lemma, forms);
  }
  return { upos: ['VERB', 'AUX'], cells: Object.values(LEFFF_CELLS), entries };
}

/**
 * lefff-helper (data LGPL-LR, derived from the Lefff; code Apache-2.0):
 * adjective forms → masculine singular (past participles included, as UD
 * lemmatizes adjectives), noun forms → singular.
 */
function lefffAdjectivesAndNouns(): LemmaLexicon[] {
  const dir = 'lefff-helper/resources_pub/';
  const adjectives = require(`${dir}adjectives.json`) as Record<string, [string, boolean]>;
  const participles = require(`${dir}pastParticiples.json`) as Record<string, string>;
  const nouns = require(`${dir}nouns.json`) as Record<string, string>;
  const word = /^\p{Ll}[\p{Ll}'-]*$/u;
  const collect = (pairs: [string, string | undefined][]) => {
    const lemmas = new Set(pairs.map(([, lemma]) => lemma));
    const entries: LemmaLexicon['entries'] = new Map();
    for (const [form, lemma] of pairs) {
      if (!lemma || !word.test(form) || !word.test(lemma)) continue;
      // the files keep one lemma per form: a plural-only sense (`feux`, `codes`)
      // hides the singular's lemma, which the classifier then restores
      if (form === lemma && lemmas.has(form.slice(0, -1))) continue;
      // abbreviations (`biblio` → `bibliothèque`): UD lemmatizes them as written
      if (lemma.length > form.length && lemma.startsWith(form)) continue;
      if (!entries.has(lemma)) entries.set(lemma, []);
      entries.get(lemma)!.push([form, 0]);
    }
    return entries;
  };
  const adjectiveLemma = ([root, participle]: [string, boolean]) =>
    participle ? participles[root] : root;
  return [
    {
      upos: ['ADJ'],
      cells: [''],
      entries: collect(Object.entries(adjectives).map(([f, a]) => [f, adjectiveLemma(a)])),
    },
    { upos: ['NOUN'], cells: [''], entries: collect(Object.entries(nouns)) },
  ];
}

/**
 * English verb forms of en-lexicon (MIT; Penn tags, no lemmas) with their base form: each
 * past, participle or third-person form is undone by the regular spelling rules, and a
 * candidate counts only when en-lexicon lists it as a base verb (`VB`): `joked` → joke,
 * `touted` → tout, `stopped` → stop, `tried` → try, `dying` → die, `echoes` → echo. A final consonant after
 * a single vowel takes the silent e first (`hoped` → hope, not hop: hop gives hopped).
 * Irregular pasts and participles come from english-verbs-irregular (Apache-2.0; 569 verbs:
 * `froze`, `frozen` → freeze; `fled` → flee).
 */
function englishRegularVerbs(): LemmaLexicon {
  const { lexicon } = require('en-lexicon') as { lexicon: Record<string, string> };
  const isBase = (w: string) => (lexicon[w] ?? '').split('|').includes('VB');
  const shortVowelEnd = /(?:^|[^aeiou])[aeiou][^aeiouwxy]$/;
  const entries: LemmaLexicon['entries'] = new Map();
  const regularLemma = new Map<string, string>();
  for (const [form, tags] of Object.entries(lexicon)) {
    if (typeof tags !== 'string' || !/^[a-z]+$/.test(form)) continue;
    if (!tags.split('|').some((t) => t === 'VBD' || t === 'VBN' || t === 'VBG' || t === 'VBZ'))
      continue;
    const lemma = baseCandidates(form, shortVowelEnd).find(isBase);
    if (!lemma || lemma === form) continue;
    if (!entries.has(lemma)) entries.set(lemma, []);
    entries.get(lemma)!.push([form, 0]);
    regularLemma.set(form, lemma);
  }
  const irregular = require('english-verbs-irregular/dist/verbs.json') as Record<
    string,
    [past: string, participle: string][]
  >;
  for (const [lemma, pairs] of Object.entries(irregular)) {
    // the auxiliaries' forms are the treebank's (was, were, been)
    if (lemma === 'be' || !/^[a-z]+$/.test(lemma)) continue;
    // the list also holds doubled consonants, some misspelt (`boycot` for boycotted):
    // a form that is regular for another base verb of en-lexicon keeps that verb
    const forms = new Set(
      pairs
        .flat()
        .filter(
          (f) => /^[a-z]+$/.test(f) && f !== lemma && (regularLemma.get(f) ?? lemma) === lemma,
        ),
    );
    if (forms.size === 0) continue;
    const known = new Set((entries.get(lemma) ?? []).map(([f]) => f));
    entries.set(lemma, [
      ...(entries.get(lemma) ?? []),
      ...[...forms].filter((f) => !known.has(f)).map((f): [string, number] => [f, 0]),
    ]);
  }
  return { upos: ['VERB'], cells: [''], entries };
}

/** Base forms a regular inflected English verb may come from, the likeliest first. */
function baseCandidates(form: string, shortVowelEnd: RegExp): string[] {
  const out: string[] = [];
  for (const ending of ['ed', 'ing']) {
    if (!form.endsWith(ending) || form.length <= ending.length + 1) continue;
    const stem = form.slice(0, -ending.length);
    if (ending === 'ed' && stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
    // dying, lying, tying
    if (ending === 'ing' && /^[^aeiou]y$/.test(stem)) out.push(`${stem[0]}ie`);
    // a doubled final consonant: stopped, planning
    if (/([^aeiou])\1$/.test(stem)) out.push(stem.slice(0, -1));
    if (shortVowelEnd.test(stem)) out.push(`${stem}e`, stem);
    else out.push(stem, `${stem}e`);
  }
  if (form.endsWith('ies')) out.push(`${form.slice(0, -3)}y`);
  if (form.endsWith('s')) out.push(form.slice(0, -1));
  if (form.endsWith('es')) out.push(form.slice(0, -2));
  return out;
}

/** Loaders by name: the name is what the training hyperparameters and model card record. */
const LOADERS: Record<string, () => LemmaLexicon[]> = {
  'en-lexicon-verbs': () => [englishRegularVerbs()],
  'french-verbs-lefff': () => [lefffVerbs()],
  'french-verbs-lefff+lefff-helper': () => [lefffVerbs(), ...lefffAdjectivesAndNouns()],
};

export function loadLemmaLexicon(name: string): LemmaLexicon[] {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown lemma lexicon ${name}: one of ${Object.keys(LOADERS)}`);
  return load();
}
