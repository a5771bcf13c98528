/**
 * Language identification. A text dense in one language pack's distinctive
 * function words (lang/<code>/stopwords.json) is that language — a check of a
 * few microseconds; anything else goes to franc's trigram model over the
 * first part of the text (187 languages), which names those without a pack.
 */
import { francAll } from 'franc';
import { iso6393 } from 'iso-639-3';
import type { LanguageLayer } from './document.js';
import { languagePack, supportedLanguages } from './lang/index.js';

const SAMPLE_CHARS = 500;
/** Below this many letters a guess is not worth making. */
const MIN_LETTERS = 20;
/** Trigrams of a shorter sample mislead (a plain English sentence comes out Scots): not confident. */
const MIN_CONFIDENT_LETTERS = 150;
/** The runner-up must score under this (franc scores are relative to the best, 1). */
const MAX_RUNNER_UP = 0.98;
/** Share of a pack's function words among the sample's words to decide without franc. */
const MIN_FUNCTION_WORD_SHARE = 0.12;
const MIN_SAMPLE_WORDS = 5;
const MIN_FUNCTION_WORD_HITS = 3;

const toIso1 = new Map(iso6393.filter((l) => l.iso6391).map((l) => [l.iso6393, l.iso6391!]));

let functionWords: { code: string; words: Set<string> }[] | null = null;

function packFunctionWords(): { code: string; words: Set<string> }[] {
  functionWords ??= supportedLanguages().map((code) => ({
    code,
    words: new Set(languagePack(code)!.data<{ words: string[] }>('stopwords').words),
  }));
  return functionWords;
}

/** The pack language whose function words clearly dominate the sample, if one does. */
function byFunctionWords(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu);
  if (!words || words.length < MIN_SAMPLE_WORDS) return null;
  let best: string | null = null;
  let bestHits = 0;
  let secondHits = 0;
  for (const { code, words: set } of packFunctionWords()) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      secondHits = bestHits;
      bestHits = hits;
      best = code;
    } else if (hits > secondHits) secondHits = hits;
  }
  return bestHits >= MIN_FUNCTION_WORD_HITS &&
    bestHits >= MIN_FUNCTION_WORD_SHARE * words.length &&
    bestHits >= 3 * secondHits
    ? best
    : null;
}

export interface Detection {
  code: string;
  confident: boolean;
}

export function detectLanguage(text: string): Detection {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const quick = byFunctionWords(sample);
  if (quick) return { code: quick, confident: true };
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { code: 'und', confident: false };
  const [best, runnerUp] = francAll(sample, { minLength: MIN_LETTERS });
  if (!best || best[0] === 'und') return { code: 'und', confident: false };
  const code = toIso1.get(best[0]) ?? best[0];
  return {
    code,
    confident: letters >= MIN_CONFIDENT_LETTERS && (!runnerUp || runnerUp[1] < MAX_RUNNER_UP),
  };
}

/**
 * The language to analyse in: the user's `--lang`, else a confident detection,
 * else what the source declares, else the unconfident detection.
 */
export function identifyLanguage(
  text: string,
  declared: string | null,
  forced?: string,
): LanguageLayer {
  const layer = (code: string, source: LanguageLayer['source']): LanguageLayer => ({
    code,
    source,
    supported: languagePack(code) !== null,
  });
  if (forced) return layer(forced, 'option');
  const detected = detectLanguage(text);
  if (detected.confident || (!declared && detected.code !== 'und'))
    return layer(detected.code, 'detected');
  if (declared) return layer(declared, 'metadata');
  return layer('und', 'default');
}
