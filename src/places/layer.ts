/**
 * The places layer: location mentions resolved to a country, coordinates and
 * a GeoNames id. A name the actor layer made a government ("Washington a
 * annoncé") is an actor, not a place, and so is the end of a title ("le garde
 * des Sceaux" names no town). Each name is resolved once alone, then
 * again with the document as context: the other places and the actors'
 * countries (Georgia beside Atlanta is the US state), on the document's date; a place
 * or state written right after it and a comma ("Paris, Texas") is its whole context.
 */
import type { Doc, EntityMention, Span } from '../document.js';
import { actorLexicon } from '../actors/lexicon.js';
import { foldName } from '../actors/names.js';
import { placesData } from './lang-data.js';
import { regionNamed, regionOrCountryNamed, resolvePlace, type ResolvedPlace } from './resolve.js';

export interface PlaceMention extends Span {
  text: string;
  place: ResolvedPlace;
}

export function findPlaces(doc: Doc, lang: string): PlaceMention[] {
  const actorSpans = new Set(
    (doc.entities ?? [])
      .filter((e) => e.type === 'government')
      .flatMap((e) => e.mentions.map((m) => `${m.start}:${m.end}`)),
  );
  // A region named around the recognised name is a place even when that name alone stands
  // for a government ("l'État de Washington").
  const regions: Span[] = [];
  // Names are checked as regions on today's date, like names resolved without context.
  const today = new Date().toISOString().slice(0, 10);
  const found: Span[] = (doc.mentions ?? []).flatMap((m) => {
    if (m.label !== 'LOC' || endsTitle(doc, lang, m.tokenStart, m.end)) return [];
    const region = regionAround(doc, lang, m, today);
    if (!region) return actorSpans.has(`${m.start}:${m.end}`) ? [] : [m];
    regions.push(region);
    return [region];
  });
  // A name inside a longer region name found around another one is part of it: "Kurdistan
  // region" and "Iraq" in "the Kurdistan region of Iraq"; two names finding the same region
  // ("Kurdistan" and "Irak" in "Kurdistan d'Irak") give it once.
  const seen = new Set<string>();
  const candidates = found.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return !regions.some(
      (r) => r.start <= c.start && c.end <= r.end && r.end - r.start > c.end - c.start,
    );
  });
  // A dateline's place is a place even when the recogniser missed it (upper case: "KYIV").
  for (const place of (doc.datelines ?? []).flatMap((d) => d.places))
    if (!candidates.some((m) => m.start < place.end && place.start < m.end)) candidates.push(place);
  candidates.sort((a, b) => a.start - b.start);
  const names = candidates.map((m) => doc.text.slice(m.start, m.end));
  const date = doc.date && /^\d{4}-\d{2}-\d{2}/.test(doc.date) ? doc.date.slice(0, 10) : undefined;
  const alone = names.map((name) => resolvePlace(name, lang, { date }));
  const countries = [
    ...new Set((doc.entities ?? []).map((e) => e.country).filter((c): c is string => c !== null)),
  ];
  // Where each candidate and each state mention starts, for the qualifier after a comma.
  const candidateAt = new Map(candidates.map((c, k) => [c.start, k]));
  const stateAt = new Map<number, string>();
  for (const e of doc.entities ?? [])
    if (e.type === 'government' && e.country !== null)
      for (const m of e.mentions) if (!stateAt.has(m.start)) stateAt.set(m.start, e.country);
  const personNames = new Set(
    (doc.mentions ?? [])
      .filter((m) => m.label === 'PER')
      .map((m) => foldName(doc.text.slice(m.start, m.end)).join(' ')),
  );
  const places: PlaceMention[] = [];
  candidates.forEach((m, i) => {
    const qualifier = qualifierAfter(doc.text, lang, m.end, candidateAt, alone, stateAt);
    const others = alone.filter(
      (p, j): p is ResolvedPlace => p !== null && j !== i && names[j] !== names[i],
    );
    const qualified =
      qualifier ??
      townQualified(doc.text, candidates, alone, i) ??
      (alone[i]?.kind === 'site' ? siteLocation(doc.text, lang, m.end, candidateAt, alone) : null);
    const place =
      (qualified && resolvePlace(names[i], lang, { ...qualified, date })) ??
      resolvePlace(names[i], lang, { places: others, countries, date });
    // One name, one sense: a town named like a person the text names alone elsewhere is that
    // person ("Luna a été sourde en classe" … "le collège de Luna"; Luna is a Philippine town).
    if (place?.kind === 'city' && personNames.has(foldName(names[i]).join(' '))) return;
    if (place) places.push({ start: m.start, end: m.end, text: names[i], place });
  });
  return places;
}

/** Words a region's name may hold before the recognised name ("l'État de New York", "la région de"). */
const MAX_REGION_LEAD = 3;
/** Words a region's name may hold after the recognised name ("Kurdistan region of Iraq"). */
const MAX_REGION_TRAIL = 3;

/**
 * How many words before or after the recognised name a region's name may add: fewest first,
 * and words after the name before words before it ("Kharkiv region" before "oblast de
 * Kharkiv"). Never on both sides: a name listed so ("région autonome du Kurdistan irakien")
 * also has a shorter listed form, and both sides would more than double the look-ups.
 */
const REGION_EXTENSIONS: { lead: number; trail: number }[] = [];
for (let words = 1; words <= Math.max(MAX_REGION_LEAD, MAX_REGION_TRAIL); words++) {
  if (words <= MAX_REGION_TRAIL) REGION_EXTENSIONS.push({ lead: 0, trail: words });
  if (words <= MAX_REGION_LEAD) REGION_EXTENSIONS.push({ lead: words, trail: 0 });
}

/**
 * The span of a region whose name holds the recognised one with words before or after it
 * ("Washington state", "l'État de Washington", "West Java", "Kurdistan irakien"), when the
 * language's region names list that longer name; else null. A recognised name that is a region
 * itself yields only to a different listed region, not to an area around it ("pays d'Amérique
 * latine"): the island "Java" of "Java occidental" to the province, the Kurdish lands of
 * "Kurdistan irakien" to Iraq's Kurdistan Region.
 */
function regionAround(doc: Doc, lang: string, m: EntityMention, today: string): Span | null {
  const { tokens } = doc;
  const sentence = doc.sentences[tokens[m.tokenStart].sentence];
  // Where the words before the name start and those after it end, nearest first; the two
  // tokens of a contraction ("du": de + le) share the word's offsets and count once.
  const leadStarts: number[] = [];
  for (let j = m.tokenStart - 1; j >= sentence.tokenStart; j--) {
    if (tokens[j].start === (leadStarts.at(-1) ?? m.start)) continue;
    if (leadStarts.push(tokens[j].start) === MAX_REGION_LEAD) break;
  }
  const trailEnds: number[] = [];
  for (let j = m.tokenEnd; j < sentence.tokenEnd; j++) {
    if (tokens[j].end === (trailEnds.at(-1) ?? m.end)) continue;
    if (trailEnds.push(tokens[j].end) === MAX_REGION_TRAIL) break;
  }
  const own = regionNamed(doc.text.slice(m.start, m.end), lang, today);
  for (const { lead, trail } of REGION_EXTENSIONS) {
    if (lead > leadStarts.length || trail > trailEnds.length) continue;
    const span = {
      start: lead === 0 ? m.start : leadStarts[lead - 1],
      end: trail === 0 ? m.end : trailEnds[trail - 1],
    };
    const region = regionNamed(doc.text.slice(span.start, span.end), lang, today);
    const listedOther = region?.regionId !== undefined && region.regionId !== own?.regionId;
    if (region && (own === null || listedOther)) return span;
  }
  return null;
}

/**
 * The region, country or state written right after a name and a comma ("Paris, Texas",
 * "Paris, France's foreign ministry"): it says which namesake the writer means, whatever else the
 * document names, so it is the whole context of that name.
 */
function qualifierAfter(
  text: string,
  lang: string,
  end: number,
  candidateAt: Map<number, number>,
  alone: (ResolvedPlace | null)[],
  stateAt: Map<number, string>,
): { places: ResolvedPlace[] } | { countries: string[] } | null {
  const opening = /^(?:, ?| \()/.exec(text.slice(end, end + 2));
  if (!opening) return null;
  let at = end + opening[0].length;
  // "Saint-Denis, en Seine-Saint-Denis", "Arques, dans le Pas-de-Calais".
  const leads = placesData(lang).qualifierPrepositions;
  for (let word = /^\p{L}+['’]? ?/u.exec(text.slice(at, at + 20)); word !== null;) {
    if (!leads.includes(word[0].trim().toLowerCase())) break;
    at += word[0].length;
    word = /^\p{L}+['’]? ?/u.exec(text.slice(at, at + 20));
  }
  const k = candidateAt.get(at);
  // A city after a comma is the next item of a list ("Lyon, Marseille et Paris").
  const place = k !== undefined ? alone[k] : null;
  if (place && place.kind !== 'city') return { places: [place] };
  const state = stateAt.get(at);
  if (state) return { countries: [state] };
  // A region the recogniser missed ("Moscow, Idaho"), or a parenthesis's ("Saint-Denis (La Réunion)").
  const word =
    opening[0] === ' ('
      ? /^([^()]{2,40})\)/u.exec(text.slice(at, at + 42))?.[1]
      : /^\p{Lu}[\p{L}.'-]*/u.exec(text.slice(at, at + 40))?.[0];
  const region = k === undefined && word ? regionOrCountryNamed(word, lang) : null;
  return region ? { places: [region] } : null;
}

/**
 * The town a region or country qualifies right before its comma ("Atlanta, Georgia";
 * "Tbilisi, Georgia's capital"): that town alone says which namesake the qualifier is.
 */
function townQualified(
  text: string,
  candidates: Span[],
  alone: (ResolvedPlace | null)[],
  i: number,
): { places: ResolvedPlace[] } | null {
  const town = i > 0 ? alone[i - 1] : null;
  const self = alone[i];
  if (town?.kind !== 'city' || (self?.kind !== 'region' && self?.kind !== 'country')) return null;
  return /^, ?$/.test(text.slice(candidates[i - 1].end, candidates[i].start))
    ? { places: [town] }
    : null;
}

/**
 * The place a street, building or site is said to be in, right after it ("Tahrir Square in
 * Cairo", "la place Rouge à Moscou"): it locates the site, whatever city the document named
 * first.
 */
function siteLocation(
  text: string,
  lang: string,
  end: number,
  candidateAt: Map<number, number>,
  alone: (ResolvedPlace | null)[],
): { places: ResolvedPlace[] } | null {
  const after = text.slice(end, end + 24).toLowerCase();
  const lead = /^,? /.exec(after)?.[0].length ?? 0;
  for (const word of placesData(lang).siteLocatives) {
    if (!after.startsWith(word, lead)) continue;
    const gap = /^ ?/.exec(after.slice(lead + word.length))?.[0].length ?? 0;
    // an elided word ("d'") runs into the name; any other is followed by a space
    if (gap === 0 && !/['’]$/.test(word)) continue;
    const k = candidateAt.get(end + lead + word.length + gap);
    const place = k !== undefined ? alone[k] : null;
    if (place && place.kind !== 'site') return { places: [place] };
  }
  return null;
}

/** Words before a name that a title ending with it may hold ("garde des" + "Sceaux"). */
const MAX_TITLE_LEAD = 4;

/**
 * Whether a name (from token `first` to offset `end`) ends a title of the language's roles:
 * "le garde des Sceaux", "Prince of Wales".
 */
function endsTitle(doc: Doc, lang: string, first: number, end: number): boolean {
  const roles = actorLexicon(lang)?.roles;
  if (!roles) return false;
  for (let j = first - 1; j >= Math.max(0, first - MAX_TITLE_LEAD); j--) {
    const words = foldName(doc.text.slice(doc.tokens[j].start, end));
    const phrase = words.join(' ');
    if ((roles.get(words[0]) ?? []).some((p) => p.words.join(' ') === phrase)) return true;
  }
  return false;
}
