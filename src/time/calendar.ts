/** Proleptic Gregorian calendar arithmetic on plain year/month/day triples (UTC, no time zones). */

export interface Ymd {
  y: number;
  /** 1–12 */
  m: number;
  /** 1–31 */
  d: number;
}

const DAY_MS = 86_400_000;

export function dayNumber(date: Ymd): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(date: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: Ymd): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(date: Ymd): { year: number; week: number } {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The month `delta` months after (y, m). */
export function addMonths(y: number, m: number, delta: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + delta;
  return { y: Math.floor(index / 12), m: (((index % 12) + 12) % 12) + 1 };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatYmd(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatWeek(date: Ymd): string {
  const { year, week } = isoWeek(date);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** TimeML seasons in calendar order within a year: spring, summer, fall, winter (December to February). */
export const SEASONS = ['SP', 'SU', 'FA', 'WI'] as const;

/** A running count of seasons: year × 4 + index; January and February belong to the previous year's winter. */
export function seasonCount(date: Ymd): number {
  if (date.m <= 2) return (date.y - 1) * 4 + 3;
  return date.y * 4 + Math.min(3, Math.floor((date.m - 3) / 3));
}

export function formatSeason(count: number): string {
  return `${pad(Math.floor(count / 4), 4)}-${SEASONS[((count % 4) + 4) % 4]}`;
}

/** Easter Sunday of year `y` (Gregorian computus, anonymous algorithm). */
export function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/**
 * The day a holiday code names in year `y`, or null for an unreadable code:
 * `MM-DD` a fixed day ("12-25"); `MM/N/W` the N-th ISO weekday W of month MM, N = -1 for
 * the last ("11/4/4": fourth Thursday of November); `E+N` / `E-N` N days from Easter Sunday.
 */
export function holidayDay(code: string, y: number): Ymd | null {
  let m = /^(\d\d)-(\d\d)$/.exec(code);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return isValidDate(y, month, day) ? { y, m: month, d: day } : null;
  }
  m = /^(\d\d)\/(-1|[1-5])\/([1-7])$/.exec(code);
  if (m) {
    const month = Number(m[1]);
    const n = Number(m[2]);
    const weekday = Number(m[3]);
    if (month < 1 || month > 12) return null;
    if (n > 0) {
      const first = { y, m: month, d: 1 };
      const day = 1 + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
      return isValidDate(y, month, day) ? { y, m: month, d: day } : null;
    }
    const last = { y, m: month, d: daysInMonth(y, month) };
    return { y, m: month, d: last.d - ((isoWeekday(last) - weekday + 7) % 7) };
  }
  m = /^E([+-]\d+)$/.exec(code);
  if (m) return addDays(easterSunday(y), Number(m[1]));
  return null;
}
