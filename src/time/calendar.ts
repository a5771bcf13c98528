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
