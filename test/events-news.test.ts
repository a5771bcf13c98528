/**
 * Events in news articles (issue #6, session 5): one original sentence or short article per
 * rule, each failing without the rule it names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../src/events/types.js';
import { analyzeText, eventTold, eventsToldBy as toldBy } from './helpers.js';

const run = analyzeText;
const told = eventTold;
const names = (list: Event['actors']) => list.map((p) => p.name);
const countries = (list: Event['actors']) => list.map((p) => p.country);
const triggers = (event: Event) => event.claims.map((c) => c.trigger.text);

test('a strike on a place is an attack, and the verb it is subject of tells the same act', () => {
  const doc = run('A Syrian drone strike on the town of Idlib killed four civilians.', 'en');
  const strike = told(doc, 'strike');
  assert.equal(strike.type, 'ASSAULT');
  assert.deepEqual(triggers(strike).sort(), ['killed', 'strike']);
  // The attack's demonym acts; the attack itself is no actor.
  assert.ok(countries(strike.actors).includes('SYR'), JSON.stringify(strike.actors));
  assert.ok(!names(strike.actors).some((n) => n.includes('strike')));
  const headline = run(
    'Russian strike on Odesa port kills two\n\nThe port was hit at night.',
    'en',
  );
  assert.equal(told(headline, 'strike').type, 'ASSAULT');
});

test('a second verb read as an adjective on the object is a conjoined verb; a date is no part of a participant', () => {
  const doc = run(
    'Artillery fire killed seven people and wounded 20 others on Tuesday, officials said.',
    'en',
    '2024-05-15',
  );
  const attack = told(doc, 'killed');
  assert.deepEqual(triggers(attack).sort(), ['killed', 'wounded']);
  assert.deepEqual(names(attack.recipients).sort(), ['20 others', 'seven people']);
});

test('a possessive pronoun takes the country of the subject above it', () => {
  const doc = run(
    'Kyiv said Russian shelling hit Kharkiv. Moscow said its troops had seized two villages near Kharkiv.',
    'en',
  );
  const seizure = told(doc, 'seized');
  const troops = seizure.actors.find((a) => a.name === 'its troops');
  assert.equal(troops?.country, 'RUS', JSON.stringify(seizure.actors));
});

test('the act named inside the object of a verb of the same act is that act', () => {
  const doc = run('Japan sent a shipment of food aid to Sri Lanka on Monday.', 'en');
  const aid = (doc.events ?? []).filter((e) => e.type === 'AID');
  assert.equal(aid.length, 1, aid.map(triggers).join(' | '));
  assert.deepEqual(triggers(aid[0]).sort(), ['aid', 'sent']);
});

test('what is delivered is no participant; the light verb subject delivers', () => {
  const doc = run('Canada will speed up deliveries of armoured vehicles, the minister said.', 'en');
  const aid = told(doc, 'deliveries');
  assert.equal(aid.type, 'AID');
  assert.deepEqual(countries(aid.actors), ['CAN']);
  assert.ok(!names([...aid.actors, ...aid.recipients]).some((n) => n.includes('vehicles')));
});

test('a noun renaming the act of the clause before is the object of the relative clause after it', () => {
  const doc = run(
    'Serbia asked Hungary to extradite the businessman, a request Budapest has so far rejected.',
    'en',
  );
  const refusal = told(doc, 'rejected');
  assert.equal(refusal.type, 'REJECT');
  assert.deepEqual(countries(refusal.actors), ['HUN']);
  assert.equal(refusal.actors[0].sector, 'GOV');
  assert.deepEqual(countries(refusal.recipients), ['SRB']);
  assert.equal(refusal.content?.text, 'a request');
  assert.equal(toldBy(doc, 'request').length, 0, 'the renaming noun tells no event');
  const welcome = run('Greece offered to send doctors, a gesture Ankara welcomed.', 'en');
  const support = told(welcome, 'welcomed');
  assert.deepEqual(countries(support.actors), ['TUR']);
  assert.deepEqual(countries(support.recipients), ['GRC']);
});

test('a headline topic before a colon is no participant', () => {
  const doc = run(
    'Grève des pilotes : la compagnie appelle au dialogue\n\nLes pilotes ont cessé le travail mardi.',
    'fr',
  );
  const request = told(doc, 'appelle');
  assert.ok(!names(request.actors).some((n) => n.includes('Grève')), names(request.actors).join());
});

test('a noun recalling an act already told is one more claim of it', () => {
  const doc = run(
    'Les contrôleurs aériens ont entamé lundi une grève de trois jours.\n\nLe ministre a jugé cette grève « irresponsable ».',
    'fr',
    '2024-05-14',
  );
  const strikes = (doc.events ?? []).filter((e) => e.type === 'PROTEST');
  assert.equal(strikes.length, 1, strikes.map(triggers).join(' | '));
  assert.equal(strikes[0].claims.length, 2);
});

test("a headline's act is the act the article tells", () => {
  const doc = run(
    'Police detain opposition leader in Minsk\n\nBelarusian police detained opposition leader Ales Marchuk on Monday, his party said.',
    'en',
    '2024-05-14',
  );
  const arrests = (doc.events ?? []).filter((e) => e.type === 'COERCE');
  assert.equal(arrests.length, 1, arrests.map(triggers).join(' | '));
  assert.equal(arrests[0].claims.length, 2);
});

test('what a protest is for is no act of its own', () => {
  const doc = run('Les enseignants ont lancé jeudi une grève pour dénoncer la réforme.', 'fr');
  const strike = told(doc, 'grève');
  assert.equal(strike.type, 'PROTEST');
  assert.ok(triggers(strike).includes('dénoncer'));
  assert.equal(doc.events?.length, 1);
});

test('meetings with other parties are other events; "the two leaders" are the last who met', () => {
  const doc = run(
    'The French minister met the mayor of Kyiv to discuss reconstruction and held talks with the Polish president.',
    'en',
  );
  assert.notEqual(told(doc, 'met'), told(doc, 'talks'));
  const pair = run(
    'Emmanuel Macron met Luiz Inacio Lula da Silva in Brasilia on Monday. The two leaders agreed to hold a summit on forests.',
    'en',
  );
  assert.deepEqual(countries(told(pair, 'agreed').actors).sort(), ['BRA', 'FRA']);
});

test('a verb that only says or knows does not negate the act it names', () => {
  const doc = run(
    'Li Qiang will meet Antonio Guterres. Beijing has not confirmed the meeting.',
    'en',
  );
  assert.equal(told(doc, 'meeting').polarity, 'positive');
  const noEffect = run(
    "Ces sanctions n'auront aucun effet sur l'économie, a affirmé le ministre.",
    'fr',
  );
  assert.equal(told(noEffect, 'sanctions').polarity, 'positive');
});

test('a noun of a verb that is no event is asked for when the verb is', () => {
  const doc = run('The port operator urged the union to return to talks.', 'en');
  assert.equal(told(doc, 'talks').modality, 'requested');
});

test('who denies a meeting denies taking part in it', () => {
  const doc = run('Le syndicat a démenti toute rencontre secrète avec le ministre.', 'fr');
  const meeting = told(doc, 'rencontre');
  assert.equal(meeting.polarity, 'negative');
  assert.ok(
    names(meeting.actors).some((n) => n.includes('syndicat')),
    names(meeting.actors).join(),
  );
});

test('a verb conjoined with a denial is not denied', () => {
  const doc = run(
    'The ministry denied the report and urged journalists to check their sources.',
    'en',
  );
  assert.equal(told(doc, 'urged').polarity, 'positive');
});

test('a relative clause in the future announces, in the present tells what happens now', () => {
  const future = run('Le président se rendra à Madrid, où il rencontrera le roi.', 'fr');
  assert.equal(told(future, 'rencontrera').modality, 'future');
  const present = run(
    "L'opposant a été arrêté mardi, a annoncé son parti, qui dénonce une arrestation arbitraire.",
    'fr',
  );
  const denunciation = told(present, 'dénonce');
  assert.equal(denunciation.modality, 'actual');
  assert.ok(
    names(denunciation.actors).some((n) => n.includes('parti')),
    'the relative pronoun stands for its noun',
  );
});

test('what a natural force does is no act', () => {
  const doc = run('A powerful earthquake struck northern Peru on Sunday, killing 30 people.', 'en');
  assert.equal(toldBy(doc, 'killing').length, 0);
});

test('what a ban keeps from happening is not told', () => {
  const doc = run('The court banned the former minister from travelling to Brussels.', 'en');
  assert.equal(toldBy(doc, 'travelling').length, 0);
  assert.equal(told(doc, 'banned').type, 'COERCE');
});

test('what talks are about is not told', () => {
  const doc = run('The two ministers held talks on the war in Sudan on Monday.', 'en');
  assert.equal(toldBy(doc, 'war').length, 0);
  const fr = run(
    "Les deux dirigeants se sont entretenus mardi de la défense européenne et du soutien à l'Ukraine.",
    'fr',
  );
  assert.equal(told(fr, 'entretenus').type, 'CONSULT');
  assert.deepEqual(told(fr, 'entretenus').recipients, [], 'what they spoke of is no party');
  assert.equal(toldBy(fr, 'soutien').length, 0);
});

test('whom one accuses is the recipient, what of is the content', () => {
  const doc = run('The prime minister accused the unions of blocking the reform.', 'en');
  const accusation = told(doc, 'accused');
  assert.deepEqual(names(accusation.recipients), ['the unions']);
  assert.equal(accusation.content?.text, 'blocking the reform');
});

test('French parses: a verb conjoined to an object, a bare name after a verb, a relative after a comma', () => {
  const threat = run('Moscou a dénoncé des mesures illégales et menacé de riposter.', 'fr');
  assert.deepEqual(countries(told(threat, 'menacé').actors), ['RUS']);
  const call = run('Le ministre a appelé Bamako à renouer le dialogue.', 'fr');
  assert.deepEqual(countries(told(call, 'appelé').recipients), ['MLI']);
  const relative = run(
    "Les autorités maliennes ont ordonné l'expulsion du diplomate, qu'elles accusent d'espionnage.",
    'fr',
  );
  assert.deepEqual(countries(told(relative, 'accusent').actors), ['MLI']);
});

test('the parties of a clash that breaks out, and an act inside a collective noun', () => {
  const clash = run('Des heurts ont éclaté dimanche entre des supporters et la police.', 'fr');
  assert.equal(told(clash, 'heurts').actors.length, 2);
  const sanctions = run(
    "L'Union européenne a adopté lundi un nouveau paquet de sanctions contre l'Iran.",
    'fr',
  );
  assert.deepEqual(countries(told(sanctions, 'sanctions').actors), ['EUR']);
});

test('a passive sentence is no participant, and an offer recalled is the same offer', () => {
  const sentence = run("L'ancien maire a été condamné à deux ans de prison.", 'fr');
  assert.ok(!names(told(sentence, 'condamné').recipients).some((n) => n.includes('prison')));
  const offer = run(
    "La France a proposé d'envoyer des médecins. Rabat n'a pas encore répondu à cette offre.",
    'fr',
  );
  const offers = (offer.events ?? []).filter((e) => e.type === 'AGREE');
  assert.equal(offers.length, 1, offers.map(triggers).join(' | '));
  assert.equal(offers[0].polarity, 'positive');
});

test('news senses: tear gas, a walkout, refusing to back down, lifting a veto, a union day of action', () => {
  const gas = run('Riot police fired tear gas to disperse the crowd.', 'en');
  assert.equal(told(gas, 'fired').mode, 'crowd-control');
  assert.deepEqual(triggers(told(gas, 'fired')).sort(), ['disperse', 'fired']);
  const walkout = run('Hundreds of dockworkers walked out on Tuesday.', 'en');
  assert.equal(told(walkout, 'walked').type, 'PROTEST');
  const firm = run('The union said the workers would not back down.', 'en');
  assert.equal(told(firm, 'back').type, 'REJECT');
  const veto = run('La Hongrie a levé son veto lundi.', 'fr');
  assert.equal(told(veto, 'levé').type, 'CONCEDE');
  const day = run('Les syndicats appellent à une nouvelle journée de mobilisation jeudi.', 'fr');
  assert.equal(told(day, 'mobilisation').type, 'PROTEST');
  const sentenced = run(
    'Un ancien maire condamné pour corruption\n\nLe tribunal a rendu son jugement.',
    'fr',
  );
  assert.equal(told(sentenced, 'condamné').type, 'SANCTION');
  const teams = run("L'Espagne a envoyé des secouristes au Maroc.", 'fr');
  assert.equal(told(teams, 'envoyé').type, 'AID');
});

test('repairs of the parse never close a cycle (a relative between dashes inside a coordination)', () => {
  const doc = analyzeText(
    'The truce could be wrecked by other events, whether a fresh assault by Iran or the Ansar Front - which until recently had openly bound itself to the Taliban - or renewed shelling by the army.',
    'en',
  );
  assert.ok(doc.events, 'the events layer is built');
});
