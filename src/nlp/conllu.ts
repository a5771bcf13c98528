/** Reader for CoNLL-U treebanks (Universal Dependencies). */
import { readFileSync } from 'node:fs';

export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 for the root. */
  head: number;
  deprel: string;
  misc: string;
}

/** A surface token: one word, or a multiword token such as French `du` = `de le`. */
export interface ConlluToken {
  form: string;
  /** Indices into `words` of the words it stands for. */
  first: number;
  last: number;
  spaceAfter: boolean;
}

export interface ConlluSentence {
  id: string;
  text: string;
  newDoc: boolean;
  newPar: boolean;
  words: ConlluWord[];
  tokens: ConlluToken[];
}

export function parseConllu(content: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence | null = null;
  let pendingRange: { form: string; from: number; to: number; spaceAfter: boolean } | null = null;
  const fresh = (): ConlluSentence => ({
    id: '',
    text: '',
    newDoc: false,
    newPar: false,
    words: [],
    tokens: [],
  });
  for (const rawLine of content.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line === '') {
      if (current && current.words.length > 0) sentences.push(current);
      current = null;
      continue;
    }
    current ??= fresh();
    if (line.startsWith('#')) {
      const m = /^#\s*([^=]+?)\s*=\s?(.*)$/.exec(line);
      if (m) {
        if (m[1] === 'sent_id') current.id = m[2];
        else if (m[1] === 'text') current.text = m[2];
      }
      if (/^#\s*newdoc\b/.test(line)) current.newDoc = true;
      if (/^#\s*newpar\b/.test(line)) current.newPar = true;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10) continue;
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range) {
      pendingRange = {
        form: cols[1],
        from: Number(range[1]),
        to: Number(range[2]),
        spaceAfter: !/SpaceAfter=No/.test(cols[9]),
      };
      continue;
    }
    if (!/^\d+$/.test(cols[0])) continue; // empty nodes (8.1) are not surface words
    const word: ConlluWord = {
      id: Number(cols[0]),
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      xpos: cols[4],
      feats: cols[5],
      head: Number(cols[6]),
      deprel: cols[7],
      misc: cols[9],
    };
    const index = current.words.length;
    current.words.push(word);
    if (pendingRange && word.id >= pendingRange.from && word.id <= pendingRange.to) {
      if (word.id === pendingRange.from) {
        current.tokens.push({
          form: pendingRange.form,
          first: index,
          last: index,
          spaceAfter: pendingRange.spaceAfter,
        });
      } else {
        current.tokens[current.tokens.length - 1].last = index;
      }
      if (word.id === pendingRange.to) pendingRange = null;
    } else {
      current.tokens.push({
        form: word.form,
        first: index,
        last: index,
        spaceAfter: !/SpaceAfter=No/.test(word.misc),
      });
    }
  }
  if (current && current.words.length > 0) sentences.push(current);
  return sentences;
}

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}
