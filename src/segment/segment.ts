/**
 * Paragraphs, sentences and tokens with offsets into the document text.
 *
 * Sentences never cross a paragraph and never end inside a balanced quotation
 * (« … », “ … ”, paired " … "), so a multi-sentence quote stays with its
 * attribution ("«…» : la porte-parole …").
 */
import type { Byline, Dateline, Paragraph, Sentence, Span, Token } from '../document.js';
import { findByline } from './byline.js';
import { findDateline } from './dateline.js';
import type { TokenizerData } from '../lang/index.js';
import { Tokenizer, type RawToken } from './tokens.js';

const BLANK_LINE = /\n[^\S\n]*\n\s*/g;
const TERMINAL = new Set(['.', '!', '?', '…', '?!', '!?']);
const OPENING: Record<string, string> = { '«': '»', '“': '”', '‹': '›', '"': '"' };
const QUOTE_MARKS = new Set(['«', '“', '‹', '"', '»', '”', '›']);
const NO_ROLE = {};
const CLOSING = new Set(['»', '”', '›', '"', ')', ']', '’', "'"]);
const STARTER = /^[\p{Lu}\p{Lt}\p{N}«“"‹([—–-]/u;
/** A longer "quotation" is more likely a stray mark paired with a distant one. */
const MAX_QUOTE_CHARS = 1000;
const UPPER_START = /^[\p{Lu}\p{Lt}«“"‹([—–-]/u;

/** Paragraphs are separated by blank lines; a text without any has one per line. */
export function splitParagraphs(text: string): Paragraph[] {
  const pieces: Span[] = [];
  const separator = /\n[^\S\n]*\n/.test(text) ? BLANK_LINE : /\n\s*/g;
  let from = 0;
  for (const m of text.matchAll(separator)) {
    pieces.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const paragraphs: Paragraph[] = [];
  for (const piece of pieces) {
    let { start, end } = piece;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) paragraphs.push({ index: paragraphs.length, start, end });
  }
  return paragraphs;
}

/**
 * The closing mark a token opens a quotation with, or the mark it closes one
 * with. A straight " opens when it leans on the next word and closes when it
 * leans on the previous one; detached, it says nothing.
 */
function quoteRole(tokens: RawToken[], i: number): { opens?: string; closes?: string } {
  const t = tokens[i].text;
  if (t.length !== 1 || !QUOTE_MARKS.has(t)) return NO_ROLE;
  if (t !== '"') return t in OPENING ? { opens: OPENING[t] } : { closes: t };
  const spaceBefore = i === 0 || tokens[i - 1].spaceAfter;
  const spaceAfter = i === tokens.length - 1 || tokens[i].spaceAfter;
  if (spaceBefore && !spaceAfter) return { opens: '"' };
  if (!spaceBefore) return { closes: '"' };
  return NO_ROLE;
}

/** +1 on matched opening quotes, -1 on their closing quotes, 0 elsewhere. */
function quoteDepthDeltas(tokens: RawToken[]): Int8Array {
  const deltas = new Int8Array(tokens.length);
  const stack: { index: number; closer: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const role = quoteRole(tokens, i);
    if (role.opens) stack.push({ index: i, closer: role.opens });
    else if (role.closes) {
      let at = stack.length - 1;
      while (at >= 0 && stack[at].closer !== role.closes) at--;
      if (at >= 0 && tokens[i].end - tokens[stack[at].index].start <= MAX_QUOTE_CHARS) {
        deltas[stack[at].index] = 1;
        deltas[i] = -1;
      }
      if (at >= 0) stack.length = at;
    }
  }
  return deltas;
}

export class Segmenter {
  readonly tokenizer: Tokenizer;
  private readonly finalAbbreviations: Set<string>;
  private readonly bylineWords: TokenizerData['bylines'];

  constructor(data: TokenizerData) {
    this.tokenizer = new Tokenizer(data);
    this.bylineWords = data.bylines;
    this.finalAbbreviations = new Set(data.sentenceFinalAbbreviations);
  }

  private isTerminal(word: string): boolean {
    const last = word.charCodeAt(word.length - 1);
    // Only words ending in . ! ? or … can end a sentence.
    if (last !== 46 && last !== 33 && last !== 63 && last !== 0x2026) return false;
    return TERMINAL.has(word) || /^\.{3,}$/.test(word) || this.finalAbbreviations.has(word);
  }

  /** Token ranges [from, to) of the sentences of one paragraph's tokens. */
  private sentenceRanges(tokens: RawToken[]): [number, number][] {
    const deltas = quoteDepthDeltas(tokens);
    const ranges: [number, number][] = [];
    let from = 0;
    let depth = 0;
    for (let i = 0; i < tokens.length; i++) {
      depth += deltas[i];
      if (!this.isTerminal(tokens[i].text)) continue;
      let j = i + 1;
      let after = depth;
      while (j < tokens.length && CLOSING.has(tokens[j].text) && deltas[j] <= 0) {
        after += deltas[j];
        j++;
      }
      if (after > 0 || j >= tokens.length) continue;
      const next = tokens[j].text;
      const ellipsisOrAbbrev = tokens[i].text !== '.' && !/[!?]/.test(tokens[i].text);
      if (!(ellipsisOrAbbrev ? UPPER_START : STARTER).test(next)) continue;
      ranges.push([from, j]);
      from = j;
      for (let k = i + 1; k < j; k++) depth += deltas[k];
      i = j - 1;
    }
    if (from < tokens.length) ranges.push([from, tokens.length]);
    return ranges;
  }

  segment(text: string): {
    paragraphs: Paragraph[];
    sentences: Sentence[];
    tokens: Token[];
    datelines: Dateline[];
    bylines: Byline[];
  } {
    const paragraphs = splitParagraphs(text);
    const sentences: Sentence[] = [];
    const tokens: Token[] = [];
    const datelines: Dateline[] = [];
    const bylines: Byline[] = [];
    const raw: RawToken[] = [];
    for (const paragraph of paragraphs) {
      const byline = findByline(text, paragraph, this.bylineWords);
      if (byline) bylines.push(byline);
      raw.length = 0;
      this.tokenizer.tokenize(text, paragraph.start, paragraph.end, raw);
      const ranges = this.sentenceRanges(raw);
      const dateline = findDateline(text, paragraph);
      const after = dateline ? raw.findIndex((t) => t.start >= dateline.end) : -1;
      if (dateline && after > 0) {
        datelines.push(dateline);
        // The dispatch's first sentence starts after its dateline.
        const [from, to] = ranges[0];
        if (after < to) ranges.splice(0, 1, [from, after], [after, to]);
      }
      for (const [from, to] of ranges) {
        const sentence: Sentence = {
          index: sentences.length,
          paragraph: paragraph.index,
          start: raw[from].start,
          end: raw[to - 1].end,
          tokenStart: tokens.length,
          tokenEnd: tokens.length + (to - from),
        };
        for (let k = from; k < to; k++) {
          const token = raw[k];
          token.index = tokens.length;
          token.sentence = sentence.index;
          tokens.push(token);
        }
        sentences.push(sentence);
      }
    }
    return { paragraphs, sentences, tokens, datelines, bylines };
  }
}
