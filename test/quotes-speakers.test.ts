/**
 * Speakers: who said it, when the text names them through a pronoun, a partitive, an apposition,
 * a dash or signature, a relative clause, or a phrase the parser misread.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Doc } from '../src/document.js';
import type { Quote } from '../src/quotes/index.js';
import {
  analyzeText,
  byCue,
  quotesOf,
  quoteWith,
  sourceChain as chainOf,
  speakerMention as mention,
} from './helpers.js';

const speakerOf = (text: string, lang: string, fragment: string): string =>
  quoteWith(analyzeText(text, lang), fragment).speaker.name;

const union =
  "« Cinq cents euros, ce n'est pas sérieux », estime Karim Oudjit, déléguée syndicale, qui demande une hausse de 8 % des primes.";

const en = (text: string) => analyzeText(text, 'en');

test("a support verb's subject says what its noun frames; a possessor is no later pronoun's antecedent", () => {
  const made = en('The union made the claim that the plant would close by winter.');
  assert.equal(mention(made, byCue(made, 'claim')), 'The union');
  // A possessive there is the subject's own, and the clause the parser hung on the verb the noun's.
  const fr = analyzeText('Le maire a exprimé sa crainte que la rivière ne déborde.', 'fr');
  const fear = byCue(fr, 'crainte');
  assert.equal(fear.content.text, 'la rivière ne déborde');
  assert.equal(mention(fr, fear), 'Le maire');
  // The verb of saying reports it already: no second attribution on its noun.
  const voiced = en('The mayor voiced his fear that the river would flood.');
  assert.deepEqual(
    quotesOf(voiced).map((q) => q.cue?.text),
    ['voiced'],
  );
  const doc = en(
    'Two inspectors said on Monday that the river was polluted. They questioned the ' +
      "governor's claim that there have been no spills this year. They then published a " +
      'report, announcing that the water was unsafe.',
  );
  assert.equal(byCue(doc, 'claim').speaker.name, "the governor's");
  assert.equal(byCue(doc, 'announcing').speaker.name, 'Two inspectors');
});

test('a pronoun speaker is the person who became the subject since the last quotation', () => {
  const text =
    '« Le projet est mort », a déclaré la maire, Claire Dumas. Le préfet Jean Roux a reçu les ' +
    'élus lundi. « Rien n’est décidé », a-t-il assuré.';
  assert.equal(speakerOf(text, 'fr', 'Rien'), 'Jean Roux');
  assert.equal(speakerOf(text, 'fr', 'Le projet'), 'Claire Dumas');
});

test('a person named since the last quotation as an object leaves the pronoun to the speaker', () => {
  const text =
    '« Nous irons jusqu’au bout », a lancé le syndicaliste Paul Morel. Il a ensuite rencontré ' +
    'la ministre Anne Vidal. « Elle ne nous a rien promis », a-t-il regretté.';
  assert.equal(speakerOf(text, 'fr', 'Elle ne nous'), 'Paul Morel');
});

test('"One of the officials" is a partitive speaker, not the impersonal "one"', () => {
  assert.equal(
    speakerOf('One of the engineers said the pumps had failed twice.', 'en', 'pumps'),
    'One of the engineers',
  );
  assert.equal(
    speakerOf('One could argue that the pumps had failed twice.', 'en', 'pumps'),
    'unknown',
  );
});

test('such a participle after a comma speaks for the subject, not the object', () => {
  const doc = analyzeText(
    'Senator Alma Ruiz revised her budget plan, promising to shift more money to rural schools.',
    'en',
  );
  assert.equal(byCue(doc, 'promising').speaker.name, 'Alma Ruiz');
});

test('a relative after an apposition speaks for the person the apposition describes', () => {
  const doc = analyzeText(union, 'fr');
  assert.equal(byCue(doc, 'demande').speaker.name, 'Karim Oudjit');
});

test('a description is known by the name its apposition gives after a title', () => {
  const doc = analyzeText(
    'La présidente de la région, Mme Anne Vidal, a dénoncé une décision injuste.',
    'fr',
  );
  assert.equal(byCue(doc, 'dénoncé').speaker.name, 'Anne Vidal');
});

test('a paragraph ending with a colon announces the quotation opening the next one', () => {
  const doc = analyzeText(
    'Vera Olsen, who has coached the rowing club since 2009, said the boathouse needs a new roof.\n\n' +
      'Olsen told the members:\n\n' +
      '“Every winter the rain gets in. We cannot keep patching it with tarpaulins and hope.”',
    'en',
  );
  const q = quoteWith(doc, 'Every winter');
  assert.equal(q.cue?.text, 'told');
  assert.equal(mention(doc, q), 'Olsen');
});

test('a dash and a name before the colon sign the quotation, not the clause before them', () => {
  const doc = analyzeText(
    'Forecasters agree - Nina Holt: “One of the biggest lessons was a simple one: keep calling voters late.”',
    'en',
  );
  assert.equal(quoteWith(doc, 'biggest lessons').speaker.name, 'Nina Holt');
});

test('a subject apposed to a participle the parser made a clause still speaks', () => {
  const doc = analyzeText(
    'Omar Duval, clad in a green jacket with the ferry logo, said the levee had held through the night.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'the levee had held')), 'Omar Duval');
});

test('a report qualified by a participle is the subject of the verb after it', () => {
  const doc = analyzeText(
    'A news report published Monday said the ferry operator had overpaid two contractors.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'overpaid two contractors')), 'A news report');
});

test("a participle's time the parser made the subject of the verb after it is no speaker", () => {
  const doc = analyzeText(
    'The audit published Tuesday showed that during the first two years, more than half of the contracts went to donors.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'went to donors')), 'The audit');
});

test("a poll's share is the speaker even when the parser made it an adverb", () => {
  const doc = analyzeText(
    'The survey of farmers closed on Friday. Roughly half said they expect lower yields this year.',
    'en',
  );
  assert.match(mention(doc, quoteWith(doc, 'lower yields')) ?? '', /half$/);
});

test('a verb of saying the tagger read as a noun after the speaker still closes the quotation', () => {
  const doc = analyzeText(
    '“The quarry trucks wake the whole street before dawn, and the council does nothing,” Petra Lind notes.',
    'en',
  );
  const q = quoteWith(doc, 'quarry trucks');
  assert.equal(q.cue?.text, 'notes');
  assert.equal(q.speaker.name, 'Petra Lind');
});

test('a text is what it reads: a notice speaks the quotation before it', () => {
  const doc = analyzeText('“No fishing beyond this point,” a notice at the jetty reads.', 'en');
  const q = quoteWith(doc, 'No fishing');
  assert.equal(q.cue?.text, 'reads');
  assert.match(mention(doc, q) ?? '', /^a notice/);
  const sign = analyzeText('“This is a great day for the harbor!” a sign on the dock read.', 'en');
  assert.doesNotMatch(mention(sign, quoteWith(sign, 'great day')) ?? '', /read$/);
});

test('the verb after a relative clause is the noun’s own, not the relative pronoun’s', () => {
  const doc = analyzeText(
    'Okafor, who said she usually votes green, said one candidate she likes so far is the harbor mayor.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'one candidate')), 'Okafor');
  assert.equal(mention(doc, quoteWith(doc, 'usually votes green')), 'who');
});

test('a participle after a comma hung on a noun goes on with the subject of that noun’s verb', () => {
  const doc = analyzeText(
    'The new agreement includes a pledge to cut harbor fees, calling on shipping firms to invest in cleaner engines.',
    'en',
  );
  assert.equal(mention(doc, quoteWith(doc, 'invest in cleaner engines')), 'The new agreement');
});

test('the subject of the clause a verb reports is never its speaker, nor cut from the content', () => {
  const doc = analyzeText(
    'Harbor delegate Tom Archer, wearing a cap covered in union pins, said he is proud of the way the strike was run.',
    'en',
  );
  const q = quoteWith(doc, 'proud of the way');
  assert.match(q.content.text, /^he is proud/);
  assert.notEqual(mention(doc, q), 'he');
});

test('a noun phrase alone between a comma and a closing verb of saying is its speaker', () => {
  const doc = analyzeText(
    'The cabinet of Osteria plans to return about 90 homes seized during the conflict around Varna, the Varna Chronicle reported on Sunday, citing two lawyers involved in the case.',
    'en',
  );
  const reported = byCue(quotesOf(doc), 'reported');
  assert.ok(reported);
  assert.match(reported.content.text, /^The cabinet of Osteria plans to return .* around Varna$/);
  assert.equal(chainOf(reported)[1], 'Varna Chronicle');
  assert.equal(byCue(quotesOf(doc), 'citing'), undefined);
});

test('a person named in apposition to the description is the speaker, whatever actor the description joined', () => {
  const doc = analyzeText(
    "Le fabricant de skis Norvia supprime 90 postes en Isère\n\nLa direction de Norvia a annoncé jeudi la suppression de 90 emplois dans son usine de Voiron, invoquant « un effondrement des commandes » depuis l'hiver.\n\nLe délégué CFDT, Paul Reynaud, a exhorté la direction à « rouvrir le dialogue ».",
    'fr',
  );
  assert.equal(quoteWith(doc, 'rouvrir le dialogue').speaker.name, 'Paul Reynaud');
});

test('a determined adjective alone before the verb is the noun the tagger misread: the speaker', () => {
  const doc = analyzeText(
    'The official, who spoke on condition of anonymity because the review was confidential, said the mine would reopen in April.',
    'en',
  );
  assert.equal(quoteWith(doc, 'reopen in April').speaker.name, 'The official');
});

test('a sign joining capitalised words is part of the speaker’s name before a closing incise', () => {
  const doc = analyzeText(
    'Nurses at the district hospital of Port Elm voted on Monday to stage a 24-hour walkout next week, the Health & Care Union said, in a row over staffing and pay.',
    'en',
  );
  const q = byCue(quotesOf(doc), 'said');
  assert.ok(q);
  assert.equal(q.speaker.name, 'Health & Care Union');
  assert.match(q.content.text, /^Nurses at the district hospital .* next week/);
  const coordinated = analyzeText(
    'The Metal & Marine Workers Union said it would fight any compulsory redundancies.',
    'en',
  );
  assert.equal(quoteWith(coordinated, 'redundancies').speaker.name, 'Metal & Marine Workers Union');
});

test('a quotation of two sentences closed by a speaker in apposition is that person’s', () => {
  const doc = analyzeText(
    'The dockers’ union dismissed the report. "There was no vote. Members met on Monday, and the board is still counting the ballots," the union’s secretary, Hanna Lidell, told reporters outside the hall.',
    'en',
  );
  const q = quoteWith(doc, 'There was no vote');
  assert.equal(q.kind, 'direct');
  assert.equal(q.content.text.endsWith('counting the ballots,'), true);
  assert.equal(q.speaker.name, 'Hanna Lidell');
  assert.equal(q.status, 'denied');
  assert.equal(q.negated?.text, 'vote');
});

test("a person in the incise's own relative clause does not take over the next quotation", () => {
  const doc = analyzeText(
    '"The harbour will be open by June," Governor Alma Ruiz said on Friday at the port authority dinner in Valdera, where Senator Tomas Brenn also spoke. "The cranes are already on their way."',
    'en',
  );
  const quotes = doc.quotes ?? [];
  assert.equal(quotes.length, 2);
  assert.deepEqual(
    quotes.map((q) => q.speaker.name),
    ['Alma Ruiz', 'Alma Ruiz'],
  );
});

test('the pronoun of an incise inside the marks is the speaker the closing incise names', () => {
  const doc = analyzeText(
    "« Le budget sera tenu, a-t-il promis, même si l'hiver coûte cher », a conclu Paul Lemaire devant les élus.",
    'fr',
  );
  const promised = byCue(doc, 'promis');
  assert.equal(promised.content.text, 'Le budget sera tenu');
  assert.equal(promised.speaker.name, 'Paul Lemaire');
  assert.equal(byCue(doc, 'conclu').speaker.name, 'Paul Lemaire');
});

test('a place a preposition introduces does not name a speaker phrase', () => {
  const doc = analyzeText(
    '« Nous resterons ouverts » : les derniers libraires de la place Carnot\n\nLe quartier change vite.',
    'fr',
  );
  const colon = byCue(doc, ':');
  assert.equal(colon.speaker.name, 'les derniers libraires de la place Carnot');
});

test("a word of a person's name is no outlet's: Karen Spiegel is not Der Spiegel", () => {
  const doc = analyzeText(
    '"We will not close the clinic," said county Supervisor Karen Spiegel at the meeting.',
    'en',
  );
  const q = quoteWith(doc, 'close the clinic');
  assert.equal(q.speaker.name, 'Karen Spiegel');
  assert.notEqual(q.speaker.type, 'news');
});

describe('every quote of a cue', () => {
  const byCue = (doc: Doc, cue: string): Quote[] =>
    quotesOf(doc).filter((q) => q.cue?.text === cue);

  test('of two subjects the parser gave a verb of saying, the one before speaks and the one after heads the content', () => {
    const doc = en("Lopez says Biden 'entirely wrong' in claiming wages were rising.");
    const [says] = byCue(doc, 'says');
    assert.ok(says, JSON.stringify(quotesOf(doc).map((q) => q.content.text)));
    assert.equal(mention(doc, says), 'Lopez');
    assert.match(says.content.text, /^Biden 'entirely wrong' in claiming/);
  });
});

test('"the same official", "ce même responsable": the earlier speaker of that role, not the last one', () => {
  const en = analyzeText(
    'A senior harbour official said on Monday that the cranes had been idle for a week. Transport Minister Ada Brandt said the port would reopen soon. The same official added that no date had been set.',
    'en',
  );
  assert.equal(quoteWith(en, 'no date had been set').speaker.name, 'A senior harbour official');
  const fr = analyzeText(
    "Un responsable portuaire a déclaré lundi que les grues étaient à l'arrêt. La ministre Ada Brandt a assuré que le port rouvrirait bientôt. « Aucune date n'est fixée », a ajouté ce même responsable portuaire.",
    'fr',
  );
  assert.equal(quoteWith(fr, 'Aucune date').speaker.name, 'Un responsable portuaire');
});

test('a demonstrative role noun takes the last earlier mention of its noun, else its own description', () => {
  const mentioned = analyzeText(
    'The inspection was led by an engineer from the coastal authority and two divers. This engineer said the hull was sound.',
    'en',
  );
  assert.equal(
    quoteWith(mentioned, 'hull was sound').speaker.name,
    'an engineer from the coastal authority',
  );
  // No official before: the description, never the person of another role named before.
  const unmentioned = analyzeText(
    'Mayor Ada Brandt visited the dock on Monday. This official said the hull was sound.',
    'en',
  );
  const q = quoteWith(unmentioned, 'hull was sound');
  assert.equal(q.speaker.name, 'This official');
  assert.ok('anonymous' in q.speaker && q.speaker.anonymous);
});

test('a report is nobody’s report but its own: never the subject of what it tells', () => {
  const doc = analyzeText(
    'The smuggler was arrested near the border last week, according to a report.',
    'en',
  );
  const q = byCue(doc, 'according to');
  assert.equal(q.speaker.name, 'a report');
  assert.deepEqual(chainOf(q).slice(1), ['a report']);
  // a statement's author may be the content's subject
  const statement = analyzeText('According to a statement, the brewery will close in May.', 'en');
  assert.match(byCue(statement, 'According to').speaker.name ?? '', /brewery/);
});

test('a plural pronoun takes up a group named in the plural, never one person', () => {
  const doc = analyzeText(
    'Mara Ellis said the guards had searched her bag. But the guards tell another story: they say she refused to open it.',
    'en',
  );
  assert.notEqual(byCue(doc, 'say').speaker.name, 'Mara Ellis');
  const group = analyzeText(
    'Two inspectors said the dam was sound. They said repairs could wait until spring.',
    'en',
  );
  assert.equal(quoteWith(group, 'repairs could wait').speaker.name, 'Two inspectors');
});
