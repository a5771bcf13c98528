/**
 * The NER model: an averaged perceptron over BILOU labels (begin, inside,
 * last, outside, unit), decoded either by Viterbi over well-formed BILOU
 * sequences with label-to-label weights (a first-order structured
 * perceptron), or greedily left to right with the two previous labels as
 * features and valid transitions enforced; output is BIO. The file
 * `ner.bin.gz` holds a JSON header (labels, lexicon, transitions, metadata)
 * followed by the perceptron weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { argmax, AveragedPerceptron } from './perceptron.js';
import { bioSpans } from './ner-score.js';
import { loadModels } from './models.js';
import { tagWords } from './tagger.js';
import {
  compileLexicon,
  documentContext,
  HistoryFeatures,
  prepareSentence,
  sentenceFeatures,
  type CompiledLexicon,
  type GazetteerKey,
  type NerLexicon,
  type SentenceView,
} from './ner-features.js';

export interface NerModelMeta {
  lang: string;
  labels: string[];
  lexicon: NerLexicon;
  /** Features read the tagger's parts of speech (models/<lang>/tagger.bin.gz). */
  pos?: boolean;
  /**
   * `viterbi`: first-order structured perceptron, the best label sequence
   * under the word features and label-to-label weights; otherwise greedy
   * left to right with label-history features.
   */
  decoder?: 'greedy' | 'viterbi';
  /** Label-to-label weights of the Viterbi decoder, `(labels + 1) × labels`, start row last. */
  transitions?: number[];
}

/** BIO to BILOU: single-word names are U-, last words L-. */
export function bioToBilou(tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (tag === 'O') return tag;
    const next = tags[i + 1];
    const ends = next === undefined || !next.startsWith('I-') || next.slice(2) !== tag.slice(2);
    if (tag.startsWith('B-')) return (ends ? 'U-' : 'B-') + tag.slice(2);
    return (ends ? 'L-' : 'I-') + tag.slice(2);
  });
}

/** BILOU back to BIO; a name left open at the end of a sentence simply ends there. */
export function bilouToBio(tags: string[]): string[] {
  return tags.map((tag) => {
    if (tag.startsWith('U-')) return 'B-' + tag.slice(2);
    if (tag.startsWith('L-')) return 'I-' + tag.slice(2);
    return tag;
  });
}

/**
 * A lone full stop, question or exclamation mark: no name goes on past it
 * (`… avec Lavrov. Monsieur Lavrov …` when the segmenter left the sentence whole).
 */
const SENTENCE_END = /^[.!?…]+$/;

/** Parts of speech a name does not end on (`la commission de`, `Élysée et`). */
const NOT_NAME_FINAL = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Cuts the trailing prepositions, determiners, conjunctions and punctuation
 * off multi-word names: the greedy decoder sometimes leaves a name open on
 * them.
 */
export function trimNameEnds(bio: string[], upos: string[]): string[] {
  const out = bio.slice();
  for (let i = 0; i < out.length; i++) {
    // "Heartbreakingly, …": a lone adverb is no name, whatever its capital.
    if (out[i].startsWith('B-') && !out[i + 1]?.startsWith('I-') && upos[i] === 'ADV') out[i] = 'O';
    if (!out[i].startsWith('I-') || out[i + 1] === out[i]) continue;
    for (let j = i; out[j].startsWith('I-') && NOT_NAME_FINAL.has(upos[j]); j--) out[j] = 'O';
  }
  return out;
}

/**
 * One organisation named across a connector: the decoder tends to close a name
 * at "of the" (`[International Committee] of the [Red Cross]`, `Office of the
 * [United Nations …]`). A name, or a capitalised word, holding an organisation
 * keyword, then a connector of the language (`joiners`, lowercase), then an
 * organisation's name make one organisation. A place after the connector is
 * not joined: `Kia Motor Corp of South Korea` names a company and its country.
 */
export function joinOrganisationNames(
  bio: string[],
  words: string[],
  joiners: string[][],
  orgKeywords: Set<string>,
): string[] {
  const out = bio.slice();
  const connectorBefore = (start: number) =>
    joiners.find(
      (joiner) =>
        start - joiner.length >= 1 &&
        joiner.every((w, k) => words[start - joiner.length + k].toLowerCase() === w),
    );
  for (let i = out.length - 1; i > 0; i--) {
    if (!out[i].startsWith('B-')) continue;
    const joiner = out[i] === 'B-ORG' ? connectorBefore(i) : undefined;
    if (joiner === undefined) continue;
    const last = i - joiner.length - 1;
    let first = last;
    if (out[last] === 'O') {
      if (!/^\p{Lu}/u.test(words[last])) continue;
    } else {
      if (out[last].slice(2) !== 'ORG') continue;
      while (first > 0 && out[first].startsWith('I-')) first--;
    }
    let keyword = false;
    for (let k = first; k <= last; k++) keyword ||= orgKeywords.has(words[k].toLowerCase());
    if (!keyword) continue;
    let end = i + 1;
    while (end < out.length && out[end].startsWith('I-')) end++;
    for (let k = first; k < end; k++) out[k] = k === first ? 'B-ORG' : 'I-ORG';
    i = first;
  }
  return out;
}

/**
 * One name, one type within a document. A part of a person's full name is that person
 * wherever the document uses it alone: after "Leelah Alcorn", a later "Leelah" the decoder
 * typed as an organisation is her (first or last words of a person's name of two words or
 * more). Otherwise a name typed two ways takes the type of at least two thirds of its uses
 * ("Christian" three times MISC, once PER). Names are not created where the decoder saw none.
 */
export function alignNameTypes(labels: string[][], sentences: string[][]): string[][] {
  const nameParts = new Set<string>();
  const uses = new Map<string, Map<string, number>>();
  labels.forEach((bio, k) => {
    for (const span of bioSpans(bio)) {
      const words = sentences[k].slice(span.start, span.end);
      const name = words.join(' ');
      const types = uses.get(name) ?? new Map<string, number>();
      types.set(span.type, (types.get(span.type) ?? 0) + 1);
      uses.set(name, types);
      if (span.type !== 'PER') continue;
      for (let n = 1; n < words.length; n++) {
        nameParts.add(words.slice(0, n).join(' '));
        nameParts.add(words.slice(words.length - n).join(' '));
      }
    }
  });
  const typeOf = (name: string, type: string): string => {
    if (type !== 'PER' && nameParts.has(name)) return 'PER';
    const types = uses.get(name)!;
    let total = 0;
    for (const n of types.values()) total += n;
    for (const [other, n] of types) if (n >= 2 && n * 3 >= total * 2) return other;
    return type;
  };
  return labels.map((bio, k) => {
    let out = bio;
    for (const span of bioSpans(bio)) {
      const type = typeOf(sentences[k].slice(span.start, span.end).join(' '), span.type);
      if (type === span.type) continue;
      if (out === bio) out = bio.slice();
      for (let i = span.start; i < span.end; i++) out[i] = (i === span.start ? 'B-' : 'I-') + type;
    }
    return out;
  });
}

/** Gazetteer kinds that make a name a place. */
const PLACE_KINDS = ['cityB', 'countryB', 'placeB'];

/**
 * A list of places keeps its type: in "Toulouse, Hamburg and Mobile" a name the decoder
 * typed otherwise (Hamburg: a football club in the training news) is a place when most of
 * the list are places and the gazetteer knows the name as one. Items are separated by a
 * comma, one of the language's `conjunctions`, or both.
 */
export function alignListTypes(
  bio: string[],
  words: string[],
  conjunctions: Set<string>,
  names: Map<string, GazetteerKey>,
): string[] {
  const spans = bioSpans(bio);
  const out = bio.slice();
  const separates = (from: number, to: number) => {
    const between = words.slice(from, to).map((w) => w.toLowerCase());
    return (
      (between.length === 1 && (between[0] === ',' || conjunctions.has(between[0]))) ||
      (between.length === 2 && between[0] === ',' && conjunctions.has(between[1]))
    );
  };
  for (let first = 0; first < spans.length;) {
    let last = first;
    while (last + 1 < spans.length && separates(spans[last].end, spans[last + 1].start)) last++;
    const list = spans.slice(first, last + 1);
    const places = list.filter((span) => span.type === 'LOC').length;
    if (list.length >= 3 && places * 2 > list.length)
      for (const span of list) {
        if (span.type === 'LOC') continue;
        const name = words.slice(span.start, span.end).join(' ').toLowerCase();
        const begin = names.get(name)?.marks?.begin ?? [];
        if (!begin.some((kind) => PLACE_KINDS.includes(kind))) continue;
        for (let k = span.start; k < span.end; k++) out[k] = k === span.start ? 'B-LOC' : 'I-LOC';
      }
    first = last + 1;
  }
  return out;
}

/**
 * Label-to-label weights of the Viterbi decoder, averaged over training steps
 * like the perceptron's (running sums): `weights[prev × size + label]`, row
 * `size` standing for the sentence start.
 */
export class TransitionWeights {
  readonly size: number;
  readonly weights: Float64Array;
  private sums: Float64Array | null;
  private step = 0;

  constructor(size: number, weights?: number[]) {
    this.size = size;
    this.weights = weights ? Float64Array.from(weights) : new Float64Array((size + 1) * size);
    this.sums = weights ? null : new Float64Array((size + 1) * size);
  }

  /** Counts one training step (one word), as the perceptron does. */
  tick(): void {
    this.step++;
  }

  add(prev: number, label: number, amount: number): void {
    if (this.sums === null) throw new Error('transitions already averaged');
    const k = (prev < 0 ? this.size : prev) * this.size + label;
    this.weights[k] += amount;
    this.sums[k] += this.step * amount;
  }

  average(): void {
    if (this.sums === null) return;
    const steps = Math.max(1, this.step);
    for (let k = 0; k < this.weights.length; k++) this.weights[k] -= this.sums[k] / steps;
    this.sums = null;
  }

  toJSON(): number[] {
    return Array.from(this.weights, (w) => Math.round(w * 1e4) / 1e4);
  }
}

export class NerModel {
  readonly meta: NerModelMeta;
  readonly labels: string[];
  readonly lexicon: CompiledLexicon;
  readonly perceptron: AveragedPerceptron;
  /** For each previous label, the labels that may follow it. */
  private readonly allowedAfter: Uint8Array[];
  private readonly allowedAtStart: Uint8Array;
  private readonly history: HistoryFeatures;
  private buffer = new Uint32Array(128);
  private readonly scores: Float32Array;
  /** Viterbi decoding's weights; null for a greedy model. */
  readonly transitions: TransitionWeights | null;
  /** Connectors inside organisation names (`of the`, `de la`), from the language's data; see `joinOrganisationNames`. */
  nameJoiners: string[][] = [];
  /** Words joining the items of a list (`and`, `et`), from the language's data; see `alignListTypes`. */
  listConjunctions = new Set<string>();
  /** Nouns of treaties and laws (`traité`, `act`), from the language's data: a person's name beside one names the document. */
  documentNouns = new Set<string>();
  /** Diseases and their agents, written like names but no actor nor place (`Covid-19`, `Ebola`), lowercase. */
  diseaseNames = new Set<string>();
  /** For each label, the previous labels it may follow in well-formed BILOU (-1: sentence start). */
  private readonly strictPrevious: Int8Array[];
  /** Labels a sentence may end on (O, L-, U-). */
  private readonly finalLabels: Uint8Array;
  /** Labels that leave a name open (B-, I-). */
  private readonly opening: Uint8Array;

  constructor(meta: NerModelMeta, perceptron = new AveragedPerceptron(meta.labels.length)) {
    this.meta = meta;
    this.labels = meta.labels;
    this.lexicon = compileLexicon(meta.lexicon);
    this.perceptron = perceptron;
    // I- and L- continue a name of their type only; B- must be continued. A
    // name inside (I-) may be left open, read as ending there: a greedy
    // decoder must be able to get out of a runaway name.
    const allowed = (prev: string) => {
      const inside = prev.startsWith('B-') || prev.startsWith('I-');
      return Uint8Array.from(
        this.labels
          .map((_, i) => i)
          .filter((i) => {
            const label = this.labels[i];
            const continues = label.startsWith('I-') || label.startsWith('L-');
            if (prev.startsWith('B-')) return continues && label.slice(2) === prev.slice(2);
            return !continues || (inside && label.slice(2) === prev.slice(2));
          }),
      );
    };
    this.allowedAfter = this.labels.map(allowed);
    this.allowedAtStart = allowed('O');
    this.history = new HistoryFeatures(this.labels);
    this.scores = new Float32Array(this.labels.length);
    this.transitions =
      meta.decoder === 'viterbi'
        ? new TransitionWeights(this.labels.length, meta.transitions)
        : null;
    const opens = (label: string) => label.startsWith('B-') || label.startsWith('I-');
    const continues = (label: string) => label.startsWith('I-') || label.startsWith('L-');
    const follows = (prev: string, label: string) =>
      opens(prev) ? continues(label) && label.slice(2) === prev.slice(2) : !continues(label);
    this.strictPrevious = this.labels.map((label) =>
      Int8Array.from(
        [-1, ...this.labels.keys()].filter((p) => follows(p < 0 ? 'O' : this.labels[p], label)),
      ),
    );
    this.finalLabels = Uint8Array.from(
      [...this.labels.keys()].filter((c) => !opens(this.labels[c])),
    );
    this.opening = Uint8Array.from(this.labels, (label) => (opens(label) ? 1 : 0));
  }

  /** Features of a document's sentences, each seeing what the others say about its words. */
  documentViews(sentences: string[][], upos = this.partsOfSpeech(sentences)): SentenceView[] {
    const prepared = sentences.map(prepareSentence);
    const context = documentContext(prepared, this.lexicon);
    return prepared.map((s, k) => sentenceFeatures(s, this.lexicon, context, upos?.[k]));
  }

  /**
   * The tagger's parts of speech of the sentences when the model reads them;
   * without shipped tagger weights every word is `X`, and the name features carry on alone.
   */
  partsOfSpeech(sentences: string[][]): string[][] | undefined {
    if (this.meta.pos !== true) return undefined;
    const tagger = loadModels(this.meta.lang)?.tagger;
    return sentences.map((words) =>
      tagger ? tagWords(words, tagger).map((t) => t.upos) : words.map(() => 'X'),
    );
  }

  /**
   * Labels of a sentence. With `gold` label indices, also trains: each step
   * updates the perceptron toward the gold label by `weight`, and the history
   * is the predicted one, as at run time.
   */
  decode(view: SentenceView, gold?: ArrayLike<number>, weight = 1): number[] {
    return this.transitions === null
      ? this.decodeGreedy(view, gold, weight)
      : this.decodeViterbi(view, this.transitions, gold, weight);
  }

  /**
   * The best well-formed BILOU sequence. With `gold`, a structured perceptron
   * step: each word's features move toward its gold label and away from the
   * predicted one, and so do the label pairs that differ.
   */
  private decodeViterbi(
    view: SentenceView,
    transitions: TransitionWeights,
    gold?: ArrayLike<number>,
    weight = 1,
  ): number[] {
    const n = view.lower.length;
    const size = this.labels.length;
    if (n === 0) return [];
    const emission = new Float32Array(n * size);
    for (let i = 0; i < n; i++) {
      this.perceptron.score(
        view.keys.subarray(view.offsets[i], view.offsets[i + 1]),
        emission.subarray(i * size, (i + 1) * size),
      );
    }
    const best = new Float64Array(n * size).fill(-Infinity);
    const back = new Int8Array(n * size);
    const pair = transitions.weights;
    const startRow = size * size;
    for (let i = 0; i < n; i++) {
      const closes = SENTENCE_END.test(view.lower[i]);
      const here = i * size;
      const before = here - size;
      for (let c = 0; c < size; c++) {
        if (closes && this.opening[c] === 1) continue;
        let top = -Infinity;
        let from = -1;
        for (const p of this.strictPrevious[c]) {
          if (p < 0 !== (i === 0)) continue;
          const s = p < 0 ? pair[startRow + c] : best[before + p] + pair[p * size + c];
          if (s > top) {
            top = s;
            from = p;
          }
        }
        best[here + c] = top + emission[here + c];
        back[here + c] = from;
      }
    }
    let last = this.finalLabels[0];
    for (const c of this.finalLabels) {
      if (best[(n - 1) * size + c] > best[(n - 1) * size + last]) last = c;
    }
    const out = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      out[i] = last;
      last = back[i * size + last];
    }
    if (gold !== undefined) {
      for (let i = 0; i < n; i++) {
        const keys = view.keys.subarray(view.offsets[i], view.offsets[i + 1]);
        this.perceptron.update(gold[i], out[i], keys, weight);
        transitions.tick();
        const goldPrev = i > 0 ? gold[i - 1] : -1;
        const predictedPrev = i > 0 ? out[i - 1] : -1;
        if (goldPrev !== predictedPrev || gold[i] !== out[i]) {
          transitions.add(goldPrev, gold[i], weight);
          transitions.add(predictedPrev, out[i], -weight);
        }
      }
    }
    return out;
  }

  private decodeGreedy(view: SentenceView, gold?: ArrayLike<number>, weight = 1): number[] {
    const out: number[] = [];
    let prev = -1;
    let prev2 = -1;
    for (let i = 0; i < view.lower.length; i++) {
      const statics = view.keys.subarray(view.offsets[i], view.offsets[i + 1]);
      const n = statics.length + HistoryFeatures.count;
      if (this.buffer.length < n) this.buffer = new Uint32Array(n * 2);
      this.buffer.set(statics);
      this.history.fill(view, i, prev, prev2, this.buffer, statics.length);
      const keys = this.buffer.subarray(0, n);
      const allowed = prev < 0 ? this.allowedAtStart : this.allowedAfter[prev];
      this.scores.fill(0);
      const guess = argmax(this.perceptron.score(keys, this.scores), allowed);
      if (gold !== undefined) this.perceptron.update(gold[i], guess, keys, weight);
      out.push(guess);
      prev2 = prev;
      prev = guess;
    }
    return out;
  }

  /** Labels of one sentence on its own. */
  tag(words: string[], upos?: string[]): string[] {
    return this.tagDocument([words], upos && [upos])[0];
  }

  /** BIO labels of the sentences of one document; `upos` when the tagger has run already. */
  tagDocument(sentences: string[][], upos?: string[][]): string[][] {
    const parts = upos ?? this.partsOfSpeech(sentences);
    const labels = this.documentViews(sentences, parts).map((view, k) => {
      const decoded = bilouToBio(this.decode(view).map((i) => this.labels[i]));
      const bio = parts === undefined ? decoded : trimNameEnds(decoded, parts[k]);
      const joined =
        this.nameJoiners.length === 0
          ? bio
          : joinOrganisationNames(bio, sentences[k], this.nameJoiners, this.lexicon.orgKeywords);
      return this.listConjunctions.size === 0
        ? joined
        : alignListTypes(joined, sentences[k], this.listConjunctions, this.lexicon.names);
    });
    return alignNameTypes(labels, sentences);
  }

  /** Replaces the weights by their averages over training (see `AveragedPerceptron.average`). */
  average(minWeight: number): void {
    this.perceptron.average(minWeight);
    this.transitions?.average();
  }

  serialize(): Buffer {
    const meta =
      this.transitions === null
        ? this.meta
        : { ...this.meta, transitions: this.transitions.toJSON() };
    const header = Buffer.from(JSON.stringify(meta), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    return gzipSync(Buffer.concat([length, header, this.perceptron.serialize()]), { level: 9 });
  }

  static deserialize(data: Buffer): NerModel {
    const raw = gunzipSync(data);
    const headerLength = raw.readUInt32LE(0);
    const meta = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as NerModelMeta;
    return new NerModel(meta, AveragedPerceptron.deserialize(raw.subarray(4 + headerLength)));
  }

  save(path: string): void {
    writeFileSync(path, this.serialize());
  }

  static load(path: string): NerModel {
    return NerModel.deserialize(readFileSync(path));
  }
}
