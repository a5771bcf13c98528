/**
 * Suite `entities`: the actor layer on the project's entity gold set
 * (gold/entities/{fr,en}.jsonl). Each gold passage is analysed as its own
 * document (offsets shifted back into the source), then:
 *
 * - mention detection P/R/F1: a system mention matches a gold mention when the
 *   spans overlap and end on the same token (one-to-one, largest overlap first);
 * - clustering over the matched mentions: MUC, B³ and pairwise F1;
 * - profiles: for each gold entity with a matched mention, the system entity
 *   holding most of its matched mentions; accuracy of its type, country,
 *   sector and role (role where the gold gives one);
 * - the share of third-person pronouns the layer attached to an entity;
 * - places: `resolvePlace` on each gold place span with the places resolved
 *   before it in the passage as context; country accuracy.
 * Speed: tokens per second of the whole pipeline with the actor stage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findEntities, type Entity, type PronounStats } from '../actors/entities.js';
import type { Doc } from '../document.js';
import { makeArticle } from '../ingest/article.js';
import { createDoc, stagesFor } from '../pipeline.js';
import { resolvePlace, type ResolvedPlace } from '../places/index.js';
import { tokenAt } from '../segment/tokens.js';
import { dataPath, projectRoot } from '../util/paths.js';
import { sourceDate, sourceText } from './sources.js';
import { prf, type Cell, type EvalSuite, type EvalTable } from './table.js';

/** One entity of gold/entities/<lang>.jsonl (format: gold/entities/README.md). */
export interface GoldEntity {
  id: string;
  type: string;
  name: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  anonymous: boolean;
  mentions: [number, number, 'name' | 'nominal' | 'pronoun'][];
}

export interface GoldPlace {
  start: number;
  end: number;
  name: string;
  country: string | null;
  kind: string;
}

/** One line of gold/entities/<lang>.jsonl: a passage of a source, by reference. */
export interface GoldPassage {
  source: string;
  start: number;
  end: number;
  entities: GoldEntity[];
  places: GoldPlace[];
}

interface MentionRef {
  start: number;
  end: number;
  entity: string;
}

interface LangCounts {
  passages: number;
  tokens: number;
  tp: number;
  fp: number;
  fn: number;
  muc: { pn: number; pd: number; rn: number; rd: number };
  b3: { p: number; r: number; n: number };
  pairs: { tp: number; fp: number; fn: number };
  profile: Record<'type' | 'country' | 'sector' | 'role', { ok: number; n: number }>;
  personProfile: Record<'country' | 'sector' | 'role', { ok: number; n: number }>;
  pronouns: PronounStats;
  /** Matched system pronouns whose entity's other mentions are mostly the pronoun's gold entity. */
  pronounLinks: { ok: number; n: number };
  places: { ok: number; n: number; unresolved: number };
  coreMs: number;
  actorMs: number;
}

export function readEntityGold(lang: string): GoldPassage[] {
  const path = join(projectRoot, 'gold', 'entities', `${lang}.jsonl`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldPassage);
}

/** Gold ↔ system mention pairs: overlapping spans ending on the same token, one-to-one, largest overlap first. */
export function matchMentions(
  doc: Doc,
  gold: MentionRef[],
  system: MentionRef[],
): [number, number][] {
  const options: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    const gLast = tokenAt(doc.tokens, g.end - 1);
    system.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0 && tokenAt(doc.tokens, s.end - 1) === gLast)
        options.push({ g: gi, s: si, overlap });
    });
  });
  options.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: [number, number][] = [];
  for (const o of options) {
    if (usedG.has(o.g) || usedS.has(o.s)) continue;
    usedG.add(o.g);
    usedS.add(o.s);
    pairs.push([o.g, o.s]);
  }
  return pairs;
}

/** MUC numerators and denominators of `key` against `response` over the same items. */
function mucCounts(
  key: Map<number, string>,
  response: Map<number, string>,
): { num: number; den: number } {
  const clusters = new Map<string, number[]>();
  for (const [item, c] of key) clusters.set(c, [...(clusters.get(c) ?? []), item]);
  let num = 0;
  let den = 0;
  for (const items of clusters.values()) {
    const parts = new Set(items.map((i) => response.get(i)));
    num += items.length - parts.size;
    den += items.length - 1;
  }
  return { num, den };
}

function emptyCounts(): LangCounts {
  const acc = () => ({ ok: 0, n: 0 });
  return {
    passages: 0,
    tokens: 0,
    tp: 0,
    fp: 0,
    fn: 0,
    muc: { pn: 0, pd: 0, rn: 0, rd: 0 },
    b3: { p: 0, r: 0, n: 0 },
    pairs: { tp: 0, fp: 0, fn: 0 },
    profile: { type: acc(), country: acc(), sector: acc(), role: acc() },
    personProfile: { country: acc(), sector: acc(), role: acc() },
    pronouns: { candidates: 0, resolved: 0 },
    pronounLinks: { ok: 0, n: 0 },
    places: { ok: 0, n: 0, unresolved: 0 },
    coreMs: 0,
    actorMs: 0,
  };
}

function scorePassage(lang: string, passage: GoldPassage, counts: LangCounts): void {
  const text = sourceText(passage.source).slice(passage.start, passage.end);
  const date = sourceDate(passage.source);
  const article = makeArticle({
    source: passage.source,
    outlet: null,
    lang,
    published: date,
    title: null,
    text,
    metadata: {},
  });
  let started = performance.now();
  const doc = createDoc(article, { lang });
  // The stages before this layer; the ones after it (quotes) are not measured here.
  const stages = stagesFor(doc.lang.code);
  const actorsAt = stages.findIndex((stage) => stage.name === 'actors');
  for (const stage of actorsAt >= 0 ? stages.slice(0, actorsAt) : stages) stage.run(doc);
  counts.coreMs += performance.now() - started;
  started = performance.now();
  const entities: Entity[] = findEntities(doc, {}, counts.pronouns);
  counts.actorMs += performance.now() - started;
  counts.passages++;
  counts.tokens += doc.tokens.length;

  const gold: MentionRef[] = passage.entities.flatMap((e) =>
    e.mentions.map(([s, t]) => ({
      start: s - passage.start,
      end: t - passage.start,
      entity: e.id,
    })),
  );
  const system: MentionRef[] = entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id })),
  );
  const pairs = matchMentions(doc, gold, system);
  counts.tp += pairs.length;
  counts.fp += system.length - pairs.length;
  counts.fn += gold.length - pairs.length;

  // Clustering over matched mentions, items numbered by pair.
  const key = new Map<number, string>();
  const response = new Map<number, string>();
  pairs.forEach(([g, s], i) => {
    key.set(i, gold[g].entity);
    response.set(i, system[s].entity);
  });
  const recall = mucCounts(key, response);
  const precision = mucCounts(response, key);
  counts.muc.rn += recall.num;
  counts.muc.rd += recall.den;
  counts.muc.pn += precision.num;
  counts.muc.pd += precision.den;
  for (let i = 0; i < pairs.length; i++) {
    let same = 0;
    let sys = 0;
    let gol = 0;
    for (let j = 0; j < pairs.length; j++) {
      const sk = key.get(i) === key.get(j);
      const sr = response.get(i) === response.get(j);
      if (sk && sr) same++;
      if (sr) sys++;
      if (sk) gol++;
      if (j > i) {
        if (sk && sr) counts.pairs.tp++;
        else if (sr) counts.pairs.fp++;
        else if (sk) counts.pairs.fn++;
      }
    }
    counts.b3.p += same / sys;
    counts.b3.r += same / gol;
    counts.b3.n++;
  }

  // Pronoun links: the gold entity most of the system entity's matched non-pronoun mentions belong to.
  const kinds = entities.flatMap((e) => e.mentions.map((m) => m.kind));
  const majority = new Map<string, string>();
  for (const e of entities) {
    const votes = new Map<string, number>();
    for (const [gi, si] of pairs) {
      if (system[si].entity === e.id && kinds[si] !== 'pronoun')
        votes.set(gold[gi].entity, (votes.get(gold[gi].entity) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) majority.set(e.id, best[0]);
  }
  for (const [gi, si] of pairs) {
    if (kinds[si] !== 'pronoun') continue;
    counts.pronounLinks.n++;
    if (majority.get(system[si].entity) === gold[gi].entity) counts.pronounLinks.ok++;
  }

  // Profiles: the system entity holding most of a gold entity's matched mentions.
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const g of passage.entities) {
    const votes = new Map<string, number>();
    for (const [gi, si] of pairs)
      if (gold[gi].entity === g.id)
        votes.set(system[si].entity, (votes.get(system[si].entity) ?? 0) + 1);
    if (votes.size === 0) continue;
    const best = byId.get([...votes.entries()].sort((a, b) => b[1] - a[1])[0][0])!;
    const tally = (acc: { ok: number; n: number }, ok: boolean) => {
      acc.n++;
      if (ok) acc.ok++;
    };
    tally(counts.profile.type, best.type === g.type);
    tally(counts.profile.country, best.country === g.country);
    tally(counts.profile.sector, best.sector === g.sector);
    if (g.role) tally(counts.profile.role, best.role === g.role);
    if (g.type === 'person') {
      tally(counts.personProfile.country, best.country === g.country);
      tally(counts.personProfile.sector, best.sector === g.sector);
      if (g.role) tally(counts.personProfile.role, best.role === g.role);
    }
  }

  // Places: each resolved with the document as context: the other places of the passage
  // (resolved alone first) and the countries of the actors the layer found.
  const source = sourceText(passage.source);
  const names = passage.places.map((place) => source.slice(place.start, place.end));
  const alone = names.map((name) => resolvePlace(name, lang, { date: date ?? undefined }));
  const countries = [
    ...new Set(entities.map((e) => e.country).filter((c): c is string => c !== null)),
  ];
  passage.places.forEach((place, i) => {
    const others = alone.filter(
      (p, j): p is ResolvedPlace => p !== null && j !== i && names[j] !== names[i],
    );
    const found = resolvePlace(names[i], lang, {
      places: others,
      countries,
      date: date ?? undefined,
    });
    counts.places.n++;
    if (!found) counts.places.unresolved++;
    else if (found.iso3 === place.country) counts.places.ok++;
  });
}

const pct = (ok: number, n: number): Cell => (n > 0 ? Math.round((1000 * ok) / n) / 1000 : null);
const r2 = (x: number) => Math.round(x * 100) / 100;

function f1(pn: number, pd: number, rn: number, rd: number): number {
  const p = pd > 0 ? pn / pd : 0;
  const r = rd > 0 ? rn / rd : 0;
  return p + r > 0 ? (200 * p * r) / (p + r) : 0;
}

export const entitiesSuite: EvalSuite = {
  id: 'entities',
  description:
    'actor layer on gold/entities (fr, en): mention P/R/F1, MUC/B³/pairwise clustering, profile accuracy, pronouns, places',
  run(): EvalTable[] {
    const results = new Map<string, LangCounts>();
    for (const lang of ['fr', 'en']) {
      const passages = readEntityGold(lang);
      if (passages.length === 0 || !existsSync(dataPath(passages[0].source.split('#')[0])))
        continue;
      // One untimed run loads the models and gazetteer first.
      scorePassage(lang, passages[0], emptyCounts());
      const counts = emptyCounts();
      for (const passage of passages) scorePassage(lang, passage, counts);
      results.set(lang, counts);
    }
    const rows = (
      build: (lang: string, c: LangCounts) => Record<string, Cell> | Record<string, Cell>[],
    ): Record<string, Cell>[] =>
      [...results.entries()].flatMap(([lang, c]) => {
        const built = build(lang, c);
        return Array.isArray(built) ? built : [built];
      });
    const mentionNote =
      'a system mention matches a gold mention when their spans overlap and end on the same token; one-to-one, largest overlap first';
    return [
      {
        id: 'entities-mentions',
        title: 'Entity mentions (gold/entities)',
        columns: ['lang', 'passages', 'P', 'R', 'F1', 'anchor F1'],
        rows: rows((lang, c) => {
          const s = prf(c.tp, c.fp, c.fn);
          return {
            lang,
            passages: c.passages,
            P: r2(s.p),
            R: r2(s.r),
            F1: r2(s.f1),
            'anchor F1': null,
          };
        }),
        notes: [mentionNote, 'no published anchor on this project gold set'],
      },
      {
        id: 'entities-clusters',
        title: 'Entity clustering over matched mentions',
        columns: ['lang', 'MUC F1', 'B3 F1', 'pairwise F1', 'anchor'],
        rows: rows((lang, c) => {
          const b3p = c.b3.n ? c.b3.p / c.b3.n : 0;
          const b3r = c.b3.n ? c.b3.r / c.b3.n : 0;
          const b3 = b3p + b3r > 0 ? (200 * b3p * b3r) / (b3p + b3r) : 0;
          return {
            lang,
            'MUC F1': r2(f1(c.muc.pn, c.muc.pd, c.muc.rn, c.muc.rd)),
            'B3 F1': r2(b3),
            'pairwise F1': r2(prf(c.pairs.tp, c.pairs.fp, c.pairs.fn).f1),
            anchor: null,
          };
        }),
        notes: [
          'gold and system partitions restricted to the matched mention pairs; singletons count in B3 only',
        ],
      },
      {
        id: 'entities-profiles',
        title: 'Entity profiles (system entity holding most matched mentions of each gold entity)',
        columns: ['lang', 'scope', 'type acc', 'country acc', 'sector acc', 'role acc', 'n'],
        rows: rows((lang, c) => [
          {
            lang,
            scope: 'persons',
            'type acc': null,
            'country acc': pct(c.personProfile.country.ok, c.personProfile.country.n),
            'sector acc': pct(c.personProfile.sector.ok, c.personProfile.sector.n),
            'role acc': pct(c.personProfile.role.ok, c.personProfile.role.n),
            n: c.personProfile.country.n,
          },
          {
            lang,
            scope: 'all',
            'type acc': pct(c.profile.type.ok, c.profile.type.n),
            'country acc': pct(c.profile.country.ok, c.profile.country.n),
            'sector acc': pct(c.profile.sector.ok, c.profile.sector.n),
            'role acc': pct(c.profile.role.ok, c.profile.role.n),
            n: c.profile.type.n,
          },
        ]),
        notes: [
          'role accuracy over gold entities with a role; country and sector compare null too',
        ],
      },
      {
        id: 'entities-pronouns-places',
        title: 'Pronouns resolved and place resolution',
        columns: [
          'lang',
          'pronouns',
          'resolved share',
          'link acc',
          'places',
          'unresolved',
          'place country acc',
          'acc on resolved',
          'target',
        ],
        rows: rows((lang, c) => ({
          lang,
          pronouns: c.pronouns.candidates,
          'resolved share': pct(c.pronouns.resolved, c.pronouns.candidates),
          'link acc': pct(c.pronounLinks.ok, c.pronounLinks.n),
          places: c.places.n,
          unresolved: c.places.unresolved,
          'place country acc': pct(c.places.ok, c.places.n),
          'acc on resolved': pct(c.places.ok, c.places.n - c.places.unresolved),
          target: 0.97,
        })),
        notes: [
          'pronouns: third-person personal pronouns the layer found (impersonal ones excluded) and attached to an entity; link acc: matched system pronouns whose entity is mostly (by its other matched mentions) the gold antecedent',
          'places: resolvePlace on each gold place span; context = the other places of the passage and the countries of its actors; unresolved = no gazetteer entry',
        ],
      },
      {
        id: 'entities-speed',
        title: 'Actor layer speed (gold passages)',
        columns: ['lang', 'tokens', 'core ms', 'actors ms', 'pipeline tokens/s', 'actors share'],
        rows: rows((lang, c) => ({
          lang,
          tokens: c.tokens,
          'core ms': Math.round(c.coreMs),
          'actors ms': Math.round(c.actorMs),
          'pipeline tokens/s': Math.round((1000 * c.tokens) / (c.coreMs + c.actorMs)),
          'actors share': pct(c.actorMs, c.coreMs + c.actorMs),
        })),
        notes: ['core: segmentation, tagging, parsing, NER, time; models loaded before timing'],
      },
    ];
  },
};
