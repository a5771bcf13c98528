/**
 * Temporal expressions (TimeML TIMEX3) found and normalised against the document date.
 *
 * Two passes: the rules of the language's grammar are matched (longest match wins), each
 * only where the text has a word it can begin with (`dispatch.ts`), as sticky regexes,
 * explicit calendar days in the text refine a partial document date (`refineAnchor`),
 * then every expression is resolved against the refined anchor, in text order, with the
 * last day mentioned as reference for bare times of day.
 */
import { compareYmd, daysInMonth, type Ymd } from './calendar.js';
import { endsOnWordEdge, isLetterAt } from './chars.js';
import { forEachCandidate } from './dispatch.js';
import { grammarFor, normalizeWord, type CompiledRule, type Grammar } from './grammar.js';
import {
  explicitDay,
  fieldsOf,
  resolve,
  type Fields,
  type ResolveContext,
  type Tense,
} from './resolve.js';
import type { AnchorRange, DocumentDate, FindTimexOptions, Timex } from './types.js';

export type { AnchorRange, DocumentDate, FindTimexOptions, Timex, TimexType } from './types.js';

/** The days a (possibly partial) ISO date covers; null when it is absent or unreadable. */
export function parseDocumentDate(date: DocumentDate | null | undefined): AnchorRange | null {
  const m = date ? /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(date.trim()) : null;
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { lo: { y, m: 1, d: 1 }, hi: { y, m: 12, d: 31 }, source: 'document' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (!m[3])
    return {
      lo: { y, m: month, d: 1 },
      hi: { y, m: month, d: daysInMonth(y, month) },
      source: 'document',
    };
  const day = { y, m: month, d: Number(m[3]) };
  return { lo: day, hi: day, source: 'document' };
}

interface Match {
  rule: CompiledRule;
  start: number;
  end: number;
  fields: Fields;
  /** The tense around the match, once asked for. */
  tense?: Tense;
}

/**
 * The text in lower case with every UTF-16 offset unchanged (rules match it without the
 * costly case-insensitive flag); the rare characters whose lower case is longer stay as they are.
 */
function lowerCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return text.replace(/[^]/g, (c) => {
    const l = c.toLowerCase();
    return l.length === 1 ? l : c;
  });
}

interface Found {
  rule: CompiledRule;
  start: number;
  end: number;
  groups: Record<string, string | undefined>;
  /** Where the named groups are, for ranges. */
  indices?: Record<string, [number, number] | undefined>;
}

/** All rule matches, then the longest non-overlapping ones (earlier rule on ties), in text order. */
function matchRules(text: string, lower: string, grammar: Grammar): Match[] {
  const found: Found[] = [];
  const rules = grammar.rules;
  // Per rule, where its previous match ended: matches of one rule do not overlap (as in a global scan).
  const nextStart = new Int32Array(rules.length);
  const triedAt = new Int32Array(rules.length).fill(-1);
  forEachCandidate(lower, grammar.dispatch, (pos, candidates) => {
    for (const index of candidates) {
      if (pos < nextStart[index] || triedAt[index] === pos) continue;
      triedAt[index] = pos;
      const rule = rules[index];
      let re = rule.regex;
      re.lastIndex = pos;
      let m = re.exec(lower);
      if (m !== null && !endsOnWordEdge(lower, pos + m[0].length)) {
        re = rule.bounded;
        re.lastIndex = pos;
        m = re.exec(lower);
      }
      if (m === null || m[0].length === 0) continue;
      const end = pos + m[0].length;
      if (grammar.lowerCaseWord?.test(text.slice(pos, end))) continue;
      nextStart[index] = end;
      found.push({ rule, start: pos, end, groups: m.groups ?? {}, indices: m.indices?.groups });
    }
  });
  found.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || a.rule.index - b.rule.index || a.start - b.start,
  );
  const taken = new Uint8Array(text.length);
  const kept: Match[] = [];
  for (const f of found) {
    let free = true;
    for (let i = f.start; i < f.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, f.start, f.end);
    if (f.rule.data.kind === 'block') continue;
    const fields = fieldsOf(f.groups, f.rule, grammar);
    if (f.rule.data.parts) kept.push(...rangeParts(f, fields));
    else kept.push({ rule: f.rule, start: f.start, end: f.end, fields });
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The expressions of a range match. Each part has the fields of the groups inside its span
 * (renamed as it says) and of the groups outside every span ("2024" in "from April 6 to 13,
 * 2024"), then takes those it lacks and inherits from the other parts.
 */
function rangeParts(f: Found, fields: Fields): Match[] {
  const parts = f.rule.data.parts!;
  const spans = parts.map((part) => f.indices?.[part.span]);
  const inside = (at: [number, number], span: [number, number] | undefined) =>
    span !== undefined && at[0] >= span[0] && at[1] <= span[1];
  const own = spans.map((span, i) => {
    if (!span) return null;
    const partFields: Fields = { ...f.rule.data.fields };
    for (const group of f.rule.groupClass.keys()) {
      const at = f.indices?.[group];
      if (!at || fields[group] === undefined) continue;
      if (inside(at, span)) partFields[parts[i].rename?.[group] ?? group] = fields[group];
      else if (!spans.some((other) => inside(at, other))) partFields[group] ??= fields[group];
    }
    return partFields;
  });
  const matches: Match[] = [];
  parts.forEach((part, i) => {
    const mine = own[i];
    const span = spans[i];
    if (!mine || !span) return;
    for (const field of part.inherit ?? []) {
      if (mine[field] !== undefined) continue;
      const other = own.find((o, j) => j !== i && o?.[field] !== undefined);
      if (other) mine[field] = other[field];
    }
    matches.push({ rule: f.rule, start: span[0], end: span[1], fields: mine });
  });
  return matches;
}

const isSentenceEnd = (code: number): boolean =>
  code === 46 || code === 33 || code === 63 || code === 10; // . ! ? newline

/** The tense cue nearest to [start, end) within its sentence and `window` characters. */
function tenseAround(
  text: string,
  original: string,
  start: number,
  end: number,
  grammar: Grammar,
  window: number,
  presentVerbAt?: (start: number) => boolean,
): Tense {
  let from = Math.max(0, start - window);
  for (let i = start - 1; i >= from; i--) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      from = i + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + window);
  for (let i = end; i < to; i++) {
    if (isSentenceEnd(text.charCodeAt(i))) {
      to = i;
      break;
    }
  }
  const re = grammar.tenseCue;
  const sentence = text.slice(from, to);
  let best: Tense = null;
  let bestDistance = Infinity;
  // Cues start where a run of letters starts (or on one of the few non-letters a cue word starts with).
  for (let p = 0; p < sentence.length; p++) {
    if (p > 0 && isLetterAt(sentence, p - 1)) continue;
    if (!isLetterAt(sentence, p) && !grammar.cueStarts.has(sentence.charCodeAt(p))) continue;
    re.lastIndex = p;
    const m = re.exec(sentence);
    if (m === null) continue;
    const cueStart = from + p;
    const cueEnd = cueStart + m[0].length;
    p += m[0].length - 1;
    if (cueEnd > start && cueStart < end) continue;
    // A word listed as no cue ("needed", "scheduled") is no past ending; a future word stays one.
    if (m.groups?.future === undefined && grammar.notCue.has(normalizeWord(m[0]))) continue;
    if (isParticiple(sentence, cueStart - from, m[0], grammar)) continue;
    // A past ending on a word the tagger reads as a present verb («ils espèrent») is no cue.
    if (
      m.groups?.future === undefined &&
      !grammar.cueWords.has(normalizeWord(m[0])) &&
      presentVerbAt?.(cueStart)
    )
      continue;
    // A capitalised word inside the sentence that ends like a verb is a name ("à Ankara").
    const name =
      /\p{Lu}/u.test(original[cueStart]) &&
      sentence.slice(0, cueStart - from).trim() !== '' &&
      !grammar.cueWords.has(normalizeWord(m[0]));
    if (name) continue;
    const distance = cueEnd <= start ? start - cueEnd : cueStart - end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = m.groups?.future !== undefined ? 'future' : 'past';
    }
  }
  return best;
}

/** A word with only a past ending right after a participle auxiliary ("will be lifted"). */
function isParticiple(sentence: string, at: number, word: string, grammar: Grammar): boolean {
  if (grammar.participleAfter.size === 0 || grammar.cueWords.has(normalizeWord(word))) return false;
  const before = /([\p{L}']+)\s+$/u.exec(sentence.slice(0, at));
  return before !== null && grammar.participleAfter.has(normalizeWord(before[1]));
}

interface Pass {
  text: string;
  /** `text` lower-cased, same offsets. */
  lower: string;
  grammar: Grammar;
  documentDate: string | null;
  window: number;
  presentAt?: FindTimexOptions['presentAt'];
  presentVerbAt?: FindTimexOptions['presentVerbAt'];
}

function contextFor(
  pass: Pass,
  match: Match,
  anchor: AnchorRange | null,
  reference: Ymd | null,
  coarseReference: ResolveContext['coarseReference'] = null,
): ResolveContext {
  return {
    grammar: pass.grammar,
    anchor,
    documentDate: pass.documentDate,
    reference,
    coarseReference,
    tense: () => {
      if (match.tense === undefined)
        match.tense = tenseAround(
          pass.lower,
          pass.text,
          match.start,
          match.end,
          pass.grammar,
          pass.window,
          pass.presentVerbAt,
        );
      return match.tense;
    },
    present: () => pass.presentAt?.(match.start, match.end) ?? false,
  };
}

const within = (day: Ymd, range: AnchorRange | null): boolean =>
  range === null || (compareYmd(day, range.lo) >= 0 && compareYmd(day, range.hi) <= 0);

/**
 * Narrows the document date with days the text states: a day introduced as the present
 * one ("ce 2 mars", "this March 2") fixes it; a day told in the past tense is a lower bound.
 */
function refine(pass: Pass, matches: Match[], anchor: AnchorRange | null): AnchorRange | null {
  if (anchor && compareYmd(anchor.lo, anchor.hi) === 0) return anchor;
  let lo = anchor?.lo ?? null;
  for (const match of matches) {
    if (match.rule.data.kind !== 'date') continue;
    const ctx = contextFor(pass, match, anchor, null);
    const day = explicitDay(match.fields, ctx);
    if (!day || !within(day, anchor)) continue;
    if (match.fields.this === 0) return { lo: day, hi: day, source: 'text' };
    if (anchor && ctx.tense() === 'past' && lo && compareYmd(day, lo) > 0) lo = day;
  }
  if (!anchor || !lo || compareYmd(lo, anchor.lo) === 0) return anchor;
  return { lo, hi: anchor.hi, source: 'text' };
}

/** The anchor relative expressions of `text` resolve against: the document date, refined by the text. */
export function refineAnchor(
  text: string,
  lang: string,
  documentDate: DocumentDate | null,
): AnchorRange | null {
  const pass = startPass(text, lang, documentDate);
  return refine(pass, matchRules(text, pass.lower, pass.grammar), parseDocumentDate(documentDate));
}

function startPass(
  text: string,
  lang: string,
  documentDate: DocumentDate | null,
  options: FindTimexOptions = {},
): Pass {
  return {
    text,
    lower: lowerCase(text),
    grammar: grammarFor(lang),
    documentDate,
    window: options.tenseWindow ?? DEFAULT_WINDOW,
    presentAt: options.presentAt,
    presentVerbAt: options.presentVerbAt,
  };
}

const DEFAULT_WINDOW = 120;

/** A time of day with no day of its own. */
function isBareTime(match: Match): boolean {
  const f = match.fields;
  return (
    match.rule.data.kind === 'date' &&
    (f.hour !== undefined || f.timeWord !== undefined) &&
    f.day === undefined &&
    f.weekday === undefined &&
    f.dayOffset === undefined
  );
}
const DAY_VALUE = /^(\d{4})-(\d\d)-(\d\d)/;
/** A year or a month ("1998", "2020-03"). */
const COARSE_VALUE = /^(\d{4})(?:-(\d\d))?$/;

/** Whether the text between a time of day and a day joins them: spaces, commas, link words. */
function linksTimeToDay(between: string, grammar: Grammar): boolean {
  return between
    .split(/[\s,]+/)
    .every((word) => word === '' || grammar.dayLinks.has(normalizeWord(word)));
}

/** The matches outside every name; both lists are in text order and names do not overlap. */
function withoutNames(matches: Match[], names: readonly { start: number; end: number }[]): Match[] {
  let n = 0;
  return matches.filter((m) => {
    while (n < names.length && names[n].end <= m.start) n++;
    return !(n < names.length && names[n].start <= m.start && m.end <= names[n].end);
  });
}

/** Temporal expressions of `text` with TimeML types and values, relative to the document date. */
export function findTimexes(
  text: string,
  lang: string,
  documentDate: DocumentDate | null,
  options: FindTimexOptions = {},
): Timex[] {
  const pass = startPass(text, lang, documentDate, options);
  const grammar = pass.grammar;
  const matches = withoutNames(matchRules(text, pass.lower, grammar), options.names ?? []);
  const anchor = refine(pass, matches, parseDocumentDate(documentDate));
  const timexes: Timex[] = [];
  const sources: Match[] = [];
  let reference: Ymd | null = null;
  let coarseReference: ResolveContext['coarseReference'] = null;
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    const next = matches[i + 1];
    let dayOfTime = reference;
    // "10 p.m. Wednesday", "vers 0 h 40, jeudi", "midnight on Friday": a time of day hangs on
    // the day named right after it.
    if (next && isBareTime(match) && linksTimeToDay(text.slice(match.end, next.start), grammar)) {
      const r = resolve(next.fields, next.rule, contextFor(pass, next, anchor, reference));
      const day = r.value ? DAY_VALUE.exec(r.value) : null;
      if (day) dayOfTime = { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) };
    }
    const r = resolve(
      match.fields,
      match.rule,
      contextFor(pass, match, anchor, dayOfTime, coarseReference),
    );
    const timex: Timex = {
      start: match.start,
      end: match.end,
      text: text.slice(match.start, match.end),
      type: r.type,
      value: r.value,
      anchored: r.anchored,
    };
    if (r.reason) timex.reason = r.reason;
    if (r.mod) timex.mod = r.mod;
    timexes.push(timex);
    sources.push(match);
    const day = r.value ? DAY_VALUE.exec(r.value) : null;
    if (day && (r.type === 'DATE' || r.type === 'TIME')) {
      reference = { y: Number(day[1]), m: Number(day[2]), d: Number(day[3]) };
      coarseReference = null;
    }
    const coarse = r.type === 'DATE' && r.value ? COARSE_VALUE.exec(r.value) : null;
    if (coarse) coarseReference = { y: Number(coarse[1]), m: coarse[2] ? Number(coarse[2]) : null };
  }
  sameWeekdayAsTold(timexes, sources);
  return timexes;
}

/**
 * A weekday named with no tense around it (a headline's present: "la cour rend son verdict
 * vendredi") is the one the article names with a tense ("rendra vendredi"), when it names
 * that weekday, in the same words, only one way.
 */
function sameWeekdayAsTold(timexes: Timex[], sources: Match[]): void {
  const bare = (k: number) => {
    const f = sources[k].fields;
    return f.weekday !== undefined && f.shift === undefined && f.this === undefined;
  };
  const told = new Map<string, Set<string | null>>();
  timexes.forEach((t, k) => {
    if (!bare(k) || sources[k].tense == null) return;
    const key = t.text.toLowerCase();
    told.set(key, (told.get(key) ?? new Set()).add(t.value));
  });
  timexes.forEach((t, k) => {
    if (!bare(k) || sources[k].tense !== null) return;
    const values = told.get(t.text.toLowerCase());
    if (values?.size === 1) t.value = [...values][0];
  });
}
