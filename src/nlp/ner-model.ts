/**
 * The NER model: an averaged perceptron over BIO labels, decoded greedily left
 * to right with the two previous labels as features and BIO transitions
 * enforced (`I-X` only after `B-X` or `I-X`). The file `ner.bin.gz` holds a
 * JSON header (labels, lexicon, metadata) followed by the perceptron weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { AveragedPerceptron } from './perceptron.js';
import {
  compileLexicon,
  historyFeatures,
  HISTORY_FEATURES,
  sentenceFeatures,
  type CompiledLexicon,
  type NerLexicon,
  type SentenceView,
} from './ner-features.js';

export interface NerModelMeta {
  lang: string;
  labels: string[];
  lexicon: NerLexicon;
}

export class NerModel {
  readonly meta: NerModelMeta;
  readonly labels: string[];
  readonly lexicon: CompiledLexicon;
  readonly perceptron: AveragedPerceptron;
  /** For each previous label, the labels that may follow it. */
  private readonly allowedAfter: Uint8Array[];
  private readonly allowedAtStart: Uint8Array;
  private buffer = new Uint32Array(128);

  constructor(meta: NerModelMeta, perceptron = new AveragedPerceptron(meta.labels.length)) {
    this.meta = meta;
    this.labels = meta.labels;
    this.lexicon = compileLexicon(meta.lexicon);
    this.perceptron = perceptron;
    const allowed = (prev: string) =>
      Uint8Array.from(
        this.labels.map((_, i) => i).filter((i) => {
          const label = this.labels[i];
          return !label.startsWith('I-') || prev.slice(2) === label.slice(2);
        }),
      );
    this.allowedAfter = this.labels.map(allowed);
    this.allowedAtStart = allowed('O');
  }

  view(words: string[]): SentenceView {
    return sentenceFeatures(words, this.lexicon);
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
    for (let i = 0; i < view.keys.length; i++) {
      const statics = view.keys[i];
      const n = statics.length + HISTORY_FEATURES;
      if (this.buffer.length < n) this.buffer = new Uint32Array(n * 2);
      this.buffer.set(statics);
      historyFeatures(
        view,
        i,
        prev < 0 ? '<s>' : this.labels[prev],
        prev2 < 0 ? '<s>' : this.labels[prev2],
        this.buffer.subarray(statics.length, n),
      );
      const keys = this.buffer.subarray(0, n);
      const allowed = prev < 0 ? this.allowedAtStart : this.allowedAfter[prev];
      const guess = this.perceptron.predict(keys, allowed);
      if (gold !== undefined) this.perceptron.update(gold[i], guess, keys, weight);
      out.push(guess);
      prev2 = prev;
      prev = guess;
    }
    return out;
  }

  tag(words: string[]): string[] {
    if (words.length === 0) return [];
    return this.decode(this.view(words)).map((i) => this.labels[i]);
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
