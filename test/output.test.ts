import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import { makeArticle } from '../src/ingest/article.js';
import { documentToJson } from '../src/output/json.js';
import { documentToText } from '../src/output/text.js';
import { analyze } from '../src/pipeline.js';
import { projectRoot } from '../src/util/paths.js';

const schema = JSON.parse(
  readFileSync(join(projectRoot, 'docs', 'schema', 'analysis.v1.json'), 'utf8'),
);
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

function article(text: string, published: string | null = null) {
  return makeArticle({
    source: 'test',
    outlet: null,
    lang: null,
    published,
    title: null,
    text,
    metadata: {},
  });
}

describe('JSON output', () => {
  it('matches the documented schema', () => {
    const json = documentToJson(
      analyze(
        article(
          '« Il n’y a pas eu de réunion », a-t-il dit jeudi.\n\nL’AFP cite un responsable.',
          '2023-03',
        ),
      ),
    );
    assert.ok(validate(json), JSON.stringify(validate.errors));
  });

  it('counts offsets in code points, as Python does', () => {
    const text = 'Le 👍 du ministre. Le 🇫🇷 suit.';
    const json = documentToJson(analyze(article(text))) as unknown as {
      text: string;
      tokens: { start: number; end: number; text: string }[];
    };
    const codePoints = [...json.text];
    for (const token of json.tokens) {
      if (token.text === 'de' || token.text === 'le') continue; // words of "du" share its offsets
      assert.equal(codePoints.slice(token.start, token.end).join(''), token.text);
    }
    const suit = json.tokens.find((t) => t.text === 'suit')!;
    assert.deepEqual([suit.start, suit.end], [24, 28]);
  });

  it('keeps UTF-16 offsets inside the program', () => {
    const doc = analyze(article('Le 👍 vote.'));
    const vote = doc.tokens.find((t) => t.text === 'vote')!;
    assert.equal(doc.text.slice(vote.start, vote.end), 'vote');
  });
});

describe('text output', () => {
  it('prints each paragraph followed by what was found in it', () => {
    const report = documentToText(analyze(article('Un. Deux.\n\nTrois.', '2023-03')));
    assert.match(report, /¶1 Un\. Deux\.\n\s+→ 2 sentences\n\n\s+¶2 Trois\.\n\s+→ 1 sentence\n/);
  });
});
