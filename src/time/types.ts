import type { Ymd } from './calendar.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** ISO 8601 publication date, partial allowed: `2023`, `2023-03`, `2023-03-02` or a timestamp. */
export type DocumentDate = string;

/** A temporal expression (TimeML TIMEX3) found in a text. */
export interface Timex {
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /**
   * TimeML value: `2023-03-02`, `2022-SU`, `2023-W09`, `P2Y`, `PXD`, `PRESENT_REF`, or an
   * underspecified one (`XXXX-03-02`, `XXXX-WXX-4`) when the anchor is too coarse; null when
   * nothing sensible can be said.
   */
  value: string | null;
  /** True when the value was computed from the document date or a date in the text. */
  anchored: boolean;
  /** Why the value is underspecified or null. */
  reason?: string;
  /** TimeML `mod` for "début/early" (START), "mi-/mid" (MID), "fin/late" (END). */
  mod?: 'START' | 'MID' | 'END';
}

/** The days the document may have been written on: one day, or the span a partial date allows. */
export interface AnchorRange {
  lo: Ymd;
  hi: Ymd;
  /** What fixed it: the document date, or a date stated in the text ("ce 2 mars"). */
  source: 'document' | 'text';
}

export interface FindTimexOptions {
  /** Characters searched on each side of an expression for tense cues (within its sentence). */
  tenseWindow?: number;
  /**
   * Spans of person and organisation names (the NER's), in text order and not overlapping: an
   * expression inside one is part of the name ("Theresa May", "Jan Kowal"), not a date.
   */
  names?: readonly { start: number; end: number }[];
  /**
   * Whether the verb an expression hangs on is in the plain present (from the tagger and
   * parser): a weekday told with no tense word around it then lies ahead ("the summit opens
   * Friday", "le ministre se rend jeudi à Berlin").
   */
  presentAt?: (start: number, end: number) => boolean;
  /**
   * Whether the tagger reads the word starting at `start` as a verb in the present tense: a
   * word that only ends like a past («ils espèrent», like «ils parlèrent») is then no past cue.
   */
  presentVerbAt?: (start: number) => boolean;
}
