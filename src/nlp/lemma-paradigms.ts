/**
 * A lemma lexicon (see lemma-lexicon.ts) stored as inflection paradigms: each
 * (form, lemma) pair becomes an edit (the final characters cut from the form,
 * the ending appended), each lemma points to its paradigm, the set of its
 * edits with the cells where each applies. The 300k forms of 7.8k French verbs
 * take 1.3k edits and 136 paradigms, so the table stays small and loads
 * with nothing to build: the lemmas are a sorted array searched by bisection.
 * Analysing a form tries the edits that its endings allow and keeps those
 * whose lemma has them in its paradigm: it finds exactly the lexicon's pairs,
 * nothing more.
 *
 * A form with capitals or diacritics that the lexicon lacks as written
 * (accents left off capitals, reformed or mistyped accents: `DECHETS`,
 * `cèderait` for `céderait`) takes the lexicon's forms that differ from it
 * only in those letters, found through the lemmas without diacritics. A
 * lowercase letter without diacritics is taken as written: `diffère` is not
 * `différé`, `cible` is not `ciblé`.
 */
import type { LemmaLexicon } from './lemma-lexicon.js';

/** What the model file stores. */
export interface LemmaParadigmsJson {
  upos: string[];
  cells: string[];
  /** `cut\tappend`. */
  edits: string[];
  /** Per paradigm: `edit:cells` pairs in base 36, space-separated (cells as a bit mask). */
  paradigms: string[];
  /** Sorted (UTF-16 code units). */
  lemmas: string[];
  /** Paradigm of each lemma. */
  paradigm: number[];
  /** Lemmas that diacritics removal changes, as written without them, sorted … */
  foldedLemmas: string[];
  /** … and the index of each in `lemmas`. */
  foldedOf: number[];
}

export interface LemmaParadigms {
  json: LemmaParadigmsJson;
  upos: Set<string>;
  /** Each cell's features, `key=value`. */
  cells: string[][];
  /** Mask of the cells of finite verbs: those naming a mood. */
  moodCells: number;
  /** Each edit's `[cut, append]`. */
  edits: [string, string][];
  /** Final characters of a form → the edits removing them. */
  byCut: EditIndex;
  /** The same with diacritics removed from the edits. */
  bareByCut: EditIndex;
  /** Paradigm → edit → mask of the cells where it applies. */
  paradigms: Map<number, number>[];
}

interface EditIndex {
  byCut: Map<string, { append: string; edit: number }[]>;
  maxCut: number;
}

function indexEdits(edits: [string, string][]): EditIndex {
  const byCut = new Map<string, { append: string; edit: number }[]>();
  let maxCut = 0;
  edits.forEach(([cut, append], edit) => {
    const same = byCut.get(cut);
    // several edits may coincide once diacritics are removed
    if (same?.some((e) => e.append === append)) return;
    if (!same) byCut.set(cut, []);
    byCut.get(cut)!.push({ append, edit });
    maxCut = Math.max(maxCut, cut.length);
  });
  return { byCut, maxCut };
}

export interface LemmaCandidate {
  lemma: string;
  /** Bit mask of the cells (LemmaParadigms.cells) where the form has this lemma. */
  cells: number;
}

/** Lowercase, diacritics removed. */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function edit(form: string, lemma: string): string {
  let p = 0;
  while (p < form.length && p < lemma.length && form[p] === lemma[p]) p++;
  return `${form.slice(p)}\t${lemma.slice(p)}`;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildLemmaParadigms(lexicon: LemmaLexicon): LemmaParadigms {
  if (lexicon.cells.length > 30) throw new Error('lemma lexicon: at most 30 cells');
  const editIds = new Map<string, number>();
  const paradigmIds = new Map<string, number>();
  const paradigmOf = (pairs: [string, string, number][]): number => {
    const masks = new Map<number, number>();
    for (const [form, lemma, cell] of pairs) {
      const e = edit(form, lemma);
      let id = editIds.get(e);
      if (id === undefined) editIds.set(e, (id = editIds.size));
      masks.set(id, (masks.get(id) ?? 0) | (1 << cell));
    }
    const key = [...masks]
      .sort((a, b) => a[0] - b[0])
      .map(([e, m]) => `${e.toString(36)}:${m.toString(36)}`)
      .join(' ');
    let id = paradigmIds.get(key);
    if (id === undefined) paradigmIds.set(key, (id = paradigmIds.size));
    return id;
  };
  const lemmas = [...lexicon.entries.keys()].sort(byCodeUnits);
  const paradigm: number[] = [];
  const folded: [string, number][] = [];
  lemmas.forEach((lemma, i) => {
    paradigm.push(paradigmOf(lexicon.entries.get(lemma)!.map(([f, c]) => [f, lemma, c])));
    const bare = foldDiacritics(lemma);
    if (bare !== lemma) folded.push([bare, i]);
  });
  folded.sort((a, b) => byCodeUnits(a[0], b[0]) || a[1] - b[1]);
  return lemmaParadigmsFromJson({
    upos: lexicon.upos,
    cells: lexicon.cells,
    edits: [...editIds.keys()],
    paradigms: [...paradigmIds.keys()],
    lemmas,
    paradigm,
    foldedLemmas: folded.map(([bare]) => bare),
    foldedOf: folded.map(([, i]) => i),
  });
}

export function lemmaParadigmsFromJson(json: LemmaParadigmsJson): LemmaParadigms {
  const edits = json.edits.map((e) => e.split('\t') as [string, string]);
  const paradigms = json.paradigms.map(
    (p) =>
      new Map(
        p.split(' ').map((pair) => {
          const [e, m] = pair.split(':');
          return [parseInt(e, 36), parseInt(m, 36)] as [number, number];
        }),
      ),
  );
  const cells = json.cells.map((c) => (c === '' ? [] : c.split('|')));
  return {
    json,
    upos: new Set(json.upos),
    cells,
    moodCells: cells.reduce(
      (mask, cell, i) => (cell.some((kv) => kv.startsWith('Mood=')) ? mask | (1 << i) : mask),
      0,
    ),
    edits,
    byCut: indexEdits(edits),
    bareByCut: indexEdits(
      edits.map(([cut, append]) => [foldDiacritics(cut), foldDiacritics(append)]),
    ),
    paradigms,
  };
}

/** First index of a sorted array whose item is not below `key`. */
function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Calls `visit` with each string that an edit of the form's endings makes, and the edit. */
function eachEdit(
  index: EditIndex,
  form: string,
  visit: (lemma: string, edit: number) => void,
): void {
  for (let cut = 0; cut <= index.maxCut && cut <= form.length; cut++) {
    const edits = index.byCut.get(form.slice(form.length - cut));
    if (!edits) continue;
    const stem = form.slice(0, form.length - cut);
    for (const { append, edit } of edits) visit(stem + append, edit);
  }
}

/**
 * Whether the lexicon's `written` form may be what `form` meant: they differ
 * only in letters that `form` writes as a capital or with a diacritic
 * (`DECHETS` → `déchets`, `cèderait` → `céderait`, not `diffère` → `différé`).
 */
function sameUpToMarkedLetters(form: string, written: string): boolean {
  if (form.length !== written.length) return false;
  for (let i = 0; i < form.length; i++) {
    const a = form[i];
    if (a === written[i]) continue;
    const bare = foldDiacritics(a);
    if (bare !== foldDiacritics(written[i]) || bare === a) return false;
  }
  return true;
}

/**
 * The lexicon's lemmas for a form, with the cells where each holds; if the
 * form is not in the lexicon as written but has capitals or diacritics, those
 * of the lexicon's forms that differ from it only in those letters.
 */
export function analyseForm(model: LemmaParadigms, form: string): LemmaCandidate[] {
  const { lemmas, paradigm, foldedLemmas, foldedOf } = model.json;
  const lower = form.toLowerCase();
  const written = new Map<string, number>();
  eachEdit(model.byCut, lower, (lemma, edit) => {
    const i = lowerBound(lemmas, lemma);
    const cells = lemmas[i] === lemma ? model.paradigms[paradigm[i]].get(edit) : undefined;
    if (cells !== undefined) written.set(lemma, (written.get(lemma) ?? 0) | cells);
  });
  const bare = foldDiacritics(form);
  if (written.size > 0 || bare === form) {
    return [...written]
      .sort((a, b) => byCodeUnits(a[0], b[0]))
      .map(([lemma, cells]) => ({ lemma, cells }));
  }
  // the lemmas that the bare form's edits spell without diacritics propose;
  // their own forms decide
  const proposed = new Set<number>();
  eachEdit(model.bareByCut, bare, (lemma) => {
    const i = lowerBound(lemmas, lemma);
    if (lemmas[i] === lemma) proposed.add(i);
    for (let k = lowerBound(foldedLemmas, lemma); foldedLemmas[k] === lemma; k++) {
      proposed.add(foldedOf[k]);
    }
  });
  const found: LemmaCandidate[] = [];
  for (const i of proposed) {
    const lemma = lemmas[i];
    let cells = 0;
    for (const [e, mask] of model.paradigms[paradigm[i]]) {
      const [cut, append] = model.edits[e];
      if (!lemma.endsWith(append)) continue;
      if (sameUpToMarkedLetters(form, lemma.slice(0, lemma.length - append.length) + cut)) {
        cells |= mask;
      }
    }
    if (cells !== 0) found.push({ lemma, cells });
  }
  return found.sort((a, b) => byCodeUnits(a.lemma, b.lemma));
}

/** Mask of the cells whose features all appear in a UD FEATS string. */
export function cellsOfFeats(model: LemmaParadigms, feats: string): number {
  const given = new Set(feats.split('|'));
  let mask = 0;
  model.cells.forEach((cell, i) => {
    if (cell.every((kv) => given.has(kv))) mask |= 1 << i;
  });
  return mask;
}
