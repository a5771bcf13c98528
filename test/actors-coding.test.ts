import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../src/actors/entities.js';
import { analyzeText, holding } from './helpers.js';

/** Country and sector coding of actors: one test per rule, on sentences written for it. */

function entitiesOf(text: string, lang: string): Entity[] {
  const doc = analyzeText(text, lang, '2001-05-10');
  assert.ok(doc.entities, 'the actors stage adds the entities layer');
  return doc.entities;
}

const profile = (e: Entity) => [e.country, e.sector];

test('a name particle written onto the name with a hyphen is part of it', () => {
  const entities = entitiesOf(
    'Syrian President Bashar al-Assad received the envoy in Damascus on Sunday. Officials said ' +
      'al-Assad asked for more time.',
    'en',
  );
  const president = holding(entities, 'Bashar al-Assad');
  assert.equal(holding(entities, 'al-Assad'), president);
  assert.deepEqual(profile(president), ['SYR', 'GOV']);
});

test('an armed group with no country of its own takes its non-state code', () => {
  const entities = entitiesOf(
    'Osama bin Laden said in a tape that al-Qaeda would strike Western embassies in the region.',
    'en',
  );
  assert.deepEqual(profile(holding(entities, 'al-Qaeda')), ['IMG', 'REB']);
});

test("an armed movement's full name codes its country and sector", () => {
  const entities = entitiesOf(
    "The Kurdistan Workers' Party said on Friday it would end its truce in the south-east.",
    'en',
  );
  assert.deepEqual(profile(holding(entities, "Kurdistan Workers' Party")), ['TUR', 'REB']);
});

test('a title with its complement before a name is one person with that office', () => {
  const entities = entitiesOf(
    'The Federal Minister for Interior Tariq Mehmood Khan Abbasi ordered extra patrols in Lahore.',
    'en',
  );
  const minister = holding(entities, 'Tariq Mehmood Khan Abbasi');
  assert.deepEqual(
    [minister.type, minister.role, ...profile(minister)],
    ['person', 'interior minister', 'PAK', 'GOV'],
  );
  assert.ok(!entities.some((e) => e.mentions.some((m) => m.text.startsWith('Interior'))));
});

test('a generic body word around a known armed group is that group', () => {
  const entities = entitiesOf(
    'The militant Palestinian Islamic Jihad movement turned down an offer to join the talks.',
    'en',
  );
  const movement = holding(entities, 'The militant Palestinian Islamic Jihad movement');
  assert.deepEqual(profile(movement), ['PSE', 'REB']);
  assert.equal(entities.filter((e) => e.sector === 'REB').length, 1);
});

test('a generic body word does not take a body named across a preposition', () => {
  const entities = entitiesOf(
    'Le mouvement de soutien au Hamas a organisé mardi une collecte à Lyon.',
    'fr',
  );
  const movement = holding(entities, 'Le mouvement de soutien au Hamas');
  assert.notEqual(movement, holding(entities, 'Hamas'));
  assert.equal(movement.sector, null);
});

test('negotiators of a country are its government', () => {
  const entities = entitiesOf('A Chilean negotiator left the fisheries talks on Monday.', 'en');
  assert.deepEqual(profile(holding(entities, 'A Chilean negotiator')), ['CHL', 'GOV']);
});

test('place names the gazetteer does not know outvote a foreign actor for the document country', () => {
  const entities = entitiesOf(
    'The government of Velmoria closed the border near Ostrakai on Sunday. The U.S. envoy ' +
      'said Washington was concerned. Refugees crowded into Ostrakai overnight.',
    'en',
  );
  assert.equal(holding(entities, 'The government of Velmoria').country, null);
});

test('a non-state code never becomes the document country', () => {
  const entities = entitiesOf(
    'Al-Qaeda said it carried out the bombing, a spokesman said on Tuesday.',
    'en',
  );
  assert.equal(holding(entities, 'a spokesman').country, null);
});

test("a story that names no place takes the language's news country (French)", () => {
  const entities = entitiesOf(
    "Le maire a présenté mardi soir le budget de la commune, que l'opposition juge trop optimiste.",
    'fr',
  );
  assert.equal(holding(entities, 'Le maire').country, 'FRA');
});

test('a bare head noun after a body named with it is that body, not the dateline agency', () => {
  const entities = entitiesOf(
    'PARIS (Reuters) - The International Energy Agency said on Monday that oil demand would ' +
      'slow next year. The agency added that stocks had risen again.',
    'en',
  );
  const body = holding(entities, 'International Energy Agency');
  assert.equal(holding(entities, 'The agency'), body);
  const agencies = entitiesOf(
    "PARIS (AFP) - L'Agence internationale de l'énergie atomique a indiqué lundi que ses " +
      "inspecteurs étaient rentrés. L'agence a ajouté qu'un rapport suivrait.",
    'fr',
  );
  assert.equal(
    holding(agencies, "L'agence"),
    holding(agencies, "Agence internationale de l'énergie atomique"),
  );
});

test('a name the recogniser took for a person right after an organisation word is the organisation', () => {
  const entities = entitiesOf(
    "Le groupe Renault a confirmé jeudi la cession de son usine. Renault n'a pas donné de prix.",
    'fr',
  );
  const group = holding(entities, 'Renault');
  assert.deepEqual([group.type, group.sector], ['organisation', 'BUS']);
  assert.equal(entities.filter((e) => e.type === 'person').length, 0);
});

test("places the gazetteer does not know count for the language's news country (French)", () => {
  const entities = entitiesOf(
    'Le maire de Sainte-Colombe-sur-Vaure a reçu mardi à Sainte-Colombe-sur-Vaure un ingénieur ' +
      'américain.',
    'fr',
  );
  assert.equal(holding(entities, 'Le maire de Sainte-Colombe-sur-Vaure').country, 'FRA');
});

test("a party word inside the name of a body that is no party tells no party's country", () => {
  const entities = entitiesOf(
    'The Republican Guard moved two divisions north on Sunday, a spokesman in Baghdad said.',
    'en',
  );
  assert.deepEqual(profile(holding(entities, 'Republican Guard')), ['IRQ', 'MIL']);
});

test('a role word the tagger hung on a date is the head of its nominal, with the country before it', () => {
  const entities = entitiesOf(
    'A top U.S. official today criticized the new tariffs on steel.',
    'en',
  );
  const official = holding(entities, 'top U.S. official');
  assert.deepEqual([official.role, ...profile(official)], ['official', 'USA', 'GOV']);
});

test('the president of a national assembly is a legislator', () => {
  const entities = entitiesOf(
    'French National Assembly president Jean Martinot met the visiting delegation on Friday.',
    'en',
  );
  assert.deepEqual(profile(holding(entities, 'Jean Martinot')), ['FRA', 'LEG']);
});

test("a province named in a nominal's complement gives its country", () => {
  const entities = entitiesOf(
    'The government of Balochistan province has banned rallies after the riots.',
    'en',
  );
  assert.equal(holding(entities, 'The government of Balochistan province').country, 'PAK');
  const fr = entitiesOf('Le gouverneur du Nord-Kivu a décrété mardi un couvre-feu.', 'fr');
  assert.equal(holding(fr, 'Le gouverneur du Nord-Kivu').country, 'COD');
});

test("a party's own name or a name made with a party word is a party", () => {
  const entities = entitiesOf(
    "L'UDF a voté contre le texte, comme la Ligue communiste révolutionnaire.",
    'fr',
  );
  assert.deepEqual(profile(holding(entities, 'UDF')), ['FRA', 'PTY']);
  assert.equal(holding(entities, 'Ligue communiste révolutionnaire').sector, 'PTY');
});

test('a quantity before a plural role phrase is part of the mention', () => {
  const entities = entitiesOf(
    'Une vingtaine de délégués de la CGT ont quitté la salle mercredi à Nantes.',
    'fr',
  );
  const delegates = holding(entities, 'Une vingtaine de délégués de la CGT');
  assert.deepEqual([delegates.role, ...profile(delegates)], ['delegate', 'FRA', 'LAB']);
  const en = entitiesOf('A group of Iraqi lawmakers walked out of the session on Monday.', 'en');
  assert.equal(holding(en, 'A group of Iraqi lawmakers').sector, 'LEG');
});

test("what a person's title runs into is a person's name, not an organisation", () => {
  const entities = entitiesOf(
    "Le Chef d'Etat Major Kouadio Yao a visité jeudi la caserne de Bouaké.",
    'fr',
  );
  const chief = holding(entities, 'Kouadio Yao');
  assert.deepEqual([chief.type, chief.sector], ['person', 'MIL']);
});

test('a party family of many countries tells no country', () => {
  const entities = entitiesOf(
    'Les sociaux-démocrates ont remporté dimanche les élections régionales en Bavière. ' +
      'Le chef des sociaux-démocrates a salué un vote historique.',
    'fr',
  );
  assert.equal(holding(entities, 'Le chef des sociaux-démocrates').country, 'DEU');
});

test("the language's news country breaks a tie when the outlet is unknown (French)", () => {
  const entities = entitiesOf(
    'Un otage français a été libéré mardi au Liban, a annoncé le porte-parole.',
    'fr',
  );
  assert.equal(holding(entities, 'le porte-parole').country, 'FRA');
});
