/** Text-report lines for the event layer: one block per event, its claims beneath. */
import type { Event, EventParticipant } from './types.js';

function participants(list: EventParticipant[]): string {
  return list
    .map(
      (p) => `${p.name}${p.country || p.sector ? ` (${p.country ?? '?'}/${p.sector ?? '?'})` : ''}`,
    )
    .join(' + ');
}

export function eventLines(events: Event[]): { text: string; depth: number }[] {
  const lines: { text: string; depth: number }[] = [];
  for (const e of events) {
    const who = participants(e.actors) || '?';
    const whom = e.recipients.length > 0 ? ` → ${participants(e.recipients)}` : '';
    const where = e.place
      ? ` · ${e.place.name}${e.place.country ? ` (${e.place.country})` : ''}`
      : '';
    const when = e.date ? ` · ${e.date.value}` : '';
    const how = [
      e.polarity === 'negative' ? 'did not happen' : null,
      e.modality !== 'actual' ? e.modality : null,
      e.disputed ? 'disputed' : null,
    ]
      .filter((x) => x)
      .join(', ');
    lines.push({
      text: `${e.id} ${e.type}${e.mode ? `:${e.mode}` : ''} ${who}${whom}${where}${when}${how ? ` — ${how}` : ''}`,
      depth: 0,
    });
    if (e.content) lines.push({ text: `what: “${e.content.text}”`, depth: 1 });
    for (const c of e.claims) {
      const by =
        c.speaker && c.speaker.name !== 'unknown'
          ? c.speaker.name
          : c.speaker
            ? 'unknown source'
            : 'the outlet';
      const via = c.sources.length > 1 ? ` (via ${c.sources.map((s) => s.name).join(' › ')})` : '';
      lines.push({ text: `“${c.trigger.text}” ${c.status} by ${by}${via}`, depth: 1 });
    }
  }
  return lines;
}
