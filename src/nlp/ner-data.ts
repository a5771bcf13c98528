/**
 * Readers for the NER corpora, each turned into sentences of words with BIO
 * tags over PER, ORG, LOC and MISC. Sources that do not follow UD word
 * segmentation (WikiANN, Europeana) are re-segmented the way the run-time
 * tokenizer does it, so that training sees the words it will meet.
 */
import { readFileSync } from 'node:fs';

export interface NerSentence {
  words: string[];
  tags: string[];
  /** Document index within its corpus, when the corpus marks documents. */
  doc?: number;
}

/** How a language's surface tokens map to UD words (from lang/<code>/ner.json). */
export interface WordSegmentation {
  /** Elided forms that are words of their own: `l'`, `d'`, `qu'`. */
  elisions: string[];
  /** Contractions always split: `du` → `de le`. */
  contractions: Record<string, string[]>;
  /** Contractions split only inside a name, where they are prepositions: `des` → `de les`. */
  contractionsInNames: Record<string, string[]>;
}

/** Source type names to the four output types; anything else is dropped. */
const TYPE_MAP: Record<string, string> = {
  PER: 'PER',
  PERS: 'PER',
  ORG: 'ORG',
  LOC: 'LOC',
  MISC: 'MISC',
  PROD: 'MISC',
  EVE: 'MISC',
};

function mapType(raw: string): string | null {
  return TYPE_MAP[raw.toUpperCase()] ?? null;
}

/** BIO tag with the type mapped; `O` for unknown types. */
function mapTag(tag: string): string {
  if (tag === 'O' || tag.length < 3) return 'O';
  const type = mapType(tag.slice(2));
  return type === null ? 'O' : `${tag[0]}-${type}`;
}

/** Repairs I- tags that start a span (IOB1 or noisy data) into B- tags. */
export function toBio(tags: string[]): string[] {
  return tags.map((tag, i) => {
    if (!tag.startsWith('I-')) return tag;
    const prev = i > 0 ? tags[i - 1] : 'O';
    return prev === 'O' || prev.slice(2) !== tag.slice(2) ? 'B-' + tag.slice(2) : tag;
  });
}

/**
 * Sequoia with PARSEME named entities (column 11, `k:PROPN|NE-PERS.final|_` on
 * the first word, `k` on the next ones). Only `.final` entities count (the
 * `.prim` ones are the literal reading behind a metonymy); nested ones keep the
 * outermost span.
 */
export function readSequoiaNe(path: string): NerSentence[] {
  const sentences: NerSentence[] = [];
  let words: string[] = [];
  let marks: string[][] = [];
  const flush = () => {
    if (words.length === 0) return;
    const types = new Map<string, string>();
    const members = new Map<string, number[]>();
    marks.forEach((items, w) => {
      for (const item of items) {
        const m = /^(\d+)(?::(.*))?$/.exec(item);
        if (!m) continue;
        const key = m[1];
        if (m[2] !== undefined) {
          const ne = /NE-([A-Z]+)\.final/.exec(m[2]);
          if (ne) types.set(key, ne[1]);
        }
        if (!members.has(key)) members.set(key, []);
        members.get(key)!.push(w);
      }
    });
    const spans: { start: number; end: number; type: string }[] = [];
    for (const [key, raw] of types) {
      const type = mapType(raw);
      const ws = members.get(key);
      if (type === null || !ws) continue;
      spans.push({ start: Math.min(...ws), end: Math.max(...ws) + 1, type });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const tags = words.map(() => 'O');
    let covered = 0;
    for (const s of spans) {
      if (s.start < covered) continue;
      for (let i = s.start; i < s.end; i++) tags[i] = (i === s.start ? 'B-' : 'I-') + s.type;
      covered = s.end;
    }
    sentences.push({ words, tags });
    words = [];
    marks = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (!/^\d+$/.test(cols[0])) continue; // multiword-token ranges: we want the words
    words.push(cols[1]);
    marks.push(cols.length > 10 && cols[10] !== '*' ? cols[10].split(';') : []);
  }
  flush();
  return sentences;
}

/**
 * Gathers a corpus's words and BIO tags into sentences. `finish` turns each
 * sentence into what the reader returns; corpora that mark documents number
 * them (`nextDocument`), the others leave `doc` out.
 */
class SentenceCollector {
  readonly sentences: NerSentence[] = [];
  private doc: number | undefined;
  private words: string[] = [];
  private tags: string[] = [];

  constructor(
    documents: boolean,
    private readonly finish: (sentence: NerSentence) => NerSentence = (sentence) => sentence,
  ) {
    this.doc = documents ? 0 : undefined;
  }

  get length(): number {
    return this.words.length;
  }

  add(word: string, tag: string): void {
    this.words.push(word);
    this.tags.push(tag);
  }

  flush(): void {
    if (this.words.length > 0) {
      const sentence: NerSentence = { words: this.words, tags: toBio(this.tags) };
      if (this.doc !== undefined) sentence.doc = this.doc;
      this.sentences.push(this.finish(sentence));
    }
    this.words = [];
    this.tags = [];
  }

  nextDocument(): void {
    this.flush();
    if (this.doc !== undefined) this.doc++;
  }
}

/** `idx<TAB>token<TAB>IOB2` files (CoNLL-2003, WikiGold, WikiNEuRal), `-DOCSTART-` separating documents. */
export function readIndexedBio(path: string): NerSentence[] {
  const out = new SentenceCollector(true);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 3) out.flush();
    else if (cols[1] === '-DOCSTART-') out.nextDocument();
    else out.add(cols[1], mapTag(cols[2].trim()));
  }
  out.flush();
  return out.sentences;
}

/** WikiANN: `fr:token<TAB>IOB2`, blank lines between sentences. */
export function readWikiann(path: string, seg: WordSegmentation): NerSentence[] {
  const out = new SentenceCollector(false, (sentence) => resegment(sentence, seg));
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) out.flush();
    else out.add(cols[0].replace(/^[a-z]{2,3}:/, ''), mapTag(cols[1].trim()));
  }
  out.flush();
  return out.sentences;
}

/**
 * Europeana newspapers: `token TAG` per line, IOB1, one stream without
 * sentence breaks; cut into pseudo-sentences after final punctuation.
 */
export function readEuropeana(path: string, seg: WordSegmentation, maxWords = 60): NerSentence[] {
  const out = new SentenceCollector(false, (sentence) => resegment(sentence, seg));
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    const word = line.slice(0, sp);
    const tag = mapTag(line.slice(sp + 1).trim());
    out.add(word, tag);
    if ((/^[.!?]$/.test(word) && tag === 'O') || out.length >= maxWords) out.flush();
  }
  out.flush();
  return out.sentences;
}

/** HIPE-2020 TSV: TOKEN and NE-COARSE-LIT columns; sentences end at `PySBDSegment` or a new document. */
export function readHipe(path: string): NerSentence[] {
  const out = new SentenceCollector(true);
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# document_id')) {
      out.nextDocument();
      continue;
    }
    if (line.startsWith('#') || line.startsWith('TOKEN\t')) continue;
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    out.add(cols[0], mapTag(cols[1]));
    if (cols[9].includes('PySBDSegment')) out.flush();
  }
  out.flush();
  return out.sentences;
}

/**
 * Splits elided prefixes (`l'Isère` → `l'` `Isère`) and contractions
 * (`du` → `de` `le`) like the run-time tokenizer. A split-off elision or
 * contraction at the start of a name stays outside the name.
 */
export function resegment(sentence: NerSentence, seg: WordSegmentation): NerSentence {
  const words: string[] = [];
  const tags: string[] = [];
  const elisions = [...seg.elisions].sort((a, b) => b.length - a.length);
  sentence.words.forEach((raw, i) => {
    let word = raw;
    const tag = sentence.tags[i];
    const type = tag.slice(2);
    const lower = word.toLowerCase().replace(/’/g, "'");
    const elision = elisions.find((e) => lower.startsWith(e) && lower.length > e.length);
    if (elision !== undefined) {
      words.push(word.slice(0, elision.length));
      tags.push(tag.startsWith('B-') ? 'O' : tag);
      word = word.slice(elision.length);
    }
    const parts =
      seg.contractions[word.toLowerCase()] ??
      (tag.startsWith('I-') ? seg.contractionsInNames[word.toLowerCase()] : undefined);
    if (parts) {
      const capital = word[0] !== word[0].toLowerCase();
      parts.forEach((p, k) => {
        words.push(k === 0 && capital ? p[0].toUpperCase() + p.slice(1) : p);
        tags.push(tag === 'O' ? 'O' : k === 0 ? tag : 'I-' + type);
      });
      return;
    }
    words.push(word);
    tags.push(tag);
  });
  return { words, tags: toBio(tags), doc: sentence.doc };
}
