/**
 * Failures that once stopped a batch: a rule that recursed without end, and the batch
 * loop, which must keep the good articles when recoupe fails on one.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeBatch } from '../src/cli/batch.js';
import type { Doc } from '../src/document.js';
import { analyze } from '../src/pipeline.js';
import { analyzeText } from './helpers.js';

test('an agentless complaint for an act of the same type gives its events, not a stack overflow', () => {
  // "porter plainte" has no subject of its own and its act ("dénonciation") is an accusation
  // too: the act asked the verb for its culprits, which asked the act again.
  const doc = analyzeText(
    'Son entourage a confirmé la décision de ce dernier de porter plainte pour dénonciation calomnieuse.',
    'fr',
  );
  assert.ok((doc.events ?? []).some((e) => e.type === 'ACCUSE'));
});

test('an article the analysis fails on is reported and skipped; the others are analysed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recoupe-batch-'));
  try {
    const texts = [
      'The mayor said on Monday that the bridge would reopen in June.',
      'The council voted to close the library.',
      'Residents said they would appeal the decision.',
    ];
    texts.forEach((text, i) => writeFileSync(join(dir, `${i}.txt`), text));
    const seen: string[] = [];
    const result = await analyzeBatch(
      [dir],
      {},
      (doc: Doc) => seen.push(doc.article.text),
      (article, options) => {
        if (article.text.includes('library'))
          throw new RangeError('Maximum call stack size exceeded');
        return analyze(article, options);
      },
    );
    assert.deepEqual(seen.sort(), [texts[0], texts[2]].sort());
    assert.equal(result.articles, 2);
    assert.equal(result.errors.length, 1);
    assert.match(result.errors[0].input, /1\.txt$/);
    assert.match(result.errors[0].reason, /analysis failed \(Maximum call stack size exceeded\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
