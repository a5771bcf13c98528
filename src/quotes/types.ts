/** The quotation and attribution layer: who said what, according to whom, and how firmly. */

export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

/** How firmly the outlet presents a claim. */
export type ClaimStatus = 'asserted' | 'reported' | 'hedged' | 'denied';

/** What kind of actor a speaker or a link of a source chain is. */
export type SourceType =
  'person' | 'organisation' | 'government' | 'news' | 'igo' | 'outlet' | 'unknown';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface NamedSpeaker {
  /** Canonical entity name, else the fullest name the text gives, else the description as written. */
  name: string;
  /** Id of the `doc.entities` cluster the speaker mention belongs to, when that layer exists. */
  entity: string | null;
  /** The speaker mention tied to this quote (may be a pronoun or a description resolved to `name`). */
  start: number;
  end: number;
  type: SourceType;
  /** Indefinite or deliberately unnamed: "un responsable", "a source close to", "on". */
  anonymous: boolean;
  /** ISO 3166 alpha-3 code a nationality word gives an unnamed speaker: "Ukrainian officials" → UKR. */
  country?: string;
}

/** The text does not say who spoke: never a guess. */
export interface UnknownSpeaker {
  name: 'unknown';
}

export type Speaker = NamedSpeaker | UnknownSpeaker;

export interface SourceLink {
  name: string;
  entity?: string | null;
  start?: number;
  end?: number;
  type: SourceType;
  anonymous?: boolean;
  /** Id in data/news-outlets.json when the link is a known news outlet. */
  outlet?: string;
  /** ISO 3166 alpha-3 code a nationality word gives a description: "des responsables américains" → USA. */
  country?: string;
  /**
   * The whole noun phrase the text gives the source in, with its appositions, parentheses
   * and relative clauses ("Brian Fallon, the campaign's press secretary"), when longer
   * than the mention `start`–`end`.
   */
  phrase?: { start: number; end: number };
}

export interface Quote {
  kind: QuoteKind;
  /** What is said: between the marks for direct and partial quotes, the reported proposition otherwise. */
  content: TextSpan;
  /** Reporting verb, attribution marker (selon, according to) or colon; null when nothing but context ties it. */
  cue: TextSpan | null;
  speaker: Speaker;
  /** How the content reached the outlet, outermost first; the publishing outlet is always the first link. */
  sources: SourceLink[];
  status: ClaimStatus;
  /** For denials: what is denied. */
  negated?: TextSpan;
  /**
   * Set when the cue is a refusal ("declined to say whether …", "a refusé de commenter"): the
   * content is what the speaker would not state, no claim of theirs; `status` says how the
   * outlet reports the refusal.
   */
  refused?: boolean;
  /** Set when a quotation mark had no partner and the span was recovered. */
  unbalanced?: boolean;
  /**
   * The pieces of what is said when a reporting incise interrupts it ("Lenox was a juggernaut,
   * he said, until it went bankrupt"): `content` is the first piece, ending before the incise,
   * when that piece is a clause of its own, else it runs from the first piece to the last.
   */
  parts?: TextSpan[];
}
