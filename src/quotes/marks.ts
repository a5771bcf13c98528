/**
 * Quotation marks paired over the whole text: « … », “ … ”, „ … “, ‹ … ›, ‘ … ’,
 * straight " … ", and dialogue dashes opening a paragraph. A quotation left
 * open at the end of a paragraph continues when the next paragraph reopens it
 * (the French and English conventions) or closes it later without reopening;
 * a mark that finds no partner is recovered (the span runs to the paragraph
 * edge) and flagged. Nothing here knows a language.
 */
import type { Span } from '../document.js';

export interface QuotedSpan extends Span {
  /** Offset of the opening mark (or dash), null when recovered from a lone closing mark. */
  open: number | null;
  /**
   * Offset of the closing mark, or of the punctuation before a narrator's incise that cuts the
   * quotation ("« …, a-t-il dit, … »"); null when the quotation runs to a paragraph end.
   */
  close: number | null;
  /** Nesting depth: 0 for a quotation in the journalist's text, 1 for one quoted inside it … */
  depth: number;
  /** A mark had no partner and the edge of the span was guessed. */
  unbalanced: boolean;
  /** The segment continues the quotation of the previous paragraph. */
  continuation: boolean;
}

const PAIRS: Record<string, string> = { '«': '»', '“': '”', '„': '“', '‹': '›' };
const CLOSERS = new Set(['»', '”', '›', '“']);
const SINGLE_OPEN = '‘';
const SINGLE_CLOSE = '’';
const DASHES = new Set(['—', '–', '―']);
/** The narrator's words that open an incise, from the language's speech cues. */
export interface InciseWords {
  /** Inflected verbs of saying: "répondit", "déclaré", "said". */
  inciseForms: ReadonlySet<string>;
  /** Words that may stand before that verb: auxiliaries and object clitics ("a", "lui", "m'"). */
  incisePrefixes: ReadonlySet<string>;
  /**
   * Whether the typography sets an incise inside the marks ("« …, a-t-il dit, … »") rather
   * than between two quoted pieces ('"…," he said, "…"').
   */
  inciseInsideMarks: boolean;
}

const NO_INCISE: InciseWords = {
  inciseForms: new Set(),
  incisePrefixes: new Set(),
  inciseInsideMarks: false,
};
/** A word after an incise's punctuation, with its hyphen-joined clitics ("a-t-il", "dit-elle", "m'"). */
const INCISE_WORD = /[\s\u00a0]*(\p{L}+['’]?)(?:-\p{L}+)*/uy;
/**
 * Where an incise ends: its next comma or semicolon, a full stop after a word (not "M.")
 * before the next sentence, or the closing mark itself.
 */
const INCISE_END =
  /^[^!?…;,«»“”"\n]{1,120}?(?:[;,]|(?<=\p{Ll}{2})[.!?…](?=[\s\u00a0]+\p{Lu})|(?=[»”"]))/u;
/** A name in apposition that the incise still holds: ", a déclaré le ministre, Jean Dupont, …". */
const APPOSED_NAME = /^[\s\u00a0]+(?:\p{Lu}[\p{L}.'’-]*[\s\u00a0]+){0,3}\p{Lu}[\p{L}'’-]*,/u;

/** Length of a dialogue dash at `i` followed by a space (—, –, ― or --), else 0. */
function dashAt(text: string, i: number): number {
  const width = DASHES.has(text[i]) ? 1 : text.startsWith('--', i) ? 2 : 0;
  return width > 0 &&
    /[\s\u00a0]/.test(text[i + width] ?? '') &&
    (i === 0 || /\s/.test(text[i - 1]))
    ? width
    : 0;
}
/** One to four capitalised words and an opening mark: "Jorge Falcon “…”" after a list dash. */
const NAME_THEN_QUOTE = /^\s*(\p{Lu}[\p{L}.'’-]*\s+){1,4}[«“"]/u;
/** Paragraphs a quotation may stay open across before it is judged unbalanced. */
const MAX_OPEN_PARAGRAPHS = 4;

interface Open {
  mark: string;
  closer: string;
  at: number;
  /** Start of the content in the current segment. */
  from: number;
  depth: number;
  continuation: boolean;
  paragraphsOpen: number;
  /** Open across a paragraph break without being reopened: the span keeps its start. */
  spanning: boolean;
}

/** A mark just opened: nothing carried across paragraphs yet. */
function opened(
  mark: string,
  closer: string,
  at: number,
  from: number,
  depth: number,
  continuation = false,
): Open {
  return { mark, closer, at, from, depth, continuation, paragraphsOpen: 0, spanning: false };
}

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isOpenContext = (c: string | undefined) => isSpace(c) || /[([{\u2014\u2013:;,/'’-]/.test(c!);

/** Trims spaces inside the marks: content runs from the first to the last non-space character. */
function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Quotations of a text. The incise words (from the language's speech cues) end a dialogue
 * turn at the narrator's incise ("— C'est long, répondit-il") and cut a quotation the
 * narrator interrupts inside its marks.
 */
export function findQuotedSpans(
  text: string,
  paragraphs: readonly Span[],
  incise: InciseWords = NO_INCISE,
): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let carried: Open[] = [];
  const closeFromParagraphStart = (paragraphStart: number, close: number) => {
    const { start, end } = trimmed(text, paragraphStart, close);
    if (end > start)
      spans.push({
        start,
        end,
        open: null,
        close,
        depth: 0,
        unbalanced: true,
        continuation: false,
      });
  };
  const emit = (o: Open, end: number, close: number | null, unbalanced: boolean) => {
    const { start, end: e } = trimmed(text, o.from, end);
    if (e > start)
      spans.push({
        start,
        end: e,
        open: o.at,
        close,
        depth: o.depth,
        unbalanced,
        continuation: o.continuation,
      });
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p];
    const stack: Open[] = carried.map((o) =>
      o.spanning ? { ...o } : { ...o, from: ps, continuation: true },
    );
    carried = [];
    let first = ps;
    while (first < pe && /\s/.test(text[first])) first++;
    // A paragraph reopening a carried quotation: the reopening mark is not a new quotation.
    if (
      stack.length > 0 &&
      !stack[stack.length - 1].spanning &&
      text[first] === stack[stack.length - 1].mark
    ) {
      stack[stack.length - 1].from = first + 1;
      first++;
    }
    // Dialogue: a turn opens with a dash at the paragraph or line start, after a colon, or after another turn.
    let dialogue = false;
    /** Where a turn cut by an incise resumes: "— Oui, répondit-il ; nous partons." */
    let resumeAt = -1;
    for (let i = first; i < pe; i++) {
      if (i === resumeAt && stack.length === 0) {
        let from = i;
        while (from < pe && /\s/.test(text[from])) from++;
        stack.push(opened('—', '\n', from, from, 0, true));
      }
      const dash = dashAt(text, i);
      if (dash > 0) {
        const top = stack.length > 0 ? stack[stack.length - 1] : null;
        const before = text.slice(ps, i);
        const previous = before.trimEnd();
        // "-- Jorge Falcon “Maybe …”": a dash that introduces a name and a quotation is a list item.
        const introduces = NAME_THEN_QUOTE.test(text.slice(i + dash, i + dash + 60));
        // A line of its own inside a paragraph opens a turn too (novels and pasted copy break
        // lines within a paragraph).
        const lineStart = /\n[^\S\n]*$/.test(before);
        const opens =
          (i === first || lineStart || dialogue || previous.endsWith(':')) && !introduces;
        if (opens && (top === null || top.closer === '\n')) {
          if (top) emit(stack.pop()!, i, null, false);
          stack.push(opened(text[i], '\n', i, i + dash, 0));
          dialogue = true;
          i += dash - 1;
          continue;
        }
      }
      const innermost = stack.length > 0 ? stack[stack.length - 1] : null;
      // A turn ends with its line.
      if (innermost?.closer === '\n' && text[i] === '\n') {
        emit(stack.pop()!, i, null, false);
        continue;
      }
      // A quotation open at a line end that the next line reopens ends there, as at a paragraph
      // end: pasted copy breaks paragraphs with single line breaks.
      if (text[i] === '\n' && stack.length > 0 && stack[0].closer !== '\n') {
        let next = i + 1;
        while (next < pe && /[^\S\n]/.test(text[next])) next++;
        if (next < pe && text[next] === stack[0].mark) {
          while (stack.length > 1) emit(stack.pop()!, i, null, true);
          emit(stack.pop()!, i, null, false);
          continue;
        }
      }
      // A turn stops before the narrator's incise: "— C'est long, répondit-il".
      if (innermost?.closer === '\n' && inciseAt(text, i, incise)) {
        // The comma belongs to the narrator, the question or exclamation mark to the speaker.
        emit(stack.pop()!, text[i] === ',' ? i : i + 1, i, false);
        resumeAt = inciseEnd(text, i + 1, pe);
        continue;
      }
      // A quotation the narrator interrupts inside its marks: "« Nous ne céderons pas, a déclaré
      // le ministre, car la loi est claire. »" is two pieces of one utterance, the incise neither.
      if (
        incise.inciseInsideMarks &&
        stack.length === 1 &&
        innermost!.closer !== '\n' &&
        inciseAt(text, i, incise)
      ) {
        let resume = inciseEnd(text, i + 1, pe);
        if (resume >= 0) {
          emit(innermost!, text[i] === ',' ? i : i + 1, i, false);
          while (resume < pe && /\s/.test(text[resume])) resume++;
          stack[0] = { ...innermost!, at: resume, from: resume, continuation: true };
          i = resume - 1;
          continue;
        }
      }
      // A straight single quotation at depth 0: 'Carson is cratering' while …, 'We will win': X.
      const singleClose = stack.length === 0 ? straightSingleClose(text, i, pe) : -1;
      if (singleClose > 0) {
        emit(opened("'", "'", i, i + 1, 0), singleClose, singleClose, false);
        i = singleClose;
        continue;
      }
      // Two apostrophes stand for a straight double quote (PTB and some wire copy: ''It is'').
      const doubled = text[i] === "'" && text[i + 1] === "'";
      const c = doubled ? '"' : text[i];
      if (c === '"') {
        const top = stack.length > 0 ? stack[stack.length - 1] : null;
        const width = doubled ? 2 : 1;
        const before = text[i - 1];
        const after = text[i + width];
        // A straight mark leaning on the word before also closes a curly “ (“highly significant.").
        const closesCurly =
          top !== null &&
          top.closer === '”' &&
          !isSpace(before) &&
          !/[\p{L}\p{N}]/u.test(after ?? '');
        if ((top && top.closer === '"' && !isSpace(before)) || closesCurly) {
          stack.pop();
          emit(top!, i, i, false);
        } else if (isOpenContext(before) && !isSpace(after)) {
          stack.push(opened(c, '"', i, i + width, stack.length));
        } else if (top && top.closer === '"') {
          stack.pop();
          emit(top, i, i, false);
        } else if (
          !top &&
          /[\p{L}.!?…]/u.test(before ?? '') &&
          !/[\p{L}\p{N}]/u.test(after ?? '')
        ) {
          // A lone mark closing after a word: the quotation is taken to start with the paragraph.
          closeFromParagraphStart(ps, i);
        }
        i += width - 1;
        continue;
      }
      // Single marks ‘ … ’: the closing one is also the apostrophe ("don’t", "voters’"), so a
      // pair needs a ’ ahead in the paragraph that no letter follows, and ’ only closes an open ‘.
      // "‘08", "‘90s": an apostrophe eliding a century, not a quotation ("‘13th’" is one).
      if (
        c === SINGLE_OPEN &&
        isOpenContext(text[i - 1]) &&
        !isSpace(text[i + 1]) &&
        !/^\p{N}{2}(s|[^\p{L}\p{N}])/u.test(text.slice(i + 1, i + 4))
      ) {
        if (singleCloseAhead(text, i + 1, pe) >= 0)
          stack.push(opened(c, SINGLE_CLOSE, i, i + 1, stack.length));
        continue;
      }
      if (c === SINGLE_CLOSE) {
        let at = stack.length - 1;
        while (at >= 0 && stack[at].closer !== SINGLE_CLOSE) at--;
        if (at < 0 || /\p{L}/u.test(text[i + 1] ?? '')) continue;
        for (let k = stack.length - 1; k > at; k--) emit(stack[k], i, null, true);
        const o = stack[at];
        stack.length = at;
        emit(o, i, i, false);
        continue;
      }
      // “ closes „ … but opens everywhere else, except when it leans on the word it closes:
      // “rapists“ is a mistyped ”.
      const leansBack =
        c === '“' &&
        /[\p{L}\p{N}.,!?]/u.test(text[i - 1] ?? '') &&
        (isSpace(text[i + 1]) || /[.,;:!?)]/.test(text[i + 1]));
      if (leansBack && stack.length > 0 && stack[stack.length - 1].closer === '”') {
        emit(stack.pop()!, i, i, false);
        continue;
      }
      const closesLow = c === '“' && stack.length > 0 && stack[stack.length - 1].closer === '“';
      if (c in PAIRS && !closesLow) {
        stack.push(opened(c, PAIRS[c], i, i + 1, stack.length));
        continue;
      }
      // A ” opening a line or following a space, with nothing open and a ” ahead in the
      // paragraph, opens: the Swedish and Finnish ”…”, and a mistyped “ (”Fear. …” ― X).
      if (
        c === '”' &&
        stack.length === 0 &&
        isSpace(text[i - 1]) &&
        !isSpace(text[i + 1]) &&
        text.indexOf('”', i + 1) >= 0 &&
        text.indexOf('”', i + 1) < pe
      ) {
        stack.push(opened(c, '”', i, i + 1, 0));
        continue;
      }
      if (CLOSERS.has(c)) {
        let at = stack.length - 1;
        // A ” also closes a straight " left open ("… our program.”).
        while (at >= 0 && stack[at].closer !== c && !(c === '”' && stack[at].closer === '"')) at--;
        if (at < 0) {
          // A closing mark with no opening one: the quotation is taken to start with the paragraph.
          if (stack.length === 0) closeFromParagraphStart(ps, i);
          continue;
        }
        // Marks opened inside and never closed are unbalanced; they end here.
        for (let k = stack.length - 1; k > at; k--) emit(stack[k], i, null, true);
        const o = stack[at];
        stack.length = at;
        emit(o, i, i, false);
      }
    }
    // Dialogue dashes run to the end of their paragraph.
    while (stack.length > 0 && stack[stack.length - 1].closer === '\n')
      emit(stack.pop()!, pe, null, false);
    if (stack.length === 0) continue;
    const next = paragraphs[p + 1];
    let nextFirst = next ? next.start : -1;
    while (next && nextFirst < next.end && /\s/.test(text[nextFirst])) nextFirst++;
    const top = stack[stack.length - 1];
    const reopened = next !== undefined && text[nextFirst] === top.mark;
    const closedLater = !reopened && closesAhead(text, paragraphs, p + 1, top);
    if (reopened || closedLater) {
      // Inner marks left open cannot survive a paragraph break.
      const keep = stack.filter((o) => o === stack[0] || o.closer === top.closer);
      for (const o of stack) if (!keep.includes(o)) emit(o, pe, null, true);
      if (reopened) for (const o of keep) emit(o, pe, null, false);
      for (const o of keep) {
        if (o.paragraphsOpen < MAX_OPEN_PARAGRAPHS)
          carried.push({ ...o, paragraphsOpen: o.paragraphsOpen + 1, spanning: closedLater });
        else if (!reopened) emit(o, pe, null, true);
      }
    } else {
      for (const o of stack) emit(o, pe, null, true);
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Where the straight single quotation opening at `i` closes on its line, else -1. It opens on a
 * line start, a space, a colon or a bracket, before a letter (not "'90s", not "rock 'n' roll"'s
 * second mark); it closes at the first ' after a non-space and before no letter or digit, unless
 * that ' is a plural possessive going on with a word ("the voters' anger").
 */
function straightSingleClose(text: string, i: number, end: number): number {
  if (text[i] !== "'" || text[i + 1] === "'" || text[i - 1] === "'") return -1;
  if (!(i === 0 || /[\s:([\u2014\u2013]/.test(text[i - 1])) || !/\p{L}/u.test(text[i + 1] ?? ''))
    return -1;
  const line = text.indexOf('\n', i);
  const stop = line >= 0 && line < end ? line : end;
  for (let j = i + 2; j < stop; j++) {
    if (text[j] !== "'" || text[j + 1] === "'" || /\s/.test(text[j - 1])) continue;
    if (/[\p{L}\p{N}]/u.test(text[j + 1] ?? '')) continue;
    if (/[sS]/.test(text[j - 1]) && /^\s+\p{L}/u.test(text.slice(j + 1, j + 3))) continue;
    // A line quoted whole is a subhead ('All Bets Are Off.'), a title, not an utterance; unless
    // it reads as speech: a long line in sentence case ('I mean, I really don't know. …').
    const lineStart = text.lastIndexOf('\n', i - 1) + 1;
    if (
      /^\s*$/.test(text.slice(lineStart, i)) &&
      /^[\s.]*$/.test(text.slice(j + 1, stop)) &&
      !readsAsSpeech(text.slice(i + 1, j))
    )
      return -1;
    return j;
  }
  return -1;
}

/** Words a quoted line needs, at least, to read as speech rather than as a subhead. */
const SPEECH_LINE_WORDS = 8;

/** Whether a quoted line is written as speech: long enough, its later words mostly lowercase. */
function readsAsSpeech(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (words.length < SPEECH_LINE_WORDS) return false;
  const capitalised = words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised * 3 < words.length - 1;
}

/** Offset of a ’ that can close a single quotation from `from` to the paragraph end, else -1. */
function singleCloseAhead(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++)
    if (text[i] === SINGLE_CLOSE && !/\p{L}/u.test(text[i + 1] ?? '')) return i;
  return -1;
}

/** Whether the quotation open at the end of paragraph `p - 1` is closed in a later paragraph before being reopened. */
function closesAhead(text: string, paragraphs: readonly Span[], p: number, o: Open): boolean {
  for (let q = p; q < Math.min(paragraphs.length, p + MAX_OPEN_PARAGRAPHS); q++) {
    for (let i = paragraphs[q].start; i < paragraphs[q].end; i++) {
      // A ’ with a letter after it is an apostrophe ("don’t"), no closing mark.
      if (
        text[i] === o.closer &&
        o.closer !== '"' &&
        !(o.closer === SINGLE_CLOSE && /\p{L}/u.test(text[i + 1] ?? ''))
      )
        return true;
      if (text[i] === o.mark && o.mark !== '"') return false;
    }
  }
  return false;
}

/** Offset just past the incise starting at `from`, or -1 when it does not end before `end`. */
function inciseEnd(text: string, from: number, end: number): number {
  const m = INCISE_END.exec(text.slice(from, end));
  if (!m) return -1;
  const after = from + m[0].length;
  const name = text[after - 1] === ',' ? APPOSED_NAME.exec(text.slice(after, end)) : null;
  return name ? after + name[0].length : after;
}

/**
 * Whether the punctuation at `i` opens a narrator's incise: a verb of saying, perhaps after an
 * auxiliary or object clitic, as the next lowercase word ("…, lui répondit-il", "…, a déclaré X").
 */
function inciseAt(text: string, i: number, incise: InciseWords): boolean {
  if (!/[,!?…]/.test(text[i]) || !/[\s\u00a0]/.test(text[i + 1] ?? '')) return false;
  INCISE_WORD.lastIndex = i + 1;
  for (let words = 0; words < 3; words++) {
    const m = INCISE_WORD.exec(text);
    if (!m || !/^\p{Ll}/u.test(m[1])) return false;
    const word = m[1].replace(/’/g, "'");
    if (incise.inciseForms.has(word)) return true;
    if (!incise.incisePrefixes.has(word)) return false;
  }
  return false;
}
