import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsOf, holding } from './helpers.js';

test('a definite short form of a body named before is that body', () => {
  const entities = actorsOf(
    'Fishermen in Brittany protested on Monday against quotas set by the European Commission. ' +
      'The Commission said the quotas would be reviewed in the spring.',
    'en',
  );
  const e = holding(entities, 'Commission');
  assert.equal(e, holding(entities, 'European Commission'));
  assert.equal(e.country, null);
  assert.equal(e.sector, 'IGO');
});

test('a counted plural of state bodies belongs to no single country', () => {
  const entities = actorsOf(
    'Chile and Peru signed a fisheries accord in Lima on Tuesday, the two governments announced.',
    'en',
  );
  const e = holding(entities, 'the two governments');
  assert.equal(e.country, null);
  assert.equal(e.sector, 'GOV');
});

test('a union delegate in apposition is a labour actor', () => {
  const entities = actorsOf(
    "« Nous ne signerons rien en l'état », prévient Karim Haddad, délégué syndical chez le transporteur.",
    'fr',
  );
  const e = holding(entities, 'Karim Haddad');
  assert.equal(e.sector, 'LAB');
  assert.equal(e.role, 'union representative');
});

test('an English shop steward is a labour actor', () => {
  const entities = actorsOf(
    'Workers at the bottling plant walked out on Friday, said Dana Price, a shop steward at the site.',
    'en',
  );
  assert.equal(holding(entities, 'Dana Price').sector, 'LAB');
});

test('a body named right after its state is that state’s', () => {
  const entities = actorsOf(
    'Flooding closed roads across Nepal on Sunday. In Kathmandu, the British Embassy said it was ' +
      'helping two stranded climbers, and the U.S. Embassy urged citizens to avoid travel.',
    'en',
  );
  assert.equal(holding(entities, 'Embassy').country, 'USA');
});

test('the dateline settles a tie between the story’s countries', () => {
  const entities = actorsOf(
    'YEREVAN, March 3 (AP) — Armenian farmers protested on Friday over imports from France. ' +
      'In Paris, exporters said the quotas would stay. The government said it would review the deal.',
    'en',
  );
  assert.equal(holding(entities, 'The government').country, 'ARM');
});

test('a place named like a state the story made an actor is that state', () => {
  const entities = actorsOf(
    "Georgia's parliament approved a budget on Monday, officials in Tbilisi said. In Atlanta, a " +
      'trade group said it was watching the situation in Georgia. The government said the budget ' +
      'was balanced.',
    'en',
  );
  assert.equal(holding(entities, 'The government').country, 'GEO');
});

test('an armed group of a stated country acting as subject is an actor, and "they" is it', () => {
  const entities = actorsOf(
    'Sudanese rebel commanders said on Friday they would attend talks with a U.N. envoy in Geneva.',
    'en',
  );
  const e = holding(entities, 'they');
  assert.equal(e, holding(entities, 'Sudanese rebel commanders'));
  assert.deepEqual([e.country, e.sector], ['SDN', 'REB']);
});

test('an unnamed group told again in the same words is one group', () => {
  const entities = actorsOf(
    'Sudanese rebel commanders reject truce offer\n\n' +
      'KHARTOUM, March 9 (AP) — Sudanese rebel commanders said on Friday they would attend talks ' +
      'with a U.N. envoy in Geneva.',
    'en',
  );
  const groups = entities.filter((e) =>
    e.mentions.some((m) => m.text === 'Sudanese rebel commanders'),
  );
  assert.equal(groups.length, 1);
  assert.equal(groups[0].mentions.length, 3);
});

test('a possessive role with no body of its own heads the organisation named last', () => {
  const entities = actorsOf(
    'Le Parti vert a obtenu quatre sièges au conseil municipal de Rennes. Son président, Marc ' +
      'Dufour, a salué « une victoire collective ».',
    'fr',
  );
  assert.equal(holding(entities, 'Marc Dufour').sector, 'PTY');
});
