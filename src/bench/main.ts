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
import type { Article, Doc } from '../document.js';
import { createDoc, stagesFor } from '../pipeline.js';
import { formatTable, type EvalTable } from '../eval/table.js';
import { limitHeapGrowth } from '../util/heap.js';
import { projectRoot } from '../util/paths.js';
import { loadBenchCorpus } from './corpus.js';

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function main(): void {
  limitHeapGrowth();
  const loadStarted = performance.now();
  const corpus = loadBenchCorpus();
  const bytes = corpus.reduce((n, t) => n + t.bytes.length, 0);
  console.log(
    `corpus: ${corpus.length} texts, ${(bytes / 1e6).toFixed(1)} MB (read in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
  );
  // Models load before timing (reported apart), so stage rows are throughput only.
  const modelsStarted = performance.now();
  for (const code of ['fr', 'en']) stagesFor(code);
  const loadSeconds = (performance.now() - modelsStarted) / 1000;
  // Each stage is timed on its own, so the table shows what every layer costs.
  const stageSeconds = new Map<string, number>();
  const time = (name: string, work: () => void) => {
    const t0 = performance.now();
    work();
    stageSeconds.set(name, (stageSeconds.get(name) ?? 0) + (performance.now() - t0) / 1000);
  };
  let tokens = 0;
  for (const text of corpus) {
    let article!: Article;
    time('ingest', () => {
      article = makeArticle(readPlainText(decodeBytes(text.bytes, text.name).text, text.name));
    });
    let doc!: Doc;
    time('language id', () => (doc = createDoc(article)));
    for (const stage of stagesFor(doc.lang.code)) time(stage.name, () => stage.run(doc));
    tokens += doc.tokens.length;
  }
  const rows: EvalTable['rows'] = [];
  let cumulative = 0;
  for (const [stage, seconds] of stageSeconds) {
    cumulative += seconds;
    rows.push({
      stage,
      s: seconds,
      'MB/s': bytes / 1e6 / seconds,
      'tokens/s': Math.round(tokens / seconds),
      'cumulative MB/s': bytes / 1e6 / cumulative,
      'cumulative tokens/s': Math.round(tokens / cumulative),
      'articles/s (cumulative)': Math.round(corpus.length / cumulative),
    });
  }
  rows.push({ stage: 'load models (fr, en; not in the rows above)', s: loadSeconds });
  rows.push({ stage: `peak RSS ${Math.round(peakRssMb())} MB, ${tokens} tokens` });
  const table: EvalTable = {
    id: 'bench',
    title: `Throughput on one core (Node ${process.version})`,
    columns: [
      'stage',
      's',
      'MB/s',
      'tokens/s',
      'cumulative MB/s',
      'cumulative tokens/s',
      'articles/s (cumulative)',
    ],
    rows,
    notes: [
      'cumulative: the pipeline up to and including that stage',
      'peak RSS is the whole process: models of both languages and the corpus in memory',
    ],
  };
  console.log('\n' + formatTable(table));
  const out = join(projectRoot, 'eval-results', 'bench.json');
  mkdirSync(join(projectRoot, 'eval-results'), { recursive: true });
  writeFileSync(
    out,
    JSON.stringify({ date: new Date().toISOString(), bench: table }, null, 2) + '\n',
  );
  console.log(`\nwritten: ${out}`);
}

main();
