/** Small readers over the tagged and parsed tokens of a Doc, shared by the quote extractor. */
import type { Doc, Span } from '../document.js';
import { normForm } from './lexicon.js';

export class Tree {
  readonly children: number[][];
  readonly forms: string[];

  /**
   * `activeAuxiliaries`: the perfect's auxiliary ("avoir", "have"); a verb it builds without a
   * passive auxiliary is active whatever voice the tagger gave it ("aurait proposé", "has rejected").
   */
  constructor(
    readonly doc: Doc,
    private readonly activeAuxiliaries: ReadonlySet<string> = new Set(),
  ) {
    const n = doc.tokens.length;
    this.children = Array.from({ length: n }, () => []);
    const deps = doc.dependencies ?? [];
    for (let i = 0; i < deps.length; i++)
      if (deps[i].head >= 0) this.children[deps[i].head].push(i);
    this.forms = doc.tokens.map((t) => normForm(t.text));
  }

  head(i: number): number {
    return this.doc.dependencies?.[i]?.head ?? -1;
  }
  rel(i: number): string {
    return this.doc.dependencies?.[i]?.deprel ?? 'dep';
  }
  upos(i: number): string {
    return this.doc.tags?.[i]?.upos ?? 'X';
  }
  lemma(i: number): string {
    return normForm(this.doc.tags?.[i]?.lemma ?? this.doc.tokens[i].text);
  }
  feats(i: number): string {
    return this.doc.tags?.[i]?.feats ?? '_';
  }
  hasFeat(i: number, feat: string): boolean {
    return this.feats(i).split('|').includes(feat);
  }
  childrenWith(i: number, test: (rel: string, j: number) => boolean): number[] {
    return this.children[i].filter((j) => test(this.rel(j), j));
  }

  /** Whether `ancestor` dominates `i` (or is `i`). */
  dominates(ancestor: number, i: number): boolean {
    for (let j = i, steps = 0; j >= 0 && steps < 200; j = this.head(j), steps++)
      if (j === ancestor) return true;
    return false;
  }

  /** Token indices of the subtree of `i`, not descending into tokens `skip` refuses. */
  subtree(i: number, skip: (j: number) => boolean = () => false): number[] {
    const out: number[] = [];
    const stack = [i];
    while (stack.length > 0) {
      const j = stack.pop()!;
      out.push(j);
      for (const c of this.children[j]) if (!skip(c)) stack.push(c);
    }
    return out.sort((a, b) => a - b);
  }

  /** The contiguous run of `members` around `anchor`. */
  contiguous(members: number[], anchor: number): [number, number] {
    const set = new Set(members);
    let a = anchor;
    let b = anchor;
    while (set.has(a - 1)) a--;
    while (set.has(b + 1)) b++;
    return [a, b];
  }

  /** Character span of tokens a..b inclusive. */
  span(a: number, b: number): Span {
    return { start: this.doc.tokens[a].start, end: this.doc.tokens[b].end };
  }

  /** Punctuation or a sign; a sign read as a word right after a number is its unit ("10 %"). */
  isPunct(i: number): boolean {
    if (this.upos(i) === 'PUNCT') return true;
    if (!/^[\p{P}\p{S}]+$/u.test(this.doc.tokens[i].text)) return false;
    return !(i > 0 && this.upos(i - 1) === 'NUM');
  }

  /** Whether the auxiliaries or the verb itself carry a feature: Mood=Cnd on "aurait fait". */
  verbGroupHas(v: number, feat: string): boolean {
    if (this.hasFeat(v, feat)) return true;
    return this.children[v].some((c) => /^(aux|cop)/.test(this.rel(c)) && this.hasFeat(c, feat));
  }

  /**
   * Passive voice: a passive participle or a passive auxiliary. A participle heading its
   * sentence without any auxiliary is a mistagged finite verb ("The senator called for …").
   */
  isPassive(v: number): boolean {
    const auxiliary = this.children[v].some((c) => /^(aux|cop)/.test(this.rel(c)));
    if (this.head(v) < 0 && !auxiliary) return false;
    const perfect = this.children[v].some(
      (c) => /^aux/.test(this.rel(c)) && this.activeAuxiliaries.has(this.lemma(c)),
    );
    if (perfect && !this.children[v].some((c) => this.rel(c) === 'aux:pass')) return false;
    return (
      this.hasFeat(v, 'Voice=Pass') ||
      this.children[v].some(
        (c) => this.rel(c) === 'aux:pass' || this.rel(c).startsWith('nsubj:pass'),
      )
    );
  }

  /** Whether token forms starting at `i` spell `seq` (normalised forms). */
  matches(i: number, seq: string[], end: number): boolean {
    if (i + seq.length > end) return false;
    for (let k = 0; k < seq.length; k++) if (this.forms[i + k] !== seq[k]) return false;
    return true;
  }
}
