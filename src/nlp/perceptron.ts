/**
 * Multi-class averaged perceptron over hashed features.
 *
 * Features are 32-bit keys (strings hashed with FNV-1a, or integers mixed by
 * the caller). Weights live in one flat Float32Array, one row of nClasses per
 * feature, found through an open-addressing table of keys: scoring is a probe
 * and a row addition per feature, with no per-feature objects.
 *
 * Averaging uses the running-sum trick: besides each weight w, training keeps
 * u = Σ step·Δ, and the average over all steps is w − u/step.
 */

export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const EMPTY = -1;

export class AveragedPerceptron {
  readonly nClasses: number;
  /** Open-addressing table: slot → feature key, and slot → row (EMPTY when free). */
  private slotKeys: Uint32Array;
  private slotRows: Int32Array;
  private mask: number;
  /** Key of each row, in insertion order. */
  private rowKeys: Uint32Array;
  private rows = 0;
  private weights: Float32Array;
  /** Σ step·Δ per weight while training; null once averaged. */
  private sums: Float64Array | null;
  private step = 0;

  constructor(nClasses: number, initialCapacity = 1024) {
    this.nClasses = nClasses;
    let capacity = 1024;
    while (capacity < initialCapacity * 2) capacity *= 2;
    this.slotKeys = new Uint32Array(capacity);
    this.slotRows = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    const rowCapacity = capacity >>> 1;
    this.rowKeys = new Uint32Array(rowCapacity);
    this.weights = new Float32Array(rowCapacity * nClasses);
    this.sums = new Float64Array(rowCapacity * nClasses);
  }

  get featureCount(): number {
    return this.rows;
  }

  private find(key: number): number {
    const mask = this.mask;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= mask;
      const row = this.slotRows[slot];
      if (row === EMPTY || this.slotKeys[slot] === key) return row;
      slot++;
    }
  }

  private insert(key: number): number {
    if ((this.rows + 1) * 2 > this.slotRows.length) this.grow();
    const mask = this.mask;
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= mask;
      if (this.slotRows[slot] === EMPTY) break;
      slot++;
    }
    const row = this.rows++;
    this.slotKeys[slot] = key;
    this.slotRows[slot] = row;
    this.rowKeys[row] = key;
    return row;
  }

  private grow(): void {
    const capacity = this.slotRows.length * 2;
    const rowCapacity = capacity >>> 1;
    const n = this.nClasses;
    const weights = new Float32Array(rowCapacity * n);
    weights.set(this.weights.subarray(0, this.rows * n));
    this.weights = weights;
    if (this.sums) {
      const sums = new Float64Array(rowCapacity * n);
      sums.set(this.sums.subarray(0, this.rows * n));
      this.sums = sums;
    }
    const rowKeys = new Uint32Array(rowCapacity);
    rowKeys.set(this.rowKeys.subarray(0, this.rows));
    this.rowKeys = rowKeys;
    this.reindex(capacity);
  }

  private reindex(capacity: number): void {
    this.slotKeys = new Uint32Array(capacity);
    this.slotRows = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
    for (let row = 0; row < this.rows; row++) {
      const key = this.rowKeys[row];
      let slot = Math.imul(key, 0x9e3779b1) >>> 0;
      for (;;) {
        slot &= this.mask;
        if (this.slotRows[slot] === EMPTY) break;
        slot++;
      }
      this.slotKeys[slot] = key;
      this.slotRows[slot] = row;
    }
  }

  /** Adds each known feature's weights into `scores` (length nClasses), which it returns. */
  score(keys: ArrayLike<number>, scores = new Float32Array(this.nClasses)): Float32Array {
    const n = this.nClasses;
    const weights = this.weights;
    for (let i = 0; i < keys.length; i++) {
      const row = this.find(keys[i]);
      if (row === EMPTY) continue;
      const base = row * n;
      for (let c = 0; c < n; c++) scores[c] += weights[base + c];
    }
    return scores;
  }

  /** Best class among those allowed (all when `allowed` is omitted). */
  predict(keys: ArrayLike<number>, allowed?: ArrayLike<number>): number {
    return argmax(this.score(keys), allowed);
  }

  /** One training step: move weights toward `truth` and away from `guess`. */
  update(truth: number, guess: number, keys: ArrayLike<number>, amount = 1): void {
    this.step++;
    if (truth === guess) return;
    if (this.sums === null) throw new Error('perceptron already averaged');
    const n = this.nClasses;
    const stepAmount = this.step * amount;
    for (let i = 0; i < keys.length; i++) {
      let row = this.find(keys[i]);
      if (row === EMPTY) row = this.insert(keys[i]);
      const base = row * n;
      this.weights[base + truth] += amount;
      this.sums![base + truth] += stepAmount;
      this.weights[base + guess] -= amount;
      this.sums![base + guess] -= stepAmount;
    }
  }

  /** Replaces weights by their average over all steps and drops near-zero features. */
  average(minMagnitude = 1e-3): void {
    const sums = this.sums;
    if (sums === null) return;
    const n = this.nClasses;
    const steps = Math.max(1, this.step);
    let kept = 0;
    for (let row = 0; row < this.rows; row++) {
      let keep = false;
      const base = row * n;
      for (let c = 0; c < n; c++) {
        const avg = this.weights[base + c] - sums[base + c] / steps;
        this.weights[base + c] = avg;
        if (Math.abs(avg) >= minMagnitude) keep = true;
      }
      if (!keep) continue;
      if (kept !== row) {
        this.weights.copyWithin(kept * n, base, base + n);
        this.rowKeys[kept] = this.rowKeys[row];
      }
      kept++;
    }
    this.rows = kept;
    this.weights = this.weights.slice(0, kept * n);
    this.rowKeys = this.rowKeys.slice(0, kept);
    this.sums = null;
    let capacity = 1024;
    while (capacity < kept * 2) capacity *= 2;
    this.reindex(capacity);
  }

  /**
   * Compact binary form: nClasses, feature count, sorted keys, then weights
   * quantized to int16 with one scale for the whole model.
   */
  serialize(): Buffer {
    const n = this.nClasses;
    const order = Array.from({ length: this.rows }, (_, r) => r).sort(
      (a, b) => this.rowKeys[a] - this.rowKeys[b],
    );
    let maxAbs = 0;
    for (let i = 0; i < this.rows * n; i++) maxAbs = Math.max(maxAbs, Math.abs(this.weights[i]));
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const keys = new Uint32Array(this.rows);
    const q = new Int16Array(this.rows * n);
    order.forEach((row, i) => {
      keys[i] = this.rowKeys[row];
      for (let c = 0; c < n; c++) q[i * n + c] = Math.round(this.weights[row * n + c] * scale);
    });
    const header = Buffer.alloc(16);
    header.writeUInt32LE(n, 0);
    header.writeUInt32LE(this.rows, 4);
    header.writeDoubleLE(scale, 8);
    return Buffer.concat([header, Buffer.from(keys.buffer), Buffer.from(q.buffer)]);
  }

  static deserialize(buf: Buffer): AveragedPerceptron {
    const nClasses = buf.readUInt32LE(0);
    const count = buf.readUInt32LE(4);
    const scale = buf.readDoubleLE(8);
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset + 16, buf.length - 16).slice();
    const keys = new Uint32Array(bytes.buffer, 0, count);
    const q = new Int16Array(bytes.buffer, count * 4, count * nClasses);
    const model = new AveragedPerceptron(nClasses, 1);
    model.sums = null;
    model.rows = count;
    model.rowKeys = keys.slice();
    model.weights = new Float32Array(count * nClasses);
    for (let i = 0; i < model.weights.length; i++) model.weights[i] = q[i] / scale;
    let capacity = 1024;
    while (capacity < count * 2) capacity *= 2;
    model.reindex(capacity);
    return model;
  }
}

export function argmax(scores: ArrayLike<number>, allowed?: ArrayLike<number>): number {
  let best = -1;
  let bestScore = -Infinity;
  if (allowed) {
    for (let i = 0; i < allowed.length; i++) {
      const c = allowed[i];
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
  } else {
    for (let c = 0; c < scores.length; c++) {
      if (scores[c] > bestScore) {
        bestScore = scores[c];
        best = c;
      }
    }
  }
  return best;
}
