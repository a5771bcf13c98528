/**
 * The words a regular expression's matches can begin with (the first one and, when that
 * narrows things down, the second), read from its source, so that a rule is only tried where
 * the text has them instead of being scanned over all of it.
 *
 * A word is a run of letters and digits (`[\p{L}\p{N}]`), as in the rules' whole-word
 * boundaries. The answer is conservative: every match starts as one of the returned items
 * says; an item may also admit strings the regex rejects (the regex decides). The source is
 * read by a small parser of the regex syntax the grammars use; it throws on anything else.
 */

export type FirstItem =
  /**
   * The match starts with a word equal to `word`, then (when `next` is given) a second word
   * equal to `next`, or beginning with it when `nextIsPrefix`; `next` absent: anything after.
   */
  | { kind: 'word'; word: string; next?: string; nextIsPrefix?: boolean }
  /** The match starts with a word beginning with `prefix` (`''`: any word). */
  | { kind: 'prefix'; prefix: string }
  /** The match starts with one of these non-word characters (null: any non-word character). */
  | { kind: 'char'; chars: string[] | null };

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordChars = new Map<string, boolean>();
function isWordChar(c: string): boolean {
  let yes = wordChars.get(c);
  if (yes === undefined) {
    yes = WORD_CHAR.test(c);
    wordChars.set(c, yes);
  }
  return yes;
}

/**
 * Words are read with each run of ASCII digits as one `#` ("1er" is `#er`, "2023" is `#`):
 * numbers would otherwise multiply the words to follow without telling rules apart.
 */
export const DIGITS_MARK = '#';
const markDigit = (c: string): string => (c >= '0' && c <= '9' ? DIGITS_MARK : c);

/** One character position: its possible word and non-word characters (null: too many to list). */
interface CharSet {
  word: Set<string> | null;
  other: Set<string> | null;
}

type Node =
  | { t: 'alt'; alts: Node[] }
  | { t: 'seq'; items: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }
  | { t: 'char'; set: CharSet }
  /** Literal characters in a row. */
  | { t: 'lit'; text: string }
  | { t: 'empty' };

const ANY: CharSet = { word: null, other: null };
const SPACES = [...' \t\n\r\v\f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'];
for (let c = 0x2000; c <= 0x200a; c++) SPACES.push(String.fromCharCode(c));
const DIGITS = [...'0123456789'];

function charSet(chars: Iterable<string>): CharSet {
  const set: CharSet = { word: new Set(), other: new Set() };
  for (const c of chars) {
    if (isWordChar(c)) set.word!.add(markDigit(c));
    else set.other!.add(c);
  }
  return set;
}

// Shared, never modified.
const DIGIT_SET = charSet(DIGITS);
const SPACE_SET = charSet(SPACES);

function union(a: CharSet, b: CharSet): CharSet {
  const merge = (x: Set<string> | null, y: Set<string> | null) =>
    x && y ? new Set([...x, ...y]) : null;
  return { word: merge(a.word, b.word), other: merge(a.other, b.other) };
}

/** Bracket expressions already read, by their text (their sets are never modified). */
const brackets = new Map<string, CharSet>();

/** Recursive-descent parser for the regex syntax the grammars use (no flags other than `u`). */
class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.pos < this.src.length)
      throw new Error(`unexpected ${this.src[this.pos]} at ${this.pos}`);
    return node;
  }

  private alternation(): Node {
    const alts = [this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const node = this.quantified(this.atom());
      const last = items[items.length - 1];
      if (node.t === 'lit' && last?.t === 'lit')
        items[items.length - 1] = { t: 'lit', text: last.text + node.text };
      else items.push(node);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  }

  private quantified(node: Node): Node {
    const s = this.src;
    let min: number;
    let max: number;
    const c = s[this.pos];
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.pos));
      if (!m) return node;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.pos += m[0].length - 1;
    } else return node;
    this.pos++;
    if (s[this.pos] === '?') this.pos++;
    return this.quantified({ t: 'rep', node, min, max });
  }

  private atom(): Node {
    const s = this.src;
    const c = s[this.pos++];
    if (c === '(') {
      let zeroWidth = false;
      if (s[this.pos] === '?') {
        if (s.startsWith('?:', this.pos)) this.pos += 2;
        else if (s.startsWith('?=', this.pos) || s.startsWith('?!', this.pos))
          [this.pos, zeroWidth] = [this.pos + 2, true];
        else if (s.startsWith('?<=', this.pos) || s.startsWith('?<!', this.pos))
          [this.pos, zeroWidth] = [this.pos + 3, true];
        else if (s.startsWith('?<', this.pos)) this.pos = s.indexOf('>', this.pos) + 1;
        else throw new Error(`unsupported group at ${this.pos}`);
      }
      const inner = this.alternation();
      if (s[this.pos++] !== ')') throw new Error('unclosed group');
      return zeroWidth ? { t: 'empty' } : inner;
    }
    if (c === '[') {
      // The same few bracket expressions come back in every rule.
      let end = this.pos;
      while (end < s.length && s[end] !== ']') end += s[end] === '\\' ? 2 : 1;
      const text = s.slice(this.pos, end);
      let set = brackets.get(text);
      if (set === undefined) {
        set = this.bracket();
        brackets.set(text, set);
      } else this.pos = end + 1;
      return { t: 'char', set };
    }
    if (c === '\\') return this.escape(false);
    if (c === '.') return { t: 'char', set: ANY };
    if (c === '^' || c === '$') return { t: 'empty' };
    return { t: 'lit', text: c };
  }

  /** After a backslash; inside brackets `\b` is a backspace rather than a boundary. */
  private escape(inBracket: boolean): Node {
    const s = this.src;
    const c = s[this.pos++];
    const set = (cs: CharSet): Node => ({ t: 'char', set: cs });
    switch (c) {
      case 'd':
        return set(DIGIT_SET);
      case 's':
        return set(SPACE_SET);
      case 'w':
        return set({ word: null, other: new Set('_') });
      case 'D':
      case 'S':
      case 'W':
        return set(ANY);
      case 'b':
      case 'B':
        return inBracket ? set(charSet(['\b'])) : { t: 'empty' };
      case 'p':
      case 'P': {
        const end = s.indexOf('}', this.pos);
        const name = s.slice(this.pos + 1, end);
        this.pos = end + 1;
        // Letters or numbers only: no non-word character.
        return set(
          c === 'p' && /^(?:L|N|Letter|Number|L[ultmo]|N[dlo])$/.test(name)
            ? { word: null, other: new Set() }
            : ANY,
        );
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F]+)\}|^[0-9a-fA-F]{4}/.exec(s.slice(this.pos));
        if (!m) return set(charSet(['u']));
        this.pos += m[0].length;
        return set(charSet([String.fromCodePoint(Number.parseInt(m[1] ?? m[0], 16))]));
      }
      case 'x': {
        const hex = s.slice(this.pos, this.pos + 2);
        this.pos += 2;
        return set(charSet([String.fromCharCode(Number.parseInt(hex, 16))]));
      }
      case 'n':
        return set(charSet(['\n']));
      case 't':
        return set(charSet(['\t']));
      case 'r':
        return set(charSet(['\r']));
      case 'f':
        return set(charSet(['\f']));
      case 'v':
        return set(charSet(['\v']));
      case 'k':
        return set(ANY);
      default:
        // Back-references could repeat anything.
        if (/[1-9]/.test(c)) return set(ANY);
        return inBracket ? set(charSet([c])) : { t: 'lit', text: c };
    }
  }

  /** A bracket expression after `[`. */
  private bracket(): CharSet {
    const s = this.src;
    const negated = s[this.pos] === '^';
    if (negated) this.pos++;
    let result: CharSet = { word: new Set(), other: new Set() };
    let letters = false;
    let numbers = false;
    const single = (): CharSet | string => {
      if (s[this.pos] !== '\\') return s[this.pos++];
      this.pos++;
      const kind = s[this.pos];
      if (kind === 'p' && !negated) {
        const name = s.slice(this.pos + 2, s.indexOf('}', this.pos));
        if (/^(?:L|Letter)$/.test(name)) letters = true;
        if (/^(?:N|Number)$/.test(name)) numbers = true;
      }
      const node = this.escape(true) as { t: 'char'; set: CharSet };
      const cs = node.set;
      if (cs.word && cs.other && cs.word.size + cs.other.size === 1)
        return [...cs.word, ...cs.other][0];
      return cs;
    };
    while (this.pos < s.length && s[this.pos] !== ']') {
      const from = single();
      if (typeof from === 'string' && s[this.pos] === '-' && s[this.pos + 1] !== ']') {
        this.pos++;
        const to = single();
        if (typeof to !== 'string') throw new Error('bad range');
        const [a, b] = [from.codePointAt(0)!, to.codePointAt(0)!];
        if (b - a > 2000) result = union(result, ANY);
        else {
          const chars: string[] = [];
          for (let code = a; code <= b; code++) chars.push(String.fromCodePoint(code));
          result = union(result, charSet(chars));
        }
      } else result = union(result, typeof from === 'string' ? charSet([from]) : from);
    }
    this.pos++;
    if (!negated) return result;
    // [^\p{L}\p{N}]: no word character; any other negated set is taken as anything.
    return letters && numbers ? { word: new Set(), other: null } : ANY;
  }
}

/** Between words (or before the first), inside the last word, or settled. */
const GAP = 0;
const IN = 1;
/** The last word is known by a prefix only; nothing after it is followed. */
const PREFIX = 2;
/** Two whole words read: nothing after them is followed. */
const DONE = 3;
/** The string starts with a non-word character. */
const CHAR = 4;

/** The words met in one analysis, as the nodes of a trie (0 is the empty word). */
class Trie {
  private readonly parent = [-1];
  private readonly last = [''];
  /** Child by `parent * 0x110000 + code point`. */
  private readonly children = new Map<number, number>();
  readonly depth = [0];

  /** Word `id` followed by character `c`; a run of digits stays one mark. */
  extend(id: number, c: string): number {
    if (c === DIGITS_MARK && this.last[id] === DIGITS_MARK) return id;
    const key = id * 0x110000 + c.codePointAt(0)!;
    let child = this.children.get(key);
    if (child === undefined) {
      child = this.parent.length;
      this.parent.push(id);
      this.last.push(c);
      this.depth.push(this.depth[id] + 1);
      this.children.set(key, child);
    }
    return child;
  }

  /** The first `n` characters of word `id`. */
  truncate(id: number, n: number): number {
    let i = id;
    while (this.depth[i] > n) i = this.parent[i];
    return i;
  }

  private readonly texts: string[] = [''];

  text(id: number): string {
    let s = this.texts[id];
    if (s === undefined) {
      s = this.text(this.parent[id]) + this.last[id];
      this.texts[id] = s;
    }
    return s;
  }
}

/**
 * What is known of the first two words of the strings read so far. While the first word is
 * read (`n` 1, IN or PREFIX) it is `w0`; once it is whole, the continuation no longer depends
 * on it, so strings that differ only by their first word share one state listing them in `firsts`.
 */
interface State {
  s: number;
  n: number;
  w0: number;
  /** First words (trie nodes) when `n` is 2, or 1 with GAP. */
  firsts: Set<number> | null;
  w1: number;
  /** CHAR: the possible first characters (null: any non-word character). */
  chars: Set<string> | null;
}

/** Every state is made here, with all its fields, so that they share one shape. */
function state(
  s: number,
  n: number,
  w0: number,
  firsts: Set<number> | null,
  w1: number,
  chars: Set<string> | null = null,
): State {
  return { s, n, w0, firsts, w1, chars };
}

const START: State = state(GAP, 0, 0, null, 0);
const settled = (st: State): boolean => st.s >= PREFIX;
const keyOf = (st: State): number =>
  st.n === 2
    ? 2 + 8 * st.s + 64 * st.w1
    : st.n === 1 && st.s !== GAP
      ? 1 + 8 * st.s + 64 * st.w0
      : 8 * st.s + st.n;
/** `a` with the members of `b` it lacks (`a` itself when none; a new set otherwise); null stands for everything. */
function unionOf<T>(a: Set<T> | null, b: Set<T> | null): Set<T> | null {
  if (a === null || b === null) return null;
  if (a === b) return a;
  let union: Set<T> | null = null;
  for (const x of b) {
    if (a.has(x)) continue;
    union ??= new Set(a);
    union.add(x);
  }
  return union ?? a;
}

/** States by what they know; states with the same continuation are merged. */
class StateSet {
  readonly map = new Map<number, State>();

  /** Adds `st`; true when that told something new. */
  add(st: State): boolean {
    const key = keyOf(st);
    const old = this.map.get(key);
    if (!old) {
      this.map.set(key, st);
      return true;
    }
    if (st.s === CHAR) {
      const chars = unionOf(old.chars, st.chars);
      if (chars === old.chars) return false;
      this.map.set(key, state(old.s, old.n, old.w0, old.firsts, old.w1, chars));
      return true;
    }
    if (old.firsts === null) return false;
    const firsts = unionOf(old.firsts, st.firsts);
    if (firsts === old.firsts) return false;
    this.map.set(key, state(old.s, old.n, old.w0, firsts, old.w1, old.chars));
    return true;
  }

  values(): State[] {
    return [...this.map.values()];
  }
}

/** Beyond this many states, sets are coarsened: words known by shorter prefixes, second words dropped. */
const CAP = 64;

/** Coarsens the states still reading their first word, and those past it, to at most CAP each. */
function coarsen(states: State[], trie: Trie): State[] {
  const firstWord = states.filter((st) => st.n === 1 && st.s !== GAP);
  const secondWord = states.filter((st) => st.n === 2);
  const out = states.filter((st) => st.n === 0 || (st.n === 1 && st.s === GAP));
  for (const [group, word, set] of [
    [
      firstWord,
      (st: State) => st.w0,
      (st: State, w: number): State => state(PREFIX, st.n, w, st.firsts, st.w1),
    ],
    [
      secondWord,
      (st: State) => st.w1,
      (st: State, w: number): State => state(PREFIX, st.n, st.w0, st.firsts, w),
    ],
  ] as const) {
    let members = group;
    for (const length of [3, 2, 1, 0]) {
      if (members.length <= CAP) break;
      const next = new StateSet();
      for (const st of members) {
        const w = word(st);
        next.add(
          st.s !== PREFIX && trie.depth[w] <= length ? st : set(st, trie.truncate(w, length)),
        );
      }
      members = next.values();
    }
    out.push(...members);
  }
  return out;
}

/** Adds character `c` (a word character, digits marked) to state `st`, not settled. */
function addWordChar(st: State, c: string, trie: Trie): State {
  if (st.s === IN) {
    return st.n === 1
      ? state(IN, 1, trie.extend(st.w0, c), null, 0)
      : state(IN, 2, st.w0, st.firsts, trie.extend(st.w1, c));
  }
  return st.n === 0
    ? state(IN, 1, trie.extend(0, c), null, 0)
    : state(IN, 2, st.w0, st.firsts, trie.extend(0, c));
}

/** Adds a non-word character to state `st`, not settled. */
function addOtherChar(st: State, chars: Set<string> | null): State {
  if (st.n === 0) return state(CHAR, 0, 0, null, 0, chars);
  if (st.s !== IN) return st;
  return st.n === 2
    ? state(DONE, 2, st.w0, st.firsts, st.w1)
    : state(GAP, 1, 0, new Set([st.w0]), 0);
}

/** The states after reading one character of `cs` from `st`, not settled. */
function step(st: State, cs: CharSet, out: StateSet, trie: Trie): void {
  const { word, other } = cs;
  if (word === null) {
    if (st.s === IN) out.add(state(PREFIX, st.n, st.w0, st.firsts, st.w1));
    else if (st.n === 0) out.add(state(PREFIX, 1, 0, null, 0));
    else out.add(state(PREFIX, 2, st.w0, st.firsts, 0));
  } else for (const c of word) out.add(addWordChar(st, c, trie));
  if (other === null || other.size > 0) out.add(addOtherChar(st, other));
}

/** The state after reading `text` (literal characters) from `st`. */
function readLiteral(st: State, text: string, trie: Trie): State {
  let state = st;
  for (let i = 0; i < text.length && !settled(state); i++) {
    const c = text[i];
    state = isWordChar(c)
      ? addWordChar(state, markDigit(c), trie)
      : addOtherChar(state, new Set([c]));
  }
  return state;
}

/** For loops: a word still growing may grow on, so it is only known by its prefix. */
const widen = (st: State): State =>
  st.s === IN ? state(PREFIX, st.n, st.w0, st.firsts, st.w1) : st;

/** One analysis: the trie of its words and the states reached. */
class Analysis {
  readonly trie = new Trie();

  finish(set: StateSet): State[] {
    const states = set.values();
    return states.length > CAP ? coarsen(states, this.trie) : states;
  }

  /**
   * The states after reading `node` from the (unsettled) `input` states: unsettled ones are
   * returned, settled ones go to `done`, where nothing more changes them.
   */
  run(node: Node, input: State[], done: StateSet): State[] {
    if (input.length === 0) return input;
    const out = new StateSet();
    const keep = (st: State) => (settled(st) ? done : out).add(st);
    switch (node.t) {
      case 'empty':
        return input;
      case 'char': {
        const next = new StateSet();
        for (const st of input) step(st, node.set, next, this.trie);
        for (const st of next.map.values()) keep(st);
        break;
      }
      case 'lit':
        if (input.length === 1) {
          const next = readLiteral(input[0], node.text, this.trie);
          if (!settled(next)) return [next];
          done.add(next);
          return [];
        }
        for (const st of input) keep(readLiteral(st, node.text, this.trie));
        break;
      case 'alt':
        for (const alt of node.alts) for (const st of this.run(alt, input, done)) out.add(st);
        break;
      case 'seq': {
        let states = input;
        for (const item of node.items) states = this.run(item, states, done);
        return states;
      }
      case 'rep': {
        let states = input;
        for (let i = 0; i < node.min && i < 3; i++) states = this.run(node.node, states, done);
        if (node.max <= 3) {
          for (let i = node.min; i < node.max; i++) {
            const more = new StateSet();
            for (const st of states) more.add(st);
            for (const st of this.run(node.node, states, done)) more.add(st);
            states = this.finish(more);
          }
          return states;
        }
        // Up to a fixed point; words still growing after a few rounds are known by prefix.
        const all = new StateSet();
        for (const st of states) {
          const start = node.min > 3 ? widen(st) : st;
          (settled(start) ? done : all).add(start);
        }
        let frontier = all.values();
        for (let round = 0; frontier.length > 0; round++) {
          if (round > 20) throw new Error('repetition does not settle');
          const next = new StateSet();
          for (const st of this.run(node.node, frontier, done)) {
            const widened = round >= 2 ? widen(st) : st;
            if (settled(widened)) done.add(widened);
            else if (all.add(widened)) next.add(all.map.get(keyOf(widened))!);
          }
          frontier = next.values();
        }
        return all.values();
      }
    }
    return this.finish(out);
  }
}

/**
 * How the matches of `source` can begin: their first word and, when it says something,
 * their second. Matches are taken to end at a word's end (the rules' whole-word boundary),
 * so a word still open at the end of the pattern is whole.
 */
export function firstWords(source: string): FirstItem[] {
  const analysis = new Analysis();
  const { trie } = analysis;
  const done = new StateSet();
  for (const st of analysis.run(new Parser(source).parse(), [START], done)) done.add(st);
  const out: FirstItem[] = [];
  for (const st of analysis.finish(done)) {
    if (st.s === CHAR) out.push({ kind: 'char', chars: st.chars ? [...st.chars].sort() : null });
    else if (st.n === 0)
      continue; // the empty match, never kept
    else if (st.n === 1 && st.s === PREFIX) out.push({ kind: 'prefix', prefix: trie.text(st.w0) });
    else if (st.n === 1 && st.s === IN) out.push({ kind: 'word', word: trie.text(st.w0) });
    else {
      const next = st.n === 1 || (st.s === PREFIX && st.w1 === 0) ? undefined : trie.text(st.w1);
      for (const first of st.firsts!) {
        const word = trie.text(first);
        if (next === undefined) out.push({ kind: 'word', word });
        else if (st.s === PREFIX) out.push({ kind: 'word', word, next, nextIsPrefix: true });
        else out.push({ kind: 'word', word, next });
      }
    }
  }
  return out;
}
