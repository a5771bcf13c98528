/**
 * Actor dictionaries in the PETRARCH / Phoenix text format, so users can add
 * the aliases and codes of their own coding projects:
 *
 *     SERGEY_LAVROV [RUSGOV]        name (underscores for spaces) and code
 *     +SERGEI_LAVROV                synonym of the entry above
 *         [RUSELI <040309]          a code for a date range: <D before, >D after, D-D between
 *     # comment, <!-- block comment -->
 *
 * Dates are YYMMDD (50–99 → 19xx) or YYYYMMDD.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';
import { foldName } from './names.js';

export interface DatedCode {
  code: string;
  /** ISO dates, inclusive; absent for an open end. */
  from?: string;
  to?: string;
}

export interface DictionaryActor {
  name: string;
  aliases: string[];
  codes: DatedCode[];
}

function isoDate(raw: string): string {
  const digits = raw.length === 6 ? (Number(raw.slice(0, 2)) >= 50 ? '19' : '20') + raw : raw;
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
}

/** `[CODE]`, `[CODE <D]`, `[CODE >D]`, `[CODE D-D]`, `[CODE]` with a comment after. */
function parseCode(bracket: string): DatedCode | null {
  const m = /^\[\s*([^\s\]]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*\]/.exec(
    bracket,
  );
  if (!m) return null;
  if (m[2] === '<') return { code: m[1], to: isoDate(m[3]) };
  if (m[2] === '>') return { code: m[1], from: isoDate(m[3]) };
  if (m[4]) return { code: m[1], from: isoDate(m[4]), to: isoDate(m[5]) };
  return { code: m[1] };
}

const phrase = (raw: string) => raw.trim().replace(/_+/g, ' ').replace(/\s+/g, ' ');

export function parseActorDictionary(content: string): DictionaryActor[] {
  const actors: DictionaryActor[] = [];
  const text = content.replace(/<!--[\s\S]*?-->/g, '');
  let current: DictionaryActor | null = null;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (line.trim() === '') continue;
    const trimmed = line.trim();
    if (trimmed.startsWith('+')) {
      if (current) current.aliases.push(phrase(trimmed.slice(1).replace(/\[.*$/, '')));
      continue;
    }
    if (trimmed.startsWith('[')) {
      const code = parseCode(trimmed);
      if (current && code) current.codes.push(code);
      continue;
    }
    const bracket = trimmed.indexOf('[');
    const name = phrase(bracket >= 0 ? trimmed.slice(0, bracket) : trimmed);
    if (!name) continue;
    current = { name, aliases: [], codes: [] };
    const code = bracket >= 0 ? parseCode(trimmed.slice(bracket)) : null;
    if (code) current.codes.push(code);
    actors.push(current);
  }
  return actors;
}

/** The code in force on `date` (ISO, partial allowed): a dated code covering it, else the undated one. */
export function codeOn(actor: DictionaryActor, date: string | null): string | null {
  if (date) {
    const day = date.slice(0, 10);
    const lo = day.length === 4 ? `${day}-01-01` : day.length === 7 ? `${day}-01` : day;
    const hi = day.length === 4 ? `${day}-12-31` : day.length === 7 ? `${day}-31` : day;
    const dated = actor.codes.find(
      (c) => (c.from || c.to) && (!c.from || hi >= c.from) && (!c.to || lo <= c.to),
    );
    if (dated) return dated.code;
  }
  return actor.codes.find((c) => !c.from && !c.to)?.code ?? null;
}

/** CAMEO-style actor code split into a country (3 letters) and sector codes: USAGOV → USA, [GOV]. */
export function splitActorCode(code: string): { country: string | null; sectors: string[] } {
  const parts =
    code
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .match(/.{3}/g) ?? [];
  if (parts.length === 0) return { country: null, sectors: [] };
  const [country, ...sectors] = parts;
  return { country: country ?? null, sectors };
}

/** Name look-up over a dictionary: accents, case and punctuation folded. */
export class ActorDictionary {
  private readonly byName = new Map<string, DictionaryActor>();

  constructor(readonly actors: DictionaryActor[]) {
    for (const actor of actors) {
      for (const name of [actor.name, ...actor.aliases]) {
        const key = foldName(name).join(' ');
        if (key && !this.byName.has(key)) this.byName.set(key, actor);
      }
    }
  }

  lookup(name: string): DictionaryActor | null {
    return this.byName.get(foldName(name).join(' ')) ?? null;
  }
}

let shipped: ActorDictionary | undefined;

/**
 * The dictionary shipped with recoupe (`data/actors/world-figures.txt`: heads of state and
 * government, ministers, heads of international bodies and armed movements), consulted after
 * a user's dictionary; empty when the file is absent.
 */
export function shippedDictionary(): ActorDictionary {
  if (!shipped) {
    const file = join(projectRoot, 'data', 'actors', 'world-figures.txt');
    shipped = new ActorDictionary(
      existsSync(file) ? parseActorDictionary(readFileSync(file, 'utf8')) : [],
    );
  }
  return shipped;
}
