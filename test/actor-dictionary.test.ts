import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ActorDictionary,
  codeOn,
  parseActorDictionary,
  splitActorCode,
} from '../src/actors/dictionary.js';

const SAMPLE = `<!-- a test dictionary,
written for these tests -->
SERGEY_LAVROV [RUSGOV]   # foreign minister
+SERGEI_LAVROV
+SERGUEÏ_LAVROV
JANE_EXAMPLE
    [USAELI <050101]
    [USAGOV 20050101-20121231] # in office
    [USALEG >130101]
ACME_NEWS_AGENCY [FRAMED]
`;

describe('PETRARCH actor dictionaries', () => {
  const actors = parseActorDictionary(SAMPLE);
  it('reads entries, synonyms and dated codes', () => {
    assert.deepEqual(
      actors.map((a) => a.name),
      ['SERGEY LAVROV', 'JANE EXAMPLE', 'ACME NEWS AGENCY'],
    );
    assert.deepEqual(actors[0].aliases, ['SERGEI LAVROV', 'SERGUEÏ LAVROV']);
    assert.deepEqual(actors[1].codes, [
      { code: 'USAELI', to: '2005-01-01' },
      { code: 'USAGOV', from: '2005-01-01', to: '2012-12-31' },
      { code: 'USALEG', from: '2013-01-01' },
    ]);
  });
  it('honours date ranges against the article date, partial dates included', () => {
    const jane = actors[1];
    assert.equal(codeOn(jane, '2003-06-01'), 'USAELI');
    assert.equal(codeOn(jane, '2010-03'), 'USAGOV');
    assert.equal(codeOn(jane, '2020'), 'USALEG');
    assert.equal(codeOn(jane, null), null);
    assert.equal(codeOn(actors[0], '2023-03-02'), 'RUSGOV');
  });
  it('finds actors by any alias, accents and case folded', () => {
    const dictionary = new ActorDictionary(actors);
    assert.equal(dictionary.lookup('Sergueï Lavrov')?.name, 'SERGEY LAVROV');
    assert.equal(dictionary.lookup('sergei lavrov')?.name, 'SERGEY LAVROV');
    assert.equal(dictionary.lookup('Antony Blinken'), null);
  });
  it('splits codes into country and sectors', () => {
    assert.deepEqual(splitActorCode('RUSGOV'), { country: 'RUS', sectors: ['GOV'] });
    assert.deepEqual(splitActorCode('USAGOVMIL'), { country: 'USA', sectors: ['GOV', 'MIL'] });
  });
});
