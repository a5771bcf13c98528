/**
 * The event layer: tellings found in the parse are given a polarity, a
 * modality and a claim (who states them, through whom, how firmly), then the
 * tellings of one real-world event are merged into one event with several
 * claims. See docs/events.md.
 */
import type { Doc, Span } from '../document.js';
import type { Entity } from '../actors/entities.js';
import { actorLexicon, type ActorLexicon, type Phrase } from '../actors/lexicon.js';
import { foldName } from '../actors/names.js';
import { publishingChain } from '../outlets/index.js';
import {
  countryOfDemonym as uniqueDemonym,
  demonymCountries as demonymReadings,
} from '../places/index.js';
import { speechLexicon } from '../quotes/lexicon.js';
import type { ClaimStatus, Quote } from '../quotes/types.js';
import { eventLexicon } from './lexicon.js';
import { clausePolarity, modalityOf, polarityOf } from './modality.js';
import {
  hyphenAfter,
  stateNamed,
  TellingFinder,
  type Participant,
  type Telling,
} from './tellings.js';
import type {
  Event,
  EventClaim,
  EventParticipant,
  Modality,
  Polarity,
  PloverType,
} from './types.js';

export type { Event } from './types.js';

/** A telling with everything the merge needs. */
interface CodedTelling extends Telling {
  polarity: Polarity;
  modality: Modality;
  claim: EventClaim;
  quote: Quote | null;
  mode: string | null;
}

/** The PLOVER mode of a request follows from what is asked (PLOVER 0.8 manual). */
const REQUEST_MODE: Partial<Record<PloverType, string>> = {
  RETREAT: 'yield',
  CONCEDE: 'yield',
  CONSULT: 'meet',
  AID: 'assist',
  SUPPORT: 'assist',
  COOPERATE: 'assist',
};

export function findEvents(doc: Doc): Event[] {
  const lex = eventLexicon(doc.lang.code);
  if (!lex || !doc.dependencies || !doc.tags) return [];
  const finder = new TellingFinder(doc, lex);
  const tellings = finder.find();
  resolveGroups(finder, tellings);
  const dated = spreadDates(finder, tellings);
  const coded = dated.map((t) => code(doc, finder, t));
  assignRequestModes(finder, coded);
  const events = mergeTellings(doc, finder, coded);
  contentRecipients(events);
  return events;
}

/**
 * "threatened to impose a curfew in Algiers", "promised to send aid to Haiti": a threat,
 * promise or refusal with no addressee concerns whom the act it names would reach, as that
 * act's own event has them (its place included).
 */
function contentRecipients(events: Event[]): void {
  for (const event of events) {
    if (!['THREATEN', 'AGREE', 'REJECT'].includes(event.type)) continue;
    const content = event.content;
    if (event.recipients.length > 0 || !content) continue;
    const named = events.find(
      (other) =>
        other !== event &&
        other.recipients.length > 0 &&
        // "agreed to let convoys into the besieged town": a state described on the way is no
        // act the promise names.
        other.modality !== 'background' &&
        other.claims.some((c) => content.start <= c.trigger.start && c.trigger.end <= content.end),
    );
    const own = (p: EventParticipant) =>
      event.actors.some((a) => a.country === p.country && a.name === p.name);
    if (named) event.recipients.push(...named.recipients.filter((p) => !own(p)));
  }
}

/**
 * Plural pronouns and "les deux hommes" stand for the last group of actors
 * named together ("Sergueï Lavrov et Antony Blinken … les deux hommes").
 * An unresolved pronoun of a coordinated verb takes the first verb's participant.
 */
function resolveGroups(finder: TellingFinder, tellings: Telling[]): void {
  const { tree, lex } = finder;
  // Actors named together, or who met: "Macron met Lula … The two leaders agreed".
  const groups = [...namedGroups(finder), ...meetingGroups(tellings)].sort((a, b) => a.at - b.at);
  // "the two leaders", "ces deux hommes" point back; "two industry groups" introduces new ones.
  const definite = (i: number) =>
    tree.children[i].some(
      (c) =>
        /^det/.test(tree.rel(c)) &&
        ['Definite=Def', 'PronType=Dem', 'Poss=Yes'].some((f) => tree.hasFeat(c, f)),
    );
  const isGroupWord = (p: Participant) =>
    p.entity === null &&
    (lex.pluralPronouns.has(tree.forms[p.token]) ||
      (definite(p.token) &&
        tree.children[p.token].some(
          (c) => tree.rel(c) === 'nummod' && lex.groupNumerals.has(tree.lemma(c)),
        )));
  for (const telling of tellings) {
    for (const role of ['actors', 'recipients'] as const) {
      const out: Participant[] = [];
      for (const p of telling[role]) {
        // "Paxton said he would appeal": the speaker, even where the actor layer linked the
        // pronoun to an earlier name; an unnamed speaker does not overrule such a link.
        const speaker = reportingSubject(finder, p);
        const reporter = p.entity === null || speaker?.entity ? speaker : null;
        // An antecedent that is no entity keeps its own phrase, which tells its country and sector.
        if (reporter && reporter.entity === null) {
          out.push(reporter);
          continue;
        }
        const group = isGroupWord(p) ? groups.filter((g) => g.at < p.token).pop() : undefined;
        const replacement =
          (reporter ? [reporter] : null) ??
          group?.members ??
          (p.entity === null ? firstConjunctArgument(finder, p) : null);
        if (replacement)
          out.push(
            ...replacement.map((q) => ({ ...q, token: p.token, start: p.start, end: p.end })),
          );
        else out.push(p);
      }
      telling[role] = out;
    }
  }
}

/**
 * A pronoun subject of a clause that a verb reports stands for that verb's subject, when
 * they agree in number: "Syria says it is willing to withdraw", "Palestinian leaders said
 * they would boycott", "Paris a annoncé qu'elle allait rappeler son ambassadeur".
 */
function reportingSubject(finder: TellingFinder, p: Participant): Participant | null {
  const { tree } = finder;
  const pronoun = p.token;
  if (tree.upos(pronoun) !== 'PRON' || !/^nsubj/.test(tree.rel(pronoun))) return null;
  if (tree.hasFeat(pronoun, 'PronType=Rel')) return null;
  let clause = tree.head(pronoun);
  while (clause >= 0 && tree.rel(clause) === 'conj') clause = tree.head(clause);
  if (clause < 0 || !/^(ccomp|parataxis|acl:relcl)/.test(tree.rel(clause))) return null;
  // "l'expulsion de l'ambassadeur, qu'elles accusent de …": in a relative clause, the subject
  // of the verb above the noun it modifies.
  let reporting = tree.head(clause);
  while (reporting >= 0 && tree.upos(reporting) !== 'VERB') reporting = tree.head(reporting);
  if (reporting < 0) return null;
  // A name is one actor whatever its form ("the United States ... it"), a plural common noun
  // is plural even when it names an actor ("les autorités maliennes … elles"); a collective
  // noun may be "they" ("a group of leaders said they").
  const plural = (i: number) =>
    tree.childrenWith(i, (r) => r === 'conj').length > 0 ||
    (tree.hasFeat(i, 'Number=Plur') &&
      (tree.upos(i) === 'NOUN' || (tree.upos(i) !== 'PROPN' && finder.entityAt(i) === null)));
  const collective = (i: number) =>
    tree.childrenWith(i, (r, c) => /^nmod/.test(r) && tree.hasFeat(c, 'Number=Plur')).length > 0;
  const pluralPronoun = tree.hasFeat(pronoun, 'Number=Plur');
  const subject = tree.childrenWith(
    reporting,
    (r, c) =>
      /^nsubj(?!:pass)/.test(r) &&
      tree.upos(c) !== 'PRON' &&
      (finder.isActorLike(c) || finder.entityAt(c) !== null || tree.upos(c) === 'NOUN') &&
      (plural(c) === pluralPronoun || (pluralPronoun && collective(c))),
  )[0];
  return subject === undefined ? null : finder.participantAt(subject);
}

/**
 * An unresolved pronoun argument of a coordinated verb stands for the same
 * argument of the first verb: "a pressé la Russie de … et l'a exhortée à …".
 */
function firstConjunctArgument(finder: TellingFinder, p: Participant): Participant[] | null {
  const { tree } = finder;
  if (tree.upos(p.token) !== 'PRON') return null;
  const verb = tree.head(p.token);
  if (verb < 0 || tree.rel(verb) !== 'conj') return null;
  const first = tree.head(verb);
  const same = tree.childrenWith(
    first,
    (rel, c) => rel === tree.rel(p.token) && finder.entityAt(c) !== null,
  )[0];
  if (same === undefined) return null;
  return [{ ...p, entity: finder.entityAt(same) }];
}

/** The named parties of each meeting, by the position of its last word. */
function meetingGroups(tellings: Telling[]): { at: number; members: Participant[] }[] {
  return tellings
    .filter((t) => t.type === 'CONSULT')
    .map((t) => {
      const named = [...t.actors, ...t.recipients].filter((p) => p.entity !== null);
      const members = named.filter(
        (p, k) => named.findIndex((q) => q.entity!.id === p.entity!.id) === k,
      );
      return { at: Math.max(t.trigger, ...members.map((m) => m.token)), members };
    })
    .filter((g) => g.members.length >= 2);
}

/** Actors named together ("Sergueï Lavrov et Antony Blinken"), by the position of the last name. */
function namedGroups(finder: TellingFinder): { at: number; members: Participant[] }[] {
  const { tree } = finder;
  const groups: { at: number; members: Participant[] }[] = [];
  for (let i = 0; i < tree.forms.length; i++) {
    const first = finder.entityAt(i);
    if (!first || tree.rel(i) === 'conj') continue;
    const members = [i, ...tree.childrenWith(i, (rel) => rel === 'conj')]
      .map((k) => ({ k, entity: finder.entityAt(k) }))
      .filter((m) => m.entity !== null);
    const ids = new Set(members.map((m) => m.entity!.id));
    if (ids.size < 2) continue;
    const token = (k: number) => finder.doc.tokens[k];
    groups.push({
      at: Math.max(...members.map((m) => m.k)),
      members: members.map((m) => ({
        token: m.k,
        start: token(m.k).start,
        end: token(m.k).end,
        entity: m.entity,
      })),
    });
  }
  return groups;
}

/**
 * "Alors" takes the previous event's dates; an event told with two dates
 * ("à Bali l'été dernier et en novembre dernier") is two events.
 */
function spreadDates(finder: TellingFinder, tellings: Telling[]): Telling[] {
  const out: Telling[] = [];
  let previous: Telling | null = null;
  for (const telling of tellings) {
    if (telling.anaphoricDate && previous) telling.dates = previous.dates;
    if (coordinated(finder, telling.dates)) {
      for (const date of telling.dates) out.push({ ...telling, dates: [date] });
    } else {
      telling.dates = telling.dates.slice(0, 1);
      out.push(telling);
    }
    if (telling.dates.length > 0) previous = telling;
  }
  return out;
}

/** Several dates joined by a conjunction, with only function words between them. */
function coordinated(finder: TellingFinder, dates: Telling['dates']): boolean {
  if (new Set(dates.map((d) => d.value)).size < 2) return false;
  const { doc, tree } = finder;
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  return sorted.slice(1).every((date, k) => {
    const between = doc.tokens.filter((t) => t.start >= sorted[k].end && t.end <= date.start);
    return (
      between.some((t) => tree.upos(t.index) === 'CCONJ') &&
      between.every((t) => /^(CCONJ|ADP|DET|PUNCT)$/.test(tree.upos(t.index)))
    );
  });
}

/** The narrowest quotation or reported speech whose content holds the token. */
function quoteHolding(doc: Doc, start: number, end: number): number | null {
  let best: number | null = null;
  (doc.quotes ?? []).forEach((q, k) => {
    // What a speaker declined to say is no claim of theirs ("declined to say whether …").
    if (q.refused) return;
    if (q.content.start <= start && end <= q.content.end) {
      const width = q.content.end - q.content.start;
      const bestQuote = best === null ? null : doc.quotes![best];
      if (!bestQuote || width < bestQuote.content.end - bestQuote.content.start) best = k;
    }
  });
  return best;
}

/** The outlet's own voice hedges with the conditional or an evidential adverb. */
function hedgedHere(finder: TellingFinder, doc: Doc, v: number): boolean {
  const { tree } = finder;
  if (tree.verbGroupHas(v, 'Mood=Cnd')) return true;
  const hedges = speechLexicon(doc.lang.code)?.hedgePhrases.filter((p) => p.length === 1) ?? [];
  return tree.children[v].some((c) => hedges.some((p) => p[0] === tree.forms[c]));
}

function code(doc: Doc, finder: TellingFinder, telling: Telling): CodedTelling {
  const token = doc.tokens[telling.trigger];
  const end = doc.tokens[finder.phraseEnd(telling.trigger, telling.sense)].end;
  const sentence = doc.sentences[telling.sentence];
  const told = polarityOf(finder, telling);
  // "will not accept", "ne cédera pas": a refusal, an event of its own told positively; "there
  // was no agreement", or a speaker disputing a statement that announced one, refuses nothing:
  // it denies the act.
  const refusal =
    told === 'negative' && !telling.argumentless && clausePolarity(finder, telling) === 'negative'
      ? (telling.sense.negated ?? null)
      : null;
  const polarity = refusal ? 'positive' : told;
  const modality = modalityOf(finder, telling, doc.date);
  const k = quoteHolding(doc, token.start, token.end);
  const quote = k === null ? null : doc.quotes![k];
  const hedged = hedgedHere(finder, doc, telling.clause) || quote?.status === 'hedged';
  const status: ClaimStatus =
    polarity === 'negative' ? 'denied' : hedged ? 'hedged' : quote ? 'reported' : 'asserted';
  const claim: EventClaim = {
    trigger: { start: token.start, end, text: doc.text.slice(token.start, end) },
    sentence: { start: sentence.start, end: sentence.end },
    polarity,
    status,
    speaker: quote ? quote.speaker : null,
    sources: quote ? quote.sources : publishingChain(doc, token.start),
    quote: k,
  };
  return {
    ...telling,
    type: refusal ?? telling.type,
    polarity,
    modality,
    claim,
    quote,
    mode: telling.sense.mode ?? modeFromClause(finder, telling),
  };
}

/** A mode suggested by the words of the clause ("en marge du sommet" → multilateral). */
function modeFromClause(finder: TellingFinder, telling: Telling): string | null {
  const cues = finder.lex.modes.get(telling.type);
  if (!cues) return null;
  const { tree } = finder;
  // "Israeli air strikes hit a bridge": the means that selects the verb's sense is no act of
  // its own, and its words tell the mode.
  const selected = new Set(telling.sense.with ?? []);
  const means = tree
    .childrenWith(telling.trigger, (_, c) => selected.has(tree.forms[c].toLowerCase()))
    .flatMap((c) => tree.subtree(c));
  const words = new Set(
    [...finder.scope(telling.clause, telling.trigger, []), ...means].flatMap((k) => [
      tree.forms[k],
      tree.lemma(k),
    ]),
  );
  for (const [mode, set] of cues) if ([...set].some((w) => words.has(w))) return mode;
  return null;
}

function assignRequestModes(finder: TellingFinder, coded: CodedTelling[]): void {
  for (const request of coded) {
    if (request.type !== 'REQUEST' || request.mode || request.content === null) continue;
    const asked = coded.find(
      (t) => t.modality === 'requested' && finder.tree.dominates(request.content!, t.trigger),
    );
    request.mode = (asked && REQUEST_MODE[asked.type]) ?? 'change';
  }
}

function participantKey(p: Participant, doc: Doc): string {
  return p.entity ? p.entity.id : doc.text.slice(p.start, p.end).toLowerCase();
}

function compatibleDates(a: CodedTelling, b: CodedTelling): boolean {
  if (a.dates.length === 0 || b.dates.length === 0) return true;
  const x = a.dates[0].value ?? '';
  const y = b.dates[0].value ?? '';
  return x.startsWith(y) || y.startsWith(x);
}

/**
 * Same event: one act told twice ('act': its noun and its verb, its purpose, conjoined verbs,
 * a recalling noun), or the same type and modality with a shared participant and dates and
 * places that agree ('party').
 */
function sameEvent(
  doc: Doc,
  finder: TellingFinder,
  first: CodedTelling,
  next: CodedTelling,
  headlined: Set<CodedTelling>,
  event: CodedTelling[],
): 'act' | 'party' | false {
  // "pour protester contre la réforme" after a strike: what the protest is for.
  if (next.purposeOf === first.trigger) return 'act';
  if (first.type !== next.type) return false;
  // "A missile strike killed seven people": one act, its noun and its verb.
  if (next.retells === first.trigger || first.retells === next.trigger) return 'act';
  if (first.mode && next.mode && first.mode !== next.mode) return false;
  if (introducedDenial(finder, first, next)) return false;
  // Requests, threats, refusals are the same only when they are about the same thing ("cette
  // offre" recalls an offer whatever it was).
  const lemma = (t: CodedTelling) => (t.content === null ? null : finder.tree.lemma(t.content));
  const sameContent = lemma(first) === lemma(next);
  if ((sameContent || next.content === null) && recalls(finder, first, next, headlined))
    return 'act';
  if (!sameContent) return false;
  const { tree } = finder;
  // "killed two youths and wounded five others": conjoined verbs of one act.
  if (
    tree.upos(next.trigger) === 'VERB' &&
    tree.rel(next.trigger) === 'conj' &&
    tree.head(next.trigger) === first.trigger &&
    first.polarity === next.polarity
  )
    return 'act';
  if (first.modality !== next.modality) return false;
  if (next.argumentless) {
    const here =
      doc.sentences[first.sentence].paragraph === doc.sentences[next.sentence].paragraph &&
      first.quote === next.quote;
    return here ? 'act' : false;
  }
  // "Ils n'avaient pas mené de négociations" after "ils se sont croisés" tells of something else that
  // did not happen; "X did not meet Y" against "X met Y" is the same event, disputed.
  if (first.polarity !== next.polarity && tree.lemma(first.trigger) !== tree.lemma(next.trigger))
    return false;
  if (!compatibleDates(first, next)) return false;
  const fc = first.place?.place.iso3;
  const nc = next.place?.place.iso3;
  if (fc && nc && fc !== nc) return false;
  const keys = new Set([...first.actors, ...first.recipients].map((p) => participantKey(p, doc)));
  if (otherParties(doc, first, next)) return false;
  const shared = [...next.actors, ...next.recipients].some((p) => keys.has(participantKey(p, doc)));
  return shared || retold(finder, event, first, next) ? 'party' : false;
}

/** Acts whose parties a telling may name in either role ("X met Y", "X and Y met"). */
const RECIPROCAL_TYPES = new Set<PloverType>(['CONSULT', 'AGREE', 'COOPERATE']);

/**
 * One act told again by another source in the same paragraph ("X et Y se sont entretenus,
 * affirme Santiago … Un responsable a indiqué que Mme X et M. Y avaient discuté"): its parties
 * are of the same countries as those of the event it would join (a partial account may be
 * another act). The parties of a meeting or an agreement may be named in either role; those of
 * other acts in their own.
 */
function retold(
  finder: TellingFinder,
  event: CodedTelling[],
  first: CodedTelling,
  next: CodedTelling,
): boolean {
  const { doc } = finder;
  if (doc.sentences[first.sentence].paragraph !== doc.sentences[next.sentence].paragraph)
    return false;
  const speaker = (t: CodedTelling) => t.claim.speaker?.name ?? null;
  if (first.quote === next.quote || speaker(first) === speaker(next)) return false;
  // Countries as the event would give them ("the Peruvian and Moroccan ministers": two).
  const countries = (ps: Participant[]) => {
    const described: EventParticipant[] = [];
    addParticipants(finder, described, [], ps);
    return new Set(described.map((p) => p.country).filter((c) => c !== null));
  };
  const same = (a: Participant[], b: Participant[]) => {
    const x = countries(a);
    const y = countries(b);
    return x.size > 0 && x.size === y.size && [...x].every((c) => y.has(c));
  };
  const actors = event.flatMap((t) => t.actors);
  const recipients = event.flatMap((t) => t.recipients);
  if (RECIPROCAL_TYPES.has(first.type))
    return same([...actors, ...recipients], [...next.actors, ...next.recipients]);
  return (
    same(actors, next.actors) &&
    (recipients.length === 0 || next.recipients.length === 0 || same(recipients, next.recipients))
  );
}

/**
 * "Peru and Morocco reached an agreement on gas … ¶ Morocco disputed a statement announcing
 * an agreement on quotas": an indefinite act noun in another paragraph, which only a speaker's
 * denial around it denies (its own clause tells it), introduces another act.
 */
function introducedDenial(finder: TellingFinder, first: CodedTelling, next: CodedTelling): boolean {
  const { tree, doc } = finder;
  return (
    first.polarity === 'positive' &&
    next.polarity === 'negative' &&
    tree.upos(next.trigger) === 'NOUN' &&
    doc.sentences[first.sentence].paragraph !== doc.sentences[next.sentence].paragraph &&
    tree.children[next.trigger].some(
      (c) => /^det/.test(tree.rel(c)) && tree.hasFeat(c, 'Definite=Ind'),
    ) &&
    clausePolarity(finder, next) === 'positive'
  );
}

/** "Macron met Lula … Macron held talks with al-Sisi": two acts whose recipients differ. */
function otherParties(doc: Doc, first: CodedTelling, next: CodedTelling): boolean {
  const keys = (ps: Participant[]) => new Set(ps.map((p) => participantKey(p, doc)));
  const firstKeys = keys([...first.actors, ...first.recipients]);
  const nextKeys = keys([...next.actors, ...next.recipients]);
  return (
    first.recipients.length > 0 &&
    next.recipients.length > 0 &&
    !next.recipients.some((p) => firstKeys.has(participantKey(p, doc))) &&
    !first.recipients.some((p) => nextKeys.has(participantKey(p, doc)))
  );
}

/**
 * A later telling that recalls an act already told: a headline's act told again in the
 * article (by the first telling of its type after the headline), or a noun with a definite
 * or demonstrative determiner, or with no participant, naming an act of the same type
 * ("cette grève", "the strike", "the walkout"), when their parties, dates and places do not
 * disagree.
 */
function recalls(
  finder: TellingFinder,
  first: CodedTelling,
  next: CodedTelling,
  headlined: Set<CodedTelling>,
): boolean {
  const { tree } = finder;
  // "No meeting had taken place", naming no party, denies the act told before it: one event,
  // disputed. Any other change of polarity tells of something else.
  const denies = first.polarity === 'positive' && next.polarity === 'negative';
  if (first.polarity !== next.polarity && !denies) return false;
  const headline = finder.headline();
  const inHeadline = headline !== null && first.sentence === headline && headlined.has(next);
  const noun = tree.upos(next.trigger) === 'NOUN';
  const determined =
    noun &&
    tree.children[next.trigger].some(
      (c) =>
        /^det/.test(tree.rel(c)) &&
        (tree.hasFeat(c, 'PronType=Dem') || tree.hasFeat(c, 'Definite=Def')),
    );
  // "Russia, which pulled out of a shipping agreement": an indefinite noun in another
  // paragraph introduces another act.
  const introduced =
    noun &&
    finder.doc.sentences[first.sentence].paragraph !==
      finder.doc.sentences[next.sentence].paragraph &&
    tree.children[next.trigger].some(
      (c) => /^det/.test(tree.rel(c)) && tree.hasFeat(c, 'Definite=Ind'),
    );
  const partyless = noun && next.actors.length === 0 && next.recipients.length === 0;
  const bare = partyless && !introduced;
  // "X et Y se sont rencontrés, affirme A, mais B dément toute rencontre": who denies the act
  // just told in the paragraph is no party the act must agree on.
  const denier =
    next.deniedObject &&
    finder.doc.sentences[first.sentence].paragraph ===
      finder.doc.sentences[next.sentence].paragraph;
  // A denial's noun is indefinite ("pas de rencontre") wherever it stands.
  if (denies) {
    if (!(partyless || denier) || first.modality !== 'actual' || next.modality !== 'actual')
      return false;
  } else if (!inHeadline && !determined && !bare) return false;
  if (!compatibleDates(first, next)) return false;
  const fc = first.place?.place.iso3;
  const nc = next.place?.place.iso3;
  if (fc && nc && fc !== nc) return false;
  const countries = (ps: Participant[]) =>
    new Set(ps.map((p) => toParticipant(finder, p).country).filter((c) => c !== null));
  const agree = (a: Participant[], b: Participant[]) => {
    const x = countries(a);
    const y = countries(b);
    return x.size === 0 || y.size === 0 || [...x].some((c) => y.has(c));
  };
  return (
    ((denies && denier) || agree(first.actors, next.actors)) &&
    agree(first.recipients, next.recipients)
  );
}

/**
 * The country of a nationality word. A word of two countries ("Congolese": COD, COG) is of the
 * one the story's places name, else of the first listed, the one the news names most often:
 * either way its people are of the same sector, and a country beats the story's default.
 */
function countryOfDemonym(word: string, doc: Doc): string | null {
  const unique = uniqueDemonym(word, doc.lang.code);
  if (unique) return unique;
  const countries = demonymReadings(word, doc.lang.code);
  if (countries.length < 2) return null;
  return countries.find((c) => doc.places?.some((p) => p.place.iso3 === c)) ?? countries[0];
}

/**
 * Country and sector of a phrase the actor layer did not make an entity: the demonym or
 * place inside it ("Moroccan diplomats", "Romania's government") and the role or
 * institution its head names (diplomat → GOV, troops → MIL).
 */
function describePhrase(
  finder: TellingFinder,
  p: Participant,
): { country: string | null; sector: string | null } {
  const { tree, doc } = finder;
  // "les frappes israéliennes", "Russian shelling": a demonym adjective of an act noun stands
  // for its state, not for people of that nationality; the act's type gives the sector.
  if (
    p.country &&
    tree.upos(p.token) === 'ADJ' &&
    /^amod/.test(tree.rel(p.token)) &&
    countryOfDemonym(doc.tokens[p.token].text, doc) !== null
  )
    return { country: p.country, sector: null };
  const lexicon = actorLexicon(doc.lang.code);
  const single = <T>(index: Map<string, Phrase<T>[]> | undefined, word: string) =>
    index?.get(word)?.find((phrase) => phrase.words.length === 1)?.value ?? null;
  const sectorOf = (i: number) => {
    for (const word of [...foldName(tree.forms[i]), ...foldName(tree.lemma(i))]) {
      const sector =
        single(lexicon?.roles, word)?.sector ?? single(lexicon?.institutions, word)?.sector;
      if (sector) return sector;
    }
    return null;
  };
  // A phrase of the lexicon ending on the head ("security forces"), longest first.
  const before = tree.childrenWith(p.token, (r, c) => c < p.token && /^(compound|amod)/.test(r));
  let first = p.token;
  while (before.includes(first - 1)) first--;
  const phraseSector = () => {
    for (let k = first; k < p.token; k++) {
      const words = [];
      for (let m = k; m < p.token; m++) words.push(...foldName(tree.forms[m]));
      for (const head of [foldName(tree.forms[p.token]), foldName(tree.lemma(p.token))]) {
        const sequence = [...words, ...head].join(' ');
        for (const index of [lexicon?.roles, lexicon?.institutions]) {
          const found = index?.get(words[0])?.find((phrase) => phrase.words.join(' ') === sequence)
            ?.value.sector;
          if (found) return found;
        }
      }
    }
    return null;
  };
  // The head names the role ("intelligence officials": a generic official of a specific body);
  // else a compound or adjective modifier ("army bulldozers", "opposition groups", "a military
  // post") or what a quantity or collective counts ("a group of diplomats", "thousands of
  // students").
  let sector = phraseSector() ?? sectorOf(p.token);
  // "rebel leaders", "le chef rebelle", "dirigeants syndicaux": a leader's modifier names
  // the body led, whether the parser made it a compound or an adjective.
  const modifiers = tree.childrenWith(p.token, (r) => r === 'compound' || /^amod/.test(r));
  if (sector === 'GOV')
    sector = modifiers.map(sectorOf).find((s) => s !== null && s !== 'GOV') ?? sector;
  // Not through an act it is the party of ("three men … for the murder of a journalist").
  const countedBy = (i: number) =>
    tree.childrenWith(i, (r, c) => /^nmod(?!:poss)/.test(r) && !finder.partyOfAct(i, c));
  const counted = countedBy(p.token);
  for (const c of [...modifiers, ...counted, ...counted.flatMap(countedBy)]) sector ??= sectorOf(c);
  // People named by their nationality alone ("trois Palestiniens", "Bosnian Serbs") are
  // civilians; the plural may show only on a determiner or number (a demonym tagged PROPN).
  // So are people named by what they are rather than what they do ("two Iraqi youths",
  // "thousands of Kurds"), the head or what a quantity counts.
  const plural = (i: number) =>
    [i, ...tree.childrenWith(i, (r) => r === 'det' || r === 'nummod')].some((k) =>
      tree.hasFeat(k, 'Number=Plur'),
    );
  // A demonym heading its phrase names people whatever number the tagger gave it ("Bosnian
  // Serbs" tagged singular); an adjective needs the plural ("les Palestiniens blessés").
  const civilian = (i: number) =>
    finder.lex.civilians.has(tree.lemma(i).toLowerCase()) ||
    finder.lex.civilians.has(tree.forms[i].toLowerCase()) ||
    ((plural(i) || tree.upos(i) === 'PROPN') && countryOfDemonym(doc.tokens[i].text, doc) !== null);
  // "Sierra Leonean and Liberian refugees", parsed with the first demonym as a phrase of its
  // own: a phrase that is only a demonym shares the noun of its conjunct.
  const own = tree.subtree(p.token, (d) => CLAUSAL_DEPENDENT.test(tree.rel(d)));
  const whole = doc.text.slice(p.start, p.end).replace(/\s+/g, ' ');
  if (sector === null && countryOfDemonym(whole, doc) !== null) {
    const conjunct = tree.childrenWith(
      p.token,
      (r, c) => r === 'conj' && tree.upos(c) === 'NOUN',
    )[0];
    if (conjunct !== undefined)
      sector = describePhrase(finder, finder.participantAt(conjunct)).sector;
  }
  if (sector === null && [p.token, ...counted].some(civilian)) sector = 'CVL';
  let country: string | null = p.country ?? null;
  for (const c of own) {
    if (country) break;
    if (ethnicGroup(finder, c) || backer(doc, c)) continue;
    // Demonyms are often tagged as names ("Rwandan rebels") or are the head ("Palestinians");
    // a word inside a place name is the place ("New Jersey", not Jersey).
    const token = doc.tokens[c];
    const place = doc.places?.find((pl) => pl.start <= token.start && token.end <= pl.end);
    // "Poland's parliament": the state named inside the phrase.
    const state = c !== p.token ? finder.entityAt(c) : null;
    // "Hundreds of UN troops": an intergovernmental body naming what the phrase counts.
    const body = state?.type === 'igo' && tree.rel(c) === 'compound' ? state : null;
    country =
      place?.place.iso3 ??
      (state?.type === 'government' ? state.country : null) ??
      igoCountry(body, lexicon) ??
      (tree.rel(c) === 'compound' ? stateNamed(doc, c) : null) ??
      demonymAt(doc, c, p.end);
  }
  country ??= possessorCountry(finder, p);
  return { country, sector };
}

const CLAUSAL_DEPENDENT = /^(acl|advcl|ccomp|xcomp|conj|appos)/;

/** "ethnic Albanians": an ethnic group, of the country where it is, not the demonym's. */
function ethnicGroup(finder: TellingFinder, i: number): boolean {
  const { tree } = finder;
  const words = actorLexicon(finder.doc.lang.code)?.ethnicWords;
  return tree
    .childrenWith(i, (r) => /^amod/.test(r))
    .some((m) => words?.has(foldName(tree.forms[m]).join(' ')) === true);
}

/** "Iranian-backed Houthi rebels": the state joined to a backing participle backs the group. */
function backer(doc: Doc, i: number): boolean {
  if (!hyphenAfter(doc, i)) return false;
  const words = actorLexicon(doc.lang.code)?.backerParticiples;
  return words?.has(foldName(doc.tokens[i + 2].text).join(' ')) === true;
}

/**
 * The country of a demonym starting at token i, of one word or of several that the tokenizer
 * splits ("South Korean army officers", "Sierra Leonean"), longest first.
 */
function demonymAt(doc: Doc, i: number, end: number): string | null {
  const tokens = doc.tokens;
  for (let last = Math.min(i + 2, tokens.length - 1); last > i; last--) {
    if (tokens[last].end > end) continue;
    const words = doc.text.slice(tokens[i].start, tokens[last].end).replace(/\s+/g, ' ');
    const country = countryOfDemonym(words, doc);
    if (country) return country;
  }
  return countryOfDemonym(tokens[i].text, doc);
}

/**
 * "Russia's defence ministry denied …, saying its forces had struck": a possessive pronoun
 * stands for the subject of a clause above the phrase, whose country the phrase takes.
 */
function possessorCountry(finder: TellingFinder, p: Participant): string | null {
  const { tree } = finder;
  const possessive = tree.childrenWith(
    p.token,
    (r, c) => /^(nmod:poss|det:poss)/.test(r) && tree.hasFeat(c, 'Poss=Yes'),
  );
  if (possessive.length === 0) return null;
  // The actor layer may have resolved the pronoun itself.
  const resolved = finder.entityAt(possessive[0]);
  if (resolved && resolved !== finder.entityAt(p.token)) return resolved.country;
  let clause = tree.head(p.token);
  for (let steps = 0; clause >= 0 && steps < 4; steps++, clause = tree.head(clause)) {
    const subject = finder
      .subjectsOf(clause)
      .find((a) => a !== p.token && !tree.dominates(p.token, a) && tree.upos(a) !== 'PRON');
    if (subject === undefined) continue;
    const antecedent = finder.participantAt(subject);
    if (antecedent.entity?.country) return antecedent.entity.country;
    const own = tree.childrenWith(
      subject,
      (r, c) => /^(nmod:poss|det:poss)/.test(r) && tree.upos(c) === 'PRON',
    );
    return own.length > 0 ? null : describePhrase(finder, antecedent).country;
  }
  return null;
}

/**
 * The demonyms of a mention: conjoined ones give one country each ("French and Egyptian
 * warships", "Hungarian and Romanian officials"); a demonym just before the mention that
 * the parser left outside it ("Gambian President Dawda Jawara") gives its country.
 */
function demonymCountries(finder: TellingFinder, p: Participant): string[] {
  const { tree, doc } = finder;
  // A country named by its name in the same place ("U.S. and Russian negotiators").
  const stateAt = (i: number) =>
    doc.places?.find(
      (pl) =>
        pl.place.kind === 'country' &&
        pl.start <= doc.tokens[i].start &&
        doc.tokens[i].end <= pl.end,
    )?.place.iso3 ?? null;
  // A demonym the tagger read as a name ("Sudanese and Nigerien officials") is one too.
  const demonym = (i: number) =>
    tree.upos(i) === 'ADJ'
      ? countryOfDemonym(doc.tokens[i].text, doc)
      : tree.rel(i) === 'compound' || tree.rel(i) === 'conj'
        ? (stateAt(i) ??
          (tree.upos(i) === 'PROPN' ? countryOfDemonym(doc.tokens[i].text, doc) : null))
        : null;
  const heads = tree.childrenWith(
    p.token,
    (r, c) => (/^amod/.test(r) || r === 'compound') && demonym(c) !== null && !backer(doc, c),
  );
  const countries = heads.flatMap((h) => [
    demonym(h)!,
    ...tree.childrenWith(h, (r, c) => r === 'conj' && demonym(c) !== null).map((c) => demonym(c)!),
  ]);
  // A state by its name: a country of the gazetteer or a government the actor layer made of it.
  const stateNamed = (i: number) => {
    const entity = finder.entityAt(i);
    return stateAt(i) ?? (entity?.type === 'government' ? entity.country : null);
  };
  // "les chefs de la diplomatie du Chili et de l'Indonésie", "the foreign ministers of Chile and
  // Indonesia": people of conjoined states in the phrase's genitive are one party per state,
  // also when the parser read a contracted genitive ("des Etats-Unis") as an article.
  const genitives = (i: number) =>
    tree.childrenWith(i, (r, c) => /^(nmod(?!:poss)|appos)/.test(r) && c > p.token);
  for (let next = genitives(p.token), depth = 0; depth < 2 && countries.length === 0; depth++) {
    for (const g of next) {
      const states = [g, ...tree.childrenWith(g, (r) => r === 'conj')].map(stateNamed);
      if (states.length > 1 && states.every((c) => c !== null))
        countries.push(...(states as string[]));
    }
    next = next.flatMap(genitives);
  }
  const from = finder.firstTokenFrom(p.start);
  const first = doc.tokens[from]?.start === p.start ? from : -1;
  if (countries.length === 0 && first > 0 && tree.head(first - 1) !== p.token) {
    const before = demonym(first - 1);
    if (before) countries.push(before);
  }
  return [...new Set(countries)];
}

/**
 * PLOVER's non-state country code (UN and EU bodies, other IGOs) of an intergovernmental
 * body or of its staff (the actor layer's `affiliation`).
 */
function igoCountry(entity: Entity | null, lexicon: ActorLexicon | null): string | null {
  const key = entity?.affiliation ?? (entity?.type === 'igo' ? entity.key : null);
  if (!key) return null;
  return lexicon?.igoCodes.get(key.replace(/^igo:/, '')) ?? 'IGO';
}

/**
 * A body of several states, coded IGO by PLOVER: "the allies" with no state they are allies
 * of, or people of a group counted by states ("les ministres des Affaires étrangères des sept
 * puissances", "the leaders of the 27 nations").
 */
function ofStatesGroup(finder: TellingFinder, p: Participant): boolean {
  const { tree } = finder;
  const lexicon = actorLexicon(finder.doc.lang.code);
  if (!lexicon) return false;
  const lemma = (i: number) => foldName(tree.lemma(i)).join(' ');
  if (
    lexicon.allianceWords.has(lemma(p.token)) &&
    tree.childrenWith(p.token, (r) => /^(nmod|det:poss)/.test(r)).length === 0
  )
    return true;
  // The count is on the noun, or heads it ("des sept pays" parsed with "sept" as the modifier).
  const several = (n: number) => tree.upos(n) === 'NUM' && !lexicon.pairWords.has(lemma(n));
  const counted = (c: number) =>
    lexicon.stateNouns.has(lemma(c)) &&
    (tree.childrenWith(c, (r, n) => r === 'nummod' && several(n)).length > 0 ||
      several(tree.head(c)));
  // "des sept puissances industrialisées", parsed as a participle clause with the counted
  // noun as its subject: still the phrase's genitive.
  const genitives = (i: number) =>
    tree.childrenWith(
      i,
      (r) =>
        /^nmod(?!:poss)/.test(r) ||
        (/^nsubj/.test(r) && /^acl/.test(tree.rel(i)) && tree.hasFeat(i, 'VerbForm=Part')),
    );
  const clauses = (i: number) =>
    tree.childrenWith(i, (r, c) => /^acl/.test(r) && tree.hasFeat(c, 'VerbForm=Part'));
  const below = (i: number) => [...genitives(i), ...clauses(i)];
  for (let next = below(p.token); next.length > 0; next = next.flatMap(below))
    if (next.some(counted)) return true;
  return false;
}

function toParticipant(finder: TellingFinder, p: Participant): EventParticipant {
  const doc = finder.doc;
  const entity: Entity | null = p.entity;
  const text = doc.text.slice(p.start, p.end);
  const described = entity?.country && entity.sector ? null : describePhrase(finder, p);
  // A capital standing for its state governs ("Berlin has rejected").
  const sector = entity?.sector ?? described?.sector ?? (finder.isCapital(p.token) ? 'GOV' : null);
  // "its troops": the actor layer's guess for an unnamed mention yields to the possessor's.
  const possessor = entity && entity.name === null ? possessorCountry(finder, p) : null;
  return {
    name: entity?.name ?? text,
    entity: entity?.id ?? null,
    country:
      (entity?.name ? null : ofStatesGroup(finder, p) ? 'IGO' : null) ??
      possessor ??
      entity?.country ??
      igoCountry(entity, actorLexicon(doc.lang.code)) ??
      described?.country ??
      null,
    // PLOVER codes an intergovernmental body by its non-state country code; as a sector it
    // governs (GOV), unless it has one of its own (peacekeepers MIL, tribunals JUD).
    sector: sector === 'IGO' ? 'GOV' : sector,
    start: p.start,
    end: p.end,
    text,
  };
}

function addParticipants(
  finder: TellingFinder,
  into: EventParticipant[],
  others: EventParticipant[],
  from: Participant[],
): void {
  const described = from.flatMap((p) => {
    const q = toParticipant(finder, p);
    const countries = demonymCountries(finder, p);
    // The mention's own demonyms tell its country, over a default the actor layer guessed.
    if (countries.length === 0 || (q.entity !== null && p.entity?.type !== 'person')) return [q];
    if (countries.length === 1) return [{ ...q, country: countries[0] }];
    return countries.map((country) => ({ ...q, country }));
  });
  for (const q of described) {
    const same = (r: EventParticipant) =>
      r.country === q.country &&
      (q.entity
        ? r.entity === q.entity
        : r.entity === null && r.name.toLowerCase() === q.name.toLowerCase());
    // In one role, the same name of the same country is one party, whether the actor layer
    // made one cluster of its mentions or two ("Chadian troops" in the headline and the body).
    const namesake = (r: EventParticipant) =>
      same(r) || (r.country === q.country && r.name.toLowerCase() === q.name.toLowerCase());
    if (!into.some(namesake) && !others.some(same)) into.push(q);
  }
}

/** Acts that often take place on neutral ground: their place is a venue, no party's country. */
const VENUE_TYPES = new Set<PloverType>(['CONSULT', 'AGREE']);

/**
 * The country the article's places name most often (first named on a tie); in a story that
 * names no place, the one its demonyms name ("Islamist militants … the Algerian president").
 * A place outweighs the demonyms of the people in it ("Chinese engineers near Jos"). Not the
 * venue of talks or of an agreement ("at talks in Nairobi": Kenya hosts them), nor a place
 * inside an actor's mention ("the U.S. envoy"): they tell whose story it is not. A story whose
 * state the gazetteer does not know ("the government of Pelavia") is of no known country
 * unless its places say so.
 */
function homeCountry(doc: Doc, coded: CodedTelling[]): StoryCountry | null {
  // A venue is one wherever the text names it again ("talks in Addis Ababa" in the headline).
  const venues = new Set(
    coded
      .filter((t) => VENUE_TYPES.has(t.type) && t.place)
      .map((t) => doc.text.slice(t.place!.start, t.place!.end).toLowerCase()),
  );
  const unknownState = (doc.entities ?? []).some(
    (e) => e.type === 'government' && e.country === null && e.name !== null,
  );
  // A dateline the gazetteer knows is only where the reporter files from in a story of a state
  // it does not know.
  const filedFrom = unknownState ? (doc.datelines ?? []).flatMap((d) => d.places) : [];
  const mentions = (doc.entities ?? []).flatMap((e) => e.mentions.map((m) => ({ ...m, of: e })));
  const counts = new Map<string, number>();
  const governing = new Map<string, number>();
  // The demonyms that name each country: a story its places name is never only its people's.
  const demonyms = new Map<string, Span[]>();
  const vote = (into: Map<string, number>, country: string) =>
    into.set(country, (into.get(country) ?? 0) + 1);
  const tokenAt = new Map(doc.tokens.map((t, i) => [t.start, i]));
  for (const p of doc.places ?? []) {
    if (!p.place.iso3 || venues.has(doc.text.slice(p.start, p.end).toLowerCase())) continue;
    // "US-backed rebels": the backer's state is not where the story happens.
    const first = tokenAt.get(p.start);
    if (first !== undefined && backer(doc, first)) continue;
    if (filedFrom.some((d) => d.start <= p.start && p.end <= d.end)) continue;
    // A state named in an actor's phrase is that actor's, often a foreign one ("the U.S. envoy");
    // a town there is local ("le maire de Lyon").
    const holder = mentions.find(
      (m) => m.start <= p.start && p.end <= m.end && m.end - m.start > p.end - p.start,
    );
    // A figure the actor layer read in a town's name ("Obama") is no place of the story.
    if (holder?.of.type === 'person' && holder.start === p.start && holder.end === p.end) continue;
    if (p.place.kind === 'country' && holder) {
      // "The Mozambique government": a government named by its state is mostly at home.
      if (holder.of.type === 'government') vote(governing, p.place.iso3);
      continue;
    }
    vote(counts, p.place.iso3);
  }
  if (counts.size === 0 && !unknownState) {
    doc.tokens.forEach((token, i) => {
      if (!['ADJ', 'PROPN'].includes(doc.tags?.[i]?.upos ?? '') || backer(doc, i)) return;
      const country = uniqueDemonym(token.text, doc.lang.code);
      if (!country) return;
      vote(counts, country);
      demonyms.set(country, [...(demonyms.get(country) ?? []), token]);
    });
    // With no place nor demonym, the state whose government the story names is its own
    // ("The Mozambique government accepted demands from rebels").
    if (counts.size === 0) for (const [country, n] of governing) counts.set(country, n);
  }
  let best: string | null = null;
  for (const [country, n] of counts) if (best === null || n > counts.get(best)!) best = country;
  return best === null ? null : { country: best, demonyms: demonyms.get(best) ?? [] };
}

/** The story's country and, when only demonyms name it, their spans. */
interface StoryCountry {
  country: string;
  demonyms: Span[];
}

function contextsOf(finder: TellingFinder, doc: Doc, sentences: number[]): string[] {
  const text = sentences
    .map((s) => doc.text.slice(doc.sentences[s].start, doc.sentences[s].end).toLowerCase())
    .join(' ');
  const words = new Set(
    sentences.flatMap((s) => {
      const out: string[] = [];
      for (let k = doc.sentences[s].tokenStart; k < doc.sentences[s].tokenEnd; k++)
        out.push(finder.tree.forms[k], finder.tree.lemma(k));
      return out;
    }),
  );
  return finder.lex.contexts
    .filter(([, cues]) => cues.some((c) => (c.includes(' ') ? text.includes(c) : words.has(c))))
    .map(([context]) => context);
}

function mergeTellings(doc: Doc, finder: TellingFinder, coded: CodedTelling[]): Event[] {
  // The first telling of each type after the headline: the one the headline sums up.
  const headline = finder.headline();
  const headlined = new Set<CodedTelling>();
  const seen = new Set<string>();
  for (const t of coded) {
    if (headline === null || t.sentence === headline || seen.has(t.type)) continue;
    seen.add(t.type);
    headlined.add(t);
  }
  const groups: CodedTelling[][] = [];
  const groupOf = new Map<CodedTelling, CodedTelling[]>();
  // Only an earlier telling of the same type, or the act a telling is the purpose of, can be
  // its event (sameEvent): indexing them keeps long texts linear.
  const byType = new Map<PloverType, number[]>();
  const byTrigger = new Map<number, number[]>();
  // A group's tellings with distinct types and parties: otherParties reads nothing else.
  const partiesOf = new Map<CodedTelling[], Map<string, CodedTelling>>();
  const keyList = (ps: Participant[]) =>
    [...new Set(ps.map((p) => participantKey(p, doc)))].sort().join('\u0001');
  const partySignature = (t: CodedTelling) =>
    [t.type, keyList([...t.actors, ...t.recipients]), keyList(t.recipients)].join('\u0002');
  coded.forEach((telling, k) => {
    const sameType = byType.get(telling.type) ?? [];
    const purposed = telling.purposeOf === null ? [] : (byTrigger.get(telling.purposeOf) ?? []);
    const candidates =
      purposed.length === 0
        ? sameType
        : [...new Set([...sameType, ...purposed])].sort((a, b) => a - b);
    // The latest telling of the same event takes it.
    let group: CodedTelling[] | undefined;
    for (let c = candidates.length - 1; c >= 0 && !group; c--) {
      const j = candidates[c];
      const candidate = groupOf.get(coded[j])!;
      const same = sameEvent(doc, finder, coded[j], telling, headlined, candidate);
      // A telling joining through a shared party may not name other parties than any of the
      // event's tellings ("met Lula to discuss … and held talks with al-Sisi").
      if (
        same === 'act' ||
        (same === 'party' &&
          ![...partiesOf.get(candidate)!.values()].some(
            (t) => t.type === telling.type && otherParties(doc, t, telling),
          ))
      )
        group = candidate;
    }
    if (group) group.push(telling);
    else {
      groups.push((group = [telling]));
      partiesOf.set(group, new Map());
    }
    groupOf.set(telling, group);
    const signature = partySignature(telling);
    const parties = partiesOf.get(group)!;
    if (!parties.has(signature)) parties.set(signature, telling);
    if (!byType.has(telling.type)) byType.set(telling.type, []);
    byType.get(telling.type)!.push(k);
    if (!byTrigger.has(telling.trigger)) byTrigger.set(telling.trigger, []);
    byTrigger.get(telling.trigger)!.push(k);
  });
  const story = homeCountry(doc, coded);
  return joinDescribedMeetings(finder, groups).map((group, n) =>
    eventOf(doc, finder, group, n, story),
  );
}

/**
 * A meeting of two states' people told only by their functions ("les chefs de la diplomatie des
 * Etats-Unis et de Russie avaient discuté") is the meeting the article tells elsewhere by the
 * names of people of the same states and sectors (not by functions again: "the Peruvian minister
 * and her Moroccan counterpart had met" may be another meeting), when it tells only one such meeting and their
 * modality, dates and places agree: the later tellings join the first.
 */
function joinDescribedMeetings(finder: TellingFinder, groups: CodedTelling[][]): CodedTelling[][] {
  const partiesOf = (group: CodedTelling[]) => group.flatMap((t) => [...t.actors, ...t.recipients]);
  const sides = (group: CodedTelling[]) => {
    const described: EventParticipant[] = [];
    addParticipants(finder, described, [], partiesOf(group));
    return new Set(
      described.filter((p) => p.country !== null).map((p) => `${p.country}/${p.sector}`),
    );
  };
  // Functions ("the Peruvian minister") make anonymous entities or none; names make others.
  const unnamed = (group: CodedTelling[]) => {
    const parties = partiesOf(group);
    return parties.length > 0 && parties.every((p) => p.entity === null || p.entity.anonymous);
  };
  const joined = new Set<CodedTelling[]>();
  for (const group of groups) {
    const first = group[0];
    if (joined.has(group) || !RECIPROCAL_TYPES.has(first.type) || !unnamed(group)) continue;
    const own = sides(group);
    if (own.size < 2) continue;
    const agrees = (t: CodedTelling) =>
      t.modality === first.modality &&
      t.polarity === first.polarity &&
      (!first.mode || !t.mode || first.mode === t.mode) &&
      compatibleDates(first, t) &&
      (!first.place || !t.place || first.place.place.iso3 === t.place.place.iso3);
    const matches = groups.filter((other) => {
      if (other === group || joined.has(other) || other[0].type !== first.type) return false;
      if (unnamed(other) || !other.some(agrees)) return false;
      const theirs = sides(other);
      return theirs.size === own.size && [...own].every((side) => theirs.has(side));
    });
    if (matches.length !== 1) continue;
    group.push(...matches[0]);
    joined.add(matches[0]);
  }
  return groups.filter((group) => !joined.has(group));
}

/**
 * A phrase the actor layer left without an entity right before a person's name is that
 * person's title, not a second party ("Opposition leader Elly Schlein accused …", which the
 * parser may read as two subjects).
 */
function withoutTitles(doc: Doc, list: Participant[]): Participant[] {
  return list.filter(
    (p) =>
      p.entity !== null ||
      !list.some(
        (q) =>
          q.entity?.type === 'person' &&
          q.start >= p.end &&
          /^[^\S\n]+$/.test(doc.text.slice(p.end, q.start)),
      ),
  );
}

/** Sectors of people a demonym tells of the story's state: its officials, forces, civilians. */
const LOCAL_SECTORS = new Set(['GOV', 'MIL', 'COP', 'LEG', 'JUD', 'SPY', 'CVL']);

/** Attack modes whose means only a state's forces have (aircraft, artillery). */
const STATE_MEANS = new Set(['aerial', 'heavy-weapons']);

/** Acts whose recipient things stand for the civilians they belong to. */
const CIVILIAN_THINGS = new Set<PloverType>(['ASSAULT', 'COERCE', 'SANCTION', 'THREATEN']);

function eventOf(
  doc: Doc,
  finder: TellingFinder,
  group: CodedTelling[],
  n: number,
  story: StoryCountry | null,
): Event {
  const first = group[0];
  const headline = finder.headline();
  const actors: EventParticipant[] = [];
  const recipients: EventParticipant[] = [];
  // An unresolved pronoun adds nothing once other tellings name the participants of its
  // role ("Le gouvernement les a libérés": "les" still undergoes the release).
  const namedActors = group.some((t) => t.actors.some((p) => p.entity));
  const namedRecipients = group.some((t) => t.recipients.some((p) => p.entity));
  const keep = (named: boolean) => (p: Participant) =>
    !named || p.entity !== null || finder.tree.upos(p.token) !== 'PRON';
  for (const t of group) {
    const own = (list: Participant[], named: boolean) =>
      withoutTitles(doc, list).filter(keep(named));
    addParticipants(finder, actors, recipients, own(t.actors, namedActors));
    addParticipants(finder, recipients, actors, own(t.recipients, namedRecipients));
  }
  // The parties of a meeting named elsewhere in the event add nothing told by their functions
  // ("les chefs de la diplomatie des Etats-Unis" beside Antony Blinken, USA/GOV).
  if (RECIPROCAL_TYPES.has(first.type)) {
    const all = [...actors, ...recipients];
    const namedSide = (p: EventParticipant) =>
      p.entity === null &&
      p.country !== null &&
      all.some((q) => q.entity !== null && q.country === p.country && q.sector === p.sector);
    for (const role of [actors, recipients])
      role.splice(0, role.length, ...role.filter((p) => !namedSide(p)));
  }
  const dated = group.find((t) => t.dates.length > 0);
  const placed = group.find((t) => t.place);
  // Unnamed people, police, gangs … act where the event takes place, else where the article is;
  // not where talks are held ("both sides agreed … at talks in Nairobi").
  const eventPlace = VENUE_TYPES.has(first.type) ? null : (placed?.place?.place.iso3 ?? null);
  // A story whose country only the nationality of people on the other side of the act names,
  // people named by their trade ("Police arrested two German journalists"), is theirs, no
  // default for this side: such a demonym marks them as foreign as often as not. A state's
  // people ("the Kenyan transport minister") and civilians ("two Iraqi youths") so named are of
  // the story's state.
  const storyFor = (others: EventParticipant[]): string | null => {
    if (!story) return null;
    const foreigners = others.filter((o) => !LOCAL_SECTORS.has(o.sector ?? ''));
    const onlyTheirs =
      story.demonyms.length > 0 &&
      story.demonyms.every((n) => foreigners.some((o) => o.start <= n.start && n.end <= o.end));
    return onlyTheirs ? null : story.country;
  };
  // Only common nouns ("les gendarmes", "des dizaines de milliers de manifestants"): an
  // unknown name may be foreign.
  const commonNoun = new Set(
    group
      .flatMap((t) => [...t.actors, ...t.recipients])
      .filter((p) => finder.tree.upos(p.token) === 'NOUN' || ethnicGroup(finder, p.token))
      .map((p) => p.start),
  );
  // A country the text gives a party, before any default.
  const named = actors.filter((p) => p.country !== null).map((p) => ({ ...p }));
  // "Negotiators for the government of Pelavia": people of a body the phrase names are of
  // that body's country, unknown included, not of the place.
  const body = (p: EventParticipant): Entity | undefined => {
    const tokens = doc.tokens;
    for (
      let k = finder.firstTokenFrom(p.start + 1);
      k < tokens.length && tokens[k].end <= p.end;
      k++
    ) {
      const e = finder.entityAt(k);
      if (e?.type === 'government' && e.mentions.some((m) => p.start < m.start && m.end <= p.end))
        return e;
    }
    return undefined;
  };
  // "She accused the government": a state's body the phrase leaves unnamed is the one the story
  // named with that word ("the government of Pelavia"), of its country or of none known.
  const recalled = (p: EventParticipant): Entity | undefined => {
    const word = foldName(p.text).at(-1);
    const bodies = (doc.entities ?? []).filter(
      (e) =>
        e.type === 'government' &&
        e.mentions.some(
          (m) =>
            m.kind !== 'pronoun' && m.start !== p.start && foldName(m.text).includes(word ?? ''),
        ),
    );
    const countries = new Set(bodies.map((e) => e.country));
    return countries.size === 1 ? bodies[0] : undefined;
  };
  // "une réunion technique entre experts": people a meeting is between are of both sides,
  // no one country, when nothing names theirs.
  const betweenSides = new Set(
    group
      .flatMap((t) => (t.type === 'CONSULT' ? [...t.actors, ...t.recipients] : []))
      .filter((p) =>
        finder.tree
          .childrenWith(p.token, (r) => r === 'case')
          .some((c) => finder.lex.reciprocalCases.has(finder.tree.forms[c].toLowerCase())),
      )
      .map((p) => p.start),
  );
  for (const [role, others] of [
    [actors, recipients],
    [recipients, actors],
  ])
    for (const p of role) {
      if (p.entity !== null || !commonNoun.has(p.start) || betweenSides.has(p.start)) continue;
      const own = body(p) ?? (p.country === null && p.sector === 'GOV' ? recalled(p) : undefined);
      p.country ??= own ? own.country : (eventPlace ?? storyFor(others));
    }
  // PLOVER codes the homes, areas and supplies an attack or a restriction hits as the
  // civilians of their country ("demolished Palestinian homes", "shelled residential areas").
  if (CIVILIAN_THINGS.has(first.type)) {
    const things = new Set(
      group
        .flatMap((t) => t.recipients)
        // Things, not acts ("suspendre le traité" concerns no civilians).
        .filter(
          (p) =>
            finder.tree.upos(p.token) === 'NOUN' &&
            !finder.isActorLike(p.token) &&
            !finder.lex.triggers.has(finder.tree.lemma(p.token)),
        )
        .map((p) => p.start),
    );
    for (const p of recipients)
      if (p.entity === null && p.sector === null && p.country !== null && things.has(p.start))
        p.sector = 'CVL';
  }
  // "X and Y were sentenced to two years": PLOVER codes the convicted as criminals when the
  // text gives them no other sector.
  if (first.type === 'SANCTION' && group.some((t) => t.mode === 'convict')) {
    const people = new Set(
      group
        .flatMap((t) => t.recipients)
        .filter((p) =>
          p.entity
            ? p.entity.type === 'person'
            : finder.tree.upos(p.token) === 'NOUN' && finder.isActorLike(p.token),
        )
        .map((p) => p.start),
    );
    // "trois hommes": a civilian by default only, which the conviction overrules.
    const civilian = new Set(
      group
        .flatMap((t) => t.recipients)
        .filter(
          (p) =>
            p.entity === null && finder.lex.civilians.has(finder.tree.lemma(p.token).toLowerCase()),
        )
        .map((p) => p.start),
    );
    for (const p of recipients)
      if (
        people.has(p.start) &&
        (p.sector === null || (p.sector === 'CVL' && civilian.has(p.start)))
      )
        p.sector = 'CRM';
  }
  // "une attaque palestinienne", "a Palestinian ambush": an attack whose author only a
  // demonym names is by unidentified armed forces of that country, as PLOVER codes it; an
  // air strike or a shelling ("Israeli air strikes", "les frappes israéliennes") is by its
  // military. A state or an alliance named as a modifier of the attack's noun ("US air strikes", "NATO
  // raids", "US Predator attacks") attacks with its forces.
  if (first.type === 'ASSAULT') {
    const mode = group.find((t) => t.mode)?.mode ?? null;
    const { tree } = finder;
    const modifiesAct = (p: EventParticipant) => {
      const k = finder.firstTokenFrom(p.start);
      if (k >= doc.tokens.length || tree.rel(k) !== 'compound') return false;
      return group.some((t) => tree.head(k) === t.trigger || tree.head(tree.head(k)) === t.trigger);
    };
    for (const p of actors) {
      if (p.country === null) continue;
      if (modifiesAct(p) && (p.sector === null || p.sector === 'GOV')) p.sector = 'MIL';
      else if (
        p.entity === null &&
        p.sector === null &&
        countryOfDemonym(p.text, doc) === p.country
      )
        p.sector = mode !== null && STATE_MEANS.has(mode) ? 'MIL' : 'UAF';
    }
  }
  // "US air strikes": a state named as a modifier of the attack's own noun is who attacks, not
  // where.
  const place = placed?.place ?? null;
  const stateToken = place?.place.kind === 'country' ? finder.firstTokenFrom(place.start) : -1;
  const attacker =
    stateToken >= 0 &&
    stateToken < doc.tokens.length &&
    finder.tree.rel(stateToken) === 'compound' &&
    group.some((t) => stateToken < t.trigger && finder.tree.head(stateToken) === t.trigger);
  placeParties(
    first.type,
    group.find((t) => t.mode)?.mode ?? null,
    place,
    actors,
    recipients,
    attacker,
  );
  if (first.type === 'PROTEST' && recipients.length === 0) {
    const own = protestedGovernment(doc, named);
    if (own) recipients.push(own);
  }
  // No party acts on itself: a recipient that is one of the actors (the same mention, or the
  // same entity: "They … them", a protest's own phrase standing for its government) is none.
  const sameParty = (r: EventParticipant) =>
    actors.some(
      (a) =>
        (a.start === r.start && a.end === r.end) || (a.entity !== null && a.entity === r.entity),
    );
  for (let k = recipients.length - 1; k >= 0; k--)
    if (sameParty(recipients[k])) recipients.splice(k, 1);
  const polarities = new Set(group.map((t) => t.claim.polarity));
  const content = group.find((t) => t.content !== null);
  const event: Event = {
    id: `v${n + 1}`,
    type: first.type,
    mode: group.find((t) => t.mode)?.mode ?? null,
    context: contextsOf(finder, doc, [...new Set(group.map((t) => t.sentence))]),
    actors,
    recipients,
    content: content ? contentSpan(doc, finder, content.content!) : null,
    place: placed?.place
      ? {
          name: placed.place.place.name,
          country: placed.place.place.iso3,
          geonamesId: placed.place.place.geonamesId ?? null,
          start: placed.place.start,
          end: placed.place.end,
          text: placed.place.text,
        }
      : null,
    date: dated
      ? {
          value: dated.dates[0].value!,
          text: dated.dates[0].text,
          start: dated.dates[0].start,
          end: dated.dates[0].end,
        }
      : null,
    polarity: polarities.has('positive') ? 'positive' : 'negative',
    // A headline sums up in the present what the article tells: the article's telling decides.
    modality: (group.find((t) => t.sentence !== headline) ?? first).modality,
    disputed: polarities.size > 1,
    claims: group.map((t) => t.claim),
  };
  return event;
}

/**
 * PLOVER's parties of an act the text names no party of, read from where it happened:
 * whom a protest, curfew or withdrawal there is aimed at, and who made an attack nobody is
 * said to have made (unidentified armed forces, UAF).
 */
const PLACE_TARGETS: { type: PloverType; mode?: string; sector: string | null }[] = [
  // "Students demonstrated in Chile": a protest addresses the government of its country.
  { type: 'PROTEST', sector: 'GOV' },
  // "imposed a curfew in Nairobi": a curfew restricts the people living there.
  { type: 'COERCE', mode: 'curfew', sector: 'CVL' },
  // "will evacuate the settlements in Gaza": a withdrawal concerns the state it leaves.
  { type: 'RETREAT', mode: 'withdraw', sector: null },
  // "struck targets in southern Lebanon": an attack on things hits the state they are in.
  { type: 'ASSAULT', sector: null },
  // "deployed troops in Kosovo": forces are mobilised towards the state they are sent to.
  { type: 'MOBILIZE', mode: 'troops', sector: null },
];

function placeParties(
  type: PloverType,
  mode: string | null,
  place: Telling['place'],
  actors: EventParticipant[],
  recipients: EventParticipant[],
  attacker: boolean,
): void {
  const country = place?.place.iso3;
  if (!place || !country) return;
  // A place inside a party's phrase ("one U.S. soldier") is no place of the act.
  if ([...actors, ...recipients].some((p) => p.start <= place.start && place.end <= p.end)) return;
  const at = (sector: string | null): EventParticipant => ({
    name: place.place.name,
    entity: null,
    country,
    sector,
    start: place.start,
    end: place.end,
    text: place.text,
  });
  // "A car bomb in Kabul killed six policemen"; a bombing with neither party named tells
  // no target either.
  if (type === 'ASSAULT' && actors.length === 0) {
    actors.push(at(attacker ? 'MIL' : 'UAF'));
    return;
  }
  const target = PLACE_TARGETS.find((x) => x.type === type && (!x.mode || x.mode === mode));
  if (target && recipients.length === 0) recipients.push(at(target.sector));
}

/** PLOVER's codes of parties that are no state. */
const NON_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC']);

/**
 * "Algerian farmers began a hunger strike": a protest that names neither whom it addresses
 * nor where it happens addresses the government of its protesters' country. The span is
 * the word naming that country in the actor's phrase, else the phrase.
 */
function protestedGovernment(doc: Doc, actors: EventParticipant[]): EventParticipant | null {
  const actor = actors.find((a) => a.country !== null && !NON_STATE.has(a.country));
  if (!actor?.country) return null;
  const named = doc.tokens.find(
    (t, i) =>
      t.start >= actor.start &&
      t.end <= actor.end &&
      demonymAt(doc, i, actor.end) === actor.country,
  );
  const start = named?.start ?? actor.start;
  const end = named?.end ?? actor.end;
  return {
    name: actor.country,
    entity: null,
    country: actor.country,
    sector: 'GOV',
    start,
    end,
    text: doc.text.slice(start, end),
  };
}

function contentSpan(doc: Doc, finder: TellingFinder, head: number) {
  const { tree } = finder;
  // The complement without its marker ("à", "to") and without asides in parentheses or appositions.
  // Nor a verb conjoined to it: "des mesures « illégales » et menacé de riposter".
  const members = tree.subtree(
    head,
    (c) =>
      /^(appos|parataxis|dislocated)/.test(tree.rel(c)) ||
      (tree.rel(c) === 'conj' && tree.upos(c) === 'VERB' && tree.upos(head) !== 'VERB') ||
      (tree.head(c) === head && finder.isContentAdjunct(c)) ||
      // "… le différend portuaire, selon ce responsable": an attribution hung deeper.
      finder.isAttribution(c),
  );
  const [first, b] = tree.contiguous(members, head);
  let a = first;
  while (a < head && (/^(mark|case)/.test(tree.rel(a)) || tree.isPunct(a))) a++;
  let end = b;
  while (end > a && tree.isPunct(end)) end--;
  const span = tree.span(a, end);
  return { start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}
