/**
 * Named-entity recognition (PER, ORG, LOC, MISC) for French and English:
 * loads the shipped perceptron weights and fills `doc.mentions`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, EntityMention } from '../document.js';
import { projectRoot } from '../util/paths.js';
import { NerModel } from './ner-model.js';
import { bioSpans } from './ner-score.js';

export { NerModel } from './ner-model.js';
export { trainNer } from './ner-training.js';

const cache = new Map<string, NerModel | null>();

export function nerModelPath(lang: string): string {
  return join(projectRoot, 'models', lang, 'ner.bin.gz');
}

/** The shipped model of a language, loaded once; null when there are no weights. */
export function loadNer(lang: 'fr' | 'en'): NerModel | null {
  if (!cache.has(lang)) {
    const path = nerModelPath(lang);
    cache.set(lang, existsSync(path) ? NerModel.load(path) : null);
  }
  return cache.get(lang)!;
}

/** BIO labels of one sentence's words. */
export function tagEntities(words: string[], model: NerModel): string[] {
  return model.tag(words);
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/** Fills `doc.mentions` sentence by sentence; mentions never start or end on punctuation. */
export function recognizeEntities(doc: Doc, model: NerModel): void {
  const mentions: EntityMention[] = [];
  for (const sentence of doc.sentences) {
    const tokens = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd);
    const tags = model.tag(tokens.map((t) => t.text));
    for (const span of bioSpans(tags)) {
      let first = span.start;
      let last = span.end - 1;
      while (first <= last && PUNCTUATION.test(tokens[first].text)) first++;
      while (last >= first && PUNCTUATION.test(tokens[last].text)) last--;
      if (first > last) continue;
      mentions.push({
        start: tokens[first].start,
        end: tokens[last].end,
        label: span.type,
        tokenStart: sentence.tokenStart + first,
        tokenEnd: sentence.tokenStart + last + 1,
      });
    }
  }
  doc.mentions = mentions;
}
