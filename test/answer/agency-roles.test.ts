// What an agency does, asked as a whole: the plan of the user's province answers for the bodies it gives a heading,
// even when a national text ranks first; a force that a regulation is devoted to is answered by that text's measure
// articles side by side, each cited, while a question on one of its duties keeps its own clause.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import { askedForce, devotedOutline, devotedTextAnswer } from '../../handlers/answer/devoted-text.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe("an agency's duties asked as a whole", () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openBundledIndex();
  });

  it("answers from the heading of the user's province plan naming the body, not a ministry's article", async () => {
    const r = await answer('Sở LĐTBXH có trách nhiệm gì?', { index, province: 'binh-dinh' });
    expect(r.citations[0].label).toMatch(/^KH Bình Định 2021–2025 › V\. Tổ chức thực hiện › 1\. Sở Lao động/);
    expect(leadOf(r.text)).toContain('xây dựng và hướng dẫn triển khai thực hiện Kế hoạch');
  });

  it('does not read a ministry ("Bộ Công an") as the province body of the same name ("Công an tỉnh")', async () => {
    const r = await answer('Bộ Công an có trách nhiệm gì?', { index, province: 'quang-nam' });
    expect(r.citations[0].label).toMatch(/Điều 42\. Trách nhiệm của Bộ Công an/);
  });

  it('finds a body of a heading naming two ("Đài …, Báo …") when asked as "báo đài"', async () => {
    const r = await answer('báo đài phát thanh truyền hình của tỉnh phải làm gì?', { index, province: 'binh-dinh' });
    expect(r.citations[0].label).toMatch(/› 8\. Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định/);
    expect(leadOf(r.text)).toContain('Xây dựng các bản tin, phóng sự chuyên đề');
  });

  it("gives the measure articles of the text devoted to the force, each cited, with the force's own points", async () => {
    const r = await answer('lính biên phòng làm những gì để chống buôn người?', { index });
    const labels = r.citations.map((c) => c.label);
    expect(labels.every((l) => l.startsWith('TT 78/2013/TT-BQP › Điều'))).toBe(true);
    // Every duty is named, receipt, protection and support too, each by fewer points.
    expect(labels.map((l) => /Điều (\d+)/.exec(l)?.[1])).toEqual(['5', '6', '7', '8', '9', '10']);
    const lead = leadOf(r.text);
    expect(lead).toContain('- Biện pháp phòng ngừa nghiệp vụ [2]:');
    expect(lead.split('\n').filter((l) => l.startsWith('  «')).length).toBeLessThanOrEqual(12);
    // The patrols point is quoted; the point restating the title, the one helping others and the one opening with
    // another article's subject (receipt) are not.
    expect(lead).toContain('Tăng cường các hoạt động tuần tra, kiểm soát biên giới');
    expect(lead).not.toContain('4. Tổ chức tiếp nhận, xác minh các thông tin');
    expect(lead).not.toContain('1. Tiến hành các biện pháp phòng ngừa nghiệp vụ');
    expect(lead).not.toContain('3. Phối hợp với các cơ quan, chính quyền địa phương để quản lý');
    // A clause that only introduces its lettered points is quoted by them; one listing relatives says who, not what.
    expect(lead).toContain('- Hỗ trợ nạn nhân [6]:\n  «a) Bố trí chỗ ở tạm thời');
    expect(lead).not.toContain('Người thân thích của nạn nhân bao gồm');
  });

  it("answers a body asked in the user's province by its points across the province plan's topics, then the national text", async () => {
    const r = await answer('Biên phòng tỉnh có nhiệm vụ gì khi gặp nạn nhân?', { index, province: 'soc-trang' });
    expect(r.citations[0].label).toMatch(/^KH Sóc Trăng › II\./);
    const lead = leadOf(r.text);
    expect(lead).toContain('Bộ Chỉ huy Bộ đội Biên phòng tỉnh áp dụng các biện pháp bảo vệ');
    expect(lead).toContain('Quy định chung, theo TT 78/2013/TT-BQP');
    expect(r.citations[r.citations.length - 1].label).toMatch(/^TT 78\/2013\/TT-BQP › Điều/);
    // Asked as a whole, the measure articles of the text devoted to the force follow the plan's points.
    const whole = await answer('bộ đội biên phòng tỉnh có trách nhiệm gì', { index, province: 'soc-trang' });
    expect(whole.citations[0].label).toMatch(/^KH Sóc Trăng › II\./);
    expect(whole.citations.filter((c) => c.label.startsWith('TT 78/2013/TT-BQP › Điều')).length).toBe(6);
  });

  it("leads with the heading the user's province plan gives the force, then names the text devoted to it", async () => {
    const r = await answer('Lực lượng biên phòng của tỉnh có trách nhiệm gì?', { index, province: 'quang-nam' });
    expect(r.citations[0].label).toMatch(/^KH Quảng Nam 2024 › V\. Tổ chức thực hiện › 3\. Bộ Chỉ huy Bộ đội Biên phòng tỉnh/);
    expect(leadOf(r.text)).toContain('Xác minh thông tin đối với các nạn nhân được giải cứu hoặc tự trở về qua biên giới');
    expect(r.citations.slice(1).map((c) => /^TT 78\/2013\/TT-BQP › Điều (\d+)/.exec(c.label)?.[1])).toEqual([
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('each step answers from the force read for the question', () => {
    const asked = askedForce(index, 'lính biên phòng làm những gì để chống buôn người?');
    expect(asked?.doc.title).toMatch(/Bộ đội Biên phòng/);
    expect(devotedOutline(index, asked)?.map((a) => /Điều (\d+)/.exec(a.path[1])?.[1])).toEqual(['5', '6', '7', '8', '9', '10']);
    expect(devotedTextAnswer(index, asked)?.citations.length).toBe(6);
    // A question set in a situation asks one duty: no force is read, and no step answers.
    const set = askedForce(index, 'khi tiếp nhận nạn nhân thì biên phòng làm những gì?');
    expect(set).toBeUndefined();
    expect(devotedTextAnswer(index, set)).toBeUndefined();
  });

  it('keeps a question on one duty of the force (support when rescuing) on its own article', async () => {
    const r = await answer('Cảnh sát biển hỗ trợ nạn nhân những gì khi giải cứu?', { index });
    expect(r.citations[0].label).toMatch(/^TT 78\/2013\/TT-BQP › Điều 10\. Hỗ trợ nạn nhân/);
  });

  it("answers the province asked as a whole ('tỉnh ta làm những gì') with its plan's tasks section", async () => {
    const r = await answer('Tỉnh ta làm những gì để giúp nạn nhân bị mua bán?', { index, province: 'quang-nam' });
    expect(r.citations[0].label).toMatch(/^KH Quảng Nam 2024 › III\. Nhiệm vụ và giải pháp trọng tâm/);
    // Done for someone, the tasks for them are asked: the section on them, not the list of the plan's headings.
    const forVictims = await answer('Tỉnh làm những việc gì cho nạn nhân bị mua bán?', { index, province: 'dong-nai' });
    expect(forVictims.citations[0].label).toMatch(/^ĐA Đồng Nai 2016–2020 › III\. Nhiệm vụ công tác trọng tâm › \d\./);
  });

  it("answers which bodies carry out a plan with the section assigning its work, 'Phân công' before 'Tổ chức thực hiện'", async () => {
    const r = await answer('Những cơ quan nào phối hợp thực hiện đề án của tỉnh?', { index, province: 'dong-nai' });
    expect(r.citations[0].label).toMatch(/^ĐA Đồng Nai 2016–2020 › V\. Phân công trách nhiệm/);
    const s = await answer('Đơn vị nào chịu trách nhiệm triển khai kế hoạch?', { index, province: 'soc-trang' });
    expect(s.citations[0].label).toMatch(/^KH Sóc Trăng › III\. Tổ chức thực hiện/);
    expect(leadOf(s.text)).toContain('Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh');
  });

  it('reads bodies asked as given the work ("giao việc cho", "được giao nhiệm vụ", "ai làm gì"), not the tasks section', async () => {
    const given = await answer('Kế hoạch giao việc cho các đơn vị nào?', { index, province: 'binh-dinh' });
    expect(given.citations[0].label).toMatch(/^KH Bình Định 2021–2025 › V\. Tổ chức thực hiện/);
    expect(leadOf(given.text)).toContain('2. Công an tỉnh');
    const tasked = await answer('Sở ngành nào được giao nhiệm vụ trong kế hoạch hỗ trợ nạn nhân?', { index, province: 'quang-nam' });
    expect(tasked.citations[0].label).toMatch(/^KH Quảng Nam 2024 › V\. Tổ chức thực hiện/);
    const who = await answer('Trong kế hoạch hỗ trợ nạn nhân, ai làm gì?', { index, province: 'quang-nam' });
    expect(who.citations[0].label).toMatch(/^KH Quảng Nam 2024 › V\. Tổ chức thực hiện/);
  });
});
