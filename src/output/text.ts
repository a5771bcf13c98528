/** The terminal report: a header per article, then each paragraph and what was found in it. */
import type { Doc } from '../document.js';

const WIDTH = 100;
const INDENT = '    ';

function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > WIDTH - indent.length) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

export function documentToText(doc: Doc): string {
  const { article, lang } = doc;
  const facts = [
    `id ${article.id}`,
    `${lang.code} (${lang.source}${lang.supported ? '' : ', no language pack'})`,
    `published ${article.published ?? '—'}`,
    `outlet ${article.outlet ?? '—'}`,
    `${doc.paragraphs.length} paragraphs, ${doc.sentences.length} sentences, ${doc.tokens.length} tokens`,
  ];
  const out = [`== ${article.source}`, wrap(facts.join(' · '), INDENT)];
  if (article.title) out.push(wrap(`title: ${article.title}`, INDENT));
  for (const warning of doc.warnings) out.push(`${INDENT}warning: ${warning.message}`);
  const mentionsByParagraph = new Map<number, string[]>();
  for (const mention of doc.mentions ?? []) {
    const paragraph = doc.sentences[doc.tokens[mention.tokenStart].sentence].paragraph;
    const list = mentionsByParagraph.get(paragraph) ?? [];
    list.push(`${mention.label} ${doc.text.slice(mention.start, mention.end)}`);
    mentionsByParagraph.set(paragraph, list);
  }
  for (const paragraph of doc.paragraphs) {
    out.push('', wrap(`¶${paragraph.index + 1} ${doc.text.slice(paragraph.start, paragraph.end)}`, '  '));
    const sentences = doc.sentences.filter((s) => s.paragraph === paragraph.index).length;
    out.push(`${INDENT}→ ${sentences} sentence${sentences === 1 ? '' : 's'}`);
    const mentions = mentionsByParagraph.get(paragraph.index);
    if (mentions) out.push(wrap(`→ entities: ${mentions.join(' · ')}`, INDENT));
  }
  return out.join('\n') + '\n';
}
