/**
 * The one typed document that flows through the pipeline.
 *
 * Every layer is an array of items that point back into `Doc.text` with
 * `start`/`end` offsets (UTF-16 code units inside the program; the JSON
 * serializer converts them to Unicode code points, see `src/output/json.ts`).
 * A stage adds its layer and never rewrites an earlier one.
 */
import type { Entity } from './actors/entities.js';
import type { PlaceMention } from './places/layer.js';
import type { Timex } from './time/types.js';
import type { Quote, TextSpan } from './quotes/types.js';
import type { Event } from './events/types.js';

/** An ingested article, before analysis. */
export interface Article {
  /** Stable content hash of `text` (16 hex digits of SHA-256). */
  id: string;
  /** File path or URL it came from; `path#n` for the n-th item of a feed or JSON array, or line n of a JSON Lines file. */
  source: string;
  /** Publishing outlet (site name, publisher or host), when known. */
  outlet: string | null;
  /** Language declared by the source (ISO 639-1), when any. */
  lang: string | null;
  /** Publication date, ISO 8601, partial allowed: `2023`, `2023-03`, `2023-03-02`, or a full timestamp. */
  published: string | null;
  /** Title, only where the source marks one. */
  title: string | null;
  /** Body text; every offset of every layer points into it. */
  text: string;
  /** Source-specific extras: authors, url, description, keywords, feed, encoding … */
  metadata: Record<string, unknown>;
}

export interface Span {
  start: number;
  end: number;
}

export interface LanguageLayer {
  /** ISO 639-1 code, or `und` when nothing could be decided. */
  code: string;
  /** Where the code came from. */
  source: 'option' | 'metadata' | 'detected' | 'default';
  /** Whether recoupe has a language pack for it (analysis beyond segmentation needs one). */
  supported: boolean;
}

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Index of the first token of the sentence in `Doc.tokens`. */
  tokenStart: number;
  /** One past the last token index. */
  tokenEnd: number;
}

/** The place, date and agencies a wire dispatch opens a paragraph with ("KYIV, May 14 (Reuters) - "). */
export interface Dateline extends Span {
  paragraph: number;
  /** Where the dispatch was filed, as written ("KYIV"; "WASHINGTON", "JERUSALEM"); none in "(Reuters) - ". */
  places: TextSpan[];
  /** The date it gives, as written ("May 14"). */
  date: TextSpan | null;
  /** The agencies it credits, in order ("AFP", "Reuters"). */
  agencies: TextSpan[];
}

/** A paragraph naming the article's authors ("By Jane Doe and Omar Khalil"). */
export interface Byline extends Span {
  paragraph: number;
  /** Each author's name as written. */
  authors: TextSpan[];
}

export interface Token extends Span {
  index: number;
  sentence: number;
  /** Surface form, `text.slice(start, end)`. */
  text: string;
  /** True when whitespace follows the token in the source. */
  spaceAfter: boolean;
  /**
   * When this word is one of several words of one written token (a UD multiword
   * token: French "du" = "de" + "le", English "don't" = "do" + "n't"), that token's span.
   */
  mwt?: Span;
}

/** Added by the tagger, parallel to `tokens`. */
export interface TokenTags {
  upos: string;
  /** UD features, `Mood=Cnd|Tense=Pres` style, `_` for none. */
  feats: string;
  lemma: string;
}

/** Added by the parser, parallel to `tokens`. `head` is a token index, -1 for the root. */
export interface TokenDependency {
  head: number;
  deprel: string;
}

export interface EntityMention extends Span {
  /** PER, ORG, LOC, MISC. */
  label: string;
  tokenStart: number;
  tokenEnd: number;
}

export interface Warning {
  code: string;
  message: string;
}

export interface Doc {
  article: Article;
  text: string;
  /** Analysis date: `--date` option, else the article's date. */
  date: string | null;
  lang: LanguageLayer;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Wire datelines opening paragraphs; each ends the sentence it would otherwise begin. */
  datelines?: Dateline[];
  /** Byline paragraphs: the article's authors, who are no actors of the story. */
  bylines?: Byline[];
  tags?: TokenTags[];
  dependencies?: TokenDependency[];
  mentions?: EntityMention[];
  /** Temporal expressions with TimeML values resolved against `date`. */
  timexes?: Timex[];
  /** Quotations and attributions: who said what, according to whom, and how firmly (src/quotes). */
  quotes?: Quote[];
  /** Actors: mentions clustered into entities with role, country and sector. */
  entities?: Entity[];
  /** Location mentions resolved to a place with country, coordinates and GeoNames id. */
  places?: PlaceMention[];
  /** Events coded in PLOVER, each with the claims that state or deny it (src/events). */
  events?: Event[];
  warnings: Warning[];
}
