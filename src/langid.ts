/**
 * Language identification: franc-min's trigram model over the first part of
 * the text (enough to decide, and it keeps long articles cheap).
 */
import { francAll } from 'franc-min';
import { iso6393 } from 'iso-639-3';
import type { LanguageLayer } from './document.js';
import { languagePack } from './lang/index.js';

const SAMPLE_CHARS = 1000;
/** Below this many letters a guess is not worth making. */
const MIN_LETTERS = 20;
/** The runner-up must score under this (franc scores are relative to the best, 1). */
const MAX_RUNNER_UP = 0.98;

const toIso1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!]));

export interface Detection {
  code: string;
  confident: boolean;
}

export function detectLanguage(text: string): Detection {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { code: 'und', confident: false };
  const [best, runnerUp] = francAll(sample, { minLength: MIN_LETTERS });
  if (!best || best[0] === 'und') return { code: 'und', confident: false };
  const code = toIso1.get(best[0]) ?? best[0];
  return { code, confident: !runnerUp || runnerUp[1] < MAX_RUNNER_UP };
}

/**
 * The language to analyse in: the user's `--lang`, else a confident detection,
 * else what the source declares, else the unconfident detection.
 */
export function identifyLanguage(text: string, declared: string | null, forced?: string): LanguageLayer {
  const layer = (code: string, source: LanguageLayer['source']): LanguageLayer => ({
    code,
    source,
    supported: languagePack(code) !== null,
  });
  if (forced) return layer(forced, 'option');
  const detected = detectLanguage(text);
  if (detected.confident || (!declared && detected.code !== 'und')) return layer(detected.code, 'detected');
  if (declared) return layer(declared, 'metadata');
  return layer('und', 'default');
}
