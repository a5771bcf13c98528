import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { outletsPath } from '../src/outlets/outlets.js';
import type { Outlet } from '../src/outlets/index.js';
import { findOutlet, outletByHost, resolveOutletDescription } from '../src/outlets/index.js';
import { loadGazetteer } from '../src/places/index.js';

const KINDS = ['agency', 'broadcaster', 'newspaper', 'magazine', 'site'];

function outlet(name: string, lang?: string): Outlet {
  const found = findOutlet(name, lang);
  assert.ok(found, `${name} should be an outlet`);
  return found;
}

test('the curated list has at least 80 well-formed outlets', () => {
  const { outlets } = JSON.parse(readFileSync(outletsPath, 'utf8')) as { outlets: Outlet[] };
  assert.ok(outlets.length >= 80, `${outlets.length} outlets`);
  const countries = new Set(loadGazetteer().countries.map((c) => c.iso3));
  const ids = new Set<string>();
  for (const o of outlets) {
    assert.match(o.id, /^[a-z0-9-]+$/);
    assert.ok(!ids.has(o.id), `duplicate id ${o.id}`);
    ids.add(o.id);
    assert.ok(KINDS.includes(o.kind), `${o.id}: kind ${o.kind}`);
    assert.ok(countries.has(o.country), `${o.id}: country ${o.country}`);
    for (const host of o.hosts)
      assert.match(host, /^[a-z0-9.-]+\.[a-z]+$/, `${o.id}: host ${host}`);
  }
});

test('names and aliases find their outlet, articles and case folded', () => {
  const cases: [string, string, string, string][] = [
    ["l'AFP", 'afp', 'FRA', 'agency'],
    ['Agence France-Presse', 'afp', 'FRA', 'agency'],
    ['Associated Press', 'ap', 'USA', 'agency'],
    ['AP', 'ap', 'USA', 'agency'],
    ['Tass', 'tass', 'RUS', 'agency'],
    ['ITAR-TASS', 'tass', 'RUS', 'agency'],
    ['Xinhua', 'xinhua', 'CHN', 'agency'],
    ['le Monde', 'le-monde', 'FRA', 'newspaper'],
    ['Les Echos', 'les-echos', 'FRA', 'newspaper'],
    ['the Guardian', 'guardian', 'GBR', 'newspaper'],
    ['Sueddeutsche Zeitung', 'sz', 'DEU', 'newspaper'],
    ['France 2', 'france-televisions', 'FRA', 'broadcaster'],
    ['Al-Jazeera', 'al-jazeera', 'QAT', 'broadcaster'],
    ['dpa', 'dpa', 'DEU', 'agency'],
    ['le Télégramme', 'le-telegramme', 'FRA', 'newspaper'],
    ['the Chicago Tribune', 'chicago-tribune', 'USA', 'newspaper'],
    ['Globe and Mail', 'globe-and-mail', 'CAN', 'newspaper'],
  ];
  for (const [name, id, country, kind] of cases) {
    const found = outlet(name);
    assert.deepEqual([found.id, found.country, found.kind], [id, country, kind], name);
  }
  assert.equal(outlet("l'agence Reuters", 'fr').id, 'reuters');
  // the agency's name without its first word, as French copy writes it
  assert.equal(outlet("l'agence France-Presse", 'fr').id, 'afp');
  assert.equal(outlet('Agence France Presse').id, 'afp');
});

test('a lowercase word is no outlet unless the name is written lowercase', () => {
  assert.equal(findOutlet('time'), null);
  assert.equal(findOutlet('map'), null);
  assert.equal(outlet('Time').id, 'time');
  assert.equal(findOutlet('Zorglub Gazette'), null);
});

test('web hosts and URLs find their outlet, subdomains included', () => {
  assert.equal(outletByHost('www.lemonde.fr')?.id, 'le-monde');
  assert.equal(outletByHost('https://edition.cnn.com/2024/01/01/story')?.id, 'cnn');
  assert.equal(outletByHost('WWW.NYTIMES.COM.')?.id, 'nyt');
  assert.equal(outletByHost('timesofindia.indiatimes.com')?.id, 'times-of-india');
  assert.equal(outletByHost('lemonde.fr.example.com'), null);
  assert.equal(outletByHost('example.org'), null);
});

test('fixed descriptions name one outlet', () => {
  assert.equal(resolveOutletDescription("l'agence de presse française", 'fr')?.outlet?.id, 'afp');
  assert.equal(resolveOutletDescription("l'agence française", 'fr')?.outlet?.id, 'afp');
  assert.equal(resolveOutletDescription('the French news agency', 'en')?.outlet?.id, 'afp');
  assert.equal(resolveOutletDescription('le quotidien du soir', 'fr')?.outlet?.id, 'le-monde');
});

test('a description is resolved against the outlets the document has seen', () => {
  const unseen = resolveOutletDescription('the Russian agency', 'en');
  assert.equal(unseen?.outlet, null);
  assert.deepEqual(unseen?.pattern, { kind: 'agency', country: 'RUS' });
  assert.ok(unseen?.candidates.some((o) => o.id === 'tass'));
  assert.ok(unseen?.candidates.some((o) => o.id === 'ria-novosti'));
  assert.equal(resolveOutletDescription('the Russian agency', 'en', ['tass'])?.outlet?.id, 'tass');
  assert.equal(
    resolveOutletDescription("l'agence russe", 'fr', ['le-monde', 'interfax'])?.outlet?.id,
    'interfax',
  );
  const official = resolveOutletDescription("l'agence officielle russe", 'fr');
  assert.deepEqual(official?.candidates.map((o) => o.id).sort(), ['ria-novosti', 'tass']);
});

test('a state agency without a country needs the document to choose', () => {
  const open = resolveOutletDescription('the state news agency', 'en');
  assert.equal(open?.outlet, null);
  assert.ok((open?.candidates.length ?? 0) > 5);
  assert.ok(open?.candidates.every((o) => o.kind === 'agency' && o.state === true));
  assert.equal(
    resolveOutletDescription('the state news agency', 'en', ['xinhua', 'nyt'])?.outlet?.id,
    'xinhua',
  );
});

test('descriptions read word by word in either order', () => {
  assert.equal(resolveOutletDescription("l'agence sud-coréenne", 'fr')?.outlet?.id, 'yonhap');
  assert.equal(
    resolveOutletDescription('the South Korean news agency', 'en')?.outlet?.id,
    'yonhap',
  );
  assert.equal(resolveOutletDescription('la chaîne qatarie', 'fr')?.outlet?.id, 'al-jazeera');
  assert.deepEqual(resolveOutletDescription("Russia's state-run news agency", 'en')?.pattern, {
    kind: 'agency',
    state: true,
    country: 'RUS',
  });
  const us = resolveOutletDescription('the U.S. newspaper', 'en', ['wsj']);
  assert.equal(us?.outlet?.id, 'wsj');
  assert.equal(resolveOutletDescription('the president said', 'en'), null);
  assert.equal(resolveOutletDescription('la ville russe', 'fr'), null);
});
