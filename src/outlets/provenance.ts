/**
 * Where the article's own voice comes from: the publishing outlet, then the wire
 * agency a dateline credits ("KYIV, May 14 (Reuters) - ") for the text that
 * dateline opens. Every source chain starts with these links.
 */
import type { Doc } from '../document.js';
import type { SourceLink } from '../quotes/types.js';
import { findOutlet } from './outlets.js';

/** The publishing outlet: a known outlet by its id, else the name the source gives, else "outlet". */
export function outletLink(doc: Doc): SourceLink {
  const name = doc.article.outlet;
  const outlet = name ? findOutlet(name) : null;
  if (outlet) return { name: outlet.name, type: 'news', outlet: outlet.id };
  return { name: name ?? 'outlet', type: 'outlet' };
}

/**
 * The outlet, then the first agency of the dateline in force at `offset`: the
 * article's first dateline holds from the start of the text (its headline too),
 * a later one from where it stands. An outlet crediting itself adds no link.
 */
export function publishingChain(doc: Doc, offset: number): SourceLink[] {
  const root = outletLink(doc);
  const datelines = doc.datelines ?? [];
  const inForce = datelines.filter((d, k) => k === 0 || d.start <= offset).at(-1);
  const credited = inForce?.agencies[0];
  if (!credited) return [root];
  const outlet = findOutlet(credited.text);
  if (outlet && outlet.id === root.outlet) return [root];
  const entity = (doc.entities ?? []).find((e) =>
    e.mentions.some((m) => m.start < credited.end && credited.start < m.end),
  );
  return [
    root,
    {
      name: outlet?.name ?? credited.text,
      entity: entity?.id ?? null,
      start: credited.start,
      end: credited.end,
      type: 'news',
      ...(outlet ? { outlet: outlet.id } : {}),
    },
  ];
}
