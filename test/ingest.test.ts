import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { contentId } from '../src/ingest/article.js';
import { normalizeDate } from '../src/ingest/dates.js';
import { decodeBytes } from '../src/ingest/decode.js';
import { expandInputs, readInput, type IngestRecord } from '../src/ingest/index.js';
import { readPlainText } from '../src/ingest/text.js';

const dir = mkdtempSync(join(tmpdir(), 'recoupe-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect(path: string, maxBytes?: number): Promise<IngestRecord[]> {
  const out: IngestRecord[] = [];
  for await (const r of readInput(path, { maxBytes })) out.push(r);
  return out;
}

const articles = (records: IngestRecord[]) =>
  records.flatMap((r) => (r.kind === 'article' ? [r.article] : []));
const errors = (records: IngestRecord[]) =>
  records.flatMap((r) => (r.kind === 'error' ? [r.error.message] : []));

describe('plain text', () => {
  it('takes a leading date prefix as metadata, body on the same line', () => {
    const a = readPlainText(' date 2023-03 Des agences ont parlé.\n\nSuite.', 'a.txt');
    assert.equal(a.published, '2023-03');
    assert.equal(a.text, 'Des agences ont parlé.\n\nSuite.');
    assert.equal(a.title, null);
  });
  it('takes the body from the next line too, and full or year-only dates', () => {
    assert.deepEqual(
      [
        readPlainText('date 2023-03-02\nCorps.', 'a').published,
        readPlainText('date 2023 Corps.', 'b').published,
      ],
      ['2023-03-02', '2023'],
    );
    assert.equal(readPlainText('date 2023-03-02\nCorps.', 'a').text, 'Corps.');
  });
  it('leaves a text without prefix alone', () => {
    const a = readPlainText('Le date du jour.', 'a');
    assert.equal(a.published, null);
    assert.equal(a.text, 'Le date du jour.');
  });
  it('gives the same id to the same content', () => {
    assert.equal(contentId('abc'), contentId('abc'));
    assert.match(contentId('abc'), /^[0-9a-f]{16}$/);
  });
});

describe('encodings', () => {
  const text = 'Élysée : « déjà » — 5 €';
  it('reads UTF-8 with and without BOM', () => {
    assert.equal(decodeBytes(Buffer.from(text), 'x').text, text);
    assert.equal(
      decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'x').text,
      text,
    );
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    assert.equal(decodeBytes(le, 'x').text, text);
    assert.equal(decodeBytes(be, 'x').text, text);
  });
  it('recognises UTF-16 without a byte-order mark instead of calling it binary', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    assert.deepEqual(
      [decodeBytes(le, 'x').encoding, decodeBytes(le, 'x').text],
      ['utf-16le', text],
    );
    assert.deepEqual(
      [decodeBytes(be, 'x').encoding, decodeBytes(be, 'x').text],
      ['utf-16be', text],
    );
  });
  it('detects Windows-1252 when the bytes are not UTF-8', () => {
    const cp1252 = Buffer.from([
      0xc9, 0x6c, 0x79, 0x73, 0xe9, 0x65, 0x20, 0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94,
    ]);
    const decoded = decodeBytes(cp1252, 'x');
    assert.equal(decoded.text, 'Élysée € “ok”');
    assert.equal(decoded.encoding, 'windows-1252');
  });
  it('normalises line ends', () => {
    assert.equal(decodeBytes(Buffer.from('a\r\nb\rc'), 'x').text, 'a\nb\nc');
  });
});

describe('dates', () => {
  it('keeps partial dates and ISO timestamps, converts RFC 822', () => {
    assert.equal(normalizeDate('2023-03'), '2023-03');
    assert.equal(normalizeDate('2023-03-02T10:00:00+01:00'), '2023-03-02T10:00:00+01:00');
    assert.equal(normalizeDate('Thu, 02 Mar 2023 10:00:00 GMT'), '2023-03-02T10:00:00Z');
    assert.equal(normalizeDate('not a date'), null);
  });
});

describe('bad input: one-line error naming the file', () => {
  it('empty file', async () => {
    assert.deepEqual(errors(await collect(file('empty.txt', ''))), [
      `${join(dir, 'empty.txt')}: empty file`,
    ]);
  });
  it('whitespace-only file', async () => {
    assert.match(errors(await collect(file('blank.txt', ' \n\n ')))[0], /blank\.txt: no text/);
  });
  it('binary file', async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
    ]);
    assert.deepEqual(errors(await collect(file('image.txt', png))), [
      `${join(dir, 'image.txt')}: binary file, not text`,
    ]);
  });
  it('truncated gzip', async () => {
    const gz = gzipSync(Buffer.from('Un article assez long pour être compressé. '.repeat(50)));
    const [message] = errors(await collect(file('cut.txt.gz', gz.subarray(0, gz.length - 20))));
    assert.match(message, /cut\.txt\.gz: truncated gzip data$/);
  });
  it('a file over the size limit is refused without being read', async () => {
    const path = file('huge.txt', Buffer.alloc(2048, 0x61));
    assert.deepEqual(errors(await collect(path, 1024)), [
      `${path}: file is 2 KB, over the 1 KB limit`,
    ]);
  });
  it('a 50 MB file is refused at the default limit', async () => {
    const path = file('fifty.txt', Buffer.alloc(50 * 1024 * 1024, 0x61));
    assert.deepEqual(errors(await collect(path)), [`${path}: file is 50 MB, over the 32 MB limit`]);
  });
  it('a gzip bomb is stopped at the limit', async () => {
    const path = file('bomb.txt.gz', gzipSync(Buffer.alloc(4096, 0x61)));
    assert.match(errors(await collect(path, 1024))[0], /bomb\.txt\.gz: decompresses to more than/);
  });
  it('missing file', async () => {
    const { files, errors: errs } = await expandInputs([join(dir, 'nope.txt')]);
    assert.deepEqual(files, []);
    assert.deepEqual(
      errs.map((e) => e.message),
      [`${join(dir, 'nope.txt')}: no such file or directory`],
    );
  });
});

describe('JSON Lines', () => {
  it('keeps the good records around a malformed line and a record without text', async () => {
    const path = file(
      'batch.jsonl',
      [
        JSON.stringify({
          text: 'Premier article.',
          title: 'Un',
          published: '2023-03-02',
          outlet: 'AFP',
          lang: 'fr',
          url: 'https://x/1',
          section: 'monde',
        }),
        '{"text": "cassé',
        '',
        JSON.stringify({ title: 'sans texte' }),
        JSON.stringify({ text: 'Second article.' }),
      ].join('\n'),
    );
    const records = await collect(path);
    const good = articles(records);
    assert.equal(good.length, 2);
    assert.equal(good[0].source, `${path}#1`);
    assert.deepEqual(
      [good[0].title, good[0].published, good[0].outlet, good[0].lang, good[0].metadata],
      ['Un', '2023-03-02', 'AFP', 'fr', { section: 'monde', url: 'https://x/1' }],
    );
    assert.equal(good[1].source, `${path}#5`);
    const errs = errors(records);
    assert.equal(errs.length, 2);
    assert.match(errs[0], new RegExp(`batch\\.jsonl#2: malformed JSON`));
    assert.equal(errs[1], `${path}#4: missing string field "text"`);
    for (const e of errs) assert.doesNotMatch(e, /\n/);
  });
  it('streams gzip-compressed JSON Lines and reports truncation after the good records', async () => {
    const lines = Array.from({ length: 200 }, (_, i) =>
      JSON.stringify({ text: `Article numéro ${i} avec un peu de texte.` }),
    );
    const gz = gzipSync(Buffer.from(lines.join('\n')));
    const whole = await collect(file('many.jsonl.gz', gz));
    assert.equal(articles(whole).length, 200);
    const cut = await collect(file('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2))));
    assert.ok(articles(cut).length > 0);
    assert.match(
      errors(cut).at(-1)!,
      /cut\.jsonl\.gz: truncated or corrupt gzip data after line \d+/,
    );
  });
  it('reads a JSON array of articles', async () => {
    const records = await collect(
      file('list.json', JSON.stringify([{ text: 'A.' }, { text: 'B.' }, 5])),
    );
    assert.equal(articles(records).length, 2);
    assert.match(errors(records)[0], /list\.json#3: a JSON line must be an object/);
  });
});

describe('directories', () => {
  it('walks recursively in order, skips hidden and non-article files, reports broken links', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'b', '.hidden'), { recursive: true });
    writeFileSync(join(root, 'b', 'two.txt'), 'Deux.');
    writeFileSync(join(root, 'a.txt'), 'Un.');
    writeFileSync(join(root, 'notes.md'), '# not an article');
    writeFileSync(join(root, 'b', '.hidden', 'x.txt'), 'caché');
    symlinkSync(join(root, 'gone.txt'), join(root, 'broken.txt'));
    const { files, errors: errs } = await expandInputs([root]);
    assert.deepEqual(files, [join(root, 'a.txt'), join(root, 'b', 'two.txt')]);
    assert.deepEqual(
      errs.map((e) => e.message),
      [`${join(root, 'broken.txt')}: no such file or directory`],
    );
  });
});
