import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chunkSection, headingLine } from '../../knowledge/chunk.js';
import { loadCorpus } from '../../knowledge/load.js';
import { MAX_PASSAGE_CHARS, type DocMeta, type Section } from '../../knowledge/types.js';

const doc: DocMeta = {
  id: 'plans/x.md',
  title: 'Kế hoạch thử',
  shortName: 'KH Thử 2026',
  kind: 'plan',
  province: 'thu',
  year: 2026,
  number: null,
  status: 'in_force',
  contentHash: 'x',
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('chunkSection', () => {
  it('keeps a short section whole with its heading line', () => {
    const section: Section = { id: 'plans/x.md#0', docId: doc.id, ordinal: 0, path: ['I. Mục đích'], text: 'Nội dung ngắn.' };
    const [c, ...rest] = chunkSection(doc, section);
    expect(rest).toEqual([]);
    expect(c).toMatchObject({ id: 'plans/x.md#0~0', sectionId: section.id, passage: 'KH Thử 2026 › I. Mục đích\nNội dung ngắn.' });
    expect(headingLine(doc, [])).toBe('KH Thử 2026');
  });

  it('splits a long section at sentence boundaries, within the limit, losing nothing', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Câu số ${i} nói về việc tiếp nhận và hỗ trợ nạn nhân bị mua bán trở về.`);
    const text = [sentences.slice(0, 25).join(' '), sentences.slice(25).join(' ')].join('\n');
    const section: Section = { id: 'plans/x.md#3', docId: doc.id, ordinal: 3, path: ['V. Tổ chức thực hiện', '1. Sở'], text };
    const chunks = chunkSection(doc, section);
    expect(chunks.length).toBeGreaterThan(2);
    chunks.forEach((c, n) => {
      expect(c.id).toBe(`plans/x.md#3~${n}`);
      expect(c.passage.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(c.passage.startsWith('KH Thử 2026 › V. Tổ chức thực hiện › 1. Sở\n')).toBe(true);
      // Each chunk starts at a sentence start.
      expect(c.text).toMatch(/^Câu số \d+/);
    });
    for (const s of sentences) expect(chunks.some((c) => squash(c.text).includes(s))).toBe(true);
  });

  it('cuts a paragraph with no sentence ends at word boundaries', () => {
    const text = Array.from({ length: 600 }, (_, i) => `từ${i}`).join(' ');
    const chunks = chunkSection(doc, { id: 'plans/x.md#1', docId: doc.id, ordinal: 1, path: [], text });
    for (const c of chunks) expect(c.passage.length).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
    expect(
      chunks
        .map((c) => c.text)
        .join(' ')
        .split(/\s+/),
    ).toEqual(text.split(' '));
  });
});

describe('loader edge cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-edge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports non-UTF-8 and empty files, and applies a manifest override', () => {
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x44, 0x69, 0xea, 0x75, 0x20, 0x31, 0x2e, 0xff, 0xfe]));
    writeFileSync(join(dir, 'empty.md'), '\n\n');
    writeFileSync(join(dir, 'ok.md'), 'Điều 1. Phạm vi\n\nVăn bản thử.\n');
    writeFileSync(join(dir, 'manifest.yaml'), 'ok.md:\n  shortName: VB thử\n  status: expired\n');
    const c = loadCorpus(dir);
    expect(c.errors.map((e) => e.file).sort()).toEqual(['empty.md', 'latin1.txt']);
    expect(c.docs.map((d) => [d.id, d.shortName, d.status])).toEqual([['ok.md', 'VB thử', 'expired']]);
    expect(c.chunks[0].passage.startsWith('VB thử › Điều 1. Phạm vi\n')).toBe(true);
  });

  it('reports an invalid manifest and still loads the documents', () => {
    writeFileSync(join(dir, 'manifest.yaml'), 'ok.md:\n  status: maybe\n');
    const c = loadCorpus(dir);
    expect(c.errors.some((e) => e.file === 'manifest.yaml' && /status/.test(e.message))).toBe(true);
    expect(c.docs.map((d) => d.id)).toEqual(['ok.md']);
  });
});
