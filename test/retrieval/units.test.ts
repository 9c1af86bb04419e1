import { describe, expect, it } from 'vitest';
import { buildUnits } from '../../retrieval/units.js';
import { makeCorpus } from './fixture.js';

describe('retrieval units', () => {
  it('merges a small heading subtree into one citable unit', () => {
    const units = buildUnits(makeCorpus(), 1000);
    const qn = units.filter((u) => u.docId === 'plans/quang-nam.md');
    expect(qn).toHaveLength(1);
    expect(qn[0].path).toEqual(['V. Tổ chức thực hiện']);
    expect(qn[0].passage.startsWith('KH Quảng Nam 2024 › V. Tổ chức thực hiện\n2. Công an tỉnh\nChủ trì')).toBe(true);
    expect(qn[0].count).toBe(3);
  });

  it('splits a subtree that exceeds the budget along its children, never losing text', () => {
    const corpus = makeCorpus();
    const units = buildUnits(corpus, 150);
    const qn = units.filter((u) => u.docId === 'plans/quang-nam.md');
    expect(qn.map((u) => u.path.at(-1))).toEqual(['2. Công an tỉnh', '3. Sở Y tế']);
    const all = units.map((u) => u.text).join('\n');
    for (const s of corpus.sections) expect(all).toContain(s.text);
  });
});
