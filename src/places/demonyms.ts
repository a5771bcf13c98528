/** Adjectives and nouns of nationality (russe, américaines, Ukrainian) to countries. */
import { foldName } from './fold.js';
import { demonymData } from './lang-data.js';

const indexes = new Map<string, Map<string, string[]>>();

function demonymIndex(lang: string): Map<string, string[]> {
  let index = indexes.get(lang);
  if (!index) {
    index = new Map();
    for (const [iso3, forms] of Object.entries(demonymData(lang).demonyms)) {
      for (const form of forms) {
        const key = foldName(form);
        const list = index.get(key) ?? [];
        if (!list.includes(iso3)) list.push(iso3);
        index.set(key, list);
      }
    }
    indexes.set(lang, index);
  }
  return index;
}

/** Every country a form may refer to: two for "congolais" (COD, COG), none for an unknown word. */
export function demonymCountries(word: string, lang: string): string[] {
  return [...(demonymIndex(lang).get(foldName(word)) ?? [])];
}

/** The ISO3 country of a nationality word, or null when unknown or ambiguous. */
export function countryOfDemonym(word: string, lang: string): string | null {
  const countries = demonymCountries(word, lang);
  return countries.length === 1 ? countries[0] : null;
}
