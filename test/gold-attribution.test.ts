import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { sourceText } from '../src/eval/sources.js';
import { projectRoot } from '../src/util/paths.js';
import { assertCovers, checkGoldSpan, readJsonLines, sharedData } from './helpers.js';

/**
 * The French attribution gold set (gold/attribution/fr.jsonl) holds references
 * and offsets only; this test checks every span against the texts it points to.
 */

type Span = [number, number];

interface ChainLink {
  name: string;
  type: string;
  span: Span | null;
}

interface Speaker {
  name: string;
  type: string;
  anonymous: boolean;
  resolvedFrom: Span | null;
}

interface Relation {
  id: string;
  kind: string;
  content: Span;
  cue: Span | null;
  source: Span | null;
  speaker: Speaker | null;
  chain: ChainLink[];
  status: string;
  negated: Span | null;
}

interface Passage {
  source: string;
  start: number;
  end: number;
  relations: Relation[];
}

const GOLD = join(projectRoot, 'gold', 'attribution', 'fr.jsonl');
const KINDS = new Set(['direct', 'partial', 'mixed', 'indirect', 'outlet']);
const STATUSES = new Set(['asserted', 'reported', 'hedged', 'denied']);
const TYPES = new Set(['person', 'organisation', 'government', 'news', 'igo', 'unknown']);
const PASSAGE_KEYS = ['end', 'relations', 'source', 'start'];
const RELATION_KEYS = [
  'chain',
  'content',
  'cue',
  'id',
  'kind',
  'negated',
  'source',
  'speaker',
  'status',
];
const SPEAKER_KEYS = ['anonymous', 'name', 'resolvedFrom', 'type'];
const CHAIN_KEYS = ['name', 'span', 'type'];
/** Names are the only free strings allowed: short labels, never copied sentences. */
const MAX_NAME = 120;
const OPENING_MARKS = new Set(['«', '"', '“', '„', '‹']);
const CLOSING_MARKS = new Set(['»', '"', '”', '›']);

function readGold(): Passage[] {
  return readJsonLines<Passage>(GOLD);
}

function checkSpan(text: string, passage: Passage, span: unknown, what: string): Span {
  const [s, e] = checkGoldSpan(text, passage, span, what);
  assert.notEqual(text.slice(s, e).trim(), '', `${what}: blank span`);
  return [s, e];
}

const within = (inner: Span, outer: Span) => inner[0] >= outer[0] && inner[1] <= outer[1];

/** The nearest non-space character before `i` (or undefined at the text start). */
function before(text: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && /\s/.test(text[j])) j--;
  return j >= 0 ? text[j] : undefined;
}

function after(text: string, i: number): string | undefined {
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  return j < text.length ? text[j] : undefined;
}

function checkRelation(text: string, passage: Passage, rel: Relation, where: string): void {
  assert.deepEqual(Object.keys(rel).sort(), RELATION_KEYS, `${where}: unexpected keys`);
  assert.ok(KINDS.has(rel.kind), `${where}: kind ${rel.kind}`);
  assert.ok(STATUSES.has(rel.status), `${where}: status ${rel.status}`);
  const content = checkSpan(text, passage, rel.content, `${where} content`);
  const first = text[content[0]];
  const last = text[content[1] - 1];
  assert.ok(
    !(OPENING_MARKS.has(first) && CLOSING_MARKS.has(last)),
    `${where}: content keeps its outer quotation marks`,
  );
  if (rel.kind === 'direct' || rel.kind === 'partial') {
    assert.ok(
      !OPENING_MARKS.has(first) && !CLOSING_MARKS.has(last),
      `${where}: quoted content includes a mark`,
    );
    // A quotation opened or closed outside a one-sentence text runs to that text's edge.
    const open = before(text, content[0]);
    const close = after(text, content[1]);
    assert.ok(
      open === undefined || OPENING_MARKS.has(open),
      `${where}: content does not follow an opening mark`,
    );
    assert.ok(
      close === undefined || CLOSING_MARKS.has(close),
      `${where}: content is not followed by a closing mark`,
    );
  }
  const cue = rel.cue === null ? null : checkSpan(text, passage, rel.cue, `${where} cue`);
  const source =
    rel.source === null ? null : checkSpan(text, passage, rel.source, `${where} source`);
  if (rel.kind === 'outlet') {
    assert.equal(cue, null, `${where}: outlet claims have no cue`);
    assert.equal(source, null, `${where}: outlet claims have no source`);
    assert.equal(rel.speaker, null, `${where}: outlet claims have no speaker`);
    assert.deepEqual(rel.chain, [], `${where}: outlet claims have an empty chain`);
    assert.ok(
      rel.status === 'asserted' || rel.status === 'hedged',
      `${where}: outlet status ${rel.status}`,
    );
  } else {
    assert.notEqual(rel.status, 'asserted', `${where}: an attributed claim is not asserted`);
    const speaker = rel.speaker;
    assert.ok(speaker !== null, `${where}: attributed claims name a speaker`);
    assert.deepEqual(
      Object.keys(speaker).sort(),
      SPEAKER_KEYS,
      `${where}: unexpected speaker keys`,
    );
    assert.ok(
      speaker.name.length > 0 && speaker.name.length <= MAX_NAME,
      `${where}: speaker name length`,
    );
    assert.ok(TYPES.has(speaker.type), `${where}: speaker type ${speaker.type}`);
    assert.equal(typeof speaker.anonymous, 'boolean', `${where}: anonymous must be a boolean`);
    if (speaker.resolvedFrom !== null)
      checkSpan(text, passage, speaker.resolvedFrom, `${where} resolvedFrom`);
    assert.ok(rel.chain.length > 0, `${where}: attributed claims have a chain`);
    for (const [i, link] of rel.chain.entries()) {
      assert.deepEqual(Object.keys(link).sort(), CHAIN_KEYS, `${where}: unexpected chain keys`);
      assert.ok(
        link.name.length > 0 && link.name.length <= MAX_NAME,
        `${where}: chain name length`,
      );
      assert.ok(TYPES.has(link.type), `${where}: chain type ${link.type}`);
      if (link.span !== null) checkSpan(text, passage, link.span, `${where} chain[${i}]`);
    }
    const innermost = rel.chain[rel.chain.length - 1];
    assert.equal(innermost.name, speaker.name, `${where}: the innermost link is the speaker`);
    assert.equal(
      innermost.type,
      speaker.type,
      `${where}: the innermost link has the speaker's type`,
    );
  }
  if (rel.status === 'denied') {
    assert.ok(rel.negated !== null, `${where}: a denial marks what is denied`);
    const negated = checkSpan(text, passage, rel.negated, `${where} negated`);
    assert.ok(within(negated, content), `${where}: the denied span lies inside the content`);
  } else {
    assert.equal(rel.negated, null, `${where}: only denials mark a negated span`);
  }
}

test('French attribution gold: every line, reference and span checks out', (t) => {
  const roots = ['time/french_timebank_1.1', 'ud/UD_French-Sequoia', 'ud/UD_French-GSD'];
  if (roots.some((root) => sharedData(t, root) === null)) return;
  const passages = readGold();
  const refs = new Set<string>();
  // Collected rather than thrown one by one, so a failing run lists every faulty line.
  const problems: string[] = [];
  const check = (fn: () => void) => {
    try {
      fn();
    } catch (error) {
      problems.push((error as Error).message.split('\n')[0]);
    }
  };
  for (const [i, passage] of passages.entries()) {
    const where = `line ${i + 1} (${passage.source})`;
    assert.deepEqual(Object.keys(passage).sort(), PASSAGE_KEYS, `${where}: unexpected keys`);
    assert.ok(!refs.has(passage.source), `${where}: a text appears on one line only`);
    refs.add(passage.source);
    const text = sourceText(passage.source);
    assert.ok(
      Number.isInteger(passage.start) && Number.isInteger(passage.end) && passage.start >= 0,
      `${where}: passage offsets`,
    );
    assert.ok(
      passage.start < passage.end && passage.end <= text.length,
      `${where}: passage outside the text`,
    );
    assert.ok(passage.relations.length > 0, `${where}: no relations`);
    const ids = new Set<string>();
    for (const rel of passage.relations) {
      check(() => assert.ok(!ids.has(rel.id), `${where}: duplicate id ${rel.id}`));
      ids.add(rel.id);
      check(() => checkRelation(text, passage, rel, `${where} ${rel.id}`));
    }
  }
  assert.deepEqual(problems, []);
});

test('French attribution gold: size and coverage of every kind and status', () => {
  const passages = readGold();
  const relations = passages.flatMap((p) => p.relations);
  assert.ok(passages.length >= 40, `only ${passages.length} texts`);
  assert.ok(relations.length >= 150, `only ${relations.length} relations`);
  assertCovers(relations, 'kind', KINDS, 'relations');
  assertCovers(relations, 'status', STATUSES, 'relations');
  const outlet = relations.filter((r) => r.kind === 'outlet').length;
  assert.ok(outlet >= 30, `only ${outlet} claims in the outlet's own voice`);
});
