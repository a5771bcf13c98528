/**
 * HTML page reader: main text by Mozilla Readability on a linkedom DOM (no
 * scripts, no stylesheets, no network: linkedom never loads anything), laid
 * out as paragraphs, plus the page's metadata (title, date, authors, outlet,
 * language) from JSON-LD, Open Graph and meta tags.
 * See docs/extraction.md for the measurements behind the choices.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleDraft } from './article.js';
import { normalizeDate } from './dates.js';
import { InputError } from './errors.js';

// linkedom's DOM is typed loosely; these are the few shapes this reader touches.
interface DomNode {
  nodeType: number;
  nodeName: string;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
  textContent: string | null;
}
interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
}
interface DomDocument extends DomElement {
  documentElement: DomElement | null;
  body: DomElement | null;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'select',
  'option',
  'textarea',
  'input',
  'head',
  'title',
  'video',
  'audio',
  'map',
  'dialog',
]);

/** Runs of whitespace that are layout, not a single meaningful (no-break) space. */
const LAYOUT_SPACE = /[\t\n\r\f\v ]+[\s]*|[\s]{2,}/g;

function collapse(text: string): string {
  return text.replace(LAYOUT_SPACE, ' ').trim();
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** A paragraph of text with the share of it that sits inside links. */
interface Block {
  text: string;
  linkChars: number;
}

/**
 * Plain-text paragraphs of a DOM subtree: block elements (headings, list items,
 * blockquotes, table rows …) are paragraphs of their own, a double <br> breaks
 * a paragraph, whitespace inside a paragraph is collapsed.
 */
function domBlocks(root: DomNode, skip: Set<string>, furniture: RegExp | null = null): Block[] {
  const blocks: Block[] = [];
  // A furniture-looking class on a wrapper of most of the text is a false alarm (`post_meta_body`).
  const furnitureLimit = furniture ? MAX_FURNITURE_SHARE * (root.textContent ?? '').length : 0;
  let buffer = '';
  let linkBuffer = '';
  let inLink = 0;
  let breaks = 0;
  const flush = () => {
    const text = collapse(buffer);
    if (text) blocks.push({ text, linkChars: Math.min(text.length, collapse(linkBuffer).length) });
    buffer = '';
    linkBuffer = '';
  };
  // Iterative walk: malformed pages nest thousands of unclosed elements deep.
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      const name = (node as DomElement).localName;
      if (name === 'a') inLink--;
      if (BLOCK.has(name)) flush();
      else if (name === 'td' || name === 'th') buffer += ' ';
      continue;
    }
    if (node.nodeType === TEXT) {
      const data = node.textContent ?? '';
      if (/\S/.test(data)) breaks = 0;
      buffer += data;
      if (inLink > 0) linkBuffer += data;
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const el = node as DomElement;
    const name = el.localName;
    if (skip.has(name) || isHidden(el)) continue;
    if (
      furniture?.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) &&
      (el.textContent ?? '').length < furnitureLimit
    )
      continue;
    if (name === 'br') {
      breaks++;
      if (breaks >= 2) flush();
      else buffer += ' ';
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      breaks = 0;
    }
    if (name === 'a') inLink++;
    stack.push({ node, leaving: true });
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i], leaving: false });
  }
  flush();
  return blocks;
}

export function domParagraphs(root: DomNode): string[] {
  return domBlocks(root, SKIPPED).map((b) => b.text);
}

/**
 * Class or id words of page furniture inside an article container (captions,
 * bylines, share bars, related links …); chosen by measurement on the Zyte and
 * trafilatura sets, see docs/extraction.md.
 */
const BOILERPLATE =
  /caption|credit|byline|dateline|timestamp|share|social|related|newsletter|promo|author|breadcrumb|disclaimer|tags|meta/i;

/** A furniture-classed element holding at least this share of the article's text is kept. */
const MAX_FURNITURE_SHARE = 0.5;

/** Paragraphs with more than this share of their characters inside links are navigation. */
const LINK_DENSITY = 0.7;

/** Figures hold captions and credits, not article text. */
const SKIPPED_IN_ARTICLE = new Set([...SKIPPED, 'figure', 'figcaption']);

/**
 * Article paragraphs: figures and furniture (by class or id) skipped,
 * paragraphs made mostly of links (navigation, "read more" lists) dropped.
 */
function articleParagraphs(root: DomNode): string[] {
  const out: string[] = [];
  for (const block of domBlocks(root, SKIPPED_IN_ARTICLE, BOILERPLATE)) {
    if (block.linkChars > LINK_DENSITY * block.text.length) continue;
    out.push(block.text);
  }
  return out;
}

/** Parses an HTML fragment (a feed item's content) into plain-text paragraphs. */
export function htmlFragmentParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const body = (document as unknown as DomDocument).body;
  return body ? domParagraphs(body) : [];
}

// ---------------------------------------------------------------- metadata

/** ISO 639-1 code from a language tag (`fr-FR`, `en_US`, `FR`), else null. */
export function normaliseLang(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

/** Host without a leading `www.`: the outlet name when a page names none. */
export function outletFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    if (!/^https?:$/.test(protocol) || !hostname) return null;
    return hostname.toLowerCase().replace(/^www\d*\./, '');
  } catch {
    return null;
  }
}

/** An absolute http(s) URL from a possibly relative link, else null. */
function resolveUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base ?? undefined).href;
    return outletFromUrl(url) !== null ? url : null;
  } catch {
    return null;
  }
}

type JsonObject = Record<string, unknown>;

/** JSON-LD objects of a page: arrays and @graph flattened, malformed blocks ignored. */
function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const obj = value as JsonObject;
      out.push(obj);
      if ('@graph' in obj) add(obj['@graph']);
    }
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const raw = (scripts[i].textContent ?? '').trim();
    try {
      add(JSON.parse(raw));
    } catch {
      // Raw line breaks inside strings are the common defect; one lenient retry.
      try {
        add(JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ')));
      } catch {
        continue;
      }
    }
  }
  return out;
}

function types(obj: JsonObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$|^LiveBlogPosting$|^(?:Social)?MediaPosting$/;

function asString(value: unknown): string | null {
  if (typeof value === 'string') return collapse(value) || null;
  if (typeof value === 'number') return String(value);
  return null;
}

/** Names from a JSON-LD person/organisation value (string, object, or array of them). */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return value.trim() ? [collapse(value)] : [];
  if (value && typeof value === 'object') {
    const n = asString((value as JsonObject).name);
    return n ? [n] : [];
  }
  return [];
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(stringList);
  const s = asString(value);
  return s
    ? s
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean)
    : [];
}

class MetaTags {
  private readonly values = new Map<string, string[]>();

  constructor(doc: DomDocument) {
    const metas = doc.querySelectorAll('meta');
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i];
      const key = (
        m.getAttribute('property') ??
        m.getAttribute('name') ??
        m.getAttribute('itemprop') ??
        m.getAttribute('http-equiv')
      )
        ?.trim()
        .toLowerCase();
      const content = m.getAttribute('content');
      if (!key || content === null || !content.trim()) continue;
      const list = this.values.get(key) ?? [];
      list.push(collapse(content));
      this.values.set(key, list);
    }
  }

  first(...keys: string[]): string | null {
    for (const k of keys) {
      const v = this.values.get(k);
      if (v) return v[0];
    }
    return null;
  }

  all(...keys: string[]): string[] {
    return keys.flatMap((k) => this.values.get(k) ?? []);
  }
}

const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;

/** Removes a ` | Site` (or `Site - `) part of a title when it names the site or its host. */
function stripSiteName(title: string, siteName: string | null, host: string | null): string {
  // `lemonde.fr` names the site `Le Monde`: compare letters and digits only, host without its suffix.
  const siteNames = [siteName, host, host?.replace(/\.[^.]+$/, '')]
    .filter((n): n is string => !!n)
    .map(comparable);
  const isSite = (part: string) => siteNames.includes(comparable(part));
  const suffix = /^(.*\S)\s+[|\-–—:·•»]\s+(.+)$/.exec(title);
  if (suffix && isSite(suffix[2])) return suffix[1].trim();
  const prefix = /^(.+?)\s+[|\-–—:·•»]\s+(\S.*)$/.exec(title);
  if (prefix && isSite(prefix[1])) return prefix[2].trim();
  return title;
}

function firstNonEmpty(...values: (string | null | undefined)[]): string | null {
  for (const v of values) if (v && v.trim()) return v.trim();
  return null;
}

interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  metadata: Record<string, unknown>;
}

function pageMetadata(doc: DomDocument, source: string): PageMetadata {
  const meta = new MetaTags(doc);
  const ld = jsonLdObjects(doc);
  const article =
    ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ??
    ld.find((o) => 'headline' in o) ??
    {};
  const absolute = [meta.first('og:url'), source].filter((u) => outletFromUrl(u) !== null);
  const canonical = resolveUrl(
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    absolute[0] ?? null,
  );
  const url = canonical ?? absolute[0] ?? null;

  const publisher = names(article.publisher)[0] ?? null;
  const siteName = firstNonEmpty(
    meta.first('og:site_name'),
    publisher,
    asString(ld.find((o) => types(o).includes('WebSite'))?.name),
    meta.first('application-name'),
  );
  const outlet = siteName ?? outletFromUrl(url);
  const host = outletFromUrl(url);

  const docTitle = collapse(doc.querySelector('title')?.textContent ?? '') || null;
  const headline = asString(article.headline) ?? asString(article.name);
  const candidates = [headline, meta.first('og:title', 'twitter:title'), docTitle]
    .filter((t): t is string => !!t)
    .map((t) => stripSiteName(t, siteName, host));
  // By priority, but a candidate that is a cleaner part of the chosen one replaces it.
  const parts = (t: string) => t.split(TITLE_SEPARATOR).length;
  let title: string | null = candidates[0] ?? null;
  for (const c of candidates) {
    if (title && title.includes(c) && parts(c) < parts(title)) title = c;
  }

  const timeEl = doc.querySelector('time[datetime]');
  const published =
    [
      asString(article.datePublished),
      meta.first('article:published_time', 'og:published_time', 'datepublished'),
      timeEl?.getAttribute('datetime'),
      meta.first(
        'date',
        'dc.date',
        'dc.date.issued',
        'dcterms.date',
        'dcterms.created',
        'pubdate',
        'publishdate',
        'publish-date',
        'sailthru.date',
        'parsely-pub-date',
      ),
      asString(article.dateCreated),
    ]
      .map(normalizeDate)
      .find((d) => d !== null) ?? null;

  const htmlLang =
    doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const lang =
    [
      htmlLang,
      meta.first('og:locale'),
      meta.first('content-language', 'language', 'dc.language'),
      asString(article.inLanguage),
    ]
      .map(normaliseLang)
      .find((l) => l !== null) ?? null;

  const authors = [
    ...new Set(
      [...names(article.author), ...meta.all('author', 'article:author', 'dc.creator', 'byl')]
        .map((a) => a.replace(/^by\s+/i, '').trim())
        .filter((a) => a && !/^https?:\/\//.test(a)),
    ),
  ];
  const keywords = [
    ...new Set([
      ...stringList(article.keywords),
      ...meta.all('keywords', 'news_keywords').flatMap(stringList),
      ...meta.all('article:tag'),
    ]),
  ];
  const description = firstNonEmpty(
    meta.first('og:description', 'description', 'twitter:description'),
    asString(article.description),
  );
  const section = firstNonEmpty(
    meta.first('article:section'),
    stringList(article.articleSection)[0],
  );

  const metadata: Record<string, unknown> = { format: 'html' };
  if (url) metadata.url = url;
  if (authors.length > 0) metadata.authors = authors;
  if (description) metadata.description = description;
  if (keywords.length > 0) metadata.keywords = keywords;
  if (section) metadata.section = section;
  if (siteName) metadata.siteName = siteName;
  return { title, published, outlet, lang, metadata };
}

// ---------------------------------------------------------------- body

/** The text of a title or paragraph reduced to letters and digits, for comparisons. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Fallback when Readability finds nothing: <article>, else the parent holding the most <p> text. */
function fallbackParagraphs(doc: DomDocument): string[] {
  const articles = doc.querySelectorAll('article');
  let best: string[] = [];
  let bestLength = 0;
  for (let i = 0; i < articles.length; i++) {
    const paragraphs = articleParagraphs(articles[i]);
    const length = paragraphs.reduce((n, p) => n + p.length, 0);
    if (length > bestLength) {
      best = paragraphs;
      bestLength = length;
    }
  }
  if (best.length > 0) return best;
  const textByParent = new Map<DomNode, number>();
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) {
    const parent = ps[i].parentNode;
    if (parent)
      textByParent.set(
        parent,
        (textByParent.get(parent) ?? 0) + collapse(ps[i].textContent ?? '').length,
      );
  }
  let cluster: DomNode | null = null;
  let most = 0;
  for (const [parent, length] of textByParent) {
    if (length > most) {
      most = length;
      cluster = parent;
    }
  }
  return cluster ? articleParagraphs(cluster) : [];
}

function readabilityParagraphs(doc: DomDocument): string[] {
  try {
    const reader = new Readability(doc as unknown as Document, {
      keepClasses: true,
      serializer: (node: Node) => node,
    });
    const result = reader.parse();
    return result?.content ? articleParagraphs(result.content as unknown as DomNode) : [];
  } catch {
    return [];
  }
}

/**
 * Readability's cost grows with depth times size; real pages nest about 50
 * deep at most (Zyte set: 51), broken ones with unclosed tags thousands deep.
 * Those go straight to the fallback.
 */
const MAX_READABILITY_DEPTH = 400;

function deeperThan(root: DomNode, limit: number): boolean {
  const stack: [DomNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      if (children[i].nodeType === ELEMENT) stack.push([children[i], depth + 1]);
    }
  }
  return false;
}

/** How far into the body a repeated title or standfirst is looked for. */
const HEAD_PARAGRAPHS = 3;

/**
 * Drops what the page repeats from its header (the title near the top of the
 * body) and bare URL lines. The standfirst (meta description) stays: it is
 * often the article's own first paragraph (measured, docs/extraction.md).
 */
function withoutPageFurniture(paragraphs: string[], meta: PageMetadata): string[] {
  const title = meta.title ? comparable(meta.title) : null;
  return paragraphs.filter((p, i) => {
    if (/^(?:https?:\/\/|www\.)\S+$/.test(p)) return false;
    if (i >= HEAD_PARAGRAPHS) return true;
    return comparable(p) !== title;
  });
}

/** Reads one HTML page into an article draft; throws InputError when it holds no text. */
export function readHtml(html: string, source: string): ArticleDraft {
  const parse = () => parseHTML(html).document as unknown as DomDocument;
  const doc = parse();
  const meta = pageMetadata(doc, source);
  let paragraphs = deeperThan(doc, MAX_READABILITY_DEPTH) ? [] : readabilityParagraphs(doc);
  // Readability changed the tree; the fallback starts from a fresh parse.
  if (paragraphs.length === 0) paragraphs = fallbackParagraphs(parse());
  paragraphs = withoutPageFurniture(paragraphs, meta);
  const text = paragraphs.join('\n\n');
  if (!text) throw new InputError(source, 'no article text found in HTML');
  return {
    source,
    outlet: meta.outlet,
    lang: meta.lang,
    published: meta.published,
    title: meta.title,
    text,
    metadata: meta.metadata,
  };
}
