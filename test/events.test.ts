import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { ploverRecords, type AnalysisJson } from '../src/events/export.js';
import type { Event } from '../src/events/types.js';
import { makeArticle } from '../src/ingest/article.js';
import { readPlainText } from '../src/ingest/text.js';
import { documentToJson } from '../src/output/json.js';
import { analyze } from '../src/pipeline.js';
import { seedArticle } from './helpers.js';

function run(text: string, lang: string, published = '2024-05-02'): Doc {
  return analyze(
    makeArticle({ source: 'test', outlet: null, lang, published, title: null, text, metadata: {} }),
  );
}

/** The event one of whose claims is told by this word. */
function told(doc: Doc, trigger: string): Event {
  const event = (doc.events ?? []).find((e) => e.claims.some((c) => c.trigger.text === trigger));
  assert.ok(
    event,
    `no event told by "${trigger}" in: ${(doc.events ?? []).map((e) => e.claims[0].trigger.text).join(', ')}`,
  );
  return event;
}

const names = (list: Event['actors']) => list.map((p) => p.name);

test('seed: the events the issue names, with their claims', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const doc = analyze(makeArticle(readPlainText(readFileSync(path, 'utf8'), path)));
  const events = doc.events ?? [];

  // The New Delhi contact: one event, both accounts.
  const delhi = told(doc, 'rencontré');
  assert.equal(delhi.type, 'CONSULT');
  assert.equal(delhi.date?.value, '2023-03-02');
  assert.equal(delhi.place?.country, 'IND');
  assert.deepEqual(names(delhi.actors).sort(), ['Antony Blinken', 'Sergueï Lavrov']);
  const afp = delhi.claims.find((c) => c.trigger.text === 'rencontré')!;
  assert.deepEqual(
    afp.sources.slice(1).map((s) => s.name),
    ['AFP', 'un responsable américain'],
  );
  assert.equal(afp.status, 'reported');
  const zakharova = delhi.claims
    .filter((c) => c.speaker?.name === 'Maria Zakharova')
    .map((c) => `${c.trigger.text} ${c.status}`);
  for (const claim of ['parlé reported', 'négociations denied', 'réunion denied'])
    assert.ok(zakharova.includes(claim), `Zakharova: ${claim} (has ${zakharova.join(', ')})`);
  assert.ok(delhi.disputed, 'Zakharova denies a meeting the AFP source reports');

  // Blinken's requests to Russia, hedged where the text is conditional.
  const requests = events.filter(
    (e) => e.type === 'REQUEST' && names(e.actors).includes('Antony Blinken'),
  );
  for (const [asked, recipient, status] of [
    ["s'engager avec l'Ukraine", 'Russie', 'hedged'],
    ['revenir sur sa décision de suspendre le traité', 'Russie', 'hedged'],
    ['libérer Paul Whelan', 'Russie', 'hedged'],
  ]) {
    const request = requests.find((e) => e.content?.text.startsWith(asked));
    assert.ok(request, `no request "${asked}"`);
    assert.deepEqual(names(request.recipients), [recipient]);
    assert.equal(request.claims[0].status, status);
    assert.equal(request.modality, 'actual');
  }
  const endWar = events.find((e) =>
    e.claims.some((c) => c.trigger.text === 'demandé' && c.speaker?.name === 'Antony Blinken'),
  )!;
  assert.equal(endWar.type, 'REQUEST');
  assert.deepEqual(names(endWar.recipients), ['Sergueï Lavrov']);
  assert.equal(endWar.claims[0].speaker?.name, 'Antony Blinken');
  assert.match(endWar.content?.text ?? '', /mettre fin.*guerre d'agression/);
  const release = told(doc, 'libérer');
  assert.deepEqual(
    [release.type, release.mode, release.modality],
    ['RETREAT', 'release', 'requested'],
  );
  assert.deepEqual(names(release.recipients), ['Paul Whelan']);

  // Washington's support for Kyiv.
  const support = told(doc, 'soutenir');
  assert.equal(support.type, 'SUPPORT');
  assert.equal(support.recipients[0].country, 'UKR');

  // Background: Russia's suspension of New START, Whelan's detention.
  const suspension = told(doc, 'suspendre');
  assert.deepEqual(
    [suspension.type, suspension.mode, suspension.modality, suspension.actors[0].country],
    ['SANCTION', 'discontinue', 'background', 'RUS'],
  );
  const detention = told(doc, 'détenu');
  assert.deepEqual(
    [detention.type, detention.mode, detention.modality],
    ['COERCE', 'arrest', 'background'],
  );
  assert.deepEqual(names(detention.recipients), ['Paul Whelan']);

  // The Bali encounters of 2022, summer and November, with no bilateral negotiations.
  const bali = events.filter((e) => e.place?.country === 'IDN');
  assert.deepEqual(bali.map((e) => e.date?.value).sort(), ['2022-11', '2022-SU']);
  for (const e of bali) {
    assert.deepEqual([e.type, e.polarity, e.modality], ['CONSULT', 'positive', 'background']);
    assert.deepEqual(names(e.actors).sort(), ['Antony Blinken', 'Sergueï Lavrov']);
    assert.equal(e.claims[0].sources.at(-1)?.name, 'TASS');
  }
  const noTalks = events.filter((e) => e.polarity === 'negative');
  assert.deepEqual(noTalks.map((e) => e.date?.value).sort(), ['2022-11', '2022-SU']);
  for (const e of noTalks) assert.equal(e.claims[0].status, 'denied');

  // Every claim points back to its trigger.
  for (const e of events)
    for (const c of e.claims)
      assert.equal(doc.text.slice(c.trigger.start, c.trigger.end), c.trigger.text);
});

test('export: PLOVER records carry the required fields and the provenance extensions', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const doc = analyze(makeArticle(readPlainText(readFileSync(path, 'utf8'), path)));
  const records = ploverRecords(documentToJson(doc) as unknown as AnalysisJson) as Record<
    string,
    unknown
  >[];
  assert.equal(records.length, doc.events!.length);
  for (const r of records) {
    for (const field of ['id', 'date', 'actor', 'event']) assert.ok(field in r, field);
    assert.ok(Array.isArray(r.recoupe_claims));
    assert.equal(JSON.parse(JSON.stringify(r)).id, r.id);
  }
});

test('French: conditional mood hedges the claim, it does not make the event hypothetical', () => {
  const doc = run('Le ministre français aurait rencontré son homologue allemand à Berlin.', 'fr');
  const e = told(doc, 'rencontré');
  assert.deepEqual([e.type, e.modality, e.claims[0].status], ['CONSULT', 'actual', 'hedged']);
});

test('French: a request and what it asks for', () => {
  const doc = run('Le gouvernement français a exhorté la Russie à libérer le journaliste.', 'fr');
  const request = told(doc, 'exhorté');
  assert.deepEqual([request.type, request.mode], ['REQUEST', 'yield']);
  assert.equal(request.recipients[0].country, 'RUS');
  const release = told(doc, 'libérer');
  assert.deepEqual([release.type, release.modality], ['RETREAT', 'requested']);
  assert.equal(release.actors[0].country, 'RUS');
});

test('French: an existential denial and a negated verb', () => {
  const none = run("Il n'y a pas eu de négociations entre les deux pays.", 'fr');
  assert.equal(told(none, 'négociations').polarity, 'negative');
  const not = run("La police n'a pas arrêté le chef de l'opposition.", 'fr');
  const arrest = told(not, 'arrêté');
  assert.deepEqual(
    [arrest.type, arrest.polarity, arrest.claims[0].status],
    ['COERCE', 'negative', 'denied'],
  );
});

test('English: future, hypothetical and reciprocal events', () => {
  const future = run('The French president will meet the German chancellor in Berlin.', 'en');
  assert.equal(told(future, 'meet').modality, 'future');
  const possible = run('The government could expel the Russian ambassador.', 'en');
  assert.equal(told(possible, 'expel').modality, 'hypothetical');
  const both = run('Blinken and Lavrov met in New Delhi on Thursday.', 'en', '2023-03-03');
  const meeting = told(both, 'met');
  assert.equal(meeting.actors.length, 2);
  assert.equal(meeting.place?.country, 'IND');
  assert.equal(meeting.date?.value, '2023-03-02');
});

test('an event dated well before the article is background', () => {
  const doc = run(
    'Les deux ministres se sont rencontrés à Bali en novembre 2022.',
    'fr',
    '2023-03-03',
  );
  assert.equal(told(doc, 'rencontrés').modality, 'background');
});

test('French: a yes-no question, a failed attempt, a dated plan, a refusal', () => {
  const question = run(
    "Le ministre rencontrera-t-il son homologue marocain avant l'été ?",
    'fr',
    '2024-05-10',
  );
  assert.equal(told(question, 'rencontrera').modality, 'hypothetical');
  const failed = run(
    'Les Vingt-Sept ne sont pas parvenus à adopter de nouvelles sanctions contre Moscou.',
    'fr',
  );
  assert.equal(told(failed, 'sanctions').polarity, 'negative');
  const plan = run(
    'Le ministre français doit rencontrer son homologue allemand le 20 mai à Berlin.',
    'fr',
    '2024-05-10',
  );
  const meeting = told(plan, 'rencontrer');
  assert.deepEqual(
    [meeting.modality, meeting.date?.value, meeting.place?.country],
    ['future', '2024-05-20', 'DEU'],
  );
  // The refusal is the event; the release it refuses is not told as one.
  const refusal = run('Le gouvernement a refusé de libérer le journaliste.', 'fr');
  assert.deepEqual(
    (refusal.events ?? []).map((e) => e.type),
    ['REJECT'],
  );
});

test('a clause of obligation under a verb of saying is a demand', () => {
  const doc = run('Russia said on Tuesday that Sudan must return the helicopter.', 'en');
  const demand = told(doc, 'said');
  assert.deepEqual(
    [demand.type, demand.actors[0]?.country, demand.recipients[0]?.country],
    ['REQUEST', 'RUS', 'SDN'],
  );
  assert.match(demand.content?.text ?? '', /^Sudan must return the helicopter/);
  // Without an obligation, saying is not an event.
  assert.deepEqual(
    run('Russia said on Tuesday that Sudan returned the helicopter.', 'en').events,
    [],
  );
});
