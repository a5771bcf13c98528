/**
 * V8 represents a slice of 13 characters or more as a view of the string it
 * was cut from: a token kept as a cache key would keep its whole document
 * alive. Keys that outlive their document go through this copy.
 */
const SLICED_MIN_LENGTH = 13;

/** `s` as a string of its own (a copy when it may be a view of a longer string). */
export function detachedString(s: string): string {
  return s.length < SLICED_MIN_LENGTH ? s : (JSON.parse(JSON.stringify(s)) as string);
}
