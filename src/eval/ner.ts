/**
 * Suite `ner`: exact span-and-type precision, recall and F1 (CoNLL style) of
 * the shipped NER models on the frozen test sets, per type, plus speed.
 */
import { existsSync } from 'node:fs';
import { dataPath, dataRoot } from '../util/paths.js';
import { loadNer, type NerModel } from '../nlp/ner.js';
import { countSpans } from '../nlp/ner-score.js';
import { readNerCorpus, readNerLanguageData, tagCorpus } from '../nlp/ner-training.js';
import { prf, type Cell, type EvalSuite, type EvalTable } from './table.js';

interface NerEvalSet {
  lang: 'fr' | 'en';
  corpus: string;
  /** File whose presence says the set is there. */
  path: string[];
  label: string;
  /** Types the set annotates comparably to ours. */
  types: string[];
  /** Published overall F1 on this set, when a reference point is known. */
  anchor?: { f1: number; note: string };
}

const CORE = ['PER', 'ORG', 'LOC'];

const SETS: NerEvalSet[] = [
  {
    lang: 'fr',
    corpus: 'sequoia-test',
    path: ['ner', 'sequoia-parseme-ne', 'sequoia-ud.parseme.frsemcor.test.conllu'],
    label: 'fr Sequoia test',
    types: [...CORE, 'MISC'],
  },
  {
    lang: 'en',
    corpus: 'conll2003-test',
    path: ['ner', 'conll2003-en', 'test.conllu'],
    label: 'en CoNLL-2003 test',
    types: [...CORE, 'MISC'],
    anchor: {
      f1: 88.76,
      note: 'CoNLL-2003 test anchor: best shared-task system (Florian et al. 2003), 88.76 F1 over the four types',
    },
  },
  {
    lang: 'fr',
    corpus: 'wikineural-fr-test',
    path: ['ner', 'wikineural-fr', 'test.conllu'],
    label: 'fr WikiNEuRal test (silver, eval only)',
    types: [...CORE, 'MISC'],
  },
  {
    lang: 'fr',
    corpus: 'hipe2020-fr-test',
    path: ['ner', 'hipe2020-fr', 'HIPE-data-v1.4-test-fr.tsv'],
    label: 'fr HIPE-2020 test (historical, eval only)',
    types: CORE,
  },
  {
    lang: 'en',
    corpus: 'wikigold-en',
    path: ['ner', 'wikigold-en', 'test.conllu'],
    label: 'en WikiGold (eval only)',
    types: [...CORE, 'MISC'],
  },
];

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function accuracyRows(
  set: NerEvalSet,
  model: NerModel,
): { rows: Record<string, Cell>[]; tokens: number; ms: number } {
  const sentences = readNerCorpus(
    set.corpus,
    dataRoot(),
    readNerLanguageData(set.lang).segmentation,
  );
  // Parts of speech come from the tagger, which the pipeline runs before NER: not timed here.
  const upos = model.partsOfSpeech(sentences.map((s) => s.words));
  const predicted = tagCorpus(model, sentences, upos);
  // Timed after that first pass, over at least 200,000 words: the steady rate of a long run.
  const tokens = sentences.reduce((n, s) => n + s.words.length, 0);
  const passes = Math.ceil(200_000 / Math.max(1, tokens));
  // CPU time of this process: on a shared machine, wall-clock time measures the neighbours.
  const started = process.cpuUsage();
  for (let k = 0; k < passes; k++) tagCorpus(model, sentences, upos);
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000 / passes;
  const gold = sentences.map((s) => s.tags);
  const rows: Record<string, Cell>[] = [];
  const row = (type: string, types: string[], anchor: Cell = null) => {
    const c = countSpans(gold, predicted, types).get(type) ?? { tp: 0, fp: 0, fn: 0 };
    const s = prf(c.tp, c.fp, c.fn);
    rows.push({
      set: set.label,
      type,
      P: round(s.p),
      R: round(s.r),
      F1: round(s.f1),
      gold: c.tp + c.fn,
      anchor,
    });
  };
  for (const type of set.types) row(type, set.types);
  const core = countSpans(gold, predicted, CORE).get('ALL')!;
  const coreScore = prf(core.tp, core.fp, core.fn);
  rows.push({
    set: set.label,
    type: 'PER+ORG+LOC',
    P: round(coreScore.p),
    R: round(coreScore.r),
    F1: round(coreScore.f1),
    gold: core.tp + core.fn,
    anchor: null,
  });
  if (set.types.length > CORE.length) row('ALL', set.types, set.anchor?.f1 ?? null);
  return { rows, tokens, ms };
}

export const nerSuite: EvalSuite = {
  id: 'ner',
  description:
    'named entities: exact span+type P/R/F1 (fr Sequoia, en CoNLL-2003, eval-only sets), speed',
  run(): EvalTable[] {
    const rows: Record<string, Cell>[] = [];
    const speed: Record<string, Cell>[] = [];
    const notes: string[] = [];
    for (const set of SETS) {
      if (!existsSync(dataPath(...set.path))) {
        notes.push(`${set.label}: data not found, skipped`);
        continue;
      }
      const started = performance.now();
      const model = loadNer(set.lang);
      const loadMs = performance.now() - started;
      if (model === null) {
        notes.push(`${set.label}: no ${set.lang} NER weights (run npm run train)`);
        continue;
      }
      const result = accuracyRows(set, model);
      rows.push(...result.rows);
      if (set.anchor) notes.push(set.anchor.note);
      speed.push({
        set: set.label,
        tokens: result.tokens,
        'tokens/s': Math.round((1000 * result.tokens) / result.ms),
        'first load ms': Math.round(loadMs),
      });
    }
    notes.push(
      'exact span and type match; Sequoia types map PERS→PER, PROD/EVE→MISC; HIPE coarse literal types, PER/ORG/LOC only',
    );
    return [
      {
        id: 'ner-accuracy',
        title: 'Named entities (exact span+type, %)',
        columns: ['set', 'type', 'P', 'R', 'F1', 'gold', 'anchor'],
        rows,
        notes,
      },
      {
        id: 'ner-speed',
        title:
          'Named-entity tagging speed (tokens per CPU second, one thread, after a warm-up pass)',
        columns: ['set', 'tokens', 'tokens/s', 'first load ms'],
        rows: speed,
      },
    ];
  },
};
