import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  ActorDictionary,
  codeOn,
  parseActorDictionary,
  type DictionaryActor,
} from '../src/actors/dictionary.js';
import { foldName } from '../src/actors/names.js';
import { projectRoot } from '../src/util/paths.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  alpha3ToAlpha2(code: string): string | undefined;
};

/** PLOVER's non-state actor codes, and its one country exception (KOS for Kosovo). */
const NON_STATE = new Set(['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC', 'KOS']);
/** PLOVER sector codes. */
const SECTORS = new Set(
  (
    'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP ' +
    'PRE REL SOC'
  ).split(' '),
);

const actors = parseActorDictionary(
  readFileSync(join(projectRoot, 'data', 'actors', 'world-figures.txt'), 'utf8'),
);
const dictionary = new ActorDictionary(actors);

function actor(name: string): DictionaryActor {
  const found = dictionary.lookup(name);
  assert.ok(found, `${name} is in the dictionary`);
  return found;
}

/** An ISO date that names a real calendar day. */
function isCalendarDay(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === date;
}

describe('shipped world-figures dictionary', () => {
  it('has the entries it promises', () => {
    assert.ok(actors.length >= 800, `${actors.length} entries`);
    for (const a of actors) assert.ok(a.codes.length > 0, `${a.name} has a code`);
  });

  it('codes a country (ISO 3166 alpha-3 or a PLOVER non-state code) and one or two sectors', () => {
    for (const a of actors) {
      for (const { code } of a.codes) {
        assert.match(code, /^(?:[A-Z]{6}|[A-Z]{9})$/, `${a.name}: ${code}`);
        const country = code.slice(0, 3);
        assert.ok(
          NON_STATE.has(country) || countries.alpha3ToAlpha2(country) !== undefined,
          `${a.name}: ${country} is no country code`,
        );
        for (const sector of code.slice(3).match(/.{3}/g) ?? []) {
          assert.ok(SECTORS.has(sector), `${a.name}: ${sector} is no PLOVER sector`);
        }
      }
    }
  });

  it('writes well-formed date ranges', () => {
    for (const a of actors) {
      for (const c of a.codes) {
        for (const date of [c.from, c.to]) {
          if (date) assert.ok(isCalendarDay(date), `${a.name}: ${date} is no day`);
        }
        if (c.from && c.to) assert.ok(c.from <= c.to, `${a.name}: ${c.from} > ${c.to}`);
      }
    }
  });

  it('gives every name and alias to one entry only, accents and case folded', () => {
    const owner = new Map<string, string>();
    for (const a of actors) {
      const keys = new Set([a.name, ...a.aliases].map((n) => foldName(n).join(' ')));
      for (const key of keys) {
        assert.ok(key, `${a.name} has an empty alias`);
        const other = owner.get(key);
        assert.equal(other, undefined, `"${key}" names both ${other} and ${a.name}`);
        owner.set(key, a.name);
      }
    }
  });

  it('codes a president during and after the term', () => {
    const obama = actor('Barack Obama');
    assert.equal(codeOn(obama, '2012-11-06'), 'USAGOV');
    assert.equal(codeOn(obama, '2018'), 'USAELI');
    assert.equal(codeOn(obama, '2005-06'), null);
    const chirac = actor('Jacques Chirac');
    assert.equal(codeOn(chirac, '1990-05-01'), 'FRAPTY');
    assert.equal(codeOn(chirac, '2003-03'), 'FRAGOV');
    assert.equal(codeOn(chirac, '2010'), 'FRAELI');
    const trump = actor('Trump');
    assert.equal(codeOn(trump, '2019-07-04'), 'USAGOV');
    assert.equal(codeOn(trump, '2022-01-15'), 'USAELI');
    assert.equal(codeOn(trump, '2024-09'), 'USAPTY');
    assert.equal(codeOn(trump, '2025-06-01'), 'USAGOV');
  });

  it('finds people by French spelling and surname, with the code of the day', () => {
    assert.equal(codeOn(actor('Vladimir Poutine'), '2023-03-02'), 'RUSGOV');
    assert.equal(actor('Poutine').name, 'VLADIMIR PUTIN');
    assert.equal(codeOn(actor('Mouammar Kadhafi'), '2011-03-19'), 'LBYGOV');
    assert.equal(codeOn(actor('Sergueï Lavrov'), '2014-03-01'), 'RUSGOV');
    assert.equal(codeOn(actor('Erdogan'), '2016-07-15'), 'TURGOV');
    assert.equal(codeOn(actor('Bush'), '1991-01-17'), 'USAGOV');
    assert.equal(codeOn(actor('Bush'), '1997'), 'USAELI');
    assert.equal(codeOn(actor('Bush'), '2003-03-20'), 'USAGOV');
  });

  it('codes heads of intergovernmental bodies and armed movements', () => {
    const annan = actor('Kofi Annan');
    assert.equal(codeOn(annan, '2000-01-01'), 'UNOGOV');
    assert.equal(codeOn(annan, '2010-01-01'), 'GHAELI');
    assert.equal(codeOn(actor('Jens Stoltenberg'), '2022-03-01'), 'IGOGOV');
    assert.equal(codeOn(actor('Ursula von der Leyen'), '2023-01-01'), 'EURGOV');
    assert.equal(codeOn(actor('Oussama Ben Laden'), '2001-09-11'), 'IMGREB');
    assert.equal(codeOn(actor('Arafat'), '1988-12-13'), 'PSEREB');
    assert.equal(codeOn(actor('Arafat'), '2000-07-11'), 'PSEGOV');
    assert.equal(codeOn(actor('Hassan Nasrallah'), '2006-07-14'), 'LBNREB');
  });

  it('leaves out surnames that name several people of note', () => {
    for (const surname of ['Kim', 'Clinton', 'Gandhi', 'Kabila', 'Castro', 'Le Pen', 'Hariri']) {
      assert.equal(dictionary.lookup(surname), null, surname);
    }
  });
});
