/**
 * Texts referred to by the project's own gold annotations. Gold files never
 * hold corpus text: they name a source and count offsets (UTF-16 code units,
 * JavaScript string indices) in the text this module extracts from it.
 *
 * References, relative to the data root:
 * - `time/french_timebank_1.1/Data/<doc>.tml`: the <TEXT> element, tags removed, entities decoded;
 * - `ud/<treebank>/<file>.conllu#<sent_id>`: that sentence's `# text`;
 * - any other file (PolNeAR `.txt` articles …): its UTF-8 content.
 */
import { readFileSync } from 'node:fs';
import { readConllu, type ConlluSentence } from '../nlp/conllu.js';
import { dataPath } from '../util/paths.js';

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** TimeML body text: what a reader of the article sees. */
export function timemlText(xml: string): string {
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]);
}

const treebanks = new Map<string, Map<string, ConlluSentence>>();

/**
 * The publication date of a referenced source, as a reader of it would know
 * it: a TimeML document's creation time, else a YYYY-MM-DD in the file name
 * (PolNeAR's `outlet_2015-11-11_title.txt`); null when neither says.
 */
export function sourceDate(ref: string): string | null {
  const [path] = ref.split('#');
  if (path.endsWith('.tml')) {
    const dct = /<DCT>[\s\S]*?value="([^"]+)"/.exec(readFileSync(dataPath(path), 'utf8'));
    if (dct) return dct[1];
  }
  return /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?:[^\d]|$)/.exec(path)?.[1] ?? null;
}

export function sourceText(ref: string): string {
  const [path, fragment] = ref.split('#');
  if (path.endsWith('.conllu')) {
    let sentences = treebanks.get(path);
    if (!sentences) {
      sentences = new Map(readConllu(dataPath(path)).map((s) => [s.id, s]));
      treebanks.set(path, sentences);
    }
    const sentence = sentences.get(fragment);
    if (!sentence) throw new Error(`no sentence ${fragment} in ${path}`);
    return sentence.text;
  }
  const content = readFileSync(dataPath(path), 'utf8');
  return path.endsWith('.tml') ? timemlText(content) : content;
}
