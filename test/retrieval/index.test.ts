import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHashEmbedder } from '../../retrieval/embedder.js';
import { mentionedProvince, openKnowledgeIndex, withoutProvinceName } from '../../retrieval/index.js';
import type { Embedder } from '../../retrieval/types.js';
import { makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function countingEmbedder(dim = 64, id?: string): Embedder & { docCalls: number } {
  const inner = createHashEmbedder(dim);
  const e = {
    id: id ?? inner.id,
    dim,
    docCalls: 0,
    async embed(texts: string[]) {
      // Index builds embed many passages at once; queries embed one text.
      if (texts.length > 1) e.docCalls++;
      return inner.embed(texts);
    },
  };
  return e;
}

describe('knowledge index', () => {
  it('finds an accented passage from an unaccented question', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const hits = await index.search('tro cap kho khan ban dau cho nan nhan ho ngheo');
    expect(hits[0].chunk.path[0]).toBe('Điều 20. Trợ cấp khó khăn ban đầu');
    expect(hits[0].confidence).toBeGreaterThan(0.6);
  });

  it('matches abbreviations against full forms', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const hits = await index.search('UBND cấp xã lập hồ sơ gì?');
    expect(hits[0].chunk.sectionId).toBe('regulations/nd-09.md#1');
    const bp = await index.search('BĐBP phối hợp giải cứu');
    expect(bp[0].chunk.sectionId).toBe('plans/quang-nam.md#1');
  });

  it('puts the user province and national texts first, other provinces after and flagged', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const q = 'nạn nhân được hỗ trợ học nghề';
    const open = await index.search(q);
    expect(open[0].doc.province).toBe('binh-dinh');
    expect(open.every((h) => !h.otherProvince)).toBe(true);
    const scoped = await index.search(q, { province: 'quang-nam', k: 10 });
    const firstOther = scoped.findIndex((h) => h.otherProvince);
    expect(firstOther).toBeGreaterThan(0);
    expect(scoped.slice(0, firstOther).every((h) => h.doc.province === null || h.doc.province === 'quang-nam')).toBe(true);
    expect(scoped.slice(firstOther).every((h) => h.doc.province === 'binh-dinh')).toBe(true);
  });

  it('scopes to a province named in the question', async () => {
    expect(mentionedProvince('Ở Bình Định nạn nhân được hỗ trợ gì?', ['binh-dinh', 'quang-nam'])).toBe('binh-dinh');
    expect(mentionedProvince('o quang nam thi sao', ['binh-dinh', 'quang-nam'])).toBe('quang-nam');
    expect(mentionedProvince('Quảng Nam và Bình Định', ['binh-dinh', 'quang-nam'])).toBeNull();
    expect(mentionedProvince('nam nữ bình đẳng', ['binh-dinh', 'quang-nam'])).toBeNull();
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const hits = await index.search('Quảng Nam hỗ trợ học nghề cho nạn nhân thế nào', { k: 10 });
    const first = hits.findIndex((h) => h.doc.province === 'binh-dinh');
    expect(hits.slice(0, first).length).toBeGreaterThan(0);
    expect(hits.slice(0, first).every((h) => h.doc.province !== 'binh-dinh')).toBe(true);
    expect(hits.every((h) => !h.otherProvince)).toBe(true);
  });

  it('puts the named province’s own plan before a national text on the same point', async () => {
    const national = {
      ...SOURCES[2],
      sections: [{ path: ['Điều 30. Khám, chữa bệnh'], text: 'Nạn nhân được khám, chữa bệnh tại cơ sở y tế.' }],
    };
    const corpus = makeCorpus('named', [...SOURCES, { ...national, doc: { ...national.doc, id: 'regulations/kham-benh.md' } }]);
    const q = 'Ở Quảng Nam nạn nhân được khám, chữa bệnh tại cơ sở y tế nào?';
    // The plan holds more of the question: ownPlanSecond would lead with it too, so it is off to weigh the boost alone.
    const top = async (namedProvinceBoost?: number) => {
      const index = await openKnowledgeIndex({
        corpus,
        fusion: {
          ...SECTION_UNITS,
          ownPlanSecond: { depth: 0, share: 0.6, leadShare: 0.8 },
          ...(namedProvinceBoost ? { namedProvinceBoost } : {}),
        },
      });
      return (await index.search(q, { k: 3 }))[0].doc.id;
    };
    expect(await top(1)).toBe('regulations/kham-benh.md');
    expect(await top()).toBe('plans/quang-nam.md');
  });

  it('does not let a heading that repeats the named province’s name outrank the passage on the point', async () => {
    expect(withoutProvinceName('Ở Quảng Nam, nạn nhân ở quang nam', 'quang-nam')).toBe('Ở  nạn nhân ở ');
    expect(withoutProvinceName('Nam nữ bình đẳng', 'quang-nam')).toBe('Nam nữ bình đẳng');
    const plan = SOURCES[0];
    const corpus = makeCorpus('heading', [
      {
        ...plan,
        sections: [
          ...plan.sections,
          {
            path: ['V. Tổ chức thực hiện', '9. Đài Phát thanh - Truyền hình Quảng Nam, Báo Quảng Nam'],
            text: 'Tăng thời lượng phát sóng về phòng, chống mua bán người.',
          },
        ],
      },
      ...SOURCES.slice(1),
    ]);
    const index = await openKnowledgeIndex({ corpus, fusion: SECTION_UNITS });
    const [hit] = await index.search('Quảng Nam tố giác mua bán người ở đâu?', { k: 3 });
    expect(hit.chunk.path.at(-1)).toBe('2. Công an tỉnh');
  });

  it('gives low confidence to an off-topic question', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const hits = await index.search('thời tiết hôm nay thế nào');
    expect(hits[0]?.confidence ?? 0).toBeLessThan(0.3);
  });

  it('returns full section text by id', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    expect(index.section('plans/quang-nam.md#2')?.text).toMatch(/^Hướng dẫn các cơ sở y tế/);
    expect(index.section('nope#1')).toBeUndefined();
  });

  it('persists vectors and rebuilds only when the corpus hash or embedder id changes', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kidx-'));
    dirs.push(dataDir);
    const e1 = countingEmbedder();
    const a = await openKnowledgeIndex({ corpus: makeCorpus('h1'), dataDir, embedder: e1, fusion: SECTION_UNITS });
    expect(a.rebuilt).toBe(true);
    expect(e1.docCalls).toBe(1);

    const e2 = countingEmbedder();
    const b = await openKnowledgeIndex({ corpus: makeCorpus('h1'), dataDir, embedder: e2, fusion: SECTION_UNITS });
    expect(b.rebuilt).toBe(false);
    expect(e2.docCalls).toBe(0);
    expect((await b.search('trợ cấp khó khăn ban đầu'))[0].chunk.sectionId).toBe('regulations/nd-09.md#1');

    const e3 = countingEmbedder();
    const c = await openKnowledgeIndex({ corpus: makeCorpus('h2'), dataDir, embedder: e3, fusion: SECTION_UNITS });
    expect(c.rebuilt).toBe(true);
    expect(e3.docCalls).toBe(1);

    const e4 = countingEmbedder(64, 'other-model');
    const d = await openKnowledgeIndex({ corpus: makeCorpus('h2'), dataDir, embedder: e4, fusion: SECTION_UNITS });
    expect(d.rebuilt).toBe(true);
    const e5 = countingEmbedder(64, 'other-model');
    const e = await openKnowledgeIndex({ corpus: makeCorpus('h2'), dataDir, embedder: e5, fusion: SECTION_UNITS });
    expect(e.rebuilt).toBe(false);
  });

  it('never throws on odd queries', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    for (const q of ['', '   ', '😀😀', 'x'.repeat(50_000), 'nạn\u200bnhân', 'Привет 你好 nạn nhân']) {
      await expect(index.search(q)).resolves.toBeInstanceOf(Array);
    }
  });
});

describe('unaccented questions', () => {
  it('rank like their accented form once diacritics are restored from the corpus', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const a = await index.search('Sở y tế hướng dẫn khám chữa bệnh cho nạn nhân');
    const b = await index.search('so y te huong dan kham chua benh cho nan nhan');
    expect(b.map((h) => h.chunk.id)).toEqual(a.map((h) => h.chunk.id));
    expect(b[0].chunk.sectionId).toBe('plans/quang-nam.md#2');
  });

  it('count function words (thì, ở, đâu, có) as function words in the confidence', async () => {
    const index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
    const confidence = async (q: string) => (await index.search(q, { k: 1 }))[0];
    const bare = await confidence('học nghề');
    const hit = await confidence('học nghề thì có ở đâu');
    expect(hit.chunk.id).toBe(bare.chunk.id);
    expect(hit.confidence).toBeCloseTo(bare.confidence, 5);
  });
});
