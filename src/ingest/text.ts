import type { ArticleDraft } from './article.js';
import { InputError } from './errors.js';

/**
 * The plain-text convention of recoupe's seeds: an optional leading
 * ` date YYYY[-MM[-DD]] ` prefix, then the body on the same line or the next.
 * The prefix is metadata, not body.
 */
const DATE_PREFIX = /^\s*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=\s)\s*/;

export function readPlainText(content: string, source: string): ArticleDraft {
  const prefix = DATE_PREFIX.exec(content);
  const text = (prefix ? content.slice(prefix[0].length) : content).trim();
  if (text === '') throw new InputError(source, 'no article text after the date prefix');
  return {
    source,
    outlet: null,
    lang: null,
    published: prefix ? prefix[1] : null,
    title: null,
    text,
    metadata: {},
  };
}
