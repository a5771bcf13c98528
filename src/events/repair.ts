/**
 * A repaired copy of the parse for the event coder. The greedy parser often
 * hangs a verb's object on the date or place just before it ("a adopté lundi
 * de nouvelles sanctions", "a arrêté à Dakar le chef de l'opposition"); the
 * event coder reads the copy, the document keeps the parser's own layer.
 */
import type { Doc, Span, TokenDependency } from '../document.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);

export function repairedDependencies(doc: Doc): TokenDependency[] {
  const deps = (doc.dependencies ?? []).map((d) => ({ ...d }));
  const tags = doc.tags ?? [];
  const spans: Span[] = [...(doc.timexes ?? []), ...(doc.places ?? [])];
  const spanOf = (i: number) =>
    spans.find((s) => s.start <= doc.tokens[i].start && doc.tokens[i].end <= s.end) ?? null;
  const children: number[][] = doc.tokens.map(() => []);
  deps.forEach((d, i) => d.head >= 0 && children[d.head].push(i));
  const hasCase = (i: number) => children[i].some((c) => deps[c].deprel === 'case');
  const objects = new Map<number, number>();
  for (let t = 0; t < deps.length; t++) {
    const v = deps[t].head;
    const span = spanOf(t);
    if (!span || v < 0 || tags[v]?.upos !== 'VERB') continue;
    let object =
      objects.get(v) ?? children[v].find((c) => /^obj$/.test(deps[c].deprel) && !spanOf(c)) ?? -1;
    for (const c of children[t]) {
      const inside = doc.tokens[c].start >= span.start && doc.tokens[c].end <= span.end;
      if (inside || spanOf(c) || !NOMINAL.has(tags[c]?.upos ?? '')) continue;
      if (!/^(nmod|appos|conj)/.test(deps[c].deprel) || c < t) continue;
      // A bare noun phrase after the date or place: the verb's object, then its appositions.
      const partitive = deps[c].deprel === 'nmod' && hasCase(c);
      if (object < 0 && (deps[c].deprel !== 'nmod' || partitive)) {
        deps[c] = { head: v, deprel: 'obj' };
        object = c;
        objects.set(v, c);
      } else if (object >= 0 && /^(appos|conj)/.test(deps[c].deprel))
        deps[c] = { head: object, deprel: 'appos' };
    }
    if (/^obj/.test(deps[t].deprel)) deps[t] = { head: v, deprel: 'obl:mod' };
  }
  // A measure is not the head of what it measures: in "25,000 tons of food aid", "40 tonnes
  // de vivres", the aid is the verb's object and the tons its modifier.
  for (let m = 0; m < deps.length; m++) {
    if (tags[m]?.upos !== 'NOUN' || !children[m].some((c) => deps[c].deprel === 'nummod')) continue;
    const measured = children[m].filter(
      (c) => deps[c].deprel === 'nmod' && tags[c]?.upos === 'NOUN' && hasCase(c),
    );
    if (measured.length !== 1 || deps[m].head < 0) continue;
    const n = measured[0];
    deps[n] = { head: deps[m].head, deprel: deps[m].deprel };
    deps[m] = { head: n, deprel: 'nmod' };
  }
  // A bare noun phrase after an active verb with no object, parsed as a predicative
  // complement ("n'ont pas libéré Claire Vasseur" with Claire as xcomp), is the object.
  for (let c = 0; c < deps.length; c++) {
    const v = deps[c].head;
    if (deps[c].deprel !== 'xcomp' || v < 0 || v > c || tags[v]?.upos !== 'VERB') continue;
    if (!NOMINAL.has(tags[c]?.upos ?? '') || hasCase(c)) continue;
    const siblings = children[v].map((k) => deps[k].deprel);
    if (siblings.some((rel) => rel === 'obj' || rel === 'aux:pass')) continue;
    deps[c] = { head: v, deprel: 'obj' };
  }
  return deps;
}
