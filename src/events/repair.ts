/**
 * A repaired copy of the parse for the event coder. The parser often
 * hangs a verb's object on the date or place just before it ("a adopté lundi
 * de nouvelles sanctions", "a arrêté à Dakar le chef de l'opposition"), takes
 * a relative clause set off by commas for the main clause, or a sentence's
 * past-tense verb for a participle on its subject; the event coder reads the
 * copy, the document keeps the parser's own layers.
 */
import type { Doc, Span, TokenDependency, TokenTags } from '../document.js';
import { countryOfDemonym } from '../places/index.js';
import { firstSpanFrom } from '../util/spans.js';

const NOMINAL = new Set(['NOUN', 'PROPN']);

/** What the repairs need from the language's event cues. */
export interface RepairCues {
  passiveAuxiliaries: Set<string>;
  /** Auxiliaries of the perfect: "a pour sa part dénoncé" (see interruptedPerfects). */
  perfectAuxiliaries: Set<string>;
  /** Nouns and adjectives taking an infinitive complement ("its decision to suspend", "prêt à négocier"). */
  infinitiveHeads: Set<string>;
  /** Lemmas of event nouns, and the markers of their agent ("par", "by"). */
  eventNouns: Set<string>;
  agentCases: Set<string>;
  /** Lemmas of event verbs: a participle the tagger read as an adjective may be one ("and wounded 20"). */
  eventVerbs: Set<string>;
  /** Particles of phrasal verbs ("off"): right after a verb they mark no oblique. */
  particles: Set<string>;
  /** Nouns naming people: a count of people measures nothing ("12 workers near the mine"). */
  people: Set<string>;
  /** Word sequences that bound a count ("up to", "jusqu'à"), as the parser splits them. */
  quantifiers: string[][];
  /** Lemmas of verbs of attack ("attack", "kill"): a result clause goes with the attack before it. */
  attackVerbs: Set<string>;
  /** Lemmas of verbs of saying: a clause-final one with a subject set off by a comma reports. */
  sayingVerbs: Set<string>;
}

export interface RepairedParse {
  dependencies: TokenDependency[];
  tags: TokenTags[];
  /**
   * Nouns set off by a comma after a clause that rename its act and are the object of
   * the clause that follows ("…, a request Berlin has rejected"): noun → the main verb of
   * the act it renames.
   */
  renamings: Map<number, number>;
}

const hasFeat = (tag: TokenTags | undefined, feat: string) =>
  (tag?.feats ?? '_').split('|').includes(feat);

export function repairedParse(doc: Doc, cues: RepairCues): RepairedParse {
  const deps = (doc.dependencies ?? []).map((d) => ({ ...d }));
  const range = { from: new Int32Array(deps.length), to: new Int32Array(deps.length) };
  for (const s of doc.sentences)
    for (let i = s.tokenStart; i < s.tokenEnd && i < deps.length; i++) {
      range.from[i] = s.tokenStart;
      range.to[i] = s.tokenEnd;
    }
  sentenceRanges.set(deps, range);
  const tags = (doc.tags ?? []).map((t) => ({ ...t }));
  const spans: Span[] = [...(doc.timexes ?? []), ...(doc.places ?? [])];
  const spanOf = (i: number) =>
    spans.find((s) => s.start <= doc.tokens[i].start && doc.tokens[i].end <= s.end) ?? null;
  const timexFlags = timexFlagsByToken(doc);
  const inTimex = (i: number) => (timexFlags[i] & IN_TIMEX) !== 0;
  const inDate = (i: number) => (timexFlags[i] & IN_DATE) !== 0;
  const children: number[][] = doc.tokens.map(() => []);
  deps.forEach((d, i) => d.head >= 0 && children[d.head].push(i));
  const hasCase = (i: number) => children[i].some((c) => deps[c].deprel === 'case');
  const objects = new Map<number, number>();
  for (let t = 0; t < deps.length; t++) {
    const v = deps[t].head;
    const span = spanOf(t);
    if (!span || v < 0 || tags[v]?.upos !== 'VERB') continue;
    // "À Jakarta, le porte-parole … a opposé": before the verb, what follows is its subject.
    if (t < v) continue;
    let object =
      objects.get(v) ?? children[v].find((c) => /^obj$/.test(deps[c].deprel) && !spanOf(c)) ?? -1;
    let moved = false;
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
        moved = true;
      } else if (object >= 0 && /^(appos|conj)/.test(deps[c].deprel))
        deps[c] = { head: object, deprel: 'appos' };
    }
    // A date is no object ("called Thursday on Arabs"); a place is, unless the object was
    // hung on it ("opened the Friendship Bridge", "captured Texas").
    const date = (doc.timexes ?? []).some((x) => x.start <= span.start && span.end <= x.end);
    if (/^obj/.test(deps[t].deprel) && (date || moved)) deps[t] = { head: v, deprel: 'obl:mod' };
  }
  // A measure is not the head of what it measures: in "25,000 tons of food aid", "40 tonnes
  // de vivres", the aid is the verb's object and the tons its modifier.
  for (let m = 0; m < deps.length; m++) {
    if (tags[m]?.upos !== 'NOUN' || !children[m].some((c) => deps[c].deprel === 'nummod')) continue;
    // "abducted 12 workers near the mine": people counted are the phrase's head.
    if (cues.people.has((tags[m]?.lemma ?? '').toLowerCase())) continue;
    // "ce 2 mars en marge du sommet": a day of a month measures nothing ("deux jours de
    // négociations", a duration, does).
    if (inDate(m)) continue;
    const measured = children[m].filter(
      (c) => deps[c].deprel === 'nmod' && tags[c]?.upos === 'NOUN' && hasCase(c),
    );
    // "à dix-huit mois de prison": a measure with a preposition of its own is a complement,
    // not the object the repair is about.
    if (measured.length !== 1 || deps[m].head < 0 || hasCase(m)) continue;
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
    // "auraient libéré Claire Vasseur": an auxiliary of the active tagged passive does not count.
    const passive = children[v].some(
      (k) =>
        deps[k].deprel === 'aux:pass' &&
        cues.passiveAuxiliaries.has((tags[k]?.lemma ?? '').toLowerCase()),
    );
    if (passive || children[v].some((k) => deps[k].deprel === 'obj')) continue;
    deps[c] = { head: v, deprel: 'obj' };
  }
  quantifiedObjects(doc, deps, tags, cues);
  phrasalParticles(doc, deps, tags, cues);
  interruptedPerfects(deps, tags, cues);
  markedSubjects(deps, tags);
  conjunctionSubjects(deps, tags);
  doubleSubjects(deps, tags);
  frontedPlaceSubjects(deps, tags);
  gerundObjects(deps, tags);
  unmarkedObjects(deps, tags);
  wordsBeforeDates(deps, tags, inTimex);
  commaRelatives(deps, tags);
  participlesAfterNouns(deps, tags);
  gerundCompounds(doc, deps, tags, cues);
  passiveParticiplesOnObjects(deps, tags);
  participleRoots(deps, tags);
  subjectedParticiples(deps, tags);
  frontedDates(deps, tags, inTimex);
  conjoinedDates(deps, tags, inTimex);
  nounInfinitives(doc, deps, tags, cues);
  nounAgents(doc, deps, tags, cues);
  passiveAgents(doc, deps, tags, cues);
  detachedRelatives(deps, tags, (i) => cues.eventNouns.has((tags[i]?.lemma ?? '').toLowerCase()));
  verbsConjoinedToObjects(deps, tags);
  subjectsConjoinedToNouns(deps, tags);
  listedSubjects(deps, tags);
  bareObliques(deps, tags, inTimex);
  coordinatedParticiples(doc, deps, tags, cues);
  adjectivalVerbs(doc, deps, tags, cues);
  auxiliedAdjectives(deps, tags, cues);
  demonymSubjects(doc, deps, tags);
  nounsConjoinedToVerbs(deps, tags);
  trailingParticiples(deps, tags);
  trailingSources(doc, deps, tags, cues);
  invertedSpeakers(deps, tags, cues);
  infinitivesBeforeSources(deps, tags, cues);
  obliquesBeforeSources(doc, deps, tags, cues);
  attackResults(doc, deps, tags, cues);
  withoutCycles(deps, doc.dependencies ?? []);
  const renamings = renamingNouns(deps, tags);
  return { dependencies: deps, tags, renamings };
}

/**
 * "kidnapped up to 16 advisers": the parser took the words bounding a count for a particle
 * and a preposition, the counted noun for an oblique. Before the number they bound it; the
 * noun is the object of a verb that has none.
 */
function quantifiedObjects(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (const words of cues.quantifiers) {
    for (let p = 0; p + words.length < deps.length; p++) {
      if (!words.every((w, k) => doc.tokens[p + k].text.toLowerCase() === w)) continue;
      const number = p + words.length;
      const noun = deps[number].head;
      if (tags[number]?.upos !== 'NUM' || deps[number].deprel !== 'nummod' || noun < 0) continue;
      const v = deps[noun].head;
      if (!/^obl/.test(deps[noun].deprel) || v < 0 || tags[v]?.upos !== 'VERB') continue;
      if (childrenOf(deps, v).some((c) => /^obj/.test(deps[c].deprel))) continue;
      // Every word of the bound hangs on the verb or the noun, as a particle or a marker.
      const misread = words.every((_, k) => {
        const d = deps[p + k];
        return (
          (d.head === v && d.deprel === 'compound:prt') || (d.head === noun && d.deprel === 'case')
        );
      });
      if (!misread) continue;
      deps[p] = { head: number, deprel: 'advmod' };
      for (let k = 1; k < words.length; k++) deps[p + k] = { head: p, deprel: 'fixed' };
      deps[noun] = { head: v, deprel: 'obj' };
    }
  }
}

/**
 * "Ghana broke off relations with Israel": the parser took the particle right after a verb
 * without object for the preposition of an oblique. The particle belongs to the verb, the
 * noun phrase is its object.
 */
function phrasalParticles(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let p = 1; p < deps.length; p++) {
    const noun = deps[p].head;
    const v = p - 1;
    if (deps[p].deprel !== 'case' || !cues.particles.has(doc.tokens[p].text.toLowerCase()))
      continue;
    if (noun < 0 || deps[noun].head !== v || !/^obl/.test(deps[noun].deprel)) continue;
    if (tags[v]?.upos !== 'VERB' || childrenOf(deps, v).some((c) => /^obj/.test(deps[c].deprel)))
      continue;
    deps[p] = { head: v, deprel: 'compound:prt' };
    deps[noun] = { head: v, deprel: 'obj' };
  }
}

/**
 * "Le ministre a pour sa part dénoncé …", "ont de leur côté appelé à": an adverbial phrase
 * between the auxiliary of the perfect and its participle makes the parser read the
 * auxiliary as the main verb ("avoir") with the phrase as its oblique, and the participle as
 * a clause on that phrase. The participle is the main verb, the auxiliary its auxiliary,
 * the phrase its adverbial; the auxiliary's subject and other dependents are the verb's.
 */
function interruptedPerfects(deps: TokenDependency[], tags: TokenTags[], cues: RepairCues): void {
  for (let p = 2; p < deps.length; p++) {
    const phrase = deps[p].head;
    if (phrase < 0 || phrase > p || !/^acl/.test(deps[p].deprel)) continue;
    if (tags[p]?.upos !== 'VERB' || !hasFeat(tags[p], 'VerbForm=Part')) continue;
    const auxiliary = deps[phrase].head;
    if (auxiliary < 0 || auxiliary > phrase || !/^(obl|nmod)/.test(deps[phrase].deprel)) continue;
    const lemma = (tags[auxiliary]?.lemma ?? '').toLowerCase();
    if (tags[auxiliary]?.upos !== 'VERB' || !cues.perfectAuxiliaries.has(lemma)) continue;
    // The phrase is all that stands between them, and the auxiliary has no object of its own.
    const between = childrenOf(deps, auxiliary).filter((c) => c > auxiliary && c < p);
    if (between.some((c) => c !== phrase)) continue;
    if (childrenOf(deps, auxiliary).some((c) => /^obj/.test(deps[c].deprel))) continue;
    for (const c of childrenOf(deps, auxiliary))
      if (c !== phrase) deps[c] = { ...deps[c], head: p };
    deps[p] = { head: deps[auxiliary].head, deprel: deps[auxiliary].deprel };
    deps[auxiliary] = { head: p, deprel: 'aux:tense' };
    deps[phrase] = { head: p, deprel: 'obl:mod' };
    tags[auxiliary] = { ...tags[auxiliary], upos: 'AUX' };
    tags[p] = {
      ...tags[p],
      feats: (tags[p].feats ?? '_').replace(/\bVoice=Pass\b/, 'Voice=Act'),
    };
  }
}

/**
 * "Washington along with its allies demanded …": the parser made the phrase after the
 * preposition the subject and hung the name before it on that phrase. A subject is marked by
 * no preposition: the name before it is the subject, the marked phrase its modifier.
 */
function markedSubjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let s = 0; s < deps.length; s++) {
    const v = deps[s].head;
    if (v < 0 || !/^nsubj/.test(deps[s].deprel) || tags[v]?.upos !== 'VERB') continue;
    const own = childrenOf(deps, s);
    const marker = own.find((c) => deps[c].deprel === 'case' && c < s);
    if (marker === undefined) continue;
    // A name: "five years after crowds burned …" marks a clause, not a subject.
    const name = own.find((c) => c < marker && tags[c]?.upos === 'PROPN');
    if (name === undefined) continue;
    deps[name] = { head: v, deprel: deps[s].deprel };
    deps[s] = { head: name, deprel: 'nmod' };
  }
}

/**
 * "la première fois que Macron et Scholz se rencontrent": the parser read the conjunction
 * opening a clause as the case marker of the clause's subject, hung on the noun before it. A
 * conjunction marks no noun phrase: the phrase is the subject of the verb after it when that
 * verb has none, and the conjunction marks the verb.
 */
function conjunctionSubjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let s = 0; s < deps.length; s++) {
    if (!NOMINAL.has(tags[s]?.upos ?? '') || !/^nmod/.test(deps[s].deprel)) continue;
    const own = childrenOf(deps, s);
    const conjunction = own.find((c) => deps[c].deprel === 'case' && c < s);
    if (conjunction === undefined || tags[conjunction]?.upos !== 'SCONJ') continue;
    // The verb right after the phrase (past its own words and clitics), with no subject.
    const last = Math.max(s, ...own.flatMap((c) => [c, ...childrenOf(deps, c)]));
    let v = last + 1;
    while (
      v < deps.length &&
      deps[v].head > v &&
      /^(expl|obj|iobj|advmod|aux)/.test(deps[v].deprel)
    )
      v++;
    if (tags[v]?.upos !== 'VERB' || deps[s].head >= v) continue;
    if (childrenOf(deps, v).some((c) => /^(nsubj|csubj)/.test(deps[c].deprel))) continue;
    deps[s] = { head: v, deprel: subjectRelation(deps, v) };
    deps[conjunction] = { head: v, deprel: 'mark' };
  }
}

/**
 * "À Jakarta, le porte-parole du ministère … a opposé un démenti": the parser made the
 * subject an apposition of the fronted place or date before it. A verb with no subject takes
 * the noun phrase set off after its fronted oblique, before the verb.
 */
function frontedPlaceSubjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 0; v < deps.length; v++) {
    if (tags[v]?.upos !== 'VERB') continue;
    const own = childrenOf(deps, v);
    if (own.some((c) => /^(nsubj|csubj|expl)/.test(deps[c].deprel))) continue;
    for (const o of own) {
      if (o > v || !/^obl/.test(deps[o].deprel)) continue;
      const subject = childrenOf(deps, o).find(
        (c) =>
          c > o &&
          c < v &&
          deps[c].deprel === 'appos' &&
          NOMINAL.has(tags[c]?.upos ?? '') &&
          !childrenOf(deps, c).some((k) => deps[k].deprel === 'case'),
      );
      if (subject === undefined) continue;
      deps[subject] = { head: v, deprel: 'nsubj' };
      break;
    }
  }
}

/**
 * "Elle a exhorté M. Dupont à …": the parser made the noun phrase after a verb without object
 * a second subject. A clause has one subject: with one before the verb, the phrase after it
 * is the object.
 */
function doubleSubjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 0; v < deps.length; v++) {
    if (tags[v]?.upos !== 'VERB') continue;
    const own = childrenOf(deps, v);
    if (own.some((c) => /^obj/.test(deps[c].deprel))) continue;
    const subjects = own.filter((c) => deps[c].deprel === 'nsubj');
    if (subjects.length !== 2 || subjects[0] > v || subjects[1] < v) continue;
    const after = subjects[1];
    if (!NOMINAL.has(tags[after]?.upos ?? '')) continue;
    if (childrenOf(deps, after).some((c) => deps[c].deprel === 'case')) continue;
    deps[after] = { head: v, deprel: 'obj' };
  }
}

/**
 * "issued a declaration demanding that …": the parser made the noun after a verb without
 * object the subject of a gerund clause complementing the verb. The noun is the verb's
 * object, the gerund a clause on it.
 */
function gerundObjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let g = 0; g < deps.length; g++) {
    const v = deps[g].head;
    if (v < 0 || v > g || !/^ccomp/.test(deps[g].deprel) || !hasFeat(tags[g], 'VerbForm=Ger'))
      continue;
    if (tags[v]?.upos !== 'VERB' || childrenOf(deps, v).some((c) => /^obj/.test(deps[c].deprel)))
      continue;
    const noun = childrenOf(deps, g).find(
      (c) => c > v && c < g && /^nsubj/.test(deps[c].deprel) && NOMINAL.has(tags[c]?.upos ?? ''),
    );
    if (noun === undefined) continue;
    deps[noun] = { head: v, deprel: 'obj' };
    deps[g] = { head: noun, deprel: 'acl' };
    // "accused Estonia of discriminating": a preposition the parser hung on the noun after it
    // marks the gerund.
    for (const m of childrenOf(deps, noun))
      if (m > noun && m < g && deps[m].deprel === 'case') deps[m] = { head: g, deprel: 'mark' };
  }
}

/**
 * "held talks with leaders of …": the parser made the bare noun right after the verb an
 * unmarked modifier of the verb's object, which has a preposition of its own. The bare noun
 * is the object, the marked phrase its complement.
 */
function unmarkedObjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let n = 1; n < deps.length; n++) {
    const object = deps[n].head;
    const v = n - 1;
    if (deps[n].deprel !== 'nmod:unmarked' || tags[n]?.upos !== 'NOUN') continue;
    if (tags[v]?.upos !== 'VERB' || object <= n || deps[object].head !== v) continue;
    if (deps[object].deprel !== 'obj') continue;
    const marker = childrenOf(deps, object).find(
      (c) => c > n && c < object && deps[c].deprel === 'case',
    );
    if (marker === undefined) continue;
    deps[n] = { head: v, deprel: 'obj' };
    deps[object] = { head: n, deprel: 'nmod' };
  }
}

/**
 * Repairs must leave a tree: where two of them closed a cycle, a repaired arc on it goes
 * back to the parser's, until none is left (the parser's arcs alone form a tree).
 */
function withoutCycles(deps: TokenDependency[], parsed: TokenDependency[]): void {
  // Only a repaired arc can close a cycle: walk up from each one, again after a restored arc.
  for (let restored = true; restored;) {
    restored = false;
    for (let i = 0; i < deps.length; i++) {
      if (deps[i].head === parsed[i].head) continue;
      let j = deps[i].head;
      for (let steps = 0; j >= 0 && j !== i && steps < deps.length; steps++) j = deps[j].head;
      if (j !== i) continue;
      const cycle = [i];
      for (let k = deps[i].head; k !== i; k = deps[k].head) cycle.push(k);
      const repaired = cycle.find((k) => deps[k].head !== parsed[k].head)!;
      deps[repaired] = { ...parsed[repaired] };
      restored = true;
    }
  }
}

/**
 * "a été arrêté mardi à son domicile par la gendarmerie": an agent phrase the parser hung on
 * an oblique of a passive verb is the verb's agent.
 */
function passiveAgents(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let a = 0; a < deps.length; a++) {
    const oblique = deps[a].head;
    if (oblique < 0 || !/^nmod/.test(deps[a].deprel) || !/^obl/.test(deps[oblique].deprel))
      continue;
    const verb = deps[oblique].head;
    if (tags[verb]?.upos !== 'VERB') continue;
    if (!childrenOf(deps, verb).some((c) => deps[c].deprel === 'aux:pass')) continue;
    const marker = childrenOf(deps, a).find((c) => deps[c].deprel === 'case' && c < a);
    if (marker === undefined || !cues.agentCases.has(doc.tokens[marker].text.toLowerCase()))
      continue;
    deps[a] = { head: verb, deprel: 'obl:agent' };
  }
}

/**
 * "l'expulsion de l'ambassadeur de France, qu'elles accusent de …", "son parti, qui dénonce
 * …": a relative clause after a comma that the parser hung on another verb modifies the
 * noun phrase before the comma (its head, up through its complements, not into an event noun).
 */
function detachedRelatives(
  deps: TokenDependency[],
  tags: TokenTags[],
  isEventNoun: (i: number) => boolean,
): void {
  for (let v = 0; v < deps.length; v++) {
    if (tags[v]?.upos !== 'VERB' || /^acl/.test(deps[v].deprel) || deps[v].head < 0) continue;
    const relative = childrenOf(deps, v).find((c) => c < v && hasFeat(tags[c], 'PronType=Rel'));
    if (relative === undefined || relative < 2 || tags[relative - 1]?.upos !== 'PUNCT') continue;
    let noun = relative - 2;
    if (!NOMINAL.has(tags[noun]?.upos ?? '')) continue;
    for (let steps = 0; steps < 4; steps++) {
      const h = deps[noun].head;
      if (h < 0 || h > noun || !/^(flat|nmod)/.test(deps[noun].deprel)) break;
      if (!NOMINAL.has(tags[h]?.upos ?? '') || isEventNoun(h)) break;
      noun = h;
    }
    deps[v] = { head: noun, deprel: 'acl:relcl' };
  }
}

/**
 * "a dénoncé des mesures « illégales » et menacé de riposter": a verb the parser conjoined
 * to the object of another verb is conjoined to that verb.
 */
function verbsConjoinedToObjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 0; v < deps.length; v++) {
    const noun = deps[v].head;
    if (tags[v]?.upos !== 'VERB' || deps[v].deprel !== 'conj' || noun < 0) continue;
    if (!NOMINAL.has(tags[noun]?.upos ?? '') || !/^obj/.test(deps[noun].deprel)) continue;
    const verb = deps[noun].head;
    if (tags[verb]?.upos !== 'VERB') continue;
    if (childrenOf(deps, v).some((c) => /^nsubj/.test(deps[c].deprel))) continue;
    deps[v] = { head: verb, deprel: 'conj' };
  }
}

/**
 * "a appelé Bamako à renouer le dialogue": a name after a verb without object, made an
 * oblique though no preposition marks it and it is no date, is the verb's object.
 */
function bareObliques(
  deps: TokenDependency[],
  tags: TokenTags[],
  isDate: (i: number) => boolean,
): void {
  for (let c = 1; c < deps.length; c++) {
    const v = deps[c].head;
    if (v !== c - 1 || deps[c].deprel !== 'obl:mod' || tags[c]?.upos !== 'PROPN') continue;
    if (tags[v]?.upos !== 'VERB' || isDate(c)) continue;
    if (childrenOf(deps, c).some((k) => /^(case|mark)/.test(deps[k].deprel))) continue;
    if (childrenOf(deps, v).some((k) => /^obj/.test(deps[k].deprel))) continue;
    deps[c] = { head: v, deprel: 'obj' };
  }
}

/** The root of the sentence holding the token. */
function rootOf(deps: TokenDependency[], i: number): number {
  let r = i;
  for (let steps = 0; deps[r].head >= 0 && steps < deps.length; steps++) r = deps[r].head;
  return r;
}

/**
 * "…, a request Berlin has so far rejected", "…, a gesture Ankara welcomed": a relative
 * clause without pronoun after a noun set off by a comma; the parser makes both the noun
 * and the relative clause's subject subjects of its verb (or the subject an apposition of
 * the noun). The noun is the verb's object; it renames the act of the main clause; the
 * verb is a clause of its own.
 */
function renamingNouns(deps: TokenDependency[], tags: TokenTags[]): Map<number, number> {
  const renamings = new Map<number, number>();
  // Set off by a comma after a clause: the noun's first word follows ", ".
  const setOff = (noun: number) => {
    const first = Math.min(
      noun,
      ...childrenOf(deps, noun).filter((c) => c < noun && tags[c]?.upos !== 'PUNCT'),
    );
    return first >= 1 && tags[first - 1]?.upos === 'PUNCT';
  };
  for (let v = 0; v < deps.length; v++) {
    // "a charge the office rejected", "a charge Nairobi rejects".
    const tensed = hasFeat(tags[v], 'Tense=Past') || hasFeat(tags[v], 'Tense=Pres');
    if (tags[v]?.upos !== 'VERB' || !tensed) continue;
    const own = childrenOf(deps, v);
    if (own.some((c) => /^(obj|ccomp|xcomp)$/.test(deps[c].deprel))) continue;
    const subjects = own.filter((c) => c < v && /^nsubj/.test(deps[c].deprel));
    // Read right, the clause is a relative clause on the noun, with no pronoun standing for
    // its object ("…, a gesture Ankara welcomed").
    const relative = deps[v].deprel === 'acl:relcl' ? deps[v].head : -1;
    if (relative >= 0) {
      if (relative > v || tags[relative]?.upos !== 'NOUN' || subjects.length === 0) continue;
      if (own.some((c) => hasFeat(tags[c], 'PronType=Rel'))) continue;
      if (!setOff(relative)) continue;
      const main = rootOf(deps, v);
      if (main === relative) continue;
      deps[relative] = { head: v, deprel: 'obj' };
      deps[v] = { head: main, deprel: 'parataxis' };
      renamings.set(relative, main);
      continue;
    }
    const noun = subjects[0];
    if (noun === undefined || tags[noun]?.upos !== 'NOUN') continue;
    let subject: number | undefined = subjects[1];
    subject ??= childrenOf(deps, noun).find(
      (c) => c > noun && deps[c].deprel === 'appos' && NOMINAL.has(tags[c]?.upos ?? ''),
    );
    if (subject === undefined || !NOMINAL.has(tags[subject]?.upos ?? '')) continue;
    if (!setOff(noun) || deps[v].head < 0) continue;
    const main = rootOf(deps, v);
    if (main === v) continue;
    deps[subject] = { head: v, deprel: 'nsubj' };
    deps[noun] = { head: v, deprel: 'obj' };
    deps[v] = { head: main, deprel: 'parataxis' };
    renamings.set(noun, main);
  }
  return renamings;
}

/**
 * "killed seven people and wounded 20 others": a second past verb the tagger read as an
 * adjective on the conjoined object is a verb conjoined with the first, the noun its object.
 * Only a participle with the first verb's ending whose stem is an event verb of the lexicon.
 */
function coordinatedParticiples(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  const form = (i: number) => doc.tokens[i].text.toLowerCase();
  for (let w = 1; w < deps.length; w++) {
    const noun = deps[w].head;
    if (tags[w]?.upos !== 'ADJ' || deps[w].deprel !== 'amod' || noun <= w) continue;
    if (deps[noun].deprel !== 'conj' || tags[w - 1]?.upos !== 'CCONJ') continue;
    const object = deps[noun].head;
    const verb = object >= 0 ? deps[object].head : -1;
    if (verb < 0 || !/^obj/.test(deps[object].deprel) || tags[verb]?.upos !== 'VERB') continue;
    if (!hasFeat(tags[verb], 'Tense=Past')) continue;
    const ending = form(verb).slice(-2);
    if (form(w).slice(-2) !== ending) continue;
    const stem = verbStem(form(w), cues.eventVerbs);
    if (stem === undefined) continue;
    tags[w] = { ...tags[verb], lemma: stem };
    deps[w] = { head: verb, deprel: 'conj' };
    deps[w - 1] = { head: w, deprel: 'cc' };
    deps[noun] = { head: w, deprel: deps[object].deprel };
  }
}

/**
 * "An earthquake struck …, killing 41 people, officials said": a participle clause the
 * parser hung on the verb of saying after it belongs to the clause before it.
 */
function trailingParticiples(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 0; v < deps.length; v++) {
    const h = deps[v].head;
    if (h <= v || !/^advcl/.test(deps[v].deprel) || !hasFeat(tags[v], 'VerbForm=Part')) continue;
    if (childrenOf(deps, v).some((c) => /^(nsubj|mark|aux)/.test(deps[c].deprel))) continue;
    const before = childrenOf(deps, h)
      .filter(
        (c) => c < v && tags[c]?.upos === 'VERB' && /^(ccomp|parataxis|conj)/.test(deps[c].deprel),
      )
      .pop();
    if (before !== undefined) deps[v] = { head: before, deprel: 'advcl' };
  }
}

/**
 * "Rebels freed 12 workers on Monday, the group and a relief agency said": the parser took the
 * sources after the comma for a conjunct or apposition of a noun before, with the verb of
 * saying as a clause on them. A verb of saying that ends the sentence with no complement, on a
 * noun set off by a comma, is a reporting clause: the noun is its subject, not a party.
 */
function trailingSources(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let v = 0; v < deps.length; v++) {
    if (!isSaying(tags, v, cues)) continue;
    const sentence = doc.sentences[doc.tokens[v].sentence];
    if (!sentence) continue;
    // The noun the verb hangs on, or, for a subjectless root, the conjunct right before it.
    let n = deps[v].head;
    if (n < 0) {
      if (childrenOf(deps, v).some((c) => /^nsubj/.test(deps[c].deprel))) continue;
      // "…, the company and a local official said": conjuncts of a noun before the comma.
      let comma = v - 1;
      while (comma > sentence.tokenStart && doc.tokens[comma].text !== ',') comma--;
      n = comma + 1;
      while (n < v && !NOMINAL.has(tags[n]?.upos ?? '')) n++;
      if (n >= v || deps[n].deprel !== 'conj' || deps[n].head > comma) continue;
      const head = deps[n].head;
      const within = (k: number) => {
        for (let j = k, steps = 0; j >= 0 && steps < 50; j = deps[j].head, steps++)
          if (j === n || (deps[j].head === head && deps[j].deprel === 'conj' && j > comma))
            return true;
        return false;
      };
      let all = true;
      for (let k = comma + 1; k < v; k++) if (!within(k)) all = false;
      if (!all) continue;
      for (let k = n + 1; k < v; k++)
        if (deps[k].head === head && deps[k].deprel === 'conj')
          deps[k] = { head: n, deprel: 'conj' };
      deps[n] = { head: v, deprel: 'nsubj' };
      continue;
    } else if (n > v || !/^acl/.test(deps[v].deprel)) continue;
    if (!NOMINAL.has(tags[n]?.upos ?? '')) continue;
    if (childrenOf(deps, v).some((c) => /^(obj|ccomp|xcomp)/.test(deps[c].deprel) && c > v))
      continue;
    let last = v + 1;
    while (last < sentence.tokenEnd && tags[last]?.upos === 'PUNCT') last++;
    if (last < sentence.tokenEnd) continue;
    // The phrase's first word, after the comma (which the parser may hang on the noun).
    let first = n;
    for (let i = n - 1; i > sentence.tokenStart && doc.tokens[i].text !== ','; i--) {
      let j = i;
      for (let steps = 0; j >= 0 && j !== n && steps < 50; steps++) j = deps[j].head;
      if (j === n) first = i;
      else break;
    }
    if (first <= sentence.tokenStart || doc.tokens[first - 1].text !== ',') continue;
    const root = rootOf(deps, n);
    if (root === n) continue;
    deps[n] = { head: v, deprel: 'nsubj' };
    deps[v] = { head: root, deprel: 'parataxis' };
  }
}

/**
 * "« … », a déclaré jeudi la secrétaire d'État": the parser read the speaker after a verb of
 * saying set in after a quotation as its object. What such a verb says is the quotation: the
 * noun phrase after it, with no subject before, is its subject.
 */
function invertedSpeakers(deps: TokenDependency[], tags: TokenTags[], cues: RepairCues): void {
  for (let v = 0; v < deps.length; v++) {
    if (!isSaying(tags, v, cues)) continue;
    const own = childrenOf(deps, v);
    if (own.some((c) => /^(nsubj|csubj)/.test(deps[c].deprel))) continue;
    // Set in after what it says: hung on the clause before it, or that clause hung on it.
    const setIn =
      (/^parataxis/.test(deps[v].deprel) && deps[v].head >= 0 && deps[v].head < v) ||
      own.some((c) => c < v && /^(ccomp|advcl|parataxis)/.test(deps[c].deprel));
    if (!setIn) continue;
    const object = own.find(
      (c) => c > v && deps[c].deprel === 'obj' && NOMINAL.has(tags[c]?.upos ?? ''),
    );
    if (object !== undefined) deps[object] = { head: v, deprel: 'nsubj' };
  }
}

/**
 * "The government ordered the newspaper to suspend publication, a spokesman said": the parser
 * hung the infinitive on the verb of saying after it. An infinitive with its marker before
 * that verb, after the clause the verb reports, completes that clause's verb.
 */
function infinitivesBeforeSources(
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let c = 0; c < deps.length; c++) {
    const said = deps[c].head;
    if (said <= c || !/^advcl/.test(deps[c].deprel) || !hasFeat(tags[c], 'VerbForm=Inf')) continue;
    if (!isSaying(tags, said, cues)) continue;
    if (!childrenOf(deps, c).some((m) => deps[m].deprel === 'mark' && m < c)) continue;
    const reported = childrenOf(deps, said)
      .filter((v) => v < c && /^(ccomp|parataxis)/.test(deps[v].deprel) && tags[v]?.upos === 'VERB')
      .pop();
    if (reported === undefined) continue;
    deps[c] = { head: reported, deprel: 'xcomp' };
  }
}

/**
 * "Rebels engaged peacekeepers in a firefight near the border, officials said": the parser hung
 * the oblique on the verb of saying after it. An oblique between the clause that verb reports
 * and the comma before the verb, with no comma of its own, completes that clause's verb.
 */
function obliquesBeforeSources(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let said = 1; said < deps.length; said++) {
    if (!isSaying(tags, said, cues)) continue;
    const own = childrenOf(deps, said);
    const reported = own
      .filter(
        (v) => v < said && /^(ccomp|parataxis)/.test(deps[v].deprel) && tags[v]?.upos === 'VERB',
      )
      .pop();
    if (reported === undefined) continue;
    const comma = (from: number, to: number) => {
      for (let k = from + 1; k < to; k++) if (doc.tokens[k].text === ',') return true;
      return false;
    };
    for (const o of own) {
      if (o < reported || !/^obl/.test(deps[o].deprel) || comma(reported, o)) continue;
      if (comma(o, said)) deps[o] = { head: reported, deprel: deps[o].deprel };
    }
  }
}

/**
 * "accused Niger of sheltering rebels who attacked a garrison, killing 14 soldiers": the
 * parser conjoined the participle of an attack's toll, after a comma and with no conjunction,
 * to the main verb. It tells the result of the attack just before it.
 */
function attackResults(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  const attack = (i: number) =>
    tags[i]?.upos === 'VERB' && cues.attackVerbs.has((tags[i]?.lemma ?? '').toLowerCase());
  for (let v = 1; v < deps.length; v++) {
    const h = deps[v].head;
    if (h < 0 || h >= v || deps[v].deprel !== 'conj' || !attack(v)) continue;
    if (!hasFeat(tags[v], 'VerbForm=Ger') && !hasFeat(tags[v], 'VerbForm=Part')) continue;
    const own = childrenOf(deps, v);
    if (own.some((c) => /^(nsubj|aux|cc)/.test(deps[c].deprel))) continue;
    if (!own.some((c) => c < v && deps[c].deprel === 'punct' && doc.tokens[c].text === ','))
      continue;
    let before = -1;
    for (let k = v - 1; k > h && before < 0; k--) if (attack(k) && deps[k].head !== v) before = k;
    if (before >= 0) deps[v] = { head: before, deprel: 'advcl' };
  }
}

/**
 * The mirror of the repair above, for words the parser hung on a date after them: "Iran
 * today threatened" (the name is the verb's subject), "staged mass demonstrations Saturday",
 * "signed an agreement today" (the noun phrase, a modifier or a compound of the date, is the
 * verb's object, the date an oblique).
 */
function wordsBeforeDates(
  deps: TokenDependency[],
  tags: TokenTags[],
  inTimex: (i: number) => boolean,
): void {
  for (let t = 0; t < deps.length; t++) {
    const v = deps[t].head;
    if (v < 0 || tags[v]?.upos !== 'VERB' || !inTimex(t)) continue;
    // The date itself made the subject ("Peru yesterday threatened") is no subject.
    const own = childrenOf(deps, v).filter((k) => k !== t);
    for (const c of childrenOf(deps, t)) {
      if (c > t || inTimex(c) || !NOMINAL.has(tags[c]?.upos ?? '')) continue;
      if (childrenOf(deps, c).some((k) => deps[k].deprel === 'case')) continue;
      if (
        c < v &&
        deps[c].deprel === 'compound' &&
        !own.some((k) => /^nsubj/.test(deps[k].deprel))
      ) {
        deps[c] = { head: v, deprel: 'nsubj' };
        if (/^nsubj/.test(deps[t].deprel)) deps[t] = { head: v, deprel: 'obl:tmod' };
      } else if (
        c > v &&
        /^(nmod|compound)/.test(deps[c].deprel) &&
        !own.some((k) => deps[k].deprel === 'obj')
      ) {
        deps[c] = { head: v, deprel: 'obj' };
        // "signed an agreement today": the object compounded on the date takes the words
        // before it that the parser hung on the date.
        for (const d of childrenOf(deps, t)) if (d > v && d < c) deps[d] = { ...deps[d], head: c };
      }
    }
    if (/^i?obj/.test(deps[t].deprel)) deps[t] = { head: v, deprel: 'obl:mod' };
  }
}

/**
 * "Last May, floods in the region killed 17 people": the parser made the fronted date the
 * verb's subject and hung the real one on the date or a later word. The first noun phrase
 * between the date and the verb, not attached inside that stretch, is the subject; the date an
 * oblique.
 */
function frontedDates(
  deps: TokenDependency[],
  tags: TokenTags[],
  inTimex: (i: number) => boolean,
): void {
  for (let t = 0; t < deps.length; t++) {
    const v = deps[t].head;
    if (v <= t || tags[v]?.upos !== 'VERB' || !/^nsubj/.test(deps[t].deprel) || !inTimex(t))
      continue;
    const c = Array.from({ length: v - t - 1 }, (_, k) => t + 1 + k).find(
      (k) => !inTimex(k) && NOMINAL.has(tags[k]?.upos ?? ''),
    );
    if (c === undefined || childrenOf(deps, c).some((k) => deps[k].deprel === 'case')) continue;
    const h = deps[c].head;
    if (h > t && h <= v) continue;
    deps[c] = { head: v, deprel: deps[t].deprel };
    deps[t] = { head: v, deprel: 'obl:tmod' };
  }
}

/**
 * "une rencontre entre Lavrov et Blinken, ce 2 mars en marge du sommet": the parser conjoined
 * the date, set off after the last party, to the parties. A date is no party: it dates what the
 * first conjunct depends on, with what the parser hung on it.
 */
function conjoinedDates(
  deps: TokenDependency[],
  tags: TokenTags[],
  inTimex: (i: number) => boolean,
): void {
  for (let t = 0; t < deps.length; t++) {
    const first = deps[t].head;
    if (deps[t].deprel !== 'conj' || first < 0 || first > t || !inTimex(t)) continue;
    if (inTimex(first) || !NOMINAL.has(tags[first]?.upos ?? '')) continue;
    const governor = deps[first].head;
    if (governor < 0) continue;
    deps[t] = { head: governor, deprel: tags[governor]?.upos === 'VERB' ? 'obl:tmod' : 'nmod' };
  }
}

/**
 * "asked the EU for help, and Italy and Spain sent planes": the parser conjoined the subject of
 * a second clause to a noun of the first and left that clause's verb without subject. A
 * conjunct set off by a comma and a coordinator, right before such a verb, is its subject.
 */
function subjectsConjoinedToNouns(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 1; v < deps.length; v++) {
    // A finite verb is no controlled complement: "xcomp" there is the same misreading.
    const coordinated =
      deps[v].deprel === 'conj' || (deps[v].deprel === 'xcomp' && hasFeat(tags[v], 'VerbForm=Fin'));
    if (tags[v]?.upos !== 'VERB' || !coordinated) continue;
    if (tags[deps[v].head]?.upos !== 'VERB') continue;
    if (childrenOf(deps, v).some((c) => /^nsubj/.test(deps[c].deprel))) continue;
    for (let j = v - 1, steps = 0; j > 1 && steps < 4; j = deps[j].head, steps++) {
      if (!NOMINAL.has(tags[j]?.upos ?? '') || !/^(conj|flat|compound)/.test(deps[j].deprel)) break;
      const clauseStart =
        deps[j].deprel === 'conj' &&
        tags[j - 1]?.upos === 'CCONJ' &&
        deps[j - 1].head === j &&
        tags[j - 2]?.upos === 'PUNCT';
      if (clauseStart) {
        deps[j] = { head: v, deprel: 'nsubj' };
        break;
      }
      if (deps[j].head >= j) break;
    }
  }
}

/**
 * "The US, Russia, and Switzerland met": the parser takes the first name of a listed subject for
 * the head of the sentence and the verb for its last conjunct, with the last name as the verb's
 * subject. The verb heads the sentence, the list is its subject and the last name its last item.
 */
function listedSubjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 2; v < deps.length; v++) {
    const first = deps[v].head;
    if (tags[v]?.upos !== 'VERB' || deps[v].deprel !== 'conj' || first < 0 || first > v) continue;
    if (!NOMINAL.has(tags[first]?.upos ?? '')) continue;
    const kids = childrenOf(deps, v);
    const last = kids.find((c) => /^nsubj/.test(deps[c].deprel) && c < v && c > first);
    const and = kids.find((c) => deps[c].deprel === 'cc' && c < (last ?? -1));
    if (last === undefined || and === undefined || !NOMINAL.has(tags[last]?.upos ?? '')) continue;
    // The names between are the list's items, not clauses: nothing else on the verb before it.
    const listed = childrenOf(deps, first).some((c) => deps[c].deprel === 'conj' && c < last);
    if (!listed || kids.some((c) => c < and && deps[c].deprel !== 'punct')) continue;
    const relation = deps[last].deprel;
    deps[v] = { ...deps[first] };
    deps[first] = { head: v, deprel: relation };
    deps[last] = { head: first, deprel: 'conj' };
    deps[and] = { head: last, deprel: 'cc' };
  }
}

/**
 * "killed in Israeli tank shelling": the tagger read the event noun after a noun as a participle
 * modifying it ("tank" shelling something). A word in -ing that names an act as a noun, right
 * after a noun that names no people, with no object nor subject of its own, is the head of the
 * phrase and the noun before it its compound.
 */
function gerundCompounds(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let g = 1; g < deps.length; g++) {
    const n = g - 1;
    if (tags[g]?.upos !== 'VERB' || deps[g].head !== n || !/^acl/.test(deps[g].deprel)) continue;
    const noun = doc.tokens[g].text.toLowerCase();
    if (!noun.endsWith('ing') || !cues.eventNouns.has(noun) || tags[n]?.upos !== 'NOUN') continue;
    if (cues.people.has((tags[n]?.lemma ?? '').toLowerCase())) continue;
    const own = childrenOf(deps, g);
    if (own.some((c) => /^(obj|nsubj|ccomp|xcomp)/.test(deps[c].deprel))) continue;
    for (const c of childrenOf(deps, n))
      if (c !== g && c < n) deps[c] = { head: g, deprel: deps[c].deprel };
    for (const c of own) if (/^obl/.test(deps[c].deprel)) deps[c] = { head: g, deprel: 'nmod' };
    deps[g] = { ...deps[n] };
    deps[n] = { head: g, deprel: 'compound' };
    tags[g] = { ...tags[g], upos: 'NOUN', lemma: noun, feats: 'Number=Sing' };
  }
}

/** Each token's sentence [from, to) in a parse being repaired: a head's children are there. */
const sentenceRanges = new WeakMap<TokenDependency[], { from: Int32Array; to: Int32Array }>();

const IN_TIMEX = 1;
const IN_DATE = 2;

/**
 * Per token, whether a time expression holds it (IN_TIMEX) and whether a DATE does (IN_DATE):
 * found once per document, as the repairs ask it of every token.
 */
function timexFlagsByToken(doc: Doc): Uint8Array {
  const { tokens } = doc;
  const flags = new Uint8Array(tokens.length);
  for (const x of doc.timexes ?? []) {
    for (let i = firstSpanFrom(tokens, x.start); i < tokens.length && tokens[i].end <= x.end; i++)
      flags[i] |= IN_TIMEX | (x.type === 'DATE' ? IN_DATE : 0);
  }
  return flags;
}

function childrenOf(deps: TokenDependency[], h: number): number[] {
  const range = sentenceRanges.get(deps);
  const out: number[] = [];
  for (let i = range ? range.from[h] : 0, to = range ? range.to[h] : deps.length; i < to; i++)
    if (deps[i].head === h) out.push(i);
  return out;
}

/** Whether a word is a verb of saying (by its lemma). */
function isSaying(tags: TokenTags[], i: number, cues: RepairCues): boolean {
  return cues.sayingVerbs.has((tags[i]?.lemma ?? '').toLowerCase());
}

/** The subject relation a verb gives its subject: passive when it has a passive auxiliary. */
const subjectRelation = (deps: TokenDependency[], v: number) =>
  childrenOf(deps, v).some((c) => deps[c].deprel === 'aux:pass') ? 'nsubj:pass' : 'nsubj';

/**
 * "The leader, who had never been arrested, was taken into custody", "Moussa Ndiaye, qui
 * n'avait jamais été arrêté, a été placé": the parser gives the relative clause's verb both
 * the noun and the relative pronoun as subjects. The noun is the subject of the main verb,
 * the verb after the relative clause (a dependent of it, or its governor), and the relative
 * clause modifies the noun.
 */
function commaRelatives(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let v = 0; v < deps.length; v++) {
    if (tags[v]?.upos !== 'VERB') continue;
    const relative = childrenOf(deps, v).find(
      (c) => /^nsubj/.test(deps[c].deprel) && hasFeat(tags[c], 'PronType=Rel'),
    );
    // The noun right before ", who": the head of its name, a dependent of the same verb.
    let noun = relative === undefined ? -1 : relative - 2;
    while (noun >= 0 && /^flat/.test(deps[noun].deprel)) noun = deps[noun].head;
    if (relative === undefined || tags[relative - 1]?.upos !== 'PUNCT') continue;
    if (noun < 0 || deps[noun].head !== v || !NOMINAL.has(tags[noun]?.upos ?? '')) continue;
    const h = deps[v].head;
    let main = -1;
    if (h > v && tags[h]?.upos === 'VERB') main = h;
    else {
      // The main verb comes after the comma that closes the relative clause.
      const after = childrenOf(deps, v).find(
        (c) =>
          c > v &&
          tags[c]?.upos === 'VERB' &&
          /^(ccomp|conj|parataxis|advcl)/.test(deps[c].deprel) &&
          tags.slice(v + 1, c).some((t) => t.upos === 'PUNCT'),
      );
      if (after === undefined) continue;
      main = after;
      deps[main] = { ...deps[v] };
      for (const c of childrenOf(deps, v))
        if (c > main) deps[c] = { head: main, deprel: deps[c].deprel };
    }
    deps[noun] = { head: main, deprel: subjectRelation(deps, main) };
    deps[v] = { head: noun, deprel: 'acl:relcl' };
  }
}

/** The event verb a form is made on: the form less a short ending ("wounded" → wound, "injured" → injure), longest first. */
function verbStem(f: string, eventVerbs: Set<string>): string | undefined {
  return [...eventVerbs]
    .filter(
      (lemma) =>
        lemma.length >= 3 &&
        f.length - lemma.length <= 3 &&
        f !== lemma &&
        (f.startsWith(lemma) || (lemma.endsWith('e') && f.startsWith(lemma.slice(0, -1)))),
    )
    .sort((x, y) => y.length - x.length)[0];
}

/**
 * "Rebels wounded two soldiers in an ambush": the parser read the past tense right after the
 * subject as an adjective on the object, and hung the object on the subject without any
 * preposition. The adjective is the clause's verb, in the past; the subject its subject, the
 * noun its object, and what followed the noun in the clause its obliques.
 */
function adjectivalVerbs(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let w = 1; w < deps.length; w++) {
    const subject = w - 1;
    if (tags[w]?.upos !== 'ADJ' || deps[w].deprel !== 'amod') continue;
    if (deps[w].head !== subject && deps[w].head <= w) continue;
    if (!NOMINAL.has(tags[subject]?.upos ?? '')) continue;
    // The object hangs, without preposition or conjunction, below the subject, or is the
    // adjective's own subject ("guerrillas wounded two soldiers" with "soldiers" under "wounded").
    const ownSubject =
      deps[w].head === subject
        ? childrenOf(deps, w).find((c) => c > w && deps[c].deprel === 'nsubj')
        : undefined;
    const object = ownSubject ?? deps[w].head;
    if (object <= w) continue;
    const path: number[] = [];
    if (ownSubject === undefined) {
      for (let k = object; k >= 0 && k !== subject && path.length < 3; k = deps[k].head)
        path.push(k);
      if (deps[path[path.length - 1]]?.head !== subject) continue;
      if (!path.every((k) => /^(nmod|conj|appos)/.test(deps[k].deprel))) continue;
    }
    const marked = (k: number) =>
      childrenOf(deps, k).some((c) => /^(case|cc)$/.test(deps[c].deprel) && c < k);
    if (marked(object)) continue;
    // The subject heads the sentence, or is the subject of a later verb ("…, police said"),
    // or a clause the parser hung on that later verb of saying.
    const clause = deps[subject].head;
    const saidLater =
      clause > object &&
      (/^nsubj/.test(deps[subject].deprel) ||
        (/^(advcl|ccomp|parataxis)/.test(deps[subject].deprel) && isSaying(tags, clause, cues)));
    if (clause >= 0 && !saidLater) continue;
    const stem = verbStem(doc.tokens[w].text.toLowerCase(), cues.eventVerbs);
    if (stem === undefined) continue;
    const feats = (tags[w].feats ?? '_')
      .split('|')
      .filter((f) => f !== '_' && !/^(Degree|VerbForm|Tense|Mood)=/.test(f));
    tags[w] = {
      ...tags[w],
      upos: 'VERB',
      lemma: stem,
      feats: ['Mood=Ind', 'Tense=Past', 'VerbForm=Fin', ...feats].join('|'),
    };
    // A subject root: the verb heads the sentence; a subject of a later verb of saying: the
    // verb is that verb's reported clause.
    deps[w] = clause < 0 ? { head: -1, deprel: 'root' } : { head: clause, deprel: 'ccomp' };
    deps[subject] = { head: w, deprel: 'nsubj' };
    deps[object] = { head: w, deprel: 'obj' };
    // What followed in the clause ("in a bomb attack") modifies the verb.
    for (const k of [subject, ...path, object])
      for (const c of childrenOf(deps, k))
        if (c > object && marked(c) && /^nmod/.test(deps[c].deprel))
          deps[c] = { head: w, deprel: 'obl' };
    for (const c of childrenOf(deps, subject))
      if (c > w) deps[c] = { head: w, deprel: deps[c].deprel };
  }
}

/**
 * "Israel said it would free 150 prisoners": the tagger read an event verb after an auxiliary
 * as an adjective, and the parser its object as an oblique or a subject. An adjective with an
 * auxiliary and no copula is a verb; a bare noun phrase after it is its object.
 */
function auxiliedAdjectives(deps: TokenDependency[], tags: TokenTags[], cues: RepairCues): void {
  for (let w = 0; w < deps.length; w++) {
    if (tags[w]?.upos !== 'ADJ' || !cues.eventVerbs.has((tags[w].lemma ?? '').toLowerCase()))
      continue;
    const own = childrenOf(deps, w);
    if (!own.some((c) => deps[c].deprel === 'aux') || own.some((c) => deps[c].deprel === 'cop'))
      continue;
    tags[w] = { ...tags[w], upos: 'VERB', feats: 'VerbForm=Inf' };
    const object = own.find(
      (c) =>
        c > w &&
        /^(obl|nmod|nsubj)/.test(deps[c].deprel) &&
        NOMINAL.has(tags[c]?.upos ?? '') &&
        !childrenOf(deps, c).some((k) => deps[k].deprel === 'case'),
    );
    if (object !== undefined && !own.some((c) => deps[c].deprel === 'obj'))
      deps[object] = { head: w, deprel: 'obj' };
  }
}

/**
 * "Sudanese and Nigerien officials held talks": the parser made the conjoined demonyms a
 * subject of their own beside the noun they qualify. Demonyms right before another subject
 * noun of the same verb are its adjectives.
 */
function demonymSubjects(doc: Doc, deps: TokenDependency[], tags: TokenTags[]): void {
  const demonym = (i: number) => countryOfDemonym(doc.tokens[i].text, doc.lang.code) !== null;
  for (let a = 0; a < deps.length; a++) {
    const v = deps[a].head;
    if (v < 0 || !/^nsubj/.test(deps[a].deprel) || !demonym(a)) continue;
    const conjuncts = childrenOf(deps, a).filter((c) => c > a);
    if (!conjuncts.every((c) => /^(conj|cc|punct)$/.test(deps[c].deprel))) continue;
    const words = conjuncts.filter((c) => deps[c].deprel === 'conj');
    if (
      !words.every((c) => demonym(c) && childrenOf(deps, c).every((g) => deps[g].deprel === 'cc'))
    )
      continue;
    const last = Math.max(a, ...conjuncts, ...words.flatMap((c) => childrenOf(deps, c)));
    const noun = last + 1;
    if (noun >= deps.length || deps[noun].head !== v || !/^nsubj/.test(deps[noun].deprel)) continue;
    if (tags[noun]?.upos !== 'NOUN') continue;
    for (const k of [a, ...words]) {
      deps[k] = { head: noun, deprel: 'amod' };
      tags[k] = { ...tags[k], upos: 'ADJ' };
    }
  }
}

/**
 * "is providing radar images and other intelligence to Poland": the parser conjoined the
 * second of two objects to the verb. A noun conjoined to a verb after the verb's object, with
 * no verb of its own, is the object's conjunct.
 */
function nounsConjoinedToVerbs(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let n = 0; n < deps.length; n++) {
    const v = deps[n].head;
    if (v < 0 || deps[n].deprel !== 'conj' || !NOMINAL.has(tags[n]?.upos ?? '')) continue;
    if (tags[v]?.upos !== 'VERB') continue;
    const own = childrenOf(deps, n);
    if (!own.some((c) => deps[c].deprel === 'cc' && c < n)) continue;
    if (own.some((c) => /^(nsubj|cop|aux)/.test(deps[c].deprel))) continue;
    const object = childrenOf(deps, v).find((c) => /^obj$/.test(deps[c].deprel) && c < n);
    if (object === undefined) continue;
    deps[n] = { head: object, deprel: 'conj' };
  }
}

/**
 * "The junta threatened on Monday to expel …", "The European Union called on …": a
 * sentence whose root is a noun followed by a bare participle that governs an object
 * or a complement clause is a main verb in the past with its subject; the passive
 * reading ("soldiers killed in an ambush") has no such complement.
 */
function participleRoots(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let r = 0; r < deps.length; r++) {
    if (deps[r].head !== -1 || !NOMINAL.has(tags[r]?.upos ?? '')) continue;
    const verb = childrenOf(deps, r).find(
      (c) =>
        c > r &&
        deps[c].deprel === 'acl' &&
        tags[c]?.upos === 'VERB' &&
        hasFeat(tags[c], 'VerbForm=Part'),
    );
    if (verb === undefined) continue;
    const own = childrenOf(deps, verb);
    if (own.some((c) => /^(aux|cop|nsubj|obl:agent)/.test(deps[c].deprel))) continue;
    if (!own.some((c) => /^(obj|ccomp|xcomp|advcl)/.test(deps[c].deprel))) continue;
    deps[verb] = { head: -1, deprel: 'root' };
    for (const c of childrenOf(deps, r))
      if (c > verb) deps[c] = { head: verb, deprel: deps[c].deprel };
    deps[r] = { head: verb, deprel: 'nsubj' };
    const feats = tags[verb].feats
      .split('|')
      .filter((f) => !/^(Voice|VerbForm|Tense|Mood)=/.test(f));
    tags[verb] = {
      ...tags[verb],
      feats: ['Mood=Ind', 'Tense=Past', 'VerbForm=Fin', ...feats].join('|'),
    };
  }
}

/**
 * "The army lifted Friday a blockade …, officials told AFP": a past tense read as a passive
 * participle on a noun after it, yet with a subject of its own before it and no auxiliary, is
 * the finite verb of its clause; its predicative noun is its object, and the clause is what
 * the noun after it, a verb's subject, reports.
 */
function subjectedParticiples(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let p = 1; p < deps.length; p++) {
    const noun = deps[p].head;
    if (tags[p]?.upos !== 'VERB' || !hasFeat(tags[p], 'VerbForm=Part') || noun <= p) continue;
    if (!/^(amod|acl)/.test(deps[p].deprel)) continue;
    const own = childrenOf(deps, p);
    const subject = own.find((c) => c < p && deps[c].deprel === 'nsubj:pass');
    if (subject === undefined || own.some((c) => /^(aux|cop)/.test(deps[c].deprel))) continue;
    const reporting = deps[noun].head;
    if (reporting < 0 || !/^nsubj/.test(deps[noun].deprel) || tags[reporting]?.upos !== 'VERB')
      continue;
    deps[subject] = { head: p, deprel: 'nsubj' };
    const complement = own.find(
      (c) => c > p && deps[c].deprel === 'xcomp' && NOMINAL.has(tags[c]?.upos ?? ''),
    );
    if (complement !== undefined) deps[complement] = { head: p, deprel: 'obj' };
    deps[p] = { head: reporting, deprel: 'ccomp' };
    const feats = tags[p].feats.split('|').filter((f) => !/^(Voice|VerbForm|Tense|Mood)=/.test(f));
    tags[p] = { ...tags[p], feats: ['Mood=Ind', 'Tense=Past', 'VerbForm=Fin', ...feats].join('|') };
  }
}

/**
 * "Under the agreement signed in 2023, Norvik must …": a bare participle the parser made
 * the head of the noun just before it (its oblique) modifies that noun.
 */
function participlesAfterNouns(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let p = 1; p < deps.length; p++) {
    const noun = p - 1;
    if (tags[p]?.upos !== 'VERB' || !hasFeat(tags[p], 'VerbForm=Part')) continue;
    if (!/^advcl/.test(deps[p].deprel) || deps[noun].head !== p || !/^obl/.test(deps[noun].deprel))
      continue;
    if (childrenOf(deps, p).some((c) => /^(aux|cop|nsubj)/.test(deps[c].deprel))) continue;
    deps[noun] = { head: deps[p].head, deprel: deps[noun].deprel };
    deps[p] = { head: noun, deprel: 'acl' };
  }
}

/**
 * "plans to release 200 people detained during the fighting": a passive participle right
 * after a verb's object, which the parser made the verb's predicative complement, modifies
 * the object; whoever does the verb's act did not do the participle's.
 */
function passiveParticiplesOnObjects(deps: TokenDependency[], tags: TokenTags[]): void {
  for (let p = 1; p < deps.length; p++) {
    const verb = deps[p].head;
    const object = p - 1;
    if (tags[p]?.upos !== 'VERB' || deps[p].deprel !== 'xcomp' || verb < 0) continue;
    if (!hasFeat(tags[p], 'Voice=Pass') && !hasFeat(tags[p], 'VerbForm=Part')) continue;
    if (
      !hasFeat(tags[p], 'Tense=Past') ||
      deps[object].head !== verb ||
      deps[object].deprel !== 'obj'
    )
      continue;
    if (childrenOf(deps, p).some((c) => /^(aux|cop|nsubj|obj)/.test(deps[c].deprel))) continue;
    deps[p] = { head: object, deprel: 'acl' };
    // A participle, whatever finite form the tagger gave it.
    tags[p] = { ...tags[p], feats: 'Tense=Past|VerbForm=Part|Voice=Pass' };
  }
}

/**
 * "protested over its decision to suspend the treaty", "s'est dit prêt à négocier": an
 * infinitive right after a noun or adjective that takes one, hung by the parser on the
 * verb, complements that word.
 */
function nounInfinitives(
  doc: Doc,
  deps: TokenDependency[],
  tags: TokenTags[],
  cues: RepairCues,
): void {
  for (let v = 0; v < deps.length; v++) {
    if (!/^(advcl|xcomp)/.test(deps[v].deprel) || !hasFeat(tags[v], 'VerbForm=Inf')) continue;
    const marks = childrenOf(deps, v).filter((c) => c < v && deps[c].deprel === 'mark');
    const first = Math.min(v, ...marks);
    const word = first - 1;
    const upos = tags[word]?.upos;
    if (word < 0 || (upos !== 'NOUN' && upos !== 'ADJ') || deps[word].head !== deps[v].head)
      continue;
    const lemma = (tags[word]?.lemma ?? doc.tokens[word].text).toLowerCase();
    if (!cues.infinitiveHeads.has(lemma)) continue;
    deps[v] = { head: word, deprel: upos === 'NOUN' ? 'acl' : 'xcomp' };
  }
}

/**
 * "l'arrestation du maire par la police", "le bombardement de Belgrade par l'OTAN": an agent
 * phrase the parser hung on an event noun's complement is the event noun's.
 */
function nounAgents(doc: Doc, deps: TokenDependency[], tags: TokenTags[], cues: RepairCues): void {
  const lemma = (i: number) => (tags[i]?.lemma ?? doc.tokens[i].text).toLowerCase();
  const marker = (i: number) =>
    childrenOf(deps, i).find((c) => deps[c].deprel === 'case' && c < i) ?? -1;
  for (let a = 0; a < deps.length; a++) {
    const complement = deps[a].head;
    if (complement < 0 || !/^(nmod|obl)/.test(deps[a].deprel)) continue;
    const m = marker(a);
    if (m < 0 || !cues.agentCases.has(doc.tokens[m].text.toLowerCase())) continue;
    // "ending weeks of protests by farmers": an agent the parser hung above the event noun right
    // before it (on its measure, or on an active verb, which takes no agent) is that noun's.
    const before = m - 1;
    const above = (k: number) => {
      for (let h = deps[k].head, steps = 0; h >= 0 && steps < 4; h = deps[h].head, steps++)
        if (h === complement) return true;
      return false;
    };
    if (
      before > complement &&
      tags[before]?.upos === 'NOUN' &&
      cues.eventNouns.has(lemma(before)) &&
      above(before) &&
      /^(NOUN|PROPN)$/.test(tags[a]?.upos ?? '') &&
      !cues.eventNouns.has(lemma(complement)) &&
      !childrenOf(deps, complement).some((c) => deps[c].deprel === 'aux:pass')
    ) {
      deps[a] = { head: before, deprel: 'nmod' };
      continue;
    }
    if (!/^nmod/.test(deps[a].deprel) || !/^nmod/.test(deps[complement].deprel)) continue;
    const noun = deps[complement].head;
    if (tags[noun]?.upos !== 'NOUN' || !cues.eventNouns.has(lemma(noun))) continue;
    // An event noun in between takes the agent itself ("la demande de libération par …").
    if (cues.eventNouns.has(lemma(complement))) continue;
    deps[a] = { head: noun, deprel: deps[a].deprel };
  }
}
