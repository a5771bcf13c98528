/** Quotations and attributions: the public API of src/quotes. */
export type {
  ClaimStatus,
  NamedSpeaker,
  Quote,
  QuoteKind,
  SourceLink,
  SourceType,
  Speaker,
  TextSpan,
  UnknownSpeaker,
} from './types.js';
export { claimStatus, findQuotes } from './extract.js';
export { findQuotedSpans, type QuotedSpan } from './marks.js';
