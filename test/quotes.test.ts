import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { makeArticle } from '../src/ingest/article.js';
import { readPlainText } from '../src/ingest/text.js';
import { analyze } from '../src/pipeline.js';
import { detokenize, withFrameWords, withMarks } from '../src/eval/quotes.js';
import { findQuotedSpans, type Quote } from '../src/quotes/index.js';
import { quotesBySpeaker } from '../src/quotes/report.js';
import { splitParagraphs } from '../src/segment/segment.js';
import { seedArticle } from './helpers.js';

function run(text: string, lang: string, outlet: string | null = null): Doc {
  return analyze(
    makeArticle({
      source: 'test',
      outlet,
      lang,
      published: '2024-05-02',
      title: null,
      text,
      metadata: {},
    }),
  );
}

const quotesOf = (doc: Doc): Quote[] => doc.quotes ?? [];
const find = (doc: Doc, fragment: string): Quote => {
  const q = quotesOf(doc).find((x) => x.content.text.includes(fragment));
  assert.ok(
    q,
    `no quote containing "${fragment}" in ${JSON.stringify(quotesOf(doc).map((x) => x.content.text))}`,
  );
  return q;
};
/** The chain without the publishing outlet at its root. */
const chain = (q: Quote) => q.sources.slice(1);
const speakerName = (q: Quote) => q.speaker.name;

test('seed: every quotation and claim of the issue', (t) => {
  const path = seedArticle(t);
  if (!path) return;
  const draft = readPlainText(readFileSync(path, 'utf8'), path);
  const doc = analyze(makeArticle(draft));
  for (const q of quotesOf(doc)) {
    assert.equal(
      q.sources[0].type,
      'outlet',
      'the publishing outlet (unknown here) roots every chain',
    );
    assert.equal(doc.text.slice(q.content.start, q.content.end), q.content.text);
  }

  const statement = find(doc, 'pas eu de négociations');
  assert.equal(statement.kind, 'direct');
  assert.match(speakerName(statement), /Zakharova/);
  assert.equal(statement.status, 'denied');
  assert.match(statement.negated!.text, /négociations.*réunion/);

  const fragment = find(doc, 'à la va-vite» et non');
  assert.match(speakerName(fragment), /Zakharova/);
  assert.equal(fragment.status, 'denied');
  assert.match(fragment.negated!.text, /négociations/);

  const afp = find(doc, 'Antony Blinken a rencontré brièvement');
  assert.equal(afp.kind, 'direct');
  assert.equal(afp.status, 'reported');
  assert.deepEqual(
    chain(afp).map((l) => l.outlet ?? l.name),
    ['afp', chain(afp)[1].name],
  );
  assert.match(chain(afp)[1].name, /responsable américain/);
  assert.equal(chain(afp)[1].anonymous, true);
  assert.equal('anonymous' in afp.speaker && afp.speaker.anonymous, true);

  for (const fragmentText of ['aurait fait part', 'aurait pressé']) {
    const hedged = find(doc, fragmentText);
    assert.equal(hedged.status, 'hedged', fragmentText);
    assert.equal(hedged.kind, 'indirect');
    assert.deepEqual(
      chain(hedged).map((l) => l.outlet ?? (l.anonymous ? 'anonymous' : l.name)),
      ['afp', 'anonymous'],
    );
    assert.match(chain(hedged)[1].name, /responsable américain/);
  }

  const ap = find(doc, 'informations semblables');
  assert.deepEqual(
    chain(ap).map((l) => l.outlet ?? (l.anonymous ? 'anonymous' : l.name)),
    ['ap', 'anonymous'],
  );
  assert.equal(ap.status, 'reported');

  const blinken = find(doc, "«guerre d'agression»");
  assert.equal(blinken.kind, 'mixed');
  assert.equal(speakerName(blinken), 'Antony Blinken');
  assert.ok(
    blinken.content.text.includes('«mettre fin»') &&
      blinken.content.text.includes('«dans une diplomatie significative'),
  );
  assert.equal(blinken.status, 'reported');

  const tass = find(doc, 'croisés lors de sommets internationaux à Bali');
  assert.deepEqual(
    chain(tass).map((l) => l.outlet),
    ['tass'],
  );

  const spy = quotesOf(doc).find((q) =>
    q.content.text.startsWith('un haut gradé du renseignement'),
  );
  assert.ok(spy && 'start' in spy.speaker);
  assert.equal(spy.speaker.type, 'government');
  assert.match(doc.text.slice(spy.speaker.start, spy.speaker.end), /Moscou/);

  // «i» is a scare-quoted letter, not speech.
  assert.ok(!quotesOf(doc).some((q) => q.content.text === 'i'));
  assert.ok(quotesBySpeaker(quotesOf(doc)).some((l) => l.depth === 0 && /Zakharova/.test(l.text)));
});

test('guillemets inside guillemets stay in one quotation', () => {
  const doc = run(
    "« Il m'a lancé : “ je reviendrai ” avant de claquer la porte », a raconté la voisine du suspect.",
    'fr',
  );
  const q = find(doc, 'je reviendrai');
  assert.equal(q.kind, 'direct');
  assert.ok(q.content.text.startsWith("Il m'a lancé") && q.content.text.endsWith('la porte'));
  assert.equal(q.cue?.text, 'raconté');
  assert.match(speakerName(q), /voisine/);
  assert.equal(quotesOf(doc).length, 1);
});

test('« … » : X — the speaker is the subject after the colon', () => {
  const doc = run(
    '« Nous ne céderons rien sur les salaires » : le secrétaire général du syndicat a fermé la porte à toute discussion.',
    'fr',
  );
  const q = find(doc, 'céderons');
  assert.equal(q.cue?.text, ':');
  assert.match(
    doc.text.slice((q.speaker as { start: number }).start, (q.speaker as { end: number }).end),
    /secrétaire général/,
  );
});

test('X : « … » — a noun phrase and a colon introduce the quotation', () => {
  const doc = run("La directrice de l'école : « Les cours reprendront lundi matin. »", 'fr');
  const q = find(doc, 'Les cours reprendront');
  assert.match(speakerName(q), /directrice/);
});

test('selon X with the journalistic conditional is hedged', () => {
  const doc = run(
    "Selon la préfecture, l'incendie aurait été provoqué par un barbecue mal éteint.",
    'fr',
  );
  const q = find(doc, 'incendie');
  assert.equal(q.cue?.text, 'Selon');
  assert.equal(q.status, 'hedged');
  assert.match(speakerName(q), /préfecture/);
  const plain = run(
    "Selon la préfecture, l'incendie a été provoqué par un barbecue mal éteint.",
    'fr',
  );
  assert.equal(find(plain, 'incendie').status, 'reported');
});

test('a conditional verb of saying hedges, a future-in-the-past does not', () => {
  const hedged = run('Le ministre aurait affirmé que la réforme serait retirée.', 'fr');
  assert.equal(find(hedged, 'réforme').status, 'hedged');
  const reported = run('Le ministre a affirmé que la réforme serait retirée.', 'fr');
  assert.equal(find(reported, 'réforme').status, 'reported');
});

test('citing: the agency relays its sources', () => {
  const doc = run(
    'The agency, citing two police officers, reported that the suspect had fled across the border.',
    'en',
    'Example Daily',
  );
  const q = find(doc, 'suspect had fled');
  assert.equal(q.sources[0].name, 'Example Daily');
  assert.deepEqual(
    chain(q).map((l) => l.name),
    ['The agency', 'two police officers'],
  );
  assert.equal(speakerName(q), 'two police officers');
});

test('on condition of anonymity marks the speaker anonymous', () => {
  const doc = run(
    'A senior official, speaking on condition of anonymity, said the negotiations had stalled.',
    'en',
  );
  const q = find(doc, 'negotiations had stalled');
  assert.ok('anonymous' in q.speaker && q.speaker.anonymous);
  assert.equal(q.status, 'reported');
});

test('English incise, denial and a standalone continuation', () => {
  const doc = run(
    '"There was no agreement on the budget," the spokeswoman told reporters. "We will meet again next week."',
    'en',
  );
  const q = find(doc, 'no agreement');
  assert.equal(q.kind, 'direct');
  assert.equal(q.status, 'denied');
  assert.match(q.negated!.text, /agreement on the budget/);
  assert.match(speakerName(q), /spokeswoman/);
  const next = find(doc, 'meet again');
  assert.equal(next.cue, null);
  assert.equal(speakerName(next), speakerName(q));
});

test('a transcript line quoted whole names its speaker before the colon', () => {
  const doc = run('“HARPER: We will hold the vote next week, whatever the polls say.”', 'en');
  const q = find(doc, 'hold the vote');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, ':');
  assert.ok(q.content.text.startsWith('We will'));
  assert.equal(speakerName(q), 'HARPER');
});

test('denial verbs keep what is denied', () => {
  const doc = run('Le club a démenti tout contact avec le joueur.', 'fr');
  const q = find(doc, 'contact');
  assert.equal(q.status, 'denied');
  assert.equal(q.negated?.text, 'tout contact avec le joueur');
});

test('titles, nicknames and scare quotes are not speech', () => {
  assert.equal(
    quotesOf(run("Le festival « Lumières d'hiver » ouvre ses portes samedi à Lyon.", 'fr')).length,
    0,
  );
  assert.equal(
    quotesOf(run('The gang leader, known as "Shorty", was arrested on Monday in Chicago.', 'en'))
      .length,
    0,
  );
});

test('a quotation without a speaker in the text is unknown, not guessed', () => {
  const doc = run(
    "Le texte sera voté mardi. « C'est une honte pour la démocratie et pour nous tous. »",
    'fr',
  );
  const q = find(doc, 'honte');
  assert.deepEqual(q.speaker, { name: 'unknown' });
});

test('quotation marks: nesting, paragraphs, unbalanced marks', () => {
  const spans = (text: string) => findQuotedSpans(text, splitParagraphs(text));
  const nested = spans('« Il a dit “ non ” hier », note-t-elle.');
  assert.deepEqual(
    nested.map((s) => s.depth),
    [0, 1],
  );
  // French may reopen « at each paragraph of one quotation …
  const reopened = spans('« Premier paragraphe.\n\n« Second paragraphe. »');
  assert.deepEqual(
    reopened.map((s) => [s.continuation, s.unbalanced]),
    [
      [false, false],
      [true, false],
    ],
  );
  // … or not: then one span crosses the paragraph break.
  const spanning = spans('« Premier paragraphe.\n\nSecond paragraphe. »');
  assert.equal(spanning.length, 1);
  assert.ok(spanning[0].end > spanning[0].start + 30);
  const lone = spans('Il est parti. « Jamais plus, a-t-il dit.\n\nFin.');
  assert.equal(lone.length, 1);
  assert.equal(lone[0].unbalanced, true);
  const dash = spans('— Viendrez-vous demain ?\n\n— Sans doute.');
  assert.equal(dash.length, 2);
  assert.doesNotThrow(() => run('Il a dit » fin « de la discussion, « sans suite.', 'fr'));
});

const mention = (doc: Doc, q: Quote): string => {
  assert.ok('start' in q.speaker, `no speaker mention for "${q.content.text}"`);
  return doc.text.slice(q.speaker.start, q.speaker.end);
};
/** The source's whole phrase (appositions included) as the last link of the chain gives it. */
const sourcePhrase = (doc: Doc, q: Quote): string => {
  const last = q.sources[q.sources.length - 1];
  const span = last.phrase ?? { start: last.start!, end: last.end! };
  return doc.text.slice(span.start, span.end);
};

test('told reporters: a quotation before the incise, a that-clause after the addressee', () => {
  const direct = run('"We will not raise taxes," the governor told reporters on Monday.', 'en');
  const q = find(direct, 'raise taxes');
  assert.equal(q.kind, 'direct');
  assert.equal(q.cue?.text, 'told');
  assert.match(speakerName(q), /governor/);
  const indirect = run('The governor told reporters that taxes would not rise this year.', 'en');
  const i = find(indirect, 'taxes would not rise');
  assert.equal(i.kind, 'indirect');
  assert.equal(i.content.text, 'taxes would not rise this year');
  assert.match(speakerName(i), /governor/);
});

test('according to X: the marker is the cue, the clause after the comma the content', () => {
  const doc = run('According to the county sheriff, the bridge was closed overnight.', 'en');
  const q = find(doc, 'bridge was closed');
  assert.equal(q.cue?.text, 'According to');
  assert.equal(q.content.text, 'the bridge was closed overnight');
  assert.equal(mention(doc, q), 'the county sheriff');
});

test('a verb of saying between commas splits its content in two parts', () => {
  const doc = run('The factory, the mayor said, will reopen in the spring.', 'en');
  const q = find(doc, 'reopen');
  assert.equal(q.kind, 'indirect');
  assert.equal(q.cue?.text, 'said');
  assert.match(speakerName(q), /mayor/);
  assert.deepEqual(
    q.parts?.map((p) => p.text),
    ['The factory', 'will reopen in the spring'],
  );
  // A participle's aside is no incise, and neither is a verb with its own object.
  const aside = run(
    'The new minister, confirmed by the senate, announced that taxes would fall.',
    'en',
  );
  assert.ok(quotesOf(aside).every((x) => !x.parts));
});

test('a quotation the sentence splitter cut after its question mark keeps its incise', () => {
  const doc = run('"Who will pay for the new stadium?" Jensen asked.', 'en');
  const q = find(doc, 'Who will pay');
  assert.equal(q.cue?.text, 'asked');
  assert.equal(speakerName(q), 'Jensen');
  assert.equal(quotesOf(doc).length, 1);
});

test('a speaker phrase with appositions: the name is the speaker, not the time after the verb', () => {
  const doc = run('"The vote will be close," Senator Maria Lopez, D-Ore., said Thursday.', 'en');
  const q = find(doc, 'vote will be close');
  assert.equal(q.cue?.text, 'said');
  assert.match(speakerName(q), /Maria Lopez/);
  assert.match(sourcePhrase(doc, q), /^Senator Maria Lopez, D-Ore/);
  const apposed = run(
    "Dana Whitfield, the union's chief negotiator, said the strike would continue.",
    'en',
  );
  const a = find(apposed, 'strike would continue');
  assert.equal(mention(apposed, a), 'Dana Whitfield');
  assert.equal(sourcePhrase(apposed, a), "Dana Whitfield, the union's chief negotiator");
});

test('call for, endorse: nominal contents of multiword and stance cues', () => {
  const call = run('The senator called for an independent inquiry into the contract.', 'en');
  const q = find(call, 'independent inquiry');
  assert.equal(q.cue?.text, 'called for');
  assert.equal(q.content.text, 'an independent inquiry into the contract');
  assert.match(speakerName(q), /senator/);
  const endorse = run("The union endorsed the mayor's reelection bid.", 'en');
  assert.equal(find(endorse, 'reelection bid').cue?.text, 'endorsed');
});

test('a passive with its agent: the subject is what the agent reported', () => {
  const doc = run('The leak was first reported by the Daily Courier.', 'en');
  const q = find(doc, 'The leak');
  assert.equal(q.content.text, 'The leak');
  assert.equal(q.cue?.text, 'reported');
  assert.match(speakerName(q), /Daily Courier/);
  // Without an agent nobody is said to report it: no quote.
  assert.equal(quotesOf(run('The leak was first reported on Tuesday.', 'en')).length, 0);
});

test('object control: the object of "forced … to announce" is who announces', () => {
  const doc = run('The scandal forced the minister to announce her resignation.', 'en');
  const q = find(doc, 'her resignation');
  assert.equal(q.cue?.text, 'announce');
  assert.match(speakerName(q), /minister/);
});

test('a participle going on with an attribution: "…, Kowalski said, adding that …"', () => {
  const doc = run(
    '"The plant is safe," Kowalski said, adding that inspections would resume next week.',
    'en',
  );
  const q = find(doc, 'inspections would resume');
  assert.equal(q.cue?.text, 'adding');
  assert.equal(speakerName(q), 'Kowalski');
  assert.equal(find(doc, 'plant is safe').kind, 'direct');
});

test('a name alone before a quotation, even after a list dash, is its speaker', () => {
  const doc = run('-- Jorge Alvarez “Maybe we can build a wall around the whole campaign.”', 'en');
  const q = find(doc, 'build a wall');
  assert.equal(q.content.text, 'Maybe we can build a wall around the whole campaign.');
  assert.equal(speakerName(q), 'Jorge Alvarez');
});

test('single quotation marks pair only around words, never at an apostrophe', () => {
  const text = 'He called the plan ‘a disgrace’ and the voters’ anger didn’t fade.';
  const spans = findQuotedSpans(text, splitParagraphs(text));
  assert.deepEqual(
    spans.map((s) => text.slice(s.start, s.end)),
    ['a disgrace'],
  );
  const apostrophes = 'The players’ union won’t sign.';
  assert.deepEqual(findQuotedSpans(apostrophes, splitParagraphs(apostrophes)), []);
});

test('PolNeAR conventions for scoring: marks, doubled apostrophes, that/to, closing punctuation', () => {
  const span = (text: string, part: string) => {
    const start = text.indexOf(part);
    return { start, end: start + part.length };
  };
  const cut = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
  const opened = 'We will win,” she said.';
  assert.equal(cut(opened, withMarks(opened, span(opened, 'We will win,'))), 'We will win,”');
  const doubled = "He said ''it is over'' and left.";
  assert.equal(cut(doubled, withMarks(doubled, span(doubled, 'it is over'))), "''it is over''");
  const clause = 'She vowed to fight on and said that “the law is unfair.”';
  assert.equal(cut(clause, withFrameWords(clause, span(clause, 'fight on'), 'en')), 'to fight on');
  assert.equal(
    cut(clause, withFrameWords(clause, span(clause, '“the law is unfair'), 'en')),
    'that “the law is unfair.”',
  );
});

test('CofeNet detokenisation restores the direction of doubled apostrophes', () => {
  const opening = detokenize(['he', 'said', ',', "''", 'What', 'now', '?', "''"]);
  assert.equal(opening.text, 'he said, “What now?”');
  const closing = detokenize(['We', 'won', ',', "''", 'the', 'coach', 'said', '.']);
  assert.equal(closing.text, 'We won,” the coach said.');
});
