/**
 * Relative incises the parser misread (issue #3): one opened by a quotation mark whose verb took
 * the nominal before it as its own subject, a main verb hung as an adverbial clause, and a
 * relative clause on the right nominal with an adverbial clause's label. Hand-made parses, so
 * that the rules are pinned whatever the trained parser does.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attachIncises } from '../src/nlp/incises.js';
import type { Dependency } from '../src/nlp/parser.js';

/** `word/UPOS/feats/head/deprel`, heads 0-based, -1 = root; returns the arcs after the repair. */
function repaired(spec: string[]): string[] {
  const rows = spec.map((s) => s.split('/'));
  const words = rows.map((r) => r[0]);
  const deps = rows.map((r): Dependency => ({ head: Number(r[3]), deprel: r[4] }));
  attachIncises(
    words,
    rows.map((r) => ({ upos: r[1], feats: r[2] })),
    deps,
  );
  return deps.map((d, k) => `${words[k]}>${d.head < 0 ? 'ROOT' : words[d.head]}:${d.deprel}`);
}

/** "Paul part, mais la police «qui craint des heurts», a fermé l'avenue." as the parser read it. */
function policeSentence(mainVerb: string): string[] {
  return [
    'Paul/PROPN/Number=Sing/1/nsubj',
    'part/VERB/Number=Sing|VerbForm=Fin/-1/root',
    ',/PUNCT/_/8/punct',
    'mais/CCONJ/_/8/cc',
    'la/DET/_/5/det',
    'police/NOUN/Number=Sing/8/nsubj',
    '«/PUNCT/_/8/punct',
    'qui/PRON/PronType=Rel/8/nsubj',
    'craint/VERB/Number=Sing|VerbForm=Fin/1/conj',
    'des/DET/_/10/det',
    'heurts/NOUN/Number=Plur/8/obj',
    '»/PUNCT/_/8/punct',
    ',/PUNCT/_/14/punct',
    'a/AUX/Number=Sing|VerbForm=Fin/14/aux:tense',
    mainVerb,
    "l'/DET/_/16/det",
    'avenue/NOUN/Number=Sing/14/obj',
    './PUNCT/_/1/punct',
  ];
}

test('a relative incise opened by « whose verb took its nominal as subject gives both to the verb after it', () => {
  const arcs = repaired(policeSentence('fermé/VERB/VerbForm=Part/1/conj'));
  for (const arc of [
    'craint>police:acl:relcl',
    'police>fermé:nsubj',
    'fermé>part:conj',
    'mais>fermé:cc',
  ])
    assert.ok(arcs.includes(arc), `${arc} in ${arcs.join(' ')}`);
});

test('the verb after the incise, hung as an adverbial clause without a conjunction, is the main verb', () => {
  const arcs = repaired(policeSentence('fermé/VERB/VerbForm=Part/1/advcl'));
  for (const arc of ['craint>police:acl:relcl', 'police>fermé:nsubj', 'fermé>part:conj'])
    assert.ok(arcs.includes(arc), `${arc} in ${arcs.join(' ')}`);
});

test('a relative clause on the right nominal loses the adverbial label, unless the nominal is a predicate', () => {
  // "Le parti, qui était opposé à la réforme, hésite."
  const party = repaired([
    'Le/DET/_/1/det',
    'parti/NOUN/Number=Sing/10/nsubj',
    ',/PUNCT/_/5/punct',
    'qui/PRON/PronType=Rel/5/nsubj',
    'était/AUX/Number=Sing|VerbForm=Fin/5/cop',
    'opposé/ADJ/Number=Sing/1/advcl:relcl',
    'à/ADP/_/8/case',
    'la/DET/_/8/det',
    'réforme/NOUN/Number=Sing/5/obl',
    ',/PUNCT/_/1/punct',
    'hésite/VERB/Number=Sing|VerbForm=Fin/-1/root',
    './PUNCT/_/10/punct',
  ]);
  assert.ok(party.includes('opposé>parti:acl:relcl'), party.join(' '));
  // "C'est un accord, qui satisfait tout le monde.": a sentential relative on the predicate
  const agreement = repaired([
    "C'/PRON/_/3/nsubj",
    'est/AUX/Number=Sing|VerbForm=Fin/3/cop',
    'un/DET/_/3/det',
    'accord/NOUN/Number=Sing/-1/root',
    ',/PUNCT/_/6/punct',
    'qui/PRON/PronType=Rel/6/nsubj',
    'satisfait/VERB/Number=Sing|VerbForm=Fin/3/advcl:relcl',
    'tout/DET/_/9/det',
    'le/DET/_/9/det',
    'monde/NOUN/Number=Sing/6/obj',
    './PUNCT/_/3/punct',
  ]);
  assert.ok(agreement.includes('satisfait>accord:advcl:relcl'), agreement.join(' '));
});
