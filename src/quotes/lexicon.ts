/** The speech cues of a language (lang/<code>/speech.json), indexed for the extractor. */
import { languagePack } from '../lang/index.js';
import type { SourceType } from './types.js';

export type CueFrame = 'speech' | 'cognition' | 'stance' | 'request' | 'denial';
/**
 * Where a cue's content lies: a que/that clause, a de/à/to infinitive, a noun phrase object,
 * a "comme/as" predicate, the adjective a reflexive verb attributes ("se dit prêt"), or only a
 * quoted fragment as object ("a parlé d'une « réalisation »": wording, never a bare noun phrase).
 */
export type ContentSlot =
  'clause' | 'infinitive' | 'object' | 'predicate' | 'attribute' | 'wording';

export interface CueEntry {
  frame: CueFrame;
  valence: string;
  content: ContentSlot[];
  /**
   * Objects that make the verb an act, not speech: "declare war", "déclarer l'état d'urgence",
   * "déclarer forfait". Word sequences (forms or lemmas) the object phrase reads at its head.
   */
  acts?: string[][];
}

/**
 * Where a noun's or adjective's content lies: a that-clause ("his claim that …", "convinced
 * that …"), a whether-clause ("questions whether …"), a to-infinitive ("eager to …"), or the
 * object of one of `cases` ("criticism of …", "critical of …").
 */
export type NominalSlot = 'clause' | 'question' | 'infinitive' | 'object';

export interface NominalEntry {
  content: NominalSlot[];
  /** Prepositions of the `object` slot. */
  cases?: string[];
  /**
   * The object slot attributes only with a source the text names (a possessor, a "by" agent,
   * a support verb's subject): "Trump's attacks on X", not "the attack on the embassy".
   */
  sourced?: boolean;
}

interface PhraseEntry extends CueEntry {
  lemmas: string[];
}

interface SpeechFile {
  verbs: Record<string, CueEntry>;
  nouns: Record<string, NominalEntry>;
  adjectives?: Record<string, NominalEntry>;
  supportVerbs?: string[];
  interrogatives?: string[];
  inciseForms: string[];
  incisePrefixes: string[];
  inciseInsideMarks: boolean;
  phrases: PhraseEntry[];
  markers: string[][];
  weakMarkers: string[][];
  polls?: { markers: string[][]; nouns: string[] };
  relays: {
    verbs: string[];
    passiveMarkers: string[];
    personRelatives: string[];
    interviewers?: string[];
  };
  basis: { verbs: string[]; nouns: string[] };
  complementizers: string[];
  infinitiveMarkers: string[];
  conformityMarkers: string[];
  addressee?: { cases: string[]; topicCases: string[] };
  narratorAdjuncts?: string[][];
  contrasts?: string[][];
  proforms?: string[];
  quantities?: string[];
  hedges: { phrases: string[][]; conditionalExceptions: string[] };
  denials: { patterns: string[][] };
  negation: string[];
  refusals?: { verbs: string[]; negatedVerbs: string[] };
  anonymity: { phrases: string[][]; nouns: string[]; indefinites: string[] };
  anaphora: {
    same: string[];
    demonstratives: string[];
    pronouns: string[];
    impersonal: string[];
    partitives: string[];
    anyRole: string[];
  };
  types: Record<'news' | 'government' | 'organisation' | 'igo', string[]>;
  mediumNouns: string[];
  reportNouns: string[];
  ruleNouns: string[];
  findings?: { verbs: Record<string, string[]>; nouns: string[] };
  nounInfinitiveMarkers?: string[];
  activeAuxiliaries: string[];
  newsroom: { pronouns: string[]; possessives: string[]; labels?: string[] };
  sourcing: { learningVerbs: string[]; phrases: string[][] };
  interview: { questions: string[]; answers: string[]; answerWords?: string[] };
}

export interface SpeechLexicon {
  lang: string;
  verbs: Map<string, CueEntry>;
  /** Nouns of saying taking a that-clause: "his claim that …", "l'affirmation selon laquelle …". */
  nouns: Set<string>;
  /** Nouns framing an attribution, with the complements carrying what is said or believed. */
  nounFrames: Map<string, NominalEntry>;
  /** Predicative adjectives of stance with their content: "X is convinced that …", "critical of". */
  adjectives: Map<string, NominalEntry>;
  /** Verbs whose subject is the source of their noun object: "made the claim", "expressed concern". */
  supportVerbs: Set<string>;
  /** Marks of an indirect question: "questions whether …". */
  interrogatives: Set<string>;
  /** Inflected verbs of saying that open a narrator's incise: "— Oui, répondit-il", "« …, a déclaré X, … »". */
  inciseForms: Set<string>;
  /** Auxiliaries and object clitics that may stand before an incise's verb ("a", "lui"). */
  incisePrefixes: Set<string>;
  /** The narrator's incise stands inside the quotation marks: "« …, a-t-il dit, … »". */
  inciseInsideMarks: boolean;
  phrases: PhraseEntry[];
  markers: string[][];
  weakMarkers: Set<string>;
  /** Prepositions that attribute only when they introduce a poll ("in a Gallup poll, …"). */
  pollMarkers: string[][];
  pollNouns: Set<string>;
  relayVerbs: Set<string>;
  passiveMarkers: Set<string>;
  /** Relative pronouns that stand only for persons ("who"): the noun they take up names people. */
  personRelatives: Set<string>;
  /** Verbs by which an outlet questions a speaker ("interviewed by the BBC"): their agent relays the speaker. */
  interviewers: Set<string>;
  basisVerbs: Set<string>;
  basisNouns: Set<string>;
  complementizers: Set<string>;
  infinitiveMarkers: Set<string>;
  conformityMarkers: Set<string>;
  /** Prepositions of a verb's addressee ("à son homologue", "to reporters"), never what is said. */
  addresseeCases: Set<string>;
  /** Prepositions of what the addressee is told about ("de sa décision", "of the plan"). */
  topicCases: Set<string>;
  /** Words opening the narrator's background after a mid-sentence incise (", officials said, as …"). */
  narratorAdjuncts: string[][];
  /** Words opening the narrator's contrast after a comma (", while 4 in 10 want …"): contents end before. */
  contrasts: string[][];
  /** Words standing for what was said ("said the same", "said so"): the content they are. */
  proforms: Set<string>;
  /** Words of quantity that head a poll's subject the parser may leave unattached ("Nearly half said"). */
  quantities: Set<string>;
  hedgePhrases: string[][];
  conditionalExceptions: Set<string>;
  denialPatterns: string[][];
  negation: Set<string>;
  /**
   * Refusals ("decline", "refuser"), and verbs that refuse under negation ("n'a pas souhaité",
   * "did not want"): the speaker states nothing, and a verb of saying under them says nothing.
   */
  refusalVerbs: Set<string>;
  negatedRefusalVerbs: Set<string>;
  anonymityPhrases: string[][];
  anonymityNouns: Set<string>;
  indefinites: Set<string>;
  same: Set<string>;
  demonstratives: Set<string>;
  pronouns: Set<string>;
  impersonal: Set<string>;
  /** The "one" of a partitive speaker: "one of the officials", "l'un des responsables". */
  partitives: Set<string>;
  /** Nouns that name no role and may point back to any source: "la même source". */
  anyRoleNouns: Set<string>;
  /** Folded head noun or name → speaker type. */
  typeWords: Map<string, SourceType>;
  mediumNouns: Set<string>;
  /** Mediums whose author is not what they tell of ("a report"): never the content's subject. */
  reportNouns: Set<string>;
  /** What a marker introduces as a rule or plan, not a source: "selon les mesures en vigueur". */
  ruleNouns: Set<string>;
  /**
   * Verbs by which a finding comes out of a study, with the prepositions of what it comes out
   * of ("il ressort de l'étude que …"): the study's author is the source.
   */
  findingVerbs: Map<string, Set<string>>;
  /** What a finding comes out of: "une étude", "un rapport", "a survey". */
  findingNouns: Set<string>;
  /** Infinitive markers that make modifiers of the noun before them: "de la vente à emporter". */
  nounInfinitiveMarkers: Set<string>;
  /** The perfect's auxiliary: its verb is active whatever voice the tagger gave it ("a proposé", "has rejected"). */
  activeAuxiliaries: Set<string>;
  /** The outlet speaking of itself: "nous", "we"; "selon nos informations". */
  newsroomPronouns: Set<string>;
  newsroomPossessives: Set<string>;
  /** The outlet's own labels before a colon ("Editor's note:", "CORRECTION:"): no speaker's tag. */
  newsroomLabels: Set<string>;
  /** Verbs by which the newsroom learns what it reports: "a-t-on appris". */
  learningVerbs: Set<string>;
  /** Phrases naming whom a newsroom learned from: "de source syndicale", "auprès de X". */
  sourcingPhrases: string[][];
  /** Labels opening the paragraphs of a question-and-answer interview: "Q:", "A:", "R :". */
  questionLabels: Set<string>;
  answerLabels: Set<string>;
  /** A reply as a verb's object: "said yes", "a répondu non". */
  answerWords: Set<string>;
}

/** Lowercase, typographic apostrophe as straight: the form every cue is written in. */
export const normForm = (form: string): string => form.toLowerCase().replace(/[’`]/g, "'");

const cache = new Map<string, SpeechLexicon | null>();

export function speechLexicon(lang: string): SpeechLexicon | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const pack = languagePack(lang);
  let lexicon: SpeechLexicon | null = null;
  if (pack?.has('speech')) {
    const f = pack.data<SpeechFile>('speech');
    const set = (words: string[]) => new Set(words.map(normForm));
    const seqs = (list: string[][]) => list.map((s) => s.map(normForm));
    const nominal = (entries: Record<string, NominalEntry>) =>
      new Map(
        Object.entries(entries).map(([lemma, entry]) => [
          normForm(lemma),
          { ...entry, cases: entry.cases?.map(normForm) },
        ]),
      );
    const typeWords = new Map<string, SourceType>();
    for (const [type, words] of Object.entries(f.types))
      for (const w of words) typeWords.set(normForm(w), type as SourceType);
    lexicon = {
      lang,
      verbs: new Map(
        Object.entries(f.verbs).map(([lemma, entry]) => [
          normForm(lemma),
          entry.acts ? { ...entry, acts: seqs(entry.acts) } : entry,
        ]),
      ),
      nouns: set(Object.keys(f.nouns).filter((lemma) => f.nouns[lemma].content.includes('clause'))),
      nounFrames: nominal(f.nouns),
      adjectives: nominal(f.adjectives ?? {}),
      supportVerbs: set(f.supportVerbs ?? []),
      interrogatives: set(f.interrogatives ?? []),
      inciseForms: set(f.inciseForms),
      incisePrefixes: set(f.incisePrefixes),
      inciseInsideMarks: f.inciseInsideMarks,
      phrases: f.phrases.map((p) => ({ ...p, lemmas: p.lemmas.map(normForm) })),
      markers: seqs(f.markers).sort((a, b) => b.length - a.length),
      weakMarkers: new Set(seqs(f.weakMarkers).map((s) => s.join(' '))),
      pollMarkers: seqs(f.polls?.markers ?? []),
      pollNouns: set(f.polls?.nouns ?? []),
      relayVerbs: set(f.relays.verbs),
      passiveMarkers: set(f.relays.passiveMarkers),
      personRelatives: set(f.relays.personRelatives),
      interviewers: set(f.relays.interviewers ?? []),
      basisVerbs: set(f.basis.verbs),
      basisNouns: set(f.basis.nouns),
      complementizers: set(f.complementizers),
      infinitiveMarkers: set(f.infinitiveMarkers),
      conformityMarkers: set(f.conformityMarkers),
      addresseeCases: set(f.addressee?.cases ?? []),
      topicCases: set(f.addressee?.topicCases ?? []),
      narratorAdjuncts: seqs(f.narratorAdjuncts ?? []),
      contrasts: seqs(f.contrasts ?? []),
      proforms: set(f.proforms ?? []),
      quantities: set(f.quantities ?? []),
      hedgePhrases: seqs(f.hedges.phrases),
      conditionalExceptions: set(f.hedges.conditionalExceptions),
      denialPatterns: seqs(f.denials.patterns).sort((a, b) => b.length - a.length),
      negation: set(f.negation),
      refusalVerbs: set(f.refusals?.verbs ?? []),
      negatedRefusalVerbs: set(f.refusals?.negatedVerbs ?? []),
      anonymityPhrases: seqs(f.anonymity.phrases),
      anonymityNouns: set(f.anonymity.nouns),
      indefinites: set(f.anonymity.indefinites),
      same: set(f.anaphora.same),
      demonstratives: set(f.anaphora.demonstratives),
      pronouns: set(f.anaphora.pronouns),
      impersonal: set(f.anaphora.impersonal),
      partitives: set(f.anaphora.partitives),
      anyRoleNouns: set(f.anaphora.anyRole),
      typeWords,
      mediumNouns: set(f.mediumNouns),
      reportNouns: set(f.reportNouns),
      ruleNouns: set(f.ruleNouns),
      findingVerbs: new Map(
        Object.entries(f.findings?.verbs ?? {}).map(([verb, cases]) => [verb, set(cases)]),
      ),
      findingNouns: set(f.findings?.nouns ?? []),
      nounInfinitiveMarkers: set(f.nounInfinitiveMarkers ?? []),
      activeAuxiliaries: set(f.activeAuxiliaries),
      newsroomPronouns: set(f.newsroom.pronouns),
      newsroomPossessives: set(f.newsroom.possessives),
      newsroomLabels: set(f.newsroom.labels ?? []),
      learningVerbs: set(f.sourcing.learningVerbs),
      sourcingPhrases: seqs(f.sourcing.phrases).sort((a, b) => b.length - a.length),
      questionLabels: set(f.interview.questions),
      answerLabels: set(f.interview.answers),
      answerWords: set(f.interview.answerWords ?? []),
    };
  }
  cache.set(lang, lexicon);
  return lexicon;
}
