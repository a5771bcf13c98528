/**
 * Letters and digits as the rules' word boundaries see them (`\p{L}`, `\p{N}`), asked by
 * UTF-16 position: both halves of an astral letter count as letters.
 */

const KNOWN = 1;
const LETTER = 2;
const NUMBER = 4;
const SURROGATE = 8;

const LETTER_CHAR = /^\p{L}$/u;
const NUMBER_CHAR = /^\p{N}$/u;
/** Per code unit, the bits above (0: not yet looked at). */
const codeUnits = new Uint8Array(65536);
const astral = new Map<number, number>();

function kindOf(char: string): number {
  return KNOWN | (LETTER_CHAR.test(char) ? LETTER : 0) | (NUMBER_CHAR.test(char) ? NUMBER : 0);
}

function classify(code: number): number {
  const kind =
    code >= 0xd800 && code <= 0xdfff ? KNOWN | SURROGATE : kindOf(String.fromCharCode(code));
  codeUnits[code] = kind;
  return kind;
}

function astralKind(text: string, i: number, code: number): number {
  // A low surrogate belongs to the pair started just before it.
  const codePoint =
    code >= 0xdc00 ? (i > 0 ? text.codePointAt(i - 1)! : code) : text.codePointAt(i)!;
  if (codePoint <= 0xffff) return KNOWN;
  let kind = astral.get(codePoint);
  if (kind === undefined) {
    kind = kindOf(String.fromCodePoint(codePoint));
    astral.set(codePoint, kind);
  }
  return kind;
}

function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const kind = codeUnits[code] || classify(code);
  return kind & SURROGATE ? astralKind(text, i, code) : kind;
}

/** Whether position `i` holds (part of) a letter or digit. */
export function isWordAt(text: string, i: number): boolean {
  return (kindAt(text, i) & (LETTER | NUMBER)) !== 0;
}

/** Whether position `i` holds (part of) a letter. */
export function isLetterAt(text: string, i: number): boolean {
  return (kindAt(text, i) & LETTER) !== 0;
}

/** Whether a match ending at `end` ends on a word's edge (not between two letters or digits). */
export function endsOnWordEdge(text: string, end: number): boolean {
  return end === 0 || end >= text.length || !isWordAt(text, end) || !isWordAt(text, end - 1);
}
