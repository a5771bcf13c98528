/**
 * Nouns and adjectives that frame an attribution: "Trump's claim that …", "his attacks on
 * Clinton", "questions whether …", "Democrats are convinced that …", "critical of the plan".
 * Finds the complement that carries the content, as the word's entry in speech.json allows,
 * and the source the sentence names for it (never a guess: none is null).
 */
import type { NominalEntry, NominalSlot, SpeechLexicon } from './lexicon.js';
import type { Tree } from './tree.js';

export interface NominalFrame {
  /** Head of the content: a clause's or infinitive's verb, or the noun after the preposition. */
  content: number;
  /** Head of the source phrase, or null when the sentence names none. */
  source: number | null;
  /** The verb whose subject the source is ("made the claim", "seems eager"), if any. */
  verb: number | null;
  /** Whether the source is a subject (of a support verb or of the adjective), not a possessor. */
  subject: boolean;
}

const marked = (t: Tree, j: number, marks: ReadonlySet<string>) =>
  t.children[j].some((k) => t.rel(k) === 'mark' && marks.has(t.forms[k]));

/** The complement of `h` (a noun or adjective) filling `slot`, or null. */
function complementFor(
  t: Tree,
  lex: SpeechLexicon,
  h: number,
  slot: NominalSlot,
  entry: NominalEntry,
): number | null {
  // A clause after the word the parser made its subject is its complement ("est sûre que …").
  const clausal = (rel: string) =>
    /^(acl|ccomp|xcomp|advcl|csubj)/.test(rel) && rel !== 'acl:relcl';
  for (const j of t.children[h]) {
    if (j < h) continue;
    const rel = t.rel(j);
    if (slot === 'clause' && clausal(rel) && marked(t, j, lex.complementizers))
      return madeByItsSubject(t, lex, j) ? null : j;
    if (slot === 'question' && clausal(rel) && marked(t, j, lex.interrogatives)) return j;
    if (
      slot === 'infinitive' &&
      clausal(rel) &&
      t.upos(j) === 'VERB' &&
      marked(t, j, lex.infinitiveMarkers)
    )
      return j;
    if (
      slot === 'object' &&
      /^(nmod|obl)/.test(rel) &&
      rel !== 'nmod:poss' &&
      t.children[j].some(
        (k) => k < j && t.rel(k) === 'case' && (entry.cases ?? []).includes(t.forms[k]),
      )
    )
      return j;
  }
  if (slot === 'clause') return misparsedClause(t, lex, h);
  return null;
}

/**
 * A that-clause right after `h` that the parser hung elsewhere: on a verb after it ("Despite
 * complaints that the talks had stalled, X said …"), on the verb taking `h` as its object
 * ("a exprimé sa crainte que …"), as the predicate `h` is the subject of ("Trump claims that he …": a verb the tagger read as a noun), or as a
 * relative clause with "that" as its pronoun although the clause has a subject of its own and
 * lacks no object ("the claim that there have been thousands of shootings", "his accusation
 * that X created the group"; not "a charge that she has faced", "remarks that were featured").
 */
function misparsedClause(t: Tree, lex: SpeechLexicon, h: number): number | null {
  const that = h + 1;
  if (that >= t.forms.length || !lex.complementizers.has(t.forms[that])) return null;
  const c = t.head(that);
  if (c <= that) return null;
  if (t.rel(that) === 'mark') {
    const predicate = t.upos(c) === 'VERB' || t.children[c].some((k) => t.rel(k) === 'cop');
    if (!predicate || !t.children[c].some((k) => k > that && t.rel(k).startsWith('nsubj')))
      return null;
    const above =
      t.subtree(c)[0] === that &&
      (t.head(c) > c || (t.head(c) === t.head(h) && t.rel(h) === 'obj'));
    return above || (t.head(h) === c && t.rel(h).startsWith('nsubj')) ? c : null;
  }
  if (t.rel(c) !== 'acl:relcl' || t.head(c) !== h) return null;
  const subject = (k: number) => k !== that && /^(nsubj|expl)/.test(t.rel(k));
  const ownSubject = t.children[c].some(subject) || t.children[that].some(subject);
  const noGap =
    t.rel(that).startsWith('nsubj') ||
    t.children[c].some((k) => k !== that && /^(obj|ccomp|xcomp|cop)/.test(t.rel(k)));
  return ownSubject && noGap && !madeByItsSubject(t, lex, c) ? c : null;
}

/**
 * "the claim that he made", "the statement that she issued": a that-clause whose verb makes or
 * says things and has no object is a relative clause on the noun (the noun is its object), which
 * the parser reads as a complement.
 */
function madeByItsSubject(t: Tree, lex: SpeechLexicon, c: number): boolean {
  const lemma = t.lemma(c);
  const maker = lex.supportVerbs.has(lemma) || lex.verbs.get(lemma)?.content.includes('object');
  return !!maker && !t.children[c].some((k) => /^(obj|ccomp|xcomp)/.test(t.rel(k)));
}

/** The source of noun `n`: its possessor or a name before it, its "by" agent, or a support verb's subject. */
function nounSource(
  t: Tree,
  lex: SpeechLexicon,
  n: number,
  content: number,
  slot: NominalSlot,
): { source: number; verb: number | null } | null {
  const by = (j: number) =>
    t.children[j].some((k) => t.rel(k) === 'case' && lex.passiveMarkers.has(t.forms[k]));
  const owner = t.childrenWith(
    n,
    (rel, j) =>
      rel === 'nmod:poss' ||
      (rel === 'det' && t.hasFeat(j, 'Poss=Yes')) ||
      (rel === 'compound' && j < n && t.upos(j) === 'PROPN') ||
      (rel === 'nmod' && j > n && j !== content && (by(j) || (slot !== 'object' && j < content))),
  );
  // "made the claim that …", "expressed concern that …", "has a plan to …"; a possessive
  // pronoun there is the subject's own ("voiced his fear that …").
  const v = t.head(n);
  const pronoun = owner.length > 0 && /^(PRON|DET)$/.test(t.upos(owner[0]));
  const subject =
    t.rel(n) === 'obj' && v >= 0 && lex.supportVerbs.has(t.lemma(v)) && !t.isPassive(v)
      ? t.childrenWith(v, (rel) => rel === 'nsubj')[0]
      : undefined;
  if (subject !== undefined && (owner.length === 0 || pronoun)) return { source: subject, verb: v };
  return owner.length > 0 ? { source: owner[0], verb: null } : null;
}

const negated = (t: Tree, lex: SpeechLexicon, h: number) =>
  t.children[h].some((k) => /^(det|advmod)/.test(t.rel(k)) && lex.negation.has(t.forms[k]));

/** The attribution noun `n` frames, or null. */
export function nounFrame(t: Tree, lex: SpeechLexicon, n: number): NominalFrame | null {
  const entry = lex.nounFrames.get(t.lemma(n));
  // "made no claim that …": nothing is said.
  if (!entry || negated(t, lex, n)) return null;
  for (const slot of entry.content) {
    const content = complementFor(t, lex, n, slot, entry);
    if (content === null) continue;
    const found = nounSource(t, lex, n, content, slot);
    if (slot === 'object' && entry.sourced && !found) return null;
    const verb = found?.verb ?? null;
    return { content, source: found?.source ?? null, verb, subject: verb !== null };
  }
  return null;
}

/**
 * The attribution predicative adjective `a` frames, with its subject as the source ("Many
 * Democrats are afraid that …", "seems eager to …"); null without a subject or under
 * negation ("is not convinced that": the subject doubts, it does not hold the content).
 */
export function adjectiveFrame(t: Tree, lex: SpeechLexicon, a: number): NominalFrame | null {
  const entry = lex.adjectives.get(t.lemma(a));
  if (!entry || negated(t, lex, a)) return null;
  const copula = t.children[a].some((k) => t.rel(k) === 'cop');
  const v = copula ? a : t.rel(a) === 'xcomp' ? t.head(a) : -1;
  if (v < 0 || (v !== a && negated(t, lex, v))) return null;
  const subject = t.childrenWith(v, (rel) => rel === 'nsubj')[0];
  if (subject === undefined || lex.impersonal.has(t.forms[subject])) return null;
  for (const slot of entry.content) {
    const content = complementFor(t, lex, a, slot, entry);
    if (content !== null)
      return { content, source: subject, verb: v === a ? null : v, subject: true };
  }
  return null;
}
