import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Doc } from '../src/document.js';
import { makeArticle } from '../src/ingest/article.js';
import { readPlainText } from '../src/ingest/text.js';
import { analyze } from '../src/pipeline.js';
import { detokenize, scoredChain, withFrameWords, withMarks } from '../src/eval/quotes.js';
import { claimStatus, findQuotedSpans, type Quote } from '../src/quotes/index.js';
import { quotesBySpeaker } from '../src/quotes/report.js';
import { splitParagraphs } from '../src/segment/segment.js';
import { quotesOf, quoteWith, seedArticle } from './helpers.js';

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

const find = quoteWith;
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
  // A subject alone before the incise is no clause: what the reader sees stays whole.
  assert.equal(q.content.text, 'The factory, the mayor said, will reopen in the spring');
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

test('incises after a quotation: a verb read as a noun, a speaker with appositions, a relay on the verb', () => {
  const misread = find(
    run(
      '« Les chiffres de septembre sont bons mais nous restons prudents », analyse le directeur, Jean Motsch.',
      'fr',
    ),
    'chiffres de septembre',
  );
  assert.equal(misread.cue?.text, 'analyse');
  assert.equal(speakerName(misread), 'Jean Motsch');

  const relayed = find(
    run(
      "« Aucune trace de pollution n'a été trouvée dans les rivières du département », écrit l'association, implantée dans dix pays, citée par une agence locale.",
      'fr',
    ),
    'Aucune trace',
  );
  assert.deepEqual(
    chain(relayed).map((l) => l.name),
    ['une agence locale', 'association'],
  );

  const doc = run(
    "« C'est une bonne saison pour nous, mais le marché reste fragile », répond Luc Morel, Anne Petit soulignant d'ailleurs que les ventes se sont « bien tenues malgré la crise ».",
    'fr',
  );
  assert.equal(speakerName(find(doc, 'bonne saison')), 'Luc Morel');
  const second = find(doc, 'les ventes');
  assert.equal(second.cue?.text, 'soulignant');
  assert.equal(speakerName(second), 'Anne Petit');
});

test('postposed verbs: the clause before the comma, the speaker after the adjuncts', () => {
  const adjunct = find(
    run(
      'La hausse des tarifs pénalise les jeunes générations, a déclaré de son côté le secrétaire général du syndicat Paul Durand.',
      'fr',
    ),
    'tarifs',
  );
  assert.equal(adjunct.content.text, 'La hausse des tarifs pénalise les jeunes générations');
  assert.equal(speakerName(adjunct), 'Paul Durand');

  const fragment = find(
    run(
      'Une hausse de 3 % des tarifs est « inévitable », a déclaré hier la directrice, après la réunion du conseil.',
      'fr',
    ),
    'inévitable',
  );
  assert.equal(fragment.kind, 'mixed');
  assert.ok(fragment.content.text.startsWith('Une hausse de 3 %'));

  // A gerund the complementizer opens goes on with the main clause; "elle a prévenu la police" is no incise.
  const gerund = quotesOf(
    run(
      "Marie affirme qu'en rentrant du travail, elle a vu la voiture et a prévenu la police.",
      'fr',
    ),
  );
  assert.equal(gerund.length, 1);
  assert.equal(gerund[0].cue?.text, 'affirme');
  assert.match(gerund[0].content.text, /elle a vu la voiture/);
});

test('speakers before the verb: a place taken for the subject, a participle aside, an apposition', () => {
  const place = find(
    run(
      "Mais à Berlin, l'ambassadeur de Pologne Jan Kowalski a affirmé que son pays ne cèderait pas.",
      'fr',
    ),
    'son pays',
  );
  assert.equal(speakerName(place), 'Jan Kowalski');

  const aside = find(
    run(
      "A Rome, le nouveau ministre italien Paolo Verdi, confirmé par le Sénat, a annoncé qu'il garderait son équipe.",
      'fr',
    ),
    'garderait',
  );
  assert.equal(speakerName(aside), 'Paolo Verdi');

  const apposition = quotesOf(
    run(
      "Le chef du gouvernement, Paul Durand, a confirmé hier l'existence d'un accord avec les syndicats.",
      'fr',
    ),
  );
  assert.equal(apposition.length, 1);
  assert.equal(apposition[0].content.text, "l'existence d'un accord avec les syndicats");
  assert.equal(speakerName(apposition[0]), 'Paul Durand');

  const coordinated = find(
    run('De leur côté, Rome et Madrid se sont déclarés «plutôt favorables».', 'fr'),
    'favorables',
  );
  assert.equal(coordinated.kind, 'partial');
  assert.equal(coordinated.cue?.text, 'déclarés');
  assert.equal(speakerName(coordinated), 'Rome');
});

test('a clause before a colon and the quotation after it; a quotation closing the reported clause', () => {
  const doc = run(
    'Il estime que le parti doit changer de cap : « Sinon, nous perdrons encore ».',
    'fr',
  );
  assert.equal(find(doc, 'changer de cap').content.text, 'le parti doit changer de cap');
  assert.equal(find(doc, 'changer de cap').kind, 'indirect');
  assert.equal(find(doc, 'perdrons').kind, 'direct');

  const closing = find(
    run(
      'Il a aussi indiqué que la mairie allait fermer la piscine, « prudemment pour éviter que les enfants croient que nous les abandonnons ».',
      'fr',
    ),
    'piscine',
  );
  assert.equal(closing.kind, 'mixed');
  assert.ok(closing.content.text.endsWith('abandonnons »'));
});

test('reflexive attributes, quoted wording, interrupted quotations', () => {
  const ready = find(
    run(
      "Le ministre s'est dit hier prêt à « discuter » avec les syndicats sur la réforme des retraites, après la grève de jeudi.",
      'fr',
    ),
    'discuter',
  );
  assert.equal(ready.kind, 'mixed');
  assert.equal(
    ready.content.text,
    'prêt à « discuter » avec les syndicats sur la réforme des retraites',
  );

  const survey = run(
    'Près de la moitié des salariés (48 %) se disent plutôt inquiets (40 %) ou très inquiets (8 %) pour leur emploi, selon une enquête publiée lundi.',
    'fr',
  );
  const poll = quotesOf(survey).find((q) => q.cue?.text === 'disent');
  assert.ok(poll);
  assert.equal(poll.content.text, 'plutôt inquiets (40 %) ou très inquiets (8 %) pour leur emploi');
  assert.deepEqual(
    chain(poll).map((l) => l.name),
    ['une enquête', 'des salariés'],
  );

  for (const [text, fragment, cue] of [
    ["Son avocat s'est empressé d'évoquer un « malentendu ».", 'malentendu', 'évoquer'],
    ["Le syndicat a parlé d'une « trahison pure et simple ».", 'trahison', 'parlé'],
  ]) {
    const q = find(run(text, 'fr'), fragment);
    assert.equal(q.kind, 'partial', text);
    assert.equal(q.cue?.text, cue, text);
    assert.notEqual(speakerName(q), 'unknown', text);
  }
  // A bare noun phrase is no wording: "parler de" reports a quoted fragment only.
  assert.equal(quotesOf(run("Le syndicat a parlé d'une trahison.", 'fr')).length, 0);

  const interrupted = run(
    '« Tout simplement », a précisé la maire, « parce que la salle est trop petite pour tout le monde ».',
    'fr',
  );
  assert.equal(find(interrupted, 'Tout simplement').cue?.text, 'précisé');
  assert.equal(find(interrupted, 'salle est trop petite').cue?.text, 'précisé');
});

test('a quotation before a verb with its own object is not what the verb reports', () => {
  const doc = run(
    "Pour « protéger leurs familles » les habitants réclament le départ de l'usine.",
    'fr',
  );
  assert.equal(find(doc, "le départ de l'usine").cue?.text, 'réclament');
  assert.ok(quotesOf(doc).every((q) => !q.content.text.includes('protéger') || q.cue === null));
  // An object with nobody to say it (a purpose infinitive) is no attribution.
  assert.equal(
    quotesOf(run('Une réunion est prévue lundi pour confirmer la répartition des postes.', 'fr'))
      .length,
    0,
  );
});

test('aux yeux de X is an attribution marker', () => {
  const q = find(run('Aux yeux des experts, la reprise sera lente.', 'fr'), 'reprise');
  assert.equal(q.content.text, 'la reprise sera lente');
  assert.match(speakerName(q), /experts/);
  assert.doesNotMatch(speakerName(q), /yeux/);
});

test('a verb keeps its own complement, the colon or the quotation’s own incise the quotation', () => {
  const doc = run(
    'Le député rejette le pessimisme ambiant : « Nous avons les moyens de réussir, il suffit de le vouloir ».',
    'fr',
  );
  const rejected = find(doc, 'pessimisme');
  assert.equal(rejected.content.text, 'le pessimisme ambiant');
  assert.equal(rejected.status, 'denied');
  const quoted = find(doc, 'les moyens de réussir');
  assert.equal(quoted.cue?.text, ':');
  assert.equal(quoted.status, 'reported');
  assert.equal(speakerName(quoted), 'Le député');

  const incise = run(
    'Le maire a détaillé le chantier : « Les travaux dureront deux ans et coûteront dix millions », souligne-t-il.',
    'fr',
  );
  assert.equal(find(incise, 'Les travaux dureront').cue?.text, 'souligne');
  assert.equal(find(incise, 'le chantier').content.text, 'le chantier');

  // A participle with its own object does not take the quotation before it.
  const participle = run(
    'Paul Martin veut rester « un homme libre », rejetant le terme de « centriste » que lui donnent ses adversaires.',
    'fr',
  );
  assert.ok(quotesOf(participle).every((q) => !q.content.text.includes('homme libre')));
});

test('a marker inside an incise relays its verb; a conditional relative clause hedges a marker', () => {
  const relayed = quotesOf(
    run(
      '« Le village sera évacué avant midi », auraient dit, selon la radio locale, des gendarmes présents sur place.',
      'fr',
    ),
  );
  assert.equal(relayed.length, 1);
  assert.equal(relayed[0].cue?.text, 'dit');
  assert.equal(relayed[0].status, 'hedged');
  assert.deepEqual(
    chain(relayed[0]).map((l) => l.name),
    ['la radio locale', 'des gendarmes présents sur place'],
  );

  const relative = find(
    run(
      'Toute la région a été privée de courant par cette panne qui serait due à une erreur de manœuvre, selon une source syndicale.',
      'fr',
    ),
    'panne',
  );
  assert.equal(relative.status, 'hedged');
});

test('speakers: an inverted clitic, a name in apposition to a title, a demonstrative after a name', () => {
  const clitic = find(
    run(
      'Une décision qui devrait permettre de garantir «un haut niveau de sécurité» a-t-il déclaré.',
      'fr',
    ),
    'haut niveau',
  );
  assert.equal(speakerName(clitic), 'unknown', 'the clitic, unresolved here, not "Une décision"');

  const titled = find(
    run(
      '« Nous ne partirons pas », a lancé le porte-parole du collectif, Marc Leroy, à la sortie de la réunion.',
      'fr',
    ),
    'partirons',
  );
  assert.equal(titled.cue?.text, 'lancé');
  assert.equal(speakerName(titled), 'Marc Leroy');

  const demonstrative = find(
    run(
      'Marie Durand est sortie en courant de la mairie : « Tout a brûlé en une heure », explique cette commerçante du quartier.',
      'fr',
    ),
    'brûlé',
  );
  assert.equal(speakerName(demonstrative), 'Marie Durand');
});

test('hedges: an evidential verb of the outlet, not one in another clause', () => {
  const text =
    "Au conseil municipal, l'hypothèse d'une fusion des deux communes semblait tenir la corde hier.";
  const doc = run(text, 'fr');
  assert.equal(claimStatus(doc, { start: 0, end: text.length - 1 }), 'hedged');
  const other = find(
    run(
      "Le préfet a confirmé l'ouverture d'une enquête alors que des témoins font état, semble-t-il, de tirs dans la nuit.",
      'fr',
    ),
    'enquête',
  );
  assert.equal(other.cue?.text, 'confirmé');
  assert.equal(other.status, 'reported');
});

test('a list of quotations before a colon; a weak marker before a quotation', () => {
  const doc = run(
    "Le prévenu a affirmé qu'il regrettait son geste. « J'avais bu », « Je ne sais plus », « C'était un jeu » : des réponses qui laissent le juge sceptique.",
    'fr',
  );
  for (const reply of ["J'avais bu", 'Je ne sais plus', "C'était un jeu"]) {
    const q = find(doc, reply);
    assert.equal(q.kind, 'direct', reply);
    // "des réponses" is the medium, not the speaker: the one who spoke just before is.
    assert.equal(speakerName(q), 'Le prévenu', reply);
  }

  const marker = find(
    run(
      "Pour ce délégué syndical, « la baisse des commandes en Europe explique les difficultés de l'usine ».",
      'fr',
    ),
    'baisse des commandes',
  );
  assert.equal(marker.kind, 'direct');
  assert.equal(marker.cue?.text, 'Pour');
  assert.equal(speakerName(marker), 'ce délégué syndical');
});

test('a subject before an aside: a relative clause between commas, an apposition, an infinitive on a noun', () => {
  const relative = find(
    run(
      "A Lyon, le maire sortant, qui n'était pas candidat, a annoncé qu'il quitterait la ville.",
      'fr',
    ),
    'quitterait',
  );
  assert.equal(speakerName(relative), 'le maire sortant');
  const english = find(
    run('The spokesman, who is not authorized to speak publicly, said talks had stalled.', 'en'),
    'talks had stalled',
  );
  assert.equal(speakerName(english), 'The spokesman');

  // The comma closing the subject's apposition makes no incise, and "a tendency to blame" is
  // not the tendency's doing.
  const doc = run(
    'Maria Lopez, a former trade negotiator at the European Commission, sees a growing tendency to blame foreign workers for local problems.',
    'en',
  );
  assert.ok(quotesOf(doc).length > 0);
  for (const q of quotesOf(doc)) assert.equal(speakerName(q), 'Maria Lopez', q.content.text);
});

test('a lone straight mark closing after a word; an acronym after a weak marker', () => {
  const lone = find(
    run(
      'Pour éviter une panne mais aussi pour rassurer les usagers" expliquait Paul Girard.',
      'fr',
    ),
    'rassurer les usagers',
  );
  assert.equal(lone.kind, 'direct');
  assert.equal(lone.unbalanced, true);
  assert.equal(lone.cue?.text, 'expliquait');
  assert.equal(speakerName(lone), 'Paul Girard');
  // Inches are no quotation mark.
  const inches = 'The new model has a 6" screen and weighs less.';
  assert.deepEqual(findQuotedSpans(inches, splitParagraphs(inches)), []);

  const acronym = find(
    run("Pour l'APAJH, il manque deux cents places d'accueil dans le département.", 'fr'),
    'places',
  );
  assert.equal(acronym.cue?.text, 'Pour');
  assert.match(speakerName(acronym), /APAJH/);
});

test('a noun of saying before a colon names its speaker in its complement', () => {
  const q = find(
    run('Réaction du maire : il ne laissera pas fermer « la dernière école du village ».', 'fr'),
    'laissera',
  );
  assert.equal(q.cue?.text, 'Réaction');
  assert.equal(q.kind, 'mixed');
  assert.match(speakerName(q), /maire/);
});

test('scored chain: links after the outlet, an unknown speaker as the last link', () => {
  const outlet = { name: 'Le Journal', type: 'outlet' as const };
  const agency = { name: 'AFP', type: 'news' as const };
  assert.deepEqual(scoredChain({ sources: [outlet, agency], speaker: { name: 'unknown' } }), [
    'AFP',
    'unknown',
  ]);
  const minister = { name: 'Jeanne Martin', type: 'person' as const };
  const named = { ...minister, entity: null, start: 0, end: 12, anonymous: false };
  assert.deepEqual(scoredChain({ sources: [outlet, agency, minister], speaker: named }), [
    'AFP',
    'Jeanne Martin',
  ]);
});

test('quotation marks: mixed curly and straight pairs, a mistyped “, an elided year', () => {
  const spans = (text: string) =>
    findQuotedSpans(text, splitParagraphs(text))
      .filter((q) => q.depth === 0)
      .map((q) => text.slice(q.start, q.end));
  // A straight mark closes a curly one, and a ” a straight one: no quotation runs on.
  assert.deepEqual(
    spans('The coach called the loss “a lesson." Later he said the team "needs rest” before May.'),
    ['a lesson.', 'needs rest'],
  );
  // “ leaning on the word before it closes the quotation.
  assert.deepEqual(spans('She called the vote “rigged“ and left the hall early.'), ['rigged']);
  // ‘98 is an apostrophe; ‘Sixth’ later in the paragraph is still a quotation.
  assert.deepEqual(spans('Since the class of ‘98 left, the ‘Sixth’ club has no members.'), [
    'Sixth',
  ]);
});

test('English attribution: a signed quotation, a relay verb as cue, a clause the parser broke', () => {
  const signed = find(
    run(
      'Readers answered our question.\n\n“Nobody in my street trusts the council anymore.” ― Maria Delgado',
      'en',
    ),
    'trusts the council',
  );
  assert.equal(signed.cue?.text, '―');
  assert.equal(speakerName(signed), 'Maria Delgado');

  const cited = find(run('The governor cited rising costs in every county.', 'en'), 'rising costs');
  assert.equal(cited.cue?.text, 'cited');
  assert.match(speakerName(cited), /governor/);

  const broken = find(
    run(
      'Paul Reyes, a spokesman for the union, said the union expected production to improve.',
      'en',
    ),
    'expected production',
  );
  assert.equal(broken.content.text, 'the union expected production to improve');
  assert.equal(speakerName(broken), 'Paul Reyes');

  // An age between commas, which the parser hangs anywhere, stays in the incise.
  const aged = find(
    run('“We were wrong to wait so long,” Ramos, 58, said on Monday.', 'en'),
    'wait',
  );
  assert.equal(aged.kind, 'direct');
  assert.equal(speakerName(aged), 'Ramos');
});

test('English attribution: call for a gerund, describe without as, according to before a clause', () => {
  const call = find(
    run('The senator called for lowering the fuel tax before winter.', 'en'),
    'lowering',
  );
  assert.equal(call.cue?.text, 'called for');
  assert.match(call.content.text, /^lowering the fuel tax/);

  const described = find(
    run('In her speech, Ms. Lane described the poor state of the rural roads.', 'en'),
    'poor state',
  );
  assert.equal(described.cue?.text, 'described');

  const marker = find(
    run('According to local officials, the bridge that the town used was closed for years.', 'en'),
    'bridge',
  );
  assert.equal(marker.cue?.text, 'According to');
  assert.match(marker.content.text, /^the bridge that the town used was closed/);
  assert.match(speakerName(marker), /officials/);
});

test('English headlines: a name, a colon and a title-case clause', () => {
  const q = find(run('Jane Doe: The Mayor Must Resign Over The Water Crisis.', 'en'), 'Resign');
  assert.equal(q.cue?.text, ':');
  assert.equal(speakerName(q), 'Jane Doe');
});

test('a nominative pronoun after a verb of saying opens its clause whatever the tagger made of the next word', () => {
  const doc = run('The governor said she plans to veto the budget after the holidays.', 'en');
  const q = find(doc, 'she plans to veto');
  assert.equal(q.content.text, 'she plans to veto the budget after the holidays');
  assert.equal(speakerName(q), 'The governor');
});

test('a second subject the parser hangs after the verb is its object, not the speaker', () => {
  const doc = run(
    'La ministre belge a longuement parlé avec ses partenaires. Elle aurait exhorté M. Garnier à « ne rien lâcher » dans la négociation, selon un conseiller.',
    'fr',
  );
  const q = doc.quotes!.find((x) => x.cue?.text === 'exhorté');
  assert.ok(q);
  assert.notEqual(speakerName(q), 'Garnier');
});

test('a verb inside what a closing incise reports: its content ends there, the relay is the reporter’s', () => {
  const doc = run(
    'The council of Dorsa plans to reopen about 40 schools damaged during the floods around Lenk, the Lenk Observer reported on Monday, citing three teachers involved in the repairs.',
    'en',
  );
  // the outlet opens each chain; names are the phrases the text gives
  const names = (q: Quote) => q.sources.slice(1).map((s) => s.name.replace(/^(the|The) /, ''));
  const reported = doc.quotes!.find((q) => q.cue?.text === 'reported');
  assert.ok(reported);
  assert.deepEqual(names(reported), ['Lenk Observer', 'three teachers involved in the repairs']);
  const plans = doc.quotes!.find((q) => q.cue?.text === 'plans');
  assert.ok(plans);
  assert.match(plans.content.text, /^reopen about 40 schools .* around Lenk$/);
  assert.deepEqual(names(plans), [
    'Lenk Observer',
    'three teachers involved in the repairs',
    'council of Dorsa',
  ]);
});

test('a singular pronoun takes up the speaker of its gender named last before it', () => {
  const doc = run(
    "D'après un conseiller du ministère, la ministre belge aurait demandé le report du vote. Elle aurait exhorté M. Garnier à « ne rien céder » sur le budget.",
    'fr',
  );
  const q = doc.quotes!.find((x) => x.cue?.text === 'exhorté');
  assert.ok(q);
  assert.equal(speakerName(q), 'la ministre belge');
});
