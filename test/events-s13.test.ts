/**
 * Events and actors, session 13: false events and wrong participants a reader of the bundled
 * sample saw, each general cause shown on an original sentence that fails without its rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actorsOf, eventSummaries as events, named } from './helpers.js';

const ofType = (text: string, lang: string, type: string) =>
  events(text, lang).filter((e) => e.type === type);

test('a giving verb gives no telling and no act of another kind: no aid', () => {
  assert.deepEqual(
    ofType('Le témoin a livré son témoignage aux enquêteurs de Lyon.', 'fr', 'AID'),
    [],
  );
  assert.deepEqual(
    ofType('Les deux syndicats livrent des récits contraires de la grève.', 'fr', 'AID'),
    [],
  );
  assert.deepEqual(
    ofType('Les rebelles ont livré une bataille acharnée aux soldats près de Goma.', 'fr', 'AID'),
    [],
  );
  // A thing is given: the aid stays.
  const aid = ofType('La Norvège a livré des tentes et des couvertures au Tchad.', 'fr', 'AID');
  assert.equal(aid.length, 1);
  assert.equal(aid[0].actors[0].country, 'NOR');
});

test('"opposé" qualifying a noun is no refusal; an opposed veto or "s’opposer à" is', () => {
  assert.deepEqual(
    ofType('Les deux partis donnent des versions opposées de la réunion de Dakar.', 'fr', 'REJECT'),
    [],
  );
  assert.equal(ofType('La Chine a opposé son veto à la résolution.', 'fr', 'REJECT').length, 1);
  const refusal = ofType('Le Sénégal s’oppose à ce projet de barrage.', 'fr', 'REJECT');
  assert.equal(refusal.length, 1);
  assert.equal(refusal[0].actors[0].country, 'SEN');
});

test('a bare noun after a genitive marker names the kind of act, not a party', () => {
  const talks = ofType(
    'Les pourparlers de paix entre Kiev et Moscou ont repris à Istanbul.',
    'fr',
    'CONSULT',
  );
  assert.equal(talks.length, 1);
  assert.deepEqual(talks[0].actors.map((a) => a.text).sort(), ['Kiev', 'Moscou']);
  const agreement = ofType(
    'Le Mali et le Niger ont trouvé un accord de principe sur la frontière.',
    'fr',
    'AGREE',
  );
  assert.ok(agreement.every((e) => e.actors.every((a) => a.text !== 'principe')));
});

test('an addressee’s phrase stops before the unmarked noun phrase that follows it', () => {
  const request = ofType(
    'La ministre kényane aurait demandé à son homologue la reprise des livraisons de maïs.',
    'fr',
    'REQUEST',
  );
  assert.equal(request.length, 1);
  assert.deepEqual(
    request[0].recipients.map((r) => r.text),
    ['son homologue'],
  );
});

test('a second subject after the verb is the object: who urges whom', () => {
  const request = ofType(
    'Elle aurait exhorté M. Okonkwo à ne pas abandonner le projet de pont.',
    'fr',
    'REQUEST',
  );
  assert.equal(request.length, 1);
  assert.equal(request[0].actors.length, 1);
  assert.equal(request[0].actors[0].text, 'Elle');
  assert.deepEqual(
    request[0].recipients.map((r) => r.text),
    ['M. Okonkwo'],
  );
});

test('the phrase set off after a fronted place is the subject, not the object', () => {
  const fr = ofType(
    'À Dakar, le porte-parole du ministère sénégalais de la Défense, M. Abdou Faye, a opposé un refus catégorique.',
    'fr',
    'REJECT',
  );
  assert.equal(fr.length, 1);
  assert.match(fr[0].actors[0]?.text ?? '', /Abdou Faye|porte-parole/);
  const en = ofType(
    'In Nairobi, the spokesman of the Kenyan foreign ministry, Mr. Otieno, rejected the claims.',
    'en',
    'REJECT',
  );
  assert.equal(en.length, 1);
  assert.equal(en[0].actors[0]?.country, 'KEN');
});

test('the speaker after a verb of saying set in after a quotation acts: a visit’s visitor', () => {
  const visit = ofType(
    '« Nous tiendrons nos engagements », a déclaré mardi le ministre de la Santé, M. Paulo Matos, lors d’un déplacement à Braga.',
    'fr',
    'CONSULT',
  );
  assert.equal(visit.length, 1);
  assert.match(visit[0].actors[0]?.text ?? '', /Paulo Matos|ministre/);
  assert.deepEqual(visit[0].recipients, []);
});

test('a compound noun naming a thing tells no act: a call for tenders', () => {
  assert.deepEqual(
    events('Le ministère a lancé un appel d’offres pour trois parcs éoliens.', 'fr'),
    [],
  );
  assert.deepEqual(
    events('The port authority launched a call for tenders for two new cranes.', 'en'),
    [],
  );
});

test('a promise takes no recipient from a state described inside what is promised', () => {
  const agreement = ofType(
    'Both camps had agreed to let food trucks into the besieged town of Marvale.',
    'en',
    'AGREE',
  );
  assert.equal(agreement.length, 1);
  assert.deepEqual(agreement[0].recipients, []);
});

test('the name in a place noun’s genitive is the place, not its owner', () => {
  const aid = ofType('Both sides agreed to send aid to the town of Marvale.', 'en', 'AID');
  assert.ok(aid.every((e) => e.recipients.every((r) => r.text !== 'Marvale')));
});

test('a name headed by a newspaper’s word is news (JRN), not an organisation', () => {
  const entities = actorsOf(
    'The Marvale Gazette reported on Sunday that the mayor had resigned.',
    'en',
  );
  const paper = named(entities, 'Marvale Gazette');
  assert.ok(paper);
  assert.equal(paper.type, 'news');
  assert.equal(paper.sector, 'JRN');
  const fr = named(
    actorsOf('Selon La Gazette de Marvale, le maire a démissionné lundi.', 'fr'),
    'Gazette de Marvale',
  );
  assert.equal(fr?.sector, 'JRN');
});

test('an unknown name possessing a ministry is one government body, not an organisation', () => {
  const entities = actorsOf(
    'Tellmaria’s interior ministry on Monday denied a newspaper report that it was preparing to release some 200 detainees.',
    'en',
  );
  assert.ok(entities.every((e) => e.type !== 'organisation'));
  const ministry = entities.find((e) => e.mentions.some((m) => /interior ministry/.test(m.text)));
  assert.equal(ministry?.type, 'government');
  assert.equal(ministry?.sector, 'GOV');
});

test('an unknown name only ever around or near is a place, no organisation', () => {
  const entities = actorsOf(
    'The government plans to release about 200 people detained during the fighting around Tellmar, the Tellmar Gazette reported on Sunday.',
    'en',
  );
  assert.deepEqual(
    entities.map((e) => [e.name, e.type]),
    [['Tellmar Gazette', 'news']],
  );
});
