/**
 * Names to places: countries, regions, continents and cities, from the shipped
 * gazetteer and the language's places.json. Lookups are exact on folded keys
 * (never substrings: "France" is not Tremblay-en-France); among same-named
 * candidates the document's context decides first, then the kind of place,
 * then prominence and population (rules in docs/places.md).
 */
import { foldName, strippedKeys } from './fold.js';
import type { GazetteerRegion, PlaceKind } from './gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import { placesData } from './lang-data.js';
import { metonymOf } from './metonyms.js';

export interface ResolvedPlace {
  /** Canonical English name; for a city the first name lang/en/places.json lists, else GeoNames'. */
  name: string;
  kind: PlaceKind;
  /** ISO 3166 alpha-3 code; null for a region spanning countries, and for continents. */
  iso3: string | null;
  lat: number;
  lon: number;
  geonamesId?: number;
  population?: number;
  /** GeoNames admin1 code of a city (US: the state's postal code). */
  admin?: string;
  /** Id of a region or continent in data/places.json (`US-GA`, `C-EUR`). */
  regionId?: string;
}

/** What the same document has already settled, to choose among same-named places. */
export interface PlaceContext {
  /** Places resolved earlier in the document (Atlanta, Texas, Tbilisi …). */
  places?: ResolvedPlace[];
  /** ISO3 codes the document is about, from any other cue (a demonym, "US state" …). */
  countries?: string[];
  /** The document's date (ISO, `YYYY-MM-DD`): Kosovo is Serbia's before 2008. Default: today. */
  date?: string;
}

type Candidate =
  | { kind: 'country'; index: number }
  | { kind: 'region'; index: number }
  /**
   * `curated`: named in the language's places.json, the reviewed referent of that name (Geneva).
   * `clipped`: known by the head of its compound name (Vandœuvre for Vandœuvre-lès-Nancy).
   */
  | { kind: 'city'; index: number; curated?: boolean; clipped?: boolean };

const NO_HOME = new Set<string>();

/** The score of a city in a region the context settled (Paris after Texas): above every other tier. */
const SETTLED_REGION_TIER = 2000;

/** A city this large, or a national capital, is known beyond its country. */
const PROMINENT_POPULATION = 1_000_000;
/**
 * A city this large outranks a namesake town of the language's home countries (French news
 * means Essen in Germany, not the Belgian village), not a home city of some size (Brest).
 */
const LARGE_POPULATION = 500_000;
/** A capital of a few hundred people (Hamilton, Bermuda) is known no more than its namesakes. */
const CAPITAL_MIN_POPULATION = 10_000;

let capitalSet: Set<number> | null = null;
let regionsById: Map<string, GazetteerRegion> | null = null;

/** A region or continent of data/places.json by id; the map is built once (places are resolved per mention). */
function regionById(id: string | undefined): GazetteerRegion | undefined {
  regionsById ??= new Map(loadGazetteer().regions.map((r) => [r.id, r]));
  return id === undefined ? undefined : regionsById.get(id);
}

interface PlaceIndex {
  byKey: Map<string, Candidate[]>;
  /** Abbreviations by their exact written form. */
  abbreviations: Map<string, Candidate>;
  leadingWords: string[];
  homeCountries: Set<string>;
  areaPrefixes: string[];
  sitePrefixes: string[];
  siteSuffixes: string[];
  regionConnectors: string[];
  /** Famous sites by folded name: ISO3. */
  sites: Map<string, string>;
}

const indexes = new Map<string, PlaceIndex>();

function add(map: Map<string, Candidate[]>, name: string, candidate: Candidate): void {
  addKey(map, foldName(name), candidate);
}

function addKey(map: Map<string, Candidate[]>, key: string, candidate: Candidate): void {
  if (key === '') return;
  const list = map.get(key);
  const same = list?.find((c) => c.kind === candidate.kind && c.index === candidate.index);
  if (!list) map.set(key, [candidate]);
  else if (!same) list.push(candidate);
  else if (same.kind === 'city' && candidate.kind === 'city' && candidate.curated)
    same.curated = true;
}

function placeIndex(lang: string): PlaceIndex {
  const found = indexes.get(lang);
  if (found) return found;
  const gazetteer = loadGazetteer();
  const data = placesData(lang);
  const byKey = new Map<string, Candidate[]>();
  const countryIndex = new Map(gazetteer.countries.map((c, i) => [c.iso3, i]));
  gazetteer.countries.forEach((country, index) => {
    for (const name of country.names[lang] ?? []) add(byKey, name, { kind: 'country', index });
  });
  for (const [iso3, names] of Object.entries(data.countries)) {
    const index = countryIndex.get(iso3);
    if (index === undefined) throw new Error(`places.json (${lang}): unknown country ${iso3}`);
    for (const name of names) add(byKey, name, { kind: 'country', index });
  }
  const regionIndex = new Map(gazetteer.regions.map((r, i) => [r.id, i]));
  for (const [id, names] of Object.entries(data.regions)) {
    const index = regionIndex.get(id);
    if (index === undefined) throw new Error(`places.json (${lang}): unknown region ${id}`);
    for (const name of names) add(byKey, name, { kind: 'region', index });
  }
  const { cities } = gazetteer;
  cities.keys.forEach((key, k) => addKey(byKey, key, { kind: 'city', index: cities.keyCity[k] }));
  const cityIndex = new Map(Array.from(cities.id, (id, i) => [id, i]));
  for (const city of data.cities) {
    const index = cityIndex.get(city.id);
    if (index === undefined)
      throw new Error(`places.json (${lang}): GeoNames id ${city.id} not in the gazetteer`);
    for (const name of city.names) add(byKey, name, { kind: 'city', index, curated: true });
  }
  const homeCountries = new Set(data.homeCountries);
  const qualifiers = new Set(data.cityQualifiers.map(foldName));
  cities.keys.forEach((key, k) => {
    const city = cities.keyCity[k];
    if (!homeCountries.has(gazetteer.countries[cities.country[city]].iso3)) return;
    const words = key.split(' ');
    const at = words.findIndex((word, i) => i > 0 && qualifiers.has(word));
    if (at > 0)
      addKey(byKey, words.slice(0, at).join(' '), { kind: 'city', index: city, clipped: true });
  });
  for (const article of data.contractedArticles.map(foldName)) {
    for (const [key, list] of [...byKey.entries()]) {
      if (!key.startsWith(`${article} `)) continue;
      for (const candidate of list)
        if (candidate.kind === 'city') addKey(byKey, key.slice(article.length + 1), candidate);
    }
  }
  const abbreviations = new Map<string, Candidate>();
  for (const [written, target] of Object.entries(data.abbreviations)) {
    const candidate: Candidate | undefined = /^\d+$/.test(target)
      ? { kind: 'city', index: cityIndex.get(Number(target)) ?? -1 }
      : regionIndex.has(target)
        ? { kind: 'region', index: regionIndex.get(target)! }
        : countryIndex.has(target)
          ? { kind: 'country', index: countryIndex.get(target)! }
          : undefined;
    if (!candidate || candidate.index < 0)
      throw new Error(`places.json (${lang}): abbreviation ${written}: unknown ${target}`);
    abbreviations.set(written, candidate);
  }
  const sites = new Map<string, string>();
  for (const [name, iso3] of Object.entries(data.sites)) {
    if (!countryIndex.has(iso3))
      throw new Error(`places.json (${lang}): site ${name}: unknown ${iso3}`);
    sites.set(foldName(name), iso3);
  }
  const index: PlaceIndex = {
    byKey,
    abbreviations,
    leadingWords: data.leadingWords.map(foldName),
    homeCountries,
    areaPrefixes: data.areaPrefixes.map(foldName),
    sitePrefixes: data.sitePrefixes.map(foldName),
    siteSuffixes: data.siteSuffixes.map(foldName),
    regionConnectors: data.regionConnectors.map(foldName),
    sites,
  };
  indexes.set(lang, index);
  return index;
}

/** The country `iso3`'s territory belongs to on `date` (Kosovo: Serbia before 2008). */
function sovereignOn(iso3: string, date: string): string {
  for (const s of loadGazetteer().sovereignty) {
    if (s.territory !== iso3) continue;
    if ((s.until !== undefined && date < s.until) || (s.from !== undefined && date >= s.from))
      return s.sovereign;
  }
  return iso3;
}

function toPlace(candidate: Candidate, date: string): ResolvedPlace {
  const gazetteer = loadGazetteer();
  if (candidate.kind === 'country') {
    const c = gazetteer.countries[candidate.index];
    const iso3 = sovereignOn(c.iso3, date);
    // A territory under another country's sovereignty is one of its regions (Hong Kong, China's).
    const kind = iso3 === c.iso3 ? 'country' : 'region';
    return { name: c.name, kind, iso3, lat: c.lat, lon: c.lon };
  }
  if (candidate.kind === 'region') {
    const r = gazetteer.regions[candidate.index];
    return { name: r.name, kind: r.kind, iso3: r.iso3, lat: r.lat, lon: r.lon, regionId: r.id };
  }
  const c = gazetteer.cities;
  const i = candidate.index;
  return {
    name: c.name[i],
    kind: 'city',
    iso3: sovereignOn(gazetteer.countries[c.country[i]].iso3, date),
    lat: c.lat[i],
    lon: c.lon[i],
    geonamesId: c.id[i],
    population: c.population[i],
    admin: c.admin[i],
  };
}

interface Settled {
  countries: Set<string>;
  /** Countries of the places already resolved: stronger evidence than other cues. */
  placeCountries: Set<string>;
  /** `ISO3/admin1` of the regions and cities already resolved. */
  admins: Set<string>;
}

function settle(context: PlaceContext | undefined): Settled {
  const countries = new Set(context?.countries ?? []);
  const placeCountries = new Set<string>();
  const admins = new Set<string>();
  for (const place of context?.places ?? []) {
    if (place.iso3) countries.add(place.iso3);
    if (place.iso3) placeCountries.add(place.iso3);
    if (place.admin) admins.add(`${place.iso3}/${place.admin}`);
    const region = regionById(place.regionId);
    for (const code of region?.countries ?? []) countries.add(code);
    for (const code of region?.admin ?? []) admins.add(`${region?.iso3}/${code}`);
  }
  return { countries, placeCountries, admins };
}

/**
 * Ranks a candidate in tiers. A city in a region already settled (Paris after
 * Texas) beats everything. Then countries, raised by their own context (Georgia
 * after Tbilisi), over regions and continents, raised by theirs (Georgia after
 * Atlanta or a US cue), over cities: Georgia, Jordan, Chad are countries. Among
 * cities: the city the language's places.json names (Geneva is Switzerland's,
 * not Illinois'), then prominence (a capital or a million people), each
 * outweighing a settled country (an American story's "Paris" stays France's),
 * then a settled country (more when a resolved place settled it than another
 * cue), a large city (half a million), the language's home countries, and population. A département ranks
 * among cities, below a prominent or curated namesake (Vienne is Vienna). A town known
 * only by the head of its compound name (`clipped`: Saint-Denis for Saint-Denis-lès-Bourg)
 * gets neither the settled-region tier nor the home-country preference: the towns named so
 * whole come first (Saint-Denis, Réunion's Saint-Pierre).
 */
function score(
  place: ResolvedPlace,
  settled: Settled,
  home: Set<string>,
  curated: boolean,
  clipped = false,
): number {
  const inCountry = place.iso3 !== null && settled.countries.has(place.iso3);
  if (place.kind === 'country') return 1000 + (inCountry ? 500 : 0);
  if (place.kind !== 'city') {
    const region = regionById(place.regionId);
    const related = inCountry || (region?.countries ?? []).some((c) => settled.countries.has(c));
    const inAdmin = (region?.admin ?? []).some((code) =>
      settled.admins.has(`${place.iso3}/${code}`),
    );
    // A département is no Georgia: a prominent or curated city of its name wins (Vienne is Vienna).
    if (region?.level === 2) return 90 + (related ? 60 : 0) + (inAdmin ? 20 : 0);
    return 900 + (related ? 500 : 0) + (inAdmin ? 200 : 0);
  }
  if (!clipped && settled.admins.has(`${place.iso3}/${place.admin}`))
    return SETTLED_REGION_TIER + Math.log10((place.population ?? 0) + 1) / 10;
  const population = place.population ?? 0;
  const prominent = isProminent(place);
  const placed = place.iso3 !== null && settled.placeCountries.has(place.iso3);
  return (
    (placed ? 70 : inCountry ? 60 : 0) +
    (place.iso3 !== null && home.has(place.iso3) ? 30 : 0) +
    (curated ? 150 : prominent ? 100 : population >= LARGE_POPULATION ? 40 : 0) +
    Math.log10(population + 1) / 10
  );
}

/** A national capital of some size, or a city of a million people: known beyond its country. */
function isProminent(place: ResolvedPlace): boolean {
  capitalSet ??= new Set(loadGazetteer().cities.capitals);
  const population = place.population ?? 0;
  return (
    (capitalSet.has(place.geonamesId ?? -1) && population >= CAPITAL_MIN_POPULATION) ||
    population >= PROMINENT_POPULATION
  );
}

function rankedPlace(
  candidates: Candidate[],
  index: PlaceIndex,
  settled: Settled,
  date: string,
): ResolvedPlace | null {
  const ranked = candidates
    .map((candidate) => {
      const place = toPlace(candidate, date);
      const curated = candidate.kind === 'city' && candidate.curated === true;
      const clipped = candidate.kind === 'city' && candidate.clipped === true;
      const home = clipped ? NO_HOME : index.homeCountries;
      return { place, score: score(place, settled, home, curated, clipped) };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (second && second.score === best.score) return null;
  // A town of a region the story named yields to a prominent namesake in a country the story
  // names too: Donetsk after the Rostov region, in a story about Ukraine, is Ukraine's.
  if (best.score >= SETTLED_REGION_TIER) {
    const namesake = ranked.find(
      ({ place }) =>
        place.kind === 'city' &&
        place.iso3 !== best.place.iso3 &&
        place.iso3 !== null &&
        settled.countries.has(place.iso3) &&
        isProminent(place),
    );
    if (namesake) return namesake.place;
  }
  return best.place;
}

/** The candidates of a folded key, whole or without its leading function words. */
function lookup(key: string, index: PlaceIndex): Candidate[] | undefined {
  const whole = index.byKey.get(key);
  if (whole) return whole;
  for (const k of strippedKeys(key, index.leadingWords)) {
    const found = index.byKey.get(k);
    if (found) return found;
  }
  return undefined;
}

/** `key` without the first word of `words` it starts with (`pays de montbeliard` → `montbeliard`). */
function afterPrefix(key: string, words: string[]): string | null {
  for (const word of words) {
    if (word.endsWith("'") ? key.startsWith(word) : key.startsWith(`${word} `))
      return key.slice(word.length).trim();
  }
  return null;
}

/** `key` without the last word of `words` it ends with (`131 west 23rd street` → `131 west 23rd`). */
function beforeSuffix(key: string, words: string[]): string | null {
  const lower = key.toLowerCase();
  for (const word of words) if (lower.endsWith(` ${word}`)) return key.slice(0, -word.length - 1);
  return null;
}

/**
 * The country a street or building of the document lies in: that of its most
 * populous city already resolved (a street of a New York story is New York's,
 * not Chelsea, London's), else the one country its places and cues share most.
 */
function documentCountry(context: PlaceContext | undefined): ResolvedPlace | null {
  const places = context?.places ?? [];
  const cities = places.filter((p) => p.kind === 'city' && p.iso3 !== null);
  if (cities.length > 0)
    return cities.reduce((a, b) => ((b.population ?? 0) > (a.population ?? 0) ? b : a));
  const counts = new Map<string, number>();
  for (const iso3 of [...places.map((p) => p.iso3), ...(context?.countries ?? [])])
    if (iso3 !== null) counts.set(iso3, (counts.get(iso3) ?? 0) + 1);
  const [best, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!best || (second && second[1] === best[1])) return null;
  return places.find((p) => p.iso3 === best[0]) ?? countryPlace(best[0]);
}

function countryPlace(iso3: string): ResolvedPlace | null {
  const country = loadGazetteer().countries.find((c) => c.iso3 === iso3);
  return country
    ? { name: country.name, kind: 'country', iso3, lat: country.lat, lon: country.lon }
    : null;
}

/** Shortest unknown word taken as a clipped city name (`Mitro` for Mitrovica). */
const MIN_CLIPPED_LENGTH = 5;

/** The one city of the context whose name an unknown single word begins: a clipped form. */
function clippedCity(key: string, context: PlaceContext | undefined): ResolvedPlace | null {
  if (key.length < MIN_CLIPPED_LENGTH || key.includes(' ')) return null;
  const matches = new Map<string, ResolvedPlace>();
  for (const place of context?.places ?? []) {
    const folded = foldName(place.name);
    if (place.kind === 'city' && folded !== key && folded.startsWith(key))
      matches.set(`${place.geonamesId}`, place);
  }
  return matches.size === 1 ? [...matches.values()][0] : null;
}

/**
 * A town named with its region or country after a connector (`Saint-Denis de La Réunion`,
 * `Saint-Pierre de la Martinique`): the town of that name in that region or country.
 */
function townOfNamedRegion(
  key: string,
  index: PlaceIndex,
  settled: Settled,
  date: string,
): ResolvedPlace | null {
  const words = key.split(' ');
  for (let at = 1; at < words.length - 1; at++) {
    if (!index.regionConnectors.includes(words[at])) continue;
    const towns = lookup(words.slice(0, at).join(' '), index);
    const areas = lookup(words.slice(at + 1).join(' '), index);
    const area = areas && rankedPlace(areas, index, settled, date);
    if (!towns || !area || (area.kind !== 'region' && area.kind !== 'country')) continue;
    const region = area.kind === 'region' ? regionById(area.regionId) : undefined;
    const inArea = towns
      .map((candidate) => toPlace(candidate, date))
      .filter(
        (town) =>
          town.kind === 'city' &&
          town.iso3 === area.iso3 &&
          (region?.admin === undefined || region.admin.includes(town.admin ?? '')),
      );
    if (inArea.length > 0)
      return inArea.reduce((a, b) => ((b.population ?? 0) > (a.population ?? 0) ? b : a));
  }
  return null;
}

/** A site of a known country: named `name`, at `at` or else the country's representative point. */
function siteIn(
  name: string,
  iso3: string | null,
  at?: { lat: number; lon: number },
): ResolvedPlace | null {
  const country = iso3 === null ? null : countryPlace(iso3);
  if (!country) return null;
  return { name, kind: 'site', iso3, lat: at?.lat ?? country.lat, lon: at?.lon ?? country.lon };
}

/** The region or country a name stands for as a qualifier after a comma ("Paris, Texas"), else null. */
export function regionOrCountryNamed(name: string, lang: string): ResolvedPlace | null {
  const place = resolvePlace(name, lang);
  return place && (place.kind === 'region' || place.kind === 'country') ? place : null;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The place of a name the gazetteer or the language lists: an abbreviation, a name, or an
 * area around one (`pays de Montbéliard`); null when two listed places tie, undefined when
 * the name is not listed. `date` is asked only of a listed name: most names the places layer
 * tries are not.
 */
function listedPlace(
  name: string,
  key: string,
  index: PlaceIndex,
  settled: Settled,
  date: () => string,
): ResolvedPlace | null | undefined {
  const abbreviation = index.abbreviations.get(name.trim());
  if (abbreviation) return toPlace(abbreviation, date());
  const candidates = lookup(key, index);
  if (candidates) return rankedPlace(candidates, index, settled, date());
  const area = afterPrefix(key, index.areaPrefixes);
  const around = area === null ? undefined : lookup(area, index);
  const place = around && rankedPlace(around, index, settled, date());
  if (place && place.kind !== 'country' && place.kind !== 'continent')
    return { name: name.trim(), kind: 'region', iso3: place.iso3, lat: place.lat, lon: place.lon };
  return undefined;
}

const NOTHING_SETTLED: Settled = settle(undefined);

/**
 * The region a name stands for alone, without context ("Kharkiv region"), else null: what
 * `resolvePlace` says of it when that is a region. Its fallbacks (towns named with their
 * region, sites, streets) never give a region, so they are not tried: the places layer asks
 * this of several spans around each recognised name. `date`: as `resolvePlace`'s, default today.
 */
export function regionNamed(name: string, lang: string, date?: string): ResolvedPlace | null {
  const on = date === undefined ? today : () => date;
  const place = listedPlace(name, foldName(name), placeIndex(lang), NOTHING_SETTLED, on);
  return place?.kind === 'region' ? place : null;
}

/**
 * The place a name stands for in a text of language `lang`, or null when the
 * name is unknown or two places tie with nothing to choose between them
 * (English "Congo", two countries, without context). Unknown names fall back,
 * in order, to: an area around a known place (`pays de Montbéliard`); a famous
 * site or a seat of power (`Matignon`); a street or building (`rue de Metz`,
 * `Oval Office`), placed in the document's country, else in the country of
 * the place it is named after.
 */
export function resolvePlace(
  name: string,
  lang: string,
  context?: PlaceContext,
): ResolvedPlace | null {
  const index = placeIndex(lang);
  const date = context?.date ?? today();
  const settled = settle(context);
  const key = foldName(name);
  const listed = listedPlace(name, key, index, settled, () => date);
  if (listed !== undefined) return listed;

  const town = townOfNamedRegion(key, index, settled, date);
  if (town) return town;
  const site = index.sites.get(key) ?? metonymOf(name, lang)?.iso3;
  if (site) return siteIn(name.trim(), site);
  const clipped = clippedCity(key, context);
  if (clipped) return clipped;
  const bare = afterPrefix(key, index.sitePrefixes) ?? beforeSuffix(key, index.siteSuffixes);
  if (bare === null) return null;
  const inDocument = documentCountry(context);
  // At the document's city when it has one (a street of a Paris story), else at its country.
  if (inDocument) return siteIn(name.trim(), inDocument.iso3, inDocument);
  const namedAfter = lookup(bare, index);
  const place = namedAfter ? rankedPlace(namedAfter, index, settled, date) : null;
  if (place) return siteIn(name.trim(), place.iso3);
  // With no cue at all, a street is in the language's main home country; where the document's
  // countries tie (a hospital of a story told between Syria and Iraq), it is in none we can tell.
  const cues = (context?.places?.length ?? 0) + (context?.countries?.length ?? 0);
  return cues > 0 ? null : siteIn(name.trim(), [...index.homeCountries][0] ?? null);
}
