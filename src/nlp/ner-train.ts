#!/usr/bin/env node
/**
 * NER training from the command line, for trying data mixes before
 * `npm run train` picks the default plan:
 *   node dist/src/nlp/ner-train.js --lang fr                 train and write models/fr/
 *   node dist/src/nlp/ner-train.js --lang fr --plan '{...}'  train a plan, print dev scores only
 */
import { join } from 'node:path';
import { dataRoot, projectRoot } from '../util/paths.js';
import {
  DEFAULT_PLANS,
  DEV_CORPUS,
  evaluateOn,
  trainNer,
  trainNerModel,
  type NerTrainingPlan,
} from './ner-training.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const lang = option('--lang') === 'en' ? 'en' : 'fr';
  const seed = Number(option('--seed') ?? 1);
  const log = (m: string) => console.log(m);
  const planJson = option('--plan');
  if (planJson === undefined) {
    await trainNer({
      lang,
      dataRoot: dataRoot(),
      outDir: join(projectRoot, 'models', lang),
      seed,
      log,
    });
    return;
  }
  const plan: NerTrainingPlan = { ...DEFAULT_PLANS[lang], ...(JSON.parse(planJson) as object) };
  const started = Date.now();
  const model = trainNerModel(lang, plan, dataRoot(), seed, log);
  log(
    `trained in ${((Date.now() - started) / 1000).toFixed(0)} s, ${model.perceptron.featureCount} features`,
  );
  const evalCorpora = (option('--eval') ?? DEV_CORPUS[lang]).split(',');
  for (const corpus of evalCorpora) {
    const r = evaluateOn(model, corpus, dataRoot());
    const core = evaluateOn(model, corpus, dataRoot(), ['PER', 'ORG', 'LOC']);
    log(
      `${corpus}: F1 ${r.f1.toFixed(2)} (PER/ORG/LOC ${core.f1.toFixed(2)}) ${JSON.stringify(r.perType)}`,
    );
  }
}

await main();
