/** The event cues of a language (lang/<code>/events.json), indexed for the event coder. */
import { languagePack } from '../lang/index.js';
import { speechLexicon } from '../quotes/lexicon.js';
import { PLOVER_TYPES, type PloverType } from './types.js';

/** One sense of a trigger lemma. */
export interface TriggerSense {
  type: PloverType;
  mode?: string;
  /**
   * VERB or NOUN; any of the two when absent. ADJ only when said: a predicate adjective
   * with its infinitive ("is willing to withdraw", "s'est dit prêt à coopérer").
   */
  pos?: 'VERB' | 'NOUN' | 'ADJ';
  /** A dependent of the trigger, or its case marker or complementizer, must be one of these forms. */
  with?: string[];
  /** Every one of these forms must be such a dependent or marker ("s'en prendre à": en, à). */
  withAll?: string[];
  /**
   * A dependent marked by one of these forms must name a place or a party, not a time ("a
   * strike on Kharkiv" is an attack, "a strike on Monday" may be a walkout).
   */
  targets?: string[];
  /** None of these forms may be such a dependent or marker ("la trêve estivale" is no ceasefire). */
  without?: string[];
  /** The trigger's object must have one of these lemmas. */
  objects?: string[];
  /** The trigger's subject must have one of these lemmas ("forces will leave al-Tanf"). */
  subjects?: string[];
  /** The trigger's object must be an actor (a person, an organisation, a state). */
  entityObject?: boolean;
  /** The object is what is given; the recipient follows a recipient preposition ("livrer des vivres au Soudan"). */
  theme?: boolean;
  /** The type a negated telling takes: "will not accept", "ne cédera pas" refuse (REJECT). */
  negated?: PloverType;
  /** Role of a genitive noun modifier ("l'arrestation de X"): actor unless said. */
  genitive?: 'actor' | 'recipient';
  /** The subject undergoes the act, whose actor goes unnamed ("ont écopé de deux ans", "served a sentence"). */
  subjectUndergoes?: boolean;
}

interface EventsFile {
  triggers: Record<string, TriggerSense | TriggerSense[]>;
  cases: {
    recipient: string[];
    actor: string[];
    both: string[];
    target?: string[];
    agent?: string[];
    topic?: string[];
    prevent?: string[];
    locative?: string[];
    aim?: string[];
    source?: string[];
    state?: string[];
    partitive?: string[][];
    setting?: string[];
    attribution?: string[];
  };
  lightVerbs: string[];
  involvingVerbs?: string[];
  passiveAuxiliaries: string[];
  perfectAuxiliaries?: string[];
  unaccusatives?: string[];
  backgroundNouns: string[];
  existential: { verbs: string[]; expletives: string[] };
  reflexives: string[];
  negation: {
    adverbs: string[];
    determiners: string[];
    coordinators: string[];
    prepositions: string[];
    verbs: string[];
    implicatives: string[];
    failures: string[];
    knowing?: string[];
  };
  future: { auxiliaries: string[]; verbs: string[]; reported: string[] };
  hypothetical: { markers: string[]; auxiliaries: string[]; verbs: string[] };
  desire: string[];
  intent?: string[];
  anaphoricTime: string[][];
  quantifiers?: string[][];
  thingNames?: string[][];
  placeNouns?: string[];
  plural: { pronouns: string[]; numerals: string[] };
  questionWords: string[];
  recallMarkers?: string[];
  naturalForces?: string[];
  people?: string[];
  civilians?: string[];
  sourceNouns?: string[];
  reportNouns?: string[];
  particles?: string[];
  frameNouns?: string[];
  stopping?: string[];
  silence?: string[];
  obligation?: string[];
  modes: Record<string, Record<string, string[]>>;
  contexts: Record<string, string[]>;
}

export interface EventLexicon {
  lang: string;
  triggers: Map<string, TriggerSense[]>;
  recipientCases: Set<string>;
  actorCases: Set<string>;
  reciprocalCases: Set<string>;
  /** Markers after which a place is a participant, the state it stands for: "une attaque contre Goma". */
  targetCases: Set<string>;
  /** Markers of an event noun's agent: "le bombardement de Belgrade par l'OTAN". */
  agentCases: Set<string>;
  /** Markers of what talks or an agreement are about: "talks on the war" tells no war. */
  topicCases: Set<string>;
  /** Markers of what a ban keeps from happening: "banned them from travelling". */
  preventCases: Set<string>;
  /** Recipient markers that also say where ("à Paris"): a city they mark is a place, not an addressee. */
  locativeCases: Set<string>;
  /** Markers of whom an attack is aimed at, besides the target cases: "fired tear gas at protesters". */
  aimCases: Set<string>;
  /** Markers of whom a noun's act comes from: "an appeal from the president", "pressure from NATO". */
  sourceCases: Set<string>;
  /** Markers of an act a noun's referents are in ("salariés en grève", "workers on strike"): a state now. */
  stateCases: Set<string>;
  /** Partitive articles as the parser splits them ("du" is "de le"), read as a case marker: "a déversé du lisier". */
  partitives: string[][];
  /** Markers of where a party is ("prisoners in the yard"): a setting is no part of its phrase. */
  settingCases: Set<string>;
  /** Markers of whom a statement is attributed to ("selon", "according to"): no part of what is said, agreed or asked. */
  attributionCases: Set<string>;
  /** Nouns of natural forces and accidents: what they do is no actor's act ("an earthquake killed"). */
  naturalForces: Set<string>;
  lightVerbs: Set<string>;
  /** Verbs drawing their object into an act named by their oblique ("engaged X in a firefight"). */
  involvingVerbs: Set<string>;
  passiveAuxiliaries: Set<string>;
  /** Auxiliaries of the perfect ("a … dénoncé"), which the parser may take for a main verb. */
  perfectAuxiliaries: Set<string>;
  /**
   * Verbs without a passive: French ones take the passive auxiliary in their compound tenses
   * ("est entrée"); English ones are intransitive ("clashed").
   */
  unaccusatives: Set<string>;
  /** Nouns whose infinitive complement is a past fact: "sa décision de suspendre". */
  backgroundNouns: Set<string>;
  existentialVerbs: Set<string>;
  expletives: Set<string>;
  reflexives: Set<string>;
  negAdverbs: Set<string>;
  negDeterminers: Set<string>;
  negCoordinators: Set<string>;
  negPrepositions: Set<string>;
  denialVerbs: Set<string>;
  /** Negated, they negate their complement: "ne sont pas parvenus à adopter", "did not manage to". */
  implicativeVerbs: Set<string>;
  /** Their complement did not happen: "a échoué à", "failed to". */
  failureVerbs: Set<string>;
  /** Negated, they deny only knowledge of their object: "has not confirmed the meeting". */
  knowingVerbs: Set<string>;
  questionWords: Set<string>;
  /** Markers of a clause or phrase that dates the news from a past event: "since", "depuis". */
  recallMarkers: Set<string>;
  /** Nouns naming people or bodies of people: participants though not named actors. */
  people: Set<string>;
  /** Nouns naming people by what they are, not by a function: civilians (PLOVER CVL) unless said. */
  civilians: Set<string>;
  /** Nouns whose genitive is whom an act comes from: "de la part de", "on the part of". */
  sourceNouns: Set<string>;
  /** Nouns by which a light verb reports an act rather than doing it ("faire état de"). */
  reportNouns: Set<string>;
  /**
   * Nouns naming what was said or where (lang/<code>/speech.json `nouns` and `mediumNouns`, and
   * `reportNouns`): rejecting one denies it ("rejected that account").
   */
  speechNouns: Set<string>;
  /** Adverbial particles of phrasal verbs the parser may take for prepositions ("broke off relations"). */
  particles: Set<string>;
  /** Words framing a clause by an event ("au cours d'une rencontre", "on the sidelines of talks"). */
  frameNouns: Set<string>;
  /** Nouns and verbs of stopping: what they stop is no act of its own ("l'arrêt des tirs"). */
  stopping: Set<string>;
  /** Verbs and nouns of commenting: refusing them is declining to speak, no act ("declined to comment"). */
  silence: Set<string>;
  /** Auxiliaries of obligation: under a verb of saying they make a demand ("said Sudan must return"). */
  obligation: Set<string>;
  futureAuxiliaries: Set<string>;
  futureVerbs: Set<string>;
  /** Auxiliaries that mark the future of the past under a verb of saying ("would"). */
  reportedFuture: Set<string>;
  conditionMarkers: Set<string>;
  possibilityAuxiliaries: Set<string>;
  possibilityVerbs: Set<string>;
  desireVerbs: Set<string>;
  /** Verbs of wishing whose own act, wished, expresses intent: PLOVER codes the promise or threat. */
  intentVerbs: Set<string>;
  anaphoricTime: string[][];
  /** Words that bound a count and belong to the counted phrase: "at least 12 people". */
  quantifiers: string[][];
  /** Lemma sequences of compound nouns naming a thing, whose words tell no act ("appel d'offres"). */
  thingNames: string[][];
  /** Nouns naming a settlement or an area: a name in their genitive is the place's own ("the town of Kessar"). */
  placeNouns: Set<string>;
  pluralPronouns: Set<string>;
  groupNumerals: Set<string>;
  /** type → mode → cue words looked for in the trigger's clause. */
  modes: Map<string, [string, Set<string>][]>;
  /** context → cue words (or multiword phrases) looked for in the sentence. */
  contexts: [string, string[]][];
}

const lexicons = new Map<string, EventLexicon | null>();

const lower = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));

export function eventLexicon(lang: string): EventLexicon | null {
  if (lexicons.has(lang)) return lexicons.get(lang)!;
  const pack = languagePack(lang);
  const lexicon = pack?.has('events') ? indexLexicon(lang, pack.data<EventsFile>('events')) : null;
  lexicons.set(lang, lexicon);
  return lexicon;
}

function indexLexicon(lang: string, file: EventsFile): EventLexicon {
  const triggers = new Map<string, TriggerSense[]>();
  for (const [lemma, senses] of Object.entries(file.triggers)) {
    const list = Array.isArray(senses) ? senses : [senses];
    for (const sense of list) {
      if (!(PLOVER_TYPES as readonly string[]).includes(sense.type))
        throw new Error(`lang/${lang}/events.json: unknown PLOVER type ${sense.type} for ${lemma}`);
    }
    triggers.set(lemma.toLowerCase(), list);
  }
  const speech = speechLexicon(lang);
  return {
    lang,
    triggers,
    recipientCases: lower(file.cases.recipient),
    actorCases: lower(file.cases.actor),
    reciprocalCases: lower(file.cases.both),
    targetCases: lower(file.cases.target ?? []),
    agentCases: lower(file.cases.agent ?? []),
    topicCases: lower(file.cases.topic ?? []),
    preventCases: lower(file.cases.prevent ?? []),
    locativeCases: lower(file.cases.locative ?? []),
    aimCases: lower(file.cases.aim ?? []),
    sourceCases: lower(file.cases.source ?? []),
    stateCases: lower(file.cases.state ?? []),
    partitives: (file.cases.partitive ?? []).map((p) => p.map((w) => w.toLowerCase())),
    settingCases: lower(file.cases.setting ?? []),
    attributionCases: lower(file.cases.attribution ?? []),
    naturalForces: lower(file.naturalForces ?? []),
    lightVerbs: lower(file.lightVerbs),
    involvingVerbs: lower(file.involvingVerbs ?? []),
    passiveAuxiliaries: lower(file.passiveAuxiliaries),
    perfectAuxiliaries: lower(file.perfectAuxiliaries ?? []),
    unaccusatives: lower(file.unaccusatives ?? []),
    backgroundNouns: lower(file.backgroundNouns),
    existentialVerbs: lower(file.existential.verbs),
    expletives: lower(file.existential.expletives),
    reflexives: lower(file.reflexives),
    negAdverbs: lower(file.negation.adverbs),
    negDeterminers: lower(file.negation.determiners),
    negCoordinators: lower(file.negation.coordinators),
    negPrepositions: lower(file.negation.prepositions),
    denialVerbs: lower(file.negation.verbs),
    implicativeVerbs: lower(file.negation.implicatives ?? []),
    failureVerbs: lower(file.negation.failures ?? []),
    knowingVerbs: lower(file.negation.knowing ?? []),
    questionWords: lower(file.questionWords ?? []),
    recallMarkers: lower(file.recallMarkers ?? []),
    people: lower(file.people ?? []),
    civilians: lower(file.civilians ?? []),
    sourceNouns: lower(file.sourceNouns ?? []),
    reportNouns: lower(file.reportNouns ?? []),
    speechNouns: new Set([
      ...lower(file.reportNouns ?? []),
      ...(speech?.nouns ?? []),
      ...(speech?.mediumNouns ?? []),
    ]),
    particles: lower(file.particles ?? []),
    frameNouns: lower(file.frameNouns ?? []),
    stopping: lower(file.stopping ?? []),
    silence: lower(file.silence ?? []),
    obligation: lower(file.obligation ?? []),
    futureAuxiliaries: lower(file.future.auxiliaries),
    futureVerbs: lower(file.future.verbs),
    reportedFuture: lower(file.future.reported),
    conditionMarkers: lower(file.hypothetical.markers),
    possibilityAuxiliaries: lower(file.hypothetical.auxiliaries),
    possibilityVerbs: lower(file.hypothetical.verbs),
    desireVerbs: lower(file.desire),
    intentVerbs: lower(file.intent ?? []),
    anaphoricTime: file.anaphoricTime.map((p) => p.map((w) => w.toLowerCase())),
    quantifiers: (file.quantifiers ?? []).map((p) => p.map((w) => w.toLowerCase())),
    thingNames: (file.thingNames ?? []).map((p) => p.map((w) => w.toLowerCase())),
    placeNouns: lower(file.placeNouns ?? []),
    pluralPronouns: lower(file.plural.pronouns),
    groupNumerals: lower(file.plural.numerals),
    modes: new Map(
      Object.entries(file.modes).map(([type, modes]) => [
        type,
        Object.entries(modes).map(([mode, cues]) => [mode, lower(cues)] as [string, Set<string>]),
      ]),
    ),
    contexts: Object.entries(file.contexts).map(([context, cues]) => [
      context,
      cues.map((c) => c.toLowerCase()),
    ]),
  };
}
