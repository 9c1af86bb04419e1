import { describe, expect, it } from 'vitest';
import { buildUnits, leadInOf } from '../../retrieval/units.js';
import { doc, makeCorpus } from './fixture.js';

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

  it("puts a clause's lead-in above the points that another unit holds, in the heading line only", () => {
    const lead =
      '3. Trường hợp cơ quan chức năng không chứng minh được một người có phải là nạn nhân hay không thì xem xét các căn cứ sau để xác nhận họ là nạn nhân:';
    const point = (m: string) => `${m}) ${'Căn cứ được nêu đủ dài để điểm này đứng riêng một đơn vị. '.repeat(3)}`;
    const corpus = makeCorpus('h-lead', [
      {
        doc: doc('regulations/nd-62.md', 'NĐ 62/2012/NĐ-CP', null),
        sections: [
          { path: ['Điều 5. Căn cứ để xác định nạn nhân', '3.'], text: lead },
          ...['a', 'b', 'c', 'd'].map((m) => ({ path: ['Điều 5. Căn cứ để xác định nạn nhân', '3.', `${m})`], text: point(m) })),
        ],
      },
    ]);
    const units = buildUnits(corpus, 420);
    const withLead = units.filter((u) => u.leads);
    const without = units.filter((u) => !u.leads);
    // The unit that opens the clause quotes it; the later points show it above their own text, which stays theirs.
    expect(without[0].text).toContain('xem xét các căn cứ sau');
    expect(withLead.length).toBeGreaterThan(0);
    for (const u of withLead) {
      const [heading, ...body] = u.passage.split('\n');
      expect(heading).toContain('› 3. Trường hợp cơ quan chức năng');
      expect(heading).toContain('xem xét các căn cứ sau để xác nhận họ là nạn nhân ›');
      expect(body.join('\n')).toBe(u.text);
      expect(u.text).not.toContain('xem xét');
    }
  });

  it('shortens a long lead-in to its opening and its end', () => {
    const long = `Trường hợp ${'một điều kiện rất dài '.repeat(30)}thì xem xét các căn cứ sau:`;
    const lead = leadInOf('3.', long)!;
    expect(lead.length).toBeLessThanOrEqual(310);
    expect(lead.startsWith('Trường hợp một điều kiện')).toBe(true);
    expect(lead.endsWith('thì xem xét các căn cứ sau')).toBe(true);
    expect(lead).toContain(' … ');
  });

  it("reads a bare marker's one-line text as its title, and no other one-line text as a lead-in", () => {
    expect(leadInOf('4.', '4. Thẩm quyền ra quyết định áp dụng biện pháp bảo vệ.')).toBe(
      'Thẩm quyền ra quyết định áp dụng biện pháp bảo vệ',
    );
    expect(leadInOf('II. Mục tiêu', 'Nâng cao hiệu quả công tác hỗ trợ nạn nhân.')).toBeUndefined();
    expect(leadInOf('Điều 9. Trách nhiệm', 'Câu mở đầu. Người có thẩm quyền có nhiệm vụ sau:')).toBe('Người có thẩm quyền có nhiệm vụ sau');
  });
});
