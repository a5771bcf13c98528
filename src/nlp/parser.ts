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
import { treebankForm } from './tagger.js';
import type { Doc, TokenDependency } from '../document.js';
import { AveragedPerceptron } from './perceptron.js';
import type { UdSentence } from './ud-data.js';
import {
  hashString,
  key1,
  key2,
  key3,
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
}

function hashWords(words: string[], tags: WordTagsInput[], vocabulary: Set<string>): Words {
  const n = words.length;
  const w: Words = {
    n,
    word: new Uint32Array(n + 1),
    tag: new Uint32Array(n + 1),
    feats: new Uint32Array(n + 1),
    upos: tags.map((t) => t.upos),
  };
  for (let i = 0; i < n; i++) {
    const lower = words[i].toLowerCase();
    w.word[i] = vocabulary.has(lower) ? hashString(lower) : UNKNOWN_WORD;
    w.tag[i] = hashString(tags[i].upos);
    w.feats[i] = hashString(tags[i].feats);
  }
  w.word[n] = ROOT_VALUE;
  w.tag[n] = ROOT_VALUE;
  w.feats[n] = ROOT_VALUE;
  return w;
}

/** A parser configuration with the children bookkeeping its features need. */
class State {
  readonly n: number;
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
  readonly leftLo: Uint32Array;
  readonly leftHi: Uint32Array;
  readonly rightLo: Uint32Array;
  readonly rightHi: Uint32Array;

  constructor(n: number) {
    this.n = n;
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n).fill(-1);
    this.labels = new Int32Array(n).fill(-1);
    this.l1 = new Int32Array(n + 1).fill(-1);
    this.l2 = new Int32Array(n + 1).fill(-1);
    this.r1 = new Int32Array(n + 1).fill(-1);
    this.r2 = new Int32Array(n + 1).fill(-1);
    this.nLeft = new Int32Array(n + 1);
    this.nRight = new Int32Array(n + 1);
    this.leftLo = new Uint32Array(n + 1);
    this.leftHi = new Uint32Array(n + 1);
    this.rightLo = new Uint32Array(n + 1);
    this.rightHi = new Uint32Array(n + 1);
  }

  get terminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  /** Becomes a copy of `other` (same sentence length), without allocating. */
  copyFrom(other: State): void {
    this.sp = other.sp;
    this.b = other.b;
    this.stack.set(other.stack);
    this.heads.set(other.heads);
    this.labels.set(other.labels);
    this.l1.set(other.l1);
    this.l2.set(other.l2);
    this.r1.set(other.r1);
    this.r2.set(other.r2);
    this.nLeft.set(other.nLeft);
    this.nRight.set(other.nRight);
    this.leftLo.set(other.leftLo);
    this.leftHi.set(other.leftHi);
    this.rightLo.set(other.rightLo);
    this.rightHi.set(other.rightHi);
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

/** Features of a configuration (Zhang & Nivre 2011 style). */
function transitionKeys(w: Words, st: State, out: Uint32Array): number {
  const sp = st.sp;
  const s0 = sp > 0 ? st.stack[sp - 1] : -1;
  const s1 = sp > 1 ? st.stack[sp - 2] : -1;
  const s2 = sp > 2 ? st.stack[sp - 3] : -1;
  const b0 = st.b;
  const b1 = b0 + 1 <= w.n ? b0 + 1 : -1;
  const b2 = b0 + 2 <= w.n ? b0 + 2 : -1;
  const W = (i: number) => (i >= 0 ? w.word[i] : NONE);
  const T = (i: number) => (i >= 0 ? w.tag[i] : NONE);
  const L = (i: number) => (i >= 0 ? st.labels[i] : NONE);
  const child = (arr: Int32Array, i: number) => (i >= 0 ? arr[i] : -1);
  const s0w = W(s0);
  const s0t = T(s0);
  const s1w = W(s1);
  const s1t = T(s1);
  const b0w = W(b0);
  const b0t = T(b0);
  const b1t = T(b1);
  const b2t = T(b2);
  const s0l1 = child(st.l1, s0);
  const s0l2 = child(st.l2, s0);
  const s0r1 = child(st.r1, s0);
  const s0r2 = child(st.r2, s0);
  const s1r1 = child(st.r1, s1);
  const s1l1 = child(st.l1, s1);
  const b0l1 = child(st.l1, b0);
  const b0l2 = child(st.l2, b0);
  const dist = s0 >= 0 ? distanceBucket(Math.min(b0, w.n) - s0) : NONE;
  const dist10 = s1 >= 0 ? distanceBucket(s0 - s1) : NONE;
  const vl0 = s0 >= 0 ? st.nLeft[s0] : NONE;
  const vr0 = s0 >= 0 ? st.nRight[s0] : NONE;
  const vlb = st.nLeft[b0];
  const s0left = s0 >= 0 ? key2(90, st.leftLo[s0], st.leftHi[s0]) : NONE;
  const s0right = s0 >= 0 ? key2(91, st.rightLo[s0], st.rightHi[s0]) : NONE;
  const b0left = key2(92, st.leftLo[b0], st.leftHi[b0]);
  const s1right = s1 >= 0 ? key2(93, st.rightLo[s1], st.rightHi[s1]) : NONE;
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key2(1, s0w, s0t);
  out[k++] = key1(2, s0w);
  out[k++] = key1(3, s0t);
  out[k++] = key2(4, b0w, b0t);
  out[k++] = key1(5, b0w);
  out[k++] = key1(6, b0t);
  out[k++] = key2(7, W(b1), b1t);
  out[k++] = key1(8, W(b1));
  out[k++] = key1(9, b1t);
  out[k++] = key1(10, W(b2));
  out[k++] = key1(11, b2t);
  out[k++] = key2(12, s1w, s1t);
  out[k++] = key1(13, s1w);
  out[k++] = key1(14, s1t);
  out[k++] = key3(15, key2(0, s0w, s0t), b0w, b0t);
  out[k++] = key3(16, s0w, s0t, b0w);
  out[k++] = key3(17, s0w, b0w, b0t);
  out[k++] = key3(18, s0w, s0t, b0t);
  out[k++] = key3(19, s0t, b0w, b0t);
  out[k++] = key2(20, s0w, b0w);
  out[k++] = key2(21, s0t, b0t);
  out[k++] = key2(22, b0t, b1t);
  out[k++] = key3(23, b0t, b1t, b2t);
  out[k++] = key3(24, s0t, b0t, b1t);
  out[k++] = key3(25, s1t, s0t, b0t);
  out[k++] = key3(26, s0t, T(s0l1), b0t);
  out[k++] = key3(27, s0t, T(s0r1), b0t);
  out[k++] = key3(28, s0t, b0t, T(b0l1));
  out[k++] = key3(29, s1t, s0t, T(s0l1));
  out[k++] = key3(30, T(s2), s1t, s0t);
  out[k++] = key3(31, s1t, T(s1r1), s0t);
  out[k++] = key2(32, s0w, dist);
  out[k++] = key2(33, s0t, dist);
  out[k++] = key2(34, b0w, dist);
  out[k++] = key2(35, b0t, dist);
  out[k++] = key3(36, s0w, b0w, dist);
  out[k++] = key3(37, s0t, b0t, dist);
  out[k++] = key2(38, s0w, vr0);
  out[k++] = key2(39, s0t, vr0);
  out[k++] = key2(40, s0w, vl0);
  out[k++] = key2(41, s0t, vl0);
  out[k++] = key2(42, b0w, vlb);
  out[k++] = key2(43, b0t, vlb);
  out[k++] = key1(44, W(s0l1));
  out[k++] = key1(45, T(s0l1));
  out[k++] = key1(46, W(s0r1));
  out[k++] = key1(47, T(s0r1));
  out[k++] = key1(48, W(b0l1));
  out[k++] = key1(49, T(b0l1));
  out[k++] = key1(50, T(s0l2));
  out[k++] = key1(51, T(s0r2));
  out[k++] = key1(52, T(b0l2));
  out[k++] = key1(53, T(s1l1));
  out[k++] = key3(54, s0t, T(s0l1), T(s0l2));
  out[k++] = key3(55, s0t, T(s0r1), T(s0r2));
  out[k++] = key3(56, b0t, T(b0l1), T(b0l2));
  out[k++] = key2(57, s1w, s0w);
  out[k++] = key3(58, s1w, s1t, s0t);
  out[k++] = key3(59, s1t, s0w, s0t);
  out[k++] = key3(60, s1t, s0t, dist10);
  out[k++] = key2(61, s0 >= 0 ? w.feats[s0] : NONE, s0t);
  out[k++] = key2(62, w.feats[b0], b0t);
  out[k++] = key2(63, s1 >= 0 ? w.feats[s1] : NONE, s1t);
  out[k++] = key3(64, s0 >= 0 ? w.feats[s0] : NONE, b0t, s1t);
  out[k++] = key3(65, s1w, s0t, b0t);
  out[k++] = key3(66, s1t, s0t, b0w);
  out[k++] = key2(67, sp === 1 ? 1 : sp === 0 ? 0 : 2, b0 === w.n ? 1 : 0);
  // labels of the dependents built so far
  out[k++] = key2(68, s0t, L(s0l1));
  out[k++] = key2(69, s0t, L(s0r1));
  out[k++] = key2(70, b0t, L(b0l1));
  out[k++] = key3(71, s0t, L(s0l1), L(s0l2));
  out[k++] = key3(72, s0t, L(s0r1), L(s0r2));
  out[k++] = key3(73, b0t, L(b0l1), L(b0l2));
  out[k++] = key2(74, s1t, L(s1r1));
  out[k++] = key2(75, s0t, s0left);
  out[k++] = key2(76, s0t, s0right);
  out[k++] = key2(77, b0t, b0left);
  out[k++] = key2(78, s1t, s1right);
  out[k++] = key3(79, s0w, s0left, s0right);
  out[k++] = key3(80, s0t, b0t, s0right);
  return k;
}

/** Features for labelling the arc head → dep as it is built. */
function labelKeys(w: Words, st: State, head: number, dep: number, out: Uint32Array): number {
  const n = w.n;
  const dw = w.word[dep];
  const dt = w.tag[dep];
  const hw = w.word[head];
  const ht = w.tag[head];
  const dir = head < dep ? 0 : 1;
  const dist = distanceBucket(Math.abs(head - dep));
  const l1 = st.l1[dep];
  const r1 = st.r1[dep];
  // the head's dependent built just before, on the same side
  const sibling = dir === 1 ? st.l1[head] : st.r1[head];
  const W = (i: number) => (i >= 0 ? w.word[i] : NONE);
  const T = (i: number) => (i >= 0 ? w.tag[i] : NONE);
  const L = (i: number) => (i >= 0 ? st.labels[i] : NONE);
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key1(1, dw);
  out[k++] = key1(2, dt);
  out[k++] = key2(3, dw, dt);
  out[k++] = key1(4, hw);
  out[k++] = key1(5, ht);
  out[k++] = key2(6, hw, ht);
  out[k++] = key2(7, dt, ht);
  out[k++] = key3(8, dt, ht, dir);
  out[k++] = key3(9, dt, ht, dist);
  out[k++] = key3(10, dw, ht, dir);
  out[k++] = key3(11, dt, hw, dir);
  out[k++] = key3(12, dw, hw, dir);
  out[k++] = key2(13, w.feats[dep], dt);
  out[k++] = key3(14, w.feats[dep], ht, dir);
  out[k++] = key3(15, w.feats[head], ht, dt);
  out[k++] = key3(16, W(l1), dt, ht);
  out[k++] = key3(17, T(l1), dt, dir);
  out[k++] = key3(18, T(r1), dt, dir);
  out[k++] = key3(19, L(l1), dt, ht);
  out[k++] = key3(20, L(r1), dt, ht);
  out[k++] = key3(21, key2(0, st.leftLo[dep], st.leftHi[dep]), dt, ht);
  out[k++] = key3(22, key2(0, st.rightLo[dep], st.rightHi[dep]), dt, dir);
  out[k++] = key3(23, L(sibling), dt, ht);
  out[k++] = key3(24, L(sibling), dt, dir);
  out[k++] = key3(
    25,
    dir === 1
      ? key2(1, st.leftLo[head], st.leftHi[head])
      : key2(2, st.rightLo[head], st.rightHi[head]),
    dt,
    ht,
  );
  out[k++] = key2(26, Math.min(st.nLeft[dep] + st.nRight[dep], 4), dt);
  out[k++] = key2(27, dep === 0 ? 1 : 0, dt);
  out[k++] = key3(28, dep > 0 ? w.word[dep - 1] : NONE, dt, ht);
  out[k++] = key3(29, dep + 1 < n ? w.tag[dep + 1] : NONE, dt, ht);
  out[k++] = key3(30, W(st.l2[dep]), dt, dir);
  out[k++] = key3(31, W(r1), dt, dir);
  out[k++] = key3(32, W(sibling), dt, ht);
  out[k++] = key3(33, dw, dt, L(l1));
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
): { label: number; local: number; nk: number; labeler: Labeler | undefined } {
  const labeler = model.labelers.get(w.upos[dep]);
  if (head === w.n) return { label: root, local: -1, nk: 0, labeler: undefined };
  if (labeler === undefined)
    return { label: model.labels.indexOf('dep'), local: -1, nk: 0, labeler };
  if (labeler.perceptron === null) return { label: labeler.classes[0], local: 0, nk: 0, labeler };
  const nk = labelKeys(w, st, head, dep, keys);
  labeler.perceptron.score(keys, scores.fill(0, 0, labeler.perceptron.nClasses), nk);
  let best = 0;
  for (let c = 1; c < labeler.perceptron.nClasses; c++) if (scores[c] > scores[best]) best = c;
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

/** A scored expansion of a beam item, before the beam keeps the best. */
interface Candidate {
  item: number;
  move: number;
  score: number;
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
  private readonly candidates: Candidate[] = [];
  private readonly scores = new Float32Array(3);
  private readonly keys = new Uint32Array(MAX_KEYS);
  private readonly labelKeys = new Uint32Array(MAX_KEYS);
  private readonly labelScores: Float32Array;
  private readonly root: number;

  constructor(
    private readonly model: ParserModel,
    private readonly w: Words,
    private readonly width: number,
  ) {
    this.items = [{ st: new State(w.n), score: 0, trail: null, gold: true }];
    this.labelScores = new Float32Array(model.labels.length);
    this.root = model.labels.indexOf('root');
  }

  get done(): boolean {
    return this.items[0].st.terminal;
  }

  /** Expands every item by its valid moves and keeps the `width` best; `goldMove` −1 outside training. */
  step(goldMove: number): void {
    const { model, w, candidates, scores, keys } = this;
    candidates.length = 0;
    this.items.forEach((item, i) => {
      const nk = transitionKeys(w, item.st, keys);
      scores.fill(0);
      model.transitions.score(keys, scores, nk);
      for (let m = 0; m < 3; m++) {
        if (item.st.valid(m)) candidates.push({ item: i, move: m, score: item.score + scores[m] });
      }
    });
    // ties keep the earlier item and move, so that decoding is deterministic
    candidates.sort((a, b) => b.score - a.score || a.item - b.item || a.move - b.move);
    // decoding drops the items too far behind the best: most steps have one clear winner
    const floor = goldMove < 0 ? candidates[0].score - this.model.beamMargin : -Infinity;
    const kept = candidates.slice(0, this.width).filter((c) => c.score >= floor);
    const next: BeamItem[] = kept.map((c) => {
      const parent = this.items[c.item];
      const st = this.spare.pop() ?? new State(w.n);
      st.copyFrom(parent.st);
      let label = -1;
      if (c.move !== SHIFT) {
        const [head, dep] = st.arc(c.move);
        label = chooseLabel(
          model,
          w,
          st,
          head,
          dep,
          this.labelKeys,
          this.root,
          this.labelScores,
        ).label;
      }
      st.apply(c.move, label);
      return {
        st,
        score: c.score,
        // only training replays the moves: decoding keeps no history
        trail: goldMove < 0 ? null : { previous: parent.trail, move: c.move, label },
        gold: parent.gold && c.move === goldMove,
      };
    });
    for (const item of this.items) this.spare.push(item.st);
    this.items = next;
  }
}

function parse(model: ParserModel, w: Words): State {
  if (model.beam <= 1) return parseGreedily(model, w);
  const beam = new Beam(model, w, model.beam);
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
  return Array.from(st.heads, (head, i) => ({
    head: head === w.n ? -1 : head,
    deprel: model.labels[st.labels[i]],
  }));
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
  const beam = new Beam(model, s.w, model.beam);
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
