import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeArticle } from '../src/ingest/article.js';
import { publishingChain } from '../src/outlets/index.js';
import { analyze } from '../src/pipeline.js';

function article(text: string, outlet: string | null) {
  return analyze(
    makeArticle({
      source: 'test',
      outlet,
      lang: 'en',
      published: '2024-05-02',
      title: null,
      text,
      metadata: {},
    }),
  );
}

test("a dateline's agency follows the outlet in the chain of the text it opens", () => {
  const text =
    'Flood warning for the coast\n\nOSLO, May 2 (Reuters) - Norway closed two ports on Thursday.\n\nMore rain is expected.\n\nBERGEN (AP) - Ferries stopped.';
  const doc = article(text, 'Example Daily');
  const names = (offset: number) => publishingChain(doc, offset).map((l) => l.name);
  assert.deepEqual(names(0), ['Example Daily', 'Reuters'], 'the headline belongs to the dispatch');
  assert.deepEqual(names(text.indexOf('More rain')), ['Example Daily', 'Reuters']);
  assert.deepEqual(names(text.indexOf('Ferries')), ['Example Daily', 'Associated Press']);
  const reuters = publishingChain(doc, 0)[1];
  assert.equal(reuters.outlet, 'reuters');
  assert.equal(text.slice(reuters.start, reuters.end), 'Reuters');
});

test('an agency publishing its own dispatch, or a text without dateline, has the outlet alone', () => {
  const own = article('OSLO, May 2 (Reuters) - Norway closed two ports.', 'Reuters');
  assert.deepEqual(
    publishingChain(own, 0).map((l) => l.name),
    ['Reuters'],
  );
  const plain = article('Norway closed two ports.', null);
  assert.deepEqual(publishingChain(plain, 0), [{ name: 'outlet', type: 'outlet' }]);
});

test("quotes and the outlet's own claims in a wire dispatch come through its agency", () => {
  const doc = article(
    'OSLO, May 2 (Reuters) - Norway closed two ports on Thursday, the transport minister said. Police arrested three protesters in Bergen.',
    'Example Daily',
  );
  const quote = doc.quotes?.find((q) => q.content.text.startsWith('Norway closed'));
  assert.ok(quote, JSON.stringify(doc.quotes?.map((q) => q.content.text)));
  assert.deepEqual(
    quote.sources.map((l) => l.name),
    ['Example Daily', 'Reuters', 'the transport minister'],
  );
  const claims = (doc.events ?? []).flatMap((e) => e.claims).filter((c) => c.status === 'asserted');
  assert.ok(claims.length > 0, 'an event the outlet asserts');
  for (const c of claims)
    assert.deepEqual(
      c.sources.map((l) => l.name),
      ['Example Daily', 'Reuters'],
    );
});
