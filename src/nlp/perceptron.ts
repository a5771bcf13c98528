/**
 * Multi-class averaged perceptron over hashed string features.
 *
 * Features are strings hashed to 32-bit keys (FNV-1a) so that scoring does
 * numeric Map look-ups only. Training keeps, per feature, the current weights,
 * their running totals and the step of their last change (lazy averaging);
 * `average()` folds that into the final weights and drops the training state.
 */

export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface TrainingState {
  totals: Float64Array;
  stamps: Float64Array;
}

export class AveragedPerceptron {
  readonly nClasses: number;
  private readonly weights = new Map<number, Float32Array>();
  private training: Map<number, TrainingState> | null = new Map();
  private step = 0;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
  }

  get featureCount(): number {
    return this.weights.size;
  }

  /** Adds each known feature's weights into `scores` (length nClasses), which it returns. */
  score(keys: ArrayLike<number>, scores = new Float32Array(this.nClasses)): Float32Array {
    const n = this.nClasses;
    for (let i = 0; i < keys.length; i++) {
      const w = this.weights.get(keys[i]);
      if (w === undefined) continue;
      for (let c = 0; c < n; c++) scores[c] += w[c];
    }
    return scores;
  }

  /** Best class among those allowed (all when `allowed` is omitted). */
  predict(keys: ArrayLike<number>, allowed?: ArrayLike<number>): number {
    const scores = this.score(keys);
    return argmax(scores, allowed);
  }

  /** One training step: move weights toward `truth` and away from `guess`. */
  update(truth: number, guess: number, keys: ArrayLike<number>, amount = 1): void {
    this.step++;
    if (truth === guess) return;
    const state = this.training;
    if (state === null) throw new Error('perceptron already averaged');
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let w = this.weights.get(key);
      let t = state.get(key);
      if (w === undefined || t === undefined) {
        w = new Float32Array(this.nClasses);
        t = {
          totals: new Float64Array(this.nClasses),
          stamps: new Float64Array(this.nClasses),
        };
        this.weights.set(key, w);
        state.set(key, t);
      }
      this.bump(w, t, truth, amount);
      this.bump(w, t, guess, -amount);
    }
  }

  private bump(w: Float32Array, t: TrainingState, c: number, delta: number): void {
    t.totals[c] += (this.step - t.stamps[c]) * w[c];
    t.stamps[c] = this.step;
    w[c] += delta;
  }

  /** Replaces weights by their average over all steps and drops near-zero features. */
  average(minMagnitude = 1e-3): void {
    const state = this.training;
    if (state === null) return;
    for (const [key, w] of this.weights) {
      const t = state.get(key)!;
      let keep = false;
      for (let c = 0; c < this.nClasses; c++) {
        const total = t.totals[c] + (this.step - t.stamps[c]) * w[c];
        w[c] = this.step > 0 ? total / this.step : 0;
        if (Math.abs(w[c]) >= minMagnitude) keep = true;
      }
      if (!keep) this.weights.delete(key);
    }
    this.training = null;
  }

  /**
   * Compact binary form: nClasses, feature count, sorted keys, then weights
   * quantized to int16 with one scale for the whole model.
   */
  serialize(): Buffer {
    const keys = Uint32Array.from(this.weights.keys()).sort();
    let maxAbs = 0;
    for (const w of this.weights.values()) for (const x of w) maxAbs = Math.max(maxAbs, Math.abs(x));
    const scale = maxAbs > 0 ? 32767 / maxAbs : 1;
    const q = new Int16Array(keys.length * this.nClasses);
    keys.forEach((key, i) => {
      const w = this.weights.get(key)!;
      for (let c = 0; c < this.nClasses; c++) q[i * this.nClasses + c] = Math.round(w[c] * scale);
    });
    const header = Buffer.alloc(16);
    header.writeUInt32LE(this.nClasses, 0);
    header.writeUInt32LE(keys.length, 4);
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
    const model = new AveragedPerceptron(nClasses);
    model.training = null;
    const all = new Float32Array(count * nClasses);
    for (let i = 0; i < all.length; i++) all[i] = q[i] / scale;
    for (let i = 0; i < count; i++) {
      model.weights.set(keys[i], all.subarray(i * nClasses, (i + 1) * nClasses));
    }
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
