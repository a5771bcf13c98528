import test from 'node:test';
import assert from 'node:assert/strict';
import { loadModels } from '../src/nlp/models.js';
import { tagWords } from '../src/nlp/tagger.js';
import { detachedString } from '../src/util/strings.js';

test('a detached string has the same characters as the slice it copies', () => {
  const text = 'The harbourmasters of the northern villages met on Tuesday.';
  const long = text.slice(4, 17);
  assert.equal(detachedString(long), 'harbourmaster');
  assert.equal(detachedString(text.slice(0, 3)), 'The');
  assert.equal(detachedString(''), '');
  assert.equal(detachedString('électroménager'), 'électroménager');
});

test('words tagged from the word-hash cache get the tags of their first, uncached reading', () => {
  const models = loadModels('en');
  assert.ok(models, 'English models');
  const words =
    'The harbourmasters of Sandvika-Nordre counted 1,204 unregistered fishing boats .'.split(' ');
  // a fresh process: the first reading computes every form's hashes, the second reads them back
  const first = tagWords(words, models.tagger);
  assert.deepEqual(tagWords(words, models.tagger), first);
  assert.equal(first[0].upos, 'DET');
});
