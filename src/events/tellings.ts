/**
 * Event tellings: each trigger word of the lexicon whose arguments make it
 * codable, with its participants, place and dates, read from the dependency
 * parse and the actor, place and time layers. Modality and claims are added
 * by their own modules; merging tellings into events is done in index.ts.
 */
import type { Doc } from '../document.js';
import type { Entity } from '../actors/entities.js';
import { actorLexicon } from '../actors/lexicon.js';
import type { PlaceMention } from '../places/layer.js';
import type { Timex } from '../time/types.js';
import { speechLexicon } from '../quotes/lexicon.js';
import { Tree } from '../quotes/tree.js';
import { repairedParse } from './repair.js';
import { countryOfDemonym, loadGazetteer, resolvePlace } from '../places/index.js';
import type { EventLexicon, TriggerSense } from './lexicon.js';
import type { PloverType } from './types.js';
import { announcementType } from './convention.js';
import { firstSpanFrom } from '../util/spans.js';

/** A participant as found in one clause: token of the phrase head, and the entity it belongs to. */
export interface Participant {
  token: number;
  start: number;
  end: number;
  entity: Entity | null;
  /** A country named by a demonym rather than an entity ("la demande française"). */
  country?: string;
}

export interface Telling {
  trigger: number;
  sentence: number;
  sense: TriggerSense;
  type: PloverType;
  actors: Participant[];
  recipients: Participant[];
  /** "Il n'y a pas eu de négociations": a nominal event with no participant of its own. */
  argumentless: boolean;
  /** The token whose subtree bounds the clause (the trigger, or the verb governing a nominal trigger). */
  clause: number;
  /** For requests, threats, rejections …: the head of what is asked, threatened, refused. */
  content: number | null;
  dates: Timex[];
  place: PlaceMention | null;
  /** The date was taken from the previous telling ("alors", "then"). */
  anaphoricDate: boolean;
  /** The protest whose purpose this telling states ("ont lancé une grève pour protester contre"), or null. */
  purposeOf: number | null;
  /** The trigger of another telling of the same act in the sentence ("a strike killed": the strike), or null. */
  retells: number | null;
  /**
   * "Jakarta dément toute rencontre", "denies any meeting": a noun a verb of denial has as its
   * object, whose actors are who denies it: a denial of an act told before more than an act.
   */
  deniedObject: boolean;
}

/** GeoNames ids of national capitals, read once. */
let capitals: Set<number> | null = null;

/** Relations that open a new clause: places and dates below them belong to another event. */
const CLAUSAL = /^(ccomp|xcomp|advcl|acl|parataxis|csubj|conj|appos|list|dislocated)/;
/** Whether token i and token i + 2 are one word joined by a hyphen ("Iranian-backed"). */
export function hyphenAfter(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  return (
    i + 2 < tokens.length &&
    tokens[i + 1].text === '-' &&
    tokens[i + 1].start === tokens[i].end &&
    tokens[i + 2].start === tokens[i + 1].end
  );
}

/** A country's name the places layer left out ("US" before another name: "US Predator attacks"). */
export function stateNamed(doc: Doc, i: number): string | null {
  if (doc.tags?.[i]?.upos !== 'PROPN') return null;
  const place = resolvePlace(doc.tokens[i].text, doc.lang.code);
  return place?.kind === 'country' ? (place.iso3 ?? null) : null;
}

const SUBJECT = /^nsubj(?!:pass)/;
const PASSIVE_SUBJECT = /^nsubj:pass/;
const OBJECT = /^(obj|iobj)/;
/** Acts done to reach someone: whom their purpose reaches, they are aimed at. */
const AIMED_ACTS = new Set<PloverType>(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT']);
/** Acts whose place is whom they reach: forces sent there, attacks, withdrawals from it. */
const PLACED_TARGETS = new Set<PloverType>(['MOBILIZE', 'ASSAULT', 'RETREAT']);
/** Acts that answer a demand, an offer or an invitation: yielding to it, accepting or refusing it. */
const ANSWERS = new Set<PloverType>(['CONCEDE', 'AGREE', 'REJECT']);
/** Acts a refusal answers when a noun of saying names them: a demand, an offer, an invitation, a threat. */
const REFUSABLE = new Set<PloverType>(['REQUEST', 'AGREE', 'CONSULT', 'THREATEN']);
const COMPLEMENT = /^(xcomp|ccomp|obj|obl|advcl|acl)/;

export class TellingFinder {
  readonly tree: Tree;
  /** A verb telling again the act its event-noun subject names ("a strike killed"): verb → noun. */
  private readonly retold = new Map<number, number>();
  /** Per token, 1 for a word of a proper name; built on first use. */
  private properNameWords: Uint8Array | null = null;
  /** Per token, 1 for a word of a compound noun naming a thing; built on first use. */
  private thingNameWords: Uint8Array | null = null;
  /** Verbs whose culprits are being sought (see `culprits`). */
  private readonly seekingCulprits = new Set<number>();
  /** Nouns renaming the act of their sentence's main clause ("…, a request Berlin rejected"): noun → main verb. */
  readonly renamings: Map<number, number>;
  /** For each token, the entity whose mention covers it (the narrowest mention). */
  private readonly tokenEntity: (Entity | null)[];

  constructor(
    readonly doc: Doc,
    readonly lex: EventLexicon,
  ) {
    const adjectives = [...lex.triggers].filter(([, senses]) =>
      senses.some((x) => x.pos === 'ADJ'),
    );
    const infinitiveHeads = new Set([
      ...lex.backgroundNouns,
      ...adjectives.map(([lemma]) => lemma),
    ]);
    const lemmasOf = (pos: string) =>
      new Set(
        [...lex.triggers]
          .filter(([, senses]) => senses.some((x) => x.pos === undefined || x.pos === pos))
          .map(([lemma]) => lemma),
      );
    const repaired = repairedParse(doc, {
      passiveAuxiliaries: lex.passiveAuxiliaries,
      perfectAuxiliaries: lex.perfectAuxiliaries,
      infinitiveHeads,
      eventNouns: lemmasOf('NOUN'),
      agentCases: lex.agentCases,
      eventVerbs: lemmasOf('VERB'),
      particles: lex.particles,
      people: lex.people,
      quantifiers: lex.quantifiers,
      attackVerbs: new Set(
        [...lex.triggers]
          .filter(([, senses]) => senses.some((x) => x.type === 'ASSAULT' && x.pos !== 'NOUN'))
          .map(([lemma]) => lemma),
      ),
      sayingVerbs: new Set(speechLexicon(doc.lang.code)?.verbs.keys() ?? []),
    });
    this.renamings = repaired.renamings;
    this.tree = new Tree({ ...doc, dependencies: repaired.dependencies, tags: repaired.tags });
    this.tokenEntity = doc.tokens.map(() => null);
    const widths = doc.tokens.map(() => Infinity);
    for (const entity of doc.entities ?? []) {
      for (const m of entity.mentions) {
        for (const t of this.tokensIn(m.start, m.end)) {
          if (m.end - m.start < widths[t]) {
            widths[t] = m.end - m.start;
            this.tokenEntity[t] = entity;
          }
        }
      }
    }
  }

  /**
   * What a quantity counts, down two quantities: "holding thousands of refugees", "des
   * dizaines de milliers de manifestants" (the quantity is a number or a word of quantity).
   */
  private countedBy(o: number): number[] {
    const t = this.tree;
    const quantities = actorLexicon(this.lex.lang)?.quantityWords;
    const quantity = (q: number) =>
      t.upos(q) === 'NUM' ||
      [t.lemma(q), t.forms[q]].some((w) => quantities?.has(w.toLowerCase()) === true);
    const counted = (q: number) =>
      quantity(q) ? t.childrenWith(q, (r) => /^nmod(?!:poss)/.test(r)) : [];
    return [...counted(o), ...counted(o).flatMap(counted)];
  }

  /**
   * "a démenti toute ingérence dans les négociations": an oblique act of a verb of denial that
   * has an object of its own frames what is denied; it is neither denied nor the subject's.
   */
  private framesDenied(i: number, verb: number): boolean {
    const t = this.tree;
    return (
      t.head(i) === verb &&
      /^obl/.test(t.rel(i)) &&
      this.lex.denialVerbs.has(t.lemma(verb)) &&
      t.childrenWith(verb, (r) => /^obj/.test(r)).length > 0
    );
  }

  /**
   * "se sont entretenus en marge du sommet réuni à Genève", "met on the sidelines of a summit
   * held in Geneva": an act framed by another takes place where the framing act does, as the
   * framing noun's own modifiers and clauses place it.
   */
  private framePlace(
    scope: number[],
    participants: { start: number; end: number }[],
  ): PlaceMention | null {
    const t = this.tree;
    const places = this.doc.places ?? [];
    for (const k of scope) {
      // "at the close of the talks", not "closed the border".
      if (
        t.upos(k) === 'VERB' ||
        ![t.lemma(k), t.forms[k]].some((w) => this.lex.frameNouns.has(w.toLowerCase()))
      )
        continue;
      // The frame word's whole phrase: the parser may hang the framing noun's clause on a
      // conjunct of its complement.
      const within = new Set(t.subtree(k));
      const place = places.find(
        (p) =>
          !participants.some((q) => q.start <= p.start && p.end <= q.end) &&
          this.tokensIn(p.start, p.end).every((j) => within.has(j)),
      );
      if (place) return place;
    }
    return null;
  }

  /** A noun a verb of denial has as its object ("dément toute rencontre", "denied any meeting"). */
  private deniedObject(i: number): boolean {
    const t = this.tree;
    const verb = t.head(i);
    return (
      verb >= 0 &&
      /^obj/.test(t.rel(i)) &&
      t.upos(verb) === 'VERB' &&
      this.lex.denialVerbs.has(t.lemma(verb))
    );
  }

  entityAt(i: number): Entity | null {
    return this.tokenEntity[i];
  }

  /**
   * Whether the token is a word of a proper name: inside, and not the whole of, a name the
   * recogniser found, or a capitalised word inside the name of an actor ("les rebelles de
   * l'Alliance de …", where the name is the actor layer's); a sentence's first word is
   * capitalised anyway. A lower-case trigger before a name ("the alliance of X") is no part
   * of it.
   */
  private inProperName(i: number): boolean {
    this.properNameWords ??= this.markProperNameWords();
    return this.properNameWords[i] === 1;
  }

  /** Whether the token is a word of a compound noun naming a thing (`thingNames`). */
  private inThingName(i: number): boolean {
    if (this.thingNameWords === null) {
      const t = this.tree;
      this.thingNameWords = new Uint8Array(t.forms.length);
      const names = this.lex.thingNames;
      if (names.length > 0)
        for (let k = 0; k < t.forms.length; k++)
          for (const name of names)
            if (name.every((w, j) => k + j < t.forms.length && t.lemma(k + j).toLowerCase() === w))
              this.thingNameWords.fill(1, k, k + name.length);
    }
    return this.thingNameWords[i] === 1;
  }

  /** The words of proper names (see `inProperName`), marked once per document. */
  private markProperNameWords(): Uint8Array {
    const tokens = this.doc.tokens;
    const marked = new Uint8Array(tokens.length);
    for (const m of this.doc.mentions ?? [])
      if (m.tokenEnd - m.tokenStart > 1) marked.fill(1, m.tokenStart, m.tokenEnd);
    const sentenceStart = new Uint8Array(tokens.length);
    for (const s of this.doc.sentences) sentenceStart[s.tokenStart] = 1;
    for (const e of this.doc.entities ?? []) {
      if (e.type === 'person') continue;
      for (const m of e.mentions) {
        if (m.kind !== 'name') continue;
        for (let k = this.firstTokenFrom(m.start); k < tokens.length && tokens[k].end <= m.end; k++)
          if (sentenceStart[k] === 0 && /^\p{Lu}/u.test(tokens[k].text)) marked[k] = 1;
      }
    }
    return marked;
  }

  /** The first token starting at or after the offset: a binary search, the tokens being in text order. */
  firstTokenFrom(start: number): number {
    return firstSpanFrom(this.doc.tokens, start);
  }

  /** Tokens inside [start, end). */
  private tokensIn(start: number, end: number): number[] {
    const tokens = this.doc.tokens;
    const lo = this.firstTokenFrom(start);
    const out: number[] = [];
    for (let k = lo; k < tokens.length && tokens[k].start < end; k++)
      if (tokens[k].end <= end) out.push(k);
    return out;
  }

  /**
   * A clause of obligation under a verb or noun of saying ("said that Sudan must return
   * the helicopter") is a demand: the clause's verb, when it has a subject.
   */
  demandedClause(i: number): number | null {
    const t = this.tree;
    if (!/^(VERB|NOUN)$/.test(t.upos(i)) || this.lex.obligation.size === 0) return null;
    for (const c of t.childrenWith(i, (rel) => /^(ccomp|acl)/.test(rel))) {
      const obliged =
        t.children[c].some((a) => /^aux/.test(t.rel(a)) && this.lex.obligation.has(t.lemma(a))) ||
        (this.lex.obligation.has(t.lemma(c)) && t.childrenWith(c, (r) => r === 'xcomp').length > 0);
      if (!obliged || t.childrenWith(c, (r) => /^nsubj/.test(r)).length === 0) continue;
      if (
        t.children[c].some(
          (a) => /^mark/.test(t.rel(a)) && this.lex.conditionMarkers.has(t.forms[a]),
        )
      )
        continue;
      return c;
    }
    return null;
  }

  /**
   * A verb of saying whose clause announces the speaker's own future act is itself PLOVER's
   * verbal act: a promise (AGREE) of a cooperative act ("said they would release the
   * hostages", "a assuré qu'il rencontrerait"), a threat (THREATEN) of a conflict act on a
   * condition ("said they would attack the capital unless the president resigned", "ont dit
   * qu'ils feraient grève si le plan était maintenu"). A cooperative act announced as not to
   * be done is a refusal (REJECT: "said it would not release them"). The announced act is
   * told too, as future.
   */
  announcement(i: number): { clause: number; type: PloverType } | null {
    const t = this.tree;
    // The announced act's sense may look back at its governor (its subjects): no second look.
    if (t.upos(i) !== 'VERB' || this.announcing.has(i)) return null;
    this.announcing.add(i);
    try {
      return this.announced(i) ?? this.intended(i);
    } finally {
      this.announcing.delete(i);
    }
  }

  private readonly announcing = new Set<number>();

  private announced(i: number): { clause: number; type: PloverType } | null {
    const t = this.tree;
    // The parse's subjects: the participant rules need the sense being decided here.
    const subjects = (v: number) => t.childrenWith(v, (r) => /^nsubj(?!:pass)/.test(r));
    const speakers = subjects(i).map((a) => t.lemma(a));
    for (const c of t.childrenWith(i, (rel) => /^ccomp/.test(rel))) {
      // "qu'il ferait grève", "it would hold talks": a light verb announces its object's act.
      const act = this.lex.lightVerbs.has(t.lemma(c))
        ? t.childrenWith(c, (r) => /^(obj|obl:arg)/.test(r)).find((o) => this.senseOf(o) !== null)
        : undefined;
      const sense = this.senseOf(act ?? c);
      const type = sense ? announcementType(sense.type) : null;
      if (!type) continue;
      // The speaker's own act: a pronoun standing for the speaker, or the speaker named again.
      const own = subjects(c).some((a) => t.upos(a) === 'PRON' || speakers.includes(t.lemma(a)));
      const auxiliaries = t.childrenWith(c, (r) => /^aux/.test(r)).map((a) => t.lemma(a));
      const future =
        t.hasFeat(c, 'Tense=Fut') ||
        t.hasFeat(c, 'Mood=Cnd') ||
        auxiliaries.some(
          (a) => this.lex.futureAuxiliaries.has(a) || this.lex.reportedFuture.has(a),
        );
      // An announced conflict act is a threat when it is made on a condition.
      // "unless the tax was scrapped"; the parser may hang the conditional clause a level or two
      // lower ("if fighting broke out" read as a conjunct whose subject carries "if").
      const condition = (k: number) =>
        /^mark/.test(t.rel(k)) && this.lex.conditionMarkers.has(t.forms[k].toLowerCase());
      const conditioned = t
        .childrenWith(c, (r) => /^(advcl|conj)/.test(r))
        .some((a) =>
          [a, ...t.childrenWith(a, (r) => /^(nsubj|csubj)/.test(r))].some((k) =>
            t.children[k].some(condition),
          ),
        );
      const negated = t.children[c].some(
        (m) => /^advmod/.test(t.rel(m)) && this.lex.negAdverbs.has(t.forms[m].toLowerCase()),
      );
      if (!own || !future) continue;
      if (type === 'AGREE') return { clause: c, type: negated ? 'REJECT' : 'AGREE' };
      if (conditioned && !negated) return { clause: c, type };
    }
    return null;
  }

  /**
   * A wish to do an act oneself is PLOVER's expression of intent (CAMEO 03 and 13): a promise
   * (AGREE) of a cooperative act ("wants to help Israel"), a threat (THREATEN) of a conflict act
   * ("wants to attack"). Wanting another to act ("wants Russia to attack") asks it; a wish
   * denied ("does not want to attack") intends nothing. The wished act is told too.
   */
  private intended(i: number): { clause: number; type: PloverType } | null {
    const t = this.tree;
    if (!this.lex.intentVerbs.has(t.lemma(i))) return null;
    if (t.childrenWith(i, (r) => /^(obj|iobj)/.test(r)).length > 0) return null;
    const negated = t.children[i].some(
      (m) => /^advmod/.test(t.rel(m)) && this.lex.negAdverbs.has(t.forms[m].toLowerCase()),
    );
    if (negated) return null;
    for (const c of t.childrenWith(i, (r) => r === 'xcomp')) {
      if (t.upos(c) !== 'VERB' || t.childrenWith(c, (r) => /^nsubj/.test(r)).length > 0) continue;
      const act = this.lex.lightVerbs.has(t.lemma(c))
        ? t.childrenWith(c, (r) => /^(obj|obl:arg)/.test(r)).find((o) => this.senseOf(o) !== null)
        : undefined;
      const sense = this.senseOf(act ?? c);
      const type = sense ? announcementType(sense.type) : null;
      if (type) return { clause: c, type };
    }
    return null;
  }

  /** The first sense of the token's lemma whose part of speech and constraints fit the parse. */
  senseOf(i: number): TriggerSense | null {
    const t = this.tree;
    const upos = t.upos(i);
    if (upos !== 'VERB' && upos !== 'NOUN' && upos !== 'ADJ') return null;
    // "Iranian-backed rebels", "a UN-brokered truce": a participle joined by a hyphen to the word
    // before it qualifies its noun; it tells no act of its own.
    if (upos !== 'NOUN' && /^amod/.test(t.rel(i)) && this.hyphenJoined(i)) return null;
    // "n'exclut pas de réquisitionner": a verb of denial with an infinitive is a stance on the
    // infinitive's act, not an act of its own.
    if (
      this.lex.denialVerbs.has(t.lemma(i)) &&
      t.childrenWith(i, (rel, c) => !/^(aux|cop)/.test(rel) && t.hasFeat(c, 'VerbForm=Inf'))
        .length > 0
    )
      return null;
    const senses = this.lex.triggers.get(t.lemma(i)) ?? this.lex.triggers.get(t.forms[i]) ?? [];
    for (const sense of senses) {
      if (sense.pos ? sense.pos !== upos : upos === 'ADJ') continue;
      if (sense.with && !this.hasMarkedDependent(i, new Set(sense.with))) continue;
      if (sense.withAll?.some((form) => !this.hasMarkedDependent(i, new Set([form])))) continue;
      if (sense.without && this.hasMarkedDependent(i, new Set(sense.without))) continue;
      if (sense.targets && !this.hasTarget(i, new Set(sense.targets))) continue;
      // "declined to comment", "s'est refusé à tout commentaire": declining to speak is no act.
      if (
        sense.type === 'REJECT' &&
        t.children[i].some(
          (c) => /^(xcomp|obj|obl)/.test(t.rel(c)) && this.lex.silence.has(t.lemma(c)),
        )
      )
        continue;
      const objects = t.childrenWith(i, (rel) => OBJECT.test(rel));
      // "rejected that account", "a rejeté ces accusations": rejecting what was said denies
      // it; PLOVER's REJECT refuses a demand, an offer, an invitation or a threat.
      if (sense.type === 'REJECT' && objects.some((o) => this.mereSaying(o))) continue;
      const patient = this.isPassive(i) ? this.passiveSubjectsOf(i) : objects;
      const modified = this.participleNoun(i);
      // "signed the agreement", "the agreement was signed", "the agreement signed in 2023".
      const themes = modified === null ? patient : [...patient, modified];
      // "provided photographs and intelligence", "ended mediation efforts": conjuncts and
      // compound modifiers of the object name it too.
      // "ont déversé du lisier": a partitive object the parser read as an oblique argument
      // selects the sense as an object does (it makes no party: only its word is looked at).
      const partitive = t.childrenWith(
        i,
        (rel, c) =>
          rel === 'obl:arg' &&
          this.lex.partitives.some(([marker, article]) =>
            t.children[c].some(
              (m) =>
                t.rel(m) === 'case' &&
                t.forms[m] === marker &&
                t.children[c].some((d) => t.rel(d) === 'det' && t.forms[d] === article),
            ),
          ),
      );
      const named = [...objects, ...themes, ...partitive].flatMap((o) => [
        o,
        ...t.childrenWith(o, (r) => r === 'conj' || r === 'compound'),
        ...this.countedBy(o),
      ]);
      if (sense.objects && !named.some((o) => sense.objects!.includes(t.lemma(o)))) continue;
      // "livrer des récits", "livrer bataille": what a giving verb gives must be a thing, not a
      // telling nor an act of another kind (the verb is then light, the act the noun's).
      if (sense.theme && named.length > 0 && !named.some((o) => this.givable(o, sense.type)))
        continue;
      // The subject, or the people a quantity counts, down two quantities ("des dizaines de
      // milliers de manifestants").
      const counted = (a: number) => t.childrenWith(a, (r) => /^nmod(?!:poss)/.test(r));
      const doer = (a: number) =>
        [a, ...counted(a), ...counted(a).flatMap(counted)].some((k) =>
          sense.subjects!.includes(t.lemma(k)),
        );
      if (sense.subjects && !this.subjectsOf(i).some(doer)) continue;
      if (sense.entityObject) {
        const nounModified = modified !== null;
        // "free another group of political prisoners": the people may hang on a quantity; not
        // a possessor, who owns the thing ("seized Iran's tanker").
        const personal = (o: number) =>
          this.isActorLike(o) ||
          this.entityBelow(o) !== null ||
          t.childrenWith(
            o,
            (r, g) =>
              /^nmod(?!:poss)/.test(r) &&
              this.isActorLike(g) &&
              !this.isDate(g) &&
              this.lex.actorCases.has(this.caseOf(g) ?? ''),
          ).length > 0;
        // "l'ambassadeur reçu", not "une annonce accueillie avec prudence": the noun a
        // participle modifies must be a party too.
        if (nounModified ? !personal(modified) : !patient.some(personal)) continue;
      }
      return sense;
    }
    // "concluded that Khartoum must return …": a verb of saying with a clause of obligation.
    if (this.demandedClause(i) !== null) return { type: 'REQUEST', mode: 'change' };
    const announced = this.announcement(i);
    return announced !== null ? { type: announced.type } : null;
  }

  /** A noun naming what was said, not a demand, an offer, an invitation or a threat ("that account"). */
  private mereSaying(o: number): boolean {
    const lemma = this.tree.lemma(o).toLowerCase();
    if (this.tree.upos(o) !== 'NOUN' || !this.lex.speechNouns.has(lemma)) return false;
    const senses = this.lex.triggers.get(lemma) ?? [];
    return !senses.some((x) => (x.pos ?? 'NOUN') === 'NOUN' && REFUSABLE.has(x.type));
  }

  private hyphenJoined(i: number): boolean {
    return i >= 2 && hyphenAfter(this.doc, i - 2);
  }

  /**
   * Whether a giving act of this type can give the thing the token names: not a report of an
   * act ("a livré son récit", "gave an account") nor an act whose senses are all of another
   * type ("livrer bataille").
   */
  private givable(o: number, type: PloverType): boolean {
    const lemma = this.tree.lemma(o).toLowerCase();
    if (this.lex.reportNouns.has(lemma)) return false;
    const acts = (this.lex.triggers.get(lemma) ?? []).filter((x) => (x.pos ?? 'NOUN') === 'NOUN');
    return acts.length === 0 || acts.some((x) => x.type === type);
  }

  /** The noun a participle modifies ("un citoyen détenu", "the jailed journalists"), or null. */
  participleNoun(i: number): number | null {
    const t = this.tree;
    const h = t.head(i);
    if (h < 0 || !/^(acl|amod)/.test(t.rel(i)) || !t.hasFeat(i, 'VerbForm=Part')) return null;
    if (t.upos(h) === 'VERB') return null;
    // "its long-threatened invasion": a participle before an event noun qualifies that event.
    const eventNoun = this.lex.triggers.has(t.lemma(h));
    return /^amod/.test(t.rel(i)) && eventNoun ? null : h;
  }

  /**
   * Passive voice: a passive auxiliary of the language, or a passive participle
   * with no auxiliary ("un citoyen détenu"); a reflexive verb is not passive
   * ("ils se sont croisés"), whatever auxiliary it takes.
   */
  isPassive(v: number): boolean {
    const t = this.tree;
    if (t.children[v].some((c) => this.lex.reflexives.has(t.forms[c]))) return false;
    if (this.lex.unaccusatives.has(t.lemma(v))) return false;
    const auxiliaries = t.childrenWith(v, (rel) => rel.startsWith('aux'));
    // A finite verb with no auxiliary is active, whatever voice the tagger gave it ("resigned");
    // so is a bare participle heading its sentence with a subject and a complement: the tagger
    // took a past tense for a participle ("The minister promised to send aid").
    if (auxiliaries.length === 0) {
      if (!t.hasFeat(v, 'Voice=Pass') || t.hasFeat(v, 'VerbForm=Fin')) return false;
      // "a dénoncé … et menacé de riposter": a participle conjoined to a compound tense shares
      // its auxiliary.
      const first = t.head(v);
      if (
        t.rel(v) === 'conj' &&
        first >= 0 &&
        t.childrenWith(first, (r) => r.startsWith('aux')).length > 0
      )
        return this.isPassive(first);
      // "accused Libya of lying and called on Tripoli to …": a bare participle conjoined to a
      // finite verb is its tense, read as a participle by the tagger.
      if (
        t.rel(v) === 'conj' &&
        first >= 0 &&
        t.upos(first) === 'VERB' &&
        t.hasFeat(first, 'VerbForm=Fin') &&
        t.children[v].every((c) => !PASSIVE_SUBJECT.test(t.rel(c)))
      )
        return false;
      // So is one addressing a party ("The minister called on Uganda to withdraw", "Troops
      // clashed with rebels"), outside a headline, which may drop the passive auxiliary.
      const misread =
        t.head(v) < 0 &&
        t.children[v].some((c) => /^nsubj/.test(t.rel(c))) &&
        (t.children[v].some((c) => /^(obj|ccomp|xcomp)$/.test(t.rel(c))) ||
          (this.doc.tokens[v].sentence !== this.headline() &&
            t.children[v].some((c) => this.isAddressee(c))));
      return !misread;
    }
    return this.hasPassiveAuxiliary(v);
  }

  private hasPassiveAuxiliary(v: number): boolean {
    const t = this.tree;
    return t.children[v].some(
      (c) => t.rel(c) === 'aux:pass' && this.lex.passiveAuxiliaries.has(t.lemma(c)),
    );
  }

  /**
   * The patient of a passive verb: a passive subject, or a subject the parser did not mark
   * passive beside a passive auxiliary ("X et Y ont été mises en examen", "étaient détenus").
   */
  private isPatientSubject(v: number, c: number, passive: boolean): boolean {
    const rel = this.tree.rel(c);
    return (
      passive && (PASSIVE_SUBJECT.test(rel) || (SUBJECT.test(rel) && this.hasPassiveAuxiliary(v)))
    );
  }

  /** A dependent, or the case marker or complementizer of a dependent, is one of `forms`. */
  private hasMarkedDependent(i: number, forms: Set<string>): boolean {
    const t = this.tree;
    // The trigger's own infinitive marker ("to travel") selects nothing.
    const marked = (c: number) =>
      (forms.has(t.forms[c]) && !(t.head(c) === i && /^mark/.test(t.rel(c)))) ||
      t.children[c].some((g) => /^(case|mark)/.test(t.rel(g)) && forms.has(t.forms[g]));
    // A noun's second complement often hangs on its first: "les entretiens du président
    // avec l'émissaire", "talks of the minister with his counterpart".
    const nested = (c: number) =>
      t.upos(i) === 'NOUN' &&
      /^nmod/.test(t.rel(c)) &&
      t.childrenWith(c, (r) => /^nmod/.test(r)).some(marked);
    // "voiced support for the plan": a light verb's object shares the verb's complements.
    const h = t.head(i);
    const light =
      t.upos(i) === 'NOUN' &&
      /^obj/.test(t.rel(i)) &&
      h >= 0 &&
      this.lex.lightVerbs.has(t.lemma(h)) &&
      t.childrenWith(h, (r, c) => /^obl/.test(r) && c > i && marked(c)).length > 0;
    // "any deal had been reached", "reached a deal": the verb whose object the noun is.
    const governing =
      t.upos(i) === 'NOUN' && h >= 0 && /^(obj|nsubj:pass)/.test(t.rel(i)) && forms.has(t.forms[h]);
    // "charged a Syrian businessman with fraud": the parser often hangs a verb's marked
    // complement on its personal object instead.
    const onObject =
      t.upos(i) === 'VERB' &&
      t
        .childrenWith(i, (r, o) => OBJECT.test(r) && this.isActorLike(o))
        .some((o) =>
          t.childrenWith(o, (r, c) => c > o && /^nmod(?!:poss)/.test(r)).some((c) => marked(c)),
        );
    return light || governing || onObject || t.children[i].some((c) => marked(c) || nested(c));
  }

  /** A dependent marked by one of `cases` naming a place or a party ("on the city of Kharkiv"). */
  private hasTarget(i: number, cases: Set<string>): boolean {
    const t = this.tree;
    const named = (c: number) =>
      !this.isDate(c) && (this.isPlace(c) || this.isActorLike(c) || this.entityBelow(c) !== null);
    return t.children[i].some(
      (c) =>
        cases.has(this.caseOf(c) ?? '') &&
        (named(c) ||
          t.childrenWith(c, (r, g) => /^(nmod|compound)/.test(r) && named(g)).length > 0),
    );
  }

  /**
   * A common noun with no determiner, number or complement, in the singular, that is no actor:
   * as a noun's complement it qualifies the noun ("de principe", "de paix") rather than
   * naming something of its own.
   */
  private namesKind(c: number): boolean {
    const t = this.tree;
    if (t.upos(c) !== 'NOUN' || this.isActorLike(c) || t.hasFeat(c, 'Number=Plur')) return false;
    // "la demande d'extradition de la justice autrichienne": a kind with a party of its own
    // is looked into by the caller.
    return !t.children[c].some((k) => /^(det|nummod|nmod)/.test(t.rel(k)));
  }

  /** Whether a phrase head can be a participant: an actor of the actor layer, a name, a person pronoun. */
  isActorLike(i: number): boolean {
    if (this.tokenEntity[i]) return true;
    const upos = this.tree.upos(i);
    if (upos === 'NOUN')
      return this.lex.people.has(this.tree.lemma(i)) || this.lex.people.has(this.tree.forms[i]);
    return upos === 'PROPN' || (upos === 'PRON' && !this.lex.reflexives.has(this.tree.forms[i]));
  }

  participantAt(i: number): Participant {
    const t = this.tree;
    const entity = this.tokenEntity[i] ?? this.entityBelow(i);
    // The phrase: the head with its determiners, modifiers and names, not its clauses.
    // "20 others on Tuesday": a date is no part of it.
    // Nor an act it is the party of ("three men … for the murder of a journalist").
    // Nor a setting that names no place or party ("prisoners in the yard"; "homes in
    // southern Gaza" keeps the place that gives its country).
    const setting = (c: number) =>
      this.lex.settingCases.has(this.caseOf(c) ?? '') &&
      !t.subtree(c).some((k) => this.isPlace(k) || this.tokenEntity[k] !== null);
    // "a demandé à son homologue la reprise de …": a noun phrase after the head with an
    // article of its own and no marker is another phrase, whatever the parser hung it on.
    const unmarkedPhrase = (c: number) =>
      c > i &&
      t.rel(c) === 'nmod' &&
      t.upos(c) === 'NOUN' &&
      this.caseOf(c) === null &&
      // A definite or possessive article: "des" may be "de" + "les", a marker after all.
      t.children[c].some((k) => t.rel(k) === 'det' && k < c && !t.hasFeat(k, 'Definite=Ind'));
    const members = t.subtree(
      i,
      (c) =>
        CLAUSAL.test(t.rel(c)) ||
        t.rel(c) === 'punct' ||
        unmarkedPhrase(c) ||
        (/^nmod/.test(t.rel(c)) && (this.isDate(c) || this.partyOfAct(i, c) || setting(c))),
    );
    const [first, last] = t.contiguous(members, i);
    let b = last;
    // "the rebel Northern Ridge Alliance": the name of the actor below the head, right after it
    // without a comma (an apposition to the parser), ends the phrase.
    if (!this.tokenEntity[i] && entity)
      while (b + 1 < this.tokenEntity.length && this.tokenEntity[b + 1] === entity) b++;
    let a = first;
    while (a < i && /^(case|mark|cc|punct)/.test(t.rel(a))) a++;
    // "aux salariés": the article contracted with a left-out preposition goes with it.
    const tokens = this.doc.tokens;
    while (a < i && a > first && tokens[a].start < tokens[a - 1].end) a++;
    // "at least 12 people", "au moins douze personnes": the bound of the count belongs to the
    // phrase, however the parser attached its words.
    for (const bound of this.lex.quantifiers) {
      for (let k = Math.max(0, a - bound.length); k < a; k++) {
        const count = k + bound.length;
        if (count >= a && count <= b && t.upos(count) === 'NUM' && t.matches(k, bound, count)) {
          a = k;
          break;
        }
      }
    }
    const span = t.span(a, b);
    return { token: i, start: span.start, end: span.end, entity };
  }

  /**
   * A complement of a phrase head naming an act it is the party of: a person's ("the militia
   * of the massacre"), or any head's act marked otherwise than by a genitive ("three men …
   * for the murder of"), not what a thing is about ("le traité de désarmement").
   */
  partyOfAct(head: number, c: number): boolean {
    if (!this.namesAct(c)) return false;
    return this.isActorLike(head) || !this.lex.actorCases.has(this.caseOf(c) ?? '');
  }

  /** A noun modifier marked by a preposition that names an act of the lexicon ("for the murder of …"). */
  private namesAct(c: number): boolean {
    return (
      this.tree.upos(c) === 'NOUN' &&
      this.caseOf(c) !== null &&
      this.lex.triggers.has(this.tree.lemma(c)) &&
      this.senseOf(c) !== null
    );
  }

  /** An entity named inside the phrase when the head itself is not covered ("le ministre … Sergueï Lavrov"). */
  private entityBelow(i: number): Entity | null {
    const t = this.tree;
    // Only through names and appositions: "un contact avec Lavrov" is not Lavrov.
    // Nor through a possessive pronoun: "its forces" are not whoever "its" stands for.
    for (const c of t.subtree(
      i,
      (d) =>
        !/^(appos|flat|compound|nmod$)/.test(t.rel(d)) ||
        this.caseOf(d) !== null ||
        (/^(nmod:poss|det:poss)/.test(t.rel(d)) && t.upos(d) === 'PRON'),
    ))
      if (this.tokenEntity[c]) return this.tokenEntity[c];
    return null;
  }

  /** The head and its conjuncts ("Blinken et Lavrov"). */
  private withConjuncts(i: number): number[] {
    const t = this.tree;
    return [i, ...t.childrenWith(i, (rel) => rel === 'conj').flatMap((c) => this.withConjuncts(c))];
  }

  private participants(
    heads: number[],
    exclude: Set<number> = new Set(),
    allowPlaces = false,
  ): Participant[] {
    return (
      heads
        .map((h) => this.antecedent(h))
        .flatMap((h) => this.withConjuncts(h))
        // A country the parse first left out of the clause acts as its state ("Iran today threatened").
        // A capital acts as its state ("Berlin has rejected").
        .filter(
          (h) =>
            !exclude.has(h) &&
            !this.isDate(h) &&
            // "…, sans résultat", "without success": what an act is without is no party to it.
            !this.lex.negPrepositions.has(this.caseOf(h) ?? '') &&
            !this.inDateline(h) &&
            !this.inHeadlineTopic(h) &&
            // "none is being discussed": no one is no party.
            !(this.tree.upos(h) === 'PRON' && this.tree.hasFeat(h, 'PronType=Neg')) &&
            (!this.isPlace(h) ||
              allowPlaces ||
              this.isState(h) ||
              this.isCapital(h) ||
              // A figure the actor layer read in a town's name ("Obama ordered").
              this.tokenEntity[h]?.type === 'person'),
        )
        .filter((h) => this.isActorLike(h) || this.tree.upos(h) === 'NOUN' || this.countsPeople(h))
        .map((h) => this.participantAt(h))
    );
  }

  /** A relative pronoun stands for the noun its clause modifies ("the mayor, who had met …"). */
  private antecedent(i: number): number {
    const t = this.tree;
    if (!t.hasFeat(i, 'PronType=Rel')) return i;
    let clause = t.head(i);
    // "un tireur déguisé en femme qui avait ouvert le feu": a relative clause the parser
    // conjoined to a participle on the noun modifies that noun.
    while (clause >= 0 && t.rel(clause) === 'conj' && /^acl/.test(t.rel(t.head(clause))))
      clause = t.head(clause);
    const noun = clause >= 0 && /^acl/.test(t.rel(clause)) ? t.head(clause) : -1;
    if (noun >= 0 && /^(NOUN|PROPN)$/.test(t.upos(noun))) return noun;
    // A relative clause the parser hung elsewhere ("estime Nadia Martin, déléguée, qui
    // réclame …", the apposition read as a participle): the nearest name or noun before it.
    const first = this.doc.sentences[this.doc.tokens[i].sentence].tokenStart;
    for (let k = i - 1; k >= first; k--) {
      if (!/^(NOUN|PROPN)$/.test(t.upos(k))) continue;
      let name = k;
      while (/^(flat|compound)/.test(t.rel(name)) && t.head(name) >= 0) name = t.head(name);
      return name;
    }
    return i;
  }

  /** A number the parser made the head of the people it counts ("trois Palestiniens ont été tués"). */
  private countsPeople(i: number): boolean {
    const t = this.tree;
    return (
      t.upos(i) === 'NUM' &&
      t.childrenWith(i, (r, c) => /^(flat|nmod|compound)/.test(r) && this.isActorLike(c)).length > 0
    );
  }

  /** The article's headline: a first paragraph of one sentence without final punctuation, before others. */
  headline(): number | null {
    // Asked for every telling and every pair compared: found once.
    if (this.headlineSentence === undefined) this.headlineSentence = this.findHeadline();
    return this.headlineSentence;
  }

  private headlineSentence: number | null | undefined;

  private findHeadline(): number | null {
    const doc = this.doc;
    const first = doc.paragraphs[0];
    if (!first || doc.paragraphs.length < 2) return null;
    const sentences = doc.sentences.filter((s) => s.paragraph === first.index);
    const text = doc.text.slice(first.start, first.end).trim();
    return sentences.length === 1 && !/[.!?»"”]$/u.test(text) ? sentences[0].index : null;
  }

  /** "Grève à la SNCF : le gouvernement appelle au dialogue": a headline's topic before its colon. */
  private inHeadlineTopic(i: number): boolean {
    const headline = this.headline();
    if (headline === null || this.doc.tokens[i].sentence !== headline) return false;
    const sentence = this.doc.sentences[headline];
    for (let k = i + 1; k < sentence.tokenEnd; k++)
      if (this.doc.tokens[k].text === ':') return true;
    return false;
  }

  /** A wire dispatch's dateline ("KYIV, May 14 (Reuters) - ") names no participant. */
  private inDateline(i: number): boolean {
    const token = this.doc.tokens[i];
    return (this.doc.datelines ?? []).some((d) => d.start <= token.start && token.end <= d.end);
  }

  private isDate(i: number): boolean {
    const token = this.doc.tokens[i];
    return (this.doc.timexes ?? []).some((x) => x.start <= token.start && token.end <= x.end);
  }

  /** The marker ("avec", "by", "entre") of an oblique or noun modifier, lowercased. */
  private caseOf(i: number): string | null {
    const t = this.tree;
    const marker = t.childrenWith(i, (rel) => rel === 'case' || rel === 'mark')[0];
    if (marker !== undefined) return t.forms[marker];
    // "les exigences des rebelles": the tagger took the contracted genitive ("des" = de les)
    // of a noun modifier for the indefinite article; the modifier is marked all the same.
    const contracted = /^nmod/.test(t.rel(i))
      ? t.childrenWith(i, (rel, d) => rel === 'det' && this.lex.actorCases.has(t.forms[d]))[0]
      : undefined;
    return contracted === undefined ? null : t.forms[contracted];
  }

  /**
   * "selon ce responsable", "according to diplomats": an attribution, no part of what is
   * agreed or asked, wherever the parser hung it in the content.
   */
  isAttribution(c: number): boolean {
    const t = this.tree;
    if (!/^(nmod|obl|conj)/.test(t.rel(c))) return false;
    const marker = t.childrenWith(c, (rel) => rel === 'case')[0];
    if (marker === undefined) return false;
    const fixed = t.childrenWith(marker, (rel) => rel === 'fixed').map((k) => t.forms[k]);
    const form = t.forms[marker];
    return [form, [form, ...fixed].join('')].some((m) => this.lex.attributionCases.has(m));
  }

  /**
   * Whether a noun modifier or oblique of what an act is about is an adjunct, no part of it: a
   * date, the setting of the act ("a ceasefire [at talks in Nairobi] [on Tuesday]") or whom the
   * statement is attributed to ("un cessez-le-feu, [selon deux diplomates]").
   */
  isContentAdjunct(c: number): boolean {
    const t = this.tree;
    // "un accord de paix, selon des diplomates", read as a conjunct: attributed all the same.
    if (!/^(nmod|obl|conj)/.test(t.rel(c))) return false;
    // A date, not a duration: "un cessez-le-feu de trente jours" keeps its length.
    const token = this.doc.tokens[c];
    const dated = (this.doc.timexes ?? []).some(
      (x) => x.start <= token.start && token.end <= x.end && x.type !== 'DURATION',
    );
    const marker = t.childrenWith(c, (rel) => rel === 'case')[0];
    if (marker === undefined) return dated && t.rel(c) !== 'conj';
    const form = t.forms[marker];
    if (this.isAttribution(c)) return true;
    if (t.rel(c) === 'conj') return false;
    if (dated) return true;
    // A place, or an act that is where this one came about ("at talks"), after a marker of
    // setting on a thing agreed or asked for; a verb's argument stays ("mettre fin à la guerre").
    return (
      t.upos(t.head(c)) === 'NOUN' &&
      (this.lex.settingCases.has(form) || this.lex.locativeCases.has(form)) &&
      (this.isPlace(c) || (t.upos(c) === 'NOUN' && this.lex.triggers.has(t.lemma(c))))
    );
  }

  private isPlace(i: number): boolean {
    const token = this.doc.tokens[i];
    return (this.doc.places ?? []).some((p) => p.start <= token.start && token.end <= p.end);
  }

  /** A national capital named as a place: as an actor it stands for its state ("Berlin has rejected"). */
  isCapital(i: number): boolean {
    const token = this.doc.tokens[i];
    capitals ??= new Set(loadGazetteer().cities.capitals);
    return (this.doc.places ?? []).some(
      (p) =>
        p.start <= token.start &&
        token.end <= p.end &&
        p.place.kind === 'city' &&
        capitals!.has(p.place.geonamesId ?? -1),
    );
  }

  /** A country named as a place: it can stand for its state. */
  private isState(i: number): boolean {
    const token = this.doc.tokens[i];
    return (this.doc.places ?? []).some(
      (p) => p.start <= token.start && token.end <= p.end && p.place.kind === 'country',
    );
  }

  /** Who undergoes a passive verb: its subject, or the subject of the verb it depends on ("doit être libérée"). */
  private passiveSubjectsOf(v: number): number[] {
    const t = this.tree;
    const own = t.childrenWith(v, (rel) => PASSIVE_SUBJECT.test(rel) || SUBJECT.test(rel));
    if (own.length > 0) return own;
    const h = t.head(v);
    // "… ont été placés en garde à vue avant d'être remis en liberté": an infinitive's subject is its governor's.
    const infinitive =
      t.hasFeat(v, 'VerbForm=Inf') ||
      t.children[v].some((c) => /^aux/.test(t.rel(c)) && t.hasFeat(c, 'VerbForm=Inf'));
    if (h >= 0 && /^advcl/.test(t.rel(v)) && infinitive) return this.passiveSubjectsOf(h);
    // "freed 20 children abducted by rebels": a participle after the object tells of the object.
    const object =
      t.rel(v) === 'xcomp' && !infinitive ? t.childrenWith(h, (rel) => OBJECT.test(rel)) : [];
    if (object.length > 0) return object;
    return h >= 0 && /^(xcomp|conj)/.test(t.rel(v)) ? this.subjectsOf(h) : [];
  }

  /**
   * "Sénégal : l'opposant Ousmane Diallo arrêté à Dakar": a headline drops the auxiliary; the
   * subject of its bare passive participle undergoes it.
   */
  private headlineParticiple(v: number): boolean {
    const t = this.tree;
    return (
      this.doc.tokens[v].sentence === this.headline() &&
      this.isPassive(v) &&
      t.childrenWith(v, (rel) => rel.startsWith('aux')).length === 0
    );
  }

  /** Subjects of a verb, or of the verb that controls it when it has none of its own. */
  subjectsOf(v: number, depth = 0): number[] {
    const t = this.tree;
    const passive = this.isPassive(v);
    // A subject the parser marked passive on an active or reflexive verb is still the subject.
    const bare = this.headlineParticiple(v);
    const own = t.childrenWith(
      v,
      (rel, c) =>
        (SUBJECT.test(rel) && !bare && !this.isPatientSubject(v, c, passive)) ||
        (!passive && PASSIVE_SUBJECT.test(rel)),
    );
    const agents = passive
      ? t.childrenWith(
          v,
          (rel, c) =>
            rel === 'obl:agent' ||
            (rel.startsWith('obl') && this.lex.actorCases.has(this.caseOf(c) ?? '')),
        )
      : [];
    if (own.length > 0 || agents.length > 0) return [...own, ...agents];
    // The subject of a passive is its patient: only an agent acts.
    if (passive) return [];
    // One does not address someone in the third person: a "vocative" before such a verb is its subject.
    const third =
      t.hasFeat(v, 'Person=3') ||
      t.children[v].some((c) => /^aux/.test(t.rel(c)) && t.hasFeat(c, 'Person=3'));
    const vocative = t.childrenWith(
      v,
      (rel, c) =>
        rel === 'vocative' && c < v && (this.isActorLike(c) || this.entityBelow(c) !== null),
    );
    if (third && vocative.length > 0) return vocative;
    if (depth > 4) return [];
    const h = t.head(v);
    if (h < 0) return [];
    const rel = t.rel(v);
    if (rel === 'conj') return this.subjectsOf(h, depth + 1);
    if (rel.startsWith('acl') && t.upos(h) !== 'VERB') {
      if (!t.hasFeat(v, 'VerbForm=Inf')) {
        if (this.isPassive(v)) return [];
        // "issued a declaration calling for elections": what a document says, its issuer says.
        const issued =
          /^obj/.test(t.rel(h)) && !this.isActorLike(h) && t.upos(t.head(h)) === 'VERB';
        // A relative or active participle clause: the noun it modifies acts; a passive one undergoes.
        return issued ? this.subjectsOf(t.head(h), depth + 1) : [h];
      }
      // "l'engagement de Washington à soutenir": the noun's genitive controls;
      // "son homologue de mettre fin": an actor noun controls its own infinitive.
      const genitive = t.childrenWith(
        h,
        (r, c) => r.startsWith('nmod') && this.lex.actorCases.has(this.caseOf(c) ?? ''),
      );
      if (genitive.length > 0) return genitive;
      if (this.isActorLike(h)) return [h];
      const governor = t.head(h);
      return governor >= 0 && t.upos(governor) === 'VERB'
        ? this.subjectsOf(governor, depth + 1)
        : [];
    }
    // "X is willing to withdraw": an adjective's infinitive is controlled like a verb's.
    if (COMPLEMENT.test(rel) && (t.upos(h) === 'VERB' || t.upos(h) === 'ADJ')) {
      // Object control for verbs of asking and accusing ("exhorter la Russie à libérer",
      // "accuser l'aviation indienne d'avoir bombardé"), subject control otherwise.
      const type = this.senseOf(h)?.type;
      const asking = type === 'REQUEST' || type === 'ACCUSE';
      if (asking) {
        const addressees = t.childrenWith(
          h,
          (r, c) =>
            c !== v &&
            (OBJECT.test(r) ||
              (r.startsWith('obl') && this.lex.recipientCases.has(this.caseOf(c) ?? ''))) &&
            this.isActorLike(c),
        );
        if (addressees.length > 0) return addressees;
        // "deux militants, soupçonnés d'avoir bloqué": the noun a participle modifies is the
        // one accused.
        const accused = this.participleNoun(h);
        if (accused !== null) return [accused];
      }
      // "Minsk is expected to free": the raising verb's surface subject, passive or not.
      const surface = t.childrenWith(h, (r) => SUBJECT.test(r) || PASSIVE_SUBJECT.test(r));
      return surface.length > 0 ? surface : this.subjectsOf(h, depth + 1);
    }
    return [];
  }

  /** Participants of a verbal trigger. */
  private verbal(i: number, sense: TriggerSense): [Participant[], Participant[]] {
    const t = this.tree;
    const passive = this.isPassive(i);
    let actors = this.subjectsOf(i);
    let recipients: number[] = [];
    // Words that select the sense ("mettre fin", "signer un accord") are not participants.
    // People an attack's, a coercion's or an accusation's sense is selected by ("beat
    // protesters", "holding refugees", "summoned the French ambassador") still undergo it;
    // forces withdrawn or envoys recalled are the actor's own.
    const undergoes = (c: number) =>
      (sense.type === 'ASSAULT' || sense.type === 'COERCE' || sense.type === 'ACCUSE') &&
      this.lex.people.has(t.lemma(c));
    // "sent hundreds of soldiers": a quantity of what selects the sense selects it too.
    const selecting = (c: number) =>
      [c, ...this.countedBy(c)].find((k) => sense.objects?.includes(t.lemma(k)));
    const selectors = new Set(
      t.children[i].filter((c) => {
        if (sense.with?.includes(t.forms[c]) && t.upos(c) === 'NOUN') return true;
        const word = selecting(c);
        return word !== undefined && !undergoes(word);
      }),
    );
    const standIns: number[] = [];
    const meansOwners: number[] = [];
    const meansDemonyms: Participant[] = [];
    for (const c of t.children[i]) {
      const rel = t.rel(c);
      if (selectors.has(c)) {
        // "shared evidence with the U.S.", "dismissed an appeal from President Keita": the
        // parties of the word that names the act are the act's.
        if (t.upos(c) === 'NOUN') {
          // Of a quantity, the parties are those of what it counts, not the counted things.
          const word = selecting(c) ?? c;
          const owners = [word, ...t.childrenWith(c, (r) => r === 'conj')].flatMap((o) =>
            this.partiesOf(o, sense.type === 'ASSAULT'),
          );
          // "NATO air strikes hit", "Russia's missiles hit": whose means are the subject acts.
          if (SUBJECT.test(rel) && !passive) {
            meansOwners.push(...owners);
            if (owners.length === 0) meansDemonyms.push(...this.demonymParticipants(c));
            continue;
          }
          recipients.push(...owners);
          // "burned Armenian houses": the homes of a people an attack hits stand for them.
          if (owners.length === 0 && this.standsForPeople(c, sense)) standIns.push(c);
          // "retook a village in western Cambodia", "lifted the state of emergency in Darfur":
          // a thing placed in the phrase that names the act stands for where it is (a protest
          // there addresses the place's government: "blocked roads into Abidjan").
          else if (
            owners.length === 0 &&
            sense.type !== 'PROTEST' &&
            !this.isActorLike(c) &&
            this.placedThing(c)
          )
            standIns.push(c);
        }
        continue;
      }
      if (sense.theme && rel === 'obj') {
        // What is given is not a participant; to whom it goes may hang on it, or on the
        // last of the things given ("photographs and intelligence to Macedonia").
        for (const given of [c, ...t.childrenWith(c, (r) => r === 'conj')])
          recipients.push(
            ...t.childrenWith(
              given,
              (r, g) =>
                /^nmod/.test(r) &&
                this.lex.recipientCases.has(this.caseOf(g) ?? '') &&
                (this.isActorLike(g) || this.isPlace(g)),
            ),
          );
      } else if (OBJECT.test(rel) && this.renamings.has(c)) {
        // "…, a request Berlin rejected": what is rejected is the act of the main clause; it
        // concerns whoever did it.
        recipients.push(...this.subjectsOf(this.renamings.get(c)!));
      } else if (
        OBJECT.test(rel) &&
        passive &&
        !this.isActorLike(c) &&
        t.childrenWith(i, (r) => PASSIVE_SUBJECT.test(r)).length > 0
      ) {
        // "a été condamné à trois ans de prison": the one sentenced undergoes it, not the term.
        continue;
      } else if (OBJECT.test(rel) && !this.lex.reflexives.has(t.forms[c])) {
        // "praised Haiti's efforts": whom a non-actor object belongs to is the one concerned.
        // "provided photographs and intelligence to Macedonia": the parser hangs a complement
        // the conjoined objects share on the last one.
        const concerned = this.isActorLike(c)
          ? []
          : [c, ...t.childrenWith(c, (r, g) => r === 'conj' && !this.isActorLike(g))].flatMap((o) =>
              this.partiesOf(o, sense.type === 'ASSAULT'),
            );
        recipients.push(...(concerned.length > 0 ? concerned : (this.maker(c) ?? [c])));
      } else if (this.isPatientSubject(i, c, passive)) recipients.push(c);
      else if (SUBJECT.test(rel) && this.headlineParticiple(i)) recipients.push(c);
      else if (!rel.startsWith('obl:agent')) recipients.push(...this.addressed(c, sense));
    }
    if (passive && recipients.length === 0) recipients.push(...this.passiveSubjectsOf(i));
    // "tués dans une attaque palestinienne", "killed in an attack by rebels": the act that
    // did it names who acted, when the verb does not.
    const agentless = actors.filter((a) => !selectors.has(a)).length === 0;
    const act = agentless
      ? t.childrenWith(
          i,
          (r, c) =>
            r.startsWith('obl') && t.upos(c) === 'NOUN' && this.senseOf(c)?.type === sense.type,
        )[0]
      : undefined;
    // "said that Sudan must return …": the one obliged is the addressee of the demand.
    // "demanded that the US cancel its plans": the subject of the demanded clause.
    // "accused Estonia of discriminating", parsed with Estonia as the clause's subject.
    const demanded =
      sense.type === 'REQUEST' || sense.type === 'ACCUSE'
        ? ((sense.type === 'REQUEST' ? this.demandedClause(i) : null) ??
          t.childrenWith(
            i,
            (r, c) =>
              // "called on Israel to halt", parsed with Israel as the infinitive's subject.
              (r === 'ccomp' || (/^(advcl|xcomp)/.test(r) && t.hasFeat(c, 'VerbForm=Inf'))) &&
              t.childrenWith(c, (rc) => /^nsubj/.test(rc)).length > 0,
          )[0] ??
          null)
        : null;
    if (demanded !== null) recipients.push(...t.childrenWith(demanded, (r) => /^nsubj/.test(r)));
    // A passive participle modifying a noun: the noun undergoes it ("un citoyen détenu en Russie").
    const modified = this.participleNoun(i);
    if (recipients.length === 0 && (modified !== null || (passive && /^acl/.test(t.rel(i))))) {
      // "un accord signé en novembre": the thing that selects the sense is no party; its own
      // parties are ("l'accord avec Kiev signé hier").
      const selecting =
        modified !== null && sense.objects?.includes(t.lemma(modified)) && !undergoes(modified);
      recipients = selecting ? this.partiesOf(modified) : [t.head(i)];
      actors = actors.filter((a) => a !== t.head(i));
    }
    // A place undergoing the event stands for its state ("attacked Kherson", "livré au Soudan").
    // "trois militants ont écopé de deux ans de prison": the one sentenced undergoes it; the
    // term is no party.
    // "received weapons from the government": whom the act came from made it, wherever the
    // parser hung the source (on the verb or on its object).
    if (sense.subjectUndergoes && !passive) {
      recipients = actors;
      const source = (r: string, c: number) =>
        /^(obl|nmod)/.test(r) &&
        this.lex.sourceCases.has(this.caseOf(c) ?? '') &&
        (this.isPlace(c) ? this.isState(c) : this.isActorLike(c));
      const objects = t.childrenWith(i, (r) => OBJECT.test(r));
      actors = [i, ...objects].flatMap((h) => t.childrenWith(h, source));
    }
    const recipientList = [
      ...this.participants(recipients, selectors, true),
      ...standIns.map((c) => this.participantAt(c)),
    ];
    if (act !== undefined) return [this.nominal(act, this.senseOf(act)!)[0], recipientList];
    // "A Russian missile strike killed seven people": the attack tells no actor of its own;
    // who made it (its demonym, owner or agent) did what it did, one act told twice.
    const attack =
      actors.length === 1 &&
      t.upos(actors[0]) === 'NOUN' &&
      !this.isActorLike(actors[0]) &&
      /^nsubj/.test(t.rel(actors[0]))
        ? actors[0]
        : undefined;
    const attackSense = attack === undefined ? null : this.senseOf(attack);
    if (attack !== undefined && attackSense) {
      this.retold.set(i, attack);
      return [this.nominal(attack, attackSense)[0], recipientList];
    }
    if (meansOwners.length + meansDemonyms.length > 0 && actors.every((a) => selectors.has(a)))
      return [
        [...this.participants(meansOwners, new Set(), true), ...meansDemonyms],
        recipientList,
      ];
    return [this.participants(actors, selectors), recipientList];
  }

  /**
   * Who a non-actor noun belongs to or is aimed at: "Haiti's efforts", "calls by Belarus's
   * rulers", "a US offer", "action against Russia", "relations with Serbia".
   */
  private partiesOf(noun: number, attack = false): number[] {
    const t = this.tree;
    // "Morocco's autonomy plan": the owner the parser hung on the compound's first word.
    const owners = t
      .childrenWith(noun, (r) => r === 'compound')
      .flatMap((m) =>
        t.childrenWith(
          m,
          (r, a) => /^(nmod:poss|det:poss)/.test(r) && this.isActorLike(a) && t.upos(a) !== 'PRON',
        ),
      );
    // "vetoed a tax cut passed by Congress", "une réduction adoptée par le Congrès": who made
    // the thing, as the agent of a participle on it says.
    const makers = t
      .childrenWith(noun, (r, v) => /^acl/.test(r) && this.isPassive(v))
      .flatMap((v) =>
        t.childrenWith(
          v,
          (r, a) =>
            (r === 'obl:agent' ||
              (r.startsWith('obl') && this.lex.agentCases.has(this.caseOf(a) ?? ''))) &&
            this.isActorLike(a),
        ),
      );
    return [...owners, ...this.ownParties(noun, attack), ...makers];
  }

  private ownParties(noun: number, attack: boolean): number[] {
    const t = this.tree;
    // "the town of Kessar", "la ville de Kessar": the name in a place noun's genitive is the
    // place's own, not its owner's.
    const placeNoun = this.lex.placeNouns.has(t.lemma(noun).toLowerCase());
    return t.childrenWith(noun, (r, a) => {
      if (this.isDate(a)) return false;
      if (placeNoun && t.upos(a) === 'PROPN' && this.lex.actorCases.has(this.caseOf(a) ?? ''))
        return false;
      // A possessive pronoun is mostly the actor's own ("close its borders").
      if (/^(nmod:poss|det:poss)/.test(r)) return this.isActorLike(a) && t.upos(a) !== 'PRON';
      if (r === 'compound') return this.tokenEntity[a] !== null || this.isState(a);
      if (!r.startsWith('nmod')) return false;
      const marker = this.caseOf(a);
      if (marker === null) return false;
      // "opened fire at prisoners": an attack's aim.
      const aimed = attack && this.lex.aimCases.has(marker);
      if (this.isPlace(a))
        return (
          this.isState(a) &&
          (this.lex.recipientCases.has(marker) ||
            this.lex.targetCases.has(marker) ||
            this.lex.sourceCases.has(marker) ||
            aimed)
        );
      return (
        (aimed ||
          this.lex.actorCases.has(marker) ||
          this.lex.sourceCases.has(marker) ||
          this.lex.recipientCases.has(marker) ||
          this.lex.targetCases.has(marker)) &&
        (this.tokenEntity[a] !== null || this.isActorLike(a))
      );
    });
  }

  /**
   * Who what is threatened, promised or refused concerns, when the trigger has no addressee:
   * whom its act would reach ("threatened to break relations with Russia", "promised to
   * continue military aid to Mozambique"), or the state whose proposal it is ("rejected an
   * Indian proposal").
   */
  private concernedBy(content: number, sense: TriggerSense): Participant[] {
    const t = this.tree;
    if (t.upos(content) === 'VERB') {
      if (!['THREATEN', 'AGREE', 'REJECT'].includes(sense.type)) return [];
      // people and states, not what the act handles ("food aid")
      const reached = (as: TriggerSense) =>
        this.verbal(content, as)[1].filter(
          (p) =>
            this.isActorLike(p.token) ||
            this.isState(p.token) ||
            this.demonymParticipants(p.token).length > 0,
        );
      // "announced it will withdraw its force from Chad": the act's own sense says whom it
      // reaches (what is withdrawn is no party; the place left is, found with the act's event).
      const own = this.senseOf(content);
      const parties = reached(own ?? { type: sense.type });
      // "refused to deploy troops in Iraq": an act that is not told (refused) has no event to
      // give its place; forces sent, attacks and withdrawals reach the state where they happen.
      if (parties.length > 0 || !own || !PLACED_TARGETS.has(own.type)) return parties;
      return this.participants(
        t.childrenWith(content, (r, c) => /^obl/.test(r) && this.isPlace(c) && this.isState(c)),
        new Set(),
        true,
      );
    }
    return this.demonymParticipants(content);
  }

  /**
   * Whom an act with no party of its own is aimed at: whom the act it is done for reaches
   * ("opened fire to disperse the demonstrators", "est entrée en action pour déloger des
   * guérilleros", "reopened the bridge to allow deliveries to Afghanistan").
   */
  private purposeParties(clause: number, trigger: number): Participant[] {
    const t = this.tree;
    for (const p of t.childrenWith(
      clause,
      (r, c) => c > trigger && /^advcl/.test(r) && t.hasFeat(c, 'VerbForm=Inf'),
    )) {
      const parties = this.verbal(p, this.senseOf(p) ?? { type: 'CONSULT' })[1].filter(
        (q) =>
          this.isActorLike(q.token) ||
          this.isState(q.token) ||
          this.demonymParticipants(q.token).length > 0,
      );
      if (parties.length > 0) return parties;
    }
    return [];
  }

  /**
   * Whom a threat is made to: the one whose act its condition names, when nobody is
   * addressed ("threatened to quit the talks if Ankara goes ahead with the vote", "menace de
   * se retirer si le gouvernement ne recule pas").
   */
  private conditioned(trigger: number, content: number | null): Participant[] {
    const t = this.tree;
    // The threatened act and the complements it goes on with ("to stop talks to reduce
    // arms if …"), where the parser may hang the condition.
    const acts: number[] = [trigger];
    for (let k = 0, next = content; next !== null && k < 4; k++) {
      acts.push(next);
      next = t.childrenWith(next, (r) => /^(xcomp|ccomp)/.test(r))[0] ?? null;
    }
    const conditions = acts.flatMap((h) =>
      t.childrenWith(
        h,
        (r, c) =>
          /^advcl/.test(r) &&
          t.children[c].some(
            (m) => t.rel(m) === 'mark' && this.lex.conditionMarkers.has(t.forms[m].toLowerCase()),
          ),
      ),
    );
    const own = new Set(this.subjectsOf(trigger));
    const parties = conditions
      .flatMap((c) => t.childrenWith(c, (r) => /^nsubj/.test(r)))
      .filter((s) => !own.has(s) && (this.isActorLike(s) || this.isState(s)));
    return this.participants(parties);
  }

  /**
   * Whom a protest targets through what it demands: "demonstrated to demand the resignation
   * of President X", "a hunger strike in protest of the government's refusal".
   */
  private protested(clause: number): Participant[] {
    const t = this.tree;
    for (const c of t.childrenWith(clause, (r) => /^(advcl|xcomp|obl|nmod)/.test(r))) {
      const sense = this.senseOf(c);
      if (!sense || !['REQUEST', 'ACCUSE', 'PROTEST'].includes(sense.type)) continue;
      const [, recipients] = t.upos(c) === 'NOUN' ? this.nominal(c, sense) : this.verbal(c, sense);
      const targets = recipients.filter((p) => this.isActorLike(p.token) || p.country);
      if (targets.length > 0) return targets;
    }
    return [];
  }

  /**
   * Whom forces readied for an act would reach: "the army prepared to resume shelling
   * rebel-held villages", "l'armée se prépare à attaquer les positions rebelles" (the act, or
   * the event noun a light verb of the infinitive takes).
   */
  private readiedFor(i: number): Participant[] {
    const t = this.tree;
    for (const c of t.childrenWith(
      i,
      (r, k) => /^(xcomp|advcl)/.test(r) && t.hasFeat(k, 'VerbForm=Inf'),
    )) {
      // "to resume shelling", "to step up attacks": the act under an aspectual or light verb.
      const acts = [
        c,
        ...t.childrenWith(c, (r, o) => r === 'xcomp' || (/^obj/.test(r) && t.upos(o) === 'NOUN')),
      ];
      for (const a of acts) {
        const sense = this.senseOf(a);
        if (!sense || sense.type !== 'ASSAULT') continue;
        const [, recipients] =
          t.upos(a) === 'NOUN' ? this.nominal(a, sense) : this.verbal(a, sense);
        const targets = recipients.filter(
          (p) => this.isActorLike(p.token) || this.isState(p.token) || p.country,
        );
        if (targets.length > 0) return targets;
      }
    }
    return [];
  }

  /**
   * "The unions made a proposal, which the management rejected": a relative pronoun standing
   * for a thing a light verb's subject made stands, as the one concerned, for its maker.
   */
  private maker(c: number): number[] | null {
    const t = this.tree;
    const noun = this.antecedent(c);
    if (noun === c || this.isActorLike(noun)) return null;
    const verb = t.head(noun);
    if (verb < 0 || !/^obj/.test(t.rel(noun))) return null;
    // "CEPA offered a raise, which the unions rejected": what a verbal act put forward is
    // its speaker's, as what a light verb made is its subject's.
    const verbalAct = (this.lex.triggers.get(t.lemma(verb)) ?? []).some((x) =>
      ['AGREE', 'REQUEST', 'THREATEN'].includes(x.type),
    );
    if (!this.lex.lightVerbs.has(t.lemma(verb)) && !verbalAct) return null;
    const makers = this.subjectsOf(verb);
    return makers.length > 0 ? makers : null;
  }

  /**
   * Whom an oblique addresses: the actor or state it names ("protested against Austria"),
   * whom an attack aims at ("fired at protesters"), or whom an addressed thing belongs to or
   * is for ("bowed to pressure from NATO", "reneged on his promise to the miners").
   */
  private addressed(c: number, sense: TriggerSense): number[] {
    if (this.isAddressee(c)) return [c];
    // "gave Kenya 5 million dollars of aid": the indirect object of a light verb receives the act.
    if (this.tree.rel(c) === 'iobj' && (this.isPlace(c) ? this.isState(c) : this.isActorLike(c)))
      return [c];
    if (sense.type === 'ASSAULT' && this.isAimedAt(c)) return [c];
    const marker = this.tree.rel(c).startsWith('obl') ? (this.caseOf(c) ?? '') : '';
    // "fired shells at targets in Jericho": a thing an attack aims at, placed in the phrase,
    // undergoes it as the object would ("shelled targets in Jericho").
    if (
      sense.type === 'ASSAULT' &&
      this.lex.aimCases.has(marker) &&
      !this.isActorLike(c) &&
      !this.isPlace(c) &&
      (this.demonymParticipants(c).length > 0 || this.placedThing(c))
    )
      return [c];
    // "demanded reforms by the government", "pressed demands from the government": whom an
    // active request asks to act or to give.
    const asked =
      sense.type === 'REQUEST' &&
      (this.lex.agentCases.has(marker) || this.lex.sourceCases.has(marker)) &&
      !this.isPassive(this.tree.head(c)) &&
      (this.isPlace(c) ? this.isState(c) : this.isActorLike(c));
    if (asked) return [c];
    // "accepted demands from the rebels", the parser hanging the source on the verb: whom the
    // demand, offer or invitation answered comes from is the one the answer concerns.
    const verb = this.tree.head(c);
    const answered =
      ANSWERS.has(sense.type) &&
      this.lex.sourceCases.has(marker) &&
      (this.isPlace(c) ? this.isState(c) : this.isActorLike(c)) &&
      this.tree.childrenWith(verb, (r, o) => OBJECT.test(r) && this.senseOf(o) !== null).length > 0;
    if (answered) return [c];
    const addressedThing =
      !this.isActorLike(c) &&
      !this.isPlace(c) &&
      (this.lex.recipientCases.has(marker) || this.lex.targetCases.has(marker));
    return addressedThing ? this.partiesOf(c) : [];
  }

  /**
   * An oblique marked by a recipient preposition naming an actor, or a country standing for
   * its state ("négocier avec Lavrov", "protested against Austria").
   */
  private isAddressee(c: number): boolean {
    const marker = this.tree.rel(c).startsWith('obl') ? this.caseOf(c) : null;
    // A capital addressed stands for its state ("called on Tripoli to expel"), not one where
    // people meet or act ("a rencontré son homologue à New Delhi").
    const capital = this.isCapital(c) && !this.lex.locativeCases.has(marker ?? '');
    return (
      marker !== null &&
      this.lex.recipientCases.has(marker) &&
      (this.isPlace(c) ? this.isState(c) || capital : this.isActorLike(c))
    );
  }

  /** The parties marked as those between whom the act is ("between Israel and Hamas"), conjuncts included. */
  private sidesBetween(i: number, parties: Participant[]): Participant[] {
    const t = this.tree;
    const between = (k: number) => {
      const marked = t.rel(k) === 'conj' ? t.head(k) : k;
      return this.lex.reciprocalCases.has(this.caseOf(marked) ?? '');
    };
    const obliques = t.childrenWith(i, (r, c) => /^(obl|nmod)/.test(r) && between(c));
    return [
      ...parties.filter((p) => between(p.token)),
      ...this.participants(obliques, new Set(), true),
    ].filter((p, k, all) => all.findIndex((q) => q.token === p.token) === k);
  }

  /** An oblique marked by an aim or target marker ("fired at", "ouvert le feu sur") naming a party or a state. */
  private isAimedAt(c: number): boolean {
    const marker = this.tree.rel(c).startsWith('obl') ? this.caseOf(c) : null;
    return (
      marker !== null &&
      (this.lex.aimCases.has(marker) || this.lex.targetCases.has(marker)) &&
      (this.isPlace(c) ? this.isState(c) : this.isActorLike(c))
    );
  }

  /**
   * "a condamné deux hommes pour l'agression d'un chauffeur", "accused the army of the
   * massacre": who is sentenced or accused for an act named by a noun did it.
   */
  private culprits(i: number): Participant[] {
    const t = this.tree;
    const h = t.head(i);
    if (h < 0 || this.caseOf(i) === null) return [];
    // The act hangs on the verb, or on the one sentenced or accused ("sentenced three men
    // for the murder of", "accused the militia of the massacre").
    const onObject = /^nmod/.test(t.rel(i)) && /^(obj|nsubj:pass)/.test(t.rel(h));
    const g = onObject ? t.head(h) : h;
    if (g < 0 || t.upos(g) !== 'VERB' || !(onObject || /^obl/.test(t.rel(i)))) return [];
    const sense = this.senseOf(g);
    if (!(sense?.type === 'ACCUSE' || (sense?.type === 'SANCTION' && sense.mode === 'convict')))
      return [];
    // "summoned the British ambassador over the seizure": an object that selects the verb's
    // sense is the kind of party the act takes (an envoy summoned), not the one blamed.
    const selector = (k: number) => sense.objects?.includes(t.lemma(k)) ?? false;
    if (onObject) return this.isActorLike(h) && !selector(h) ? this.participants([h]) : [];
    // An agentless verb reads its actors from an act of its own type ("porter plainte pour
    // dénonciation"), which asks the verb again: the second time round it has none to give.
    if (this.seekingCulprits.has(g)) return [];
    this.seekingCulprits.add(g);
    try {
      // Not the act's own parties, which the verb may take as concerned ("enquêtent sur
      // l'agression d'un chauffeur").
      return this.verbal(g, sense)[1].filter(
        (p) =>
          p.token !== i &&
          !t.dominates(i, p.token) &&
          this.isActorLike(p.token) &&
          !selector(p.token),
      );
    } finally {
      this.seekingCulprits.delete(g);
    }
  }

  /**
   * Whether a thing an attack or a coercion hits, named with its people's demonym, stands
   * for them ("burned Armenian houses", "seized Palestinian land").
   */
  private standsForPeople(c: number, sense: TriggerSense): boolean {
    return (
      (sense.type === 'ASSAULT' || sense.type === 'COERCE') &&
      !this.isActorLike(c) &&
      this.demonymParticipants(c).length > 0
    );
  }

  /** A thing whose phrase names a place ("targets in Kandahar"). */
  private placedThing(c: number): boolean {
    return !this.isPlace(c) && this.tree.subtree(c).some((k) => k !== c && this.isPlace(k));
  }

  /** States and bodies named as compounds of an attack's noun or of its compounds ("US Predator attacks"). */
  private attackOwners(i: number): number[] {
    const t = this.tree;
    const compounds = (h: number) => t.childrenWith(h, (r, c) => r === 'compound' && c < h);
    const owner = (c: number) =>
      this.isState(c) ||
      stateNamed(this.doc, c) !== null ||
      ['igo', 'government', 'organisation'].includes(this.tokenEntity[c]?.type ?? '');
    const first = compounds(i).filter(owner);
    return first.length > 0 ? first : compounds(i).flatMap(compounds).filter(owner);
  }

  /** Countries named by demonym adjectives of a noun ("la demande française", "an Indian proposal"). */
  private demonymParticipants(i: number): Participant[] {
    const t = this.tree;
    const found: Participant[] = [];
    for (const c of t.childrenWith(i, (rel, a) => rel === 'amod' && t.upos(a) === 'ADJ')) {
      const country =
        countryOfDemonym(t.forms[c], this.lex.lang) ?? countryOfDemonym(t.lemma(c), this.lex.lang);
      const token = this.doc.tokens[c];
      if (country)
        found.push({ token: c, start: token.start, end: token.end, entity: null, country });
    }
    return found;
  }

  /** Participants of a nominal trigger, and the verb it depends on (light or existential verb). */
  private nominal(i: number, sense: TriggerSense): [Participant[], Participant[], boolean, number] {
    const t = this.tree;
    const actors: number[] = [];
    const recipients: number[] = [];
    const owners: Participant[] = [];
    // "arrest warrants for two men", "an aid package for Haiti": an act noun compounded to a
    // thing shares the complements the thing takes after it.
    const carrier = t.rel(i) === 'compound' && t.upos(t.head(i)) === 'NOUN' ? t.head(i) : -1;
    const carried =
      carrier < 0 ? [] : t.childrenWith(carrier, (r, c) => c > carrier && /^nmod(?!:poss)/.test(r));
    for (const c of [...t.children[i], ...carried]) {
      const rel = t.rel(c);
      // Words that select the sense ("mandat d'arrêt") are not participants.
      if (sense.with?.includes(t.forms[c]) && t.upos(c) === 'NOUN') continue;
      // "une demande de la part de l'Espagne", "aggression on the part of Russia".
      if (this.lex.sourceNouns.has(t.lemma(c))) {
        actors.push(
          ...t.childrenWith(
            c,
            (r, g) => /^nmod/.test(r) && this.lex.actorCases.has(this.caseOf(g) ?? ''),
          ),
        );
        continue;
      }
      // "les demandes formulées par le président": the participle's agent acts. Not after a
      // complement of the noun it may qualify instead ("an investigation into crimes committed
      // by the militia", "l'enquête sur les crimes commis par"): who committed the crimes did
      // not investigate.
      if (rel.startsWith('acl') && this.isPassive(c) && this.qualifiesComplement(i, c)) continue;
      if (rel.startsWith('acl') && this.isPassive(c)) {
        actors.push(
          ...t.childrenWith(
            c,
            (r, a) =>
              r === 'obl:agent' ||
              (r.startsWith('obl') && this.lex.actorCases.has(this.caseOf(a) ?? '')),
          ),
        );
        continue;
      }
      if (!rel.startsWith('nmod') && rel !== 'det:poss' && !rel.startsWith('obl')) continue;
      const marker = rel === 'nmod:poss' || rel === 'det:poss' ? 'poss' : this.caseOf(c);
      // A place between two parties or under attack stands for its state.
      const placeParty =
        marker !== null &&
        (this.lex.reciprocalCases.has(marker) ||
          this.lex.targetCases.has(marker) ||
          // "le bombardement de Belgrade": what a noun's genitive undergoes.
          (sense.genitive === 'recipient' && this.lex.actorCases.has(marker)));
      if (this.isPlace(c) ? !placeParty : !(this.isActorLike(c) || t.upos(c) === 'NOUN')) continue;
      // "un accord de principe", "des pourparlers de paix": a bare singular noun after a
      // genitive marker names the kind of act, not a party to it.
      if (this.lex.actorCases.has(marker ?? '') && this.namesKind(c)) continue;
      // "the rebels' attack": a named actor or people own an act; "its attack" is resolved elsewhere.
      if (
        marker === 'poss' &&
        !this.tokenEntity[c] &&
        !(t.upos(c) === 'NOUN' && this.isActorLike(c))
      )
        continue;
      // "deliveries of air defence systems": what is given is no participant.
      if (
        sense.theme &&
        !this.isActorLike(c) &&
        !this.isPlace(c) &&
        this.lex.actorCases.has(marker ?? '')
      )
        continue;
      // "a suspension of air links with Serbia", "riots against Israeli policies": a thing's
      // parties are those the event concerns.
      if (!this.isActorLike(c) && !this.isPlace(c) && marker !== 'poss') {
        // A genitive thing's own genitive may be the event's actor ("la demande d'extradition
        // de la justice autrichienne"): only its addressees and targets are taken here.
        const aimed = (a: number) => {
          const m = this.caseOf(a) ?? '';
          return this.lex.recipientCases.has(m) || this.lex.targetCases.has(m);
        };
        // "in protest of the government's refusal", "of the ministry's plan": a thing a
        // protest's genitive names is what it protests, and whoever made it is protested.
        const protestedThing = sense.type === 'PROTEST';
        const parties = this.partiesOf(c).filter(
          (a) => protestedThing || !this.lex.actorCases.has(marker ?? '') || aimed(a),
        );
        if (parties.length > 0) {
          recipients.push(...parties);
          continue;
        }
        if (this.lex.recipientCases.has(marker ?? '') || this.lex.targetCases.has(marker ?? ''))
          owners.push(...this.demonymParticipants(c));
        // A thing protested is no protester; a measured thing is the act's measure ("une
        // amende de 20 000 euros", "a fine of $5,000"), not its actor.
        const measured = t.children[c].some((k) => t.rel(k) === 'nummod');
        if ((protestedThing || measured) && this.lex.actorCases.has(marker ?? '')) continue;
      }
      // "an appeal from President Gbagbo": whom the act comes from made it.
      if (
        marker &&
        (this.lex.reciprocalCases.has(marker) ||
          this.lex.agentCases.has(marker) ||
          (this.lex.sourceCases.has(marker) && (this.isActorLike(c) || this.isState(c))))
      )
        actors.push(c);
      else if (marker === 'poss' || (marker && this.lex.actorCases.has(marker)))
        (sense.genitive === 'recipient' ? recipients : actors).push(c);
      // "a request for comment" has no addressee: a noun's recipient must be able to act.
      else if (
        marker &&
        (this.lex.recipientCases.has(marker) || this.lex.targetCases.has(marker)) &&
        (this.isActorLike(c) || this.entityBelow(c) !== null || this.isPlace(c))
      )
        recipients.push(c);
      // "a strike on the city of Kharkiv": the place a target names.
      else if (marker && this.lex.targetCases.has(marker))
        recipients.push(
          ...t.childrenWith(
            c,
            (r, g) =>
              /^nmod/.test(r) && this.isPlace(g) && this.lex.actorCases.has(this.caseOf(g) ?? ''),
          ),
        );
    }
    // "Belgrade est d'accord", "X is in favour": a predicate noun's subject acts.
    if (actors.length === 0 && t.children[i].some((c) => t.rel(c) === 'cop'))
      actors.push(...t.childrenWith(i, (r) => /^nsubj(?!:pass)/.test(r)));
    // "les salariés en grève", "workers on strike": the people in the act are its actors,
    // right before its marker wherever the parser hung the act ("une prime aux salariés en grève").
    const stateMarker = t.childrenWith(
      i,
      (r, c) => r === 'case' && c < i && this.lex.stateCases.has(t.forms[c]),
    )[0];
    if (actors.length === 0 && stateMarker !== undefined && /^nmod/.test(t.rel(i))) {
      let holder = stateMarker - 1;
      while (holder >= 0 && /^(flat|compound)/.test(t.rel(holder))) holder = t.head(holder);
      if (holder < 0 || !this.isActorLike(holder)) holder = t.head(i);
      if (holder >= 0 && this.isActorLike(holder)) actors.push(holder);
    }
    // "la demande française", "l'offensive russe": the demonym names the acting state.
    const demonyms = this.demonymParticipants(i);
    let clause = i;
    let argumentless = false;
    let h = t.head(i);
    let rel = t.rel(i);
    // "a adopté un nouveau paquet de sanctions", "launched a mediation effort": a collective
    // noun or a noun of undertaking between the light verb and the act.
    // Not a noun by which the verb reports the act ("font état d'exactions": who reports
    // them did not commit them), nor a party the act was told to ("a fait part à son
    // homologue de l'engagement de Paris": the parser hung the act on the addressee).
    if (
      /^(nmod|compound)/.test(rel) &&
      h >= 0 &&
      t.upos(h) === 'NOUN' &&
      this.senseOf(h) === null &&
      !this.isActorLike(h) &&
      !this.lex.reportNouns.has(t.lemma(h).toLowerCase()) &&
      /^(obj|obl:arg)/.test(t.rel(h)) &&
      this.lex.lightVerbs.has(t.lemma(t.head(h)))
    ) {
      rel = t.rel(h);
      h = t.head(h);
    }
    // "a multiplié les grèves et les manifestations", "held talks and consultations": a noun
    // conjoined to a light verb's object is that verb's object too.
    if (
      rel === 'conj' &&
      h >= 0 &&
      t.upos(h) === 'NOUN' &&
      /^(obj|obl:arg)/.test(t.rel(h)) &&
      t.head(h) >= 0 &&
      this.lex.lightVerbs.has(t.lemma(t.head(h)))
    ) {
      rel = t.rel(h);
      h = t.head(h);
    }
    // "a déclaré … au cours d'une rencontre", "lors d'une rencontre", "at the end of the
    // talks": a meeting framed by a word that modifies a clause frames that clause.
    // The framing word is known (`frameNouns`: "au cours de", "on the sidelines of") wherever
    // the parser hung it, or it modifies the verb itself.
    if (
      sense.type === 'CONSULT' &&
      actors.length === 0 &&
      /^(nmod|obl)/.test(rel) &&
      h >= 0 &&
      /^(NOUN|ADV)$/.test(t.upos(h)) &&
      this.senseOf(h) === null
    ) {
      let verb = t.head(h);
      if (this.lex.frameNouns.has(t.lemma(h).toLowerCase()))
        while (verb >= 0 && t.upos(verb) !== 'VERB') verb = t.head(verb);
      else if (!/^(obl|advmod)/.test(t.rel(h))) verb = -1;
      if (verb >= 0 && t.upos(verb) === 'VERB') {
        rel = 'obl';
        h = verb;
      }
    }
    // "Des heurts ont éclaté entre des manifestants et les forces de l'ordre": the parties of
    // an act that happens are the verb's.
    if (actors.length === 0 && h >= 0 && /^nsubj/.test(rel) && t.upos(h) === 'VERB')
      actors.push(
        ...t.childrenWith(
          h,
          (r, c) => r.startsWith('obl') && this.lex.reciprocalCases.has(this.caseOf(c) ?? ''),
        ),
      );
    // "mener des négociations", "hold talks": the light verb's subject is the actor.
    if (h >= 0 && /^(obj|nsubj|obl)/.test(rel) && this.isPredicate(h)) {
      clause = h;
      const existential =
        this.lex.existentialVerbs.has(t.lemma(h)) &&
        t.children[h].some((c) => this.lex.expletives.has(t.forms[c]));
      if (existential) argumentless = actors.length === 0 && recipients.length === 0;
      else if (
        this.lex.lightVerbs.has(t.lemma(h)) &&
        // "went on strike", "entered into talks": an oblique when the verb has no object.
        (/^(obj|obl:arg)/.test(rel) ||
          (/^obl/.test(rel) && t.childrenWith(h, (r) => OBJECT.test(r)).length === 0)) &&
        // "engager des négociations", not "s'engager avec l'Ukraine sur la base des demandes"
        !t.children[h].some((c) => this.lex.reflexives.has(t.forms[c].toLowerCase())) &&
        // "font état de viols et de pillages": who reports acts did not commit them, whichever
        // of the acts the parser hung on the verb.
        !t.children[h].some(
          (c) => /^obj/.test(t.rel(c)) && this.lex.reportNouns.has(t.lemma(c).toLowerCase()),
        )
      ) {
        // "Italy announced a suspension of air links": the verb's subject acts unless the
        // noun names an actor of its own (a genitive thing is not one).
        // "organised talks between the council and the government": those between whom the
        // act is take part in it beside the subject.
        const between = actors.filter((a) => this.lex.reciprocalCases.has(this.caseOf(a) ?? ''));
        const subjects = actors.some((a) => this.isActorLike(a) && !between.includes(a))
          ? []
          : this.subjectsOf(h);
        if (subjects.length > 0) actors.splice(0, actors.length, ...subjects, ...between);
        // "voiced support for Morocco's plan", "opened fire at the crowd"; the act itself, the
        // light verb's oblique ("participer à la chasse à l'homme"), addresses no one.
        recipients.push(
          ...this.tree.children[h].filter((c) => c !== i).flatMap((c) => this.addressed(c, sense)),
        );
      } else if (
        /^obl/.test(rel) &&
        actors.length === 0 &&
        this.lex.involvingVerbs.has(t.lemma(h))
      ) {
        // "engaged the militia in a firefight", "drew the army into talks": the verb's
        // subject takes its object into the act.
        actors.push(...this.subjectsOf(h));
        // "engaged border guards in a shootout near Tamanrasset on Tuesday": whom the verb draws
        // in is the act's party, before the place or the day the act's noun names.
        const drawn = t.childrenWith(h, (r, c) => OBJECT.test(r) && this.isActorLike(c));
        const party = (r: number) => this.isActorLike(r) && !this.isPlace(r) && !this.isDate(r);
        if (drawn.length > 0 && !recipients.some(party))
          recipients.splice(0, recipients.length, ...drawn);
      } else if (
        sense.type === 'CONSULT' &&
        /^obl/.test(rel) &&
        actors.length === 0 &&
        !this.framesDenied(i, h) &&
        // "officials briefed on the talks": who is told about a meeting takes no part in it.
        !(
          t.head(i) === h &&
          (this.isPassive(h) || t.hasFeat(h, 'Voice=Pass')) &&
          this.lex.topicCases.has(this.caseOf(i) ?? '')
        )
      ) {
        // "a déclaré le président à l'abbé Pierre au cours d'une rencontre": who speaks or acts
        // at a meeting, and to whom, take part in it; a topic that came up there does not
        // ("prisoner releases had come up at the talks").
        actors.push(...this.subjectsOf(h).filter((s) => this.isActorLike(s)));
        if (recipients.length === 0)
          recipients.push(...this.tree.childrenWith(h, (_, c) => this.isAddressee(c)));
        // "a remercié les maires lors d'une rencontre": whom the speaker addresses there.
        if (recipients.length === 0)
          recipients.push(
            ...this.tree.childrenWith(h, (r, c) => OBJECT.test(r) && this.isActorLike(c)),
          );
      }
    }
    // "La CGT a démenti toute rencontre avec le gouvernement": who denies a meeting, a deal or
    // an attack denies taking part in it.
    if (
      actors.length === 0 &&
      h >= 0 &&
      /^obj/.test(rel) &&
      this.lex.denialVerbs.has(t.lemma(h)) &&
      t.upos(h) === 'VERB'
    )
      actors.push(...this.subjectsOf(h));
    // "des viols et des pillages par des soldats": an agent after the last conjunct, which the
    // parser hung on the first, is every conjunct's.
    if (actors.length === 0 && t.rel(i) === 'conj' && t.upos(t.head(i)) === 'NOUN')
      actors.push(
        ...t.childrenWith(
          t.head(i),
          (r, c) => c > i && /^nmod/.test(r) && this.lex.agentCases.has(this.caseOf(c) ?? ''),
        ),
      );
    // The second conjunct of "pas de négociations, ni de réunion" shares the first one's verb.
    if (t.rel(i) === 'conj' && actors.length === 0 && recipients.length === 0) {
      const first = t.head(i);
      const fh = t.head(first);
      if (fh >= 0 && t.upos(fh) === 'VERB') {
        clause = fh;
        argumentless =
          this.lex.existentialVerbs.has(t.lemma(fh)) &&
          t.children[fh].some((c) => this.lex.expletives.has(t.forms[c]));
      }
    }
    // "NATO air strikes", "US Predator attacks", "a Hamas attack": a state or a body named as a
    // modifier of an attack's noun (or of its first modifier) made it.
    if (actors.length === 0 && sense.type === 'ASSAULT') actors.push(...this.attackOwners(i));
    const actorList = this.participants(actors, new Set(), true);
    if (actorList.length === 0) actorList.push(...demonyms);
    if (actorList.length === 0) actorList.push(...this.culprits(i));
    const recipientList = this.participants(recipients, new Set(), true);
    if (recipientList.length === 0) recipientList.push(...owners);
    return [actorList, recipientList, argumentless, clause];
  }

  /**
   * Whether a passive participle the parser hung on an event noun may qualify a complement of
   * the noun between them instead: a noun not marked as the act's owner, agreeing with the
   * participle where the language marks agreement.
   */
  private qualifiesComplement(noun: number, participle: number): boolean {
    const t = this.tree;
    return t.children[noun].some(
      (k) =>
        k > noun &&
        k < participle &&
        /^nmod/.test(t.rel(k)) &&
        t.upos(k) === 'NOUN' &&
        !this.lex.actorCases.has(this.caseOf(k) ?? '') &&
        this.agrees(k, participle),
    );
  }

  /**
   * Whether two words may agree: neither marks a gender or a number the other contradicts
   * ("crimes commis", "the crimes committed": no feature says otherwise).
   */
  private agrees(a: number, b: number): boolean {
    const value = (i: number, name: string) =>
      this.tree
        .feats(i)
        .split('|')
        .find((f) => f.startsWith(`${name}=`)) ?? null;
    return ['Gender', 'Number'].every((name) => {
      const x = value(a, name);
      const y = value(b, name);
      return x === null || y === null || x === y;
    });
  }

  /**
   * The last token of the trigger phrase: a verb whose sense a following noun selects
   * ("placé en garde à vue", "taken into custody", "mettre fin") reaches that noun.
   */
  phraseEnd(i: number, sense: TriggerSense): number {
    const t = this.tree;
    const nouns = t.childrenWith(
      i,
      (_, c) => c > i && t.upos(c) === 'NOUN' && (sense.with?.includes(t.forms[c]) ?? false),
    );
    return nouns.length > 0 ? Math.max(...nouns) : i;
  }

  /**
   * Whether the token lies in what a refusal refuses, or a ban or suspension stops: its object
   * or infinitive, and their modifiers.
   */
  refused(i: number): boolean {
    const t = this.tree;
    for (let j = i, steps = 0; steps < 4; steps++) {
      const g = t.head(j);
      const rel = t.rel(j);
      if (g < 0) return false;
      const sense = this.senseOf(g);
      // A ban or a suspension stops what it names: "banned them from travelling", "suspended talks".
      // The restriction a verb imposes is its own act ("imposed a blockade").
      const stops =
        (sense?.type === 'SANCTION' && sense.mode === 'discontinue') ||
        (sense?.type === 'COERCE' &&
          sense.mode === 'restrict' &&
          !(sense.objects?.includes(t.lemma(j)) ?? false));
      if (/^(obj|xcomp|obl:arg)/.test(rel) && (sense?.type === 'REJECT' || stops)) return true;
      if (stops && steps === 0 && /^(advcl|xcomp)/.test(rel)) {
        const marker = t.childrenWith(j, (r, m) => /^mark/.test(r) && m < j)[0];
        if (marker !== undefined && this.lex.preventCases.has(t.forms[marker])) return true;
      }
      if (!/^(nmod|acl|obj|xcomp|obl)/.test(rel)) return false;
      j = g;
    }
    return false;
  }

  /**
   * Whether the token names what a word of stopping (`stopping`) stops: its complement or
   * object ("la fin des combats", "the cessation of hostilities", "stopped shelling"). A frame
   * noun heading an adverbial ("at the end of the talks", "au terme des négociations") dates
   * a clause by an act that took place.
   */
  private stopped(i: number): boolean {
    const t = this.tree;
    const g = t.head(i);
    if (g < 0) return false;
    const stopping = (w: number) => this.lex.stopping.has(t.lemma(w).toLowerCase());
    // "prévoit l'arrêt des tirs" read as two objects, "provides for an end to the shelling"
    // as two obliques: the second is the first's complement. A frame noun's oblique
    // ("signed at the end of the talks") stops nothing unless the act is marked as its
    // recipient ("to", "à").
    const first = Math.min(...t.subtree(i));
    const marker = t.childrenWith(i, (r) => /^case/.test(r))[0];
    const toward =
      marker !== undefined && this.lex.recipientCases.has(t.forms[marker].toLowerCase());
    const stopper = /^(obj|obl)/.test(t.rel(i))
      ? t
          .childrenWith(
            g,
            (r, s) =>
              /^(obj|obl)/.test(r) &&
              s < i &&
              Math.max(...t.subtree(s)) === first - 1 &&
              (/^obj/.test(r) || !this.lex.frameNouns.has(t.lemma(s).toLowerCase()) || toward),
          )
          .find(stopping)
      : undefined;
    if (stopper !== undefined) return true;
    if (!/^(nmod|obj|xcomp|obl:arg)/.test(t.rel(i))) return false;
    // "halted aid to the region": an object the verb's own sense selects is what that act
    // withdraws, told with it.
    if (!stopping(g) || this.senseOf(g)?.objects?.includes(t.lemma(i))) return false;
    return !(
      this.lex.frameNouns.has(t.lemma(g).toLowerCase()) && /^(obl|advcl|advmod)/.test(t.rel(g))
    );
  }

  /**
   * Whether the token lies in the act an accusation alleges ("accused the army of shelling
   * villages", "accusés d'avoir apporté une aide"): the accusation tells it, the outlet does not.
   * Its modality is set in modality.ts.
   */
  alleged(i: number): boolean {
    const t = this.tree;
    for (let g = t.head(i), steps = 0; g >= 0 && steps < 6; g = t.head(g), steps++) {
      const sense = this.senseOf(g);
      if (sense?.type !== 'ACCUSE' || sense.mode !== 'allege') continue;
      const content = this.contentOf(g, 'ACCUSE');
      // The clause of what is alleged, not a purpose ("summoned the envoy to complain").
      if (content === null) continue;
      const purpose = /^acl/.test(t.rel(content)) && t.hasFeat(content, 'VerbForm=Inf');
      if (purpose || !/^(xcomp|ccomp|acl)/.test(t.rel(content))) continue;
      if (t.upos(content) !== 'VERB' || !t.dominates(content, i)) continue;
      // "accused of helping the man, shot dead by police": a clause describing someone named
      // in the allegation is the outlet's own account.
      for (let j = i; j !== content; j = t.head(j)) if (/^acl/.test(t.rel(j))) return false;
      return true;
    }
    return false;
  }

  /** An event noun marked as what talks or an agreement (or its light verb's object) are about. */
  private isTopic(i: number): boolean {
    const t = this.tree;
    if (t.upos(i) !== 'NOUN' || !this.lex.topicCases.has(this.caseOf(i) ?? '')) return false;
    // "de la défense européenne et du soutien à l'Ukraine": a conjunct shares the first's head.
    const first = /^(conj|appos)/.test(t.rel(i)) ? t.head(i) : i;
    const h = first >= 0 ? t.head(first) : -1;
    if (h < 0) return false;
    const talks = (k: number) =>
      k >= 0 && ['CONSULT', 'AGREE'].includes(this.senseOf(k)?.type ?? '');
    // "a signé une déclaration sur la coopération": the object that selects the talks' verb.
    const selected = (k: number) =>
      /^obj/.test(t.rel(k)) && (this.senseOf(t.head(k))?.objects?.includes(t.lemma(k)) ?? false);
    // Through a light verb, only a complement beside the talks ("held talks on the war"), not
    // a partitive object ("il n'y a pas eu de négociations, ni de réunion").
    return (
      talks(h) ||
      (selected(h) && talks(t.head(h))) ||
      (this.lex.lightVerbs.has(t.lemma(h)) &&
        /^(obl|nmod)/.test(t.rel(first)) &&
        t.childrenWith(h, (r, o) => /^obj/.test(r) && o !== first && talks(o)).length > 0)
    );
  }

  /** A verb, or an adjective with its copula ("a ceasefire is due to take effect"): it heads a clause. */
  isPredicate(i: number): boolean {
    const t = this.tree;
    return (
      t.upos(i) === 'VERB' ||
      (t.upos(i) === 'ADJ' && t.childrenWith(i, (r) => r === 'cop').length > 0)
    );
  }

  /**
   * Tokens of the trigger's clause, not descending into other clauses, into participants
   * or into another event noun ("since the withdrawal in May, cells have stepped up attacks":
   * May dates the withdrawal).
   */
  scope(clause: number, trigger: number, participants: Participant[]): number[] {
    const t = this.tree;
    const skip = new Set(participants.map((p) => p.token));
    // "avaient discuté près d'une heure ce 14 mai": a date the parser read as a clause of its
    // own is the act's.
    const clausal = (c: number) =>
      CLAUSAL.test(t.rel(c)) && !(/^(NOUN|PRON|NUM|PROPN)$/.test(t.upos(c)) && this.isDate(c));
    return t.subtree(
      clause,
      (c) =>
        skip.has(c) ||
        (!t.dominates(c, trigger) &&
          c !== trigger &&
          (clausal(c) || (t.upos(c) === 'NOUN' && this.senseOf(c) !== null))),
    );
  }

  /** What a request, threat or refusal is about: its clausal or nominal complement. */
  private contentOf(i: number, type: PloverType): number | null {
    if (!['REQUEST', 'THREATEN', 'REJECT', 'ACCUSE', 'AGREE'].includes(type)) return null;
    const t = this.tree;
    // "accused the commission of delaying results": the object is accused, the clause on it is
    // what of.
    const accusation =
      type === 'ACCUSE'
        ? t
            .childrenWith(i, (rel) => rel === 'obj')
            .flatMap((o) =>
              t.childrenWith(
                o,
                (rel, c) =>
                  /^acl/.test(rel) &&
                  (t.hasFeat(c, 'VerbForm=Ger') || t.hasFeat(c, 'VerbForm=Inf')) &&
                  t.children[c].some((m) => /^mark/.test(t.rel(m)) && m < c),
              ),
            )[0]
        : undefined;
    const complement =
      accusation ??
      this.demandedClause(i) ??
      t.childrenWith(i, (rel) => /^(xcomp|ccomp)/.test(rel))[0] ??
      t.childrenWith(i, (rel, c) => rel === 'obj' && !this.isActorLike(c))[0] ??
      t.childrenWith(
        i,
        (rel, c) =>
          rel.startsWith('obl') && t.upos(c) === 'NOUN' && !this.isActorLike(c) && !this.isDate(c),
      )[0] ??
      t.childrenWith(i, (rel, c) => rel.startsWith('advcl') && t.hasFeat(c, 'VerbForm=Inf'))[0] ??
      // "demandé à son homologue de mettre fin", the infinitive hung on the addressee.
      t.children[i]
        .flatMap((c) =>
          t.childrenWith(c, (rel, g) => rel.startsWith('acl') && t.hasFeat(g, 'VerbForm=Inf')),
        )
        .find((g) => this.isActorLike(t.head(g)));
    return complement ?? null;
  }

  find(): Telling[] {
    const tellings: Telling[] = [];
    const timexes = (this.doc.timexes ?? []).filter((x) => x.type === 'DATE' && x.value);
    for (const sentence of this.doc.sentences) {
      for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
        const sense = this.senseOf(i);
        if (!sense) continue;
        // "l'Organisation de libération de la Palestine", "l'Alliance de …": a word of a
        // name tells no event.
        if (this.inProperName(i)) continue;
        // "un appel d'offres", "a call for tenders": a compound naming a thing tells no act.
        if (this.inThingName(i)) continue;
        // A predicate adjective takes its participants as a verb does.
        const verbal = this.tree.upos(i) !== 'NOUN';
        // "placé en garde à vue", "porter plainte", "a levé son veto": the noun that selects
        // its verb's sense belongs to the verb's trigger phrase.
        const governor = this.tree.head(i);
        const governing = governor >= 0 ? this.senseOf(governor) : null;
        if (!verbal && governing?.with?.includes(this.tree.forms[i])) continue;
        // The object that selects its verb's sense of the same type is that verb's act
        // ("stepped up attacks", "a signé un accord").
        if (
          !verbal &&
          governing?.type === sense.type &&
          governing.objects?.includes(this.tree.lemma(i)) &&
          /^obj/.test(this.tree.rel(i))
        )
          this.retold.set(i, governor);
        // "ont envoyé des équipes de secours": the same act named inside the verb's object.
        const carrier = governor >= 0 ? this.tree.head(governor) : -1;
        if (
          !verbal &&
          /^nmod/.test(this.tree.rel(i)) &&
          /^obj/.test(this.tree.rel(governor)) &&
          carrier >= 0 &&
          this.senseOf(carrier)?.type === sense.type
        )
          this.retold.set(i, carrier);
        // "a refusé de libérer", "rejected a proposal for signing a trade agreement": the
        // refusal is the event; what it refuses is not told as one.
        if (this.refused(i)) continue;
        // "l'arrêt des tirs", "a halt to the shelling": the end of an act is not the act.
        if (this.stopped(i)) continue;
        // "talks on the war in Gaza", "une déclaration sur la coopération": what talks or an
        // agreement are about is not told as an event.
        if (this.isTopic(i)) continue;
        // "An earthquake struck …, killing 41 people": no actor's act.
        const forces = verbal ? this.subjectsOf(i) : [];
        if (
          forces.length > 0 &&
          forces.every((a) => this.lex.naturalForces.has(this.tree.lemma(a)))
        )
          continue;
        const [parties, recipients, argumentless, clause] = verbal
          ? [...this.verbal(i, sense), false, i]
          : this.nominal(i, sense);
        // "mediated between Israel and Hamas", "sa médiation entre le Tchad et le Soudan": the
        // sides a third party acts between are whom it acts for, not its fellow actors.
        const sides = sense.mode === 'third-party' ? this.sidesBetween(i, parties) : [];
        const actors = parties.filter((p) => !sides.some((q) => q.token === p.token));
        recipients.push(...sides.filter((q) => !recipients.some((p) => p.token === q.token)));
        const content = this.contentOf(i, sense.type);
        // What is asked or refused is not its addressee: "a demandé un contact avec Lavrov".
        let addressees = recipients.filter((p) => p.token !== content);
        // Parties meet, not things: "le sommet sur l'eau et le climat réuni à Genève" gathers
        // no climate.
        if (sense.type === 'CONSULT')
          addressees = addressees.filter((p) => this.isActorLike(p.token) || this.isPlace(p.token));
        if (addressees.length === 0 && content !== null)
          addressees = this.concernedBy(content, sense);
        if (addressees.length === 0 && sense.type === 'THREATEN')
          addressees = this.conditioned(i, content);
        if (addressees.length === 0 && sense.type === 'PROTEST')
          addressees = this.protested(clause);
        // "began a hunger strike in protest at the government's refusal": on the act's noun.
        if (addressees.length === 0 && sense.type === 'PROTEST' && clause !== i)
          addressees = this.protested(i);
        if (addressees.length === 0 && sense.type === 'MOBILIZE') addressees = this.readiedFor(i);
        if (addressees.length === 0 && AIMED_ACTS.has(sense.type))
          addressees = this.purposeParties(clause, i);
        const scope = this.scope(clause, i, [...actors, ...addressees]);
        const scopeStart = Math.min(...scope.map((k) => this.doc.tokens[k].start));
        const scopeEnd = Math.max(...scope.map((k) => this.doc.tokens[k].end));
        // The offsets first: every place and date of the text is tried against each telling.
        const inScope = (s: { start: number; end: number }) => {
          if (s.start < scopeStart || s.end > scopeEnd) return false;
          const covered = this.tokensIn(s.start, s.end);
          return covered.length > 0 && covered.every((k) => scope.includes(k));
        };
        const participantSpans = [...actors, ...addressees];
        const place =
          (this.doc.places ?? []).find(
            (p) =>
              inScope(p) &&
              !participantSpans.some((q) => q.start <= p.start && p.end <= q.end) &&
              !(this.doc.datelines ?? []).some((d) => d.start <= p.start && p.end <= d.end),
          ) ?? null;
        // "Mali : la junte expulse l'ambassadeur de France": a headline's topic place sets its acts.
        const topicPlace =
          place ??
          this.framePlace(scope, participantSpans) ??
          (this.doc.places ?? []).find(
            (p) =>
              sentence.index === this.headline() &&
              this.tokensIn(p.start, p.end).some((k) => this.inHeadlineTopic(k)),
          ) ??
          null;
        const dates = timexes.filter((x) => inScope(x));
        // A verb needs a participant; an event noun may instead be placed, dated, or the object
        // of another event ("appelle à un cessez-le-feu", "la grève de décembre 2019").
        const h = this.tree.head(i);
        // "an investigation into state aid", "une enquête sur les aides": what another act is
        // about is no act told, without parties of its own.
        const caseWord = this.caseOf(i) ?? '';
        const topic =
          this.tree.upos(h) === 'NOUN' &&
          (this.lex.topicCases.has(caseWord) || this.lex.targetCases.has(caseWord)) &&
          !this.lex.actorCases.has(caseWord);
        const embedded =
          h >= 0 &&
          /^(obj|obl|nmod|xcomp)/.test(this.tree.rel(i)) &&
          this.senseOf(h) !== null &&
          !topic;
        // "Les négociations ont repris", "a annulé une rencontre": an event noun in a clause of its own.
        const isArgument = (k: number) =>
          k >= 0 &&
          /^(nsubj|obj|obl:arg)/.test(this.tree.rel(k)) &&
          this.isPredicate(this.tree.head(k));
        // "ont entamé la deuxième phase de leurs négociations", "the fourth round of talks".
        // "au cours d'une rencontre", "à l'issue des entretiens": the frame of another clause.
        const framed = (k: number) =>
          k >= 0 && /^obl/.test(this.tree.rel(k)) && this.isPredicate(this.tree.head(k));
        const argument =
          isArgument(i) ||
          (/^nmod/.test(this.tree.rel(i)) &&
            this.tree.upos(h) === 'NOUN' &&
            !(topic && this.senseOf(h) !== null) &&
            (isArgument(h) || framed(h)));
        // "The agreement could be signed": the verb's object is itself an event noun.
        const namesEvent =
          verbal &&
          this.isPassive(i) &&
          sense.objects !== undefined &&
          this.tree.children[i].some(
            (c) =>
              sense.objects!.includes(this.tree.lemma(c)) &&
              this.tree.upos(c) === 'NOUN' &&
              this.lex.triggers.has(this.tree.lemma(c)),
          );
        const situated =
          namesEvent ||
          (verbal
            ? place !== null || dates.length > 0 || this.tree.head(i) < 0
            : place !== null || dates.length > 0 || embedded || argument);
        if (actors.length + addressees.length === 0 && !argumentless && !situated) continue;
        // "la trêve rompue il y a deux ans", "the truce that collapsed two years ago": what a
        // clause on an event noun tells of it dates it, when nothing else does (it does not
        // make the noun an event worth telling).
        if (!verbal && dates.length === 0) {
          const told = this.tree
            .childrenWith(i, (rel) => /^acl/.test(rel))
            .flatMap((c) => this.tree.subtree(c, (k) => k !== c && CLAUSAL.test(this.tree.rel(k))));
          dates.push(
            ...timexes.filter((x) => {
              const covered = this.tokensIn(x.start, x.end);
              return (
                x.type !== 'DURATION' &&
                covered.length > 0 &&
                covered.every((k) => told.includes(k))
              );
            }),
          );
        }
        const anaphoric =
          dates.length === 0 &&
          scope.some((k) =>
            this.lex.anaphoricTime.some((seq) => this.tree.matches(k, seq, sentence.tokenEnd)),
          );
        tellings.push({
          trigger: i,
          sentence: sentence.index,
          sense,
          type: sense.type,
          actors,
          recipients: addressees,
          argumentless,
          clause,
          content,
          dates,
          place: topicPlace,
          anaphoricDate: anaphoric,
          retells: this.retold.get(i) ?? null,
          purposeOf: null,
          deniedObject: !verbal && this.deniedObject(i),
        });
      }
    }
    // "marched to protest against", "une grève pour dénoncer la réforme": the purpose of a
    // protest is what it protests, not an act of its own.
    const t = this.tree;
    for (const telling of tellings) {
      const i = telling.trigger;
      if (!['ACCUSE', 'PROTEST'].includes(telling.type) || !/^advcl/.test(t.rel(i))) continue;
      if (!t.hasFeat(i, 'VerbForm=Inf')) continue;
      const protest = tellings.find(
        (p) =>
          p !== telling &&
          p.type === 'PROTEST' &&
          p.trigger < i &&
          (p.trigger === t.head(i) || p.clause === t.head(i)),
      );
      if (protest) telling.purposeOf = protest.trigger;
    }
    return tellings;
  }
}
