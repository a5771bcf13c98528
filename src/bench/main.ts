#!/usr/bin/env node
/**
 * `npm run bench`: throughput (articles/s, MB/s, tokens/s) and peak memory of
 * the pipeline over a corpus built from the shared data, on one core.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeArticle } from '../ingest/article.js';
import { decodeBytes } from '../ingest/decode.js';
import { readPlainText } from '../ingest/text.js';
import { analyze } from '../pipeline.js';
import { formatTable, type EvalTable } from '../eval/table.js';
import { projectRoot } from '../util/paths.js';
import { loadBenchCorpus } from './corpus.js';

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function main(): void {
  const loadStarted = performance.now();
  const corpus = loadBenchCorpus();
  const bytes = corpus.reduce((n, t) => n + t.bytes.length, 0);
  console.log(
    `corpus: ${corpus.length} texts, ${(bytes / 1e6).toFixed(1)} MB (read in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
  );
  const rows: EvalTable['rows'] = [];
  const started = performance.now();
  let tokens = 0;
  for (const text of corpus) {
    const article = makeArticle(readPlainText(decodeBytes(text.bytes, text.name).text, text.name));
    tokens += analyze(article).tokens.length;
  }
  const seconds = (performance.now() - started) / 1000;
  rows.push({
    stage: 'ingest + language id + segmentation',
    articles: corpus.length,
    's': seconds,
    'articles/s': corpus.length / seconds,
    'MB/s': bytes / 1e6 / seconds,
    'tokens/s': Math.round(tokens / seconds),
    'peak RSS MB': Math.round(peakRssMb()),
  });
  const table: EvalTable = {
    id: 'bench',
    title: `Throughput on one core (Node ${process.version})`,
    columns: ['stage', 'articles', 's', 'articles/s', 'MB/s', 'tokens/s', 'peak RSS MB'],
    rows,
    notes: ['peak RSS is the whole process, corpus held in memory included'],
  };
  console.log('\n' + formatTable(table));
  const out = join(projectRoot, 'eval-results', 'bench.json');
  mkdirSync(join(projectRoot, 'eval-results'), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), bench: table }, null, 2) + '\n');
  console.log(`\nwritten: ${out}`);
}

main();
