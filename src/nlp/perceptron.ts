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
  /**
   * Open-addressing table, two int32 per slot: the feature key, then its row
   * (EMPTY when free); side by side so that a probe touches one cache line.
   */
  private slots: Int32Array;
  private mask: number;
  /** Key of each row, in insertion order. */
  private rowKeys: Uint32Array;
  private rows = 0;
  private weights: Float32Array;
  /**
   * Read-only copy built once trained (up to INLINE_MAX_CLASSES classes):
   * each slot holds the key and the row together, so a look-up needs no
   * second memory access.
   */
  private inline: {
    cells: Uint32Array;
    weights: Float32Array;
    mask: number;
    stride: number;
  } | null = null;
  /** Σ step·Δ per weight while training; null once averaged. */
  private sums: Float64Array | null;
  private step = 0;

  constructor(nClasses: number, initialCapacity = 1024) {
    this.nClasses = nClasses;
    let capacity = 1024;
    while (capacity < initialCapacity * 2) capacity *= 2;
    this.slots = emptySlots(capacity);
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
    const slots = this.slots;
    const k = key | 0;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    for (;;) {
      const row = slots[2 * slot + 1];
      if (row === EMPTY || slots[2 * slot] === k) return row;
      slot = (slot + 1) & mask;
    }
  }

  private insert(key: number): number {
    if ((this.rows + 1) * 2 > this.mask + 1) this.grow();
    const row = this.rows++;
    this.rowKeys[row] = key;
    this.place(key, row);
    return row;
  }

  private grow(): void {
    const capacity = (this.mask + 1) * 2;
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

  private place(key: number, row: number): void {
    const mask = this.mask;
    let slot = Math.imul(key, 0x9e3779b1) & mask;
    while (this.slots[2 * slot + 1] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[2 * slot] = key | 0;
    this.slots[2 * slot + 1] = row;
  }

  private reindex(capacity: number): void {
    this.slots = emptySlots(capacity);
    this.mask = capacity - 1;
    for (let row = 0; row < this.rows; row++) this.place(this.rowKeys[row], row);
  }

  /** Adds each known feature's weights into `scores` (length nClasses), which it returns. */
  score(
    keys: ArrayLike<number>,
    scores: Float32Array = new Float32Array(this.nClasses),
  ): Float32Array {
    const n = this.nClasses;
    if (this.inline !== null) {
      const { cells, weights, mask, stride } = this.inline;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] >>> 0 || 1;
        let slot = Math.imul(key, 0x9e3779b1) & mask;
        for (;;) {
          const base = slot * stride;
          const found = cells[base];
          if (found === key) {
            for (let c = 0; c < n; c++) scores[c] += weights[base + 1 + c];
            break;
          }
          if (found === 0) break;
          slot = (slot + 1) & mask;
        }
      }
      return scores;
    }
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
    const steps = Math.max(1, this.step);
    for (let i = 0; i < this.rows * this.nClasses; i++) this.weights[i] -= sums[i] / steps;
    this.sums = null;
    this.prune(minMagnitude);
  }

  /** Drops the features whose weights are all below `minMagnitude` (after averaging). */
  prune(minMagnitude: number): void {
    if (this.sums !== null) throw new Error('prune an averaged perceptron');
    this.expand();
    const n = this.nClasses;
    let kept = 0;
    for (let row = 0; row < this.rows; row++) {
      const base = row * n;
      let keep = false;
      for (let c = 0; c < n; c++) if (Math.abs(this.weights[base + c]) >= minMagnitude) keep = true;
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
    let capacity = 1024;
    while (capacity < kept * 2) capacity *= 2;
    this.reindex(capacity);
    this.buildInline();
  }

  /** Builds the inline table when rows are short (see `inline`); key 0 is stored as 1, 0 marks a free slot. */
  private buildInline(): void {
    const n = this.nClasses;
    if (n > INLINE_MAX_CLASSES) return;
    const stride = n + 1;
    // load ≤ 0.7: a smaller table stays in cache better than a sparser one saves probes
    let capacity = 1024;
    while (capacity * 0.7 < this.rows) capacity *= 2;
    const buffer = new ArrayBuffer(capacity * stride * 4);
    const cells = new Uint32Array(buffer);
    const weights = new Float32Array(buffer);
    const mask = capacity - 1;
    for (let row = 0; row < this.rows; row++) {
      const key = this.rowKeys[row] || 1;
      let slot = Math.imul(key, 0x9e3779b1) & mask;
      while (cells[slot * stride] !== 0 && cells[slot * stride] !== key) slot = (slot + 1) & mask;
      cells[slot * stride] = key;
      weights.set(this.weights.subarray(row * n, row * n + n), slot * stride + 1);
    }
    this.inline = { cells, weights, mask, stride };
  }

  /**
   * Run-time models keep only the inline table (scoring reads nothing else):
   * the rows and their index would double the memory of the loaded weights.
   */
  private compact(): void {
    if (this.inline === null) return;
    this.weights = new Float32Array(0);
    this.rowKeys = new Uint32Array(0);
    this.slots = emptySlots(1);
    this.mask = 0;
  }

  /** Rebuilds the rows of a compacted model from its inline table (for prune and serialize). */
  private expand(): void {
    if (this.inline === null || this.rowKeys.length >= this.rows) return;
    const { cells, weights, stride } = this.inline;
    const n = this.nClasses;
    const rowKeys = new Uint32Array(this.rows);
    const rows = new Float32Array(this.rows * n);
    let row = 0;
    for (let base = 0; base < cells.length; base += stride) {
      if (cells[base] === 0) continue;
      rowKeys[row] = cells[base];
      rows.set(weights.subarray(base + 1, base + 1 + n), row * n);
      row++;
    }
    this.rows = row;
    this.rowKeys = rowKeys.subarray(0, row);
    this.weights = rows.subarray(0, row * n);
    let capacity = 1024;
    while (capacity < row * 2) capacity *= 2;
    this.reindex(capacity);
  }

  /**
   * Compact binary form, laid out for gzip: header (magic, nClasses, feature
   * count, scale), sorted keys as deltas, then weights quantized to int16 with
   * one scale for the whole model, class by class. Keys and weights are split
   * into byte planes (all low bytes, then the next …), which gzip packs far
   * better than interleaved bytes.
   */
  serialize(): Buffer {
    this.expand();
    const n = this.nClasses;
    const count = this.rows;
    const order = Array.from({ length: count }, (_, r) => r).sort(
      (a, b) => this.rowKeys[a] - this.rowKeys[b],
    );
    let maxAbs = 0;
    for (let i = 0; i < count * n; i++) maxAbs = Math.max(maxAbs, Math.abs(this.weights[i]));
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const deltas = new Uint32Array(count);
    const q = new Int16Array(count * n);
    let previous = 0;
    order.forEach((row, i) => {
      deltas[i] = this.rowKeys[row] - previous;
      previous = this.rowKeys[row];
      for (let c = 0; c < n; c++) q[c * count + i] = Math.round(this.weights[row * n + c] * scale);
    });
    const header = Buffer.alloc(20);
    header.writeUInt32LE(FORMAT_MAGIC, 0);
    header.writeUInt32LE(n, 4);
    header.writeUInt32LE(count, 8);
    header.writeDoubleLE(scale, 12);
    return Buffer.concat([
      header,
      toBytePlanes(new Uint8Array(deltas.buffer), 4),
      toBytePlanes(new Uint8Array(q.buffer), 2),
    ]);
  }

  /** Reads `serialize()` output; also reads the earlier interleaved layout (no magic). */
  static deserialize(buf: Buffer): AveragedPerceptron {
    let nClasses: number;
    let count: number;
    let scale: number;
    let keys: Uint32Array;
    let weightAt: (row: number, c: number) => number;
    if (buf.readUInt32LE(0) === FORMAT_MAGIC) {
      nClasses = buf.readUInt32LE(4);
      count = buf.readUInt32LE(8);
      scale = buf.readDoubleLE(12);
      const body = new Uint8Array(buf.buffer, buf.byteOffset + 20, buf.length - 20);
      keys = new Uint32Array(fromBytePlanes(body.subarray(0, count * 4), 4).buffer);
      for (let i = 1; i < count; i++) keys[i] = (keys[i] + keys[i - 1]) >>> 0;
      const q = new Int16Array(fromBytePlanes(body.subarray(count * 4), 2).buffer);
      weightAt = (row, c) => q[c * count + row];
    } else {
      nClasses = buf.readUInt32LE(0);
      count = buf.readUInt32LE(4);
      scale = buf.readDoubleLE(8);
      const bytes = new Uint8Array(buf.buffer, buf.byteOffset + 16, buf.length - 16).slice();
      keys = new Uint32Array(bytes.buffer, 0, count);
      const q = new Int16Array(bytes.buffer, count * 4, count * nClasses);
      weightAt = (row, c) => q[row * nClasses + c];
    }
    const model = new AveragedPerceptron(nClasses, 1);
    model.sums = null;
    model.rows = count;
    model.rowKeys = keys.slice();
    model.weights = new Float32Array(count * nClasses);
    for (let row = 0; row < count; row++) {
      for (let c = 0; c < nClasses; c++)
        model.weights[row * nClasses + c] = weightAt(row, c) / scale;
    }
    let capacity = 1024;
    while (capacity < count * 2) capacity *= 2;
    model.reindex(capacity);
    model.buildInline();
    model.compact();
    return model;
  }
}

/**
 * Up to this many classes, trained models also get the inline table. Even
 * when a row spans several cache lines, finding it beside its key saves the
 * separate miss on the weights: 7 → 64 (all the labelers and taggers) gave
 * about +12 % parsing speed on EWT test, same scores.
 */
const INLINE_MAX_CLASSES = 64;

function emptySlots(capacity: number): Int32Array {
  const slots = new Int32Array(2 * capacity);
  for (let i = 1; i < slots.length; i += 2) slots[i] = EMPTY;
  return slots;
}

/** 'PCV2': marks the byte-plane layout. */
const FORMAT_MAGIC = 0x32564350;

function toBytePlanes(bytes: Uint8Array, width: number): Uint8Array {
  const count = bytes.length / width;
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < count; i++)
    for (let b = 0; b < width; b++) out[b * count + i] = bytes[i * width + b];
  return out;
}

function fromBytePlanes(planes: Uint8Array, width: number): Uint8Array {
  const count = planes.length / width;
  const out = new Uint8Array(planes.length);
  for (let i = 0; i < count; i++)
    for (let b = 0; b < width; b++) out[i * width + b] = planes[b * count + i];
  return out;
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
