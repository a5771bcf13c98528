/** PLOVER's coding convention for announced acts, shared by the export and the evaluation. */
import type { Event, PloverType } from './types.js';

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
  if (COOPERATIVE.has(e.type)) return 'AGREE';
  return MATERIAL_CONFLICT.has(e.type) ? 'THREATEN' : e.type;
}
