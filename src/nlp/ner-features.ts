/**
 * Features of the NER tagger: the word and its neighbours, shapes, affixes,
 * gazetteer matches, title words and organisation/place keywords. Static
 * features depend on the words only and are hashed once per sentence; the
 * label-history features are added per step by the decoder.
 */
import { compileClusters, type WordClusterTable } from './ner-clusters.js';

/* Keys are FNV-1a hashes like `hashFeature`, computed by continuing a prefix's state over
   the value so that no feature string is built at run time. */

/** Language knowledge baked into the model at training time. */
export interface NerLexicon {
  titles: string[];
  orgKeywords: string[];
  locKeywords: string[];
  /** Kind (`country`, `city`, `person` …) → lowercase names, words separated by single spaces. */
  gazetteer: Record<string, string[]>;
  /** Lowercase first names. */
  firstNames: string[];
  /** Words written mostly in lowercase inside sentences of the training texts (so not names). */
  mostlyLowercase: string[];
  /** Words written mostly capitalised inside sentences (names). */
  mostlyCapitalised: string[];
  /** Distributional word clusters learnt from unlabelled text (absent in older models). */
  clusters?: WordClusterTable;
}

export interface CompiledLexicon {
  titles: Set<string>;
  orgKeywords: Set<string>;
  locKeywords: Set<string>;
  /** Lowercase name, or leading part of one, → what the gazetteer knows of it. */
  names: Map<string, GazetteerKey>;
  firstNames: Set<string>;
  mostlyLowercase: Set<string>;
  mostlyCapitalised: Set<string>;
  /** Lowercase word → its cluster path, coarse to fine (empty without clusters). */
  clusters: Map<string, number[]>;
}

/**
 * One look-up per word in the gazetteer: a whole name's marks (null for a
 * mere leading part), and whether longer names start with it (`new`, `new york`).
 */
export interface GazetteerKey {
  /** Marks of its words by kind: first word, first word in lowercase, next words, next words after a lowercase first. */
  marks: { begin: string[]; beginLower: string[]; inside: string[]; insideLower: string[] } | null;
  continues: boolean;
}

export function compileLexicon(lex: NerLexicon): CompiledLexicon {
  const lowerSet = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const kindsOf = new Map<string, string[]>();
  const prefixes = new Set<string>();
  for (const [kind, list] of Object.entries(lex.gazetteer)) {
    for (const name of list) {
      const kinds = kindsOf.get(name);
      if (kinds === undefined) kindsOf.set(name, [kind]);
      else if (!kinds.includes(kind)) kinds.push(kind);
      for (let cut = name.indexOf(' '); cut > 0; cut = name.indexOf(' ', cut + 1)) {
        prefixes.add(name.slice(0, cut));
      }
    }
  }
  // Names share one entry per (kinds, continues): a few dozen objects, not one per name.
  const shared = new Map<string, GazetteerKey>();
  const entry = (kinds: string[] | null, continues: boolean): GazetteerKey => {
    const id = `${kinds?.join('+') ?? ''}|${continues}`;
    let found = shared.get(id);
    if (found === undefined) {
      const mark = (suffix: string) => (kinds ?? []).map((kind) => kind + suffix);
      found = {
        marks:
          kinds === null
            ? null
            : {
                begin: mark('B'),
                beginLower: mark('B~'),
                inside: mark('I'),
                insideLower: mark('I~'),
              },
        continues,
      };
      shared.set(id, found);
    }
    return found;
  };
  const names = new Map<string, GazetteerKey>();
  for (const [name, kinds] of kindsOf) names.set(name, entry(kinds, prefixes.has(name)));
  for (const prefix of prefixes) if (!names.has(prefix)) names.set(prefix, entry(null, true));
  return {
    titles: lowerSet(lex.titles),
    orgKeywords: lowerSet(lex.orgKeywords),
    locKeywords: lowerSet(lex.locKeywords),
    names,
    firstNames: new Set(lex.firstNames),
    mostlyLowercase: new Set(lex.mostlyLowercase),
    mostlyCapitalised: new Set(lex.mostlyCapitalised),
    clusters: compileClusters(lex.clusters),
  };
}

/** Typographic apostrophes and quotes folded to ASCII, so that `l’` and `l'` are one word. */
export function normalizeWord(word: string): string {
  return word.replace(/[’ʼ`]/g, "'");
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a state after `text`, continuing from `h` (not yet made unsigned). */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function fnvRange(h: number, text: string, from: number, to: number): number {
  for (let i = Math.max(0, from); i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

const BAR = 124; // '|'

function fnvBar(h: number): number {
  return Math.imul(h ^ BAR, FNV_PRIME);
}

/** State after a feature's name, e.g. `l=`. */
function prefix(name: string): number {
  return fnv(FNV_OFFSET, name);
}

const F = {
  bias: prefix('b') >>> 0,
  w: prefix('w='),
  l: prefix('l='),
  s: prefix('s='),
  ss: prefix('ss='),
  p1: prefix('p1='),
  p2: prefix('p2='),
  p3: prefix('p3='),
  x1: prefix('x1='),
  x2: prefix('x2='),
  x3: prefix('x3='),
  x4: prefix('x4='),
  lm1: prefix('l-1='),
  lp1: prefix('l+1='),
  lm2: prefix('l-2='),
  lp2: prefix('l+2='),
  lm1l: prefix('l-1l='),
  llp1: prefix('ll+1='),
  ssm1: prefix('ss-1='),
  ssp1: prefix('ss+1='),
  sss: prefix('sss='),
  first: prefix('first='),
  g: prefix('g='),
  gmp: prefix('g-1g+1='),
  gs: prefix('gs='),
  gall: prefix('gall='),
  glm1: prefix('gl-1='),
  glp1: prefix('gl+1='),
  tm1s: prefix('t-1s='),
  d: prefix('d='),
  k: prefix('k='),
  ds: prefix('ds='),
  u: prefix('u='),
  um1: prefix('u-1='),
  up1: prefix('u+1='),
  uum1: prefix('u-1u='),
  uup1: prefix('uu+1='),
  us: prefix('us='),
  ul: prefix('ul='),
  gup1: prefix('gu+1='),
  cl: [0, 1, 2, 3, 4, 5].map((level) => fnvBar(prefix('cl' + level))),
  clm1: [0, 1, 2, 3, 4, 5].map((level) => fnvBar(prefix('cl-1.' + level))),
  clp1: [0, 1, 2, 3, 4, 5].map((level) => fnvBar(prefix('cl+1.' + level))),
};

const FLAGS = Object.fromEntries(
  [
    't-1',
    't-2',
    'tw',
    't',
    'o',
    'o-1',
    'o-2',
    'o+1',
    'o+2',
    'c-1',
    'c-2',
    'c',
    'fn',
    'fn-1',
    'fn+1',
  ].map((name) => [name, prefix(name) >>> 0]),
);

/** Shape of a word: `Paris` → `Xxxxx` with runs capped at 4; the short shape collapses runs: `Xx`. */
export function wordShape(word: string): { shape: string; short: string } {
  let shape = '';
  let short = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let c: string;
    if (code >= 48 && code <= 57) c = 'd';
    else if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code < 128) c = word[i];
    else {
      const ch = word[i];
      c = ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    }
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

/**
 * Gazetteer kinds with the position (`cityB`, `cityI`) of each word from
 * longest matches, or null. Matches starting on a lowercase word are marked
 * apart (`cityB~`): names are proper nouns (`Réunion`, rarely `réunion`).
 */
export function gazetteerMarks(
  lower: string[],
  capital: boolean[],
  lex: CompiledLexicon,
): (string[] | null)[] {
  const marks: (string[] | null)[] = lower.map(() => null);
  let i = 0;
  while (i < lower.length) {
    let matched = 0;
    let longest: GazetteerKey['marks'] = null;
    let key = lower[i];
    for (let n = 1; ; n++) {
      const found = lex.names.get(key);
      if (found === undefined) break;
      if (found.marks !== null) {
        matched = n;
        longest = found.marks;
      }
      if (i + n >= lower.length || !found.continues) break;
      key += ' ' + lower[i + n];
    }
    if (longest !== null) {
      marks[i] = capital[i] ? longest.begin : longest.beginLower;
      for (let k = 1; k < matched; k++) {
        marks[i + k] = capital[i] ? longest.inside : longest.insideLower;
      }
    }
    i += matched > 0 ? matched : 1;
  }
  return marks;
}

/** Per-word facts computed once per sentence. */
export interface PreparedSentence {
  norm: string[];
  lower: string[];
  shape: string[];
  short: string[];
  /** First character is an upper-case letter. */
  capital: boolean[];
  /** Has a cased letter. */
  letters: boolean[];
  /** Most words in capitals (headlines, bylines): shapes mean less there. */
  capsLine: boolean;
}

export function prepareSentence(words: string[]): PreparedSentence {
  const norm = words.map(normalizeWord);
  const lower = norm.map((w) => w.toLowerCase());
  const shape: string[] = [];
  const short: string[] = [];
  const capital: boolean[] = [];
  const letters: boolean[] = [];
  let upper = 0;
  let cased = 0;
  for (const w of norm) {
    const s = wordShape(w);
    shape.push(s.shape);
    short.push(s.short);
    const hasUpper = s.short.includes('X');
    const hasLower = s.short.includes('x');
    capital.push(s.short.charAt(0) === 'X');
    letters.push(hasUpper || hasLower);
    if (hasUpper || hasLower) {
      cased++;
      if (!hasLower) upper++;
    }
  }
  return {
    norm,
    lower,
    shape,
    short,
    capital,
    letters,
    capsLine: cased >= 3 && upper / cased > 0.6,
  };
}

/** Contexts a word is seen in somewhere in the document, as bits. */
const SEEN_AFTER_TITLE = 1;
const SEEN_AFTER_FIRST_NAME = 2;
const SEEN_CAPITALISED_MID_SENTENCE = 4;
const SEEN_LOWERCASE = 8;
const SEEN_NEAR_ORG_KEYWORD = 16;
const SEEN_BEFORE_CAPITALISED = 32;

/**
 * What the document says about each word elsewhere: after a title word, after
 * a first name, capitalised inside a sentence, in lowercase… so that a
 * sentence-initial or headline word borrows evidence from its other mentions.
 */
export function documentContext(
  sentences: PreparedSentence[],
  lex: CompiledLexicon,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (const s of sentences) {
    const n = s.norm.length;
    for (let i = 0; i < n; i++) {
      if (!s.letters[i]) continue;
      let bits = 0;
      if (!s.capital[i]) bits |= SEEN_LOWERCASE;
      else if (!s.capsLine) {
        if (i > 0) {
          bits |= SEEN_CAPITALISED_MID_SENTENCE;
          if (lex.titles.has(s.lower[i - 1])) bits |= SEEN_AFTER_TITLE;
          if (s.capital[i - 1] && lex.firstNames.has(s.lower[i - 1])) bits |= SEEN_AFTER_FIRST_NAME;
        }
        if (i + 1 < n && s.capital[i + 1]) bits |= SEEN_BEFORE_CAPITALISED;
        for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
          if (j !== i && lex.orgKeywords.has(s.lower[j])) bits |= SEEN_NEAR_ORG_KEYWORD;
        }
      }
      seen.set(s.lower[i], (seen.get(s.lower[i]) ?? 0) | bits);
    }
  }
  return seen;
}

/** Word lists a word is on, as bits. */
const TITLE = 1;
const ORG_KEYWORD = 2;
const LOC_KEYWORD = 4;
const FIRST_NAME = 8;

/** A sentence ready for decoding. */
export interface SentenceView {
  lower: string[];
  short: string[];
  /** Hashed static features, word after word: those of word i are keys[offsets[i]..offsets[i+1]]. */
  keys: Uint32Array;
  offsets: Uint32Array;
}

const PAD = '<s>';
const PAD_END = '</s>';

/** The keys of the sentence being built, grown as needed (a typed array: no conversion at the end). */
let sentenceKeys = new Uint32Array(8192);

/**
 * Static features of a sentence's words; `upos`, the tagger's parts of speech,
 * mark where a name's run of nouns, adjectives and prepositions stops
 * (`comité des médicaments à usage humain`, not the verb after it).
 */
export function sentenceFeatures(
  s: PreparedSentence,
  lex: CompiledLexicon,
  context?: Map<string, number>,
  upos?: string[],
): SentenceView {
  const n = s.norm.length;
  const { norm, lower, short } = s;
  const gaz = gazetteerMarks(lower, s.capital, lex);
  const caps = s.capsLine ? 'C' : '';
  const lw = (i: number) => (i < 0 ? PAD : i >= n ? PAD_END : lower[i]);
  const ss = (i: number) => (i < 0 ? PAD : i >= n ? PAD_END : short[i]);
  // Looked up once per word: each is read for the word and for its neighbours.
  const gazJoined = gaz.map((kinds) => kinds?.join('+') ?? '-');
  const gz = (i: number) => (i < 0 || i >= n ? '-' : gazJoined[i]);
  const listed = lower.map(
    (l) =>
      (lex.titles.has(l) ? TITLE : 0) |
      (lex.orgKeywords.has(l) ? ORG_KEYWORD : 0) |
      (lex.locKeywords.has(l) ? LOC_KEYWORD : 0) |
      (lex.firstNames.has(l) ? FIRST_NAME : 0),
  );
  const has = (list: number, i: number) => i >= 0 && i < n && (listed[i] & list) !== 0;
  // `lower` is already the cluster key (lowercase, apostrophes folded).
  const paths = lex.clusters.size > 0 ? lower.map((l) => lex.clusters.get(l)) : [];
  const cluster = (i: number) => (i < 0 || i >= n ? undefined : paths[i]);
  const offsets = new Uint32Array(n + 1);
  let count = 0;
  const put = (h: number) => {
    if (count === sentenceKeys.length) {
      const grown = new Uint32Array(2 * count);
      grown.set(sentenceKeys);
      sentenceKeys = grown;
    }
    sentenceKeys[count++] = h;
  };
  for (let i = 0; i < n; i++) {
    const w = norm[i];
    const l = lower[i];
    put(F.bias);
    put(fnv(F.w, w));
    put(fnv(F.l, l));
    put(fnv(F.s, s.shape[i]));
    put(fnv(fnv(F.ss, short[i]), caps));
    put(fnvRange(F.p1, w, 0, Math.min(1, w.length)));
    put(fnvRange(F.p2, w, 0, Math.min(2, w.length)));
    put(fnvRange(F.p3, w, 0, Math.min(3, w.length)));
    put(fnvRange(F.x1, l, l.length - 1, l.length));
    put(fnvRange(F.x2, l, l.length - 2, l.length));
    put(fnvRange(F.x3, l, l.length - 3, l.length));
    put(fnvRange(F.x4, l, l.length - 4, l.length));
    put(fnv(F.lm1, lw(i - 1)));
    put(fnv(F.lp1, lw(i + 1)));
    put(fnv(F.lm2, lw(i - 2)));
    put(fnv(F.lp2, lw(i + 2)));
    put(fnv(fnvBar(fnv(F.lm1l, lw(i - 1))), l));
    put(fnv(fnvBar(fnv(F.llp1, l)), lw(i + 1)));
    put(fnv(F.ssm1, ss(i - 1)));
    put(fnv(F.ssp1, ss(i + 1)));
    put(fnv(fnv(fnvBar(fnv(fnvBar(fnv(F.sss, ss(i - 1))), short[i])), ss(i + 1)), caps));
    put(fnv(F.first, i === 0 ? short[i] : '-'));
    put(fnv(fnvBar(fnv(F.gmp, gz(i - 1))), gz(i + 1)));
    put(fnv(F.gall, gz(i)));
    for (const kind of gaz[i] ?? ['-']) {
      put(fnv(F.g, kind));
      put(fnv(fnvBar(fnv(F.gs, kind)), short[i]));
      if (kind === '-') continue;
      // A place name's role (where vs. who: `en France` / `la France a voté`) shows in its neighbours.
      put(fnv(fnvBar(fnv(F.glm1, kind)), lw(i - 1)));
      put(fnv(fnvBar(fnv(F.glp1, kind)), lw(i + 1)));
      // `la France a voté`: a country followed by a verb acts as a state (ORG).
      if (upos !== undefined)
        put(fnv(fnvBar(fnv(F.gup1, kind)), i + 1 < n ? upos[i + 1] : PAD_END));
    }
    if (has(TITLE, i - 1)) {
      put(fnv(F.tm1s, short[i]));
      if (s.capital[i]) put(FLAGS['t-1']);
    }
    // `le président américain Joe Biden`: a title a few words back, before a capitalised word.
    if (s.capital[i] && (has(TITLE, i - 2) || has(TITLE, i - 3))) put(FLAGS['tw']);
    if (has(TITLE, i - 2) && s.capital[i - 1]) put(FLAGS['t-2']);
    if (has(TITLE, i)) put(FLAGS['t']);
    if (has(ORG_KEYWORD, i)) put(FLAGS['o']);
    if (has(ORG_KEYWORD, i - 1)) put(FLAGS['o-1']);
    if (has(ORG_KEYWORD, i - 2)) put(FLAGS['o-2']);
    if (has(ORG_KEYWORD, i + 1)) put(FLAGS['o+1']);
    if (has(ORG_KEYWORD, i + 2)) put(FLAGS['o+2']);
    if (has(LOC_KEYWORD, i - 1)) put(FLAGS['c-1']);
    if (has(LOC_KEYWORD, i - 2)) put(FLAGS['c-2']);
    if (has(LOC_KEYWORD, i)) put(FLAGS['c']);
    if (has(FIRST_NAME, i)) put(FLAGS['fn']);
    if (has(FIRST_NAME, i - 1)) put(FLAGS['fn-1']);
    if (has(FIRST_NAME, i + 1)) put(FLAGS['fn+1']);
    if (s.letters[i]) {
      const usage = lex.mostlyLowercase.has(l) ? 'l' : lex.mostlyCapitalised.has(l) ? 'c' : '-';
      put(fnv(fnv(fnv(F.k, usage), s.capital[i] ? (i === 0 ? 'F' : 'X') : 'x'), caps));
    }
    if (upos !== undefined) {
      const u = (j: number) => (j < 0 ? PAD : j >= n ? PAD_END : upos[j]);
      put(fnv(F.u, upos[i]));
      put(fnv(F.um1, u(i - 1)));
      put(fnv(F.up1, u(i + 1)));
      put(fnv(fnvBar(fnv(F.uum1, u(i - 1))), upos[i]));
      put(fnv(fnvBar(fnv(F.uup1, upos[i])), u(i + 1)));
      put(fnv(fnvBar(fnv(F.us, upos[i])), short[i]));
      put(fnv(fnvBar(fnv(F.ul, u(i - 1))), l));
    }
    // Word clusters: every level of the paths of the word and its neighbours.
    if (lex.clusters.size > 0) {
      const here = cluster(i);
      here?.forEach((code, level) => put(fnv(F.cl[level], String(code))));
      const before = cluster(i - 1);
      before?.forEach((code, level) => put(fnv(F.clm1[level], String(code))));
      const after = cluster(i + 1);
      after?.forEach((code, level) => put(fnv(F.clp1[level], String(code))));
    }
    const seen = s.capital[i] ? context?.get(l) : undefined;
    if (seen !== undefined) {
      const bits = String(seen);
      put(fnv(F.d, bits));
      put(fnv(fnv(fnvBar(fnv(F.ds, bits)), i === 0 ? 'F' : ''), caps));
    }
    offsets[i + 1] = count;
  }
  return { lower, short, keys: sentenceKeys.slice(0, count), offsets };
}

/** Label-history features: the previous label, the two previous, each with the word or its shape. */
export class HistoryFeatures {
  static readonly count = 4;
  /** Index `labels.length` stands for the sentence start. */
  private readonly prev: Uint32Array;
  private readonly prevPair: Uint32Array[];
  private readonly prevWord: Int32Array;
  private readonly prevShape: Int32Array;

  constructor(labels: string[]) {
    const names = [...labels, '<s>'];
    this.prev = Uint32Array.from(names.map((p) => prefix('P=' + p) >>> 0));
    this.prevPair = names.map((p2) =>
      Uint32Array.from(names.map((p) => prefix('PP=' + p2 + '|' + p) >>> 0)),
    );
    this.prevWord = Int32Array.from(names.map((p) => fnvBar(prefix('Pl=' + p))));
    this.prevShape = Int32Array.from(names.map((p) => fnvBar(prefix('Ps=' + p))));
  }

  /** Writes the features of word `i` into `out` at `at`; `prev`, `prev2` are label indices or -1. */
  fill(
    view: SentenceView,
    i: number,
    prev: number,
    prev2: number,
    out: Uint32Array,
    at: number,
  ): void {
    const p = prev < 0 ? this.prev.length - 1 : prev;
    const p2 = prev2 < 0 ? this.prev.length - 1 : prev2;
    out[at] = this.prev[p];
    out[at + 1] = this.prevPair[p2][p];
    out[at + 2] = fnv(this.prevWord[p], view.lower[i]) >>> 0;
    out[at + 3] = fnv(this.prevShape[p], view.short[i]) >>> 0;
  }
}

/**
 * How words are written inside sentences of running text: those mostly in
 * lowercase (`américain`) and those mostly capitalised (`Blinken`), by
 * lowercase form, from words seen at least `minCount` times.
 */
export function caseUsage(
  sentences: string[][],
  minCount = 2,
): { mostlyLowercase: string[]; mostlyCapitalised: string[] } {
  const counts = new Map<string, [number, number]>();
  for (const words of sentences) {
    const s = prepareSentence(words);
    if (s.capsLine) continue;
    for (let i = 1; i < s.norm.length; i++) {
      if (!s.letters[i] || /^[.!?:«»"“”(\-–—]$/.test(s.norm[i - 1])) continue;
      const c = counts.get(s.lower[i]) ?? [0, 0];
      c[s.capital[i] ? 1 : 0]++;
      counts.set(s.lower[i], c);
    }
  }
  const mostlyLowercase: string[] = [];
  const mostlyCapitalised: string[] = [];
  for (const [word, [lower, capital]] of counts) {
    if (lower >= minCount && lower > 2 * capital) mostlyLowercase.push(word);
    else if (capital >= minCount && capital > 2 * lower) mostlyCapitalised.push(word);
  }
  return { mostlyLowercase: mostlyLowercase.sort(), mostlyCapitalised: mostlyCapitalised.sort() };
}
