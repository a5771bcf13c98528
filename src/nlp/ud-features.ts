/**
 * Shared machinery of the UD models: integer feature keys, word shapes,
 * a seeded random generator and the binary bundle the weights ship in.
 *
 * Feature keys are built by mixing a template number with hashed values, so
 * that extracting a feature costs a few integer multiplications instead of a
 * string concatenation and a string hash. Keys and parts are returned as int32
 * (the key's 32 bits, stored the same in a Uint32Array): V8 keeps an int32 a
 * small integer, while a uint32 above 2^31 passed to or returned from a call
 * it did not inline becomes a heap number, garbage for the collector.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { hashFeature } from './perceptron.js';

export const hashString = hashFeature;

/** Murmur3 finalizer: spreads the bits of a 32-bit value (as an int32). */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export function key1(template: number, a: number): number {
  return key1Of(template, partA(a));
}

export function key2(template: number, a: number, b: number): number {
  return key2Of(template, partA(a), partB(b));
}

export function key3(template: number, a: number, b: number, c: number): number {
  return key3Of(template, partA(a), partB(b), partC(c));
}

/**
 * The keys from their values' parts (`partA` of the first value, `partB` of
 * the second, `partC` of the third): a hot caller hashes a word's values once
 * and builds its many keys from the parts, to the same keys.
 */
export function key1Of(template: number, a: number): number {
  return fmix(Math.imul(template + 1, 0x9e3779b1) ^ a);
}

export function key2Of(template: number, a: number, b: number): number {
  return fmix(key1Of(template, a) ^ b);
}

export function key3Of(template: number, a: number, b: number, c: number): number {
  return fmix(key2Of(template, a, b) ^ c);
}

export function partA(value: number): number {
  return fmix(value + 0x632be5ab);
}

export function partB(value: number): number {
  return fmix(value + 0x27d4eb2f);
}

export function partC(value: number): number {
  return fmix(value + 0x165667b1);
}

/** Word shape with runs collapsed to two: `Paris` → `Xxx`, `1984` → `dd`, `A-380` → `X-dd`. */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of word) {
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch) c = 'X';
    else if (ch.toUpperCase() !== ch) c = 'x';
    else c = ch;
    if (c === last) {
      run++;
      if (run > 2) continue;
    } else {
      run = 1;
      last = c;
    }
    out += c;
  }
  return out;
}

export { seededRandom } from '../util/random.js';

export function shuffleInPlace<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}

/**
 * A model file: gzip of [u32 JSON length][JSON header][binary blobs]. The
 * header holds the model's small data (labels, dictionaries, metadata) and
 * the byte ranges of the blobs (perceptron weights).
 */
export interface Bundle {
  json: Record<string, unknown>;
  blobs: Record<string, Buffer>;
}

export function packBundle(bundle: Bundle): Buffer {
  const ranges: Record<string, [number, number]> = {};
  let offset = 0;
  for (const [name, blob] of Object.entries(bundle.blobs)) {
    ranges[name] = [offset, blob.length];
    offset += blob.length;
  }
  const header = Buffer.from(JSON.stringify({ ...bundle.json, blobs: ranges }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  return gzipSync(Buffer.concat([length, header, ...Object.values(bundle.blobs)]), { level: 9 });
}

export function unpackBundle(gzipped: Buffer): Bundle {
  const raw = gunzipSync(gzipped);
  const headerLength = raw.readUInt32LE(0);
  const json = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as Record<
    string,
    unknown
  >;
  const ranges = json.blobs as Record<string, [number, number]>;
  const base = 4 + headerLength;
  const blobs: Record<string, Buffer> = {};
  for (const [name, [start, length]] of Object.entries(ranges)) {
    blobs[name] = raw.subarray(base + start, base + start + length);
  }
  delete json.blobs;
  return { json, blobs };
}
