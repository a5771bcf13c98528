import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countTimexes, readTimeMLFolder, scoreTimexes } from '../src/eval/time.js';
import { forEachCandidate } from '../src/time/dispatch.js';
import { firstWords } from '../src/time/first-words.js';
import { grammarFor, type CompiledRule } from '../src/time/grammar.js';
import { findTimexes, parseDocumentDate, refineAnchor, type Timex } from '../src/time/index.js';
import { makeArticle } from '../src/ingest/article.js';
import { analyze } from '../src/pipeline.js';
import { analyzeText, sharedData } from './helpers.js';

/** The timex whose text is `surface` (first one). */
function timex(text: string, lang: 'fr' | 'en', date: string | null, surface: string): Timex {
  const found = findTimexes(text, lang, date).find((t) => t.text === surface);
  assert.ok(
    found,
    `no timex "${surface}" in: ${JSON.stringify(findTimexes(text, lang, date).map((t) => t.text))}`,
  );
  assert.equal(text.slice(found.start, found.end), found.text);
  return found;
}

const value = (text: string, lang: 'fr' | 'en', date: string | null, surface: string) =>
  timex(text, lang, date, surface).value;

test('French seed cases with a month-precision document date (2023-03)', () => {
  const article =
    "Le conseil municipal s'est réuni ce 2 mars en séance extraordinaire. Jeudi, le maire avait présenté le budget.";
  assert.equal(value(article, 'fr', '2023-03', 'ce 2 mars'), '2023-03-02');
  const thursday = timex(article, 'fr', '2023-03', 'Jeudi');
  assert.equal(thursday.value, '2023-03-02');
  assert.equal(thursday.anchored, true);
  assert.equal(
    value("Les travaux commencés l'été dernier sont achevés.", 'fr', '2023-03', "l'été dernier"),
    '2022-SU',
  );
  assert.equal(
    value(
      'La décision, prise en novembre dernier, reste contestée.',
      'fr',
      '2023-03',
      'novembre dernier',
    ),
    '2022-11',
  );
  assert.equal(
    value("Le chiffre d'affaires a baissé l'an dernier.", 'fr', '2023-03', "l'an dernier"),
    '2022',
  );
  assert.equal(
    value("Il était déjà candidat l'année dernière.", 'fr', '2023-03', "l'année dernière"),
    '2022',
  );
  assert.equal(
    value('La route a été fermée il y a deux ans.', 'fr', '2023-03', 'il y a deux ans'),
    '2021',
  );
});

test('refineAnchor narrows a partial date with a day the text presents as today', () => {
  const range = refineAnchor(
    'Les syndicats manifestent ce 2 mars devant la préfecture.',
    'fr',
    '2023-03',
  );
  assert.deepEqual(range, {
    lo: { y: 2023, m: 3, d: 2 },
    hi: { y: 2023, m: 3, d: 2 },
    source: 'text',
  });
  assert.equal(refineAnchor('Rien de daté ici.', 'fr', '2023-03')?.source, 'document');
  assert.deepEqual(parseDocumentDate('2023-03-02T08:15:00Z'), {
    lo: { y: 2023, m: 3, d: 2 },
    hi: { y: 2023, m: 3, d: 2 },
    source: 'document',
  });
});

test('French relative days, weeks and parts of day against a full date (Thursday 2023-03-02)', () => {
  const d = '2023-03-02';
  const text =
    "Hier, la mairie a voté. Aujourd'hui, elle publie le texte, demain elle l'affiche. Ce matin, le préfet a signé. " +
    'La semaine dernière, rien. La réunion reprendra dans trois jours.';
  assert.equal(value(text, 'fr', d, 'Hier'), '2023-03-01');
  assert.equal(value(text, 'fr', d, "Aujourd'hui"), '2023-03-02');
  assert.equal(value(text, 'fr', d, 'demain'), '2023-03-03');
  const morning = timex(text, 'fr', d, 'Ce matin');
  assert.equal(morning.type, 'TIME');
  assert.equal(morning.value, '2023-03-02TMO');
  assert.equal(value(text, 'fr', d, 'La semaine dernière'), '2023-W08');
  assert.equal(value(text, 'fr', d, 'dans trois jours'), '2023-03-05');
});

test('French weekdays follow the tense around them', () => {
  const d = '2023-03-01'; // a Wednesday
  assert.equal(
    value('Le ministre a parlé jeudi devant les députés.', 'fr', d, 'jeudi'),
    '2023-02-23',
  );
  assert.equal(value('Il viendra jeudi à Lyon.', 'fr', d, 'jeudi'), '2023-03-02');
  assert.equal(value('Le vote aura lieu jeudi prochain.', 'fr', d, 'jeudi prochain'), '2023-03-02');
  assert.equal(
    value('Le vote aura lieu jeudi prochain.', 'fr', '2023-03-02', 'jeudi prochain'),
    '2023-03-09',
  );
  assert.equal(value('Le vote a eu lieu jeudi dernier.', 'fr', d, 'jeudi dernier'), '2023-02-23');
  // A name that ends like a conditional or a future ("Ankara", "Sierra") is no tense cue;
  // a capitalised verb opening the sentence still is.
  assert.equal(
    value('Des agriculteurs ont défilé jeudi à Ankara.', 'fr', d, 'jeudi'),
    '2023-02-23',
  );
  assert.equal(
    value('Rescued on Tuesday by a trawler, he recovered.', 'en', d, 'Tuesday'),
    '2023-02-28',
  );
});

test('French absolute dates, durations, sets and vague periods', () => {
  const d = '2023-03-02';
  const text =
    'Le 2 mars 2023, la société a annoncé un plan. Depuis trois mois, les salariés attendent, ' +
    'et pendant des jours ils ont manifesté. Une permanence a lieu chaque lundi et le marché tous les jours. ' +
    'En 2022, le chiffre avait progressé ; mi-mars, début 2023 et fin novembre restent des étapes. ' +
    'Dans les années 1990, au XIXe siècle déjà.';
  assert.equal(value(text, 'fr', d, 'Le 2 mars 2023'), '2023-03-02');
  const since = timex(text, 'fr', d, 'trois mois');
  assert.equal(since.type, 'DURATION');
  assert.equal(since.value, 'P3M');
  assert.equal(value(text, 'fr', d, 'des jours'), 'PXD');
  const monday = timex(text, 'fr', d, 'chaque lundi');
  assert.equal(monday.type, 'SET');
  assert.equal(monday.value, 'XXXX-WXX-1');
  assert.equal(value(text, 'fr', d, 'tous les jours'), 'P1D');
  assert.equal(value(text, 'fr', d, '2022'), '2022');
  const midMarch = timex(text, 'fr', d, 'mi-mars');
  assert.equal(midMarch.value, '2023-03');
  assert.equal(midMarch.mod, 'MID');
  const early = timex(text, 'fr', d, 'début 2023');
  assert.equal(early.value, '2023');
  assert.equal(early.mod, 'START');
  assert.equal(timex(text, 'fr', d, 'fin novembre').mod, 'END');
  assert.equal(value(text, 'fr', d, 'les années 1990'), '199X');
  assert.equal(value(text, 'fr', d, 'XIXe siècle'), '18');
  assert.equal(value("À 14 h 30, l'audience a repris.", 'fr', d, '14 h 30'), '2023-03-02T14:30');
});

test('French ages are not durations', () => {
  const found = findTimexes(
    'Un homme de 45 ans a été blessé. Paul Martin, 52 ans, témoigne.',
    'fr',
    '2023-03-02',
  );
  assert.deepEqual(found, []);
});

test('unresolvable expressions stay underspecified, with a reason', () => {
  const noDate = timex('Le maire a parlé jeudi.', 'fr', null, 'jeudi');
  assert.equal(noDate.value, 'XXXX-WXX-4');
  assert.equal(noDate.anchored, false);
  assert.match(noDate.reason ?? '', /no document date/);
  const coarse = timex('Le maire a parlé jeudi.', 'fr', '2023-03', 'jeudi');
  assert.equal(coarse.value, 'XXXX-WXX-4');
  assert.match(coarse.reason ?? '', /too coarse/);
  const yesterday = timex('Hier, le maire a parlé.', 'fr', '2023', 'Hier');
  assert.equal(yesterday.value, 'XXXX-XX-XX');
  assert.equal(yesterday.anchored, false);
  // A year is enough for "l'an dernier" but not for "l'été dernier" (before or after this summer?).
  assert.equal(value("Il est parti l'an dernier.", 'fr', '2023', "l'an dernier"), '2022');
  const summer = timex("Il est parti l'été dernier.", 'fr', '2023', "l'été dernier");
  assert.equal(summer.value, 'XXXX-SU');
  assert.ok(summer.reason);
  // Absolute dates need no anchor.
  assert.equal(timex('Signé le 2 mars 2023.', 'fr', null, 'le 2 mars 2023').value, '2023-03-02');
});

test('English equivalents', () => {
  const d = '2023-03-02'; // a Thursday
  const text =
    'Sales fell last summer and again last November. The board met on Thursday and last week. ' +
    'Two years ago the plant closed; yesterday it reopened. Prices have risen for three months. ' +
    'Inspections happen every Monday. The law was signed on March 2, 2023, or 2 March 2023, and revised in early 2023. ' +
    'It was popular in the 1990s.';
  assert.equal(value(text, 'en', d, 'last summer'), '2022-SU');
  assert.equal(value(text, 'en', d, 'last November'), '2022-11');
  assert.equal(value(text, 'en', d, 'Thursday'), '2023-03-02');
  assert.equal(value(text, 'en', d, 'last week'), '2023-W08');
  assert.equal(value(text, 'en', d, 'Two years ago'), '2021');
  assert.equal(value(text, 'en', d, 'yesterday'), '2023-03-01');
  assert.equal(value(text, 'en', d, 'three months'), 'P3M');
  assert.equal(timex(text, 'en', d, 'every Monday').type, 'SET');
  assert.equal(value(text, 'en', d, 'every Monday'), 'XXXX-WXX-1');
  assert.equal(value(text, 'en', d, 'March 2, 2023'), '2023-03-02');
  assert.equal(value(text, 'en', d, '2 March 2023'), '2023-03-02');
  assert.equal(timex(text, 'en', d, 'early 2023').mod, 'START');
  assert.equal(value(text, 'en', d, 'the 1990s'), '199X');
  assert.equal(value('She will visit on Thursday.', 'en', '2023-03-01', 'Thursday'), '2023-03-02');
  assert.equal(value('She may arrive on Friday.', 'en', '2023-03-01', 'Friday'), '2023-02-24');
  assert.ok(!findTimexes('She may arrive.', 'en', d).some((t) => t.text.toLowerCase() === 'may'));
});

test('French TimeBank: the scorer over a few documents stays above floors', (t) => {
  const folder = sharedData(t, 'time', 'french_timebank_1.1', 'Data');
  if (!folder) return;
  const docs = readTimeMLFolder(folder).slice(0, 30);
  const scores = scoreTimexes(countTimexes(docs, 'fr'));
  assert.ok(scores.relaxed.f1 >= 85, `relaxed F1 ${scores.relaxed.f1.toFixed(2)}`);
  assert.ok(scores.strict.f1 >= 80, `strict F1 ${scores.strict.f1.toFixed(2)}`);
  assert.ok(scores.value.f1 >= 75, `value F1 ${scores.value.f1.toFixed(2)}`);
});

// Dispatch: rules are tried only at the words their matches can begin with.

const FRENCH_FIXTURE =
  "Le lundi 3 février 2025, vers 14 h 30, la mairie a annoncé qu'elle rouvrirait le 1er mars. " +
  'Depuis trois semaines, et pendant plus de deux ans auparavant, les riverains attendaient. ' +
  "Hier soir, le préfet, âgé de 58 ans, a rappelé qu'au XIXe siècle déjà, dans les années 1890, " +
  "le marché se tenait tous les mardis. L'été dernier, mi-juillet, puis à l'automne 2024 et au printemps prochain : " +
  'chaque semaine, un bilan hebdomadaire. Il y a quinze jours, le 12/03/2024, la veille du vote, et le lendemain à midi. ' +
  "Ce matin-là, cette année, le mois prochain, d'ici 2030, les 18-25 ans, 1 500 personnes, 2,5 %, 45 km, vingt-deux mois. " +
  'Stage du 19 au 23 juillet, scrutin les 6 et 13 avril, puis Noël, la Toussaint et cette fête de Pentecôte.';

const ENGLISH_FIXTURE =
  'On Monday, February 3, 2025, at 2:30 p.m., the council said it would reopen on March 1st. ' +
  'For three weeks, and for more than two years before that, residents had waited. ' +
  'Last night the 58-year-old mayor recalled that in the 19th century, in the 1890s, the market was held every Tuesday. ' +
  'Last summer, in mid-July, then in the fall of 2024 and next spring: every week, a weekly report. ' +
  'Two weeks ago, on 3/12/2024, the day before the vote, and the next day at noon. This morning, this year, ' +
  'next month, by 2030, the first quarter, 1,500 people, 2.5%, 45 miles. May she come? In May 2024, yesterday, ' +
  "tonight, recently, the past few decades, a decade and a half ago, twenty-two months, the '90s. " +
  'The fair runs from April 6 to 13; it takes between 12 and 18 months, until Thanksgiving Day or last Easter.';

/** A rule with the whole-word boundaries on both sides, as a scan over the whole text needs them. */
function scanningRegex(rule: CompiledRule, flags: string): RegExp {
  const word = '[\\p{L}\\p{N}]';
  return new RegExp(
    `(?:(?<!${word})|(?=[^\\p{L}\\p{N}]))(?:${rule.source})(?:(?!${word})|(?<!${word}))`,
    flags,
  );
}

/** Per rule, the positions the dispatch proposes. */
function proposals(lower: string, lang: 'fr' | 'en'): Set<number>[] {
  const grammar = grammarFor(lang);
  const byRule = grammar.rules.map(() => new Set<number>());
  forEachCandidate(lower, grammar.dispatch, (pos, rules) => {
    for (const r of rules) byRule[r].add(pos);
  });
  return byRule;
}

test('every rule of both grammars compiles', () => {
  for (const lang of ['fr', 'en']) {
    for (const rule of grammarFor(lang).rules) {
      assert.ok(rule.regex.sticky && rule.bounded.sticky, `${lang} rule ${rule.index}`);
    }
  }
});

test('the dispatch proposes every position where a rule can match (fixtures, all positions)', () => {
  for (const [lang, text] of [
    ['fr', FRENCH_FIXTURE],
    ['en', ENGLISH_FIXTURE],
  ] as const) {
    const lower = text.toLowerCase();
    const proposed = proposals(lower, lang);
    let matches = 0;
    for (const rule of grammarFor(lang).rules) {
      const re = scanningRegex(rule, 'uy');
      for (let pos = 0; pos < lower.length; pos++) {
        re.lastIndex = pos;
        const m = re.exec(lower);
        if (!m || m[0].length === 0) continue;
        matches++;
        assert.ok(
          proposed[rule.index].has(pos),
          `${lang} rule ${rule.index} matches "${m[0]}" at ${pos} but is not proposed there`,
        );
      }
    }
    assert.ok(
      matches > 40,
      `${lang}: only ${matches} matches, the fixture is too poor to test anything`,
    );
  }
});

test('the dispatch proposes every match a whole-text scan finds in the corpora', (t) => {
  const ftib = sharedData(t, 'time', 'french_timebank_1.1', 'Data');
  const te3 = sharedData(t, 'time', 'tempeval3', 'Training', 'TBAQ-cleaned', 'TimeBank');
  if (!ftib || !te3) return;
  for (const [lang, folder] of [
    ['fr', ftib],
    ['en', te3],
  ] as const) {
    const lower = readTimeMLFolder(folder)
      .slice(0, 40)
      .map((d) => d.text)
      .join('\n\n')
      .toLowerCase();
    const proposed = proposals(lower, lang);
    for (const rule of grammarFor(lang).rules) {
      for (const m of lower.matchAll(scanningRegex(rule, 'gu'))) {
        if (m[0].length === 0) continue;
        assert.ok(
          proposed[rule.index].has(m.index),
          `${lang} rule ${rule.index}: "${m[0]}" at ${m.index} not proposed`,
        );
      }
    }
  }
});

test('firstWords: first and second words, digit runs, punctuation and open words', () => {
  const items = (source: string) =>
    firstWords(source)
      .map((i) => JSON.stringify(i))
      .sort();
  const word = (w: string, next?: string, nextIsPrefix?: boolean) =>
    JSON.stringify(
      nextIsPrefix
        ? { kind: 'word', word: w, next, nextIsPrefix }
        : next === undefined
          ? { kind: 'word', word: w }
          : { kind: 'word', word: w, next },
    );
  assert.deepEqual(
    items('(?:le\\s+)?(?:lundi|mardi)'),
    [word('le', 'lundi'), word('le', 'mardi'), word('lundi'), word('mardi')].sort(),
  );
  // Digit runs read as one mark; "1er" is the mark then "er".
  assert.deepEqual(items('(?:\\d+|1er)\\s+ans'), [word('#', 'ans'), word('#er', 'ans')].sort());
  assert.deepEqual(
    items(',?\\s*x'),
    [
      JSON.stringify({
        kind: 'char',
        chars: [
          ',',
          ...' \t\n\r\u000b\f\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'.split(''),
          ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
        ].sort(),
      }),
      word('x'),
    ].sort(),
  );
  // A word of any letters: every word may start a match.
  assert.deepEqual(items('\\p{L}{3,}ait'), [JSON.stringify({ kind: 'prefix', prefix: '' })]);
  // A word still growing after a few rounds of a loop is known by its prefix.
  assert.deepEqual(
    items('the\\s+x+'),
    [word('the', 'x'), word('the', 'xx'), word('the', 'xxx'), word('the', 'xxxx', true)].sort(),
  );
});

test('a match running into a word gives way to a shorter one that ends on its edge', () => {
  // "20234" is no year: the date stops before it, as a whole-text scan with word boundaries does.
  assert.equal(
    value('Signé le 5 mai 20234 à Paris.', 'fr', '2023-03-02', 'le 5 mai'),
    '2023-05-05',
  );
});

test('a word glued to an astral letter is not a word start', () => {
  const found = findTimexes('𝑎mars 2023 et 𝑏hier', 'fr', '2023-03-02').map((t) => t.text);
  assert.deepEqual(found, ['2023']);
});

test('ranges: each end is an expression, completed by the other', () => {
  const d = '2003-02-01';
  const french = findTimexes(
    'Le centre ouvrira du 19 au 23 juillet. Le vote aura lieu les 6 et 13 avril prochains.',
    'fr',
    d,
  );
  assert.deepEqual(
    french.map((t) => [t.text, t.value]),
    [
      ['19', '2003-07-19'],
      ['23 juillet', '2003-07-23'],
      ['les 6', '2003-04-06'],
      ['13 avril prochains', '2003-04-13'],
    ],
  );
  const english = findTimexes(
    'The fair runs from April 6 to 13, 2024. It takes between two and 6 days.',
    'en',
    d,
  );
  assert.deepEqual(
    english.map((t) => [t.text, t.value]),
    [
      ['April 6', '2024-04-06'],
      ['13', '2024-04-13'],
      ['two', 'P2D'],
      ['6 days', 'P6D'],
    ],
  );
  // A second end with its own month is a date of its own.
  assert.deepEqual(
    findTimexes('The fair runs from April 6 to 13 May.', 'en', d).map((t) => [t.text, t.value]),
    [
      ['April 6', '2003-04-06'],
      ['13 May', '2003-05-13'],
    ],
  );
});

test('holidays: fixed days, n-th weekdays and days counted from Easter', () => {
  assert.deepEqual(
    findTimexes(
      "C'est en cette fête de Pentecôte que la course a lieu. La Toussaint et Pâques 2024 suivront.",
      'fr',
      '1999-05-18',
    ).map((t) => [t.text, t.value]),
    [
      ['cette fête de Pentecôte', '1999-05-23'],
      ['La Toussaint', '1999-11-01'],
      ['Pâques 2024', '2024-03-31'],
    ],
  );
  assert.deepEqual(
    findTimexes(
      'Stores were full after Thanksgiving Day, as last Thanksgiving; tourists flew to Easter Island.',
      'en',
      '2000-01-06',
    ).map((t) => [t.text, t.value]),
    [
      ['Thanksgiving Day', '1999-11-25'],
      ['last Thanksgiving', '1999-11-25'],
    ],
  );
  assert.equal(
    value('The parade will take place on Memorial Day.', 'en', '2024-03-01', 'Memorial Day'),
    '2024-05-27',
  );
});

test('a weekday with no tense around it is the one the article tells with a tense', () => {
  // Monday 11 December: the headline's present names the Friday the body puts in the future.
  const article =
    'Inondations : le préfet lève l’alerte vendredi\n\nLe préfet lèvera vendredi l’alerte rouge.';
  const fridays = findTimexes(article, 'fr', '2023-12-11').filter((t) => t.text === 'vendredi');
  assert.deepEqual(
    fridays.map((t) => t.value),
    ['2023-12-15', '2023-12-15'],
  );
  // Told both ways, the bare one keeps its own reading.
  const both = 'Le maire parle vendredi. Il a parlé vendredi. Il parlera vendredi.';
  assert.equal(value(both, 'fr', '2023-12-11', 'vendredi'), '2023-12-08');
});

test('"two weeks after" an event is a duration; only "two weeks after," alone counts from a date', () => {
  const event = findTimexes(
    'The ruling comes two weeks after a similar law was struck down.',
    'en',
    '2022-12-02',
  );
  assert.deepEqual(
    event.map((t) => [t.text, t.value]),
    [['two weeks', 'P2W']],
  );
  const told = 'The law passed on March 3. Two weeks after, the court ruled.';
  assert.equal(value(told, 'en', '2022-12-02', 'Two weeks after'), '2022-03-17');
});

test('what is expected lies ahead: "rain was expected through Thursday" on a Tuesday', () => {
  const text = 'More rain was expected through Thursday, officials said.';
  assert.equal(value(text, 'en', '2023-10-03', 'Thursday'), '2023-10-05');
});

test('a time of day falls on the day named after it, across a link word: "midnight on Friday"', () => {
  // 2024-06-12 is a Wednesday.
  const text = 'The curfew will end at midnight on Friday.';
  assert.equal(value(text, 'en', '2024-06-12', 'midnight'), '2024-06-14T00:00');
});

test('a past ending after a participle auxiliary tells no tense: "will be lifted on Friday"', () => {
  // 2024-06-12 is a Wednesday; "lifted" is nearer to Friday than "will".
  assert.equal(
    value('The ban will be lifted on Friday.', 'en', '2024-06-12', 'Friday'),
    '2024-06-14',
  );
  assert.equal(value('The ban was lifted on Friday.', 'en', '2024-06-12', 'Friday'), '2024-06-07');
});

test('the irregular French futures (aura, sera, fera, ira) put a weekday ahead', () => {
  // 2024-06-12 is a Wednesday.
  assert.equal(value('Le vote aura lieu jeudi.', 'fr', '2024-06-12', 'jeudi'), '2024-06-13');
  assert.equal(value('Le marché sera fermé samedi.', 'fr', '2024-06-12', 'samedi'), '2024-06-15');
});

test('"N years later" counts from the year named before it; "a year earlier" from the report', () => {
  const text = 'The mill opened in 1987 and was sold six years later.';
  assert.equal(value(text, 'en', '2024-06-12', 'six years later'), '1993');
  const compared = 'Sales reached $9 million in 2023, against $7 million a year earlier.';
  assert.equal(value(compared, 'en', '2024-06-12', 'a year earlier'), '2023');
});

test('what is scheduled lies ahead: "is due", "are set to", "est prévu", not "comme prévu"', () => {
  // 2024-06-12 is a Wednesday.
  assert.equal(value('The vote is due on Thursday.', 'en', '2024-06-12', 'Thursday'), '2024-06-13');
  assert.equal(value('Le sommet est prévu jeudi.', 'fr', '2024-06-12', 'jeudi'), '2024-06-13');
  assert.equal(
    value('Comme prévu, il est arrivé jeudi.', 'fr', '2024-06-12', 'jeudi'),
    '2024-06-06',
  );
});

test('a month word inside a person or organisation name is part of the name, not a date', () => {
  const text =
    'Former prime minister Theresa May said on Monday that the vote would take place in May.';
  const names = [{ start: text.indexOf('Theresa'), end: text.indexOf(' said') }];
  const found = (options = {}) =>
    findTimexes(text, 'en', '2023-06-14', options).map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(found({ names }), ['Monday=2023-06-12', 'May=2024-05']);
  // Without the NER's names the surname is read as the month (what the option is for).
  assert.equal(found()[0], 'May=2023-05');
});

test('the pipeline hands the NER names to the time layer', () => {
  const doc = analyze(
    makeArticle({
      source: 'test',
      outlet: null,
      lang: 'en',
      published: '2023-06-14',
      title: null,
      text: 'Agriculture Minister Jan Kowal said prices had fallen since March.',
      metadata: {},
    }),
  );
  assert.deepEqual(
    doc.timexes?.map((t) => t.text),
    ['March'],
  );
});

test('a weekday a plain present verb governs lies ahead; one told in the past lies behind', () => {
  const weekdays = (text: string, lang: 'fr' | 'en') =>
    analyzeText(text, lang, '2024-06-12').timexes?.map((t) => `${t.text}=${t.value}`);
  // Wednesday 2024-06-12: the coming Thursday is the 13th, the last one the 6th.
  assert.deepEqual(weekdays('La ministre se rend jeudi à Varsovie.', 'fr'), ['jeudi=2024-06-13']);
  assert.deepEqual(weekdays('La ministre a rencontré jeudi son homologue.', 'fr'), [
    'jeudi=2024-06-06',
  ]);
  assert.deepEqual(weekdays('The trade fair opens Thursday in Leipzig.', 'en'), [
    'Thursday=2024-06-13',
  ]);
  assert.deepEqual(weekdays('The trade fair closed Thursday in Leipzig.', 'en'), [
    'Thursday=2024-06-06',
  ]);
});

test('a day and month with no tense around them are the nearest such day', () => {
  const dates = (text: string, published: string) =>
    analyzeText(text, 'fr', published).timexes?.map((t) => `${t.text}=${t.value}`);
  // on 14 January, "le 5 décembre" is the December just past
  assert.deepEqual(
    dates('Le 5 décembre, journée de grève nationale, la tension monte.', '2020-01-14'),
    ['Le 5 décembre=2019-12-05'],
  );
  // and in early December, "le 20 janvier" the coming January
  assert.deepEqual(
    dates('Le 20 janvier, journée de grève nationale, la tension monte.', '2019-12-03'),
    ['Le 20 janvier=2020-01-20'],
  );
});

test('a present verb that ends like a past tense tells no past (the tagger reads the word)', () => {
  const dates = (text: string) =>
    analyzeText(text, 'fr', '2024-02-12').timexes?.map((t) => `${t.text}=${t.value}`);
  // « espèrent » ends like « parlèrent »: the tagger reads a present, and March lies ahead
  assert.deepEqual(
    dates('Les syndicats préparent une grève à partir du 4 mars, qu’ils espèrent longue.'),
    ['4 mars=2024-03-04'],
  );
  // a real passé simple still points back
  assert.deepEqual(dates('Les syndicats lancèrent une grève le 4 mars.'), ['le 4 mars=2023-03-04']);
});

test('English scheduling words point a weekday ahead, "scheduled" included', () => {
  const date = '2024-06-12';
  assert.equal(
    value('The merger is scheduled to close Monday.', 'en', date, 'Monday'),
    '2024-06-17',
  );
  assert.equal(
    value('The ferry could sail as early as Tuesday, port officials said.', 'en', date, 'Tuesday'),
    '2024-06-18',
  );
});
