/**
 * The actor words of a language (lang/<code>/actors.json), folded and indexed
 * for matching against the token stream: role and institution phrases,
 * honorifics, pronouns, anonymity cues, group words, IGO names, given names.
 */
import { languagePack } from '../lang/index.js';
import { foldName } from './names.js';

export interface RoleEntry {
  role: string | null;
  sector: string | null;
  /** One holder per country or organisation: a definite mention names that holder. */
  unique?: boolean;
  /** Country and sector come from the organisation in the complement, when there is one. */
  inherit?: boolean;
  /** The role's sector holds only with a country or an organisation. */
  needsCountry?: boolean;
  /** "son homologue russe": the actor of that country facing the possessor. */
  counterpart?: boolean;
  /** "son interlocuteur": someone already in the text. */
  anaphoric?: boolean;
  /** Never a named person ("sources"). */
  anonymousAlways?: boolean;
  /** An abbreviated title used only before a name ("Rep.", "Gen."). */
  bare?: boolean;
  /** Role within a party when a party word or party organisation qualifies it ("le dirigeant socialiste"). */
  partyRole?: string;
}

export interface InstitutionEntry {
  name: string;
  type: 'government' | 'organisation';
  sector: string | null;
  role?: string;
  /** Stands for the country's government as a whole (government, authorities). */
  state?: boolean;
  /** Belongs to no country: an international non-governmental body (Amnesty International). */
  international?: boolean;
  /** The word has an everyday sense that is no body (a river's banks): possessed by a thing, it is that. */
  commonSense?: boolean;
  /** Says only "a body" ("the group"): a mention only definite and singular, taking up one told before. */
  takesUp?: boolean;
}

export interface PronounEntry {
  gender: 'Masc' | 'Fem' | null;
  number: 'Sing' | 'Plur';
  /** lui-même, himself: the mention right before. */
  emphatic?: boolean;
}

interface ActorsFile {
  roles: Record<string, RoleEntry>;
  institutions: Record<string, InstitutionEntry>;
  modifierWords: string[];
  honorifics: Record<string, 'Masc' | 'Fem' | null>;
  pronouns: Record<string, PronounEntry>;
  impersonalAfterPronoun: string[];
  anonymityCues: string[];
  groupWords: string[];
  igos: Record<string, string[]>;
  igoSectors: Record<string, string>;
  igoCodes?: Record<string, string>;
  givenNames: Record<'Masc' | 'Fem', string[]>;
  complementPrepositions: string[];
  partnerPrepositions: string[];
  genitivePrepositions: string[];
  partyCountries: Record<string, string | null>;
  partyWords: string[];
  formerWords: string[];
  legalForms?: string[];
  homeCountry?: string | null;
  quantityWords?: string[];
  residentSuffixes?: string[];
  demonymSuffixes?: string[];
  organisationWords?: string[];
  newsWords?: string[];
  placePrepositions?: string[];
  venueWords?: string[];
  thingPossessives?: string[];
  regionWords?: string[];
  ethnicWords?: string[];
  backerParticiples?: string[];
  stateNouns?: string[];
  allianceWords?: string[];
  pairWords?: string[];
  otherWords?: string[];
  settlementNouns?: string[];
}

/** A phrase of folded words with what it stands for. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

export interface ActorLexicon {
  /** Phrases by first folded word, longest first. */
  roles: Map<string, Phrase<RoleEntry>[]>;
  institutions: Map<string, Phrase<InstitutionEntry>[]>;
  groups: Map<string, Phrase<true>[]>;
  modifiers: Set<string>;
  honorifics: Map<string, 'Masc' | 'Fem' | null>;
  pronouns: Map<string, PronounEntry>;
  impersonal: string[][];
  anonymityCues: string[][];
  /** Folded IGO name → IGO id. */
  igos: Map<string, string>;
  igoSectors: Map<string, string>;
  /** PLOVER country code of an IGO other than the generic IGO: UN bodies UNO, EU bodies EUR. */
  igoCodes: Map<string, string>;
  givenNames: Map<string, 'Masc' | 'Fem'>;
  /** Folded prepositions that may open a complement inside a nominal. */
  complementPrepositions: Set<string>;
  /** Prepositions before a toponym that make it a party to an action (avec Moscou, against Russia). */
  partnerPrepositions: Set<string>;
  /** Prepositions before a toponym complementing an event noun (le soutien de la France). */
  genitivePrepositions: Set<string>;
  /**
   * Parties and national bodies whose name or adjective tells the country (Democratic → USA,
   * RPR → FRA); null for a party family of many countries (social democrats).
   */
  partyCountries: Map<string, Phrase<string | null>[]>;
  /** Folded party names and adjectives (socialiste, Democratic): a role they qualify is a party role. */
  partyWords: Set<string>;
  /** Folded words marking a role held before (ancien, former). */
  formerWords: Set<string>;
  /** Company legal forms ending a name (Inc., SA): "Tesla Inc" and "Tesla" are one actor. */
  legalForms: Set<string>;
  /**
   * Where most news in the language comes from: unknown places count for it; from an unknown
   * outlet it breaks ties of the document's country and stands alone when nothing tells one.
   */
  homeCountry: string | null;
  /** Folded nouns of quantity before a plural role phrase ("une dizaine de délégués"). */
  quantityWords: Set<string>;
  /** Folded endings of inhabitants' nouns (Belfortain, Lyonnais), longest first. */
  residentSuffixes: string[];
  /**
   * Folded endings of nationality adjectives (pélavien, Pelavian), longest first: one the
   * gazetteer does not know, built on a name of the text, names a country it does not know.
   */
  demonymSuffixes: string[];
  /** Folded generic words for an organisation ("group", "groupe"): "the group's spokeswoman" is the last one named's. */
  organisationWords: Set<string>;
  /** Head words of newspaper and broadcaster names ("Herald", "Gazette"): such a name is news, JRN. */
  newsWords: Set<string>;
  /** Prepositions of space only ("around", "near"): an unknown name they mark is a place. */
  placePrepositions: Set<string>;
  /** Folded lemmas of talks held on neutral ground ("talks", "pourparlers"): a place where they are held is a venue. */
  venueWords: Set<string>;
  /** Folded possessive determiners only of things ("its"): a name they take up is no person. */
  thingPossessives: Set<string>;
  /** Folded adjectives of a region or group of countries ("european", "latin american"): of no single country. */
  regionWords: Set<string>;
  /** Folded adjectives making a demonym an ethnic group ("ethnic Albanians"): of where they are. */
  ethnicWords: Set<string>;
  /** Folded participles whose hyphen-joined agent backs a group, not its nationality ("Iranian-backed"). */
  backerParticiples: Set<string>;
  /** Folded lemmas of nouns for states ("pays", "nations"): a group counted by them is several states. */
  stateNouns: Set<string>;
  /** Folded lemmas naming a standing alliance of states ("les alliés", "the allies"): an IGO. */
  allianceWords: Set<string>;
  /** Folded numerals of two ("deux", "both"): a pair of states is two parties, no group. */
  pairWords: Set<string>;
  /** Folded words before a role that introduce someone not yet told of ("another", "a second"). */
  otherWords: Set<string>;
  /** Folded nouns of settlements ("town", "commune"): a name they take with "of" is a place. */
  settlementNouns: Set<string>;
}

const fold = (phrase: string) => foldName(phrase);

function phraseIndex<T>(entries: [string, T][]): Map<string, Phrase<T>[]> {
  const index = new Map<string, Phrase<T>[]>();
  for (const [text, value] of entries) {
    const words = fold(text);
    if (words.length === 0) continue;
    const list = index.get(words[0]) ?? [];
    list.push({ words, value });
    index.set(words[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

const lexicons = new Map<string, ActorLexicon | null>();

/** The actor lexicon of a language, or null when its pack has no actors.json. */
export function actorLexicon(lang: string): ActorLexicon | null {
  if (lexicons.has(lang)) return lexicons.get(lang)!;
  const pack = languagePack(lang);
  let lexicon: ActorLexicon | null = null;
  if (pack?.has('actors')) {
    const data = pack.data<ActorsFile>('actors');
    const igos = new Map<string, string>();
    for (const [id, names] of Object.entries(data.igos))
      for (const n of names) igos.set(fold(n).join(' '), id);
    const givenNames = new Map<string, 'Masc' | 'Fem'>();
    for (const gender of ['Masc', 'Fem'] as const) {
      for (const n of data.givenNames[gender]) givenNames.set(fold(n).join(' '), gender);
    }
    lexicon = {
      roles: phraseIndex(Object.entries(data.roles)),
      institutions: phraseIndex(Object.entries(data.institutions)),
      groups: phraseIndex(data.groupWords.map((g) => [g, true as const])),
      modifiers: new Set(data.modifierWords.map((w) => fold(w).join(' '))),
      honorifics: new Map(Object.entries(data.honorifics).map(([k, v]) => [fold(k).join(' '), v])),
      pronouns: new Map(Object.entries(data.pronouns).map(([k, v]) => [fold(k).join(' '), v])),
      impersonal: data.impersonalAfterPronoun.map(fold),
      anonymityCues: data.anonymityCues.map(fold),
      igos,
      igoSectors: new Map(Object.entries(data.igoSectors)),
      igoCodes: new Map(Object.entries(data.igoCodes ?? {})),
      givenNames,
      complementPrepositions: new Set(data.complementPrepositions.map((w) => fold(w).join(' '))),
      partnerPrepositions: new Set(data.partnerPrepositions.map((w) => fold(w).join(' '))),
      genitivePrepositions: new Set(data.genitivePrepositions.map((w) => fold(w).join(' '))),
      partyCountries: phraseIndex(Object.entries(data.partyCountries ?? {})),
      partyWords: new Set((data.partyWords ?? []).map((w) => fold(w).join(' '))),
      formerWords: new Set((data.formerWords ?? []).map((w) => fold(w).join(' '))),
      legalForms: new Set((data.legalForms ?? []).map((w) => fold(w).join(' '))),
      homeCountry: data.homeCountry ?? null,
      quantityWords: new Set((data.quantityWords ?? []).map((w) => fold(w).join(' '))),
      residentSuffixes: (data.residentSuffixes ?? [])
        .map((w) => fold(w).join(' '))
        .sort((a, b) => b.length - a.length),
      demonymSuffixes: (data.demonymSuffixes ?? [])
        .map((w) => fold(w).join(' '))
        .sort((a, b) => b.length - a.length),
      organisationWords: new Set((data.organisationWords ?? []).map((w) => fold(w).join(' '))),
      newsWords: new Set((data.newsWords ?? []).map((w) => fold(w).join(' '))),
      placePrepositions: new Set((data.placePrepositions ?? []).map((w) => fold(w).join(' '))),
      venueWords: new Set((data.venueWords ?? []).map((w) => fold(w).join(' '))),
      thingPossessives: new Set((data.thingPossessives ?? []).map((w) => fold(w).join(' '))),
      regionWords: new Set((data.regionWords ?? []).map((w) => fold(w).join(' '))),
      ethnicWords: new Set((data.ethnicWords ?? []).map((w) => fold(w).join(' '))),
      backerParticiples: new Set((data.backerParticiples ?? []).map((w) => fold(w).join(' '))),
      stateNouns: new Set((data.stateNouns ?? []).map((w) => fold(w).join(' '))),
      allianceWords: new Set((data.allianceWords ?? []).map((w) => fold(w).join(' '))),
      pairWords: new Set((data.pairWords ?? []).map((w) => fold(w).join(' '))),
      otherWords: new Set((data.otherWords ?? []).map((w) => fold(w).join(' '))),
      settlementNouns: new Set((data.settlementNouns ?? []).map((w) => fold(w).join(' '))),
    };
  }
  lexicons.set(lang, lexicon);
  return lexicon;
}
