/**
 * From the words a rule captured to a TimeML type and value. Relative values are
 * computed at both ends of the anchor range (the days the document may date from):
 * when they agree the value is certain, otherwise an underspecified value is given
 * with the reason.
 */
import {
  addDays,
  addMonths,
  compareYmd,
  dayNumber,
  formatSeason,
  formatWeek,
  formatYmd,
  holidayDay,
  isoWeekday,
  isValidDate,
  pad,
  seasonCount,
  SEASONS,
  type Ymd,
} from './calendar.js';
import {
  normalizeWord,
  parseNumberWords,
  type ClassValue,
  type CompiledRule,
  type Grammar,
} from './grammar.js';
import type { AnchorRange, Timex, TimexType } from './types.js';

export type Tense = 'past' | 'future' | null;

/** What a match captured, by group name, already turned into numbers or codes. */
export type Fields = Partial<Record<string, ClassValue>>;

export interface ResolveContext {
  grammar: Grammar;
  anchor: AnchorRange | null;
  /** The document date as given, for messages. */
  documentDate: string | null;
  /** The last day-precision date mentioned before the expression (times of day hang on it). */
  reference: Ymd | null;
  /**
   * The last date mentioned before the expression when it names only a year or a month ("in
   * 1998", "in March 2020"): "four years later" counts from it.
   */
  coarseReference: { y: number; m: number | null } | null;
  /** Tense around the expression, computed on demand. */
  tense: () => Tense;
  /** Whether the expression's verb is in the plain present (`FindTimexOptions.presentAt`). */
  present: () => boolean;
}

export type Resolution = Pick<Timex, 'type' | 'value' | 'anchored' | 'reason' | 'mod'>;

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

/** Digits ("1er", "30,4") or a Roman numeral ("XIX"). */
function parseMacro(text: string): number {
  if (/^[ivxlcdm]+$/i.test(text)) {
    const digits = [...text.toLowerCase()].map((c) => ROMAN[c]);
    return digits.reduce((sum, v, i) => sum + (v < (digits[i + 1] ?? 0) ? -v : v), 0);
  }
  return Number.parseFloat(text.replace(',', '.'));
}

export function fieldsOf(
  groups: Record<string, string | undefined>,
  rule: CompiledRule,
  grammar: Grammar,
): Fields {
  const fields: Fields = { ...rule.data.fields };
  for (const [group, cls] of rule.groupClass) {
    const text = groups[group];
    if (text === undefined) continue;
    if (cls.startsWith('macro:')) fields[group] = parseMacro(text);
    else if (cls === 'numberWords') fields[group] = parseNumberWords(text, grammar);
    else fields[group] = grammar.classes.get(cls)?.get(normalizeWord(text)) ?? null;
  }
  return fields;
}

const num = (v: ClassValue | undefined): number | undefined =>
  typeof v === 'number' ? v : undefined;
const str = (v: ClassValue | undefined): string | undefined =>
  typeof v === 'string' ? v : undefined;

interface Computed {
  value: string | null;
  anchored: boolean;
  reason?: string;
}

/**
 * Evaluates `compute` at both ends of the anchor (or at the reference date when asked and
 * known) and keeps the value only when they agree.
 */
function fromAnchor(
  ctx: ResolveContext,
  compute: (a: Ymd) => string | null,
  fallback: string | null,
  useReference = false,
): Computed {
  const range =
    useReference && ctx.reference ? { lo: ctx.reference, hi: ctx.reference } : ctx.anchor;
  if (!range) return { value: fallback, anchored: false, reason: 'no document date to anchor on' };
  const lo = compute(range.lo);
  const hi = compute(range.hi);
  if (lo === hi) {
    if (lo === null) return { value: fallback, anchored: false, reason: 'not a calendar date' };
    return { value: lo, anchored: true };
  }
  return {
    value: fallback,
    anchored: false,
    reason: `document date ${ctx.documentDate ?? '?'} is too coarse: could be ${lo ?? '?'} or ${hi ?? '?'}`,
  };
}

function timeSuffix(f: Fields): string {
  let hour = num(f.hour);
  if (hour !== undefined) {
    // `ampm` is 0 for a.m., 12 for p.m.
    const ampm = num(f.ampm);
    if (ampm !== undefined && hour <= 12) hour = (hour % 12) + ampm;
    return `T${pad(hour)}:${pad(num(f.minute) ?? 0)}`;
  }
  const word = str(f.timeWord);
  if (word) return `T${word}`;
  const part = str(f.dayPart);
  return part ? `T${part}` : '';
}

/** Year of a month (and day) named without one, seen from anchor day `a`. */
function yearOf(
  a: Ymd,
  m: number,
  d: number | undefined,
  shift: number | undefined,
  tense: Tense,
): number {
  const cmp = d === undefined ? m - a.m : compareYmd({ y: a.y, m, d }, a);
  if (shift === -1 || (shift === undefined && tense === 'past')) {
    const strict = shift === -1;
    return cmp < 0 || (!strict && cmp === 0) ? a.y : a.y - 1;
  }
  if (shift === 1 || (shift === undefined && tense === 'future')) {
    const strict = shift === 1;
    return cmp > 0 || (!strict && cmp === 0) ? a.y : a.y + 1;
  }
  return nearestYear(a, m, d);
}

/**
 * With no tense to tell, the year that puts a month (and day) nearest to anchor day `a`: on 14
 * January, "le 5 décembre" is the December just past, not the one eleven months ahead.
 */
function nearestYear(a: Ymd, m: number, d: number | undefined): number {
  const months = (y: number) => Math.abs((y - a.y) * 12 + m - a.m);
  const days = (y: number) => Math.abs(dayNumber({ y, m, d: d! }) - dayNumber(a));
  const distance = d === undefined ? months : days;
  let best = a.y;
  for (const y of [a.y - 1, a.y + 1]) if (distance(y) < distance(best)) best = y;
  return best;
}

/** The given weekday relative to `a`: -1 strictly before, 1 strictly after, 0 nearest; `inclusive` keeps `a` itself. */
function weekdayNear(a: Ymd, weekday: number, direction: -1 | 0 | 1, inclusive: boolean): Ymd {
  const forward = (((weekday - isoWeekday(a)) % 7) + 7) % 7;
  const back = (7 - forward) % 7;
  if (direction === 0) return back <= forward ? addDays(a, -back) : addDays(a, forward);
  if (direction < 0) return addDays(a, -(back === 0 && !inclusive ? 7 : back));
  return addDays(a, forward === 0 && !inclusive ? 7 : forward);
}

function centuryOfTwoDigits(yy: number, ctx: ResolveContext): number {
  const ref = ctx.anchor?.hi.y;
  if (ref === undefined) return yy >= 50 ? 1900 + yy : 2000 + yy;
  const sameCentury = Math.floor(ref / 100) * 100 + yy;
  return sameCentury > ref + 10 ? sameCentury - 100 : sameCentury;
}

function resolveDate(f: Fields, ctx: ResolveContext): Resolution {
  const mod = str(f.mod) as Timex['mod'];
  const time = timeSuffix(f);
  const type: TimexType = time ? 'TIME' : 'DATE';
  const shift = num(f.shift) ?? num(f.this);
  const fixed = (value: string | null): Resolution => ({ type, value, anchored: false, mod });
  const done = (c: Computed): Resolution => ({ type, mod, ...c });

  const decade =
    num(f.decade) ??
    (num(f.decade2) !== undefined ? centuryOfTwoDigits(num(f.decade2)!, ctx) : undefined);
  if (decade !== undefined) return fixed(`${Math.floor(decade / 10)}X`);
  const century = num(f.century);
  if (century !== undefined) return fixed(pad(century - 1));

  const year =
    num(f.year) ??
    (num(f.year2) !== undefined ? centuryOfTwoDigits(num(f.year2)!, ctx) : undefined);
  const month = num(f.month) ?? num(f.monthNum);
  const day = num(f.day);
  const season = str(f.season);
  const holiday = str(f.holiday);

  if (holiday !== undefined) {
    const body = (y: number): string | null => {
      const date = holidayDay(holiday, y);
      return date ? formatYmd(date) + time : null;
    };
    if (year !== undefined) return fixed(body(year));
    const fixedDay = /^(\d\d)-(\d\d)$/.exec(holiday);
    return done(
      fromAnchor(
        ctx,
        (a) => {
          const date = holidayDay(holiday, a.y);
          return date ? body(yearOf(a, date.m, date.d, shift, ctx.tense())) : null;
        },
        fixedDay ? `XXXX-${holiday}${time}` : null,
      ),
    );
  }

  if (month !== undefined) {
    const body = (y: number): string | null => {
      if (day === undefined) return `${pad(y, 4)}-${pad(month)}`;
      if (!isValidDate(y, month, day)) return null;
      return formatYmd({ y, m: month, d: day }) + time;
    };
    if (year !== undefined) return fixed(body(year));
    const fallback =
      day === undefined ? `XXXX-${pad(month)}` : `XXXX-${pad(month)}-${pad(day)}${time}`;
    return done(fromAnchor(ctx, (a) => body(yearOf(a, month, day, shift, ctx.tense())), fallback));
  }

  if (season !== undefined) {
    if (year !== undefined) return fixed(`${pad(year, 4)}-${season}`);
    const index = SEASONS.indexOf(season as (typeof SEASONS)[number]);
    return done(
      fromAnchor(
        ctx,
        (a) => {
          const current = seasonCount(a);
          if (shift === -1 || shift === 1) {
            let count = current + shift;
            while (((count % 4) + 4) % 4 !== index) count += shift;
            return formatSeason(count);
          }
          // "cet été": the one of the document's year; "l'été" needs a tense to pick a year, else it is generic.
          let count = (a.m <= 2 ? a.y - 1 : a.y) * 4 + index;
          if (shift === 0) return formatSeason(count);
          const tense = ctx.tense();
          if (tense === null) return null;
          if (tense === 'past' && count > current) count -= 4;
          if (tense === 'future' && count < current) count += 4;
          return formatSeason(count);
        },
        `XXXX-${season}`,
      ),
    );
  }

  const quarter = num(f.quarter);
  if (quarter !== undefined) {
    if (year !== undefined) return fixed(`${pad(year, 4)}-Q${quarter}`);
    return done(fromAnchor(ctx, (a) => `${pad(a.y, 4)}-Q${quarter}`, `XXXX-Q${quarter}`));
  }

  if (year !== undefined) return fixed(pad(year, 4));

  const weekday = num(f.weekday);
  if (weekday !== undefined) {
    return done(
      fromAnchor(
        ctx,
        (a) => {
          let date: Ymd;
          if (shift === -1) date = weekdayNear(a, weekday, -1, false);
          else if (shift === 1) date = weekdayNear(a, weekday, 1, false);
          else {
            const tense = ctx.tense();
            if (tense === 'future' || (tense === null && ctx.present()))
              date = weekdayNear(a, weekday, 1, true);
            else if (tense === null && shift === 0) date = weekdayNear(a, weekday, 0, true);
            else date = weekdayNear(a, weekday, -1, true);
          }
          return formatYmd(date) + time;
        },
        `XXXX-WXX-${weekday}${time}`,
      ),
    );
  }

  const offset = num(f.dayOffset) ?? (shift === 0 ? 0 : undefined);
  if (offset !== undefined) {
    return done(fromAnchor(ctx, (a) => formatYmd(addDays(a, offset)) + time, `XXXX-XX-XX${time}`));
  }

  if (time) return done(fromAnchor(ctx, (a) => formatYmd(a) + time, `XXXX-XX-XX${time}`, true));
  return { type, value: null, anchored: false, reason: 'no calendar information', mod };
}

/** Duration and set codes of a unit: [designator, needs the time marker T]. */
const UNIT_CODES: Record<string, [string, boolean, number]> = {
  S: ['S', true, 1],
  MIN: ['M', true, 1],
  H: ['H', true, 1],
  D: ['D', false, 1],
  W: ['W', false, 1],
  WE: ['WE', false, 1],
  M: ['M', false, 1],
  Q: ['M', false, 3],
  HALF: ['M', false, 6],
  Y: ['Y', false, 1],
  DE: ['Y', false, 10],
  CE: ['Y', false, 100],
  ML: ['Y', false, 1000],
};

/** Where a fractional amount is expressed in the next smaller unit. */
const SMALLER: Record<string, [string, number]> = {
  Y: ['M', 12],
  M: ['D', 30],
  W: ['D', 7],
  D: ['H', 24],
  H: ['MIN', 60],
  MIN: ['S', 60],
};

function period(amount: number | 'X', unit: string): string | null {
  const code = UNIT_CODES[unit];
  if (!code) return null;
  const [designator, timePart, factor] = code;
  let n: number | 'X' = amount === 'X' ? 'X' : amount * factor;
  let u =
    unit === 'Q' || unit === 'HALF'
      ? 'M'
      : unit === 'DE' || unit === 'CE' || unit === 'ML'
        ? 'Y'
        : unit;
  let d = designator;
  let t = timePart;
  while (typeof n === 'number' && !Number.isInteger(n) && SMALLER[u]) {
    const [smaller, times] = SMALLER[u];
    n = Math.round(n * times * 1000) / 1000;
    u = smaller;
    [d, t] = UNIT_CODES[u];
  }
  return `P${t ? 'T' : ''}${n}${d}`;
}

function amountOf(f: Fields): number | 'X' | undefined {
  if (f.vague !== undefined) return 'X';
  const n = num(f.amount) ?? num(f.amountWords) ?? num(f.amountArticle);
  if (n === undefined) return undefined;
  return n + (num(f.fraction) ?? 0);
}

function resolveShift(f: Fields, rule: CompiledRule, ctx: ResolveContext): Resolution {
  const unit = str(f.unit);
  const shift = num(f.shift) ?? num(f.this) ?? 0;
  const mod = str(f.mod) as Timex['mod'];
  if (!unit) return { type: 'DATE', value: null, anchored: false, reason: 'no unit', mod };
  const compute = (a: Ymd): string | null => {
    switch (unit) {
      case 'D':
        return formatYmd(addDays(a, shift));
      case 'W':
        return formatWeek(addDays(a, 7 * shift));
      case 'WE': {
        // "ce week-end" told in the past on a weekday is the one just gone.
        const back = shift === 0 && isoWeekday(a) < 6 && ctx.tense() === 'past' ? -1 : 0;
        return `${formatWeek(addDays(a, 7 * (shift + back)))}-WE`;
      }
      case 'M': {
        const t = addMonths(a.y, a.m, shift);
        return `${pad(t.y, 4)}-${pad(t.m)}`;
      }
      case 'Q': {
        const q = Math.floor((a.y * 12 + a.m - 1) / 3) + shift;
        return `${pad(Math.floor(q / 4), 4)}-Q${(q % 4) + 1}`;
      }
      case 'HALF': {
        const h = a.y * 2 + (a.m > 6 ? 1 : 0) + shift;
        return `${pad(Math.floor(h / 2), 4)}-H${(h % 2) + 1}`;
      }
      case 'Y':
        return pad(a.y + shift, 4);
      case 'DE':
        return `${Math.floor(a.y / 10) + shift}X`;
      case 'CE':
        return pad(Math.floor(a.y / 100) + shift);
      default:
        return null;
    }
  };
  const fallback =
    unit === 'W' ? 'XXXX-WXX' : unit === 'D' ? 'XXXX-XX-XX' : unit === 'M' ? 'XXXX-XX' : null;
  return {
    type: 'DATE',
    mod,
    ...fromAnchor(ctx, compute, fallback, rule.data.fromReference === true),
  };
}

function resolveOffset(f: Fields, rule: CompiledRule, ctx: ResolveContext): Resolution {
  const unit = str(f.unit);
  const amount = amountOf(f);
  const direction = rule.data.direction ?? -1;
  if (amount === 'X')
    return { type: 'DATE', value: direction < 0 ? 'PAST_REF' : 'FUTURE_REF', anchored: false };
  if (!unit || amount === undefined)
    return { type: 'DATE', value: null, anchored: false, reason: 'no amount or unit' };
  const months =
    unit === 'M' ? amount : unit === 'Q' ? 3 * amount : unit === 'HALF' ? 6 * amount : undefined;
  const years =
    unit === 'Y' ? amount : unit === 'DE' ? 10 * amount : unit === 'CE' ? 100 * amount : undefined;
  const days = unit === 'D' ? amount : unit === 'W' || unit === 'WE' ? 7 * amount : undefined;
  const compute = (a: Ymd): string | null => {
    if (years !== undefined) {
      if (Number.isInteger(years)) return pad(a.y + direction * years, 4);
      const t = addMonths(a.y, a.m, Math.round(direction * years * 12));
      return `${pad(t.y, 4)}-${pad(t.m)}`;
    }
    if (months !== undefined) {
      const t = addMonths(a.y, a.m, Math.round(direction * months));
      return `${pad(t.y, 4)}-${pad(t.m)}`;
    }
    if (days !== undefined) return formatYmd(addDays(a, Math.round(direction * days)));
    return formatYmd(a);
  };
  // "elected in 1998 and re-elected four years later": years count from a year, months from a
  // month. Not "a year earlier", which in news compares with the period reported on, not with
  // the last year named ("profit rose to $5 million from $4 million a year earlier").
  const coarse = rule.data.fromReference === true && direction > 0 ? ctx.coarseReference : null;
  if (coarse && (years !== undefined || (months !== undefined && coarse.m !== null))) {
    const value = compute({ y: coarse.y, m: coarse.m ?? 1, d: 1 });
    if (value !== null) return { type: 'DATE', value, anchored: true };
  }
  return { type: 'DATE', ...fromAnchor(ctx, compute, null, rule.data.fromReference === true) };
}

function resolveDuration(f: Fields, rule: CompiledRule): Resolution {
  const fixed = str(f.durationNoun) ?? rule.data.value;
  if (fixed) return { type: 'DURATION', value: fixed, anchored: false };
  const hour = num(f.hour);
  const minute = num(f.minute);
  if (hour !== undefined || (minute !== undefined && f.unit === undefined)) {
    const second = num(f.second);
    const parts = `${hour ? `${hour}H` : ''}${minute ? `${minute}M` : ''}${second ? `${second}S` : ''}`;
    return { type: 'DURATION', value: `PT${parts || '0S'}`, anchored: false };
  }
  const unit = str(f.unit);
  const amount = amountOf(f) ?? 1;
  if (!unit) return { type: 'DURATION', value: null, anchored: false, reason: 'no unit' };
  return { type: 'DURATION', value: period(amount, unit), anchored: false };
}

function resolveSet(f: Fields, rule: CompiledRule): Resolution {
  const fixed = str(f.frequency) ?? rule.data.value;
  if (fixed) return { type: 'SET', value: fixed, anchored: false };
  const weekday = num(f.weekday);
  const part = str(f.dayPart);
  if (weekday !== undefined)
    return { type: 'SET', value: `XXXX-WXX-${weekday}${part ? `T${part}` : ''}`, anchored: false };
  if (part) return { type: 'SET', value: `XXXX-XX-XXT${part}`, anchored: false };
  const unit = str(f.unit);
  if (!unit) return { type: 'SET', value: null, anchored: false, reason: 'no unit' };
  const n = amountOf(f);
  return {
    type: 'SET',
    value: period(n === undefined || n === 'X' ? 1 : n, unit),
    anchored: false,
  };
}

export function resolve(f: Fields, rule: CompiledRule, ctx: ResolveContext): Resolution {
  switch (rule.data.kind) {
    case 'date':
      return resolveDate(f, ctx);
    case 'shift':
      return resolveShift(f, rule, ctx);
    case 'offset':
      return resolveOffset(f, rule, ctx);
    case 'duration':
      return resolveDuration(f, rule);
    case 'set':
      return resolveSet(f, rule);
    case 'ref':
      return {
        type: ctx.grammar.refType,
        value: str(f.ref) ?? rule.data.value ?? null,
        anchored: false,
      };
    case 'block':
      return { type: 'DATE', value: null, anchored: false };
  }
}

/** The explicit calendar day a match names ("2 mars 2023", "ce 2 mars"), if any, for anchor refinement. */
export function explicitDay(f: Fields, ctx: ResolveContext): Ymd | null {
  const month = num(f.month) ?? num(f.monthNum);
  const day = num(f.day);
  if (month === undefined || day === undefined) return null;
  const r = resolveDate(f, ctx);
  const m = r.value ? /^(\d{4})-(\d\d)-(\d\d)/.exec(r.value) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}
