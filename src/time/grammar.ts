/**
 * The temporal grammar of one language, read from `lang/<code>/time.json` and
 * compiled once into regular expressions. Everything language-specific (words,
 * rule patterns, tense cues) is in that file; this module only knows the
 * placeholder syntax and the names of the word classes it resolves.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';

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
  /** `shift`: the shift when the pattern has no shift word. */
  fixedShift?: number;
  /** `shift`: the unit when the pattern has no unit word. */
  unitValue?: string;
  /** `shift`: count from the last date mentioned in the text rather than the document date. */
  fromReference?: boolean;
  /** Fixed TimeML value. */
  value?: string;
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
  /** Words that only count when written with a capital (English "May"). */
  capitalized: string[];
  rules: RuleData[];
  tense: { future: TenseCues; past: TenseCues; minStem: number; notCue: string[] };
}

export interface CompiledRule {
  index: number;
  data: RuleData;
  regex: RegExp;
  /** Capture group → word class or `macro:<name>` it was built from. */
  groupClass: Map<string, string>;
}

export interface Grammar {
  lang: string;
  refType: 'DATE' | 'TIME';
  /** Normalised word → value, per class (derived classes included). */
  classes: Map<string, Map<string, ClassValue>>;
  numberWords: { keys: string[]; join: RegExp };
  capitalized: Set<string>;
  rules: CompiledRule[];
  /** Groups `future` and `past`. */
  tenseCue: RegExp;
  notCue: Set<string>;
}

/** Lower case, one kind of apostrophe and hyphen, single spaces: the form class keys are stored in. */
export function normalizeWord(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’ʼ‘`]/g, "'")
    .replace(/[‐‑–]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const SPACE = '[\\s\\u00a0\\u202f]+';
const APOSTROPHE = "['’ʼ]";
const WORD_END = '(?![\\p{L}])';

function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** A literal word or phrase as regex source: flexible spaces and apostrophes, no match inside a longer word. */
function wordSource(word: string): string {
  const body = escapeRegex(word).replace(/ /g, SPACE).replace(/'/g, APOSTROPHE);
  return /\p{L}$/u.test(word) ? body + WORD_END : body;
}

function alternation(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map(wordSource).join('|')})`;
}

/** Literal parts of a pattern: spaces and apostrophes become their flexible forms. */
function literalSource(s: string): string {
  return s.replace(/ /g, SPACE).replace(/'/g, APOSTROPHE);
}

function resolveClasses(data: TimeData): Map<string, Map<string, ClassValue>> {
  const classes = new Map<string, Map<string, ClassValue>>();
  for (const [name, entries] of Object.entries(data.classes)) {
    classes.set(
      name,
      new Map(Object.entries(entries).map(([k, v]) => [normalizeWord(k), v] as [string, ClassValue])),
    );
  }
  for (const [name, spec] of Object.entries(data.derivedClasses)) {
    const merged = new Map<string, ClassValue>();
    if (Array.isArray(spec)) {
      for (const part of spec) for (const [k, v] of classes.get(part) ?? []) merged.set(k, v);
    } else {
      const base = classes.get(spec.from);
      if (!base) throw new Error(`time grammar: derived class ${name} from unknown class ${spec.from}`);
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
  rule: RuleData,
  index: number,
  classes: Map<string, Map<string, ClassValue>>,
  data: TimeData,
  numberWordsSource: string,
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
    if (cls === 'numberWords') body = numberWordsSource;
    else if (classes.has(cls)) body = alternation(classes.get(cls)!.keys());
    else if (cls in data.macros) body = `(?:${data.macros[cls]})`;
    else throw new Error(`time grammar: unknown class or macro {${cls}} in rule ${index}`);
    if (groupClass.has(group)) throw new Error(`time grammar: group ${group} twice in rule ${index}`);
    groupClass.set(group, classes.has(cls) || cls === 'numberWords' ? cls : `macro:${cls}`);
    source += `(?<${group}>${body})`;
  }
  source += literalSource(rule.pattern.slice(last));
  const bounded = `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
  let regex: RegExp;
  try {
    regex = new RegExp(bounded, 'giu');
  } catch (err) {
    throw new Error(`time grammar: rule ${index} does not compile: ${(err as Error).message}`);
  }
  return { index, data: rule, regex, groupClass };
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
  const numberClass = classes.get('number');
  if (!numberClass) throw new Error('time grammar: a `number` class is required');
  const word = alternation(numberClass.keys());
  const numberWordsSource = `${word}(?:(?:${data.numberJoin})${word})*`;
  const rules = data.rules.map((r, i) => compileRule(r, i, classes, data, numberWordsSource));
  const { future, past, minStem } = data.tense;
  const tenseCue = new RegExp(
    `(?<![\\p{L}])(?:(?<future>${cueSource(future, minStem)})|(?<past>${cueSource(past, minStem)}))(?![\\p{L}])`,
    'giu',
  );
  return {
    lang,
    refType: data.refType,
    classes,
    numberWords: {
      keys: [...numberClass.keys()].sort((a, b) => b.length - a.length),
      join: new RegExp(`^(?:${data.numberJoin})`, 'iu'),
    },
    capitalized: new Set(data.capitalized.map(normalizeWord)),
    rules,
    tenseCue,
    notCue: new Set(data.tense.notCue.map(normalizeWord)),
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
