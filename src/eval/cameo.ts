/**
 * CAMEO codes in PLOVER terms, for scoring against CAMEO-coded gold (PETRARCH,
 * UniversalPetrarch) and the CAMEO-derived PLOVER gold records.
 *
 * Event codes go through the OEDA conversion table (CAMEO2PLOVER-2021.txt):
 * `code: TYPE, mode, context(s) # description`. The table is read line by line,
 * the type taken from each line, not from the two-digit heading above it: the
 * headings are unreliable (08 is both CONCEDE and RETREAT, 163 → COERCE under
 * 16 SANCTION, 191/192 → COERCE and 1712/175/201 → ASSAULT sit under other roots).
 * It has no line for CAMEO 01 (public statements) and 02 (appeals), nor for
 * some three-digit codes (066, 095 …): those are unmappable.
 *
 * Actor codes are 3-letter chunks: a country (ISO 3166 alpha-3 or a non-state
 * code: IGO, NGO, IMG, MNC …; `---` unknown) then agent codes, the first agent
 * with a PLOVER sector giving the sector (USAGOVMIL → USA GOV).
 */
import { PLOVER_TYPES, type PloverType } from '../events/types.js';

export interface PloverCoding {
  type: PloverType;
  mode: string | null;
}

const isPloverType = (t: string): t is PloverType =>
  (PLOVER_TYPES as readonly string[]).includes(t);

/** CAMEO code → PLOVER type and mode, from the text of a CAMEO2PLOVER table. */
export function parseCameoPlover(content: string): Map<string, PloverCoding> {
  const lines: { code: string; type: PloverType; mode: string | null; contexts: string[] }[] = [];
  for (const raw of content.split('\n')) {
    const m = /^\s*(\d{3,4}):([^#]*)/.exec(raw);
    if (!m) continue;
    const [type, mode = '', contexts = ''] = m[2].split(',').map((f) => f.trim());
    if (!isPloverType(type)) continue;
    lines.push({
      code: m[1],
      type,
      mode: mode || null,
      contexts: contexts
        .split(';')
        .map((c) => c.trim())
        .filter(Boolean),
    });
  }
  // One line (175) puts a context in the mode slot: a value the table uses as a context is no mode.
  const contexts = new Set(lines.flatMap((l) => l.contexts));
  const table = new Map<string, PloverCoding>();
  for (const l of lines) {
    if (!table.has(l.code))
      table.set(l.code, { type: l.type, mode: l.mode && !contexts.has(l.mode) ? l.mode : null });
  }
  return table;
}

/**
 * The PLOVER coding of a CAMEO event code: the table's line, else for a code
 * finer than three digits (1717, 174K) its three-digit parent's; a two-digit
 * root code reads as its `0` child (14 → 140). Null when unmappable.
 */
export function cameoToPlover(table: Map<string, PloverCoding>, code: string): PloverCoding | null {
  const c = code.trim();
  if (/^\d{2}$/.test(c)) return table.get(`${c}0`) ?? null;
  return table.get(c) ?? (c.length > 3 ? (table.get(c.slice(0, 3)) ?? null) : null);
}

/**
 * CAMEO country codes that are not ISO 3166 alpha-3, CAMEO's code for NGOs, Kosovo's
 * user-assigned ISO code (PLOVER writes KOS), and the codes of dissolved states, which
 * recoupe codes by their ISO successor (data/places.json, `H-` entries): Yugoslavia (YUG,
 * withdrawn from ISO 3166 in 2003) is SRB, the Soviet Union (CAMEO USR) RUS.
 */
const COUNTRY_ALIASES: Record<string, string> = {
  JAP: 'JPN',
  ITL: 'ITA',
  VTN: 'VNM',
  ROM: 'ROU',
  ZAR: 'COD',
  TMP: 'TLS',
  NGM: 'NGO',
  XKK: 'KOS',
  YUG: 'SRB',
  USR: 'RUS',
};

/** A country code in PLOVER form (ISO alpha-3 or non-state code); null for unknown (`---`, empty). */
export function ploverCountry(code: string | null | undefined): string | null {
  const c = (code ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) return null;
  return COUNTRY_ALIASES[c] ?? c;
}

/** The PLOVER sector codes (v0.8). */
const PLOVER_SECTORS = new Set(
  'COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split(
    ' ',
  ),
);

/** CAMEO religion codes: a religious group or body, PLOVER REL. */
const RELIGIONS = new Set(
  'REL MOS MUS SHI SUN SUF ALE DRZ CHR CTH ORT PRO JEW HIN BUD JAN SIK ZRO BAH CON'.split(' '),
);

/**
 * CAMEO agent codes whose PLOVER sector differs: CAMEO MED is the media (PLOVER JRN)
 * and HLH health (PLOVER MED); insurgents and separatists are rebels; civilians,
 * settlers and people are CVL; human-rights, environmental and development groups
 * are civil society (SOC).
 */
const CAMEO_AGENT_SECTORS: Record<string, string> = {
  MED: 'JRN',
  HLH: 'MED',
  INS: 'REB',
  SEP: 'REB',
  PPL: 'CVL',
  SET: 'CVL',
  CIV: 'CVL',
  HRI: 'SOC',
  ENV: 'SOC',
  DEV: 'SOC',
  NGO: 'SOC',
};

/** The PLOVER sector of a CAMEO agent code; null for codes that are no sector (EEC, GZA, UNO, MOD …). */
export function cameoAgentSector(agent: string): string | null {
  const a = agent.toUpperCase();
  if (CAMEO_AGENT_SECTORS[a]) return CAMEO_AGENT_SECTORS[a];
  if (RELIGIONS.has(a)) return 'REL';
  return PLOVER_SECTORS.has(a) ? a : null;
}

/**
 * A sector as written in the PLOVER gold records, which already use PLOVER codes
 * (MED = health) but sometimes append a CAMEO ethnic or religious code (CVLalb,
 * CRMMOS), write CIV for CVL, a bare religion (MOS) or `***` for unspecified.
 */
export function ploverGoldSector(sector: string | null | undefined): string | null {
  const s = (sector ?? '').trim().slice(0, 3).toUpperCase();
  if (!/^[A-Z]{3}$/.test(s)) return null;
  if (s === 'CIV') return 'CVL';
  if (RELIGIONS.has(s)) return 'REL';
  return PLOVER_SECTORS.has(s) ? s : null;
}

/** A CAMEO actor code as a PLOVER country and sector: `---REB` → null REB, `IGOUNOMIL` → IGO MIL. */
export function splitCameoActor(code: string): { country: string | null; sector: string | null } {
  const chunks =
    code
      .trim()
      .toUpperCase()
      .match(/[A-Z-]{3}/g) ?? [];
  if (chunks.length === 0) return { country: null, sector: null };
  const [country, ...agents] = chunks;
  let sector: string | null = null;
  for (const agent of agents) {
    sector = cameoAgentSector(agent);
    if (sector) break;
  }
  return { country: ploverCountry(country), sector };
}
