/**
 * Ingestion: paths (files, directories, `-` for stdin) to articles. Each input
 * yields its articles and its errors as they come, so one bad file or record
 * never loses the good ones of a batch.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Article } from '../document.js';
import { makeArticle, type ArticleDraft } from './article.js';
import { decodeBytes, DEFAULT_MAX_BYTES, humanBytes } from './decode.js';
import { InputError } from './errors.js';
import { looksLikeFeed, looksLikeHtml, readFeed } from './feed.js';
import { readHtml } from './html.js';
import { articleFromRecord, readJsonRecord } from './jsonl.js';
import { readPlainText } from './text.js';

export type InputFormat = 'text' | 'html' | 'feed' | 'jsonl' | 'json';

export type IngestRecord =
  { kind: 'article'; article: Article } | { kind: 'error'; error: InputError };

export interface IngestOptions {
  /** Largest file (or JSON line) accepted, in bytes after decompression. */
  maxBytes?: number;
}

export const STDIN = '-';

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'feed',
  rss: 'feed',
  atom: 'feed',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
};

/** The format its name says (`.gz` looked through), or null when it says none. */
export function formatFromName(path: string): InputFormat | null {
  const m = /\.([a-z]+)(?:\.gz)?$/i.exec(path);
  return m ? (EXTENSIONS[m[1].toLowerCase()] ?? null) : null;
}

function sniffFormat(text: string): InputFormat {
  const head = text.trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('[')) return 'json';
  if (looksLikeFeed(head)) return 'feed';
  if (looksLikeHtml(head)) return 'html';
  return 'text';
}

function systemReason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.message ?? String(err);
  }
}

/**
 * Expands directories (recursively, sorted, hidden entries and files of other
 * kinds left out) into the files to read. Named files are taken whatever their name.
 */
export async function expandInputs(
  paths: string[],
): Promise<{ files: string[]; errors: InputError[] }> {
  const files: string[] = [];
  const errors: InputError[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push(new InputError(dir, systemReason(err)));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (formatFromName(entry.name) === null) continue;
      else if (entry.isFile()) files.push(path);
      else if (entry.isSymbolicLink()) {
        try {
          if ((await stat(path)).isFile()) files.push(path);
        } catch (err) {
          errors.push(new InputError(path, systemReason(err)));
        }
      }
    }
  }
  for (const path of paths) {
    if (path === STDIN) {
      files.push(path);
      continue;
    }
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else files.push(path);
    } catch (err) {
      errors.push(new InputError(path, systemReason(err)));
    }
  }
  return { files, errors };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function isGzipFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** JSON Lines streamed line by line: a file of any size, a record error never stops the rest. */
async function* streamJsonLines(path: string, maxBytes: number): AsyncGenerator<IngestRecord> {
  const raw = createReadStream(path);
  const input = (await isGzipFile(path)) ? raw.pipe(createGunzip()) : raw;
  let streamError: Error | null = null;
  raw.on('error', (err: Error) => (streamError = err));
  input.on('error', (err: Error) => (streamError = err));
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let records = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (line.trim() === '') continue;
      records++;
      const source = `${path}#${lineNo}`;
      if (line.length > maxBytes) {
        yield {
          kind: 'error',
          error: new InputError(source, `line over the ${humanBytes(maxBytes)} limit`),
        };
        continue;
      }
      yield* draftRecords(() => [readJsonRecord(line, source)], source);
    }
  } catch (err) {
    streamError ??= err as Error;
  }
  if (streamError) {
    const code = (streamError as NodeJS.ErrnoException).code;
    const reason = code?.startsWith('Z_')
      ? 'truncated or corrupt gzip data'
      : systemReason(streamError);
    yield { kind: 'error', error: new InputError(path, `${reason} after line ${lineNo}`) };
  } else if (records === 0) {
    yield { kind: 'error', error: new InputError(path, 'empty file') };
  }
}

function* draftRecords(read: () => ArticleDraft[], input: string): Generator<IngestRecord> {
  let drafts: ArticleDraft[];
  try {
    drafts = read();
  } catch (err) {
    yield { kind: 'error', error: asInputError(err, input) };
    return;
  }
  for (const draft of drafts) yield { kind: 'article', article: makeArticle(draft) };
}

export function asInputError(err: unknown, input: string): InputError {
  return err instanceof InputError
    ? err
    : new InputError(input, (err as Error).message ?? String(err));
}

/** Articles of a decoded input, by format. */
function* readDecoded(text: string, format: InputFormat, source: string): Generator<IngestRecord> {
  switch (format) {
    case 'text':
      yield* draftRecords(() => [readPlainText(text, source)], source);
      return;
    case 'html':
      yield* draftRecords(() => [readHtml(text, source)], source);
      return;
    case 'feed': {
      let result;
      try {
        result = readFeed(text, source);
      } catch (err) {
        yield { kind: 'error', error: asInputError(err, source) };
        return;
      }
      for (const draft of result.articles) yield { kind: 'article', article: makeArticle(draft) };
      for (const error of result.errors) yield { kind: 'error', error };
      return;
    }
    case 'json': {
      let records: unknown;
      try {
        records = JSON.parse(text);
      } catch (err) {
        yield {
          kind: 'error',
          error: new InputError(source, `malformed JSON (${(err as Error).message})`),
        };
        return;
      }
      const list = Array.isArray(records) ? records : [records];
      for (let i = 0; i < list.length; i++) {
        const itemSource = `${source}#${i + 1}`;
        yield* draftRecords(() => [articleFromRecord(list[i], itemSource)], itemSource);
      }
      return;
    }
    case 'jsonl': {
      const lines = text.split('\n');
      let records = 0;
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].trim() === '') continue;
        records++;
        const itemSource = `${source}#${i + 1}`;
        yield* draftRecords(() => [readJsonRecord(lines[i], itemSource)], itemSource);
      }
      if (records === 0) yield { kind: 'error', error: new InputError(source, 'empty file') };
      return;
    }
  }
}

/** Every article (and error) of one input path, or `-` for standard input. */
export async function* readInput(
  path: string,
  options: IngestOptions = {},
): AsyncGenerator<IngestRecord> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const named = path === STDIN ? null : formatFromName(path);
  if (named === 'jsonl') {
    yield* streamJsonLines(path, maxBytes);
    return;
  }
  const source = path === STDIN ? 'stdin' : path;
  let bytes: Buffer;
  try {
    if (path !== STDIN) {
      const info = await stat(path);
      if (info.size > maxBytes) {
        throw new InputError(
          source,
          `file is ${humanBytes(info.size)}, over the ${humanBytes(maxBytes)} limit`,
        );
      }
    }
    bytes = path === STDIN ? await readStdin() : await readFile(path);
  } catch (err) {
    yield {
      kind: 'error',
      error: err instanceof InputError ? err : new InputError(source, systemReason(err)),
    };
    return;
  }
  let decoded;
  try {
    decoded = decodeBytes(bytes, source, maxBytes);
  } catch (err) {
    yield { kind: 'error', error: asInputError(err, source) };
    return;
  }
  const format = named ?? sniffFormat(decoded.text);
  for (const record of readDecoded(decoded.text, format, source)) {
    if (record.kind === 'article' && decoded.encoding !== 'utf-8') {
      record.article.metadata.encoding = decoded.encoding;
    }
    yield record;
  }
}
