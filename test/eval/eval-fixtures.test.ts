// The repository's own evaluation sets must measure the bundled corpus: every retrieval item's expected
// snippet has to be inside one passage of the named document (or it can never be a hit), and every answer
// item must name documents that exist and carry a well-formed expectation.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { parseAnswerItems } from '../../tools/eval/answers-eval.js';
import { normalizeForMatch, parseEvalFile } from '../../tools/eval/retrieval-eval.js';

const RETRIEVAL_FIXTURES = 'test/retrieval/fixtures';
const ANSWER_SETS = ['tools/eval/answers-fresh.jsonl'];
const ANSWER_TYPES = new Set(['fact', 'contact', 'superseded', 'out_of_scope', 'vague', 'current']);

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const docIds = new Set(corpus.docs.map((d) => d.id));
const passagesByDoc = new Map<string, string[]>();
for (const c of corpus.chunks) {
  const list = passagesByDoc.get(c.docId) ?? [];
  list.push(normalizeForMatch(c.passage));
  passagesByDoc.set(c.docId, list);
}

function snippetInOnePassage(doc: string, contains: string): boolean {
  const needle = normalizeForMatch(contains);
  return (passagesByDoc.get(doc) ?? []).some((p) => p.includes(needle));
}

const RETRIEVAL_PROBES = 'tools/eval';
const retrievalFiles = [
  ...readdirSync(RETRIEVAL_FIXTURES)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => join(RETRIEVAL_FIXTURES, f)),
  ...readdirSync(RETRIEVAL_PROBES)
    .filter((f) => f.startsWith('retrieval-') && f.endsWith('.jsonl'))
    .map((f) => join(RETRIEVAL_PROBES, f)),
];

describe.each(retrievalFiles)('retrieval set %s', (file) => {
  const items = parseEvalFile(file);

  it('has unique ids and a question and at least one expectation per item', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(item.q.trim(), item.id).not.toBe('');
      expect(item.expect.length, item.id).toBeGreaterThan(0);
    }
  });

  it('finds every expected snippet inside one passage of its document', () => {
    const unreachable = items.flatMap((item) =>
      item.expect.filter((e) => !snippetInOnePassage(e.doc, e.contains)).map((e) => `${item.id}: ${e.doc} «${e.contains}»`),
    );
    expect(unreachable).toEqual([]);
  });
});

describe.each(ANSWER_SETS)('answer set %s', (file) => {
  const items = parseAnswerItems(file);

  it('has unique ids, a known type and an expectation that fits it', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(ANSWER_TYPES.has(item.type ?? ''), item.id).toBe(true);
      if (item.expect === 'abstain') expect([item.facts, item.sources], item.id).toEqual([[], []]);
      else expect(item.facts.length > 0 && item.facts.every((g) => g.length > 0), item.id).toBe(true);
    }
  });

  it('cites only documents of the bundled corpus', () => {
    const unknown = items.flatMap((i) => i.sources.filter((s) => !docIds.has(s)).map((s) => `${i.id}: ${s}`));
    expect(unknown).toEqual([]);
  });
});
