/**
 * Suite `ud`: the tagger, lemmatizer and parser on the frozen UD test sets,
 * gold words, predicted tags (CoNLL 2018 definitions, punctuation included),
 * beside spaCy's published French scores and the project's targets.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { modelDir, readParser, readTagger, UD_MODEL_FILES } from '../nlp/models.js';
import { readUd, udSets } from '../nlp/ud-data.js';
import { cpuSeconds, REPORTED_ATTRIBUTES, scoreUd, type UdScores } from '../nlp/ud-score.js';
import { dataPath } from '../util/paths.js';
import type { Cell, EvalSuite, EvalTable } from './table.js';

const COLUMNS = [
  'set',
  'words',
  'UPOS',
  'UFeats',
  'Lemma',
  'UAS',
  'LAS',
  'UAS gold tags',
  'LAS gold tags',
];

/** Published or required scores shown under ours (Sequoia test for French, EWT test for English). */
const ANCHORS: Record<'fr' | 'en', Record<string, Cell>[]> = {
  fr: [
    {
      set: 'anchor: spaCy fr_core_news_sm, Sequoia test',
      UPOS: 96.23,
      Lemma: 90.76,
      UAS: 88.04,
      LAS: 83.62,
    },
    { set: 'anchor: spaCy fr_core_news_md, Sequoia test', UPOS: 97.13, UAS: 89.64, LAS: 85.87 },
    { set: 'target, Sequoia test', UPOS: 96.5, Lemma: 95, UAS: 88.5, LAS: 84 },
  ],
  en: [{ set: 'target, EWT test', UPOS: 95.5, UAS: 87, LAS: 84 }],
};

const round = (x: number): number => Math.round(x * 100) / 100;

function scoreRow(name: string, s: UdScores): Record<string, Cell> {
  return {
    set: name,
    words: s.words,
    UPOS: round(s.upos),
    UFeats: round(s.ufeats),
    Lemma: round(s.lemma),
    UAS: round(s.uas),
    LAS: round(s.las),
    'UAS gold tags': round(s.uasGoldTags),
    'LAS gold tags': round(s.lasGoldTags),
  };
}

function languageTables(lang: 'fr' | 'en'): EvalTable[] {
  const title = lang === 'fr' ? 'French' : 'English';
  const dir = modelDir(lang);
  const loadStarted = cpuSeconds();
  const tagger = readTagger(dir);
  const parser = tagger ? readParser(dir) : null;
  const loadMs = 1000 * (cpuSeconds() - loadStarted);
  if (tagger === null || parser === null) {
    return [
      {
        id: `ud-${lang}`,
        title: `UD ${title}`,
        columns: COLUMNS,
        rows: [],
        notes: [`no models in ${dir}: run npm run train -- --lang ${lang}`],
      },
    ];
  }
  const rows: Record<string, Cell>[] = [];
  const featRows: Record<string, Cell>[] = [];
  const notes: string[] = [];
  let headline: UdScores | null = null;
  for (const split of udSets[lang].test) {
    const path = dataPath(split.path);
    if (!existsSync(path)) {
      notes.push(`missing: ${path}`);
      continue;
    }
    const scores = scoreUd(readUd(path), tagger, parser);
    headline ??= scores;
    rows.push(scoreRow(split.name, scores));
    featRows.push({
      set: split.name,
      ...Object.fromEntries(REPORTED_ATTRIBUTES.map((a) => [a, round(scores.attributes[a] ?? 0)])),
    });
  }
  rows.push(...ANCHORS[lang]);
  notes.push(
    'gold words (multiword tokens split as in the treebank); UAS/LAS over all words, punctuation included',
    `trained on ${udSets[lang].train.map((s) => s.name).join(' + ')}; tuned on ${udSets[lang].dev.name}`,
  );
  const bytes = Object.values(UD_MODEL_FILES)
    .map((f) => join(dir, f))
    .filter((p) => existsSync(p) && p.endsWith('.gz'))
    .reduce((n, p) => n + statSync(p).size, 0);
  const tables: EvalTable[] = [
    {
      id: `ud-${lang}`,
      title: `UD ${title}: gold words, predicted tags`,
      columns: COLUMNS,
      rows,
      notes,
    },
    {
      id: `ud-${lang}-features`,
      title: `UD ${title}: per-feature accuracy (words where gold or prediction has the feature)`,
      columns: ['set', ...REPORTED_ATTRIBUTES],
      rows: featRows,
    },
  ];
  if (headline) {
    tables.push({
      id: `ud-${lang}-speed`,
      title: `UD ${title}: speed and size (one core, CPU time, ${udSets[lang].test[0].name})`,
      columns: [
        'tagging tokens/s',
        'parsing tokens/s',
        'tag+parse tokens/s',
        'load ms',
        'weights KB (gzip)',
      ],
      rows: [
        {
          'tagging tokens/s': Math.round(headline.taggingSpeed),
          'parsing tokens/s': Math.round(headline.parsingSpeed),
          'tag+parse tokens/s': Math.round(
            1 / (1 / headline.taggingSpeed + 1 / headline.parsingSpeed),
          ),
          'load ms': Math.round(loadMs),
          'weights KB (gzip)': Math.round(bytes / 1024),
        },
      ],
      notes: [
        'after a warm-up pass over 300 sentences; tagging includes lemmatization; load: CPU time to read the weights',
        'target: tag + parse leave room for a whole pipeline at ≥ 20,000 tokens/s',
      ],
    });
  }
  return tables;
}

export const udSuite: EvalSuite = {
  id: 'ud',
  description:
    'POS, features, lemmas, dependencies on UD test sets (fr: Sequoia, GSD, PUD, ParTUT; en: EWT, PUD)',
  run: () => [...languageTables('fr'), ...languageTables('en')],
};
