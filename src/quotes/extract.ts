/**
 * Quotations and attributions of a Doc: direct quotes paired with their
 * reporting frames, indirect speech read off the dependency tree, attribution
 * markers (selon, according to), source chains through relaying media, and
 * the status the outlet gives each claim. Everything language-specific comes
 * from lang/<code>/speech.json; the rules below only know tokens, tags and
 * dependencies.
 */
import type { Entity } from '../actors/entities.js';
import { actorLexicon } from '../actors/lexicon.js';
import { foldName } from '../actors/names.js';
import type { Doc, EntityMention, Span } from '../document.js';
import {
  findOutlet,
  outletLink,
  publishingChain,
  resolveOutletDescription,
} from '../outlets/index.js';
import { demonymCountries } from '../places/demonyms.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { adjectiveFrame, nounFrame } from './nominal.js';
import {
  normForm,
  speechLexicon,
  type ContentSlot,
  type CueEntry,
  type SpeechLexicon,
} from './lexicon.js';
import { Tree } from './tree.js';
import { VerbClassCues, verbClasses } from './verb-classes.js';
import type {
  ClaimStatus,
  Quote,
  QuoteKind,
  SourceLink,
  SourceType,
  Speaker,
  TextSpan,
} from './types.js';

/** A source as the sentence gives it: a phrase around a head token, resolved to a name. */
interface Link extends SourceLink {
  head: number | null;
}

interface Attribution {
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  cueToken: number | null;
  /** Links outermost first, the speaker last; empty when the speaker is unknown. */
  chain: Link[];
  /**
   * The chain of the report this one is embedded in ("X added that Washington would have
   * preferred …": X's), put before `chain` in the output only: the speaker's own chain is
   * what a quotation after it goes on with.
   */
  via?: Link[];
  hedged: boolean;
  denied: boolean;
  /** A refusal cue ("declined to say whether …"): the content is what the speaker would not state. */
  refused: boolean;
  unbalanced: boolean;
  /** The pieces of a content a narrator's incise interrupts ("Lenox, he said, went bankrupt"). */
  parts?: Span[];
  /** The source is a noun's possessor or agent ("Trump's claim that …"): no later pronoun's antecedent. */
  byPossessor?: boolean;
}

/** A quotation long and clausal enough to be speech rather than a title or a scare-quoted word. */
const MIN_SPEECH_TOKENS = 3;
/** Tokens a reporting incise may hold between a quotation and its verb: ", a-t-il déclaré", ", the minister said". */
const MAX_INCISE_GAP = 7;
/** Sentences back a pronoun or a continuation quotation looks for its speaker. */
const LOOKBACK_SENTENCES = 4;

/** What an incise verb the tagger misread carries: the quotation before it. */
const INCISE_ENTRY: CueEntry = { frame: 'speech', valence: 'neutral', content: ['clause'] };

const OPENING_MARK = /^[«“"‹‘]$/;
const CLOSING_MARK = /^[»”"›’]$/;

const SPEAKER_SKIP =
  /^(acl|advcl|parataxis|punct|ccomp|xcomp|csubj|dep|discourse|vocative|reparandum|orphan|cc|conj)/;
const CLAUSE_RELS = /^(ccomp|xcomp|advcl|parataxis|csubj|acl)/;
/** Relations that head a clause of their own, main or not. */
const CLAUSE_HEAD_RELS = /^(root|conj|ccomp|xcomp|advcl|parataxis|csubj|acl)/;
/** Clauses a sentence's claim may sit in, below its main clause: what a marker in them scopes. */
const SUBORDINATE_RELS = /^(ccomp|advcl|csubj)/;

export class QuoteExtractor {
  private readonly tree: Tree;
  private readonly quoted: QuotedSpan[];
  /** Top-level quotation index of each token, -1 outside quotations (marks excluded). */
  private readonly inQuote: Int32Array;
  /** The actors layer when the pipeline built it: speakers are mapped to its clusters. */
  private readonly entities: Entity[];
  private readonly attributions: Attribution[] = [];
  /** How many attributions hold each content span ("start:end"): one attribution per span. */
  private readonly contents = new Map<string, number>();
  /** The persons the recogniser named, in text order (its spans never overlap). */
  private readonly people: EntityMention[];
  /** The longest person mention ending in each last word, the first of that length. */
  private readonly fullest = new Map<string, string>();
  private readonly seenOutlets: string[] = [];
  private readonly usedQuotes = new Set<number>();
  /** Noun tokens outside quotations by lemma, in text order (built on first use). */
  private nounsByLemma: Map<string, number[]> | null = null;
  /** Verbs of saying coordinated at the end of another's content, with that attribution's chain. */
  private readonly coordinated = new Map<number, Link[]>();
  /** The interviewer's dialogue turns (quotation indices), found once per document. */
  private asked: Set<number> | null = null;
  /** Where the labelled questions of an interview start ("Q: …"). */
  private readonly labelledQuestions = new Set<number>();
  /** Where the interviewer's questions start: no speaker for the answers that follow. */
  private readonly questions = new Set<number>();
  /** Commas before a noun in apposition that a relative's cue reports: other contents stop there. */
  private readonly appositiveCommas: number[] = [];
  /** Commas before a closing incise ("…, blaming X, the planemaker said"): contents end there. */
  private readonly closingCommas: number[] = [];
  /** The cues of those relatives: "a claim that the ministry denied" is no claim's content. */
  private readonly appositiveVerbs = new Set<number>();
  /** Tokens of source phrases a verb took ("indique-t-on de source diplomatique"): no marker of their own. */
  private readonly sourcingTokens = new Set<number>();
  /** The publishing outlet: the first link of every chain, and the speaker when the newsroom speaks. */
  private readonly root: SourceLink;
  /** Verbs the lexicon lacks whose class frames attributions; null for a language without classes. */
  private readonly classCues: VerbClassCues | null;

  constructor(
    private readonly doc: Doc,
    private readonly lex: SpeechLexicon,
  ) {
    this.tree = new Tree(doc, lex.activeAuxiliaries);
    const marked = findQuotedSpans(doc.text, doc.paragraphs, lex).filter((q) => q.depth === 0);
    this.quoted = [...marked, ...this.labelledTurns(marked)].sort((a, b) => a.start - b.start);
    this.inQuote = new Int32Array(doc.tokens.length).fill(-1);
    this.quoted.forEach((q, qi) => {
      // From the first token at or after the opening mark (tokens are in text order).
      for (let i = this.tokenAt(q.start); i < doc.tokens.length; i++) {
        const t = doc.tokens[i];
        if (t.start >= q.end) break;
        if (t.start >= q.start && t.end <= q.end) this.inQuote[t.index] = qi;
      }
    });
    this.entities = doc.entities ?? [];
    this.root = outletLink(doc);
    const classes = verbClasses(lex.lang);
    this.classCues = classes
      ? new VerbClassCues(
          this.tree,
          lex,
          classes,
          (np) => this.isSourceLike(np) || this.isPersonNoun(np),
        )
      : null;
    this.people = (doc.mentions ?? []).filter((m) => m.label === 'PER');
    for (const m of this.people) {
      const name = doc.text.slice(m.start, m.end);
      const lastWord = name.split(/\s+/).pop()!;
      if (name.length > (this.fullest.get(lastWord)?.length ?? 0)) this.fullest.set(lastWord, name);
    }
  }

  run(): Quote[] {
    for (const sentence of this.doc.sentences)
      this.sentence(sentence.index, sentence.tokenStart, sentence.tokenEnd);
    this.inciseInsideNamed();
    return this.attributions
      .sort((a, b) => a.content.start - b.content.start || a.content.end - b.content.end)
      .map((a) => this.toQuote(a, this.root));
  }

  /**
   * "« Nous ne céderons pas, a-t-il déclaré, car la loi est claire », a ajouté X": the pronoun
   * of an incise inside the marks is the speaker the quotation's closing incise names.
   */
  private inciseInsideNamed(): void {
    const pieceOf = (a: Attribution) =>
      this.quoted.findIndex((q) => q.start === a.content.start && q.end === a.content.end);
    for (const a of this.attributions) {
      const speaker = a.chain[a.chain.length - 1];
      if (a.kind !== 'direct' || a.cue === null || speaker?.head == null) continue;
      if (this.tree.upos(speaker.head) !== 'PRON') continue;
      const qi = pieceOf(a);
      const cut = this.quoted[qi]?.close;
      if (qi < 0 || cut == null || a.cue.start < cut) continue;
      // The pieces the same utterance resumes with after this incise, up to its closing one.
      const paragraph = this.doc.paragraphs.find((p) => p.start <= cut && cut < p.end);
      let last = qi;
      while (
        this.quoted[last + 1]?.continuation &&
        paragraph !== undefined &&
        this.quoted[last + 1].start < paragraph.end
      )
        last++;
      if (last === qi || a.cue.end > this.quoted[qi + 1].start) continue;
      const closing = this.attributions.find((b) => {
        const piece = pieceOf(b);
        return (
          b !== a && b.cue !== null && piece > qi && piece <= last && b.cue.start >= b.content.end
        );
      });
      const named = closing?.chain[closing.chain.length - 1];
      if (!closing || named?.head == null || this.tree.upos(named.head) === 'PRON') continue;
      a.chain = closing.chain.map((l) => ({ ...l }));
    }
  }

  // ---------------------------------------------------------------- sentences

  private sentence(index: number, ts: number, te: number): void {
    const t = this.tree;
    const quotes = this.quotesIn(ts, te);
    const before = this.attributions.length;
    // "asked not to be named", "a requis l'anonymat": the condition of a source, not a cue.
    const anonymity = new Set<number>();
    for (let i = ts; i < te; i++)
      for (const seq of this.lex.anonymityPhrases)
        if (t.matches(i, seq, te)) for (let k = i; k < i + seq.length; k++) anonymity.add(k);
    if (ts === this.paragraphStart(index)) this.blockAfterColon(index);
    // 1. Reporting verbs (and multiword cues), outside quotations.
    for (let v = ts; v < te; v++) {
      if (this.inQuote[v] >= 0 || anonymity.has(v)) continue;
      const cue = this.cueAt(v, te);
      if (!cue || this.underRefusal(cue.verb)) continue;
      this.verbFrame(cue.verb, cue.last, cue.entry, ts, te, quotes);
    }
    // Nouns and adjectives of saying and stance: "Trump's claim that …", "critical of X".
    for (let n = ts; n < te; n++) if (this.inQuote[n] < 0) this.nominalFrame(n, ts, te);
    // Headlines and transcripts: "Pence: Flowers won't be at the debate".
    this.colonHeadline(ts, te);
    // 2. Attribution markers: selon X, according to X.
    for (let m = ts; m < te; m++) {
      if (this.inQuote[m] >= 0) continue;
      const marker = this.lex.markers.find((seq) => t.matches(m, seq, te));
      if (!marker || this.sourcingTokens.has(m)) continue;
      this.markerFrame(
        m,
        m + marker.length - 1,
        this.lex.weakMarkers.has(marker.join(' ')),
        ts,
        te,
      );
    }
    // "Il ressort de l'étude que …", "C'est ce qui ressort d'une étude menée par X".
    for (let v = ts; v < te; v++) if (this.inQuote[v] < 0) this.findingFrame(v, ts, te);
    // "In a Gallup poll last month, 52 percent …": a poll opening the sentence is its source
    // (after it, "leads in the polls" is mostly the outlet's own summary).
    const poll = this.lex.pollMarkers.find((seq) => t.matches(ts, seq, te));
    if (poll && this.lex.pollNouns.has(t.lemma(t.head(ts + poll.length - 1))))
      this.markerFrame(ts, ts + poll.length - 1, false, ts, te);
    // "X a affirmé avoir demandé …": the inner verb is what X reports of X, one relation.
    const own = this.attributions.slice(before);
    const selfNested = own.filter((inner) =>
      own.some((outer) => {
        if (outer === inner || outer.cueToken === null || inner.cueToken === null) return false;
        const at = this.doc.tokens[inner.cueToken];
        const same =
          outer.chain.length > 0 &&
          inner.chain.length > 0 &&
          this.sameSource(outer.chain[outer.chain.length - 1], inner.chain[inner.chain.length - 1]);
        if (!same || outer.content.start > at.start || at.end > outer.content.end) return false;
        // Each inside the other's content: the first verb is the frame.
        const back = this.doc.tokens[outer.cueToken];
        const mutual = inner.content.start <= back.start && back.end <= inner.content.end;
        return !mutual || outer.cueToken < inner.cueToken;
      }),
    );
    for (const a of selfNested) this.remove(a);
    const found = this.attributions.slice(before);
    this.endBeforeJoinedReports(found);
    for (const a of found) this.endWithSubordinate(a, te);
    // "asked Germany to send missiles, a request Berlin rejected": a content before the
    // appositive noun ends at its comma.
    const commas = [...this.appositiveCommas, ...this.closingCommas];
    for (const comma of commas.filter((c) => c >= ts && c < te)) {
      const at = this.doc.tokens[comma].start;
      for (const a of found) {
        if (a.content.start >= at || a.content.end <= at) continue;
        const cut = this.trimSpan(this.tokenAt(a.content.start), comma - 1);
        if (cut) this.setContent(a, cut);
      }
    }
    // A reporting verb inside what a marker attributes: the marker's source passed it on.
    const relaysOnly = new Set<Attribution>();
    for (const inner of found) {
      if (inner.cueToken === null) continue;
      const at = this.doc.tokens[inner.cueToken];
      const outer = found.find(
        (o) =>
          o.cueToken === null &&
          o !== inner &&
          o.content.start <= at.start &&
          at.end <= o.content.end,
      );
      // A parenthesis inside the marker's content is the journalist's aside, not the source's word.
      if (!outer || this.insideParenthesis(outer.content.start, at.start)) continue;
      const own = inner.chain.filter((l) => !outer.chain.some((o) => this.sameSource(o, l)));
      inner.chain = [...outer.chain.map((l) => ({ ...l })), ...own];
      inner.hedged ||= outer.hedged;
      // "n'exclut pas de …, d'après une source": the marker after the verb's content is not in it.
      if (
        outer.cue !== null &&
        outer.content.end <= outer.cue.start &&
        inner.content.start < outer.cue.start &&
        outer.cue.start < inner.content.end
      ) {
        const cut = this.trimSpan(
          this.tokenAt(inner.content.start),
          this.tokenAt(outer.cue.start) - 1,
        );
        if (cut) this.setContent(inner, cut);
      }
      // "« … », auraient dit, selon le site, des agents": a marker inside the verb's incise only
      // relays that attribution.
      const speakerAt = own.length > 0 ? own[own.length - 1].start : undefined;
      if (
        outer.cue !== null &&
        inner.cue !== null &&
        speakerAt !== undefined &&
        inner.cue.end <= outer.cue.start &&
        outer.cue.end <= speakerAt &&
        inner.content.end <= inner.cue.start
      )
        relaysOnly.add(outer);
    }
    for (const a of relaysOnly) this.remove(a);
    // "Reuters, citing a senior official, reported …": whom the relay cites is a link of the source
    // chain of an attribution outside it, no quotation of its own ("citing weaker demand", a
    // reason, stays; so does "citing voters who had given up", whose relative reports inside it).
    const kept = this.attributions.slice(before);
    for (const relay of kept) {
      if (relay.cueToken === null || !this.lex.relayVerbs.has(this.tree.lemma(relay.cueToken)))
        continue;
      const cited = kept.some(
        (o) =>
          o !== relay &&
          (o.content.end <= relay.content.start || relay.content.end <= o.content.start) &&
          o.chain.some(
            (l) =>
              l.start !== undefined &&
              relay.content.start <= l.start &&
              l.start < relay.content.end,
          ),
      );
      if (cited) this.remove(relay);
    }
    this.embedInReported(this.attributions.slice(before));
    // Quotations inside an indirect content make it mixed.
    for (const a of found) {
      if (a.kind !== 'indirect') continue;
      const inside = quotes.filter(
        (qi) => this.quoted[qi].start >= a.content.start && this.quoted[qi].end <= a.content.end,
      );
      if (inside.some((qi) => this.isWording(qi))) {
        a.kind = 'mixed';
        for (const qi of inside) this.usedQuotes.add(qi);
      }
    }
    // 3. Quotations no frame took: colon frames, continuations, fragments.
    for (const qi of quotes) {
      if (this.usedQuotes.has(qi)) continue;
      this.looseQuote(qi, index, ts, te);
    }
  }

  /**
   * "X added that Washington would have preferred a longer pause": a cue inside what another
   * speaker's verb reports is that speaker's account, so its chain runs through that speaker,
   * and through whoever reports that one. The frame of a cue is the report whose verb is its
   * nearest governor, else a closing incise over it ("officials felt …, said Mr. Barrett").
   * In a que/that clause the outlet's stance is the one it takes on the frame: a conditional
   * there is the reporter's tense or mood.
   */
  private embedInReported(found: Attribution[]): void {
    const t = this.tree;
    const frameOf = new Map<Attribution, Attribution>();
    for (const inner of found) {
      if (inner.cueToken === null) continue;
      const at = this.doc.tokens[inner.cueToken];
      let best: Attribution | null = null;
      let bestDistance = Infinity;
      for (const outer of found) {
        if (outer === inner || outer.cueToken === null || outer.kind === 'direct') continue;
        // An unknown teller adds nothing to the chain.
        const teller = outer.chain[outer.chain.length - 1];
        if (teller === undefined || teller.name === 'unknown') continue;
        if (at.start < outer.content.start || outer.content.end < at.end) continue;
        if (this.insideParenthesis(outer.content.start, at.start)) continue;
        // Each inside the other's content: the closing incise is the frame ("Les autorités
        // espèrent que …, a indiqué X").
        const back = this.doc.tokens[outer.cueToken];
        const mutual = inner.content.start <= back.start && back.end <= inner.content.end;
        if (mutual && reportsBefore(inner)) continue;
        // The tree must agree; a relative clause inside the content is the narrator's
        // description ("… les réserves de Prodi, qui souhaiterait …").
        let distance = Infinity;
        for (let j = inner.cueToken, n = 0; j >= 0; j = t.head(j), n++) {
          if (j === outer.cueToken) distance = n;
          if (j === outer.cueToken || t.rel(j) === 'acl:relcl') break;
        }
        const closing = reportsBefore(outer);
        if (distance === Infinity && closing && t.dominates(inner.cueToken, outer.cueToken))
          distance = t.forms.length;
        if (distance < bestDistance) [best, bestDistance] = [outer, distance];
      }
      if (best) frameOf.set(inner, best);
    }
    // "X plans to return the homes, the Herald reported on Sunday, citing two lawyers": what a
    // verb inside a closing incise's report says ends with that report, and a link named after
    // the incise's cue (the relay) is the incise speaker's, however the parser hung it.
    for (const [inner, frame] of frameOf) {
      if (!reportsBefore(frame)) continue;
      const reported = frame.parts?.[0] ?? frame.content;
      if (inner.content.start < reported.end && reported.end < inner.content.end) {
        const cut = this.trimSpan(
          this.tokenAt(inner.content.start),
          this.tokenAt(reported.end - 1),
        );
        if (cut) this.setContent(inner, cut);
      }
      const after = (l: Link) => l.start !== undefined && l.start >= frame.cue!.end;
      const moved = inner.chain.filter(after);
      if (moved.length === 0 || moved.length === inner.chain.length) continue;
      inner.chain = inner.chain.filter((l) => !after(l));
      for (const l of moved)
        if (!frame.chain.some((o) => this.sameSource(o, l))) frame.chain.push(l);
    }
    const chainOf = (a: Attribution, seen: Set<Attribution>): Link[] => {
      const frame = frameOf.get(a);
      if (!frame || seen.has(frame)) return [];
      return [...chainOf(frame, new Set([...seen, a])), ...frame.chain];
    };
    for (const [inner, frame] of frameOf) {
      const outerChain = chainOf(inner, new Set());
      // An unknown inner speaker may well be the teller ("the company says it fears …").
      const speaker = inner.chain[inner.chain.length - 1];
      if (speaker === undefined || speaker.name === 'unknown') continue;
      if (outerChain.some((o) => this.sameSource(o, speaker))) continue;
      inner.via = outerChain.filter((o) => !inner.chain.some((l) => this.sameSource(o, l)));
      if (this.inCompletiveClause(inner.cueToken!, frame.cueToken!)) inner.hedged = frame.hedged;
    }
  }

  /**
   * "Alors que X avait affirmé qu'il était prêt à partir, il a rejeté …": a cue in a clause the
   * narrator's adjunct opens reports up to the main clause, which the parser may have hung inside
   * its content: the content ends before the comma after which a subject opens a finite clause.
   */
  private endWithSubordinate(a: Attribution, te: number): void {
    const t = this.tree;
    const v = a.cueToken;
    if (v === null || a.parts || a.content.start < this.doc.tokens[v].end) return;
    const opened = t
      .childrenWith(v, (rel, k) => rel === 'mark' && k < v)
      .some((k) => this.lex.narratorAdjuncts.some((seq) => t.matches(k, seq, te)));
    if (!opened) return;
    const from = this.tokenAt(a.content.start);
    for (let j = from + 1; j + 1 < te && this.doc.tokens[j + 1].end <= a.content.end; j++) {
      if (t.forms[j] !== ',' || this.inQuote[j] >= 0) continue;
      const subject = j + 1;
      const verb = t.head(subject);
      if (
        t.rel(subject).startsWith('nsubj') &&
        !t.hasFeat(subject, 'PronType=Rel') &&
        verb > subject &&
        t.verbGroupHas(verb, 'VerbForm=Fin') &&
        this.inQuote[verb] < 0
      ) {
        const cut = this.trimSpan(from, j - 1);
        if (cut) this.setContent(a, cut);
        return;
      }
    }
  }

  /**
   * "Most said Clinton is honest, and three-quarters said the same of Sanders", "criticized
   * the email use, which an FBI inquiry said was careless", "say they prefer an outsider,
   * while 4 in 10 want …": a content ends before a clause joined to its head (conjunct,
   * parataxis, relative, or an adverbial the narrator's words open) with a subject of its own,
   * when that clause is another attribution of ours or the narrator's contrast. A complement
   * the content governs ("said that Y said …") is a nested report and stays.
   */
  private endBeforeJoinedReports(found: Attribution[]): void {
    const t = this.tree;
    const inside = (j: number, span: Span) => j >= 0 && this.tokenWithin(j, span);
    const reporting = new Map<number, Attribution>();
    for (const a of found) if (a.cueToken !== null) reporting.set(a.cueToken, a);
    for (const outer of found) {
      if (outer.cueToken === null || outer.parts) continue;
      const from = this.tokenAt(outer.content.start);
      let to = from;
      while (to + 1 < t.forms.length && inside(to + 1, outer.content)) to++;
      let head = -1;
      for (let j = from; j <= to && head < 0; j++) if (!inside(t.head(j), outer.content)) head = j;
      if (head < 0) continue;
      // Joined to the content's head or the cue, or, deeper, a joined clause ending the content
      // ("… militants fighting in Syria, and Prime Minister X announced …" hung on "fighting").
      const trailing: number[] = [];
      for (let j = head + 1; j <= to; j++)
        if (/^(conj|parataxis)/.test(t.rel(j)) && reporting.has(j) && t.subtree(j).at(-1) === to)
          trailing.push(j);
      const joints = new Set(
        [...t.children[head], ...t.children[outer.cueToken], ...trailing].filter(
          (j) => j > head && j <= to && /^(conj|parataxis|advcl|acl:relcl)/.test(t.rel(j)),
        ),
      );
      let end = Infinity;
      for (const joint of joints) {
        const words = t.subtree(joint);
        if (words[0] <= head || words[words.length - 1] > to) continue;
        let open = words[0];
        while (open < joint && (t.isPunct(open) || t.upos(open) === 'CCONJ')) open++;
        const contrast = this.lex.contrasts.some((seq) => t.matches(open, seq, to + 1));
        // An adverbial joins only as the narrator's contrast ("…, while other voters said …");
        // "…, but that Y" is a second content of the same verb.
        if (
          (t.rel(joint).startsWith('advcl') && !contrast) ||
          this.lex.complementizers.has(t.forms[open])
        )
          continue;
        // A subject of its own: not the outer's shared one ("promised … and said …"), nor the
        // relative pronoun ("anybody who complains").
        const subject = t
          .childrenWith(joint, (r) => r.startsWith('nsubj'))
          .find((k) => !t.hasFeat(k, 'PronType=Rel'));
        // The joined clause's own verb is the cue, its subject the speaker ("which he declared",
        // "and a third said"), not a verb deeper in ("comments Trump made saying …").
        const inner = reporting.get(joint);
        const frame = inner && inner !== outer ? this.frameAt(joint) : undefined;
        const speaker = inner?.chain[inner.chain.length - 1]?.head ?? null;
        const spoken =
          (frame === 'speech' || frame === 'cognition' || frame === 'stance') &&
          speaker !== null &&
          speaker === subject;
        if (spoken) end = Math.min(end, words[0]);
      }
      if (end === Infinity) continue;
      let b = end - 1;
      while (b > from && (t.isPunct(b) || t.upos(b) === 'CCONJ')) b--;
      const cut = this.trimSpan(from, b);
      if (cut) this.setContent(outer, cut);
    }
  }

  /**
   * "La direction a refusé de dire si …", "n'a pas souhaité commenter", "declined to confirm":
   * a cue under a refusal is not done; it states nothing.
   */
  private underRefusal(v: number): boolean {
    const t = this.tree;
    const h = t.head(v);
    if (h < 0 || !t.rel(v).startsWith('xcomp')) return false;
    return (
      this.lex.refusalVerbs.has(t.lemma(h)) ||
      (this.lex.negatedRefusalVerbs.has(t.lemma(h)) && this.negated(h))
    );
  }

  /**
   * `v` is in a que/that clause of `frame`: its conditional is the reporter's tense or mood
   * ("added that Washington would have preferred"), not the outlet's hedge, which a relative
   * clause keeps ("les réserves de Prodi, qui souhaiterait …").
   */
  private inCompletiveClause(v: number, frame: number): boolean {
    const t = this.tree;
    for (let j = v; j >= 0 && j !== frame; j = t.head(j))
      if (
        t.childrenWith(j, (r, c) => r === 'mark' && this.lex.complementizers.has(t.forms[c]))
          .length > 0
      )
        return true;
    return false;
  }

  /**
   * A cue by which the speaker states nothing: a refusal ("declined to say whether …"), a
   * negated verb of saying ("would not say whether …", "did not confirm that …") or a verb
   * that refuses under negation with a cue under it ("did not want to comment on …").
   */
  private isRefusal(v: number): boolean {
    const t = this.tree;
    if (this.lex.refusalVerbs.has(t.lemma(v))) return true;
    if (!this.negated(v)) return false;
    if (this.frameAt(v) === 'speech') return true;
    return (
      this.lex.negatedRefusalVerbs.has(t.lemma(v)) &&
      t.childrenWith(v, (r, c) => r.startsWith('xcomp') && this.cueAt(c, c + 1) !== null).length > 0
    );
  }

  private insideParenthesis(from: number, at: number): boolean {
    const between = this.doc.text.slice(from, at);
    return (between.match(/\(/g) ?? []).length > (between.match(/\)/g) ?? []).length;
  }

  private quotesIn(ts: number, te: number): number[] {
    const s = this.doc.tokens[ts].start;
    const e = this.doc.tokens[te - 1].end;
    const out: number[] = [];
    this.quoted.forEach((q, qi) => {
      if (q.start < e && q.end > s) out.push(qi);
    });
    return out;
  }

  private quoteTokens(qi: number): [number, number] | null {
    const q = this.quoted[qi];
    let a = -1;
    let b = -1;
    for (const tok of this.doc.tokens) {
      if (tok.start >= q.start && tok.end <= q.end) {
        if (a < 0) a = tok.index;
        b = tok.index;
      }
    }
    return a < 0 ? null : [a, b];
  }

  /** A quotation that can stand as an utterance: several words and a verb. */
  private isSpeechLike(qi: number): boolean {
    const range = this.quoteTokens(qi);
    if (!range) return false;
    const [a, b] = range;
    let words = 0;
    let verb = false;
    for (let i = a; i <= b; i++) {
      if (!this.tree.isPunct(i)) words++;
      if (/^(VERB|AUX)$/.test(this.tree.upos(i))) verb = true;
    }
    return words >= MIN_SPEECH_TOKENS && verb;
  }

  /**
   * A quotation in title case: two capitalised words or more, first and last, with only
   * short lowercase words between ("Meet the Press", "Midday with Charlie Sykes").
   */
  private titleCased(qi: number): boolean {
    const q = this.quoted[qi];
    const words = this.doc.text.slice(q.start, q.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    return (
      capitalised.length >= 2 &&
      /^\p{Lu}/u.test(words[0] ?? '') &&
      /^\p{Lu}/u.test(words[words.length - 1] ?? '') &&
      words.every((w) => /^\p{Lu}/u.test(w) || w.length <= 4)
    );
  }

  /** A quoted fragment that can be someone's wording (not a lone letter or symbol). */
  private isWording(qi: number): boolean {
    const q = this.quoted[qi];
    return (this.doc.text.slice(q.start, q.end).match(/\p{L}/gu) ?? []).length >= 2;
  }

  // ---------------------------------------------------------------- cues

  private cueAt(v: number, te: number): { verb: number; last: number; entry: CueEntry } | null {
    const t = this.tree;
    if (t.upos(v) === 'ADJ') return this.participleReadAsAdjective(v);
    if (t.upos(v) !== 'VERB') return this.misreadIncise(v);
    for (const phrase of this.lex.phrases) {
      let ok = v + phrase.lemmas.length <= te;
      for (let k = 0; ok && k < phrase.lemmas.length; k++)
        ok = t.lemma(v + k) === phrase.lemmas[k] || t.forms[v + k] === phrase.lemmas[k];
      if (ok) return { verb: v, last: v + phrase.lemmas.length - 1, entry: phrase };
      const last = this.prepositionAfterGap(v, phrase.lemmas, te);
      if (last !== null) return { verb: v, last, entry: phrase };
    }
    const entry = this.lex.verbs.get(t.lemma(v)) ?? this.classCues?.entryAt(v);
    if (!entry || this.actObject(v, entry) || this.nounReadAsVerb(v)) return null;
    return { verb: v, last: v, entry };
  }

  /**
   * A cue ending in a preposition whose verb is parted from it by adverbs, particles or a time
   * ("spoke briefly about", "spoke out Tuesday about"): the preposition, when its phrase hangs
   * on the verb, else null.
   */
  private prepositionAfterGap(v: number, lemmas: string[], te: number): number | null {
    const t = this.tree;
    const n = lemmas.length;
    for (let k = 0; k < n - 1; k++)
      if (v + k >= te || (t.lemma(v + k) !== lemmas[k] && t.forms[v + k] !== lemmas[k]))
        return null;
    for (let j = v + n - 1; j < te && j < v + n + 3; j++) {
      if (t.forms[j] === lemmas[n - 1] && t.upos(j) === 'ADP')
        return j > v + n - 1 && t.head(t.head(j)) === v ? j : null;
      const gap = t.upos(j) === 'ADV' || t.rel(j) === 'compound:prt' || this.isTime(j);
      if (!gap || this.inQuote[j] >= 0) return null;
    }
    return null;
  }

  /**
   * "A council plan to redevelop the street has split the town": a bare verb form with no
   * auxiliary after a singular noun, and the sentence's own predicate hung on it as a conjunct
   * with no conjunction, is the noun of a compound subject ("the council plan" in British
   * English, with no other predicate, stays a verb).
   */
  private nounReadAsVerb(v: number): boolean {
    const t = this.tree;
    if (t.forms[v] !== t.lemma(v) || t.hasFeat(v, 'Tense=Past')) return false;
    if (t.children[v].some((c) => /^(aux|cop)/.test(t.rel(c)))) return false;
    const compound = t.children[v].some(
      (c) =>
        c === v - 1 &&
        t.rel(c).startsWith('nsubj') &&
        t.upos(c) === 'NOUN' &&
        t.hasFeat(c, 'Number=Sing'),
    );
    const predicate = t.childrenWith(
      v,
      (rel, c) =>
        rel === 'conj' &&
        c > v &&
        t.verbGroupHas(c, 'VerbForm=Fin') &&
        t.childrenWith(c, (r) => r === 'cc').length === 0,
    );
    // "plan to redevelop the street has split …" read as a clause of the infinitive: a verb
    // that reports nothing takes no bare finite clause, so that clause is the sentence's predicate.
    const underInfinitive = t
      .childrenWith(v, (rel, x) => rel === 'xcomp' && x > v && !this.lex.verbs.has(t.lemma(x)))
      .some(
        (x) =>
          t.childrenWith(
            x,
            (rel, c) =>
              rel === 'ccomp' &&
              c > x &&
              t.verbGroupHas(c, 'VerbForm=Fin') &&
              !t.children[c].some((m) => t.rel(m) === 'mark'),
          ).length > 0,
      );
    return compound && (predicate.length > 0 || underInfinitive);
  }

  /**
   * "would declare a state of emergency", "a déclaré forfait": an object that is an act or a
   * status the verb brings about (the entry's acts) makes the verb no cue.
   */
  private actObject(v: number, entry: CueEntry): boolean {
    const t = this.tree;
    if (!entry.acts) return false;
    const heads = t.childrenWith(v, (rel, j) => /^(obj|xcomp)/.test(rel) && j > v);
    return heads.some((j) => {
      const from = t.subtree(j)[0];
      for (let s = Math.max(from, v + 1); s <= j; s++)
        for (const seq of entry.acts!)
          if (
            s + seq.length > j &&
            s + seq.length <= t.forms.length &&
            seq.every((w, k) => t.forms[s + k] === w || t.lemma(s + k) === w)
          )
            return true;
      return false;
    });
  }

  /**
   * "is promising to help", "the plan, promising to cut taxes": a present participle the tagger
   * read as an adjective is still the verb of saying when an infinitive complement follows it.
   * The verb is the entry taking an infinitive whose stem opens the word ("promis-ing").
   */
  private participleReadAsAdjective(
    v: number,
  ): { verb: number; last: number; entry: CueEntry } | null {
    const t = this.tree;
    const infinitive = t.children[v].some(
      (c) =>
        c > v &&
        /^(xcomp|advcl|ccomp)$/.test(t.rel(c)) &&
        t.upos(c) === 'VERB' &&
        t.children[c].some((m) => m === v + 1 && this.lex.infinitiveMarkers.has(t.forms[m])),
    );
    if (!infinitive) return null;
    const form = t.forms[v];
    for (const [lemma, entry] of this.lex.verbs) {
      if (!entry.content.includes('infinitive') || form.length - lemma.length > 4) continue;
      const stem = lemma.length > 4 ? lemma.slice(0, -1) : lemma;
      if (form.startsWith(stem) && form !== lemma) return { verb: v, last: v, entry };
    }
    return null;
  }

  /**
   * "« … », analyse Marc Dupuis": right after a quotation and its comma, an inflected verb of
   * saying the tagger read as a noun is still the incise's verb.
   */
  private misreadIncise(v: number): { verb: number; last: number; entry: CueEntry } | null {
    const t = this.tree;
    if (!/^(NOUN|ADJ|PROPN)$/.test(t.upos(v)) || !this.lex.inciseForms.has(t.forms[v])) return null;
    const inverted = v >= 2 && this.doc.tokens[v - 1].text === ',' && this.closingToken(v - 2);
    // "“…,” Harlan notes.": the speaker's name between the quotation and the verb, which then
    // closes the sentence; the tagger read name and verb as one compound noun.
    let i = v - 1;
    while (
      i >= 0 &&
      v - i <= 7 &&
      /^(PROPN|NOUN|DET|ADJ|ADP)$/.test(t.upos(i)) &&
      this.inQuote[i] < 0
    )
      i--;
    if (i >= 0 && this.doc.tokens[i].text === ',') i--;
    const named =
      i >= 0 &&
      i < v - 1 &&
      this.closingToken(i) &&
      (v + 1 >= this.doc.tokens.length || t.isPunct(v + 1));
    if (!inverted && !named) return null;
    return { verb: v, last: v, entry: this.lex.verbs.get(t.lemma(v)) ?? INCISE_ENTRY };
  }

  private verbFrame(
    v: number,
    last: number,
    entry: CueEntry,
    ts: number,
    te: number,
    quotes: number[],
  ): void {
    const t = this.tree;
    const cue = t.span(v, last);
    // An agentless passive over a raised subject names nobody who speaks ("is expected to …").
    const raised = this.raisedSubject(v, last) !== null;
    const speaker = raised ? null : this.subjectOf(v, ts, te, last);
    const sourced = this.sourcedChain(v, last, te, speaker);
    // ", a request Berlin has so far rejected": the appositive noun is what the relative's verb
    // reports; the clause before the comma is the outlet's, and ends there for its own cues.
    // "…, l'épidémiologiste X a été rappelé à la rescousse": an agentless passive has no
    // reporter for the noun before it, which undergoes it.
    const relative =
      entry.content.includes('object') &&
      this.closingIncise(v, ts, last) === null &&
      !(this.passiveMarked(v) && this.passiveAgent(v) === null)
        ? this.appositiveRelative(v, last, ts, te)
        : null;
    if (relative) {
      this.appositiveCommas.push(relative.comma);
      this.appositiveVerbs.add(v);
      this.add(
        {
          kind: 'indirect',
          content: relative.antecedent,
          cue,
          cueToken: v,
          chain: this.chainFor(relative.speaker, v, ts, te),
          unbalanced: false,
        },
        v,
      );
      return;
    }
    // "Les trottinettes seront interdites. C'est ce qu'a annoncé X": the cleft's demonstrative
    // stands for the sentence before, which the relative's verb reports.
    const told = speaker !== null ? this.cleftAntecedent(v, ts) : null;
    if (told) {
      this.add(
        {
          kind: 'indirect',
          content: told,
          cue,
          cueToken: v,
          chain: this.chainFor(speaker, v, ts, te),
          unbalanced: false,
        },
        v,
      );
      return;
    }
    // "The program, called EB-5, …": a past participle qualifying a noun names or describes
    // it; without an agent nobody speaks — unless an utterance follows it right away ("a man
    // yelled “Play it again!”": the parser's reading of a finite verb of saying).
    // A relative clause with its own subject or auxiliary is finite, whatever the participle's
    // tag ("in which Dorsey has said that …"); a relative pronoun speaks only for a name ("Ortiz,
    // who had opposed the plan", not "a comment that described …").
    const relativeSubject = speaker !== null && t.hasFeat(speaker, 'PronType=Rel');
    const finiteRelative =
      t.rel(v) === 'acl:relcl' &&
      !t.isPassive(v) &&
      t.children[v].some((c) => /^(nsubj|aux)/.test(t.rel(c))) &&
      (!relativeSubject || t.upos(t.head(v)) === 'PROPN');
    if (
      t.rel(v).startsWith('acl') &&
      !raised &&
      t.hasFeat(v, 'VerbForm=Part') &&
      !t.hasFeat(v, 'Tense=Pres') &&
      !(speaker !== null && speaker > v) &&
      !finiteRelative &&
      !this.utteranceAfter(last, quotes) &&
      this.closingIncise(v, ts, last) === null
    )
      return;
    // Direct quotation before the verb: «…», a déclaré X / "…," she said.
    // A quotation another verb already took is not this one's: "“…,” he said, adding that …";
    // without a complement of its own the verb only repeats that attribution ("« … », a-t-il dit").
    // A quotation inside the same speaker's content under another verb is that verb's ("told X
    // that Romney “had …,” adding, “…”": the participle's content is the quotation after it).
    // The speaker the verb before handed on ("told X that …, adding"), else the verb's own.
    const handed = this.coordinated.get(v);
    const at =
      handed !== undefined && handed.length > 0
        ? (handed[handed.length - 1].start ?? -1)
        : speaker !== null
          ? this.doc.tokens[speaker].start
          : -1;
    // The same speaker's attributions under other verbs, looked up once per verb.
    let framing: Attribution[] | null = null;
    const claimed = (qi: number) => {
      if (this.usedQuotes.has(qi)) return true;
      framing ??=
        at < 0
          ? []
          : this.attributions.filter(
              (a) =>
                a.cueToken !== null &&
                a.cueToken !== v &&
                (a.chain[a.chain.length - 1]?.start ?? -2) <= at &&
                at < (a.chain[a.chain.length - 1]?.end ?? -2),
            );
      return framing.some(
        (a) => a.content.start <= this.quoted[qi].start && this.quoted[qi].end <= a.content.end,
      );
    };
    const taken = quotes.some((qi) => claimed(qi) && this.quoteEndsBefore(qi, v, ts, speaker));
    if (taken && this.wordsAfter(last, te, speaker) <= 4) return;
    // A refusal quotes nobody: "il refusa et examina d'autres possibilités : « … »".
    const refusal = this.lex.refusalVerbs.has(t.lemma(v));
    let prior = quotes.find(
      (qi) =>
        !refusal &&
        !claimed(qi) &&
        this.quoteEndsBefore(qi, v, ts, speaker) &&
        !this.ownComplementAfter(qi, v, last, speaker),
    );
    // "“…?” Graham asked.": the sentence was cut after the quotation's own ? or !.
    const carried = prior === undefined && !refusal ? this.quotationClosing(ts) : null;
    if (
      carried !== null &&
      this.quoteEndsBefore(carried, v, ts, speaker) &&
      (this.wordsAfter(last, te, speaker) <= 4 || this.adjunctsOnlyAfter(v, last, te))
    ) {
      prior = carried;
      const loose = this.attributions.findIndex(
        (a) => a.cue === null && a.content.start === this.quoted[carried].start,
      );
      if (loose >= 0) this.remove(this.attributions[loose]);
    }
    let after = quotes.filter(
      (qi) =>
        !refusal &&
        this.quoteStartsAfter(qi, last, te, speaker, prior !== undefined) &&
        !this.hasOwnIncise(qi, te),
    );
    // "said the ferries “are simply too old” because …": the quotation is the predicate of the
    // clause the noun phrase before it opens, whatever the parser made of that phrase.
    // "calling him “a total stiff.”": a quoted fragment after the object is what the object is called.
    const quotedPredicate =
      prior === undefined && after.length > 0
        ? this.subjectBeforeQuotedPredicate(
            last,
            after[0],
            te,
            // What one finds or sees someone ("found her “very quiet”") is no wording of theirs.
            entry.frame !== 'cognition' && /object|predicate/.test(entry.content.join(' ')),
          )
        : null;
    // "tells supporters that “he loves you.”": a complementizer opening a quotation introduces
    // it, whatever the parser made of the complementizer.
    if (quotedPredicate) after = [];
    // A quotation inside the clause before the incise is no speech of its own when it is a
    // fragment ("Le plus urgent, c'est de faire face «à une crise», a déclaré X": wording of
    // that clause, read below) or a title in title case, whatever verbs the tagger read in it
    // ("Sunday on Fox News’s “Sunday Morning Futures,” Issa said …").
    if (
      prior !== undefined &&
      this.doc.tokens[ts].start < this.quoted[prior].start - 2 &&
      ((after.length === 0 && !this.isSpeechLike(prior)) || this.titleCased(prior))
    )
      prior = undefined;
    if (prior !== undefined || after.length > 0) {
      const chain =
        this.coordinated.get(v)?.map((l) => ({ ...l })) ??
        sourced ??
        this.chainFor(speaker, v, ts, te);
      // A quotation the incise interrupts ("« Tout simplement », a précisé X, « parce que … »")
      // is one utterance: its first piece is speech however short.
      const interrupted = prior !== undefined && after.length > 0;
      // "“Not even close,” he said.": a quotation opening its sentence right before the incise
      // is speech however short, verbless or foreign.
      const opening =
        prior !== undefined && this.doc.tokens[ts].start >= this.quoted[prior].start - 2;
      // "rejette le catastrophisme : « … »": the verb reports its own complement, the colon the quotation.
      const colon =
        prior === undefined
          ? this.beforeColon(v, last, entry, ts, te, speaker, after[0], chain)
          : null;
      // "Forecasters agree - Nina Holt: “…”": the source after a dash speaks the quotation.
      const dash = colon !== null ? this.signingDash(ts, colon) : null;
      const signer = dash !== null ? this.rootOf(dash + 1, colon! - 1) : null;
      const quoting = signer !== null ? this.chainFor(signer, null, ts, te) : chain;
      const spoken = (prior !== undefined ? [prior, ...after] : after).filter(
        (qi) =>
          this.isSpeechLike(qi) || ((interrupted || opening) && qi === prior && this.isWording(qi)),
      );
      // "said the ''old model'' of golf clubs is in decline": a quoted phrase right after a verb
      // reporting clauses, that is no speech, is wording of the clause it reports, read below
      // (a verb taking objects reports the phrase itself: "denounced a “scandal”").
      const wordingAfter =
        prior === undefined &&
        colon === null &&
        spoken.length === 0 &&
        entry.content.includes('clause') &&
        !entry.content.includes('object');
      for (const qi of wordingAfter ? [] : spoken) {
        this.usedQuotes.add(qi);
        this.add(
          {
            kind: 'direct',
            content: this.quoted[qi],
            cue: colon !== null ? t.span(colon, colon) : cue,
            cueToken: colon !== null ? null : v,
            chain: quoting,
            unbalanced: this.quoted[qi].unbalanced,
          },
          colon !== null ? null : v,
        );
      }
      if (!wordingAfter) return;
    }
    // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the sentence around the incise.
    const incise = entry.content.includes('clause') ? this.midIncise(v, last, ts, te) : null;
    if (incise && this.beyondModifiedNoun(v, last, ts, incise.parts[0])) return;
    if (incise) {
      // The parser's subject only when it stands inside the incise, not before it ("The museum, Mr. Obama said").
      const who =
        speaker !== null && speaker > incise.from && this.tree.dominates(speaker, incise.speaker)
          ? speaker
          : incise.speaker;
      const [lead, trail] = [incise.parts[0], incise.parts[incise.parts.length - 1]];
      this.add(
        {
          kind: 'indirect',
          content: { start: lead.start, end: trail.end },
          cue,
          cueToken: v,
          chain: sourced ?? this.chainFor(who, v, ts, te),
          unbalanced: false,
          ...(incise.parts.length > 1 ? { parts: incise.parts } : {}),
        },
        v,
      );
      return;
    }
    // "…, a-t-on appris de source proche du dossier": the source phrase stands as the inverted speaker.
    const source = sourced?.[0]?.head;
    const parsed =
      quotedPredicate ??
      this.contentOf(
        v,
        last,
        entry.content,
        ts,
        te,
        source !== undefined && source !== null && source > v ? source : speaker,
      );
    // "tells supporters that “he loves you.”": a complementizer opening a quotation introduces
    // it, whatever the parser made of the complementizer, when the tree gave no content holding it.
    const opened =
      quotedPredicate === null && entry.content.includes('clause')
        ? this.quotationAfterComplementizer(last, te)
        : null;
    const read =
      opened && !(parsed && parsed.start <= opened.start && opened.end <= parsed.end)
        ? opened
        : parsed;
    let content = read && this.beforeQuotingColon(read);
    if (!content || this.beyondModifiedNoun(v, last, ts, content)) return;
    // "added that Washington would have preferred a longer pause but that « … »": a second
    // complementizer after a conjunction goes on with the same report, however it was parsed.
    const and = this.tokenAt(content.end - 1) + 1;
    if (
      and + 1 < te &&
      this.lex.complementizers.has(t.forms[this.tokenAt(content.start) - 1] ?? '') &&
      t.upos(and) === 'CCONJ' &&
      this.inQuote[and] < 0 &&
      this.lex.complementizers.has(t.forms[and + 1]) &&
      t.head(and + 1) > and + 1
    ) {
      const second = t.subtree(t.head(and + 1));
      const more = this.trimSpan(this.tokenAt(content.start), second[second.length - 1]);
      if (more && second[0] > and) content = more;
    }
    // "the coach declined: « … »": what follows a refusal's colon is said, and the colon's.
    if (refusal)
      for (let k = last + 1; k < this.tokenAt(content.start); k++)
        if (t.forms[k] === ':' && this.inQuote[k] < 0) return;
    // "agreed on a ceasefire on Tuesday, according to two diplomats …": a content opening on an
    // attribution marker is a clause the parser hung on the verb, not one it takes.
    const opening = this.tokenAt(content.start);
    if (
      this.lex.markers.some(
        (seq) => !this.lex.weakMarkers.has(seq.join(' ')) && t.matches(opening, seq, te),
      )
    )
      return;
    const chain =
      this.coordinated.get(v)?.map((l) => ({ ...l })) ??
      sourced ??
      (speaker === null && !this.tree.verbGroupHas(v, 'VerbForm=Fin')
        ? this.sentenceSpeaker(ts, v)
        : this.chainFor(speaker, v, ts, te));
    // "reported that the port would close, citing three dockers": the relay closing the
    // content is the reporter's, not the content's.
    const relay = this.postposedRelays(v, te).find(
      (r) => content!.start < this.doc.tokens[r].start && this.doc.tokens[r].start < content!.end,
    );
    if (relay !== undefined) {
      const cut = this.trimSpan(this.tokenAt(content.start), relay - 2);
      if (!cut) return;
      content = cut;
    }
    const next = this.coordinatedCue(v, content, te);
    if (next !== null) {
      const cut = this.trimSpan(this.tokenAt(content.start), next.at - 1);
      if (!cut) return;
      content = cut;
      if (next.verb !== null && chain.length > 0) this.coordinated.set(next.verb, chain);
    }
    if (
      this.onlyTime(content) ||
      this.unsaidObject(v, entry, content) ||
      this.bareSaying(content) ||
      this.onlyIncise(content)
    )
      return;
    const whole = quotes.find((qi) => this.coversQuote(content, qi));
    if (whole !== undefined && this.isWording(whole)) {
      // The whole complement is quoted: a partial quote when it is a fragment, mixed when a clause.
      this.usedQuotes.add(whole);
      const kind: QuoteKind = this.isSpeechLike(whole) ? 'mixed' : 'partial';
      this.add(
        { kind, content: this.quoted[whole], cue, cueToken: v, chain, unbalanced: false },
        v,
      );
      return;
    }
    this.add({ kind: 'indirect', content, cue, cueToken: v, chain, unbalanced: false }, v);
  }

  /**
   * "un plan de curage, promis en 2021 par l'ancienne majorité": a past participle modifying a
   * noun speaks, if at all, within that noun's phrase, never over the clause around it.
   */
  private beyondModifiedNoun(v: number, last: number, ts: number, content: Span): boolean {
    const t = this.tree;
    if (!t.rel(v).startsWith('acl') || !t.hasFeat(v, 'VerbForm=Part') || t.hasFeat(v, 'Tense=Pres'))
      return false;
    // "…, the world's largest planemaker said": a closing incise the parser hung on its speaker.
    if (this.closingIncise(v, ts, last) !== null) return false;
    const phrase = t.subtree(t.head(v));
    const from = this.doc.tokens[phrase[0]].start;
    const to = this.doc.tokens[phrase[phrase.length - 1]].end;
    return content.start < from || content.end > to;
  }

  /**
   * The clause a noun phrase right after the verb opens when the quotation after that phrase
   * starts on a finite verb, its predicate ("says voters “are tired of excuses” and …"): from
   * the phrase to the end of what the quotation's words govern.
   */
  private subjectBeforeQuotedPredicate(
    last: number,
    qi: number,
    te: number,
    objectSlot = false,
  ): Span | null {
    const t = this.tree;
    const range = this.quoteTokens(qi);
    if (!range) return null;
    const [qa, qb] = range;
    let first = qa;
    while (first <= qb && (t.isPunct(first) || t.upos(first) === 'ADV')) first++;
    const finite =
      first <= qb &&
      (t.upos(first) === 'AUX' || (t.upos(first) === 'VERB' && t.hasFeat(first, 'VerbForm=Fin')));
    if (!finite && !(objectSlot && !this.isSpeechLike(qi))) return null;
    let nominal = false;
    const mark = this.quoted[qi].open;
    if (mark === null) return null;
    let open = last + 1;
    while (open < qa && this.doc.tokens[open].start < mark) open++;
    // A prepositional phrase ("said on NBC's “Meet the Press”") is no subject.
    if (open === last + 1 || t.upos(last + 1) === 'ADP') return null;
    for (let k = last + 1; k < open; k++) {
      if (t.isPunct(k) || /^(VERB|AUX|SCONJ)$/.test(t.upos(k))) return null;
      if (this.lex.complementizers.has(t.forms[k])) return null;
      if (/^(NOUN|PROPN)$/.test(t.upos(k)) || (t.upos(k) === 'PRON' && !t.hasFeat(k, 'Poss=Yes')))
        nominal = true;
    }
    if (!nominal) return null;
    // "mocking his famous “Mission Accomplished” appearance": a quotation inside a noun phrase.
    let next = qb + 1;
    while (next < te && /^(['’”»"]|'')$/.test(t.forms[next])) next++;
    if (next < te && /^(NOUN|PROPN)$/.test(t.upos(next))) return null;
    const b = this.governedEnd(qa, qb, last + 1, te);
    return this.trimSpan(last + 1, this.closingQuotations(last + 1, b));
  }

  /**
   * The quotation a complementizer right after the verb and its addressee or adjuncts opens, up
   * to the end of what its words govern ("is telling supporters after the vote that “…”").
   */
  private quotationAfterComplementizer(last: number, te: number): Span | null {
    const t = this.tree;
    for (let k = last + 1; k + 1 < te; k++) {
      if (t.isPunct(k) || /^(VERB|AUX)$/.test(t.upos(k)) || this.inQuote[k] >= 0) return null;
      if (!this.lex.complementizers.has(t.forms[k].toLowerCase())) continue;
      // The first quotation after it, perhaps behind its subject ("that she “would be …”").
      const after = this.doc.tokens[k].end;
      const qi = this.quoted.findIndex(
        (q) =>
          q.depth === 0 &&
          q.open !== null &&
          q.open >= after &&
          q.open < this.doc.tokens[te - 1].end,
      );
      const range = qi >= 0 ? this.quoteTokens(qi) : null;
      // A quoted fragment ("that “real Christians” don't …") is read with the clause around it.
      if (!range || !this.isSpeechLike(qi)) return null;
      if (this.doc.tokens[k + 1].start < (this.quoted[qi].open ?? 0))
        return this.subjectBeforeQuotedPredicate(k, qi, te);
      const b = this.governedEnd(range[0], range[1], k + 1, te);
      return this.trimSpan(k + 1, this.closingQuotations(k + 1, b));
    }
    return null;
  }

  /**
   * The last token before `te` that the words of a quotation qa..qb govern, or qb; a word
   * governing text before `from` (the parser hung the sentence on the quotation) extends nothing.
   */
  private governedEnd(qa: number, qb: number, from: number, te: number): number {
    const t = this.tree;
    let b = qb;
    for (let j = qa; j <= qb; j++) {
      if (t.head(j) >= qa && t.head(j) <= qb) continue;
      const members = t.subtree(j);
      if (members[0] < from) continue;
      for (const k of members) if (k > b && k < te) b = k;
    }
    // "…, she said in an interview": an incise the parser hung on the quotation is not content.
    for (let k = qb + 1; k <= b; k++)
      if (this.inQuote[k] < 0 && t.upos(k) === 'VERB' && this.cueAt(k, te)) {
        let cut = k - 1;
        while (cut > qb && t.forms[cut] !== ',') cut--;
        return cut;
      }
    return b;
  }

  /** A quotation that can stand as an utterance, opening right after token `last`. */
  private utteranceAfter(last: number, quotes: number[]): boolean {
    return quotes.some((qi) => {
      const open = this.quoted[qi].open;
      return open !== null && this.tokenAt(open) === last + 1 && this.isSpeechLike(qi);
    });
  }

  /**
   * "a appelé les Français à se faire vacciner et a estimé …", "denied that they had split,
   * calling the reports …": a verb of saying going on at the end of a content with no subject of
   * its own — a finite or past-participle conjunct, or a present participle after a comma —
   * is the same speaker's next attribution. The conjunction or comma and that verb.
   */
  private coordinatedCue(
    v: number,
    content: Span,
    te: number,
  ): { at: number; verb: number | null } | null {
    const t = this.tree;
    const a = this.tokenAt(content.start);
    const b = this.tokenAt(content.end - 1);
    const before = content.end <= this.doc.tokens[v].start;
    for (let j = a + 1; j < b; j++) {
      if (this.inQuote[j] >= 0) continue;
      const conjunction = t.upos(j) === 'CCONJ';
      // "that X “had …,” adding, “…”": the quotation's own comma before its closing mark.
      const quotedComma =
        this.closingToken(j) && this.inQuote[j - 1] >= 0 && t.forms[j - 1] === ',';
      if (!conjunction && t.forms[j] !== ',' && !quotedComma) continue;
      if (conjunction && this.otherSpeakerAfter(v, j, b, te)) return { at: j, verb: null };
      let k = j + 1;
      while (k < b && /^(AUX|ADV)$/.test(t.upos(k)) && this.inQuote[k] < 0) k++;
      const next = this.inQuote[k] >= 0 ? null : this.cueAt(k, te);
      if (!next || t.upos(k) !== 'VERB') continue;
      // "he is proud of his team and expects to win", "would continue to push": a thought or an
      // infinitive the verb takes no content from goes on with the clause, not a new attribution.
      if (next.entry.frame === 'cognition') continue;
      const infinitive = t.childrenWith(k, (r, c) => r.startsWith('xcomp') && c > k).length > 0;
      if (infinitive && !next.entry.content.includes('infinitive')) continue;
      const own = t.childrenWith(k, (r, c) => /^(nsubj|expl)/.test(r) && r !== 'expl:pv' && c < k);
      if (own.length > 0) continue;
      const participle =
        t.hasFeat(k, 'VerbForm=Ger') ||
        (t.hasFeat(k, 'VerbForm=Part') && t.hasFeat(k, 'Tense=Pres'));
      // "and promised", "et a estimé", "a réclamé … et dénoncé": finite, or a past participle.
      const goesOn = conjunction
        ? (t.verbGroupHas(k, 'VerbForm=Fin') && this.sameTense(v, k)) ||
          (t.hasFeat(k, 'VerbForm=Part') && !t.hasFeat(k, 'Tense=Pres'))
        : participle;
      // A content before its verb ("…, blaming X, the planemaker said") holds its participles.
      if (goesOn && !before) return { at: quotedComma ? j + 1 : j, verb: k };
      // "La défense plaidera la relaxe, a indiqué son conseil": another speaker's incise.
      if (!conjunction && t.verbGroupHas(k, 'VerbForm=Fin')) return { at: j, verb: null };
    }
    return null;
  }

  /**
   * "… and importers accused the ministry", "…, mais la mairie de Brest dément": a finite verb
   * without a subject of its own right after a conjunction and a noun phrase has that phrase
   * for subject, however the parser hung it (often as a conjunct of a noun before). Its head.
   */
  private phraseAfterConjunction(v: number, ts: number): number | null {
    const t = this.tree;
    if (t.upos(v) !== 'VERB' || !this.finiteOrBarePast(v)) return null;
    if (t.childrenWith(v, (r) => /^(nsubj|csubj|expl)/.test(r) && r !== 'expl:pv').length > 0)
      return null;
    let i = v - 1;
    while (i > ts && t.upos(i) === 'AUX') i--;
    const end = i;
    while (
      i > ts &&
      this.inQuote[i] < 0 &&
      (/^(DET|ADJ|NUM|NOUN|PROPN)$/.test(t.upos(i)) ||
        t.forms[i] === "'s" ||
        (t.upos(i) === 'ADP' && /^(NOUN|PROPN|DET)$/.test(t.upos(i + 1))))
    )
      i--;
    if (i === end || t.upos(i) !== 'CCONJ' || t.upos(i + 1) === 'ADP') return null;
    const head = this.rootOf(i + 1, end);
    return head !== null && /^(NOUN|PROPN)$/.test(t.upos(head)) && !this.isTime(head) ? head : null;
  }

  /**
   * "Republicans said they are convinced … and Democrats accused the GOP of …": after the
   * conjunction `j`, a noun phrase and a finite verb of saying in the tense of `v` with that
   * phrase as its subject open another speaker's attribution, wherever the parser hung them.
   */
  private otherSpeakerAfter(v: number, j: number, b: number, te: number): boolean {
    const t = this.tree;
    // Nothing but a noun phrase between ("nor of an article that Carson said" is no clause).
    let k = j + 1;
    while (
      k < b &&
      this.inQuote[k] < 0 &&
      (/^(DET|ADJ|NUM|NOUN|PROPN|AUX)$/.test(t.upos(k)) || t.forms[k] === "'s")
    )
      k++;
    if (k === j + 1 || k >= b || this.inQuote[k] >= 0 || t.upos(k) !== 'VERB') return false;
    const next = this.cueAt(k, te);
    if (!next || next.entry.frame === 'cognition' || !this.finiteOrBarePast(k)) return false;
    // The tense of `v` ("said … and importers accused", the tagger reading a participle).
    const bare = !t.verbGroupHas(k, 'VerbForm=Fin');
    if (bare ? !t.verbGroupHas(v, 'Tense=Past') : !this.sameTense(v, k)) return false;
    const own = t.childrenWith(
      k,
      (r, c) => r.startsWith('nsubj') && c > j && c < k && /^(NOUN|PROPN)$/.test(t.upos(c)),
    );
    return own.length > 0 || this.phraseAfterConjunction(k, j) !== null;
  }

  /** A finite verb, or a past participle without auxiliary the tagger read for a finite one. */
  private finiteOrBarePast(k: number): boolean {
    const t = this.tree;
    if (t.verbGroupHas(k, 'VerbForm=Fin')) return true;
    return (
      t.hasFeat(k, 'VerbForm=Part') &&
      t.hasFeat(k, 'Tense=Past') &&
      !t.children[k].some((c) => t.rel(c).startsWith('aux'))
    );
  }

  /** "said … and promised", "a appelé … et a estimé": not "called on X to … and consider …". */
  private sameTense(v: number, k: number): boolean {
    const t = this.tree;
    const tense = (j: number) => {
      const finite = [j, ...t.children[j].filter((c) => /^aux/.test(t.rel(c)))].find((c) =>
        t.hasFeat(c, 'VerbForm=Fin'),
      );
      return finite === undefined ? null : (/Tense=(\w+)/.exec(t.feats(finite))?.[1] ?? null);
    };
    return tense(v) === tense(k);
  }

  /**
   * ", a claim the ministry denied", ", une demande que Berlin a rejetée": a verb closing a
   * relative clause on a noun in apposition to the clause before, read off the surface (the
   * parser often makes the noun a subject): the noun phrase, the relative's subject, the comma.
   */
  private appositiveRelative(
    v: number,
    last: number,
    ts: number,
    te: number,
  ): { antecedent: Span; speaker: number; comma: number } | null {
    const t = this.tree;
    // Nothing of the verb's own after it but adjuncts: no object, clause or quotation.
    for (let j = last + 1; j < te && !/^[,;:.!?]$/.test(t.forms[j]); j++)
      if (
        this.inQuote[j] >= 0 ||
        /^(VERB|AUX|SCONJ)$/.test(t.upos(j)) ||
        this.lex.complementizers.has(t.forms[j]) ||
        (t.head(j) === v && /^(obj|ccomp|xcomp)/.test(t.rel(j)))
      )
        return null;
    let i = v - 1;
    while (i >= ts && /^(AUX|ADV|PART)$/.test(t.upos(i)) && this.inQuote[i] < 0) i--;
    const end = i;
    const relativizer = (j: number) =>
      t.hasFeat(j, 'PronType=Rel') || this.lex.complementizers.has(t.forms[j]);
    while (i >= ts && (this.nominal(i) || relativizer(i)) && end - i < 12) i--;
    if (i <= ts || end < i + 3 || !/^[,—–]$/.test(this.doc.tokens[i].text)) return null;
    const first = i + 1;
    if (t.upos(first) !== 'DET' || t.hasFeat(first, 'PronType=Rel')) return null;
    let n = first + 1;
    while (n < end && t.upos(n) === 'ADJ') n++;
    if (t.upos(n) !== 'NOUN') return null;
    while (n + 1 < end && t.upos(n + 1) === 'NOUN') n++;
    let k = n + 1;
    // "a claim that the ministry denied": the relative pronoun, when written.
    if (relativizer(k)) k++;
    if (k > end) return null;
    const speaker = this.rootOf(k, end);
    const antecedent = this.trimSpan(first, n);
    if (speaker === null || !antecedent || this.isTime(n)) return null;
    return { antecedent, speaker, comma: i };
  }

  /**
   * The sentence before, in the same paragraph, when `v` is the verb of a relative clause whose
   * pronoun is its object and whose antecedent is the demonstrative predicate of a cleft opening
   * the sentence ("C'est ce qu'a annoncé X"); else null.
   */
  private cleftAntecedent(v: number, ts: number, pronounRel = 'obj'): Span | null {
    const t = this.tree;
    const pronoun = t.children[v].find(
      (c) => c < v && t.rel(c) === pronounRel && t.hasFeat(c, 'PronType=Rel'),
    );
    const h = t.head(v);
    if (
      pronoun === undefined ||
      !t.rel(v).startsWith('acl:relcl') ||
      h < 0 ||
      !t.hasFeat(h, 'PronType=Dem') ||
      !t.children[h].some((c) => t.rel(c) === 'cop')
    )
      return null;
    // Only "c'est", its connectives and adjuncts before it ("C'est du moins ce que …").
    for (let j = ts; j < h; j++)
      if (t.upos(j) === 'VERB' || /^(obj|ccomp|xcomp)/.test(t.rel(j))) return null;
    const index = this.doc.tokens[v].sentence;
    if (ts === this.paragraphStart(index)) return null;
    const before = this.doc.sentences[index - 1];
    return this.trimSpan(before.tokenStart, before.tokenEnd - 1);
  }

  /**
   * "Il estime que le parti doit changer : « Sinon … »": the complement read before the colon
   * is said too, besides the quotation the colon opens. The colon token when it is.
   */
  private beforeColon(
    v: number,
    last: number,
    entry: CueEntry,
    ts: number,
    te: number,
    speaker: number | null,
    qi: number,
    chain: Link[],
  ): number | null {
    const t = this.tree;
    const open = this.quoted[qi].open;
    let colon = -1;
    for (let j = last + 1; j < te && open !== null && this.doc.tokens[j].end <= open; j++)
      if (t.forms[j] === ':' && this.inQuote[j] < 0) colon = j;
    if (colon < 0) return null;
    const read = this.contentOf(v, last, entry.content, ts, colon, speaker);
    // The parser may hang the quotation on the complement: what is said before the colon stays.
    const content =
      read && read.start < this.doc.tokens[colon].start
        ? this.trimSpan(this.tokenAt(read.start), Math.min(colon - 1, this.tokenAt(read.end - 1)))
        : null;
    if (!content) return null;
    this.add(
      { kind: 'indirect', content, cue: t.span(v, last), cueToken: v, chain, unbalanced: false },
      v,
    );
    return colon;
  }

  /**
   * A verb of saying and its speaker set between commas inside the sentence they report
   * ("X, Mr. Clarke said, Y", "X, said the mayor on Tuesday, Y"), read off the surface:
   * the speaker's phrase (names, nouns, a pronoun), the verb, a few adjunct words.
   */
  private midIncise(
    v: number,
    last: number,
    ts: number,
    te: number,
  ): { speaker: number; from: number; parts: Span[] } | null {
    const t = this.tree;
    const isComma = (j: number) => /^[,—–]$/.test(this.doc.tokens[j].text);
    // A finite verb of saying ("confirmé par la Douma," is a participle's aside, not an incise),
    // active ("l'épidémiologiste X a été rappelé" is done to X).
    if (!t.verbGroupHas(v, 'VerbForm=Fin') || this.passiveMarked(v)) return null;
    let i = v - 1;
    while (i >= ts && /^(AUX|ADV)$/.test(t.upos(i)) && this.inQuote[i] < 0) i--;
    const npEnd = i;
    while (i >= ts && (this.nominal(i) || this.nameSign(i)) && npEnd - i < 10) i--;
    if (i <= ts || !isComma(i)) return null;
    const before = i;
    let speaker = -1;
    for (let k = npEnd; k > before && speaker < 0; k--)
      if (/^(PROPN|NOUN|PRON)$/.test(t.upos(k))) speaker = k;
    let j = last + 1;
    let words = 0;
    // Without a speaker before the verb, it follows it at once: ", said the mayor,".
    if (speaker < 0) {
      while (j < te && /^(DET|ADJ)$/.test(t.upos(j))) j++;
      if (j >= te || !/^(PROPN|NOUN|PRON)$/.test(t.upos(j)) || this.inQuote[j] >= 0) return null;
      speaker = j;
    }
    while (j < te && !isComma(j) && this.inQuote[j] < 0 && words <= 6) {
      if (/^(VERB|AUX|SCONJ)$/.test(t.upos(j)) || this.lex.complementizers.has(t.forms[j]))
        return null;
      // An object of the verb other than its speaker: "a montré des signes de faiblesse, …".
      if (j !== speaker && t.head(j) === v && /^(obj|iobj|ccomp|xcomp)/.test(t.rel(j))) return null;
      if (!t.isPunct(j)) words++;
      j++;
    }
    if (speaker < 0 || j + 1 >= te || !isComma(j) || words > 6) return null;
    // ", qui n'a pas souhaité …" after the speaker is its relative clause, not the sentence going on.
    if (this.lex.complementizers.has(t.forms[j + 1]) || this.relativeAfter(j)) return null;
    // A clitic object is no speaker ("l'a rappelé"); a colon after the incise opens what is said.
    if (t.upos(speaker) === 'PRON' && !t.rel(speaker).startsWith('nsubj')) return null;
    for (let k = j + 1; k < te; k++) if (t.forms[k] === ':' && this.inQuote[k] < 0) return null;
    // What stands before the incise must not be a quotation it closes: that is a direct quote.
    if (this.inQuote[before - 1] >= 0 || this.closingToken(before - 1)) return null;
    // "…, which, Tompkins said, is …": the relative pronoun alone stands for the reported subject.
    const rel = t.hasFeat(before - 1, 'PronType=Rel');
    const lead = this.trimSpan(rel ? before - 1 : ts, before - 1);
    // "…, the agency said, and those in the bottom fifth paid …": the conjunction is the narrator's.
    let from = j + 1;
    while (from < te - 1 && t.upos(from) === 'CCONJ') from++;
    // "…, the ministry said on Sunday, citing …": the speaker's participle, not the sentence going on.
    if (
      t.upos(from) === 'VERB' &&
      t.head(from) === v &&
      (t.hasFeat(from, 'VerbForm=Ger') || t.hasFeat(from, 'Tense=Pres')) &&
      !t.verbGroupHas(from, 'VerbForm=Fin')
    )
      return null;
    const trail = this.trimSpan(from, te - 1);
    if (!lead || !trail) return null;
    // "…, officials said, as rescuers searched …": what follows is the narrator's background;
    // "…, said Jonas Birk, an economist at …": a verbless phrase after an inverted speaker is
    // its apposition.
    let verbAfter = speaker < v;
    for (let k = from; k < te; k++) verbAfter ||= /^(VERB|AUX)$/.test(t.upos(k));
    // "…, affirme Santiago, mais Jakarta dément toute rencontre": after a conjunction, a verb
    // of saying whose subject opens the rest and that heads it opens another attribution, not
    // the second part of this one (not one inside it: "…, Mr. Clarke said, the debate is infected with what he
    // called …", "…, the senator said, was that Trump had attacked …").
    let otherReport = false;
    for (let k = from; k < te && from > j + 1 && !otherReport; k++)
      otherReport =
        this.inQuote[k] < 0 &&
        (t.head(k) < from || t.head(k) >= te) &&
        this.cueAt(k, te) !== null &&
        (t.childrenWith(k, (r, s) => r.startsWith('nsubj') && t.subtree(s)[0] === from).length >
          0 ||
          this.phraseAfterConjunction(k, j) !== null);
    if (
      !verbAfter ||
      otherReport ||
      this.lex.narratorAdjuncts.some((seq) => t.matches(from, seq, te))
    )
      return { speaker, from: before, parts: [lead] };
    return { speaker, from: before, parts: [lead, trail] };
  }

  /**
   * A participle going on with an attribution of its sentence whose subject the parser lost
   * ("“…,” Peabody said, adding that …"): that attribution's speaker.
   */
  private sentenceSpeaker(ts: number, v: number): Link[] {
    const at = this.doc.tokens[ts].start;
    for (let k = this.attributions.length - 1; k >= 0; k--) {
      const a = this.attributions[k];
      if (a.cueToken === null || a.cueToken < ts || a.cueToken >= v || a.content.end < at) continue;
      if (a.chain.length > 0) return a.chain.map((l) => ({ ...l }));
    }
    return [];
  }

  /** The quotation the previous sentence ends with (only punctuation after its closing mark). */
  private quotationClosing(ts: number): number | null {
    if (ts === 0) return null;
    const sentence = this.doc.sentences[this.doc.tokens[ts - 1].sentence];
    for (let qi = this.quoted.length - 1; qi >= 0; qi--) {
      const q = this.quoted[qi];
      if (q.close === null || q.close < sentence.start) continue;
      if (q.close >= this.doc.tokens[ts].start) continue;
      for (let i = this.tokenAt(q.close) + 1; i < ts; i++) if (!this.tree.isPunct(i)) return null;
      // Only a question or an exclamation cut there: "“…?” Graham asked."; a full stop ends it.
      return /[?!…]\s*$/.test(this.doc.text.slice(q.start, q.end)) ? qi : null;
    }
    return null;
  }

  /**
   * "a détaillé le chantier : « … », souligne-t-il": a content stops at a colon opening a
   * quotation, which is another relation.
   */
  private beforeQuotingColon(content: Span): Span | null {
    const a = this.tokenAt(content.start);
    for (let j = a + 1; j + 1 < this.doc.tokens.length; j++) {
      if (this.doc.tokens[j].end > content.end) break;
      const opens = this.quoted.some((q) => q.open === this.doc.tokens[j + 1].start);
      if (this.tree.forms[j] === ':' && this.inQuote[j] < 0 && opens)
        return this.trimSpan(a, j - 1);
    }
    return content;
  }

  /** "… : « … », souligne-t-il": the quotation's own incise verb reports it, not a verb before it. */
  private hasOwnIncise(qi: number, te: number): boolean {
    const close = this.quoted[qi].close;
    if (close === null) return false;
    let j = this.tokenAt(close) + 1;
    if (j >= te || this.doc.tokens[j].text !== ',') return false;
    j++;
    while (j < te && this.tree.upos(j) === 'AUX') j++;
    return j < te && this.cueAt(j, te) !== null && this.tree.verbGroupHas(j, 'VerbForm=Fin');
  }

  /**
   * "Pour « garantir leur vie » les rebelles exigent le retrait …": a quotation that no comma
   * parts from the speaker before the verb, when the verb has its own object or clause after
   * it, is not what the verb reports.
   */
  private ownComplementAfter(qi: number, v: number, last: number, speaker: number | null): boolean {
    const t = this.tree;
    const own = t.children[v].some((c) => c > last && /^(obj|ccomp)/.test(t.rel(c)));
    // "…« un homme libre », rejetant le terme de …": a participle with its own object is no incise.
    if (own && !t.verbGroupHas(v, 'VerbForm=Fin')) return true;
    // "Asked whether …, “…,” 64 percent of voters said yes": they answered; the question is not theirs.
    const answered = t.children[v].some(
      (c) =>
        c > last && /^(obj|ccomp)/.test(t.rel(c)) && this.lex.answerWords.has(normForm(t.forms[c])),
    );
    if (answered) return true;
    if (speaker === null || speaker > v) return false;
    const close = this.quoted[qi].close;
    // '"…," Kowalski said': a comma inside or after the closing mark makes an incise.
    if (close === null || /[,.!?…]\s*$/.test(this.doc.text.slice(this.quoted[qi].start, close)))
      return false;
    if (this.doc.text.slice(close + 1, this.doc.tokens[v].start).includes(',')) return false;
    return own;
  }

  /** Words after a verb that are not its speaker's: "…, a source said on Tuesday" has two. */
  private wordsAfter(last: number, te: number, speaker: number | null, v = -1): number {
    const t = this.tree;
    let after = 0;
    for (let j = last + 1; j < te; j++) {
      // "…, the ministry said on Sunday, citing …": the verb's own participle goes on apart.
      const participle =
        j + 1 < te &&
        t.head(j + 1) === v &&
        t.upos(j + 1) === 'VERB' &&
        (t.hasFeat(j + 1, 'VerbForm=Ger') || t.hasFeat(j + 1, 'Tense=Pres'));
      if (t.forms[j] === ',' && participle) break;
      if (!t.isPunct(j) && !(speaker !== null && t.dominates(speaker, j))) after++;
    }
    return after;
  }

  /**
   * "Ortiz said as he cut the ribbon": only adjuncts follow the verb (prepositional phrases,
   * adverbs, adverbial clauses), no complement of its own, so the quotation before is its content.
   */
  private adjunctsOnlyAfter(v: number, last: number, te: number): boolean {
    const t = this.tree;
    const after = t.children[v].filter((c) => c > last && c < te);
    return (
      after.length > 0 &&
      after.every((c) => this.inQuote[c] < 0 && /^(obl|advcl|advmod|punct)/.test(t.rel(c)))
    );
  }

  /** The complement is the quotation give or take determiners, complementizers and punctuation. */
  private coversQuote(content: Span, qi: number): boolean {
    const q = this.quoted[qi];
    if (q.start < content.start - 1 || q.end > content.end + 1) return false;
    const outside =
      this.doc.text.slice(content.start, q.start) + this.doc.text.slice(q.end, content.end);
    const words = outside.split(/[\s«»“”"‹›.,;:!?]+/).filter((w) => w.length > 0);
    return words.every(
      (w) =>
        this.lex.indefinites.has(w.toLowerCase()) ||
        this.lex.complementizers.has(w.toLowerCase()) ||
        /^(le|la|les|l'|the|des|du|une?|an?)$/i.test(w),
    );
  }

  private quoteEndsBefore(qi: number, v: number, ts: number, speaker: number | null): boolean {
    const q = this.quoted[qi];
    const t = this.tree;
    if (q.close === null && !q.unbalanced) return false;
    if (q.end > this.doc.tokens[v].start) return false;
    // '"…," lawyer Giorgi Tsereteli told': the nouns right before a named speaker are its role,
    // whatever the parser made of them (often a compound holding the quotation).
    let role = speaker ?? -1;
    if (speaker !== null && t.upos(speaker) === 'PROPN') {
      role = Math.min(speaker, ...t.subtree(speaker));
      while (
        role - 1 >= ts &&
        this.inQuote[role - 1] < 0 &&
        /^(NOUN|PROPN|ADJ)$/.test(t.upos(role - 1))
      )
        role--;
    }
    let i = v - 1;
    let gap = 0;
    while (i >= ts && this.doc.tokens[i].start >= q.end) {
      // The speaker's own phrase may be long ("Scott Pruitt, the attorney general of Oklahoma, …").
      // "“…,” Petra Lind notes": the parser may hang the name's words on the verb side by side.
      const own =
        speaker !== null &&
        this.inQuote[i] < 0 &&
        (t.dominates(speaker, i) ||
          (i >= role && i < speaker) ||
          (i > speaker && t.head(i) === t.head(speaker) && /^(compound|flat)/.test(t.rel(i))));
      // "“…,” Ramos, 58, said": an age between commas, wherever the parser hung it.
      const age =
        t.upos(i) === 'NUM' &&
        this.doc.tokens[i - 1]?.text === ',' &&
        this.doc.tokens[i + 1]?.text === ',';
      const ok = t.isPunct(i) || /^(AUX|PRON|PART)$/.test(t.upos(i)) || own || age;
      if (!ok) return false;
      if (!t.isPunct(i) && !own) gap++;
      if (gap > MAX_INCISE_GAP) return false;
      i--;
    }
    return i >= ts - 1 && (i < ts || this.doc.tokens[i].end <= q.end + 1);
  }

  private quoteStartsAfter(
    qi: number,
    last: number,
    te: number,
    speaker: number | null,
    chained: boolean,
  ): boolean {
    const q = this.quoted[qi];
    const t = this.tree;
    if (q.open === null || this.doc.tokens[last].end > q.open) return false;
    let colon = false;
    let gap = 0;
    let verb = false;
    /** Words between that are not the verb's own addressee or adjunct ("says voter fraud “…”"). */
    let foreign = false;
    for (let i = last + 1; i < te && this.doc.tokens[i].end <= q.open; i++) {
      if (t.forms[i] === ':') colon = true;
      else if (t.isPunct(i)) continue;
      else if (speaker !== null && t.dominates(speaker, i)) {
        // "…, répond X, Y soulignant que « … »": another verb opens another attribution.
        if (/^(VERB|AUX)$/.test(t.upos(i))) verb = true;
        continue;
      } else if (t.dominates(last, i) || t.head(i) === last || t.rel(i).startsWith('aux')) {
        gap++;
        if (/^(VERB|AUX)$/.test(t.upos(i))) verb = true;
        let top = i;
        while (t.head(top) !== last && t.head(top) >= 0 && t.head(top) < q.open) top = t.head(top);
        if (t.head(top) !== last || !/^(obj|iobj|obl|advmod|aux)/.test(t.rel(top))) foreign = true;
      } else return false;
    }
    if (gap > (colon ? 3 * MAX_INCISE_GAP : MAX_INCISE_GAP)) return false;
    // Without a colon the quotation must follow the verb (and its addressee) directly: said "…", told reporters "…".
    return colon || (!verb && !foreign && gap <= 2) || (chained && !verb);
  }

  // ---------------------------------------------------------------- subjects and contents

  /**
   * The speaker token of a reporting verb: its subject, passive agent, controller, or the
   * inverted NP of an incise; a time expression ("said Friday") never is one.
   */
  private subjectOf(v: number, ts: number, te: number, last = v, depth = 0): number | null {
    const found = this.subjectCandidate(v, ts, te, last, depth);
    return found !== null && this.isTime(found) && !this.isQuantity(found) ? null : found;
  }

  private isQuantity(j: number): boolean {
    return (
      this.lex.quantities.has(this.tree.forms[j]) || this.lex.quantities.has(this.tree.lemma(j))
    );
  }

  /**
   * "Nearly half said …", "Both think …": a poll's share right before a verb without a subject,
   * which the parser made the verb's adverb. The words between the clause opening (the sentence
   * start or a comma) and the verb hold a word of quantity and no verb; that word heads them.
   */
  private quantityBefore(v: number, ts: number): number | null {
    const t = this.tree;
    if (t.childrenWith(v, (rel) => /^(nsubj|csubj|expl)/.test(rel)).length > 0) return null;
    let i = v - 1;
    let head: number | null = null;
    for (; i >= ts && this.inQuote[i] < 0; i--) {
      // The tagger may take the share itself for an auxiliary ("half said").
      if (t.upos(i) === 'VERB' || (t.upos(i) === 'AUX' && !this.isQuantity(i) && head !== null))
        return null;
      if (t.isPunct(i) && t.forms[i] !== '-') break;
      if (head === null && this.isQuantity(i)) head = i;
    }
    if (i >= ts && t.forms[i] !== ',') return null;
    return head;
  }

  /** The first noun of a time expression's phrase that is no time: "three days after [the Council]". */
  private timelessNoun(j: number): number | null {
    const t = this.tree;
    let k =
      t
        .subtree(j, (c) => this.inQuote[c] >= 0 || /^(VERB|AUX)$/.test(t.upos(c)))
        .find((c) => /^(NOUN|PROPN)$/.test(t.upos(c)) && !this.isTime(c)) ?? null;
    // "the Security Council": the head of the name, not its first word (nor the time it hangs on).
    while (
      k !== null &&
      /^(compound|flat)/.test(t.rel(k)) &&
      t.head(k) >= 0 &&
      !this.isTime(t.head(k))
    )
      k = t.head(k);
    return k;
  }

  /**
   * "Mais à Moscou, l'ambassadeur … a affirmé": a subject behind a preposition is a place the
   * parser took for one; the phrase in apposition to it is the subject.
   */
  private unlocated(j: number): number {
    const t = this.tree;
    if (!t.children[j].some((c) => t.rel(c) === 'case' && c < j)) return j;
    const appos = t.childrenWith(j, (r, c) => r === 'appos' && c > j && this.inQuote[c] < 0);
    return appos.length > 0 ? appos[0] : j;
  }

  /** Whether the token lies inside a time expression of the `time` layer. */
  private isTime(j: number): boolean {
    const tok = this.doc.tokens[j];
    return (this.doc.timexes ?? []).some((x) => x.start <= tok.start && tok.end <= x.end);
  }

  /**
   * A passive with its auxiliary ("a été rappelé", "was recalled"), not one the tag alone makes
   * nor a perfect's auxiliary the parser labelled passive ("have expressed").
   */
  private passiveMarked(v: number): boolean {
    const t = this.tree;
    return t.children[v].some(
      (c) => t.rel(c) === 'aux:pass' && !this.lex.activeAuxiliaries.has(t.lemma(c)),
    );
  }

  /** The agent of a passive verb: "reported by the Post", "rappelé par le gouvernement". */
  private passiveAgent(v: number): number | null {
    const t = this.tree;
    const agent = t.childrenWith(
      v,
      (rel, j) =>
        rel === 'obl:agent' ||
        (rel.startsWith('obl') &&
          t.childrenWith(j, (r, k) => r === 'case' && this.lex.passiveMarkers.has(t.forms[k]))
            .length > 0),
    );
    return agent.length > 0 ? agent[0] : null;
  }

  /** The speaker token the tree and the surface give, before time expressions are ruled out. */
  private subjectCandidate(v: number, ts: number, te: number, last = v, depth = 0): number | null {
    const t = this.tree;
    if (depth > 4) return null;
    const passive = t.isPassive(v);
    const agent = passive ? this.passiveAgent(v) : null;
    if (agent !== null) return agent;
    const rel = t.rel(v);
    const h = t.head(v);
    // Inverted subject in an incise, often parsed as an object: «…», précise Maria Zakharova.
    // Not when a content clause follows it: then the noun is that clause's misattached subject.
    const clauseAfter = (j: number) =>
      t.children[v].some(
        (c) =>
          c > j &&
          (/^(ccomp|xcomp|csubj)/.test(t.rel(c)) ||
            (CLAUSE_RELS.test(t.rel(c)) &&
              t.children[c].some(
                (k) => t.rel(k) === 'mark' && this.lex.complementizers.has(t.forms[k]),
              ))),
      );
    const inverted = t.childrenWith(
      v,
      (r, j) =>
        /^(obj|nsubj|expl)/.test(r) &&
        j > last &&
        /^(PROPN|NOUN|PRON)$/.test(t.upos(j)) &&
        this.inQuote[j] < 0 &&
        !this.isTime(j) &&
        !clauseAfter(j) &&
        !(r.startsWith('obj') && this.misreadClauseSubject(j)),
    );
    // "<clause>, a affirmé l'ambassade d'Espagne.": an inverted subject closing the sentence, even on a conjunct.
    const finite = t.verbGroupHas(v, 'VerbForm=Fin');
    if (
      inverted.length > 0 &&
      finite &&
      this.isIncise(v, ts) &&
      this.closesSentence(inverted[0], te) &&
      // "“…,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday": the phrase before wins.
      this.phraseAfterQuotation(v, ts) === null &&
      // "Debra Steger, a former negotiator, sees a rising tendency": the opening phrase and its
      // apposition are the subject, the noun after the verb its object.
      !(t.rel(inverted[0]).startsWith('obj') && this.phraseOpening(v, ts) !== null)
    )
      return inverted[0];
    const closing = this.closingIncise(v, ts, last);
    if (closing !== null) return closing.phrase;
    const found = t
      .childrenWith(
        v,
        (rel, j) =>
          rel.startsWith('nsubj') && !(passive && rel === 'nsubj:pass') && this.inQuote[j] < 0,
      )
      // "Earlier this month, lawyers for both … filed": the parser's time head holds the speaker.
      .map((j) =>
        this.isTime(j) && !this.isQuantity(j) ? this.timelessNoun(j) : this.unlocated(j),
      )
      .filter((j): j is number => j !== null);
    // "Corse : les élus réclament …": a headline's topic before the colon yields to the subject after it.
    const colonBefore = (j: number) => {
      for (let k = j + 1; k < v; k++) if (t.forms[k] === ':' && this.inQuote[k] < 0) return true;
      return false;
    };
    const subjects = found.some((j) => !colonBefore(j))
      ? found.filter((j) => !colonBefore(j))
      : found;
    // "« … » a-t-il déclaré": the inverted clitic is the subject whatever noun the parser adds.
    const clitic = subjects.find((j) => t.upos(j) === 'PRON' && /^-/.test(t.forms[j]));
    if (clitic !== undefined) return clitic;
    if (subjects.length > 0) {
      // "Elle aurait exhorté M. X à …": a second subject the parser hung after the verb is its
      // object; inverted subjects were taken above.
      const before = subjects.filter((j) => j < v);
      // "Antony Blinken lui-même": prefer the name to the emphatic pronoun.
      const ranked = (before.length > 0 ? before : subjects)
        .slice()
        .sort(
          (x, y) =>
            Number(t.upos(y) === 'PROPN') - Number(t.upos(x) === 'PROPN') ||
            Math.abs(x - v) - Math.abs(y - v),
        );
      const named = ranked.find((j) => /^(PROPN|NOUN)$/.test(t.upos(j)));
      return named ?? ranked[0];
    }
    const afterConjunction = this.phraseAfterConjunction(v, ts);
    if (afterConjunction !== null) return afterConjunction;
    // "The agency, citing …, reported": the parser gave the subject to the participle before the verb.
    const carried = t
      .childrenWith(v, (r, c) => /^(advcl|acl)/.test(r) && c < v && !t.hasFeat(c, 'VerbForm=Fin'))
      .flatMap((c) =>
        t.childrenWith(c, (r, j) => r.startsWith('nsubj') && j < c && this.inQuote[j] < 0),
      );
    if (carried.length > 0) return carried[0];
    // "Jon Pell, clad in oilskins, said …": the parser made the apposed participle a clause
    // before the verb and gave it the subject (a noun, a comma, then that clause).
    const apposed = t
      .childrenWith(v, (r, c) => /^(ccomp|parataxis|advcl)/.test(r) && c < v && this.inQuote[c] < 0)
      .flatMap((c) =>
        t.childrenWith(c, (r, j) => {
          if (!r.startsWith('nsubj') || j > c || this.inQuote[j] >= 0) return false;
          if (!/^(NOUN|PROPN)$/.test(t.upos(j))) return false;
          const [, end] = t.contiguous(t.subtree(j), j);
          return t.forms[end + 1] === ',' && end + 2 === c;
        }),
      );
    if (apposed.length > 0) return apposed[0];
    // "The official, who spoke …, said": a determined adjective before the verb, without subject
    // or copula, is a noun the tagger misread ("official"), and the verb's subject.
    const misread = t.childrenWith(
      v,
      (r, c) =>
        /^(ccomp|parataxis|dep|advcl)/.test(r) &&
        c < v &&
        t.upos(c) === 'ADJ' &&
        this.inQuote[c] < 0 &&
        t.children[c].some((k) => t.rel(k) === 'det' && k < c) &&
        !t.children[c].some((k) => /^(nsubj|cop|mark|case)/.test(t.rel(k))),
    );
    if (misread.length > 0) return misread[0];
    // "A report published Monday said …": a finite verb can be no verb's complement; the
    // participle before it the tagger read as the main verb carries the subject.
    // Also as a clause whose subject is the participle's time ("An audit published Tuesday showed").
    const timed = rel.startsWith('ccomp') && found.length === 0;
    if (
      h >= 0 &&
      h < v &&
      (rel.startsWith('xcomp') || timed) &&
      t.verbGroupHas(v, 'VerbForm=Fin')
    ) {
      const own = t.childrenWith(
        h,
        (r, j) => r.startsWith('nsubj') && j < h && this.inQuote[j] < 0,
      );
      let plain = own.length > 0;
      for (let k = h + 1; plain && k < v; k++)
        plain =
          !t.isPunct(k) &&
          !/^(VERB|AUX)$/.test(t.upos(k)) &&
          (!timed || this.isTime(k) || this.isTime(t.head(k)));
      if (plain) return own[0];
    }
    // "reported that the port would close, citing …": the relay speaks for the reporter.
    const reporter = this.lex.relayVerbs.has(t.lemma(v)) ? this.relayReporter(v, te) : null;
    if (reporter !== null) return this.subjectOf(reporter, ts, te, reporter, depth + 1);
    // "“…, and our council is studying them,” the group's spokeswoman, X, said": the noun
    // phrase between the closing mark and the verb is its speaker, whatever clause of the
    // quotation the parser made the verb a conjunct or parataxis of.
    if (h >= 0 && /^(conj|parataxis)/.test(rel) && this.inQuote[h] >= 0) {
      const framed = this.phraseAfterQuotation(v, ts);
      if (framed !== null) return framed;
    }
    // A conjunct shares its head's subject, unless it is an incise with its own inverted one.
    const shared = h >= 0 && rel === 'conj' ? this.subjectOf(h, ts, te, h, depth + 1) : null;
    // "Barkley, who votes early, said …": the verb after the relative clause, which the parser
    // made its conjunct, is the noun's own.
    if (shared !== null && t.rel(h).startsWith('acl') && this.doc.tokens[v - 1].text === ',')
      return this.relativeClosedBefore(shared, v) ?? shared;
    if (shared !== null) return shared;
    if (inverted.length > 0 && t.verbGroupHas(v, 'VerbForm=Fin') && this.isIncise(v, ts))
      return inverted[0];
    // A verb the tagger read as a noun ("analyse") still looks for its speaker after it.
    if (h >= 0 && rel === 'conj' && t.upos(v) === 'VERB') return null;
    // "A senior official, speaking …, said": the verb hangs off the participle that carries the subject.
    if (
      h >= 0 &&
      rel.startsWith('parataxis') &&
      h < v &&
      !t.verbGroupHas(h, 'VerbForm=Fin') &&
      t.childrenWith(h, (r, j) => r.startsWith('nsubj') && j < h && this.inQuote[j] < 0).length > 0
    )
      return this.subjectOf(h, ts, te, h, depth + 1);
    // "revised his plan, promising to …": a participle read as an adjective after a comma goes
    // on with the verb before it (or the verb of the noun it was hung on), not with the object.
    if (h >= 0 && h < v && t.upos(v) === 'ADJ' && t.forms[v - 1] === ',') {
      const verb = rel === 'amod' ? t.head(h) : h;
      if (verb >= 0 && t.upos(verb) === 'VERB')
        return this.subjectOf(verb, ts, te, verb, depth + 1);
    }
    if (h >= 0 && rel.startsWith('acl') && /^(NOUN|PROPN|PRON)$/.test(t.upos(h))) {
      // "unleashed tweets early Friday saying …", "filed papers opposing …": a time or a medium
      // the participle hangs on says what the main verb's subject says.
      const governor = t.head(h);
      const medium = this.isTime(h) || this.lex.mediumNouns.has(t.lemma(h));
      // "sees a rising tendency to blame …": an infinitive on a noun is not that noun's doing.
      const infinitive = t.hasFeat(v, 'VerbForm=Inf');
      if ((medium || infinitive) && governor >= 0 && /^(VERB|AUX)$/.test(t.upos(governor)))
        return this.subjectOf(governor, ts, te, governor, depth + 1);
      // "…, répond X, Y soulignant que …": the conjunct right before the participle is its subject.
      let before = v - 1;
      while (before > h && t.head(before) > h && /^(flat|compound|amod|fixed)/.test(t.rel(before)))
        before = t.head(before);
      if (before > h && t.rel(before) === 'conj' && t.head(before) === h) return before;
      return h;
    }
    // Object control: "prompted NATO to order …", "urged Trump to make …"; never through a past
    // participle, whose object undergoes it ("had the plan backed", "took part backed" misparsed).
    const pastParticiple = t.hasFeat(v, 'VerbForm=Part') && t.hasFeat(v, 'Tense=Past');
    if (h >= 0 && rel.startsWith('xcomp') && !pastParticiple) {
      const controller = t.childrenWith(
        h,
        (r, j) => r === 'obj' && j < v && /^(NOUN|PROPN|PRON)$/.test(t.upos(j)),
      );
      if (controller.length > 0) return controller[0];
    }
    // "The accord includes a pledge to cut fees, calling on firms to …": a participle after a
    // comma the parser hung on a noun goes on with the verb that noun depends on.
    if (
      h >= 0 &&
      h < v &&
      rel.startsWith('advcl') &&
      /^(NOUN|PROPN)$/.test(t.upos(h)) &&
      this.doc.tokens[v - 1].text === ',' &&
      (t.hasFeat(v, 'VerbForm=Ger') || t.hasFeat(v, 'Tense=Pres'))
    ) {
      let governor = t.head(h);
      while (governor >= 0 && !/^(VERB|AUX)$/.test(t.upos(governor))) governor = t.head(governor);
      if (governor >= 0 && governor < v)
        return this.subjectOf(governor, ts, te, governor, depth + 1);
    }
    if (h >= 0 && /^(advcl|xcomp)/.test(rel) && !t.hasFeat(v, 'VerbForm=Fin'))
      return this.subjectOf(h, ts, te, h, depth + 1);
    // "…, the mayor said, referring to the vote": a present participle after the verb it goes on
    // with, whatever relation the parser gave it, shares that verb's subject.
    const presentParticiple =
      t.hasFeat(v, 'VerbForm=Ger') || (t.hasFeat(v, 'VerbForm=Part') && t.hasFeat(v, 'Tense=Pres'));
    if (h >= 0 && h < v && presentParticiple && /^(VERB|AUX)$/.test(t.upos(h)))
      return this.subjectOf(h, ts, te, h, depth + 1);
    // "Le député … a pour sa part estimé": the auxiliary the parser made the verb holds the subject.
    if (
      h >= 0 &&
      h < v &&
      this.lex.activeAuxiliaries.has(t.lemma(h)) &&
      t.hasFeat(v, 'VerbForm=Part')
    )
      return this.subjectOf(h, ts, te, h, depth + 1);
    const quantity = this.quantityBefore(v, ts);
    if (quantity !== null) return quantity;
    const before = this.phraseAfterQuotation(v, ts) ?? this.phraseOpening(v, ts);
    if (before !== null) return before;
    if (this.isIncise(v, ts)) {
      // Right after a quotation the verb's content is that quotation: a clause after the noun
      // is the parser's reading of an apposition ("said Rep. Cummings, the panel's ranking Democrat").
      const quoted = this.afterQuotation(v, ts);
      for (let j = last + 1; j < te && j <= last + 4; j++) {
        if (/^(PROPN|NOUN)$/.test(t.upos(j)) && this.inQuote[j] < 0 && !this.isTime(j))
          return clauseAfter(j) && !quoted ? null : this.phraseHead(j, v);
        // "…, said he is proud": the subject of the clause the verb reports is no speaker.
        if (
          t.upos(j) === 'PRON' &&
          t.rel(j).startsWith('nsubj') &&
          t.head(j) > j &&
          t.head(j) !== v
        )
          break;
        if (t.upos(j) === 'PRON' && !t.isPunct(j) && t.forms[j] !== 'se') return j;
        if (!/^(DET|ADJ|NUM|PART)$/.test(t.upos(j))) break;
      }
      const behind = this.nounAfterAdjuncts(last, te);
      if (behind !== null && !clauseAfter(behind)) return behind;
    }
    return null;
  }

  /**
   * "…, a déclaré de son côté le ministre": the noun phrase after the verb's adverbs and
   * prepositional adjuncts, which the parser may have made the adjunct's complement.
   */
  private nounAfterAdjuncts(last: number, te: number): number | null {
    const t = this.tree;
    let j = last + 1;
    for (let steps = 0; j < te && steps < 12; steps++) {
      if (this.inQuote[j] >= 0 || t.isPunct(j)) return null;
      if (t.upos(j) === 'ADV' || this.isTime(j)) j++;
      else if (t.upos(j) === 'ADP') {
        while (j < te && !/^(NOUN|PROPN|PRON)$/.test(t.upos(j)) && !t.isPunct(j)) j++;
        j++;
      } else break;
    }
    while (j < te && /^(DET|ADJ|NUM)$/.test(t.upos(j))) j++;
    if (j >= te || !/^(NOUN|PROPN)$/.test(t.upos(j)) || this.inQuote[j] >= 0) return null;
    let h = j;
    while (t.head(h) > h && /^(flat|compound|fixed|amod)/.test(t.rel(h))) h = t.head(h);
    return h;
  }

  /** Text between two parts of one list: marks, commas, a conjunction, an article. */
  private listGap(from: number, to: number): boolean {
    const words = this.doc.text
      .slice(from, to)
      .split(/[\s«»“”"‹›‘’.,;]+/u)
      .filter((w) => w.length > 0);
    return words.length <= 2;
  }

  /** Whether a closing quotation mark (and a comma) stands right before the verb group. */
  private afterQuotation(v: number, ts: number): boolean {
    const t = this.tree;
    let i = v - 1;
    while (i >= ts && /^(AUX|PRON|PART)$/.test(t.upos(i)) && this.inQuote[i] < 0) i--;
    if (i >= ts && this.doc.tokens[i].text === ',') i--;
    return i >= ts && this.closingToken(i);
  }

  /** "“…,” the president said." with the noun phrase the parser hung inside the quotation. */
  private phraseAfterQuotation(v: number, ts: number): number | null {
    const t = this.tree;
    let i = v - 1;
    while (
      i >= ts &&
      this.inQuote[i] < 0 &&
      (/^(AUX|ADV)$/.test(t.upos(i)) || this.doc.tokens[i].text === ',')
    )
      i--;
    const end = i;
    // The phrase may hold appositions between commas and their complements: "Mitch
    // McConnell, R-Ky., said", "Eric Woolson, a strategist and former adviser to Scott Walker, said".
    const inPhrase = (j: number) =>
      this.nominal(j) ||
      this.doc.tokens[j].text === ',' ||
      (/^(ADP|CCONJ)$/.test(t.upos(j)) && this.inQuote[j] < 0);
    while (i >= ts && end - i < 20 && inPhrase(i)) i--;
    if (i === end || i < ts || !this.nominal(end)) return null;
    const closing = (j: number) => j >= ts && this.closingToken(j);
    if (!closing(i) && !(/^[,]$/.test(this.doc.tokens[i].text) && closing(i - 1))) return null;
    return this.rootOf(i + 1, end);
  }

  /**
   * A verb the parser gave no subject, right after a noun phrase that opens its clause
   * (at the sentence start or after a comma): "On the broadcast, Gov. Mike Pence (R-IN) said".
   */
  private phraseOpening(v: number, ts: number): number | null {
    const t = this.tree;
    // A reflexive clitic ("se sont déclarés") is no subject.
    if (t.childrenWith(v, (rel) => /^(nsubj|csubj|expl)/.test(rel) && rel !== 'expl:pv').length > 0)
      return null;
    let i = v - 1;
    while (
      i >= ts &&
      this.inQuote[i] < 0 &&
      (/^(AUX|ADV)$/.test(t.upos(i)) || (t.upos(i) === 'PRON' && t.head(i) === v))
    )
      i--;
    i = this.beforeParticipleAside(i, ts);
    const end = i;
    let depth = 0;
    for (; i >= ts && end - i < 12; i--) {
      const form = this.doc.tokens[i].text;
      if (form === ')') depth++;
      else if (form === '(') depth--;
      // "Paris et Bonn": a coordination of names is one phrase.
      else if (t.upos(i) === 'CCONJ' && i > ts && i < end && this.nominal(i - 1)) continue;
      else if (depth === 0 && !this.nominal(i)) break;
    }
    if (i === end || depth !== 0 || (i >= ts && this.doc.tokens[i].text !== ',')) return null;
    const head = this.rootOf(i + 1, end);
    return head !== null && !this.isTime(head) ? head : null;
  }

  /**
   * "X, confirmé par les députés, a annoncé": an aside between commas ending at `i` stands
   * between a phrase and its verb; the token before the aside's opening comma.
   */
  private beforeParticipleAside(i: number, ts: number): number {
    const t = this.tree;
    if (i <= ts || this.doc.tokens[i].text !== ',') return i;
    let k = i - 1;
    while (k > ts && this.doc.tokens[k].text !== ',' && this.inQuote[k] < 0) k--;
    if (k <= ts || this.doc.tokens[k].text !== ',') return i;
    const first = k + 1;
    // A participle's clause, a relative clause ("X, who is not authorized …, said"), or an
    // apposition without a verb ("X, director of speechwriting, wrote").
    let verbless = true;
    for (let j = first; j < i; j++) if (/^(VERB|AUX)$/.test(t.upos(j))) verbless = false;
    const aside =
      (t.upos(first) === 'VERB' && t.hasFeat(first, 'VerbForm=Part')) ||
      t.hasFeat(first, 'PronType=Rel') ||
      (verbless && this.nominal(first));
    return aside && k - 1 >= ts ? k - 1 : i;
  }

  /** A token that can belong to a noun phrase outside quotations: "the panel's ranking Democrat". */
  private nominal(j: number): boolean {
    const t = this.tree;
    return (
      this.inQuote[j] < 0 &&
      (/^(DET|ADJ|PROPN|NOUN|PRON|NUM)$/.test(t.upos(j)) ||
        (t.upos(j) === 'PART' && !this.lex.infinitiveMarkers.has(t.forms[j])) ||
        /^[.()'’-]$/.test(t.forms[j]))
    );
  }

  /** Nothing but the phrase's own appositions and clauses follows it: "…, souligne X, directrice …". */
  private closesSentence(np: number, te: number): boolean {
    for (let j = this.npRange(np)[1] + 1; j < te; j++) {
      // "…, a annoncé la préfecture, qui évoque …": its relative clause, however parsed.
      if (this.relativeAfter(j)) return true;
      if (!this.tree.isPunct(j) && !this.tree.dominates(np, j)) return false;
    }
    return true;
  }

  /** A comma opening a relative clause: ", qui …", ", who …". */
  private relativeAfter(j: number): boolean {
    return (
      j >= 0 &&
      j + 1 < this.doc.tokens.length &&
      this.doc.tokens[j].text === ',' &&
      j + 1 < this.doc.tokens.length &&
      this.inQuote[j + 1] < 0 &&
      this.tree.hasFeat(j + 1, 'PronType=Rel')
    );
  }

  /**
   * "Barkley, who backs the team, said …": a relative pronoun whose clause (a finite verb of
   * its own, then a comma before `v`) closes before `v` stands for the noun before it, which
   * is the subject of `v`; the relative keeps its own clause's verb.
   */
  private relativeClosedBefore(j: number, v: number): number | null {
    const t = this.tree;
    if (j >= v || !this.relativeAfter(j - 1) || j < 2 || !this.nominal(j - 2)) return null;
    if (this.doc.tokens[v - 1].text !== ',' && !/^(AUX|ADV)$/.test(t.upos(v - 1))) return null;
    let comma = v - 1;
    while (comma > j && this.doc.tokens[comma].text !== ',') comma--;
    let verb = false;
    for (let k = j + 1; k < comma && !verb; k++)
      verb = /^(VERB|AUX)$/.test(t.upos(k)) && t.verbGroupHas(k, 'VerbForm=Fin');
    return verb ? this.phraseHead(j - 2, -1) : null;
  }

  /** The topmost token of the noun phrase holding `j`, not climbing to `stop`. */
  private phraseHead(j: number, stop: number): number {
    const t = this.tree;
    let h = j;
    while (
      t.head(h) >= 0 &&
      t.head(h) !== stop &&
      /^(flat|compound|fixed|nmod|appos|amod|det)/.test(t.rel(h))
    )
      h = t.head(h);
    return h;
  }

  /**
   * "<clause>, the Kessar Herald reported on Sunday", "…, frontman Anthony Kiedis recently
   * revealed": a finite verb of saying with nothing to report after it (but a time), a noun
   * phrase alone between it and the comma before it (perhaps an adverb too), and a clause
   * before that comma is the sentence's closing incise; the parser may have hung it on a word
   * of that clause (as a relative clause of a noun there), given it a subject there, and hung
   * the phrase on any word of it. The phrase is the speaker, the clause what is said.
   */
  private closingIncise(
    v: number,
    ts: number,
    last: number,
  ): { comma: number; phrase: number } | null {
    const t = this.tree;
    // A passive's subject undergoes it ("…, the drafting process is seen as …").
    const passive = t.children[v].some((c) => /^(aux:pass|nsubj:pass)/.test(t.rel(c)));
    if (t.upos(v) !== 'VERB' || this.inQuote[v] >= 0 || passive) return null;
    // A relative clause the parser made of the incise reads as a participle ("recently revealed").
    if (!t.verbGroupHas(v, 'VerbForm=Fin') && t.rel(v) !== 'acl:relcl') return null;
    if (!this.lex.verbs.get(t.lemma(v))?.content.includes('clause')) return null;
    const reported = t.children[v].some(
      (c) =>
        c > last &&
        !this.isTime(c) &&
        (/^(ccomp|xcomp|csubj|obj)/.test(t.rel(c)) ||
          t.children[c].some((k) => this.lex.complementizers.has(t.forms[k]))),
    );
    if (reported) return null;
    // The incise closes the sentence: a time or adjuncts may follow it, not a complement
    // ("…, Biden responded to Mr. Trump's interjection that …").
    // What follows a comma or a dash after it is an aside on the clause ("… reported on
    // Tuesday -- a development that …").
    let te = last + 1;
    const sentenceEnd = this.doc.sentences[this.doc.tokens[v].sentence].tokenEnd;
    while (te < sentenceEnd && !/^([,;:—–]|--)$/.test(t.forms[te])) te++;
    // A time after the addressee is no complement ("told The Huffington Post on Thursday").
    let timeWords = 0;
    for (let j = last + 1; j < te; j++)
      if (!t.isPunct(j) && (this.isTime(j) || (t.upos(j) === 'ADP' && this.isTime(j + 1))))
        timeWords++;
    if (
      this.wordsAfter(last, te, null, v) - timeWords > 4 &&
      !(t.upos(last + 1) === 'ADP' && this.onlyPhraseAfter(last, te))
    )
      return null;
    let comma = v - 1;
    while (comma > ts && /^(AUX|ADV)$/.test(t.upos(comma))) comma--;
    // "Sen. Lindsey Graham (R-S.C.) told …": the speaker's parenthesis is part of its phrase.
    if (t.forms[comma] === ')') {
      let open = comma - 1;
      while (open > ts && t.forms[open] !== '(' && comma - open < 8) open--;
      if (t.forms[open] === '(') comma = open - 1;
    }
    const phraseEnd = comma;
    while (
      comma > ts &&
      (/^(DET|ADJ|NUM|NOUN|PROPN|AUX)$/.test(t.upos(comma)) || t.forms[comma] === "'s")
    )
      comma--;
    if (t.forms[comma] !== ',' || comma === phraseEnd || comma - ts < 3 || this.inQuote[comma] >= 0)
      return null;
    const roots: number[] = [];
    for (let k = comma + 1; k < v; k++) {
      if (/^(AUX|ADV|PUNCT)$/.test(t.upos(k)) || t.forms[k] === "'s") continue;
      // "Donald Trump's longtime confidant Roger Stone": a possessor hung elsewhere.
      const h = t.head(k);
      if ((h <= comma || h >= v) && t.children[k].some((c) => t.forms[c] === "'s")) continue;
      if (h <= comma || h >= v) roots.push(k);
    }
    if (roots.length !== 1 || !/^(NOUN|PROPN)$/.test(t.upos(roots[0]))) return null;
    // Its subject, if any, is that phrase or stands before the comma.
    const subjects = t.childrenWith(v, (r) => r.startsWith('nsubj'));
    if (!subjects.every((j) => j < comma || (j > comma && j < v)) || !(t.head(v) < v)) return null;
    // The clause needs a verb, whatever its tag ("plans to release" read as a noun's infinitive),
    // and must be a main clause ("As has been the case …, the union agreed to …" is not).
    let clause = false;
    for (let k = ts; k < comma; k++) clause ||= /^(VERB|AUX)$/.test(t.upos(k));
    // Nor a participle's phrase ("Speaking to students …, Biden responded …").
    if (t.upos(ts) === 'SCONJ' || t.rel(ts) === 'mark' || t.hasFeat(ts, 'VerbForm=Ger'))
      return null;
    return clause ? { comma, phrase: roots[0] } : null;
  }

  /** A verb placed after what it reports: after a comma, a quotation, or opening a "comme …" clause. */
  private isIncise(v: number, ts: number): boolean {
    const t = this.tree;
    let i = v - 1;
    while (
      i >= ts &&
      (/^(AUX|PRON|PART)$/.test(t.upos(i)) || /^-/.test(t.forms[i])) &&
      // "…, qui évoque …": a relative pronoun is the verb's subject, not an incise's clitic.
      !t.hasFeat(i, 'PronType=Rel')
    )
      i--;
    if (i < ts) return false;
    // "Le chef du gouvernement, José Maria Aznar, a confirmé": the comma closes the subject's
    // apposition, which the parser may hang on any word of the subject ("L'avocat de la
    // société, Me Jean Roux, a contesté"), its relative clause ("Okafor, who said …, said") or
    // its participle ("Cette enquête, basée sur 408 réponses, montre").
    const closesApposition = (c: number) =>
      t.subtree(c).some((a) => {
        if (!/^(appos|acl|acl:relcl)$/.test(t.rel(a)) || a < c) return false;
        // The parser may hang either comma on the apposition itself.
        const span = t.subtree(a);
        const opened = [span[0], span[0] - 1].some((k) => this.doc.tokens[k]?.text === ',');
        return opened && [i - 1, i].includes(span[span.length - 1]);
      });
    if (
      t.children[v].some(
        (c) => c < i && t.rel(c).startsWith('nsubj') && this.inQuote[c] < 0 && closesApposition(c),
      )
    )
      return false;
    return (
      /^[,»”"’—–:(]$/.test(this.doc.tokens[i].text) ||
      this.lex.conformityMarkers.has(t.forms[i]) ||
      this.closingMarkAt(i)
    );
  }

  /** A closing quotation mark, also either half of a doubled '' that closes a quotation. */
  private closingToken(i: number): boolean {
    const form = this.doc.tokens[i]?.text;
    return (
      form !== undefined && (CLOSING_MARK.test(form) || (form === "'" && this.closingMarkAt(i)))
    );
  }

  private closingMarkAt(i: number): boolean {
    const at = this.doc.tokens[i].start;
    return this.quoted.some((q) => q.close !== null && at >= q.close && at < q.close + 2);
  }

  private contentOf(
    v: number,
    last: number,
    slots: ContentSlot[],
    ts: number,
    te: number,
    speaker: number | null,
  ): Span | null {
    const t = this.tree;
    // The speaker's own words (its noun phrase, not clauses the parser hung on it) stay out of the content.
    const [sa, sb] = speaker !== null ? this.npRange(speaker) : [-1, -2];
    const exclude = (j: number) => (j >= sa && j <= sb) || j === v;
    // comme le relève X, <clause>: the conformity clause reports the sentence around it.
    const conformity = t.childrenWith(
      v,
      (rel, j) => rel === 'mark' && this.lex.conformityMarkers.has(t.forms[j]) && j < v,
    );
    // "… cheered as the mayor learned she had won", "as he congratulated the winner": with a
    // clause of its own, or an object after its subject, the verb is the clause of a time, not of
    // conformity (an object alone may be the inverted subject: "comme l'explique X").
    const subjectBefore =
      t.childrenWith(v, (rel, j) => rel.startsWith('nsubj') && j < v).length > 0;
    // "as he called for greater ethics": the complement a multiword cue's last word introduces.
    const ownComplement = t.childrenWith(
      v,
      (rel, j) =>
        j > last &&
        (/^(ccomp|xcomp)/.test(rel) ||
          (subjectBefore && rel.startsWith('obj')) ||
          (last > v && rel.startsWith('obl') && t.head(last) === j)) &&
        this.inQuote[j] < 0,
    );
    if (conformity.length > 0 && ownComplement.length === 0)
      return this.aroundIncise(conformity[0], v, ts, te, speaker);
    if (slots.includes('clause')) {
      // "…, the news site RTL Info reported": the closing incise reports the clause before it.
      const closing = this.closingIncise(v, ts, last);
      if (closing !== null) {
        this.closingCommas.push(closing.comma);
        return this.trimSpan(ts, closing.comma - 1);
      }
      const clause = t.childrenWith(v, (rel, j) => {
        if (j < last || (this.inQuote[j] >= 0 && !this.quotedClauseHead(j))) return false;
        // "…, the office said, citing weaker demand": the speaker's participle, not what is said.
        if (this.participleAfterComma(j)) return false;
        // "L'audience reprendra jeudi, a précisé son avocat": an incise reports this verb, not the reverse.
        if (rel.startsWith('parataxis') && this.isIncise(j, ts) && this.cueAt(j, te)) return false;
        if (/^(ccomp|csubj)/.test(rel)) return true;
        if (!CLAUSE_RELS.test(rel)) return false;
        const marks = t.childrenWith(j, (r) => r === 'mark');
        if (marks.some((k) => this.lex.complementizers.has(t.forms[k]))) return true;
        // "said the meeting was cancelled": an unmarked finite clause after the verb.
        return marks.length === 0 && !rel.startsWith('acl') && t.verbGroupHas(j, 'VerbForm=Fin');
      });
      // "Ortiz says Trump 'absolutely right' …": a second subject after the verb of a subject
      // before it heads the clause reported, whose predicate the parser hung on it.
      if (clause.length === 0 && speaker !== null && speaker < v) {
        const second = t.childrenWith(
          v,
          (rel, j) =>
            rel.startsWith('nsubj') &&
            j > last &&
            !exclude(j) &&
            t.subtree(j).some((k) => k > j && /^(ADJ|VERB)$/.test(t.upos(k)) && t.head(k) === j),
        );
        if (second.length > 0) clause.push(second[0]);
      }
      if (clause.length > 0) {
        const span = this.clauseSpan(clause[0], exclude);
        // "said the negotiations had stalled" parsed with "negotiations" as the verb's object.
        const stray = t.childrenWith(
          v,
          (r, j) =>
            /^(obj|nsubj)/.test(r) &&
            j > last &&
            j < clause[0] &&
            !exclude(j) &&
            // "said Friday that …", "tells reporters that …": a word before the complementizer,
            // however the parser hung it, is not the clause's subject.
            !t.children[clause[0]].some((k) => k > j && this.lex.complementizers.has(t.forms[k])) &&
            !this.complementizerBetween(j, clause[0]),
        );
        if (span && stray.length > 0) {
          const from = this.clauseSpan(stray[0], exclude);
          if (from) return { start: Math.min(from.start, span.start), end: span.end };
        }
        // "says going through a dark time has allowed him …": the gerund subject of the clause,
        // hung on the verb, right before the clause with nothing between.
        const gerundSubject = t.childrenWith(
          v,
          (r, j) =>
            /^(xcomp|advcl|csubj)/.test(r) &&
            j > last &&
            j < clause[0] &&
            t.hasFeat(j, 'VerbForm=Ger') &&
            t.childrenWith(j, (rr) => rr === 'mark').length === 0,
        );
        if (span && gerundSubject.length > 0) {
          const sub = t.subtree(gerundSubject[0]);
          const next = sub[sub.length - 1] + 1;
          if (next < te && t.subtree(clause[0])[0] === next && !t.isPunct(next - 1)) {
            const from = this.clauseSpan(gerundSubject[0], exclude);
            if (from) return { start: Math.min(from.start, span.start), end: span.end };
          }
        }
        if (!span) return null;
        // "tells reporters that however the vote goes, the plan will pass": the content starts
        // after the complementizer, whatever the parser hung between it and the clause.
        const from = this.tokenAt(span.start);
        for (let k = from - 1; k > last; k--)
          if (this.lex.complementizers.has(t.forms[k]) && this.inQuote[k] < 0) {
            const opened = this.trimSpan(k + 1, this.tokenAt(span.end - 1));
            return opened && this.clauseGoesOn(v, clause[0], opened, te, exclude);
          }
        return this.clauseGoesOn(v, clause[0], span, te, exclude);
      }
      const marked = this.clauseAfterAdjunct(last, te, exclude);
      if (marked) return marked;
      // "said the union expected production to rise" parsed as an object with a participle:
      // a verb taking no object reports the object and the verb right after it as a clause.
      if (!slots.includes('object')) {
        const subject = t.childrenWith(
          v,
          (rel, j) =>
            rel.startsWith('obj') && j > last && !exclude(j) && this.misreadClauseSubject(j),
        );
        if (subject.length > 0) return this.clauseSpan(subject[0], exclude);
        // "saying it protected Texans": the clause's subject read as the verb's object and its
        // tensed verb as a small clause beside it.
        const small = this.misreadSmallClause(v, last, exclude);
        if (small) return small;
      }
    }
    // "s'est dit prêt à coopérer", "se disent optimistes": a reflexive verb of saying and the
    // attribute it gives its subject.
    if (slots.includes('attribute') && t.children[v].some((c) => t.hasFeat(c, 'Reflex=Yes'))) {
      const attribute = t.childrenWith(
        v,
        (rel, j) => /^(xcomp|obj)/.test(rel) && j > last && t.upos(j) === 'ADJ',
      );
      if (attribute.length > 0) return this.attributeSpan(attribute[0], te);
    }
    if (slots.includes('infinitive')) {
      const xcomp = t.childrenWith(
        v,
        (rel, j) =>
          rel.startsWith('xcomp') &&
          j > last &&
          /^(VERB|AUX)$/.test(t.upos(j)) &&
          !this.nounsInfinitive(j),
      );
      if (xcomp.length > 0) return this.clauseSpan(xcomp[0], exclude);
      const inf = this.infinitiveAfter(v, last, te);
      if (inf !== null && !this.nounsInfinitive(inf)) return this.clauseSpan(inf, exclude);
    }
    // "The registration issue was first reported by the Post": a passive's subject is what its agent reports.
    if (t.isPassive(v) && speaker !== null && speaker > v) {
      const subject = t.childrenWith(
        v,
        (rel, j) => rel.startsWith('nsubj') && j < v && /^(NOUN|PROPN)$/.test(t.upos(j)),
      );
      if (subject.length > 0) return this.clauseSpan(subject[0], exclude);
    }
    // "Trump is expected to speak tonight", "the minister is said to have resigned": an agentless
    // passive raising its subject over an infinitive reports that whole clause, whoever expects
    // or says it (PolNeAR annotates these with no source).
    const raised = this.raisedClause(v, last, exclude);
    if (raised) return raised;
    // "<clause>, a annoncé le ministère des Affaires étrangères.": after an inverted speaker
    // the nouns are the speaker's phrase, not an object.
    if (slots.includes('clause') && (speaker === null || speaker > v) && this.isIncise(v, ts)) {
      const postposed = this.postposedContent(v, last, ts, te, speaker);
      if (postposed) return postposed;
    }
    // "pour confirmer la répartition des postes": an object with nobody to say it is no
    // attribution, unless the infinitive heads its sentence ("Et de demander des peines …").
    const someone = speaker !== null || t.verbGroupHas(v, 'VerbForm=Fin') || t.head(v) < 0;
    if (someone && slots.includes('object')) {
      // "denied targeting civilians", "admitted taking bribes": a gerund complement is the object.
      const gerund = t.childrenWith(
        v,
        (rel, j) =>
          /^(xcomp|ccomp|obj)/.test(rel) &&
          j > last &&
          t.upos(j) === 'VERB' &&
          t.hasFeat(j, 'VerbForm=Ger') &&
          t.childrenWith(j, (r) => r === 'mark').length === 0 &&
          // Right after the verb or its adverbs ("denied ever taking"), not after "why".
          this.onlyAdverbsBetween(last, j),
      );
      if (gerund.length > 0) return this.clauseSpan(gerund[0], exclude);
    }
    if (someone && (slots.includes('object') || slots.includes('predicate'))) {
      const objectsOf = (target: number) =>
        t.childrenWith(
          target,
          (rel, j) =>
            j > last &&
            // A nominal predicate ("considéré comme un espion") is an xcomp in UD, or an obl in older parses.
            /^(obj|nmod|obl|xcomp)/.test(rel) &&
            // "accused him of sexism": a personal pronoun stands for whom the stance is about.
            (/^(NOUN|PROPN)$/.test(t.upos(j)) ||
              (rel === 'obj' && t.upos(j) === 'PRON' && t.hasFeat(j, 'PronType=Prs'))) &&
            !(speaker !== null && t.dominates(j, speaker)),
        );
      // A multiword cue's complement hangs on its last word ("faire état de"), or on the verb
      // when that word is the complement's preposition ("call for").
      // "called for reducing the rate": the preposition marks a gerund clause.
      const gerund = last > v && t.rel(last) === 'mark' ? t.head(last) : -1;
      if (gerund > last && t.head(gerund) === v && t.upos(gerund) === 'VERB')
        return this.clauseSpan(gerund, exclude);
      let objects = objectsOf(last > v ? last : v);
      if (objects.length === 0 && last > v) objects = objectsOf(v);
      const predicates = slots.includes('predicate')
        ? objects.filter(
            (j) =>
              t.childrenWith(
                j,
                (r, k) => r === 'case' && this.lex.conformityMarkers.has(t.forms[k]),
              ).length > 0,
          )
        : [];
      // "l'épidémiologiste X a été rappelé à la rescousse": a person a passive verb is done to is
      // called, recalled or named, never what is said; only a predicate can be said of them.
      const personUndergoes =
        this.passiveMarked(v) &&
        [
          ...t.childrenWith(v, (rel) => rel === 'nsubj:pass'),
          ...(speaker !== null && speaker < v ? [speaker] : []),
        ].some((j) => this.namesPerson(j));
      // "Smith described the state of the roads": without a predicate, the object is the content.
      const wanted =
        predicates.length > 0 || !slots.includes('object') || personUndergoes
          ? predicates
          : objects.filter(
              (j) =>
                t.rel(j).startsWith('obj') ||
                last > v ||
                (!t.rel(j).startsWith('obl:mod') &&
                  t.childrenWith(
                    j,
                    (r, k) => r === 'case' && this.lex.infinitiveMarkers.has(t.forms[k]),
                  ).length > 0),
            );
      const told = wanted.map((j) => this.pastAddressee(j, last));
      if (told.length > 0) {
        let span = this.objectSpan(v, last, told[0], te, exclude);
        // The rest of the addressee's phrase after its topic is the topic's too ("de sa volonté
        // de reprendre les discussions", the infinitive hung on the addressee as well).
        const addressee = t.head(told[0]);
        if (span && addressee !== v && addressee !== last) {
          const end = Math.max(this.tokenAt(span.end - 1), ...t.subtree(addressee));
          span = this.trimSpan(this.tokenAt(span.start), Math.min(end, te - 1));
        }
        // "described the program as an easy way in": what is described goes with its description.
        const described = slots.includes('predicate')
          ? t.childrenWith(v, (rel, j) => rel === 'obj' && j > last && j < told[0])
          : [];
        const from = described.length > 0 ? this.clauseSpan(described[0], exclude) : null;
        return span && from ? { start: Math.min(from.start, span.start), end: span.end } : span;
      }
    }
    // "three-quarters said the same of Sanders", "half said so": a pro-form stands for what was said.
    if (slots.includes('clause')) {
      const proform = t.children[v].find(
        (j) =>
          j > last &&
          /^(obj|advmod)/.test(t.rel(j)) &&
          this.inQuote[j] < 0 &&
          this.lex.proforms.has(t.forms[j].toLowerCase()),
      );
      if (proform !== undefined) return this.clauseSpan(proform, exclude);
    }
    // The parser missed the complement: a clause right after the verb, up to the end of the sentence.
    if (slots.includes('clause')) {
      const surface = this.surfaceClause(v, last, te, exclude);
      if (surface) return surface;
    }
    if (slots.includes('clause')) return this.postposedContent(v, last, ts, te, speaker);
    return null;
  }

  /**
   * An object candidate, or, when it is the verb's addressee, what the parser hung on it as its
   * topic ("aurait fait part à son homologue de sa volonté de …": the volonté). A preposition
   * that is the cue's own word ("appealed to voters") marks no addressee.
   */
  private pastAddressee(j: number, last: number): number {
    const t = this.tree;
    const casedBy = (k: number, cases: Set<string>) =>
      t.children[k].some((c) => c > last && t.rel(c) === 'case' && cases.has(t.forms[c]));
    if (!casedBy(j, this.lex.addresseeCases)) return j;
    // The last such complement: "au président de la République de sa décision".
    const topic = t.childrenWith(
      j,
      (rel, k) => k > j && rel.startsWith('nmod') && casedBy(k, this.lex.topicCases),
    );
    return topic.length > 0 ? topic[topic.length - 1] : j;
  }

  /**
   * An agentless passive of saying or thinking whose subject an infinitive after it predicates
   * ("Trump is expected to deliver a speech"): that subject and infinitive, else null.
   */
  private raisedSubject(v: number, last: number): { subject: number; infinitive: number } | null {
    const t = this.tree;
    // Only what is said or thought: "he's sought to …" is a perfect the parser read as passive.
    const frame = this.lex.verbs.get(t.lemma(v))?.frame;
    if (frame !== 'speech' && frame !== 'cognition') return null;
    const auxiliary = t.childrenWith(v, (rel) => rel === 'aux:pass');
    if (auxiliary.length === 0 || /^['’]s$/.test(t.forms[auxiliary[0]])) return null;
    if (t.childrenWith(v, (rel) => rel.startsWith('obl:agent')).length > 0) return null;
    const subject = t.childrenWith(v, (rel, j) => rel === 'nsubj:pass' && j < v);
    const infinitive = t.childrenWith(
      v,
      (rel, j) =>
        rel.startsWith('xcomp') &&
        j > last &&
        /^(VERB|AUX)$/.test(t.upos(j)) &&
        t.children[j].some((k) => k < j && this.lex.infinitiveMarkers.has(t.forms[k])),
    );
    if (subject.length === 0 || infinitive.length === 0) return null;
    return { subject: subject[0], infinitive: infinitive[0] };
  }

  /** The clause of a raised subject (see raisedSubject): from the subject to the infinitive's end. */
  private raisedClause(v: number, last: number, exclude: (j: number) => boolean): Span | null {
    const raised = this.raisedSubject(v, last);
    if (!raised) return null;
    const t = this.tree;
    const from = this.clauseSpan(raised.subject, (j) => j !== raised.subject && exclude(j));
    // "…, but Republicans seem confident": a conjunct clause with its own subject is no longer it.
    const ownClause = (j: number) =>
      t.rel(j).startsWith('conj') && t.childrenWith(j, (rel) => rel.startsWith('nsubj')).length > 0;
    const to = this.clauseSpan(raised.infinitive, (j) => exclude(j) || ownClause(j));
    return from && to ? { start: from.start, end: to.end } : null;
  }

  /** A complementizer of the journalist's text between two tokens. */
  private complementizerBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++)
      if (this.lex.complementizers.has(this.tree.forms[k]) && this.inQuote[k] < 0) return true;
    return false;
  }

  /**
   * "a estimé sur France Inter que …", "said in an interview with CNN that …": a complementizer
   * after an adjunct (a medium, an audience) opens the content however the parser read the
   * adjunct; the names in it may carry any tag, not a verb of their own.
   */
  private clauseAfterAdjunct(
    last: number,
    te: number,
    exclude: (j: number) => boolean,
  ): Span | null {
    const t = this.tree;
    // "told analysts on a conference call that …": the addressee comes before the adjunct.
    let from = last + 1;
    for (const c of t.children[last])
      if (c === from && t.rel(c) === 'iobj') from = Math.max(...t.subtree(c)) + 1;
    if (from >= te || !/^(ADP|ADV)$/.test(t.upos(from))) return null;
    for (let j = from + 1; j < te && j <= from + 9; j++) {
      if (this.inQuote[j] >= 0 || (t.isPunct(j) && t.forms[j] !== ',')) return null;
      if (this.lex.complementizers.has(t.forms[j])) {
        const h = t.head(j);
        // A "that" read as a relative pronoun is a complementizer when its clause has a subject
        // of its own ("… call that about 60 jets were parked").
        const complementizer =
          t.rel(j) === 'mark' ||
          (t.rel(j).startsWith('nsubj') &&
            t.children[h].some((c) => c > j && c !== j && t.rel(c).startsWith('nsubj')));
        return h > j && complementizer ? this.clauseSpan(h, exclude) : null;
      }
      const named = /^\p{Lu}/u.test(this.doc.tokens[j].text);
      if (/^(VERB|AUX|SCONJ|PRON)$/.test(t.upos(j)) && !named) return null;
    }
    return null;
  }

  /**
   * "Her office would not confirm the meeting", "n'a pas confirmé cette information": a verb of
   * saying under negation with a noun phrase for object says nothing of it.
   */
  private unsaidObject(v: number, entry: CueEntry, content: Span): boolean {
    const t = this.tree;
    if (entry.frame !== 'speech') return false;
    if (!this.negated(v)) return false;
    for (let j = this.tokenAt(content.start); j <= this.tokenAt(content.end - 1); j++)
      if (/^(VERB|AUX)$/.test(t.upos(j))) return false;
    return true;
  }

  /** "declined to comment", "refused to answer": a verb of saying alone says nothing. */
  private bareSaying(content: Span): boolean {
    const a = this.tokenAt(content.start);
    return a === this.tokenAt(content.end - 1) && this.cueAt(a, a + 1) !== null;
  }

  /**
   * "…, the two governments said": a verb of saying with nothing but its subject is the incise
   * of the sentence, never what another verb reports.
   */
  private onlyIncise(content: Span): boolean {
    const t = this.tree;
    const a = this.tokenAt(content.start);
    const b = this.tokenAt(content.end - 1);
    // An incise stands after a comma ("Talks are continuing." is a clause of its own).
    if (a === 0 || t.forms[a - 1] !== ',') return false;
    for (let h = a; h <= b; h++) {
      if (t.head(h) >= a && t.head(h) <= b) continue;
      if (this.cueAt(h, b + 1) === null) return false;
      const subjects = t.childrenWith(h, (rel) => /^(nsubj|aux)/.test(rel));
      for (let j = a; j <= b; j++)
        if (j !== h && !t.isPunct(j) && !subjects.some((s) => t.dominates(s, j))) return false;
      return true;
    }
    return false;
  }

  /** "reprendra jeudi": a time expression alone is when, not what. */
  private onlyTime(span: Span): boolean {
    for (let j = this.tokenAt(span.start); j <= this.tokenAt(span.end - 1); j++)
      if (!this.tree.isPunct(j) && !this.isTime(j)) return false;
    return true;
  }

  /** ", citing …", ", adding …": a present participle right after a comma. */
  private participleAfterComma(j: number): boolean {
    const t = this.tree;
    return (
      j > 0 &&
      t.forms[j - 1] === ',' &&
      t.upos(j) === 'VERB' &&
      (t.hasFeat(j, 'VerbForm=Ger') ||
        (t.hasFeat(j, 'VerbForm=Part') && t.hasFeat(j, 'Tense=Pres')))
    );
  }

  private onlyAdverbsBetween(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++)
      if (this.tree.upos(k) !== 'ADV' || this.tree.hasFeat(k, 'PronType=Int')) return false;
    return true;
  }

  /**
   * Postposed verb after a comma: "<clause>, précise X." / "<clause>, a source said." — only
   * when little follows the verb ("…, a source said on Tuesday"), or only its speaker's phrase
   * and adjuncts ("…, a déclaré de son côté le ministre X, qui …").
   */
  private postposedContent(
    v: number,
    last: number,
    ts: number,
    te: number,
    speaker: number | null,
  ): Span | null {
    const t = this.tree;
    let i = speaker !== null && speaker < v ? this.npRange(speaker)[0] - 1 : v - 1;
    while (i >= ts && (/^(AUX|PART)$/.test(t.upos(i)) || (t.upos(i) === 'PRON' && t.head(i) === v)))
      i--;
    const inverted = speaker === null || speaker > v;
    // "…, son conseil, qui n'a pas souhaité …": a relative clause is no incise.
    if (speaker !== null && t.hasFeat(speaker, 'PronType=Rel')) return null;
    // "…, elle a prévenu la police": a verb with its subject before it and an object is no incise.
    if (!inverted && t.childrenWith(v, (r, j) => r.startsWith('obj') && j > last).length > 0)
      return null;
    if (
      i > ts &&
      // "Seeing his brother suffer led him …, he said": a verb inside the clause before the
      // comma is no incise of its own.
      i < v &&
      (this.wordsAfter(last, te, speaker, v) <= 4 ||
        (inverted && this.onlyPhraseAfter(last, te)) ||
        // "…, she said in a video message to the convention": prepositional adjuncts only, after
        // a clause with a verb of its own.
        (last + 1 < te &&
          t.upos(last + 1) === 'ADP' &&
          this.onlyPhraseAfter(last, te) &&
          t.forms.slice(ts, i).some((_, k) => /^(VERB|AUX)$/.test(t.upos(ts + k))))) &&
      /^[,—–]$/.test(this.doc.tokens[i].text) &&
      this.inQuote[i - 1] < 0
    ) {
      // "Contactée par Ouest-France, l'ARS n'a pas souhaité …": a participle's phrase is no clause.
      const root = this.rootOf(ts, i - 1, true);
      // "Seeing his brother suffer led him to …, he said": a gerund subject of a finite clause the
      // parser hung below it is a clause all the same.
      const gerundSubject =
        root !== null &&
        (t.hasFeat(root, 'VerbForm=Ger') || t.hasFeat(root, 'Tense=Pres')) &&
        t.subtree(root).some(
          (j) =>
            j < i &&
            j !== root &&
            t.verbGroupHas(j, 'VerbForm=Fin') &&
            // Its predicate has no subject but the gerund ("Growing sharper as he spoke" does).
            !t.children[j].some((k) => t.rel(k).startsWith('nsubj')),
        );
      // A participle with its own subject ("hackers compromised …") is a mistagged finite verb.
      // So is one with a noun right before it and an object after it, whatever relation the
      // parser gave that noun ("In all, thieves stripped 14 trucks" with "In … thieves" one phrase).
      const ownSubject =
        root !== null &&
        (t.childrenWith(root, (r, j) => r === 'nsubj' && j < root).length > 0 ||
          (t.head(root - 1) === root &&
            /^(NOUN|PROPN)$/.test(t.upos(root - 1)) &&
            t.childrenWith(root, (r, j) => r === 'obj' && j > root).length > 0));
      if (
        root !== null &&
        t.upos(root) === 'VERB' &&
        t.hasFeat(root, 'VerbForm=Part') &&
        !t.verbGroupHas(root, 'VerbForm=Fin') &&
        !gerundSubject &&
        !ownSubject
      )
        return null;
      return this.trimSpan(ts, i - 1);
    }
    return null;
  }

  /**
   * After the verb, a noun phrase with its adjuncts up to the end of the sentence: no verb
   * before the first comma, no complementizer, no quotation, no colon.
   */
  private onlyPhraseAfter(last: number, te: number): boolean {
    const t = this.tree;
    let comma = false;
    let noun = false;
    for (let j = last + 1; j < te; j++) {
      if (this.relativeAfter(j)) return noun;
      if (this.inQuote[j] >= 0 || t.forms[j] === ':' || t.forms[j] === ';') return false;
      if (this.lex.complementizers.has(t.forms[j]) || t.upos(j) === 'SCONJ') return false;
      if (t.forms[j] === ',') comma = true;
      else if (/^(VERB|AUX)$/.test(t.upos(j)) && !comma) return false;
      else if (/^(NOUN|PROPN|PRON)$/.test(t.upos(j))) noun = true;
    }
    return noun;
  }

  /**
   * What the parser hung on the verb after its clause still belongs to it: the main clause
   * after a gerund the complementizer opened ("affirme qu'en se promenant, il a chuté"), and a
   * quotation closing the sentence ("a indiqué que la force serait réduite, « prudemment … »").
   */
  private clauseGoesOn(
    v: number,
    c: number,
    span: Span,
    te: number,
    exclude: (j: number) => boolean,
  ): Span {
    const t = this.tree;
    const later = t.childrenWith(
      v,
      (r, d) =>
        d > c &&
        this.doc.tokens[d].start >= span.end &&
        CLAUSE_RELS.test(r) &&
        !t.children[d].some((k) => this.lex.complementizers.has(t.forms[k])),
    );
    for (const d of later) {
      const gerund = !t.verbGroupHas(c, 'VerbForm=Fin') && t.verbGroupHas(d, 'VerbForm=Fin');
      const between = this.doc.text.slice(span.end, this.doc.tokens[t.subtree(d)[0]].start);
      // "insisted that he has “expanded the party,” and …": a quotation glued to the clause,
      // with no comma between, goes on with it wherever it ends.
      const quoted = this.inQuote[d] >= 0 && (this.closesSentence(d, te) || !between.includes(','));
      // "said he thinks the campaign has stayed vague": one clause the parser cut in two, the
      // second piece glued to the first.
      const glued =
        /^(ccomp|parataxis)/.test(t.rel(d)) && /^\s*$/.test(between) && this.cueAt(d, te) === null;
      if ((gerund || quoted || glued) && /^[\s,«“"]*$/.test(between)) {
        const more = this.clauseSpan(d, exclude);
        if (more) return { start: span.start, end: Math.max(span.end, more.end) };
      }
    }
    // "said he had offers, but “the offers were …”", "said X, but that Y": a conjunct of the
    // verb that the complementizer opens, or with its own subject and the speaker's quoted
    // words, is a second content the parser hung on the verb.
    for (const d of t.childrenWith(v, (r, d) => r === 'conj' && d > c)) {
      const words = t.subtree(d);
      const gap = this.doc.text.slice(
        span.end,
        Math.max(span.end, this.doc.tokens[words[0]].start),
      );
      if (this.doc.tokens[words[0]].start < span.end || !/^[\s,;]*$/.test(gap) || this.cueAt(d, te))
        continue;
      const opensWithThat = words
        .slice(0, 3)
        .some(
          (k) => t.head(k) === d && t.rel(k) === 'mark' && this.lex.complementizers.has(t.forms[k]),
        );
      const ownSubject = t.children[d].some((k) => t.rel(k).startsWith('nsubj'));
      const quoted = words.some((k) => this.inQuote[k] >= 0);
      if (opensWithThat || (ownSubject && quoted)) {
        const more = this.clauseSpan(d, exclude);
        if (more) return { start: span.start, end: Math.max(span.end, more.end) };
      }
    }
    // "Activists said they fear the leaders will make a deal": the parser made the verb a
    // parenthetical of the clause's own predicate; what follows the content up to that
    // predicate hangs on it, and the content runs to its end.
    const h = t.head(v);
    if (t.rel(v).startsWith('parataxis') && h > c && this.doc.tokens[h].start >= span.end) {
      let k = this.tokenAt(span.end - 1) + 1;
      while (k < h && (t.head(k) === h || t.isPunct(k) || t.subtree(h).includes(k))) k++;
      if (k === h && !this.cueAt(h, te)) {
        const more = this.clauseSpan(h, (j) => exclude(j) || (j <= v && j < c));
        if (more) return { start: span.start, end: Math.max(span.end, more.end) };
      }
    }
    return span;
  }

  /**
   * A nominal content: the object with what the parser hung on the verb around it
   * ("a démenti [tout] contact [avec le joueur]"), up to the next punctuation.
   */
  private objectSpan(
    v: number,
    last: number,
    obj: number,
    te: number,
    exclude: (j: number) => boolean,
  ): Span | null {
    const t = this.tree;
    const core = this.clauseSpan(obj, exclude);
    if (!core) return null;
    let a = this.tokenAt(core.start);
    let b = this.tokenAt(core.end - 1);
    while (
      a - 1 > last &&
      t.head(a - 1) === v &&
      /^(DET|ADV|ADJ|NUM)$/.test(t.upos(a - 1)) &&
      !this.isTime(a - 1) &&
      // "n'écarte pas une hausse": the negation is the verb's.
      !this.lex.negation.has(t.forms[a - 1])
    )
      a--;
    while (
      b + 1 < te &&
      (!t.isPunct(b + 1) || this.wordHyphen(b + 1)) &&
      t.dominates(v, b + 1) &&
      !exclude(b + 1) &&
      // "for any lasting settlement": a participle modifying a noun ahead is the phrase's own.
      (!/^(VERB|AUX)$/.test(t.upos(b + 1)) ||
        (t.rel(b + 1) === 'amod' &&
          t.head(b + 1) > b + 1 &&
          /^(NOUN|PROPN)$/.test(t.upos(t.head(b + 1))))) &&
      // "tout en partageant …": a word of the next verb's clause.
      !(
        t.head(b + 1) > b + 1 &&
        t.head(b + 1) !== v &&
        /^(VERB|AUX)$/.test(t.upos(t.head(b + 1)))
      ) &&
      // "found it to be a deterrent": the marker of the verb's own predicate clause opens it.
      !(t.rel(b + 1) === 'mark' && t.head(b + 1) > b + 1 && t.head(t.head(b + 1)) === v)
    )
      b++;
    // "called for the governor to resign", "mocked Rubio for losing": the object is the subject
    // of a non-finite clause right after it, which says what is asked or blamed.
    const small = this.smallClauseAfter(v, a, b, te);
    if (small !== null) {
      const more = this.clauseSpan(small, exclude);
      if (more) b = Math.max(b, this.tokenAt(more.end - 1));
    }
    // "outlined his plan and vowed …": a conjunction or preposition left at the end is not the object's.
    while (b > a && /^(CCONJ|ADP)$/.test(t.upos(b))) b--;
    return this.trimSpan(a, b);
  }

  /**
   * The head of a non-finite clause that starts right after the object a..b, hangs on the verb or
   * on the object, and has no subject of its own: "to resign", "for losing", "leading the race".
   */
  private smallClauseAfter(v: number, a: number, b: number, te: number): number | null {
    const t = this.tree;
    const k = b + 1;
    if (k >= te || this.inQuote[k] >= 0 || t.isPunct(k)) return null;
    const h = /^(VERB|AUX)$/.test(t.upos(k)) ? k : t.head(k);
    // "found it to be a deterrent": a predicate with its copula heads the clause too.
    const predicate = t.children[h]?.some((c) => c > k && t.rel(c) === 'cop');
    if (h < k || h >= te || (t.upos(h) !== 'VERB' && !predicate) || t.rel(h).startsWith('conj'))
      return null;
    if (h > k && !/^(mark|case)$/.test(t.rel(k))) return null;
    const under = t.head(h) === v || (t.head(h) >= a && t.head(h) <= b);
    const members = t.subtree(h);
    if (!under || members[0] !== k || t.verbGroupHas(h, 'VerbForm=Fin')) return null;
    if (t.childrenWith(h, (r) => /^(nsubj|csubj|expl)/.test(r)).length > 0) return null;
    return h;
  }

  /**
   * An attribute with what goes on with it to the end of its clause: "se disent optimistes
   * (56 %) ou très optimistes en pensant à l'avenir", not the incise or marker after a comma.
   */
  private attributeSpan(adj: number, te: number): Span | null {
    let depth = 0;
    let b = adj;
    const a = Math.min(adj, ...this.tree.subtree(adj, (j) => j > adj));
    for (let j = adj + 1; j < te; j++) {
      const form = this.doc.tokens[j].text;
      if (this.inQuote[j] >= 0) {
        b = j;
        continue;
      }
      if (form === '(') depth++;
      else if (form === ')') depth--;
      else if (depth === 0 && /^[,;:.!?]$/.test(form)) break;
      b = j;
    }
    return this.trimSpan(a, b);
  }

  /** "says the ad will air", "told reporters that …": text after the verb holding a finite verb of its own. */
  private surfaceClause(
    v: number,
    last: number,
    te: number,
    exclude: (j: number) => boolean,
  ): Span | null {
    const t = this.tree;
    // Only a finite verb of saying, or a present participle going on with one ("…, adding he
    // would …"), reaches past what the parser attached: not "pour prévenir des actes …".
    const going =
      t.hasFeat(v, 'VerbForm=Part') &&
      t.hasFeat(v, 'Tense=Pres') &&
      /^(advcl|conj)/.test(t.rel(v)) &&
      t.head(v) < v;
    if (!t.verbGroupHas(v, 'VerbForm=Fin') && !going) return null;
    let a = last + 1;
    // An addressee before a complementizer: "told reporters that".
    for (let j = a; j < Math.min(te, a + 4); j++)
      if (this.lex.complementizers.has(t.forms[j]) && this.inQuote[j] < 0) {
        a = j + 1;
        break;
      }
    if (
      a >= te ||
      exclude(a) ||
      this.inQuote[a] >= 0 ||
      t.isPunct(a) ||
      (/^(ADP|CCONJ|SCONJ|ADV|PART)$/.test(t.upos(a)) &&
        !this.lex.complementizers.has(t.forms[a - 1]))
    )
      return null;
    const introduced = a > last + 1;
    // "said bullying doesn't stop at school": a gerund opening the clause is its subject.
    const gerundSubject = t.upos(a) === 'VERB' && t.hasFeat(a, 'VerbForm=Ger');
    if (!introduced && !gerundSubject && !/^(DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(t.upos(a)))
      return null;
    let b = a;
    let finite = false;
    let verbSeen = false;
    while (b + 1 < te && !/^[.;!?]$/.test(t.forms[b + 1])) {
      b++;
      if (this.inQuote[b] >= 0 || !/^(VERB|AUX)$/.test(t.upos(b))) continue;
      // The clause's own verb comes first and is finite: "says the ad will air", not "souhaité mettre …".
      // A past form right after the subject's words is its tensed verb, whatever the tagger
      // read ("said the aides simply believed …" tagged as a participle).
      const pastAfterSubject =
        t.hasFeat(b, 'Tense=Past') &&
        !t.hasFeat(b, 'VerbForm=Ger') &&
        /^(NOUN|PROPN|PRON|ADV)$/.test(t.upos(b - 1));
      if (!verbSeen && (t.hasFeat(b, 'VerbForm=Fin') || pastAfterSubject)) finite = true;
      verbSeen = true;
    }
    // A nominative pronoun opens a clause whatever tags follow it ("said he plans to …"), and so
    // does a complementizer the tagger read as one ("told CNN that his remarks “shows bias”").
    const nominative = t.upos(a) === 'PRON' && t.hasFeat(a, 'Case=Nom');
    const complementizer = introduced && t.upos(a - 1) === 'SCONJ';
    return (finite || nominative || complementizer) &&
      t.dominates(t.head(v) >= 0 ? t.head(v) : v, a)
      ? this.trimSpan(a, this.closingQuotations(a, b))
      : null;
  }

  /**
   * A clause head inside a quotation: a verb, a predicate with its copula ("« trop laborieuse »"),
   * or a headline's verbless predicate whose subject stands outside the marks ("says Trump
   * 'absolutely right'").
   */
  private quotedClauseHead(j: number): boolean {
    const t = this.tree;
    return (
      /^(VERB|AUX)$/.test(t.upos(j)) ||
      t.children[j].some(
        (c) => t.rel(c) === 'cop' || (t.rel(c).startsWith('nsubj') && c < j && this.inQuote[c] < 0),
      )
    );
  }

  /** de/à + infinitive reached from the verb, possibly through its object: "pressé la Russie de revenir". */
  private infinitiveAfter(v: number, last: number, te: number): number | null {
    const t = this.tree;
    for (let j = last + 1; j < te; j++) {
      if (/[.;]/.test(this.doc.tokens[j].text) && t.isPunct(j)) break;
      // "a précisé son avocat, qui n'a pas voulu en dire plus": a conjunct verb's complements are its own.
      if (t.upos(j) === 'VERB' && t.head(j) === v && t.rel(j) === 'conj') break;
      if (
        t.upos(j) === 'VERB' &&
        // "to get vaccinated": the infinitive may be the auxiliary's.
        t.verbGroupHas(j, 'VerbForm=Inf') &&
        t.dominates(v, j) &&
        !this.underPredicateNoun(v, j) &&
        !this.underAsideOf(v, j)
      )
        return j;
      if (t.upos(j) === 'VERB' && t.hasFeat(j, 'VerbForm=Fin')) break;
    }
    return null;
  }

  /**
   * "proposer de la vente à emporter": an infinitive whose marker makes noun modifiers, right
   * after a noun that names nobody and is not the verb's object, qualifies that noun, whatever
   * the parser hung it on (after an object it is the verb's: "appeler les Tchèques à rester").
   */
  private nounsInfinitive(inf: number): boolean {
    const t = this.tree;
    const marks = t.childrenWith(inf, (rel, k) => rel === 'mark' && k < inf);
    if (marks.length === 0 || !this.lex.nounInfinitiveMarkers.has(t.forms[marks[0]])) return false;
    const before = marks[0] - 1;
    return (
      before >= 0 &&
      t.upos(before) === 'NOUN' &&
      !/^(obj|iobj)/.test(t.rel(before)) &&
      !this.namesPerson(before) &&
      !this.isSourceLike(before)
    );
  }

  /**
   * Whether a word hangs on the verb through an apposition, an adverb's complement or a
   * relative clause: "confirment les tendances: l'urbanisation, loin de ralentir, …", "a
   * précisé son avocat, qui n'a pas voulu en dire plus" — such an infinitive is no content
   * (one the parser hung on the object as its clause is: "urged all crews to stay").
   */
  private underAsideOf(v: number, j: number): boolean {
    const t = this.tree;
    for (let k = j; k >= 0 && k !== v; k = t.head(k))
      if (/^(appos|advmod|acl:relcl)/.test(t.rel(k))) return true;
    return false;
  }

  /**
   * "said the union expected production to rise", misparsed: a noun the parser made an object
   * is the clause when the participle right after it, with no marker, subject or auxiliary,
   * is the clause's verb ("union" ← "expected"), or when a verb with its own subject hangs
   * before it ("expected" ← "production", as if an adjective).
   */
  private misreadClauseSubject(j: number): boolean {
    const t = this.tree;
    if (!/^(NOUN|PROPN)$/.test(t.upos(j))) return false;
    const verbAfter = t.childrenWith(
      j,
      (r, k) =>
        r.startsWith('acl') &&
        k === j + 1 &&
        t.upos(k) === 'VERB' &&
        t.childrenWith(k, (rk) => /^(mark|nsubj|aux)/.test(rk)).length === 0,
    );
    const verbBefore = t.childrenWith(
      j,
      (_, k) =>
        k < j &&
        t.upos(k) === 'VERB' &&
        t.childrenWith(k, (rk, s) => rk.startsWith('nsubj') && s < k).length > 0,
    );
    return verbAfter.length > 0 || verbBefore.length > 0;
  }

  /**
   * "said it protected Texans from …" parsed as an object "it" and a participle "protected",
   * a small clause or a modifier of the next noun: for a verb taking no object, its object and
   * the tensed verb right after that object's phrase (no marker, no subject of its own) read
   * as one clause from the object on.
   */
  private misreadSmallClause(
    v: number,
    last: number,
    exclude: (j: number) => boolean,
  ): Span | null {
    const t = this.tree;
    const subject = t.childrenWith(
      v,
      (rel, j) =>
        rel.startsWith('obj') &&
        j > last &&
        !exclude(j) &&
        this.inQuote[j] < 0 &&
        (/^(NOUN|PROPN)$/.test(t.upos(j)) ||
          (t.upos(j) === 'PRON' && t.hasFeat(j, 'PronType=Prs'))),
    )[0];
    if (subject === undefined) return null;
    const verb = t.subtree(subject).pop()! + 1;
    if (
      verb >= this.doc.tokens.length ||
      t.upos(verb) !== 'VERB' ||
      !(t.hasFeat(verb, 'Tense=Past') || t.hasFeat(verb, 'VerbForm=Fin')) ||
      t.childrenWith(verb, (rk) => /^(mark|nsubj)/.test(rk)).length > 0
    )
      return null;
    // The verb's phrase as the parser hung it on the verb of saying.
    let top = verb;
    while (t.head(top) >= 0 && t.head(top) !== v) top = t.head(top);
    if (t.head(top) !== v || top === subject) return null;
    const from = this.clauseSpan(subject, exclude);
    const to = this.clauseSpan(top, exclude);
    return from && to ? { start: from.start, end: to.end } : null;
  }

  /** "called the rule a ploy to win votes": the infinitive qualifies the predicate noun, not the verb. */
  private underPredicateNoun(v: number, j: number): boolean {
    const t = this.tree;
    for (let k = t.head(j); k >= 0 && k !== v; k = t.head(k))
      if (t.head(k) === v && t.rel(k).startsWith('xcomp') && /^(NOUN|PROPN)$/.test(t.upos(k)))
        return true;
    return false;
  }

  /** The subtree of a content head without leading complementizers/markers and trailing punctuation. */
  private clauseSpan(h: number, exclude: (j: number) => boolean): Span | null {
    const t = this.tree;
    const members = t.subtree(h, exclude).filter((j) => !exclude(j));
    if (members.length === 0) return null;
    let a = members[0];
    let b = members[members.length - 1];
    // Leading marks (que, de, à, that, to, comme) belong to the frame, not the content.
    const frameWord = (j: number) =>
      this.lex.complementizers.has(t.forms[j]) ||
      this.lex.infinitiveMarkers.has(t.forms[j]) ||
      (t.head(j) === h && /^(mark|case)$/.test(t.rel(j)));
    while (a < h && (frameWord(a) || (t.isPunct(a) && !OPENING_MARK.test(t.forms[a])))) a++;
    // A closing parenthesis is the journalist's aside: "libérer Paul Whelan (un citoyen …)".
    while (b > a && /^[.,;]$/.test(t.forms[b])) b--;
    if (t.forms[b] === ')') {
      let open = b - 1;
      while (open > a && t.forms[open] !== '(') open--;
      if (open > a) b = open - 1;
    }
    if (a > b) return null;
    return this.trimSpan(a, this.closingQuotations(a, b));
  }

  /** A quotation opened inside the content a..b closes inside it too: "was “a con.”". */
  private closingQuotations(a: number, b: number): number {
    const s = this.doc.tokens[a].start;
    const e = this.doc.tokens[b].end;
    for (const q of this.quoted)
      if (q.open !== null && q.close !== null && q.open >= s && q.open < e && q.close >= e)
        b = Math.max(b, this.tokenAt(q.close));
    return b;
  }

  private trimSpan(a: number, b: number): Span | null {
    const t = this.tree;
    const text = (j: number) => this.doc.tokens[j].text;
    while (a <= b && t.isPunct(a) && !OPENING_MARK.test(text(a)) && text(a) !== '(') a++;
    while (b >= a && t.isPunct(b) && !CLOSING_MARK.test(text(b)) && text(b) !== ')') b--;
    // An unpaired mark at an edge goes too.
    if (a <= b && OPENING_MARK.test(text(a)) && !this.pairedWithin(a, b)) a++;
    if (a <= b && CLOSING_MARK.test(text(b)) && !this.pairedWithin(a, b)) b--;
    return a <= b ? t.span(a, b) : null;
  }

  private pairedWithin(a: number, b: number): boolean {
    const s = this.doc.tokens[a].start;
    const e = this.doc.tokens[b].end;
    return this.quoted.some(
      (q) => q.open !== null && q.close !== null && q.open >= s && q.close < e,
    );
  }

  /** The sentence around an incise ("comme le relève X," / ", selon X,"), incise removed. */
  private aroundIncise(
    first: number,
    last: number,
    ts: number,
    te: number,
    speaker: number | null,
  ): Span | null {
    const t = this.tree;
    let end = last;
    if (speaker !== null) for (const j of t.subtree(speaker)) end = Math.max(end, j);
    // The incise runs to the next comma.
    while (
      end + 1 < te &&
      !/^[,]$/.test(this.doc.tokens[end + 1].text) &&
      t.dominates(last, end + 1)
    )
      end++;
    // "…, according to two people briefed on the talks.": a participle closing the sentence after
    // the source is the source's own phrase, however the parser hung it.
    // (The tagger may read it as a finite past with the source as its subject.)
    // Before the narrator's own clause (", although the rebels denied …") it ends at its comma.
    let comma = -1;
    for (let k = end + 1; k < te && comma < 0; k++) if (this.doc.tokens[k].text === ',') comma = k;
    if (
      end + 1 < te &&
      t.upos(end + 1) === 'VERB' &&
      (t.hasFeat(end + 1, 'VerbForm=Part') || t.hasFeat(end + 1, 'Tense=Past')) &&
      this.inQuote[end + 1] < 0 &&
      t.childrenWith(end + 1, (r, c) => r.startsWith('nsubj') && (c < first || c > end)).length ===
        0 &&
      (comma < 0 || this.narratorAfter(comma + 1, te))
    )
      end = comma < 0 ? te - 1 : comma - 1;
    // "…, selon Santé publique France, qui a recensé …": the source's relative clause is its own.
    for (let j = first; j <= end + 1 && j < te; j++)
      if (this.relativeAfter(j)) {
        for (end = j; end + 1 < te && this.doc.tokens[end + 1].text !== ',';) end++;
        break;
      }
    let start = first;
    if (start > ts && this.doc.tokens[start - 1].text === ',') start--;
    // "Inondations dans le Pas-de-Calais : deux morts, selon …": a headline's topic is not said.
    let from = ts;
    for (let j = ts; j < start; j++) if (t.forms[j] === ':' && this.inQuote[j] < 0) from = j + 1;
    // "X gave his backing, but according to Y, …": the marker scopes what follows the conjunction.
    let before = start - 1;
    while (before > from && this.doc.tokens[before].text === ',') before--;
    const coordinated = before >= from && t.upos(before) === 'CCONJ';
    const connectives = start - from <= 2 && this.onlyConnectivesBefore(start, from);
    const leading = connectives || coordinated ? null : this.trimSpan(from, start - 1);
    // "…, according to Y, although the rebels denied it": the narrator's clause after the source.
    const trailing =
      leading && this.narratorAfter(end + 1, te) ? null : this.trimSpan(end + 1, te - 1);
    if (leading && trailing) return { start: leading.start, end: trailing.end };
    return trailing ?? leading;
  }

  /** Whether a narrator's adjunct ("as", "although", "alors que") opens at `from`, after its comma. */
  private narratorAfter(from: number, te: number): boolean {
    const t = this.tree;
    let k = from;
    while (k < te && t.forms[k] === ',') k++;
    return k < te && this.lex.narratorAdjuncts.some((seq) => t.matches(k, seq, te));
  }

  private nominalFrame(n: number, ts: number, te: number): void {
    const t = this.tree;
    const upos = t.upos(n);
    const frame =
      upos === 'NOUN'
        ? nounFrame(t, this.lex, n)
        : upos === 'ADJ'
          ? adjectiveFrame(t, this.lex, n)
          : null;
    if (!frame || this.appositiveVerbs.has(frame.content)) return;
    // "But Trump claims that …": the clause the noun is subject of begins after it.
    const inside = t.dominates(frame.content, n);
    const content = this.clauseSpan(frame.content, (j) => j === n || (inside && j < n));
    if (!content) return;
    // "expressed concern that …" with the verb a cue of its own, or the clause a verb of saying
    // reports ("said in a statement that …"): that verb's attribution says it.
    const reporter = t.head(frame.content);
    const reported = (a: Attribution) =>
      a.cueToken !== null &&
      (a.cueToken === frame.verb ||
        (a.cueToken === reporter &&
          a.content.start < content.end &&
          content.start < a.content.end));
    if (this.attributions.some(reported)) return;
    const chain = this.chainFor(frame.source, frame.verb, ts, te);
    const byPossessor = frame.source !== null && !frame.subject;
    const cue = t.span(n, n);
    this.add(
      { kind: 'indirect', content, cue, cueToken: null, chain, unbalanced: false, byPossessor },
      null,
    );
  }

  /**
   * A finding that comes out of a study: "Il ressort de l'étude que …" (the clause), "C'est ce
   * qui ressort d'une étude menée par X" (the sentence the cleft takes up). The study's author
   * is the source, else the study.
   */
  private findingFrame(v: number, ts: number, te: number): void {
    const t = this.tree;
    const cases = this.lex.findingVerbs.get(t.lemma(v));
    if (!cases || t.upos(v) !== 'VERB') return;
    const study = t.childrenWith(
      v,
      (rel, j) =>
        rel.startsWith('obl') &&
        this.lex.findingNouns.has(t.lemma(j)) &&
        t.children[j].some((c) => t.rel(c) === 'case' && cases.has(t.lemma(c))),
    );
    if (study.length === 0) return;
    // The parser may hang the clause on the study ("du rapport de l'Insee que …").
    const opened = (j: number) =>
      t.children[j].some((c) => t.rel(c) === 'mark' && this.lex.complementizers.has(t.forms[c]));
    const clause = [
      ...t.childrenWith(v, (rel, j) => /^(ccomp|csubj)/.test(rel) && j > study[0]),
      ...t.childrenWith(study[0], (rel, j) => rel.startsWith('acl') && opened(j)),
    ];
    const content =
      clause.length > 0
        ? this.clauseSpan(clause[0], () => false)
        : this.cleftAntecedent(v, ts, 'nsubj');
    if (!content) return;
    this.add(
      {
        kind: 'indirect',
        content,
        cue: t.span(v, v),
        cueToken: v,
        chain: this.chainFor(this.studyAuthor(study[0]), v, ts, te),
        unbalanced: false,
      },
      v,
    );
  }

  /** "une étude menée par l'IRD", "l'enquête de l'Insee", "son rapport": who made the study. */
  private studyAuthor(study: number): number {
    const t = this.tree;
    const byAgent = (j: number) =>
      t.rel(j) === 'obl:agent' ||
      (t.rel(j).startsWith('obl') &&
        t.children[j].some((c) => t.rel(c) === 'case' && this.lex.passiveMarkers.has(t.forms[c])));
    for (const participle of t.childrenWith(study, (rel) => rel.startsWith('acl'))) {
      const agent = t.children[participle].filter(byAgent);
      if (agent.length > 0) return agent[0];
    }
    const owner = t.childrenWith(
      study,
      (rel, j) =>
        (rel.startsWith('nmod') && /^(PROPN|NOUN)$/.test(t.upos(j))) ||
        (rel === 'det' && t.hasFeat(j, 'Poss=Yes')),
    );
    return owner.length > 0 ? owner[0] : study;
  }

  /** "Name: clause" — a short name, a colon, a clause: the headline and transcript convention. */
  private colonHeadline(ts: number, te: number): void {
    const t = this.tree;
    // A transcript quoted whole ("“WALLACE: Let's start …”") names its speaker inside the marks.
    const quotedWhole =
      this.inQuote[ts] >= 0 ? this.inQuote[ts] : ts + 1 < te ? this.inQuote[ts + 1] : -1;
    if (quotedWhole >= 0 && this.inQuote[ts] < 0) ts++;
    let colon = -1;
    for (let i = ts; i < Math.min(te, ts + 6); i++)
      if (t.forms[i] === ':' && this.inQuote[i] === (quotedWhole >= 0 ? quotedWhole : -1)) {
        colon = i;
        break;
      }
    // The article's first line in title case ("Ryan: 'Images' Have 'No Place' …"): the tagger
    // misses its verbs, and a quotation opening its clause is still the tag's.
    const firstLine = this.doc.text.slice(0, this.doc.tokens[ts].start).trim() === '';
    if (
      colon <= ts ||
      colon + 1 >= te ||
      (!firstLine && this.quoted.some((q) => q.open === this.doc.tokens[colon + 1].start))
    )
      return;
    const tag = this.doc.text.slice(this.doc.tokens[ts].start, this.doc.tokens[colon - 1].end);
    // "Editor's note: …", "CORRECTION: …": the outlet labels its own text.
    if (this.lex.newsroomLabels.has(normForm(tag))) return;
    // A speaker's tag in capitals is a name whatever the tagger made of it ("WALLACE" as a verb).
    const capitals = quotedWhole >= 0 && tag === tag.toUpperCase() && /\p{Lu}{2}/u.test(tag);
    const person = this.personTag(ts, colon);
    if (!capitals && !person)
      for (let i = ts; i < colon; i++) if (/^(VERB|AUX)$/.test(t.upos(i))) return;
    const root = this.rootOf(ts, colon - 1) ?? (capitals || person ? colon - 1 : null);
    // "Commentaire du président : …": a noun of saying names its speaker in its complement.
    const owner =
      root !== null && t.upos(root) === 'NOUN' && this.lex.nouns.has(t.lemma(root))
        ? t.childrenWith(root, (r, j) => r.startsWith('nmod') && j < colon)[0]
        : undefined;
    const head = owner ?? root;
    // "Report: …", "Newspaper: …": a medium or a source-like noun tags a headline too.
    // "Grève à la SNCF : …": a headline's first word is capitalised whatever it is; with a name
    // only in its complement and no mention of its own, it is a topic, not a speaker.
    const capitalisedWord =
      head === ts &&
      t.upos(head) === 'PROPN' &&
      !/^\p{Lu}{2,}/u.test(this.doc.tokens[head].text) &&
      !(this.doc.mentions ?? []).some(
        (m) => m.start <= this.doc.tokens[head].start && this.doc.tokens[head].end <= m.end,
      ) &&
      t.childrenWith(
        head,
        (r, j) => r.startsWith('nmod') && t.children[j].some((c) => t.rel(c) === 'case'),
      ).length > 0;
    // "Nouvelle-Calédonie : les discussions reprennent": a place is where, not who (the
    // Kremlin, Matignon, institutions named by their seat, are type words).
    const place =
      head !== null &&
      !this.lex.typeWords.has(t.lemma(head)) &&
      !this.lex.typeWords.has(t.forms[head]) &&
      (this.doc.mentions ?? []).some(
        (m) =>
          m.label === 'LOC' &&
          m.start <= this.doc.tokens[head].start &&
          this.doc.tokens[head].end <= m.end,
      );
    // "Sanders: …": a surname the article gives a person is that person, whatever its mention says.
    const tagged =
      head !== null &&
      !capitalisedWord &&
      (!place || person) &&
      (person ||
        t.upos(head) === 'PROPN' ||
        this.isSourceLike(head) ||
        this.lex.pollNouns.has(t.lemma(head)) ||
        this.lex.mediumNouns.has(t.lemma(head)));
    if (head === null || (!tagged && quotedWhole < 0 && owner === undefined)) return;
    let finite = false;
    let verb = false;
    let words = 0;
    let capitalised = 0;
    for (let i = colon + 1; i < te; i++) {
      if (/^(VERB|AUX)$/.test(t.upos(i))) verb = true;
      if (/^(VERB|AUX)$/.test(t.upos(i)) && t.hasFeat(i, 'VerbForm=Fin')) finite = true;
      if (!/^\p{L}/u.test(t.forms[i])) continue;
      words++;
      if (/^\p{Lu}/u.test(this.doc.tokens[i].text)) capitalised++;
    }
    // A headline in title case ("Mayor Must Resign Over Crisis"): the tagger misses its tense.
    const titled = (verb || firstLine) && words >= 3 && capitalised >= 0.6 * words;
    // "Minister: talks 'back on track' after row": a verbless headline quoting the tag's words.
    const quoting = this.quotesIn(colon + 1, te).some((qi) => this.isWording(qi));
    let content = finite || titled || quoting ? this.trimSpan(colon + 1, te - 1) : null;
    if (quotedWhole >= 0) {
      // Only a speaker's tag in capitals or a name opens a transcript line.
      const name = this.doc.text.slice(this.doc.tokens[ts].start, this.doc.tokens[colon - 1].end);
      if (name !== name.toUpperCase()) return;
      const q = this.quoted[quotedWhole];
      content = { start: this.doc.tokens[colon + 1].start, end: q.end };
      this.usedQuotes.add(quotedWhole);
    }
    if (!content) return;
    this.add(
      {
        kind: quotedWhole >= 0 ? 'direct' : 'indirect',
        content,
        cue: owner !== undefined && root !== null ? t.span(root, root) : t.span(colon, colon),
        cueToken: null,
        chain: this.chainFor(head, null, ts, te),
        unbalanced: false,
      },
      null,
    );
  }

  /**
   * Whether the words from `ts` to the colon are a person's name, whatever the tagger made of
   * them ("Rush Limbaugh:" with "Rush" as a verb, "MATTHEWS:" in a transcript): capitalised
   * words, one of them in a person mention, or the last one a person's surname in the article.
   */
  private personTag(ts: number, colon: number): boolean {
    if (colon - ts > 4) return false;
    const words = this.doc.tokens.slice(ts, colon);
    if (!words.every((w) => /^\p{Lu}/u.test(w.text) || /^[.'’-]$/.test(w.text))) return false;
    const from = words[0].start;
    const to = words[words.length - 1].end;
    const surname = words[words.length - 1].text.toLowerCase();
    return (this.doc.mentions ?? []).some(
      (m) =>
        m.label === 'PER' &&
        ((m.start < to && from < m.end) ||
          this.doc.text.slice(m.start, m.end).toLowerCase().split(/\s+/).pop() === surname),
    );
  }

  // ---------------------------------------------------------------- markers

  private markerFrame(m: number, mLast: number, weak: boolean, ts: number, te: number): void {
    const t = this.tree;
    // The noun the marker introduces ("according to city officials": the head, not its compound).
    let np = t.head(m);
    // "according to the court's website": the possessor's head is the phrase, the possessor its owner.
    while (np > mLast && /^(compound|flat|nmod:poss)/.test(t.rel(np)) && t.head(np) > np)
      np = t.head(np);
    if (np <= mLast || !/^(NOUN|PROPN|PRON)$/.test(t.upos(np))) {
      np = -1;
      for (let j = mLast + 1; j < te && j <= mLast + 4 && !t.isPunct(j); j++)
        if (/^(NOUN|PROPN|PRON)$/.test(t.upos(j))) {
          np = this.phraseHead(j, -1);
          // "aux yeux des experts": not the marker's own noun the parser made the head.
          if (np <= mLast) np = j;
          break;
        }
      // "de source syndicale": the marker's own noun is the source.
      if (np < 0 && t.upos(mLast) === 'NOUN' && /^(ADJ|NOUN)$/.test(t.upos(mLast + 1))) np = mLast;
      if (np < 0) return;
    }
    const lead = this.onlyConnectivesBefore(m, ts);
    if (weak && !lead) return;
    // "le restaurant qui, selon les mesures sanitaires en vigueur, devrait être fermé": inside
    // the sentence, a rule followed (opening it, "According to state law, …" is its source).
    if (!lead && this.lex.ruleNouns.has(t.lemma(np))) return;
    let end = mLast;
    for (const j of t.subtree(np, (k) => t.isPunct(k))) end = Math.max(end, j);
    let content: Span | null;
    if (lead) {
      // "According to officials, the bridge … was closed" with the clause parsed as an
      // apposition of the source: the source's phrase ends at its first comma, before a finite verb.
      if (end + 1 >= te || this.doc.tokens[end + 1].text !== ',') {
        let comma = np + 1;
        while (comma < te && this.doc.tokens[comma].text !== ',') comma++;
        // The clause may also run past the phrase the parser gave the source ("According to early
        // results of exit polls …, nearly half of voters were black").
        let finite = false;
        for (let j = comma + 1; j < te; j++) finite ||= t.verbGroupHas(j, 'VerbForm=Fin');
        // "According to customs figures published last month, exports fell": the source's
        // participle, made the sentence's verb with the source as its subject, ends at the comma.
        let sourceParticiple = comma > end;
        for (let k = end + 1; k < comma && sourceParticiple; k++)
          sourceParticiple =
            !/^(VERB|AUX)$/.test(t.upos(k)) ||
            t.childrenWith(k, (r, c) => r.startsWith('nsubj') && c !== np).length === 0;
        if (weak || (comma >= end && !sourceParticiple) || !finite) return;
        end = comma - 1;
      }
      content = this.trimSpan(end + 2, te - 1);
    } else {
      // "…, when she learned the cat was not in its interest according to her vet, and …":
      // inside a subordinate clause the marker scopes that clause, not the sentence (set off
      // by a comma, ", according to Y.", it scopes the sentence).
      let clause = t.forms[m - 1] !== ',' ? this.subordinateAround(np) : null;
      // The clause's predicate comes before the marker ("… a CBS poll released Monday": the
      // source's own participle is no clause around it).
      if (clause !== null && clause > m) clause = null;
      content =
        clause !== null
          ? this.clauseSpan(clause, (j) => j >= m && j <= end)
          : this.aroundIncise(m, end, ts, te, null);
    }
    if (!content || content.end - content.start < 3) return;
    // "Pour ce syndiqué, « … »": a weak marker before a quotation is its frame.
    const quoted = this.quoted.findIndex(
      (q, qi) =>
        q.start >= content!.start && q.end <= content!.end && this.coversQuote(content!, qi),
    );
    if (weak && quoted < 0 && !this.isSourceLike(np)) return;
    if (quoted >= 0 && this.isSpeechLike(quoted)) {
      this.usedQuotes.add(quoted);
      content = this.quoted[quoted];
    }
    const chain = this.chainFor(this.behindMedium(np, content), null, ts, te);
    const a: Omit<Attribution, 'hedged' | 'denied' | 'refused'> = {
      kind: quoted >= 0 && content === this.quoted[quoted] ? 'direct' : 'indirect',
      content,
      cue: t.span(m, mLast),
      cueToken: null,
      chain,
      unbalanced: false,
    };
    this.add(a, null);
  }

  /** The head of the subordinate clause (complement, adverbial) a phrase sits in, if any. */
  private subordinateAround(np: number): number | null {
    const t = this.tree;
    let k = t.head(np);
    while (k >= 0 && !CLAUSE_HEAD_RELS.test(t.rel(k))) k = t.head(k);
    return k >= 0 && SUBORDINATE_RELS.test(t.rel(k)) ? k : null;
  }

  /**
   * "selon son site internet", "d'après un communiqué du syndicat": the speaker is
   * behind the medium — its complement, its possessor, else the subject of the content.
   */
  private behindMedium(np: number, content: Span): number {
    const t = this.tree;
    if (!this.lex.mediumNouns.has(t.lemma(np))) return np;
    const owner = t.childrenWith(
      np,
      (rel, j) =>
        (rel.startsWith('nmod') && /^(PROPN|NOUN|PRON)$/.test(t.upos(j))) ||
        (rel === 'det' && t.hasFeat(j, 'Poss=Yes')),
    );
    if (owner.length > 0) return owner[0];
    if (this.lex.reportNouns.has(t.lemma(np))) return np;
    for (
      let i = this.tokenAt(content.start);
      i < this.doc.tokens.length && this.doc.tokens[i].end <= content.end;
      i++
    ) {
      const h = t.head(i);
      if (
        t.rel(i).startsWith('nsubj') &&
        (h < 0 || this.doc.tokens[h].start >= content.start) &&
        /^(PROPN|NOUN)$/.test(t.upos(i))
      )
        return i;
    }
    return np;
  }

  private onlyConnectivesBefore(m: number, ts: number): boolean {
    for (let i = ts; i < m; i++)
      if (!/^(ADV|CCONJ|PUNCT|SCONJ)$/.test(this.tree.upos(i))) return false;
    return true;
  }

  /**
   * "citing three dockers familiar with the plan", "citing two councillors who attended": a
   * noun of the actors' roles, or one a relative pronoun of persons takes up, names people.
   */
  private isPersonNoun(np: number): boolean {
    const t = this.tree;
    if (t.upos(np) !== 'NOUN') return false;
    const lemma = foldName(t.lemma(np)).join(' ');
    const roles = actorLexicon(this.lex.lang)?.roles.get(lemma) ?? [];
    if (roles.some((r) => r.words.length === 1)) return true;
    return t
      .childrenWith(np, (r) => r.startsWith('acl:relcl'))
      .some((c) => t.children[c].some((k) => this.lex.personRelatives.has(t.forms[k])));
  }

  /** A phrase naming a person: a person's name, a person noun, a personal pronoun of the third person. */
  private namesPerson(np: number): boolean {
    const t = this.tree;
    if (t.upos(np) === 'PRON')
      return (
        t.hasFeat(np, 'PronType=Prs') && t.hasFeat(np, 'Person=3') && !t.hasFeat(np, 'Gender=Neut')
      );
    // "l'épidémiologiste Roman Prymula": the name may be the description's apposition.
    const words = [np, ...t.childrenWith(np, (rel) => /^(appos|flat)/.test(rel))];
    return this.isPersonNoun(np) || words.some((j) => this.personMentionAt(j));
  }

  private personMentionAt(j: number): boolean {
    const at = this.doc.tokens[j];
    const next = this.people[this.peopleBefore(at.start)];
    return next !== undefined && next.start <= at.start && at.end <= next.end;
  }

  /** A noun phrase that can be a source: a name, a person or institution noun, a pronoun. */
  private isSourceLike(np: number): boolean {
    const t = this.tree;
    return (
      t.upos(np) === 'PROPN' ||
      t.upos(np) === 'PRON' ||
      // An acronym is a name whatever the tagger made of it ("Pour l'UNAPEI, …").
      /^\p{Lu}{2,}$/u.test(this.doc.tokens[np].text) ||
      this.lex.typeWords.has(t.lemma(np)) ||
      this.lex.anonymityNouns.has(t.lemma(np)) ||
      // "Pour l'économiste Hélène Baudchon": a description with a person's name.
      t
        .childrenWith(np, (r, c) => c > np && /^(appos|nmod|flat)/.test(r) && t.upos(c) === 'PROPN')
        .some((c) =>
          (this.doc.mentions ?? []).some(
            (m) =>
              m.label === 'PER' &&
              m.start <= this.doc.tokens[c].start &&
              this.doc.tokens[c].end <= m.end,
          ),
        )
    );
  }

  // ---------------------------------------------------------------- loose quotations

  private looseQuote(qi: number, sentence: number, ts: number, te: number): void {
    const t = this.tree;
    const q = this.quoted[qi];
    const range = this.quoteTokens(qi);
    if (!range) return;
    const [a, b] = range;
    const speechLike = this.isSpeechLike(qi);
    // "“…” ― Maria Delgado": a dash and a name closing the paragraph sign the quotation.
    const signed = this.isWording(qi) ? this.signature(qi) : null;
    if (signed !== null) {
      const s = this.doc.sentences[this.doc.tokens[signed.name].sentence];
      this.usedQuotes.add(qi);
      this.add(
        {
          kind: 'direct',
          content: q,
          cue: signed.dash,
          cueToken: null,
          chain: this.chainFor(signed.name, null, s.tokenStart, s.tokenEnd),
          unbalanced: q.unbalanced,
        },
        null,
      );
      return;
    }
    // "“Every time …,” Tester said, referring to the excuse, “you give …”": a quotation resuming
    // in lowercase after the incise of the quotation before it goes on with that utterance.
    const resumed = this.resumedAfterIncise(qi);
    if (resumed) {
      this.usedQuotes.add(qi);
      this.add(
        {
          kind: 'direct',
          content: q,
          cue: resumed.cue,
          cueToken: resumed.cueToken,
          chain: resumed.chain.map((l) => ({ ...l })),
          unbalanced: q.unbalanced,
        },
        resumed.cueToken,
      );
      return;
    }
    // "X : «…»" — a noun phrase, a colon, the quotation.
    const open = a - 1;
    if (speechLike && open - 1 > ts && t.forms[open - 1] === ':') {
      // "La directrice reste prudente : « … »": the subject of the clause before the colon.
      // "Turnout rose - Mark Ellery: “…”": a digest's topic, a dash, and the source it quotes.
      const dash = this.signingDash(ts, open - 1);
      const head =
        dash !== null
          ? this.rootOf(dash + 1, open - 2)
          : this.noVerbBetween(ts, open - 1)
            ? this.rootOf(ts, open - 2)
            : this.subjectBefore(ts, open - 1);
      if (head !== null) {
        this.usedQuotes.add(qi);
        this.add(
          {
            kind: 'direct',
            content: q,
            cue: t.span(open - 1, open - 1),
            cueToken: null,
            chain: this.chainFor(head, null, ts, te),
            unbalanced: q.unbalanced,
          },
          null,
        );
        return;
      }
    }
    // "«…» : X …" — the quotation, a colon, then the speaker as subject of what follows.
    // "« A », « B », « C » : des réponses …" — a list of quotations before the colon.
    const [first, lastQ] = this.quotationList(qi);
    const listed = first !== lastQ;
    const lastRange = this.quoteTokens(lastQ);
    const firstRange = this.quoteTokens(first);
    const close = (lastRange ? lastRange[1] : b) + 1;
    const colonAt =
      close + 1 < te && t.forms[close + 1] === ':'
        ? close + 1
        : close < te && t.forms[close] === ':'
          ? close
          : -1;
    if (
      (speechLike || (listed && this.isWording(qi))) &&
      colonAt > 0 &&
      (firstRange ?? range)[0] - 1 <= ts + 1
    ) {
      let head: number | null = null;
      for (let j = colonAt + 1; j < te && head === null; j++)
        if (t.rel(j).startsWith('nsubj') && t.head(j) > colonAt) head = j;
      if (head === null) head = this.rootOf(colonAt + 1, Math.min(te - 1, colonAt + 8));
      if (head !== null) {
        // "… : des réponses qui …": a medium is no speaker; the one speaking before is.
        const said = this.relativeAntecedent(head) ?? head;
        const chain = this.lex.mediumNouns.has(t.lemma(said))
          ? this.previousSpeakerChain(sentence)
          : this.chainFor(head, null, ts, te);
        this.usedQuotes.add(qi);
        this.add(
          {
            kind: 'direct',
            content: q,
            cue: t.span(colonAt, colonAt),
            cueToken: null,
            chain,
            unbalanced: q.unbalanced,
          },
          null,
        );
        return;
      }
    }
    // "The mayor went on: ¶ “…”": a paragraph ending with a colon announces the quotation
    // opening the next one; its verb of saying is the cue, that verb's subject the speaker.
    const intro = open === ts && this.isWording(qi) ? this.colonIntro(sentence) : null;
    if (intro) {
      this.usedQuotes.add(qi);
      this.add(
        {
          kind: 'direct',
          content: q,
          cue: intro.cue,
          cueToken: intro.cueToken,
          chain: intro.chain,
          unbalanced: q.unbalanced,
        },
        intro.cueToken,
      );
      return;
    }
    // "“She has been clear,” one aide said. “No new money without oversight.”": a verbless
    // quotation going on from the direct quote of the sentence before is speech too.
    const goesOn = !speechLike && this.goesOnQuoting(qi, sentence);
    // A fragment inside the object of a reporting verb: "dénonce une « mascarade »".
    if (!speechLike && !goesOn && this.isWording(qi)) {
      for (let h = t.head(a); h >= 0 && h >= ts && h < te; h = t.head(h)) {
        if (this.inQuote[h] === qi) continue;
        const cue = this.cueAt(h, te);
        // A fragment is someone's wording when a finite verb of saying takes it as its object or complement.
        // Also an infinitive or gerund a finite verb governs ("s'est empressé d'évoquer un « … »").
        // So is a conjunct sharing its auxiliary ("a réclamé … et dénoncé « l'abandon »").
        const governed =
          /^(xcomp|advcl|conj)/.test(t.rel(h)) &&
          t.head(h) >= 0 &&
          t.verbGroupHas(t.head(h), 'VerbForm=Fin');
        const takes =
          cue &&
          cue.entry.content.some((slot) => slot !== 'clause' && slot !== 'infinitive') &&
          (t.verbGroupHas(h, 'VerbForm=Fin') || governed || this.coordinated.has(h));
        if (cue && takes) {
          // "called the senator a “nasty guy,” an “anchor baby” and “sick”": the verb's content
          // read so far goes on over each fragment of its list.
          const own = this.attributions.find(
            (x) =>
              x.cueToken === h && x.content.end <= q.start && this.listGap(x.content.end, q.start),
          );
          if (own) {
            this.usedQuotes.add(qi);
            this.setContent(own, {
              start: own.content.start,
              end: q.close !== null ? q.close + 1 : q.end,
            });
            own.kind = 'mixed';
            return;
          }
          const speaker = this.subjectOf(h, ts, te);
          const carried = this.coordinated.get(h);
          if (speaker === null && !carried) return;
          this.usedQuotes.add(qi);
          this.add(
            {
              kind: 'partial',
              content: q,
              cue: t.span(cue.verb, cue.last),
              cueToken: h,
              chain: carried?.map((l) => ({ ...l })) ?? this.chainFor(speaker, h, ts, te),
              unbalanced: false,
            },
            h,
          );
          return;
        }
        if (/^(VERB)$/.test(t.upos(h)) && t.rel(h) !== 'conj') break;
      }
      return;
    }
    if (!speechLike && !goesOn) return;
    // A quotation standing alone: its speaker is the one of the quotation just before, if any.
    const sentStart = this.doc.tokens[ts].start;
    const sentEnd = this.doc.tokens[te - 1].end;
    if ((q.end - q.start) / Math.max(1, sentEnd - sentStart) < 0.6) return;
    // "— Jorge Falcon “Maybe we can …”": a name and nothing else before the quotation is its speaker.
    const named = this.nameBefore(ts, a - 1);
    // An interview's questions are the newsroom's: "— Pourquoi … ?" between the answers.
    const asking = named === null && this.questionTurns().has(qi);
    if (asking) this.questions.add(q.start);
    const previous = asking
      ? [{ ...this.root, head: null, anonymous: false }]
      : named !== null
        ? this.chainFor(named, null, ts, te)
        : this.previousSpeakerChain(sentence);
    this.usedQuotes.add(qi);
    this.add(
      {
        kind: 'direct',
        content: q,
        cue: null,
        cueToken: null,
        chain: previous,
        unbalanced: q.unbalanced,
      },
      null,
    );
  }

  /**
   * The direct attribution of the quotation before `qi` when `qi` resumes it: it opens in
   * lowercase after a comma, in the same paragraph, and that attribution's cue stands between.
   */
  private resumedAfterIncise(qi: number): Attribution | null {
    const q = this.quoted[qi];
    const prev = qi > 0 ? this.quoted[qi - 1] : null;
    if (!prev || prev.depth !== 0 || prev.close === null || q.open === null) return null;
    if (!/^\p{Ll}/u.test(this.doc.text.slice(q.start, q.start + 1))) return null;
    const between = this.doc.text.slice(prev.close + 1, q.open);
    if (between.includes('\n') || !/,\s*$/.test(between) || /[.!?;]/.test(between)) return null;
    return (
      this.attributions.find(
        (a) =>
          a.kind === 'direct' &&
          a.cueToken !== null &&
          a.content.start === prev.start &&
          a.content.end === prev.end &&
          this.doc.tokens[a.cueToken].start > prev.close! &&
          this.doc.tokens[a.cueToken].end <= q.open!,
      ) ?? null
    );
  }

  /**
   * "Q: What went wrong?" / "A: We built for winter.": the paragraphs of an interview opened by
   * a question or answer label are turns, quoted whole; the questions are remembered by start.
   */
  private labelledTurns(marked: QuotedSpan[]): QuotedSpan[] {
    const turns: QuotedSpan[] = [];
    for (const p of this.doc.paragraphs) {
      const text = this.doc.text.slice(p.start, p.end);
      const label = /^(\p{L}+)\s*[:—–]\s+/u.exec(text);
      if (!label || marked.some((q) => q.start < p.end && q.end > p.start)) continue;
      const word = normForm(label[1]);
      const asks = this.lex.questionLabels.has(word);
      if (!asks && !this.lex.answerLabels.has(word)) continue;
      const start = p.start + label[0].length;
      const end = p.start + text.trimEnd().length;
      if (end <= start) continue;
      if (asks) this.labelledQuestions.add(start);
      turns.push({
        start,
        end,
        open: p.start,
        close: null,
        depth: 0,
        unbalanced: false,
        continuation: false,
      });
    }
    return turns;
  }

  /**
   * The interviewer's turns of a dialogue: in a run of paragraphs each opened by a dash turn,
   * the turns of the parity where some turn asks a question and none of the other parity does.
   */
  private questionTurns(): Set<number> {
    if (this.asked) return this.asked;
    const asked = new Set<number>();
    const text = this.doc.text;
    const turn = (p: { start: number }) =>
      this.quoted.findIndex(
        (q) => q.open === p.start && /^[—–―-]/.test(text.slice(q.open, q.open + 1)),
      );
    let run: number[] = [];
    const close = () => {
      if (run.length >= 2) {
        const asks = (qi: number) =>
          /\?\s*$/.test(text.slice(this.quoted[qi].start, this.quoted[qi].end));
        const parity = [0, 1].map((k) => run.some((qi, i) => i % 2 === k && asks(qi)));
        if (parity[0] !== parity[1]) {
          const k = parity[0] ? 0 : 1;
          run.forEach((qi, i) => i % 2 === k && asked.add(qi));
        }
      }
      run = [];
    };
    for (const p of this.doc.paragraphs) {
      const qi = turn(p);
      if (qi >= 0) run.push(qi);
      else close();
    }
    close();
    this.quoted.forEach((q, qi) => this.labelledQuestions.has(q.start) && asked.add(qi));
    this.asked = asked;
    return asked;
  }

  /**
   * "“…” ― Maria Delgado": after the closing mark, a dash then one to five capitalised words
   * ending the paragraph (a signature). The dash and the head of the name, else null.
   */
  private signature(qi: number): { dash: Span; name: number } | null {
    const q = this.quoted[qi];
    if (q.close === null) return null;
    const close = q.close;
    const para = this.doc.paragraphs.find((p) => p.start <= close && close < p.end);
    if (!para) return null;
    // The signature ends its paragraph, or its line when a paragraph holds one quotation a line.
    const lineEnd = this.doc.text.indexOf('\n', close);
    const end = lineEnd >= 0 && lineEnd < para.end ? lineEnd : para.end;
    const after = this.doc.text.slice(close + 1, end);
    const dash = /^\s*([―—–]|--)\s*/u.exec(after);
    if (!dash) return null;
    const from = close + 1 + dash[0].length;
    // The name may carry an apposition to the end of its line ("― Sophie Marchal, a nurse").
    const signed =
      /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*(?=(,[^\n,]{1,80})?[\s.]*$)/u.exec(
        this.doc.text.slice(from, end),
      );
    if (!signed) return null;
    const nameEnd = from + signed[0].length;
    const words = this.doc.tokens.filter(
      (tok) => tok.start >= from && tok.end <= nameEnd && !this.tree.isPunct(tok.index),
    );
    if (words.length === 0) return null;
    const first = words[0].index;
    const last = words[words.length - 1].index;
    const dashStart = close + 1 + dash[0].indexOf(dash[1]);
    return {
      dash: { start: dashStart, end: dashStart + dash[1].length },
      name: this.rootOf(first, last) ?? last,
    };
  }

  /** The first and last quotation of the comma-separated list `qi` belongs to ("« A », « B »"). */
  private quotationList(qi: number): [number, number] {
    const between = (x: number, y: number) => {
      const close = this.quoted[x].close;
      const open = this.quoted[y].open;
      return (
        close !== null && open !== null && /^\s*,\s*$/.test(this.doc.text.slice(close + 1, open))
      );
    };
    let first = qi;
    while (first > 0 && between(first - 1, first)) first--;
    let last = qi;
    while (last + 1 < this.quoted.length && between(last, last + 1)) last++;
    return [first, last];
  }

  /** The noun a relative pronoun stands for ("des réponses qui …"), else null. */
  private relativeAntecedent(j: number): number | null {
    const t = this.tree;
    if (t.upos(j) !== 'PRON' || !t.hasFeat(j, 'PronType=Rel')) return null;
    const clause = t.head(j);
    return clause >= 0 && t.rel(clause).startsWith('acl') ? t.head(clause) : null;
  }

  /**
   * "Nadia Roux, déléguée syndicale,": the name before a short verbless apposition that ends at
   * `comma`, its head; null when the words there are no description of a name.
   */
  private nameBeforeApposition(comma: number): number | null {
    const t = this.tree;
    const first = this.doc.sentences[this.doc.tokens[comma].sentence].tokenStart;
    for (let k = comma - 1; k > first && comma - k <= 7; k--) {
      if (t.forms[k] === ',') {
        const named = k - 1;
        return t.upos(named) === 'PROPN' && t.upos(k + 1) !== 'PROPN' && this.inQuote[named] < 0
          ? this.phraseHead(named, -1)
          : null;
      }
      if (t.isPunct(k) || (/^(VERB|AUX)$/.test(t.upos(k)) && t.hasFeat(k, 'VerbForm=Fin')))
        return null;
    }
    return null;
  }

  /** The proper name that alone (with dashes or bullets) fills tokens `ts`..`end`, its head. */
  private nameBefore(ts: number, end: number): number | null {
    const t = this.tree;
    let words = 0;
    for (let i = ts; i < end; i++) {
      if (t.isPunct(i) && this.inQuote[i] < 0 && !/[,.;:]/.test(t.forms[i])) continue;
      if (t.upos(i) !== 'PROPN' || this.inQuote[i] >= 0) return null;
      words++;
    }
    return words > 0 && words <= 5 ? this.rootOf(ts, end - 1) : null;
  }

  /**
   * The announcement of a quotation opening sentence `sentence`: the sentence before ends its
   * paragraph with a colon ("Dr. Ward stated:", "Transcript as follows:"). Its last verb of
   * saying is the cue and that verb's subject the speaker; without one, the subject of its
   * clause or, with no verb at all, its first noun.
   */
  private colonIntro(
    sentence: number,
  ): { cue: Span; cueToken: number | null; chain: Link[] } | null {
    const t = this.tree;
    const s = this.doc.sentences[sentence];
    const previous = this.doc.sentences[sentence - 1];
    if (!previous || previous.paragraph === s.paragraph) return null;
    const ps = previous.tokenStart;
    const colon = previous.tokenEnd - 1;
    if (colon <= ps || t.forms[colon] !== ':' || this.inQuote[colon] >= 0) return null;
    for (let v = colon - 1; v >= ps; v--) {
      if (this.inQuote[v] >= 0) continue;
      const cue = this.cueAt(v, colon);
      if (!cue) continue;
      const speaker = this.subjectOf(v, ps, colon);
      if (speaker === null) break;
      return {
        cue: t.span(cue.verb, cue.last),
        cueToken: v,
        chain: this.chainFor(speaker, v, ps, colon),
      };
    }
    const head = this.noVerbBetween(ps, colon - 1)
      ? this.rootOf(ps, colon - 1)
      : this.subjectBefore(ps, colon);
    if (head === null) return null;
    return {
      cue: t.span(colon, colon),
      cueToken: null,
      chain: this.chainFor(head, null, ps, colon),
    };
  }

  /** The first token of the paragraph of sentence `index`. */
  private paragraphStart(index: number): number {
    const sentences = this.doc.sentences;
    let k = index;
    while (k > 0 && sentences[k - 1].paragraph === sentences[index].paragraph) k--;
    return sentences[k].tokenStart;
  }

  /**
   * "Limbaugh added:" closing a paragraph, the next one unmarked: a block quotation the page's
   * marks were lost from; the whole paragraph is the speaker's words. Only when the verb has
   * nothing of its own after it and the paragraph holds no quotation mark.
   */
  private blockAfterColon(index: number): void {
    const t = this.tree;
    const intro = this.colonIntro(index);
    if (!intro || intro.cueToken === null) return;
    const colon = this.doc.sentences[index - 1].tokenEnd - 1;
    const cue = this.cueAt(intro.cueToken, colon);
    // "Here are the stories people will be talking about:" introduces no one's words.
    if (!cue || cue.entry.frame !== 'speech' || !/^(root|conj|parataxis)/.test(t.rel(cue.verb)))
      return;
    for (let j = cue.last + 1; j < colon; j++)
      if (!(this.isTime(j) || t.upos(j) === 'ADV' || t.isPunct(j))) return;
    const sentences = this.doc.sentences;
    let last = index;
    while (
      last + 1 < sentences.length &&
      sentences[last + 1].paragraph === sentences[index].paragraph
    )
      last++;
    const a = sentences[index].tokenStart;
    const b = sentences[last].tokenEnd - 1;
    for (let j = a; j <= b; j++) if (this.inQuote[j] >= 0) return;
    const content = this.trimSpan(a, b);
    if (!content) return;
    this.add(
      {
        kind: 'direct',
        content,
        cue: intro.cue,
        cueToken: intro.cueToken,
        chain: intro.chain,
        unbalanced: false,
      },
      intro.cueToken,
    );
  }

  /** The last dash before a colon with only a verbless noun phrase between them: "… - Pew Research:". */
  private signingDash(ts: number, colon: number): number | null {
    const t = this.tree;
    for (let d = colon - 2; d > ts; d--) {
      if (this.inQuote[d] >= 0) return null;
      // A spaced dash, not the hyphen of "(D-N.Y.)".
      const before = this.doc.text[this.doc.tokens[d].start - 1] ?? '';
      if (!/^(-|--|—|–|―)$/.test(t.forms[d]) || !/\s/.test(before)) continue;
      return this.noVerbBetween(d + 1, colon - 1) && this.rootOf(d + 1, colon - 1) !== null
        ? d
        : null;
    }
    return null;
  }

  private subjectBefore(ts: number, colon: number): number | null {
    const t = this.tree;
    for (let i = ts; i < colon; i++) {
      const h = t.head(i);
      if (
        t.rel(i).startsWith('nsubj') &&
        h > i &&
        h < colon &&
        this.inQuote[i] < 0 &&
        /^(NOUN|PROPN|PRON)$/.test(t.upos(i))
      )
        return i;
    }
    return null;
  }

  private noVerbBetween(a: number, b: number): boolean {
    for (let i = a; i <= b; i++)
      if (/^(VERB|AUX)$/.test(this.tree.upos(i)) && this.inQuote[i] < 0) return false;
    return b >= a;
  }

  /** The first token of a..b whose head lies outside: a nominal one, or any with `anyTag`. */
  private rootOf(a: number, b: number, anyTag = false): number | null {
    for (let i = a; i <= b; i++) {
      const h = this.tree.head(i);
      if ((h < a || h > b) && (anyTag || /^(NOUN|PROPN|PRON)$/.test(this.tree.upos(i)))) return i;
    }
    return null;
  }

  /**
   * The chain of an unframed quotation: the speaker who spoke just before, the person made the
   * subject since, or the one a verb without content announced. Its last link keeps the mention
   * that named that speaker ("“A,” the clerk said. “B.”": B's speaker mention is "the clerk").
   */
  private previousSpeakerChain(sentence: number): Link[] {
    const first = this.doc.sentences[Math.max(0, sentence - LOOKBACK_SENTENCES)];
    for (let k = this.attributions.length - 1; k >= 0; k--) {
      const a = this.attributions[k];
      if (a.content.end < first.start) break;
      // The newsroom asks; it does not answer.
      if (a.chain.length === 0 || this.questions.has(a.content.start) || this.byNewsroom(a))
        continue;
      // "Martha Klein, 67, was asleep … « … »": a person the narrator made the subject since
      // that attribution's sentence is who speaks now; a subject inside that sentence's own
      // incise ("Obama said at the gala, where Clinton also spoke.") is not.
      const since =
        a.cueToken !== null
          ? Math.max(a.content.end, this.doc.sentences[this.doc.tokens[a.cueToken].sentence].end)
          : a.content.end;
      const topic = this.subjectPersonSince(since, sentence);
      let chain = a.chain;
      if (topic !== null && !this.sameSource(this.link(topic), a.chain[a.chain.length - 1])) {
        const s = this.doc.sentences[this.doc.tokens[topic].sentence];
        chain = this.chainFor(topic, null, s.tokenStart, s.tokenEnd);
      }
      return chain.map((l) => ({ ...l, head: null }));
    }
    // "Sofia Lindqvist designs housing. … A: We built for winter.": the person the article is about.
    const topic = this.subjectPersonSince(first.start, sentence);
    if (topic !== null) {
      const s = this.doc.sentences[this.doc.tokens[topic].sentence];
      return this.chainFor(topic, null, s.tokenStart, s.tokenEnd).map((l) => ({
        ...l,
        head: null,
      }));
    }
    // "Hervé Mangin, le patron du camping, confirme. « … »": a verb of saying without content just before.
    const previous = this.doc.sentences[sentence - 1];
    if (!previous) return [];
    for (let v = previous.tokenEnd - 1; v >= previous.tokenStart; v--) {
      if (this.inQuote[v] >= 0 || !this.cueAt(v, previous.tokenEnd)) continue;
      const speaker = this.subjectOf(v, previous.tokenStart, previous.tokenEnd);
      if (speaker !== null)
        return this.chainFor(speaker, v, previous.tokenStart, previous.tokenEnd).map((l) => ({
          ...l,
          head: null,
        }));
    }
    return [];
  }

  /** A quotation of several words in the paragraph of a direct quote closing the sentence before. */
  private goesOnQuoting(qi: number, sentence: number): boolean {
    const range = this.quoteTokens(qi);
    if (!range || sentence === 0) return false;
    let words = 0;
    for (let i = range[0]; i <= range[1]; i++) if (!this.tree.isPunct(i)) words++;
    const previous = this.doc.sentences[sentence - 1];
    if (words < MIN_SPEECH_TOKENS || previous.paragraph !== this.doc.sentences[sentence].paragraph)
      return false;
    const last = this.attributions[this.attributions.length - 1];
    return (
      last !== undefined &&
      last.kind === 'direct' &&
      last.content.start >= previous.start &&
      last.content.end <= previous.end
    );
  }

  /** An attribution whose speaker is the outlet itself ("we asked her", "selon nos informations"). */
  private byNewsroom(a: Attribution): boolean {
    const last = a.chain[a.chain.length - 1];
    return (
      last.type === 'outlet' || (this.root.outlet !== undefined && last.outlet === this.root.outlet)
    );
  }

  /** The last person named as a subject outside quotations after `from`, before the sentence. */
  private subjectPersonSince(from: number, sentence: number): number | null {
    const end = this.doc.sentences[sentence].start;
    for (let k = this.peopleBefore(end) - 1; k >= 0 && this.people[k].start >= from; k--) {
      const m = this.people[k];
      const head = this.phraseHead(m.tokenStart, -1);
      if (
        this.inQuote[m.tokenStart] < 0 &&
        // "“Toil on,” Frank writes": a name the parser hung on the quotation is its incise's speaker.
        this.inQuote[head] < 0 &&
        this.tree.rel(head).startsWith('nsubj')
      )
        return head;
    }
    return null;
  }

  // ---------------------------------------------------------------- chains and speakers

  /** Links from the speaker mention: relays (citant X, cité par X), bases (sur les indications de X), anaphora (la même source). */
  private chainFor(speaker: number | null, verb: number | null, ts: number, te: number): Link[] {
    if (speaker === null) return [];
    const t = this.tree;
    const chain: Link[] = [];
    // Anaphoric source: "la même source", "ce responsable".
    const anaphoric = this.anaphoricChain(speaker) ?? this.relayedAnonymousChain(speaker);
    if (anaphoric) chain.push(...anaphoric);
    else chain.push(this.link(speaker));
    // "X cité par Y": Y relays X; also when the parser hung the participle on the verb
    // ("« … », écrit l'ONG, citée par l'agence").
    const relayed = [
      ...t.children[speaker],
      ...(verb !== null ? t.children[verb].filter((c) => c > speaker) : []),
    ];
    for (const c of relayed) {
      if (!this.lex.relayVerbs.has(t.lemma(c)) || !t.isPassive(c)) continue;
      const agent = t.childrenWith(
        c,
        (rel, j) =>
          rel.startsWith('obl') &&
          t.childrenWith(j, (r, k) => r === 'case' && this.lex.passiveMarkers.has(t.forms[k]))
            .length > 0,
      );
      if (agent.length > 0) this.prepend(chain, this.link(agent[0]));
    }
    // "X, citant Y, …" / "en se basant sur les indications de Y": X relays Y.
    for (let r = ts; r < te; r++) {
      // A relay verb that is itself the cue ("Trump cited his endorsements") reports its object.
      if (this.inQuote[r] >= 0 || t.upos(r) !== 'VERB' || r === verb) continue;
      const relay = this.lex.relayVerbs.has(t.lemma(r)) && !t.isPassive(r);
      const basis = this.lex.basisVerbs.has(t.lemma(r));
      if (!relay && !basis) continue;
      // A participle hanging on a noun is controlled by that noun: "The agency, citing …".
      const controller =
        t.head(r) >= 0 && /^(NOUN|PROPN|PRON)$/.test(t.upos(t.head(r)))
          ? t.head(r)
          : this.subjectOf(r, ts, te);
      let source = relay
        ? t.childrenWith(r, (rel) => rel.startsWith('obj'))[0]
        : t.childrenWith(r, (rel) => rel.startsWith('obl'))[0];
      if (source === undefined) continue;
      // "citing lower ore grades": a reason, not a source; "citing officials", "citing a report" relay.
      if (
        relay &&
        !this.isSourceLike(source) &&
        !this.lex.mediumNouns.has(t.lemma(source)) &&
        !this.isPersonNoun(source)
      )
        continue;
      // The speaker found is the one relayed ("AP, citant un responsable, fait état …" misparsed): its relay goes first.
      if (source === speaker) {
        if (controller !== null && controller !== speaker)
          this.prepend(chain, this.link(controller));
        continue;
      }
      const attached =
        controller === speaker ||
        (verb !== null &&
          (t.head(r) === verb || t.head(verb) === r || this.postposedRelays(verb, te).includes(r)));
      if (!attached) continue;
      if (basis && this.lex.basisNouns.has(t.lemma(source))) {
        const inner = t.childrenWith(
          source,
          (rel, j) => rel.startsWith('nmod') && /^(NOUN|PROPN|PRON)$/.test(t.upos(j)),
        );
        if (inner.length === 0) continue;
        source = inner[0];
      }
      chain.push(this.link(source));
    }
    return chain;
  }

  /**
   * "X reported that the port would close, citing three dockers": relay participles after a
   * comma that the parser hung on the content clause of verb `v` (or on one of its
   * conjuncts); they go with the reporting verb and its subject.
   */
  private postposedRelays(v: number, te: number): number[] {
    const t = this.tree;
    const found: number[] = [];
    for (let r = v + 1; r < te; r++) {
      if (!this.lex.relayVerbs.has(t.lemma(r)) || t.isPassive(r) || this.inQuote[r] >= 0) continue;
      // The tagger may leave the present participle without its tense ("citing": VerbForm=Part).
      const participle = t.upos(r) === 'VERB' && !t.verbGroupHas(r, 'VerbForm=Fin');
      if (t.forms[r - 1] !== ',' || !participle || !/^(conj|advcl|xcomp)/.test(t.rel(r))) continue;
      let h = t.head(r);
      while (h > v && t.rel(h) === 'conj') h = t.head(h);
      if (h > v && /^ccomp/.test(t.rel(h)) && t.head(h) === v) found.push(r);
    }
    return found;
  }

  /** The reporting verb a postposed relay participle goes with (see `postposedRelays`). */
  private relayReporter(r: number, te: number): number | null {
    const t = this.tree;
    let h = t.head(r);
    while (h >= 0 && t.rel(h) === 'conj') h = t.head(h);
    if (h < 0 || !/^ccomp/.test(t.rel(h))) return null;
    const v = t.head(h);
    return v >= 0 && this.postposedRelays(v, te).includes(r) ? v : null;
  }

  private prepend(chain: Link[], outer: Link): void {
    if (chain.some((l) => this.sameSource(l, outer))) return;
    chain.unshift(outer);
  }

  private sameSource(a: SourceLink, b: SourceLink): boolean {
    if (a.entity && b.entity) return a.entity === b.entity;
    return a.name.toLowerCase() === b.name.toLowerCase();
  }

  /**
   * A speaker phrase that points back: "la même source", "ce (même) responsable américain",
   * "the same official", "one of the officials", "the newspaper". It takes the chain of the
   * last earlier mention of its noun (the attribution that mention spoke or relayed in, else
   * the mention's own link); a demonstrative or "same" that finds none is known by its own
   * description, anonymous, never as a person of another role. Null when the phrase does not
   * point back.
   */
  private anaphoricChain(np: number): Link[] | null {
    const t = this.tree;
    const dets = t.childrenWith(np, (rel) => rel === 'det' || rel === 'amod');
    const same = dets.some((j) => this.lex.same.has(normForm(t.forms[j])));
    const demonstrative = dets.some((j) => this.lex.demonstratives.has(normForm(t.forms[j])));
    const group = this.partitiveGroup(np);
    if (!same && !demonstrative && group === null) {
      const medium = this.mediumBefore(np);
      return medium ? [medium] : null;
    }
    const noun = group ?? np;
    const lemma = t.lemma(noun);
    const [from] = this.npRange(group !== null && group < np ? group : np);
    const here = (l: Link): Link => ({
      ...l,
      start: this.doc.tokens[from].start,
      end: this.npEnd(np),
      phrase: undefined,
      head: np,
    });
    const sentenceStart = this.doc.sentences[this.doc.tokens[np].sentence].start;
    // The attribution a mention spoke or relayed in: its chain up to that mention.
    const chainThrough = (mention: number): Link[] | null => {
      for (let k = this.attributions.length - 1; k >= 0; k--) {
        const chain = this.attributions[k].chain;
        const at = chain.findIndex((l) => l.head === mention);
        if (at >= 0) return [...chain.slice(0, at).map((l) => ({ ...l })), here(chain[at])];
      }
      return null;
    };
    const earlier = this.roleNoun(noun) ? this.lastMentionOf(lemma, from) : null;
    // "One of the officials": the group a source named before, else its own description.
    if (group !== null) return earlier !== null ? chainThrough(earlier) : null;
    if (earlier !== null) {
      const chain = chainThrough(earlier);
      if (chain) return chain;
      let head = earlier;
      // "Foreign Minister Ana Lopes … this minister": the title's name.
      while (/^(compound|flat)/.test(t.rel(head)) && t.upos(t.head(head)) === 'PROPN')
        head = t.head(head);
      return [here(this.link(head))];
    }
    // "la même source": the last source; "this report" names the last speaker with its noun.
    if (!this.roleNoun(np) || this.lex.anyRoleNouns.has(lemma))
      for (let k = this.attributions.length - 1; k >= 0; k--) {
        const chain = this.attributions[k].chain;
        if (chain.length === 0 || this.attributions[k].content.start >= sentenceStart) continue;
        const last = chain[chain.length - 1];
        if (same || (last.head !== null && t.lemma(last.head) === lemma))
          return [...chain.slice(0, -1).map((l) => ({ ...l })), here(last)];
      }
    // "Juliette Carpezat s'est précipitée …: « … », explique cette habitante": the person the
    // sentence named before the demonstrative.
    const named = demonstrative
      ? this.lastPersonBefore(this.doc.tokens[np].start, sentenceStart)
      : null;
    if (named && t.upos(np) === 'NOUN' && !this.lex.typeWords.has(lemma))
      return [
        { ...this.link(np), name: this.fullestName(named), type: 'person', anonymous: false },
      ];
    if (!this.roleNoun(np)) return null;
    // "Pour ce délégué syndical" with no delegate before is known by its description alone,
    // never by an entity the actors layer may have joined it to (a person of another role).
    const [a, b] = this.npRange(np);
    const span = t.span(a, b);
    const name = this.doc.text.slice(span.start, span.end);
    return [{ ...span, head: np, name, type: this.typeOf(np, a, b, null), anonymous: true }];
  }

  /**
   * "Reuters, citing a senior official …, reported … The official, who spoke on condition of
   * anonymity, said …": an anonymous source the actor layer knows from an earlier attribution,
   * where someone relayed it, still speaks through that relay. Null otherwise.
   */
  private relayedAnonymousChain(np: number): Link[] | null {
    const link = this.link(np);
    if (!link.entity || !link.anonymous) return null;
    for (let k = this.attributions.length - 1; k >= 0; k--) {
      const chain = this.attributions[k].chain;
      const at = chain.findIndex((l) => l.entity === link.entity);
      if (at > 0) return [...chain.slice(0, at).map((l) => ({ ...l })), link];
    }
    return null;
  }

  /** A noun that names a person's or a body's role: "official", "responsable", "agency". */
  private roleNoun(n: number): boolean {
    const lemma = this.tree.lemma(n);
    return (
      this.isPersonNoun(n) || this.lex.typeWords.has(lemma) || this.lex.anonymityNouns.has(lemma)
    );
  }

  /**
   * The group noun of a partitive speaker: "one of the officials" (the parser's head is
   * "one"), "l'un des responsables" (its head is the group, after "un"); null otherwise.
   */
  private partitiveGroup(np: number): number | null {
    const t = this.tree;
    if (this.lex.partitives.has(normForm(t.forms[np]))) {
      // "one of the officials", "one of his aides"; not "one in four voters".
      const group = t.childrenWith(
        np,
        (r, c) =>
          c > np &&
          r.startsWith('nmod') &&
          t.upos(c) === 'NOUN' &&
          t.children[c].some(
            (d) =>
              t.rel(d) === 'det' &&
              (t.hasFeat(d, 'Definite=Def') ||
                t.hasFeat(d, 'Poss=Yes') ||
                t.hasFeat(d, 'PronType=Dem')),
          ),
      )[0];
      return group ?? null;
    }
    const [a] = this.npRange(np);
    return t.upos(np) === 'NOUN' &&
      a > 0 &&
      a < np &&
      this.lex.partitives.has(normForm(t.forms[a - 1])) &&
      /^(PRON|NUM)$/.test(t.upos(a - 1))
      ? np
      : null;
  }

  /**
   * The last noun with this lemma before token `before`, outside quotations, heading its
   * phrase or titling a name ("Foreign Minister Ana Lopes"). The index is built once.
   */
  private lastMentionOf(lemma: string, before: number): number | null {
    if (this.nounsByLemma === null) {
      const t = this.tree;
      this.nounsByLemma = new Map();
      for (let i = 0; i < this.doc.tokens.length; i++) {
        if (t.upos(i) !== 'NOUN' || this.inQuote[i] >= 0) continue;
        if (/^(compound|flat)/.test(t.rel(i)) && t.upos(t.head(i)) !== 'PROPN') continue;
        const list = this.nounsByLemma.get(t.lemma(i)) ?? [];
        list.push(i);
        this.nounsByLemma.set(t.lemma(i), list);
      }
    }
    const list = this.nounsByLemma.get(lemma) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (list[k] < before) return list[k];
    return null;
  }

  /**
   * "According to the newspaper", "the agency said": a definite news noun with no name of its
   * own is the news outlet named last before it (not only a known outlet: "the Kessar Herald").
   */
  private mediumBefore(np: number): Link | null {
    const t = this.tree;
    if (this.lex.typeWords.get(t.lemma(np)) !== 'news' || t.upos(np) !== 'NOUN') return null;
    const [a, b] = this.npRange(np);
    if (!t.hasFeat(a, 'Definite=Def')) return null;
    for (let i = a; i <= b; i++) if (t.upos(i) === 'PROPN' || t.upos(i) === 'ADJ') return null;
    if (this.outletOf(a, b, this.doc.text.slice(this.doc.tokens[a].start, this.doc.tokens[b].end)))
      return null;
    // The body named last must be the outlet: "according to the nonpartisan Congressional
    // Budget Office … the agency said" is no news agency's.
    const at = this.doc.tokens[a].start;
    let last: { entity: Entity; kind: string; end: number } | null = null;
    for (const e of this.entities) {
      if (e.type === 'person') continue;
      for (const m of e.mentions)
        if (m.kind !== 'pronoun' && m.end <= at && (last === null || m.end > last.end))
          last = { entity: e, kind: m.kind, end: m.end };
    }
    if (last === null || last.entity.type !== 'news' || last.kind !== 'name') return null;
    const named = this.link(this.tokenAt(last.end - 1));
    return { ...named, ...t.span(a, b), phrase: undefined, head: np };
  }

  private npEnd(np: number): number {
    const [, b] = this.npRange(np);
    return this.doc.tokens[b].end;
  }

  /** The speaker mention: the head with its determiners, modifiers and names, not its clauses or comma appositions. */
  private capitalised(j: number): boolean {
    return /^\p{Lu}/u.test(this.doc.tokens[j]?.text ?? '');
  }

  /** "Ports & Logistics": a conjunction sign between two capitalised words joins one name. */
  private nameSign(j: number): boolean {
    return (
      j > 0 &&
      this.tree.upos(j) === 'CCONJ' &&
      /^\P{L}+$/u.test(this.doc.tokens[j].text) &&
      this.capitalised(j - 1) &&
      this.capitalised(j + 1)
    );
  }

  private npRange(np: number): [number, number] {
    const t = this.tree;
    const skip = (j: number) =>
      (SPEAKER_SKIP.test(t.rel(j)) &&
        !(t.rel(j) === 'conj' && t.head(j) === np && t.upos(j) === 'PROPN') &&
        !this.wordHyphen(j) &&
        // "The Metal & Marine Workers Union": one name, whatever the parser coordinated in it.
        !this.nameSign(j) &&
        !this.nameSign(j - 1)) ||
      (t.rel(j) === 'appos' && j > 0 && this.doc.tokens[j - 1].text === ',') ||
      this.inQuote[j] >= 0 ||
      (t.upos(j) === 'VERB' && j !== np) ||
      // "“…,” a sign on the dock read.": the incise's verb the tagger made a noun of the phrase.
      (j > np && this.misreadIncise(j) !== null) ||
      // "The fees are low, …, Ms. Adler-Ruiz said": a modifier with a subject of its own is the
      // clause before the name the parser hung on it, never part of the name.
      (j !== np && t.children[j].some((c) => t.rel(c).startsWith('nsubj')));
    const members = t.subtree(np, skip);
    let [a, b] = t.contiguous(members, np);
    // "Ms. Adler-Ruiz": the name's words before a word hyphen the parser hung elsewhere.
    while (a >= 2 && this.wordHyphen(a - 1) && t.upos(a - 2) === 'PROPN') {
      a -= 2;
      while (
        a > 0 &&
        t.upos(a - 1) === 'PROPN' &&
        ((t.head(a) === a - 1 && t.rel(a) === 'flat') ||
          (t.head(a - 1) === a && /^(flat|compound)/.test(t.rel(a - 1))))
      )
        a--;
    }
    // "the Ports & Logistics Union": the name's words before a sign joining them.
    while (a >= 2 && this.nameSign(a - 1) && /^(NOUN|PROPN)$/.test(t.upos(a - 2))) {
      a -= 2;
      while (a > 0 && /^(NOUN|PROPN)$/.test(t.upos(a - 1)) && this.capitalised(a - 1)) a--;
      if (a > 0 && t.upos(a - 1) === 'DET') a--;
    }
    while (a < b && (t.isPunct(a) || t.upos(a) === 'ADP' || this.leadsOutOfName(a))) a++;
    // "un responsable américain sous couvert d'anonymat": the condition is not part of the name.
    const s = this.doc.sentences[this.doc.tokens[np].sentence];
    for (let i = np + 1; i <= b; i++)
      if (this.lex.anonymityPhrases.some((seq) => t.matches(i, seq, s.tokenEnd))) {
        b = i - 1;
        break;
      }
    while (b > a && (t.isPunct(b) || t.upos(b) === 'ADP' || t.upos(b) === 'CCONJ')) b--;
    return [a, b];
  }

  /**
   * "auprès du parquet": a sourcing phrase's word, or the article a preposition before the
   * phrase contracts with (the two tokens share the characters of "du"), opens no name; the
   * phrase's own noun does ("de source syndicale").
   */
  private leadsOutOfName(a: number): boolean {
    const tok = this.doc.tokens;
    return (
      (this.sourcingTokens.has(a) && this.tree.upos(a) !== 'NOUN') ||
      (a > 0 && tok[a].start < tok[a - 1].end)
    );
  }

  /** A hyphen inside a word ("Shanklin-Hawkins", "assault-weapons"): no space on either side. */
  private wordHyphen(j: number): boolean {
    const tok = this.doc.tokens;
    return (
      /^[-‐‑]$/.test(tok[j].text) &&
      j > 0 &&
      j + 1 < tok.length &&
      tok[j - 1].end === tok[j].start &&
      tok[j].end === tok[j + 1].start
    );
  }

  /**
   * The source's whole noun phrase: the mention `a`..`b` with the appositions, parentheses
   * and relative clauses of its head, not its quotations nor clauses of another kind.
   */
  private fullPhraseRange(np: number, a: number, b: number): [number, number] {
    const t = this.tree;
    const members = t.subtree(
      np,
      (j) =>
        this.inQuote[j] >= 0 ||
        (t.head(j) === np &&
          (/^(ccomp|xcomp|advcl|parataxis|csubj|discourse|vocative|reparandum|orphan|dep)/.test(
            t.rel(j),
          ) ||
            // "according to X": the marker is the cue, not the source.
            (j < np && /^(case|mark)$/.test(t.rel(j))))) ||
        this.cueAt(j, this.doc.tokens.length) !== null,
    );
    let [pa, pb] = t.contiguous(members, np);
    // Subjects the parser split ("Hillary Clinton's | campaign manager Robby Mook said"): one phrase.
    const h = t.head(np);
    if (h >= 0 && t.rel(np).startsWith('nsubj'))
      for (const c of t.children[h]
        .filter((j) => j < np && t.rel(j).startsWith('nsubj') && !this.isTime(j))
        .reverse()) {
        const [ca, cb] = t.contiguous(t.subtree(c), c);
        if (cb === pa - 1 && this.inQuote[ca] < 0) pa = ca;
      }
    pa = Math.min(pa, a);
    pb = Math.max(pb, b);
    while (pa < a && (t.isPunct(pa) || /^(ADP|CCONJ)$/.test(t.upos(pa)) || this.leadsOutOfName(pa)))
      pa++;
    while (pb > b && (t.isPunct(pb) || /^(ADP|CCONJ)$/.test(t.upos(pb)))) {
      // A closing parenthesis stays with its opening one: "Sen. David Perdue (R-Ga.)".
      if (
        this.doc.tokens[pb].text === ')' &&
        this.doc.text.slice(t.span(pa, pb).start, this.doc.tokens[pb].start).includes('(')
      )
        break;
      pb--;
    }
    return [pa, pb];
  }

  private link(np: number): Link {
    const t = this.tree;
    const [a, b] = this.npRange(np);
    const span = t.span(a, b);
    const phrase = this.doc.text.slice(span.start, span.end);
    const [pa, pb] = this.fullPhraseRange(np, a, b);
    const base = {
      start: span.start,
      end: span.end,
      head: np,
      ...(pa < a || pb > b ? { phrase: t.span(pa, pb) } : {}),
    };
    if (this.isNewsroom(np)) return { ...this.root, ...base, anonymous: false };
    const entity = this.entityAt(np);
    // "Le délégué CGT, Marc Villard, a exhorté …": a person named in apposition to the
    // description is the speaker, whatever actor the layer joined the description to.
    if (entity && t.upos(np) === 'NOUN') {
      const named = t
        .childrenWith(np, (r, c) => r === 'appos' && c > np && t.upos(c) === 'PROPN')
        .find((c) => {
          const person = this.entityAt(c);
          return person?.type === 'person' && person.id !== entity.id;
        });
      if (named !== undefined) return { ...this.link(named), ...base };
    }
    // A pronoun the actors layer left unnamed is resolved here.
    if (entity && !(t.upos(np) === 'PRON' && !entity.name)) {
      const type = (
        ['person', 'organisation', 'government', 'news', 'igo'].includes(entity.type)
          ? entity.type
          : 'unknown'
      ) as SourceType;
      const outlet = type === 'news' ? this.outletOf(a, b, entity.name ?? phrase) : null;
      // An unnamed speaker is known by the description the sentence gives, not a cluster label;
      // a description the layer left without a name may still repeat a title given with one.
      const unnamed = !entity.mentions.some((m) => m.kind === 'name');
      const apposed = unnamed ? this.appositionName(np) : null;
      const titled = !unnamed ? null : apposed ? this.fullestName(apposed) : this.titledName(np, a);
      const name = titled ?? (entity.anonymous || !entity.name ? phrase : entity.name);
      return {
        ...base,
        name,
        entity: entity.id,
        type,
        anonymous: titled === null && entity.anonymous,
        ...(outlet ? { outlet: outlet.id } : {}),
      };
    }
    const form = t.forms[np];
    // "One of the officials" is a partitive, not the impersonal "one".
    const partitive = t.childrenWith(np, (r, c) => c > np && r.startsWith('nmod')).length > 0;
    if (this.lex.impersonal.has(form) && !partitive)
      return { ...base, name: 'unknown', type: 'unknown', anonymous: true };
    // A relative pronoun stands for the noun its clause qualifies: "Romano Prodi qui souhaiterait …".
    if (t.upos(np) === 'PRON' && t.hasFeat(np, 'PronType=Rel')) {
      const clause = t.head(np);
      const noun = clause >= 0 && t.rel(clause).startsWith('acl') ? t.head(clause) : -1;
      if (noun >= 0 && noun !== np && /^(NOUN|PROPN)$/.test(t.upos(noun)))
        return { ...this.link(noun), ...base, phrase: undefined };
      // ", qui évoque …" parsed as a conjunct: the noun before the comma, or the person an
      // apposition there describes ("Nadia Roux, déléguée syndicale, qui réclame …").
      if (np >= 2 && this.relativeAfter(np - 1)) {
        const described = this.nameBeforeApposition(np - 1);
        if (described !== null) return { ...this.link(described), ...base, phrase: undefined };
        if (/^(NOUN|PROPN)$/.test(t.upos(np - 2)))
          return { ...this.link(this.phraseHead(np - 2, -1)), ...base, phrase: undefined };
      }
    }
    // "selon son estimation": a possessive stands for its owner, resolved like a pronoun.
    const possessive = t.upos(np) === 'DET' && t.hasFeat(np, 'Poss=Yes');
    if (t.upos(np) === 'PRON' || possessive) {
      if (this.lex.pronouns.has(form) || /^-t?-/.test(form) || possessive) {
        const antecedent = this.antecedent(np);
        // The pronoun's own phrase, not the antecedent's.
        if (antecedent) return { ...antecedent, ...base, phrase: base.phrase };
      }
      return { ...base, name: 'unknown', type: 'unknown', anonymous: false };
    }
    const outlet = this.outletOf(a, b, phrase);
    if (outlet)
      return { ...base, name: outlet.name, type: 'news', anonymous: false, outlet: outlet.id };
    const mention = this.mentionIn(span, np) ?? this.appositionName(np);
    const anonymous = this.isAnonymous(np, a);
    const type = this.typeOf(np, a, b, mention?.label ?? null);
    if (mention && !anonymous) {
      const name =
        mention.label === 'PER'
          ? this.fullestName(mention)
          : this.doc.text.slice(mention.start, mention.end);
      return { ...base, name, type, anonymous: false };
    }
    const titled = anonymous ? null : this.titledName(np, a);
    if (titled) return { ...base, name: titled, type, anonymous: false };
    const country = this.countryOf(np, a, b);
    return { ...base, name: phrase, type, anonymous, ...(country !== null ? { country } : {}) };
  }

  /** The outlet speaking of itself: "nous", "we", "selon nos informations". */
  private isNewsroom(np: number): boolean {
    const t = this.tree;
    if (this.inQuote[np] >= 0) return false;
    if (t.upos(np) === 'PRON') return this.lex.newsroomPronouns.has(t.forms[np]);
    return (
      t.childrenWith(
        np,
        (rel, j) => rel === 'det' && j < np && this.lex.newsroomPossessives.has(t.forms[j]),
      ).length > 0
    );
  }

  /**
   * "a-t-on appris de source syndicale", "indique-t-on auprès de la préfecture": after a verb
   * whose subject is impersonal or the newsroom, the source phrase speaks; without one, a
   * verb of learning reports what the newsroom itself learned ("a-t-on appris").
   */
  private sourcedChain(v: number, last: number, te: number, speaker: number | null): Link[] | null {
    const t = this.tree;
    if (speaker === null) return null;
    const form = t.forms[speaker];
    const impersonal = this.lex.impersonal.has(form) || this.lex.newsroomPronouns.has(form);
    if (!impersonal || this.inQuote[speaker] >= 0) return null;
    for (let j = last + 1; j < te && this.inQuote[j] < 0 && !t.isPunct(j); j++) {
      const seq = this.lex.sourcingPhrases.find((p) => t.matches(j, p, te));
      if (!seq) continue;
      const end = j + seq.length - 1;
      for (let k = j; k <= end; k++) this.sourcingTokens.add(k);
      // "de source syndicale": the phrase's own noun is the source; "auprès de X": X.
      let np = t.upos(end) === 'NOUN' ? end : -1;
      for (let k = end + 1; np < 0 && k < te && k <= end + 4; k++)
        if (/^(NOUN|PROPN|PRON)$/.test(t.upos(k))) np = this.phraseHead(k, v);
      if (np < 0) break;
      const link = this.link(np);
      // An unnamed source noun is an anonymous source: "de source diplomatique".
      if (t.upos(np) === 'NOUN' && this.lex.anonymityNouns.has(t.lemma(np))) link.anonymous = true;
      return [link];
    }
    if (!this.lex.learningVerbs.has(t.lemma(v))) return null;
    const at = t.span(speaker, speaker);
    return [{ ...this.root, start: at.start, end: at.end, head: speaker, anonymous: false }];
  }

  /** "le directeur des services, René Badot": the person named in apposition to a title. */
  private appositionName(np: number): { start: number; end: number; label: string } | null {
    const t = this.tree;
    if (t.upos(np) !== 'NOUN') return null;
    for (const j of t.childrenWith(
      np,
      (r, c) => r === 'appos' && c > np && t.upos(c) === 'PROPN',
    )) {
      if (this.doc.tokens[j - 1].text !== ',') continue;
      const at = this.doc.tokens[j];
      const m = (this.doc.mentions ?? []).find(
        (x) => x.label === 'PER' && x.start <= at.start && at.end <= x.end,
      );
      if (m) return m;
    }
    // "son gouverneur, François Villeroy de Galhau, …" with the name hung elsewhere: a person
    // named right after the comma closing the phrase, after a title or two ("…, Me Jean Roux,").
    const after = this.npRange(np)[1] + 1;
    if (after + 1 >= this.doc.tokens.length || this.doc.tokens[after].text !== ',') return null;
    const titled = (x: EntityMention) => {
      for (let k = after + 1; k < x.tokenStart; k++)
        if (!/^\p{Lu}/u.test(this.doc.tokens[k].text) || t.isPunct(k)) return false;
      return true;
    };
    return (
      this.people.find(
        (x) =>
          x.tokenStart > after &&
          x.tokenStart <= after + 3 &&
          this.inQuote[x.tokenStart] < 0 &&
          titled(x),
      ) ?? null
    );
  }

  /**
   * "le ministre français" after "le ministre français des Affaires étrangères
   * Dominique de Villepin": a definite description naming a title the text gave
   * earlier right before a person's name stands for that person.
   */
  private titledName(np: number, a: number): string | null {
    const t = this.tree;
    if (t.upos(np) !== 'NOUN' || !t.hasFeat(a, 'Definite=Def')) return null;
    const lemma = t.lemma(np);
    for (let k = this.peopleBefore(this.doc.tokens[a].start) - 1; k >= 0; k--) {
      const m = this.people[k];
      for (let i = m.tokenStart - 1; i >= Math.max(0, m.tokenStart - 8); i--) {
        if (t.isPunct(i) && t.forms[i] !== '-') break;
        if (t.lemma(i) === lemma) return this.fullestName(m);
      }
    }
    return null;
  }

  private entityAt(np: number): Entity | null {
    const tok = this.doc.tokens[np];
    return (
      this.entities.find((e) => e.mentions.some((m) => m.start <= tok.start && tok.end <= m.end)) ??
      null
    );
  }

  private outletOf(a: number, b: number, phrase: string): { id: string; name: string } | null {
    const t = this.tree;
    const candidates = [phrase];
    // A word of a person's name is no outlet's ("Karen Spiegel" is not Der Spiegel).
    for (let i = a; i <= b; i++)
      if (t.upos(i) === 'PROPN' && this.entityAt(i)?.type !== 'person')
        candidates.push(this.doc.tokens[i].text);
    const mention = this.mentionIn(t.span(a, b));
    if (mention) candidates.push(this.doc.text.slice(mention.start, mention.end));
    for (const c of candidates) {
      const outlet = findOutlet(c, this.lex.lang);
      if (outlet) {
        this.seenOutlets.push(outlet.id);
        return outlet;
      }
    }
    const described = resolveOutletDescription(phrase, this.lex.lang, this.seenOutlets);
    if (described?.outlet) return described.outlet;
    return null;
  }

  /**
   * The name a speaker phrase gives; with its head, only a name that is the head or hangs on
   * it ("le ministre Paul Durand"), not one deeper in ("l'auteur du programme de X" is not X).
   */
  private mentionIn(
    span: Span,
    head: number | null = null,
  ): { start: number; end: number; label: string } | null {
    const t = this.tree;
    const inside = (this.doc.mentions ?? []).filter(
      (m) =>
        m.start >= span.start &&
        m.end <= span.end &&
        (head === null ||
          t.upos(head) !== 'NOUN' ||
          (m.tokenStart <= head && head < m.tokenEnd) ||
          // "Ukrainian officials", "des responsables américains": a nationality does not name them.
          (this.demonymCountry(m) === null &&
            !this.placeComplement(m) &&
            (t.head(m.tokenStart) === head || t.head(m.tokenStart) === t.head(head)))),
    );
    return inside.find((m) => m.label === 'PER') ?? inside[0] ?? null;
  }

  /** "les commerçants de la rue Dunmore", "residents of Leeds": a place a preposition introduces says where, not who. */
  private placeComplement(m: { label: string; tokenStart: number }): boolean {
    const t = this.tree;
    return (
      m.label === 'LOC' &&
      t.childrenWith(m.tokenStart, (r, k) => r === 'case' && k < m.tokenStart).length > 0
    );
  }

  /** The one country a mention written as a nationality word gives ("Ukrainian" → UKR), else null. */
  private demonymCountry(m: Span): string | null {
    const countries = demonymCountries(this.doc.text.slice(m.start, m.end), this.lex.lang);
    return countries.length === 1 ? countries[0] : null;
  }

  /** The country a nationality word qualifying a speaker's head gives: "Ukrainian officials". */
  private countryOf(np: number, a: number, b: number): string | null {
    for (let i = a; i <= b; i++) {
      if (i === np) continue;
      const country = this.demonymCountry(this.doc.tokens[i]);
      if (country !== null && this.tree.head(i) === np) return country;
    }
    return null;
  }

  /** "Blinken" → "Antony Blinken": the longest person mention of the document ending with the same word. */
  private fullestName(m: Span): string {
    const text = this.doc.text.slice(m.start, m.end);
    const longest = this.fullest.get(text.split(/\s+/).pop()!);
    return longest !== undefined && longest.length > text.length ? longest : text;
  }

  private isAnonymous(np: number, a: number): boolean {
    const t = this.tree;
    const indefinite = this.lex.indefinites.has(t.forms[a]) || t.hasFeat(a, 'Definite=Ind');
    if (t.upos(np) === 'PROPN') return false;
    if (
      indefinite &&
      (this.lex.anonymityNouns.has(t.lemma(np)) || this.lex.anonymityNouns.has(t.forms[np]))
    )
      return true;
    // "… s'exprimant sous couvert d'anonymat", "… on condition of anonymity" right after the mention.
    const s = this.doc.sentences[this.doc.tokens[np].sentence];
    for (let i = np + 1; i < Math.min(s.tokenEnd, np + 12); i++)
      if (this.lex.anonymityPhrases.some((seq) => t.matches(i, seq, s.tokenEnd))) return true;
    return false;
  }

  private typeOf(np: number, a: number, b: number, label: string | null): SourceType {
    const t = this.tree;
    for (const key of [t.lemma(np), t.forms[np]]) {
      const type = this.lex.typeWords.get(key);
      if (type) return type;
    }
    for (let i = a; i <= b; i++) {
      const type = this.lex.typeWords.get(t.lemma(i));
      if (type === 'government' || type === 'igo') return type;
    }
    if (label === 'PER') return 'person';
    if (label === 'LOC') return 'government';
    if (label === 'ORG') return 'organisation';
    return t.upos(np) === 'PROPN' ? 'unknown' : 'person';
  }

  /** A pronoun's speaker: the last named speaker of the preceding sentences, else the last person named before it. */
  private antecedent(np: number): Link | null {
    const sentence = this.doc.tokens[np].sentence;
    const first = this.doc.sentences[Math.max(0, sentence - LOOKBACK_SENTENCES)];
    const m = this.lastPersonBefore(this.doc.tokens[np].start, 0);
    const person = (p: EntityMention): Link => ({
      name: this.fullestName(p),
      type: 'person',
      anonymous: false,
      head: p.tokenStart,
    });
    // "Elle" stands for no phrase of the other gender ("ils" may: a group of both)
    const gender = this.tree.hasFeat(np, 'Number=Sing') ? this.genderAt(np) : null;
    const agrees = (head: number | null) => {
      const other = head === null ? null : this.genderAt(head);
      return gender === null || other === null || other === gender;
    };
    // "they", "ils": a group named in the plural ("two officials … They said"), never one
    // person ("Conner … But cops are crying foul — they say"): else nobody the text names.
    // A quantity of a plural is a group too ("une dizaine de délégués", "a group of officials").
    const plural = this.tree.hasFeat(np, 'Number=Plur');
    const several = (head: number) =>
      this.tree.hasFeat(head, 'Number=Plur') ||
      this.tree
        .childrenWith(head, (r, c) => r.startsWith('nmod') && c > head)
        .some((c) => this.tree.hasFeat(c, 'Number=Plur'));
    const countable = (link: Link) => !plural || (link.head !== null && several(link.head));
    const named = m && agrees(m.tokenStart) && !plural ? m : null;
    // The speaker of the attributions just before, whoever it is ("un responsable …, a-t-il
    // ajouté"), unless a person has since become the subject of the journalist's text: "… »,
    // a déclaré X. L'émissaire Y s'est montré prudent. « … », a-t-il rappelé" is Y's.
    // Of those, the one whose speaker is named last before the pronoun: "D'après la même
    // source, la ministre aurait demandé …. Elle aurait exhorté …" is the minister's.
    let closest: { a: Attribution; last: Link } | null = null;
    for (let k = this.attributions.length - 1; k >= 0; k--) {
      const a = this.attributions[k];
      if (a.content.end < first.start) break;
      const last = a.chain[a.chain.length - 1];
      if (!last || a.byPossessor || last.name === 'unknown' || last.type === 'news') continue;
      if (!agrees(last.head)) continue;
      if (!countable(last)) continue;
      const at = last.head ?? -1;
      if (closest === null || (at < np && at > (closest.last.head ?? -1))) closest = { a, last };
    }
    if (closest) {
      const { a, last } = closest;
      const said = Math.max(a.content.end, a.cue?.end ?? 0);
      if (named && named.start > said && this.isSubjectMention(named)) return person(named);
      return { ...last };
    }
    // Else the last person named before it, in the journalist's text.
    return named ? person(named) : null;
  }

  /**
   * The grammatical gender a phrase shows (French: "Elle", "la ministre", "Mme X"): its head's,
   * or for a name the title right before it; null where the language or the word marks none.
   */
  private genderAt(head: number): string | null {
    const t = this.tree;
    let k = head;
    while (k > 0 && t.upos(k) === 'PROPN') k--;
    for (const i of [head, k])
      for (const g of ['Fem', 'Masc']) if (t.hasFeat(i, `Gender=${g}`)) return g;
    return null;
  }

  /** Whether a mention is the subject of its clause, or a name in apposition to it ("L'émissaire X"). */
  private isSubjectMention(m: EntityMention): boolean {
    const t = this.tree;
    for (let i = m.tokenStart; i < m.tokenEnd; i++) {
      if (t.head(i) >= m.tokenStart && t.head(i) < m.tokenEnd) continue;
      let j = i;
      while (/^(appos|flat|compound)/.test(t.rel(j)) && t.head(j) >= 0) j = t.head(j);
      if (/^nsubj/.test(t.rel(j))) return true;
    }
    // The parser may hang the subject on a fronted phrase ("À Jakarta, le porte-parole …, M. X,
    // a opposé un démenti": porte-parole in apposition to Jakarta): a name before a root verb
    // that has no subject of its own stands for it.
    let root = m.tokenStart;
    while (t.head(root) >= 0) root = t.head(root);
    return (
      t.upos(root) === 'VERB' &&
      root >= m.tokenEnd &&
      !t.children[root].some((c) => /^(nsubj|csubj|expl)/.test(t.rel(c)))
    );
  }

  /** The last person named outside quotations between `from` and `offset`. */
  private lastPersonBefore(offset: number, from: number): EntityMention | null {
    for (let k = this.peopleBefore(offset) - 1; k >= 0 && this.people[k].start >= from; k--)
      if (this.inQuote[this.people[k].tokenStart] < 0) return this.people[k];
    return null;
  }

  // ---------------------------------------------------------------- status and output

  private add(
    a: Omit<Attribution, 'hedged' | 'denied' | 'refused'>,
    cueToken: number | null,
  ): void {
    if (this.contents.has(spanKey(a.content))) return;
    const refused = cueToken !== null && this.isRefusal(cueToken);
    const full: Attribution = { ...a, hedged: false, denied: false, refused };
    // "X told Reuters that …": the outlet the speaker spoke to relays the speaker's word.
    const agency = a.chain.length > 0 ? this.agencyTold(cueToken, a) : null;
    if (agency) full.chain = [...a.chain.slice(0, -1), agency, a.chain[a.chain.length - 1]];
    full.hedged = this.isHedged(full, cueToken);
    if (cueToken !== null && this.frameAt(cueToken) === 'denial') {
      // "n'exclut pas de …", "does not rule out …": a denial denied leaves a possibility open.
      if (this.negated(cueToken)) full.hedged = true;
      else full.denied = true;
    }
    this.attributions.push(full);
    this.count(full.content, 1);
  }

  /**
   * The outlet a speaker told or spoke on, or that questioned the speaker, outside what is
   * said: "told Reuters", "a indiqué à l'AFP", "said in an interview with the BBC", "sur les
   * ondes de la Chaîne III", "interrogé par l'AFP". Null when there is none, or when the chain
   * already names it.
   */
  private agencyTold(
    v: number | null,
    a: Omit<Attribution, 'hedged' | 'denied' | 'refused'>,
  ): Link | null {
    const t = this.tree;
    const speaker = a.chain[a.chain.length - 1].head;
    // Not what is said, nor a source already named ("endorsed by dozens of papers").
    const outside = (j: number) =>
      !this.tokenWithin(j, a.content) &&
      !a.chain.some((l) => this.tokenWithin(j, l) || l.head === j);
    const agencyAt = (j: number): Link | null => {
      if (!/^(NOUN|PROPN)$/.test(t.upos(j)) || j === speaker || this.inQuote[j] >= 0) return null;
      // "told reporters": people of the press are no outlet relaying the speaker.
      if (!outside(j) || this.isPersonNoun(j)) return null;
      // The head itself is the outlet: a news organisation of the actor layer, a noun of the
      // kind ("a local newspaper"), or a name of the outlet list the layer typed otherwise
      // ("au Figaro"); not a thing an outlet owns ("as for RT's bent").
      const named = this.entityAt(j)?.type === 'news';
      const kind = t.upos(j) === 'NOUN' && this.lex.typeWords.get(t.lemma(j)) === 'news';
      const [pa, pb] = this.npRange(j);
      const link = this.link(j);
      const listed =
        named || kind || t.upos(j) !== 'PROPN' ? null : this.outletOf(pa, pb, link.name);
      if ((!named && !kind && !listed) || a.chain.some((l) => this.sameSource(l, link)))
        return null;
      return listed ? { ...link, name: listed.name, type: 'news', outlet: listed.id } : link;
    };
    const about = (j: number) =>
      t.children[j].some((k) => t.rel(k) === 'case' && this.lex.topicCases.has(t.forms[k]));
    // An object is the addressee only of a verb whose object is not what is said or described
    // ("told Reuters", not "called AP's report a rush to judgment").
    // Only speech is told: whom a request asks ("asked NBC's Lester Holt to fact-check") acts.
    const speech = v !== null && this.frameAt(v) === 'speech';
    const slots = speech ? this.lex.verbs.get(t.lemma(v))?.content : undefined;
    const objectTold = !slots?.includes('object') && !slots?.includes('predicate');
    const cased = (j: number) => t.children[j].some((k) => t.rel(k) === 'case');
    for (const c of speech ? t.children[v] : []) {
      const rel = t.rel(c);
      // A bare noun the parser made an adjunct is no medium ("Media Research Center's Bozell").
      const adjunct = rel.startsWith('obl') && cased(c);
      if (!(adjunct || (/^(obj|iobj)/.test(rel) && objectTold)) || about(c)) continue;
      // An outlet fronted without a medium is a comparison, not whom the speaker spoke to
      // ("Entre autres agences de presse, l'AFP avait rapporté …").
      const told = v !== null && c > v ? agencyAt(c) : null;
      if (told) return told;
      if (!adjunct) continue;
      // The owner of a named show or host ("on CBS's Face the Nation", "told CNN's Jake
      // Tapper"), not of a thing ("as for RT's bent"); one or two phrases down a medium:
      // "in an interview with the BBC", "dans un entretien accordé au Monde" (a relative clause
      // is the medium's own story).
      const medium = this.lex.mediumNouns.has(t.lemma(c));
      for (const k of t.children[c]) {
        const r = t.rel(k);
        const down = medium && /^(nmod|acl|obl)/.test(r) && !r.startsWith('acl:relcl');
        const owner = r === 'nmod:poss' && t.upos(c) === 'PROPN';
        if ((!owner && !down) || about(k)) continue;
        const inner = agencyAt(k) ?? (down ? this.agencyBelow(k, agencyAt, about) : null);
        if (inner) return inner;
      }
    }
    // "Interviewed by the BBC, the minister said …": the agent of a participle of questioning on
    // the verb or on its speaker.
    for (const host of [v, speaker]) {
      if (host === null) continue;
      for (const p of t.children[host]) {
        if (!this.lex.interviewers.has(t.lemma(p)) || !/^(advcl|acl)/.test(t.rel(p))) continue;
        const agent = t.childrenWith(
          p,
          (rel, j) =>
            rel.startsWith('obl') &&
            t.childrenWith(j, (r, k) => r === 'case' && this.lex.passiveMarkers.has(t.forms[k]))
              .length > 0,
        );
        const by = agent.length > 0 ? agencyAt(agent[0]) : null;
        if (by) return by;
      }
    }
    return null;
  }

  private agencyBelow(
    k: number,
    agencyAt: (j: number) => Link | null,
    about: (j: number) => boolean,
  ): Link | null {
    const t = this.tree;
    for (const m of t.children[k]) {
      if (!/^(nmod|obl)/.test(t.rel(m)) || about(m)) continue;
      const found = agencyAt(m);
      if (found) return found;
    }
    return null;
  }

  private remove(a: Attribution): void {
    this.attributions.splice(this.attributions.indexOf(a), 1);
    this.count(a.content, -1);
  }

  private setContent(a: Attribution, content: Span): void {
    this.count(a.content, -1);
    a.content = content;
    this.count(content, 1);
  }

  private count(content: Span, delta: number): void {
    const key = spanKey(content);
    const n = (this.contents.get(key) ?? 0) + delta;
    if (n > 0) this.contents.set(key, n);
    else this.contents.delete(key);
  }

  /** How many person mentions end at or before `offset`: the last of them is the last named before. */
  private peopleBefore(offset: number): number {
    let lo = 0;
    let hi = this.people.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.people[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The frame of the cue at token `v`: its phrase's ("rule out"), else its verb's. */
  private frameAt(v: number): string | undefined {
    const t = this.tree;
    const phrase = this.lex.phrases.find((p) =>
      p.lemmas.every(
        (w, k) => v + k < t.forms.length && (t.lemma(v + k) === w || t.forms[v + k] === w),
      ),
    );
    return phrase?.frame ?? this.lex.verbs.get(t.lemma(v))?.frame;
  }

  private negated(v: number): boolean {
    const t = this.tree;
    const negatedItself = (w: number, rels: RegExp) =>
      t.children[w].some(
        (c) => rels.test(t.rel(c)) && this.lex.negation.has(t.forms[c].toLowerCase()),
      );
    if (negatedItself(v, /^(advmod|cc)(:|$)/)) return true;
    // "would not confirm or deny": a conjunct sharing the first one's auxiliary shares its
    // negation ("did not confirm it and denied …" has a tense of its own).
    const first = t.head(v);
    const auxiliary = (w: number) => t.children[w].some((c) => t.rel(c).startsWith('aux'));
    const form = (w: number) => t.feats(w).match(/VerbForm=\w+/)?.[0];
    return (
      t.rel(v).startsWith('conj') &&
      !auxiliary(v) &&
      auxiliary(first) &&
      form(v) === form(first) &&
      negatedItself(first, /^advmod/)
    );
  }

  private isHedged(a: Attribution, cueToken: number | null): boolean {
    const t = this.tree;
    const s = this.doc.sentences[this.doc.tokens[this.tokenAt(a.content.start)].sentence];
    if (cueToken !== null) {
      if (
        t.verbGroupHas(cueToken, 'Mood=Cnd') &&
        !this.hasConditionalException(s.tokenStart, s.tokenEnd)
      )
        return true;
      // "Le ministre se rendrait sur place, a-t-on appris": before its incise, the reported
      // clause's own conditional is the outlet's hedge (in a que-clause it is a tense).
      if (
        a.kind === 'indirect' &&
        a.cue &&
        a.content.end <= a.cue.start &&
        this.conditionalIn(a, s, false)
      )
        return true;
      // A hedging word of the outlet, outside the reported content.
      return this.hedgeWordOutside(s.tokenStart, s.tokenEnd, a.content, cueToken);
    }
    // Marker frames (selon X, …): the outlet's conditional on the reported clause is a hedge.
    if (
      a.cue &&
      !/^:$/.test(this.doc.text.slice(a.cue.start, a.cue.end)) &&
      a.kind === 'indirect' &&
      this.conditionalIn(a, s)
    )
      return true;
    return this.hedgeWordOutside(s.tokenStart, s.tokenEnd, null);
  }

  /** A conditional on the main verb of a reported clause, or (`clauses`) of a conjunct or relative clause in it. */
  private conditionalIn(
    a: Attribution,
    s: { tokenStart: number; tokenEnd: number },
    clauses = true,
  ): boolean {
    const t = this.tree;
    if (this.hasConditionalException(s.tokenStart, s.tokenEnd)) return false;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const tok = this.doc.tokens[i];
      if (tok.start < a.content.start || tok.end > a.content.end || this.inQuote[i] >= 0) continue;
      const h = t.head(i);
      const mainVerb =
        h < 0 ||
        this.doc.tokens[h].start < a.content.start ||
        this.doc.tokens[h].end > a.content.end ||
        // "… cette panne qui serait due à un incident, selon une source": a relative clause too.
        (clauses && /^(conj|acl:relcl)$/.test(t.rel(i)));
      if (
        mainVerb &&
        (/^(VERB|AUX)$/.test(t.upos(i)) || t.children[i].some((c) => t.rel(c) === 'cop')) &&
        t.verbGroupHas(i, 'Mood=Cnd')
      )
        return true;
    }
    return false;
  }

  private hasConditionalException(ts: number, te: number): boolean {
    for (let i = ts; i < te; i++)
      if (
        this.inQuote[i] < 0 &&
        this.lex.conditionalExceptions.has(this.tree.forms[i]) &&
        this.tree.upos(i) === 'SCONJ'
      )
        return true;
    return false;
  }

  /**
   * A hedge word of the outlet outside the content; with a cue verb, only in that verb's own
   * clause or one above it, not in another clause ("…, alors que des témoignages font état,
   * semble-t-il, de …" does not hedge the main verb).
   */
  private hedgeWordOutside(
    ts: number,
    te: number,
    content: Span | null,
    cueToken: number | null = null,
  ): boolean {
    const t = this.tree;
    for (let i = ts; i < te; i++) {
      if (this.inQuote[i] >= 0) continue;
      const tok = this.doc.tokens[i];
      if (content && tok.start >= content.start && tok.end <= content.end) continue;
      if (!this.lex.hedgePhrases.some((seq) => t.matches(i, seq, te))) continue;
      if (cueToken === null) return true;
      let clause = t.head(i);
      while (clause >= 0 && !/^(VERB|AUX)$/.test(t.upos(clause))) clause = t.head(clause);
      if (clause < 0 || t.dominates(clause, cueToken)) return true;
    }
    return false;
  }

  /** Whether a span holds a finite verb (a clause of its own, not a bare subject). */
  private hasFiniteVerb(span: Span): boolean {
    for (let i = this.tokenAt(span.start); i < this.tree.forms.length; i++) {
      if (this.doc.tokens[i].start >= span.end) break;
      if (/^(VERB|AUX)$/.test(this.tree.upos(i)) && this.tree.hasFeat(i, 'VerbForm=Fin'))
        return true;
    }
    return false;
  }

  /**
   * Whether the span's top predicate has its own subject inside it: a clause that stands alone
   * (not "was its biggest yet, although it may take days", whose subject is the adverbial's).
   */
  private hasOwnSubject(span: Span): boolean {
    const t = this.tree;
    const inside = (j: number) => j >= 0 && this.tokenWithin(j, span);
    for (let i = this.tokenAt(span.start); i < t.forms.length; i++) {
      if (this.doc.tokens[i].start >= span.end) break;
      const h = t.head(i);
      if (t.rel(i).startsWith('nsubj') && inside(h) && !inside(t.head(h))) return true;
    }
    return false;
  }

  /** Whether the words of a span hang outside it only as adjuncts (no subject, object or clause). */
  private onlyAdjunct(span: Span): boolean {
    const t = this.tree;
    const from = this.tokenAt(span.start);
    let roots = 0;
    for (let i = from; i < t.forms.length && this.doc.tokens[i].start < span.end; i++) {
      const h = t.head(i);
      if (h >= from && h < t.forms.length && this.doc.tokens[h].start < span.end) continue;
      if (!/^(obl|advmod|advcl|nmod|mark)/.test(t.rel(i)) || t.isPunct(i)) return false;
      // A bare noun phrase ("Climate change, Mr. Obama says, is …") is the subject, misparsed.
      if (/^(obl|nmod)/.test(t.rel(i)) && !t.children[i].some((c) => t.rel(c) === 'case'))
        return false;
      roots++;
    }
    return roots > 0;
  }

  /** Whether token j lies inside a span (a link without offsets holds none). */
  private tokenWithin(j: number, s: { start?: number; end?: number }): boolean {
    const tok = this.doc.tokens[j];
    return s.start !== undefined && s.end !== undefined && tok.start >= s.start && tok.end <= s.end;
  }

  private tokenAt(offset: number): number {
    const tokens = this.doc.tokens;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The denial inside a content: "il n'y a pas eu de [négociations, ni de réunion]", "there was no [deal]". */
  private denialIn(content: Span): Span | null {
    const t = this.tree;
    const a = this.tokenAt(content.start);
    const b = this.tokenAt(Math.max(content.start, content.end - 1));
    for (let i = a; i <= b; i++) {
      const seq = this.lex.denialPatterns.find((p) => t.matches(i, p, b + 1));
      if (!seq) continue;
      let end = i + seq.length;
      while (end <= b && !/^[.;!?»”"]$/.test(this.doc.tokens[end].text)) end++;
      const span = this.trimSpan(i + seq.length, end - 1);
      if (span) return span;
    }
    return null;
  }

  private textSpan(span: Span): TextSpan {
    return { start: span.start, end: span.end, text: this.doc.text.slice(span.start, span.end) };
  }

  private toQuote(a: Attribution, root: SourceLink): Quote {
    const links = [...(a.via ?? []), ...a.chain].map(publicLink);
    const last = links[links.length - 1];
    const speaker: Speaker =
      last && last.name !== 'unknown' && last.start !== undefined
        ? {
            name: last.name,
            entity: last.entity ?? null,
            start: last.start,
            end: last.end!,
            type: last.type,
            anonymous: last.anonymous ?? false,
            ...(last.country !== undefined ? { country: last.country } : {}),
          }
        : last && last.name !== 'unknown'
          ? {
              name: last.name,
              entity: last.entity ?? null,
              start: a.content.start,
              end: a.content.start,
              type: last.type,
              anonymous: last.anonymous ?? false,
            }
          : { name: 'unknown' };
    // The outlet, and the wire agency of the dateline over the content, open the chain; an
    // agency the chain already names ("l'AFP a rapporté" in an AFP dispatch) is named once.
    const publishing = publishingChain(this.doc, a.content.start).filter(
      (p) => !(p.outlet && links.some((l) => l.outlet === p.outlet)),
    );
    const sources =
      root.outlet && links[0]?.outlet === root.outlet ? links : [...publishing, ...links];
    // What a speaker declined to say is no claim of theirs, denial words and all.
    const negated = a.refused ? null : a.denied ? a.content : this.denialIn(a.content);
    const status: ClaimStatus = a.denied || negated ? 'denied' : a.hedged ? 'hedged' : 'reported';
    // "X voted to strike, the union said, in a dispute over pay": when the piece before the incise
    // is a clause of its own, what the reader sees ends there (never its own cue clause); the
    // pieces keep the rest. "The factory, the mayor said, will reopen" stays whole.
    // "Once at the gas station, Conner said, police confronted the couple": a piece before the
    // incise that is only an adjunct of the clause after it leaves that clause as what is said.
    const first = a.parts && a.parts.length > 1 ? a.parts[0] : null;
    const after = a.parts && a.parts.length > 1 ? a.parts[a.parts.length - 1] : null;
    const shown =
      first && this.hasFiniteVerb(first)
        ? first
        : first && after && this.onlyAdjunct(first) && this.hasOwnSubject(after)
          ? after
          : a.content;
    const quote: Quote = {
      kind: a.kind,
      content: this.textSpan(shown),
      cue: a.cue ? this.textSpan(a.cue) : null,
      speaker,
      sources,
      status,
    };
    if (status === 'denied' && negated) quote.negated = this.textSpan(negated);
    if (a.unbalanced) quote.unbalanced = true;
    if (a.refused) quote.refused = true;
    if (a.parts) quote.parts = a.parts.map((p) => this.textSpan(p));
    return quote;
  }
}

/**
 * Whether the cue closes what it reports: after the content, or after its first piece ("X
 * voted to strike, the union said, in a dispute over pay").
 */
const reportsBefore = (a: Attribution): boolean =>
  a.cue !== null && (a.parts?.[0] ?? a.content).end <= a.cue.start;

/** A link as the output shows it: without the token index the extractor worked with. */
const spanKey = (s: Span): string => `${s.start}:${s.end}`;

function publicLink(l: Link): SourceLink {
  const out: SourceLink = { name: l.name, type: l.type };
  if (l.entity !== undefined) out.entity = l.entity;
  if (l.start !== undefined) out.start = l.start;
  if (l.end !== undefined) out.end = l.end;
  if (l.anonymous !== undefined) out.anonymous = l.anonymous;
  if (l.outlet !== undefined) out.outlet = l.outlet;
  if (l.country !== undefined) out.country = l.country;
  if (l.phrase !== undefined) out.phrase = { start: l.phrase.start, end: l.phrase.end };
  return out;
}

/** The quotations and attributions of an analysed document; empty for a language without speech cues. */
export function findQuotes(doc: Doc): Quote[] {
  const lex = speechLexicon(doc.lang.code);
  if (!lex || !doc.dependencies || !doc.tags) return [];
  return new QuoteExtractor(doc, lex).run();
}

/** How the outlet presents a claim in its own voice: hedged (conditional, evidential words) or asserted. */
export function claimStatus(doc: Doc, span: Span): ClaimStatus {
  const lex = speechLexicon(doc.lang.code);
  if (!lex || !doc.dependencies || !doc.tags) return 'asserted';
  const tree = new Tree(doc, lex.activeAuxiliaries);
  const inside = doc.tokens
    .filter((t) => t.start >= span.start && t.end <= span.end)
    .map((t) => t.index);
  if (inside.length === 0) return 'asserted';
  const a = inside[0];
  const b = inside[inside.length - 1] + 1;
  const quoted = findQuotedSpans(doc.text, doc.paragraphs, lex);
  const inQuote = (i: number) =>
    quoted.some((q) => doc.tokens[i].start >= q.start && doc.tokens[i].end <= q.end);
  const exception = inside.some(
    (i) => lex.conditionalExceptions.has(tree.forms[i]) && tree.upos(i) === 'SCONJ',
  );
  for (const i of inside) {
    if (inQuote(i)) continue;
    if (lex.hedgePhrases.some((seq) => tree.matches(i, seq, b))) return 'hedged';
    const h = tree.head(i);
    const main = h < a || h >= b || tree.rel(i) === 'conj';
    if (
      main &&
      /^(VERB|AUX|ADJ|NOUN)$/.test(tree.upos(i)) &&
      tree.verbGroupHas(i, 'Mood=Cnd') &&
      !exception
    )
      return 'hedged';
  }
  return 'asserted';
}
