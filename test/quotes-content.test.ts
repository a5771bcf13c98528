/**
 * Content spans: where what is reported opens and where it ends, whatever the parser made of the
 * clause (conjuncts, gerund subjects, quoted predicates, clauses cut in two).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import {
  analyzeText,
  byCue,
  polnearTriples as triples,
  quotesOf,
  quoteWith,
  sourceChain as chainOf,
  speakerMention as mention,
} from './helpers.js';

const union =
  "« Cinq cents euros, ce n'est pas sérieux », estime Karim Oudjit, déléguée syndicale, qui demande une hausse de 8 % des primes.";

const en = (text: string) => analyzeText(text, 'en');

test("a noun of saying's that-clause read as a relative clause is still its content", () => {
  const doc = en("The council checked the mayor's claim that there have been hundreds of floods.");
  assert.equal(byCue(doc, 'claim').content.text, 'there have been hundreds of floods');
  // A clause whose verb makes the noun, with no object of its own, is a relative clause.
  assert.deepEqual(
    quotesOf(en('The claim that he made last week was checked by the council.')),
    [],
  );
  assert.deepEqual(quotesOf(en('The statement that she issued on Monday was brief.')), []);
});

test('a conjunct the parser hung on the verb goes on with the content', () => {
  const quoted = analyzeText(
    'Harmon said he had received offers for the land, but “the offers came from people I did not trust.”',
    'en',
  );
  assert.match(byCue(quoted, 'said').content.text, /offers came from people I did not trust/);
  // Another verb of saying after the content is its own relation.
  const other = analyzeText(
    'The mayor joked that Brooklyn was her answer, but went on to say, “There are places we must fix.”',
    'en',
  );
  assert.equal(byCue(other, 'joked').content.text, 'Brooklyn was her answer');
});

test('a content runs to the predicate the parser made the verb a parenthetical of', () => {
  const doc = analyzeText(
    'Teachers said they fear Ruiz and Republican leaders in Albany will make a deal with the unions.',
    'en',
  );
  assert.match(byCue(doc, 'said').content.text, /will make a deal with the unions$/);
});

test("a quotation inside the same speaker's content is not the next participle's", () => {
  const doc = analyzeText(
    'Ruiz told Newsmax that Mitt Hendry “had a crazy policy of tolls which was maniacal,” adding, “He lost all of the rural vote.”',
    'en',
  );
  const adding = quotesOf(doc).filter((q) => q.cue?.text === 'adding');
  assert.deepEqual(
    adding.map((q) => q.content.text),
    ['He lost all of the rural vote.'],
  );
});

test('a clause the parser cut in two glued pieces is one content', () => {
  const doc = analyzeText(
    'Lena Ortiz, an analyst at the Harbor Institute, said she thinks the port authority has stayed intentionally vague on the details.',
    'en',
  );
  assert.match(
    byCue(doc, 'said').content.text,
    /^she thinks the port authority has stayed intentionally vague/,
  );
});

test("a gerund opening the clause is its subject, not the verb's complement", () => {
  const doc = analyzeText(
    'Hendry says losing the election has taught him to listen to people.',
    'en',
  );
  assert.equal(
    byCue(doc, 'says').content.text,
    'losing the election has taught him to listen to people',
  );
});

test('a sign after a number is its unit, not punctuation: the object runs on', () => {
  const doc = analyzeText(union, 'fr');
  assert.equal(byCue(doc, 'demande').content.text, 'une hausse de 8 % des primes');
});

test('a quotation opening on a verb after a noun phrase is the predicate of that clause', () => {
  const doc = analyzeText(
    'Harbor officials said the ferries “are simply too old” because the fleet was bought in 1978.',
    'en',
  );
  const q = quoteWith(doc, 'too old');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.kind, 'mixed');
  assert.equal(
    q.content.text,
    'the ferries “are simply too old” because the fleet was bought in 1978',
  );
});

test('after the complementizer, the subject before a quoted predicate opens the content', () => {
  const doc = analyzeText(
    'Senator Ann Dorsey told a Courier reporter Monday evening that she “would be surprised if the bill passes.”',
    'en',
  );
  const q = quoteWith(doc, 'would be surprised');
  assert.equal(q.cue?.text, 'told');
  assert.equal(q.content.text, 'she “would be surprised if the bill passes.”');
});

test('a quoted fragment after the object is what the object is called', () => {
  const doc = analyzeText(
    'Speaking at a rally in Bangor, Dorsey went after Ortiz, calling him “a total fraud.”',
    'en',
  );
  const q = quoteWith(doc, 'a total fraud');
  assert.equal(q.cue?.text, 'calling');
  assert.equal(q.content.text, 'him “a total fraud.”');
});

test('a participle modifying a noun ahead stays in the object phrase', () => {
  const doc = analyzeText(
    "The fishermen's association has long demanded the reopening of the bay as a condition for any lasting agreement.",
    'en',
  );
  assert.equal(
    quoteWith(doc, 'reopening').content.text,
    'the reopening of the bay as a condition for any lasting agreement',
  );
});

test('a that-clause right after a noun of saying is its content, wherever the parser hung it', () => {
  const doc = analyzeText(
    "Despite complaints that the repairs had stalled, the landlords' federation said it remained committed to a fair agreement.",
    'en',
  );
  assert.equal(quoteWith(doc, 'repairs').content.text, 'the repairs had stalled');
  assert.equal(quoteWith(doc, 'repairs').cue?.text, 'complaints');
});

test('a past participle is never controlled by the object before it', () => {
  const doc = analyzeText(
    'Seventy-two percent of teachers who took part endorsed the plan, according to the union.',
    'en',
  );
  assert.equal(byCue(quotesOf(doc), 'endorsed')?.speaker.name, 'teachers');
});

test('a content ends before a conjunction opening another speaker’s verb of saying', () => {
  const doc = analyzeText(
    'Growers said the new tariff had already cut their exports and importers accused the ministry of stalling the talks.',
    'en',
  );
  const said = byCue(quotesOf(doc), 'said');
  assert.equal(said?.content.text, 'the new tariff had already cut their exports');
  const accused = byCue(quotesOf(doc), 'accused');
  assert.deepEqual(chainOf(accused!).slice(1), ['importers']);
});

test('a second that-clause after a conjunction goes on with the same report', () => {
  const doc = analyzeText(
    'The harbour master added that the old pier would have to close for a month but that "the island ferries will keep running."',
    'en',
  );
  const q = byCue(quotesOf(doc), 'added');
  assert.match(
    q?.content.text ?? '',
    /close for a month but that "the island ferries will keep running/,
  );
});

test('"told X on Y that" with "that" read as a relative pronoun still opens the content', () => {
  const doc = analyzeText(
    'Finance Director Pavel Sorensen told investors on a video call that about 40 new buses were stored at its depots awaiting batteries.',
    'en',
  );
  const told = byCue(quotesOf(doc), 'told');
  assert.ok(told);
  assert.equal(told.speaker.name, 'Pavel Sorensen');
  assert.match(told.content.text, /^about 40 new buses were stored/);
});

test('a gerund opening the reported clause is its subject, not the end of the content', () => {
  const doc = analyzeText(
    'He said legalizing the mines could bring hundreds of jobs to the valley.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'He',
      cue: 'said',
      content: 'legalizing the mines could bring hundreds of jobs to the valley',
    },
  ]);
});

test('a past form the tagger read as a participle is the tensed verb of the reported clause', () => {
  const doc = analyzeText(
    'The aides said Ms. Okafor simply believed in openly airing disputes, not hiding them.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'The aides',
      cue: 'said',
      content: 'Ms. Okafor simply believed in openly airing disputes, not hiding them',
    },
  ]);
});

test('quoted words right after "said" that are no speech are wording of the clause it reports', () => {
  const doc = analyzeText(
    'Sunday on the “Morning Report,” Senator Ana Ruiz said Governor Hale’s “judgment” and “candour” are in question because of the audit.',
    'en',
  );
  assert.deepEqual(triples(doc), [
    {
      source: 'Senator Ana Ruiz',
      cue: 'said',
      content: 'Governor Hale’s “judgment” and “candour” are in question because of the audit',
    },
  ]);
  assert.equal(doc.quotes?.[0].kind, 'mixed');
});

test('a participle of saying after a clause reads a subject-and-verb clause the parser split', () => {
  const mixed = analyzeText(
    'The union rejected the offer on Friday, saying it ignored "years of lost wages."',
    'en',
  );
  const saying = byCue(mixed, 'saying');
  assert.equal(saying.kind, 'mixed');
  assert.match(saying.speaker.name, /union/);
  assert.ok(saying.content.text.startsWith('it ignored'), saying.content.text);
  const plain = analyzeText(
    'The union rejected the offer on Friday, saying it ignored years of lost wages.',
    'en',
  );
  assert.equal(byCue(plain, 'saying').content.text, 'it ignored years of lost wages');
});

test('an infinitive under an aside of the content is not the content', () => {
  const doc = analyzeText(
    'Les chiffres confirment les tendances de la décennie: le chômage, loin de baisser, progresse encore.',
    'fr',
  );
  const quote = quotesOf(doc).find((q) => q.cue?.text === 'confirment');
  assert.ok(quote);
  assert.match(quote.content.text, /^les tendances de la décennie/);
});

describe('every quote of a cue', () => {
  const byCue = (doc: Doc, cue: string): Quote[] =>
    quotesOf(doc).filter((q) => q.cue?.text === cue);

  test('a clause the parser hung on the name after it as a modifier is the content, not the speaker', () => {
    const doc = en(
      'The food is good, but it was not only the prices that brought her to the market, Ms. Ortega-Smith said.',
    );
    const [said] = byCue(doc, 'said');
    assert.ok(said, JSON.stringify(quotesOf(doc).map((q) => q.content.text)));
    assert.equal(mention(doc, said), 'Ms. Ortega-Smith');
    assert.match(said.content.text, /^The food is good, but .* to the market$/);
  });

  test('the quotation closing a content, then its comma, ends it before the next participle', () => {
    const doc = en(
      'Okoro told WTOP that Dana Whitfield “ran a reckless program of cuts which was harmful,” adding, “He lost the trust of the teachers.”',
    );
    const [told] = byCue(doc, 'told');
    assert.match(told.content.text, /harmful,”$/);
    assert.deepEqual(
      byCue(doc, 'adding').map((q) => [mention(doc, q), q.content.text]),
      [['Okoro', 'He lost the trust of the teachers.']],
    );
  });
});

test('"said yes" after a pollster\'s quoted question answers it: the question is not the respondents\' words', () => {
  const doc = analyzeText(
    'Asked whether the harbour board “can be trusted with the new budget,” 58 percent of dockers said yes. Another 30 percent said no.',
    'en',
  );
  const answers = (doc.quotes ?? []).filter((q) => /percent/.test(q.speaker.name));
  assert.deepEqual(
    answers.map((q) => q.content.text),
    ['yes', 'no'],
  );
});

test('what the addressee is told is the content, not the addressee the parser hung it on', () => {
  // The parser reads "de sa volonté …" as a complement of "homologue".
  const doc = analyzeText(
    'La ministre aurait fait part à son homologue de sa volonté de reprendre les discussions.',
    'fr',
  );
  assert.equal(byCue(doc, 'fait part').content.text, 'sa volonté de reprendre les discussions');
});

test('an object content goes on past a hyphen inside a word', () => {
  const doc = en('The flyer slams Hobbs for voting in favor of a rent-control law in 2019.');
  assert.equal(
    byCue(doc, 'slams').content.text,
    'Hobbs for voting in favor of a rent-control law in 2019',
  );
});

test('an object content goes on with the predicate an infinitive copula gives it', () => {
  const doc = en('Most residents found the plan to be a waste of money.');
  assert.equal(byCue(doc, 'found').content.text, 'the plan to be a waste of money');
});

test('a content ends before a clause joined to it that is another attribution with its own speaker', () => {
  const relative = analyzeText(
    "The senator criticized the mayor's budget, which an audit said was badly flawed.",
    'en',
  );
  assert.equal(byCue(relative, 'criticized').content.text, "the mayor's budget");
  const contrast = analyzeText(
    'Nearly half said the economy was improving, while a third said it was getting worse.',
    'en',
  );
  const [first, second] = quotesOf(contrast).filter((q) => q.cue?.text === 'said');
  assert.equal(first.content.text, 'the economy was improving');
  assert.equal(second.content.text, 'it was getting worse');
  // A report the content governs is nested in it, not joined to it.
  const nested = analyzeText('She said that the mayor told her the road would close.', 'en');
  assert.equal(byCue(nested, 'said').content.text, 'the mayor told her the road would close');
});

test('"said the same of …": a pro-form object is the content, and the clause before ends at it', () => {
  const doc = analyzeText(
    'Most voters said the mayor is honest, and two-thirds said the same of her deputy.',
    'en',
  );
  const [first, second] = quotesOf(doc).filter((q) => q.cue?.text === 'said');
  assert.equal(first.content.text, 'the mayor is honest');
  assert.equal(second?.content.text, 'the same of her deputy');
});

test('a content ends before a trailing joined report with its own speaker, however deep it hangs', () => {
  const doc = analyzeText(
    'Local doctors estimate that there are around 300 patients waiting in Tula, and Health Minister Anna Petrova announced plans to open a clinic.',
    'en',
  );
  assert.equal(
    byCue(doc, 'estimate').content.text,
    'there are around 300 patients waiting in Tula',
  );
  const announced = byCue(doc, 'announced');
  assert.deepEqual(chainOf(announced).slice(1), ['Anna Petrova']);
});

test('a cleft’s demonstrative is the sentence before: « C’est ce qu’a annoncé X »', () => {
  const doc = analyzeText(
    "Les horaires de la piscine changent lundi. C'est ce qu'a annoncé la directrice du centre sportif.",
    'fr',
  );
  const q = byCue(doc, 'annoncé');
  assert.equal(q.content.text, 'Les horaires de la piscine changent lundi');
  assert.equal(q.speaker.name, 'la directrice du centre sportif');
  // opening its paragraph, the cleft points at nothing the text shows
  const alone = analyzeText("C'est ce qu'a annoncé la directrice du centre sportif.", 'fr');
  assert.deepEqual(quotesOf(alone), []);
});

test("a cue in a clause the narrator's adjunct opens reports up to the main clause", () => {
  const doc = analyzeText(
    "Alors que le maire avait affirmé mardi qu'il était prêt à céder le terrain « si le conseil le veut », il a rejeté cette idée jeudi.",
    'fr',
  );
  assert.equal(
    byCue(doc, 'affirmé').content.text,
    'il était prêt à céder le terrain « si le conseil le veut »',
  );
  const en = analyzeText(
    'While the coach said on Monday that he was ready to resign, he stayed on for the final.',
    'en',
  );
  assert.equal(byCue(en, 'said').content.text, 'he was ready to resign');
});
