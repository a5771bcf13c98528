import { createHash } from 'node:crypto';
import type { Article } from '../document.js';

/** What a reader extracts; the id is derived from the text. */
export type ArticleDraft = Omit<Article, 'id'>;

/** Stable content hash: the same body text always gets the same id, whatever its source. */
export function contentId(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
}

export function makeArticle(draft: ArticleDraft): Article {
  return { id: contentId(draft.text), ...draft };
}
