/** The event layer: who did what to whom, where and when, coded in PLOVER, with the claims behind it. */
import type { ClaimStatus, SourceLink, Speaker, TextSpan } from '../quotes/types.js';

/** The sixteen PLOVER event types (PLOVER 0.8). */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** Did it happen, as told: `negative` when every claim says it did not. */
export type Polarity = 'positive' | 'negative';

/**
 * What kind of occurrence the text describes: `actual` (told as having happened or
 * happening), `requested` (the content of a demand), `future`, `hypothetical`
 * (conditional on something, or merely possible), `background` (an earlier event
 * recalled as context: a detention mentioned in passing, a decision taken before).
 */
export type Modality = 'actual' | 'requested' | 'future' | 'hypothetical' | 'background';

/** A participant: an entity of the actor layer, or the phrase as written when none covers it. */
export interface EventParticipant {
  /** Canonical entity name, else the phrase. */
  name: string;
  /** Id of the `doc.entities` cluster, when the participant is one. */
  entity: string | null;
  /** ISO 3166 alpha-3, or a PLOVER non-state code (IGO, NGO …). */
  country: string | null;
  /** PLOVER sector (GOV, MIL, JRN …). */
  sector: string | null;
  /** The mention in this event's clause. */
  start: number;
  end: number;
  text: string;
}

export interface EventPlace {
  name: string;
  country: string | null;
  geonamesId: number | null;
  start: number;
  end: number;
  text: string;
}

export interface EventDate {
  /** TimeML value resolved against the article date (`2023-03-02`, `2022-SU`). */
  value: string;
  text: string;
  start: number;
  end: number;
}

/** One telling of an event in the article: who states it, how firmly, where. */
export interface EventClaim {
  /** The word or phrase that names the event here ("rencontré", "une rencontre", "met"). */
  trigger: TextSpan;
  /** The sentence that carries it. */
  sentence: { start: number; end: number };
  /** Whether this telling says the event happened. */
  polarity: Polarity;
  /** asserted (outlet's own voice), reported, hedged or denied. */
  status: ClaimStatus;
  /** Who says it: the speaker of the quotation carrying it; null for the outlet's own voice. */
  speaker: Speaker | null;
  /** How the claim reached the outlet, outermost first (the outlet is the first link). */
  sources: SourceLink[];
  /** Index in `doc.quotes` of the quotation or reported speech that carries the claim, if any. */
  quote: number | null;
}

export interface Event {
  /** `v1`, `v2` … in order of first telling. */
  id: string;
  type: PloverType;
  /** PLOVER mode (`multilateral`, `release`, `discontinue` …), when the text supports one. */
  mode: string | null;
  /** PLOVER contexts (`diplomatic`, `military` …). */
  context: string[];
  actors: EventParticipant[];
  recipients: EventParticipant[];
  /** What is asked, threatened, refused, agreed or alleged, for those types. */
  content: TextSpan | null;
  place: EventPlace | null;
  date: EventDate | null;
  polarity: Polarity;
  modality: Modality;
  /** True when claims disagree on whether it happened. */
  disputed: boolean;
  /** Every telling, in text order; the first one's trigger locates the event. */
  claims: EventClaim[];
}
