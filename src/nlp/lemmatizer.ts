/**
 * Lemmatizer: a lexicon of the (form, UPOS, features) seen in training; for
 * unseen words of the classes an external lemma lexicon covers (French verbs),
 * that lexicon's lemma, distilled into the model at training time; for the
 * rest an averaged perceptron choosing an edit script (lowercase or not, how
 * many final characters to cut, what to append) from the word's suffixes, UPOS
 * and features.
 */
import type { LemmaLexicon } from './lemma-lexicon.js';
import {
  analyseForm,
  buildLemmaParadigms,
  cellsOfFeats,
  lemmaParadigmsFromJson,
  type LemmaParadigms,
  type LemmaParadigmsJson,
} from './lemma-paradigms.js';
import { AveragedPerceptron } from './perceptron.js';
import type { UdSentence } from './ud-data.js';
import {
  hashString,
  key1,
  key2,
  seededRandom,
  shuffleInPlace,
  type Bundle,
} from './ud-features.js';

export interface LemmatizerModel {
  /** `form\tUPOS\tfeats` and `form\tUPOS` and `lowercased form\tUPOS` → lemma. */
  lexicon: Map<string, string>;
  scripts: string[];
  classifier: AveragedPerceptron;
  /** The external lexicons' forms, for words the treebank lexicon lacks. */
  paradigms: LemmaParadigms[];
}

/** The edit turning `form` into `lemma`: `lower|cut|append`. */
export function editScript(form: string, lemma: string): string {
  const lowered = lemma === lemma.toLowerCase() && form !== form.toLowerCase();
  const base = lowered ? form.toLowerCase() : form;
  let p = 0;
  while (p < base.length && p < lemma.length && base[p] === lemma[p]) p++;
  return `${lowered ? 1 : 0}|${base.length - p}|${lemma.slice(p)}`;
}

function applyScript(form: string, script: string): string | null {
  const first = script.indexOf('|');
  const second = script.indexOf('|', first + 1);
  const base = script[0] === '1' ? form.toLowerCase() : form;
  const cut = Number(script.slice(first + 1, second));
  if (cut >= base.length) return null;
  return base.slice(0, base.length - cut) + script.slice(second + 1);
}

function keysOf(form: string, upos: string, feats: string): number[] {
  const lower = form.toLowerCase();
  const u = hashString(upos);
  const keys = [key1(0, 0), key1(1, u), key2(2, u, hashString(feats))];
  for (let k = 1; k <= 6 && k <= lower.length; k++) {
    const suffix = hashString(lower.slice(-k));
    keys.push(key1(2 + k, suffix), key2(10 + k, u, suffix));
  }
  keys.push(key1(20, form === lower ? 0 : form === form.toUpperCase() ? 2 : 1));
  keys.push(key2(21, u, form === lower ? 0 : 1));
  for (const kv of feats.split('|')) keys.push(key2(22, u, hashString(kv)));
  return keys;
}

/**
 * The external lexicon's lemma of a form, among those whose cell agrees with
 * the predicted features (all of them if none does); between several, the one
 * whose edit script the classifier prefers.
 */
function lexiconLemma(
  model: LemmatizerModel,
  paradigms: LemmaParadigms,
  form: string,
  feats: string,
  classify: () => Float32Array,
): string | null {
  const candidates = analyseForm(paradigms, form);
  if (candidates.length <= 1) return candidates[0]?.lemma ?? null;
  const cells = cellsOfFeats(paradigms, feats);
  const agreeing = candidates.filter((c) => (c.cells & cells) !== 0);
  const pool = agreeing.length > 0 ? agreeing : candidates;
  if (pool.length === 1) return pool[0].lemma;
  const scores = classify();
  let best = pool[0].lemma;
  let bestScore = -Infinity;
  for (const { lemma } of pool) {
    const script = model.scripts.indexOf(editScript(form, lemma));
    if (script >= 0 && scores[script] > bestScore) {
      best = lemma;
      bestScore = scores[script];
    }
  }
  return best;
}

/**
 * A finite verb's mood and tense checked against the external lexicon: when none of the
 * form's analyses has the predicted mood and tense, and the form fills a single cell that
 * names both, that cell's replace them ("soupirait" is an imperfect, never a conditional;
 * "devrons" a future).
 */
export function checkMoodTense(
  model: LemmatizerModel,
  form: string,
  upos: string,
  feats: string,
): string {
  if (!feats.includes('VerbForm=Fin')) return feats;
  for (const paradigms of model.paradigms) {
    if (!paradigms.upos.has(upos)) continue;
    let union = 0;
    for (const candidate of analyseForm(paradigms, form)) union |= candidate.cells;
    const filled = union & paradigms.moodCells;
    if (filled === 0 || (filled & cellsOfFeats(paradigms, feats)) !== 0) return feats;
    if ((filled & (filled - 1)) !== 0) return feats;
    const cell = paradigms.cells[31 - Math.clz32(filled)];
    if (!cell.some((kv) => kv.startsWith('Tense='))) return feats;
    const kept = feats
      .split('|')
      .filter((kv) => !kv.startsWith('Mood=') && !kv.startsWith('Tense='));
    return [...kept, ...cell].sort(byAttribute).join('|');
  }
  return feats;
}

/** UD order of features: by attribute name, case-insensitively. */
const byAttribute = (a: string, b: string): number =>
  a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0;

/**
 * Lemmas already found, per model, by form, UPOS and features: text repeats
 * its words and names, and a form the lexicon lacks costs a classification
 * over all edit scripts. Cleared when it grows past LEMMA_CACHE_SIZE.
 */
const lemmaCaches = new WeakMap<LemmatizerModel, Map<string, string>>();
const LEMMA_CACHE_SIZE = 20_000;

export function lemmatize(
  model: LemmatizerModel,
  form: string,
  upos: string,
  feats: string,
): string {
  let cache = lemmaCaches.get(model);
  if (cache === undefined) lemmaCaches.set(model, (cache = new Map()));
  const key = `${form}\t${upos}\t${feats}`;
  let lemma = cache.get(key);
  if (lemma === undefined) {
    lemma = findLemma(model, form, upos, feats, key);
    if (cache.size >= LEMMA_CACHE_SIZE) cache.clear();
    cache.set(key, lemma);
  }
  return lemma;
}

/** `lemmatize` without the cache; `key` is the form, UPOS and features joined by tabs. */
function findLemma(
  model: LemmatizerModel,
  form: string,
  upos: string,
  feats: string,
  key: string,
): string {
  const known =
    model.lexicon.get(key) ??
    model.lexicon.get(`${form}\t${upos}`) ??
    model.lexicon.get(`${form.toLowerCase()}\t${upos}`);
  if (known !== undefined) return known;
  const classify = (): Float32Array => model.classifier.score(keysOf(form, upos, feats));
  for (const paradigms of model.paradigms) {
    if (!paradigms.upos.has(upos)) continue;
    const fromLexicon = lexiconLemma(model, paradigms, form, feats, classify);
    if (fromLexicon !== null) return fromLexicon;
  }
  const scores = classify();
  let best = form;
  let bestScore = -Infinity;
  for (let c = 0; c < scores.length; c++) {
    if (scores[c] <= bestScore) continue;
    const lemma = applyScript(form, model.scripts[c]);
    if (lemma === null || lemma === '') continue;
    best = lemma;
    bestScore = scores[c];
  }
  return best;
}

export interface LemmatizerTrainingOptions {
  epochs: number;
  /** External lexicons distilled into the model (see lemma-paradigms.ts). */
  lexicons: LemmaLexicon[];
  seed: number;
  log: (message: string) => void;
}

function mostFrequent(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, c] of counts) {
    out.set(key, [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0]);
  }
  return out;
}

export function trainLemmatizer(
  train: UdSentence[],
  opts: LemmatizerTrainingOptions,
): LemmatizerModel {
  const full = new Map<string, Map<string, number>>();
  const byUpos = new Map<string, Map<string, number>>();
  const byLower = new Map<string, Map<string, number>>();
  const bump = (m: Map<string, Map<string, number>>, key: string, lemma: string) => {
    let c = m.get(key);
    if (!c) m.set(key, (c = new Map()));
    c.set(lemma, (c.get(lemma) ?? 0) + 1);
  };
  for (const s of train) {
    s.words.forEach((form, i) => {
      const lemma = s.lemmas[i];
      if (lemma === '_') return;
      bump(full, `${form}\t${s.upos[i]}\t${s.feats[i]}`, lemma);
      bump(byUpos, `${form}\t${s.upos[i]}`, lemma);
      bump(byLower, `${form.toLowerCase()}\t${s.upos[i]}`, lemma);
    });
  }
  const lexicon = new Map<string, string>();
  const formUpos = mostFrequent(byUpos);
  // keep the feature-specific entry only where it differs from the (form, UPOS) one
  for (const [key, lemma] of mostFrequent(full)) {
    const short = key.slice(0, key.lastIndexOf('\t'));
    if (formUpos.get(short) !== lemma) lexicon.set(key, lemma);
  }
  for (const [key, lemma] of formUpos) lexicon.set(key, lemma);
  for (const [key, lemma] of mostFrequent(byLower)) if (!lexicon.has(key)) lexicon.set(key, lemma);

  // the classifier learns from distinct (form, UPOS, features) types: unseen words are rare words
  const examples: { form: string; upos: string; feats: string; script: string }[] = [];
  const scriptCounts = new Map<string, number>();
  for (const [key, lemma] of mostFrequent(full)) {
    const [form, upos, feats] = key.split('\t');
    const script = editScript(form, lemma);
    scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + 1);
    examples.push({ form, upos, feats, script });
  }
  const scripts = [...scriptCounts.entries()]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([s]) => s);
  const scriptIndex = new Map(scripts.map((s, i) => [s, i]));
  const usable = examples.filter((e) => scriptIndex.has(e.script));
  const classifier = new AveragedPerceptron(scripts.length);
  const random = seededRandom(opts.seed);
  const prepared = usable.map((e) => ({
    keys: keysOf(e.form, e.upos, e.feats),
    truth: scriptIndex.get(e.script)!,
  }));
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(prepared, random);
    let correct = 0;
    for (const e of prepared) {
      const guess = classifier.predict(e.keys);
      if (guess === e.truth) correct++;
      classifier.update(e.truth, guess, e.keys);
    }
    if (epoch === opts.epochs) {
      opts.log(
        `lemmatizer: ${lexicon.size} lexicon entries, ${scripts.length} edit scripts, last epoch train accuracy ${((100 * correct) / prepared.length).toFixed(2)}`,
      );
    }
  }
  classifier.average();
  const paradigms = opts.lexicons.map(buildLemmaParadigms);
  for (const p of paradigms) {
    opts.log(
      `lemmatizer: external lexicon (${p.json.upos.join(', ')}) of ${p.json.lemmas.length} lemmas in ${p.paradigms.length} paradigms, ${p.json.edits.length} edits`,
    );
  }
  return { lexicon, scripts, classifier, paradigms };
}

export function lemmatizerToBundle(model: LemmatizerModel): Bundle {
  return {
    json: {
      lexicon: Object.fromEntries(model.lexicon),
      scripts: model.scripts,
      paradigms: model.paradigms.map((p) => p.json),
    },
    blobs: { classifier: model.classifier.serialize() },
  };
}

export function lemmatizerFromBundle(bundle: Bundle): LemmatizerModel {
  const j = bundle.json as {
    lexicon: Record<string, string>;
    scripts: string[];
    paradigms?: LemmaParadigmsJson[];
  };
  return {
    lexicon: new Map(Object.entries(j.lexicon)),
    scripts: j.scripts,
    classifier: AveragedPerceptron.deserialize(bundle.blobs.classifier),
    paradigms: (j.paradigms ?? []).map(lemmaParadigmsFromJson),
  };
}
