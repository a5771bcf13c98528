/** CoNLL-style exact span-and-type scoring of BIO sequences. */
import { prf } from '../eval/table.js';

export interface TypedSpan {
  start: number;
  /** One past the last word. */
  end: number;
  type: string;
}

/** Spans of a BIO sequence; a stray `I-` opens a span like `B-` (conlleval's reading). */
export function bioSpans(tags: string[]): TypedSpan[] {
  const spans: TypedSpan[] = [];
  let open: TypedSpan | null = null;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : tag.slice(2);
    if (open && (type === null || tag.startsWith('B-') || type !== open.type)) {
      open.end = i;
      spans.push(open);
      open = null;
    }
    if (type !== null && open === null) open = { start: i, end: i + 1, type };
  });
  if (open) {
    (open as TypedSpan).end = tags.length;
    spans.push(open);
  }
  return spans;
}

export interface NerCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts per type, plus `ALL` over the types kept (all when `types` is omitted). */
export function countSpans(
  gold: string[][],
  predicted: string[][],
  types?: string[],
): Map<string, NerCounts> {
  const counts = new Map<string, NerCounts>();
  const bump = (type: string, field: keyof NerCounts) => {
    for (const key of [type, 'ALL']) {
      if (!counts.has(key)) counts.set(key, { tp: 0, fp: 0, fn: 0 });
      counts.get(key)![field]++;
    }
  };
  const keep = (s: TypedSpan) => types === undefined || types.includes(s.type);
  gold.forEach((g, k) => {
    const goldSpans = bioSpans(g).filter(keep);
    const predSpans = bioSpans(predicted[k]).filter(keep);
    const key = (s: TypedSpan) => `${s.start}:${s.end}:${s.type}`;
    const goldKeys = new Set(goldSpans.map(key));
    const predKeys = new Set(predSpans.map(key));
    for (const s of predSpans) bump(s.type, goldKeys.has(key(s)) ? 'tp' : 'fp');
    for (const s of goldSpans) if (!predKeys.has(key(s))) bump(s.type, 'fn');
  });
  if (!counts.has('ALL')) counts.set('ALL', { tp: 0, fp: 0, fn: 0 });
  return counts;
}

/** Overall F1 (percent) over the given types. */
export function spanF1(gold: string[][], predicted: string[][], types?: string[]): number {
  const all = countSpans(gold, predicted, types).get('ALL')!;
  return prf(all.tp, all.fp, all.fn).f1;
}
