/**
 * Export of the event layer: PLOVER JSON Lines records (PLOVER's own fields,
 * recoupe's provenance as `recoupe_*` extensions) and a CSV shaped like
 * GDELT's event table for tools that load that. Works on the analysis JSON
 * (offsets in code points), so stored analyses export the same as fresh ones.
 */
import { ploverConventionType, QUAD_CLASS } from './convention.js';
import type { Event } from './types.js';

/** The part of an analysis JSON document the export reads. */
export interface AnalysisJson {
  id: string;
  source: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
  lang: { code: string };
  metadata?: Record<string, unknown>;
  events?: Event[];
}

/** The event's own day when the text gives one, else the article's date. */
function eventDate(doc: AnalysisJson, event: Event): string | null {
  const value = event.date?.value;
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return doc.published ? doc.published.slice(0, 10) : null;
}

function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export function ploverRecords(doc: AnalysisJson): object[] {
  return (doc.events ?? []).map((event) => {
    const first = event.claims[0];
    const actor = (p: Event['actors'][number]) => ({
      name: p.name,
      code: p.country,
      sector: p.sector,
      text: p.text,
      recoupe_entity: p.entity,
    });
    const url = typeof doc.metadata?.url === 'string' ? doc.metadata.url : doc.source;
    return {
      id: `${doc.id}-${event.id}`,
      date: eventDate(doc, event),
      actor: event.actors.map(actor),
      recipient: event.recipients.map(actor),
      // PLOVER codes an announced act by the intent ("will release" is AGREE); the act stays in recoupe_act.
      event: ploverConventionType(event),
      mode: ploverConventionType(event) === event.type ? event.mode : null,
      context: event.context,
      event_loc: event.place
        ? {
            name: event.place.name,
            country: event.place.country,
            geonamesId: event.place.geonamesId,
          }
        : null,
      event_text: first.trigger.text,
      quad_code: QUAD_CLASS[ploverConventionType(event)],
      text: sliceCodePoints(doc.text, first.sentence.start, first.sentence.end),
      text_info: { start: first.sentence.start, end: first.sentence.end },
      cite_info: {
        url,
        title: doc.title,
        language: doc.lang.code,
        publication: doc.outlet,
        date: doc.published,
      },
      recoupe_act: event.type,
      recoupe_act_mode: event.mode,
      recoupe_date: event.date,
      recoupe_polarity: event.polarity,
      recoupe_modality: event.modality,
      recoupe_disputed: event.disputed,
      recoupe_content: event.content?.text ?? null,
      recoupe_claims: event.claims.map((c) => ({
        text: c.trigger.text,
        start: c.trigger.start,
        end: c.trigger.end,
        polarity: c.polarity,
        status: c.status,
        speaker: c.speaker?.name ?? null,
        sources: c.sources.map((s) => s.name),
      })),
    };
  });
}

export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'Actor1Name',
  'Actor1CountryCode',
  'Actor1Type1Code',
  'Actor2Name',
  'Actor2CountryCode',
  'Actor2Type1Code',
  'EventCode',
  'EventMode',
  'QuadClass',
  'NumMentions',
  'NumSources',
  'ActionGeo_FullName',
  'ActionGeo_CountryCode',
  'ActionGeo_FeatureID',
  'SOURCEURL',
  'Polarity',
  'Modality',
  'Disputed',
  'ClaimStatuses',
  'EventText',
] as const;

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row per event, GDELT-like: first actor and recipient, counts of tellings and of distinct sources. */
export function gdeltRows(doc: AnalysisJson): string[] {
  return (doc.events ?? []).map((event) => {
    const a = event.actors[0];
    const r = event.recipients[0];
    const speakers = new Set(event.claims.map((c) => c.sources.map((s) => s.name).join(' › ')));
    const url = typeof doc.metadata?.url === 'string' ? doc.metadata.url : doc.source;
    const row = [
      `${doc.id}-${event.id}`,
      eventDate(doc, event)?.replace(/-/g, '') ?? '',
      event.actors.map((p) => p.name).join('; '),
      a?.country,
      a?.sector,
      event.recipients.map((p) => p.name).join('; '),
      r?.country,
      r?.sector,
      ploverConventionType(event),
      event.mode,
      QUAD_CLASS[ploverConventionType(event)],
      event.claims.length,
      speakers.size,
      event.place?.name,
      event.place?.country,
      event.place?.geonamesId,
      url,
      event.polarity,
      event.modality,
      event.disputed,
      event.claims.map((c) => c.status).join(';'),
      event.claims[0].trigger.text,
    ];
    return row.map(csvCell).join(',');
  });
}
