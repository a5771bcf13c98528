/** PLOVER's coding convention for announced acts, shared by the export and the evaluation. */
import type { Event, PloverType } from './types.js';

/** PLOVER's root (quad) classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export const QUAD_CLASS: Record<PloverType, 1 | 2 | 3 | 4> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

const COOPERATIVE = new Set<PloverType>([
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
]);
const MATERIAL_CONFLICT = new Set<PloverType>([
  'PROTEST',
  'SANCTION',
  'COERCE',
  'ASSAULT',
  'MOBILIZE',
]);

/**
 * The type PLOVER and CAMEO give an act announced for the future: a cooperative act is
 * AGREE ("will release"), a material-conflict act THREATEN ("will boycott"). recoupe keeps
 * the act's own type with modality future, as its own gold sets do. A refusal to agree or
 * concede is a REJECT.
 */
export function ploverConventionType(e: Pick<Event, 'type' | 'modality' | 'polarity'>): PloverType {
  // "ne cèdera pas", "will not accept": refusing to agree or concede is a REJECT.
  if (e.polarity === 'negative' && (e.type === 'AGREE' || e.type === 'CONCEDE')) return 'REJECT';
  if (e.modality !== 'future') return e.type;
  return announcementType(e.type) ?? e.type;
}

/** The verbal act of announcing an act of this type: a promise (AGREE) or a threat (THREATEN). */
export function announcementType(type: PloverType): 'AGREE' | 'THREATEN' | null {
  if (COOPERATIVE.has(type)) return 'AGREE';
  return MATERIAL_CONFLICT.has(type) ? 'THREATEN' : null;
}
