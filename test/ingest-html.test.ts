import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { normalizeDate } from '../src/ingest/dates.js';
import { readHtml, normaliseLang, outletFromUrl } from '../src/ingest/html.js';
import { InputError } from '../src/ingest/errors.js';
import {
  extractPages,
  loadZytePages,
  shingleMatch,
  zyteScore,
  zyteTokens,
} from '../src/eval/zyte.js';
import { projectRoot } from '../src/util/paths.js';
import { sharedData } from './helpers.js';

const fixture = (name: string) =>
  readFileSync(join(projectRoot, 'test', 'fixtures', 'html', name), 'utf8');

test('meta and Open Graph tags give title, date, outlet, language and metadata', () => {
  const a = readHtml(fixture('meta-og.html'), 'meta-og.html');
  assert.equal(a.title, 'Le marché couvert rouvre ses portes'); // " | La Gazette du Plateau" stripped
  assert.equal(a.outlet, 'La Gazette du Plateau');
  assert.equal(a.lang, 'fr');
  assert.equal(a.published, '2024-03-02T07:45:00+01:00');
  assert.equal(a.metadata.url, 'https://www.gazette-plateau.example/ville/marche-couvert');
  assert.deepEqual(a.metadata.authors, ['Camille Vasseur']);
  assert.deepEqual(a.metadata.keywords, ['marché', 'halle', 'travaux', 'commerce']);
  assert.equal(a.metadata.section, 'Ville');
  assert.match(String(a.metadata.description), /dix-huit mois/);
});

test('body: one blank line between paragraphs, headings, list items and quotes apart, no title, no caption', () => {
  const { text } = readHtml(fixture('meta-og.html'), 'meta-og.html');
  const paragraphs = text.split('\n\n');
  assert.ok(!/\n{3,}/.test(text) && !/^\s|\s$/.test(text));
  assert.ok(paragraphs.every((p) => p === p.trim() && !/\s{2,}|\n/.test(p)));
  assert.equal(
    paragraphs[0],
    'Après dix-huit mois de travaux, les étals reviennent sous la halle de la place Carnot, dès samedi matin.',
  );
  assert.ok(paragraphs.includes("Une charpente d'origine"));
  assert.ok(paragraphs.includes('Stationnement gratuit le samedi matin.'));
  assert.ok(paragraphs.some((p) => p.startsWith('Nous avons attendu ce jour')));
  assert.ok(!text.includes('La halle rénovée'), 'figure caption left out');
  assert.ok(!text.includes('Script ran'), 'scripts are never run');
  assert.ok(
    !text.includes('Accueil') && !text.includes('mentions légales'),
    'navigation and footer left out',
  );
});

test('JSON-LD @graph is read and a malformed JSON-LD block is ignored', () => {
  const a = readHtml(fixture('jsonld-graph.html'), 'page.html');
  assert.equal(a.title, 'Harbour cranes to be replaced by 2026');
  assert.equal(a.published, '2024-02-29T08:15:00Z');
  assert.equal(a.outlet, 'Northport Ledger');
  assert.equal(a.lang, 'en'); // og:locale en_GB
  assert.deepEqual(a.metadata.authors, ['Priya Natarajan', 'Tom Ebdon']);
  assert.deepEqual(a.metadata.keywords, ['port', 'infrastructure']);
  assert.equal(a.metadata.section, 'Business');
  assert.equal(a.metadata.url, 'https://news.northport-ledger.example/business/harbour-cranes');
  assert.equal(a.text.split('\n\n').length, 3);
});

test('JSON-LD array: partial date kept, outlet from the source URL host without www', () => {
  const a = readHtml(fixture('jsonld-array.html'), 'https://www.greenrows.example/notes/beans');
  assert.equal(a.published, '2023-05');
  assert.equal(a.outlet, 'greenrows.example');
  assert.equal(a.lang, 'en');
  assert.deepEqual(a.metadata.authors, ['Dana Okafor']);
  assert.equal(a.metadata.url, 'https://www.greenrows.example/notes/beans');
});

test('a title part naming the site by its host is stripped', () => {
  const page =
    '<html><head><title>Budget vote delayed again - Le Courrier</title></head><body>' +
    '<p>The vote on the municipal budget was postponed for the second time this month, after the opposition asked for more detail.</p>' +
    '</body></html>';
  const a = readHtml(page, 'https://www.lecourrier.example/politique/budget');
  assert.equal(a.title, 'Budget vote delayed again');
  assert.equal(a.outlet, 'lecourrier.example');
  const relative = page.replace(
    '<title>',
    '<link rel="canonical" href="/politique/budget-vote"><title>',
  );
  assert.equal(
    readHtml(relative, 'https://www.lecourrier.example/p?id=1').metadata.url,
    'https://www.lecourrier.example/politique/budget-vote',
  );
});

test('falls back to <article> when Readability finds nothing', () => {
  const a = readHtml(fixture('readability-miss.html'), 'readability-miss.html');
  const paragraphs = a.text.split('\n\n');
  assert.equal(paragraphs.length, 3);
  assert.match(paragraphs[0], /^The council met on Monday evening/);
  assert.equal(a.outlet, null); // no site name and the source is not a URL
});

test('malformed HTML does not crash and keeps its text', () => {
  const a = readHtml(fixture('malformed.html'), 'malformed.html');
  assert.equal(a.title, 'Broken page');
  assert.match(a.text, /^First paragraph of a page/);
  assert.match(a.text, /Second paragraph <<< with stray brackets >>>/);
  assert.match(a.text, /\n\ncell one cell two\n\n/); // a table row is one paragraph
  assert.match(a.text, /Third paragraph after a table/);
});

test('thousands of unclosed elements do not crash the reader, which keeps the text after them', () => {
  const closing =
    '<p>The last paragraph of a page that never closes its elements, still readable.</p>';
  const html = `<html><body>${'<div><span>word '.repeat(3000)}${closing}</body></html>`;
  const a = readHtml(html, 'deep.html');
  assert.match(a.text, /The last paragraph of a page that never closes its elements/);
});

test('a page without article text is an InputError naming the input', () => {
  assert.throws(
    () => readHtml(fixture('empty.html'), 'empty.html'),
    (err: unknown) =>
      err instanceof InputError && err.message === 'empty.html: no article text found in HTML',
  );
  assert.throws(() => readHtml('', 'blank.html'), InputError);
});

test('dates, languages and hosts are normalised', () => {
  assert.equal(normalizeDate('2024-03-02 07:45'), '2024-03-02T07:45:00');
  assert.equal(normalizeDate('2024-03-02T07:45:10.123+0100'), '2024-03-02T07:45:10+01:00');
  assert.equal(normalizeDate('Sat, 02 Mar 2024 07:45:00 +0000'), '2024-03-02T07:45:00Z');
  assert.equal(normalizeDate('2 Mar 2024'), '2024-03-02');
  assert.equal(normalizeDate('2024'), '2024');
  assert.equal(normalizeDate('2024-13'), null);
  assert.equal(normalizeDate('soon'), null);
  assert.equal(normaliseLang('fr-FR'), 'fr');
  assert.equal(normaliseLang('en_US'), 'en');
  assert.equal(normaliseLang('fra'), null);
  assert.equal(outletFromUrl('https://www.lemonde.fr/international/article/x.html'), 'lemonde.fr');
  assert.equal(outletFromUrl('page.html'), null);
});

test('Zyte scorer: Unicode \\w tokens, 4-gram shingle multisets, normalised counts', () => {
  assert.deepEqual(zyteTokens("L'été 2024_bis, naïve—fin"), [
    'L',
    'été',
    '2024_bis',
    'naïve',
    'fin',
  ]);
  assert.deepEqual(shingleMatch('a b c d e', 'a b c d'), { tp: 0.5, fp: 0, fn: 0.5 });
  assert.deepEqual(shingleMatch('a b', 'a b'), { tp: 1, fp: 0, fn: 0 }); // short text: one short shingle
  const gold = new Map([
    ['1', 'one two three four five'],
    ['2', 'six seven eight nine'],
  ]);
  const predicted = new Map([
    ['1', 'one two three four five'],
    ['2', ''],
  ]);
  const s = zyteScore(gold, predicted, 50);
  assert.equal(s.precision, 1); // the empty prediction is left out of precision …
  assert.equal(s.recall, 0.5); // … but counts as zero recall
  assert.equal(s.accuracy, 0.5);
  assert.throws(() => zyteScore(gold, new Map([['1', '']])), /keys do not match/);
});

test('Zyte benchmark: the scorer reproduces published F1 and readHtml scores at least 0.94', (t) => {
  const dir = sharedData(t, 'html', 'scrapinghub_article_extraction_benchmark');
  if (!dir) return;
  const load = (file: string) => {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const items = (raw.output ?? raw) as Record<string, { articleBody?: string }>;
    return new Map(Object.entries(items).map(([k, v]) => [k, v.articleBody ?? '']));
  };
  const gold = load('ground-truth.json');
  assert.equal(zyteScore(gold, load('output/readability_js.json'), 10).f1.toFixed(3), '0.947');
  assert.equal(zyteScore(gold, load('output/trafilatura.json'), 10).f1.toFixed(3), '0.958');
  const run = extractPages(loadZytePages(dir));
  const ours = zyteScore(gold, run.predicted, 10);
  assert.equal(run.failures, 0);
  assert.ok(ours.f1 >= 0.94, `F1 ${ours.f1.toFixed(3)}`);
});
