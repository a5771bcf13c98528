/** Publication dates to ISO 8601, keeping the precision the source gives. */

/** RFC 822 month names: part of the date format (English by definition), not language data. */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** RFC 822 zone names (feeds still use them). */
const ZONES: Record<string, string> = {
  UT: 'Z',
  UTC: 'Z',
  GMT: 'Z',
  Z: 'Z',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
};

const pad = (n: number | string, width = 2) => String(n).padStart(width, '0');

function zone(raw: string | undefined): string {
  if (!raw) return '';
  const upper = raw.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(raw);
  if (!m) return '';
  return m[2] === '00' && m[3] === '00' ? 'Z' : `${m[1]}${m[2]}:${m[3]}`;
}

function validDate(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && y >= 1000 && y <= 9999;
}

/**
 * ISO 8601 from the date formats pages and feeds use: ISO (partial kept:
 * `2023`, `2023-03`), RFC 822 (`Thu, 02 Mar 2023 10:00:00 +0100`), and
 * anything else Date.parse reads (kept as a calendar date).
 */
export function normalizeDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m) {
    if (m[2] && !validDate(+m[1], +m[2], m[3] ? +m[3] : 1)) return null;
    return s;
  }
  m =
    /^(\d{4})-?(\d{2})-?(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Z]{1,4})?$/i.exec(
      s,
    );
  if (m) {
    if (!validDate(+m[1], +m[2], +m[3])) return null;
    return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}`;
  }
  m =
    /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-]\d{4}|[a-z]{1,4}))?)?$/i.exec(
      s,
    );
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    if (!month || !validDate(+m[3], month, +m[1])) return null;
    const date = `${m[3]}-${pad(month)}-${pad(m[1])}`;
    return m[4] ? `${date}T${pad(m[4])}:${m[5]}:${m[6] ?? '00'}${zone(m[7])}` : date;
  }
  // Date.parse accepts almost anything ("Post 12" is a date to V8): only strings with a year go there.
  if (!/\b\d{4}\b/.test(s)) return null;
  const parsed = Date.parse(s);
  if (Number.isNaN(parsed)) return null;
  const d = new Date(parsed);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
