import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsOf, named } from './helpers.js';

test('a business noun possessed by a thing is no organisation', () => {
  const entities = actorsOf(
    'Officials in Valencia said two canals had overflowed their banks near the harbour on Monday.',
    'en',
  );
  assert.equal(named(entities, 'banks'), undefined);
});

test('an institution word before a role gives the role its sector', () => {
  const entities = actorsOf(
    'Union leader Marta Kowalczyk criticised the Polish government for the pension reform on Friday.',
    'en',
  );
  const leader = named(entities, 'Kowalczyk');
  assert.ok(leader);
  assert.deepEqual([leader.role, leader.sector], ['leader', 'LAB']);
  assert.equal(entities.filter((e) => e.type === 'person').length, 1);
});

test("a named person's office is named with its owner", () => {
  const entities = actorsOf(
    "Chancellor Olaf Scholz met union delegates in Berlin. Scholz's office declined to comment on the talks.",
    'en',
  );
  const office = named(entities, 'office');
  assert.ok(office);
  assert.equal(office.name, "Scholz's office");
  assert.equal(office.country, 'DEU');
});

test('a place opening a headline before a colon is a topic, no actor', () => {
  const entities = actorsOf(
    'Marseille : la mairie reporte la rénovation des écoles du centre\n\nLa décision a été prise lundi.',
    'fr',
  );
  assert.equal(named(entities, 'Marseille'), undefined);
});

test('the president of a metropolitan authority is a government official', () => {
  const entities = actorsOf(
    'La présidente de la Métropole de Nantes, Johanna Rolland, a présenté mercredi un plan de transport.',
    'fr',
  );
  const president = named(entities, 'Rolland');
  assert.ok(president);
  assert.equal(president.sector, 'GOV');
  const authority = entities.find((e) => e.name === 'Métropole de Nantes');
  assert.ok(authority);
  assert.deepEqual([authority.type, authority.sector], ['government', 'GOV']);
});

test('a metropolitan or departmental councillor is a councillor, not an adviser', () => {
  const entities = actorsOf(
    'Selon la conseillère départementale Claire Mounier, le budget des collèges sera réduit.',
    'fr',
  );
  const councillor = named(entities, 'Mounier');
  assert.ok(councillor);
  assert.deepEqual([councillor.role, councillor.sector], ['departmental councillor', 'GOV']);
});

test('a name after a definite article, only ever a complement, with no organisation cue is a place', () => {
  const entities = actorsOf(
    'La ville rouvre le funiculaire de la Grange-Blanche après six mois de travaux, a indiqué la mairie.',
    'fr',
  );
  assert.equal(named(entities, 'Grange-Blanche'), undefined);
});

test('an institution word complementing a role gives the role its sector', () => {
  const entities = actorsOf(
    "Le président du club, Henri Valat, a annoncé mardi le départ de l'entraîneur.",
    'fr',
  );
  const president = named(entities, 'Valat');
  assert.ok(president);
  assert.deepEqual([president.role, president.sector], ['president', 'BUS']);
});

test("a possessive pronoun gives a body its owner from the clause's subject", () => {
  const entities = actorsOf(
    'German police arrested two sailors in Hamburg on Friday. Brazilian President Luiz Inacio Lula da Silva said his office had asked Berlin for details.',
    'en',
  );
  const office = named(entities, 'his office');
  assert.ok(office);
  assert.equal(office.country, 'BRA');
});

test("a headline's or lead's generic role is the one person the story names in it", () => {
  const entities = actorsOf(
    'Mayor halts tram extension\n\nA city mayor on Monday suspended work on a tram line after cost overruns.\n\nMayor Anna Lindqvist said the contract would be reviewed by auditors.',
    'en',
  );
  const mayor = named(entities, 'Lindqvist');
  assert.ok(mayor);
  assert.ok(mayor.mentions.some((m) => m.text === 'Mayor'));
  assert.ok(mayor.mentions.some((m) => m.text === 'A city mayor'));
  assert.equal(entities.filter((e) => e.type === 'person').length, 1);
});

test("a headline's body word is the one body of that kind the story names", () => {
  const entities = actorsOf(
    "La métropole relance le projet de téléphérique\n\nLa Métropole Aix-Marseille-Provence a voté jeudi un budget de 30 millions d'euros pour ce projet.",
    'fr',
  );
  const bodies = entities.filter((e) => e.type === 'government');
  assert.equal(bodies.length, 1);
  assert.equal(bodies[0].name, 'Métropole Aix-Marseille-Provence');
  assert.equal(bodies[0].mentions.length, 2);
});

test("an organisation's name shortened to its opening words is that organisation", () => {
  const entities = actorsOf(
    'Lindqvist Freight Lines said on Monday it would close two depots in Sweden. Shares of Lindqvist fell 4% in Stockholm.',
    'en',
  );
  const firm = entities.find((e) => e.name === 'Lindqvist Freight Lines');
  assert.ok(firm);
  assert.ok(firm.mentions.some((m) => m.text === 'Lindqvist'));
});
