/**
 * Features of the NER tagger: the word and its neighbours, shapes, affixes,
 * gazetteer matches, title words and organisation/place keywords. Static
 * features depend on the words only and are hashed once per sentence; the
 * label-history features are added per step by the decoder.
 */
import { hashFeature } from './perceptron.js';

/** Language knowledge baked into the model at training time. */
export interface NerLexicon {
  titles: string[];
  orgKeywords: string[];
  locKeywords: string[];
  /** Kind (`country`, `city`, `person` …) → lowercase names, words separated by single spaces. */
  gazetteer: Record<string, string[]>;
  /** Lowercase first names. */
  firstNames: string[];
}

export interface CompiledLexicon {
  titles: Set<string>;
  orgKeywords: Set<string>;
  locKeywords: Set<string>;
  /** Lowercase name → its kinds, joined by `+`. */
  names: Map<string, string>;
  firstNames: Set<string>;
  /** Lowercase first words of names, to skip most look-ups. */
  firstWords: Set<string>;
  maxNameWords: number;
}

export function compileLexicon(lex: NerLexicon): CompiledLexicon {
  const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const names = new Map<string, string>();
  const firstWords = new Set<string>();
  let maxNameWords = 1;
  for (const [kind, list] of Object.entries(lex.gazetteer)) {
    for (const name of list) {
      const known = names.get(name);
      names.set(name, known === undefined ? kind : known + '+' + kind);
      const words = name.split(' ');
      firstWords.add(words[0]);
      maxNameWords = Math.max(maxNameWords, words.length);
    }
  }
  return {
    titles: lowerSet(lex.titles),
    orgKeywords: lowerSet(lex.orgKeywords),
    locKeywords: lowerSet(lex.locKeywords),
    names,
    firstNames: new Set(lex.firstNames),
    firstWords,
    maxNameWords,
  };
}

/** Typographic apostrophes and quotes folded to ASCII, so that `l’` and `l'` are one word. */
export function normalizeWord(word: string): string {
  return word.replace(/[’ʼ`]/g, "'");
}

/** `Paris` → `Xxxxx` with runs capped at 4; the short shape collapses runs: `Xx`. */
export function wordShape(word: string): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c === last) run++;
    else {
      run = 1;
      short += c;
    }
    if (run <= 4) shape += c;
    last = c;
  }
  return { shape, short };
}

/** Gazetteer kind and position (`B`/`I`) of each word from longest matches, or null. */
export function gazetteerMarks(lower: string[], lex: CompiledLexicon): (string | null)[] {
  const marks: (string | null)[] = lower.map(() => null);
  let i = 0;
  while (i < lower.length) {
    let matched = 0;
    if (lex.firstWords.has(lower[i])) {
      for (let n = Math.min(lex.maxNameWords, lower.length - i); n >= 1; n--) {
        const kind = lex.names.get(n === 1 ? lower[i] : lower.slice(i, i + n).join(' '));
        if (kind === undefined) continue;
        for (let k = 0; k < n; k++) marks[i + k] = kind + (k === 0 ? 'B' : 'I');
        matched = n;
        break;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return marks;
}

function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Per-word facts the static and dynamic features share. */
export interface SentenceView {
  words: string[];
  lower: string[];
  shortShapes: string[];
  /** Hashed static features of each word. */
  keys: Uint32Array[];
}

const PAD = '<s>';
const PAD_END = '</s>';

export function sentenceFeatures(words: string[], lex: CompiledLexicon): SentenceView {
  const n = words.length;
  const norm = words.map(normalizeWord);
  const lower = norm.map((w) => w.toLowerCase());
  const shapes = norm.map(wordShape);
  const gaz = gazetteerMarks(lower, lex);
  let upper = 0;
  let letters = 0;
  for (const w of norm) {
    if (/\p{L}/u.test(w)) {
      letters++;
      if (w === w.toUpperCase()) upper++;
    }
  }
  // Headlines and bylines in capitals: shapes mean something else there.
  const capsLine = letters >= 3 && upper / letters > 0.6 ? 'C' : '';
  const lw = (i: number) => (i < 0 ? PAD : i >= n ? PAD_END : lower[i]);
  const ss = (i: number) => (i < 0 ? PAD : i >= n ? PAD_END : shapes[i].short);
  const gz = (i: number) => (i < 0 || i >= n ? '-' : (gaz[i] ?? '-'));
  const title = (i: number) => i >= 0 && i < n && lex.titles.has(lower[i]);
  const org = (i: number) => i >= 0 && i < n && lex.orgKeywords.has(lower[i]);
  const loc = (i: number) => i >= 0 && i < n && lex.locKeywords.has(lower[i]);
  const keys: Uint32Array[] = [];
  for (let i = 0; i < n; i++) {
    const w = norm[i];
    const l = lower[i];
    const f: string[] = [
      'b',
      'w=' + w,
      'l=' + l,
      's=' + shapes[i].shape,
      'ss=' + shapes[i].short + capsLine,
      'p1=' + w.slice(0, 1),
      'p2=' + w.slice(0, 2),
      'p3=' + w.slice(0, 3),
      'x1=' + l.slice(-1),
      'x2=' + l.slice(-2),
      'x3=' + l.slice(-3),
      'x4=' + l.slice(-4),
      'l-1=' + lw(i - 1),
      'l+1=' + lw(i + 1),
      'l-2=' + lw(i - 2),
      'l+2=' + lw(i + 2),
      'l-1l=' + lw(i - 1) + '|' + l,
      'll+1=' + l + '|' + lw(i + 1),
      'ss-1=' + ss(i - 1),
      'ss+1=' + ss(i + 1),
      'sss=' + ss(i - 1) + '|' + shapes[i].short + '|' + ss(i + 1) + capsLine,
      'first=' + (i === 0 ? shapes[i].short : '-'),
      'g=' + gz(i),
      'g-1g+1=' + gz(i - 1) + '|' + gz(i + 1),
      'gs=' + gz(i) + '|' + shapes[i].short,
    ];
    if (title(i - 1)) f.push('t-1', 't-1s=' + shapes[i].short);
    if (title(i - 2) && isCapitalized(norm[i - 1])) f.push('t-2');
    if (title(i)) f.push('t');
    if (org(i)) f.push('o');
    if (org(i - 1)) f.push('o-1');
    if (org(i - 2)) f.push('o-2');
    if (org(i + 1)) f.push('o+1');
    if (org(i + 2)) f.push('o+2');
    if (loc(i - 1)) f.push('c-1');
    if (loc(i - 2)) f.push('c-2');
    if (loc(i)) f.push('c');
    const first = (j: number) => j >= 0 && j < n && lex.firstNames.has(lower[j]);
    if (first(i)) f.push('fn');
    if (first(i - 1)) f.push('fn-1');
    if (first(i + 1)) f.push('fn+1');
    const k = new Uint32Array(f.length);
    for (let j = 0; j < f.length; j++) k[j] = hashFeature(f[j]);
    keys.push(k);
  }
  return { words: norm, lower, shortShapes: shapes.map((s) => s.short), keys };
}

/** Label-history features of word `i` given the two previous labels. */
export function historyFeatures(
  view: SentenceView,
  i: number,
  prev: string,
  prev2: string,
  out: Uint32Array,
): Uint32Array {
  out[0] = hashFeature('P=' + prev);
  out[1] = hashFeature('PP=' + prev2 + '|' + prev);
  out[2] = hashFeature('Pl=' + prev + '|' + view.lower[i]);
  out[3] = hashFeature('Ps=' + prev + '|' + view.shortShapes[i]);
  return out;
}

export const HISTORY_FEATURES = 4;
