/**
 * One key per real person across languages and transliterations: the
 * consonant skeleton of the surname plus the initial of the first given name
 * ("Sergueï Lavrov", "Sergei Lavrov", "Sergey Lavrov" → `lvrv:s`).
 * The rewrite rules are data (data/name-keys.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../util/paths.js';

interface NameKeyData {
  rewrites: [string, string][];
  vowels: string;
  particles: string[];
  honorifics: string[];
}

let compiled: {
  rewrites: [RegExp, string][];
  vowels: RegExp;
  particles: Set<string>;
  honorifics: Set<string>;
} | null = null;

function rules() {
  if (!compiled) {
    const data = JSON.parse(
      readFileSync(join(projectRoot, 'data', 'name-keys.json'), 'utf8'),
    ) as NameKeyData;
    compiled = {
      rewrites: data.rewrites.map(([pattern, replacement]) => [
        new RegExp(pattern, 'g'),
        replacement,
      ]),
      vowels: new RegExp(`(?<=.)[${data.vowels}]`, 'g'),
      particles: new Set(data.particles),
      honorifics: new Set(data.honorifics),
    };
  }
  return compiled;
}

/** Whether a folded word is a name particle ("al" in "al-Qaeda", "bin", "van"). */
export function isNameParticle(word: string): boolean {
  return rules().particles.has(word);
}

/** Lower case, accents and punctuation removed, words split: "Jean-Yves Le Drian" → jean yves le drian. */
export function foldName(name: string): string[] {
  return name
    .replace(/\p{Cf}/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The consonant skeleton of one word after transliteration rewrites. */
export function skeleton(word: string): string {
  let s = word;
  for (const [pattern, replacement] of rules().rewrites) s = s.replace(pattern, replacement);
  s = s.replace(rules().vowels, '');
  return s.replace(/(ch|.)\1+/g, '$1');
}

/**
 * The cross-language key of a person's name, or null for a name without
 * letters. A single word ("Lavrov") gives a surname-only key (`lvrv:`), which
 * matches full keys by prefix: see `sameKey`.
 */
export function personKey(name: string): string | null {
  const { particles, honorifics } = rules();
  const words = foldName(name).filter((w) => !honorifics.has(w));
  if (words.length === 0) return null;
  // The surname is the last word, with the particles before it ("de Gaulle", "van der Bellen").
  let first = words.length - 1;
  // A leading particle is no given name ("al-Assad", "de Gaulle" alone).
  while (first > 0 && particles.has(words[first - 1])) first--;
  const surname = words.slice(first).map(skeleton).join('');
  const initial = first > 0 ? skeleton(words[0])[0] : '';
  return `${surname}:${initial}`;
}

/**
 * Whether a name of two words or more is the end of a longer one, word for word: the compound
 * surname the article goes on with ("Orrego Sáez" after "Valentina Orrego Sáez").
 */
export function endsName(short: string, long: string): boolean {
  const { honorifics } = rules();
  const a = foldName(short)
    .filter((w) => !honorifics.has(w))
    .map(skeleton);
  const b = foldName(long)
    .filter((w) => !honorifics.has(w))
    .map(skeleton);
  return (
    a.length >= 2 && b.length > a.length && a.every((w, i) => w === b[b.length - a.length + i])
  );
}

/** The surname part of a person key: two keys can only match when theirs are equal. */
export function keySurname(key: string): string {
  return key.slice(0, key.indexOf(':'));
}

/** Whether two keys can name the same person: equal, or one has no given name. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [sa, ia] = a.split(':');
  const [sb, ib] = b.split(':');
  return sa === sb && (ia === '' || ib === '');
}
