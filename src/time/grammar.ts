/**
 * The temporal grammar of one language, read from `lang/<code>/time.json` on first use and
 * compiled once: rule sources with their placeholders expanded, an index of the words each
 * rule can begin with (`dispatch`), and regular expressions built when a rule is first tried.
 * Everything language-specific (words, rule patterns, tense cues) is in that file; this
 * module only knows the placeholder syntax and the names of the word classes it resolves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';
import { escapeRegExp } from '../util/regex.js';
import { holidayDay } from './calendar.js';
import { buildDispatch, type Dispatch } from './dispatch.js';

export type ClassValue = number | string | null;

export type RuleKind = 'date' | 'shift' | 'offset' | 'duration' | 'set' | 'ref' | 'block';

export interface RuleData {
  kind: RuleKind;
  /** JS regex source with `{class}`, `{group:class}` or `{macro}` placeholders. */
  pattern: string;
  /** Why a `block` rule exists (documentation only). */
  why?: string;
  /** `offset`: -1 for "ago", +1 for "in". */
  direction?: number;
  /** Field values the words imply without a group for them ("lendemain": shift 1, unit D). */
  fields?: Record<string, ClassValue>;
  /** `shift`: count from the last date mentioned in the text rather than the document date. */
  fromReference?: boolean;
  /** Fixed TimeML value. */
  value?: string;
  /**
   * The match is a range of expressions ("du 19 au 23 juillet", "between 12 and 18 months"),
   * one per part: each is the text of a named group of the pattern.
   */
  parts?: RangePart[];
}

export interface RangePart {
  /** The named group (`(?<name>…)` in the pattern) whose text is this expression. */
  span: string;
  /** Groups inside the span read as other fields (`startDay` → `day`). */
  rename?: Record<string, string>;
  /** Fields this part takes from the other parts when it has none ("19" takes the month of "23 juillet"). */
  inherit?: string[];
}

interface DerivedSubset {
  from: string;
  keep: string[];
}

interface TenseCues {
  words: string[];
  suffixes: string[];
}

export interface TimeData {
  /** TIMEX3 type for PRESENT_REF and similar (annotation conventions differ by language). */
  refType: 'DATE' | 'TIME';
  classes: Record<string, Record<string, ClassValue>>;
  /** Unions of classes (array) or subsets of one class. */
  derivedClasses: Record<string, string[] | DerivedSubset>;
  macros: Record<string, string>;
  /** Separators between the words of a spelled-out number. */
  numberJoin: string;
  /** Words that only count when written with a capital (English "May"), in lower case. */
  capitalized: string[];
  rules: RuleData[];
  tense: { future: TenseCues; past: TenseCues; minStem: number; notCue: string[] };
  /** Words that may stand between a time of day and the day it falls on ("midnight on Friday"). */
  dayLinks?: string[];
  /**
   * Auxiliaries after which a word with a past ending is a participle, not a past tense: the
   * auxiliary tells the tense ("will be lifted", "is expected").
   */
  participleAfter?: string[];
}

export interface CompiledRule {
  index: number;
  data: RuleData;
  /**
   * Sticky, run on the lower-cased text at the positions `dispatch` proposes, which are word
   * starts or punctuation, so matches never start inside a word. Regexes are built on first
   * use: each Unicode property class costs tens of microseconds to construct.
   */
  readonly regex: RegExp;
  /**
   * `regex` that may not end inside a word either. A match of `regex` ending on a word's
   * edge is also its match; only when it ends inside a word is this slower one needed.
   */
  readonly bounded: RegExp;
  /** The pattern with placeholders expanded, without the whole-word boundary. */
  source: string;
  /** Capture group → word class or `macro:<name>` it was built from. */
  groupClass: Map<string, string>;
}

export interface Grammar {
  lang: string;
  refType: 'DATE' | 'TIME';
  /** Normalised word → value, per class (derived classes included). */
  classes: Map<string, Map<string, ClassValue>>;
  numberWords: { keys: string[]; join: RegExp };
  /** Finds a word of `capitalized` written in lower case; rules match the lower-cased text. */
  lowerCaseWord: RegExp | null;
  rules: CompiledRule[];
  /** Sticky; groups `future` and `past`. */
  tenseCue: RegExp;
  /** The tense cue words (normalised): a capitalised word matching only by its ending is a name ("Ankara"). */
  cueWords: Set<string>;
  /** First code units of the cue words that do not start with a letter. */
  cueStarts: Set<number>;
  notCue: Set<string>;
  /** Words between a time of day and its day (normalised); see `GrammarData.dayLinks`. */
  dayLinks: Set<string>;
  /** See `GrammarData.participleAfter` (normalised). */
  participleAfter: Set<string>;
  /** Which rules may start at which words. */
  dispatch: Dispatch;
}

/** Lower case, one kind of apostrophe and hyphen, single spaces: the form class keys are stored in. */
export function normalizeWord(s: string): string {
  let normal = normalized.get(s);
  if (normal === undefined) {
    normal = s
      .toLowerCase()
      .replace(/[’ʼ‘`]/g, "'")
      .replace(/[‐‑–]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
    // Matched words repeat: remember a bounded number of them.
    if (normalized.size >= 20_000) normalized.clear();
    normalized.set(s, normal);
  }
  return normal;
}

const normalized = new Map<string, string>();

/** In Unicode mode `\\s` covers no-break and narrow no-break spaces. */
const SPACE = '\\s+';
const APOSTROPHE = "['’ʼ]";
const WORD_END = '(?![\\p{L}])';

/** A literal word or phrase as regex source: flexible spaces and apostrophes. */
function wordSource(word: string): string {
  return escapeRegExp(word).replace(/ /g, SPACE).replace(/'/g, APOSTROPHE);
}

const ENDS_IN_LETTER = /\p{L}$/u;

/**
 * Longest first; a word ending in a letter may not be followed by one. Runs of such words
 * share one look-ahead (same matches, same order of trial, a far smaller compiled regex).
 */
function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0)
      parts.push(run.length === 1 ? run[0] + WORD_END : `(?:${run.join('|')})${WORD_END}`);
    run = [];
  };
  for (const word of sorted) {
    if (ENDS_IN_LETTER.test(word)) run.push(wordSource(word));
    else {
      flush();
      parts.push(wordSource(word));
    }
  }
  flush();
  return `(?:${parts.join('|')})`;
}

/** Literal parts of a pattern: spaces and apostrophes become their flexible forms, also inside [classes]. */
function literalSource(s: string): string {
  return s
    .split(/(\[(?:\\.|[^\]])*\])/)
    .map((part, i) =>
      i % 2 === 1
        ? part.replace(/ /g, '\\s').replace(/'/g, "'’ʼ")
        : part.replace(/ /g, SPACE).replace(/'/g, APOSTROPHE),
    )
    .join('');
}

function resolveClasses(data: TimeData): Map<string, Map<string, ClassValue>> {
  const classes = new Map<string, Map<string, ClassValue>>();
  for (const [name, entries] of Object.entries(data.classes)) {
    classes.set(
      name,
      new Map(
        Object.entries(entries).map(([k, v]) => [normalizeWord(k), v] as [string, ClassValue]),
      ),
    );
  }
  for (const [name, spec] of Object.entries(data.derivedClasses)) {
    const merged = new Map<string, ClassValue>();
    if (Array.isArray(spec)) {
      for (const part of spec) for (const [k, v] of classes.get(part) ?? []) merged.set(k, v);
    } else {
      const base = classes.get(spec.from);
      if (!base)
        throw new Error(`time grammar: derived class ${name} from unknown class ${spec.from}`);
      for (const k of spec.keep) {
        const key = normalizeWord(k);
        if (!base.has(key)) throw new Error(`time grammar: ${key} is not in class ${spec.from}`);
        merged.set(key, base.get(key) ?? null);
      }
    }
    classes.set(name, merged);
  }
  return classes;
}

function compileRule(
  lang: string,
  rule: RuleData,
  index: number,
  classes: Map<string, Map<string, ClassValue>>,
  data: TimeData,
  /** Regex source of a class's words (or of spelled-out numbers), shared by all rules. */
  classSource: (cls: string) => string,
): CompiledRule {
  const groupClass = new Map<string, string>();
  const placeholder = /(?<!\\[pP])\{([A-Za-z]\w*)(?::(\w+))?\}/g;
  let source = '';
  let last = 0;
  for (const m of rule.pattern.matchAll(placeholder)) {
    source += literalSource(rule.pattern.slice(last, m.index));
    last = m.index + m[0].length;
    const group = m[1];
    const cls = m[2] ?? m[1];
    let body: string;
    if (cls === 'numberWords' || classes.has(cls)) body = classSource(cls);
    else if (cls in data.macros) body = `(?:${data.macros[cls]})`;
    else throw new Error(`time grammar: unknown class or macro {${cls}} in rule ${index}`);
    if (groupClass.has(group))
      throw new Error(`time grammar: group ${group} twice in rule ${index}`);
    groupClass.set(group, classes.has(cls) || cls === 'numberWords' ? cls : `macro:${cls}`);
    source += `(?<${group}>${body})`;
  }
  source += literalSource(rule.pattern.slice(last));
  for (const part of rule.parts ?? []) {
    if (!rule.pattern.includes(`(?<${part.span}>`))
      throw new Error(`time grammar: ${lang} rule ${index} has no group ${part.span}`);
  }
  const build = (pattern: string): RegExp => {
    try {
      // A range needs where its parts and their groups are (`d`).
      return new RegExp(pattern, rule.parts ? 'uyd' : 'uy');
    } catch (err) {
      throw new Error(
        `time grammar: ${lang} rule ${index} does not compile: ${(err as Error).message}`,
      );
    }
  };
  let regex: RegExp | undefined;
  let bounded: RegExp | undefined;
  return {
    index,
    data: rule,
    source,
    groupClass,
    get regex(): RegExp {
      return (regex ??= build(`(?:${source})`));
    },
    get bounded(): RegExp {
      // A match may not end inside a word (it may end on punctuation).
      return (bounded ??= build(`(?:${source})(?:(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}]))`));
    },
  };
}

function cueSource(cues: TenseCues, minStem: number): string {
  const parts: string[] = [];
  if (cues.words.length > 0) parts.push(alternation(cues.words.map(normalizeWord)));
  if (cues.suffixes.length > 0) {
    parts.push(`\\p{L}{${minStem},}${alternation(cues.suffixes)}`);
  }
  return parts.join('|');
}

export function compileGrammar(lang: string, data: TimeData): Grammar {
  const classes = resolveClasses(data);
  for (const [word, code] of classes.get('holiday') ?? []) {
    if (typeof code !== 'string' || holidayDay(code, 2000) === null)
      throw new Error(`time grammar: ${lang} holiday ${word} has no day code`);
  }
  const numberClass = classes.get('number');
  if (!numberClass) throw new Error('time grammar: a `number` class is required');
  const word = alternation(numberClass.keys());
  const numberWordsSource = `${word}(?:(?:${data.numberJoin})${word})*`;
  const sources = new Map<string, string>([['numberWords', numberWordsSource]]);
  const classSource = (cls: string): string => {
    let source = sources.get(cls);
    if (source === undefined) {
      source = alternation(classes.get(cls)!.keys());
      sources.set(cls, source);
    }
    return source;
  };
  const rules = data.rules.map((r, i) => compileRule(lang, r, i, classes, data, classSource));
  const { future, past, minStem } = data.tense;
  // Tried only where a run of letters starts, so no look-behind is needed.
  const tenseCue = new RegExp(
    `(?:(?<future>${cueSource(future, minStem)})|(?<past>${cueSource(past, minStem)}))(?![\\p{L}])`,
    'uy',
  );
  const cueStarts = new Set(
    [...future.words, ...past.words]
      .map(normalizeWord)
      .filter((w) => w.length > 0 && !/^\p{L}/u.test(w))
      .map((w) => w.charCodeAt(0)),
  );
  return {
    lang,
    refType: data.refType,
    classes,
    numberWords: {
      keys: [...numberClass.keys()].sort((a, b) => b.length - a.length),
      join: new RegExp(`^(?:${data.numberJoin})`, 'iu'),
    },
    lowerCaseWord:
      data.capitalized.length > 0
        ? new RegExp(`(?<![\\p{L}])${alternation(data.capitalized.map(normalizeWord))}`, 'u')
        : null,
    rules,
    dispatch: buildDispatch(rules.map((r) => r.source)),
    tenseCue,
    cueWords: new Set([...future.words, ...past.words].map(normalizeWord)),
    cueStarts,
    notCue: new Set(data.tense.notCue.map(normalizeWord)),
    dayLinks: new Set((data.dayLinks ?? []).map(normalizeWord)),
    participleAfter: new Set((data.participleAfter ?? []).map(normalizeWord)),
  };
}

const cache = new Map<string, Grammar>();

/** The compiled grammar of a language, read from `lang/<code>/time.json` on first use. */
export function grammarFor(lang: string): Grammar {
  let grammar = cache.get(lang);
  if (!grammar) {
    const path = join(projectRoot, 'lang', lang, 'time.json');
    const data = JSON.parse(readFileSync(path, 'utf8')) as TimeData;
    grammar = compileGrammar(lang, data);
    cache.set(lang, grammar);
  }
  return grammar;
}

/** Value of a spelled-out number ("vingt-cinq", "two hundred and ten"), or null. */
export function parseNumberWords(text: string, grammar: Grammar): number | null {
  const number = grammar.classes.get('number')!;
  const s = normalizeWord(text);
  let total = 0;
  let current = 0;
  let pos = 0;
  let any = false;
  while (pos < s.length) {
    if (any) {
      const join = grammar.numberWords.join.exec(s.slice(pos));
      if (join && join[0].length > 0) pos += join[0].length;
    }
    const key = grammar.numberWords.keys.find(
      (k) => s.startsWith(k, pos) && !/\p{L}/u.test(s.charAt(pos + k.length)),
    );
    if (!key) return null;
    const v = Number(number.get(key));
    if (v >= 1000) {
      total += Math.max(current, 1) * v;
      current = 0;
    } else if (v >= 100) current = Math.max(current, 1) * v;
    else current += v;
    pos += key.length;
    any = true;
  }
  return any ? total + current : null;
}
