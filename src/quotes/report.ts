/** Quotes grouped under their speaker, as lines for the paragraph report. */
import type { Quote } from './types.js';

export interface ReportLine {
  /** 0 for a speaker heading, 1 for a quote under it. */
  depth: number;
  text: string;
}

const MAX_CONTENT_CHARS = 160;

function speakerHeading(q: Quote): string {
  const chain = q.sources.map((s) => s.name);
  const who = q.speaker.name === 'unknown' ? 'unknown speaker' : q.speaker.name;
  const via = chain.length > 1 ? ` (via ${chain.slice(0, -1).join(' › ')})` : '';
  return `→ ${who}${'anonymous' in q.speaker && q.speaker.anonymous ? ', anonymous' : ''}${via}:`;
}

export function quotesBySpeaker(quotes: readonly Quote[]): ReportLine[] {
  const groups = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = speakerHeading(q);
    groups.set(key, [...(groups.get(key) ?? []), q]);
  }
  const lines: ReportLine[] = [];
  for (const [heading, list] of groups) {
    lines.push({ depth: 0, text: heading });
    for (const q of list) {
      const content =
        q.content.text.length > MAX_CONTENT_CHARS
          ? `${q.content.text.slice(0, MAX_CONTENT_CHARS)}…`
          : q.content.text;
      const cue = q.cue ? ` [${q.cue.text}]` : '';
      const negated = q.negated ? ` — denies: ${q.negated.text}` : '';
      const status = q.refused ? 'refused' : q.status;
      lines.push({ depth: 1, text: `${q.kind}, ${status}${cue}: “${content}”${negated}` });
    }
  }
  return lines;
}
