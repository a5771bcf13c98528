/**
 * Incises in parsed trees: relative clauses (", qui a requis l'anonymat,", ", dont le parti
 * avait remporté …,", ", who asked not to be named,") and participles (", signé le 30 mai
 * 1913,") set off by commas after a nominal. Left to right, the parser settles the incise's
 * verb before it reads the main verb after the closing comma, and on French news it often
 * makes that verb the root ("Le général X, qui commandait les forces, accuse …": accuse a
 * conjunct of commandait) or, for a relative, a conjunct of the main verb. The relative
 * pronoun or the participle right after the comma says what the clause is: it qualifies the
 * nominal before the comma, and the later verb hung on it is the sentence's own.
 */
import type { Dependency, WordTagsInput } from './parser.js';

const NOMINAL = /^(NOUN|PROPN|PRON|NUM)$/;
/** Relations by which the parser hangs an incise's verb, or the main verb on it, wrongly. */
const MISREAD = /^(root|conj|parataxis|ccomp)$/;
/**
 * A relative clause hung as an adverbial clause on a verb after it: a sentential relative
 * (", which surprised everyone") qualifies the clause before it, never one after.
 */
const LATER_ADVERBIAL = /^advcl/;
const NAME_PART = /^(flat|compound|fixed)/;
/** Relations of a nominal that is an argument or modifier, not a predicate. */
const ARGUMENT = /^(nsubj|obj|iobj|obl|nmod|appos)/;
/** Quotation marks that may open a relative incise right after its nominal (l'Otan «qui …», a lancé). */
const QUOTE_OPENERS = new Set(['«', '“', '"']);

/** Rewrites the heads and labels of `deps` in place. */
export function attachIncises(words: string[], tags: WordTagsInput[], deps: Dependency[]): void {
  // `comma`: the mark that opens the incise, a comma or a quotation mark
  for (let comma = 1; comma + 2 < words.length; comma++) {
    const quoted = QUOTE_OPENERS.has(words[comma]);
    if ((words[comma] !== ',' && !quoted) || nominalBefore(tags, deps, comma) < 0) continue;
    const opener = tags[comma + 1];
    const relative = opener.feats.includes('PronType=Rel');
    const participle = !quoted && opener.upos === 'VERB' && opener.feats.includes('VerbForm=Part');
    if (!relative && !participle) continue;
    // the clause's head: the pronoun's verb ("dont le parti avait remporté": dont ← parti ← remporté)
    let verb = comma + 1;
    while (
      deps[verb].head > comma &&
      !/^(acl|advcl|root|conj|parataxis|ccomp)/.test(deps[verb].deprel)
    )
      verb = deps[verb].head;
    const head = deps[verb].head;
    // hung on the right nominal, as an adverbial clause: only the label is wrong ("the party,
    // which had been committed to …, is now wavering"); a nominal predicate may take one
    if (
      relative &&
      LATER_ADVERBIAL.test(deps[verb].deprel) &&
      head >= 0 &&
      head < comma &&
      NOMINAL.test(tags[head].upos) &&
      ARGUMENT.test(deps[head].deprel) &&
      !deps.some((d) => d.head === head && d.deprel === 'cop')
    ) {
      deps[verb] = { head, deprel: 'acl:relcl' };
      continue;
    }
    const misread =
      MISREAD.test(deps[verb].deprel) ||
      (relative && LATER_ADVERBIAL.test(deps[verb].deprel) && head > verb);
    if (!misread) continue;
    // a participle hung on the verb before it is an adjunct of that verb (", citing …")
    if (participle && deps[verb].head !== -1) continue;
    const antecedent = antecedentOf(words, tags, deps, comma, verb);
    const saved = deps.map((d) => ({ ...d }));
    // The incise's verb stands where the main verb should: as the root, or with the
    // nominal before the incise as its own subject ("mais l'Otan «qui considère …», a lancé").
    const displaced = deps[verb].head === -1 || descends(deps, antecedent, verb);
    if (displaced && !promoteMainVerb(words, tags, deps, comma, verb)) continue;
    deps[verb] = { head: antecedent, deprel: relative ? 'acl:relcl' : 'acl' };
    if (!isTree(deps)) deps.splice(0, deps.length, ...saved);
  }
}

/**
 * The nominal the relative clause modifies: the nearest one before the comma, else, when the
 * clause's finite verb does not agree with it in number, the first that does among the nouns
 * it complements ("les résultats du recensement, qui devraient …") and the name an apposition
 * follows ("Vincent Chenal, 19 ans, qui reconnaît …").
 */
function antecedentOf(
  words: string[],
  tags: WordTagsInput[],
  deps: Dependency[],
  comma: number,
  verb: number,
): number {
  const candidates: number[] = [];
  for (let at = nameHead(deps, nominalBefore(tags, deps, comma)); ;) {
    candidates.push(at);
    const head = deps[at].head;
    if (
      head >= 0 &&
      head < at &&
      /^(nmod|appos)/.test(deps[at].deprel) &&
      NOMINAL.test(tags[head].upos)
    )
      at = nameHead(deps, head);
    else {
      // an apposition between commas follows the nominal before it
      const opening = phraseStart(deps, at) - 1;
      if (words[opening] !== ',' || opening < 1 || !NOMINAL.test(tags[opening - 1].upos)) break;
      at = nameHead(deps, opening - 1);
    }
    if (candidates.includes(at)) break;
  }
  let number = '';
  for (let k = comma + 1; k <= verb && number === ''; k++)
    if (/VerbForm=(Fin|Part)/.test(tags[k].feats))
      number = /Number=(\w+)/.exec(tags[k].feats)?.[1] ?? '';
  const agreeing = candidates.find(
    (c) =>
      number === '' ||
      !tags[c].feats.includes('Number=') ||
      tags[c].feats.includes(`Number=${number}`),
  );
  return agreeing ?? candidates[0];
}

/** The nominal that ends right before a comma, or that an adjective there qualifies ("des saignements graves,"); -1 if none. */
function nominalBefore(tags: WordTagsInput[], deps: Dependency[], comma: number): number {
  const last = comma - 1;
  if (NOMINAL.test(tags[last].upos)) return last;
  const head = deps[last].head;
  return tags[last].upos === 'ADJ' &&
    deps[last].deprel === 'amod' &&
    head >= 0 &&
    head < last &&
    NOMINAL.test(tags[head].upos)
    ? head
    : -1;
}

/** The head of the name a word ends ("Philippe Morillon" → Philippe). */
function nameHead(deps: Dependency[], word: number): number {
  let at = word;
  while (NAME_PART.test(deps[at].deprel) && deps[at].head >= 0 && deps[at].head < at)
    at = deps[at].head;
  return at;
}

/** Leftmost word of a word's subtree, punctuation aside. */
function phraseStart(deps: Dependency[], word: number): number {
  for (let k = 0; k < word; k++)
    if (deps[k].deprel !== 'punct' && descends(deps, k, word)) return k;
  return word;
}

function descends(deps: Dependency[], word: number, ancestor: number): boolean {
  let at = word;
  for (let steps = 0; at >= 0 && steps <= deps.length; steps++) {
    if (at === ancestor) return true;
    at = deps[at].head;
  }
  return false;
}

/**
 * The incise's verb stood for the main verb: the verb after the incise's closing comma that
 * hangs on it, on a word of the incise or beside it takes its place (the root, or its head
 * and relation) and the dependents outside the incise. False when there is none.
 */
function promoteMainVerb(
  words: string[],
  tags: WordTagsInput[],
  deps: Dependency[],
  comma: number,
  verb: number,
): boolean {
  const close = words.indexOf(',', verb + 1);
  if (close < 0) return false;
  const place = deps[verb];
  // the main verb hangs on the incise's verb, on a word of the incise, or on the incise's head
  const main = deps.findIndex(
    (d, k) =>
      k > close &&
      (d.head === verb ||
        (d.head > comma && d.head < close) ||
        (place.head >= 0 && d.head === place.head)) &&
      // a verb, or a predicate with its copula ("…, est inutile")
      (/^(VERB|AUX)$/.test(tags[k].upos) || deps.some((c) => c.head === k && c.deprel === 'cop')) &&
      // or an adverbial clause without a conjunction of its own ("…», a appelé à la grève")
      (MISREAD.test(d.deprel) ||
        (LATER_ADVERBIAL.test(d.deprel) &&
          !deps.some((c) => c.head === k && c.deprel === 'mark'))) &&
      !tags[k].feats.includes('VerbForm=Inf'),
  );
  if (main < 0) return false;
  deps[main] = { head: place.head, deprel: place.deprel };
  deps.forEach((d, k) => {
    if (d.head === verb && k !== main && (k < comma || k > close)) d.head = main;
  });
  // the bare nominal before the incise, taken for the incise's adjunct or passive subject, is
  // the main verb's subject, in the main verb's voice
  let k = comma - 1;
  while (k >= 0 && deps[k].head !== main) k--;
  const bare =
    k >= 0 &&
    NOMINAL.test(tags[k].upos) &&
    /^(obl|nmod|obj|nsubj)/.test(deps[k].deprel) &&
    !deps.some((d) => d.head === k && d.deprel === 'case');
  const otherSubject = deps.some(
    (d, j) => j !== k && d.head === main && d.deprel.startsWith('nsubj'),
  );
  if (bare && !otherSubject) {
    const passive = deps.some((d) => d.head === main && d.deprel === 'aux:pass');
    deps[k].deprel = passive ? 'nsubj:pass' : 'nsubj';
  }
  return true;
}

/** Whether every word reaches the single root without a cycle. */
function isTree(deps: Dependency[]): boolean {
  let roots = 0;
  for (let k = 0; k < deps.length; k++) {
    if (deps[k].head === -1) roots++;
    let at = k;
    for (let steps = 0; at !== -1; steps++) {
      if (steps > deps.length) return false;
      at = deps[at].head;
    }
  }
  return roots === 1;
}
