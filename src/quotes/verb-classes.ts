/**
 * Cues from verb classes: a verb the speech lexicon lacks whose class (lang/<code>/verb-classes.json,
 * WordNet's lexicographer files for English: verb.communication, verb.cognition …) is one the
 * language's speech.json `verbClasses` names frames an attribution when it has a named or
 * personal subject and a complement its class reports through ("chastised the board for …",
 * "has pooh-poohed the consensus that …"). The cue is handed to the extractor as a lexicon entry
 * whose content slots are those complements, so its content and speaker are read as a lexicon
 * verb's. A language without the two files (French) keeps its lexicon alone.
 */
import { languagePack } from '../lang/index.js';
import type { ContentSlot, CueEntry, SpeechLexicon } from './lexicon.js';
import type { Tree } from './tree.js';

/** speech.json `verbClasses`: the classes that frame attributions and what each reports through. */
export interface VerbClassRules {
  /** How many of a lemma's most frequent senses the generator looks at for a listed class. */
  senses: number;
  /** Class name → the complements that are its content ('clause', 'infinitive', 'object'). */
  classes: Record<string, ContentSlot[]>;
  /** Lemmas of a listed class that frame no attribution (their frequent use is an act). */
  stop: string[];
}

/** lang/<code>/verb-classes.json: lemmas by class, generated (src/quotes/verb-classes-build.ts). */
export interface VerbClassFile {
  _about: string[];
  senses: number;
  classes: Record<string, string[]>;
}

export interface VerbClasses {
  /** Lemma → class, stop-listed lemmas left out. */
  classOf: Map<string, string>;
  /** Class → the entry its verbs take, with all the content slots the class allows. */
  slots: Map<string, ContentSlot[]>;
}

const SLOT_ORDER: ContentSlot[] = ['clause', 'infinitive', 'object'];

const cache = new Map<string, VerbClasses | null>();

/** The verb classes of a language, read once; null when it has none. */
export function verbClasses(lang: string): VerbClasses | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const pack = languagePack(lang);
  let classes: VerbClasses | null = null;
  const rules = pack?.has('speech')
    ? pack.data<{ verbClasses?: VerbClassRules }>('speech').verbClasses
    : undefined;
  if (pack && rules && pack.has('verb-classes')) {
    const file = pack.data<VerbClassFile>('verb-classes');
    const stop = new Set(rules.stop);
    const classOf = new Map<string, string>();
    for (const [name, lemmas] of Object.entries(file.classes))
      if (rules.classes[name])
        for (const lemma of lemmas) if (!stop.has(lemma)) classOf.set(lemma, name);
    classes = { classOf, slots: new Map(Object.entries(rules.classes)) };
  }
  cache.set(lang, classes);
  return classes;
}

/**
 * The class cues of one document: per verb token, the entry it frames (null: none), read once
 * (the extractor asks about a token more than once).
 */
export class VerbClassCues {
  private readonly entries = new Map<number, CueEntry | null>();
  /** One entry per set of slots, shared by the verbs that have it. */
  private readonly shared = new Map<string, CueEntry>();

  constructor(
    private readonly tree: Tree,
    private readonly lex: SpeechLexicon,
    private readonly classes: VerbClasses,
    /** Whether a subject can be a source: a name, a person or institution noun, a pronoun. */
    private readonly sourceLike: (np: number) => boolean,
  ) {}

  /** The entry of the verb at `v`, when its class frames an attribution here. */
  entryAt(v: number): CueEntry | null {
    if (!this.entries.has(v)) this.entries.set(v, this.read(v));
    return this.entries.get(v)!;
  }

  private read(v: number): CueEntry | null {
    const t = this.tree;
    const name = this.classes.classOf.get(t.lemma(v));
    if (name === undefined || t.upos(v) !== 'VERB' || this.lex.verbs.has(t.lemma(v))) return null;
    // "was chastised by the board": whom the verb is about is its subject, not the speaker.
    if (t.isPassive(v)) return null;
    const subject = this.subject(v);
    if (subject < 0 || !this.sourceLike(subject) || !this.personalIfPronoun(subject)) return null;
    const allowed = this.classes.slots.get(name)!;
    const found = complementsOf(t, this.lex, v).filter((s) => allowed.includes(s));
    if (found.length === 0) return null;
    const key = found.join(' ');
    if (!this.shared.has(key))
      this.shared.set(key, { frame: 'stance', valence: 'neutral', content: found });
    return this.shared.get(key)!;
  }

  /**
   * A pronoun subject stands for a person: "he", "they", "we", "who" ("it means that", "which
   * shows that" have a fact for subject, no source).
   */
  private personalIfPronoun(subject: number): boolean {
    const t = this.tree;
    if (t.upos(subject) !== 'PRON') return true;
    const form = t.forms[subject];
    return (
      this.lex.pronouns.has(form) ||
      this.lex.personRelatives.has(form) ||
      /(^|\|)Person=[12](\||$)/.test(t.feats(subject))
    );
  }

  /** The subject of a verb, else that of the verb it is an infinitive or conjunct of. */
  private subject(v: number): number {
    const t = this.tree;
    for (let j = v, n = 0; j >= 0 && n < 3; j = t.head(j), n++) {
      const s = t.childrenWith(j, (r) => r.startsWith('nsubj'));
      if (s.length > 0) return s[0];
      if (!/^(xcomp|conj)/.test(t.rel(j))) break;
    }
    return -1;
  }
}

/**
 * The content slots of the complements a verb has after it: a clause ("that …"), a to-infinitive,
 * a noun phrase object. A clause after a comma is an adjunct ("revised the plan, promising …").
 */
export function complementsOf(t: Tree, lex: SpeechLexicon, v: number): ContentSlot[] {
  const found = new Set<ContentSlot>();
  for (const c of t.children[v]) {
    if (c < v) continue;
    const first = t.subtree(c)[0];
    if (t.forms[first] === ',' || t.forms[first - 1] === ',') continue;
    const rel = t.rel(c);
    if (rel.startsWith('ccomp')) found.add('clause');
    else if (rel.startsWith('xcomp')) {
      const to = t.children[c].some(
        (m) => m < c && t.rel(m) === 'mark' && lex.infinitiveMarkers.has(t.forms[m]),
      );
      if (to) found.add('infinitive');
    } else if (
      rel === 'obj' &&
      (/^(NOUN|PROPN)$/.test(t.upos(c)) || (t.upos(c) === 'PRON' && t.hasFeat(c, 'PronType=Prs')))
    )
      found.add('object');
  }
  return SLOT_ORDER.filter((s) => found.has(s));
}
