import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadGazetteer, resolvePlace } from '../src/places/index.js';
import { projectRoot } from '../src/util/paths.js';
import { analyzeText, place } from './helpers.js';

/** Bare name, language, its country, qualified region name, region id. */
type CityAndRegion = [string, string, string, string, string];

/** Each bare name is the city; its qualified form is the region named after it. */
function assertCityAndRegion(cases: CityAndRegion[]): void {
  for (const [bare, lang, iso3, qualified, id] of cases) {
    const city = place(bare, lang);
    assert.equal(city.kind, 'city', bare);
    assert.equal(city.iso3, iso3, bare);
    const region = place(qualified, lang);
    assert.equal(region.kind, 'region', qualified);
    assert.equal(region.regionId, id, qualified);
  }
}

interface RegionCase {
  iso3: string;
  id: string;
  en: string;
  fr: string;
  /** A town of the region whose bare name, without context, is another country's namesake. */
  town?: string;
  /** The country the town's name means without context (in English). */
  elsewhere?: string;
}

/** One first-level region per country added, by its English and French names. */
const CASES: RegionCase[] = [
  {
    iso3: 'AUS',
    id: 'AU-WA',
    en: 'Western Australia',
    fr: 'Australie-Occidentale',
    town: 'Albany',
    elsewhere: 'USA',
  },
  {
    iso3: 'DEU',
    id: 'DE-NW',
    en: 'North Rhine-Westphalia',
    fr: 'Rhénanie-du-Nord-Westphalie',
    town: 'Münster',
    elsewhere: 'USA',
  },
  { iso3: 'IND', id: 'IN-GJ', en: 'Gujarat', fr: 'Gujarat', town: 'Patan', elsewhere: 'NPL' },
  {
    iso3: 'CHN',
    id: 'CN-HL',
    en: 'Heilongjiang province',
    fr: 'province du Heilongjiang',
    town: 'Yilan',
    elsewhere: 'TWN',
  },
  {
    iso3: 'BRA',
    id: 'BR-RS',
    en: 'Rio Grande do Sul',
    fr: 'État du Rio Grande do Sul',
    town: 'Santa Maria',
    elsewhere: 'USA',
  },
  {
    iso3: 'MEX',
    id: 'MX-BCS',
    en: 'Baja California Sur',
    fr: 'Basse-Californie du Sud',
    town: 'La Paz',
    elsewhere: 'BOL',
  },
  {
    iso3: 'ITA',
    id: 'IT-45',
    en: 'Emilia-Romagna',
    fr: 'Émilie-Romagne',
    town: 'Parma',
    elsewhere: 'USA',
  },
  {
    iso3: 'ESP',
    id: 'ES-AN',
    en: 'Andalusia',
    fr: 'Andalousie',
    town: 'Córdoba',
    elsewhere: 'ARG',
  },
  {
    iso3: 'UKR',
    id: 'UA-05',
    en: 'Vinnytsia region',
    fr: 'oblast de Vinnytsia',
    town: 'Bar',
    elsewhere: 'MNE',
  },
  {
    iso3: 'NGA',
    id: 'NG-KN',
    en: 'Kano State',
    fr: 'État de Kano',
    town: 'Gaya',
    elsewhere: 'IND',
  },
  { iso3: 'PAK', id: 'PK-SD', en: 'Sindh', fr: 'Sind', town: 'Hyderabad', elsewhere: 'IND' },
  {
    iso3: 'RUS',
    id: 'RU-VOR',
    en: 'Voronezh region',
    fr: 'oblast de Voronej',
    town: 'Anna',
    elsewhere: 'USA',
  },
  {
    iso3: 'JPN',
    id: 'JP-20',
    en: 'Nagano Prefecture',
    fr: 'préfecture de Nagano',
    town: 'Chino',
    elsewhere: 'USA',
  },
  {
    iso3: 'TUR',
    id: 'TR-51',
    en: 'Niğde Province',
    fr: 'province de Niğde',
    town: 'Bor',
    elsewhere: 'RUS',
  },
  { iso3: 'IRN', id: 'IR-11', en: 'Sistan and Baluchestan', fr: 'Sistan-Baloutchistan' },
  { iso3: 'IRQ', id: 'IQ-NI', en: 'Nineveh', fr: 'province de Ninive' },
  { iso3: 'SYR', id: 'SY-ID', en: 'Idlib province', fr: "province d'Idleb" },
  { iso3: 'POL', id: 'PL-12', en: 'Lesser Poland', fr: 'Petite-Pologne' },
  { iso3: 'IDN', id: 'ID-BT', en: 'Banten', fr: 'Banten', town: 'Labuan', elsewhere: 'MYS' },
  {
    iso3: 'COL',
    id: 'CO-ANT',
    en: 'Antioquia',
    fr: "département d'Antioquia",
    town: 'Segovia',
    elsewhere: 'ESP',
  },
  {
    iso3: 'PHL',
    id: 'PH-02',
    en: 'Cagayan Valley',
    fr: 'vallée de Cagayan',
    town: 'Santiago',
    elsewhere: 'CHL',
  },
  {
    iso3: 'ARG',
    id: 'AR-B',
    en: 'Buenos Aires Province',
    fr: 'province de Buenos Aires',
    town: 'Mercedes',
    elsewhere: 'USA',
  },
  {
    iso3: 'ZAF',
    id: 'ZA-KZN',
    en: 'KwaZulu-Natal',
    fr: 'KwaZulu-Natal',
    town: 'Dundee',
    elsewhere: 'GBR',
  },
  { iso3: 'EGY', id: 'EG-DK', en: 'Dakahlia', fr: 'gouvernorat de Dakahleya' },
  { iso3: 'SAU', id: 'SA-14', en: 'Asir', fr: "région d'Asir" },
  {
    iso3: 'KOR',
    id: 'KR-42',
    en: 'Gangwon',
    fr: 'province de Gangwon',
    town: 'Yanggu',
    elsewhere: 'CHN',
  },
  {
    iso3: 'AFG',
    id: 'AF-TAK',
    en: 'Takhar',
    fr: 'province de Takhar',
    town: 'Rustaq',
    elsewhere: 'OMN',
  },
  {
    iso3: 'ISR',
    id: 'IL-D',
    en: 'Southern District of Israel',
    fr: "district Sud d'Israël",
    town: 'Arad',
    elsewhere: 'ROU',
  },
  { iso3: 'ETH', id: 'ET-OR', en: 'Oromia', fr: 'Oromia', town: 'Mendi', elsewhere: 'PNG' },
];

test('a first-level region of each country resolves by its English and French names', () => {
  for (const c of CASES) {
    for (const [lang, name] of [
      ['en', c.en],
      ['fr', c.fr],
    ] as const) {
      const region = place(name, lang);
      assert.equal(region.kind, 'region', name);
      assert.equal(region.iso3, c.iso3, name);
      assert.equal(region.regionId, c.id, name);
    }
  }
});

test('a town after its region is that region’s namesake, not the better-known one abroad', () => {
  for (const c of CASES) {
    if (c.town === undefined) continue;
    assert.equal(place(c.town, 'en').iso3, c.elsewhere, `${c.town} without context`);
    for (const [lang, name] of [
      ['en', c.en],
      ['fr', c.fr],
    ] as const) {
      const region = place(name, lang);
      const town = place(c.town, lang, { places: [region] });
      assert.equal(town.kind, 'city', `${c.town} after ${name}`);
      assert.equal(town.iso3, c.iso3, `${c.town} after ${name}`);
    }
  }
  // A prominent city stays itself after its own region.
  assert.equal(place('Perth', 'en', { places: [place('Western Australia', 'en')] }).iso3, 'AUS');
  // Hyderabad is India's after Telangana, Pakistan's after Sindh.
  assert.equal(place('Hyderabad', 'en', { places: [place('Telangana', 'en')] }).iso3, 'IND');
  assert.equal(place('Hyderabad', 'fr', { places: [place('Sindh', 'fr')] }).iso3, 'PAK');
  // Two Dauras of Nigeria: each state settles its own.
  const daura = (state: string) => place('Daura', 'en', { places: [place(state, 'en')] }).admin;
  assert.notEqual(daura('Katsina State'), daura('Yobe State'));
});

test('a big city’s bare name stays the city; its region is named only with a qualifier', () => {
  const cities: CityAndRegion[] = [
    ['São Paulo', 'en', 'BRA', 'São Paulo state', 'BR-SP'],
    ['São Paulo', 'fr', 'BRA', 'État de São Paulo', 'BR-SP'],
    ['Rio de Janeiro', 'fr', 'BRA', 'État de Rio de Janeiro', 'BR-RJ'],
    ['Berlin', 'fr', 'DEU', 'Land de Berlin', 'DE-BE'],
    ['Hambourg', 'fr', 'DEU', 'Land de Hambourg', 'DE-HH'],
    ['Bremen', 'en', 'DEU', 'State of Bremen', 'DE-HB'],
    ['Tokyo', 'en', 'JPN', 'Tokyo Metropolis', 'JP-13'],
    ['Hiroshima', 'fr', 'JPN', 'préfecture de Hiroshima', 'JP-34'],
    ['Kyiv', 'en', 'UKR', 'Kyiv region', 'UA-32'],
    ['Kiev', 'fr', 'UKR', 'oblast de Kiev', 'UA-32'],
    ['Donetsk', 'en', 'UKR', 'Donetsk region', 'UA-14'],
    ['Donetsk', 'fr', 'UKR', 'région de Donetsk', 'UA-14'],
    ['Kharkiv', 'en', 'UKR', 'Kharkiv oblast', 'UA-63'],
    ['Kharkiv', 'fr', 'UKR', 'oblast de Kharkiv', 'UA-63'],
    ['Lagos', 'en', 'NGA', 'Lagos State', 'NG-LA'],
    ['Lagos', 'fr', 'NGA', 'État de Lagos', 'NG-LA'],
    ['Madrid', 'en', 'ESP', 'Community of Madrid', 'ES-MD'],
    ['Madrid', 'fr', 'ESP', 'Communauté de Madrid', 'ES-MD'],
    ['Delhi', 'en', 'IND', 'National Capital Territory of Delhi', 'IN-DL'],
    ['Shanghai', 'en', 'CHN', 'Shanghai Municipality', 'CN-SH'],
    ['Pékin', 'fr', 'CHN', 'municipalité de Pékin', 'CN-BJ'],
    ['Jilin', 'en', 'CHN', 'Jilin province', 'CN-JL'],
    ['Puebla', 'fr', 'MEX', 'État de Puebla', 'MX-PUE'],
  ];
  assertCityAndRegion(cities);
  // A region sharing a country's name is no rival: bare Mexico is the country.
  assert.equal(place('Mexico', 'en').kind, 'country');
  assert.equal(place('State of Mexico', 'en').regionId, 'MX-MEX');
  assert.equal(place('Niger State', 'en').regionId, 'NG-NI');
  assert.equal(place('Niger', 'en').kind, 'country');
});

test('Donetsk stays Ukraine’s after the Russian region that has a town of that name', () => {
  // Rostov Oblast settles no admin code: its Donetsk (50,000) must not replace Ukraine's.
  const rostov = place('Rostov region', 'en');
  assert.equal(rostov.regionId, 'RU-ROS');
  assert.equal(place('Donetsk', 'en', { places: [rostov] }).iso3, 'UKR');
  assert.equal(place('Donetsk', 'fr', { places: [place('oblast de Rostov', 'fr')] }).iso3, 'UKR');
  // The Russian border regions of war reports are Russia's.
  for (const [name, lang] of [
    ['Kursk region', 'en'],
    ['Belgorod Oblast', 'en'],
    ['région de Koursk', 'fr'],
    ['oblast de Belgorod', 'fr'],
    ['kraï de Krasnodar', 'fr'],
  ])
    assert.equal(place(name, lang).iso3, 'RUS', name);
});

test('Victoria is Australia’s state, Lake Victoria the African lake, Victoria BC a city', () => {
  assert.equal(place('Victoria', 'en').regionId, 'AU-VIC');
  assert.equal(place('État de Victoria', 'fr').regionId, 'AU-VIC');
  assert.equal(place('lac Victoria', 'fr').regionId, 'X-LVI');
  assert.equal(place('Lake Victoria', 'en').iso3, null);
  const bc = place('British Columbia', 'en');
  assert.equal(place('Victoria', 'en', { places: [bc] }).iso3, 'CAN');
});

test('Punjab is India’s or Pakistan’s by the document, and nobody’s alone', () => {
  assert.equal(resolvePlace('Punjab', 'en'), null);
  assert.equal(resolvePlace('Pendjab', 'fr'), null);
  assert.equal(place('Punjab', 'en', { places: [place('Lahore', 'en')] }).regionId, 'PK-PB');
  assert.equal(place('Pendjab', 'fr', { places: [place('Amritsar', 'fr')] }).regionId, 'IN-PB');
  assert.equal(place('Punjab', 'en', { countries: ['IND'] }).regionId, 'IN-PB');
  assert.equal(place('Pakistani Punjab', 'en').regionId, 'PK-PB');
  assert.equal(place('Pendjab indien', 'fr').regionId, 'IN-PB');
});

/** Countries whose first-level subdivisions data/places.json lists in full, with their number. */
const FIRST_LEVEL: Record<string, number> = {
  AUS: 8, // 6 states, 2 mainland territories
  DEU: 16,
  IND: 36, // 28 states, 8 union territories
  CHN: 31, // 22 provinces, 5 autonomous regions, 4 municipalities
  BRA: 27,
  MEX: 32,
  ITA: 20,
  ESP: 17, // autonomous communities; Ceuta and Melilla are the cities
  UKR: 27, // 24 oblasts, Crimea, Kyiv and Sevastopol
  NGA: 37, // 36 states and the Federal Capital Territory
  PAK: 7,
  JPN: 47,
  RUS: 83, // 82 GeoNames codes; Crimea and Sevastopol are Ukraine's there
  TUR: 81,
  IRN: 31,
  IRQ: 18, // governorates; the Kurdistan Region spans three of them
  SYR: 14,
  POL: 16,
  IDN: 38, // 34 GeoNames codes; the four Papuan provinces of 2022 are newer
  COL: 33, // 32 departments and Bogotá
  PHL: 17, // regions
  ARG: 24, // 23 provinces and the city of Buenos Aires
  ZAF: 9,
  EGY: 27,
  SAU: 13,
  KOR: 17,
  AFG: 34,
  ISR: 6, // districts
  ETH: 13, // 11 GeoNames codes; Sidama (2020) and South West (2021) are newer
};
/** Regions of those countries that are no first-level subdivision (Donbas, Lampedusa, Siberia). */
const WIDER = new Set([
  ...['UA-DON', 'IT-LMP', 'RU-SIB', 'IQ-KR', 'SY-GOL'],
  ...['ID-JAV', 'ID-SUM', 'PH-MIN', 'EG-SINAI'],
]);
/** Regions newer than GeoNames' admin1 codes: they stand at their capital and settle no code. */
const NEWER = new Set(['ID-PD', 'ID-PE', 'ID-PS', 'ID-PT', 'ET-SI', 'ET-SW']);
/** GeoNames admin1 codes of a country's places outside its subdivisions (Israeli settlements of the West Bank). */
const OUTSIDE = new Set(['ISR/WE']);
/** GeoNames admin1 codes that are cities in the gazetteer, not regions. */
const CITY_CODES = new Set(['ESP/CE', 'ESP/ML']);
/** Regions standing at their capital without admin codes, and the code they leave unsettled. */
const SEATED = new Map([['RU-ROS', 'RUS/61']]);

test('each listed country’s first-level regions cover its GeoNames admin1 codes once each', () => {
  const source = JSON.parse(readFileSync(join(projectRoot, 'data', 'places.json'), 'utf8')) as {
    regions: { id: string; kind: string; iso3: string | null; admin?: string[] }[];
  };
  const gazetteer = loadGazetteer();
  for (const [iso3, count] of Object.entries(FIRST_LEVEL)) {
    const regions = source.regions.filter(
      (r) => r.kind === 'region' && r.iso3 === iso3 && !WIDER.has(r.id),
    );
    assert.equal(regions.length, count, iso3);
    const owner = new Map<string, string>();
    for (const region of regions) {
      if (SEATED.has(region.id) || NEWER.has(region.id)) continue;
      assert.ok(region.admin && region.admin.length > 0, `${region.id} has admin codes`);
      for (const code of region.admin) {
        assert.equal(
          owner.get(code),
          undefined,
          `${iso3} admin ${code}: ${region.id} and ${owner.get(code)}`,
        );
        owner.set(code, region.id);
      }
    }
    const country = gazetteer.countries.findIndex((c) => c.iso3 === iso3);
    const cityCodes = new Set(
      Array.from(gazetteer.cities.country, (c, i) =>
        c === country ? gazetteer.cities.admin[i] : null,
      ),
    );
    for (const code of cityCodes) {
      const key = `${iso3}/${code}`;
      if (code === null || CITY_CODES.has(key) || OUTSIDE.has(key)) continue;
      if ([...SEATED.values()].includes(key)) continue;
      assert.ok(owner.has(code), `${iso3}: cities in admin ${code} have no region`);
    }
  }
});

describe('regions named after their city', () => {
  test('the bare name is the city, the qualified name the region', () => {
    const cases: CityAndRegion[] = [
      ['Diyarbakır', 'en', 'TUR', 'Diyarbakir province', 'TR-21'],
      ['Diyarbakır', 'fr', 'TUR', 'province de Diyarbakır', 'TR-21'],
      ['Izmir', 'fr', 'TUR', "province d'Izmir", 'TR-35'],
      ['Isfahan', 'en', 'IRN', 'Isfahan Province', 'IR-10'],
      ['Ispahan', 'fr', 'IRN', "province d'Ispahan", 'IR-10'],
      ['Erbil', 'en', 'IRQ', 'Erbil Governorate', 'IQ-AR'],
      ['Bagdad', 'fr', 'IRQ', 'province de Bagdad', 'IQ-BG'],
      ['Aleppo', 'en', 'SYR', 'Aleppo Governorate', 'SY-HL'],
      ['Alep', 'fr', 'SYR', "gouvernorat d'Alep", 'SY-HL'],
      ['Homs', 'en', 'SYR', 'Homs province', 'SY-HI'],
      ['Łódź', 'en', 'POL', 'Lodz Voivodeship', 'PL-10'],
      ['Lublin', 'fr', 'POL', 'voïvodie de Lublin', 'PL-06'],
      ['Bengkulu', 'en', 'IDN', 'Bengkulu province', 'ID-BE'],
      ['Jakarta', 'fr', 'IDN', 'province de Jakarta', 'ID-JK'],
      ['Arauca', 'en', 'COL', 'Arauca Department', 'CO-ARA'],
      ['Davao', 'en', 'PHL', 'Davao Region', 'PH-11'],
      ['Buenos Aires', 'en', 'ARG', 'Buenos Aires Province', 'AR-B'],
      ['Mendoza', 'fr', 'ARG', 'province de Mendoza', 'AR-M'],
      ['Giza', 'en', 'EGY', 'Giza Governorate', 'EG-GZ'],
      ['Riyadh', 'en', 'SAU', 'Riyadh Region', 'SA-01'],
      ['Riyad', 'fr', 'SAU', 'région de Riyad', 'SA-01'],
      ['Busan', 'en', 'KOR', 'Busan Metropolitan City', 'KR-26'],
      ['Kabul', 'en', 'AFG', 'Kabul Province', 'AF-KAB'],
      ['Kaboul', 'fr', 'AFG', 'province de Kaboul', 'AF-KAB'],
      ['Jerusalem', 'en', 'ISR', 'Jerusalem District', 'IL-JM'],
      ['Addis Ababa', 'en', 'ETH', 'Addis Ababa City Administration', 'ET-AA'],
    ];
    assertCityAndRegion(cases);
  });

  test('a region not named after a city is known by its bare name', () => {
    const cases: [string, string, string][] = [
      ['Hatay', 'en', 'TR-31'],
      ['Kocaeli', 'fr', 'TR-41'],
      ['Khuzestan', 'en', 'IR-06'],
      ['Khouzestan', 'fr', 'IR-06'],
      ['Anbar', 'en', 'IQ-AN'],
      ['Salahuddin', 'en', 'IQ-SD'],
      ['Damascus countryside', 'en', 'SY-RD'],
      ['Damas-campagne', 'fr', 'SY-RD'],
      ['Mazovie', 'fr', 'PL-14'],
      ['West Java', 'en', 'ID-JB'],
      ['Java occidental', 'fr', 'ID-JB'],
      ['Valle del Cauca', 'en', 'CO-VAC'],
      ['Bangsamoro', 'en', 'PH-14'],
      ['Chubut', 'en', 'AR-U'],
      ['Gauteng', 'en', 'ZA-GP'],
      ['Cap-Occidental', 'fr', 'ZA-WC'],
      ['Sharqia', 'en', 'EG-SHR'],
      ['North Sinai', 'en', 'EG-SIN'],
      ['Qassim', 'en', 'SA-05'],
      ['Gyeonggi', 'en', 'KR-41'],
      ['Helmand', 'en', 'AF-HEL'],
      ['Nangarhar', 'fr', 'AF-NAN'],
      ['Amhara', 'en', 'ET-AM'],
      ['Tigré', 'fr', 'ET-TI'],
    ];
    for (const [name, lang, id] of cases) assert.equal(place(name, lang).regionId, id, name);
  });

  test('a name shared with a better-known place abroad is listed only qualified', () => {
    assert.equal(place('Amazonas', 'en').iso3, 'BRA');
    assert.equal(place('Amazonas Department', 'en').regionId, 'CO-AMA');
    assert.equal(place('Santander', 'en').kind, 'city');
    assert.equal(place('département de Santander', 'fr').regionId, 'CO-SAN');
    // Generic or shared names stay nobody's: the sea, and an Eastern Province of many countries.
    assert.equal(resolvePlace('Red Sea', 'en'), null);
    assert.equal(resolvePlace('Eastern Province', 'en'), null);
    assert.equal(resolvePlace('North West', 'en'), null);
    // Bare Chaco is also the Gran Chaco of Paraguay and Bolivia.
    assert.equal(resolvePlace('Chaco', 'fr'), null);
    assert.equal(place('province du Chaco', 'fr').regionId, 'AR-H');
    assert.equal(place('North West province', 'en').regionId, 'ZA-NW');
    // The Sinai peninsula is no governorate; North and South Sinai are.
    assert.equal(place('Sinaï', 'fr').regionId, 'EG-SINAI');
    // Zabol is Iran's city; Afghanistan's Zabul province is Zabol only qualified.
    assert.equal(place('Zabol', 'en').iso3, 'IRN');
    assert.equal(place('Zabol Province', 'en').regionId, 'AF-ZAB');
  });

  test('a Syrian or Iraqi governorate is also a region in the press, but not the capital’s', () => {
    assert.equal(place("région d'Alep", 'fr').regionId, 'SY-HL');
    assert.equal(place('Idlib region', 'en').regionId, 'SY-ID');
    assert.equal(place('Kirkuk region', 'en').regionId, 'IQ-KI');
    // The area around Damascus is wider than its governorate: an area, no region id.
    assert.equal(place('région de Damas', 'fr').regionId, undefined);
  });

  test('the Kurdistan Region is Iraq’s; bare Kurdistan stays the wider Kurdish lands', () => {
    assert.equal(place('Kurdistan Region', 'en').regionId, 'IQ-KR');
    assert.equal(place('Iraqi Kurdistan', 'en').iso3, 'IRQ');
    assert.equal(place('Kurdistan irakien', 'fr').regionId, 'IQ-KR');
    assert.equal(place('Kurdistan', 'en').iso3, null);
    // Iran's province of that name is named with its qualifier only.
    assert.equal(place('Kurdistan province', 'en').regionId, 'IR-12');
  });
});

describe('a longer region name around the recognised one', () => {
  /** Each place the layer found, as `text region-id-or-name`. */
  const placesOf = (text: string, lang: string): string[] =>
    (analyzeText(text, lang).places ?? []).map(
      (p) => `${p.text} ${p.place.regionId ?? p.place.name}`,
    );

  test('a region named with a word after the recognised region is that other region', () => {
    // The recogniser tags only "Kurdistan" and "Java" here.
    assert.deepEqual(
      placesOf(
        'Des affrontements ont éclaté mardi au Kurdistan irakien, près de la frontière.',
        'fr',
      ),
      ['Kurdistan irakien IQ-KR'],
    );
    assert.deepEqual(placesOf('Un séisme a frappé Java occidental dans la nuit de lundi.', 'fr'), [
      'Java occidental ID-JB',
    ]);
    assert.deepEqual(placesOf('The company opened a plant in Saxony-Anhalt last year.', 'en'), [
      'Saxony-Anhalt DE-ST',
    ]);
  });

  test('words before the recognised region count once per word, contractions included', () => {
    // "du" is two tokens (de + le) over one word.
    assert.deepEqual(
      placesOf('Le parlement de la région autonome du Kurdistan a voté la loi.', 'fr'),
      ['région autonome du Kurdistan IQ-KR'],
    );
    assert.deepEqual(
      placesOf('Protests spread across the autonomous Kurdistan region on Sunday.', 'en'),
      ['Kurdistan region IQ-KR'],
    );
  });

  test('names inside one longer region name give it once', () => {
    // "Kurdistan" and "Iraq" are both recognised; each finds the region around it.
    assert.deepEqual(
      placesOf('Elections were held in the Kurdistan region of Iraq last year.', 'en'),
      ['Kurdistan region of Iraq IQ-KR'],
    );
    assert.deepEqual(placesOf("Les routes du Kurdistan d'Irak ont rouvert jeudi.", 'fr'), [
      "Kurdistan d'Irak IQ-KR",
    ]);
  });

  test('a region stays itself before an area around it', () => {
    // "pays d'Amérique latine" is an area around Latin America, not a different region.
    assert.deepEqual(
      placesOf("Les exportations vers les pays d'Amérique latine ont doublé en dix ans.", 'fr'),
      ['Amérique latine C-LAM'],
    );
  });

  test('a region named alone stays itself', () => {
    assert.deepEqual(placesOf('Kurdistan has long sought independence.', 'en'), [
      'Kurdistan X-KUR',
    ]);
    assert.deepEqual(placesOf("Le volcan domine l'est de Java depuis des siècles.", 'fr'), [
      'Java ID-JAV',
    ]);
  });
});
