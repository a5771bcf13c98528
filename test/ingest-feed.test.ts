import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { InputError } from '../src/ingest/errors.js';
import { looksLikeFeed, looksLikeHtml, readFeed } from '../src/ingest/feed.js';
import { projectRoot } from '../src/util/paths.js';

const fixture = (dir: string, name: string) =>
  readFileSync(join(projectRoot, 'test', 'fixtures', dir, name), 'utf8');

test('RSS 2.0: one article per item, text from content:encoded or escaped description', () => {
  const { articles } = readFeed(fixture('feed', 'rss2.xml'), 'rss2.xml');
  assert.equal(articles.length, 2);
  const [first, second] = articles;
  assert.equal(first.source, 'rss2.xml#1');
  assert.equal(first.title, 'Le marché couvert rouvre ses portes');
  assert.equal(first.outlet, 'La Gazette du Plateau');
  assert.equal(first.lang, 'fr');
  assert.equal(first.published, '2024-03-02T07:45:00+01:00');
  assert.equal(
    first.text,
    'Après dix-huit mois de travaux, les étals reviennent sous la halle.\n\nUne trentaine de commerçants ont signé pour la saison.',
  );
  assert.equal(first.metadata.url, 'https://www.gazette-plateau.example/ville/marche-couvert');
  assert.deepEqual(first.metadata.authors, ['Camille Vasseur']);
  assert.deepEqual(first.metadata.keywords, ['Ville']);
  assert.equal(second.source, 'rss2.xml#2');
  assert.equal(second.published, '2024-03-04T18:00:00Z');
  assert.equal(
    second.text,
    'La piscine municipale fermera deux semaines.\n\nRéouverture prévue le 18 mars & horaires inchangés.',
  );
});

test('an item without text is an InputError while the other items survive', () => {
  const { articles, errors } = readFeed(fixture('feed', 'rss2.xml'), 'rss2.xml');
  assert.equal(articles.length, 2);
  assert.equal(errors.length, 1);
  assert.ok(errors[0] instanceof InputError);
  assert.equal(errors[0].input, 'rss2.xml#3');
  assert.equal(errors[0].message, 'rss2.xml#3: feed item has no text');
});

test('Atom: XHTML and escaped-HTML content, alternate links, xml:lang, published before updated', () => {
  const { articles, errors } = readFeed(fixture('feed', 'atom.xml'), 'atom.xml');
  assert.equal(errors.length, 0);
  assert.equal(articles.length, 2);
  const [first, second] = articles;
  assert.equal(first.source, 'atom.xml#1');
  assert.equal(first.lang, 'en');
  assert.equal(first.outlet, 'Northport Ledger');
  assert.equal(first.published, '2024-02-29T08:15:00Z');
  assert.equal(
    first.text,
    'The port authority voted to replace four cranes.\n\nWork starts & ends within two years.',
  );
  assert.equal(first.metadata.url, 'https://news.northport-ledger.example/business/harbour-cranes');
  assert.deepEqual(first.metadata.authors, ['Priya Natarajan']);
  assert.equal(second.title, 'Ferry timetable changes');
  assert.equal(second.published, '2024-02-28');
  assert.equal(second.text, 'The evening ferry will leave twenty minutes earlier from April.');
  assert.equal(second.metadata.url, 'https://news.northport-ledger.example/travel/ferry');
});

test('RSS 1.0 (RDF): items beside the channel, dc:date, plain-text paragraphs', () => {
  const { articles } = readFeed(fixture('feed', 'rdf.xml'), 'rdf.xml');
  assert.equal(articles.length, 2);
  assert.equal(articles[0].published, '2023-05-14T10:00:00+02:00');
  assert.equal(
    articles[0].text,
    'The broad beans came up unevenly this spring.\n\nFresh seed next year.',
  );
  assert.equal(articles[1].published, '2023-06');
  assert.equal(articles[0].lang, 'en');
});

test('outlet falls back to the channel link host', () => {
  const xml =
    '<rss version="2.0"><channel><link>https://www.example-daily.example/</link>' +
    '<item><title>T</title><description>Some text.</description></item></channel></rss>';
  assert.equal(readFeed(xml, 'f.xml').articles[0].outlet, 'example-daily.example');
});

test('a document that is not well-formed, or not a feed, is a malformed-feed InputError', () => {
  const broken = '<rss version="2.0"><channel><item><title>x</title></channel></rss>';
  assert.throws(
    () => readFeed(broken, 'broken.xml'),
    (err: unknown) =>
      err instanceof InputError && /^broken\.xml: malformed feed: .+/.test(err.message),
  );
  assert.throws(
    () => readFeed('<html><body><p>hello</p></body></html>', 'page.xml'),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'page.xml: malformed feed: not an RSS or Atom document (root <html>)',
  );
  assert.throws(() => readFeed('', 'empty.xml'), InputError);
});

test('sniffers tell feeds from HTML pages', () => {
  for (const name of ['rss2.xml', 'atom.xml', 'rdf.xml']) {
    const text = fixture('feed', name);
    assert.ok(looksLikeFeed(text), name);
    assert.ok(!looksLikeHtml(text), name);
  }
  for (const name of ['meta-og.html', 'jsonld-array.html', 'malformed.html']) {
    const text = fixture('html', name);
    assert.ok(looksLikeHtml(text), name);
    assert.ok(!looksLikeFeed(text), name);
  }
  assert.ok(looksLikeFeed('\uFEFF<?xml version="1.0"?>\n<!-- a comment -->\n<rss version="2.0">'));
  assert.ok(looksLikeHtml('<!-- generated -->\n<!doctype html><title>x</title>'));
  assert.ok(!looksLikeFeed('Plain text that mentions <rss> in passing.'));
  assert.ok(!looksLikeHtml('Plain text, no markup at all.'));
});
