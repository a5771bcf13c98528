/** The terminal report: a header per article, then each paragraph and what was found in it. */
import type { Entity } from '../actors/entities.js';
import type { Doc } from '../document.js';
import { quotesBySpeaker } from '../quotes/report.js';
import { eventLines } from '../events/report.js';

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

function actorName(entity: Entity): string {
  return entity.name ?? entity.mentions[0]?.text ?? entity.key;
}

/** "Sergueï Lavrov — person, RUS/GOV, foreign minister, 7 mentions". */
function describeActor(entity: Entity): string {
  const code = [entity.country, entity.sector].filter(Boolean).join('/');
  const facts = [
    entity.anonymous ? `anonymous ${entity.type}` : entity.type,
    code || null,
    entity.role,
    `${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  return `${actorName(entity)} — ${facts.join(', ')}`;
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
  if (doc.entities && doc.entities.length > 0) {
    out.push(`${INDENT}actors:`);
    for (const entity of doc.entities)
      out.push(wrap(`${entity.id} ${describeActor(entity)}`, INDENT + '  '));
  }
  const sentencesPer = new Array<number>(doc.paragraphs.length).fill(0);
  for (const sentence of doc.sentences) sentencesPer[sentence.paragraph]++;
  const within = <T extends { start: number }>(
    items: T[] | undefined,
    p: { start: number; end: number },
  ) => (items ?? []).filter((item) => item.start >= p.start && item.start < p.end);
  for (const paragraph of doc.paragraphs) {
    out.push(
      '',
      wrap(`¶${paragraph.index + 1} ${doc.text.slice(paragraph.start, paragraph.end)}`, '  '),
    );
    const sentences = sentencesPer[paragraph.index];
    out.push(`${INDENT}→ ${sentences} sentence${sentences === 1 ? '' : 's'}`);
    for (const d of within(doc.datelines, paragraph)) {
      const parts = [...d.places, d.date, ...d.agencies].map((part) => part?.text);
      out.push(wrap(`→ dateline: ${parts.filter(Boolean).join(' · ')}`, INDENT));
    }
    for (const b of within(doc.bylines, paragraph))
      out.push(wrap(`→ byline: ${b.authors.map((a) => a.text).join(' · ')}`, INDENT));
    if (doc.entities) {
      const actors = doc.entities.filter((e) => within(e.mentions, paragraph).length > 0);
      if (actors.length > 0)
        out.push(
          wrap(`→ actors: ${actors.map((e) => `${e.id} ${actorName(e)}`).join(' · ')}`, INDENT),
        );
    } else {
      const mentions = within(doc.mentions, paragraph).map(
        (m) => `${m.label} ${doc.text.slice(m.start, m.end)}`,
      );
      if (mentions.length > 0) out.push(wrap(`→ entities: ${mentions.join(' · ')}`, INDENT));
    }
    const places = within(doc.places, paragraph).map(
      (p) => `${p.text} = ${p.place.name}${p.place.iso3 ? ` (${p.place.iso3})` : ''}`,
    );
    if (places.length > 0) out.push(wrap(`→ places: ${places.join(' · ')}`, INDENT));
    const timexes = within(doc.timexes, paragraph).map((t) => `${t.text} = ${t.value ?? '?'}`);
    if (timexes.length > 0) out.push(wrap(`→ time: ${timexes.join(' · ')}`, INDENT));
    for (const line of quotesBySpeaker(
      within(
        doc.quotes?.map((q) => ({ ...q, start: q.content.start })),
        paragraph,
      ),
    ))
      out.push(wrap(line.text, INDENT + '  '.repeat(line.depth)));
  }
  if (doc.events && doc.events.length > 0) {
    out.push('', '  events:');
    for (const line of eventLines(doc.events))
      out.push(wrap(line.text, INDENT + '  '.repeat(line.depth)));
  }
  return out.join('\n') + '\n';
}
