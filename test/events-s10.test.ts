/**
 * Actors and events as a reader sees them (session 10): whose country a story is, what an
 * organisation's people are, what an act is about and when it happened. One original sentence
 * per rule, each failing without the rule or the data it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from './helpers.js';

const events = (text: string, lang: string) =>
  (analyzeText(text, lang).events ?? []).map((e) => ({
    type: e.type,
    modality: e.modality,
    date: e.date?.value ?? null,
    triggers: e.claims.map((c) => c.trigger.text),
    content: e.content?.text ?? null,
    actors: e.actors.map((p) => ({ text: p.text, country: p.country, sector: p.sector })),
    recipients: e.recipients.map((p) => ({ text: p.text, country: p.country, sector: p.sector })),
  }));

const entity = (text: string, lang: string, name: RegExp) => {
  const found = (analyzeText(text, lang).entities ?? []).find((e) =>
    e.mentions.some((m) => name.test(m.text)),
  );
  assert.ok(found, `no entity ${name}`);
  return found;
};

test('an unknown demonym built on a name of the text gives its body no country, and the story none', () => {
  const text =
    "En Varnosie, le gouvernement varnosien et les rebelles du Front de l'Aube ont signé jeudi une trêve.";
  assert.equal(entity(text, 'fr', /gouvernement varnosien/).country, null);
  // Unknown places and the outlet's language make no French story of it.
  assert.equal(entity(text, 'fr', /rebelles/).country, null);
  // Away from a state body, the demonym needs the name it is built on.
  const envoy =
    "En Varnosie, les rebelles ont attaqué un convoi. L'émissaire varnosien a démenti jeudi.";
  assert.equal(entity(envoy, 'fr', /émissaire/).country, null);
});

test('an organisation is of its members’ sector, and so is its spokesperson', () => {
  const text =
    "Les rebelles de l'Alliance des collines ont attaqué jeudi un convoi. La porte-parole de l'Alliance, Mira Kosta, a démenti.";
  assert.equal(entity(text, 'fr', /^Alliance$/).sector, 'REB');
  assert.equal(entity(text, 'fr', /Mira Kosta/).sector, 'REB');
});

test('a role word before an organisation’s name tells what it is', () => {
  const text =
    "The rebel Dawn Front rejected the offer on Monday. The group's spokesman, Ilo Varga, said the talks had failed.";
  assert.equal(entity(text, 'en', /Ilo Varga/).sector, 'REB');
});

test('the venue of talks is no country of their unnamed parties', () => {
  const [meeting] = events('Both sides met in Geneva on Monday.', 'en');
  assert.equal(meeting.type, 'CONSULT');
  assert.deepEqual(
    meeting.actors.map((p) => p.country),
    [null],
  );
  const [agreement] = events(
    'Negotiators for both sides agreed on a 60-day truce at talks in Geneva on Monday.',
    'en',
  );
  assert.equal(agreement.type, 'AGREE');
  assert.equal(agreement.actors[0].country, null);
});

test('the venue of talks is no country of the story', () => {
  const release = events(
    'Negotiators for both sides agreed on a truce at talks in Geneva on Monday. Both sides will release prisoners next week.',
    'en',
  ).find((e) => e.triggers.includes('release'));
  assert.ok(release);
  assert.deepEqual(
    release.recipients.map((p) => p.country),
    [null],
  );
});

test('a state named in an actor’s phrase is no country of the story', () => {
  const [attack] = events(
    'The U.S. envoy said soldiers had shelled three villages overnight.',
    'en',
  );
  assert.equal(attack.type, 'ASSAULT');
  assert.deepEqual(
    attack.recipients.map((p) => p.country),
    [null],
  );
});

test('a story of a state no gazetteer knows takes no country from the demonyms of its guests', () => {
  const attack = events(
    'The government of Drellia hosted Sudanese officials on Monday. Gunmen later attacked a convoy of traders.',
    'en',
  ).find((e) => e.type === 'ASSAULT');
  assert.ok(attack);
  assert.deepEqual(
    attack.actors.map((p) => p.country),
    [null],
  );
});

test('an unnamed state body is the body the story named with that word', () => {
  const accusation = events(
    'The government of Drellia and the rebels met in Lagos. Fighting resumed near Kano on Friday, and the rebels accused the government of lying.',
    'en',
  ).find((e) => e.type === 'ACCUSE');
  assert.ok(accusation);
  assert.deepEqual(accusation.recipients, [
    { text: 'the government', country: null, sector: 'GOV' },
  ]);
});

test('what is agreed leaves out the setting, the date and the attribution', () => {
  const [en] = events(
    'The two parties agreed on a 60-day truce at talks in Geneva on Monday, according to a diplomat.',
    'en',
  );
  assert.equal(en.content, 'a 60-day truce');
  const [duration] = events(
    'Les deux camps ont conclu une trêve de deux mois, selon des diplomates cités par Reuters.',
    'fr',
  );
  assert.equal(duration.content, 'une trêve de deux mois');
  const [attributed] = events(
    'Les deux camps auraient signé jeudi à Lomé un accord de paix, selon des diplomates.',
    'fr',
  );
  assert.equal(attributed.content, 'un accord de paix');
});

test('a clause on an event noun dates it: a truce broken years ago is no current one', () => {
  const [fr] = events(
    'Le médiateur a évoqué la trêve rompue il y a trois ans au bout d’un mois.',
    'fr',
  );
  assert.deepEqual([fr.type, fr.modality, fr.date], ['RETREAT', 'background', '2021']);
  const [en] = events('The mediator recalled the truce that collapsed three years ago.', 'en');
  assert.deepEqual([en.type, en.modality, en.date], ['RETREAT', 'background', '2021']);
});

test('a passive participle on a verb’s object takes no actor from the verb’s subject', () => {
  const conviction = events(
    'The government of Norvia plans to release about 120 people detained during the fighting around Tarsk, the Tarsk Courier reported.',
    'en',
  ).find((e) => e.triggers.includes('detained'));
  assert.ok(conviction);
  assert.deepEqual(conviction.actors, []);
  assert.deepEqual(
    conviction.recipients.map((p) => p.text),
    ['about 120 people'],
  );
});

test('seizing a facility or goods is a coercion', () => {
  const [seizure] = events('Armed men seized a refinery outside the city on Sunday.', 'en');
  assert.equal(seizure.type, 'COERCE');
});

test('a nationality word no list knows right beside a state body names an unknown state', () => {
  const text = 'The Ostravan government closed its embassy in Nairobi on Monday.';
  assert.equal(entity(text, 'en', /government/).country, null);
});

test('an attack only a demonym attributes is by unidentified armed forces of that country', () => {
  const [attack] = events(
    'Deux soldats ont été blessés dans une embuscade tchadienne près de Bol.',
    'fr',
  );
  assert.equal(attack.type, 'ASSAULT');
  assert.deepEqual(attack.actors, [{ text: 'tchadienne', country: 'TCD', sector: 'UAF' }]);
});
