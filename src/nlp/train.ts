#!/usr/bin/env node
/**
 * `npm run train -- --lang fr|en [--only lemmatizer,tagger,parser,ner,verbclasses] [--seed N] [--out DIR]`:
 * trains the shipped models of a language from the shared corpora.
 * `tagger` also trains the lemmatizer; `parser` reuses the tagger already in DIR; `verbclasses`
 * writes lang/<lang>/verb-classes.json from WordNet (no training: a lexicon derived from it).
 */
import { join } from 'node:path';
import { writeVerbClasses } from '../quotes/verb-classes-build.js';
import { dataRoot, projectRoot } from '../util/paths.js';
import { trainNer } from './ner.js';
import type { TrainOptions } from './train-options.js';
import { trainUd } from './ud-train.js';

const PARTS = ['lemmatizer', 'tagger', 'parser', 'ner', 'verbclasses'] as const;
type Part = (typeof PARTS)[number];

function usage(message: string): never {
  console.error(`recoupe train: ${message}`);
  console.error(
    'usage: npm run train -- --lang fr|en [--only lemmatizer,tagger,parser,ner,verbclasses] [--seed N] [--out DIR]',
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  let lang: string | null = null;
  let only: Part[] = [...PARTS];
  let seed = 1;
  let outDir: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const value = args[i + 1];
    switch (args[i]) {
      case '--lang':
        lang = value;
        i++;
        break;
      case '--only':
        only = (value ?? '').split(',').filter(Boolean) as Part[];
        if (only.length === 0 || only.some((p) => !PARTS.includes(p)))
          usage(`--only takes ${PARTS.join(',')}`);
        i++;
        break;
      case '--seed':
        seed = Number(value);
        if (!Number.isInteger(seed)) usage('--seed takes an integer');
        i++;
        break;
      case '--out':
        outDir = value;
        i++;
        break;
      default:
        usage(`unknown argument ${args[i]}`);
    }
  }
  if (lang !== 'fr' && lang !== 'en') usage('--lang fr or --lang en is required');
  const started = Date.now();
  const opts: TrainOptions = {
    lang,
    dataRoot: dataRoot(),
    outDir: outDir ?? join(projectRoot, 'models', lang),
    seed,
    log: (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${message}`),
  };
  if (only.includes('lemmatizer') || only.includes('tagger') || only.includes('parser')) {
    await trainUd(opts, {
      lemmatizer: only.includes('lemmatizer'),
      tagger: only.includes('tagger'),
      parser: only.includes('parser'),
    });
  }
  if (only.includes('ner')) await trainNer(opts);
  if (only.includes('verbclasses')) writeVerbClasses(lang, opts.log);
  opts.log(
    `done: ${only.join(', ')} for ${lang} in ${((Date.now() - started) / 60000).toFixed(1)} min`,
  );
}

await main();
