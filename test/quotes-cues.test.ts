/**
 * Cues: which verbs and nouns report speech and which tell an act instead (promising money,
 * agreeing to act, declaring a state of emergency, backing a strike), and cues the tagger or the
 * parser misread.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import type { VerbClassRules } from '../src/quotes/verb-classes.js';
import {
  buildVerbClasses,
  verbClassesText,
  wordnetDictDir,
} from '../src/quotes/verb-classes-build.js';
import { projectRoot } from '../src/util/paths.js';
import {
  analyzeText,
  byCue,
  polnearTriples as triples,
  quotesOf,
  quoteWith,
  speakerMention as mention,
} from './helpers.js';

const cues = (doc: Doc) => quotesOf(doc).map((q) => q.cue?.text ?? null);

const en = (text: string) => analyzeText(text, 'en');

test('promising money is an act; promising a thing or to act is speech', () => {
  const doc = analyzeText('The region promised 20 million euros to the growers.', 'en');
  assert.deepEqual(cues(doc), []);
  const speech = analyzeText('The candidate promised a new bridge and vowed to cut fares.', 'en');
  assert.equal(byCue(speech, 'promised').content.text, 'a new bridge');
});

test('a participle of saying read as an adjective still takes its infinitive', () => {
  const doc = analyzeText('The governor is promising to reopen the two rural clinics.', 'en');
  const q = byCue(doc, 'promising');
  assert.equal(q.content.text, 'reopen the two rural clinics');
  assert.equal(q.speaker.name, 'The governor');
});

test('as + a cue with its own prepositional complement is no conformity clause', () => {
  const doc = analyzeText(
    'The bishop visited the mill, as he called for greater protection of workers in the valley.',
    'en',
  );
  assert.match(byCue(doc, 'called for').content.text, /^greater protection of workers/);
});

test('agreeing to do something is an act, not speech; agreeing that … still reports', () => {
  const act = analyzeText(
    'The dockers agreed on Monday to end the strike at the container terminal.',
    'en',
  );
  assert.deepEqual(cues(act), []);
  const view = analyzeText('The dockers agreed that the strike had gone on too long.', 'en');
  assert.equal(byCue(view, 'agreed').content.text, 'the strike had gone on too long');
});

test('answering, retorting and scoffing are verbs of saying', () => {
  const doc = analyzeText(
    'The councillor pressed her on the delay. The mayor answered, “We are waiting for the engineers. Nobody wants a bridge that falls.”\n\n' +
      '“That is nonsense,” Ortiz retorted.\n\nOrtiz scoffed that the plan was a fantasy.',
    'en',
  );
  assert.equal(quoteWith(doc, 'waiting for the engineers').cue?.text, 'answered');
  assert.equal(quoteWith(doc, 'That is nonsense').cue?.text, 'retorted');
  assert.equal(quoteWith(doc, 'the plan was a fantasy').cue?.text, 'scoffed');
});

test('a complementizer opening a quotation introduces it, whatever the parser made of it', () => {
  const doc = analyzeText('Melissa Ruiz tells harbor supporters that “he loves you.”', 'en');
  assert.equal(quoteWith(doc, 'he loves you').cue?.text, 'tells');
});

test('a complaint with a that-clause is a noun of saying', () => {
  const doc = analyzeText(
    'Despite complaints that the ferry is always late, ridership rose in May.',
    'en',
  );
  assert.equal(quoteWith(doc, 'always late').cue?.text, 'complaints');
});

test("a noun's prepositional object is its content only with a source the text names", () => {
  const doc = en("The senator's attacks on the governor grew sharper over the summer.");
  const q = byCue(doc, 'attacks');
  assert.equal(q.content.text, 'the governor');
  assert.equal(mention(doc, q), "The senator's");
  // No one's attack: an act, not a stance.
  assert.deepEqual(cues(en('The attack on the embassy killed two guards.')), []);
});

test('a verb of saying the tagger read as a noun, subject of its clause, still reports it', () => {
  const doc = en('But Ortega claims that the harbor is safe.');
  const q = byCue(doc, 'claims');
  assert.equal(q.content.text, 'the harbor is safe');
  assert.equal(q.speaker.name, 'Ortega');
  assert.equal(
    byCue(quotesOf(en('Most claims that reached the court were rejected.')), 'claims'),
    undefined,
  );
});

test('a noun of asking takes its whether-clause, a support verb its subject as the source', () => {
  const doc = en('Residents raised questions whether the budget was balanced.');
  const q = byCue(doc, 'questions');
  assert.equal(q.content.text, 'the budget was balanced');
  assert.equal(q.speaker.name, 'Residents');
});

test('a predicative adjective of stance frames its complement, its subject the source', () => {
  const convinced = en('The mayor is convinced that the new bridge will open in May.');
  const q = byCue(convinced, 'convinced');
  assert.equal(q.content.text, 'the new bridge will open in May');
  assert.equal(mention(convinced, q), 'The mayor');
  assert.equal(
    byCue(en('The farmers are eager to sell their grain.'), 'eager').content.text,
    'sell their grain',
  );
  assert.equal(
    byCue(en('The coach was critical of the referee.'), 'critical').content.text,
    'the referee',
  );
  // Not convinced: the subject holds no content; able: no stance at all.
  assert.deepEqual(
    cues(en('The mayor is not convinced that the new bridge will open in May.')),
    [],
  );
  assert.deepEqual(cues(en('The farmers are able to sell their grain.')), []);
  const fr = analyzeText('La ministre est sûre que la réforme passera.', 'fr');
  assert.equal(mention(fr, byCue(fr, 'sûre')), 'La ministre');
  // An impersonal subject holds nothing.
  assert.deepEqual(cues(analyzeText('Il est certain que la réforme passera.', 'fr')), []);
});

test('a participle with its own auxiliary in a relative clause is a finite verb of saying', () => {
  const doc = analyzeText(
    'The vote comes in the middle of a campaign in which Dorsey has said that the port should be sold.',
    'en',
  );
  const q = quoteWith(doc, 'port should be sold');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speaker.name, 'Dorsey');
});

test('reporting results or earnings is an act, not a statement', () => {
  const doc = analyzeText(
    'Norlake, its Danish rival, is due to report half-year earnings on Friday.',
    'en',
  );
  assert.equal(byCue(quotesOf(doc), 'report'), undefined);
});

test('a past participle modifying a noun is no frame over the clause around it', () => {
  const doc = analyzeText(
    "Elle demande depuis le printemps un projet de rénovation des écoles, annoncé en 2022 par l'ancienne équipe municipale.",
    'fr',
  );
  const annoncé = byCue(quotesOf(doc), 'annoncé');
  assert.equal(annoncé === undefined || !annoncé.content.text.includes('demande'), true);
});

test('hinting and signalling report a clause; voicing reports its object', () => {
  const hinted = analyzeText(
    'The minister hinted that the fuel tax would rise in the spring.',
    'en',
  );
  assert.deepEqual(triples(hinted), [
    {
      source: 'The minister',
      cue: 'hinted',
      content: 'that the fuel tax would rise in the spring',
    },
  ]);
  const signalled = analyzeText('The league signaled that it would not punish the club.', 'en');
  assert.deepEqual(
    triples(signalled).map((t) => t.cue),
    ['signaled'],
  );
  const voiced = analyzeText('Several parents voiced concern about the new bus routes.', 'en');
  assert.deepEqual(triples(voiced), [
    { source: 'Several parents', cue: 'voiced', content: 'concern about the new bus routes' },
  ]);
});

test('backing a strike is a vote, no quote; backing a candidate stays a stance', () => {
  const strike = analyzeText(
    'Most of the drivers who voted backed the walkout, according to the union.',
    'en',
  );
  assert.deepEqual(
    triples(strike).map((t) => t.cue),
    ['according to'],
  );
  const candidate = analyzeText('Most of the drivers backed Ms. Ortega in the primary.', 'en');
  assert.deepEqual(
    triples(candidate).map((t) => t.cue),
    ['backed'],
  );
});

test('declaring a state of emergency, war, bankruptcy or forfeit is an act, not speech', () => {
  const en = analyzeText(
    'The governor said the county would declare a state of emergency before the storm. Two retailers declared bankruptcy in May.',
    'en',
  );
  assert.deepEqual(cues(en), ['said']);
  const fr = analyzeText(
    "La préfète a déclaré mardi l'état d'urgence dans le département. L'équipe de Brest a déclaré forfait pour la finale.",
    'fr',
  );
  assert.deepEqual(cues(fr), []);
  // Still speech with a clause.
  const clause = analyzeText('The minister declared that the war was over.', 'en');
  assert.equal(byCue(clause, 'declared').content.text, 'the war was over');
});

test('a noun of a compound subject the tagger read as a verb of saying is no cue', () => {
  const doc = analyzeText(
    'A county plan to raise fares has angered commuters. The unions plan to strike.',
    'en',
  );
  assert.deepEqual(cues(doc), ['plan']);
  assert.match(byCue(doc, 'plan').speaker.name, /unions/);
});

describe('every quote of a cue', () => {
  const byCue = (doc: Doc, cue: string): Quote[] =>
    quotesOf(doc).filter((q) => q.cue?.text === cue);

  test('a noun of a compound subject whose predicate the parser hung on its infinitive is no cue', () => {
    const doc = en(
      'A city plan to widen the road has worried residents. The residents plan to object.',
    );
    const plans = byCue(doc, 'plan');
    assert.deepEqual(
      plans.map((q) => mention(doc, q)),
      ['The residents'],
    );
  });
});

test('a cue ending in a preposition holds across adverbs and a time between its words', () => {
  const doc = analyzeText(
    'The senator spoke briefly about the budget. Trump called Friday for a ban.',
    'en',
  );
  assert.equal(byCue(doc, 'spoke briefly about').content.text, 'the budget');
  assert.equal(byCue(doc, 'called Friday for').content.text, 'a ban');
});

test('an agentless passive raising its subject over an infinitive reports the clause, with no speaker', () => {
  const doc = analyzeText(
    'The new ferry is expected to enter service in March. The deal was said to be close.',
    'en',
  );
  const expected = byCue(doc, 'expected');
  assert.equal(expected.content.text, 'The new ferry is expected to enter service in March');
  assert.equal(expected.speaker.name, 'unknown');
  assert.equal(byCue(doc, 'said').content.text, 'The deal was said to be close');
  // In a relative clause too.
  const relative = analyzeText(
    'The final, which is expected to draw a large audience, starts at noon.',
    'en',
  );
  assert.equal(
    byCue(relative, 'expected').content.text,
    'which is expected to draw a large audience',
  );
});

test('verbs of quoting, disclosing, rebuking and voting frame what they name', () => {
  const doc = analyzeText(
    'The council voted to close the old harbour. The mayor recognized that the budget was short. Critics derided the plan as a gift to developers.',
    'en',
  );
  assert.match(byCue(doc, 'voted').content.text, /close the old harbour/);
  assert.equal(byCue(doc, 'voted').speaker.name, 'The council');
  assert.equal(byCue(doc, 'recognized').content.text, 'the budget was short');
  assert.match(byCue(doc, 'derided').content.text, /the plan as a gift/);
});

describe('verbs of a WordNet class the lexicon lacks', () => {
  test('frame the clause or infinitive their class reports through, with a source for subject', () => {
    const doc = en(
      'The mayor surmised that the storm had damaged the pier. The ferry union chose to extend the strike.',
    );
    assert.equal(byCue(doc, 'surmised').content.text, 'the storm had damaged the pier');
    assert.equal(byCue(doc, 'surmised').speaker.name, 'The mayor');
    assert.match(byCue(doc, 'chose').content.text, /extend the strike/);
  });

  test('frame nothing without a source for subject or a complement of their class', () => {
    const doc = en(
      'Which route the trucks took surmised nothing. It surmised that the storm had passed. The mayor regretted the delay.',
    );
    assert.deepEqual(cues(doc), []);
  });

  test('stop-listed verbs of a class frame nothing', () => {
    const doc = en(
      'The ferry operator meant to sell the boats. The mayor proceeded to close the road.',
    );
    assert.deepEqual(cues(doc), []);
  });

  test('the generated class file is what the generator writes from WordNet', () => {
    const speech = JSON.parse(
      readFileSync(join(projectRoot, 'lang', 'en', 'speech.json'), 'utf8'),
    ) as { verbClasses: VerbClassRules };
    const committed = readFileSync(join(projectRoot, 'lang', 'en', 'verb-classes.json'), 'utf8');
    const built = verbClassesText(buildVerbClasses(wordnetDictDir(), speech.verbClasses));
    assert.equal(built, committed);
  });
});

test('a person a passive verb of saying is done to is no content ("rappelé à la rescousse")', () => {
  const recalled = analyzeText(
    'Connu pour son travail sur la grippe, le virologue Marc Dutilleul a été rappelé à la rescousse en mars, après le départ de son prédécesseur.',
    'fr',
  );
  assert.equal(byCue(quotesOf(recalled), 'rappelé'), undefined);
  // Active, the same verb still reports: "a rappelé que …".
  const active = analyzeText('Le virologue a rappelé que le vaccin reste efficace.', 'fr');
  assert.equal(byCue(active, 'rappelé').content.text, 'le vaccin reste efficace');
});

test('an infinitive right after a noun that is no object qualifies the noun, not the cue', () => {
  const doc = analyzeText(
    'Les boulangeries ne peuvent plus que proposer du pain à emporter.',
    'fr',
  );
  assert.equal(byCue(quotesOf(doc), 'proposer'), undefined);
  // After the verb's object, the infinitive is the verb's: "a appelé les habitants à rester".
  const called = analyzeText('Le préfet a appelé les habitants à rester chez eux.', 'fr');
  assert.equal(byCue(called, 'appelé').content.text, 'rester chez eux');
});
