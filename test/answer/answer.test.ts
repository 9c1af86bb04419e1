import { beforeAll, describe, expect, it } from 'vitest';
import { answer, fullSection } from '../../handlers/answer.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openKnowledgeIndex({ corpus: makeCorpus(), fusion: SECTION_UNITS });
});

describe('answer', () => {
  it('quotes the relevant sentences with a numbered citation and a full-text button', async () => {
    const r = await answer('Công an tỉnh báo cáo kết quả về Sở LĐTBXH trước ngày nào?', { index, province: 'quang-nam' });
    expect(r.kind).toBe('answer');
    expect(r.citations[0]).toMatchObject({ n: 1, label: 'KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh' });
    expect(r.text).toContain('[1] KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh');
    expect(r.text).toContain('trước ngày 15/12');
    // Sentences, not the whole section.
    expect(r.text).not.toContain('Chủ trì tiếp nhận, xác minh thông tin');
    const button = r.buttons?.[0]?.[0];
    expect(button?.label).toBe('Xem toàn văn [1]');
    expect(Buffer.byteLength(button!.data)).toBeLessThanOrEqual(64);
  });

  it('round-trips the full section from the button payload', async () => {
    const r = await answer('cong an tinh bao cao ket qua truoc ngay nao', { index });
    const full = fullSection(index, r.buttons![0][0].data);
    expect(full?.kind).toBe('answer');
    expect(full?.text).toContain('KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh');
    expect(full?.text).toContain('Chủ trì tiếp nhận, xác minh thông tin tố giác về mua bán người.');
    expect(full?.citations[0].sectionId).toBe('plans/quang-nam.md#1');
    expect(fullSection(index, 'full:zzzz')).toBeUndefined();
    expect(fullSection(index, 'claim:1')).toBeUndefined();
  });

  it('shows a whole heading subtree when the answer quoted a merged unit', async () => {
    const merged = await openKnowledgeIndex({ corpus: makeCorpus() });
    const r = await answer('Sở Y tế hướng dẫn khám chữa bệnh cho nạn nhân', { index: merged });
    expect(r.citations[0].label).toBe('KH Quảng Nam 2024 › V. Tổ chức thực hiện');
    const full = fullSection(merged, r.buttons![0][0].data);
    expect(full?.text).toContain('2. Công an tỉnh\nChủ trì tiếp nhận');
    expect(full?.text).toContain('3. Sở Y tế\nHướng dẫn các cơ sở y tế');
  });

  it('abstains on an off-topic question and points to hotlines', async () => {
    const r = await answer('thời tiết hôm nay thế nào', { index, province: 'quang-nam' });
    expect(r.kind).toBe('abstain');
    expect(r.citations).toEqual([]);
    expect(r.text).toContain('113');
    expect(r.text).toContain('1800 1581');
  });

  it('says so when the passage comes from another province', async () => {
    const r = await answer('nạn nhân có được hỗ trợ học nghề không', { index, province: 'quang-nam' });
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('tỉnh khác');
    expect(r.text).toContain('KH Bình Định 2021');
  });

  it('answers bad input in Vietnamese without throwing', async () => {
    const inputs: [string, RegExp][] = [
      ['', /chưa nhập câu hỏi/],
      ['   \n\t ', /chưa nhập câu hỏi/],
      ['\u200b\u200d\ufeff', /chưa nhập câu hỏi/],
      ['a'.repeat(50_000), /quá dài/],
      ['😀🙏🔥', /chưa hiểu/],
      ['Привет, как дела? 你好', /tiếng Việt/],
    ];
    for (const [q, re] of inputs) {
      const r = await answer(q, { index });
      expect(r.kind).toBe('abstain');
      expect(r.text).toMatch(re);
    }
    const nfd = await answer('Trợ cấp khó khăn ban đầu cho nạn nhân hộ nghèo'.normalize('NFD'), { index });
    expect(nfd.kind).toBe('answer');
    expect(nfd.text).toContain('Điều 20');
    const zw = await answer('trợ\u200b cấp khó\u200dkhăn ban đầu', { index });
    expect(['answer', 'abstain']).toContain(zw.kind);
    const mixed = await answer('hỗ trợ học nghề 学习 cho nạn nhân', { index });
    expect(mixed.kind).toBe('answer');
  });
});
