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
   * Read-only table built once trained: each slot holds the key and its row
   * of int16 weights together, so a look-up needs no second memory access.
   */
  private inline: InlineTable | null = null;
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
    count = keys.length,
  ): Float32Array {
    const n = this.nClasses;
    if (this.inline !== null) {
      if (n === 3) scoreThree(this.inline, keys, scores, count);
      else scoreInline(this.inline, n, keys, scores, count);
      return scores;
    }
    const weights = this.weights;
    for (let i = 0; i < count; i++) {
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
    this.tick();
    if (truth === guess) return;
    this.add(truth, keys, amount);
    this.add(guess, keys, -amount);
  }

  /**
   * Adds `amount` to one class's weights of `keys` at the current step, for
   * structured updates made of many such additions; `tick` then ends the step.
   */
  add(cls: number, keys: ArrayLike<number>, amount: number): void {
    if (this.sums === null) throw new Error('perceptron already averaged');
    const n = this.nClasses;
    const stepAmount = this.step * amount;
    for (let i = 0; i < keys.length; i++) {
      let row = this.find(keys[i]);
      if (row === EMPTY) row = this.insert(keys[i]);
      this.weights[row * n + cls] += amount;
      this.sums[row * n + cls] += stepAmount;
    }
  }

  /** Ends one training example: the clock the averaged weights are weighted by. */
  tick(): void {
    this.step++;
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
    this.reindex(indexCapacity(kept));
    this.buildInline();
  }

  /** Builds the inline table from the rows, weights quantized as `serialize` stores them. */
  private buildInline(): void {
    const { keys, quantized, scale } = this.quantize();
    this.inline = inlineTable(this.nClasses, keys, { at: (j) => quantized[j] }, 1 / scale);
  }

  /**
   * Sorted keys and int16 weights, class by class (`quantized[c · count + i]`),
   * with one scale for the whole model: the largest weight becomes ±32767.
   */
  private quantize(): { keys: Uint32Array; quantized: Int16Array; scale: number } {
    const n = this.nClasses;
    const count = this.rows;
    const order = Array.from({ length: count }, (_, r) => r).sort(
      (a, b) => this.rowKeys[a] - this.rowKeys[b],
    );
    const scale = this.quantizationScale();
    const keys = new Uint32Array(count);
    const quantized = new Int16Array(count * n);
    order.forEach((row, i) => {
      keys[i] = this.rowKeys[row];
      for (let c = 0; c < n; c++)
        quantized[c * count + i] = Math.round(this.weights[row * n + c] * scale);
    });
    return { keys, quantized, scale };
  }

  /** One scale for the whole model: the largest weight becomes ±32767. */
  private quantizationScale(): number {
    let maxAbs = 0;
    for (let i = 0; i < this.rows * this.nClasses; i++)
      maxAbs = Math.max(maxAbs, Math.abs(this.weights[i]));
    return maxAbs > 0 ? 32767 / maxAbs : 1;
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
    const { keys, weights, capacity, stride, unit } = this.inline;
    const n = this.nClasses;
    const rowKeys = new Uint32Array(this.rows);
    const rows = new Float32Array(this.rows * n);
    let row = 0;
    for (let slot = 0; slot < capacity; slot++) {
      const key = keys[slot * (stride >>> 1)];
      if (key === 0) continue;
      rowKeys[row] = key;
      for (let c = 0; c < n; c++) rows[row * n + c] = weights[slot * stride + 2 + c] * unit;
      row++;
    }
    this.rows = row;
    this.rowKeys = rowKeys.subarray(0, row);
    this.weights = rows.subarray(0, row * n);
    this.reindex(indexCapacity(row));
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
    const { keys, quantized, scale } = this.quantize();
    const deltas = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i++) deltas[i] = keys[i] - (i > 0 ? keys[i - 1] : 0);
    const header = Buffer.alloc(20);
    header.writeUInt32LE(FORMAT_MAGIC, 0);
    header.writeUInt32LE(this.nClasses, 4);
    header.writeUInt32LE(keys.length, 8);
    header.writeDoubleLE(scale, 12);
    return Buffer.concat([
      header,
      toBytePlanes(new Uint8Array(deltas.buffer), 4),
      toBytePlanes(new Uint8Array(quantized.buffer), 2),
    ]);
  }

  /**
   * Reads `serialize()` output straight into the inline table: loaded models
   * keep nothing else, and no float copy of the weights is made on the way.
   */
  static deserialize(buf: Buffer): AveragedPerceptron {
    if (buf.readUInt32LE(0) !== FORMAT_MAGIC) throw new Error('not a perceptron model (bad magic)');
    const nClasses = buf.readUInt32LE(4);
    const count = buf.readUInt32LE(8);
    const scale = buf.readDoubleLE(12);
    const body = new Uint8Array(buf.buffer, buf.byteOffset + 20, buf.length - 20);
    const keys = new Uint32Array(fromBytePlanes(body.subarray(0, count * 4), 4).buffer);
    for (let i = 1; i < count; i++) keys[i] = (keys[i] + keys[i - 1]) >>> 0;
    // the weights are read from their two byte planes where they lie: no int16 copy
    const low = body.subarray(count * 4, count * 4 + count * nClasses);
    const high = body.subarray(count * 4 + count * nClasses);
    const quantized = { at: (j: number) => ((high[j] << 24) >> 16) | low[j] };
    const model = new AveragedPerceptron(nClasses, 1);
    model.sums = null;
    model.rows = count;
    model.inline = inlineTable(nClasses, keys, quantized, 1 / scale);
    model.compact();
    return model;
  }
}

/**
 * Highest load of the inline table (a power of two in size: a multiply-shift
 * slot for sizes fitted to the rows was 3 % slower to parse). Its int16
 * weights halve the memory of float32 ones at the same scores.
 */
const INLINE_LOAD = 0.7;

interface InlineTable {
  /** The key of slot s at keys[s · stride / 2]; 0 when the slot is free. */
  keys: Uint32Array;
  /** Slot s's weights at weights[s · stride + 2 + class], over the same buffer. */
  weights: Int16Array;
  capacity: number;
  stride: number;
  /** Weight of one int16 step. */
  unit: number;
}

/** Lays out sorted keys and their class-major int16 weights (`at(c · count + i)`, see `quantize`) as an inline table. */
function inlineTable(
  n: number,
  rowKeys: Uint32Array,
  quantized: { at(j: number): number },
  unit: number,
): InlineTable {
  const count = rowKeys.length;
  // the key takes two int16 cells; an even stride keeps it 4-byte aligned
  const stride = 2 + n + (n & 1);
  let capacity = 16;
  while (capacity * INLINE_LOAD < count) capacity *= 2;
  const buffer = new ArrayBuffer(capacity * stride * 2);
  const keys = new Uint32Array(buffer);
  const weights = new Int16Array(buffer);
  const keyStride = stride >>> 1;
  for (let i = 0; i < count; i++) {
    const key = rowKeys[i] || 1;
    let slot = slotOf(key, capacity);
    while (keys[slot * keyStride] !== 0 && keys[slot * keyStride] !== key)
      if (++slot === capacity) slot = 0;
    keys[slot * keyStride] = key;
    for (let c = 0; c < n; c++) weights[slot * stride + 2 + c] = quantized.at(c * count + i);
  }
  return { keys, weights, capacity, stride, unit };
}

/**
 * Home slot and its stored key for each key of a block of a `score` call
 * (shared: scoring is synchronous). Fixed in size, hence `const`: buffers
 * that could be replaced are reloaded at each access, which made a
 * three-class score about a third slower.
 */
const PROBE_BLOCK = 128;
const firstSlots = new Int32Array(PROBE_BLOCK);
const firstCells = new Uint32Array(PROBE_BLOCK);

/**
 * Reads the home slot of keys[from … to) into the probe buffers, all before
 * any is used: the loads do not depend on one another, so the cache misses of
 * a large table overlap.
 */
function readHomeSlots(
  cells: Uint32Array,
  keyStride: number,
  capacity: number,
  keys: ArrayLike<number>,
  from: number,
  to: number,
): void {
  const mask = capacity - 1;
  for (let i = from; i < to; i++) {
    const slot = Math.imul(keys[i] >>> 0 || 1, KEY_MULTIPLIER) & mask;
    firstSlots[i - from] = slot;
    firstCells[i - from] = cells[slot * keyStride];
  }
}

/** Slot of `key` in the table, its home slot read into entry j of the probe buffers; −1 when absent. */
function probe(
  cells: Uint32Array,
  keyStride: number,
  capacity: number,
  key: number,
  j: number,
): number {
  let slot = firstSlots[j];
  let found = firstCells[j];
  while (found !== key) {
    if (found === 0) return -1;
    if (++slot === capacity) slot = 0;
    found = cells[slot * keyStride];
  }
  return slot;
}

/** Start of the weights of each key of a block found in the table, for `scoreInline`. */
const foundBases = new Int32Array(PROBE_BLOCK);

/**
 * Adds the weights of `keys[0 … count)` into scores[0 … n). The keys are found
 * first, then each class sums its weights in key order, four classes at a
 * time in locals (the same additions, rounded to float32 each as the score
 * array rounds them, without a store and a load of the score per weight).
 */
function scoreInline(
  table: InlineTable,
  n: number,
  keys: ArrayLike<number>,
  scores: Float32Array,
  count: number,
): void {
  const { keys: cells, weights, capacity, stride, unit } = table;
  const keyStride = stride >>> 1;
  for (let from = 0; from < count; from += PROBE_BLOCK) {
    const to = Math.min(count, from + PROBE_BLOCK);
    readHomeSlots(cells, keyStride, capacity, keys, from, to);
    let found = 0;
    for (let i = from; i < to; i++) {
      const slot = probe(cells, keyStride, capacity, keys[i] >>> 0 || 1, i - from);
      if (slot >= 0) foundBases[found++] = slot * stride + 2;
    }
    let c = 0;
    for (; c + 4 <= n; c += 4) {
      let s0 = scores[c];
      let s1 = scores[c + 1];
      let s2 = scores[c + 2];
      let s3 = scores[c + 3];
      for (let j = 0; j < found; j++) {
        const base = foundBases[j] + c;
        s0 = Math.fround(s0 + weights[base] * unit);
        s1 = Math.fround(s1 + weights[base + 1] * unit);
        s2 = Math.fround(s2 + weights[base + 2] * unit);
        s3 = Math.fround(s3 + weights[base + 3] * unit);
      }
      scores[c] = s0;
      scores[c + 1] = s1;
      scores[c + 2] = s2;
      scores[c + 3] = s3;
    }
    for (; c < n; c++) {
      let sum = scores[c];
      for (let j = 0; j < found; j++) sum = Math.fround(sum + weights[foundBases[j] + c] * unit);
      scores[c] = sum;
    }
  }
}

/**
 * `scoreInline` of a three-class model (the parser's transitions, the
 * hottest loop): the sums stay in locals, rounded to float32 at each addition
 * as the score array would round them.
 */
function scoreThree(
  table: InlineTable,
  keys: ArrayLike<number>,
  scores: Float32Array,
  count: number,
): void {
  const { keys: cells, weights, capacity, stride, unit } = table;
  const keyStride = stride >>> 1;
  let s0 = scores[0];
  let s1 = scores[1];
  let s2 = scores[2];
  for (let from = 0; from < count; from += PROBE_BLOCK) {
    const to = Math.min(count, from + PROBE_BLOCK);
    readHomeSlots(cells, keyStride, capacity, keys, from, to);
    for (let i = from; i < to; i++) {
      const slot = probe(cells, keyStride, capacity, keys[i] >>> 0 || 1, i - from);
      if (slot < 0) continue;
      const base = slot * stride + 2;
      s0 = Math.fround(s0 + weights[base] * unit);
      s1 = Math.fround(s1 + weights[base + 1] * unit);
      s2 = Math.fround(s2 + weights[base + 2] * unit);
    }
  }
  scores[0] = s0;
  scores[1] = s1;
  scores[2] = s2;
}

/** First slot of a key in a table of `capacity` (a power of two) slots. */
function slotOf(key: number, capacity: number): number {
  return Math.imul(key, KEY_MULTIPLIER) & (capacity - 1);
}

const KEY_MULTIPLIER = 0x9e3779b1;

/** Power-of-two size of the training index for `rows` keys (load ≤ 0.5). */
function indexCapacity(rows: number): number {
  let capacity = 1024;
  while (capacity < rows * 2) capacity *= 2;
  return capacity;
}

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
