/** Evaluation results: one table per measured capability, our score beside the anchors. */

export type Cell = string | number | null;

export interface EvalTable {
  /** Stable identifier, used as the key in the JSON results. */
  id: string;
  title: string;
  columns: string[];
  rows: Record<string, Cell>[];
  notes?: string[];
}

export interface EvalSuite {
  id: string;
  /** What the suite measures, for `npm run eval -- --list`. */
  description: string;
  run(): Promise<EvalTable[]> | EvalTable[];
}

function formatCell(value: Cell): string {
  if (value === null) return '—';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    return value.toFixed(Math.abs(value) < 1 ? 3 : 2);
  }
  return value;
}

/** Plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(table: EvalTable): string {
  const cells = table.rows.map((row) => table.columns.map((c) => formatCell(row[c] ?? null)));
  const widths = table.columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const numeric = table.columns.map((c) => table.rows.some((r) => typeof r[c] === 'number'));
  const line = (values: string[]) =>
    values
      .map((v, i) => (numeric[i] ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [
    `## ${table.title}`,
    line(table.columns),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
  ];
  for (const note of table.notes ?? []) out.push(`  note: ${note}`);
  return out.join('\n');
}

/** Precision, recall and F1 in percent from counts. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f1: number } {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p: 100 * p, r: 100 * r, f1: 100 * f1 };
}
