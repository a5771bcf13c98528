/**
 * Named-entity recognition (PER, ORG, LOC, MISC) for French and English:
 * loads the shipped perceptron weights and fills `doc.mentions`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc, EntityMention, Token } from '../document.js';
import { projectRoot } from '../util/paths.js';
import { NerModel } from './ner-model.js';
import { bioSpans } from './ner-score.js';
import { isAddress } from '../segment/tokens.js';
import { plainForm } from './tagger.js';

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
    const model = existsSync(path) ? NerModel.load(path) : null;
    if (model) {
      const data = nerRunData(lang);
      model.nameJoiners = data.nameJoiners;
      model.listConjunctions = new Set(data.listConjunctions);
      model.documentNouns = data.documentNouns;
      model.diseaseNames = data.diseaseNames;
    }
    cache.set(lang, model);
  }
  return cache.get(lang)!;
}

/**
 * What lang/<code>/ner.json gives the decoder at run time: connectors inside organisation
 * names (longest first), the words joining the items of a list, the nouns of documents and the
 * names of diseases.
 */
function nerRunData(lang: string): {
  nameJoiners: string[][];
  listConjunctions: string[];
  documentNouns: Set<string>;
  diseaseNames: Set<string>;
} {
  const data = JSON.parse(readFileSync(join(projectRoot, 'lang', lang, 'ner.json'), 'utf8')) as {
    nameJoiners?: string[][];
    listConjunctions?: string[];
    documentNouns?: string[];
    diseaseNames?: string[];
  };
  return {
    nameJoiners: (data.nameJoiners ?? []).slice().sort((a, b) => b.length - a.length),
    listConjunctions: data.listConjunctions ?? [],
    documentNouns: new Set(data.documentNouns ?? []),
    diseaseNames: new Set((data.diseaseNames ?? []).map((name) => name.toLowerCase())),
  };
}

/** BIO labels of one sentence's words (`upos` when the tagger has run already). */
export function tagEntities(words: string[], model: NerModel, upos?: string[]): string[] {
  return model.tag(words, upos);
}

const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
const BREAKS_NAME = /^[:;«»“”"()[\]]$/u;
/** Spacing no name has inside it: a tab, or several spaces in a row (not a wrapped line). */
const LAYOUT_GAP = /\t| {2,}/u;

/**
 * Fills `doc.mentions`; the sentences are tagged together, so that each sees
 * what the others say about its words, with the tagger's parts of speech when
 * `doc.tags` is there. Mentions never start or end on punctuation, nor run over a colon,
 * semicolon, bracket or quotation mark.
 */
export function recognizeEntities(doc: Doc, model: NerModel): void {
  const mentions: EntityMention[] = [];
  const sentenceTokens = doc.sentences.map((s) => doc.tokens.slice(s.tokenStart, s.tokenEnd));
  const upos = doc.tags
    ? doc.sentences.map((s) => doc.tags!.slice(s.tokenStart, s.tokenEnd).map((t) => t.upos))
    : undefined;
  // The models read a hyphenated name whole, as their news corpora write it ("Clarke-Murphy",
  // "Al-Baghdadi"), where a tokenizer following the English treebank splits it.
  const words = sentenceTokens.map((tokens) => hyphenatedWords(tokens, model.lexicon.titles));
  const merged = model.tagDocument(
    sentenceTokens.map(
      (tokens, k) => words[k]?.map((w) => w.text) ?? tokens.map((t) => plainForm(t.text)),
    ),
    upos?.map(
      (tags, k) =>
        words[k]?.map((w) =>
          tags.slice(w.first, w.last + 1).includes('PROPN') ? 'PROPN' : tags[w.last],
        ) ?? tags,
    ),
  );
  const labels = merged.map(
    (bio, k) =>
      words[k]?.flatMap((w, j) =>
        Array.from({ length: w.last - w.first + 1 }, (_, d) =>
          d === 0 || bio[j] === 'O' ? bio[j] : `I-${bio[j].slice(2)}`,
        ),
      ) ?? bio,
  );
  doc.sentences.forEach((sentence, k) => {
    const tokens = sentenceTokens[k];
    for (const span of bioSpans(labels[k])) {
      let first = span.start;
      let last = span.end - 1;
      while (first <= last && PUNCTUATION.test(tokens[first].text)) first++;
      // A name never runs over a colon, semicolon, bracket or quotation mark ("Ruiz: Well, …"
      // in a transcript), over an address ("Jane Roe jane.roe@example.org" in a list of
      // contacts), nor over a layout gap of a page (a photo credit before its caption: "Getty
      // <spaces> Firefighters carry …"): the mention is the name before it.
      for (let i = first + 1; i <= last; i++) {
        const gap = doc.text.slice(tokens[i - 1].end, tokens[i].start);
        if (
          !BREAKS_NAME.test(tokens[i].text) &&
          !isAddress(tokens[i].text) &&
          !LAYOUT_GAP.test(gap)
        )
          continue;
        last = i - 1;
        break;
      }
      while (first <= last && isAddress(tokens[first].text)) first++;
      // A conjunction opening a clause is no part of the name after it ("« Quand Santiago
      // parle …", "But Moscow …"), which the capitals of a sentence start may have joined.
      while (first < last && upos && /^(SCONJ|CCONJ)$/.test(upos[k][first])) first++;
      while (last >= first && PUNCTUATION.test(tokens[last].text)) last--;
      if (first > last) continue;
      // A disease is written like a name ("Covid-19", "Ebola") but names no actor nor place.
      const text = doc.text.slice(tokens[first].start, tokens[last].end).toLowerCase();
      if (model.diseaseNames.has(text)) continue;
      // A person's name beside a treaty's or a law's noun, or in its phrase, names the document
      // ("la loi Evin", "le traité de désarmement nucléaire New Start"): nobody of that name
      // acts; so does an organisation's right after it ("la loi Sapin"; before it, an
      // organisation may own the document: "Secret Service protocol").
      const named =
        (span.type === 'PER' || span.type === 'ORG') &&
        namesDocument(
          doc,
          model.documentNouns,
          sentence.tokenStart + first,
          sentence.tokenStart + last,
          span.type === 'PER',
        );
      mentions.push({
        start: tokens[first].start,
        end: tokens[last].end,
        label: named ? 'MISC' : span.type,
        tokenStart: sentence.tokenStart + first,
        tokenEnd: sentence.tokenStart + last + 1,
      });
    }
  });
  doc.mentions = mentions;
}

/**
 * A sentence's words as the NER models read them, null when they are its tokens: tokens glued
 * by hyphens after a capital ("Port", "-", "au", "-", "Prince") make one. A lowercase particle
 * stays apart ("al - Sisi"): the models read its name alone, and the actor layer joins it to
 * the name before. So do titles made of titles ("Vice-President", "Secretary-General"): the
 * models know each part as a title before a name, not the whole.
 */
function hyphenatedWords(
  tokens: Token[],
  titles: Set<string>,
): { text: string; first: number; last: number }[] | null {
  // Most sentences have no hyphen between words: their tokens are the words.
  if (!tokens.some((t) => t.text === '-')) return null;
  const words: { text: string; first: number; last: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let last = i;
    const capital = /^\p{Lu}/u.test(tokens[i].text);
    while (
      capital &&
      last + 2 < tokens.length &&
      tokens[last + 1].text === '-' &&
      tokens[last].end === tokens[last + 1].start &&
      tokens[last + 1].end === tokens[last + 2].start &&
      /\p{L}$/u.test(tokens[last].text) &&
      /^\p{L}/u.test(tokens[last + 2].text)
    )
      last += 2;
    if (last > i && titleParts(tokens, i, last, titles)) last = i;
    const text = tokens
      .slice(i, last + 1)
      .map((t) => plainForm(t.text))
      .join('');
    words.push({ text, first: i, last });
    i = last;
  }
  return words;
}

/** Whether every part of the hyphenated word tokens[first…last] is a title word. */
function titleParts(tokens: Token[], first: number, last: number, titles: Set<string>): boolean {
  for (let i = first; i <= last; i += 2)
    if (!titles.has(tokens[i].text.toLowerCase())) return false;
  return true;
}

/** Heads a name may hang on inside the phrase of the noun it names ("traité de X", "X treaty"). */
const NAME_IN_PHRASE = /^(appos|nmod|flat|compound|amod)/;

/**
 * Whether the tokens first…last (document indices) name a document: a document noun right
 * before them, or, `inPhrase` (a person's name), right after them or one their name hangs on.
 * See `recognizeEntities`.
 */
function namesDocument(
  doc: Doc,
  nouns: Set<string>,
  first: number,
  last: number,
  inPhrase: boolean,
): boolean {
  const isDocumentNoun = (i: number) => nouns.has(doc.tokens[i]?.text.toLowerCase() ?? '');
  if (isDocumentNoun(first - 1)) return true;
  if (!inPhrase) return false;
  if (isDocumentNoun(last + 1)) return true;
  const deps = doc.dependencies;
  if (!deps) return false;
  let at = first;
  while (deps[at].head >= first && deps[at].head <= last) at = deps[at].head;
  for (let steps = 0; steps < 3 && NAME_IN_PHRASE.test(deps[at].deprel); steps++) {
    at = deps[at].head;
    if (at < 0) return false;
    if (isDocumentNoun(at)) return true;
  }
  return false;
}
