/**
 * Rule-based tokenizer producing UD-style syntactic words with offsets.
 *
 * The algorithm is language-neutral: whitespace chunks, then punctuation peeled
 * off both ends, then the language's exceptions (abbreviations, elisions,
 * hyphenated clitics, contractions) from `lang/<code>/tokenizer.json`.
 */
import type { Token } from '../document.js';
import type { TokenizerData } from '../lang/index.js';

/**
 * A token as the tokenizer makes it: the Doc's Token, whose `index` and
 * `sentence` the segmenter fills in (one object per word, never copied).
 */
export type RawToken = Token;

const LEADING = new Set([...'«‹“‘„"\'([{¿¡—–$£€']);
const TRAILING = new Set([...'»›”’"\')]},;:!?…']);
const AFTER_DIGIT = new Set([...'%€$£']);
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+$/i;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const INITIALS = /^(?:\p{L}\.-?){2,}$|^\p{Lu}\.$/u;

/** Index of the token holding character `offset`: the last token starting at or before it, or -1. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start <= offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi;
}

/** Whether a token is a web or e-mail address, which the tokenizer keeps whole. */
export function isAddress(token: string): boolean {
  return (
    ((token.includes('://') || token.includes('www.')) && URL.test(token)) ||
    (token.includes('@') && EMAIL.test(token))
  );
}
const URL_TRAILING = /[.,;:!?)\]»”"'’]+$/;
const LETTER = /\p{L}/u;

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 10 ||
    code === 9 ||
    code === 13 ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2009
  );
}

function normalizeApostrophes(s: string): string {
  return s.includes('’') ? s.replace(/’/g, "'") : s;
}

export class Tokenizer {
  private readonly abbreviations: Set<string>;
  private readonly elisions: string[];
  private readonly noSplit: Set<string>;
  private readonly clitics: string[];
  private readonly contractions: Map<string, string[]>;
  private readonly suffixes: string[];
  private readonly infixes: RegExp | null;
  private readonly infixChars: string[];
  private readonly longestContraction: number;

  constructor(data: TokenizerData) {
    this.abbreviations = new Set(data.abbreviations);
    const longestFirst = (a: string, b: string) => b.length - a.length;
    this.elisions = data.elisionPrefixes.map(normalizeApostrophes).sort(longestFirst);
    this.noSplit = new Set(data.noSplit.map(normalizeApostrophes));
    this.clitics = [...data.cliticSuffixes].sort(longestFirst);
    this.contractions = new Map(
      Object.entries(data.contractions).map(([k, v]) => [normalizeApostrophes(k), v]),
    );
    this.suffixes = data.suffixSplits.map(normalizeApostrophes).sort(longestFirst);
    this.infixChars = data.infixSplits;
    this.longestContraction = Math.max(0, ...[...this.contractions.keys()].map((k) => k.length));
    const infixes = data.infixSplits.map((c) => c.replace(/[\\^\]-]/g, '\\$&')).join('');
    this.infixes = infixes ? new RegExp(`(?<=\\p{L})[${infixes}](?=\\p{L})`, 'gu') : null;
  }

  /** An abbreviation, also after a hyphen ("then-Sen.", "ex-Gov."). */
  isAbbreviation(word: string): boolean {
    const tail = word.slice(word.lastIndexOf('-') + 1);
    return this.abbreviations.has(tail) || INITIALS.test(word);
  }

  /** Tokenizes `text[from, to)` and appends the words to `out`. */
  tokenize(text: string, from: number, to: number, out: RawToken[]): void {
    const chunk = /\S+/g;
    chunk.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = chunk.exec(text)) !== null && m.index < to) {
      const first = out.length;
      this.splitChunk(text, m.index, Math.min(m.index + m[0].length, to), out);
      for (let i = first; i < out.length - 1; i++) out[i].spaceAfter = false;
      const last = out[out.length - 1];
      last.spaceAfter = last.end < text.length && isSpace(text.charCodeAt(last.end));
    }
  }

  private push(text: string, start: number, end: number, out: RawToken[], word?: string): void {
    out.push({
      index: 0,
      sentence: 0,
      start,
      end,
      text: word ?? text.slice(start, end),
      spaceAfter: false,
    });
  }

  /** Marks the words from `first` on as the words of one surface token [a, b). */
  private markMultiword(out: RawToken[], first: number, a: number, b: number): void {
    if (out.length - first < 2) return;
    for (let i = first; i < out.length; i++) out[i].mwt = { start: a, end: b };
  }

  private splitChunk(text: string, a: number, b: number, out: RawToken[]): void {
    const whole = text.slice(a, b);
    if (isAddress(whole)) {
      const tail = URL_TRAILING.exec(whole);
      const coreEnd = tail ? b - tail[0].length : b;
      this.push(text, a, coreEnd, out);
      for (let i = coreEnd; i < b; i++) this.push(text, i, i + 1, out);
      return;
    }
    // Opening punctuation, except an apostrophe that starts a clitic ('s) or a year ('90s).
    while (a < b && LEADING.has(text[a])) {
      const c = text[a];
      if ((c === "'" || c === '’') && (b - a === 1 || /[\p{N}]/u.test(text[a + 1]))) break;
      if (
        (c === "'" || c === '’') &&
        this.suffixes.includes(normalizeApostrophes(text.slice(a, b)))
      )
        break;
      this.push(text, a, a + 1, out);
      a++;
    }
    const trailing: [number, number][] = [];
    while (b > a) {
      const c = text[b - 1];
      if (c === '.') {
        const core = text.slice(a, b);
        if (this.isAbbreviation(core)) break;
        let dots = 1;
        while (b - dots > a && text[b - dots - 1] === '.') dots++;
        const n = dots >= 3 ? dots : 1;
        trailing.push([b - n, b]);
        b -= n;
        continue;
      }
      if (c === "'" || c === '’') {
        const core = normalizeApostrophes(text.slice(a, b).toLowerCase());
        if (this.elisions.includes(core) || b - a === 1) break;
      }
      if (c === '!' || c === '?') {
        let run = 1; // "!!!", "?!" are one token
        while (b - run > a && (text[b - run - 1] === '!' || text[b - run - 1] === '?')) run++;
        trailing.push([b - run, b]);
        b -= run;
        continue;
      }
      if (TRAILING.has(c) || (AFTER_DIGIT.has(c) && b - a > 1 && /\p{N}/u.test(text[b - 2]))) {
        trailing.push([b - 1, b]);
        b--;
        continue;
      }
      break;
    }
    if (b > a) this.splitWord(text, a, b, out);
    for (let i = trailing.length - 1; i >= 0; i--)
      this.push(text, trailing[i][0], trailing[i][1], out);
  }

  /** Splits a punctuation-free word by the language's exceptions. */
  private splitWord(text: string, a: number, b: number, out: RawToken[]): void {
    const word = text.slice(a, b);
    const hasApostrophe = word.includes("'") || word.includes('’');
    const hasHyphen = word.includes('-');
    if (!hasApostrophe && !hasHyphen && word.length > this.longestContraction) {
      return this.splitInfixes(text, a, b, word, out);
    }
    const lower = normalizeApostrophes(word.toLowerCase());
    if (this.noSplit.has(lower)) return this.push(text, a, b, out);
    const parts = this.contractions.get(lower);
    const first = out.length;
    if (parts) {
      if (parts.join('') === lower) {
        let at = a;
        for (const part of parts) {
          this.push(text, at, at + part.length, out);
          at += part.length;
        }
      } else {
        // Syntactic words of one surface word share its offsets; the first keeps the case.
        parts.forEach((part, i) =>
          this.push(text, a, b, out, i === 0 && word[0] !== lower[0] ? cap(part) : part),
        );
      }
      return this.markMultiword(out, first, a, b);
    }
    if (hasApostrophe) {
      for (const prefix of this.elisions) {
        if (lower.length > prefix.length && lower.startsWith(prefix)) {
          this.push(text, a, a + prefix.length, out);
          return this.splitWord(text, a + prefix.length, b, out);
        }
      }
      for (const suffix of this.suffixes) {
        if (lower.length > suffix.length && lower.endsWith(suffix)) {
          this.splitWord(text, a, b - suffix.length, out);
          this.push(text, b - suffix.length, b, out);
          return this.markMultiword(out, first, a, b);
        }
      }
    }
    if (hasHyphen) {
      for (const clitic of this.clitics) {
        if (
          lower.length > clitic.length &&
          lower.endsWith(clitic) &&
          LETTER.test(lower[lower.length - clitic.length - 1])
        ) {
          this.splitWord(text, a, b - clitic.length, out);
          return this.push(text, b - clitic.length, b, out);
        }
      }
    }
    this.splitInfixes(text, a, b, word, out);
  }

  private splitInfixes(text: string, a: number, b: number, word: string, out: RawToken[]): void {
    if (this.infixes && this.infixChars.some((c) => word.includes(c))) {
      let from = a;
      for (const m of word.matchAll(this.infixes)) {
        this.push(text, from, a + m.index, out);
        this.push(text, a + m.index, a + m.index + 1, out);
        from = a + m.index + 1;
      }
      if (from > a) return this.push(text, from, b, out);
    }
    this.push(text, a, b, out);
  }
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
