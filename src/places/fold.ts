/**
 * Name keys: the one spelling every lookup of places, demonyms and outlets
 * compares, so that case, accents, typographic apostrophes, hyphens and
 * abbreviation dots never decide whether a name is known.
 */

const LIGATURES: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
};

/** `Tremblay-en-France` → `tremblay en france`, `Côte d’Ivoire` → `cote d'ivoire`, `U.S.` → `us`. */
export function foldName(name: string): string {
  return foldKeepingCase(name.toLowerCase());
}

const PLAIN = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;
const ASCII = /^[\x00-\x7f]*$/;

/** `foldName` without lowercasing, for names whose capitals matter (acronyms: `AP`, `MAP`). */
export function foldKeepingCase(name: string): string {
  // Most names are plain ASCII words already in their folded form: skip the six passes.
  if (PLAIN.test(name)) return name;
  // ASCII has no accents, ligatures or typographic apostrophes: the first three passes are no-ops.
  const apostrophes = ASCII.test(name)
    ? name.replace(/`/g, "'")
    : name
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .replace(/[œæßøđłıŒÆØĐŁ]/g, (c) => LIGATURES[c.toLowerCase()] ?? c)
        .replace(/[’ʼ‘`´]/g, "'");
  return apostrophes
    .replace(/\./g, '')
    .replace(/[\s\-‐‑–—_]+/g, ' ')
    .replace(/' /g, "'")
    .trim();
}

/**
 * The key with leading function words removed, one after another (`de la`, `l'`),
 * each step listed: `aux etats unis` → [`etats unis`]. Words are folded keys,
 * compared regardless of case; those ending in an apostrophe are elisions glued
 * to the next word.
 */
export function strippedKeys(key: string, leadingWords: readonly string[]): string[] {
  const out: string[] = [];
  let rest = key;
  for (;;) {
    const lower = rest.toLowerCase();
    const word = leadingWords.find((w) =>
      w.endsWith("'") ? lower.startsWith(w) && lower.length > w.length : lower.startsWith(`${w} `),
    );
    if (word === undefined) return out;
    rest = rest.slice(word.length).trimStart();
    out.push(rest);
  }
}
