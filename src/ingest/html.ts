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
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'button', 'select', 'option', 'textarea', 'input', 'head', 'title', 'video',
  'audio', 'map', 'dialog',
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

/**
 * Plain-text paragraphs of a DOM subtree: block elements (headings, list items,
 * blockquotes, table rows …) are paragraphs of their own, a double <br> breaks
 * a paragraph, whitespace inside a paragraph is collapsed.
 */
export function domParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  let breaks = 0;
  const flush = () => {
    const text = collapse(buffer);
    if (text) paragraphs.push(text);
    buffer = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      const data = node.textContent ?? '';
      if (/\S/.test(data)) breaks = 0;
      buffer += data;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as DomElement;
    const name = el.localName;
    if (SKIPPED.has(name) || isHidden(el)) return;
    if (name === 'br') {
      breaks++;
      if (breaks >= 2) flush();
      else buffer += ' ';
      return;
    }
    const block = BLOCK.has(name);
    if (block) {
      flush();
      breaks = 0;
    } else if (name === 'img' || name === 'wbr') {
      return;
    }
    const children = el.childNodes;
    for (let i = 0; i < children.length; i++) visit(children[i]);
    if (block) flush();
    else if (name === 'td' || name === 'th') buffer += ' ';
  };
  visit(root);
  flush();
  return paragraphs;
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

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
/** RFC 822 zone names (feeds still use them). */
const ZONES: Record<string, string> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00',
  CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

function zone(raw: string | undefined): string {
  if (!raw) return '';
  const upper = raw.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  if (!m) return '';
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

function validDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999;
}

/**
 * ISO 8601 from the date formats pages and feeds use: ISO (partial kept:
 * `2023`, `2023-03`), RFC 822 (`Thu, 02 Mar 2023 10:00:00 +0100`), and
 * anything else Date.parse reads (kept as a calendar date).
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m) {
    if (m[2] && !validDate(+m[1], +m[2], m[3] ? +m[3] : 1)) return null;
    return s;
  }
  m = /^(\d{4})-?(\d{2})-?(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{1,4})?$/i.exec(
    s,
  );
  if (m) {
    if (!validDate(+m[1], +m[2], +m[3])) return null;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
  }
  m = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,4}))?)?$/i.exec(
    s,
  );
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month || !validDate(+m[3], month, +m[1])) return null;
    const date = `${m[3]}-${pad(month)}-${pad(m[1])}`;
    return m[4] ? `${date}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}` : date;
  }
  const parsed = Date.parse(s);
  if (Number.isNaN(parsed)) return null;
  const d = new Date(parsed);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
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
  return s ? s.split(',').map((k) => k.trim()).filter(Boolean) : [];
}

class MetaTags {
  private readonly values = new Map<string, string[]>();

  constructor(doc: DomDocument) {
    const metas = doc.querySelectorAll('meta');
    for (let i = 0; i < metas.length; i++) {
      const m = metas[i];
      const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv'))
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

/** Removes a ` | Site` (or ` - Site`) suffix or prefix that names the site. */
function stripSiteName(title: string, site: (string | null)[]): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const known = site.filter((s): s is string => !!s).map((s) => s.toLowerCase().replace(/^www\./, ''));
  const isSite = (part: string) => {
    const p = part.trim().toLowerCase();
    return known.some((k) => p === k || p.replace(/\s+/g, '') === k.replace(/\s+/g, '') || k.startsWith(p + '.'));
  };
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
    ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? ld.find((o) => 'headline' in o) ?? {};
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = [canonical, meta.first('og:url'), source].find((u) => outletFromUrl(u) !== null) ?? null;

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
    .map((t) => stripSiteName(t, [siteName, host]));
  // The cleanest title: the first candidate that no longer carries a separator, else the shortest.
  const title =
    candidates.find((t) => !TITLE_SEPARATOR.test(t)) ??
    candidates.sort((a, b) => a.length - b.length)[0] ??
    null;

  const timeEl = doc.querySelector('time[datetime]');
  const published = [
    asString(article.datePublished),
    meta.first('article:published_time', 'og:published_time', 'datepublished'),
    timeEl?.getAttribute('datetime'),
    meta.first('date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'pubdate', 'publishdate', 'publish-date', 'sailthru.date', 'parsely-pub-date'),
    asString(article.dateCreated),
  ]
    .map(normaliseDate)
    .find((d) => d !== null) ?? null;

  const htmlLang = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const lang =
    [htmlLang, meta.first('og:locale'), meta.first('content-language', 'language', 'dc.language'), asString(article.inLanguage)]
      .map(normaliseLang)
      .find((l) => l !== null) ?? null;

  const authors = [...new Set([...names(article.author), ...meta.all('author', 'article:author', 'dc.creator', 'byl')]
    .map((a) => a.replace(/^by\s+/i, '').trim())
    .filter((a) => a && !/^https?:\/\//.test(a)))];
  const keywords = [...new Set([...stringList(article.keywords), ...meta.all('keywords', 'news_keywords').flatMap(stringList), ...meta.all('article:tag')])];
  const description = firstNonEmpty(meta.first('og:description', 'description', 'twitter:description'), asString(article.description));
  const section = firstNonEmpty(meta.first('article:section'), stringList(article.articleSection)[0]);

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
  for (let i = 0; i < articles.length; i++) {
    const paragraphs = domParagraphs(articles[i]);
    if (paragraphs.join(' ').length > best.join(' ').length) best = paragraphs;
  }
  if (best.length > 0) return best;
  const byParent = new Map<DomNode, number>();
  const ps = doc.querySelectorAll('p');
  for (let i = 0; i < ps.length; i++) {
    const parent = ps[i].parentNode;
    if (parent) byParent.set(parent, (byParent.get(parent) ?? 0) + collapse(ps[i].textContent ?? '').length);
  }
  let cluster: DomNode | null = null;
  let most = 0;
  for (const [parent, length] of byParent) {
    if (length > most) {
      most = length;
      cluster = parent;
    }
  }
  if (cluster) return domParagraphs(cluster);
  return doc.body ? domParagraphs(doc.body) : [];
}

function readabilityParagraphs(doc: DomDocument): string[] {
  try {
    const reader = new Readability(doc as unknown as Document, { serializer: (node: Node) => node });
    const result = reader.parse();
    return result?.content ? domParagraphs(result.content as unknown as DomNode) : [];
  } catch {
    return [];
  }
}

/** Reads one HTML page into an article draft; throws InputError when it holds no text. */
export function readHtml(html: string, source: string): ArticleDraft {
  const parse = () => parseHTML(html).document as unknown as DomDocument;
  const doc = parse();
  const meta = pageMetadata(doc, source);
  let paragraphs = readabilityParagraphs(doc);
  // Readability changed the tree; the fallback starts from a fresh parse.
  if (paragraphs.length === 0) paragraphs = fallbackParagraphs(parse());
  if (meta.title && paragraphs.length > 0 && comparable(paragraphs[0]) === comparable(meta.title)) {
    paragraphs = paragraphs.slice(1);
  }
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
