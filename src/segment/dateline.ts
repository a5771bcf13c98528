/**
 * Datelines: the place, date and agency a wire dispatch opens a paragraph with
 * ("KYIV, May 14 (Reuters) - ", "PARIS (AFP) - ", "WASHINGTON — "). They are
 * metadata of the dispatch, not part of its first sentence: the segmenter ends
 * a sentence after them, and later layers read their place and agencies.
 * The shapes are the agencies' house styles, shared across languages; the
 * dispatch's first sentence starts with a capital, a digit or a quotation mark.
 */
import type { Dateline, Span } from '../document.js';
import type { TextSpan } from '../quotes/types.js';

/** A capitalised word of a place name; hyphens and apostrophes inside (Port-au-Prince, N'Djamena). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;
/** Up to five such words, short lowercase particles allowed between them (Rio de Janeiro). */
const ONE_PLACE = String.raw`${WORD}(?: (?:\p{Ll}{1,3} )?${WORD}){0,4}`;
/** A dispatch filed from several places at once: "WASHINGTON/JERUSALEM". */
const PLACE = String.raw`${ONE_PLACE}(?:/${ONE_PLACE}){0,3}`;
/** A dispatch dated but not placed: "Dec 29 (Reuters) - ", "29 décembre (AFP) - ". */
const DATE_ONLY = String.raw`\p{Lu}\p{Ll}{2,8}\.? \p{N}{1,2}|\p{N}{1,2} \p{Ll}{3,9}\.?`;
const DATELINE = new RegExp(
  String.raw`^(?:(?<dateOnly>${DATE_ONLY}) (?=\()|(?<place>${PLACE}))?(?<extra>(?:, [^,()\n–—]{1,30}?){0,2}) ?(?:\((?<agencies>[^()\n]{2,60})\) ?)?(?:--|[-–—])\s+(?=[\p{Lu}\p{N}«“"‘'])`,
  'du',
);
/** A dispatch date holds a digit (May 14, 14 mai, 2024-05-14); a segment without one is a region (", Calif."). */
const DIGIT = /\p{N}/u;
/** Without an agency or a date, only an upper-case place opens a dispatch: "WASHINGTON — " but not "Hier — ". */
const UPPER_PLACE = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

function textSpan(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The dateline opening the paragraph `[start, end)` of `text`, if it has one. */
export function findDateline(text: string, paragraph: Span & { index: number }): Dateline | null {
  const m = DATELINE.exec(text.slice(paragraph.start, paragraph.end));
  if (!m?.indices || !m.groups) return null;
  const placeSpan = m.indices.groups?.place;
  // "WASHINGTON/JERUSALEM": each place on its own.
  const places: TextSpan[] = [];
  if (placeSpan)
    for (const part of m.groups.place.matchAll(/[^/]+/g)) {
      const start = paragraph.start + placeSpan[0] + part.index;
      places.push(textSpan(text, start, start + part[0].length));
    }
  const agencies: TextSpan[] = [];
  const agencySpan = m.indices.groups?.agencies;
  if (agencySpan) {
    // "(AFP/Reuters)", "(AP, dpa)": each credited agency on its own.
    const inside = m.groups.agencies;
    for (const part of inside.matchAll(/[^/,;]+/g)) {
      const lead = part[0].length - part[0].trimStart().length;
      const name = part[0].trim();
      if (!name) continue;
      const start = paragraph.start + agencySpan[0] + part.index + lead;
      agencies.push(textSpan(text, start, start + name.length));
    }
  }
  const dateOnly = m.indices.groups?.dateOnly;
  let date: TextSpan | null = dateOnly
    ? textSpan(text, paragraph.start + dateOnly[0], paragraph.start + dateOnly[1])
    : null;
  const extraSpan = m.indices.groups?.extra;
  if (extraSpan && m.groups.extra) {
    let offset = paragraph.start + extraSpan[0];
    for (const segment of m.groups.extra.split(',').slice(1)) {
      offset += 1;
      const lead = segment.length - segment.trimStart().length;
      const value = segment.trim();
      if (DIGIT.test(value)) date = textSpan(text, offset + lead, offset + lead + value.length);
      offset += segment.length;
    }
  }
  // Without an agency, a place in capitals ("WASHINGTON — ") or a place and its date
  // ("Paris, le 5 mars 2024 – ", a press release's) opens a dispatch.
  const placed =
    places.length > 0 && (date !== null || places.every((p) => UPPER_PLACE.test(p.text)));
  if (agencies.length === 0 && !placed) return null;
  const end = paragraph.start + m[0].trimEnd().length;
  return { paragraph: paragraph.index, start: paragraph.start, end, places, date, agencies };
}
