import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { foldName, strippedKeys } from '../src/places/fold.js';
import { gazetteerPath } from '../src/places/gazetteer.js';
import { demonymData, placesData } from '../src/places/lang-data.js';
import { makeArticle } from '../src/ingest/article.js';
import { readPlainText } from '../src/ingest/text.js';
import { analyze } from '../src/pipeline.js';
import { projectRoot } from '../src/util/paths.js';
import { analyzeText, place, seedArticle } from './helpers.js';
import {
  countryOfDemonym,
  demonymCountries,
  loadGazetteer,
  metonymOf,
  resolvePlace,
} from '../src/places/index.js';
import type { ResolvedPlace } from '../src/places/index.js';

// load time belongs to the bench, never to a timed test
test('the gazetteer loads and stays under 3 MB', () => {
  assert.ok(loadGazetteer().cities.id.length > 10_000);
  assert.ok(statSync(gazetteerPath).size <= 3 * 1024 * 1024);
});

test('the gazetteer holds every national capital and only coherent columns', () => {
  const { cities, countries } = loadGazetteer();
  assert.ok(cities.capitals.length >= 200);
  const n = cities.id.length;
  for (const column of [
    cities.name,
    cities.country,
    cities.admin,
    cities.lat,
    cities.lon,
    cities.population,
  ]) {
    assert.equal(column.length, n);
  }
  assert.equal(cities.keys.length, cities.keyCity.length);
  assert.ok(cities.keyCity.every((city) => city >= 0 && city < n));
  // Built from data/places.json: a region added there and not rebuilt shows here.
  const regionIds = (
    JSON.parse(readFileSync(join(projectRoot, 'data', 'places.json'), 'utf8')) as {
      regions: { id: string }[];
    }
  ).regions.map((r) => r.id);
  assert.deepEqual(
    loadGazetteer().regions.map((r) => r.id),
    regionIds,
  );
  assert.ok(countries.some((c) => c.iso3 === 'FRA' && c.names.fr.includes('France')));
});

test('names fold case, accents, apostrophes, hyphens and dots', () => {
  assert.equal(foldName('Tremblay-en-France'), 'tremblay en france');
  assert.equal(foldName('Côte d’Ivoire'), "cote d'ivoire");
  assert.equal(foldName('  U.S. '), 'us');
  assert.equal(foldName('ŒUVRE Straße'), 'oeuvre strasse');
  assert.deepEqual(strippedKeys("l'ukraine", ['la', "l'"]), ['ukraine']);
  assert.deepEqual(strippedKeys('de la russie', ['de', 'la']), ['la russie', 'russie']);
  assert.deepEqual(strippedKeys('laos', ['la']), []);
});

test('an exact country name is the country, never a town containing it', () => {
  const france = place('France', 'fr');
  assert.equal(france.kind, 'country');
  assert.equal(france.iso3, 'FRA');
  const tremblay = place('Tremblay-en-France', 'fr');
  assert.equal(tremblay.kind, 'city');
  assert.equal(tremblay.geonamesId, 2971874);
});

test('articles and prepositions are stripped when the whole name is unknown', () => {
  assert.equal(place('la Russie', 'fr').iso3, 'RUS');
  assert.equal(place("l'Ukraine", 'fr').iso3, 'UKR');
  assert.equal(place('aux États-Unis', 'fr').iso3, 'USA');
  assert.equal(place('the Netherlands', 'en').iso3, 'NLD');
  // A name known whole keeps its article: Le Caire is Cairo, not "Caire".
  assert.equal(place('Le Caire', 'fr').geonamesId, 360630);
  assert.equal(resolvePlace('la Zorglubie', 'fr'), null);
});

test('country variants of each language are known', () => {
  const cases: [string, string, string][] = [
    ['États-Unis', 'fr', 'USA'],
    ['Etats-Unis', 'fr', 'USA'],
    ['les USA', 'fr', 'USA'],
    ['USA', 'en', 'USA'],
    ['U.S.', 'en', 'USA'],
    ['Royaume-Uni', 'fr', 'GBR'],
    ['Grande-Bretagne', 'fr', 'GBR'],
    ['UK', 'en', 'GBR'],
    ['Fédération de Russie', 'fr', 'RUS'],
    ['Chine', 'fr', 'CHN'],
    ['Corée du Nord', 'fr', 'PRK'],
    ['North Korea', 'en', 'PRK'],
    ["Côte d'Ivoire", 'fr', 'CIV'],
    ['Ivory Coast', 'en', 'CIV'],
    ['RDC', 'fr', 'COD'],
    ['Birmanie', 'fr', 'MMR'],
  ];
  for (const [name, lang, iso3] of cases) {
    const found = place(name, lang);
    assert.equal(found.kind, 'country', name);
    assert.equal(found.iso3, iso3, name);
  }
  assert.equal(place('USA', 'en').name, 'United States');
});

test('a country name shared by two countries needs context', () => {
  assert.equal(resolvePlace('Congo', 'en'), null);
  assert.equal(resolvePlace('Congo', 'en', { countries: ['COG'] })?.iso3, 'COG');
});

test('a country beats a same-named US state or city without context', () => {
  for (const name of ['Georgia', 'Jordan', 'Chad'])
    assert.equal(place(name, 'en').kind, 'country', name);
  assert.equal(place('Georgia', 'en').iso3, 'GEO');
  assert.equal(place('Géorgie', 'fr').iso3, 'GEO');
  // A settled country alone does not turn Jordan into a town.
  assert.equal(place('Jordan', 'en', { countries: ['USA'] }).iso3, 'JOR');
});

test('Georgia is the US state after Atlanta or a US cue, the country after Tbilisi', () => {
  const atlanta = place('Atlanta', 'en');
  const state = place('Georgia', 'en', { places: [atlanta] });
  assert.equal(state.kind, 'region');
  assert.equal(state.iso3, 'USA');
  assert.equal(state.regionId, 'US-GA');
  assert.equal(place('Georgia', 'en', { countries: ['USA'] }).regionId, 'US-GA');
  const tbilisi = place('Tbilissi', 'fr');
  assert.equal(tbilisi.iso3, 'GEO');
  assert.equal(place('Géorgie', 'fr', { places: [tbilisi] }).iso3, 'GEO');
  const caucasus = place('Caucase', 'fr');
  assert.equal(place('Géorgie', 'fr', { places: [caucasus] }).kind, 'country');
  assert.equal(place('Georgia', 'en', { places: [place('Russia', 'en')] }).iso3, 'GEO');
});

test('Paris is France’s unless the document is in Texas', () => {
  const paris = place('Paris', 'fr');
  assert.equal(paris.iso3, 'FRA');
  assert.equal(paris.geonamesId, 2988507);
  const texas = place('Texas', 'en');
  assert.equal(texas.kind, 'region');
  const parisTexas = place('Paris', 'en', { places: [texas] });
  assert.equal(parisTexas.iso3, 'USA');
  assert.equal(parisTexas.admin, 'TX');
  // An American story's "Paris" is still the capital: prominence beats a settled country.
  assert.equal(place('Paris', 'en', { countries: ['USA'] }).iso3, 'FRA');
});

test('same-named towns: context country, then home country, then population', () => {
  // Brest (Belarus) is larger, but French news means Brittany's.
  assert.equal(place('Brest', 'fr').iso3, 'FRA');
  assert.equal(place('Brest', 'fr', { countries: ['BLR'] }).iso3, 'BLR');
  // Vienne (Isère) is a French town, yet Vienna is a capital.
  assert.equal(place('Vienne', 'fr').iso3, 'AUT');
});

test('the city a language lists under a name beats a larger namesake, unless the context says otherwise', () => {
  assert.equal(place('Valencia', 'en').iso3, 'ESP');
  assert.equal(place('Valencia', 'en', { countries: ['VEN'] }).iso3, 'VEN');
  assert.equal(place('Geneva', 'en', { countries: ['USA'] }).iso3, 'CHE');
});

test('exonyms resolve to the right GeoNames city', () => {
  const cases: [string, string, number, string][] = [
    ['Pékin', 'fr', 1816670, 'CHN'],
    ['Londres', 'fr', 2643743, 'GBR'],
    ['Moscou', 'fr', 524901, 'RUS'],
    ['La Nouvelle-Delhi', 'fr', 1261481, 'IND'],
    ['New Delhi', 'en', 1261481, 'IND'],
    ['Varsovie', 'fr', 756135, 'POL'],
    ['Kiev', 'en', 703448, 'UKR'],
    ['Kyïv', 'fr', 703448, 'UKR'],
    ['München', 'en', 2867714, 'DEU'],
    ['Geneva', 'en', 2660646, 'CHE'],
    ['Genève', 'fr', 2660646, 'CHE'],
    ['Cairo', 'en', 360630, 'EGY'],
    ['Alger', 'fr', 2507480, 'DZA'],
    ['Bruxelles', 'fr', 2800866, 'BEL'],
    ['Brussels', 'en', 2800866, 'BEL'],
    ['Pyongyang', 'fr', 1871859, 'PRK'],
    ['Washington', 'en', 4140963, 'USA'],
  ];
  for (const [name, lang, id, iso3] of cases) {
    const found = place(name, lang);
    assert.equal(found.kind, 'city', name);
    assert.equal(found.geonamesId, id, name);
    assert.equal(found.iso3, iso3, name);
  }
  assert.equal(place('Genève', 'fr').name, 'Geneva');
  assert.equal(place('Pékin', 'fr').name, 'Beijing');
});

test('French and English city names differ where the languages do', () => {
  assert.equal(place('Mexico', 'fr').kind, 'city');
  assert.equal(place('Mexico', 'en').kind, 'country');
});

test('regions and islands the city list lacks resolve with coordinates', () => {
  for (const [name, lang] of [
    ['Bali', 'fr'],
    ['Bali', 'en'],
  ]) {
    const bali = place(name, lang);
    assert.equal(bali.kind, 'region');
    assert.equal(bali.iso3, 'IDN');
    assert.ok(
      Math.abs(bali.lat - -8.4) < 1 && Math.abs(bali.lon - 115.2) < 1,
      'Bali lies near 8°S 115°E',
    );
  }
  assert.equal(place('Crimée', 'fr').iso3, 'UKR');
  assert.equal(place('bande de Gaza', 'fr').iso3, 'PSE');
  const europe = place('Europe', 'fr');
  assert.equal(europe.kind, 'continent');
  assert.equal(europe.iso3, null);
});

test('demonyms map every form to a country', () => {
  assert.equal(countryOfDemonym('russe', 'fr'), 'RUS');
  assert.equal(countryOfDemonym('Russes', 'fr'), 'RUS');
  assert.equal(countryOfDemonym('américaine', 'fr'), 'USA');
  assert.equal(countryOfDemonym('Américains', 'fr'), 'USA');
  assert.equal(countryOfDemonym('ukrainiennes', 'fr'), 'UKR');
  assert.equal(countryOfDemonym('françaises', 'fr'), 'FRA');
  assert.equal(countryOfDemonym('chinoise', 'fr'), 'CHN');
  assert.equal(countryOfDemonym('britanniques', 'fr'), 'GBR');
  assert.equal(countryOfDemonym('allemandes', 'fr'), 'DEU');
  assert.equal(countryOfDemonym('grecque', 'fr'), 'GRC');
  assert.equal(countryOfDemonym('sud-coréens', 'fr'), 'KOR');
  assert.equal(countryOfDemonym('Ukrainian', 'en'), 'UKR');
  assert.equal(countryOfDemonym('Russians', 'en'), 'RUS');
  assert.equal(countryOfDemonym('British', 'en'), 'GBR');
  assert.equal(countryOfDemonym('Chinese', 'en'), 'CHN');
  assert.equal(countryOfDemonym('Frenchmen', 'en'), 'FRA');
  assert.equal(countryOfDemonym('Germans', 'en'), 'DEU');
  assert.equal(countryOfDemonym('table', 'en'), null);
  // Shared by both Congos: ambiguous, so no single country.
  assert.equal(countryOfDemonym('congolais', 'fr'), null);
  assert.deepEqual(demonymCountries('congolais', 'fr').sort(), ['COD', 'COG']);
});

test('demonyms cover at least 120 countries known to the gazetteer', () => {
  const known = new Set(loadGazetteer().countries.map((c) => c.iso3));
  for (const lang of ['fr', 'en']) {
    const covered = new Set<string>();
    for (const country of known)
      if (demonymCountries(demonymSample(lang, country), lang).includes(country))
        covered.add(country);
    assert.ok(covered.size >= 120, `${lang}: ${covered.size} countries`);
  }
});

/** The first listed form of a country's demonyms, or '' when it has none. */
function demonymSample(lang: string, iso3: string): string {
  return demonymData(lang).demonyms[iso3]?.[0] ?? '';
}

test('seats of power stand for governments and other institutions', () => {
  assert.deepEqual(pick(metonymOf('le Kremlin', 'fr')), { iso3: 'RUS', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf('Kremlin', 'fr')), { iso3: 'RUS', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf('the Kremlin', 'en')), { iso3: 'RUS', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf('Washington', 'en')), { iso3: 'USA', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf('la Maison Blanche', 'fr')), { iso3: 'USA', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf('le Pentagone', 'fr')), { iso3: 'USA', sector: 'MIL' });
  assert.deepEqual(pick(metonymOf("le Quai d'Orsay", 'fr')), { iso3: 'FRA', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf("l'Elysée", 'fr')), { iso3: 'FRA', sector: 'GOV' });
  assert.deepEqual(pick(metonymOf('Downing Street', 'en')), { iso3: 'GBR', sector: 'GOV' });
  const brussels = metonymOf('Bruxelles', 'fr');
  assert.equal(brussels?.sector, 'IGO');
  assert.equal(brussels?.org, 'EU');
  assert.deepEqual(brussels?.also, [{ iso3: 'BEL', sector: 'GOV' }]);
  assert.equal(metonymOf('Lyon', 'fr'), null);
});

function pick(m: ReturnType<typeof metonymOf>): { iso3: string | null; sector: string } | null {
  return m && { iso3: m.iso3, sector: m.sector };
}

test('every metonym and every lang place refers to a known country', () => {
  const known = new Set(loadGazetteer().countries.map((c) => c.iso3));
  for (const lang of ['fr', 'en']) {
    for (const [name, m] of Object.entries(placesData(lang).metonyms)) {
      if (m.iso3 !== null) assert.ok(known.has(m.iso3), `${lang} ${name}: ${m.iso3}`);
      else assert.ok(m.org, `${lang} ${name}: an IGO seat names its organisation`);
    }
    for (const iso3 of Object.keys(demonymData(lang).demonyms))
      assert.ok(known.has(iso3), `${lang} demonym ${iso3}`);
  }
});

test('French départements and régions, old and new, Canadian provinces and world regions resolve', () => {
  for (const [name, lang, iso3] of [
    ['Haute-Savoie', 'fr', 'FRA'],
    ['Meurthe-et-Moselle', 'en', 'FRA'],
    ['le Finistère', 'fr', 'FRA'],
    ['Lorraine', 'fr', 'FRA'],
    ['Burgundy', 'en', 'FRA'],
    ['Occitanie', 'fr', 'FRA'],
    ['Nouvelle-Écosse', 'fr', 'CAN'],
    ['Nova Scotia', 'en', 'CAN'],
    ['District of Columbia', 'en', 'USA'],
  ] as const) {
    const found = place(name, lang);
    assert.equal(found.kind, 'region', name);
    assert.equal(found.iso3, iso3, name);
  }
  assert.equal(place('Maghreb', 'fr').iso3, null);
  // A département ranks below a prominent or curated city of the same name.
  assert.equal(place('Vienne', 'fr').iso3, 'AUT');
});

test('historical countries stand for their successor state', () => {
  assert.equal(place('URSS', 'fr').iso3, 'RUS');
  assert.equal(place('the former Soviet Union', 'en').iso3, 'RUS');
  assert.equal(place('Tchécoslovaquie', 'fr').iso3, 'CZE');
  assert.equal(place("l'ex-RDA", 'fr').iso3, 'DEU');
  const yugoslavia = place('Yugoslavia', 'en');
  assert.equal(yugoslavia.iso3, 'SRB');
  assert.equal(yugoslavia.name, 'Yugoslavia');
});

test('a territory’s country depends on the document date', () => {
  assert.equal(place('Kosovo', 'en', { date: '2005-03-01' }).iso3, 'SRB');
  assert.equal(place('Kosovo', 'en', { date: '2015-03-01' }).iso3, 'XKK');
  assert.equal(place('Kosovo', 'en').iso3, 'XKK');
  assert.equal(place('Pristina', 'en', { date: '2005-03-01' }).iso3, 'SRB');
  assert.equal(place('Hong Kong', 'en', { date: '1990-01-01' }).iso3, 'HKG');
  const handedOver = place('Hong Kong', 'en', { date: '2000-01-01' });
  assert.equal(handedOver.iso3, 'CHN');
  assert.equal(handedOver.kind, 'region');
});

test('a city named with an article is known without it after a contraction', () => {
  assert.equal(place('Mans', 'fr').name, 'Le Mans');
  assert.equal(place('Havre', 'fr').iso3, 'FRA');
});

test('the head of a compound French town name names the town', () => {
  assert.equal(place('Châlons', 'fr').name, 'Châlons-en-Champagne');
});

test('abbreviations match exactly as written', () => {
  assert.equal(place('Calif.', 'en').regionId, 'US-CA');
  assert.equal(place('Mass.', 'en').regionId, 'US-MA');
  assert.equal(place('D.C.', 'en').geonamesId, 4140963);
  assert.equal(place('Que.', 'en').regionId, 'CA-QC');
  // Only the written form: the folded word is no abbreviation.
  assert.equal(resolvePlace('mass', 'en'), null);
});

test('an area around a known place is a region of its country', () => {
  const area = place('agglomération de Lyon', 'fr');
  assert.equal(area.kind, 'region');
  assert.equal(area.iso3, 'FRA');
  assert.equal(place('Greater Manchester', 'en').iso3, 'GBR');
});

test('streets and buildings lie in the document’s city, else the place they are named after', () => {
  const paris = place('Paris', 'fr');
  const street = place('boulevard Haussmann', 'fr', { places: [paris] });
  assert.deepEqual([street.kind, street.iso3, street.lat], ['site', 'FRA', paris.lat]);
  const chicago = place('Chicago', 'en');
  assert.equal(
    place('Fifth Avenue', 'en', { places: [place('Cambridge', 'en'), chicago] }).lat,
    chicago.lat,
  );
  assert.equal(place('rue de Genève', 'fr').iso3, 'CHE');
  // With no cue at all, the language's main home country.
  assert.equal(place('place des Tilleuls', 'fr').iso3, 'FRA');
  assert.equal(resolvePlace('Tilleuls', 'fr'), null);
  // Where the document's countries tie, a building of an unknown town is in none we can tell.
  const tie = { places: [place('Syria', 'en'), place('Iraq', 'en')] };
  assert.equal(resolvePlace('Zorgabad General Hospital', 'en', tie), null);
  assert.equal(place('Zorgabad General Hospital', 'en').iso3, 'USA');
});

test('famous sites and seats of power are sites of their country', () => {
  assert.deepEqual(pickSite(place('Auschwitz', 'fr')), ['site', 'POL']);
  assert.deepEqual(pickSite(place('Times Square', 'en')), ['site', 'USA']);
  assert.deepEqual(pickSite(place('the Oval Office', 'en')), ['site', 'USA']);
  assert.deepEqual(pickSite(place("l'Élysée", 'fr')), ['site', 'FRA']);
});

function pickSite(p: ResolvedPlace): [string, string | null] {
  return [p.kind, p.iso3];
}

test('a clipped name stands for the one context city it begins', () => {
  const montpellier = place('Montpellier', 'fr');
  assert.equal(
    place('Montpel', 'fr', { places: [montpellier] }).geonamesId,
    montpellier.geonamesId,
  );
  assert.equal(resolvePlace('Montpel', 'fr'), null);
  // A clipping shared by two context cities says neither.
  const saints = [place('Saint-Étienne', 'fr'), place('Saint-Nazaire', 'fr')];
  assert.equal(resolvePlace('Saint', 'fr', { places: saints }), null);
});

test('places the document resolved outweigh other country cues among small namesakes', () => {
  const boston = place('Boston', 'en');
  assert.equal(place('Cambridge', 'en').iso3, 'GBR');
  assert.equal(place('Cambridge', 'en', { places: [boston], countries: ['GBR'] }).iso3, 'USA');
});

test('places layer: the seed article’s New Delhi is in India and Bali in Indonesia', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const doc = analyze(makeArticle(readPlainText(readFileSync(path, 'utf8'), path)));
  const country = (name: string) => doc.places!.find((p) => p.text === name)?.place.iso3;
  assert.equal(country('New Delhi'), 'IND');
  assert.equal(country('Bali'), 'IDN');
  assert.ok(doc.places!.every((p) => doc.text.slice(p.start, p.end) === p.text));
  // Acting governments are actors, not places: "l'engagement de Washington à soutenir Kiev".
  assert.ok(!doc.places!.some((p) => p.text === 'Washington'));
});

test('the end of a title is no place: "le garde des Sceaux" names no town', () => {
  const doc = analyzeText(
    'Le garde des Sceaux a reçu les avocats à Nice, puis le maire de Sceaux.',
    'fr',
    '2024-03-04',
  );
  const places = (doc.places ?? []).map((p) => `${p.text}@${p.start}`);
  // The title's own word is no place; the town named after "maire de" stays one.
  assert.deepEqual(places, ['Nice@41', 'Sceaux@64']);
});

test('a city of half a million outranks a home-country village; a capital of a few hundred people is no household name', () => {
  assert.equal(resolvePlace('Essen', 'fr')?.iso3, 'DEU');
  // A home-country city of some size still wins in its language (Brest, Brittany).
  assert.equal(resolvePlace('Brest', 'fr')?.iso3, 'FRA');
  // Hamilton, Bermuda's capital (under a thousand people), against Hamilton, Ontario.
  assert.equal(resolvePlace('Hamilton', 'en')?.iso3, 'CAN');
});

test('a region or country right after a name and a comma says which namesake it is', () => {
  const doc = analyzeText(
    'A tornado damaged barns near Paris, Texas, on Tuesday. In Paris, France’s foreign ministry said it was following the storms.',
    'en',
    '2023-08-03',
  );
  const places = (doc.places ?? []).map((p) => `${p.text}=${p.place.iso3}`);
  // Without the qualifier, Texas decides every Paris of the document.
  assert.deepEqual(places, ['Paris=USA', 'Texas=USA', 'Paris=FRA']);
});

test('a town its region qualifies is a place even as an object, never its namesake capital’s state', () => {
  const doc = analyzeText(
    'Hail battered Paris, Texas, on Monday, and a late frost hit Moscow, Idaho. Britain, Japan and Canada sent condolences.',
    'en',
    '2024-03-14',
  );
  const places = (doc.places ?? []).map((p) => `${p.text}=${p.place.iso3}`);
  // "Idaho" is found even when the recogniser leaves it out.
  for (const expected of ['Paris=USA', 'Moscow=USA'])
    assert.ok(places.includes(expected), expected);
  const governments = (doc.entities ?? []).filter((e) => e.type === 'government');
  assert.ok(!governments.some((e) => e.country === 'FRA' || e.country === 'RUS'));
  // A list of countries is no country qualified by the next.
  for (const country of ['GBR', 'JPN', 'CAN'])
    assert.ok(
      governments.some((e) => e.country === country),
      country,
    );
});

test('an organisation named like a small town (Alliance, Ohio) is the organisation, not that town', () => {
  const doc = analyzeText(
    'L’Alliance a rejeté la proposition du gouvernement mardi.',
    'fr',
    '2024-03-14',
  );
  const alliance = (doc.entities ?? []).find((e) => e.name === 'Alliance');
  assert.equal(alliance?.type, 'organisation');
  assert.notEqual(alliance?.country, 'USA');
  assert.deepEqual(doc.places ?? [], []);
});

test('a French town qualified in parentheses, after "en" or by "de" and its region is that region’s town', () => {
  const doc = analyzeText(
    'Le maire de Saint-Pierre (La Réunion) a rencontré celui de Saint-Denis, en Seine-Saint-Denis. Le cyclone avait frappé Saint-Denis de La Réunion.',
    'fr',
    '2024-03-14',
  );
  const places = (doc.places ?? []).map((p) => `${p.text}=${p.place.iso3}`);
  // Without the qualifiers, Réunion's towns decide every Saint-Denis of the document, or none is found.
  for (const expected of ['Saint-Pierre=REU', 'Saint-Denis=FRA', 'Saint-Denis de La Réunion=REU'])
    assert.ok(places.includes(expected), `${expected} in ${places.join(' ')}`);
});

test('a town known only by the head of its compound name ranks below the towns named so whole', () => {
  // Saint-Denis-lès-Bourg is in the region a Drôme settles; the head alone still names Saint-Denis.
  const near = place('Saint-Denis', 'fr', { places: [place('Drôme', 'fr')!] });
  assert.equal(near?.name, 'Saint-Denis');
  assert.equal(place('Vandœuvre', 'fr')?.name, 'Vandœuvre-lès-Nancy');
});

test('a region or country right after a town and a comma is the namesake of that town’s country', () => {
  const doc = analyzeText(
    'Storms hit Atlanta, Georgia, on Monday, and floods reached Tbilisi, Georgia’s capital, on Tuesday.',
    'en',
    '2024-03-14',
  );
  const places = (doc.places ?? []).map((p) => `${p.text}=${p.place.iso3}`);
  // With the whole document as context, Atlanta's state wins the second Georgia too.
  assert.deepEqual(places, ['Atlanta=USA', 'Georgia=USA', 'Tbilisi=GEO', 'Georgia=GEO']);
});

test('a region named around the recognised name is that region: "Washington state", "l’État de Washington"', () => {
  const places = (text: string, lang: 'fr' | 'en') =>
    (analyzeText(text, lang, '2024-03-14').places ?? []).map((p) => `${p.text}=${p.place.kind}`);
  assert.deepEqual(places('Wildfires spread across Washington state on Monday.', 'en'), [
    'Washington state=region',
  ]);
  assert.ok(
    places('Des incendies ravagent l’État de Washington depuis lundi.', 'fr').includes(
      'État de Washington=region',
    ),
  );
});

test('a town of a region the story named yields to a prominent namesake in a country it names too', () => {
  const texas = place('Texas', 'en');
  assert.equal(place('Odessa', 'en', { places: [texas] }).iso3, 'USA');
  assert.equal(place('Odessa', 'en', { places: [texas, place('Ukraine', 'en')] }).iso3, 'UKR');
  assert.equal(place('Paris', 'en', { places: [texas] }).iso3, 'USA');
});

test('French exonyms of European and Asian cities, and English Hanover', () => {
  for (const [name, iso3] of [
    ['Brême', 'DEU'],
    ['Hanovre', 'DEU'],
    ['Barcelone', 'ESP'],
    ['Saint-Jacques-de-Compostelle', 'ESP'],
    ['Palerme', 'ITA'],
    ['Soumy', 'UKR'],
    ['Nankin', 'CHN'],
    ['Pondichéry', 'IND'],
  ])
    assert.equal(place(name, 'fr').iso3, iso3, name);
  assert.equal(place('Hanover', 'en').iso3, 'DEU');
});

test('a street or square is in the town written right after it, not in the story’s first town', () => {
  const sites = (text: string, lang: 'fr' | 'en') =>
    (analyzeText(text, lang, '2024-03-14').places ?? [])
      .filter((p) => p.place.kind === 'site')
      .map((p) => `${p.text}=${p.place.iso3}`);
  assert.deepEqual(
    sites(
      'Flights from Lagos resumed on Monday. Protesters gathered in Tahrir Square in Cairo.',
      'en',
    ),
    ['Tahrir Square=EGY'],
  );
  assert.deepEqual(
    sites(
      'Les vols vers Lagos ont repris lundi. Un cortège a défilé rue de Rivoli, à Paris.',
      'fr',
    ),
    ['rue de Rivoli=FRA'],
  );
});

test('a town named like a person the text names alone is that person', () => {
  const doc = analyzeText(
    'Luna a été sourde et muette en classe toute la journée. Dans le collège de Luna, on sensibilise les élèves au handicap.',
    'fr',
  );
  assert.deepEqual(
    (doc.places ?? []).map((p) => p.text),
    [],
  );
});
