/**
 * Dependency parser: arc-hybrid transitions scored by an averaged perceptron,
 * and perceptrons that label each arc (one per UPOS of the dependent). The
 * transitions are searched with a beam and trained globally on it, or taken
 * greedily and trained with a dynamic oracle (Goldberg & Nivre 2013): the
 * beam adds about +0.5 to +1 UAS and costs 2 to 3 times the parsing time.
 *
 * The transition system keeps the root at the end of the buffer and lets it
 * take a dependent only when that is the last word on the stack, so every
 * sentence gets exactly one root. Arc-hybrid builds projective trees; the
 * oracle's costs still lead training on non-projective gold trees to the
 * reachable tree with the fewest lost arcs.
 *
 * Transitions are unlabeled, which keeps the transition model at three
 * classes (small, fast); the labeler of the dependent's UPOS labels each arc
 * the moment it is built. The dependent is complete by then (arc-hybrid attaches a word once
 * all its dependents are attached), so the labeler sees all its children, and
 * the transition features can use the labels of the children built so far.
 */
import { attachIncises } from './incises.js';
import { labelInvertedSubjects } from './inversions.js';
import { attachTimeAdjuncts } from './time-adjuncts.js';
import { treebankForm } from './tagger.js';
import type { Doc, TokenDependency } from '../document.js';
import { AveragedPerceptron } from './perceptron.js';
import type { UdSentence } from './ud-data.js';
import {
  hashString,
  key1,
  key1Of,
  key2,
  key2Of,
  key3Of,
  partA,
  partB,
  partC,
  seededRandom,
  shuffleInPlace,
  type Bundle,
} from './ud-features.js';

export interface ParserModel {
  /** Lowercased words seen at least twice in training; the others share one unknown-word value. */
  vocabulary: Set<string>;
  transitions: AveragedPerceptron;
  labels: string[];
  /**
   * One labeler per UPOS of the dependent, choosing among the labels seen
   * with that UPOS (PUNCT only ever takes `punct`: no scoring at all).
   */
  labelers: Map<string, Labeler>;
  /** Beam width of the search; 1 parses greedily. */
  beam: number;
  /**
   * While decoding, items whose score trails the best by more than this
   * leave the beam (in the perceptron's score units; Infinity keeps all).
   */
  beamMargin: number;
}

interface Labeler {
  /** Label indices (into `labels`) of the classes; never `root`, which only the root takes. */
  classes: number[];
  /** Null when there is a single class. */
  perceptron: AveragedPerceptron | null;
}

export interface WordTagsInput {
  upos: string;
  feats: string;
}

export interface Dependency {
  /** Index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
}

const SHIFT = 0;
const LEFT = 1;
const RIGHT = 2;
const NONE = 0x3c6ef372;
const ROOT_VALUE = 0x1b873593;
const UNKNOWN_WORD = 0x2545f491;
const MIN_WORD_COUNT = 3;
const MAX_KEYS = 96;

/** Hashed attributes of the words of one sentence; index n is the root. */
interface Words {
  n: number;
  word: Uint32Array;
  tag: Uint32Array;
  feats: Uint32Array;
  upos: string[];
  /**
   * The attributes' parts for keys (`partA` … of ud-features), hashed once
   * per sentence instead of once per key; index n + 1 holds NONE's.
   */
  wordA: Int32Array;
  wordB: Int32Array;
  wordC: Int32Array;
  tagA: Int32Array;
  tagB: Int32Array;
  tagC: Int32Array;
  featsA: Int32Array;
  /**
   * The transition keys that read one word only, row r of SINGLE_WORD_KEYS at
   * [r · (n + 2) + word index]: built once per sentence, not once per state.
   */
  singleKeys: Uint32Array;
}

type WordParts = Pick<Words, 'wordA' | 'tagA' | 'tagB' | 'featsA'>;
const wordKey = (template: number) => (w: WordParts, i: number) => key1Of(template, w.wordA[i]);
const tagKey = (template: number) => (w: WordParts, i: number) => key1Of(template, w.tagA[i]);
const wordTagKey = (template: number) => (w: WordParts, i: number) =>
  key2Of(template, w.wordA[i], w.tagB[i]);
const featsKey = (template: number) => (w: WordParts, i: number) =>
  key2Of(template, w.featsA[i], w.tagB[i]);

/** Rows of Words.singleKeys; transitionKeys reads them by row number. */
const SINGLE_WORD_KEYS: ((w: WordParts, i: number) => number)[] = [
  ...[1, 4, 7].flatMap((t) => [wordTagKey(t), wordKey(t + 1), tagKey(t + 2)]), // rows 0–8: s0, b0, b1
  wordKey(10), // 9
  tagKey(11), // 10
  wordTagKey(12), // 11
  wordKey(13), // 12
  tagKey(14), // 13
  ...[44, 46, 48].flatMap((t) => [wordKey(t), tagKey(t + 1)]), // 14–19: s0l1, s0r1, b0l1
  ...[50, 51, 52, 53].map(tagKey), // 20–23
  ...[61, 62, 63].map(featsKey), // 24–26
  (w, i) => partA(key2Of(0, w.wordA[i], w.tagB[i])), // 27: s0's word and tag in template 15
];

/** The parts of a label value l (−1 … 63) at index l + 1, of NONE at NO_LABEL. */
const NO_LABEL = 65;
const [LABEL_PART_A, LABEL_PART_B, LABEL_PART_C] = [partA, partB, partC].map((part) =>
  Int32Array.from({ length: NO_LABEL + 1 }, (_, i) => part(i === NO_LABEL ? NONE : i - 1)),
);
const BIAS_KEY = key1(0, 0);

/** `part` of each value and of NONE after them (int32, as the parts are returned). */
function partsOf(values: Uint32Array, part: (value: number) => number): Int32Array {
  const parts = new Int32Array(values.length + 1);
  for (let i = 0; i < values.length; i++) parts[i] = part(values[i]);
  parts[values.length] = part(NONE);
  return parts;
}

function hashWords(words: string[], tags: WordTagsInput[], vocabulary: Set<string>): Words {
  const n = words.length;
  const word = new Uint32Array(n + 1);
  const tag = new Uint32Array(n + 1);
  const feats = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const lower = words[i].toLowerCase();
    word[i] = vocabulary.has(lower) ? hashString(lower) : UNKNOWN_WORD;
    tag[i] = hashString(tags[i].upos);
    feats[i] = hashString(tags[i].feats);
  }
  word[n] = ROOT_VALUE;
  tag[n] = ROOT_VALUE;
  feats[n] = ROOT_VALUE;
  const parts: WordParts = {
    wordA: partsOf(word, partA),
    tagA: partsOf(tag, partA),
    tagB: partsOf(tag, partB),
    featsA: partsOf(feats, partA),
  };
  const stride = n + 2;
  const singleKeys = new Uint32Array(SINGLE_WORD_KEYS.length * stride);
  SINGLE_WORD_KEYS.forEach((key, row) => {
    for (let i = 0; i < stride; i++) singleKeys[row * stride + i] = key(parts, i);
  });
  return {
    n,
    word,
    tag,
    feats,
    upos: tags.map((t) => t.upos),
    ...parts,
    wordB: partsOf(word, partB),
    wordC: partsOf(word, partC),
    tagC: partsOf(tag, partC),
    singleKeys,
  };
}

/** A parser configuration with the children bookkeeping its features need. */
class State {
  readonly n: number;
  /**
   * Every array below is a view of this one buffer (one allocation per state,
   * one copy in `copyFrom`): 13 rows of n + 1 entries.
   */
  private readonly all: Int32Array;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost child; -1 when none. */
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  /** Sets of the labels of each word's left and right dependents, as 64-bit masks (lo, hi). */
  readonly leftLo: Int32Array;
  readonly leftHi: Int32Array;
  readonly rightLo: Int32Array;
  readonly rightHi: Int32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    this.all = new Int32Array(13 * m);
    const row = (r: number, length = m) => this.all.subarray(r * m, r * m + length);
    this.stack = row(0);
    // rows 1–6 start at -1: no head, no label, no child
    this.all.fill(-1, m, 7 * m);
    this.heads = row(1, n);
    this.labels = row(2, n);
    this.l1 = row(3);
    this.l2 = row(4);
    this.r1 = row(5);
    this.r2 = row(6);
    this.nLeft = row(7);
    this.nRight = row(8);
    this.leftLo = row(9);
    this.leftHi = row(10);
    this.rightLo = row(11);
    this.rightHi = row(12);
  }

  get terminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /** Becomes a copy of `other` (same sentence length), without allocating. */
  copyFrom(other: State): void {
    this.sp = other.sp;
    this.b = other.b;
    this.all.set(other.all);
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === RIGHT) return this.sp >= 2;
    // the root takes a dependent only when it is the last one on the stack
    return this.sp >= 1 && (this.b < this.n || this.sp === 1);
  }

  /** The arc a LEFT or RIGHT move would build: [head, dependent]. */
  arc(move: number): [number, number] {
    const dep = this.stack[this.sp - 1];
    return [move === LEFT ? this.b : this.stack[this.sp - 2], dep];
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const [head, dep] = this.arc(move);
    this.sp--;
    this.heads[dep] = head;
    this.labels[dep] = label;
    const lo = label < 32 ? 1 << label : 0;
    const hi = label >= 32 ? 1 << (label - 32) : 0;
    if (move === LEFT) {
      this.l2[head] = this.l1[head];
      this.l1[head] = dep;
      this.nLeft[head]++;
      this.leftLo[head] |= lo;
      this.leftHi[head] |= hi;
    } else {
      this.r2[head] = this.r1[head];
      this.r1[head] = dep;
      this.nRight[head]++;
      this.rightLo[head] |= lo;
      this.rightHi[head] |= hi;
    }
  }

  /** Gold arcs lost by each move (dynamic oracle for arc-hybrid); gold uses n for the root. */
  cost(move: number, gold: Int32Array): number {
    const s0 = this.sp > 0 ? this.stack[this.sp - 1] : -1;
    const b = this.b;
    if (move === SHIFT) {
      let c = 0;
      for (let k = 0; k < this.sp; k++) {
        const s = this.stack[k];
        if (gold[s] === b) c++;
        if (gold[b] === s && s !== s0) c++;
      }
      return c;
    }
    let c = 0;
    for (let d = b; d < this.n; d++) if (gold[d] === s0) c++;
    const h = gold[s0];
    if (move === LEFT) {
      const s1 = this.sp > 1 ? this.stack[this.sp - 2] : -1;
      if (h !== b && (h === s1 || h > b)) c++;
    } else {
      const s1 = this.stack[this.sp - 2];
      if (h !== s1 && h >= b) c++;
    }
    return c;
  }
}

function distanceBucket(d: number): number {
  return d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7;
}

/**
 * Keys that read two word positions of the sentence and nothing else, built by
 * `fill` once per pair met in a sentence: from the pair and the sentence's words
 * alone, so the cached keys are the keys. Direct-mapped; a pair that finds its
 * slot taken by another recomputes.
 */
class PairKeyCache {
  static readonly SLOTS = 2048;
  /** The sentence the entries belong to. */
  private owner: Words | null = null;
  /** Per slot, 1 + the pair's number (first · (n + 2) + second); 0 when free. */
  private readonly tags = new Int32Array(PairKeyCache.SLOTS);
  readonly keys: Int32Array;

  constructor(
    private readonly width: number,
    private readonly fill: (w: Words, a: number, b: number, out: Int32Array, at: number) => void,
  ) {
    this.keys = new Int32Array(PairKeyCache.SLOTS * width);
  }

  /** Offset in `keys` of the keys of the pair (a, b), word indices up to n + 1. */
  find(w: Words, a: number, b: number): number {
    if (this.owner !== w) {
      this.owner = w;
      this.tags.fill(0);
    }
    const pair = a * (w.n + 2) + b;
    const slot = pair & (PairKeyCache.SLOTS - 1);
    const offset = slot * this.width;
    if (this.tags[slot] !== pair + 1) {
      this.fill(w, a, b, this.keys, offset);
      this.tags[slot] = pair + 1;
    }
    return offset;
  }
}

/** The transition keys that read only s0 and b0 (see pairKeys). */
const pairKeyCache = new PairKeyCache(16, pairKeys);
/** The label keys that read only the head and the dependent (see arcKeys). */
const arcKeyCache = new PairKeyCache(17, arcKeys);

/** Transition templates 15–24 then 32–37 of s0 (part index S0) and b0 (b1 and b2 follow), into out[at …]. */
function pairKeys(w: Words, S0: number, b0: number, out: Int32Array, at: number): void {
  const none = w.n + 1;
  const B1 = b0 + 1 <= w.n ? b0 + 1 : none;
  const B2 = b0 + 2 <= w.n ? b0 + 2 : none;
  const dist = S0 !== none ? distanceBucket(Math.min(b0, w.n) - S0) : NONE;
  const distB = partB(dist);
  const distC = partC(dist);
  let k = at;
  out[k++] = key3Of(15, w.singleKeys[27 * (w.n + 2) + S0], w.wordB[b0], w.tagC[b0]);
  out[k++] = key3Of(16, w.wordA[S0], w.tagB[S0], w.wordC[b0]);
  out[k++] = key3Of(17, w.wordA[S0], w.wordB[b0], w.tagC[b0]);
  out[k++] = key3Of(18, w.wordA[S0], w.tagB[S0], w.tagC[b0]);
  out[k++] = key3Of(19, w.tagA[S0], w.wordB[b0], w.tagC[b0]);
  out[k++] = key2Of(20, w.wordA[S0], w.wordB[b0]);
  out[k++] = key2Of(21, w.tagA[S0], w.tagB[b0]);
  out[k++] = key2Of(22, w.tagA[b0], w.tagB[B1]);
  out[k++] = key3Of(23, w.tagA[b0], w.tagB[B1], w.tagC[B2]);
  out[k++] = key3Of(24, w.tagA[S0], w.tagB[b0], w.tagC[B1]);
  out[k++] = key2Of(32, w.wordA[S0], distB);
  out[k++] = key2Of(33, w.tagA[S0], distB);
  out[k++] = key2Of(34, w.wordA[b0], distB);
  out[k++] = key2Of(35, w.tagA[b0], distB);
  out[k++] = key3Of(36, w.wordA[S0], w.wordB[b0], distC);
  out[k++] = key3Of(37, w.tagA[S0], w.tagB[b0], distC);
}

/** Features of a configuration (Zhang & Nivre 2011 style). */
function transitionKeys(w: Words, st: State, out: Uint32Array): number {
  const sp = st.sp;
  const s0 = sp > 0 ? st.stack[sp - 1] : -1;
  const s1 = sp > 1 ? st.stack[sp - 2] : -1;
  const s2 = sp > 2 ? st.stack[sp - 3] : -1;
  const b0 = st.b;
  const b1 = b0 + 1 <= w.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= w.n ? b0 + 2 : -1;
  // index of the parts of a word, or of NONE's for none (see hashWords)
  const at = (i: number) => (i >= 0 ? i : w.n + 1);
  const labelAt = (i: number) => (i >= 0 ? st.labels[i] + 1 : NO_LABEL);
  const S0 = at(s0);
  const S1 = at(s1);
  const S2 = at(s2);
  const B1 = at(b1);
  const B2 = at(b2);
  const child = (arr: Int32Array, i: number) => (i >= 0 ? arr[i] : -1);
  const s0l1 = child(st.l1, s0);
  const s0l2 = child(st.l2, s0);
  const s0r1 = child(st.r1, s0);
  const s0r2 = child(st.r2, s0);
  const s1r1 = child(st.r1, s1);
  const s1l1 = child(st.l1, s1);
  const b0l1 = child(st.l1, b0);
  const b0l2 = child(st.l2, b0);
  const dist10 = s1 >= 0 ? distanceBucket(s0 - s1) : NONE;
  const vl0 = s0 >= 0 ? st.nLeft[s0] : NONE;
  const vr0 = s0 >= 0 ? st.nRight[s0] : NONE;
  const vlb = st.nLeft[b0];
  const s0left = s0 >= 0 ? key2(90, st.leftLo[s0], st.leftHi[s0]) : NONE;
  const s0right = s0 >= 0 ? key2(91, st.rightLo[s0], st.rightHi[s0]) : NONE;
  const b0left = key2(92, st.leftLo[b0], st.leftHi[b0]);
  const s1right = s1 >= 0 ? key2(93, st.rightLo[s1], st.rightHi[s1]) : NONE;
  const vr0B = partB(vr0);
  const vl0B = partB(vl0);
  const vlbB = partB(vlb);
  const s0leftB = partB(s0left);
  const s0rightB = partB(s0right);
  const s0rightC = partC(s0right);
  const single = w.singleKeys;
  const stride = w.n + 2;
  const pairKeysOf = pairKeyCache.keys;
  const pair = pairKeyCache.find(w, S0, b0);
  let k = 0;
  out[k++] = BIAS_KEY;
  // templates 1–14 read one word each: s0, b0, b1, b2, s1 (SINGLE_WORD_KEYS rows 0–13)
  out[k++] = single[0 * stride + S0];
  out[k++] = single[1 * stride + S0];
  out[k++] = single[2 * stride + S0];
  out[k++] = single[3 * stride + b0];
  out[k++] = single[4 * stride + b0];
  out[k++] = single[5 * stride + b0];
  out[k++] = single[6 * stride + B1];
  out[k++] = single[7 * stride + B1];
  out[k++] = single[8 * stride + B1];
  out[k++] = single[9 * stride + B2];
  out[k++] = single[10 * stride + B2];
  out[k++] = single[11 * stride + S1];
  out[k++] = single[12 * stride + S1];
  out[k++] = single[13 * stride + S1];
  // templates 15–24: s0 and b0 (see pairKeys)
  for (let j = 0; j < 10; j++) out[k++] = pairKeysOf[pair + j];
  out[k++] = key3Of(25, w.tagA[S1], w.tagB[S0], w.tagC[b0]);
  out[k++] = key3Of(26, w.tagA[S0], w.tagB[at(s0l1)], w.tagC[b0]);
  out[k++] = key3Of(27, w.tagA[S0], w.tagB[at(s0r1)], w.tagC[b0]);
  out[k++] = key3Of(28, w.tagA[S0], w.tagB[b0], w.tagC[at(b0l1)]);
  out[k++] = key3Of(29, w.tagA[S1], w.tagB[S0], w.tagC[at(s0l1)]);
  out[k++] = key3Of(30, w.tagA[S2], w.tagB[S1], w.tagC[S0]);
  out[k++] = key3Of(31, w.tagA[S1], w.tagB[at(s1r1)], w.tagC[S0]);
  // templates 32–37: s0 and b0 with their distance (see pairKeys)
  for (let j = 10; j < 16; j++) out[k++] = pairKeysOf[pair + j];
  out[k++] = key2Of(38, w.wordA[S0], vr0B);
  out[k++] = key2Of(39, w.tagA[S0], vr0B);
  out[k++] = key2Of(40, w.wordA[S0], vl0B);
  out[k++] = key2Of(41, w.tagA[S0], vl0B);
  out[k++] = key2Of(42, w.wordA[b0], vlbB);
  out[k++] = key2Of(43, w.tagA[b0], vlbB);
  // templates 44–53: the children of s0, b0 and s1 (rows 14–23)
  out[k++] = single[14 * stride + at(s0l1)];
  out[k++] = single[15 * stride + at(s0l1)];
  out[k++] = single[16 * stride + at(s0r1)];
  out[k++] = single[17 * stride + at(s0r1)];
  out[k++] = single[18 * stride + at(b0l1)];
  out[k++] = single[19 * stride + at(b0l1)];
  out[k++] = single[20 * stride + at(s0l2)];
  out[k++] = single[21 * stride + at(s0r2)];
  out[k++] = single[22 * stride + at(b0l2)];
  out[k++] = single[23 * stride + at(s1l1)];
  out[k++] = key3Of(54, w.tagA[S0], w.tagB[at(s0l1)], w.tagC[at(s0l2)]);
  out[k++] = key3Of(55, w.tagA[S0], w.tagB[at(s0r1)], w.tagC[at(s0r2)]);
  out[k++] = key3Of(56, w.tagA[b0], w.tagB[at(b0l1)], w.tagC[at(b0l2)]);
  out[k++] = key2Of(57, w.wordA[S1], w.wordB[S0]);
  out[k++] = key3Of(58, w.wordA[S1], w.tagB[S1], w.tagC[S0]);
  out[k++] = key3Of(59, w.tagA[S1], w.wordB[S0], w.tagC[S0]);
  out[k++] = key3Of(60, w.tagA[S1], w.tagB[S0], partC(dist10));
  // templates 61–63: the features of s0, b0, s1 with their tags (rows 24–26)
  out[k++] = single[24 * stride + S0];
  out[k++] = single[25 * stride + b0];
  out[k++] = single[26 * stride + S1];
  out[k++] = key3Of(64, w.featsA[S0], w.tagB[b0], w.tagC[S1]);
  out[k++] = key3Of(65, w.wordA[S1], w.tagB[S0], w.tagC[b0]);
  out[k++] = key3Of(66, w.tagA[S1], w.tagB[S0], w.wordC[b0]);
  out[k++] = key2Of(67, partA(sp === 1 ? 1 : sp === 0 ? 0 : 2), partB(b0 === w.n ? 1 : 0));
  // labels of the dependents built so far
  out[k++] = key2Of(68, w.tagA[S0], LABEL_PART_B[labelAt(s0l1)]);
  out[k++] = key2Of(69, w.tagA[S0], LABEL_PART_B[labelAt(s0r1)]);
  out[k++] = key2Of(70, w.tagA[b0], LABEL_PART_B[labelAt(b0l1)]);
  out[k++] = key3Of(71, w.tagA[S0], LABEL_PART_B[labelAt(s0l1)], LABEL_PART_C[labelAt(s0l2)]);
  out[k++] = key3Of(72, w.tagA[S0], LABEL_PART_B[labelAt(s0r1)], LABEL_PART_C[labelAt(s0r2)]);
  out[k++] = key3Of(73, w.tagA[b0], LABEL_PART_B[labelAt(b0l1)], LABEL_PART_C[labelAt(b0l2)]);
  out[k++] = key2Of(74, w.tagA[S1], LABEL_PART_B[labelAt(s1r1)]);
  out[k++] = key2Of(75, w.tagA[S0], s0leftB);
  out[k++] = key2Of(76, w.tagA[S0], s0rightB);
  out[k++] = key2Of(77, w.tagA[b0], partB(b0left));
  out[k++] = key2Of(78, w.tagA[S1], partB(s1right));
  out[k++] = key3Of(79, w.wordA[S0], s0leftB, s0rightC);
  out[k++] = key3Of(80, w.tagA[S0], w.tagB[b0], s0rightC);
  return k;
}

/** Label templates 1–15, 28 and 29 of the arc head → dep, into out[at …]. */
function arcKeys(w: Words, head: number, dep: number, out: Int32Array, at: number): void {
  const n = w.n;
  const dirC = partC(head < dep ? 0 : 1);
  const distC = partC(distanceBucket(Math.abs(head - dep)));
  let k = at;
  out[k++] = key1Of(1, w.wordA[dep]);
  out[k++] = key1Of(2, w.tagA[dep]);
  out[k++] = key2Of(3, w.wordA[dep], w.tagB[dep]);
  out[k++] = key1Of(4, w.wordA[head]);
  out[k++] = key1Of(5, w.tagA[head]);
  out[k++] = key2Of(6, w.wordA[head], w.tagB[head]);
  out[k++] = key2Of(7, w.tagA[dep], w.tagB[head]);
  out[k++] = key3Of(8, w.tagA[dep], w.tagB[head], dirC);
  out[k++] = key3Of(9, w.tagA[dep], w.tagB[head], distC);
  out[k++] = key3Of(10, w.wordA[dep], w.tagB[head], dirC);
  out[k++] = key3Of(11, w.tagA[dep], w.wordB[head], dirC);
  out[k++] = key3Of(12, w.wordA[dep], w.wordB[head], dirC);
  out[k++] = key2Of(13, w.featsA[dep], w.tagB[dep]);
  out[k++] = key3Of(14, w.featsA[dep], w.tagB[head], dirC);
  out[k++] = key3Of(15, w.featsA[head], w.tagB[head], w.tagC[dep]);
  out[k++] = key3Of(28, w.wordA[dep > 0 ? dep - 1 : n + 1], w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(29, w.tagA[dep + 1 < n ? dep + 1 : n + 1], w.tagB[dep], w.tagC[head]);
}

/** Features for labelling the arc head → dep as it is built. */
function labelKeys(w: Words, st: State, head: number, dep: number, out: Uint32Array): number {
  const n = w.n;
  const dir = head < dep ? 0 : 1;
  const l1 = st.l1[dep];
  const r1 = st.r1[dep];
  // the head's dependent built just before, on the same side
  const sibling = dir === 1 ? st.l1[head] : st.r1[head];
  // index of the parts of a word, or of NONE's for none (see hashWords)
  const at = (i: number) => (i >= 0 ? i : n + 1);
  const labelAt = (i: number) => (i >= 0 ? st.labels[i] + 1 : NO_LABEL);
  const dirC = partC(dir);
  const arcKeysOf = arcKeyCache.keys;
  const arc = arcKeyCache.find(w, head, dep);
  let k = 0;
  out[k++] = BIAS_KEY;
  // templates 1–15: the two words (see arcKeys)
  for (let j = 0; j < 15; j++) out[k++] = arcKeysOf[arc + j];
  out[k++] = key3Of(16, w.wordA[at(l1)], w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(17, w.tagA[at(l1)], w.tagB[dep], dirC);
  out[k++] = key3Of(18, w.tagA[at(r1)], w.tagB[dep], dirC);
  out[k++] = key3Of(19, LABEL_PART_A[labelAt(l1)], w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(20, LABEL_PART_A[labelAt(r1)], w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(21, partA(key2(0, st.leftLo[dep], st.leftHi[dep])), w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(22, partA(key2(0, st.rightLo[dep], st.rightHi[dep])), w.tagB[dep], dirC);
  out[k++] = key3Of(23, LABEL_PART_A[labelAt(sibling)], w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(24, LABEL_PART_A[labelAt(sibling)], w.tagB[dep], dirC);
  out[k++] = key3Of(
    25,
    partA(
      dir === 1
        ? key2(1, st.leftLo[head], st.leftHi[head])
        : key2(2, st.rightLo[head], st.rightHi[head]),
    ),
    w.tagB[dep],
    w.tagC[head],
  );
  out[k++] = key2Of(26, partA(Math.min(st.nLeft[dep] + st.nRight[dep], 4)), w.tagB[dep]);
  out[k++] = key2Of(27, partA(dep === 0 ? 1 : 0), w.tagB[dep]);
  // templates 28–29: the words beside the dependent (see arcKeys)
  out[k++] = arcKeysOf[arc + 15];
  out[k++] = arcKeysOf[arc + 16];
  out[k++] = key3Of(30, w.wordA[at(st.l2[dep])], w.tagB[dep], dirC);
  out[k++] = key3Of(31, w.wordA[at(r1)], w.tagB[dep], dirC);
  out[k++] = key3Of(32, w.wordA[at(sibling)], w.tagB[dep], w.tagC[head]);
  out[k++] = key3Of(33, w.wordA[dep], w.tagB[dep], LABEL_PART_C[labelAt(l1)]);
  return k;
}

const keyBuffer = new Uint32Array(MAX_KEYS);

/**
 * Best label for the arc a move builds: the root always gets `root`; a
 * dependent whose UPOS the parser never saw gets `dep`. `nk` is the number
 * of keys left in `keys` for training, `local` the class within the labeler.
 */
function chooseLabel(
  model: ParserModel,
  w: Words,
  st: State,
  head: number,
  dep: number,
  keys: Uint32Array,
  root: number,
  scores: Float32Array,
  memos: DecodingMemos | null = null,
): { label: number; local: number; nk: number; labeler: Labeler | undefined } {
  const labeler = model.labelers.get(w.upos[dep]);
  if (head === w.n) return { label: root, local: -1, nk: 0, labeler: undefined };
  if (labeler === undefined)
    return { label: model.labels.indexOf('dep'), local: -1, nk: 0, labeler };
  const perceptron = labeler.perceptron;
  if (perceptron === null) return { label: labeler.classes[0], local: 0, nk: 0, labeler };
  const nk = labelKeys(w, st, head, dep, keys);
  const memo = memos?.labels.get(perceptron);
  if (memo === undefined || !memo.get(keys, nk, scores)) {
    perceptron.score(keys, scores.fill(0, 0, perceptron.nClasses), nk);
    memo?.set(keys, nk, scores);
  }
  let best = 0;
  for (let c = 1; c < perceptron.nClasses; c++) if (scores[c] > scores[best]) best = c;
  return { label: labeler.classes[best], local: best, nk, labeler };
}

function parseGreedily(model: ParserModel, w: Words): State {
  const st = new State(w.n);
  const scores = new Float32Array(3);
  const labelKeyBuffer = new Uint32Array(MAX_KEYS);
  const labelScores = new Float32Array(model.labels.length);
  const root = model.labels.indexOf('root');
  while (!st.terminal) {
    const nk = transitionKeys(w, st, keyBuffer);
    scores.fill(0);
    model.transitions.score(keyBuffer, scores, nk);
    let best = -1;
    for (let m = 0; m < 3; m++) if (st.valid(m) && (best < 0 || scores[m] > scores[best])) best = m;
    let label = -1;
    if (best !== SHIFT) {
      const [head, dep] = st.arc(best);
      label = chooseLabel(model, w, st, head, dep, labelKeyBuffer, root, labelScores).label;
    }
    st.apply(best, label);
  }
  return st;
}

/**
 * Results already computed for one sentence, found by their exact feature
 * vector: beam items often reach configurations whose features are all
 * equal (on EWT dev, 27 % of the transition scorings and 45 % of the label
 * choices repeat one made before in the sentence), and the same keys in the
 * same order give the same sums. Decoding only: training changes the weights.
 */
class FeatureMemo {
  /** Entry number + 1 per slot, 0 when free. */
  private slots = new Int32Array(1024);
  private hashes = new Int32Array(512);
  /** Entry e's keys are pool[starts[e] .. starts[e + 1]). */
  private starts = new Int32Array(513);
  private pool = new Uint32Array(512 * 40);
  private results: Float32Array;
  private entries = 0;
  /** The hash of the keys of the last `get`, which `set` stores. */
  private lastHash = 0;

  constructor(private readonly width: number) {
    this.results = new Float32Array(512 * width);
  }

  clear(): void {
    if (this.entries > 0) this.slots.fill(0);
    this.entries = 0;
  }

  /** Copies the results stored for `keys[0 .. count)` into `out` and says whether there were any. */
  get(keys: Uint32Array, count: number, out: Float32Array): boolean {
    const hash = hashKeys(keys, count);
    this.lastHash = hash;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] - 1;
      if (entry < 0) return false;
      if (this.hashes[entry] !== hash || !this.holds(entry, keys, count)) continue;
      const base = entry * this.width;
      for (let c = 0; c < this.width; c++) out[c] = this.results[base + c];
      return true;
    }
  }

  /** Stores `results[0 .. width)` for `keys[0 .. count)`, right after a `get` of them that found none. */
  set(keys: Uint32Array, count: number, results: Float32Array): void {
    const entry = this.entries;
    if ((entry + 1) * 2 > this.slots.length) this.grow();
    if (entry + 1 === this.hashes.length) this.growEntries();
    const start = this.starts[entry];
    if (start + count > this.pool.length) {
      const pool = new Uint32Array(Math.max(2 * this.pool.length, start + count));
      pool.set(this.pool.subarray(0, start));
      this.pool = pool;
    }
    for (let i = 0; i < count; i++) this.pool[start + i] = keys[i];
    this.starts[entry + 1] = start + count;
    const hash = this.lastHash;
    this.hashes[entry] = hash;
    for (let c = 0; c < this.width; c++) this.results[entry * this.width + c] = results[c];
    this.entries++;
    this.place(entry, hash);
  }

  private holds(entry: number, keys: Uint32Array, count: number): boolean {
    const start = this.starts[entry];
    if (this.starts[entry + 1] - start !== count) return false;
    for (let i = 0; i < count; i++) if (this.pool[start + i] !== keys[i]) return false;
    return true;
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.entries; e++) this.place(e, this.hashes[e]);
  }

  private growEntries(): void {
    const capacity = this.hashes.length * 2;
    const hashes = new Int32Array(capacity);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const starts = new Int32Array(capacity + 1);
    starts.set(this.starts);
    this.starts = starts;
    const results = new Float32Array(capacity * this.width);
    results.set(this.results);
    this.results = results;
  }
}

/** A 31-bit hash of a key vector (the keys are well mixed already). */
function hashKeys(keys: Uint32Array, count: number): number {
  let h = count;
  for (let i = 0; i < count; i++) h = Math.imul(h ^ keys[i], 0x01000193);
  return (h ^ (h >>> 16)) & 0x7fffffff;
}

/** The memos of one model's decoding, kept from sentence to sentence (cleared for each). */
interface DecodingMemos {
  transitions: FeatureMemo;
  /** One per labeler that scores. */
  labels: Map<AveragedPerceptron, FeatureMemo>;
}

const decodingMemos = new WeakMap<ParserModel, DecodingMemos>();

/** The model's memos, cleared for a new sentence. */
function memosForSentence(model: ParserModel): DecodingMemos {
  let memos = decodingMemos.get(model);
  if (memos === undefined) {
    const labels = new Map<AveragedPerceptron, FeatureMemo>();
    for (const { perceptron } of model.labelers.values())
      if (perceptron !== null) labels.set(perceptron, new FeatureMemo(perceptron.nClasses));
    memos = { transitions: new FeatureMemo(model.transitions.nClasses), labels };
    decodingMemos.set(model, memos);
  }
  memos.transitions.clear();
  for (const memo of memos.labels.values()) memo.clear();
  return memos;
}

/** One move of a beam item's history, linked to the one before. */
interface Trail {
  readonly previous: Trail | null;
  readonly move: number;
  readonly label: number;
}

interface BeamItem {
  st: State;
  score: number;
  /** The moves that led here, training only (null while decoding). */
  trail: Trail | null;
  /** Every move so far is the oracle's (training only). */
  gold: boolean;
}

/**
 * Beam search over the transitions (Zhang & Nivre 2011): each item's score is
 * the sum of its moves' scores; every complete parse of n words takes 2n
 * moves, so the items finish together. Labels are chosen greedily as each
 * surviving item builds its arc. `goldMove`, in training, says which move
 * the oracle makes at each step so that items can be marked as on the gold
 * path.
 */
class Beam {
  items: BeamItem[];
  private spare: State[] = [];
  /** The expansions of a step (item, move, summed score), in the order they are tried. */
  private readonly expansionItem: Int32Array;
  private readonly expansionMove: Int32Array;
  private readonly expansionScore: Float64Array;
  /** The `width` best expansions of a step, best first. */
  private readonly best: Int32Array;
  private readonly scores = new Float32Array(3);
  private readonly keys = new Uint32Array(MAX_KEYS);
  private readonly labelKeys = new Uint32Array(MAX_KEYS);
  private readonly labelScores: Float32Array;
  private readonly root: number;

  constructor(
    private readonly model: ParserModel,
    private readonly w: Words,
    private readonly width: number,
    /** Null in training, where the weights change as the sentence goes. */
    private readonly memos: DecodingMemos | null,
  ) {
    this.items = [{ st: new State(w.n), score: 0, trail: null, gold: true }];
    this.expansionItem = new Int32Array(3 * width);
    this.expansionMove = new Int32Array(3 * width);
    this.expansionScore = new Float64Array(3 * width);
    this.best = new Int32Array(width);
    this.labelScores = new Float32Array(model.labels.length);
    this.root = model.labels.indexOf('root');
  }

  get done(): boolean {
    return this.items[0].st.terminal;
  }

  /** Expands every item by its valid moves and keeps the `width` best; `goldMove` −1 outside training. */
  step(goldMove: number): void {
    const { model, w, scores, keys, width, expansionItem, expansionMove, expansionScore, best } =
      this;
    const memo = this.memos?.transitions;
    let expansions = 0;
    let kept = 0;
    for (let i = 0; i < this.items.length; i++) {
      const item = this.items[i];
      const nk = transitionKeys(w, item.st, keys);
      if (memo === undefined || !memo.get(keys, nk, scores)) {
        scores.fill(0);
        model.transitions.score(keys, scores, nk);
        memo?.set(keys, nk, scores);
      }
      for (let m = 0; m < 3; m++) {
        if (!item.st.valid(m)) continue;
        const score = item.score + scores[m];
        const e = expansions++;
        expansionItem[e] = i;
        expansionMove[e] = m;
        expansionScore[e] = score;
        // insertion among the `width` best; ties keep the earlier item and move, so
        // that decoding is deterministic
        let at = kept;
        while (at > 0 && expansionScore[best[at - 1]] < score) at--;
        if (at === width) continue;
        if (kept < width) kept++;
        for (let j = kept - 1; j > at; j--) best[j] = best[j - 1];
        best[at] = e;
      }
    }
    // decoding drops the items too far behind the best: most steps have one clear winner
    const floor = goldMove < 0 ? expansionScore[best[0]] - model.beamMargin : -Infinity;
    const next: BeamItem[] = [];
    for (let j = 0; j < kept; j++) {
      const e = best[j];
      const score = expansionScore[e];
      if (score < floor) break;
      const move = expansionMove[e];
      const parent = this.items[expansionItem[e]];
      const st = this.spare.pop() ?? new State(w.n);
      st.copyFrom(parent.st);
      let label = -1;
      if (move !== SHIFT) {
        const [head, dep] = st.arc(move);
        label = chooseLabel(
          model,
          w,
          st,
          head,
          dep,
          this.labelKeys,
          this.root,
          this.labelScores,
          this.memos,
        ).label;
      }
      st.apply(move, label);
      next.push({
        st,
        score,
        // only training replays the moves: decoding keeps no history
        trail: goldMove < 0 ? null : { previous: parent.trail, move, label },
        gold: parent.gold && move === goldMove,
      });
    }
    for (const item of this.items) this.spare.push(item.st);
    this.items = next;
  }
}

function parse(model: ParserModel, w: Words): State {
  if (model.beam <= 1) return parseGreedily(model, w);
  const beam = new Beam(model, w, model.beam, memosForSentence(model));
  while (!beam.done) beam.step(-1);
  return beam.items[0].st;
}

/** Head and relation of each word of one tagged sentence. */
export function parseWords(
  words: string[],
  tags: WordTagsInput[],
  model: ParserModel,
): Dependency[] {
  if (words.length === 0) return [];
  const w = hashWords(words, tags, model.vocabulary);
  const st = parse(model, w);
  const deps = Array.from(st.heads, (head, i) => ({
    head: head === w.n ? -1 : head,
    deprel: model.labels[st.labels[i]],
  }));
  attachIncises(words, tags, deps);
  labelInvertedSubjects(tags, deps);
  attachTimeAdjuncts(tags, deps, model.labels);
  return deps;
}

/** Fills `doc.dependencies` from `doc.tags`, sentence by sentence (heads are token indices). */
const UNIT_END = new Set(['.', '!', '?', '…']);

/**
 * Token ranges parsed as one tree: the sentences, themselves cut after a full
 * stop followed by a capital. A sentence keeps a multi-sentence quotation whole
 * (« A. B. C. » : X), but the treebanks the parser learnt from have one tree
 * per grammatical sentence, and a tree spanning three of them is mostly wrong.
 */
function parseUnits(doc: Doc): [number, number][] {
  const units: [number, number][] = [];
  for (const sentence of doc.sentences) {
    let from = sentence.tokenStart;
    for (let i = from; i < sentence.tokenEnd - 1; i++) {
      if (UNIT_END.has(doc.tokens[i].text) && /^\p{Lu}/u.test(doc.tokens[i + 1].text)) {
        units.push([from, i + 1]);
        from = i + 1;
      }
    }
    units.push([from, sentence.tokenEnd]);
  }
  return units;
}

export function parseDoc(doc: Doc, model: ParserModel): void {
  const tags = doc.tags;
  if (!tags) throw new Error('parseDoc needs doc.tags: run the tagger first');
  const deps: TokenDependency[] = new Array(doc.tokens.length);
  for (const [start, end] of parseUnits(doc)) {
    const words = doc.tokens.slice(start, end).map((t) => treebankForm(t.text));
    const result = parseWords(words, tags.slice(start, end), model);
    result.forEach((d, i) => {
      deps[start + i] = { head: d.head < 0 ? -1 : start + d.head, deprel: d.deprel };
    });
  }
  for (let i = 0; i < deps.length; i++) deps[i] ??= { head: -1, deprel: 'root' };
  doc.dependencies = deps;
}

// ---------------------------------------------------------------- training

export interface ParserTrainingOptions {
  epochs: number;
  seed: number;
  /** Probability of following the model's own (possibly wrong) move after the first epoch. */
  explore: number;
  /**
   * Beam width; above 1 the transitions are trained on the beam, globally
   * (max-violation updates, Huang et al. 2012), and `explore` is not used.
   */
  beam: number;
  /** See ParserModel.beamMargin. */
  beamMargin?: number;
  log: (message: string) => void;
}

/** A training sentence with the tags the parser will see (gold or predicted). */
export interface ParserExample {
  sentence: UdSentence;
  tags: WordTagsInput[];
}

/** One sentence ready for training: hashed words, gold heads (n for the root) and labels. */
interface TrainingSentence {
  w: Words;
  gold: Int32Array;
  goldLabels: Int32Array;
}

/** Buffers reused from sentence to sentence. */
interface TrainingScratch {
  keys: Uint32Array;
  labelKeys: Uint32Array;
  labelScores: Float32Array;
  scores: Float32Array;
  costs: Int32Array;
  root: number;
}

const MOVE_ORDER = [SHIFT, LEFT, RIGHT];
const ORACLE_ORDER = [LEFT, RIGHT, SHIFT];

/** The cheapest valid moves' best-scored (greedy training) or first of LEFT, RIGHT, SHIFT (oracle path). */
function cheapestMove(
  st: State,
  gold: Int32Array,
  scratch: TrainingScratch,
  scores?: Float32Array,
): number {
  const { costs } = scratch;
  let minCost = Infinity;
  for (let m = 0; m < 3; m++) {
    if (!st.valid(m)) continue;
    costs[m] = st.cost(m, gold);
    if (costs[m] < minCost) minCost = costs[m];
  }
  let best = -1;
  // greedy training keeps the order the greedy parsers were trained with (same files)
  for (const m of scores === undefined ? ORACLE_ORDER : MOVE_ORDER) {
    if (!st.valid(m) || costs[m] !== minCost) continue;
    if (best < 0 || (scores !== undefined && scores[m] > scores[best])) best = m;
  }
  return best;
}

/**
 * Chooses the label of the arc `move` builds in `st` and, when the arc is
 * right, trains the labeler of the dependent on it.
 */
function labelAndLearn(
  model: ParserModel,
  s: TrainingSentence,
  st: State,
  move: number,
  scratch: TrainingScratch,
): number {
  const [head, dep] = st.arc(move);
  const chosen = chooseLabel(
    model,
    s.w,
    st,
    head,
    dep,
    scratch.labelKeys,
    scratch.root,
    scratch.labelScores,
  );
  const perceptron = chosen.labeler?.perceptron;
  if (perceptron && s.gold[dep] === head) {
    const truth = chosen.labeler!.classes.indexOf(s.goldLabels[dep]);
    if (truth >= 0)
      perceptron.update(truth, chosen.local, scratch.labelKeys.subarray(0, chosen.nk));
  }
  return chosen.label;
}

/** Greedy training with the dynamic oracle: one update per move the model gets wrong. */
function trainGreedily(
  model: ParserModel,
  s: TrainingSentence,
  scratch: TrainingScratch,
  /** Probability of following the model's move, null for none (no random draw). */
  explore: number | null,
  random: () => number,
): State {
  const { keys, scores, costs } = scratch;
  const st = new State(s.w.n);
  while (!st.terminal) {
    const nk = transitionKeys(s.w, st, keys);
    const view = keys.subarray(0, nk);
    scores.fill(0);
    model.transitions.score(view, scores);
    let guess = -1;
    for (let m = 0; m < 3; m++)
      if (st.valid(m) && (guess < 0 || scores[m] > scores[guess])) guess = m;
    const best = cheapestMove(st, s.gold, scratch, scores);
    model.transitions.update(costs[guess] > costs[best] ? best : guess, guess, view);
    const move = explore !== null && random() < explore ? guess : best;
    st.apply(move, move === SHIFT ? -1 : labelAndLearn(model, s, st, move, scratch));
  }
  return st;
}

/** Adds `amount` to the weights of each move of `trail` in the states it went through. */
function reinforce(
  model: ParserModel,
  w: Words,
  trail: Trail | null,
  amount: number,
  keys: Uint32Array,
): void {
  const moves: Trail[] = [];
  for (let t = trail; t !== null; t = t.previous) moves.push(t);
  const st = new State(w.n);
  for (let i = moves.length - 1; i >= 0; i--) {
    const nk = transitionKeys(w, st, keys);
    model.transitions.add(moves[i].move, keys.subarray(0, nk), amount);
    st.apply(moves[i].move, moves[i].label);
  }
}

/**
 * Global training on the beam: the oracle's path is followed beside the
 * beam, and at the step where the best item beats it by the most (the
 * largest violation, once the gold path has left the beam, or at the end if
 * it is not first) the gold prefix is rewarded and the best item's prefix
 * penalised.
 */
function trainOnBeam(model: ParserModel, s: TrainingSentence, scratch: TrainingScratch): State {
  const { keys, scores } = scratch;
  model.transitions.tick();
  const beam = new Beam(model, s.w, model.beam, null);
  const goldState = new State(s.w.n);
  let goldTrail: Trail | null = null;
  let goldScore = 0;
  let violation = -Infinity;
  let violating: { gold: Trail | null; predicted: Trail | null } | null = null;
  while (!beam.done) {
    const nk = transitionKeys(s.w, goldState, keys);
    scores.fill(0);
    model.transitions.score(keys, scores, nk);
    const move = cheapestMove(goldState, s.gold, scratch);
    goldScore += scores[move];
    beam.step(move);
    const label = move === SHIFT ? -1 : labelAndLearn(model, s, goldState, move, scratch);
    goldState.apply(move, label);
    goldTrail = { previous: goldTrail, move, label };
    const top = beam.items[0];
    const goldInBeam = beam.items.some((item) => item.gold);
    if ((!goldInBeam || (beam.done && !top.gold)) && top.score - goldScore > violation) {
      violation = top.score - goldScore;
      violating = { gold: goldTrail, predicted: top.trail };
    }
  }
  if (violating !== null) {
    reinforce(model, s.w, violating.gold, 1, keys);
    reinforce(model, s.w, violating.predicted, -1, keys);
  }
  return beam.items[0].st;
}

export function trainParser(examples: ParserExample[], opts: ParserTrainingOptions): ParserModel {
  const labels = [...new Set(examples.flatMap((e) => e.sentence.deprels))].sort();
  if (labels.length > 64) throw new Error('the label sets hold at most 64 labels');
  const counts = new Map<string, number>();
  for (const e of examples) {
    for (const word of e.sentence.words)
      counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + 1);
  }
  const model: ParserModel = {
    vocabulary: new Set([...counts].filter(([, c]) => c >= MIN_WORD_COUNT).map(([word]) => word)),
    transitions: new AveragedPerceptron(3),
    labels,
    labelers: new Map(),
    beam: Math.max(1, opts.beam),
    beamMargin: opts.beamMargin ?? Infinity,
  };
  const labelIndex = new Map(labels.map((l, i) => [l, i]));
  const seen = new Map<string, Set<number>>();
  for (const { sentence, tags } of examples) {
    sentence.deprels.forEach((deprel, i) => {
      if (deprel === 'root') return;
      if (!seen.has(tags[i].upos)) seen.set(tags[i].upos, new Set());
      seen.get(tags[i].upos)!.add(labelIndex.get(deprel)!);
    });
  }
  for (const [upos, set] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const classes = [...set].sort((a, b) => a - b);
    const perceptron = classes.length > 1 ? new AveragedPerceptron(classes.length) : null;
    model.labelers.set(upos, { classes, perceptron });
  }
  const random = seededRandom(opts.seed);
  const order = examples.slice();
  const scratch: TrainingScratch = {
    keys: new Uint32Array(MAX_KEYS),
    labelKeys: new Uint32Array(MAX_KEYS),
    labelScores: new Float32Array(model.labels.length),
    scores: new Float32Array(3),
    costs: new Int32Array(3),
    root: labelIndex.get('root')!,
  };
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, random);
    let correctArcs = 0;
    let correctLabels = 0;
    let words = 0;
    for (const { sentence, tags } of order) {
      const n = sentence.words.length;
      const s: TrainingSentence = {
        w: hashWords(sentence.words, tags, model.vocabulary),
        gold: Int32Array.from(sentence.heads, (h) => (h < 0 ? n : h)),
        goldLabels: Int32Array.from(sentence.deprels, (l) => labelIndex.get(l)!),
      };
      const st =
        model.beam > 1
          ? trainOnBeam(model, s, scratch)
          : trainGreedily(model, s, scratch, epoch > 1 ? opts.explore : null, random);
      for (let i = 0; i < n; i++) {
        if (st.heads[i] !== s.gold[i]) continue;
        correctArcs++;
        if (st.labels[i] === s.goldLabels[i]) correctLabels++;
      }
      words += n;
    }
    opts.log(
      `parser epoch ${epoch}/${opts.epochs}: train UAS ${((100 * correctArcs) / words).toFixed(2)}, LAS ${((100 * correctLabels) / words).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  model.transitions.average();
  for (const labeler of model.labelers.values()) labeler.perceptron?.average();
  return model;
}

// ---------------------------------------------------------------- storage

export function parserToBundle(model: ParserModel): Bundle {
  return {
    json: {
      labels: model.labels,
      // absent for greedy parsers, whose files stay those trained before beams existed
      ...(model.beam > 1 ? { beam: model.beam, beamMargin: model.beamMargin } : {}),
      vocabulary: [...model.vocabulary].sort(),
      labelClasses: Object.fromEntries([...model.labelers].map(([u, l]) => [u, l.classes])),
    },
    blobs: Object.fromEntries([
      ['transitions', model.transitions.serialize()],
      ...[...model.labelers].flatMap(([u, l]) =>
        l.perceptron ? [[`labeler.${u}`, l.perceptron.serialize()]] : [],
      ),
    ]),
  };
}

export function parserFromBundle(bundle: Bundle): ParserModel {
  const j = bundle.json as {
    labels: string[];
    beam?: number;
    beamMargin?: number;
    vocabulary: string[];
    labelClasses: Record<string, number[]>;
  };
  return {
    labels: j.labels,
    beam: j.beam ?? 1,
    beamMargin: j.beamMargin ?? Infinity,
    vocabulary: new Set(j.vocabulary),
    transitions: AveragedPerceptron.deserialize(bundle.blobs.transitions),
    labelers: new Map(
      Object.entries(j.labelClasses).map(([u, classes]) => {
        const blob = bundle.blobs[`labeler.${u}`];
        return [u, { classes, perceptron: blob ? AveragedPerceptron.deserialize(blob) : null }];
      }),
    ),
  };
}
