import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { endsName, personKey, sameKey } from '../src/actors/names.js';
import { actorsOf, named } from './helpers.js';

describe('person keys across languages', () => {
  const same = (...names: string[]) => {
    const keys = names.map(personKey);
    for (const key of keys)
      assert.equal(key, keys[0], `${names.join(' / ')} → ${keys.join(' / ')}`);
  };
  it('merges transliterations of Russian and Ukrainian names', () => {
    same('Sergueï Lavrov', 'Sergei Lavrov', 'Sergey Lavrov');
    same(
      'Volodymyr Zelensky',
      'Vladimir Zelensky',
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskiy',
      'Wolodymyr Zelenskyj',
    );
    same('Vladimir Poutine', 'Vladimir Putin');
    same('Nikita Khrouchtchev', 'Nikita Khrushchev');
    same('Maria Zakharova', 'Mariya Zakharova', 'Maria Zaharova');
  });
  it('merges English spelling variants of given names', () => {
    same('Antony Blinken', 'Anthony Blinken');
  });
  it('ignores honorifics, accents and case', () => {
    same('M. Sergueï LAVROV', 'Sergei Lavrov');
    same('Mr. Antony Blinken', 'antony blinken');
  });
  it('keeps different people apart', () => {
    assert.notEqual(personKey('Sergueï Lavrov'), personKey('Sergueï Choïgou'));
    assert.notEqual(personKey('Joe Biden'), personKey('Hunter Biden'));
    assert.notEqual(personKey('Antony Blinken'), personKey('Paul Whelan'));
  });
  it('keeps surname particles with the surname', () => {
    assert.equal(personKey('Charles de Gaulle'), personKey('Ch. de Gaulle'));
    assert.notEqual(personKey('Charles de Gaulle'), personKey('Charles Gaulle'));
  });
  it('lets a surname alone match the full name', () => {
    assert.ok(sameKey(personKey('Lavrov')!, personKey('Sergueï Lavrov')!));
    assert.ok(!sameKey(personKey('Lavrov')!, personKey('Antony Blinken')!));
    assert.ok(!sameKey(personKey('Joe Biden')!, personKey('Hunter Biden')!));
  });
});

describe('compound surnames', () => {
  it('tells the end of a longer name, word for word', () => {
    assert.ok(endsName('Ms. Ruiz Tagle', 'Inés Ruiz Tagle'));
    assert.ok(!endsName('Tagle', 'Inés Ruiz Tagle'));
    assert.ok(!endsName('Ruiz Tagle', 'Ruiz Tagle'));
  });
  it('gives a compound surname used later to the person first named in full', () => {
    const entities = actorsOf(
      'The Peruvian envoy, Inés Ruiz Tagle, arrived in Lima on Monday. Ms. Ruiz Tagle said ' +
        'the talks would resume. Later, Carlos Tagle, a trade official, joined the talks.',
      'en',
    );
    const envoy = named(entities, 'Inés Ruiz Tagle');
    assert.ok(envoy?.mentions.some((m) => m.text === 'Ruiz Tagle'));
    // A full name whose first word is a given name is someone else.
    assert.ok(!envoy?.mentions.some((m) => m.text.includes('Carlos')));
  });
});

describe('invisible characters and addresses', () => {
  it('reads a name through the soft hyphens of a web page', () => {
    const entities = actorsOf(
      'Le président Em\u00adma\u00adnuel Ma\u00adcron a reçu les maires. M. Macron a salué leur travail.',
      'fr',
    );
    const president = named(entities, 'Macron');
    assert.equal(president?.name, 'Emmanuel Macron');
    assert.equal(president?.mentions.length, 3);
  });
  it('ends a name before an e-mail address', () => {
    const entities = actorsOf(
      'Write to your MP.\n\nHelen Marsh helen.marsh.mp@example.org\n\nTom Reyes tom.reyes@example.org',
      'en',
    );
    assert.deepEqual(
      entities.filter((e) => e.type === 'person' && e.name).map((e) => e.name),
      ['Helen Marsh', 'Tom Reyes'],
    );
  });
});
