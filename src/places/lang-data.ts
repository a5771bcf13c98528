/** The language data of places: lang/<code>/places.json and demonyms.json. */
import { languagePack } from '../lang/index.js';

/** A name standing for an institution rather than a place: `le Kremlin`, `Downing Street`. */
export interface Metonym {
  /** Null for an international organisation (`org`). */
  iso3: string | null;
  /** PLOVER actor sector: GOV, MIL, LEG, JUD, COP, IGO, BUS … */
  sector: string;
  /** The organisation an IGO metonym stands for (`EU`). */
  org?: string;
  note: string;
  /** Other readings of an ambiguous seat (Brussels: the EU, or the Belgian government). */
  also?: { iso3: string | null; sector: string }[];
}

export interface PlacesData {
  /** Folded function words stripped from the front of a name when it is not known whole: `la`, `l'`, `the`. */
  leadingWords: string[];
  /** ISO3 codes of the countries the language's news mostly comes from: of same-named towns, theirs are preferred. */
  homeCountries: string[];
  /** Names beyond i18n-iso-countries', by ISO3 code. */
  countries: Record<string, string[]>;
  /** Exonyms and other names of gazetteer cities; `geonames` is the GeoNames name, for review. */
  cities: { id: number; geonames: string; names: string[] }[];
  /** Names of data/places.json regions and continents, by region id. */
  regions: Record<string, string[]>;
  /** Abbreviations matched exactly as written (`N.Y.`, `Calif.`): a region id, an ISO3 code or a GeoNames city id. */
  abbreviations: Record<string, string>;
  /** Folded articles a preposition absorbs (`au Caire`): a city named with one is also known without it. */
  contractedArticles: string[];
  /** Words naming an area around a known place (`pays de`, `greater`). */
  areaPrefixes: string[];
  /** Words before (`rue`, `stade`) or after (`Street`, `Office`) a name that make it a street, building or site. */
  sitePrefixes: string[];
  siteSuffixes: string[];
  /** Connectors of compound town names whose head alone names the town (`lès` in Vandœuvre-lès-Nancy). */
  cityQualifiers: string[];
  /** Words between a town, its comma and the region that qualifies it (`en`, `dans le`: "Saint-Denis, en Seine-Saint-Denis"). */
  qualifierPrepositions: string[];
  /**
   * Words between a street, building or site and the place it is in (`in`: "Tahrir Square in
   * Cairo"; `près de`, `d'`): that place, not the document's first city, locates it.
   */
  siteLocatives: string[];
  /** Connectors of a town named with its region or country (`de` in Saint-Denis de La Réunion). */
  regionConnectors: string[];
  /** Famous sites, camps and landmarks the city list lacks (`Ground Zero`), by name: ISO3. */
  sites: Record<string, string>;
  /** Seats of power, by name as written. */
  metonyms: Record<string, Metonym>;
}

export interface DemonymData {
  /** Every written form (gender, number) of the adjectives and nouns of nationality, by ISO3 code. */
  demonyms: Record<string, string[]>;
}

function pack(lang: string) {
  const found = languagePack(lang);
  if (!found) throw new Error(`recoupe: no language pack for "${lang}"`);
  return found;
}

export function placesData(lang: string): PlacesData {
  return pack(lang).data<PlacesData>('places');
}

export function demonymData(lang: string): DemonymData {
  return pack(lang).data<DemonymData>('demonyms');
}
