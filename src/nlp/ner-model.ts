/**
 * The NER model: an averaged perceptron over BILOU labels (begin, inside,
 * last, outside, unit), decoded greedily left to right with the two previous
 * labels as features and valid transitions enforced; output is BIO. The file `ner.bin.gz` holds a
 * JSON header (labels, lexicon, metadata) followed by the perceptron weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { argmax, AveragedPerceptron } from './perceptron.js';
import { loadModels } from './models.js';
import { tagWords } from './tagger.js';
import {
  compileLexicon,
  documentContext,
  HistoryFeatures,
  prepareSentence,
  sentenceFeatures,
  type CompiledLexicon,
  type NerLexicon,
  type SentenceView,
} from './ner-features.js';

export interface NerModelMeta {
  lang: string;
  labels: string[];
  lexicon: NerLexicon;
  /** Features read the tagger's parts of speech (models/<lang>/tagger.bin.gz). */
  pos?: boolean;
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
    if (!out[i].startsWith('I-') || out[i + 1] === out[i]) continue;
    for (let j = i; out[j].startsWith('I-') && NOT_NAME_FINAL.has(upos[j]); j--) out[j] = 'O';
  }
  return out;
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
    return this.documentViews(sentences, parts).map((view, k) => {
      const bio = bilouToBio(this.decode(view).map((i) => this.labels[i]));
      return parts === undefined ? bio : trimNameEnds(bio, parts[k]);
    });
  }

  serialize(): Buffer {
    const header = Buffer.from(JSON.stringify(this.meta), 'utf8');
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
