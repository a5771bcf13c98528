#!/usr/bin/env node
/**
 * The `recoupe` command. Exit codes: 0 when at least one article was
 * processed (bad inputs are reported one line each on stderr), 1 when nothing
 * could be processed, 2 for a usage error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ActorDictionary, parseActorDictionary } from '../actors/dictionary.js';
import { setActorDictionary } from '../actors/entities.js';
import type { Doc } from '../document.js';
import { documentToJson, SCHEMA_VERSION } from '../output/json.js';
import { documentToText } from '../output/text.js';
import { limitHeapGrowth } from '../util/heap.js';
import { GDELT_COLUMNS, gdeltRows, ploverRecords, type AnalysisJson } from '../events/export.js';
import { SqliteStore } from '../store/sqlite.js';
import { projectRoot } from '../util/paths.js';
import { analyzeBatch, type BatchOptions, type BatchResult } from './batch.js';

const VERSION = (
  JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }
).version;

const EXIT_NOTHING_PROCESSED = 1;
const EXIT_USAGE = 2;
const STORE_BATCH = 200;

function isoDate(value: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
    throw new InvalidArgumentError('expected YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return value;
}

function langCode(value: string): string {
  if (!/^[a-z]{2,3}$/.test(value))
    throw new InvalidArgumentError('expected an ISO 639-1 code such as fr or en');
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

interface RunOptions extends BatchOptions {
  actors?: string;
}

/** A user's PETRARCH/Phoenix actor dictionary: its aliases and dated codes refine the actor layer. */
function useActorDictionary(path: string): void {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(
      `--actors ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`,
    );
  }
  const actors = parseActorDictionary(content);
  if (actors.length === 0) throw new UsageError(`--actors ${path}: no actor entries found`);
  setActorDictionary(new ActorDictionary(actors));
}

/** A mistake in how recoupe was called: one line, exit 2. */
class UsageError extends Error {}

/** Reads and analyses every input, handing each document to `onDoc`; returns the counts. */
async function analyzeInputs(
  inputs: string[],
  options: RunOptions,
  onDoc: (doc: Doc) => void,
): Promise<BatchResult> {
  if (options.actors) useActorDictionary(options.actors);
  return analyzeBatch(inputs, options, onDoc);
}

function concludeRun(articles: number, errors: { input: string }[], verb: string): void {
  if (errors.length > 0) {
    process.stderr.write(
      `recoupe: ${articles} article${articles === 1 ? '' : 's'} ${verb}, ${errors.length} input${errors.length === 1 ? '' : 's'} failed\n`,
    );
  }
  if (articles === 0) process.exitCode = EXIT_NOTHING_PROCESSED;
}

function addAnalysisOptions(command: Command): Command {
  return command
    .option('--lang <code>', 'analyse in this language instead of detecting it', langCode)
    .option(
      '--date <date>',
      'document date to resolve relative dates against (YYYY[-MM[-DD]])',
      isoDate,
    )
    .option('--max-bytes <n>', 'largest input file accepted, in bytes', positiveInt)
    .option('--max-chars <n>', 'longest article analysed, in characters', positiveInt)
    .option(
      '--actors <file>',
      'actor dictionary (PETRARCH/Phoenix format) adding aliases and dated codes',
    );
}

function buildProgram(): Command {
  const program = new Command('recoupe')
    .description(
      'News provenance: who said what, according to whom, across articles and languages.',
    )
    .version(VERSION)
    .exitOverride() // before the subcommands, which inherit it: usage errors exit 2, not 1
    .showHelpAfterError('(run with --help for usage)');

  addAnalysisOptions(
    program
      .command('analyze')
      .description(
        'analyse articles and print what was found\n' +
          'inputs: text, HTML, RSS/Atom, JSON Lines files (gzip too), directories, or - for stdin',
      )
      .argument('<inputs...>', 'files, directories, or - for standard input')
      .addOption(
        new Option('-f, --format <format>', 'output format')
          .choices(['text', 'json', 'jsonl'])
          .default('text'),
      ),
  ).action(async (inputs: string[], opts: RunOptions & { format: string }) => {
    const out = process.stdout;
    let first = true;
    if (opts.format === 'json') {
      out.write(
        `{\n"schemaVersion": "${SCHEMA_VERSION}",\n"generator": "recoupe ${VERSION}",\n"documents": [\n`,
      );
    }
    const { articles, errors } = await analyzeInputs(inputs, opts, (doc) => {
      if (opts.format === 'text') out.write((first ? '' : '\n') + documentToText(doc));
      else if (opts.format === 'jsonl') out.write(JSON.stringify(documentToJson(doc)) + '\n');
      else out.write((first ? '' : ',\n') + JSON.stringify(documentToJson(doc), null, 2));
      first = false;
    });
    if (opts.format === 'json')
      out.write(`\n],\n"errors": ${JSON.stringify(errors, null, 2)}\n}\n`);
    concludeRun(articles, errors, 'analysed');
  });

  addAnalysisOptions(
    program
      .command('ingest')
      .description('analyse articles and keep them in a database (same content: stored once)')
      .argument('<inputs...>', 'files, directories, or - for standard input')
      .requiredOption('--db <file>', 'SQLite database file (created if missing)'),
  ).action(async (inputs: string[], opts: RunOptions & { db: string }) => {
    const store = new SqliteStore(opts.db);
    const batch: Doc[] = [];
    let inserted = 0;
    let duplicates = 0;
    const flush = () => {
      const result = store.putDocuments(batch);
      inserted += result.inserted;
      duplicates += result.duplicates;
      batch.length = 0;
    };
    try {
      const { articles, errors } = await analyzeInputs(inputs, opts, (doc) => {
        batch.push(doc);
        if (batch.length >= STORE_BATCH) flush();
      });
      flush();
      process.stderr.write(`recoupe: ${inserted} stored, ${duplicates} already in ${opts.db}\n`);
      concludeRun(articles, errors, 'ingested');
    } finally {
      store.close();
    }
  });

  addAnalysisOptions(
    program
      .command('export')
      .description(
        'export the events of articles (analysed now) or of a database (--db, as stored)\n' +
          'plover: PLOVER JSON Lines with recoupe_* provenance fields; csv: a GDELT-like event table',
      )
      .argument('[inputs...]', 'files, directories, or - for standard input')
      .option('--db <file>', 'export the analyses stored in this SQLite database')
      .addOption(
        new Option('-f, --format <format>', 'export format')
          .choices(['plover', 'csv'])
          .default('plover'),
      ),
  ).action(async (inputs: string[], opts: RunOptions & { db?: string; format: string }) => {
    const out = process.stdout;
    if (opts.format === 'csv') out.write(GDELT_COLUMNS.join(',') + '\n');
    const write = (doc: AnalysisJson) => {
      const lines =
        opts.format === 'csv' ? gdeltRows(doc) : ploverRecords(doc).map((r) => JSON.stringify(r));
      for (const line of lines) out.write(line + '\n');
    };
    if (opts.db) {
      if (inputs.length > 0) throw new InvalidArgumentError('give inputs or --db, not both');
      const store = new SqliteStore(opts.db);
      try {
        let n = 0;
        for (const doc of store.analyses()) {
          write(doc as unknown as AnalysisJson);
          n++;
        }
        if (n === 0) process.exitCode = EXIT_NOTHING_PROCESSED;
      } finally {
        store.close();
      }
      return;
    }
    if (inputs.length === 0) throw new InvalidArgumentError('give inputs to analyse, or --db');
    const { articles, errors } = await analyzeInputs(inputs, opts, (doc) =>
      write(documentToJson(doc) as unknown as AnalysisJson),
    );
    concludeRun(articles, errors, 'exported');
  });

  program
    .command('stats')
    .description('summarise a database')
    .requiredOption('--db <file>', 'SQLite database file')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action((opts: { db: string; format: string }) => {
      const store = new SqliteStore(opts.db);
      try {
        const stats = store.stats();
        if (opts.format === 'json') {
          process.stdout.write(JSON.stringify(stats, null, 2) + '\n');
          return;
        }
        const counts = (record: Record<string, number>) =>
          Object.entries(record)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ') || '—';
        process.stdout.write(
          [
            `articles   ${stats.articles}`,
            `languages  ${counts(stats.byLanguage)}`,
            `outlets    ${counts(stats.byOutlet)}`,
            `published  ${stats.published.first ?? '—'} … ${stats.published.last ?? '—'}`,
            `layers     ${counts(stats.layers)}`,
            `schema     v${stats.schemaVersion}`,
          ].join('\n') + '\n',
        );
      } finally {
        store.close();
      }
    });
  return program;
}

async function main(): Promise<void> {
  limitHeapGrowth();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); // reader went away (| head)
    throw err;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? 0 : EXIT_USAGE;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`recoupe: ${err.message}\n`);
      process.exitCode = EXIT_USAGE;
      return;
    }
    // Anything else is recoupe's own failure: one line, not a stack trace, unless asked for.
    process.stderr.write(`recoupe: ${(err as Error).message}\n`);
    if (process.env.RECOUPE_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = EXIT_NOTHING_PROCESSED;
  }
}

await main();
