/**
 * Names to places: countries, regions, continents and cities, from the shipped
 * gazetteer and the language's places.json. Lookups are exact on folded keys
 * (never substrings: "France" is not Tremblay-en-France); among same-named
 * candidates the document's context decides first, then the kind of place,
 * then prominence and population (rules in docs/places.md).
 */
import { foldName, strippedKeys } from './fold.js';
import type { PlaceKind } from './gazetteer.js';
import { loadGazetteer } from './gazetteer.js';
import { placesData } from './lang-data.js';

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
}

type Candidate =
  | { kind: 'country'; index: number }
  | { kind: 'region'; index: number }
  /** `curated`: named in the language's places.json, the reviewed referent of that name (Geneva). */
  | { kind: 'city'; index: number; curated?: boolean };

/** A city this large, or a national capital, is known beyond its country. */
const PROMINENT_POPULATION = 1_000_000;

let capitalSet: Set<number> | null = null;

interface PlaceIndex {
  byKey: Map<string, Candidate[]>;
  leadingWords: string[];
  homeCountries: Set<string>;
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
  const index: PlaceIndex = {
    byKey,
    leadingWords: data.leadingWords.map(foldName),
    homeCountries: new Set(data.homeCountries),
  };
  indexes.set(lang, index);
  return index;
}

function toPlace(candidate: Candidate): ResolvedPlace {
  const gazetteer = loadGazetteer();
  if (candidate.kind === 'country') {
    const c = gazetteer.countries[candidate.index];
    return { name: c.name, kind: 'country', iso3: c.iso3, lat: c.lat, lon: c.lon };
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
    iso3: gazetteer.countries[c.country[i]].iso3,
    lat: c.lat[i],
    lon: c.lon[i],
    geonamesId: c.id[i],
    population: c.population[i],
    admin: c.admin[i],
  };
}

interface Settled {
  countries: Set<string>;
  /** `ISO3/admin1` of the regions and cities already resolved. */
  admins: Set<string>;
}

function settle(context: PlaceContext | undefined): Settled {
  const countries = new Set(context?.countries ?? []);
  const admins = new Set<string>();
  const regionsById = new Map(loadGazetteer().regions.map((r) => [r.id, r]));
  for (const place of context?.places ?? []) {
    if (place.iso3) countries.add(place.iso3);
    if (place.admin) admins.add(`${place.iso3}/${place.admin}`);
    const region = place.regionId ? regionsById.get(place.regionId) : undefined;
    for (const code of region?.countries ?? []) countries.add(code);
    for (const code of region?.admin ?? []) admins.add(`${region?.iso3}/${code}`);
  }
  return { countries, admins };
}

/**
 * Ranks a candidate in tiers. A city in a region already settled (Paris after
 * Texas) beats everything. Then countries, raised by their own context (Georgia
 * after Tbilisi), over regions and continents, raised by theirs (Georgia after
 * Atlanta or a US cue), over cities: Georgia, Jordan, Chad are countries. Among
 * cities: the city the language's places.json names (Geneva is Switzerland's,
 * not Illinois'), then prominence (a capital or a million people), each
 * outweighing a settled country (an American story's "Paris" stays France's),
 * then a settled country, the language's home countries, and population.
 */
function score(
  place: ResolvedPlace,
  settled: Settled,
  home: Set<string>,
  curated: boolean,
): number {
  const gazetteer = loadGazetteer();
  const inCountry = place.iso3 !== null && settled.countries.has(place.iso3);
  if (place.kind === 'country') return 1000 + (inCountry ? 500 : 0);
  if (place.kind !== 'city') {
    const region = gazetteer.regions.find((r) => r.id === place.regionId);
    const related = inCountry || (region?.countries ?? []).some((c) => settled.countries.has(c));
    const inAdmin = (region?.admin ?? []).some((code) =>
      settled.admins.has(`${place.iso3}/${code}`),
    );
    return 900 + (related ? 500 : 0) + (inAdmin ? 200 : 0);
  }
  if (settled.admins.has(`${place.iso3}/${place.admin}`))
    return 2000 + Math.log10((place.population ?? 0) + 1) / 10;
  capitalSet ??= new Set(gazetteer.cities.capitals);
  const population = place.population ?? 0;
  const prominent = capitalSet.has(place.geonamesId ?? -1) || population >= PROMINENT_POPULATION;
  return (
    (inCountry ? 60 : 0) +
    (place.iso3 !== null && home.has(place.iso3) ? 30 : 0) +
    (curated ? 150 : prominent ? 100 : 0) +
    Math.log10(population + 1) / 10
  );
}

/**
 * The place a name stands for in a text of language `lang`, or null when the
 * name is unknown or two places tie with nothing to choose between them
 * (English "Congo", two countries, without context).
 */
export function resolvePlace(
  name: string,
  lang: string,
  context?: PlaceContext,
): ResolvedPlace | null {
  const index = placeIndex(lang);
  const key = foldName(name);
  let candidates = index.byKey.get(key);
  if (!candidates) {
    for (const stripped of strippedKeys(key, index.leadingWords)) {
      candidates = index.byKey.get(stripped);
      if (candidates) break;
    }
  }
  if (!candidates) return null;
  const settled = settle(context);
  const ranked = candidates
    .map((candidate) => {
      const place = toPlace(candidate);
      const curated = candidate.kind === 'city' && candidate.curated === true;
      return { place, score: score(place, settled, index.homeCountries, curated) };
    })
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (second && second.score === best.score) return null;
  return best.place;
}
