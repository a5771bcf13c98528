/**
 * The actor layer: who acts in an article. Mentions (NER names, role and
 * institution noun phrases, third-person pronouns, places acting as
 * governments, outlet descriptions) are clustered into entities with a
 * canonical name, a type, a normalised English role, a country (ISO3), a
 * PLOVER sector and an anonymity flag.
 *
 * Everything a language contributes is data (lang/<code>/actors.json,
 * places.json, demonyms.json, outlets.json); the rules below only read UD
 * tags, features and dependencies. See docs/actors.md.
 */
import type { Doc, EntityMention, Span } from '../document.js';
import { normForm, speechLexicon } from '../quotes/lexicon.js';
import {
  countryOfDemonym,
  metonymOf,
  regionOrCountryNamed,
  resolvePlace,
  type ResolvedPlace,
} from '../places/index.js';
import { placesData } from '../places/lang-data.js';
import { isAddress } from '../segment/tokens.js';
import {
  findOutlet,
  outletNamed,
  resolveOutletDescription,
  type Outlet,
} from '../outlets/index.js';
import { ActorDictionary, codeOn, shippedDictionary, splitActorCode } from './dictionary.js';
import {
  actorLexicon,
  type ActorLexicon,
  type InstitutionEntry,
  type Phrase,
  type RoleEntry,
} from './lexicon.js';
import { eventLexicon } from '../events/lexicon.js';
import { endsName, foldName, isNameParticle, keySurname, personKey, sameKey } from './names.js';

export type EntityType = 'person' | 'organisation' | 'government' | 'news' | 'igo';
export type EntityMentionKind = 'name' | 'nominal' | 'pronoun';

export interface EntityMentionSpan extends Span {
  text: string;
  kind: EntityMentionKind;
}

export interface Entity {
  /** `e1`, `e2` … in order of first mention. */
  id: string;
  /** Cross-document key: person key, outlet id, IGO id, ISO3:sector for states, else a folded name or description. */
  key: string;
  /** Fullest name the article gives; a short description for unnamed bodies; null for unnamed persons. */
  name: string | null;
  type: EntityType;
  country: string | null;
  /** PLOVER sector code (GOV, MIL, LEG, JUD, COP, JRN, BUS, CVL, IGO …). */
  sector: string | null;
  /** Normalised English role ("foreign minister"). */
  role: string | null;
  anonymous: boolean;
  /** Key of the IGO the actor is or belongs to (`igo:un` for the UN, its peacekeepers, its secretary-general). */
  affiliation?: string;
  mentions: EntityMentionSpan[];
}

export interface ActorOptions {
  /** User actor dictionary: its codes (in force on the document date) override country and sector. */
  dictionary?: ActorDictionary | null;
}

/** How many third-person pronouns the layer saw and how many it attached to an entity. */
export interface PronounStats {
  candidates: number;
  resolved: number;
}

type Gender = 'Masc' | 'Fem' | null;
type Determiner = 'def' | 'indef' | 'dem' | 'poss' | 'none';

/** One mention candidate with the cues it carries. */
interface Cand {
  start: number;
  end: number;
  kind: EntityMentionKind;
  tokenStart: number;
  tokenEnd: number;
  head: number;
  sentence: number;
  type: EntityType;
  key: string | null;
  personKey: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  roleEntry: RoleEntry | null;
  institution: InstitutionEntry | null;
  gender: Gender;
  plural: boolean;
  det: Determiner;
  anonymousCue: boolean;
  /** A role held before ("l'ancien ministre", "a former chairman"). */
  former?: boolean;
  /** A nominal's description: its text without determiner. */
  description: string | null;
  /** A body nominal's own name, folded: its body word with the capitalised words before it ("home office"). */
  bodyName?: string;
  /** Key of the organisation named in a nominal's complement ("secrétaire général de l'[ONU]"). */
  orgKey?: string | null;
  /** Bare prenominal title (English "Secretary of State Blinken"): a cue, not a mention. */
  cueOnly: boolean;
  /** A plural state body counted as several ("the two governments"): of no single country. */
  severalStates?: boolean;
  /** Qualified by a region's adjective ("un diplomate européen"): of one of its countries, unknown which. */
  regional?: boolean;
  /** A state's body of a country the gazetteer does not know ("the government of Pelavia"). */
  unknownState?: boolean;
  /** The organisation a plural role's members belong to ("les rebelles de l'[Alliance]"). */
  memberOf?: Cand;
  /** The organisation of no known sector whose head or spokesperson this role is: in business by default. */
  headOf?: Cand;
  /** The named person owning an institution nominal ("[Meloni]'s office"): its country and sector. */
  owner?: Cand;
  /** Index of the representative in the union-find. */
  parent: number;
  /** Own index in the candidate list. */
  index: number;
}

const ACTING_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'nsubj:caus', 'obj', 'iobj', 'nmod:poss']);
/** A verb's arguments that may be talks it holds or opens ("talks were held", "entamé des pourparlers"). */
const VENUE_HOLDERS = new Set(['obj', 'nsubj:pass', 'nsubj']);
const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'nsubj:caus']);
/** Relations that leave a noun phrase: what follows them is not part of the mention. */
const OUTSIDE_PHRASE = new Set([
  'acl:relcl',
  'conj',
  'cc',
  'parataxis',
  'punct',
  'nsubj',
  'obj',
  'ccomp',
  'advcl',
  'mark',
]);
const LEFT_MODIFIERS = new Set([
  'det',
  'amod',
  'nummod',
  'compound',
  'nmod:poss',
  'flat',
  'flat:name',
  'case',
  'advmod',
]);

/** A word a name may be made of: letters, inner hyphens and dots, a capital after an apostrophe (N'Djamena, not L'occasion). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}]*(?:[-.]\p{L}[\p{L}\p{M}]*|['’]\p{Lu}[\p{L}\p{M}]*)*$/u;
/** A city this large is the place when the NER reads its lone name as a person's. */
const LARGE_CITY_POPULATION = 500_000;
/** Fewer inhabitants than any capital standing for its state (Canberra, Ottawa …). */
const CAPITAL_MIN_POPULATION = 100_000;
/** Below this many inhabitants, a town alone of its country in a text may be a misread name. */
const MISREAD_TOWN_POPULATION = 100_000;
/**
 * PLOVER's non-state country codes (IGOs, UN and EU bodies, NGOs, multinationals, international
 * militarised groups such as al-Qaeda): an actor's code, never where a story happens.
 */
const NON_STATE_CODES = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'MNC', 'IMG', 'ISM']);
/** The tally key of places the gazetteer does not know: a story there is about no known country. */
const UNKNOWN_PLACE = '?';
/** PLOVER's sector of elites out of office (former heads of government, ministers, lawmakers). */
const FORMER_OFFICE_SECTOR = 'ELI';
/**
 * Sectors whose members act as one group, the body they make up ("les gendarmes" of "la
 * gendarmerie", "the rebels" of a guerrilla), unlike offices held one by one (ministers, judges).
 */
const FORCE_SECTORS = new Set(['COP', 'MIL', 'REB', 'CRM', 'UAF', 'SPY']);

/** Sectors of people often abroad: reporters, refugees, business people. */
const TRAVELLING_SECTORS = new Set(['JRN', 'REF', 'BUS']);
/** Words of a complement between a title and its appositive name ("au marché intérieur"). */
const MAX_COMPLEMENT_WORDS = 6;
/** Words of the longest outlet name looked for in the text ("The Wall Street Journal"). */
const MAX_OUTLET_WORDS = 5;
const TRAILING_NON_NAME = new Set(['ADP', 'DET', 'VERB', 'AUX', 'SCONJ', 'CCONJ', 'PUNCT']);

const baseRel = (deprel: string) => deprel.split(':')[0];
const range = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

interface FlatWord {
  word: string;
  lemma: string | null;
  token: number;
}

/** Folded words of the token stream; a multiword token (du = de + le) is read once, as written. */
function wordStream(doc: Doc): FlatWord[] {
  const out: FlatWord[] = [];
  const tags = doc.tags!;
  let lastMwtStart = -1;
  doc.tokens.forEach((t, i) => {
    let surface = t.text;
    if (t.mwt) {
      if (t.mwt.start === lastMwtStart) return;
      lastMwtStart = t.mwt.start;
      surface = doc.text.slice(t.mwt.start, t.mwt.end);
    }
    const words = foldName(surface);
    const lemma = words.length === 1 && !t.mwt ? foldName(tags[i].lemma).join(' ') : null;
    for (const word of words) out.push({ word, lemma, token: i });
  });
  return out;
}

interface PhraseMatch<T> {
  value: T;
  phraseWords: string[];
  /** Flat positions [from, to). */
  from: number;
  to: number;
  skippedCountries: string[];
}

function matchPhrase<T>(
  flat: FlatWord[],
  p: number,
  index: Map<string, Phrase<T>[]>,
  skippable: (w: FlatWord) => string | boolean,
  sentenceOf: (token: number) => number,
): PhraseMatch<T> | null {
  const first = flat[p];
  const candidates = [
    ...(index.get(first.word) ?? []),
    ...(first.lemma && first.lemma !== first.word ? (index.get(first.lemma) ?? []) : []),
  ];
  candidates.sort((a, b) => b.words.length - a.words.length);
  const sentence = sentenceOf(first.token);
  for (const phrase of candidates) {
    let q = p + 1;
    const skipped: string[] = [];
    let ok = true;
    for (let k = 1; k < phrase.words.length; k++) {
      while (
        q < flat.length &&
        sentenceOf(flat[q].token) === sentence &&
        flat[q].word !== phrase.words[k] &&
        flat[q].lemma !== phrase.words[k]
      ) {
        const skip = skippable(flat[q]);
        if (!skip) break;
        if (typeof skip === 'string') skipped.push(skip);
        q++;
      }
      if (
        q < flat.length &&
        sentenceOf(flat[q].token) === sentence &&
        (flat[q].word === phrase.words[k] || flat[q].lemma === phrase.words[k])
      )
        q++;
      else {
        ok = false;
        break;
      }
    }
    if (ok)
      return {
        value: phrase.value,
        phraseWords: phrase.words,
        from: p,
        to: q,
        skippedCountries: skipped,
      };
  }
  return null;
}

/** Two lists of candidates in candidate order, merged in that order. */
function mergeByIndex(a: Cand[], b: Cand[]): Cand[] {
  const out: Cand[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].index < b[j].index)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** The layer builder for one document. */
class ActorAnalysis {
  readonly cands: Cand[] = [];
  readonly stats: PronounStats = { candidates: 0, resolved: 0 };
  private readonly flat: FlatWord[];
  private readonly tokenSentence: Int32Array;
  /** Token → index of the name candidate covering it. */
  private readonly nameAt = new Map<number, number>();
  /** The recogniser's mentions by first token, built when a name is first followed by a comma. */
  private mentionStarting: Map<number, EntityMention> | null = null;
  /**
   * Folded capitalised words of the text and headline that are neither demonyms nor known
   * places (`unknownDemonym`); built once per document.
   */
  private unknownNames: Set<string> | null = null;
  private readonly places: ResolvedPlace[] = [];
  /** Tokens of an apposition whose state is the named thing's country ("its U.S. rival"). */
  private readonly appositionStates = new Set<number>();
  /** Places used as locations (not acting): where the story happens. */
  private readonly locations: { text: string; place: ResolvedPlace; venue: boolean }[] = [];
  /** Place names the recogniser found that the gazetteer does not know (an invented country). */
  private unknownPlaces = 0;
  private readonly seenOutlets: string[] = [];
  /** Tokens covered by a group phrase ("les deux hommes"). */
  private readonly groupTokens = new Set<number>();
  private readonly emphatic = new Set<Cand>();
  /** Party and national-body words (Democratic, RPR) by first token, with the country they tell. */
  private readonly partyAt = new Map<number, string>();
  /** Countries of the parties named in the text (Likoud → ISR): whose politics it tells. */
  private readonly partySystem = new Set<string>();

  constructor(
    private readonly doc: Doc,
    private readonly lang: string,
    private readonly lex: ActorLexicon,
  ) {
    this.flat = wordStream(doc);
    this.tokenSentence = new Int32Array(doc.tokens.length);
    doc.tokens.forEach((t, i) => (this.tokenSentence[i] = t.sentence));
    for (let p = 0; p < this.flat.length; p++) {
      // A party word inside the name of a body that is no party tells no party's country
      // ("Republican Guard", "Garde républicaine").
      const body = matchPhrase(
        this.flat,
        p,
        lex.institutions,
        () => false,
        (t) => this.tokenSentence[t],
      );
      const m = matchPhrase(
        this.flat,
        p,
        lex.partyCountries,
        () => false,
        (t) => this.tokenSentence[t],
      );
      if (
        body &&
        body.to - body.from > 1 &&
        body.value.sector !== 'PTY' &&
        body.to > (m?.to ?? p)
      ) {
        p = body.to - 1;
        continue;
      }
      if (!m) continue;
      // A party family of many countries ("social democrats") tells none.
      if (m.value) this.partyAt.set(this.flat[p].token, m.value);
      if (m.value && lex.partyWords.has(m.phraseWords.join(' '))) this.partySystem.add(m.value);
      p = m.to - 1;
    }
  }

  /** The country a party or national body named in tokens [from, to) tells. */
  private partyCountry(from: number, to: number): string | null {
    for (let i = from; i < to; i++) {
      const iso3 = this.partyAt.get(i);
      if (iso3) return iso3;
    }
    return null;
  }

  private tok(i: number) {
    return this.doc.tokens[i];
  }
  private tag(i: number) {
    return this.doc.tags![i];
  }
  private dep(i: number) {
    return this.doc.dependencies![i];
  }
  private feat(i: number, name: string): string | null {
    const m = new RegExp(`(?:^|\\|)${name}=([^|]+)`).exec(this.tag(i).feats);
    return m ? m[1] : null;
  }
  private spanText(a: number, b: number) {
    return this.doc.text.slice(a, b);
  }
  private demonym(word: string): string | null {
    return countryOfDemonym(word, this.lang);
  }

  /**
   * "le gouvernement pélavien" beside "Pélavie", "the Pelavian ministry" beside "Pelavia": an
   * adjective with a nationality ending that no demonym list knows, built on a capitalised word
   * of the text that names no known place, names a country the gazetteer does not know.
   */
  private unknownDemonym(i: number, onStateBody = false): boolean {
    // Whatever the tagger made of a word it does not know ("tarvonien" read as a verb).
    if (['DET', 'ADP', 'PUNCT', 'NUM', 'AUX', 'PRON'].includes(this.tag(i).upos)) return false;
    const text = this.tok(i).text;
    const folded = foldName(text).join(' ');
    if (
      this.demonym(text) ||
      this.lex.modifiers.has(folded) ||
      this.lex.formerWords.has(folded) ||
      this.lex.partyWords.has(folded) ||
      resolvePlace(text, this.lang)
    )
      return false;
    const stems = this.lex.demonymSuffixes
      .filter((x) => folded.length >= x.length + 4 && folded.endsWith(x))
      .map((x) => folded.slice(0, folded.length - x.length));
    if (stems.length === 0) return false;
    // Right before or after a state's body, such a word is the state's demonym ("the Ostravan
    // government"); elsewhere only when built on a name of the text.
    if (onStateBody) return true;
    // The headline counts: "Pélavie : …" over a body that says only "pélavien".
    if (!this.unknownNames) {
      this.unknownNames = new Set();
      const words = new Set([
        ...this.doc.tokens.map((t) => t.text),
        ...(this.doc.article.title ?? '').split(/[^\p{L}\p{M}'’-]+/u),
      ]);
      for (const word of words) {
        if (!/^\p{Lu}/u.test(word) || this.demonym(word) || resolvePlace(word, this.lang)) continue;
        this.unknownNames.add(foldName(word).join(' '));
      }
    }
    for (const name of this.unknownNames)
      if (name !== folded && stems.some((s) => name.startsWith(s) && name.length <= s.length + 3))
        return true;
    return false;
  }

  private newCand(
    init: Partial<Cand> &
      Pick<Cand, 'start' | 'end' | 'kind' | 'tokenStart' | 'tokenEnd' | 'head' | 'type'>,
  ): Cand {
    const cand: Cand = {
      sentence: this.tok(init.head).sentence,
      key: null,
      personKey: null,
      country: null,
      sector: null,
      role: null,
      roleEntry: null,
      institution: null,
      gender: null,
      plural: false,
      det: 'none',
      anonymousCue: false,
      description: null,
      cueOnly: false,
      parent: this.cands.length,
      index: this.cands.length,
      ...init,
    };
    this.cands.push(cand);
    if (cand.kind === 'nominal') this.nominalSpans.add(`${cand.start}:${cand.end}`);
    return cand;
  }

  /** The token of a span whose head lies outside it: the span's syntactic head. */
  private spanHead(from: number, to: number): number {
    for (let i = from; i < to; i++) {
      const h = this.dep(i).head;
      if (h < from || h >= to) return i;
    }
    return to - 1;
  }

  /** NER PER/ORG/LOC/MISC spans with cheap boundary repairs from the tags and the parse. */
  private nameSpans(): { from: number; to: number; label: string }[] {
    const n = this.doc.tokens.length;
    const folded = (i: number) => foldName(this.tok(i).text).join(' ');
    // An address is no word of a name, whatever its first letter ("Jane.Roe@example.org").
    const isCapitalised = (i: number) =>
      /^[\p{Lu}\p{N}]/u.test(this.tok(i).text) && !isAddress(this.tok(i).text);
    const isHonorific = (i: number) => this.lex.honorifics.has(folded(i));
    const isNameWord = (i: number) =>
      this.tag(i).upos === 'PROPN' && isCapitalised(i) && !isHonorific(i);
    const textOf = (s: { from: number; to: number }) =>
      this.spanText(this.tok(s.from).start, this.tok(s.to - 1).end);
    let spans = (this.doc.mentions ?? []).map((m) => ({
      from: m.tokenStart,
      to: m.tokenEnd,
      label: m.label,
    }));
    for (const s of spans) {
      // Trailing function words and verbs are no part of a name ("Jeux Olympiques d'", "Alliance a").
      while (s.to - 1 > s.from && TRAILING_NON_NAME.has(this.tag(s.to - 1).upos)) s.to--;
      // Nor leading honorifics and lowercase words ("agence Associated Press", "M. Lavrov").
      while (s.from < s.to - 1 && (isHonorific(s.from) || !isCapitalised(s.from))) s.from++;
    }
    // An abbreviated title the NER took for a name ("Lt." in "Lt. Gen. X") is a role.
    const isTitleAbbreviation = (i: number) =>
      this.tok(i).text.endsWith('.') &&
      (this.lex.roles.get(folded(i)) ?? []).some((r) => r.words.length === 1 && r.value.bare);
    // A span without a capital is no name, unless an outlet writes itself so (dpa).
    spans = spans.filter(
      (s) =>
        ((isCapitalised(s.from) && !isHonorific(s.from)) ||
          findOutlet(textOf(s), this.lang) !== null) &&
        !range(s.from, s.to).every(isTitleAbbreviation),
    );
    // An outlet's own name the recogniser split or missed ("France Inter", "Sky News") is one
    // name; a longer span holding it stays whole ("Le Monde diplomatique").
    const isNamePart = (i: number) => isCapitalised(i) || /^\p{Ll}{1,3}$/u.test(this.tok(i).text);
    for (let i = 0; i < n; i++) {
      if (!isCapitalised(i)) continue;
      for (let j = Math.min(n, i + MAX_OUTLET_WORDS); j > i + 1; j--) {
        if (!isCapitalised(j - 1) || this.tok(j - 1).sentence !== this.tok(i).sentence) continue;
        if (!range(i, j).every(isNamePart) || !outletNamed(textOf({ from: i, to: j }))) continue;
        if (spans.some((s) => s.from <= i && s.to >= j)) break;
        spans = spans.filter((s) => s.to <= i || s.from >= j);
        spans.push({ from: i, to: j, label: 'ORG' });
        i = j - 1;
        break;
      }
    }
    // Two names the tokenizer's hyphen split apart are one ("Abdel Fattah al-Sisi": the words
    // between are written without a space, at most a short particle and the hyphen).
    spans.sort((a, b) => a.from - b.from);
    for (let k = 0; k + 1 < spans.length; k++) {
      const [left, right] = [spans[k], spans[k + 1]];
      const gap = range(left.to, right.from);
      if (
        gap.length >= 1 &&
        gap.length <= 2 &&
        this.tok(gap[gap.length - 1]).text === '-' &&
        range(gap.length === 1 ? left.to - 1 : left.to, right.from).every(
          (i) => !this.tok(i).spaceAfter,
        ) &&
        (gap.length === 1 || /^\p{Ll}{1,3}$/u.test(this.tok(gap[0]).text)) &&
        this.tok(left.to).sentence === this.tok(right.from).sentence
      ) {
        left.to = right.to;
        spans.splice(k + 1, 1);
        k--;
      }
    }
    // A name particle written onto the name with a hyphen is part of it ("al-Qaeda", where the
    // recogniser kept only "Qaeda").
    for (const s of spans) {
      const [particle, hyphen] = [s.from - 2, s.from - 1];
      if (
        particle >= 0 &&
        this.tok(hyphen).text === '-' &&
        !this.tok(particle).spaceAfter &&
        !this.tok(hyphen).spaceAfter &&
        (particle === 0 || this.tok(particle - 1).spaceAfter) &&
        this.tok(particle).sentence === this.tok(s.from).sentence &&
        isNameParticle(this.tok(particle).text.toLowerCase())
      )
        s.from = particle;
    }
    // An organisation span running into a person's given name ("ONU Kofi Annan") is two names.
    for (const s of [...spans]) {
      if (s.label === 'PER') continue;
      for (let k = s.from + 1; k < s.to - 1; k++) {
        if (this.lex.givenNames.has(folded(k))) {
          spans.push({ from: k, to: s.to, label: 'PER' });
          s.to = k;
          break;
        }
      }
    }
    // An organisation span running on into a title ("[U.N.] Secretary-General", "[Arab League]
    // Secretary") is the IGO or the state; the title is a role.
    for (const s of spans) {
      if (s.label === 'PER') continue;
      for (let k = s.to - 1; k > s.from; k--) {
        if (!this.roleAt(k)) continue;
        const before = textOf({ from: s.from, to: k });
        const place = resolvePlace(before, this.lang);
        if (this.lex.igos.has(foldName(before).join(' ')) || place?.kind === 'country') {
          s.to = k;
          break;
        }
      }
    }
    const covered = new Int8Array(n);
    const cover = (s: { from: number; to: number }) => {
      for (let i = s.from; i < s.to; i++) covered[i] = 1;
    };
    spans.forEach(cover);
    // A known given name followed by name words the NER missed ("Volodymyr Zelensky").
    for (let i = 0; i + 1 < n; i++) {
      if (covered[i] || !isNameWord(i) || !this.lex.givenNames.has(folded(i))) continue;
      let j = i + 1;
      while (j < n && !covered[j] && isNameWord(j) && this.tok(j).sentence === this.tok(i).sentence)
        j++;
      if (j === i + 1) continue;
      const span = { from: i, to: j, label: 'PER' };
      spans.push(span);
      cover(span);
    }
    // A surname the NER missed or mislabelled is the person named in full elsewhere in the article.
    const fullKeys = new Map<string, string[]>();
    for (const s of spans) {
      const key = s.label === 'PER' && s.to - s.from > 1 ? personKey(textOf(s)) : null;
      if (key === null) continue;
      const surname = keySurname(key);
      fullKeys.set(surname, [...(fullKeys.get(surname) ?? []), key]);
    }
    const isKnownPerson = (text: string) => {
      const key = personKey(text);
      return (
        key !== null &&
        (fullKeys.get(keySurname(key)) ?? []).some((k) => sameKey(k, key)) &&
        !findOutlet(text, this.lang)
      );
    };
    // A lone word the NER labels a person that names a country or a large city, and no given
    // name or part of a person named in full, is the place ("Niamey a demandé").
    const personWords = new Set(
      spans
        .filter((s) => s.label === 'PER' && s.to - s.from > 1)
        .flatMap((s) => range(s.from, s.to).map(folded)),
    );
    for (const s of spans) {
      if (s.label !== 'PER' || s.to - s.from !== 1) continue;
      const word = folded(s.from);
      if (personWords.has(word) || this.lex.givenNames.has(word)) continue;
      const place = resolvePlace(textOf(s), this.lang);
      if (
        place?.kind === 'country' ||
        (place?.kind === 'city' && (place.population ?? 0) >= LARGE_CITY_POPULATION)
      )
        s.label = 'LOC';
    }
    // So is a name the NER labels a person elsewhere in the article ("Obama" read once as a town).
    const personTexts = new Set(spans.filter((s) => s.label === 'PER').map(textOf));
    for (const s of spans) {
      if (s.label !== 'PER' && (isKnownPerson(textOf(s)) || personTexts.has(textOf(s))))
        s.label = 'PER';
    }
    // A name the NER found once is the same name where it missed it ("le Likoud … du Likoud").
    const known = new Map<string, { length: number; label: string }>();
    for (const s of spans) known.set(textOf(s), { length: s.to - s.from, label: s.label });
    for (let i = 0; i < n; i++) {
      if (covered[i] || !isCapitalised(i)) continue;
      for (const [text, { length, label }] of known) {
        const to = i + length;
        if (to > n || this.tok(to - 1).sentence !== this.tok(i).sentence) continue;
        if (this.spanText(this.tok(i).start, this.tok(to - 1).end) !== text) continue;
        let free = true;
        for (let j = i; j < to; j++) if (covered[j]) free = false;
        if (!free) continue;
        const span = { from: i, to, label };
        spans.push(span);
        cover(span);
        break;
      }
    }
    for (let i = 0; i < n; i++) {
      if (covered[i] || !isNameWord(i) || !isKnownPerson(this.tok(i).text)) continue;
      covered[i] = 1;
      spans.push({ from: i, to: i + 1, label: 'PER' });
    }
    // So is the given name of one person named in full, alone ("Leelah" after "Leelah Alcorn").
    const givenOf = this.givenNamesOfFullNames(spans.filter((s) => s.label === 'PER'));
    for (let i = 0; i < n; i++) {
      if (covered[i] || !isNameWord(i) || givenOf.get(folded(i))?.length !== 1) continue;
      if (this.demonym(this.tok(i).text) || this.roleAt(i)) continue;
      covered[i] = 1;
      spans.push({ from: i, to: i + 1, label: 'PER' });
    }
    // A run of proper nouns the NER missed that is a verb's subject or a source (selon X) names
    // an actor ("Météo-France a placé …"): a place when it resolves to one, else an organisation.
    // Titles ("Sen.", "Chancellor"), demonyms and elided articles ("L'") are no name words.
    const isMissedNameWord = (i: number) =>
      !covered[i] &&
      isNameWord(i) &&
      NAME_WORD.test(this.tok(i).text) &&
      !this.roleAt(i) &&
      !this.demonym(this.tok(i).text);
    for (let i = 0; i < n; i++) {
      if (!isMissedNameWord(i)) continue;
      let j = i + 1;
      while (j < n && isMissedNameWord(j) && this.tok(j).sentence === this.tok(i).sentence) j++;
      const head = this.spanHead(i, j);
      const governor = this.dep(head).head;
      // A capitalised first word of a sentence alone ("Craignant", "Plaintes") must look like a
      // name: an acronym, an inner capital or a hyphen.
      const sentenceStart = i === 0 || this.tok(i - 1).sentence !== this.tok(i).sentence;
      const lone = j === i + 1 && sentenceStart && !/-|\p{Lu}.*\p{Lu}/u.test(this.tok(i).text);
      // A subject, by the parse or by position: right before a finite verb or auxiliary
      // ("TikTok a assuré", parsed as a conjunct of the name before).
      const subject =
        (SUBJECT_RELATIONS.has(this.dep(head).deprel) &&
          governor >= 0 &&
          this.tag(governor).upos === 'VERB') ||
        (j < n &&
          this.tok(j).sentence === this.tok(i).sentence &&
          (this.tag(j).upos === 'AUX' ||
            (this.tag(j).upos === 'VERB' && this.feat(j, 'VerbForm') === 'Fin')));
      if (!lone && (subject || this.afterAttributionMarker(i))) {
        const label = resolvePlace(textOf({ from: i, to: j }), this.lang) ? 'LOC' : 'ORG';
        spans.push({ from: i, to: j, label });
        cover({ from: i, to: j });
      }
      i = j - 1;
    }
    spans.sort((a, b) => a.from - b.from);
    for (const s of spans) {
      // Right: unlabelled name words flat-attached into the span ("Associated [Press]"), not a
      // title after it ("U.N. Secretary-General").
      while (
        s.to < this.doc.tokens.length &&
        !covered[s.to] &&
        !this.roleAt(s.to) &&
        this.tok(s.to).sentence === this.tok(s.from).sentence &&
        isNameWord(s.to)
      ) {
        const h = this.dep(s.to).head;
        if (!(h >= s.from && h < s.to) || !this.dep(s.to).deprel.startsWith('flat')) break;
        s.to++;
      }
      // Left, for persons: an unlabelled given name before the surname ("[Antony] Blinken").
      if (s.label === 'PER') {
        while (
          s.from > 0 &&
          !covered[s.from - 1] &&
          this.tok(s.from - 1).sentence === this.tok(s.from).sentence &&
          isNameWord(s.from - 1) &&
          !this.demonym(this.tok(s.from - 1).text) &&
          !this.roleAt(s.from - 1)
        ) {
          s.from--;
        }
      }
    }
    return spans;
  }

  /**
   * The persons named in full, by their given name (folded): the first word of a name of two
   * capitalised words or more. A word that is also one of their surnames is no given name.
   */
  private givenNamesOfFullNames(spans: { from: number; to: number }[]): Map<string, string[]> {
    const byGiven = new Map<string, string[]>();
    const surnames = new Set<string>();
    for (const s of spans) {
      const key = personKey(this.spanText(this.tok(s.from).start, this.tok(s.to - 1).end));
      // Only a plain run of capitalised words: "Likoud de Sharon" is the party of a person.
      if (
        key === null ||
        s.to - s.from < 2 ||
        !range(s.from, s.to).every((i) => /^\p{Lu}/u.test(this.tok(i).text))
      )
        continue;
      surnames.add(foldName(this.tok(s.to - 1).text).join(' '));
      const given = foldName(this.tok(s.from).text).join(' ');
      if (given.length < 2 || this.lex.honorifics.has(given)) continue;
      const keys = byGiven.get(given) ?? [];
      if (!keys.includes(key)) keys.push(key);
      byGiven.set(given, keys);
    }
    for (const surname of surnames) byGiven.delete(surname);
    return byGiven;
  }

  /** A noun the event lexicon knows as a trigger ("exchange", "releases"). */
  private namesAct(i: number): boolean {
    const senses = eventLexicon(this.lang)?.triggers.get(this.tag(i).lemma.toLowerCase());
    return senses !== undefined && senses.some((s) => s.pos !== 'ADJ');
  }

  /**
   * A demonym on people of a trade often abroad ("deux journalistes allemands", "Somali
   * refugees"): they are foreigners as often as not, and tell whose story it is not. A state's
   * people, farmers, workers and civilians do ("the Kenyan police", "Armenian farmers").
   */
  private onForeignersTrade(i: number): boolean {
    const head = this.dep(i).head;
    if (head < 0 || baseRel(this.dep(i).deprel) !== 'amod') return false;
    const words = [
      foldName(this.tok(head).text).join(' '),
      foldName(this.tag(head).lemma).join(' '),
    ];
    const sector = words
      .flatMap((w) => this.lex.roles.get(w) ?? [])
      .find((r) => r.words.length === 1)?.value.sector;
    return TRAVELLING_SECTORS.has(sector ?? '');
  }

  private roleAt(i: number): boolean {
    const w = foldName(this.tok(i).text)[0];
    return w !== undefined && this.lex.roles.has(w);
  }

  /** Honorific right before a name: its gender. */
  private honorificBefore(i: number): Gender | undefined {
    if (i <= 0) return undefined;
    const w = foldName(this.tok(i - 1).text).join(' ');
    return this.lex.honorifics.has(w) ? this.lex.honorifics.get(w)! : undefined;
  }

  private placeContext() {
    return { places: this.places };
  }

  /**
   * The town a name ending before token `i` stands for when the region or country after a comma
   * holds a town of that name ("Paris, Texas"); null when nothing qualifies it, or when the
   * name after the comma is the next item of a list ("Britain, Japan and Canada").
   */
  private qualifiedTown(text: string, i: number): ResolvedPlace | null {
    const qualifier = this.qualifierAfter(i);
    const town = qualifier ? resolvePlace(text, this.lang, { places: [qualifier] }) : null;
    return town?.kind === 'city' && town.iso3 === qualifier?.iso3 ? town : null;
  }

  /** The region or country after a comma at token `i` ("Paris, [Texas]"). */
  private qualifierAfter(i: number): ResolvedPlace | null {
    if (i + 1 >= this.doc.tokens.length || this.tok(i).text !== ',') return null;
    // The recogniser's place name there, else the capitalised word itself ("Moscow, Idaho").
    this.mentionStarting ??= new Map((this.doc.mentions ?? []).map((m) => [m.tokenStart, m]));
    const next = this.mentionStarting.get(i + 1);
    const word = this.tok(i + 1).text;
    const name = next ? this.spanText(next.start, next.end) : /^\p{Lu}/u.test(word) ? word : null;
    return name ? regionOrCountryNamed(name, this.lang) : null;
  }

  /**
   * Whether a place at token `head` is where talks are held ("talks in Geneva", "a entamé à
   * Genève des pourparlers", "talks were held in Geneva"): a venue, often on neutral ground.
   */
  private venue(head: number): boolean {
    const governor = this.dep(head).head;
    if (governor < 0 || !['obl', 'nmod'].includes(baseRel(this.dep(head).deprel))) return false;
    const talks = (i: number) => this.lex.venueWords.has(foldName(this.tag(i).lemma).join(' '));
    if (talks(governor)) return true;
    if (this.tag(governor).upos !== 'VERB') return false;
    const sentence = this.doc.sentences[this.doc.tokens[head].sentence];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++)
      if (this.dep(i).head === governor && VENUE_HOLDERS.has(this.dep(i).deprel) && talks(i))
        return true;
    return false;
  }

  /** Whether a toponym at token `head` acts (subject, object, agent, possessor) rather than locates. */
  private acts(head: number, from: number, capitalOrCountry: boolean): boolean {
    let rel = this.dep(head).deprel;
    let h = head;
    // A conjunct acts as its first conjunct does.
    for (let guard = 0; baseRel(rel) === 'conj' && guard < 4; guard++) {
      h = this.dep(h).head;
      if (h < 0) return false;
      rel = this.dep(h).deprel;
    }
    const first = Math.min(h, from);
    // The preposition before the name or its article, however the parser attached it.
    let p = first - 1;
    while (p >= 0 && first - p <= 2 && this.tag(p).upos === 'DET') p--;
    const preposition =
      p >= 0 && this.tag(p).upos === 'ADP' ? foldName(this.tok(p).text).join(' ') : null;
    const governor = this.dep(h).head;
    const governorUpos = governor >= 0 ? this.tag(governor).upos : '';
    if (preposition === null) {
      // A city acts only as the subject of a verb; a country also as object or possessor.
      if (SUBJECT_RELATIONS.has(rel)) return capitalOrCountry || governorUpos === 'VERB';
      return capitalOrCountry && ACTING_RELATIONS.has(rel);
    }
    if (!capitalOrCountry) return false;
    if (this.lex.partnerPrepositions.has(preposition)) return true;
    return (
      this.lex.genitivePrepositions.has(preposition) &&
      baseRel(rel) === 'nmod' &&
      governorUpos === 'NOUN'
    );
  }

  collectNames(): void {
    // A dateline's place tells where the dispatch was filed from, not who acts; a byline's
    // names are the article's authors, not actors of its story.
    const notActors: Span[] = [
      ...(this.doc.datelines ?? []).flatMap((d) => d.places),
      ...(this.doc.bylines ?? []),
    ];
    for (const s of this.nameSpans()) {
      const start = this.tok(s.from).start;
      const end = this.tok(s.to - 1).end;
      const text = this.spanText(start, end);
      if (!/\p{L}/u.test(text)) continue;
      // Day and month names the NER took for names are dates.
      if ((this.doc.timexes ?? []).some((t) => t.start < end && start < t.end)) continue;
      if (notActors.some((p) => p.start < end && start < p.end)) continue;
      const head = this.spanHead(s.from, s.to);
      const base = { start, end, kind: 'name' as const, tokenStart: s.from, tokenEnd: s.to, head };
      // A seat of power the recogniser took for a person ("Matignon a démenti") is the institution.
      // A demonym the recogniser took for a person ("Qatari mediators") names no one.
      if (s.label === 'PER' && s.to - s.from === 1 && this.demonym(text)) continue;
      // So does a town's inhabitant after a determiner ("le jeune [Montbéliardais]").
      if (
        s.to - s.from === 1 &&
        !findOutlet(text, this.lang) &&
        this.residentAt(s.from) !== undefined
      )
        continue;
      const body = this.institutionNamed(s.from, s.to);
      // "Boeing, its U.S. rival,": a name taken up by a possessive of things is no person; the
      // state the apposition names is its country, no actor of its own.
      const thing = s.label === 'PER' ? this.thingApposition(s.to) : null;
      if (thing) {
        const c = this.newCand({ ...base, type: 'organisation', key: foldName(text).join(' ') });
        if (thing.country) c.country = thing.country;
        this.markName(c);
        for (const k of range(thing.from, thing.to)) this.appositionStates.add(k);
        continue;
      }
      if (this.appositionStates.has(s.from)) continue;
      // "the Kessar Herald", "La Gazette du Nord": a name headed by a newspaper's word is an
      // outlet the list does not know, of no country the name tells; a person's name only after
      // a definite article, which no person's takes.
      const nameWords = foldName(text);
      if (
        !body &&
        nameWords.length > 1 &&
        (this.lex.newsWords.has(nameWords[0]) || this.lex.newsWords.has(nameWords.at(-1)!)) &&
        !findOutlet(text, this.lang) &&
        (s.label !== 'PER' || (s.from > 0 && this.feat(s.from - 1, 'Definite') === 'Def'))
      ) {
        const key = `news:${nameWords.join(' ')}`;
        this.markName(this.newCand({ ...base, type: 'news', key, sector: 'JRN' }));
        continue;
      }
      if (
        s.label === 'PER' &&
        !body &&
        !findOutlet(text, this.lang) &&
        !metonymOf(text, this.lang)
      ) {
        const key = personKey(text);
        if (!key) continue;
        const words = foldName(text);
        const honorific = this.honorificBefore(s.from);
        const gender =
          honorific ?? (words.length > 1 ? (this.lex.givenNames.get(words[0]) ?? null) : null);
        const c = this.newCand({ ...base, type: 'person', personKey: key, key, gender });
        this.markName(c);
        continue;
      }
      const outlet = findOutlet(text, this.lang);
      if (outlet) {
        this.addOutlet(base, outlet);
        continue;
      }
      // An agency a dateline credits is the dispatch's outlet, of no country the story tells,
      // even one the outlet list does not know ("TOULOUSE (Meridian Business) —").
      const credited = (this.doc.datelines ?? []).some((d) =>
        d.agencies.some((a) => a.start <= start && end <= a.end),
      );
      if (credited) {
        const c = this.newCand({
          ...base,
          type: 'news',
          key: `agency:${foldName(text).join(' ')}`,
          sector: 'JRN',
        });
        this.markName(c);
        continue;
      }
      const igo = this.lex.igos.get(foldName(text).join(' '));
      if (igo) {
        const c = this.newCand({
          ...base,
          type: 'igo',
          key: `igo:${igo}`,
          sector: this.lex.igoSectors.get(igo) ?? 'IGO',
        });
        this.markName(c);
        continue;
      }
      const metonym = metonymOf(text, this.lang);
      // "Paris, Texas", "Springfield, Illinois": the region or country after a comma says which
      // namesake is meant, and a place so written locates; it never stands for its state.
      const qualified = this.qualifiedTown(text, s.to);
      const found = qualified ?? resolvePlace(text, this.lang, this.placeContext());
      // An organisation's name that is also a small town's ("Alliance", "Union": towns of Ohio
      // and New Jersey) is the organisation the recogniser saw.
      // So is a name the gazetteer only guessed was a building from its last word ("the British
      // Foreign Office", "Harvard University": sites by their suffix, as "Baker Street" is).
      const place =
        s.label === 'ORG' &&
        !qualified &&
        ((found?.kind === 'city' && (found.population ?? 0) < CAPITAL_MIN_POPULATION) ||
          (found?.kind === 'site' &&
            !metonym &&
            !this.roleAt(s.from) &&
            this.namedAsBuilding(text)))
          ? null
          : found;
      // "Obama ordered an investigation": a public figure's name the shipped dictionary knows,
      // which the gazetteer also reads as a town too small to stand for its state, is the figure
      // when it acts as a verb's subject.
      const figure =
        place?.kind === 'city' &&
        (place.population ?? 0) < CAPITAL_MIN_POPULATION &&
        !qualified &&
        !metonym &&
        shippedDictionary().lookup(text) !== null &&
        this.acts(head, s.from, false);
      const figureKey = figure ? personKey(text) : null;
      if (figureKey) {
        this.markName(
          this.newCand({
            ...base,
            type: 'person',
            personKey: figureKey,
            key: figureKey,
            gender: null,
          }),
        );
        continue;
      }
      if (place) this.places.push(place);
      else if (s.label === 'LOC' && !metonym && !body) this.unknownPlaces++;
      // A seat of power that is no town, or only a small town's name too (the White House,
      // Tennessee): always the institution (the Kremlin, Matignon). A capital acts or locates.
      const seat =
        metonym &&
        !qualified &&
        (!place || place.kind === 'site' || (place.population ?? 0) < CAPITAL_MIN_POPULATION);
      if (seat) {
        const c = this.newCand({
          ...base,
          type: metonym.sector === 'IGO' ? 'igo' : 'government',
          key: `${metonym.iso3 ?? metonym.org}:${metonym.sector}:${foldName(text).join(' ')}`,
          country: metonym.iso3,
          sector: metonym.sector,
        });
        this.markName(c);
        continue;
      }
      if (place) {
        const countryLike = place.kind === 'country' || metonym !== null;
        // A town smaller than any capital does not stand for its state: its lone name acting is
        // more likely a person's the recogniser took for the town's ("Obama", a town of Japan).
        const townActs = place.kind === 'city' && (place.population ?? 0) >= CAPITAL_MIN_POPULATION;
        if (
          place.iso3 &&
          (place.kind === 'country' || townActs) &&
          !this.headlineTopic(s.from, s.to) &&
          !qualified &&
          this.acts(head, s.from, countryLike)
        ) {
          const sector = metonym?.sector ?? 'GOV';
          const iso3 = metonym?.iso3 ?? place.iso3;
          const c = this.newCand({
            ...base,
            type: 'government',
            key: countryLike ? `${iso3}:${sector}` : `${iso3}:${foldName(text).join(' ')}`,
            country: iso3,
            sector,
          });
          this.markName(c);
        } else this.locations.push({ text, place, venue: this.venue(head) });
        continue;
      }
      if (s.label === 'ORG' || body) {
        const words = foldName(text);
        while (words.length > 1 && this.lex.legalForms.has(words[words.length - 1])) words.pop();
        const c = this.newCand({ ...base, type: 'organisation', key: words.join(' ') });
        this.profileOrganisation(c, s.from, s.to);
        this.markName(c);
      }
    }
    this.dropPlaceLikeOrganisations();
  }

  /** Whether a name is a site only by the building word that ends it, no site the gazetteer lists. */
  private namedAsBuilding(text: string): boolean {
    const places = placesData(this.lang);
    const words = foldName(text);
    return (
      words.length > 1 &&
      places.siteSuffixes.includes(words.at(-1)!) &&
      !Object.keys(places.sites).some((site) => foldName(site).join(' ') === words.join(' '))
    );
  }

  /**
   * An organisation name with nothing of an organisation (no body or party word, no country, no
   * acronym) that only ever follows a definite article as a common noun's complement ("le tunnel
   * de la Croix-Rousse", "sous la Croix-Rousse") is a place the gazetteer lacks, no actor.
   */
  private dropPlaceLikeOrganisations(): void {
    const settlements = this.settlementNames();
    const byKey = new Map<string, Cand[]>();
    for (const c of this.cands) {
      if (c.kind !== 'name' || c.type !== 'organisation' || !c.key) continue;
      const mentions = byKey.get(c.key);
      if (mentions) mentions.push(c);
      else byKey.set(c.key, [c]);
    }
    for (const mentions of byKey.values()) {
      const placeLike = mentions.every((c) => {
        const text = this.spanText(c.start, c.end);
        const governor = this.dep(c.head).head;
        const unknown = !c.sector && !c.institution && !c.country && text !== text.toUpperCase();
        // "the fighting around Kessar", "près de Kessar": only a place is around or near.
        let marker = c.tokenStart - 1;
        if (marker >= 0 && this.tag(marker).upos === 'DET') marker--;
        const spatialWord = (k: number) =>
          k >= 0 && this.lex.placePrepositions.has(foldName(this.tok(k).text).join(' '));
        const spatial =
          marker >= 0 &&
          this.dep(marker).deprel === 'case' &&
          this.dep(marker).head === c.head &&
          (spatialWord(marker) || spatialWord(marker - 1));
        if (unknown && spatial) return true;
        return (
          unknown &&
          c.tokenStart > 0 &&
          this.tag(c.tokenStart - 1).upos === 'DET' &&
          this.feat(c.tokenStart - 1, 'Definite') === 'Def' &&
          baseRel(this.dep(c.head).deprel) === 'nmod' &&
          governor >= 0 &&
          this.tag(governor).upos === 'NOUN' &&
          !this.roleAt(governor) &&
          !this.institutionWordIn(governor, governor + 1)
        );
      });
      // "the western Iraqi town of Al Qaim", "la commune de Kessar": a name told once as a
      // settlement's is that place wherever it recurs ("the Al Qaim air strike").
      const settlement = mentions.some(
        (c) =>
          !c.sector &&
          !c.institution &&
          settlements.has(foldName(this.spanText(c.start, c.end)).join(' ')),
      );
      if (!placeLike && !settlement) continue;
      for (const c of mentions) c.cueOnly = true;
      this.unknownPlaces++;
    }
    // The recogniser takes such a town for a person too ("the town of Al Kessar").
    if (settlements.size === 0) return;
    for (const c of this.cands) {
      if (c.kind !== 'name' || c.type !== 'person') continue;
      if (settlements.has(foldName(this.spanText(c.start, c.end)).join(' '))) c.cueOnly = true;
    }
  }

  /** Folded names that complement a noun of settlement with a genitive preposition ("the town of [Al Qaim]"). */
  private settlementNames(): Set<string> {
    const names = new Set<string>();
    const n = this.doc.tokens.length;
    // Capitalised words: the tagger reads some words of a foreign name as nouns ("Tel").
    const proper = (i: number) =>
      i >= 0 &&
      i < n &&
      /^\p{Lu}/u.test(this.tok(i).text) &&
      ['PROPN', 'NOUN', 'ADJ'].includes(this.tag(i).upos);
    for (let i = 0; i < n; i++) {
      const governor = this.dep(i).head;
      if (this.tag(i).upos !== 'PROPN' || baseRel(this.dep(i).deprel) !== 'nmod' || governor < 0)
        continue;
      if (!this.lex.settlementNouns.has(foldName(this.tag(governor).lemma).join(' '))) continue;
      // The run of proper nouns around the name's head ("Tel [Maroun]"), after its marker.
      let [from, end] = [i, i];
      while (proper(from - 1) && this.tok(from - 1).sentence === this.tok(i).sentence) from--;
      while (proper(end + 1) && this.tok(end + 1).sentence === this.tok(i).sentence) end++;
      const marker = from - 1;
      if (
        marker < 0 ||
        this.dep(marker).deprel !== 'case' ||
        !this.lex.genitivePrepositions.has(foldName(this.tok(marker).text).join(' '))
      )
        continue;
      names.add(foldName(this.spanText(this.tok(from).start, this.tok(end).end)).join(' '));
      i = end;
    }
    return names;
  }

  /**
   * Who owns a possessed nominal whose determiner or possessor lies in [left, from): a named
   * person's candidate, 'thing' when it is a common noun no actor ("the river's"), or a
   * possessive pronoun whose clause subject is one ("rivers burst their"); null when unknown.
   */
  private possessor(left: number, from: number, head: number): Cand | 'thing' | null {
    const isActor = (i: number) => this.cands.some((c) => c.tokenStart <= i && i < c.tokenEnd);
    for (let i = left; i < from; i++) {
      const k = this.nameAt.get(i);
      if (k !== undefined) return this.cands[k].type === 'person' ? this.cands[k] : null;
      const upos = this.tag(i).upos;
      if (upos === 'NOUN' && this.dep(i).deprel === 'nmod:poss') return isActor(i) ? null : 'thing';
      if ((upos === 'PRON' || upos === 'DET') && this.feat(i, 'Poss') === 'Yes') {
        // A possessive pronoun most often refers back to the subject of its clause, or of the
        // clause above when the possessed phrase is that subject ("she said [her office] was").
        const subject = this.subjectTokenOf(head);
        if (subject < 0) return null;
        if (this.tag(subject).upos === 'NOUN' && !isActor(subject)) return 'thing';
        // The subject's name, or the name its title heads ("[Governor] Gretchen Whitmer").
        const person =
          this.cands.find(
            (c) =>
              c.kind === 'name' &&
              c.type === 'person' &&
              ((c.tokenStart <= subject && subject < c.tokenEnd) ||
                (this.dep(c.tokenStart).head === subject &&
                  ['flat', 'appos'].includes(baseRel(this.dep(c.tokenStart).deprel)))),
          ) ?? null;
        const gender = this.feat(i, 'Gender');
        const agrees = !person?.gender || !gender || gender === person.gender;
        return person && agrees && this.feat(i, 'Number') !== 'Plur' ? person : null;
      }
    }
    return null;
  }

  /** The subject token, other than `i` itself, of the clause governing token `i`, or -1. */
  private subjectTokenOf(i: number): number {
    const { tokenStart, tokenEnd } = this.doc.sentences[this.tok(i).sentence];
    for (let g = this.dep(i).head, guard = 0; g >= 0 && guard < 4; g = this.dep(g).head, guard++) {
      for (let t = tokenStart; t < tokenEnd; t++)
        if (t !== i && this.dep(t).head === g && SUBJECT_RELATIONS.has(this.dep(t).deprel))
          return t;
      // A clause ends the search unless it shares its subject ("had [burst] …") or `i` is its own.
      const shares = ['xcomp', 'conj'].includes(baseRel(this.dep(g).deprel));
      const ownSubject = this.dep(i).head === g && SUBJECT_RELATIONS.has(this.dep(i).deprel);
      const verb = this.tag(g).upos === 'VERB' || this.tag(g).upos === 'AUX';
      if (verb && !shares && !ownSubject) break;
    }
    return -1;
  }

  /** Whether tokens [from, to) open their sentence before a colon: a topic label ("Lyon : …"), no agent. */
  private headlineTopic(from: number, to: number): boolean {
    const sentence = this.doc.sentences[this.tok(from).sentence];
    return from === sentence.tokenStart && to < sentence.tokenEnd && this.tok(to).text === ':';
  }

  private markName(c: Cand) {
    for (let i = c.tokenStart; i < c.tokenEnd; i++) this.nameAt.set(i, this.cands.length - 1);
  }

  private addOutlet(
    base: Pick<Cand, 'start' | 'end' | 'kind' | 'tokenStart' | 'tokenEnd' | 'head'>,
    outlet: Outlet,
  ) {
    if (!this.seenOutlets.includes(outlet.id)) this.seenOutlets.push(outlet.id);
    const c = this.newCand({
      ...base,
      type: 'news',
      key: `outlet:${outlet.id}`,
      country: outlet.country,
      sector: 'JRN',
      description: outlet.name,
    });
    if (base.kind === 'name') this.markName(c);
  }

  /** An organisation name's type, sector and country from the institution words and places inside it. */
  private timexTokens: Set<number> | null = null;
  /** The spans of the nominal mentions taken so far ("start:end"). */
  private readonly nominalSpans = new Set<string>();

  /** Whether token `i` is part of a temporal expression of the time layer. */
  private inTimex(i: number): boolean {
    if (!this.timexTokens) {
      const timexes = this.doc.timexes ?? [];
      this.timexTokens = new Set(
        this.doc.tokens
          .filter((t) => timexes.some((x) => x.start < t.end && t.start < x.end))
          .map((t) => t.index),
      );
    }
    return this.timexTokens.has(i);
  }

  /** Whether an attribution marker of the language (selon, according to) ends right before token `i`. */
  private afterAttributionMarker(i: number): boolean {
    const sentence = this.tok(i).sentence;
    return (speechLexicon(this.lang)?.markers ?? []).some(
      (seq) =>
        seq.length <= i &&
        seq.every((word, k) => {
          const t = this.tok(i - seq.length + k);
          return t.sentence === sentence && normForm(t.text) === word;
        }),
    );
  }

  /** Whether an institution word of the lexicon is among tokens [from, to) ("Department", "Parti"). */
  private institutionWordIn(from: number, to: number): boolean {
    return this.institutionIn(from, to) !== null;
  }

  /** The first institution phrase of the lexicon within tokens [from, to) ("[Opposition] leader"). */
  private institutionIn(from: number, to: number): InstitutionEntry | null {
    for (let p = this.flatAt(from); p < this.flat.length && this.flat[p].token < to; p++) {
      const m = this.institutionPhraseAt(p);
      if (m && this.flat[m.to - 1].token < to) return m.value;
    }
    return null;
  }

  /** The institution phrase of the lexicon starting at word `p` of the stream, if any. */
  private institutionPhraseAt(p: number) {
    return matchPhrase(
      this.flat,
      p,
      this.lex.institutions,
      () => false,
      (t) => this.tokenSentence[t],
    );
  }

  /** Index of the first word of the stream at or after token `token` (the stream is in token order). */
  private flatAt(token: number): number {
    let lo = 0;
    let hi = this.flat.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.flat[mid].token < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether tokens [from, to), leading determiners aside, are an institution's name ("le Mossad"). */
  private institutionNamed(from: number, to: number): boolean {
    while (from < to - 1 && this.tag(from).upos === 'DET') from++;
    const p = this.flatAt(from);
    if (this.flat[p]?.token !== from) return false;
    const m = this.institutionPhraseAt(p);
    return m !== null && this.flat[m.to - 1].token === to - 1;
  }

  private profileOrganisation(c: Cand, from: number, to: number) {
    for (let p = this.flatAt(from); p < this.flat.length && this.flat[p].token < to; p++) {
      const m = this.institutionPhraseAt(p);
      if (m) {
        c.type = m.value.type;
        c.sector = m.value.sector;
        c.institution = m.value;
        break;
      }
    }
    // A party's own name, or a name made with a party word ("RPR", "Ligue communiste
    // révolutionnaire"), is a party's.
    if (
      !c.sector &&
      range(from, to).some((i) => this.lex.partyWords.has(foldName(this.tok(i).text).join(' ')))
    )
      c.sector = 'PTY';
    c.country = this.partyCountry(from, to);
    for (let i = from; i < to && !c.country; i++) {
      c.country = this.demonym(this.tok(i).text);
      if (!c.country && this.tag(i).upos === 'PROPN') {
        const place = resolvePlace(this.tok(i).text, this.lang, this.placeContext());
        // A town's name in a company's is more likely a surname ("Morgan Stanley").
        if (
          place?.kind === 'country' ||
          (place?.kind === 'city' && (place.population ?? 0) >= CAPITAL_MIN_POPULATION)
        )
          c.country = place.iso3;
      }
    }
    // A state body named right after its state ("the U.S. Embassy", "the Georgian Embassy") is
    // that state's.
    if (!c.country && c.institution && from > 0) {
      const before = this.tok(from - 1).text;
      const place = resolvePlace(before, this.lang, this.placeContext());
      c.country = this.demonym(before) ?? (place?.kind === 'country' ? place.iso3 : null);
    }
  }

  /** The last name before a token, back to the start of a sentence: the nearest possessor. */
  private lastNameBefore(token: number, fromSentence: number): Cand | null {
    const first = this.doc.sentences[Math.max(0, fromSentence)].tokenStart;
    for (let i = token - 1; i >= first; i--) {
      const k = this.nameAt.get(i);
      if (k !== undefined && !this.cands[k].cueOnly) return this.cands[k];
    }
    return null;
  }

  /** The last organisation named before a token, back to a sentence ("the front's spokesman"). */
  private lastOrganisationBefore(token: number, fromSentence: number): Cand | null {
    const first = this.doc.sentences[Math.max(0, fromSentence)].tokenStart;
    for (let i = token - 1; i >= first; i--) {
      const k = this.nameAt.get(i);
      if (k !== undefined && !this.cands[k].cueOnly && this.cands[k].type === 'organisation')
        return this.cands[k];
    }
    return null;
  }

  /** Role and institution noun phrases, group phrases, outlet descriptions. */
  collectNominals(): void {
    const flat = this.flat;
    const sentenceOf = (t: number) => this.tokenSentence[t];
    const skippable = (w: FlatWord): string | boolean => {
      const country = this.demonym(w.word);
      if (country) return country;
      return this.lex.modifiers.has(w.word);
    };
    let p = 0;
    while (p < flat.length) {
      const group = matchPhrase(flat, p, this.lex.groups, () => false, sentenceOf);
      if (group) {
        for (let q = group.from; q < group.to; q++) this.groupTokens.add(flat[q].token);
        p = group.to;
        continue;
      }
      const role = matchPhrase(flat, p, this.lex.roles, skippable, sentenceOf);
      const inst = matchPhrase(flat, p, this.lex.institutions, skippable, sentenceOf);
      const best = role && (!inst || role.to >= inst.to) ? role : inst;
      if (!best || !this.nounPhraseHead(best)) {
        p++;
        continue;
      }
      const fromToken = flat[best.from].token;
      const toToken = flat[best.to - 1].token + 1;
      // A name inside a role phrase ("secrétaire d'[Etat]") is part of the title; one straddling
      // its end ("Secretary of [State John Smith]") keeps only what follows it.
      if (best === role && best.to - best.from > 1) {
        for (let t = fromToken + 1; t < toToken; t++) {
          const k = this.nameAt.get(t);
          if (
            k !== undefined &&
            this.cands[k].tokenEnd <= toToken &&
            this.cands[k].type !== 'person'
          )
            this.cands[k].cueOnly = true;
        }
      }
      if (best === role) this.trimNamesInto(fromToken, toToken);
      // A role word inside a name is part of the name ("Larry King"), a body word inside a
      // place's name part of the place ("the West Bank").
      if (this.nameAt.has(fromToken) || this.insidePlaceName(fromToken, toToken)) {
        p = best.to;
        continue;
      }
      this.addNominal(
        best === role ? { role: role.value } : { institution: inst!.value },
        fromToken,
        toToken,
        best.skippedCountries,
      );
      p = best === role ? best.to : best.from + 1;
    }
    this.collectResidents();
    this.namesAfterBodyWords();
    this.collectOutletDescriptions();
  }

  /**
   * A town's inhabitant named by a capitalised noun with a determiner ("un Belfortain ivre",
   * "les Lyonnais"): an ordinary person of the town's country. Word endings are language data.
   */
  private residentAt(i: number): string | null | undefined {
    const text = this.tok(i).text;
    const folded = foldName(text).join(' ');
    if (!/^\p{Lu}\p{Ll}/u.test(text) || folded.includes(' ')) return undefined;
    if (!this.lex.residentSuffixes.some((x) => folded.length > x.length + 2 && folded.endsWith(x)))
      return undefined;
    const hasDeterminer = this.doc.dependencies!.some(
      (d, j) => j < i && d.head === i && d.deprel === 'det' && this.tag(j).upos === 'DET',
    );
    // A nationality is the demonyms' business; a place's own name ("la Lorraine") is no inhabitant.
    if (!hasDeterminer || this.demonym(text) || resolvePlace(text, this.lang)) return undefined;
    // The town (or region) from the word: Belfortain → Belfort, Lyonnais → Lyon.
    for (const x of this.lex.residentSuffixes) {
      if (!folded.endsWith(x)) continue;
      const stem = text.slice(0, text.length - x.length);
      for (const name of [stem, stem.slice(0, -1)]) {
        const place = name.length > 2 ? resolvePlace(name, this.lang) : null;
        if ((place?.kind === 'city' || place?.kind === 'region') && place.iso3) return place.iso3;
      }
    }
    // A town the gazetteer does not know lies in the language's news country, as elsewhere.
    return this.lex.homeCountry;
  }

  /**
   * Groups named by a noun with a determiner: a town's inhabitants ("un Belfortain ivre"), ordinary
   * people; a party's members, plural ("les travaillistes", "the Democrats"), of the party's country or
   * of the one country whose parties the text names.
   */
  private collectResidents() {
    const inhabitant: RoleEntry = { role: null, sector: 'CVL' };
    const partisan: RoleEntry = { role: null, sector: 'PTY' };
    const taken = new Set(this.cands.flatMap((c) => range(c.tokenStart, c.tokenEnd)));
    this.doc.tokens.forEach((_, i) => {
      const upos = this.tag(i).upos;
      if (taken.has(i) || (upos !== 'NOUN' && upos !== 'PROPN')) return;
      const country = this.residentAt(i);
      if (country !== undefined) {
        this.addNominal({ role: inhabitant }, i, i + 1, country ? [country] : []);
        return;
      }
      const determined = this.doc.dependencies!.some(
        (d, j) => j < i && d.head === i && d.deprel === 'det',
      );
      if (
        !determined ||
        this.feat(i, 'Number') !== 'Plur' ||
        !this.lex.partyWords.has(foldName(this.tok(i).text).join(' '))
      )
        return;
      const party =
        this.partyCountry(i, i + 1) ??
        (this.partySystem.size === 1 ? [...this.partySystem][0] : null);
      this.addNominal({ role: partisan }, i, i + 1, party ? [party] : []);
    });
  }

  /** Tokens [from, to) lie inside a name the recogniser found that is a country's or region's. */
  private insidePlaceName(from: number, to: number): boolean {
    const start = this.tok(from).start;
    const end = this.tok(to - 1).end;
    return (this.doc.mentions ?? []).some(
      (m) =>
        m.start <= start &&
        end <= m.end &&
        (m.start < start || end < m.end) &&
        ['country', 'region'].includes(
          resolvePlace(this.doc.text.slice(m.start, m.end), this.lang)?.kind ?? '',
        ),
    );
  }

  /**
   * A name the recogniser took for a person's right after an organisation word ("le groupe
   * [Renault]", "the company Ford") names that organisation, wherever the article repeats it.
   */
  private namesAfterBodyWords() {
    const organisations = new Set<string>();
    for (const c of [...this.cands]) {
      if (c.kind !== 'nominal' || c.institution?.type !== 'organisation' || c.institution.state)
        continue;
      const k = this.nameAt.get(c.tokenEnd);
      if (k === undefined) continue;
      const name = this.cands[k];
      // The organisation word ends the nominal; a given name or a public figure is a person's.
      const text = this.spanText(name.start, name.end);
      if (
        name.type !== 'person' ||
        name.tokenStart !== c.tokenEnd ||
        name.sentence !== c.sentence ||
        c.head !== c.tokenEnd - 1 ||
        this.lex.givenNames.has(foldName(text)[0]) ||
        shippedDictionary().lookup(text)
      )
        continue;
      organisations.add(text);
      this.union(c.index, name.index);
    }
    for (const c of this.cands) {
      if (c.kind !== 'name' || c.type !== 'person') continue;
      if (!organisations.has(this.spanText(c.start, c.end))) continue;
      const words = foldName(this.spanText(c.start, c.end));
      while (words.length > 1 && this.lex.legalForms.has(words[words.length - 1])) words.pop();
      c.type = 'organisation';
      c.personKey = null;
      c.gender = null;
      c.key = words.join(' ');
      this.profileOrganisation(c, c.tokenStart, c.tokenEnd);
    }
  }

  private trimNamesInto(from: number, to: number) {
    const k = this.nameAt.get(to - 1);
    if (k === undefined) return;
    const c = this.cands[k];
    if (c.tokenStart < from || c.tokenStart >= to || c.tokenEnd <= to) return;
    for (let i = c.tokenStart; i < to; i++) this.nameAt.delete(i);
    this.candsByToken = null;
    c.tokenStart = to;
    c.start = this.tok(to).start;
    c.country = null;
    c.sector = null;
    // What is left runs on into a person's name: one name, split by the recogniser at the
    // title's end ("Minister for [Interior Aftab] [Ahmad Khan Sherpao]").
    const next = this.nameAt.get(c.tokenEnd);
    if (
      c.type !== 'person' &&
      next !== undefined &&
      this.cands[next].type === 'person' &&
      this.cands[next].tokenStart === c.tokenEnd &&
      this.tok(c.tokenEnd).sentence === this.tok(to).sentence
    ) {
      const person = this.cands[next];
      c.cueOnly = true;
      person.tokenStart = to;
      person.start = c.start;
      for (let i = to; i < c.tokenEnd; i++) this.nameAt.set(i, next);
      const name = this.spanText(person.start, person.end);
      person.personKey = person.key = personKey(name);
      person.gender = person.gender ?? this.lex.givenNames.get(foldName(name)[0]) ?? null;
      return;
    }
    const text = this.spanText(c.start, c.end);
    const words = foldName(text);
    // What a person's title runs into is a person's name: a known given name, or two words
    // or more naming no body ("Chef d'Etat-[Major Soumaila Bagayoko]").
    if (
      c.type === 'organisation' &&
      words.length > 1 &&
      (this.lex.givenNames.has(words[0]) || !this.institutionWordIn(c.tokenStart, c.tokenEnd))
    )
      c.type = 'person';
    if (c.type === 'person') {
      c.personKey = c.key = personKey(text);
      c.gender =
        c.gender ?? (words.length > 1 ? (this.lex.givenNames.get(words[0]) ?? null) : null);
    } else c.key = foldName(text).join(' ');
  }

  /**
   * Person names listed from token `from` on, over a comma or colon first, then commas and
   * coordinating conjunctions, each maybe followed by a bracket ("X (PS), Y et Z").
   */
  private listedNames(from: number, end: number): Cand[] {
    const names: Cand[] = [];
    let p = from < end && [',', ':'].includes(this.tok(from).text) ? from + 1 : from;
    while (p < end) {
      const k = this.nameAt.get(p);
      const name = k === undefined ? null : this.cands[k];
      if (!name || name.tokenStart !== p || name.type !== 'person' || name.cueOnly) break;
      names.push(name);
      p = name.tokenEnd;
      if (p < end && this.tok(p).text === '(') {
        while (p < end && this.tok(p).text !== ')') p++;
        p++;
      }
      if (p < end && this.tok(p).text === ',') p++;
      if (p < end && this.tag(p).upos === 'CCONJ') p++;
    }
    return names;
  }

  /** A single-word phrase must be a noun; a longer one must contain a noun. */
  private nounPhraseHead(m: PhraseMatch<unknown>): boolean {
    // A title of several words the tagger read as participle and adjective ("déléguée
    // syndicale") names a role all the same, unless a finite verb hides in it.
    const tokens = range(m.from, m.to).map((q) => this.flat[q].token);
    if (tokens.length > 1 && tokens.every((t) => this.feat(t, 'VerbForm') !== 'Fin')) return true;
    for (let q = m.from; q < m.to; q++) {
      const token = this.flat[q].token;
      const upos = this.tag(token).upos;
      if (upos === 'NOUN' || upos === 'PROPN') return true;
      // A role word the tagger read as an adjective after a copula is a predicate noun ("est
      // sénateur"); so is one it hung on a date ("a top U.S. [official] today praised"), or on
      // the modifier it hung on that date ("U.S." made the compound of "today").
      if (upos === 'ADJ' && (this.hasCopula(token) || this.onDate(token))) return true;
    }
    return false;
  }

  /** Whether the token hangs on a date, directly or through one modifier of that date. */
  private onDate(token: number): boolean {
    const head = this.dep(token).head;
    if (head < 0) return false;
    if (this.inTimex(head)) return true;
    const via = this.dep(head);
    return /^(compound|amod|nmod)/.test(via.deprel) && via.head >= 0 && this.inTimex(via.head);
  }

  private addNominal(
    what: { role?: RoleEntry; institution?: InstitutionEntry },
    from: number,
    to: number,
    countries: string[],
  ) {
    const sentence = this.tok(from).sentence;
    const { tokenStart: sStart, tokenEnd: sEnd } = this.doc.sentences[sentence];
    const inPhrase = (i: number) => i >= from && i < to;
    // The phrase head: the phrase token whose head leaves the phrase.
    const head = this.spanHead(from, to);
    // A role word opening a clause is a verb the tagger took for a noun ("juge que …").
    if (to < sEnd && this.tag(to).upos === 'SCONJ') return;
    // Left: determiners and modifiers attached inside the phrase; a contracted article (du, au) stays out.
    let left = from;
    while (left - 1 >= sStart) {
      const j = left - 1;
      const d = this.dep(j);
      const upos = this.tag(j).upos;
      // A possessor with its case marker ("Poland's parliament"): the marker hangs on the possessor.
      if (d.deprel === 'case' && d.head < j) {
        const possessor = this.dep(d.head);
        if (possessor.deprel === 'nmod:poss' && possessor.head >= left && possessor.head < to) {
          const k = this.nameAt.get(d.head);
          left = k !== undefined ? Math.min(d.head, this.cands[k].tokenStart) : d.head;
          continue;
        }
      }
      if (this.tok(j).mwt) break;
      const demonym = upos !== 'DET' && this.demonym(this.tok(j).text) !== null;
      // A demonym right before a title, or before adjectives on it, belongs to it however the
      // parser attached it ("forgive Nigerian President X", where "Nigerian" came out as the
      // object; "Nigerian junior foreign minister X", where it came out as the subject).
      if (demonym && range(j + 1, from).every((i) => this.tag(i).upos === 'ADJ')) {
        left = j;
        continue;
      }
      // So does a country's name or abbreviation ("a top [U.S.] official today praised", where
      // the parser hung it on the date).
      if (
        j === from - 1 &&
        upos === 'PROPN' &&
        !this.nameAt.has(j) &&
        resolvePlace(this.tok(j).text, this.lang)?.kind === 'country'
      ) {
        left = j;
        continue;
      }
      // So does the name of an IGO or of a known body ("U.N. Secretary-General", "Arab League
      // Secretary-General", "CIA Director").
      const name = this.nameAt.get(j);
      if (
        j === from - 1 &&
        name !== undefined &&
        (this.cands[name].type === 'igo' || this.cands[name].institution)
      ) {
        left = this.cands[name].tokenStart;
        continue;
      }
      // An adjective the parser hung on the date right after the nominal qualifies the nominal
      // ("a [top] U.S. official today", "top" made a modifier of "today").
      const onNextDate = upos === 'ADJ' && d.head === to && this.inTimex(to);
      const attached = (d.head >= left && d.head < to) || demonym || onNextDate;
      if (!attached || (!LEFT_MODIFIERS.has(d.deprel) && !LEFT_MODIFIERS.has(baseRel(d.deprel))))
        break;
      if (upos === 'PUNCT' || (upos === 'ADP' && d.deprel !== 'case')) break;
      if (d.deprel === 'case' && !/^'s?$|^’s?$/.test(this.tok(j).text)) break;
      left = j;
      if (upos === 'DET' && this.feat(j, 'Poss') !== 'Yes' && this.feat(j, 'PronType') !== 'Dem')
        break;
    }
    // A quantity before a plural phrase is part of it and gives its determiner ("une dizaine
    // de [délégués]", "a group of [deputies]").
    const quantity = left - 2;
    if (
      quantity >= sStart &&
      this.feat(head, 'Number') === 'Plur' &&
      this.tag(left - 1).upos === 'ADP' &&
      this.lex.complementPrepositions.has(foldName(this.tok(left - 1).text).join(' ')) &&
      this.lex.quantityWords.has(foldName(this.tok(quantity).text).join(' ')) &&
      !this.tok(left - 1).mwt
    ) {
      left = quantity;
      if (
        left - 1 >= sStart &&
        this.tag(left - 1).upos === 'DET' &&
        this.dep(left - 1).head === quantity
      )
        left--;
    }
    // Right: the phrase head's dependents, contiguous, up to an appositive name, a clause or a punctuation mark.
    let right = to;
    const reachesPhrase = (j: number): boolean => {
      let h = j;
      for (let guard = 0; guard < 8; guard++) {
        const d = this.dep(h);
        // An oblique on a noun is a misattached verb modifier ("président à la suite des élections").
        if (
          baseRel(d.deprel) === 'obl' &&
          d.head >= 0 &&
          ['NOUN', 'PROPN'].includes(this.tag(d.head).upos)
        )
          return false;
        if (OUTSIDE_PHRASE.has(d.deprel) || OUTSIDE_PHRASE.has(baseRel(d.deprel))) return false;
        if (d.head < 0 || d.head < left || d.head >= right + 6) return false;
        if (inPhrase(d.head) || (d.head >= left && d.head < right)) return true;
        h = d.head;
      }
      return false;
    };
    const cueStart = this.anonymityCueStarts();
    const adjectivesOnly = what.role?.counterpart || what.role?.anaphoric;
    while (right < sEnd && right - to < 10) {
      const j = right;
      if (this.tag(j).upos === 'PUNCT' || cueStart.has(j)) break;
      // A date is no part of a nominal ("the ministry [on Tuesday]", "le ministère [mardi]"),
      // unless a genitive makes it the nominal's own ("son mandat de 1982 à 1987").
      if (this.inTimex(j) || (this.tag(j).upos === 'ADP' && this.inTimex(j + 1))) {
        let p = this.tag(j).upos === 'ADP' ? j : j - 1;
        while (p > to && this.tag(p).upos === 'DET') p--;
        const genitive =
          this.tag(p).upos === 'ADP' &&
          this.lex.genitivePrepositions.has(foldName(this.tok(p).text).join(' '));
        if (!genitive) break;
      }
      // Only genitive-like complements stay inside ("de l'ONU", "on the committee"), and no clause ("juge que …").
      if (
        this.tag(j).upos === 'ADP' &&
        !this.lex.complementPrepositions.has(foldName(this.tok(j).text).join(' '))
      )
        break;
      if (j + 1 < sEnd && this.tag(j + 1).upos === 'SCONJ') break;
      if (adjectivesOnly && this.tag(j).upos !== 'ADJ') break;
      // A person name ends the phrase (an apposition follows), unless a complement preposition
      // makes it the phrase's complement ("l'ancien directeur de cabinet de Jacques Delors").
      if (
        this.nameAt.has(j) &&
        this.cands[this.nameAt.get(j)!].type === 'person' &&
        !(
          j > to &&
          this.tag(j - 1).upos === 'ADP' &&
          this.lex.complementPrepositions.has(foldName(this.tok(j - 1).text).join(' '))
        )
      )
        break;
      if (this.nameAt.has(j) && this.dep(j).deprel.startsWith('appos')) break;
      if (this.tag(j).upos === 'VERB' && this.dep(j).deprel !== 'amod') break;
      if (this.tag(j).upos === 'PRON') break;
      if (!reachesPhrase(j) && !this.demonym(this.tok(j).text)) break;
      right = j + 1;
    }
    // A span never ends on a function word.
    while (
      right > to &&
      ['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART'].includes(this.tag(right - 1).upos)
    )
      right--;
    const start = this.tok(left).start;
    const end = this.tok(right - 1).end;
    // A shorter phrase inside one already taken spans the same mention ("[foreign] ministry").
    if (this.nominalSpans.has(`${start}:${end}`)) return;
    // Determiner and number.
    let det: Determiner = 'none';
    for (let i = left; i < from; i++) {
      if (
        this.tag(i).upos === 'DET' ||
        this.tag(i).upos === 'PRON' ||
        this.dep(i).deprel === 'nmod:poss'
      ) {
        if (this.feat(i, 'Poss') === 'Yes' || this.dep(i).deprel === 'nmod:poss') det = 'poss';
        else if (this.feat(i, 'PronType') === 'Dem') det = 'dem';
        else if (this.feat(i, 'Definite') === 'Ind') det = 'indef';
        else if (this.feat(i, 'Definite') === 'Def') det = 'def';
        else if (det === 'none') det = 'def';
      }
    }
    // A contracted article left outside the span ("du ministère", "au gouvernement") is definite.
    if (
      det === 'none' &&
      left - 1 >= sStart &&
      this.tok(left - 1).mwt &&
      this.tag(left - 1).upos === 'DET' &&
      this.feat(left - 1, 'Definite') === 'Def'
    )
      det = 'def';
    const plural = this.feat(head, 'Number') === 'Plur';
    // Agreement of determiners and adjectives first: epicene heads (homologue, porte-parole) carry a default gender.
    let gender: Gender = null;
    for (let i = left; i < Math.min(right, to + 2) && !gender; i++) {
      if (this.tag(i).upos === 'DET' || this.tag(i).upos === 'ADJ')
        gender = this.feat(i, 'Gender') as Gender;
    }
    gender = gender ?? (this.feat(head, 'Gender') as Gender);
    // Country: demonyms inside the span, then the first country or city named in it.
    const spanCountries = new Set(countries);
    let placeCountry: string | null = null;
    let unknownComplement = false;
    let unknownDemonym = false;
    const stateBody = what.institution?.state === true;
    let regional = false;
    for (let i = left; i < right; i++) {
      const adjacent = i === head - 1 || i === head + 1;
      if (i !== head && this.unknownDemonym(i, stateBody && adjacent)) unknownDemonym = true;
      if (inPhrase(i)) continue;
      // A region's adjective of two words may end on a country's ("Latin American").
      const pair =
        i + 1 < right ? foldName(this.spanText(this.tok(i).start, this.tok(i + 1).end)) : [];
      if (this.lex.regionWords.has(pair.join(' '))) {
        regional = true;
        i++;
        continue;
      }
      if (this.lex.regionWords.has(foldName(this.tok(i).text).join(' '))) {
        regional = true;
        continue;
      }
      const c = this.demonym(this.tok(i).text);
      if (c) spanCountries.add(c);
    }
    // Nested named entities (organisations, IGOs, seats of power) in the complement.
    let nested: Cand | null = null;
    // The complement first, then a name before the role ("a Democratic National Committee chairman").
    for (const i of [...range(to, right), ...range(left, from)]) {
      const k = this.nameAt.get(i);
      if (k !== undefined && this.cands[k].type !== 'person') {
        nested = this.cands[k];
        break;
      }
    }
    // A capitalised common noun complementing a government's body or office is its portfolio, no
    // organisation of its own ("ministère de l'[Environnement]", "Minister of [Health]").
    if (
      nested?.kind === 'name' &&
      nested.type === 'organisation' &&
      !nested.sector &&
      !nested.institution &&
      nested.tokenStart >= to &&
      (what.institution?.type === 'government' || what.role?.sector === 'GOV') &&
      range(nested.tokenStart, nested.tokenEnd).every((i) => this.tag(i).upos === 'NOUN')
    ) {
      nested.cueOnly = true;
      nested = null;
    }
    // "Pelavia's interior ministry": a name of nothing known possessing a government's body is
    // the state the body belongs to, one the gazetteer does not know, not an organisation.
    let unknownPossessor = false;
    if (
      nested?.kind === 'name' &&
      nested.type === 'organisation' &&
      !nested.sector &&
      !nested.institution &&
      !nested.country &&
      nested.tokenEnd <= from &&
      baseRel(this.dep(nested.head).deprel) === 'nmod' &&
      this.dep(nested.head).deprel.endsWith(':poss') &&
      what.institution?.type === 'government'
    ) {
      nested.cueOnly = true;
      nested = null;
      unknownPossessor = true;
    }
    // A state named before the head, as possessor or modifier, is the nominal's ("Taiwan's Vice
    // Foreign Minister", "Poland's parliament").
    for (let i = left; i < from && !placeCountry; i++) {
      const k = this.nameAt.get(i);
      // Only a state: a town as possessor is more likely a misread name ("Obama's strategist").
      if (
        k !== undefined &&
        this.cands[k].type === 'government' &&
        this.cands[k].key?.endsWith(':GOV')
      )
        placeCountry = this.cands[k].country;
    }
    for (let i = left; i < right && !placeCountry; i++) {
      if (this.nameAt.has(i) || this.tag(i).upos !== 'PROPN' || (i >= from && i < to)) continue;
      // A capitalised title word is no place ("Vice" is also a town in Peru).
      if (this.roleAt(i) || this.lex.modifiers.has(foldName(this.tok(i).text).join(' '))) continue;
      // A possessor is a state only when named as one (above): "Obama's" is no Japanese town.
      let owner = i;
      while (this.dep(owner).deprel.startsWith('flat') && this.dep(owner).head >= 0)
        owner = this.dep(owner).head;
      if (this.dep(owner).deprel === 'nmod:poss') continue;
      let j = i;
      while (
        j + 1 < right &&
        this.tag(j + 1).upos === 'PROPN' &&
        this.dep(j + 1).deprel.startsWith('flat')
      )
        j++;
      const place = resolvePlace(
        this.spanText(this.tok(i).start, this.tok(j).end),
        this.lang,
        this.placeContext(),
      );
      if (
        place &&
        (place.kind === 'country' || place.kind === 'city' || place.kind === 'region') &&
        place.iso3
      )
        placeCountry = place.iso3;
      // "the government of Pelavia": a name complementing the head that no gazetteer knows.
      else if (!place && i >= to && this.dep(owner).head === head) unknownComplement = true;
      i = j;
    }
    // Places complementing a nominal locate it: they are not acting governments.
    for (let i = to; i < right; i++) {
      const k = this.nameAt.get(i);
      if (
        k !== undefined &&
        this.cands[k].type === 'government' &&
        this.cands[k].key?.endsWith(':GOV') &&
        this.dep(i).deprel !== 'nsubj'
      ) {
        if (!placeCountry) placeCountry = this.cands[k].country;
        this.cands[k].cueOnly = true;
      }
    }
    if (plural && spanCountries.size > 1) return;
    // Coordinated complements ("des Etats-Unis et de Russie") make a split group.
    for (let j = right; j < Math.min(sEnd, right + 4); j++) {
      if (
        plural &&
        baseRel(this.dep(j).deprel) === 'conj' &&
        this.dep(j).head >= left &&
        this.dep(j).head < right
      )
        return;
    }
    if (plural && placeCountry && spanCountries.size > 0 && !spanCountries.has(placeCountry))
      return;
    let country =
      spanCountries.size > 0
        ? [...spanCountries][0]
        : (placeCountry ?? this.partyCountry(left, right));
    const cueOnly =
      det === 'none' &&
      this.nameAt.has(right) &&
      this.cands[this.nameAt.get(right)!].type === 'person' &&
      this.lang === 'en';
    const base = {
      start,
      end,
      kind: 'nominal' as const,
      tokenStart: left,
      tokenEnd: right,
      head,
      det,
      plural,
      gender,
      cueOnly,
    };
    const description = this.spanText(
      this.tok(det === 'none' ? left : Math.min(from, right - 1)).start,
      end,
    );
    if (what.role) {
      const entry = what.role;
      if (entry.bare && !cueOnly) return;
      // A bare singular role word modifying an act noun names no one ("a prisoner exchange",
      // "prisoner releases"); on a thing it tells whose thing it is ("rebel camps") and stays.
      // Not in a headline whose verb was read as a noun ("Mayor halts tram extension").
      const modified = this.dep(head).head;
      if (
        !plural &&
        det === 'none' &&
        baseRel(this.dep(head).deprel) === 'compound' &&
        modified > head &&
        range(sStart, sEnd).some((i) => ['VERB', 'AUX'].includes(this.tag(i).upos)) &&
        this.tag(modified).upos === 'NOUN' &&
        this.namesAct(modified)
      )
        return;
      let sector = entry.sector;
      let headOf: Cand | undefined;
      // A body word modifying or complementing the role tells its sector ("Opposition leader",
      // "le président du club"); an organisation's head whose sector it does not tell is in business.
      const modifierBody =
        entry.inherit && !nested
          ? (this.institutionIn(left, from) ?? this.institutionIn(to, right))
          : null;
      if (modifierBody && !modifierBody.state) {
        const bodySector =
          modifierBody.sector ?? (modifierBody.type === 'organisation' ? 'BUS' : null);
        if (bodySector) sector = bodySector;
      }
      if (entry.inherit && nested) {
        if (nested.type === 'igo') {
          sector = nested.sector;
          country = null;
        } else if (nested.sector || nested.type === 'organisation') {
          // The head of a company, club or federation whose sector the name does not tell is in business.
          sector = nested.sector ?? 'BUS';
          country = country ?? nested.country;
          if (!nested.sector) headOf = nested;
        }
      }
      // A possessive pronoun's role with no body of its own heads the organisation named last
      // ("Le Parti vert … Son président, Marc Dufour"): its sector and country. Not a state's
      // ("la France … son président") nor a person's ("Marc Dufour … son conseiller").
      const possessivePronoun = range(left, from).some(
        (i) => this.feat(i, 'Poss') === 'Yes' && this.tag(i).upos !== 'PROPN',
      );
      // So does one of a generic organisation word ("the group's spokeswoman", "la porte-parole
      // du mouvement"): the organisation named last is meant.
      const genericOrganisation =
        (modifierBody !== null &&
          !modifierBody.state &&
          modifierBody.sector === null &&
          modifierBody.type === 'organisation') ||
        range(left, right).some(
          (i) =>
            i !== head &&
            this.tag(i).upos === 'NOUN' &&
            this.lex.organisationWords.has(foldName(this.tag(i).lemma).join(' ')),
        );
      if (
        entry.inherit &&
        !nested &&
        ((!modifierBody && possessivePronoun) || genericOrganisation)
      ) {
        const owner = genericOrganisation
          ? this.lastOrganisationBefore(left, sentence - 2)
          : this.lastNameBefore(left, sentence - 1);
        if (owner?.type === 'organisation') {
          sector = owner.sector ?? 'BUS';
          country = country ?? owner.country;
          if (!owner.sector) headOf = owner;
        }
      }
      let role = entry.role;
      // A party word or a party organisation in the phrase makes a leader or official a party one.
      if (
        entry.partyRole &&
        (nested?.sector === 'PTY' ||
          modifierBody?.sector === 'PTY' ||
          range(left, right).some((i) =>
            this.lex.partyWords.has(foldName(this.tok(i).text).join(' ')),
          ))
      ) {
        sector = 'PTY';
        role = entry.partyRole;
      }
      if (entry.needsCountry && !country && !nested && !modifierBody && sector !== 'PTY')
        sector = null;
      // A singular role word right before an organisation's name premodifies it ("the rebel
      // Northern Ridge Alliance"): the organisation acts, of that sector when an armed, police or
      // criminal one; no person of its own.
      if (
        !plural &&
        !entry.inherit &&
        nested?.type === 'organisation' &&
        nested.tokenStart === to
      ) {
        if (!nested.sector && sector && FORCE_SECTORS.has(sector)) nested.sector = sector;
        return;
      }
      // Names listed right after a plural role are its members, each holding it ("deux jeunes
      // filles, Jessica et Sandrine", "les députés Paul Morel (PS) et Luc Perrin (RPR)").
      if (plural)
        for (const n of this.listedNames(right, sEnd)) {
          n.role ??= role;
          n.roleEntry ??= entry;
          n.sector ??= sector;
          n.country ??= country;
        }
      // A bare plural is no one group, unless an armed group of a stated country or of an
      // intergovernmental body acting as a clause's subject ("Afghan rebel leaders said on
      // Tuesday they …", "UN peacekeepers withdrew").
      const armedSubject =
        (country !== null || nested?.type === 'igo') &&
        sector !== null &&
        FORCE_SECTORS.has(sector) &&
        SUBJECT_RELATIONS.has(this.dep(head).deprel);
      if (plural && det === 'none' && !cueOnly && !armedSubject) return;
      // A plural needs a country or an organisation, unless a definite armed, police or criminal
      // group: one the story has introduced or of its own country ("les gendarmes", "les rebelles").
      if (plural && !country && !nested && !(det === 'def' && sector && FORCE_SECTORS.has(sector)))
        return;
      this.newCand({
        ...base,
        type: 'person',
        country,
        sector,
        role,
        former: range(left, to).some((i) =>
          this.lex.formerWords.has(foldName(this.tok(i).text).join(' ')),
        ),
        roleEntry: entry,
        description,
        orgKey: nested?.key ?? null,
        ...(headOf ? { headOf } : {}),
        // Members named by what they are tell what their organisation is ("les rebelles de
        // l'Alliance": a rebel group); a head or a spokesperson does not.
        // So does a role word naming the organisation it stands before ("the rebel Northern Ridge
        // Alliance").
        // Only armed, police and criminal sectors say so: fans of a club are no club of fans.
        ...(!entry.inherit &&
        sector &&
        FORCE_SECTORS.has(sector) &&
        nested?.type === 'organisation' &&
        !nested.sector &&
        (plural || nested.tokenStart === to)
          ? { memberOf: nested }
          : {}),
        // "l'émissaire pélavien": of a country the gazetteer does not know.
        ...(unknownDemonym && !country ? { unknownState: true } : {}),
        ...(regional && !country ? { regional: true } : {}),
      });
    } else if (what.institution) {
      const inst = what.institution;
      if (det === 'none' && this.tag(head).upos !== 'PROPN') return;
      if (inst.takesUp && (plural || det !== 'def')) return;
      // A named person's body is named with them ("Meloni's office"); a word with an everyday
      // sense that a thing possesses is no body at all ("rivers burst their banks").
      const possessor = det === 'poss' ? this.possessor(left, from, head) : null;
      if (possessor === 'thing' && inst.commonSense) return;
      if (det === 'indef' && !country && !nested) return;
      // A generic body word next to a known body's name is that body ("the radical Palestinian
      // [Islamic Jihad] movement", "le mouvement [Hamas]"): its sector and country, one actor.
      // Not across a preposition ("des réseaux à la Communauté urbaine").
      const adjacent = (c: Cand) =>
        (c.tokenStart >= left &&
          c.tokenEnd <= from &&
          !range(c.tokenEnd, from).some((i) => this.tag(i).upos === 'ADP')) ||
        (c.tokenStart === to && c.tokenEnd <= right);
      const body =
        inst.sector === null
          ? this.cands.find(
              (c) =>
                c.type !== 'person' && c.kind !== 'pronoun' && c.institution?.sector && adjacent(c),
            )
          : undefined;
      const owner = possessor === 'thing' ? undefined : (possessor ?? undefined);
      // A counted plural of a state's body ("the two governments", "les deux gouvernements")
      // sums up several states: no one country's.
      const several =
        plural && inst.state && range(left, from).some((i) => this.feat(i, 'NumType') === 'Card');
      // Capitalised words before the body word name it with it ("the Home Office", "the
      // Foreign Office"): two bodies, not one "office".
      const sentenceStart = this.doc.sentences[this.tok(from).sentence].tokenStart;
      let named = from;
      while (
        named - 1 >= left &&
        named - 1 > sentenceStart &&
        /^\p{Lu}/u.test(this.tok(named - 1).text) &&
        ['PROPN', 'ADJ', 'NOUN'].includes(this.tag(named - 1).upos) &&
        !this.demonym(this.tok(named - 1).text) &&
        !this.nameAt.has(named - 1)
      )
        named--;
      const bodyName =
        named < from
          ? foldName(this.spanText(this.tok(named).start, this.tok(to - 1).end)).join(' ')
          : undefined;
      const bodyWords = bodyName ?? foldName(inst.name).join(' ');
      const key = owner
        ? `${owner.personKey}:${bodyWords}`
        : inst.state && country
          ? `${country}:GOV`
          : `${country ?? ''}:${bodyWords}`;
      const cand = this.newCand({
        ...base,
        type: inst.type,
        key: body?.key ?? key,
        country: country ?? body?.country ?? null,
        sector: body?.institution?.sector ?? inst.sector,
        role: inst.role ?? null,
        institution: body?.institution ?? inst,
        description: owner
          ? this.spanText(this.tok(left).start, end)
          : bodyName
            ? this.spanText(this.tok(named).start, end)
            : description,
        ...(bodyName ? { bodyName } : {}),
        cueOnly: false,
        ...(owner ? { owner } : {}),
        ...(several ? { severalStates: true } : {}),
        // "the government of Pelavia", "le gouvernement de la Pélavie": a state's body
        // complemented by a name of no known country is of no country the text gives.
        // So is a body qualified by the demonym of such a country ("le gouvernement pélavien").
        ...(!country &&
        !body &&
        (unknownDemonym ||
          (inst.state &&
            (unknownComplement ||
              unknownPossessor ||
              (nested !== null &&
                nested.tokenStart >= to &&
                nested.country === null &&
                nested.type !== 'igo' &&
                nested.type !== 'person'))))
          ? { unknownState: true }
          : {}),
      });
      if (body) {
        // The inner description is no mention of its own; a name stays one.
        if (body.kind === 'nominal') body.cueOnly = true;
        this.union(cand.index, body.index);
      }
    }
  }

  /** "l'agence de presse française", "the Russian agency": a seen or unique outlet. */
  private collectOutletDescriptions() {
    for (let i = 0; i < this.doc.tokens.length; i++) {
      if (this.tag(i).upos !== 'NOUN' || this.nameAt.has(i)) continue;
      let left = i;
      while (
        left - 1 >= 0 &&
        this.dep(left - 1).head === i &&
        (this.tag(left - 1).upos === 'DET' || this.tag(left - 1).upos === 'ADJ')
      )
        left--;
      if (left === i || this.tag(left).upos !== 'DET') continue;
      let right = i + 1;
      while (
        right < this.doc.tokens.length &&
        right - i < 6 &&
        this.tok(right).sentence === this.tok(i).sentence &&
        this.tag(right).upos !== 'PUNCT' &&
        !this.nameAt.has(right)
      ) {
        const h = this.dep(right).head;
        if (h < left || h >= right + 2 || this.tag(right).upos === 'VERB') break;
        right++;
      }
      for (let r = right; r > i; r--) {
        while (r > i + 1 && ['ADP', 'DET'].includes(this.tag(r - 1).upos)) r--;
        const text = this.spanText(this.tok(left).start, this.tok(r - 1).end);
        const resolution = resolveOutletDescription(text, this.lang, this.seenOutlets);
        // "The agency" after "the International Atomic Energy Agency" is that agency, not the
        // wire agency of the dateline: a bare head noun names the body named before with it.
        const body = resolution?.outlet && r === i + 1 ? this.bodyNamedWith(i, left) : null;
        if (body) {
          const c = this.newCand({
            start: this.tok(left).start,
            end: this.tok(i).end,
            kind: 'nominal',
            tokenStart: left,
            tokenEnd: i + 1,
            head: i,
            type: body.type,
            key: body.key,
            country: body.country,
            sector: body.sector,
            institution: body.institution,
            det: 'def',
            description: text,
          });
          this.union(c.index, body.index);
          i = r - 1;
          break;
        }
        if (resolution?.outlet) {
          const base = {
            start: this.tok(left).start,
            end: this.tok(r - 1).end,
            kind: 'nominal' as const,
            tokenStart: left,
            tokenEnd: r,
            head: i,
          };
          this.addOutlet(base, resolution.outlet);
          this.cands[this.cands.length - 1].det = 'def';
          i = r - 1;
          break;
        }
      }
    }
  }

  /** The latest body (no outlet, no person) named before token `before` with the word at `head`. */
  private bodyNamedWith(head: number, before: number): Cand | null {
    const words = new Set([
      foldName(this.tok(head).text).join(' '),
      foldName(this.tag(head).lemma).join(' '),
    ]);
    for (let k = this.cands.length - 1; k >= 0; k--) {
      const c = this.cands[k];
      if (c.kind !== 'name' || c.tokenEnd > before || c.type === 'news' || c.type === 'person')
        continue;
      if (foldName(this.spanText(c.start, c.end)).some((w) => words.has(w))) return c;
    }
    return null;
  }

  collectPronouns(): void {
    for (let i = 0; i < this.doc.tokens.length; i++) {
      const tag = this.tag(i);
      if (tag.upos !== 'PRON' || this.feat(i, 'Poss') === 'Yes') continue;
      const word = foldName(this.tok(i).text).join(' ');
      const entry = this.lex.pronouns.get(word);
      if (!entry) continue;
      if (this.dep(i).deprel.startsWith('expl')) continue;
      const after = this.flat.filter((w) => w.token > i && w.token <= i + 4).map((w) => w.word);
      if (this.lex.impersonal.some((words) => words.every((w, k) => after[k] === w))) continue;
      this.stats.candidates++;
      const c = this.newCand({
        start: this.tok(i).start,
        end: this.tok(i).end,
        kind: 'pronoun',
        tokenStart: i,
        tokenEnd: i + 1,
        head: i,
        type: 'person',
        gender: entry.gender,
        plural: entry.number === 'Plur',
        det: 'def',
      });
      if (entry.emphatic) this.emphatic.add(c);
    }
  }

  private cueStartCache: Set<number> | null = null;

  /** First tokens of the anonymity cues of the document. */
  private anonymityCueStarts(): Set<number> {
    if (!this.cueStartCache) {
      this.cueStartCache = new Set();
      for (const cue of this.lex.anonymityCues) {
        for (let p = 0; p + cue.length <= this.flat.length; p++) {
          if (cue.every((w, k) => this.flat[p + k].word === w))
            this.cueStartCache.add(this.flat[p].token);
        }
      }
    }
    return this.cueStartCache;
  }

  /** Anonymity cues right after a person nominal ("un responsable … sous couvert d'anonymat"). */
  markAnonymity(): void {
    {
      for (const token of this.anonymityCueStarts()) {
        const sentence = this.tokenSentence[token];
        // The nearest person mention before the cue in the sentence.
        let best: Cand | null = null;
        for (const c of this.cands) {
          if (
            c.type !== 'person' ||
            c.kind === 'pronoun' ||
            c.sentence !== sentence ||
            c.tokenEnd > token + 1
          )
            continue;
          if (!best || c.tokenEnd > best.tokenEnd) best = c;
        }
        if (best && best.kind === 'nominal') best.anonymousCue = true;
      }
    }
  }

  // ── clustering ──────────────────────────────────────────────────────

  private indexOf(c: Cand): number {
    return c.index;
  }

  private find(i: number): number {
    while (this.cands[i].parent !== i) {
      this.cands[i].parent = this.cands[this.cands[i].parent].parent;
      i = this.cands[i].parent;
    }
    return i;
  }
  private union(a: number, b: number) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.cands[child].parent = root;
    // Only the two clusters change: merge their members (kept in candidate order) and forget
    // their profiles, so that long texts do not rebuild every cluster after every union.
    const cache = this.clusterCache;
    if (cache && cache.size > 0) {
      cache.set(root, mergeByIndex(cache.get(root) ?? [], cache.get(child) ?? []));
      cache.delete(child);
    }
    this.profileCache.delete(root);
    this.profileCache.delete(child);
  }

  /** Clusters by representative (in candidate order), updated by each union. */
  private clusterCache: Map<number, Cand[]> | null = null;
  private clusteredCands = 0;
  private readonly profileCache = new Map<number, ReturnType<ActorAnalysis['computeProfile']>>();

  private members(root: number): Cand[] {
    if (!this.clusterCache || this.clusteredCands !== this.cands.length) {
      this.clusteredCands = this.cands.length;
      this.profileCache.clear();
      this.clusterCache = new Map();
      this.cands.forEach((c, k) => {
        const r = this.find(k);
        const list = this.clusterCache!.get(r);
        if (list) list.push(c);
        else this.clusterCache!.set(r, [c]);
      });
    }
    return this.clusterCache.get(root) ?? [];
  }

  private roots(): number[] {
    this.members(0);
    return [...this.clusterCache!.keys()];
  }

  /** What a cluster is known to be so far. */
  private profile(root: number) {
    let p = this.profileCache.get(root);
    if (!p) {
      p = this.computeProfile(root);
      this.profileCache.set(root, p);
    }
    return p;
  }

  private computeProfile(root: number) {
    const ms = this.members(root);
    const named = ms.some((m) => m.kind === 'name');
    const roles = new Set(ms.map((m) => m.role).filter((r): r is string => r !== null));
    const country = ms.map((m) => m.country).find((c) => c) ?? null;
    const genders = ms.map((m) => m.gender).filter((g): g is 'Masc' | 'Fem' => g !== null);
    const type = named
      ? ms.find((m) => m.kind === 'name')!.type
      : (ms.find((m) => m.kind !== 'pronoun')?.type ?? 'person');
    return {
      named,
      roles,
      country,
      gender: genders[0] ?? null,
      plural: ms.every((m) => m.kind !== 'name' && m.plural),
      type,
      last: Math.max(...ms.map((m) => m.start)),
    };
  }

  cluster(): void {
    this.surnamesAsPersons();
    const idx = (c: Cand) => this.indexOf(c);
    const ordered = this.cands
      .map((_, k) => k)
      .sort(
        (a, b) =>
          this.cands[a].start - this.cands[b].start || this.cands[b].end - this.cands[a].end,
      );
    // 1. Names by key: person keys (surname-only keys join the full name they fit), other keys by equality.
    const byKey = new Map<string, number>();
    const persons: number[] = [];
    // Persons by surname, in text order: only namesakes can share a key (linear on long texts).
    const namesakes = new Map<string, number[]>();
    // A lone given name is the one person named in full with it ("Leelah … Leelah Alcorn").
    const personNames = this.cands.filter((c) => c.personKey && !c.cueOnly && c.kind === 'name');
    const givenOf = this.givenNamesOfFullNames(
      personNames.map((c) => ({ from: c.tokenStart, to: c.tokenEnd })),
    );
    const fullNamed = new Map(personNames.map((c) => [c.personKey!, c.index]));
    for (const k of ordered) {
      const c = this.cands[k];
      if (c.kind === 'pronoun' || c.cueOnly) continue;
      const lone = c.personKey && c.tokenEnd - c.tokenStart === 1;
      const fullKeys = lone ? givenOf.get(foldName(this.spanText(c.start, c.end)).join(' ')) : null;
      if (fullKeys?.length === 1 && fullKeys[0] !== c.personKey) {
        this.union(fullNamed.get(fullKeys[0])!, k);
        continue;
      }
      if (c.personKey) {
        const surname = keySurname(c.personKey);
        let seen = namesakes.get(surname);
        if (!seen) namesakes.set(surname, (seen = []));
        const full = seen.filter((o) => this.cands[o].personKey === c.personKey);
        // "Steven Sotloff … Sotloff … Shirley Sotloff": a bare surname already taken by a
        // namesake of another given name is not this person's.
        const rivals = new Set(
          seen
            .filter((o) => !sameKey(this.cands[o].personKey!, c.personKey!))
            .map((o) => this.find(o)),
        );
        const fitting =
          full.length > 0
            ? full
            : seen.filter(
                (o) => sameKey(this.cands[o].personKey!, c.personKey!) && !rivals.has(this.find(o)),
              );
        const fullKeys = new Set(
          fitting.map((o) => this.cands[o].personKey!.split(':')[1]).filter(Boolean),
        );
        if (fitting.length > 0 && fullKeys.size <= 1) this.union(fitting[fitting.length - 1], k);
        else if (fitting.length === 0) {
          // Its key took the first word of a compound surname for a given name ("Orrego Sáez"
          // after "Valentina Orrego Sáez"); a real given name makes another person.
          const text = this.spanText(c.start, c.end);
          const longer = this.lex.givenNames.has(foldName(text)[0])
            ? []
            : seen.filter((o) =>
                endsName(text, this.spanText(this.cands[o].start, this.cands[o].end)),
              );
          if (longer.length > 0) this.union(longer[longer.length - 1], k);
        }
        persons.push(k);
        seen.push(k);
      } else if (
        c.key &&
        (c.kind === 'name' || c.type === 'news' || (c.institution?.state && c.country))
      ) {
        const prior = byKey.get(c.key);
        if (prior !== undefined) this.union(prior, k);
        else byKey.set(c.key, k);
      }
    }
    // An acronym in brackets right after an organisation's name is that organisation's, wherever
    // the article uses it ("the Islamic Salvation Front (FIS) … the FIS").
    for (const k of ordered) {
      const c = this.cands[k];
      if (c.kind !== 'name' || c.type === 'person' || c.cueOnly) continue;
      const t = c.tokenEnd;
      if (
        t + 2 >= this.doc.tokens.length ||
        this.tok(t).text !== '(' ||
        this.tok(t + 2).text !== ')'
      )
        continue;
      const a = this.nameAt.get(t + 1);
      if (a === undefined || a === k || !/^\p{Lu}{2,8}$/u.test(this.tok(t + 1).text)) continue;
      this.union(k, a);
      // A known body's acronym tells what a name holding a generic body word is ("National
      // Liberation Army (ELN)": an armed group, no army).
      const known = this.cands[a].institution;
      if (known && c.institution?.name !== known.name) {
        c.institution = known;
        c.type = known.type;
        c.sector = known.sector;
      }
    }
    // An organisation's name shortened to its opening words ("Horizon" for "Horizon Motors")
    // joins the one organisation whose name opens so.
    const organisations = ordered.filter((k) => {
      const c = this.cands[k];
      return c.kind === 'name' && c.type === 'organisation' && !c.cueOnly && c.key;
    });
    for (const k of organisations) {
      const c = this.cands[k];
      if (c.institution) continue;
      const longer = new Set(
        organisations
          .filter((o) => this.cands[o].key!.startsWith(`${c.key} `))
          .map((o) => this.find(o)),
      );
      if (longer.size === 1) this.union([...longer][0], k);
    }
    // A body's name told once after its state's demonym is the same body ("the British Foreign
    // Office … the Foreign Office").
    const byBareName = new Map<string, Set<number>>();
    const bodies = ordered.filter((k) => {
      const c = this.cands[k];
      return (
        c.kind === 'name' &&
        (c.type === 'organisation' || c.type === 'government') &&
        !c.cueOnly &&
        c.key
      );
    });
    for (const k of bodies) {
      const c = this.cands[k];
      let first = c.tokenStart;
      while (first < c.tokenEnd - 1 && this.demonym(this.tok(first).text)) first++;
      // A lone body word left ("Embassy") is any state's ("the U.S. Embassy").
      if (first === c.tokenStart || c.tokenEnd - first < 2) continue;
      const bare = foldName(this.spanText(this.tok(first).start, c.end)).join(' ');
      byBareName.set(bare, (byBareName.get(bare) ?? new Set()).add(this.find(k)));
    }
    // So is a body nominal named with the same words ("the Foreign Office statement").
    const bodySet = new Set(bodies);
    for (const k of ordered) {
      const c = this.cands[k];
      const bare = bodySet.has(k) ? c.key : c.kind === 'nominal' ? c.bodyName : undefined;
      const fuller = bare && !c.cueOnly ? byBareName.get(bare) : undefined;
      if (fuller?.size === 1) this.union([...fuller][0], k);
    }
    this.definiteShortForms(ordered);
    // A surname seen before its full name joins it too.
    for (const k of persons) {
      const c = this.cands[k];
      if (c.personKey!.endsWith(':')) {
        const full = namesakes
          .get(keySurname(c.personKey!))!
          .filter(
            (o) =>
              o !== k &&
              sameKey(this.cands[o].personKey!, c.personKey!) &&
              !this.cands[o].personKey!.endsWith(':'),
          );
        const keys = new Set(full.map((o) => this.cands[o].personKey));
        if (keys.size === 1) this.union(full[0], k);
      }
    }
    // 2. Appositions and titles: a nominal next to a person name ("le président ukrainien Volodymyr Zelensky",
    //    "Antony Blinken, Secretary of State", "Paul Whelan (un citoyen américain …)").
    //    Institution nominals pair with organisation names ("NATO, the military alliance").
    for (const c of this.cands) {
      const person = c.type === 'person';
      // A group is no one person ("les députés [Paul Martin] et …").
      if (c.kind !== 'nominal' || c.type === 'news' || (person && c.plural)) continue;
      const after = this.nameAfter(c.tokenEnd, c.sentence, person);
      const before = this.nameBefore(c.tokenStart, c.sentence, person);
      const partner = after ?? before ?? (person ? this.copulaSubject(c) : null);
      if (partner) this.union(idx(c), idx(partner));
    }
    // 3. Nominal anaphora, in text order. An unnamed group told again in the same words in the
    //    sentences after ("Afghan rebel leaders reject …" / "Afghan rebel leaders said …") is
    //    the same group.
    const groupsByWords = new Map<string, number>();
    for (const k of ordered) {
      const c = this.cands[k];
      if (c.kind !== 'nominal' || c.cueOnly) continue;
      if (c.plural && c.description && (c.det === 'none' || c.det === 'indef')) {
        const words = `${c.country ?? ''}:${foldName(c.description).join(' ')}`;
        const earlier = groupsByWords.get(words);
        if (earlier !== undefined && c.sentence - this.cands[earlier].sentence <= 2)
          this.union(earlier, k);
        groupsByWords.set(words, k);
      }
      if (this.members(this.find(k)).some((m) => m.kind === 'name')) continue;
      const antecedent = this.nominalAntecedent(c);
      if (antecedent !== null) this.union(antecedent, k);
    }
    // 3b. A headline's or lead's generic role or body ("Judge blocks …", "A federal judge on
    //     Thursday …", "la métropole renonce …") is the person or body the story names as such
    //     further on, when it names only one.
    const lead = this.leadSentences();
    for (const k of ordered) {
      const c = this.cands[k];
      const person = c.type === 'person';
      if (
        c.kind !== 'nominal' ||
        c.cueOnly ||
        (person ? !c.role : !c.institution || c.institution.state) ||
        c.plural ||
        c.former ||
        c.anonymousCue ||
        this.introducesAnother(c) ||
        (c.det !== 'indef' && c.det !== 'none' && (person || c.det !== 'def')) ||
        !lead.has(c.sentence)
      )
        continue;
      const own = this.find(k);
      if (this.members(own).some((m) => m.kind === 'name')) continue;
      const holders = this.roots().filter((r) => {
        const p = this.profile(r);
        return (
          r !== own &&
          p.named &&
          p.type === c.type &&
          (person
            ? p.roles.has(c.role!)
            : this.members(r).some(
                (m) => m.kind === 'name' && m.institution?.name === c.institution!.name,
              )) &&
          !(c.country && p.country && c.country !== p.country)
        );
      });
      if (
        holders.length === 1 &&
        this.members(holders[0]).every((m) => m.kind !== 'name' || m.start > c.start)
      )
        this.union(holders[0], k);
    }
    // 4. Pronouns.
    for (const k of ordered) {
      const c = this.cands[k];
      if (c.kind !== 'pronoun') continue;
      const antecedent = this.pronounAntecedent(c);
      if (antecedent !== null) {
        this.union(antecedent, k);
        this.stats.resolved++;
      }
    }
  }

  /**
   * A definite short form of a body named before ("the Commission" after "the European
   * Commission", "la Commission" after "la Commission européenne"): its head noun or the words
   * it opens or closes with, when they fit one body only. A body the lexicon names with a capital
   * ("House", "Senate") is one of its own, not a short form ("the House" after "the White House").
   */
  private definiteShortForms(ordered: number[]): void {
    const affixes = new Map<string, Set<number>>();
    for (const k of ordered) {
      const c = this.cands[k];
      if (c.kind !== 'name' || c.type === 'person' || c.cueOnly) continue;
      const words = foldName(this.spanText(c.start, c.end));
      const text = words.join(' ');
      const definite = c.tokenStart > 0 && this.feat(c.tokenStart - 1, 'Definite') === 'Def';
      const fitting = affixes.get(text);
      if (definite && fitting && !(c.institution && /^\p{Lu}/u.test(c.institution.name))) {
        const clusters = new Set([...fitting].map((o) => this.find(o)));
        if (clusters.size === 1) this.union([...clusters][0], k);
      }
      for (let n = 1; n < words.length; n++) {
        for (const affix of [
          words.slice(0, n).join(' '),
          words.slice(words.length - n).join(' '),
        ]) {
          let set = affixes.get(affix);
          if (!set) affixes.set(affix, (set = new Set()));
          set.add(k);
        }
      }
    }
  }

  /** The headline and lead: the first paragraph's sentences and the next paragraph's first one, bylines and datelines aside. */
  private leadSentences(): Set<number> {
    const bylines = new Set((this.doc.bylines ?? []).map((b) => b.paragraph));
    const datelines = this.doc.datelines ?? [];
    const story = (paragraph: number) =>
      this.doc.sentences.filter(
        (s) =>
          s.paragraph === paragraph && !datelines.some((d) => d.start <= s.start && s.end <= d.end),
      );
    const [first, second] = this.doc.paragraphs.filter((p) => !bylines.has(p.index));
    return new Set(
      [
        ...(first ? story(first.index) : []),
        ...(second ? story(second.index).slice(0, 1) : []),
      ].map((s) => s.index),
    );
  }

  /** The name at token i: a person's, or (person false) an organisation's, IGO's or state body's. */
  private nameOfKindAt(i: number, person: boolean): Cand | null {
    const k = this.nameAt.get(i);
    if (k === undefined) return null;
    const c = this.cands[k];
    return (c.type === 'person') === person && c.type !== 'news' ? c : null;
  }

  /** A name right after a nominal, over at most a comma or an opening bracket. */
  private nameAfter(i: number, sentence: number, person: boolean): Cand | null {
    // A complement the parser hung elsewhere may stand between the title and its name
    // ("le commissaire [au marché intérieur], Thierry Breton,").
    if (
      i < this.doc.tokens.length &&
      this.tag(i).upos === 'ADP' &&
      this.lex.complementPrepositions.has(foldName(this.tok(i).text).join(' '))
    ) {
      let k = i + 1;
      while (
        k < this.doc.tokens.length &&
        k - i < MAX_COMPLEMENT_WORDS &&
        this.tok(k).sentence === sentence &&
        !['PUNCT', 'VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(this.tag(k).upos) &&
        !this.nameAt.has(k)
      )
        k++;
      if (k > i + 1 && k < this.doc.tokens.length && this.tok(k).text === ',') i = k;
    }
    // "un délégué CGT, Marc Vernier": the organisation qualifying the role stands between.
    const qualifier = person ? this.nameOfKindAt(i, false) : null;
    if (
      qualifier &&
      qualifier.tokenStart === i &&
      qualifier.type === 'organisation' &&
      qualifier.tokenEnd < this.doc.tokens.length &&
      this.tok(qualifier.tokenEnd).text === ','
    )
      i = qualifier.tokenEnd;
    if (i < this.doc.tokens.length && this.tok(i).sentence === sentence) {
      const direct = this.nameOfKindAt(i, person);
      if (direct && direct.tokenStart === i) return direct;
      if ([',', '(', '–', '—', ':'].includes(this.tok(i).text)) {
        // Over an honorific ("le porte-parole du ministère, M. Dimas Prasetyo,").
        const at = person && this.honorificBefore(i + 2) !== undefined ? i + 2 : i + 1;
        const next = this.nameOfKindAt(at, person);
        if (next && next.tokenStart === at && this.closesApposition(next.tokenEnd)) return next;
      }
    }
    return null;
  }

  private closesApposition(i: number): boolean {
    return (
      i >= this.doc.tokens.length ||
      [',', ')', '.', '–', '—', ';', ':'].includes(this.tok(i).text) ||
      this.tag(i).upos === 'VERB' ||
      this.tag(i).upos === 'AUX'
    );
  }

  private hasCopula(token: number): boolean {
    const { tokenStart, tokenEnd } = this.doc.sentences[this.tokenSentence[token]];
    for (let j = tokenStart; j < tokenEnd; j++)
      if (this.dep(j).head === token && this.dep(j).deprel === 'cop') return true;
    return false;
  }

  /** Whether a nominal introduces someone not told of before ("another hostage", "a second journalist"). */
  private introducesAnother(c: Cand): boolean {
    return range(c.tokenStart, c.head).some((i) =>
      this.lex.otherWords.has(foldName(this.tok(i).text).join(' ')),
    );
  }

  /** The person name a predicate nominal describes ("Barnier est sénateur de Savoie"). */
  private copulaSubject(c: Cand): Cand | null {
    const { tokenStart, tokenEnd } = this.doc.sentences[c.sentence];
    let copula = false;
    let subject: Cand | null = null;
    for (let j = tokenStart; j < tokenEnd; j++) {
      if (this.dep(j).head !== c.head) continue;
      if (this.dep(j).deprel === 'cop') copula = true;
      else if (this.dep(j).deprel === 'nsubj') subject = subject ?? this.nameOfKindAt(j, true);
    }
    return copula ? subject : null;
  }

  /**
   * The apposition after a name at token `i` that opens with a possessive of things (", its
   * U.S. rival,"), up to the next comma, with the one country it names, if any.
   */
  private thingApposition(i: number): { from: number; to: number; country: string | null } | null {
    if (i + 2 >= this.doc.tokens.length || this.tok(i).text !== ',') return null;
    if (!this.lex.thingPossessives.has(foldName(this.tok(i + 1).text).join(' '))) return null;
    const sentence = this.tok(i).sentence;
    let to = i + 2;
    while (
      to < this.doc.tokens.length &&
      to - i <= 8 &&
      this.tok(to).sentence === sentence &&
      this.tag(to).upos !== 'PUNCT'
    )
      to++;
    const countries = new Set<string>();
    for (let k = i + 2; k < to; k++) {
      const word = this.tok(k).text;
      const place = /^\p{Lu}/u.test(word) ? resolvePlace(word, this.lang) : null;
      const iso3 = this.demonym(word) ?? (place?.kind === 'country' ? place.iso3 : null);
      if (iso3) countries.add(iso3);
    }
    return { from: i + 1, to, country: countries.size === 1 ? [...countries][0] : null };
  }

  /** A name right before a nominal apposition, over a comma or an opening bracket. */
  private nameBefore(i: number, sentence: number, person: boolean): Cand | null {
    if (i - 2 < 0 || this.tok(i - 1).sentence !== sentence) return null;
    if (![',', '('].includes(this.tok(i - 1).text)) return null;
    const name = this.nameOfKindAt(i - 2, person);
    return name && name.tokenEnd === i - 1 ? name : null;
  }

  /** The cluster a definite, demonstrative or possessive nominal refers back to, or null for a new actor. */
  private nominalAntecedent(c: Cand): number | null {
    if (c.det === 'indef' || c.det === 'none' || this.introducesAnother(c)) return null;
    const k = this.indexOf(c);
    const roots = this.roots().filter((r) => r !== this.find(k));
    const candidates = roots
      .map((r) => ({
        r,
        p: this.profile(r),
        first: Math.min(...this.members(r).map((m) => m.start)),
      }))
      .filter(
        ({ p }) =>
          p.type === c.type &&
          !(c.country && p.country && c.country !== p.country) &&
          p.plural === c.plural,
      );
    const prior = candidates
      .filter(({ first }) => first < c.start)
      .sort((a, b) => b.p.last - a.p.last);
    // A definite group of a sector ("les rebelles", "the fugitives") is the body or group of that
    // sector the sentences just before name ("la guérilla des FARC", "les cinq casseurs").
    if (c.type === 'person' && c.plural && c.det === 'def' && FORCE_SECTORS.has(c.sector ?? '')) {
      const group = roots
        .filter((r) => {
          const ms = this.members(r);
          const p = this.profile(r);
          return (
            (p.type !== 'person' || p.plural) &&
            Math.min(...ms.map((m) => m.start)) < c.start &&
            this.sentenceDistance(r, c.sentence) <= 2 &&
            ms.some((m) => m.kind !== 'pronoun' && m.sector === c.sector) &&
            !(c.country && p.country && c.country !== p.country)
          );
        })
        .sort((a, b) => this.profile(b).last - this.profile(a).last);
      if (group.length > 0) return group[0];
    }
    if (c.type !== 'person') {
      if (!c.institution) return null;
      // A body named in full ("the Home Office") is only the body of that name.
      const sameBody = (r: number) =>
        this.members(r).some(
          (m) =>
            m.institution?.name === c.institution!.name &&
            (!c.bodyName ||
              m.bodyName === c.bodyName ||
              (m.kind === 'name' &&
                foldName(this.spanText(m.start, m.end)).join(' ').endsWith(c.bodyName))),
        );
      // "the company", "l'entreprise": the organisation named last, in the sentences just
      // before, whose sector it does not contradict (a business or one of unknown sector); "the
      // group", "the movement", of no sector: any organisation, or a body named with the word,
      // whichever was told last. A nominal telling its own country ("la poste américaine")
      // names a body of its own.
      const sector = c.institution.sector;
      const generic =
        c.type === 'organisation' &&
        c.det !== 'poss' &&
        !c.country &&
        (sector === 'BUS' || sector === null);
      const namedBefore = (r: number, p: ReturnType<typeof this.profile>) =>
        generic &&
        p.named &&
        this.sentenceDistance(r, c.sentence) <= 2 &&
        this.members(r).every((m) => !sector || !m.sector || m.sector === sector);
      if (sector === null && generic) {
        const last = prior.find(({ r, p }) => sameBody(r) || namedBefore(r, p));
        return last ? last.r : null;
      }
      const same = prior.find(({ r }) => sameBody(r));
      if (same) return same.r;
      const named = prior.find(({ r, p }) => namedBefore(r, p));
      return named ? named.r : null;
    }
    const entry = c.roleEntry;
    if (!entry) return null;
    if (entry.counterpart) {
      if (!c.country) return null;
      const pool = prior.filter(({ p }) => p.country === c.country && p.type === 'person');
      const later = candidates.filter(({ p }) => p.country === c.country && p.named);
      const chosen = pool[0] ?? (later.length === 1 ? later[0] : null);
      return chosen ? chosen.r : null;
    }
    if (entry.anaphoric) {
      const subject = this.clauseSubject(c.head);
      const pool = prior.filter(
        ({ r, p }) =>
          p.type === 'person' && r !== subject && this.sentenceDistance(r, c.sentence) <= 2,
      );
      return (pool.find(({ p }) => p.named) ?? pool[0])?.r ?? null;
    }
    if (entry.anonymousAlways && c.det !== 'poss') {
      // "la même source": the anonymous source or official last cited.
      const pool = prior.filter(
        ({ r, p }) => !p.named && this.members(r).some((m) => m.anonymousCue || m.det === 'indef'),
      );
      return pool[0]?.r ?? null;
    }
    if (!c.role) return null;
    const orgOf = (r: number) => this.members(r).find((m) => m.orgKey)?.orgKey ?? null;
    const sameRole = candidates.filter(
      ({ r, p }) => p.roles.has(c.role!) && !(c.orgKey && orgOf(r) && orgOf(r) !== c.orgKey),
    );
    if (c.det === 'dem') {
      const pool = sameRole.filter(({ first }) => first < c.start);
      return pool.length > 0 ? pool.sort((a, b) => b.p.last - a.p.last)[0].r : null;
    }
    // "a senior official in the foreign ministry … The official, who spoke on condition of
    // anonymity": a bare definite role is the unnamed person of that role (or a narrower one)
    // the sentences just before told of.
    if (c.det === 'def' && !c.plural && !c.country) {
      const narrower = ` ${c.role}`;
      const recent = candidates
        .filter(
          ({ r, p, first }) =>
            first < c.start &&
            !p.named &&
            [...p.roles].some((role) => role === c.role || role.endsWith(narrower)) &&
            this.sentenceDistance(r, c.sentence) <= 2,
        )
        .sort((a, b) => b.p.last - a.p.last);
      if (recent.length > 0) return recent[0].r;
    }
    if (entry.unique || c.country) {
      const named = sameRole.filter(({ p }) => p.named);
      if (named.length === 1) return named[0].r;
      const priorSame = sameRole.filter(({ first }) => first < c.start);
      if (priorSame.length === 1) return priorSame[0].r;
    }
    // "the judge", "the Democratic presidential nominee": with no actor of that role so far (one
    // named later is another: "le ministre" of the other side), the person the text has named
    // most so far among those it gives no role, when one stands out and is recent.
    if (c.det === 'def' && !c.plural && !sameRole.some(({ first }) => first < c.start)) {
      const unroled = prior
        .filter(
          ({ p }) =>
            p.named &&
            p.roles.size === 0 &&
            // A nominal telling a country takes up a named person of no stated country only when
            // both tell one gender ("Mme X et M. Y … la ministre chilienne").
            (!c.country ||
              p.country === c.country ||
              (p.country === null && c.gender !== null && p.gender === c.gender)) &&
            !(c.gender && p.gender && c.gender !== p.gender),
        )
        .map(({ r }) => ({ r, n: this.members(r).filter((m) => m.kind !== 'pronoun').length }))
        .sort((a, b) => b.n - a.n);
      if (
        unroled.length > 0 &&
        (unroled.length === 1 || unroled[0].n > unroled[1].n) &&
        this.sentenceDistance(unroled[0].r, c.sentence) <= 2
      )
        return unroled[0].r;
    }
    return null;
  }

  private sentenceDistance(root: number, sentence: number): number {
    return Math.min(...this.members(root).map((m) => Math.abs(sentence - m.sentence)));
  }

  /** Candidates by token, in candidate order: a name or nominal under each token it covers, a pronoun under its head. */
  private candsByToken: { size: number; at: Map<number, number[]> } | null = null;

  private candsAt(token: number): number[] {
    if (this.candsByToken?.size !== this.cands.length) {
      const at = new Map<number, number[]>();
      const put = (t: number, k: number) => {
        const list = at.get(t);
        if (list) list.push(k);
        else at.set(t, [k]);
      };
      this.cands.forEach((c, k) => {
        if (c.kind === 'pronoun') put(c.head, k);
        else for (let t = c.tokenStart; t < c.tokenEnd; t++) put(t, k);
      });
      this.candsByToken = { size: this.cands.length, at };
    }
    return this.candsByToken.at.get(token) ?? [];
  }

  /** The cluster of the subject of the clause a token belongs to. */
  private clauseSubject(token: number): number | null {
    let h = token;
    for (let guard = 0; guard < 10 && h >= 0; guard++) {
      const up = this.dep(h).head;
      if (up < 0) break;
      const tag = this.tag(up).upos;
      if (tag === 'VERB' || tag === 'AUX') {
        for (
          let j = this.doc.sentences[this.tok(up).sentence].tokenStart;
          j < this.doc.sentences[this.tok(up).sentence].tokenEnd;
          j++
        ) {
          if (this.dep(j).head === up && SUBJECT_RELATIONS.has(this.dep(j).deprel)) {
            const cand = this.candsAt(j)[0];
            return cand !== undefined ? this.find(cand) : null;
          }
        }
        // No subject in the parse: a person mention right before the token (over clitics) stands in for it.
        for (let j = token - 1; j >= 0 && token - j <= 2; j--) {
          const cand = this.candsAt(j).find((k) => {
            const c = this.cands[k];
            return c.kind !== 'pronoun' && c.type === 'person' && c.tokenEnd === j + 1;
          });
          if (cand !== undefined) return this.find(cand);
          if (this.tag(j).upos !== 'PRON') break;
        }
        return null;
      }
      h = up;
    }
    return null;
  }

  /** The token carrying a subject mention's subject relation (the honorific when the parser chose it). */
  private subjectToken(m: Cand): number {
    return SUBJECT_RELATIONS.has(this.dep(m.head).deprel) ? m.head : m.tokenStart - 1;
  }

  /** Whether token `ancestor` dominates token `token` in the parse. */
  private governs(ancestor: number, token: number): boolean {
    for (let h = token, guard = 0; h >= 0 && guard < 30; guard++) {
      if (h === ancestor) return true;
      h = this.dep(h).head;
    }
    return false;
  }

  /** A subject mention; "M. Weber" counts when the parser made the honorific the subject. */
  private isSubject(m: Cand): boolean {
    if (SUBJECT_RELATIONS.has(this.dep(m.head).deprel)) return true;
    const before = m.tokenStart - 1;
    return (
      m.kind === 'name' &&
      before >= 0 &&
      this.honorificBefore(m.tokenStart) !== undefined &&
      SUBJECT_RELATIONS.has(this.dep(before).deprel)
    );
  }

  /** Single-word place or organisation names that are the surname of a person named in full. */
  private surnamesAsPersons() {
    const full = this.cands.filter(
      (c) => c.type === 'person' && c.kind === 'name' && c.personKey && !c.personKey.endsWith(':'),
    );
    for (const c of this.cands) {
      if (
        c.kind !== 'name' ||
        c.type === 'person' ||
        c.type === 'news' ||
        c.tokenEnd - c.tokenStart !== 1
      )
        continue;
      const key = personKey(this.spanText(c.start, c.end));
      if (key && full.some((f) => sameKey(f.personKey!, key))) {
        Object.assign(c, {
          type: 'person',
          personKey: key,
          key,
          country: null,
          sector: null,
          cueOnly: false,
        });
      }
    }
  }

  /** The cluster a pronoun refers to, only where that is safe; null otherwise. */
  private pronounAntecedent(c: Cand): number | null {
    const k = this.indexOf(c);
    // Emphatic pronoun right after a mention: "Antony Blinken lui-même", "the president himself".
    const prevMention = this.cands.find(
      (m) => m !== c && m.kind !== 'pronoun' && m.tokenEnd === c.tokenStart && m.type === 'person',
    );
    if (prevMention && this.emphatic.has(c)) return this.find(this.indexOf(prevMention));
    const subject = this.isSubject(c);
    // A group phrase just before blocks plural pronouns (split antecedents).
    const recentGroup = [...this.groupTokens].some(
      (t) => t < c.tokenStart && c.sentence - this.tokenSentence[t] <= 1,
    );
    if (c.plural && recentGroup) return null;
    const window = this.cands
      .map((m, i) => ({ m, i }))
      .filter(
        ({ m, i }) =>
          i !== k &&
          !m.cueOnly &&
          m.start < c.start &&
          c.sentence - m.sentence <= 1 &&
          c.sentence - m.sentence >= 0,
      )
      .filter(({ m }) => m.kind !== 'pronoun' || this.find(this.indexOf(m)) !== this.indexOf(m));
    const compatible = (root: number) => {
      const p = this.profile(root);
      if (p.type !== 'person') return false;
      if (c.plural !== p.plural) return false;
      if (c.gender && p.gender && c.gender !== p.gender) return false;
      return true;
    };
    const open = [...new Set(window.map(({ i }) => this.find(i)))].filter(compatible);
    // Actors of the pronoun's known gender outrank actors of unknown gender.
    const agreeing = open.filter((r) => c.gender !== null && this.profile(r).gender === c.gender);
    const roots = agreeing.length > 0 ? agreeing : open;
    if (roots.length === 0) return null;
    if (subject) {
      // The subject of the previous clause or sentence.
      const subjects = window
        .filter(({ m }) => this.isSubject(m) && roots.includes(this.find(this.indexOf(m))))
        .sort((a, b) => b.m.start - a.m.start);
      // In the same sentence, the subject of a clause governing the pronoun's ("X a annoncé qu'il …");
      // else the latest subject.
      const governing = subjects.find(
        ({ m }) =>
          m.sentence === c.sentence && this.governs(this.dep(this.subjectToken(m)).head, c.head),
      );
      const chosen = governing ?? subjects[0];
      if (chosen) return this.find(chosen.i);
      return roots.length === 1 ? roots[0] : null;
    }
    const clauseSubject = this.clauseSubject(c.head);
    const others = roots.filter((r) => r !== clauseSubject);
    if (others.length === 1) return others[0];
    const gendered = others.filter((r) => c.gender && this.profile(r).gender === c.gender);
    return gendered.length === 1 ? gendered[0] : null;
  }

  /** Country and sector (on the document's date) of the first name the shipped dictionary knows. */
  private knownFigure(names: Cand[]): { country: string | null; sector: string | null } | null {
    for (const m of names) {
      const actor = shippedDictionary().lookup(this.spanText(m.start, m.end));
      if (!actor) continue;
      const code = codeOn(actor, this.doc.date);
      const split = splitActorCode(code ?? actor.codes.at(-1)?.code ?? '');
      if (code) return { country: split.country, sector: split.sectors[0] ?? null };
      // Undated, a figure who held one kind of office only is known by it (a head of state,
      // an armed movement's leader); what they did after office tells no date.
      const held = new Set(
        actor.codes
          .map((c) => splitActorCode(c.code).sectors[0])
          .filter((s) => s && s !== FORMER_OFFICE_SECTOR),
      );
      const sector = !this.doc.date && held.size === 1 ? [...held][0] : null;
      return { country: split.country, sector };
    }
    return null;
  }

  // ── entities ────────────────────────────────────────────────────────

  entities(dictionary: ActorDictionary | null): Entity[] {
    const groups = new Map<number, Cand[]>();
    this.cands.forEach((c, k) => {
      if (c.cueOnly && c.kind === 'name') return;
      const root = this.find(k);
      const list = groups.get(root) ?? [];
      list.push(c);
      groups.set(root, list);
    });
    // The country the document is mostly about: what unplaced officials and institutions belong to.
    // Actors' countries and where the story happens (towns and regions weigh more than countries).
    const tally = new Map<string, number>();
    const add = (iso3: string, weight: number) => {
      if (!NON_STATE_CODES.has(iso3)) tally.set(iso3, (tally.get(iso3) ?? 0) + weight);
    };
    // Places the gazetteer does not know are most likely small places of the language's news
    // country (French villages); with no such country, of none known (an invented country).
    // Together they weigh as one town: a foreign story's villages (a Czech minister's stops
    // told in French) do not outweigh the country it names. Not when the text names a country
    // the gazetteer does not know ("le gouvernement pélavien"): its unknown places are that
    // country's, and so is the story.
    const unknownState = this.cands.some((c) => c.unknownState && !c.cueOnly);
    const newsCountry = unknownState ? null : this.lex.homeCountry;
    if (this.unknownPlaces > 0) add(newsCountry ?? UNKNOWN_PLACE, Math.min(this.unknownPlaces, 2));
    // A state named on its body or by its demonym weighs as a town where the story happens.
    for (const c of this.cands) if (c.unknownState && !c.cueOnly) add(UNKNOWN_PLACE, 2);
    // Not the outlets': a Reuters dispatch is no British story.
    for (const c of this.cands)
      if (c.country && c.kind !== 'pronoun' && !c.cueOnly && c.type !== 'news') add(c.country, 1);
    // Where a dispatch was filed from counts as a town named there.
    // Not in a story of a state the gazetteer does not know: a dateline it knows is then only where
    // the reporter files from ("ADDIS ABABA" on a story of the Ostravan rebels).
    const filedFrom = unknownState
      ? []
      : (this.doc.datelines ?? [])
          .flatMap((d) => d.places)
          .map((place) => resolvePlace(place.text, this.lang)?.iso3)
          .filter((iso3): iso3 is string => !!iso3);
    for (const iso3 of filedFrom) add(iso3, 2);
    for (const iso3 of this.partyAt.values()) add(iso3, 1);
    // Demonyms outside every mention tell whose story it is too ("the Zambian people").
    const inMention = new Set(this.cands.flatMap((c) => range(c.tokenStart, c.tokenEnd)));
    this.doc.tokens.forEach((t, i) => {
      const iso3 = inMention.has(i) || this.onForeignersTrade(i) ? null : this.demonym(t.text);
      if (iso3) add(iso3, 1);
    });
    // The publishing outlet's country breaks ties: a regional paper's stories are mostly local.
    const outlet = this.doc.article.outlet ? findOutlet(this.doc.article.outlet) : null;
    if (outlet?.country) add(outlet.country, 0.5);
    const cities = new Map<string, { mentions: number; names: Set<string>; small: boolean }>();
    // Each town again with the document's countries and regions as context: "Chelsea" before
    // "New Jersey" is American.
    const settling = this.places.filter((o) => o.kind === 'country' || o.kind === 'region');
    // A venue of talks is no party's country ("talks in Geneva" on Tarvonia).
    const located = this.locations.map(({ text, place, venue }) =>
      venue
        ? { ...place, iso3: null }
        : place.kind === 'city' && settling.length > 0
          ? (resolvePlace(text, this.lang, { places: settling }) ?? place)
          : place,
    );
    // One place name, one sense: a location named like a state the text has made an actor
    // ("Georgia's coast" … "the situation in Georgia") is that state, whatever homonym the
    // other places suggest (the US state beside Atlanta).
    const states = new Map<string, string>();
    for (const c of this.cands)
      if (c.kind === 'name' && c.type === 'government' && c.country && c.key === `${c.country}:GOV`)
        states.set(foldName(this.spanText(c.start, c.end)).join(' '), c.country);
    for (const [i, p] of located.entries()) {
      const state = states.get(foldName(this.locations[i].text).join(' '));
      if (state && p.iso3 !== state) located[i] = { ...p, kind: 'country', iso3: state };
    }
    for (const p of located) {
      if (!p.iso3) continue;
      if (p.kind !== 'city') add(p.iso3, p.kind === 'country' ? 1 : 2);
      else {
        const towns = cities.get(p.iso3) ?? { mentions: 0, names: new Set<string>(), small: true };
        towns.mentions++;
        towns.names.add(p.name);
        towns.small &&= (p.population ?? 0) < MISREAD_TOWN_POPULATION;
        cities.set(p.iso3, towns);
      }
    }
    // A town counts double, unless it is the only town of a country nothing else in the text
    // names, named once, or a small one however often it is repeated: then it is more likely a
    // misread name ("Obama" is also a Japanese town; the company « Monsanto » a Portuguese one).
    // A story told from Jakarta alone is Indonesian.
    for (const [iso3, { mentions, names, small }] of cities)
      add(iso3, tally.has(iso3) || names.size > 1 || (mentions > 1 && !small) ? 2 * mentions : 0.5);
    // From an unknown outlet, the language's news country (French: France), when it has one,
    // weighs less still: it breaks ties and stands alone for a story that names no place.
    if (!outlet?.country && newsCountry) add(newsCountry, 0.25);
    const ranked = [...tally.entries()].sort((a, b) => b[1] - a[1]);
    // Where the dispatch was filed settles a tie between the story's countries.
    const tied = ranked.filter(([, n]) => n === ranked[0][1]);
    const leading =
      tied.length === 1 ? tied[0][0] : tied.find(([iso3]) => filedFrom.includes(iso3))?.[0];
    const documentCountry = leading && leading !== UNKNOWN_PLACE ? leading : null;
    // An organisation of no known sector is of its members' ("les rebelles de l'Alliance"), and
    // so are its head and spokesperson, in business only by default ("la porte-parole de l'Alliance").
    const memberSector = new Map<number, string>();
    for (const c of this.cands)
      if (c.memberOf && c.sector) memberSector.set(this.find(c.memberOf.index), c.sector);
    // So is one a role word before its name made armed ("the rebel Northern Ridge Alliance").
    for (const c of this.cands)
      if (c.kind === 'name' && c.type === 'organisation' && FORCE_SECTORS.has(c.sector ?? ''))
        if (!memberSector.has(this.find(c.index))) memberSector.set(this.find(c.index), c.sector!);
    for (const c of this.cands) {
      const own = memberSector.get(this.find(c.index));
      if (own && c.type === 'organisation' && !c.sector) c.sector = own;
      const organisation = c.headOf ? memberSector.get(this.find(c.headOf.index)) : undefined;
      if (organisation) c.sector = organisation;
    }
    const out: Entity[] = [];
    const sorted = [...groups.values()]
      .map((ms) => ms.sort((a, b) => a.start - b.start || b.end - a.end))
      .filter((ms) => ms.some((m) => m.kind !== 'pronoun' && !m.cueOnly))
      .sort((a, b) => a[0].start - b[0].start);
    for (const ms of sorted) {
      const visible = ms.filter((m) => !m.cueOnly);
      const names = ms.filter((m) => m.kind === 'name');
      const nominals = ms.filter((m) => m.kind === 'nominal');
      const fullest = names.reduce<Cand | null>(
        (best, m) => (!best || m.end - m.start > best.end - best.start ? m : best),
        null,
      );
      const type: EntityType = fullest ? fullest.type : (nominals[0]?.type ?? 'person');
      // A role held now outranks one held before; a former role only is named so ("former minister").
      const current = nominals.filter((m) => !m.former);
      const roleCand =
        current.find((m) => m.role && m.roleEntry?.unique) ??
        current.find((m) => m.role) ??
        nominals.find((m) => m.role && m.roleEntry?.unique) ??
        nominals.find((m) => m.role) ??
        ms.find((m) => m.role);
      const role = roleCand?.role
        ? roleCand.former
          ? `former ${roleCand.role}`
          : roleCand.role
        : null;
      let country =
        ms.find((m) => m.kind === 'name' && m.country)?.country ??
        nominals.find((m) => m.country)?.country ??
        null;
      let sector =
        (type === 'person'
          ? (nominals.find((m) => m.sector && m === roleCand)?.sector ??
            current.find((m) => m.sector)?.sector ??
            nominals.find((m) => m.sector)?.sector ??
            names.find((m) => m.sector)?.sector)
          : ms.find((m) => m.sector)?.sector) ?? null;
      if (type === 'news') sector = 'JRN';
      // IGOs and their staff ("NATO peacekeeping troops", "a U.N. spokesman") belong to no country.
      const affiliation =
        type === 'igo'
          ? (fullest?.key ?? undefined)
          : (ms.find((m) => m.orgKey?.startsWith('igo:'))?.orgKey ?? undefined);
      const igoStaff = type === 'igo' || affiliation !== undefined;
      const international = ms.some((m) => m.institution?.international);
      if (igoStaff) country = null;
      const official = ms.some(
        (m) => m.institution || (m.roleEntry && m.role && m.sector && !m.orgKey),
      );
      // What the text does not say of a public figure the shipped dictionary knows, it does
      // ("Putin said"): the country of any of its codes, the sector of the code in force.
      const known = igoStaff ? null : this.knownFigure(names);
      country ??= known?.country ?? null;
      sector ??= known?.sector ?? null;
      // A party of no stated country is of the one country whose parties the text names (the
      // Labour party beside the Likud is Israel's), whatever country dominates the story.
      if (!country && sector === 'PTY' && this.partySystem.size === 1)
        country = [...this.partySystem][0];
      // "son homologue" faces its possessor: never of the possessor's country.
      const counterpart = nominals.find((m) => m.roleEntry?.counterpart);
      const facing = counterpart ? this.clauseSubject(counterpart.head) : null;
      const facingCountry =
        facing !== null && facing !== this.find(counterpart!.index)
          ? this.profile(facing).country
          : null;
      // Officials and institutions without a stated country belong to the country the document is
      // about; so do persons and organisations, most of which a story mentions are of its own
      // country, and an unnamed newspaper ("the opposition newspaper"), not a wire agency's name.
      if (
        !country &&
        (official || type === 'person' || type === 'organisation') &&
        !ms.some((m) => m.severalStates || m.unknownState || m.regional) &&
        !igoStaff &&
        !international &&
        (type !== 'news' || !fullest) &&
        sector !== 'IGO' &&
        documentCountry !== facingCountry
      )
        country = documentCountry;
      // Without the soft hyphens of a web page's hyphenation: names are searched for as typed.
      let name: string | null = fullest
        ? this.spanText(fullest.start, fullest.end).replace(/\p{Cf}/gu, '')
        : null;
      if (!name && type !== 'person') name = nominals[0]?.description ?? null;
      const anonymous =
        type === 'person' &&
        !fullest &&
        (ms.some((m) => m.anonymousCue || m.roleEntry?.anonymousAlways) ||
          !nominals.some(
            (m) =>
              m.roleEntry?.unique &&
              (m.det === 'def' || m.det === 'poss') &&
              (m.country || !m.roleEntry.needsCountry),
          ));
      if (dictionary) {
        for (const m of names) {
          const actor = dictionary.lookup(this.spanText(m.start, m.end));
          const code = actor ? codeOn(actor, this.doc.date) : null;
          if (code) {
            const split = splitActorCode(code);
            country = split.country ?? country;
            sector = split.sectors[0] ?? sector;
            break;
          }
        }
      }
      if (role === null && type === 'person' && nominals.some((m) => m.roleEntry?.counterpart)) {
        // "son homologue" alone says only that the actor is an official of that country.
        sector = sector ?? 'GOV';
      }
      // A possessed body is its named owner's ("Meloni's office"): country and sector from them.
      const owner = ms.find((m) => m.owner)?.owner;
      const ownerEntity = owner ? out.find((e) => e.key === owner.personKey) : undefined;
      if (ownerEntity) {
        country = ownerEntity.country ?? country;
        sector = ownerEntity.sector ?? sector;
      }
      const key =
        type === 'person'
          ? (fullest?.personKey ??
            `${anonymous ? 'anon' : 'office'}:${country ?? ''}:${sector ?? ''}:${role ?? ''}`)
          : (fullest?.key ?? nominals.find((m) => m.key)?.key ?? foldName(name ?? '').join(' '));
      out.push({
        id: `e${out.length + 1}`,
        key,
        name,
        type,
        country,
        sector,
        role: role ?? null,
        anonymous,
        ...(affiliation?.startsWith('igo:') ? { affiliation } : {}),
        mentions: visible.map((m) => ({
          start: m.start,
          end: m.end,
          text: this.spanText(m.start, m.end),
          kind: m.kind,
        })),
      });
    }
    return out;
  }
}

let defaultDictionary: ActorDictionary | null = null;

/** The actor dictionary every later `findEntities` call uses unless its options give one (null: none). */
export function setActorDictionary(dictionary: ActorDictionary | null): void {
  defaultDictionary = dictionary;
}

/**
 * The entity layer of a tagged, parsed document with NER mentions; an empty
 * layer for a language without actors.json or a document without those layers.
 */
export function findEntities(doc: Doc, options: ActorOptions = {}, stats?: PronounStats): Entity[] {
  const lex = actorLexicon(doc.lang.code);
  if (!lex || !doc.tags || !doc.dependencies) return [];
  const analysis = new ActorAnalysis(doc, doc.lang.code, lex);
  analysis.collectNames();
  analysis.collectNominals();
  analysis.collectPronouns();
  analysis.markAnonymity();
  analysis.cluster();
  const entities = analysis.entities(
    options.dictionary === undefined ? defaultDictionary : options.dictionary,
  );
  if (stats) {
    stats.candidates += analysis.stats.candidates;
    stats.resolved += analysis.stats.resolved;
  }
  return entities;
}
