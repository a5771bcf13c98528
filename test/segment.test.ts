import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmenterFor } from '../src/pipeline.js';
import { splitParagraphs } from '../src/segment/segment.js';

function words(lang: string, text: string): string[] {
  return segmenterFor(lang)
    .segment(text)
    .tokens.map((t) => t.text);
}

function sentences(lang: string, text: string): string[] {
  return segmenterFor(lang)
    .segment(text)
    .sentences.map((s) => text.slice(s.start, s.end));
}

describe('French tokens', () => {
  it('splits elided articles and conjunctions, straight or curly apostrophe', () => {
    assert.deepEqual(words('fr', "l'agence d’un jusqu'à qu'il"), [
      "l'",
      'agence',
      'd’',
      'un',
      "jusqu'",
      'à',
      "qu'",
      'il',
    ]);
  });
  it('keeps words whose apostrophe is not an elision', () => {
    assert.deepEqual(words('fr', "aujourd'hui quelqu'un d'aujourd'hui"), [
      "aujourd'hui",
      "quelqu'un",
      "d'",
      "aujourd'hui",
    ]);
  });
  it('splits inverted clitics', () => {
    assert.deepEqual(words('fr', 'a-t-il dit-elle précise-t-on celui-ci'), [
      'a',
      '-t-il',
      'dit',
      '-elle',
      'précise',
      '-t-on',
      'celui',
      '-ci',
    ]);
  });
  it('keeps hyphenated names and lexicalised compounds', () => {
    assert.deepEqual(words('fr', 'Jean-Pierre rendez-vous peut-être États-Unis'), [
      'Jean-Pierre',
      'rendez-vous',
      'peut-être',
      'États-Unis',
    ]);
  });
  it('keeps abbreviations with their period and does not end a sentence on them', () => {
    const text = 'M. Dupont et Mme Durand ont vu MM. Martin et le Dr. Petit.';
    assert.deepEqual(words('fr', text), [
      'M.',
      'Dupont',
      'et',
      'Mme',
      'Durand',
      'ont',
      'vu',
      'MM.',
      'Martin',
      'et',
      'le',
      'Dr.',
      'Petit',
      '.',
    ]);
    assert.equal(sentences('fr', text).length, 1);
  });
  it('keeps numbers whole and splits the percent sign', () => {
    assert.deepEqual(
      words('fr', 'une hausse de 2,5 % sur 1.000 euros à 10h30 le 1er mars, soit 10%.'),
      [
        'une',
        'hausse',
        'de',
        '2,5',
        '%',
        'sur',
        '1.000',
        'euros',
        'à',
        '10h30',
        'le',
        '1er',
        'mars',
        ',',
        'soit',
        '10',
        '%',
        '.',
      ],
    );
  });
  it('splits contractions into syntactic words sharing the written offsets', () => {
    const doc = segmenterFor('fr').segment('Au sommet du G20.');
    assert.deepEqual(
      doc.tokens.map((t) => t.text),
      ['À', 'le', 'sommet', 'de', 'le', 'G20', '.'],
    );
    assert.deepEqual(
      doc.tokens.slice(3, 5).map((t) => [t.start, t.end]),
      [
        [10, 12],
        [10, 12],
      ],
    );
    assert.deepEqual(doc.tokens[3].mwt, { start: 10, end: 12 });
  });
  it('keeps URLs and e-mail addresses whole, without trailing punctuation', () => {
    assert.deepEqual(
      words('fr', 'Voir https://exemple.fr/a?b=1, ou écrire à redaction@exemple.fr.'),
      ['Voir', 'https://exemple.fr/a?b=1', ',', 'ou', 'écrire', 'à', 'redaction@exemple.fr', '.'],
    );
  });
  it('makes one token of an ellipsis', () => {
    assert.deepEqual(words('fr', 'Et puis... rien… Fin'), [
      'Et',
      'puis',
      '...',
      'rien',
      '…',
      'Fin',
    ]);
  });
  it('separates guillemets with and without inner spaces', () => {
    assert.deepEqual(words('fr', '«à la va-vite» et « mettre fin »'), [
      '«',
      'à',
      'la',
      'va-vite',
      '»',
      'et',
      '«',
      'mettre',
      'fin',
      '»',
    ]);
  });
});

describe('English tokens', () => {
  it('splits clitics as words of one multiword token', () => {
    const doc = segmenterFor('en').segment("He didn't say it's Blinken's plan; we can't.");
    assert.deepEqual(
      doc.tokens.map((t) => t.text),
      ['He', 'did', "n't", 'say', 'it', "'s", 'Blinken', "'s", 'plan', ';', 'we', 'ca', "n't", '.'],
    );
    assert.deepEqual(doc.tokens[1].mwt, { start: 3, end: 9 });
  });
  it('keeps titles and initialisms with their period', () => {
    const text = 'Mr. Blinken met U.S. officials and Gen. Smith on Jan. 5.';
    assert.deepEqual(words('en', text), [
      'Mr.',
      'Blinken',
      'met',
      'U.S.',
      'officials',
      'and',
      'Gen.',
      'Smith',
      'on',
      'Jan.',
      '5',
      '.',
    ]);
    assert.equal(sentences('en', text).length, 1);
  });
  it('splits hyphens and slashes between letters', () => {
    assert.deepEqual(words('en', 'a long-term and/or 2-1 deal'), [
      'a',
      'long',
      '-',
      'term',
      'and',
      '/',
      'or',
      '2-1',
      'deal',
    ]);
  });
  it('keeps a run of exclamation or question marks as one token', () => {
    assert.deepEqual(words('en', 'No way!!! Really?!'), ['No', 'way', '!!!', 'Really', '?!']);
  });
});

describe('sentences', () => {
  it('an abbreviated title after a hyphen ends no sentence: then-Sen., ex-Gov.', () => {
    const text = 'The plan was drafted by then-Sen. Ana Ruiz and ex-Gov. Tom Bell. It failed.';
    assert.deepEqual(sentences('en', text), [
      'The plan was drafted by then-Sen. Ana Ruiz and ex-Gov. Tom Bell.',
      'It failed.',
    ]);
  });
  it('does not split inside « … » and keeps the « : » speaker with the quote', () => {
    const text =
      '«Il a demandé un contact. Monsieur Lavrov lui a parlé. Il n’y a pas eu de réunion, etc.» : la porte-parole a réagi. Elle a conclu.';
    assert.deepEqual(sentences('fr', text), [
      '«Il a demandé un contact. Monsieur Lavrov lui a parlé. Il n’y a pas eu de réunion, etc.» : la porte-parole a réagi.',
      'Elle a conclu.',
    ]);
  });
  it('handles inner “ … ” inside « … »', () => {
    const text = '« Il a parlé de “paix. Juste” hier. » Puis il est parti.';
    assert.deepEqual(sentences('fr', text), [
      '« Il a parlé de “paix. Juste” hier. »',
      'Puis il est parti.',
    ]);
  });
  it('splits after a quote that ends a sentence', () => {
    const text = 'Il a dit : « C’est fini. » Le ministre est reparti.';
    assert.deepEqual(sentences('fr', text), [
      'Il a dit : « C’est fini. »',
      'Le ministre est reparti.',
    ]);
  });
  it('does not split after M. or Monsieur', () => {
    const text = 'Le ministre M. Lavrov a parlé. Monsieur Lavrov est reparti.';
    assert.deepEqual(sentences('fr', text), [
      'Le ministre M. Lavrov a parlé.',
      'Monsieur Lavrov est reparti.',
    ]);
  });
  it('does not split before a lower-case word', () => {
    assert.equal(sentences('fr', 'Les chiffres sont bons, etc. et ils progressent.').length, 1);
  });
  it('lets a quotation run across paragraphs without merging them', () => {
    const text = '« Nous irons jusqu’au bout.\n\n« Nous ne céderons pas », a-t-il ajouté.';
    const doc = segmenterFor('fr').segment(text);
    assert.equal(doc.paragraphs.length, 2);
    assert.deepEqual(
      doc.sentences.map((s) => s.paragraph),
      [0, 1],
    );
  });
  it('survives unbalanced quotation marks', () => {
    assert.deepEqual(sentences('fr', '« Rien ne va. Tout va mal. Fin.'), [
      '« Rien ne va.',
      'Tout va mal.',
      'Fin.',
    ]);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and trims', () => {
    const text = ' Premier.\n\n  Deuxième\nsuite.\n \nTroisième. ';
    assert.deepEqual(
      splitParagraphs(text).map((p) => text.slice(p.start, p.end)),
      ['Premier.', 'Deuxième\nsuite.', 'Troisième.'],
    );
  });
  it('takes one paragraph per line when no line is blank', () => {
    assert.equal(splitParagraphs('Un.\nDeux.\nTrois.').length, 3);
  });
});
