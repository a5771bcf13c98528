/**
 * The benchmark corpus, read at run time from the shared data (never copied
 * into the project): PolNeAR's US political news (English), French TimeBank's
 * regional news (French, TimeML tags stripped) and UD French news sentences
 * grouped into article-sized texts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../nlp/conllu.js';
import { timemlText } from '../eval/sources.js';
import { dataPath } from '../util/paths.js';

export interface BenchText {
  name: string;
  /** The text as a file would hold it: UTF-8 bytes. */
  bytes: Buffer;
}

const SENTENCES_PER_TEXT = 20;

function filesIn(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(dir, f));
}

export function loadBenchCorpus(): BenchText[] {
  const texts: BenchText[] = [];
  for (const split of ['train', 'dev', 'test']) {
    for (const path of filesIn(dataPath('quotes', 'polnear', 'data', split, 'text'), '.txt')) {
      texts.push({ name: path, bytes: readFileSync(path) });
    }
  }
  for (const path of filesIn(dataPath('time', 'french_timebank_1.1', 'Data'), '.tml')) {
    const text = timemlText(readFileSync(path, 'utf8')).trim();
    if (text) texts.push({ name: path, bytes: Buffer.from(text) });
  }
  for (const treebank of [
    ['UD_French-Sequoia', 'fr_sequoia-ud-train.conllu'],
    ['UD_French-GSD', 'fr_gsd-ud-dev.conllu'],
  ]) {
    const path = dataPath('ud', ...treebank);
    if (!existsSync(path)) continue;
    const sentences = readConllu(path).map((s) => s.text);
    for (let i = 0; i < sentences.length; i += SENTENCES_PER_TEXT) {
      const text = sentences.slice(i, i + SENTENCES_PER_TEXT).join(' ');
      texts.push({ name: `${path}#${i / SENTENCES_PER_TEXT + 1}`, bytes: Buffer.from(text) });
    }
  }
  if (texts.length === 0) throw new Error(`no benchmark texts found under ${dataPath()}`);
  return texts;
}
