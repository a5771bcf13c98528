/**
 * The public JSON form of an analysed document (schema in docs/schema/).
 * Offsets in it count Unicode code points, as Python and most tools index
 * strings; inside the program they are UTF-16 code units.
 */
import type { Doc } from '../document.js';

export const SCHEMA_VERSION = '1.4';

/** UTF-16 offset → code point offset, or null when the text has no astral characters. */
function codePointIndex(text: string): Int32Array | null {
  if (!/[\uD800-\uDBFF]/.test(text)) return null;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      map[++i] = cp; // the low surrogate belongs to the same code point
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

function remapOffsets(value: unknown, map: Int32Array): void {
  if (Array.isArray(value)) {
    for (const item of value) remapOffsets(item, map);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const v = record[key];
      if ((key === 'start' || key === 'end') && typeof v === 'number') record[key] = map[v];
      else if (typeof v === 'object') remapOffsets(v, map);
    }
  }
}

export interface DocumentJson {
  schemaVersion: string;
  [field: string]: unknown;
}

export function documentToJson(doc: Doc): DocumentJson {
  const { article } = doc;
  const tokens = doc.tokens.map((t, i) => ({
    start: t.start,
    end: t.end,
    text: t.text,
    spaceAfter: t.spaceAfter,
    ...(t.mwt ? { mwt: { ...t.mwt } } : {}),
    ...(doc.tags ? doc.tags[i] : {}),
    ...(doc.dependencies ? doc.dependencies[i] : {}),
  }));
  const json: DocumentJson = {
    schemaVersion: SCHEMA_VERSION,
    id: article.id,
    source: article.source,
    outlet: article.outlet,
    published: article.published,
    date: doc.date,
    title: article.title,
    lang: doc.lang,
    metadata: article.metadata,
    text: doc.text,
    paragraphs: doc.paragraphs.map(({ start, end }) => ({ start, end })),
    sentences: doc.sentences.map(({ start, end, paragraph, tokenStart, tokenEnd }) => ({
      start,
      end,
      paragraph,
      tokenStart,
      tokenEnd,
    })),
    tokens,
    ...(doc.datelines ? { datelines: doc.datelines.map((d) => structuredClone(d)) } : {}),
    ...(doc.bylines ? { bylines: doc.bylines.map((b) => structuredClone(b)) } : {}),
    ...(doc.mentions
      ? {
          mentions: doc.mentions.map((m) => ({
            start: m.start,
            end: m.end,
            text: doc.text.slice(m.start, m.end),
            label: m.label,
            tokenStart: m.tokenStart,
            tokenEnd: m.tokenEnd,
          })),
        }
      : {}),
    ...(doc.timexes ? { timexes: doc.timexes.map((t) => ({ ...t })) } : {}),
    ...(doc.quotes ? { quotes: doc.quotes.map((q) => structuredClone(q)) } : {}),
    ...(doc.events ? { events: doc.events.map((e) => structuredClone(e)) } : {}),
    ...(doc.entities
      ? {
          entities: doc.entities.map((e) => ({
            ...e,
            mentions: e.mentions.map((m) => ({ ...m })),
          })),
        }
      : {}),
    ...(doc.places
      ? {
          places: doc.places.map(({ start, end, text, place }) => ({
            start,
            end,
            text,
            name: place.name,
            kind: place.kind,
            country: place.iso3,
            lat: place.lat,
            lon: place.lon,
            geonamesId: place.geonamesId ?? null,
          })),
        }
      : {}),
    warnings: doc.warnings,
  };
  const map = codePointIndex(doc.text);
  if (map)
    for (const key of Object.keys(json)) if (key !== 'metadata') remapOffsets(json[key], map);
  return json;
}
