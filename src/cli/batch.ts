/** The analysis of a batch of inputs (files, directories, standard input), article by article. */
import type { Article, Doc } from '../document.js';
import { InputError } from '../ingest/errors.js';
import { expandInputs, readInput } from '../ingest/index.js';
import { analyze, type AnalyzeOptions } from '../pipeline.js';
import { Progress } from './progress.js';

/**
 * Longest article analysed, in characters: the document-level layers (actors, quotes, events)
 * still grow faster than the text (a 330,000-character text takes about 25 s on one core), so a
 * book-length input would run for minutes.
 */
const DEFAULT_MAX_CHARS = 500_000;

export interface BatchOptions extends AnalyzeOptions {
  maxBytes?: number;
  maxChars?: number;
}

export interface BatchResult {
  articles: number;
  errors: { input: string; reason: string }[];
}

/**
 * Reads and analyses every input, handing each document to `onDoc`. A bad input or an
 * article recoupe fails on is reported on one line and skipped: the others go on.
 * `analyzeArticle` is the pipeline (replaceable in tests).
 */
export async function analyzeBatch(
  inputs: string[],
  options: BatchOptions,
  onDoc: (doc: Doc) => void,
  analyzeArticle: (article: Article, options: AnalyzeOptions) => Doc = analyze,
): Promise<BatchResult> {
  const { files, errors: expandErrors } = await expandInputs(inputs);
  const errors = expandErrors.map((e) => ({ input: e.input, reason: e.reason }));
  const progress = new Progress(files.length);
  for (const e of expandErrors) progress.log(`recoupe: ${e.message}`);
  let articles = 0;
  for (const file of files) {
    let fromFile = 0;
    for await (const record of readInput(file, { maxBytes: options.maxBytes })) {
      if (record.kind === 'error') {
        errors.push({ input: record.error.input, reason: record.error.reason });
        progress.log(`recoupe: ${record.error.message}`);
        continue;
      }
      const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
      if (record.article.text.length > maxChars) {
        const error = new InputError(
          record.article.source,
          `article of ${record.article.text.length} characters, over the ${maxChars} limit (--max-chars): split it`,
        );
        errors.push({ input: error.input, reason: error.reason });
        progress.log(`recoupe: ${error.message}`);
        continue;
      }
      let doc: Doc;
      try {
        doc = analyzeArticle(record.article, options);
      } catch (err) {
        // recoupe's own failure on one article: the batch goes on with the others
        const error = new InputError(
          record.article.source,
          `analysis failed (${(err as Error).message}): article skipped`,
        );
        errors.push({ input: error.input, reason: error.reason });
        progress.log(`recoupe: ${error.message}`);
        if (process.env.RECOUPE_DEBUG) progress.log(`${(err as Error).stack}`);
        continue;
      }
      for (const warning of doc.warnings)
        progress.log(`recoupe: ${doc.article.source}: ${warning.message}`);
      onDoc(doc);
      fromFile++;
    }
    articles += fromFile;
    progress.tick(fromFile);
  }
  progress.finish();
  if (files.length === 0 && expandErrors.length === 0) {
    errors.push({ input: inputs.join(' '), reason: 'no article files found' });
    process.stderr.write(`recoupe: ${inputs.join(' ')}: no article files found\n`);
  }
  return { articles, errors };
}
