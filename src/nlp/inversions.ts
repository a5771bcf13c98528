/**
 * Subjects inverted after the verb of a relative clause whose pronoun is the object: "ce
 * qu'a annoncé Éric Caldwell", "les mesures qu'a prises le gouvernement". Reading left to
 * right, the parser takes the nominal after the verb for a second object; with the relative
 * pronoun already the object and no subject, it is the subject.
 */
import type { Dependency, WordTagsInput } from './parser.js';

/** Rewrites the labels of `deps` in place. */
export function labelInvertedSubjects(tags: WordTagsInput[], deps: Dependency[]): void {
  for (let pronoun = 0; pronoun < deps.length; pronoun++) {
    const verb = deps[pronoun].head;
    if (
      verb <= pronoun ||
      deps[pronoun].deprel !== 'obj' ||
      !tags[pronoun].feats.includes('PronType=Rel') ||
      !deps[verb].deprel.startsWith('acl:relcl')
    )
      continue;
    let subject = -1;
    let later = -1;
    deps.forEach((d, i) => {
      if (d.head !== verb) return;
      if (d.deprel.startsWith('nsubj')) subject = i;
      if (i > verb && d.deprel === 'obj' && /^(NOUN|PROPN)$/.test(tags[i].upos) && later < 0)
        later = i;
    });
    if (subject < 0 && later >= 0) deps[later] = { head: verb, deprel: 'nsubj' };
  }
}
