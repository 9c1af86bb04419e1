import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { MAX_PASSAGE_CHARS } from '../../knowledge/types.js';

const now = new Date('2026-03-01T00:00:00Z');
const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now });
const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'knowledge-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('loadCorpus on the bundled knowledge', () => {
  it('loads the four plans and seven regulations, skipping README.md, without errors', () => {
    expect(corpus.errors).toEqual([]);
    const ids = corpus.docs.map((d) => d.id).sort();
    expect(ids.filter((id) => id.startsWith('plans/'))).toHaveLength(4);
    expect(ids.filter((id) => id.startsWith('regulations/'))).toHaveLength(7);
    expect(ids.some((id) => /readme/i.test(id))).toBe(false);
    expect(corpus.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cuts the 2024 law excerpt into its articles, clauses and points, and knows it is an excerpt', () => {
    const id = 'regulations/luat-53-2024-trich.md';
    const luat = corpus.docs.find((d) => d.id === id)!;
    expect(luat).toMatchObject({ number: '53/2024/QH15', status: 'in_force', effectiveDate: '2025-07-01', excerpt: true });
    expect(luat.completeness).toMatch(/^Trích 7 trong 63 điều/);
    const articles = new Set(
      corpus.sections.filter((s) => s.docId === id).map((s) => s.path.find((p) => p.startsWith('Điều'))?.match(/^Điều \d+/)?.[0]),
    );
    expect([...articles]).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 7', 'Điều 27', 'Điều 32', 'Điều 37']);
    const k3 = corpus.sections.find((s) => s.docId === id && s.path.some((p) => p.startsWith('Điều 37')) && s.path.at(-1) === '3.');
    expect(k3?.text).toContain('từ điểm a đến điểm g khoản 1');
    const points = corpus.sections.filter(
      (s) => s.docId === id && s.path.some((p) => p.startsWith('Điều 37')) && /^[a-zđ]\)$/.test(s.path.at(-1)!),
    );
    expect(points.map((s) => s.path.at(-1))).toEqual(['a)', 'b)', 'c)', 'd)', 'đ)', 'e)', 'g)', 'h)', 'i)', 'k)']);
  });

  it('gives sections and chunks stable ids and keeps every passage within the limit', () => {
    const sectionIds = new Set(corpus.sections.map((s) => s.id));
    expect(sectionIds.size).toBe(corpus.sections.length);
    for (const s of corpus.sections) expect(s.id).toBe(`${s.docId}#${s.ordinal}`);
    for (const c of corpus.chunks) {
      expect(c.passage.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(c.id.startsWith(`${c.sectionId}~`)).toBe(true);
      const section = corpus.sections.find((s) => s.id === c.sectionId)!;
      expect(section.path).toEqual(c.path);
      // A chunk is taken from its own section only.
      for (const line of c.text.split('\n')) expect(section.text.replace(/\n/g, ' ')).toContain(line.trim());
    }
  });

  it('is deterministic: the same folder gives the same hash', () => {
    expect(loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now }).hash).toBe(corpus.hash);
  });
});

describe('loadCorpus on other folders', () => {
  it('reports a broken file by name and still loads the rest', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'regulations'));
    writeFileSync(join(dir, 'regulations', 'hong.md'), '---\ntitle: "chưa đóng\nnumber: [1,\n---\n\nĐiều 1. Phạm vi\n\nNội dung.\n');
    writeFileSync(join(dir, 'regulations', 'tot.md'), 'THÔNG TƯ\n\nQuy định thử\n\nĐiều 1. Phạm vi\n\nThông tư này quy định thử.\n');
    writeFileSync(join(dir, 'README.md'), '# không phải văn bản\n');
    const c = loadCorpus(dir, { now });
    expect(c.errors.map((e) => e.file)).toEqual(['regulations/hong.md']);
    expect(c.docs.map((d) => d.id)).toEqual(['regulations/tot.md']);
    expect(c.sections.map((x) => x.path)).toEqual([[], ['Điều 1. Phạm vi']]);
    expect(c.docs[0].shortName).toBe('Thông tư quy định thử');
  });

  it('changes the hash when a file changes', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), 'Điều 1. Phạm vi\n\nA.\n');
    const h1 = loadCorpus(dir, { now }).hash;
    writeFileSync(join(dir, 'a.txt'), 'Điều 1. Phạm vi\n\nB.\n');
    expect(loadCorpus(dir, { now }).hash).not.toBe(h1);
  });

  it('normalises NFD input to NFC', () => {
    const dir = tmp();
    const nfd = 'Điều 1. Hỗ trợ nạn nhân\n\nNạn nhân được hỗ trợ nhu cầu thiết yếu.\n'.normalize('NFD');
    writeFileSync(join(dir, 'nfd.md'), nfd);
    const c = loadCorpus(dir, { now });
    expect(c.sections[0].text).toBe('Nạn nhân được hỗ trợ nhu cầu thiết yếu.'.normalize('NFC'));
    expect(c.sections[0].path[0]).toBe('Điều 1. Hỗ trợ nạn nhân'.normalize('NFC'));
    expect(c.chunks[0].passage.normalize('NFC')).toBe(c.chunks[0].passage);
  });
});
