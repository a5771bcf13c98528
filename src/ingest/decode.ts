/**
 * Bytes to text: gzip, byte-order marks, UTF-8, and the Windows-1252 / Latin-1
 * files that still circulate in newsrooms. Binary files are refused.
 */
import { gunzipSync } from 'node:zlib';
import { InputError } from './errors.js';

export interface DecodedText {
  text: string;
  encoding: string;
  gzip: boolean;
}

/** The largest input accepted, after decompression: a single article file is never this big. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzip(bytes: Uint8Array, input: string, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /Cannot create a Buffer larger/.test(String(err)))
      throw new InputError(input, `decompresses to more than ${humanBytes(maxBytes)} (the limit)`);
    if (code === 'Z_BUF_ERROR') throw new InputError(input, 'truncated gzip data');
    throw new InputError(input, `corrupt gzip data (${(err as Error).message})`);
  }
}

export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** Share of control bytes (other than tab, LF, CR, FF) in a sample: text has none. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** UTF-16 without a byte-order mark: ASCII-range text has a zero in every other byte. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > 0.6 * pairs && evenZeros < 0.05 * pairs) return 'utf-16le';
  if (evenZeros > 0.6 * pairs && oddZeros < 0.05 * pairs) return 'utf-16be';
  return null;
}

/** Charset declared in an HTML or XML prologue, if any. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m =
    /charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]*encoding=["']([\w-]+)/i.exec(head);
  return m ? m[1].toLowerCase() : null;
}

export function decodeBytes(
  bytes: Uint8Array,
  input: string,
  maxBytes = DEFAULT_MAX_BYTES,
): DecodedText {
  let gzip = false;
  if (isGzip(bytes)) {
    bytes = gunzip(bytes, input, maxBytes);
    gzip = true;
  }
  if (bytes.length > maxBytes) {
    throw new InputError(
      input,
      `file is ${humanBytes(bytes.length)}, over the ${humanBytes(maxBytes)} limit`,
    );
  }
  if (bytes.length === 0) throw new InputError(input, 'empty file');
  let encoding: string;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    start = 3;
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    start = 2;
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    start = 2;
  } else {
    const utf16 = bomlessUtf16(bytes);
    if (!utf16 && looksBinary(bytes)) throw new InputError(input, 'binary file, not text');
    encoding = utf16 ?? 'utf-8';
  }
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    if (encoding !== 'utf-8') throw new InputError(input, `invalid ${encoding} text`);
    // Not UTF-8: a declared single-byte charset, else Windows-1252 (a superset of Latin-1's printable range).
    const declared = declaredCharset(body);
    encoding =
      declared && declared !== 'utf-8' && isSupported(declared) ? declared : 'windows-1252';
    text =
      encoding === 'windows-1252'
        ? decodeWindows1252(body)
        : new TextDecoder(encoding).decode(body);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputError(input, 'no text (only whitespace)');
  return { text, encoding, gzip };
}

/** What Windows-1252 puts at 0x80–0x9F (€, curly quotes, dashes …); its five undefined bytes stay C1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Node 20's TextDecoder reads 'windows-1252' as Latin-1, losing € and curly quotes: decode it here. */
function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    codes[i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192)
    text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

function isSupported(encoding: string): boolean {
  try {
    new TextDecoder(encoding);
    return true;
  } catch {
    return false;
  }
}
