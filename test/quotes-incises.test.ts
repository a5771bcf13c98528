/**
 * Incises: the speaker's verb set after or between the pieces of what is reported (", X said"),
 * the clause it frames, and verbs the parser took for an incise or hid one in.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Doc } from '../src/document.js';
import { predictedTriples } from '../src/eval/quotes.js';
import type { Quote } from '../src/quotes/index.js';
import {
  analyzeText,
  byCue,
  polnearTriples as triples,
  quotesOf,
  sourceChain as chainOf,
  speakerMention as mention,
} from './helpers.js';

const en = (text: string) => analyzeText(text, 'en');

/** The contents of the PolNeAR-convention triples, as text. */
const polnearContents = (doc: Doc) =>
  predictedTriples(doc, true).map((t) => doc.text.slice(t.content.start, t.content.end));

test('a clause a gerund subject opens is the content of the incise after it', () => {
  const doc = analyzeText(
    'Seeing his father suffering led him to avoid ever borrowing money or cards, he said.',
    'en',
  );
  assert.equal(
    byCue(doc, 'said').content.text,
    'Seeing his father suffering led him to avoid ever borrowing money or cards',
  );
});

test('an incise whose pronoun subject precedes it may end with prepositional adjuncts', () => {
  const doc = analyzeText(
    'Farmers had “paid the highest price” yet in the long drought, she said in a radio message to the growers.',
    'en',
  );
  assert.match(byCue(doc, 'said').content.text, /^Farmers had “paid the highest price”/);
});

test('a participle with its own subject before an incise is a mistagged finite verb', () => {
  const doc = analyzeText(
    'In all, thieves stripped 14 trucks, including those of two contractors, and 9 vans, the police report said.',
    'en',
  );
  assert.match(byCue(doc, 'said').content.text, /thieves stripped 14 trucks/);
});

test("a verbless phrase after an inverted speaker's comma is its apposition, not a second part", () => {
  const doc = analyzeText(
    'Reaching a deal before the vote would require concessions neither side can afford, said Jonas Birk, an economist at the Nordhaven Institute.',
    'en',
  );
  const q = byCue(doc, 'said');
  assert.equal(
    q.content.text,
    'Reaching a deal before the vote would require concessions neither side can afford',
  );
  assert.equal(q.parts, undefined);
});

test('the incise of another verb is never a content', () => {
  const doc = analyzeText(
    'Chile and Peru warned on Tuesday to ship copper through Peruvian ports under a permit scheme, ending months of strikes by Chilean dockers who had shut two terminals, the two governments said.',
    'en',
  );
  assert.ok(
    quotesOf(doc).every((q) => q.content.text !== 'the two governments said'),
    JSON.stringify(quotesOf(doc).map((q) => q.content.text)),
  );
  assert.notEqual(byCue(doc, 'said').speaker.name, 'unknown');
});

test('an apposition the parser hung inside the subject still closes it: the verb is no incise', () => {
  const doc = analyzeText(
    "L'avocat de la société, Me Julien Ferrand, a contesté cette version des faits.",
    'fr',
  );
  assert.equal(byCue(doc, 'contesté').content.text, 'cette version des faits');
});

test('a verb after its subject and that subject’s relative clause is no incise', () => {
  const doc = en(
    'Nakamura, who said she often shops online, said one store she visits every week is the corner bakery.',
  );
  const q = quotesOf(doc).find((x) => x.content.text.startsWith('one store'));
  assert.ok(q, JSON.stringify(quotesOf(doc).map((x) => x.content.text)));
  assert.equal(mention(doc, q), 'Nakamura');
});

test('the closing incise is the frame of the clause it reports, not the other way round', () => {
  const doc = analyzeText(
    'Les élus espèrent que la nouvelle ligne de bus désenclavera les hameaux, a indiqué mardi Léa Marchal, présidente du syndicat des transports.',
    'fr',
  );
  const hope = byCue(quotesOf(doc), 'espèrent');
  assert.ok(hope);
  assert.deepEqual(chainOf(hope).slice(1), ['Léa Marchal', 'Les élus']);
  const said = byCue(quotesOf(doc), 'indiqué');
  assert.deepEqual(chainOf(said!).slice(1), ['Léa Marchal']);
});

test('after an incise and a conjunction, another speaker’s verb opens its own attribution', () => {
  const doc = analyzeText(
    'Les deux maires se sont rencontrés à Quimper, affirme la préfecture, mais la mairie de Brest dément toute rencontre.',
    'fr',
  );
  const claim = byCue(quotesOf(doc), 'affirme');
  assert.equal(claim?.content.text, 'Les deux maires se sont rencontrés à Quimper');
  const denial = byCue(quotesOf(doc), 'dément');
  assert.deepEqual(chainOf(denial!).slice(1), [denial!.speaker.name]);
});

test('a closing incise the parser made a relative clause reports the clause before its comma', () => {
  const doc = analyzeText(
    "Ferry fares will rise by a third next year, the island's council quietly announced.",
    'en',
  );
  const q = byCue(quotesOf(doc), 'announced');
  assert.equal(q?.content.text, 'Ferry fares will rise by a third next year');
  assert.equal(q?.speaker.name, "the island's council");
});

test('a role noun before a named speaker after a closing quote does not hide the frame', () => {
  const doc = analyzeText(
    '"This is a good start, but the fines must be cancelled," lawyer Marta Oyelaran told reporters outside the district court.',
    'en',
  );
  const told = byCue(quotesOf(doc), 'told');
  assert.ok(told);
  assert.equal(told.kind, 'direct');
  assert.equal(told.speaker.name, 'Marta Oyelaran');
  assert.match(told.content.text, /^This is a good start/);
});

test('a closing incise reports the participle before it, whose content ends at its comma', () => {
  const doc = analyzeText(
    'Volantis cut its annual sales forecast on Tuesday, blaming a shortage of chips from Taiwan and South Korea, the Swedish carmaker said in a statement.',
    'en',
  );
  const quotes = quotesOf(doc);
  const said = byCue(quotes, 'said');
  assert.ok(said);
  assert.match(said.content.text, /^Volantis cut .*, blaming a shortage of chips .* South Korea$/);
  const blaming = byCue(quotes, 'blaming');
  assert.ok(blaming);
  assert.equal(blaming.content.text.includes('carmaker'), false);
});

test('round 2: the content a reader sees ends before its own incise', () => {
  const doc = analyzeText(
    'Dockworkers at the harbour voted on Tuesday to call a walkout next week, the guild said, in a row over weekend rosters.',
    'en',
  );
  const said = (doc.quotes ?? []).find((q) => q.cue?.text === 'said');
  assert.equal(
    said?.content.text,
    'Dockworkers at the harbour voted on Tuesday to call a walkout next week',
  );
  // The gold sets' convention still runs over the incise.
  assert.ok(polnearContents(doc).some((c) => c.includes('the guild said, in a row')));
});

test('a closing incise keeps its clause past a time after the addressee and a parenthesis after the name', () => {
  const timed = analyzeText(
    'The ferry fleet will need new engines within five years, Councillor Ada Brandt told the Harbour Gazette on Tuesday.',
    'en',
  );
  assert.deepEqual(
    triples(timed).map((t) => [t.cue, t.content]),
    [['told', 'The ferry fleet will need new engines within five years']],
  );
  const party = analyzeText(
    'The ferry fleet will need new engines within five years, Rep. Ada Brandt (D-Maine) told reporters.',
    'en',
  );
  assert.deepEqual(
    triples(party).map((t) => [t.cue, t.content]),
    [['told', 'The ferry fleet will need new engines within five years']],
  );
});

test('a participle set off by commas after the subject is no incise of a postposed speaker', () => {
  const doc = analyzeText(
    'Cette enquête, basée sur les réponses de 500 habitants, montre une hausse sensible par rapport à celle de mars.',
    'fr',
  );
  assert.equal(
    quotesOf(doc).some((q) => q.speaker.name.startsWith('une hausse')),
    false,
  );
});

describe('every quote of a cue', () => {
  const byCue = (doc: Doc, cue: string): Quote[] =>
    quotesOf(doc).filter((q) => q.cue?.text === cue);

  test('a participle with a noun before it and an object after it, before an incise, is a finite verb', () => {
    const doc = en(
      'In all, vandals stripped 12 buses, including those of two schools, and 7 vans, the transit report said.',
    );
    const [said] = byCue(doc, 'said');
    assert.ok(said, JSON.stringify(quotesOf(doc).map((x) => x.content.text)));
    assert.match(said.content.text, /vandals stripped 12 buses/);
  });
});

test('an adjunct before an incise leaves the clause after it as the content', () => {
  const doc = en('Once inside the bank, the guard said, the robbers tied up the clerks.');
  const said = byCue(doc, 'said');
  assert.equal(said.content.text, 'the robbers tied up the clerks');
  assert.deepEqual(
    said.parts?.map((p) => p.text),
    ['Once inside the bank', 'the robbers tied up the clerks'],
  );
  // A subject before the incise keeps the sentence whole.
  const subject = en('The old mill, the mayor said, will reopen in May.');
  assert.equal(
    byCue(subject, 'said').content.text,
    'The old mill, the mayor said, will reopen in May',
  );
});
