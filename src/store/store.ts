/**
 * The store behind recoupe's commands. The pipeline never talks to a database
 * directly, so SQLite (the embedded default) and a server database can stand
 * behind the same interface.
 */
import type { Doc } from '../document.js';

export interface PutResult {
  inserted: number;
  /** Articles whose content hash was already stored: skipped, never duplicated. */
  duplicates: number;
}

export interface StoreStats {
  articles: number;
  byLanguage: Record<string, number>;
  byOutlet: Record<string, number>;
  published: { first: string | null; last: string | null };
  /** Stored layer items by layer name (mentions, quotes, events …). */
  layers: Record<string, number>;
  schemaVersion: number;
}

export interface Store {
  /** Stores analysed documents in one transaction; idempotent by content hash. */
  putDocuments(docs: Doc[]): PutResult;
  /** The stored analysis documents, as `analyze --format json` prints them. */
  analyses(): IterableIterator<Record<string, unknown>>;
  stats(): StoreStats;
  close(): void;
}
