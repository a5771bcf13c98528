#!/usr/bin/env node
/**
 * NER training from the command line, for trying plans before `npm run train`
 * picks the default one:
 *   node dist/src/nlp/ner-train.js --lang fr                 train and write models/fr/
 *   node dist/src/nlp/ner-train.js --lang fr --plan '{...}' [--seeds 1-5]
 *       [--eval sequoia-dev,sequoia-test] [--save DIR]
 *     trains a plan (merged over the default) once per seed on features prepared
 *     once, prints each seed's scores and the mean and range over seeds;
 *     `--save` keeps each seed's model as DIR/ner-<lang>-seed<N>.bin.gz;
 *   node dist/src/nlp/ner-train.js --lang fr --plan '{...}' --folds 5 [--seed N]
 *     cross-validates the plan on its first corpus (see `crossValidate`).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot, projectRoot } from '../util/paths.js';
import {
  buildLexicon,
  DEFAULT_PLANS,
  DEV_CORPUS,
  fitNerModel,
  isHeldOut,
  prepareNerTraining,
  readNerCorpus,
  readNerLanguageData,
  tagCorpus,
  trainNer,
  type NerTrainingPlan,
} from './ner-training.js';
import { countSpans } from './ner-score.js';
import { prf } from '../eval/table.js';

/** `1-5` or `1,3,4`. */
function parseSeeds(text: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const seeds: number[] = [];
    for (let s = Number(range[1]); s <= Number(range[2]); s++) seeds.push(s);
    return seeds;
  }
  return text.split(',').map(Number);
}

const CORE = ['PER', 'ORG', 'LOC'];

function summary(values: number[]): string {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `${mean.toFixed(2)} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
}

/**
 * `--folds N`: N-fold cross-validation on the language's main training corpus
 * (the first source): each fold trains without every N-th sentence and
 * scores on them; a second opinion beside the small dev set.
 */
function crossValidate(
  lang: 'fr' | 'en',
  plan: NerTrainingPlan,
  folds: number,
  seed: number,
  log: (message: string) => void,
): void {
  const corpus = plan.sources[0].corpus;
  const lexicon = buildLexicon(lang, dataRoot(), plan.clusters === true);
  const sentences = readNerCorpus(corpus, dataRoot(), readNerLanguageData(lang).segmentation);
  const total = { tp: 0, fp: 0, fn: 0 };
  const totalAll = { tp: 0, fp: 0, fn: 0 };
  const perFold: number[] = [];
  for (let k = 0; k < folds; k++) {
    const started = Date.now();
    const fold = { corpus, folds, fold: k };
    const set = prepareNerTraining(lang, plan, dataRoot(), () => {}, { lexicon, fold });
    const model = fitNerModel(plan, set, seed, () => {});
    const held = sentences.filter((_, i) => isHeldOut(fold, i));
    const gold = held.map((s) => s.tags);
    const predicted = tagCorpus(model, held);
    const core = countSpans(gold, predicted, CORE).get('ALL')!;
    const all = countSpans(gold, predicted).get('ALL')!;
    for (const key of ['tp', 'fp', 'fn'] as const) {
      total[key] += core[key];
      totalAll[key] += all[key];
    }
    perFold.push(prf(core.tp, core.fp, core.fn).f1);
    log(
      `fold ${k + 1}/${folds}: PER/ORG/LOC ${perFold.at(-1)!.toFixed(2)} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  log(
    `${corpus} ${folds}-fold: PER/ORG/LOC ${prf(total.tp, total.fp, total.fn).f1.toFixed(2)} ` +
      `(folds ${summary(perFold)}), all ${prf(totalAll.tp, totalAll.fp, totalAll.fn).f1.toFixed(2)}`,
  );
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const lang = option('--lang') === 'en' ? 'en' : 'fr';
  const log = (m: string) => console.log(m);
  const planJson = option('--plan');
  if (planJson === undefined) {
    await trainNer({
      lang,
      dataRoot: dataRoot(),
      outDir: join(projectRoot, 'models', lang),
      seed: Number(option('--seed') ?? 1),
      log,
    });
    return;
  }
  const plan: NerTrainingPlan = { ...DEFAULT_PLANS[lang], ...(JSON.parse(planJson) as object) };
  const folds = option('--folds');
  if (folds !== undefined) {
    crossValidate(lang, plan, Number(folds), Number(option('--seed') ?? 1), log);
    return;
  }
  const seeds = parseSeeds(option('--seeds') ?? option('--seed') ?? '1');
  const saveDir = option('--save');
  if (saveDir !== undefined) mkdirSync(saveDir, { recursive: true });
  let started = Date.now();
  const set = prepareNerTraining(lang, plan, dataRoot(), log);
  log(`prepared in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const segmentation = readNerLanguageData(lang).segmentation;
  const corpora = (option('--eval') ?? DEV_CORPUS[lang]).split(',').map((name) => ({
    name,
    sentences: readNerCorpus(name, dataRoot(), segmentation),
    upos: undefined as string[][] | undefined,
    core: [] as number[],
    all: [] as number[],
  }));
  for (const seed of seeds) {
    started = Date.now();
    const model = fitNerModel(plan, set, seed, () => {});
    const line = [`seed ${seed}: ${model.perceptron.featureCount} features`];
    if (saveDir !== undefined) model.save(join(saveDir, `ner-${lang}-seed${seed}.bin.gz`));
    for (const corpus of corpora) {
      corpus.upos ??= model.partsOfSpeech(corpus.sentences.map((s) => s.words));
      const predicted = tagCorpus(model, corpus.sentences, corpus.upos);
      const gold = corpus.sentences.map((s) => s.tags);
      const counts = countSpans(gold, predicted);
      const core = countSpans(gold, predicted, CORE).get('ALL')!;
      const all = counts.get('ALL')!;
      corpus.core.push(prf(core.tp, core.fp, core.fn).f1);
      corpus.all.push(prf(all.tp, all.fp, all.fn).f1);
      const perType = ['PER', 'ORG', 'LOC', 'MISC']
        .map((t) => {
          const c = counts.get(t) ?? { tp: 0, fp: 0, fn: 0 };
          return `${t} ${prf(c.tp, c.fp, c.fn).f1.toFixed(1)}`;
        })
        .join(' ');
      line.push(
        `${corpus.name} PER/ORG/LOC ${corpus.core.at(-1)!.toFixed(2)} all ${corpus.all.at(-1)!.toFixed(2)} [${perType}]`,
      );
    }
    log(line.join(' | ') + ` (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const corpus of corpora) {
    log(
      `${corpus.name} over seeds ${seeds.join(',')}: PER/ORG/LOC ${summary(corpus.core)}, all ${summary(corpus.all)}`,
    );
  }
}

await main();
