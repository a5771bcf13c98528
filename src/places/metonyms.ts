/**
 * Seats of power standing for an institution: "le Kremlin a démenti",
 * "Washington warned". Whether a given mention is the institution or the
 * place is for the caller to decide from syntax (subject of a speech verb).
 */
import { foldName, strippedKeys } from './fold.js';
import type { Metonym } from './lang-data.js';
import { placesData } from './lang-data.js';

interface MetonymIndex {
  byKey: Map<string, Metonym>;
  leadingWords: string[];
}

const indexes = new Map<string, MetonymIndex>();

function metonymIndex(lang: string): MetonymIndex {
  let index = indexes.get(lang);
  if (!index) {
    const data = placesData(lang);
    const leadingWords = data.leadingWords.map(foldName);
    const byKey = new Map<string, Metonym>();
    for (const [name, metonym] of Object.entries(data.metonyms)) {
      const key = foldName(name);
      // "le Kremlin" is also written "Kremlin": the bare form is a key too, unless listed itself.
      for (const k of [key, ...strippedKeys(key, leadingWords)])
        if (!byKey.has(k)) byKey.set(k, metonym);
    }
    index = { byKey, leadingWords };
    indexes.set(lang, index);
  }
  return index;
}

/** The institution a seat-of-power name can stand for, or null. */
export function metonymOf(name: string, lang: string): Metonym | null {
  const index = metonymIndex(lang);
  const key = foldName(name);
  for (const k of [key, ...strippedKeys(key, index.leadingWords)]) {
    const found = index.byKey.get(k);
    if (found) return found;
  }
  return null;
}
