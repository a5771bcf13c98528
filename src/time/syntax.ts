/**
 * What the tagger and parser say about the verb a temporal expression hangs on, for the time
 * layer (`FindTimexOptions.presentAt`): language-neutral, from UD features and relations.
 */
import type { Doc } from '../document.js';
import { tokenAt } from '../segment/tokens.js';

/** UD relations of a time adjunct of a verb; a bare weekday after the verb is often parsed as its object. */
const TIME_MODIFIER = /^(?:obl|advmod|nmod:tmod|obj)(?::|$)/;

/**
 * Whether the verb an expression at [start, end) depends on is a finite indicative present
 * without auxiliary ("the summit opens Friday", "se rend jeudi"), as opposed to a past
 * ("s'est rendu", "met"), a participle or an infinitive.
 */
export function presentTenseAt(doc: Doc): (start: number, end: number) => boolean {
  const { tokens, tags, dependencies } = doc;
  if (!tags || !dependencies) return () => false;
  const auxiliaries = new Set<number>();
  dependencies.forEach((d) => {
    if (d.deprel === 'aux' || d.deprel.startsWith('aux:')) auxiliaries.add(d.head);
  });
  return (start) => {
    const at = tokenAt(tokens, start);
    if (at < 0) return false;
    // The expression's first word must modify the verb itself ("opens" ← "Friday"), not a
    // noun or another date ("bought from Sept. 14 to Thursday").
    const head = dependencies[at].head;
    if (head < 0 || !TIME_MODIFIER.test(dependencies[at].deprel)) return false;
    const { feats } = tags[head];
    return (
      isPresentVerb(tags[head]) &&
      !auxiliaries.has(head) &&
      feats.includes('VerbForm=Fin') &&
      !feats.includes('Mood=Sub') &&
      !feats.includes('Mood=Imp')
    );
  };
}

/** Whether the word starting at a character offset is a verb the tagger reads in the present. */
export function presentVerbAt(doc: Doc): (start: number) => boolean {
  const { tokens, tags } = doc;
  if (!tags) return () => false;
  return (start) => {
    const at = tokenAt(tokens, start);
    if (at < 0 || tokens[at].start !== start) return false;
    return isPresentVerb(tags[at]);
  };
}

/** A verb or auxiliary the tagger reads in the present tense. */
function isPresentVerb({ upos, feats }: { upos: string; feats: string }): boolean {
  return (upos === 'VERB' || upos === 'AUX') && feats.includes('Tense=Pres');
}
