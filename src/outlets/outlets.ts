/**
 * News organisations: the curated list in data/news-outlets.json, found by
 * name or alias (l'AFP, Associated Press, Tass), by web host (www.lemonde.fr),
 * or from a description resolved against the outlets a document already
 * named ("the Russian agency" after TASS). Language words live in
 * lang/<code>/outlets.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languagePack, supportedLanguages } from '../lang/index.js';
import { demonymCountries } from '../places/demonyms.js';
import { foldKeepingCase, foldName, strippedKeys } from '../places/fold.js';
import { resolvePlace } from '../places/resolve.js';
import { projectRoot } from '../util/paths.js';

export type OutletKind = 'agency' | 'broadcaster' | 'newspaper' | 'magazine' | 'site';

export interface Outlet {
  id: string;
  name: string;
  kind: OutletKind;
  /** ISO 3166 alpha-3 code of the newsroom's country. */
  country: string;
  aliases: string[];
  /** Web hosts; a host also covers its subdomains. */
  hosts: string[];
  /** Owned or run by a state: official agencies, public broadcasters. */
  state?: boolean;
}

/** What a description says of an outlet: `l'agence officielle russe` → agency, RUS, state. */
export interface OutletPattern {
  kind?: OutletKind;
  country?: string;
  state?: boolean;
}

export interface OutletResolution {
  /** The one outlet meant, or null when several remain. */
  outlet: Outlet | null;
  /** Outlets the description fits, narrowed to those already seen in the document when any fits. */
  candidates: Outlet[];
  /** What the description said; null for a phrase naming one outlet outright. */
  pattern: OutletPattern | null;
}

interface OutletWords {
  leadingWords: string[];
  phrases: Record<string, OutletPattern | { outlet: string }>;
  kindNouns: Record<OutletKind, string[]>;
  stateWords: string[];
  fillerWords: string[];
  countryWords: Record<string, string[]>;
  possessiveSuffixes: string[];
}

interface OutletIndex {
  outlets: Outlet[];
  byId: Map<string, Outlet>;
  /** Folded names and aliases. */
  byName: Map<string, Outlet>;
  /** Folded names written all in lowercase (dpa, franceinfo): the only ones a lowercase mention matches. */
  lowercaseNames: Set<string>;
  byHost: Map<string, Outlet>;
}

export const outletsPath = join(projectRoot, 'data', 'news-outlets.json');

let cached: OutletIndex | null = null;

const hasCapital = (name: string): boolean => /\p{Lu}/u.test(name);

function outletIndex(): OutletIndex {
  if (cached) return cached;
  const { outlets } = JSON.parse(readFileSync(outletsPath, 'utf8')) as { outlets: Outlet[] };
  const index: OutletIndex = {
    outlets,
    byId: new Map(),
    byName: new Map(),
    lowercaseNames: new Set(),
    byHost: new Map(),
  };
  for (const outlet of outlets) {
    index.byId.set(outlet.id, outlet);
    for (const name of [outlet.name, ...outlet.aliases]) {
      const key = foldName(name);
      const other = index.byName.get(key);
      if (other && other !== outlet)
        throw new Error(`news-outlets.json: "${name}" names ${other.id} and ${outlet.id}`);
      index.byName.set(key, outlet);
      if (!hasCapital(name)) index.lowercaseNames.add(key);
    }
    for (const host of outlet.hosts) index.byHost.set(host.toLowerCase(), outlet);
  }
  cached = index;
  return index;
}

function outletWords(lang: string): OutletWords | null {
  const pack = languagePack(lang);
  if (!pack || !existsSync(join(pack.dir, 'outlets.json'))) return null;
  return pack.data<OutletWords>('outlets');
}

/**
 * One written form, case folded, except that an all-lowercase mention matches
 * only names written in lowercase: "time" or "map" is no outlet, "dpa" is.
 */
function lookupName(index: OutletIndex, written: string): Outlet | null {
  const key = foldName(written);
  const outlet = index.byName.get(key);
  if (!outlet) return null;
  return hasCapital(written) || index.lowercaseNames.has(key) ? outlet : null;
}

/** The outlet a name or alias written whole stands for ("France Inter"), no word stripped. */
export function outletNamed(name: string): Outlet | null {
  return lookupName(outletIndex(), foldKeepingCase(name));
}

/**
 * The outlet a name or alias stands for: `l'AFP`, `Associated Press`, `Tass`,
 * `le Monde`. Leading articles and generic nouns of `lang` (all languages when
 * omitted) are stripped when the name is not known whole.
 */
export function findOutlet(name: string, lang?: string): Outlet | null {
  const index = outletIndex();
  const written = foldKeepingCase(name);
  const whole = lookupName(index, written);
  if (whole) return whole;
  for (const code of lang ? [lang] : supportedLanguages()) {
    for (const rest of strippedKeys(written, leadingWords(code))) {
      const found = lookupName(index, rest);
      if (found) return found;
    }
  }
  return null;
}

const leadingWordsByLang = new Map<string, string[]>();

/** Folded leading words of a language's outlet names; none for a language without outlets.json. */
function leadingWords(lang: string): string[] {
  let words = leadingWordsByLang.get(lang);
  if (!words) {
    words = (outletWords(lang)?.leadingWords ?? []).map(foldName);
    leadingWordsByLang.set(lang, words);
  }
  return words;
}

/** The outlet of a web host or URL: `www.lemonde.fr`, `https://edition.cnn.com/…`. */
export function outletByHost(hostOrUrl: string): Outlet | null {
  const index = outletIndex();
  let host = hostOrUrl.trim().toLowerCase();
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(host)) host = new URL(host).hostname;
  host = host.replace(/\/.*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const outlet = index.byHost.get(h);
    if (outlet) return outlet;
  }
  return null;
}

type Role = { kind: OutletKind } | { state: true } | { countries: string[] } | { filler: true };

interface DescriptionWords {
  words: OutletWords;
  /** Fixed phrases by folded key, also without their filler words. */
  phrases: Map<string, OutletPattern | { outlet: string }>;
  /** Word sequences, folded and split, with their role. */
  lexicon: Map<string, Role>;
  longest: number;
}

const descriptionWords = new Map<string, DescriptionWords | null>();

function loadDescriptionWords(lang: string): DescriptionWords | null {
  if (descriptionWords.has(lang)) return descriptionWords.get(lang)!;
  const words = outletWords(lang);
  if (!words) {
    descriptionWords.set(lang, null);
    return null;
  }
  const fillers = words.fillerWords.map(foldName);
  const phrases = new Map<string, OutletPattern | { outlet: string }>();
  for (const [written, meaning] of Object.entries(words.phrases)) {
    const folded = foldName(written);
    for (const k of [folded, ...strippedKeys(folded, fillers)])
      if (!phrases.has(k)) phrases.set(k, meaning);
  }
  const lexicon = new Map<string, Role>();
  const put = (written: string, role: Role) =>
    lexicon.set(tokens(foldName(written)).join(' '), role);
  for (const word of words.fillerWords) put(word, { filler: true });
  for (const word of words.stateWords) put(word, { state: true });
  for (const [iso3, list] of Object.entries(words.countryWords))
    for (const w of list) put(w, { countries: [iso3] });
  for (const [kind, nouns] of Object.entries(words.kindNouns))
    for (const noun of nouns) put(noun, { kind: kind as OutletKind });
  const longest = Math.max(...[...lexicon.keys()].map((k) => k.split(' ').length));
  const loaded = { words, phrases, lexicon, longest };
  descriptionWords.set(lang, loaded);
  return loaded;
}

/** Words of a folded phrase, elisions split off: `l'agence` → `l'`, `agence`. */
function tokens(key: string): string[] {
  return key.split(' ').flatMap((w) => {
    const m = /^([^']+')(.+)$/.exec(w);
    return m && !m[2].startsWith("'") && m[1].length <= 3 ? [m[1], m[2]] : [w];
  });
}

/**
 * Reads a description word by word, longest known sequence first (demonyms
 * included: `sud coreen`); null when a word is not a description word or no
 * kind of outlet is named.
 */
function parseDescription(
  phrase: string,
  lang: string,
  loaded: DescriptionWords,
): OutletPattern | null {
  const { words, lexicon } = loaded;
  const list = tokens(foldName(phrase));
  const longest = Math.max(loaded.longest, 3);
  const pattern: OutletPattern = {};
  let countries: string[] | null = null;
  for (let i = 0; i < list.length;) {
    let step = 0;
    for (let n = Math.min(longest, list.length - i); n > 0 && step === 0; n--) {
      const seq = list.slice(i, i + n).join(' ');
      const role = lexicon.get(seq);
      const demonym = demonymCountries(seq, lang);
      if (role && 'kind' in role) pattern.kind = role.kind;
      else if (role && 'state' in role) pattern.state = true;
      else if (role && 'countries' in role) countries = role.countries;
      else if (!role && demonym.length > 0) countries = demonym;
      else if (!role) {
        const possessive = words.possessiveSuffixes.find((s) => seq.endsWith(s));
        const place = possessive ? resolvePlace(seq.slice(0, -possessive.length), lang) : null;
        if (place?.kind !== 'country' || !place.iso3) continue;
        countries = [place.iso3];
      }
      step = n;
    }
    if (step === 0) return null;
    i += step;
  }
  if (!pattern.kind) return null;
  if (countries && countries.length === 1) pattern.country = countries[0];
  return pattern;
}

function fits(outlet: Outlet, pattern: OutletPattern): boolean {
  return (
    (pattern.kind === undefined || outlet.kind === pattern.kind) &&
    (pattern.country === undefined || outlet.country === pattern.country) &&
    (pattern.state !== true || outlet.state === true)
  );
}

/**
 * The outlet a description stands for: `l'agence de presse française` → AFP;
 * `the Russian agency` → TASS when TASS is among `seenOutletIds` (the outlets the
 * document named before), else every Russian agency as candidates. Null when the
 * phrase is not an outlet description of `lang`.
 */
export function resolveOutletDescription(
  phrase: string,
  lang: string,
  seenOutletIds: readonly string[] = [],
): OutletResolution | null {
  const loaded = loadDescriptionWords(lang);
  if (!loaded) return null;
  const index = outletIndex();
  const key = foldName(phrase);
  const fillers = loaded.words.fillerWords.map(foldName);
  const fixed = [key, ...strippedKeys(key, fillers)]
    .map((k) => loaded.phrases.get(k))
    .find((m) => m !== undefined);
  if (fixed && 'outlet' in fixed) {
    const outlet = index.byId.get(fixed.outlet);
    if (!outlet) throw new Error(`outlets.json (${lang}): unknown outlet ${fixed.outlet}`);
    return { outlet, candidates: [outlet], pattern: null };
  }
  const pattern = fixed ?? parseDescription(phrase, lang, loaded);
  if (!pattern) return null;
  const fitting = index.outlets.filter((o) => fits(o, pattern));
  const seen = fitting.filter((o) => seenOutletIds.includes(o.id));
  const candidates = seen.length > 0 ? seen : fitting;
  return { outlet: candidates.length === 1 ? candidates[0] : null, candidates, pattern };
}
