/**
 * Part-of-speech and morphology tagger: averaged perceptrons, greedy left to
 * right.
 *
 * Pass 1 predicts UPOS from lexical features of the word and its neighbours
 * (±2), the two previous predicted tags and the most frequent tags of the
 * next two words (a cheap look-ahead). Frequent unambiguous words take their
 * tag from a dictionary. An optional second UPOS pass also sees the tags pass
 * 1 gave to the next words. The morphology pass then predicts the features
 * with one perceptron per UPOS, one decision per UD attribute (Mood, Tense,
 * Number …), each restricted to the values that attribute took with that UPOS
 * in training; it sees the UPOS of both neighbours and the features already
 * given to the previous words.
 *
 * Both languages' models also carry an external tag lexicon (tag-lexicon.ts): the
 * ambiguity class of each word and its neighbours is a feature of both UPOS
 * passes and of the morphology, chiefly for words the treebank never showed.
 */
import type { Doc, TokenTags } from '../document.js';
import { detachedString } from '../util/strings.js';
import { AveragedPerceptron } from './perceptron.js';
import type { UdSentence } from './ud-data.js';
import {
  hashString,
  key1,
  key2,
  key3,
  seededRandom,
  shuffleInPlace,
  wordShape,
  type Bundle,
} from './ud-features.js';
import { checkMoodTense, lemmatize, type LemmatizerModel } from './lemmatizer.js';
import { lexiconFromJson, lexiconToJson, type TagLexicon } from './tag-lexicon.js';
import { analyseForm } from './lemma-paradigms.js';

/**
 * How the morphological attributes are laid out as perceptron classes: one
 * perceptron per UPOS, whose classes are the values its attributes took.
 */
interface FeatsLayout {
  attrs: string[];
  /** Per attribute, its values; value 0 is the empty string (attribute absent). */
  values: string[][];
  /**
   * Per UPOS index: [attribute index, value index of each class][], classes
   * numbered consecutively across the attributes of that UPOS.
   */
  classes: [number, number[]][][];
}

export interface TaggerModel {
  uposLabels: string[];
  upos: AveragedPerceptron;
  /** Optional second UPOS pass: pass 1's features plus the tags pass 1 gave to the next words. */
  refine: AveragedPerceptron | null;
  /** Per UPOS index; null for a UPOS that never has features. */
  feats: (AveragedPerceptron | null)[];
  layout: FeatsLayout;
  /** Frequent words that always had the same UPOS in training → that UPOS index. */
  tagDict: Map<string, number>;
  /** `form\tUPOS index` → FEATS, for frequent pairs that always had the same features. */
  featsDict: Map<string, string>;
  /** Lowercased word → its most frequent UPOS index in training (look-ahead feature). */
  usualTag: Map<string, number>;
  /** Ambiguity classes from an external lexicon; null: no lexicon features. */
  lexicon: TagLexicon | null;
  /**
   * Whether a capitalised word the lexicon lacks is looked up in lowercase. A lexicon without
   * proper nouns (the Lefff) would lend a name the class of a common word ("Pierre", "Rose").
   */
  lexiconFoldsCase: boolean;
  lemmatizer: LemmatizerModel;
}

export interface WordTags {
  upos: string;
  feats: string;
  lemma: string;
}

const PAD = 0x5bd1e995;
const UNKNOWN_TAG = 0xffff;
const NO_TAG = 0xfffe;
const MAX_KEYS = 64;
const NO_FEATS = hashString('_');
/** Lexicon class of a word the lexicon does not list. */
const NOT_LISTED = 0x68e31da4;

/** Per-sentence precomputed hashes of every word, shared by both passes (as int32: see ud-features). */
interface SentenceHashes {
  n: number;
  lower: Int32Array;
  exact: Int32Array;
  suffix: Int32Array[]; // lengths 1..5
  prefix: Int32Array[]; // lengths 1..3
  shape: Int32Array;
  flags: Int32Array;
  usual: Int32Array;
  /** Last part of a hyphenated word (PAD when there is no hyphen). */
  tail: Int32Array;
  /** Lexicon ambiguity class and its first tag; null when the model has no lexicon. */
  lexClass: Int32Array | null;
  lexFirst: Int32Array | null;
}

/**
 * Hashes of one word form (suffixes, prefixes, shape …), cached per model:
 * WORD_FIELDS int32 per form in one pool, found through a map from the form
 * to its first cell. Objects with two arrays and boxed uint32 per form took
 * about twice the memory, and a long form cut from a text kept the text alive.
 */
const LOWER = 0;
const EXACT = 1;
/** Suffixes of lengths 1..5 at SUFFIX..SUFFIX + 4, prefixes of lengths 1..3 at PREFIX..PREFIX + 2. */
const SUFFIX = 2;
const PREFIX = 7;
const SHAPE = 10;
const FLAGS = 11;
const USUAL = 12;
const TAIL = 13;
const LEX_CLASS = 14;
const LEX_FIRST = 15;
const WORD_FIELDS = 16;

class WordHashCache {
  /** Form → offset of its fields in `pool`. */
  readonly offsets = new Map<string, number>();
  pool = new Int32Array(4096 * WORD_FIELDS);

  /** Offset where the fields of `word` go (the cache is emptied when full). */
  add(word: string): number {
    if (this.offsets.size >= WORD_CACHE_SIZE) this.offsets.clear();
    const offset = this.offsets.size * WORD_FIELDS;
    if (offset + WORD_FIELDS > this.pool.length) {
      const pool = new Int32Array(Math.min(this.pool.length * 2, WORD_CACHE_SIZE * WORD_FIELDS));
      pool.set(this.pool);
      this.pool = pool;
    }
    this.offsets.set(detachedString(word), offset);
    return offset;
  }
}

/** Word hashes per usual-tag dictionary; a cache is cleared when it reaches WORD_CACHE_SIZE forms. */
const wordCaches = new WeakMap<Map<string, number>, WordHashCache>();
const WORD_CACHE_SIZE = 200_000;

/** Offset of the hashes of `word` in `cache.pool`, computed on a miss. */
function wordHashes(
  cache: WordHashCache,
  word: string,
  usualTag: Map<string, number>,
  lexicon: TagLexicon | null,
  foldsCase: boolean,
): number {
  const cached = cache.offsets.get(word);
  if (cached !== undefined) return cached;
  const lower = word.toLowerCase();
  let flags = 0;
  if (/\d/.test(word)) flags |= 1;
  if (word.includes('-')) flags |= 2;
  if (word !== lower) flags |= 4;
  if (word.length > 1 && word === word.toUpperCase() && word !== lower) flags |= 8;
  // the exact form first; a capitalised word may be listed in lowercase only (sentence starts)
  const exactClass = lexicon?.get(word);
  const lexClass = exactClass ?? (foldsCase ? lexicon?.get(lower) : undefined);
  const cell = cache.add(word);
  const pool = cache.pool;
  pool[cell + LOWER] = hashString(lower);
  pool[cell + EXACT] = hashString(word);
  for (let k = 1; k <= 5; k++) pool[cell + SUFFIX + k - 1] = hashString(lower.slice(-k));
  for (let k = 1; k <= 3; k++) pool[cell + PREFIX + k - 1] = hashString(lower.slice(0, k));
  pool[cell + SHAPE] = hashString(wordShape(word));
  pool[cell + FLAGS] = flags;
  pool[cell + USUAL] = usualTag.get(lower) ?? UNKNOWN_TAG;
  pool[cell + TAIL] = lower.includes('-')
    ? hashString(lower.slice(lower.lastIndexOf('-') + 1))
    : PAD;
  pool[cell + LEX_CLASS] =
    lexClass === undefined ? NOT_LISTED : hashString((exactClass ? '' : 'lower:') + lexClass);
  pool[cell + LEX_FIRST] = lexClass === undefined ? NOT_LISTED : hashString(lexClass.split('|')[0]);
  return cell;
}

function sentenceHashes(
  words: string[],
  usualTag: Map<string, number>,
  lexicon: TagLexicon | null,
  foldsCase: boolean,
): SentenceHashes {
  const n = words.length;
  const h: SentenceHashes = {
    n,
    lower: new Int32Array(n),
    exact: new Int32Array(n),
    suffix: [1, 2, 3, 4, 5].map(() => new Int32Array(n)),
    prefix: [1, 2, 3].map(() => new Int32Array(n)),
    shape: new Int32Array(n),
    flags: new Int32Array(n),
    usual: new Int32Array(n),
    tail: new Int32Array(n),
    lexClass: lexicon ? new Int32Array(n) : null,
    lexFirst: lexicon ? new Int32Array(n) : null,
  };
  let cache = wordCaches.get(usualTag);
  if (!cache) wordCaches.set(usualTag, (cache = new WordHashCache()));
  for (let i = 0; i < n; i++) {
    const w = wordHashes(cache, words[i], usualTag, lexicon, foldsCase);
    const pool = cache.pool;
    h.lower[i] = pool[w + LOWER];
    h.exact[i] = pool[w + EXACT];
    for (let k = 0; k < 5; k++) h.suffix[k][i] = pool[w + SUFFIX + k];
    for (let k = 0; k < 3; k++) h.prefix[k][i] = pool[w + PREFIX + k];
    h.shape[i] = pool[w + SHAPE];
    h.flags[i] = i === 0 ? pool[w + FLAGS] | 16 : pool[w + FLAGS];
    h.usual[i] = pool[w + USUAL];
    h.tail[i] = pool[w + TAIL];
    if (h.lexClass && h.lexFirst) {
      h.lexClass[i] = pool[w + LEX_CLASS];
      h.lexFirst[i] = pool[w + LEX_FIRST];
    }
  }
  return h;
}

const at = (arr: Int32Array, i: number): number => (i >= 0 && i < arr.length ? arr[i] : PAD);
const tagAt = (tags: Int32Array, i: number): number =>
  i >= 0 && i < tags.length ? tags[i] : NO_TAG;

/** Features of pass 1 (UPOS) for word i, given the tags predicted so far. */
function uposKeys(h: SentenceHashes, i: number, tags: Int32Array, out: Uint32Array): number {
  let k = 0;
  const t1 = tagAt(tags, i - 1);
  const t2 = tagAt(tags, i - 2);
  const lower = h.lower[i];
  out[k++] = key1(0, 0);
  out[k++] = key1(1, lower);
  out[k++] = key1(2, h.exact[i]);
  for (let s = 0; s < 4; s++) out[k++] = key1(3 + s, h.suffix[s][i]);
  for (let p = 0; p < 3; p++) out[k++] = key1(7 + p, h.prefix[p][i]);
  out[k++] = key1(10, h.shape[i]);
  out[k++] = key1(11, h.flags[i]);
  out[k++] = key1(12, at(h.lower, i - 1));
  out[k++] = key1(13, at(h.lower, i - 2));
  out[k++] = key1(14, at(h.lower, i + 1));
  out[k++] = key1(15, at(h.lower, i + 2));
  out[k++] = key1(16, at(h.suffix[2], i - 1));
  out[k++] = key1(17, at(h.suffix[2], i + 1));
  out[k++] = key1(18, t1);
  out[k++] = key1(19, t2);
  out[k++] = key2(20, t1, t2);
  out[k++] = key2(21, t1, lower);
  out[k++] = key2(22, at(h.lower, i - 1), lower);
  out[k++] = key2(23, lower, at(h.lower, i + 1));
  out[k++] = key1(24, at(h.usual, i + 1));
  out[k++] = key1(25, at(h.usual, i + 2));
  out[k++] = key2(26, at(h.usual, i + 1), at(h.usual, i + 2));
  out[k++] = key2(27, t1, at(h.usual, i + 1));
  out[k++] = key1(28, at(h.shape, i - 1));
  out[k++] = key1(29, at(h.shape, i + 1));
  out[k++] = key2(30, t1, h.suffix[2][i]);
  out[k++] = key2(31, h.flags[i], at(h.usual, i + 1));
  // unknown words: long suffix, the usual tag of the lowercased form (sentence-initial
  // capitals), and the head of a hyphenated compound
  out[k++] = key1(32, h.suffix[4][i]);
  out[k++] = key2(33, h.flags[i], h.usual[i]);
  out[k++] = key1(34, h.tail[i]);
  out[k++] = key2(35, at(h.lower, i - 1), h.suffix[2][i]);
  if (h.lexClass && h.lexFirst) {
    const cls = h.lexClass[i];
    out[k++] = key1(36, cls);
    out[k++] = key2(37, cls, h.flags[i]);
    out[k++] = key1(38, h.lexFirst[i]);
    out[k++] = key2(39, cls, t1);
    out[k++] = key1(40, at(h.lexClass, i + 1));
    out[k++] = key1(41, at(h.lexClass, i - 1));
    out[k++] = key2(42, cls, at(h.lexClass, i + 1));
  }
  return k;
}

/** Features of the second UPOS pass: tags before i are final, tags after i come from pass 1. */
function refineKeys(h: SentenceHashes, i: number, tags: Int32Array, out: Uint32Array): number {
  let k = uposKeys(h, i, tags, out);
  const n1 = tagAt(tags, i + 1);
  const n2 = tagAt(tags, i + 2);
  out[k++] = key1(70, n1);
  out[k++] = key1(71, n2);
  out[k++] = key2(72, n1, n2);
  out[k++] = key2(73, tagAt(tags, i - 1), n1);
  out[k++] = key2(74, n1, h.lower[i]);
  out[k++] = key2(75, n1, h.suffix[2][i]);
  out[k++] = key3(76, n1, at(h.lower, i + 1), h.lower[i]);
  if (h.lexClass) out[k++] = key2(77, n1, h.lexClass[i]);
  return k;
}

/** Features of pass 2 (morphology) for word i with UPOS u. */
function featsKeys(
  h: SentenceHashes,
  i: number,
  tags: Int32Array,
  featHashes: Int32Array,
  out: Uint32Array,
): number {
  const u = tags[i];
  const lower = h.lower[i];
  let k = 0;
  out[k++] = key1(0, 0);
  out[k++] = key1(1, lower);
  out[k++] = key1(2, h.exact[i]);
  for (let s = 0; s < 4; s++) out[k++] = key1(3 + s, h.suffix[s][i]);
  out[k++] = key1(10, h.shape[i]);
  out[k++] = key1(11, h.flags[i]);
  out[k++] = key1(12, at(h.lower, i - 1));
  out[k++] = key1(14, at(h.lower, i + 1));
  out[k++] = key1(16, at(h.suffix[2], i - 1));
  out[k++] = key1(17, at(h.suffix[2], i + 1));
  out[k++] = key1(40, u);
  for (let s = 0; s < 4; s++) out[k++] = key2(41 + s, u, h.suffix[s][i]);
  out[k++] = key2(45, u, lower);
  out[k++] = key2(46, u, at(featHashes, i - 1));
  out[k++] = key2(47, u, at(h.lower, i - 1));
  out[k++] = key2(48, u, at(h.lower, i + 1));
  out[k++] = key2(49, u, at(featHashes, i - 2));
  out[k++] = key2(50, u, tagAt(tags, i + 1));
  out[k++] = key3(51, u, tagAt(tags, i - 1), tagAt(tags, i + 1));
  out[k++] = key3(52, u, tagAt(tags, i + 1), at(h.lower, i + 1));
  out[k++] = key3(53, u, tagAt(tags, i - 1), at(h.lower, i - 1));
  out[k++] = key3(54, u, tagAt(tags, i + 1), at(h.suffix[2], i + 1));
  // long verb endings tell mood and tense apart (-rions conditional, -ions subjunctive …)
  out[k++] = key2(55, u, h.suffix[4][i]);
  // the lexicon tells VBD from VBN, NNS from NN, for words the treebank lacks
  if (h.lexClass) out[k++] = key2(56, u, h.lexClass[i]);
  return k;
}

/** Best class of each attribute of UPOS u. */
function chooseValues(layout: FeatsLayout, u: number, scores: Float32Array): number[] {
  const chosen: number[] = [];
  let c = 0;
  for (const [, values] of layout.classes[u]) {
    let best = c;
    for (let j = 1; j < values.length; j++) if (scores[c + j] > scores[best]) best = c + j;
    chosen.push(best);
    c += values.length;
  }
  return chosen;
}

/** The FEATS string of the chosen classes; attributes are sorted as UD sorts them. */
function featsString(layout: FeatsLayout, u: number, chosen: number[]): string {
  let out = '';
  let c = 0;
  layout.classes[u].forEach(([a, values], j) => {
    const v = layout.values[a][values[chosen[j] - c]];
    if (v !== '') out += (out === '' ? '' : '|') + layout.attrs[a] + '=' + v;
    c += values.length;
  });
  return out === '' ? '_' : out;
}

/** Scratch buffers reused across sentences (tagging is single-threaded). */
const keyBuffer = new Uint32Array(MAX_KEYS);

function bestOf(
  model: AveragedPerceptron,
  keys: Uint32Array,
  n: number,
  scores: Float32Array,
): number {
  scores.fill(0);
  model.score(keys, scores, n);
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

function predictUpos(
  model: TaggerModel,
  words: string[],
  h: SentenceHashes,
): { tags: Int32Array; verbDeficit: Float32Array; nounDeficit: Float32Array } {
  const tags = new Int32Array(words.length);
  const scores = new Float32Array(model.upos.nClasses);
  const known = words.map((w) => model.tagDict.get(w) ?? -1);
  for (let i = 0; i < words.length; i++) {
    tags[i] =
      known[i] >= 0
        ? known[i]
        : bestOf(model.upos, keyBuffer, uposKeys(h, i, tags, keyBuffer), scores);
  }
  // How far each ambiguous word's VERB score trails the tag it got (Infinity: not a candidate).
  const verbDeficit = new Float32Array(words.length).fill(Infinity);
  // the same for NOUN
  const nounDeficit = new Float32Array(words.length).fill(Infinity);
  const refine = model.refine;
  if (refine === null) return { tags, verbDeficit, nounDeficit };
  const verb = model.uposLabels.indexOf('VERB');
  const noun = model.uposLabels.indexOf('NOUN');
  for (let i = 0; i < words.length; i++) {
    if (known[i] >= 0) continue;
    tags[i] = bestOf(refine, keyBuffer, refineKeys(h, i, tags, keyBuffer), scores);
    if (verb >= 0 && tags[i] !== verb) verbDeficit[i] = scores[tags[i]] - scores[verb];
    if (noun >= 0 && tags[i] !== noun) nounDeficit[i] = scores[tags[i]] - scores[noun];
  }
  return { tags, verbDeficit, nounDeficit };
}

/** Score units a headless article's adjective may trail NOUN by (EWT dev and test: UPOS and UAS unchanged). */
const NOUN_MARGIN = 50;

/**
 * A determiner's phrase has a head: an adjective right after an article, before the verb of the
 * clause or a relative incise, is the noun when its NOUN score trails by less than NOUN_MARGIN
 * ("The official added that …", "The official, who spoke …").
 */
function headlessNouns(
  model: TaggerModel,
  tags: Int32Array,
  feats: string[],
  nounDeficit: Float32Array,
): number[] {
  const labels = model.uposLabels;
  const found: number[] = [];
  for (let i = 1; i + 1 < tags.length; i++) {
    if (labels[tags[i]] !== 'ADJ' || !(nounDeficit[i] < NOUN_MARGIN)) continue;
    if (labels[tags[i - 1]] !== 'DET' || !feats[i - 1].includes('PronType=Art')) continue;
    const next = labels[tags[i + 1]];
    const incise = next === 'PUNCT' && feats[i + 2]?.includes('PronType=Rel');
    if (next === 'VERB' || next === 'AUX' || incise) found.push(i);
  }
  return found;
}

/** Score units (EWT dev: 60 changes 5 sentences; +0.02 UAS, UPOS unchanged). */
const VERB_MARGIN = 60;
const MIN_CLAUSE = 5;

/** Words after a comma that can be a closing incise with a finite verb ("…, the Herald reported."). */
const MAX_INCISE = 6;

/**
 * Whether word i is a verb form that makes a clause: not an infinitive ("plans to close"),
 * nor a participle between a noun and an adjunct ("people detained during the fighting").
 */
function isClauseVerb(labels: string[], tags: Int32Array, feats: string[], i: number): boolean {
  const upos = labels[tags[i]];
  if (upos !== 'VERB' && upos !== 'AUX') return false;
  if (feats[i].includes('VerbForm=Inf')) return false;
  // a passive form after a noun is its participle even where the morphology says finite, when
  // no object follows it ("people detained during …"; "the Programme delivered food" is a clause)
  const participle = feats[i].includes('VerbForm=Part') || feats[i].includes('Voice=Pass');
  const relative = /^(ADP|SCONJ|ADV|PUNCT)$/.test(labels[tags[i + 1]] ?? 'PUNCT');
  return !(participle && relative && i > 0 && labels[tags[i - 1]] === 'NOUN');
}

/** "citing …": UD English marks a gerund as a present participle. */
function isGerund(feats: string): boolean {
  return (
    feats.includes('VerbForm=Ger') ||
    (feats.includes('VerbForm=Part') && feats.includes('Tense=Pres'))
  );
}

/**
 * Where the main clause of a sentence ending with a full stop ends: before the closing
 * incises, short ones with a finite verb and those opening on a gerund ("…, the Herald
 * reported on Sunday, citing two officials involved in the talks."), which say nothing of
 * the clause before them; else before the full stop. A past participle ("…, followed by
 * coffee.") makes no incise.
 */
function mainClauseEnd(words: string[], feats: string[]): number {
  let end = words.length - 1;
  for (;;) {
    // lastIndexOf would read a negative start from the end, and find the incise again
    const comma = end > 0 ? words.lastIndexOf(',', end - 1) : -1;
    if (comma < 0) return end;
    if (!isGerund(feats[comma + 1])) {
      if (end - comma - 1 > MAX_INCISE) return end;
      let finite = false;
      for (let i = comma + 1; i < end; i++) finite ||= feats[i].includes('VerbForm=Fin');
      if (!finite) return end;
    }
    end = comma;
  }
}

/**
 * Running prose has a finite verb; word by word, the tagger may leave a sentence with none
 * ("Germany plans to close its embassy", plans read as the noun of "the plans to …"). In a
 * sentence ending with a full stop whose main clause (see `mainClauseEnd`) has MIN_CLAUSE
 * words or more and no VERB or AUX but infinitives, the noun after a possible subject (noun,
 * name, pronoun) and before more words whose VERB score trails its tag's by the least, within
 * VERB_MARGIN, is the verb. Returns that word's index, or -1.
 */
function missingVerb(
  model: TaggerModel,
  words: string[],
  tags: Int32Array,
  feats: string[],
  verbDeficit: Float32Array,
  dictionaryDeficit: (i: number) => number,
): number {
  const labels = model.uposLabels;
  if (words[words.length - 1] !== '.') return -1;
  const end = mainClauseEnd(words, feats);
  // the clause counted with the mark that closes it, as MIN_CLAUSE was measured
  if (end + 1 < MIN_CLAUSE) return -1;
  let subjectBefore = -1;
  const nominal = (j: number): boolean => j >= 0 && /^(NOUN|PROPN|PRON)$/.test(labels[tags[j]]);
  const candidates: number[] = [];
  let best = -1;
  let bestDeficit = VERB_MARGIN;
  for (let i = 0; i < end; i++) {
    const relativeEnd = relativeIncise(words, feats, i, end);
    if (relativeEnd >= 0) {
      // the incise's verbs are its own ("Un représentant, qui a requis l'anonymat, juge …");
      // the word after it follows the noun before it
      if (nominal(i - 1)) subjectBefore = relativeEnd + 1;
      i = relativeEnd;
      continue;
    }
    if (isClauseVerb(labels, tags, feats, i)) return -1;
    const afterSubject = nominal(i - 1) || subjectBefore === i;
    const beforeComplement = labels[tags[i + 1]] !== 'PUNCT';
    if (afterSubject && beforeComplement && labels[tags[i]] === 'NOUN') candidates.push(i);
  }
  // the dictionary's words are asked only now that the clause has no verb
  for (const i of candidates) {
    const deficit = Number.isFinite(verbDeficit[i]) ? verbDeficit[i] : dictionaryDeficit(i);
    if (deficit < bestDeficit) {
      best = i;
      bestDeficit = deficit;
    }
  }
  return best;
}

/**
 * Where a relative clause that opens at word i ends: the comma closing an incise (", qui …,",
 * ", who …,"), else, for a relative pronoun, the word before the next comma or the clause's
 * end ("… au moment où les prix repartent"); -1 when none opens at i.
 */
function relativeIncise(words: string[], feats: string[], i: number, end: number): number {
  if (words[i] === ',' && feats[i + 1]?.includes('PronType=Rel')) {
    const close = words.indexOf(',', i + 2);
    return close > 0 && close < end ? close : -1;
  }
  if (!feats[i].includes('PronType=Rel')) return -1;
  const comma = words.indexOf(',', i + 1);
  return comma > 0 && comma < end ? comma - 1 : end - 1;
}

function predictFeats(
  model: TaggerModel,
  words: string[],
  h: SentenceHashes,
  tags: Int32Array,
): string[] {
  const out: string[] = [];
  const featHashes = new Int32Array(h.n);
  // one score buffer for the sentence: a new array per word is garbage for the collector
  const featScores = new Float32Array(
    Math.max(0, ...model.feats.map((p) => (p === null ? 0 : p.nClasses))),
  );
  for (let i = 0; i < h.n; i++) {
    const perceptron = model.feats[tags[i]];
    if (perceptron === null) {
      out.push('_');
      featHashes[i] = NO_FEATS;
      continue;
    }
    const known = model.featsDict.get(`${words[i]}\t${tags[i]}`);
    if (known !== undefined) {
      out.push(known);
      featHashes[i] = hashString(known);
      continue;
    }
    const n = featsKeys(h, i, tags, featHashes, keyBuffer);
    const scores = perceptron.score(keyBuffer, featScores.fill(0, 0, perceptron.nClasses), n);
    const u = tags[i];
    const feats = checkMoodTense(
      model.lemmatizer,
      words[i],
      model.uposLabels[u],
      featsString(model.layout, u, chooseValues(model.layout, u, scores)),
    );
    out.push(feats);
    featHashes[i] = hashString(feats);
  }
  return out;
}

/**
 * How far the VERB score of a word the dictionary tags trails its tag, when the verb lexicon
 * knows it as a finite form too ("juge", "visite"); Infinity otherwise. The dictionary keeps
 * its tag everywhere else: only a sentence without a verb asks.
 */
function dictionaryVerbDeficit(
  model: TaggerModel,
  words: string[],
  h: SentenceHashes,
  tags: Int32Array,
  i: number,
): number {
  const verb = model.uposLabels.indexOf('VERB');
  if (model.refine === null || verb < 0 || !model.tagDict.has(words[i])) return Infinity;
  const finite = model.lemmatizer.paradigms.some(
    (p) =>
      p.upos.has('VERB') && analyseForm(p, words[i]).some((c) => (c.cells & p.moodCells) !== 0),
  );
  if (!finite) return Infinity;
  const scores = new Float32Array(model.refine.nClasses);
  bestOf(model.refine, keyBuffer, refineKeys(h, i, tags, keyBuffer), scores);
  return scores[tags[i]] - scores[verb];
}

/** UPOS, features and lemma of each word of one sentence. */
export function tagWords(words: string[], model: TaggerModel): WordTags[] {
  if (words.length === 0) return [];
  const h = sentenceHashes(words, model.usualTag, model.lexicon, model.lexiconFoldsCase);
  const { tags, verbDeficit, nounDeficit } = predictUpos(model, words, h);
  let feats = predictFeats(model, words, h, tags);
  const nouns = headlessNouns(model, tags, feats, nounDeficit);
  if (nouns.length > 0) {
    for (const i of nouns) tags[i] = model.uposLabels.indexOf('NOUN');
    feats = predictFeats(model, words, h, tags);
  }
  const verb = missingVerb(model, words, tags, feats, verbDeficit, (i) =>
    dictionaryVerbDeficit(model, words, h, tags, i),
  );
  if (verb >= 0) {
    tags[verb] = model.uposLabels.indexOf('VERB');
    feats = predictFeats(model, words, h, tags);
  }
  return words.map((word, i) => {
    const upos = model.uposLabels[tags[i]];
    return { upos, feats: feats[i], lemma: lemmatize(model.lemmatizer, word, upos, feats[i]) };
  });
}

/**
 * A token as the models see it, without invisible format characters: soft hyphens left by
 * web pages' hyphenation ("Em\u00adma\u00adnuel") or zero-width spaces (offsets are unaffected).
 */
export function plainForm(word: string): string {
  // every format character is at U+00AD or above: most words need no regular expression
  let i = 0;
  while (i < word.length && word.charCodeAt(i) < 0xad) i++;
  return i === word.length ? word : word.replace(/\p{Cf}/gu, '') || word;
}

/** The treebanks write the apostrophe straight: "n’" is read as "n'" (offsets are unaffected). */
export function treebankForm(word: string): string {
  const form = plainForm(word);
  return form.includes('’') ? form.replace(/’/g, "'") : form;
}

/** Share of capitalised words past the first that makes a sentence a title-case headline. */
const TITLE_CASE_SHARE = 0.8;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * A headline in title case ("Israel Agrees to Pauses, White House Says") read as
 * the sentence it stands for: each capitalised word whose lowercase form the tag
 * lexicon knows, and whose capitalised form it does not know as a proper noun, is
 * tagged in lowercase. Treebanks hold few such headlines; the tags of their
 * verbs and nouns decide the parse, hence speakers and events.
 */
function sentenceCased(words: string[], lexicon: TagLexicon | null): string[] {
  if (!lexicon) return words;
  const later = words.slice(1).filter((w) => /\p{L}/u.test(w));
  const capitalised = later.filter((w) => /^\p{Lu}/u.test(w));
  if (later.length < 3 || capitalised.length < TITLE_CASE_SHARE * later.length) return words;
  return words.map((word, i) => {
    if (i === 0 || !CAPITALISED.test(word)) return word;
    const lower = word.toLowerCase();
    const known = lexicon.get(word);
    return lexicon.has(lower) && !known?.includes('NNP') ? lower : word;
  });
}

/** How a language derives its adverbs from adjectives (lang/<code>/lexical.json). */
export interface AdverbDerivation {
  /** [adverb ending, adjective ending]: "ly" and "" make "sadly" of "sad", "ily" and "y" "happily" of "happy". */
  adverbsFromAdjectives: [string, string][];
  /** The tag lexicon's tags of an adjective (en-lexicon: JJ; the Lefff: A). */
  adjectiveTags: string[];
}

/**
 * A sentence's capitalised first word that the tag lexicon lacks in either case, but whose
 * adjective it knows ("Heartbreakingly, …" of "heartbreaking"), is tagged in lowercase: the
 * capital is the sentence's, and the model would read an unknown capitalised word as a name.
 */
function derivedAdverbFirst(
  words: string[],
  lexicon: TagLexicon | null,
  derivation: AdverbDerivation | undefined,
): string[] {
  const first = words[0];
  if (!lexicon || !derivation || !first || !CAPITALISED.test(first)) return words;
  const lower = first.toLowerCase();
  if (lexicon.has(first) || lexicon.has(lower)) return words;
  const adjective = derivation.adverbsFromAdjectives.some(([adverbEnd, adjectiveEnd]) => {
    if (!lower.endsWith(adverbEnd) || lower.length <= adverbEnd.length + 2) return false;
    const tags = lexicon.get(lower.slice(0, lower.length - adverbEnd.length) + adjectiveEnd);
    return tags?.split('|').some((tag) => derivation.adjectiveTags.includes(tag)) ?? false;
  });
  return adjective ? [lower, ...words.slice(1)] : words;
}

/** Fills `doc.tags`, sentence by sentence. */
export function tagDoc(doc: Doc, model: TaggerModel, derivation?: AdverbDerivation): void {
  const tags: TokenTags[] = new Array(doc.tokens.length);
  for (const sentence of doc.sentences) {
    const words = doc.tokens
      .slice(sentence.tokenStart, sentence.tokenEnd)
      .map((t) => treebankForm(t.text));
    const cased = derivedAdverbFirst(
      sentenceCased(words, model.lexicon),
      model.lexicon,
      derivation,
    );
    const result = tagWords(cased, model);
    for (let i = 0; i < result.length; i++) tags[sentence.tokenStart + i] = result[i];
  }
  for (let i = 0; i < tags.length; i++)
    tags[i] ??= { upos: 'X', feats: '_', lemma: doc.tokens[i].text };
  doc.tags = tags;
}

// ---------------------------------------------------------------- training

export interface TaggerTrainingOptions {
  epochs: number;
  /** Whether to train the second UPOS pass (see TaggerModel.refine). */
  refine: boolean;
  /** External ambiguity classes, copied into the model (see TaggerModel.lexicon). */
  lexicon: TagLexicon | null;
  lexiconFoldsCase: boolean;
  seed: number;
  log: (message: string) => void;
}

function buildLayout(sentences: UdSentence[], uposLabels: string[]): FeatsLayout {
  const valuesOf = new Map<string, Set<string>>();
  const seen = uposLabels.map(() => new Map<string, Set<string>>());
  const uposCount = uposLabels.map(() => 0);
  const attrCount = uposLabels.map(() => new Map<string, number>());
  for (const s of sentences) {
    s.words.forEach((_, i) => {
      const u = uposLabels.indexOf(s.upos[i]);
      uposCount[u]++;
      for (const [attr, value] of parseFeats(s.feats[i])) {
        if (!valuesOf.has(attr)) valuesOf.set(attr, new Set());
        valuesOf.get(attr)!.add(value);
        if (!seen[u].has(attr)) seen[u].set(attr, new Set());
        seen[u].get(attr)!.add(value);
        attrCount[u].set(attr, (attrCount[u].get(attr) ?? 0) + 1);
      }
    });
  }
  // UD orders features by attribute name, case-insensitively
  const attrs = [...valuesOf.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  const values = attrs.map((a) => ['', ...[...valuesOf.get(a)!].sort()]);
  const classes = uposLabels.map((_, u) => {
    const list: [number, number[]][] = [];
    attrs.forEach((attr, a) => {
      const vs = seen[u].get(attr);
      if (!vs) return;
      const indices = [...vs].map((v) => values[a].indexOf(v)).sort((x, y) => x - y);
      if ((attrCount[u].get(attr) ?? 0) < uposCount[u]) indices.unshift(0);
      list.push([a, indices]);
    });
    return list;
  });
  return { attrs, values, classes };
}

export function parseFeats(feats: string): [string, string][] {
  if (feats === '_' || feats === '') return [];
  return feats.split('|').map((kv) => {
    const eq = kv.indexOf('=');
    return [kv.slice(0, eq), kv.slice(eq + 1)];
  });
}

/** The gold class of each attribute of UPOS u (the absent value when the gold value was never seen). */
function goldClasses(layout: FeatsLayout, u: number, feats: string): number[] {
  const given = new Map(parseFeats(feats));
  let c = 0;
  return layout.classes[u].map(([a, values]) => {
    const v = layout.values[a].indexOf(given.get(layout.attrs[a]) ?? '');
    const j = Math.max(0, values.indexOf(v));
    const cls = c + j;
    c += values.length;
    return cls;
  });
}

export function trainTagger(
  train: UdSentence[],
  lemmatizer: LemmatizerModel,
  opts: TaggerTrainingOptions,
): TaggerModel {
  const uposLabels = [...new Set(train.flatMap((s) => s.upos))].sort();
  const counts = new Map<string, Map<number, number>>();
  const lowerCounts = new Map<string, Map<number, number>>();
  const bump = (m: Map<string, Map<number, number>>, w: string, u: number) => {
    let c = m.get(w);
    if (!c) m.set(w, (c = new Map()));
    c.set(u, (c.get(u) ?? 0) + 1);
  };
  for (const s of train) {
    s.words.forEach((w, i) => {
      const u = uposLabels.indexOf(s.upos[i]);
      bump(counts, w, u);
      bump(lowerCounts, w.toLowerCase(), u);
    });
  }
  const tagDict = new Map<string, number>();
  for (const [w, c] of counts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...c.entries()].sort((a, b) => b[1] - a[1])[0];
    if (total >= 20 && n / total >= 0.995) tagDict.set(w, best);
  }
  const featCounts = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.words.forEach((w, i) => {
      const key = `${w}\t${uposLabels.indexOf(s.upos[i])}`;
      let c = featCounts.get(key);
      if (!c) featCounts.set(key, (c = new Map()));
      c.set(s.feats[i], (c.get(s.feats[i]) ?? 0) + 1);
    });
  }
  const featsDict = new Map<string, string>();
  for (const [key, c] of featCounts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    const [best, n] = [...c.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (total >= 10 && n / total >= 0.99) featsDict.set(key, best);
  }
  const usualTag = new Map<string, number>();
  for (const [w, c] of lowerCounts) {
    const total = [...c.values()].reduce((a, b) => a + b, 0);
    if (total < 2) continue;
    usualTag.set(w, [...c.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0]);
  }
  const layout = buildLayout(train, uposLabels);
  const model: TaggerModel = {
    uposLabels,
    upos: new AveragedPerceptron(uposLabels.length),
    refine: opts.refine ? new AveragedPerceptron(uposLabels.length) : null,
    feats: layout.classes.map((list) =>
      list.length === 0 ? null : new AveragedPerceptron(list.reduce((n, [, v]) => n + v.length, 0)),
    ),
    layout,
    tagDict,
    featsDict,
    usualTag,
    lexicon: opts.lexicon,
    lexiconFoldsCase: opts.lexiconFoldsCase,
    lemmatizer,
  };
  const order = train.slice();
  const random = seededRandom(opts.seed);
  const keys = new Uint32Array(MAX_KEYS);
  const uposScores = new Float32Array(uposLabels.length);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, random);
    let correct = 0;
    let total = 0;
    for (const s of order) {
      const h = sentenceHashes(s.words, usualTag, model.lexicon, model.lexiconFoldsCase);
      const n = s.words.length;
      const tags = new Int32Array(n);
      const gold = s.upos.map((u) => uposLabels.indexOf(u));
      const known = s.words.map((w) => tagDict.get(w) ?? -1);
      for (let i = 0; i < n; i++) {
        if (known[i] >= 0) {
          tags[i] = known[i];
          continue;
        }
        const nk = uposKeys(h, i, tags, keys);
        tags[i] = bestOf(model.upos, keys, nk, uposScores);
        model.upos.update(gold[i], tags[i], keys.subarray(0, nk));
      }
      const refine = model.refine;
      for (let i = 0; i < n; i++) {
        if (known[i] < 0 && refine !== null) {
          const nk = refineKeys(h, i, tags, keys);
          tags[i] = bestOf(refine, keys, nk, uposScores);
          refine.update(gold[i], tags[i], keys.subarray(0, nk));
        }
        if (tags[i] === gold[i]) correct++;
        total++;
      }
      // pass 2 learns on gold UPOS for the word itself, predicted UPOS around it
      const featHashes = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const gold = uposLabels.indexOf(s.upos[i]);
        const perceptron = model.feats[gold];
        if (perceptron === null) {
          featHashes[i] = NO_FEATS;
          continue;
        }
        const known = featsDict.get(`${s.words[i]}\t${gold}`);
        if (known !== undefined) {
          featHashes[i] = hashString(known);
          continue;
        }
        const predicted = tags[i];
        tags[i] = gold;
        const nk = featsKeys(h, i, tags, featHashes, keys);
        tags[i] = predicted;
        const view = keys.subarray(0, nk);
        const chosen = chooseValues(layout, gold, perceptron.score(view));
        const truth = goldClasses(layout, gold, s.feats[i]);
        chosen.forEach((guess, j) => perceptron.update(truth[j], guess, view));
        featHashes[i] = hashString(featsString(layout, gold, chosen));
      }
    }
    opts.log(
      `tagger epoch ${epoch}/${opts.epochs}: train UPOS ${((100 * correct) / total).toFixed(2)} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  }
  model.upos.average();
  model.refine?.average();
  for (const p of model.feats) p?.average();
  return model;
}

// ---------------------------------------------------------------- storage

export function taggerToBundle(model: TaggerModel): Bundle {
  return {
    json: {
      uposLabels: model.uposLabels,
      layout: model.layout,
      tagDict: Object.fromEntries(model.tagDict),
      featsDict: Object.fromEntries(model.featsDict),
      usualTag: Object.fromEntries(model.usualTag),
      ...(model.lexicon ? { lexicon: lexiconToJson(model.lexicon) } : {}),
      ...(model.lexiconFoldsCase ? {} : { lexiconFoldsCase: false }),
    },
    blobs: Object.fromEntries([
      ['upos', model.upos.serialize()],
      ...(model.refine ? [['refine', model.refine.serialize()]] : []),
      ...model.feats.flatMap((p, u) => (p ? [[`feats.${u}`, p.serialize()]] : [])),
    ]),
  };
}

export function taggerFromBundle(bundle: Bundle, lemmatizer: LemmatizerModel): TaggerModel {
  const j = bundle.json as {
    uposLabels: string[];
    layout: FeatsLayout;
    tagDict: Record<string, number>;
    featsDict: Record<string, string>;
    usualTag: Record<string, number>;
    lexicon?: Record<string, string>;
    lexiconFoldsCase?: boolean;
  };
  return {
    uposLabels: j.uposLabels,
    upos: AveragedPerceptron.deserialize(bundle.blobs.upos),
    refine: bundle.blobs.refine ? AveragedPerceptron.deserialize(bundle.blobs.refine) : null,
    feats: j.layout.classes.map((_, u) => {
      const blob = bundle.blobs[`feats.${u}`];
      return blob ? AveragedPerceptron.deserialize(blob) : null;
    }),
    layout: j.layout,
    tagDict: new Map(Object.entries(j.tagDict)),
    featsDict: new Map(Object.entries(j.featsDict)),
    usualTag: new Map(Object.entries(j.usualTag)),
    lexicon: j.lexicon ? lexiconFromJson(j.lexicon) : null,
    lexiconFoldsCase: j.lexiconFoldsCase ?? true,
    lemmatizer,
  };
}
