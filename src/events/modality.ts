/**
 * Polarity and modality of a telling, from morphology (tense, mood), syntax
 * (negation on the trigger or its governing verb, the clause that embeds it)
 * and the cue lists of the language. The rules read UD relations only.
 */
import { speechLexicon } from '../quotes/lexicon.js';
import type { Tree } from '../quotes/tree.js';
import type { EventLexicon } from './lexicon.js';
import type { Telling, TellingFinder } from './tellings.js';
import type { Modality, Polarity } from './types.js';

/** Relations through which a clause embeds another; a noun is embedded by its verb or noun. */
const CLAUSAL_EMBEDDING = /^(xcomp|ccomp|advcl|csubj|conj|acl)/;
const NOMINAL_EMBEDDING = /^(obj|obl|nmod)/;
/** Roughly one month before the article: an event dated earlier is background to today's news. */
const BACKGROUND_DAYS = 31;

/** Negated by a cue on the token itself: "pas", "not", "aucun", "sans", "ni". */
function negatedHere(tree: Tree, lex: EventLexicon, i: number): boolean {
  return tree.children[i].some((c) => {
    const form = tree.forms[c];
    const rel = tree.rel(c);
    if (rel.startsWith('advmod') && (lex.negAdverbs.has(form) || tree.hasFeat(c, 'Polarity=Neg')))
      return true;
    if (rel.startsWith('det') && lex.negDeterminers.has(form)) return true;
    if (rel.startsWith('cc') && lex.negCoordinators.has(form)) return true;
    // "none is being discussed", "nobody was arrested", "rien n'a été signé": a negative
    // pronoun as the act's argument says it did not happen.
    if (/^(nsubj|obj)/.test(rel) && tree.upos(c) === 'PRON' && tree.hasFeat(c, 'PronType=Neg'))
      return true;
    return /^(case|mark)/.test(rel) && lex.negPrepositions.has(form);
  });
}

export function polarityOf(finder: TellingFinder, telling: Telling): Polarity {
  return clausePolarity(finder, telling) === 'negative' || deniedByQuote(finder, telling.trigger)
    ? 'negative'
    : 'positive';
}

/** The polarity the trigger's own clause and the clauses above it give. */
export function clausePolarity(finder: TellingFinder, telling: Telling): Polarity {
  const { tree, lex } = finder;
  const i = telling.trigger;
  if (negatedHere(tree, lex, i)) return 'negative';
  // A nominal event under a negated or denying verb: "n'ont pas mené de négociations", "deny any meeting".
  let governor = telling.clause !== i ? telling.clause : -1;
  // "pas de négociations, ni de réunion": a nominal conjunct shares the first one's verb; a
  // verb conjoined with a denial ("denied the charge and called on …") is not denied.
  if (tree.rel(i) === 'conj' && governor < 0 && tree.upos(i) === 'NOUN') governor = tree.head(i);
  if (governor >= 0) {
    // "démentent toute rencontre" denies it; "n'exclut pas de sanctions" leaves it possible;
    // "a démenti toute ingérence dans les négociations": an oblique beside the denied object
    // frames it and is not denied.
    if (lex.denialVerbs.has(tree.lemma(governor)) && obliqueBesideObject(tree, i, governor))
      return 'positive';
    if (lex.denialVerbs.has(tree.lemma(governor)))
      return negatedHere(tree, lex, governor) ? 'positive' : 'negative';
    if (negatedHere(tree, lex, governor) && negationReaches(finder, governor, i)) return 'negative';
    const first = tree.rel(i) === 'conj' ? tree.head(i) : -1;
    if (first >= 0 && negatedHere(tree, lex, first)) return 'negative';
  }
  // Up the chain of clauses: "denied that the two men met", "dément avoir libéré", "did not
  // manage to adopt", "failed to sign"; "n'exclut pas de nouvelles sanctions" is only possible.
  for (let j = governor >= 0 ? governor : i, steps = 0; steps < 4; steps++) {
    const g = tree.head(j);
    if (g < 0 || !/^(ccomp|xcomp|obj|obl)/.test(tree.rel(j))) break;
    const lemma = tree.lemma(g);
    const negated = negatedHere(tree, lex, g);
    if (lex.denialVerbs.has(lemma)) return negated ? 'positive' : 'negative';
    if (lex.failureVerbs.has(lemma)) return negated ? 'positive' : 'negative';
    if (lex.implicativeVerbs.has(lemma) && negated) return 'negative';
    if (tree.upos(g) === 'VERB' && !/^xcomp/.test(tree.rel(j))) break;
    j = g;
  }
  return 'positive';
}

/**
 * "un communiqué évoquant un « accord » … avait été contesté par l'Indonésie", "Morocco
 * disputed a statement announcing an agreement": what a speaker's verb of denial denies, as the
 * quote layer found it (its whole content), where the parse gives no path from that verb to
 * the act. The act must be what is denied, or what a statement or a verb of saying in it says:
 * not an act in its modifiers ("denied having sex with … the convicted Epstein"), nor one a
 * thing shows ("a photo of the meeting was denied").
 */
function deniedByQuote(finder: TellingFinder, i: number): boolean {
  const { tree, doc } = finder;
  const token = doc.tokens[i];
  const quote = (doc.quotes ?? []).find(
    (q) =>
      q.status === 'denied' &&
      q.negated !== undefined &&
      q.negated.start === q.content.start &&
      q.negated.end === q.content.end &&
      q.negated.start <= token.start &&
      token.end <= q.negated.end,
  );
  if (!quote) return false;
  const speech = speechLexicon(doc.lang.code);
  if (!speech) return false;
  const inside = (k: number) =>
    k >= 0 && quote.content.start <= doc.tokens[k].start && doc.tokens[k].end <= quote.content.end;
  // Up from the act to the head of what is denied, through what statements and verbs of saying say.
  for (let j = i; ;) {
    const g = tree.head(j);
    // What frames the denied object is not denied (see clausePolarity).
    if (j === i && obliqueBesideObject(tree, i, g)) return false;
    if (!inside(g)) return true;
    const saying =
      (tree.upos(g) === 'VERB' && speech.verbs.has(tree.lemma(g))) ||
      (tree.upos(g) === 'NOUN' &&
        (speech.mediumNouns.has(tree.lemma(g)) || speech.nouns.has(tree.lemma(g))));
    const said = /^(obj|ccomp|xcomp|nmod)/.test(tree.rel(j)) && saying;
    // "un communiqué évoquant un accord": the statement whose participle says it.
    const saidBy = /^acl/.test(tree.rel(j)) && tree.upos(g) === 'NOUN' && saying;
    if (j === i ? !said : !said && !saidBy) return false;
    j = g;
  }
}

/** "a démenti toute ingérence dans les négociations": an oblique of a verb beside its object. */
function obliqueBesideObject(tree: Tree, i: number, verb: number): boolean {
  return (
    verb >= 0 &&
    tree.head(i) === verb &&
    /^obl/.test(tree.rel(i)) &&
    tree.childrenWith(verb, (r) => /^obj/.test(r)).length > 0
  );
}

/**
 * Whether the negation of the verb governing a nominal trigger bears on the event: not when
 * the verb only says or knows of it ("has not confirmed the meeting", "n'a pas répondu à
 * cette offre"), nor when a negative determiner puts it on the verb's object ("ces
 * sanctions n'auront aucun effet").
 */
function negationReaches(finder: TellingFinder, verb: number, trigger: number): boolean {
  const { tree, lex } = finder;
  if (lex.knowingVerbs.has(tree.lemma(verb))) return false;
  return !tree
    .childrenWith(verb, (r, c) => /^obj/.test(r) && c !== trigger)
    .some((o) =>
      tree.children[o].some(
        (d) => /^det/.test(tree.rel(d)) && lex.negDeterminers.has(tree.forms[d]),
      ),
    );
}

/** Whether the verb or one of its auxiliaries is one of these lemmas or forms. */
function auxiliaryIn(tree: Tree, v: number, words: Set<string>): boolean {
  return tree.children[v].some(
    (c) => /^aux/.test(tree.rel(c)) && (words.has(tree.lemma(c)) || words.has(tree.forms[c])),
  );
}

/**
 * "is to be detained", "is to start deliveries": a finite auxiliary or copula among the
 * future verbs over an infinitive with its marker.
 */
function scheduledInfinitive(tree: Tree, lex: EventLexicon, v: number): boolean {
  const own = tree.children[v];
  const infinitive =
    tree.hasFeat(v, 'VerbForm=Inf') ||
    own.some((c) => /^aux/.test(tree.rel(c)) && tree.hasFeat(c, 'VerbForm=Inf'));
  return (
    infinitive &&
    own.some((c) => /^mark/.test(tree.rel(c)) && c < v) &&
    own.some(
      (c) =>
        /^(aux|cop)/.test(tree.rel(c)) &&
        tree.rel(c) !== 'aux:pass' &&
        tree.hasFeat(c, 'VerbForm=Fin') &&
        lex.futureVerbs.has(tree.lemma(c)),
    )
  );
}

function pluperfect(tree: Tree, v: number): boolean {
  if (!tree.hasFeat(v, 'VerbForm=Part')) return false;
  return tree.children[v].some(
    (c) =>
      /^aux(?!:pass)/.test(tree.rel(c)) &&
      (tree.hasFeat(c, 'Tense=Imp') ||
        tree.hasFeat(c, 'Tense=Past') ||
        tree.hasFeat(c, 'Tense=Pqp')),
  );
}

/** Whether a token sits in the complement clause of a verb of saying or thinking (sequence of tenses). */
function inReportedClause(tree: Tree, i: number): boolean {
  for (let j = i, steps = 0; j >= 0 && steps < 12; j = tree.head(j), steps++)
    if (/^(ccomp|parataxis)/.test(tree.rel(j))) return true;
  return false;
}

/**
 * Reported speech the quote layer found where the parser missed the complement clause ("a
 * indiqué à l'AFP que X et Y avaient discuté", read as two conjoined verbs): its pluperfect
 * is the past of the saying, not background. For the pluperfect only: under an attribution
 * ("selon X, elle aurait demandé") the conditional hedges, it tells no future of the past.
 */
function inIndirectSpeech(finder: TellingFinder, i: number): boolean {
  const { doc } = finder;
  const token = doc.tokens[i];
  return (doc.quotes ?? []).some(
    (q) =>
      q.kind === 'indirect' &&
      !q.refused &&
      q.content.start <= token.start &&
      token.end <= q.content.end,
  );
}

/** The last day a TimeML date value can denote, or null when it is not a calendar date. */
function latestDay(value: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  const season = /^\d{4}-(SP|SU|FA|AU|WI)$/.exec(value)?.[1];
  const year = Number(m[1]);
  if (season) {
    const endMonth = { SP: 6, SU: 9, FA: 12, AU: 12, WI: 15 }[season]!;
    return new Date(Date.UTC(year, endMonth, 0));
  }
  if (m[3]) return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3])));
  if (m[2]) return new Date(Date.UTC(year, Number(m[2]), 0));
  return new Date(Date.UTC(year, 12, 0));
}

function earliestDay(value: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  return m
    ? new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1))
    : null;
}

/** The event's dates end well before the article's date. */
function datedBefore(telling: Telling, documentDate: string | null): boolean {
  if (!documentDate || telling.dates.length === 0) return false;
  const anchor = earliestDay(documentDate);
  if (!anchor) return false;
  return telling.dates.every((d) => {
    const last = latestDay(d.value ?? '');
    return last !== null && (anchor.getTime() - last.getTime()) / 86_400_000 > BACKGROUND_DAYS;
  });
}

/** The event's dates start after the article's last possible day. */
function datedAfter(telling: Telling, documentDate: string | null): boolean {
  if (!documentDate || telling.dates.length === 0) return false;
  const anchor = latestDay(documentDate);
  if (!anchor) return false;
  return telling.dates.every((d) => {
    const first = earliestDay(d.value ?? '');
    return first !== null && first.getTime() > anchor.getTime();
  });
}

/** The sentence is a question with no question word before the trigger. */
function yesNoQuestion(finder: TellingFinder, telling: Telling): boolean {
  const { doc, tree, lex } = finder;
  const sentence = doc.sentences[telling.sentence];
  const last = doc.tokens[sentence.tokenEnd - 1];
  if (last?.text !== '?') return false;
  for (let k = sentence.tokenStart; k < telling.trigger; k++)
    if (lex.questionWords.has(tree.forms[k])) return false;
  return true;
}

export function modalityOf(
  finder: TellingFinder,
  telling: Telling,
  documentDate: string | null,
): Modality {
  const modality = toldModality(finder, telling, documentDate);
  // What someone is accused of is no act the outlet tells as happening: at most the past act
  // the accusation is about.
  return modality === 'actual' && finder.alleged(telling.trigger) ? 'background' : modality;
}

function toldModality(
  finder: TellingFinder,
  telling: Telling,
  documentDate: string | null,
): Modality {
  const { tree, lex } = finder;
  const i = telling.trigger;
  const rel = tree.rel(i);
  const h = tree.head(i);
  // A yes-no question asks whether it happens ("Rencontrera-t-il … ?", "Will they meet?").
  if (yesNoQuestion(finder, telling)) return 'hypothetical';
  // A noun modifier: a relative or participle clause recalls a known event ("un citoyen détenu");
  // an infinitive complement of a noun takes the noun's meaning ("sa décision de suspendre").
  const v = telling.clause;
  if (/^(acl|amod)/.test(rel) && h >= 0 && tree.upos(h) !== 'VERB') {
    // "Varsovie, où il rencontrera Donald Tusk": a relative clause in the future announces.
    if (tree.verbGroupHas(i, 'Tense=Fut') || auxiliaryIn(tree, i, lex.futureAuxiliaries))
      return 'future';
    // "son parti, qui dénonce une arrestation arbitraire": a present relative clause tells now.
    const present = tree.hasFeat(i, 'VerbForm=Fin') && tree.hasFeat(i, 'Tense=Pres');
    const auxiliaries = tree.childrenWith(i, (r) => /^aux/.test(r));
    if (present && auxiliaries.length === 0) return 'actual';
    // "issued a declaration calling for elections": a present participle tells its noun at the
    // time of the clause it is in.
    const simultaneous = tree.hasFeat(i, 'VerbForm=Ger') && auxiliaries.length === 0;
    if (!tree.hasFeat(i, 'VerbForm=Inf')) {
      if (!simultaneous) return 'background';
    } else {
      const nounSense = finder.senseOf(h);
      if (nounSense?.type === 'REQUEST') return 'requested';
      if (nounSense?.type === 'THREATEN' || lex.desireVerbs.has(tree.lemma(h)))
        return 'hypothetical';
      if (lex.futureVerbs.has(tree.lemma(h)) || nounSense?.type === 'AGREE') return 'future';
      if (nounSense || lex.backgroundNouns.has(tree.lemma(h))) return 'background';
    }
  }
  // An event noun with its own participle ("les demandes formulées par le président") is recalled.
  if (
    tree.upos(i) === 'NOUN' &&
    tree.children[i].some((c) => /^acl/.test(tree.rel(c)) && tree.hasFeat(c, 'VerbForm=Part'))
  )
    return 'background';
  // "since gangs seized the road in May", "depuis le retrait des soldats": the past event the
  // news is dated from.
  const recalled = (k: number) =>
    tree.head(k) >= 0 &&
    tree.children[k].some(
      (c) => /^(mark|case)/.test(tree.rel(c)) && lex.recallMarkers.has(tree.forms[c]),
    );
  if (recalled(i) || recalled(v)) return 'background';
  // "n'exclut pas de nouvelles sanctions", "has not ruled out sanctions": possible.
  const g0 = tree.head(v);
  if (g0 >= 0 && lex.denialVerbs.has(tree.lemma(g0)) && negatedHere(tree, lex, g0))
    return 'hypothetical';
  if (v !== i && lex.denialVerbs.has(tree.lemma(v)) && negatedHere(tree, lex, v))
    return 'hypothetical';
  // An event noun subject of a modal or future verb: "Des pourparlers pourraient s'ouvrir".
  if (v !== i && lex.possibilityAuxiliaries.has(tree.lemma(v))) return 'hypothetical';
  if (v !== i && lex.futureAuxiliaries.has(tree.lemma(v))) return 'future';
  // "A ceasefire is due to take effect", "the talks are scheduled for May".
  if (
    v !== i &&
    /^nsubj/.test(rel) &&
    lex.futureVerbs.has(tree.lemma(v)) &&
    !lex.existentialVerbs.has(tree.lemma(v))
  )
    return 'future';
  // Conditions: "si", "if" on the clause.
  if (
    tree.children[v].some(
      (c) => /^mark/.test(tree.rel(c)) && lex.conditionMarkers.has(tree.forms[c]),
    )
  )
    return 'hypothetical';
  // The governors that embed the trigger decide first: asked for, threatened, wished, planned.
  // A nominal trigger may be the object of its governor ("appeler à un cessez-le-feu"); above
  // it, only clauses embed.
  // A nominal trigger of a light verb ("va lancer une offensive") is embedded where its verb is.
  for (
    let j = v !== i && finder.lex.lightVerbs.has(tree.lemma(v)) ? v : i, steps = 0;
    steps < 8;
    steps++
  ) {
    const g = tree.head(j);
    const r = tree.rel(j);
    if (
      g < 0 ||
      !(CLAUSAL_EMBEDDING.test(r) || (tree.upos(j) === 'NOUN' && NOMINAL_EMBEDDING.test(r)))
    )
      break;
    // "une prime aux salariés en grève": the state of the noun's referents, whatever is
    // offered or asked for them.
    if (
      tree.upos(j) === 'NOUN' &&
      /^nmod/.test(r) &&
      tree.upos(g) !== 'VERB' &&
      tree.children[j].some((c) => /^case/.test(tree.rel(c)) && lex.stateCases.has(tree.forms[c]))
    )
      break;
    // "a souhaité … après que des médias ont fait état d'une rencontre": an adverbial clause in
    // the indicative tells a fact beside its governor's wish or request, not inside it.
    if (/^advcl/.test(r) && tree.verbGroupHas(j, 'Mood=Ind')) break;
    if (r !== 'conj') {
      const sense = finder.senseOf(g);
      const lemma = tree.lemma(g);
      if (sense?.type === 'REQUEST') return 'requested';
      // "a déclaré que l'Irak devait coopérer": the obligation of a demand.
      if (
        lex.obligation.has(lemma) &&
        tree.head(g) >= 0 &&
        finder.demandedClause(tree.head(g)) === g
      )
        return 'requested';
      if (
        sense?.type === 'THREATEN' ||
        lex.desireVerbs.has(lemma) ||
        lex.possibilityVerbs.has(lemma)
      )
        return 'hypothetical';
      if (lex.possibilityAuxiliaries.has(lemma)) return 'hypothetical';
      // A purpose infinitive is told as its governor is: "va se rendre au Maroc pour y
      // rencontrer" is planned, "went to Rabat to meet" happened.
      if (
        /^advcl/.test(r) &&
        tree.hasFeat(j, 'VerbForm=Inf') &&
        tree.upos(g) === 'VERB' &&
        !/^(acl|amod)/.test(tree.rel(g))
      )
        return modalityOf(finder, { ...telling, trigger: g, clause: g, dates: [] }, documentDate);
      // Planned, promised or agreed: "prévoit de", "a promis de verser", "agreed to withdraw".
      if (lex.futureVerbs.has(lemma) || lex.futureAuxiliaries.has(lemma) || sense?.type === 'AGREE')
        return 'future';
      if (
        tree.children[g].some(
          (c) => /^mark/.test(tree.rel(c)) && lex.conditionMarkers.has(tree.forms[c]),
        )
      )
        return 'hypothetical';
      // Another event, or a verb of another clause (saying, believing): it does not change
      // modality; a verb that is no event carries its noun ("urged them to return to talks").
      const carrier = tree.upos(j) === 'NOUN' && /^(obj|obl)/.test(r) && !sense;
      if (sense || (tree.upos(g) === 'VERB' && !/^xcomp/.test(r) && !carrier)) break;
    }
    j = g;
  }
  // The future of the past in reported speech: "said they would meet", "a dit qu'il rencontrerait".
  const reported = inReportedClause(tree, v);
  if (reported && (auxiliaryIn(tree, v, lex.reportedFuture) || tree.hasFeat(v, 'Mood=Cnd')))
    return 'future';
  if (auxiliaryIn(tree, v, lex.possibilityAuxiliaries)) return 'hypothetical';
  if (
    auxiliaryIn(tree, v, lex.futureAuxiliaries) ||
    tree.verbGroupHas(v, 'Tense=Fut') ||
    scheduledInfinitive(tree, lex, v)
  )
    return 'future';
  if (
    (pluperfect(tree, v) && !reported && !inIndirectSpeech(finder, v)) ||
    datedBefore(telling, documentDate)
  )
    return 'background';
  if (datedAfter(telling, documentDate)) return 'future';
  return 'actual';
}
