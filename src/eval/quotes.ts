/**
 * Suite `quotes`: quotation and attribution extraction.
 *
 * - English, PolNeAR test (frozen; tuned on train/dev): exact-span P/R/F1 of source,
 *   cue and content, word-overlap F1, and the Gender Gap Tracker lenient match (a
 *   predicted quote matches a gold one when it covers more than 30 % — or 80 % — of
 *   the gold content; the speaker is right when its mention overlaps the gold source).
 * - English, the same protocol on CofeNet's sentence split of PolNeAR (BIO), whose
 *   numbers compare with CofeNet's published ones.
 * - French, gold/attribution/fr.jsonl: lenient quote F1, speaker accuracy, exact spans,
 *   status accuracy (asserted/reported/hedged/denied) and chain accuracy.
 * - French fiction (aads): direct-speech boundary F1 from the quotation-mark layer.
 * The unknown-speaker rate is reported for every set.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Doc, Span } from '../document.js';
import { makeArticle } from '../ingest/article.js';
import { createDoc, stagesFor } from '../pipeline.js';
import { claimStatus, findQuotedSpans, type Quote, type QuotedSpan } from '../quotes/index.js';
import { normForm, speechLexicon } from '../quotes/lexicon.js';
import { Tree } from '../quotes/tree.js';
import { publishingChain } from '../outlets/index.js';
import { splitParagraphs } from '../segment/segment.js';
import { tokenAt } from '../segment/tokens.js';
import { dataPath, projectRoot } from '../util/paths.js';
import { sourceText } from './sources.js';
import { prf, type EvalSuite, type EvalTable } from './table.js';

/** One attribution in gold or predicted form, offsets into one text. */
export interface SpanTriple {
  source: Span | null;
  cue: Span | null;
  content: Span;
}

const LABELS = ['source', 'cue', 'content'] as const;
type Label = (typeof LABELS)[number];

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function article(text: string, source: string, lang: string): Article {
  return makeArticle({
    source,
    outlet: null,
    lang,
    published: null,
    title: null,
    text,
    metadata: {},
  });
}

/** The pipeline up to the quotes (the layers after them do not change them). */
function analyze(a: Article): Doc {
  const doc = createDoc(a);
  for (const stage of stagesFor(doc.lang.code)) {
    stage.run(doc);
    if (stage.name === 'quotes') break;
  }
  return doc;
}

const overlap = (a: Span, b: Span) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const key = (s: Span) => `${s.start}:${s.end}`;
/** A quotation that ends at its closing mark, not at the punctuation before a narrator's incise. */
const closedByMark = (text: string, q: QuotedSpan) =>
  q.close !== null && !/[,!?…]/.test(text[q.close]);

const OPENING_MARKS = /[«“"‹‘]/;
const CLOSING_MARKS = /[»”"›’]/;

/**
 * The PolNeAR convention for a quoted content: the quotation marks next to it belong
 * to it, each on its own (a sentence split may leave only one of them in view).
 */
export function withMarks(text: string, span: Span): Span {
  let { start, end } = span;
  let s = start - 1;
  while (s >= 0 && text[s] === ' ') s--;
  let e = end;
  while (e < text.length && text[e] === ' ') e++;
  // Two apostrophes stand for a double mark (''It is'').
  if (s >= 1 && text.slice(s - 1, s + 1) === "''") start = s - 1;
  else if (s >= 0 && OPENING_MARKS.test(text[s])) start = s;
  if (text.startsWith("''", e)) end = e + 2;
  else if (e < text.length && CLOSING_MARKS.test(text[e])) end = e + 1;
  return { start, end };
}

/** Quotation kinds whose content sits between quotation marks. */
const marked = (q: Quote) => q.kind === 'direct' || q.kind === 'partial';
const sameSpan = (a: Span | null, b: Span | null) =>
  a !== null && b !== null && a.start === b.start && a.end === b.end;

/**
 * PolNeAR's convention for a quotation interrupted by its incise: one attribution whose
 * content runs from the first mark to the last. The product gives each quoted piece its own
 * quote; two pieces are one when they share their cue ("“A,” he said, “B.”"), and a direct
 * quote without a cue joins the direct quote before it when only that quote's own cue and
 * speaker stand between ("“A,” Graham said. “B.”").
 */
function mergedContinuations(text: string, quotes: Quote[]): Quote[] {
  const out: Quote[] = [];
  const join = (j: number, q: Quote) => {
    const prev = out[j];
    out[j] = {
      ...prev,
      content: {
        ...prev.content,
        end: q.content.end,
        text: text.slice(prev.content.start, q.content.end),
      },
      parts: [...(prev.parts ?? [prev.content]), q.content],
    };
  };
  for (const q of quotes) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      marked(prev) &&
      marked(q) &&
      sameSpan(prev.cue, q.cue) &&
      prev.speaker.name === q.speaker.name
    ) {
      join(out.length - 1, q);
      continue;
    }
    const j = continued(text, out, q);
    if (j >= 0) join(j, q);
    else out.push(q);
  }
  return out;
}

/** Where the speaker's mention starts: the last link of the chain, named or not ("I", "he"). */
function speakerMention(q: Quote): number | null {
  return q.sources.length > 1 ? (q.sources[q.sources.length - 1].start ?? null) : null;
}

/** One speaker: the same named speaker, or the same mention of an unresolved one. */
const sameSpeaker = (a: Quote, b: Quote) =>
  a.speaker.name === 'unknown'
    ? speakerMention(a) !== null && speakerMention(a) === speakerMention(b)
    : a.speaker.name === b.speaker.name;

/**
 * The index in `earlier` of the quote a direct quote without a cue continues, else -1: the
 * last quote of the same speaker whose cue and speaker follow its first piece, with a
 * sentence end between them; within one paragraph, quotes of that speaker nested in its
 * incise may stand between ("“A,” said X, speaking of Y. “B.”").
 */
function continued(text: string, earlier: Quote[], q: Quote): number {
  if (q.kind !== 'direct' || q.cue !== null) return -1;
  for (let j = earlier.length - 1; j >= 0; j--) {
    const prev = earlier[j];
    const mention = speakerMention(prev);
    if (mention === null || !sameSpeaker(prev, q)) return -1;
    const first = prev.parts?.[0] ?? prev.content;
    const between = text.slice(prev.content.end, q.content.start);
    const sameParagraph = !between.includes('\n');
    if (
      prev.cue !== null &&
      (prev.kind === 'direct' || prev.kind === 'indirect') &&
      prev.cue.start >= first.end &&
      mention >= first.end &&
      (sameParagraph || between.length < 120) &&
      /[.!?]/.test(between)
    )
      return j;
    if (!sameParagraph) return -1;
  }
  return -1;
}

/**
 * The speaker as the gold marks it: the last link of the chain, which keeps its span even
 * when its name is unknown ("he" unresolved). PolNeAR marks the whole noun phrase, with
 * its appositions and the comma closing them ("Brian Fallon, the press secretary,").
 */
function sourceMention(doc: Doc, q: Quote, polnear: boolean): Span | null {
  const text = doc.text;
  const last = q.sources[q.sources.length - 1];
  // The outlet and a dateline's agency open every chain: they are no source of their own.
  const publishing = publishingChain(doc, q.content.start).some(
    (p) => p.name === last.name && p.start === last.start,
  );
  if (q.sources.length <= 1 || publishing || last.start === undefined || last.end === undefined)
    return null;
  if (last.end <= last.start) return null;
  if (!polnear || !last.phrase) return { start: last.start, end: last.end };
  const { start, end } = last.phrase;
  const closed = text.slice(start, end).includes(',') && text[end] === ',';
  return { start, end: closed ? end + 1 : end };
}

/**
 * The PolNeAR convention for a reported clause: the complementizer or infinitive marker
 * before it ("that", "to", from the language's speech cues) belongs to it, and so do the
 * punctuation and closing mark of a quotation it ends in ("… talk about it.”").
 */
export function withFrameWords(text: string, span: Span, lang: string): Span {
  let { start, end } = span;
  const lex = speechLexicon(lang);
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (
    before &&
    lex &&
    (lex.complementizers.has(normForm(before[1])) || lex.infinitiveMarkers.has(normForm(before[1])))
  )
    start -= before[0].length;
  const closing = /^[.,;!?]* ?(''|[»”"›’'])/u.exec(text.slice(end, end + 5));
  const opened = /[«“"‹‘']/u.test(text.slice(start, end));
  if (closing && opened) end += closing[0].length;
  return { start, end };
}

/**
 * The quotes with the contents the gold sets annotate: over a reporting incise, from its
 * first piece to its last (the product's content stops at the incise when its first piece
 * is a clause of its own, and starts after it when that piece is only an adjunct).
 */
function overIncise(doc: Doc): Quote[] {
  return (doc.quotes ?? []).map((q) => {
    if (!q.parts || q.parts.length < 2) return q;
    const start = Math.min(q.content.start, q.parts[0].start);
    const end = q.parts[q.parts.length - 1].end;
    return { ...q, content: { start, end, text: doc.text.slice(start, end) } };
  });
}

/**
 * PolNeAR's convention for a quotation its cue introduces inside a clause that goes on past
 * the closing mark ("said “it gets me mad” every time he thinks of it"): the content is the
 * clause up to the end of its sentence, the quotation being wording of it. The clause goes on
 * when a lower-case word follows the closing mark with no punctuation between.
 */
function clauseGoingOn(doc: Doc, q: Quote, span: Span): Span {
  if (q.kind !== 'direct' || q.cue === null || q.cue.end > span.start) return span;
  if (!/^ +\p{Ll}/u.test(doc.text.slice(span.end, span.end + 3))) return span;
  const sentence = doc.sentences.find((s) => s.start <= span.end && span.end < s.end);
  if (!sentence) return span;
  // The sentence's own full stop is no part of the clause, as in PolNeAR's indirect contents.
  const end = span.end + doc.text.slice(span.end, sentence.end).replace(/[\s.!?]+$/u, '').length;
  return {
    start: span.start,
    end: withFrameWords(doc.text, { start: span.start, end }, doc.lang.code).end,
  };
}

/**
 * PolNeAR's convention for an infinitive a verb's object controls ("urged the council to
 * reopen the pool", "calls on the ministry to publish …"): the content opens on that object,
 * the infinitive's subject, right after the cue; the product's content is what the object is
 * asked to do.
 */
function withController(doc: Doc, tree: Tree, q: Quote, span: Span): Span {
  if (q.kind !== 'indirect' || q.cue === null || q.cue.end > span.start) return span;
  const tokens = doc.tokens;
  const last = tokenAt(tokens, q.cue.end - 1);
  const first = tokenAt(tokens, span.start);
  // Only an infinitive: "told reporters that …" keeps its clause.
  const infinitive = speechLexicon(doc.lang.code)?.infinitiveMarkers.has(tree.forms[first]);
  if (last < 0 || first <= last || !infinitive) return span;
  // The gap opens on a noun phrase right after the cue and holds no verb of its own (its
  // adjuncts stay: "encouraging his supporters at a rally in Michigan to ask …").
  const from = last + 1;
  if (!/^(DET|NOUN|PROPN|PRON|ADJ|NUM)$/.test(tree.upos(from))) return span;
  for (let k = from; k < first; k++)
    if (/^(VERB|AUX|SCONJ)$/.test(tree.upos(k)) || /^[.;:]$/.test(tree.forms[k])) return span;
  return { start: tokens[from].start, end: span.end };
}

/**
 * PolNeAR's convention for a quoted fragment inside the phrase its cue governs ("portray
 * “illegal” immigrants as violent criminals", "admitted “one or two instances” where …"): the
 * content is that whole complement of the cue, the fragment being wording of it; the product's
 * partial quote keeps the words quoted.
 */
function withGoverningPhrase(doc: Doc, tree: Tree, q: Quote, span: Span): Span {
  if (q.kind !== 'partial' || q.cue === null || q.cue.end > span.start) return span;
  const tokens = doc.tokens;
  const cueFirst = tokenAt(tokens, q.cue.start);
  const cueLast = tokenAt(tokens, q.cue.end - 1);
  const first = tokenAt(tokens, span.start);
  if (cueFirst < 0 || cueLast < 0 || first < 0) return span;
  const inCue = (j: number) => j >= cueFirst && j <= cueLast;
  // The cue's complement on the path from the quotation up to the cue.
  let complement = first;
  while (tree.head(complement) >= 0 && !inCue(tree.head(complement)))
    complement = tree.head(complement);
  if (tree.head(complement) < 0) return span;
  const members = tree.subtree(complement).filter((j) => j > cueLast);
  // Its preposition and punctuation before it are the frame's ("accused X, of “…”").
  let a = members[0];
  while (a < first && (tree.isPunct(a) || /^(case|mark)$/.test(tree.rel(a)))) a++;
  let b = members[members.length - 1];
  while (b > first && tree.isPunct(b) && !CLOSING_MARKS.test(tree.forms[b])) b--;
  return { start: Math.min(span.start, tokens[a].start), end: Math.max(span.end, tokens[b].end) };
}

/**
 * Source, cue and content of predicted quotes, in the convention of the gold set:
 * PolNeAR's contents keep quotation marks and "that"; the French gold's do not. With
 * `pieces`, a content an incise interrupts gives one triple per piece (BIO runs do too).
 */
export function predictedTriples(doc: Doc, polnear: boolean, pieces = false): SpanTriple[] {
  const quotes = pieces ? (doc.quotes ?? []) : overIncise(doc);
  const tree = new Tree(doc);
  return (polnear && !pieces ? mergedContinuations(doc.text, quotes) : quotes).flatMap((q) => {
    const source = sourceMention(doc, q, polnear);
    const cue = q.cue && q.cue.text !== ':' ? { start: q.cue.start, end: q.cue.end } : null;
    const convention = (span: Span): Span =>
      !polnear
        ? span
        : q.kind === 'direct' || q.kind === 'partial'
          ? withMarks(doc.text, span)
          : withFrameWords(doc.text, span, doc.lang.code);
    const spans: Span[] = pieces && q.parts ? q.parts : [q.content];
    return spans.map((span) => ({
      source,
      cue,
      content:
        polnear && !pieces
          ? withController(
              doc,
              tree,
              q,
              clauseGoingOn(doc, q, withGoverningPhrase(doc, tree, q, convention(span))),
            )
          : convention(span),
    }));
  });
}

/** Exact-span counts per label: the distinct spans of each label, matched as sets. */
function exactCounts(
  gold: SpanTriple[],
  predicted: SpanTriple[],
  into: Record<Label, Counts>,
): void {
  for (const label of LABELS) {
    const g = new Set(
      gold
        .map((t) => t[label])
        // A BIO cue or source run has no content: its placeholder span (-1) is no gold content.
        .filter((s): s is Span => s !== null && s.start >= 0)
        .map(key),
    );
    const p = new Set(
      predicted
        .map((t) => t[label])
        .filter((s): s is Span => s !== null)
        .map(key),
    );
    for (const k of p)
      if (g.has(k)) into[label].tp++;
      else into[label].fp++;
    for (const k of g) if (!p.has(k)) into[label].fn++;
  }
}

/** Word-overlap counts per label: words (\S+) covered by gold and by predicted spans of that label. */
function wordCounts(
  text: string,
  gold: SpanTriple[],
  predicted: SpanTriple[],
  into: Record<Label, Counts>,
): void {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const label of LABELS) {
    const covered = (list: SpanTriple[]) => {
      const spans = list.map((t) => t[label]).filter((s): s is Span => s !== null);
      return words.map((w) => spans.some((s) => overlap(s, w) > 0));
    };
    const g = covered(gold);
    const p = covered(predicted);
    for (let i = 0; i < words.length; i++) {
      if (g[i] && p[i]) into[label].tp++;
      else if (p[i]) into[label].fp++;
      else if (g[i]) into[label].fn++;
    }
  }
}

interface LenientResult {
  matched: number;
  predicted: number;
  gold: number;
  /** Matched pairs whose gold has a speaker, and how many of those have the right one. */
  speakerPairs: number;
  speakerRight: number;
}

/**
 * The Gender Gap Tracker match: greedy one-to-one pairing of a predicted quote
 * with the gold quote whose content it covers most, when it covers more than
 * `threshold` of it.
 */
function lenientMatch<G extends { content: Span }, P extends { content: Span }>(
  gold: G[],
  predicted: P[],
  threshold: number,
  speakerRight: (g: G, p: P) => boolean | null,
): LenientResult & { pairs: [G, P][] } {
  const candidates: { gi: number; pi: number; cover: number }[] = [];
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const cover = overlap(g.content, p.content) / Math.max(1, g.content.end - g.content.start);
      if (cover > threshold) candidates.push({ gi, pi, cover });
    }),
  );
  candidates.sort((a, b) => b.cover - a.cover);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  let speakerPairs = 0;
  let right = 0;
  for (const c of candidates) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    pairs.push([gold[c.gi], predicted[c.pi]]);
    const ok = speakerRight(gold[c.gi], predicted[c.pi]);
    if (ok !== null) {
      speakerPairs++;
      if (ok) right++;
    }
  }
  return {
    matched: pairs.length,
    predicted: predicted.length,
    gold: gold.length,
    speakerPairs,
    speakerRight: right,
    pairs,
  };
}

function addLenient(total: LenientResult, r: LenientResult): void {
  total.matched += r.matched;
  total.predicted += r.predicted;
  total.gold += r.gold;
  total.speakerPairs += r.speakerPairs;
  total.speakerRight += r.speakerRight;
}
const emptyLenient = (): LenientResult => ({
  matched: 0,
  predicted: 0,
  gold: 0,
  speakerPairs: 0,
  speakerRight: 0,
});

function lenientRow(name: string, r: LenientResult): Record<string, string | number> {
  const { p, r: rec, f1 } = prf(r.matched, r.predicted - r.matched, r.gold - r.matched);
  return {
    measure: name,
    P: p,
    R: rec,
    F1: f1,
    'speaker acc': r.speakerPairs > 0 ? (100 * r.speakerRight) / r.speakerPairs : 0,
  };
}

// ---------------------------------------------------------------- PolNeAR (brat)

interface BratDoc {
  id: string;
  text: string;
  gold: SpanTriple[];
}

/** PolNeAR brat files of a split, the first annotator's file per article. */
export function readPolnear(split: string, limit = Infinity): BratDoc[] {
  const dir = dataPath('quotes', 'polnear', 'data', split);
  const files = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const seen = new Set<string>();
  const docs: BratDoc[] = [];
  for (const file of files) {
    const id = file.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (seen.has(id) || docs.length >= limit) continue;
    seen.add(id);
    const text = readFileSync(join(dir, 'text', `${id}.txt`), 'utf8');
    const spans = new Map<string, Span>();
    const gold: SpanTriple[] = [];
    for (const line of readFileSync(join(dir, 'attributions', file), 'utf8').split('\n')) {
      const [tid, body] = line.split('\t');
      if (!body) continue;
      if (tid.startsWith('T')) {
        const offsets = body.split(' ').slice(1).join(' ').split(/[ ;]/).map(Number);
        spans.set(tid, { start: Math.min(...offsets), end: Math.max(...offsets) });
      } else if (tid.startsWith('E')) {
        const roles = Object.fromEntries(
          body
            .trim()
            .split(/\s+/)
            .map((r) => r.split(':')),
        );
        const content = spans.get(roles.Content);
        if (!content) continue;
        gold.push({
          content,
          cue: spans.get(roles.Cue) ?? null,
          source: spans.get(roles.Source) ?? null,
        });
      }
    }
    docs.push({ id, text, gold });
  }
  return docs;
}

function triplesSpeakerRight(g: SpanTriple, p: SpanTriple): boolean | null {
  if (!g.source) return null;
  return p.source !== null && overlap(g.source, p.source) > 0;
}

interface EnglishScores {
  exact: Record<Label, Counts>;
  words: Record<Label, Counts>;
  lenient30: LenientResult;
  lenient80: LenientResult;
  predicted: number;
  unknown: number;
  docs: number;
}

function emptyEnglishScores(docs: number): EnglishScores {
  return {
    exact: { source: zero(), cue: zero(), content: zero() },
    words: { source: zero(), cue: zero(), content: zero() },
    lenient30: emptyLenient(),
    lenient80: emptyLenient(),
    predicted: 0,
    unknown: 0,
    docs,
  };
}

/** Adds one text's spans (`gold`) and quote-speaker pairs (`linked`) to the English scores. */
function addEnglish(
  s: EnglishScores,
  doc: Doc,
  text: string,
  gold: SpanTriple[],
  linked: SpanTriple[],
  predicted: SpanTriple[],
): void {
  exactCounts(gold, predicted, s.exact);
  wordCounts(text, gold, predicted, s.words);
  addLenient(s.lenient30, lenientMatch(linked, predicted, 0.3, triplesSpeakerRight));
  addLenient(s.lenient80, lenientMatch(linked, predicted, 0.8, triplesSpeakerRight));
  s.predicted += doc.quotes?.length ?? 0;
  s.unknown += (doc.quotes ?? []).filter((q) => q.speaker.name === 'unknown').length;
}

export function scoreEnglish(items: { text: string; gold: SpanTriple[] }[]): EnglishScores {
  const s = emptyEnglishScores(items.length);
  for (const item of items) {
    const doc = analyze(article(item.text, 'eval', 'en'));
    const predicted = predictedTriples(doc, true);
    addEnglish(s, doc, item.text, item.gold, item.gold, predicted);
  }
  return s;
}

export function englishTables(
  id: string,
  title: string,
  s: EnglishScores,
  anchors: Record<string, string | number | null>[],
): EvalTable[] {
  const rows: Record<string, string | number | null>[] = [];
  for (const label of LABELS) {
    const e = prf(s.exact[label].tp, s.exact[label].fp, s.exact[label].fn);
    const w = prf(s.words[label].tp, s.words[label].fp, s.words[label].fn);
    rows.push({
      system: 'recoupe',
      span: label,
      'exact P': e.p,
      'exact R': e.r,
      'exact F1': e.f1,
      'word-overlap F1': w.f1,
    });
  }
  const lenient = [
    lenientRow('quote match > 0.3 of gold', s.lenient30),
    lenientRow('quote match > 0.8 of gold', s.lenient80),
  ];
  return [
    {
      id: `${id}-spans`,
      title: `${title}: source, cue and content spans (${s.docs} texts)`,
      columns: ['system', 'span', 'exact P', 'exact R', 'exact F1', 'word-overlap F1'],
      rows: [...rows, ...anchors],
      notes: [
        `unknown speaker: ${s.unknown} of ${s.predicted} predicted quotes (${((100 * s.unknown) / Math.max(1, s.predicted)).toFixed(1)} %)`,
      ],
    },
    {
      id: `${id}-lenient`,
      title: `${title}: Gender Gap Tracker lenient match`,
      columns: ['measure', 'P', 'R', 'F1', 'speaker acc'],
      rows: [
        ...lenient,
        {
          measure: 'anchor: Gender Gap Tracker (en, > 0.3)',
          P: null,
          R: null,
          F1: 83.7,
          'speaker acc': 86.5,
        },
      ],
      notes: [
        'speaker right = predicted speaker mention overlaps the gold source span (pairs with a gold source only)',
      ],
    },
  ];
}

// ---------------------------------------------------------------- CofeNet sentence split

interface CofenetLine {
  tokens: string[];
  labels: string[];
}

const PTB: Record<string, string> = {
  '``': '“',
  "''": '”',
  '`': '‘',
  '-LRB-': '(',
  '-RRB-': ')',
  '-LSB-': '[',
  '-RSB-': ']',
  '-LCB-': '{',
  '-RCB-': '}',
};
const NO_SPACE_BEFORE = /^([.,;:!?%)\]}”’]|'s|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[(\[{“‘$]$/;

/**
 * PTB writes every '' as closing, but the source texts use '' both ways (''What …'' in NYT
 * copy): a '' with no quotation open opens one when another mark follows in the sentence,
 * unless it ends a clause and a lowercase word follows (",'' the president added").
 */
function doubleMarks(tokens: string[]): string[] {
  const out = tokens.slice();
  let open = false;
  tokens.forEach((raw, i) => {
    if (raw === '``') open = true;
    if (raw !== "''") return;
    const later = tokens.slice(i + 1).some((t) => t === "''" || t === '``');
    const closes =
      open ||
      !later ||
      (/^[,.?!]$/.test(tokens[i - 1] ?? '') && /^\p{Ll}/u.test(tokens[i + 1] ?? ''));
    out[i] = closes ? "''" : '``';
    open = !closes;
  });
  return out;
}

/** A CofeNet sentence as text, with each token's offsets, PTB marks turned back into typography. */
export function detokenize(original: string[]): { text: string; spans: Span[] } {
  const tokens = doubleMarks(original);
  let text = '';
  const spans: Span[] = [];
  /** A ‘ is open: a lone ' closes it (’), else it is a possessive ("voters '"). */
  let single = false;
  tokens.forEach((raw, i) => {
    let form = PTB[raw] ?? raw;
    if (form === '‘') single = true;
    const closesSingle = raw === "'" && single;
    if (closesSingle) {
      form = '’';
      single = false;
    }
    if (
      i > 0 &&
      !closesSingle &&
      !NO_SPACE_BEFORE.test(form) &&
      !NO_SPACE_AFTER.test(PTB[tokens[i - 1]] ?? tokens[i - 1])
    )
      text += ' ';
    spans.push({ start: text.length, end: text.length + form.length });
    text += form;
  });
  return { text, spans };
}

/** Maximal B/I runs per label, as character spans. */
function bioSpans(labels: string[], spans: Span[]): Record<Label, Span[]> {
  const out: Record<Label, Span[]> = { source: [], cue: [], content: [] };
  let current: { label: Label; start: number; end: number } | null = null;
  const flush = () => {
    if (current) out[current.label].push({ start: current.start, end: current.end });
    current = null;
  };
  labels.forEach((tag, i) => {
    const [bio, label] = tag.split('-') as [string, Label | undefined];
    if (!label || bio === 'O') return flush();
    if (bio === 'B' || !current || current.label !== label) {
      flush();
      current = { label, start: spans[i].start, end: spans[i].end };
    } else current.end = spans[i].end;
  });
  flush();
  return out;
}

/** Predicted char spans snapped to whole CofeNet tokens (a token belongs when half of it is covered). */
function snap(span: Span, spans: Span[]): Span | null {
  const inside = spans.filter((t) => overlap(t, span) * 2 >= t.end - t.start);
  return inside.length > 0 ? { start: inside[0].start, end: inside[inside.length - 1].end } : null;
}

function cofenetItems(
  file: string,
): { text: string; gold: SpanTriple[]; linked: SpanTriple[]; snapTo: Span[] }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const line = JSON.parse(l) as CofenetLine;
      const { text, spans } = detokenize(line.tokens);
      const runs = bioSpans(line.labels, spans);
      // BIO keeps no relation: each run is its own item for exact and overlap scores.
      const gold: SpanTriple[] = [
        ...runs.content.map((content) => ({ content, cue: null, source: null })),
        ...runs.cue.map((cue) => ({ content: { start: -1, end: -1 }, cue, source: null })),
        ...runs.source.map((source) => ({ content: { start: -1, end: -1 }, cue: null, source })),
      ];
      // A sentence with one content and one source links them, for speaker accuracy.
      const linked = runs.content.map((content) => ({
        content,
        cue: runs.cue.length === 1 ? runs.cue[0] : null,
        source: runs.content.length === 1 && runs.source.length === 1 ? runs.source[0] : null,
      }));
      return { text, gold, linked, snapTo: spans };
    });
}

export function scoreCofenet(file: string): EnglishScores {
  const items = cofenetItems(file);
  const s = emptyEnglishScores(items.length);
  for (const item of items) {
    const doc = analyze(article(item.text, 'eval', 'en'));
    const predicted = predictedTriples(doc, true, true).map((t) => ({
      source: t.source && snap(t.source, item.snapTo),
      cue: t.cue && snap(t.cue, item.snapTo),
      content: snap(t.content, item.snapTo) ?? t.content,
    }));
    addEnglish(s, doc, item.text, item.gold, item.linked, predicted);
  }
  return s;
}

// ---------------------------------------------------------------- French gold

interface GoldRelation {
  id: string;
  kind: string;
  content: [number, number];
  cue: [number, number] | null;
  source: [number, number] | null;
  speaker: {
    name: string;
    type: string;
    anonymous: boolean;
    resolvedFrom: [number, number] | null;
  } | null;
  chain: { name: string; type: string; span: [number, number] | null }[];
  status: string;
}

/**
 * A quote's chain as the gold writes it: the links after the outlet, the speaker last,
 * `unknown` included (a quote keeps an unknown speaker out of its sources).
 */
export function scoredChain(q: Pick<Quote, 'sources' | 'speaker'>): string[] {
  const chain = q.sources.slice(1).map((s) => s.name);
  if (q.speaker.name === 'unknown' && chain.at(-1) !== 'unknown') chain.push('unknown');
  return chain;
}

interface GoldLine {
  source: string;
  start: number;
  end: number;
  relations: GoldRelation[];
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/^(l'|le |la |les |un |une |des |d'|de |the |a |an )/, '')
    .trim();

/** Names match when equal, when one contains the other, or when they share their last word (Blinken / Antony Blinken). */
export function sameName(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y || (x.length > 2 && y.includes(x)) || (y.length > 2 && x.includes(y))) return true;
  const lx = x.split(/\s+/).pop()!;
  const ly = y.split(/\s+/).pop()!;
  return lx.length > 3 && lx === ly && /\p{Lu}/u.test(a) && /\p{Lu}/u.test(b);
}

const asSpan = (s: [number, number] | null): Span | null => (s ? { start: s[0], end: s[1] } : null);

/** A gold relation with its content span relative to the analysed passage. */
interface FrenchGold {
  rel: GoldRelation;
  content: Span;
}

interface FrenchItem {
  gold: FrenchGold[];
  outletClaims: Span[];
  outletStatus: string[];
  doc: Doc;
  shift: number;
}

function frenchItems(): FrenchItem[] {
  const path = join(projectRoot, 'gold', 'attribution', 'fr.jsonl');
  const items: FrenchItem[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const line = JSON.parse(raw) as GoldLine;
    const full = sourceText(line.source);
    const doc = analyze(article(full.slice(line.start, line.end), line.source, 'fr'));
    const attributed = line.relations.filter((r) => r.kind !== 'outlet');
    const outlet = line.relations.filter((r) => r.kind === 'outlet');
    items.push({
      gold: attributed.map((rel) => ({
        rel,
        content: { start: rel.content[0] - line.start, end: rel.content[1] - line.start },
      })),
      outletClaims: outlet.map((r) => ({
        start: r.content[0] - line.start,
        end: r.content[1] - line.start,
      })),
      outletStatus: outlet.map((r) => r.status),
      doc,
      shift: line.start,
    });
  }
  return items;
}

function frenchSpeakerRight(item: FrenchItem) {
  return ({ rel: g }: FrenchGold, q: Quote): boolean | null => {
    if (!g.speaker) return null;
    if (g.speaker.name === 'unknown') return q.speaker.name === 'unknown';
    if (q.speaker.name === 'unknown') return false;
    if (sameName(g.speaker.name, q.speaker.name)) return true;
    const mention =
      'start' in q.speaker
        ? { start: q.speaker.start + item.shift, end: q.speaker.end + item.shift }
        : null;
    const spans = [asSpan(g.source), asSpan(g.speaker.resolvedFrom)].filter(
      (s): s is Span => s !== null,
    );
    return (
      mention !== null &&
      mention.end > mention.start &&
      spans.some((s) => overlap(s, mention) > 0) &&
      !/^(il|elle|ils|elles|lui)$/i.test(q.speaker.name)
    );
  };
}

export function frenchTables(): EvalTable[] {
  const items = frenchItems();
  const lenient30 = emptyLenient();
  const lenient80 = emptyLenient();
  const exact: Record<Label, Counts> = { source: zero(), cue: zero(), content: zero() };
  const statusTotals: Record<string, { right: number; total: number }> = {};
  const countStatus = (gold: string, predicted: string) => {
    const s = (statusTotals[gold] ??= { right: 0, total: 0 });
    s.total++;
    if (gold === predicted) s.right++;
  };
  let chainPairs = 0;
  let chainRight = 0;
  let predicted = 0;
  let unknown = 0;
  let goldAttributed = 0;
  let goldUnknown = 0;
  for (const item of items) {
    const quotes = overIncise(item.doc);
    const shifted = (s: Span | null): Span | null =>
      s ? { start: s.start - item.shift, end: s.end - item.shift } : null;
    const gold = item.gold;
    const r30 = lenientMatch(gold, quotes, 0.3, frenchSpeakerRight(item));
    addLenient(lenient30, r30);
    addLenient(lenient80, lenientMatch(gold, quotes, 0.8, frenchSpeakerRight(item)));
    const goldTriples: SpanTriple[] = gold.map(({ rel, content }) => ({
      content,
      cue: shifted(asSpan(rel.cue)),
      source: shifted(asSpan(rel.source)),
    }));
    exactCounts(goldTriples, predictedTriples(item.doc, false), exact);
    // Status and chain over matched pairs; a gold relation no quote matched counts as wrong.
    const matchedGold = new Set<string>();
    for (const [{ rel: g }, q] of r30.pairs) {
      matchedGold.add(g.id);
      countStatus(g.status, q.status);
      chainPairs++;
      const chain = scoredChain(q);
      const goldChain = g.chain.map((l) => l.name);
      if (
        chain.length === goldChain.length &&
        chain.every(
          (n, i) => sameName(n, goldChain[i]) || (n === 'unknown' && goldChain[i] === 'unknown'),
        )
      )
        chainRight++;
    }
    for (const { rel } of gold) if (!matchedGold.has(rel.id)) countStatus(rel.status, 'missed');
    item.outletClaims.forEach((span, i) =>
      countStatus(item.outletStatus[i], claimStatus(item.doc, span)),
    );
    predicted += quotes.length;
    unknown += quotes.filter((q) => q.speaker.name === 'unknown').length;
    goldAttributed += gold.length;
    goldUnknown += gold.filter(({ rel }) => rel.speaker?.name === 'unknown').length;
  }
  const rows: Record<string, string | number | null>[] = [
    lenientRow('quote match > 0.3 of gold', lenient30),
    lenientRow('quote match > 0.8 of gold', lenient80),
    {
      measure: 'anchor: Radar de Parité (fr, > 0.3)',
      P: null,
      R: null,
      F1: 81.7,
      'speaker acc': 80.4,
    },
  ];
  const spanRows = LABELS.map((label) => {
    const e = prf(exact[label].tp, exact[label].fp, exact[label].fn);
    return { span: label, 'exact P': e.p, 'exact R': e.r, 'exact F1': e.f1 };
  });
  const statusRows = Object.entries(statusTotals).map(([status, s]) => ({
    status,
    right: s.right,
    total: s.total,
    accuracy: (100 * s.right) / s.total,
  }));
  const allRight = statusRows.reduce((n, r) => n + r.right, 0);
  const allTotal = statusRows.reduce((n, r) => n + r.total, 0);
  statusRows.push({
    status: 'all',
    right: allRight,
    total: allTotal,
    accuracy: (100 * allRight) / Math.max(1, allTotal),
  });
  return [
    {
      id: 'quotes-fr-lenient',
      title: `French attribution gold (${items.length} texts, ${goldAttributed} attributed relations): lenient quote match`,
      columns: ['measure', 'P', 'R', 'F1', 'speaker acc'],
      rows,
      notes: [
        'speaker right = same name (fullest name, acronym or description, folded), or the predicted mention overlaps the gold source/antecedent',
        `unknown speaker: predicted ${unknown} of ${predicted} (${((100 * unknown) / Math.max(1, predicted)).toFixed(1)} %), gold ${goldUnknown} of ${goldAttributed} (${((100 * goldUnknown) / Math.max(1, goldAttributed)).toFixed(1)} %)`,
        `chain accuracy (matched pairs, links outermost first, outlet root excluded): ${chainRight}/${chainPairs} = ${((100 * chainRight) / Math.max(1, chainPairs)).toFixed(1)} %`,
      ],
    },
    {
      id: 'quotes-fr-spans',
      title: 'French attribution gold: exact spans',
      columns: ['span', 'exact P', 'exact R', 'exact F1'],
      rows: spanRows,
    },
    {
      id: 'quotes-fr-status',
      title:
        'French attribution gold: status (attributed relations via the matched quote, missed = wrong; outlet claims via claimStatus)',
      columns: ['status', 'right', 'total', 'accuracy'],
      rows: statusRows,
    },
  ];
}

// ---------------------------------------------------------------- French fiction boundaries

export function aadsTable(): EvalTable {
  const corpus = JSON.parse(
    readFileSync(dataPath('quotes', 'aads_french_fiction', 'aggregated_corpus.json'), 'utf8'),
  ) as Record<string, { text: string; labels: [number, number][]; split: string }>;
  const exactC = zero();
  const lenient = emptyLenient();
  let chapters = 0;
  const incise = speechLexicon('fr') ?? undefined;
  for (const chapter of Object.values(corpus)) {
    if (chapter.split !== 'test') continue;
    chapters++;
    const gold = chapter.labels.map(([start, end]) => ({ content: { start, end } }));
    const predicted = findQuotedSpans(chapter.text, splitParagraphs(chapter.text), incise)
      .filter((q) => q.depth === 0)
      .map((q) => ({
        content: {
          start: q.open ?? q.start,
          end: closedByMark(chapter.text, q) ? q.close! + 1 : q.end,
        },
      }));
    const g = new Set(gold.map((x) => key(x.content)));
    const p = new Set(predicted.map((x) => key(x.content)));
    for (const k of p)
      if (g.has(k)) exactC.tp++;
      else exactC.fp++;
    for (const k of g) if (!p.has(k)) exactC.fn++;
    addLenient(
      lenient,
      lenientMatch(gold, predicted, 0.8, () => null),
    );
  }
  const e = prf(exactC.tp, exactC.fp, exactC.fn);
  const l = prf(
    lenient.matched,
    lenient.predicted - lenient.matched,
    lenient.gold - lenient.matched,
  );
  return {
    id: 'quotes-aads',
    title: `French fiction direct speech (aads, test split, ${chapters} chapters): quotation boundaries`,
    columns: ['match', 'P', 'R', 'F1'],
    rows: [
      { match: 'exact span (marks included)', P: e.p, R: e.r, F1: e.f1 },
      { match: 'covers > 0.8 of gold', P: l.p, R: l.r, F1: l.f1 },
    ],
    notes: [
      'boundaries from the quotation-mark layer alone (« », “ ”, ", dialogue dashes); no speaker in this set',
      "a narrator's incise cuts a quotation in two pieces (« …, dit-il, … », — …, répondit-elle. …); the punctuation before the incise is no part of the first (the gold keeps it inside guillemets, not after a dash)",
    ],
  };
}

// ---------------------------------------------------------------- suite

export const quotesSuite: EvalSuite = {
  id: 'quotes',
  description:
    'quotations and attributions: PolNeAR test and CofeNet split (en), French attribution gold, aads fiction boundaries',
  run(): EvalTable[] {
    const tables: EvalTable[] = [];
    const started = Date.now();
    if (existsSync(dataPath('quotes', 'polnear'))) {
      const docs = readPolnear('test');
      tables.push(
        ...englishTables(
          'quotes-polnear',
          'PolNeAR test (en, document level)',
          scoreEnglish(docs),
          [
            {
              system: 'anchor: citron (PARC 3.0, all spans)',
              span: 'all',
              'exact F1': 56.7,
              'word-overlap F1': 83.2,
            },
          ],
        ),
      );
    }
    const cofenet = dataPath('quotes', 'polnear_cofenet_sentences', 'test.txt');
    if (existsSync(cofenet)) {
      tables.push(
        ...englishTables(
          'quotes-cofenet',
          'PolNeAR, CofeNet sentence split (en, test)',
          scoreCofenet(cofenet),
          [
            { system: 'anchor: CofeNet', span: 'source', 'exact F1': 83.2 },
            { system: 'anchor: CofeNet', span: 'cue', 'exact F1': 75.3 },
            { system: 'anchor: CofeNet', span: 'content', 'exact F1': 72.9 },
            { system: 'anchor: Stanford CoreNLP', span: 'source', 'exact F1': 13.9 },
            { system: 'anchor: Stanford CoreNLP', span: 'content', 'exact F1': 17.5 },
          ],
        ),
      );
    }
    if (existsSync(dataPath('time', 'french_timebank_1.1'))) tables.push(...frenchTables());
    if (existsSync(dataPath('quotes', 'aads_french_fiction'))) tables.push(aadsTable());
    if (tables.length > 0)
      tables[tables.length - 1].notes = [
        ...(tables[tables.length - 1].notes ?? []),
        `suite time ${((Date.now() - started) / 1000).toFixed(0)} s`,
      ];
    return tables;
  },
};
