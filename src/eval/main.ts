#!/usr/bin/env node
/**
 * `npm run eval [-- suite …] [--out FILE]`: runs the evaluation suites on the
 * gold sets under the data root, prints one table each and writes them as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataRoot, projectRoot } from '../util/paths.js';
import { suites } from './suites.js';
import { formatTable, type EvalTable } from './table.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--list')) {
    for (const s of suites) console.log(`${s.id.padEnd(16)} ${s.description}`);
    return;
  }
  let out = join(projectRoot, 'eval-results', 'eval.json');
  const wanted: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i];
    else if (!args[i].startsWith('--')) wanted.push(args[i]);
  }
  const unknown = wanted.filter((w) => !suites.some((s) => s.id === w));
  if (unknown.length > 0) {
    console.error(`recoupe eval: unknown suite ${unknown.join(', ')} (see --list)`);
    process.exitCode = 2;
    return;
  }
  console.log(`data root: ${dataRoot()}`);
  const results: Record<string, EvalTable[]> = {};
  for (const suite of suites) {
    if (wanted.length > 0 && !wanted.includes(suite.id)) continue;
    const started = Date.now();
    try {
      results[suite.id] = await suite.run();
    } catch (err) {
      console.error(`recoupe eval: suite ${suite.id} failed: ${(err as Error).message}`);
      process.exitCode = 1;
      continue;
    }
    for (const table of results[suite.id]) console.log('\n' + formatTable(table));
    console.log(`  (${suite.id}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), results }, null, 2) + '\n');
  console.log(`\nwritten: ${out}`);
}

await main();
