/**
 * Bylines: a paragraph naming the article's authors ("By Jane Doe and Omar
 * Khalil", "Par Jean Dupont, à Bruxelles"). They are metadata of the article:
 * its authors are no actors of the story. The words opening a byline and
 * joining its authors are language data (`bylines` in lang/<code>/tokenizer.json).
 */
import type { Byline, Span } from '../document.js';
import type { TokenizerData } from '../lang/index.js';
import { outletNamed } from '../outlets/index.js';
import type { TextSpan } from '../quotes/types.js';
import { escapeRegExp } from '../util/regex.js';

/** A capitalised word of a name; initials, hyphens and apostrophes inside (J.R., Al-Rishq, O'Neill). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
/** At least two words, a short lowercase particle allowed between (Ursula von der Leyen). */
const NAME = String.raw`${WORD}(?: (?:\p{Ll}{1,3} ){0,2}${WORD}){1,3}`;
/** What may follow the authors: an affiliation or a place after a comma, a dash or a parenthesis. */
const TAIL = String.raw`(?:\s*[,;(—–-][^\n]{0,60})?`;

/** A language's byline, and what separates its authors ("and", a comma). */
interface BylinePatterns {
  byline: RegExp;
  separator: RegExp;
}

const patterns = new WeakMap<object, BylinePatterns>();

function bylinePatterns(words: NonNullable<TokenizerData['bylines']>): BylinePatterns {
  let found = patterns.get(words);
  if (!found) {
    const openers = words.openers.map(escapeRegExp).join('|');
    const joins = words.connectors.map(escapeRegExp).join('|');
    const separator = String.raw`(?:,? (?:${joins}) |, )`;
    found = {
      byline: new RegExp(
        String.raw`^(?:${openers}) (?<authors>${NAME}(?:${separator}${NAME}){0,5})${TAIL}$`,
        'du',
      ),
      separator: new RegExp(separator, 'gu'),
    };
    patterns.set(words, found);
  }
  return found;
}

/** The byline the paragraph `[start, end)` of `text` is, if it is one. */
export function findByline(
  text: string,
  paragraph: Span & { index: number },
  words: TokenizerData['bylines'],
): Byline | null {
  const body = text.slice(paragraph.start, paragraph.end);
  // A sentence opening with the same word ("By Tuesday, the rebels had …") ends like one.
  if (!words || body.includes('\n') || /[.!?…]["”»]?$/.test(body)) return null;
  const { byline, separator } = bylinePatterns(words);
  const m = byline.exec(body);
  const span = m?.indices?.groups?.authors;
  if (!m?.groups || !span) return null;
  const authors: TextSpan[] = [];
  let from = 0;
  const list = m.groups.authors;
  for (const cut of [...list.matchAll(separator), null]) {
    const to = cut ? cut.index : list.length;
    const start = paragraph.start + span[0] + from;
    const name = list.slice(from, to);
    // The outlet credited beside its writers ("By JANE DOE, Associated Press") is no author.
    if (!outletNamed(name)) authors.push({ start, end: start + to - from, text: name });
    if (cut) from = cut.index + cut[0].length;
  }
  return { paragraph: paragraph.index, start: paragraph.start, end: paragraph.end, authors };
}
