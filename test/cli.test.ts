import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { projectRoot } from '../src/util/paths.js';
import { seedArticle } from './helpers.js';

const cli = join(projectRoot, 'dist', 'src', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'recoupe-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('recoupe analyze', () => {
  it('reports the seed as French, dated 2023-03, in 6 paragraphs, quotes and titles unsplit', (t) => {
    const seed = seedArticle(t);
    if (!seed) return;
    const { code, stdout, stderr } = run(['analyze', seed, '--format', 'json']);
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const out = JSON.parse(stdout);
    assert.equal(out.schemaVersion, '1.4');
    const [doc] = out.documents;
    assert.equal(doc.lang.code, 'fr');
    assert.equal(doc.published, '2023-03');
    assert.equal(doc.paragraphs.length, 6);
    const sentences: string[] = doc.sentences.map((s: { start: number; end: number }) =>
      doc.text.slice(s.start, s.end),
    );
    for (const s of sentences) {
      const opened = (s.match(/«/g) ?? []).length;
      assert.equal(opened, (s.match(/»/g) ?? []).length, `unbalanced guillemets in: ${s}`);
      assert.doesNotMatch(s, /(?:\bM\.|\bMonsieur)$/, `sentence ends after a title: ${s}`);
    }
    assert.ok(
      sentences.some(
        (s) => s.startsWith('«Blinken a demandé') && s.includes('» : la porte-parole'),
      ),
    );
    for (const token of doc.tokens) assert.ok(token.end <= doc.text.length);
  });

  it('reads standard input and prints one JSON document per line with --format jsonl', () => {
    const { code, stdout } = run(
      ['analyze', '-', '--format', 'jsonl'],
      'The minister said on Thursday that talks would resume.\n',
    );
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const doc = JSON.parse(lines[0]);
    assert.equal(doc.lang.code, 'en');
    assert.equal(doc.source, 'stdin');
  });

  it('honours --lang and --date', () => {
    const path = file('short.txt', 'Bonjour.');
    const doc = JSON.parse(
      run(['analyze', path, '--format', 'jsonl', '--lang', 'en', '--date', '2024-01-05']).stdout,
    );
    assert.deepEqual(
      [doc.lang, doc.date],
      [{ code: 'en', source: 'option', supported: true }, '2024-01-05'],
    );
  });

  it('says there is no pack for another language, and still segments', () => {
    const path = file(
      'de.txt',
      'Der Außenminister traf sich am Donnerstag in Neu-Delhi mit seinem russischen Amtskollegen.',
    );
    const { code, stdout, stderr } = run(['analyze', path, '--format', 'jsonl']);
    assert.equal(code, 0);
    assert.equal(stderr, `recoupe: ${path}: no language pack for 'de': segmentation only\n`);
    const doc = JSON.parse(stdout);
    assert.equal(doc.lang.code, 'de');
    assert.equal(doc.lang.supported, false);
    assert.equal(doc.warnings[0].code, 'no-language-pack');
    assert.ok(doc.tokens.length > 10);
  });

  it('prints a readable text report with each paragraph', () => {
    const path = file(
      'fr.txt',
      ' date 2023-03 Premier paragraphe du texte.\n\nSecond paragraphe, avec deux phrases. La voici.',
    );
    const { code, stdout } = run(['analyze', path]);
    assert.equal(code, 0);
    assert.match(stdout, /^== .*fr\.txt/);
    assert.match(stdout, /¶1 Premier paragraphe/);
    assert.match(stdout, /¶2 Second paragraphe[\s\S]*→ 2 sentences/);
  });

  it('keeps the good records of a batch: one line per bad input, exit 0', () => {
    const good = file(
      'good.txt',
      'Le ministre a rencontré son homologue jeudi, selon une source diplomatique.',
    );
    const empty = file('empty.txt', '');
    const binary = file('bin.txt', Buffer.from([0, 1, 2, 3, 0, 0, 7]));
    const { code, stdout, stderr } = run([
      'analyze',
      good,
      empty,
      binary,
      join(dir, 'missing.txt'),
      '--format',
      'jsonl',
    ]);
    assert.equal(code, 0);
    assert.equal(stdout.trim().split('\n').length, 1);
    const lines = stderr.trim().split('\n');
    assert.deepEqual(lines, [
      `recoupe: ${join(dir, 'missing.txt')}: no such file or directory`,
      `recoupe: ${empty}: empty file`,
      `recoupe: ${binary}: binary file, not text`,
      'recoupe: 1 article analysed, 3 inputs failed',
    ]);
  });

  it('refuses an article longer than --max-chars with one line, and analyses the others', () => {
    const long = file('long.txt', 'Le ministre a parlé. '.repeat(10));
    const short = file('short.txt', 'Le ministre a parlé à ses homologues jeudi.');
    const { code, stdout, stderr } = run([
      'analyze',
      long,
      short,
      '--max-chars',
      '100',
      '--lang',
      'fr',
      '--format',
      'jsonl',
    ]);
    assert.equal(code, 0);
    assert.equal(stdout.trim().split('\n').length, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      `recoupe: ${long}: article of 209 characters, over the 100 limit (--max-chars): split it`,
      'recoupe: 1 article analysed, 1 input failed',
    ]);
  });

  it('exits 1 when nothing could be processed, without a stack trace', () => {
    const { code, stderr } = run(['analyze', file('only-empty.txt', '')]);
    assert.equal(code, 1);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });

  it('exits 2 on a usage error', () => {
    assert.equal(run(['analyze']).code, 2);
    assert.equal(run(['analyze', 'x', '--format', 'xml']).code, 2);
    assert.equal(run(['analyze', 'x', '--date', 'yesterday']).code, 2);
    assert.equal(run(['frobnicate']).code, 2);
  });

  it('takes an actor dictionary whose codes override the profile', () => {
    const dictionary = file('actors.txt', 'JANE_DOE_EXAMPLE [CANLEG]\n+JANE_EXAMPLE\n');
    const article = file(
      'actor.txt',
      'Jane Doe Example a déclaré jeudi que le projet de loi serait voté en mars.',
    );
    const doc = JSON.parse(
      run(['analyze', article, '--format', 'jsonl', '--actors', dictionary]).stdout,
    );
    const jane = doc.entities.find((e: { name: string }) => e.name === 'Jane Doe Example');
    assert.deepEqual([jane.country, jane.sector], ['CAN', 'LEG']);
    const missing = run(['analyze', article, '--actors', join(dir, 'none.txt')]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, `recoupe: --actors ${join(dir, 'none.txt')}: no such file\n`);
  });

  it('has --help everywhere', () => {
    for (const args of [
      ['--help'],
      ['analyze', '--help'],
      ['ingest', '--help'],
      ['stats', '--help'],
    ]) {
      const { code, stdout } = run(args);
      assert.equal(code, 0);
      assert.match(stdout, /Usage: recoupe/);
    }
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    const a = file(
      'p1.txt',
      'Le ministre a rencontré son homologue jeudi, selon une source diplomatique.',
    );
    const b = file(
      'p2.txt',
      'The minister met his counterpart on Thursday, according to a diplomatic source.',
    );
    assert.equal(run(['analyze', a, b, '--format', 'jsonl']).stderr, '');
  });
});

describe('recoupe ingest and stats', () => {
  it('stores each article once, however often it is ingested', () => {
    const db = join(dir, 'news.db');
    const a = file(
      'a.txt',
      ' date 2023-03-02 Le ministre a parlé de la situation avec son homologue.',
    );
    const b = file(
      'b.jsonl',
      JSON.stringify({
        text: '"We will not give up," Foreign Minister Jane Smith told reporters on Thursday.',
        outlet: 'AP',
      }) + '\n',
    );
    const first = run(['ingest', a, b, '--db', db]);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stderr, /2 stored, 0 already in/);
    const second = run(['ingest', a, b, '--db', db]);
    assert.match(second.stderr, /0 stored, 2 already in/);
    const stats = JSON.parse(run(['stats', '--db', db, '--format', 'json']).stdout);
    assert.equal(stats.articles, 2);
    assert.deepEqual(stats.byLanguage, { en: 1, fr: 1 });
    assert.equal(stats.published.first, '2023-03-02');
    assert.equal(stats.schemaVersion, 1);
    assert.ok(stats.layers.entities >= 2, JSON.stringify(stats.layers));
    assert.ok(stats.layers.quotes >= 1, JSON.stringify(stats.layers));
    assert.match(run(['stats', '--db', db]).stdout, /^articles\s+2$/m);
  });
});

describe('recoupe export', () => {
  it('writes the seed events as PLOVER JSON Lines and as a GDELT-like CSV', (t) => {
    const seed = seedArticle(t);
    if (!seed) return;
    const plover = run(['export', seed]);
    assert.equal(plover.code, 0, plover.stderr);
    const records = plover.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(records.length > 5);
    for (const r of records)
      for (const field of ['id', 'date', 'actor', 'event']) assert.ok(field in r);
    const csv = run(['export', '-f', 'csv', seed]);
    assert.equal(csv.code, 0, csv.stderr);
    const lines = csv.stdout.trim().split('\n');
    assert.match(lines[0], /^GLOBALEVENTID,SQLDATE,Actor1Name/);
    assert.equal(lines.length, records.length + 1);
  });

  it('exports what a database keeps, and fails without inputs', (t) => {
    const seed = seedArticle(t);
    if (!seed) return;
    const db = join(dir, 'events.db');
    assert.equal(run(['ingest', seed, '--db', db]).code, 0);
    const stored = run(['export', '--db', db]);
    assert.equal(stored.code, 0, stored.stderr);
    assert.equal(stored.stdout, run(['export', seed]).stdout);
    assert.notEqual(run(['export']).code, 0);
  });
});
