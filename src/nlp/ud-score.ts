/** CoNLL 2018 shared-task scores on gold words: UPOS, UFeats, Lemma, UAS, LAS (punctuation included). */
import { parseWords, type ParserModel } from './parser.js';
import { parseFeats, tagWords, type TaggerModel } from './tagger.js';
import type { UdSentence } from './ud-data.js';

/** The attributes whose accuracy the evaluation reports one by one. */
export const REPORTED_ATTRIBUTES = [
  'Mood',
  'Tense',
  'VerbForm',
  'Person',
  'Number',
  'Gender',
  'Polarity',
];

export interface UdScores {
  sentences: number;
  words: number;
  upos: number;
  ufeats: number;
  lemma: number;
  uas: number;
  las: number;
  /** UAS and LAS of the parser fed gold UPOS and features. */
  uasGoldTags: number;
  lasGoldTags: number;
  /** Per attribute: accuracy over the words where the gold or the predicted analysis has it. */
  attributes: Record<string, number>;
  /** Words per second of CPU time, after a warm-up pass over the first sentences. */
  taggingSpeed: number;
  parsingSpeed: number;
}

const sameFeats = (a: string, b: string): boolean =>
  a === b ||
  parseFeats(a).map(String).sort().join('|') === parseFeats(b).map(String).sort().join('|');

const WARM_UP_SENTENCES = 300;

export function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

export function scoreUd(
  sentences: UdSentence[],
  tagger: TaggerModel,
  parser: ParserModel | null,
): UdScores {
  let words = 0;
  let upos = 0;
  let ufeats = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let uasGold = 0;
  let lasGold = 0;
  const attrRight = new Map<string, number>();
  const attrTotal = new Map<string, number>();
  // warm-up (JIT, first touch of the weight tables), so that speeds are those of a long run
  for (const s of sentences.slice(0, WARM_UP_SENTENCES)) {
    const tags = tagWords(s.words, tagger);
    if (parser) parseWords(s.words, tags, parser);
  }
  // each stage runs over the whole set under one clock: timing every sentence costs more than tagging it
  let started = cpuSeconds();
  const tagged = sentences.map((s) => tagWords(s.words, tagger));
  const taggingTime = cpuSeconds() - started;
  started = cpuSeconds();
  const parsed = parser ? sentences.map((s, k) => parseWords(s.words, tagged[k], parser)) : [];
  const parsingTime = cpuSeconds() - started;
  sentences.forEach((s, k) => {
    const tags = tagged[k];
    words += s.words.length;
    tags.forEach((t, i) => {
      if (t.upos === s.upos[i]) upos++;
      if (sameFeats(t.feats, s.feats[i])) ufeats++;
      if (t.lemma === s.lemmas[i]) lemma++;
      const gold = new Map(parseFeats(s.feats[i]));
      const predicted = new Map(parseFeats(t.feats));
      for (const attr of REPORTED_ATTRIBUTES) {
        if (!gold.has(attr) && !predicted.has(attr)) continue;
        attrTotal.set(attr, (attrTotal.get(attr) ?? 0) + 1);
        if (gold.get(attr) === predicted.get(attr))
          attrRight.set(attr, (attrRight.get(attr) ?? 0) + 1);
      }
    });
    if (parser === null) return;
    const goldDeps = parseWords(
      s.words,
      s.upos.map((u, i) => ({ upos: u, feats: s.feats[i] })),
      parser,
    );
    parsed[k].forEach((d, i) => {
      if (d.head !== s.heads[i]) return;
      uas++;
      if (d.deprel === s.deprels[i]) las++;
    });
    goldDeps.forEach((d, i) => {
      if (d.head !== s.heads[i]) return;
      uasGold++;
      if (d.deprel === s.deprels[i]) lasGold++;
    });
  });
  const pct = (x: number) => (words > 0 ? (100 * x) / words : 0);
  const attributes: Record<string, number> = {};
  for (const attr of REPORTED_ATTRIBUTES) {
    const total = attrTotal.get(attr) ?? 0;
    if (total > 0) attributes[attr] = (100 * (attrRight.get(attr) ?? 0)) / total;
  }
  return {
    sentences: sentences.length,
    words,
    upos: pct(upos),
    ufeats: pct(ufeats),
    lemma: pct(lemma),
    uas: pct(uas),
    las: pct(las),
    uasGoldTags: pct(uasGold),
    lasGoldTags: pct(lasGold),
    attributes,
    taggingSpeed: taggingTime > 0 ? words / taggingTime : 0,
    parsingSpeed: parsingTime > 0 ? words / parsingTime : 0,
  };
}
