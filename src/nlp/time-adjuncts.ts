/**
 * Bare nominal time adjuncts between a subject and its verb: "The group earlier this month
 * claimed …", "Prime Minister David Cameron this week announced …". Reading left to right, the
 * parser takes the determined nominal right before the verb for its subject: the verb then has
 * two subjects, or, when the name before was already closed, the name becomes the root with
 * the clause hung on it. A predicate has one subject, and a subject comes first; the nominal
 * after it is the verb's unmarked oblique (UD `obl:unmarked`, `obl:tmod` in older treebanks).
 */
import type { Dependency, WordTagsInput } from './parser.js';

const NOMINAL = /^(NOUN|PROPN|PRON)$/;
/** What a time nominal has before its noun: "this week", "last year", "earlier this month". */
const TIME_MODIFIER = /^(det|amod|advmod)$/;

/** Rewrites `deps` in place; `labels` is the parser's label set (the adjunct's label is chosen from it). */
export function attachTimeAdjuncts(
  tags: WordTagsInput[],
  deps: Dependency[],
  labels: readonly string[],
): void {
  const adjunct = ['obl:unmarked', 'obl:tmod', 'obl:mod', 'obl'].find((l) => labels.includes(l));
  if (!adjunct) return;
  const children = (head: number) => deps.flatMap((d, i) => (d.head === head ? [i] : []));
  // A determined or modified common noun right before the verb (or its auxiliaries and adverbs),
  // with only its determiner and modifiers before it.
  const isAdjunct = (noun: number, verb: number) =>
    tags[noun].upos === 'NOUN' &&
    children(noun).every((c) => c < noun && TIME_MODIFIER.test(deps[c].deprel)) &&
    children(noun).some((c) => deps[c].deprel === 'det' || deps[c].deprel === 'amod') &&
    tags.slice(noun + 1, verb).every((t) => /^(AUX|ADV|PART)$/.test(t.upos));
  // No comma or other mark between: a fronted adjunct set off by one comes first instead
  // ("Cet après-midi, … la MJC accueillera").
  const unbroken = (from: number, to: number) =>
    tags.slice(from + 1, to).every((t) => t.upos !== 'PUNCT' && t.upos !== 'VERB');
  // The subjects before each verb, gathered in one pass: most sentences have none to repair.
  const subjectsOf = new Map<number, number[]>();
  deps.forEach((d, i) => {
    if (d.deprel === 'nsubj' && i < d.head)
      subjectsOf.set(d.head, [...(subjectsOf.get(d.head) ?? []), i]);
  });
  for (const [verb, subjects] of subjectsOf) {
    if (tags[verb].upos !== 'VERB' || !tags[verb].feats.includes('VerbForm=Fin')) continue;
    // Two subjects: the later one, a time nominal, is an adjunct.
    if (subjects.length === 2 && NOMINAL.test(tags[subjects[0]].upos)) {
      if (isAdjunct(subjects[1], verb) && unbroken(subjects[0], verb))
        deps[subjects[1]] = { head: verb, deprel: adjunct };
      continue;
    }
    // A nominal as the root with the verb hung on it: the nominal is the verb's subject.
    const root = deps[verb].head;
    if (
      subjects.length !== 1 ||
      root < 0 ||
      root > subjects[0] ||
      deps[root].head !== -1 ||
      !/^(NOUN|PROPN)$/.test(tags[root].upos) ||
      !isAdjunct(subjects[0], verb) ||
      deps[verb].deprel.startsWith('acl') ||
      !unbroken(root, verb) ||
      // only the name's own words between it and the adjunct ("Prime Minister David Cameron")
      deps.slice(root + 1, subjects[0]).some((d) => d.head !== root && d.head !== subjects[0])
    )
      continue;
    deps[subjects[0]] = { head: verb, deprel: adjunct };
    for (const c of children(root)) if (c > verb) deps[c] = { head: verb, deprel: deps[c].deprel };
    deps[verb] = { head: -1, deprel: 'root' };
    deps[root] = { head: verb, deprel: 'nsubj' };
  }
}
