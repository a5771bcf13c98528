import type { ArticleDraft } from './article.js';
import { normalizeDate } from './dates.js';
import { InputError } from './errors.js';

/** Field names accepted for each article field, first match wins. */
const FIELDS = {
  title: ['title', 'headline'],
  published: ['published', 'date', 'datePublished', 'pubDate', 'published_at'],
  outlet: ['outlet', 'publisher', 'site', 'site_name', 'source_name'],
  lang: ['lang', 'language'],
  url: ['url', 'link'],
} as const;

function pick(
  record: Record<string, unknown>,
  names: readonly string[],
  used: Set<string>,
): string | null {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'string' && value.trim() !== '') {
      used.add(name);
      return value.trim();
    }
  }
  return null;
}

/** One JSON Lines line. */
export function readJsonRecord(line: string, source: string): ArticleDraft {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (err) {
    throw new InputError(source, `malformed JSON (${(err as Error).message})`);
  }
  return articleFromRecord(record, source);
}

/** An article object: a non-empty string `text`; other fields optional. */
export function articleFromRecord(record: unknown, source: string): ArticleDraft {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError(source, 'a JSON line must be an object');
  }
  const fields = record as Record<string, unknown>;
  if (typeof fields.text !== 'string') throw new InputError(source, 'missing string field "text"');
  const text = fields.text.replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new InputError(source, 'empty "text"');
  const used = new Set(['text']);
  const title = pick(fields, FIELDS.title, used);
  const published = pick(fields, FIELDS.published, used);
  const outlet = pick(fields, FIELDS.outlet, used);
  const lang = pick(fields, FIELDS.lang, used);
  const url = pick(fields, FIELDS.url, used);
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (!used.has(key)) metadata[key] = value;
  if (url) metadata.url = url;
  return {
    source,
    outlet,
    lang: lang ? lang.toLowerCase().slice(0, 2) : null,
    published: published ? normalizeDate(published) : null,
    title,
    text,
    metadata,
  };
}
