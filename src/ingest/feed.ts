/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: every item is an article whose text
 * is the item's HTML content turned into plain paragraphs. fast-xml-parser
 * checks well-formedness first (a broken feed is one InputError); an item
 * without text is an error of its own while the other items are kept.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleDraft } from './article.js';
import { InputError } from './errors.js';
import { normalizeDate } from './dates.js';
import { htmlFragmentParagraphs, normaliseLang, outletFromUrl } from './html.js';

type XmlNode = Record<string, unknown>;

/** Elements that carry item text: kept raw, since they hold escaped HTML, CDATA or XHTML. */
const CONTENT_ELEMENTS = ['content:encoded', 'content', 'description', 'summary'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  stopNodes: CONTENT_ELEMENTS.map((name) => `*.${name}`),
  isArray: (name) =>
    ['item', 'entry', 'link', 'category', 'author', 'dc:creator', 'dc:subject'].includes(name),
});

/** Skips a byte-order mark, the XML declaration, processing instructions, comments and a doctype. */
function afterProlog(text: string): string {
  return text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i, '');
}

/** True when the text starts like an RSS, RDF or Atom document. */
export function looksLikeFeed(text: string): boolean {
  return /^<(?:rss|feed|(?:[\w-]+:)?RDF)[\s>/]/i.test(afterProlog(text));
}

/** True when the text starts like an HTML page (doctype, <html>, or head/body markup). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^\s*(?:<!--[\s\S]*?-->\s*)*<!DOCTYPE\s+html/i.test(head)) return true;
  const start = afterProlog(head);
  return (
    /^<html[\s>]/i.test(start) ||
    (/^<(?:head|body|meta|title|div|p|article)[\s>]/i.test(start) && !looksLikeFeed(head))
  );
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || null;
  if (value && typeof value === 'object' && '#text' in value)
    return text((value as XmlNode)['#text']);
  return null;
}

/** The raw string of a content element (kept verbatim by the parser's stop nodes). */
function rawContent(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && '#text' in value)
    return rawContent((value as XmlNode)['#text']);
  return '';
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function attribute(value: unknown, name: string): string | null {
  return value && typeof value === 'object' ? text((value as XmlNode)[`@${name}`]) : null;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXmlEntities(raw: string): string {
  return raw.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/gi, (m, hex, dec, name) => {
    if (name) return XML_ENTITIES[name.toLowerCase()];
    const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/**
 * The HTML held by a raw content element: CDATA sections as they are, escaped
 * markup decoded, inline XHTML children kept as markup.
 */
function contentHtml(raw: string): string {
  const parts = raw.split(/<!\[CDATA\[([\s\S]*?)\]\]>/);
  const markup = parts.some((p, i) => i % 2 === 0 && /<[a-z!/]/i.test(p));
  return parts.map((p, i) => (i % 2 === 1 || markup ? p : decodeXmlEntities(p))).join('');
}

/** Plain paragraphs of an item's content: HTML through the HTML reader, plain text split on blank lines. */
function contentParagraphs(raw: string): string[] {
  const html = contentHtml(raw);
  if (/<[a-z!/][^>]*>/i.test(html)) return htmlFragmentParagraphs(html);
  return html
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A title or name that may hold escaped HTML (Atom `type="html"`). */
function plainText(value: unknown): string | null {
  const t = text(value);
  if (t === null || !/<[a-z/][^>]*>/i.test(t)) return t;
  return htmlFragmentParagraphs(t).join(' ') || null;
}

/** An Atom entry's page: the `alternate` link, else the first one; RSS links are text. */
function itemLink(node: XmlNode): string | null {
  const links = list(node.link);
  const alternate =
    links.find(
      (l) => typeof l === 'object' && (attribute(l, 'rel') ?? 'alternate') === 'alternate',
    ) ?? links[0];
  return attribute(alternate, 'href') ?? text(alternate) ?? text(node.guid);
}

function authorNames(node: XmlNode): string[] {
  const out: string[] = [];
  for (const a of [...list(node.author), ...list(node['dc:creator'])]) {
    const name =
      a && typeof a === 'object' && 'name' in (a as XmlNode) ? text((a as XmlNode).name) : text(a);
    if (name) out.push(name);
  }
  return [...new Set(out)];
}

interface Channel {
  title: string | null;
  link: string | null;
  lang: string | null;
  items: XmlNode[];
  format: 'rss' | 'rdf' | 'atom';
}

function channelOf(doc: XmlNode, source: string): Channel {
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#'));
  const node = (root ? doc[root] : null) as XmlNode | null;
  if (!root || !node || typeof node !== 'object') {
    throw new InputError(
      source,
      `malformed feed: not an RSS or Atom document (root <${root ?? 'none'}>)`,
    );
  }
  const name = root.toLowerCase();
  if (name === 'rss') {
    const channel = (node.channel ?? {}) as XmlNode;
    return {
      title: plainText(channel.title),
      link: itemLink(channel),
      lang: normaliseLang(
        text(channel.language) ?? text(channel['dc:language']) ?? attribute(node, 'xml:lang'),
      ),
      items: list(channel.item) as XmlNode[],
      format: 'rss',
    };
  }
  if (name === 'rdf:rdf' || name.endsWith(':rdf') || name === 'rdf') {
    const channel = (node.channel ?? {}) as XmlNode;
    return {
      title: plainText(channel.title),
      link: itemLink(channel),
      lang: normaliseLang(text(channel['dc:language'])),
      items: list(node.item) as XmlNode[],
      format: 'rdf',
    };
  }
  if (name === 'feed') {
    return {
      title: plainText(node.title),
      link: itemLink(node),
      lang: normaliseLang(attribute(node, 'xml:lang')),
      items: list(node.entry) as XmlNode[],
      format: 'atom',
    };
  }
  throw new InputError(source, `malformed feed: not an RSS or Atom document (root <${root}>)`);
}

/** Reads a feed; items without text come back as errors beside the good articles. */
export function readFeed(
  xml: string,
  source: string,
): { articles: ArticleDraft[]; errors: InputError[] } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError(source, `malformed feed: ${valid.err.msg} (line ${valid.err.line})`);
  }
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch (err) {
    throw new InputError(source, `malformed feed: ${(err as Error).message}`);
  }
  const channel = channelOf(doc, source);
  const articles: ArticleDraft[] = [];
  const errors: InputError[] = [];
  channel.items.forEach((item, i) => {
    const itemSource = `${source}#${i + 1}`;
    if (!item || typeof item !== 'object') {
      errors.push(new InputError(itemSource, 'feed item has no text'));
      return;
    }
    const raw = CONTENT_ELEMENTS.map((name) => rawContent(item[name])).find((c) => c !== '');
    const paragraphs = raw ? contentParagraphs(raw) : [];
    if (paragraphs.length === 0) {
      errors.push(new InputError(itemSource, 'feed item has no text'));
      return;
    }
    const title = plainText(item.title);
    const url = itemLink(item);
    const published =
      [item.pubDate, item['dc:date'], item.published, item.updated, item['atom:updated']]
        .map((d) => normalizeDate(text(d)))
        .find((d) => d !== null) ?? null;
    const metadata: Record<string, unknown> = { format: channel.format, feed: source };
    if (url) metadata.url = url;
    if (channel.title) metadata.feedTitle = channel.title;
    const authors = authorNames(item);
    if (authors.length > 0) metadata.authors = authors;
    const keywords = [
      ...list(item.category).map((c) => attribute(c, 'term') ?? text(c)),
      ...list(item['dc:subject']).map(text),
    ].filter((k): k is string => !!k);
    if (keywords.length > 0) metadata.keywords = [...new Set(keywords)];
    const guid = text(item.guid) ?? text(item.id);
    if (guid) metadata.guid = guid;
    // A title repeated as the first line of the content is not body text.
    const body =
      title && paragraphs.length > 1 && paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
    articles.push({
      source: itemSource,
      outlet: channel.title ?? outletFromUrl(channel.link) ?? outletFromUrl(url),
      lang: normaliseLang(attribute(item, 'xml:lang')) ?? channel.lang,
      published,
      title,
      text: body.join('\n\n'),
      metadata,
    });
  });
  return { articles, errors };
}
