/**
 * Which rules to try where: every rule is indexed by the words (or punctuation) its matches
 * can begin with, and one pass over the text visits each word once, trying only the rules
 * indexed under it. Rules are sticky regexes run at those positions, never scans.
 */
import { isWordAt } from './chars.js';
import { DIGITS_MARK, firstWords, type FirstItem } from './first-words.js';

/** Rules to try after a whole first word, depending on the word that follows it. */
interface WordEntry {
  word: string;
  /** Tried whatever follows. */
  always: number[];
  /** By the whole second word (keyed by `wordHash`). */
  next: Map<number, { word: string; rules: number[] }[]>;
  /** By a prefix of the second word, keyed by the prefix's first code unit. */
  nextPrefix: Map<number, { prefix: string; rules: number[] }[]>;
}

export interface Dispatch {
  /** Rules by the whole word their matches begin with, keyed by `wordHash` of the word. */
  byWord: Map<number, WordEntry[]>;
  /** Rules by a prefix of the word they begin with, keyed by the prefix's first code unit. */
  byPrefix: Map<number, { prefix: string; rules: number[] }[]>;
  /** Rules that may begin with any word. */
  anyWord: number[];
  /** Rules by the non-word code unit they may begin with. */
  byChar: Map<number, number[]>;
  /** Set for the code units of `byChar`. */
  charStarts: Uint8Array;
  /** Rules that may begin with any non-word character. */
  anyChar: number[];
  /** First code units of the words and prefixes above: words starting otherwise are skipped. */
  wordStarts: Uint8Array;
  /** First code units of the prefixes of `byPrefix`. */
  prefixStarts: Uint8Array;
  /** Set at `hash & FILTER_MASK` for the words of `byWord`: most other words skip the map. */
  wordFilter: Uint8Array;
}

const FILTER_MASK = 0xffff;

const hashStep = (h: number, code: number): number => (Math.imul(h, 31) + code) | 0;
const MARK = DIGITS_MARK.charCodeAt(0);
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

function push<K>(map: Map<K, number[]>, key: K, rule: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [rule]);
  else if (!list.includes(rule)) list.push(rule);
}

function addTo(list: number[], rule: number): void {
  if (!list.includes(rule)) list.push(rule);
}

/** Indexes rules (regex sources, without the whole-word boundary) by how their matches begin. */
export function buildDispatch(sources: string[]): Dispatch {
  const dispatch: Dispatch = {
    byWord: new Map(),
    byPrefix: new Map(),
    anyWord: [],
    byChar: new Map(),
    anyChar: [],
    wordStarts: new Uint8Array(65536),
    prefixStarts: new Uint8Array(65536),
    wordFilter: new Uint8Array(FILTER_MASK + 1),
    charStarts: new Uint8Array(65536),
  };
  const markStart = (code: number) => {
    if (code === MARK) dispatch.wordStarts.fill(1, 48, 58);
    else dispatch.wordStarts[code] = 1;
  };
  const entries = new Map<string, WordEntry>();
  const prefixes = new Map<string, number[]>();
  sources.forEach((source, rule) => {
    let items: FirstItem[];
    try {
      items = firstWords(source);
    } catch (err) {
      throw new Error(
        `time grammar: cannot read how rule ${rule} begins: ${(err as Error).message}`,
      );
    }
    for (const item of items) {
      if (item.kind === 'word') {
        let entry = entries.get(item.word);
        if (!entry) {
          entry = { word: item.word, always: [], next: new Map(), nextPrefix: new Map() };
          entries.set(item.word, entry);
        }
        if (item.next === undefined) addTo(entry.always, rule);
        else if (item.nextIsPrefix) {
          const code = item.next.charCodeAt(0);
          const bucket = entry.nextPrefix.get(code) ?? [];
          const found = bucket.find((e) => e.prefix === item.next);
          if (found) addTo(found.rules, rule);
          else bucket.push({ prefix: item.next, rules: [rule] });
          entry.nextPrefix.set(code, bucket);
        } else {
          const h = wordHash(item.next);
          const bucket = entry.next.get(h) ?? [];
          const found = bucket.find((e) => e.word === item.next);
          if (found) addTo(found.rules, rule);
          else bucket.push({ word: item.next, rules: [rule] });
          entry.next.set(h, bucket);
        }
      } else if (item.kind === 'prefix') {
        if (item.prefix === '') addTo(dispatch.anyWord, rule);
        else push(prefixes, item.prefix, rule);
      } else if (item.chars === null) addTo(dispatch.anyChar, rule);
      else
        for (const c of item.chars)
          for (let i = 0; i < c.length; i++) push(dispatch.byChar, c.charCodeAt(i), rule);
    }
  });
  for (const code of dispatch.byChar.keys()) dispatch.charStarts[code] = 1;
  for (const entry of entries.values()) {
    const h = wordHash(entry.word);
    const bucket = dispatch.byWord.get(h) ?? [];
    bucket.push(entry);
    dispatch.byWord.set(h, bucket);
    dispatch.wordFilter[h & FILTER_MASK] = 1;
    markStart(entry.word.charCodeAt(0));
  }
  for (const [prefix, rules] of prefixes) {
    const code = prefix.charCodeAt(0);
    const bucket = dispatch.byPrefix.get(code) ?? [];
    bucket.push({ prefix, rules });
    dispatch.byPrefix.set(code, bucket);
    markStart(code);
    if (code === MARK) dispatch.prefixStarts.fill(1, 48, 58);
    else dispatch.prefixStarts[code] = 1;
  }
  return dispatch;
}

/** Whether text[start, end) reads as `word` (digit runs as DIGITS_MARK), or with `prefix` begins so. */
function reads(text: string, start: number, end: number, word: string, prefix: boolean): boolean {
  let i = start;
  for (let k = 0; k < word.length; k++) {
    if (i >= end) return false;
    const w = word.charCodeAt(k);
    const c = text.charCodeAt(i);
    if (w === MARK) {
      if (!isDigit(c)) return false;
      do i++;
      while (i < end && isDigit(text.charCodeAt(i)));
    } else if (c !== w) return false;
    else i++;
  }
  return prefix || i === end;
}

/** Words of the text being scanned: start, end and hash (digit runs as DIGITS_MARK); reused between calls. */
let wordStart = new Int32Array(4096);
let wordEnd = new Int32Array(4096);
let wordHashes = new Int32Array(4096);

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** ASCII letters and digits (the rest of Unicode is asked of `isWordAt`). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;

/** Splits `text` into words (runs of letters and digits) into the arrays above; returns how many. */
function splitWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (code < 128 ? ASCII_WORD[code] === 0 : !isWordAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    let previousDigit = false;
    for (;;) {
      if (isDigit(code)) {
        if (!previousDigit) h = hashStep(h, MARK);
        previousDigit = true;
      } else {
        h = hashStep(h, code);
        previousDigit = false;
      }
      i++;
      if (i >= n) break;
      code = text.charCodeAt(i);
      if (code < 128 ? ASCII_WORD[code] === 0 : !isWordAt(text, i)) break;
    }
    if (count === wordStart.length) {
      wordStart = grow(wordStart);
      wordEnd = grow(wordEnd);
      wordHashes = grow(wordHashes);
    }
    wordStart[count] = start;
    wordEnd[count] = i;
    wordHashes[count] = h;
    count++;
  }
  return count;
}

/**
 * Calls `visit` at each position of `text` (already lower-cased) where some rule may start,
 * in text order, with the rules to try there (a rule may be listed more than once).
 */
export function forEachCandidate(
  text: string,
  dispatch: Dispatch,
  visit: (pos: number, rules: number[]) => void,
): void {
  const {
    byWord,
    byPrefix,
    anyWord,
    byChar,
    anyChar,
    wordStarts,
    prefixStarts,
    wordFilter,
    charStarts,
  } = dispatch;
  const count = splitWords(text);
  const starts = wordStart;
  const ends = wordEnd;
  const hashes = wordHashes;
  const punctuation = byChar.size > 0 || anyChar.length > 0;
  const visitPunctuation = (from: number, to: number) => {
    for (let p = from; p < to; p++) {
      const code = text.charCodeAt(p);
      if (charStarts[code] !== 0) visit(p, byChar.get(code)!);
      if (anyChar.length > 0) visit(p, anyChar);
    }
  };
  let previousEnd = 0;
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    const end = ends[k];
    if (punctuation) visitPunctuation(previousEnd, start);
    previousEnd = end;
    if (anyWord.length > 0) visit(start, anyWord);
    const code = text.charCodeAt(start);
    if (wordStarts[code] === 0) continue;
    const h = hashes[k];
    if (wordFilter[h & FILTER_MASK] !== 0) {
      const bucket = byWord.get(h);
      if (bucket) {
        for (const entry of bucket) {
          if (!reads(text, start, end, entry.word, false)) continue;
          if (entry.always.length > 0) visit(start, entry.always);
          if (k + 1 < count && (entry.next.size > 0 || entry.nextPrefix.size > 0)) {
            visitNext(text, starts[k + 1], ends[k + 1], hashes[k + 1], entry, start, visit);
          }
        }
      }
    }
    if (prefixStarts[code] === 0) continue;
    const prefixed = byPrefix.get(isDigit(code) ? MARK : code);
    if (prefixed) {
      for (const entry of prefixed)
        if (reads(text, start, end, entry.prefix, true)) visit(start, entry.rules);
    }
  }
  if (punctuation) visitPunctuation(previousEnd, text.length);
}

/** The rules of a first word that fit the word after it, text[start, end) with hash `h`. */
function visitNext(
  text: string,
  start: number,
  end: number,
  h: number,
  entry: WordEntry,
  firstStart: number,
  visit: (pos: number, rules: number[]) => void,
): void {
  const bucket = entry.next.get(h);
  if (bucket) {
    for (const e of bucket) if (reads(text, start, end, e.word, false)) visit(firstStart, e.rules);
  }
  const code = text.charCodeAt(start);
  const prefixed = entry.nextPrefix.get(isDigit(code) ? MARK : code);
  if (prefixed) {
    for (const e of prefixed)
      if (reads(text, start, end, e.prefix, true)) visit(firstStart, e.rules);
  }
}
