/**
 * SQLite store (better-sqlite3): WAL journal, versioned migrations, batched
 * transactions, idempotent by content hash.
 *
 * Layout: `articles` (one row per content hash), `analyses` (the versioned
 * JSON analysis of each), and `spans`, one row per item of every layer
 * (mentions, actors, time expressions, quotes, events) so layers can be
 * queried in SQL without a schema change per layer. Cross-article stories get their tables
 * in the migration that introduces them.
 */
import Database from 'better-sqlite3';
import type { Doc } from '../document.js';
import { documentToJson, SCHEMA_VERSION } from '../output/json.js';
import type { PutResult, Store, StoreStats } from './store.js';

const MIGRATIONS: string[] = [
  `CREATE TABLE articles (
     id TEXT PRIMARY KEY,
     source TEXT NOT NULL,
     outlet TEXT,
     lang TEXT NOT NULL,
     published TEXT,
     title TEXT,
     text TEXT NOT NULL,
     metadata TEXT NOT NULL,
     ingested_at TEXT NOT NULL
   );
   CREATE INDEX articles_published ON articles (published);
   CREATE INDEX articles_outlet ON articles (outlet);
   CREATE TABLE analyses (
     article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
     schema_version TEXT NOT NULL,
     analyzed_at TEXT NOT NULL,
     document TEXT NOT NULL
   );
   CREATE TABLE spans (
     article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
     layer TEXT NOT NULL,
     idx INTEGER NOT NULL,
     start INTEGER NOT NULL,
     end INTEGER NOT NULL,
     label TEXT,
     data TEXT,
     PRIMARY KEY (article_id, layer, idx)
   );
   CREATE INDEX spans_layer_label ON spans (layer, label);`,
];

type SpanRow = [
  layer: string,
  idx: number,
  start: number,
  end: number,
  label: string | null,
  data: string | null,
];

/**
 * One row per item of each layer, its offsets and the label most queries filter
 * on: NER mentions (label), actors (type; profile in data), actor mentions
 * (entity id), places (ISO3), time expressions (TimeML value), quotes (claim status),
 * events (PLOVER type).
 */
function layerRows(doc: Doc): SpanRow[] {
  const rows: SpanRow[] = [];
  (doc.mentions ?? []).forEach((m, i) => rows.push(['mentions', i, m.start, m.end, m.label, null]));
  let mentionIndex = 0;
  (doc.entities ?? []).forEach((e, i) => {
    const { mentions, ...profile } = e;
    const first = mentions[0];
    rows.push(['entities', i, first?.start ?? 0, first?.end ?? 0, e.type, JSON.stringify(profile)]);
    for (const m of mentions) {
      rows.push([
        'entity_mentions',
        mentionIndex++,
        m.start,
        m.end,
        e.id,
        JSON.stringify({ kind: m.kind }),
      ]);
    }
  });
  (doc.places ?? []).forEach((p, i) =>
    rows.push(['places', i, p.start, p.end, p.place.iso3, JSON.stringify(p.place)]),
  );
  (doc.timexes ?? []).forEach((t, i) =>
    rows.push(['timexes', i, t.start, t.end, t.value, JSON.stringify(t)]),
  );
  (doc.quotes ?? []).forEach((q, i) =>
    rows.push(['quotes', i, q.content.start, q.content.end, q.status, JSON.stringify(q)]),
  );
  (doc.events ?? []).forEach((e, i) => {
    const trigger = e.claims[0].trigger;
    rows.push(['events', i, trigger.start, trigger.end, e.type, JSON.stringify(e)]);
  });
  return rows;
}

export class SqliteStore implements Store {
  private readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new Error(
        `database schema version ${current} is newer than this recoupe knows (${MIGRATIONS.length})`,
      );
    }
    for (let version = current; version < MIGRATIONS.length; version++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[version]);
        this.db.pragma(`user_version = ${version + 1}`);
      })();
    }
  }

  putDocuments(docs: Doc[]): PutResult {
    const insertArticle = this.db.prepare(
      `INSERT OR IGNORE INTO articles (id, source, outlet, lang, published, title, text, metadata, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertAnalysis = this.db.prepare(
      `INSERT INTO analyses (article_id, schema_version, analyzed_at, document) VALUES (?, ?, ?, ?)`,
    );
    const insertSpan = this.db.prepare(
      `INSERT INTO spans (article_id, layer, idx, start, end, label, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const now = new Date().toISOString();
    const result: PutResult = { inserted: 0, duplicates: 0 };
    this.db.transaction(() => {
      for (const doc of docs) {
        const a = doc.article;
        const info = insertArticle.run(
          a.id,
          a.source,
          a.outlet,
          doc.lang.code,
          a.published,
          a.title,
          a.text,
          JSON.stringify(a.metadata),
          now,
        );
        if (info.changes === 0) {
          result.duplicates++;
          continue;
        }
        result.inserted++;
        insertAnalysis.run(a.id, SCHEMA_VERSION, now, JSON.stringify(documentToJson(doc)));
        for (const row of layerRows(doc)) insertSpan.run(a.id, ...row);
      }
    })();
    return result;
  }

  /** The stored analysis documents (the JSON of `analyze --format json`), in ingestion order. */
  *analyses(): IterableIterator<Record<string, unknown>> {
    const rows = this.db
      .prepare('SELECT document FROM analyses ORDER BY rowid')
      .iterate() as IterableIterator<{ document: string }>;
    for (const row of rows) yield JSON.parse(row.document) as Record<string, unknown>;
  }

  stats(): StoreStats {
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    const grouped = (sql: string) =>
      Object.fromEntries(
        (this.db.prepare(sql).all() as { k: string | null; n: number }[]).map((r) => [
          r.k ?? '(unknown)',
          r.n,
        ]),
      );
    const range = this.db
      .prepare('SELECT min(published) AS first, max(published) AS last FROM articles')
      .get() as { first: string | null; last: string | null };
    return {
      articles: count('SELECT count(*) AS n FROM articles'),
      byLanguage: grouped(
        'SELECT lang AS k, count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC',
      ),
      byOutlet: grouped(
        'SELECT outlet AS k, count(*) AS n FROM articles GROUP BY outlet ORDER BY n DESC LIMIT 20',
      ),
      published: range,
      layers: grouped('SELECT layer AS k, count(*) AS n FROM spans GROUP BY layer ORDER BY layer'),
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
    };
  }

  close(): void {
    this.db.close();
  }
}
