// A body a plan gives a heading of its own is answered by that heading's section, named as people name it; a plan asked
// what it sets out to do is answered by its tasks section; how a person is identified as a victim by the clause on the
// evidence it rests on, today's law first.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';

describe('a body, a plan and a determination asked about', () => {
  let index: KnowledgeIndex;
  beforeAll(async () => {
    index = await openBundledIndex();
  });

  it("leads with the body's own heading when the question names it shorter than the plan ('Viện kiểm sát tỉnh')", async () => {
    const r = await answer('Viện kiểm sát tỉnh có nhiệm vụ gì trong đề án của Đồng Nai?', { index });
    expect(leadOf(r.text)).toMatch(/^Theo ĐA Đồng Nai 2016–2020 › V\. Phân công trách nhiệm › 5\. Đề nghị Viện Kiểm sát/);
    expect(leadOf(r.text)).toContain('Thực hành quyền công tố');
  });

  it('finds one body of a heading naming several, by its abbreviation ("Đoàn TN")', async () => {
    const r = await answer('Đoàn TN tỉnh có trách nhiệm gì trong kế hoạch năm 2024 của Quảng Nam?', { index });
    // The heading's paragraph lists its duties between ';': each on a line of its own, cited to the heading.
    expect(r.citations[0].label).toMatch(/^KH Quảng Nam 2024 › V\. Tổ chức thực hiện › 11\. Đề nghị Ủy ban Mặt trận/);
    const lines = leadOf(r.text).split('\n');
    expect(lines.find((l) => l.startsWith('Tham gia giám sát việc thực hiện Kế hoạch'))).toBeDefined();
    expect(lines.find((l) => l.startsWith('tham gia công tác tư vấn tâm lý, hỗ trợ cho vay vốn'))).toBeDefined();
    // The paragraph is not quoted a second time under its own citation.
    expect(r.citations).toHaveLength(1);
  });

  it('reads how a body takes part ("tham gia như thế nào") as its duties, and quotes each of its points whole', async () => {
    const r = await answer('Hội Liên hiệp Phụ nữ tỉnh Đồng Nai tham gia như thế nào?', { index });
    expect(leadOf(r.text)).toMatch(/^Theo ĐA Đồng Nai 2016–2020 › V\. Phân công trách nhiệm › 4\. Đề nghị Hội liên hiệp Phụ nữ tỉnh/);
    // Point b) is the longest: its end (loans) is shown, as are c)'s dashes (counselling).
    expect(leadOf(r.text)).toContain('vay vốn, giúp sử dụng vốn có hiệu quả');
    expect(leadOf(r.text)).toContain('Tư vấn, hỗ trợ phụ nữ, trẻ em có nguy cơ cao');
  });

  it('matches a body whether or not the question says "nhân dân" ("UBND các huyện")', async () => {
    const r = await answer('UBND các huyện ở Bình Định phải làm gì theo kế hoạch hỗ trợ nạn nhân?', { index });
    expect(leadOf(r.text)).toMatch(/^Theo KH Bình Định 2021–2025 › V\. Tổ chức thực hiện › 12\. Ủy ban nhân dân huyện/);
  });

  it('finds a body whose heading ends with the province\'s name when the question says "của tỉnh" instead', async () => {
    const r = await answer('Đài truyền hình của tỉnh Quảng Nam phải làm gì trong công tác này?', { index });
    expect(leadOf(r.text)).not.toContain('1. Sở Lao động - Thương binh và Xã hội\n2. Công an tỉnh');
    expect(leadOf(r.text)).toContain('tần suất phát sóng');
    expect(r.citations[0].label).toMatch(/› 9\. Đài Phát thanh - Truyền hình Quảng Nam, Báo Quảng Nam/);
  });

  it("quotes a ranked body's own section, not the list of headings it is one of, when the question names it", async () => {
    const r = await answer('Đài phát thanh truyền hình Bình Định tuyên truyền những gì?', { index, province: 'binh-dinh' });
    expect(leadOf(r.text)).not.toContain('1. Sở Lao động - Thương binh và Xã hội');
    expect(leadOf(r.text)).toContain('phóng sự chuyên đề');
    // Asked which bodies take part, the list still answers.
    const which = await answer('Những cơ quan nào tham gia thực hiện kế hoạch của Quảng Nam?', { index, province: 'quang-nam' });
    expect(leadOf(which.text)).toContain('2. Công an tỉnh');
  });

  it("quotes nothing of another body's points under a plan body's citation", async () => {
    const r = await answer('Nạn nhân cần trợ giúp pháp lý thì sở nào hướng dẫn?', { index, province: 'binh-dinh' });
    expect(r.citations[0].label).toMatch(/› 5\. Sở Tư pháp/);
    expect(r.text).toContain('trung tâm trợ giúp pháp lý nhà nước');
    expect(r.text).not.toContain('Viện kiểm sát');
  });

  it('cites the article, not one of its clauses, when it quotes another clause of it', async () => {
    const r = await answer('Người dưới 18 tuổi đi cùng nạn nhân theo Luật 2011 được hỗ trợ những gì?', { index });
    const quotingClauses = r.citations.filter((c) => c.quotes?.some((q) => /^\d+\. /.test(q)));
    expect(quotingClauses.length).toBeGreaterThan(0);
    for (const c of quotingClauses) {
      for (const q of c.quotes ?? []) {
        const n = /^(\d+)\. /.exec(q)?.[1];
        if (n) expect(c.label, q.slice(0, 40)).not.toMatch(new RegExp(`› khoản (?!${n}(?!\\d))\\d+`));
      }
    }
  });

  it('finds a body named by its kind and its last words ("Hội phụ nữ"), not the list of every heading', async () => {
    const r = await answer('Hội phụ nữ tỉnh có trách nhiệm gì theo đề án của Đồng Nai?', { index });
    expect(leadOf(r.text)).toMatch(/^Theo ĐA Đồng Nai 2016–2020 › V\. Phân công trách nhiệm › 4\. Đề nghị Hội liên hiệp Phụ nữ tỉnh/);
  });

  it('words of a heading that only look like a body\'s kind ("bảo vệ", "phòng, chống") name no body', async () => {
    const r = await answer(
      'Trong kế hoạch phối hợp tiếp nhận, bảo vệ, hỗ trợ nạn nhân của Sóc Trăng, Bộ Chỉ huy Bộ đội Biên phòng tỉnh có trách nhiệm gì?',
      { index },
    );
    expect(leadOf(r.text)).not.toMatch(/› 1\. Xây dựng văn bản quy phạm pháp luật/);
    expect(r.text).toContain('chỗ ở tạm thời');
  });

  it("a body asked of in general, no plan named, is answered by the law's article on it", async () => {
    const r = await answer('Mặt trận Tổ quốc làm gì trong công tác phòng, chống mua bán người?', { index });
    expect(r.citations[0].docId).toMatch(/^regulations\//);
  });

  it('a plan asked what it requires for one group of victims leads with its point naming that group', async () => {
    const dn = await answer('Kế hoạch của Đồng Nai yêu cầu gì khi nạn nhân là trẻ em?', { index });
    expect(leadOf(dn.text)).toContain('dịch vụ bảo vệ trẻ em');
    expect(leadOf(dn.text)).not.toContain('Yêu cầu:');
    const st = await answer('Kế hoạch Sóc Trăng yêu cầu gì đối với nạn nhân là trẻ em?', { index });
    expect(leadOf(st.text)).toContain('trẻ em mồ côi');
  });

  it("a plan asked what it focuses on leads with its tasks section, a coordination plan's with its content section", async () => {
    const r = await answer('Kế hoạch 2024 của tỉnh Quảng Nam tập trung làm những việc gì?', { index });
    expect(leadOf(r.text)).toMatch(/^Theo KH Quảng Nam 2024 › III\. Nhiệm vụ và giải pháp trọng tâm/);
    const st = await answer('Kế hoạch phối hợp của Sóc Trăng tập trung vào những việc gì?', { index });
    expect(leadOf(st.text)).toMatch(/^Theo KH Sóc Trăng › II\. Nội dung, trách nhiệm và hình thức phối hợp/);
  });

  it('a plan asked what it does, against trafficking or for victims as its title says, leads with its tasks section', async () => {
    const bd = await answer('Kế hoạch giai đoạn 2021-2025 của Bình Định gồm những nhóm việc nào?', { index });
    expect(leadOf(bd.text)).toMatch(/^Theo KH Bình Định 2021–2025 › III\. Nhiệm vụ và giải pháp/);
    const qn = await answer('Kế hoạch năm 2024 của Quảng Nam làm gì để phòng, chống mua bán người?', { index });
    expect(leadOf(qn.text)).toMatch(/^Theo KH Quảng Nam 2024 › III\. Nhiệm vụ và giải pháp trọng tâm/);
    const funds = await answer('Kế hoạch năm 2024 của Quảng Nam làm gì về kinh phí?', { index });
    expect(leadOf(funds.text)).not.toMatch(/^Theo KH Quảng Nam 2024 › III\. Nhiệm vụ và giải pháp trọng tâm/);
    // Asked for the victims its title names, the same; for their families, not.
    const victims = await answer('Kế hoạch năm 2024 của Quảng Nam có những hoạt động gì cho nạn nhân bị mua bán?', { index });
    expect(leadOf(victims.text)).toMatch(/^Theo KH Quảng Nam 2024 › III\. Nhiệm vụ và giải pháp trọng tâm/);
    const families = await answer('Kế hoạch năm 2024 của Quảng Nam có những hoạt động gì cho gia đình nạn nhân?', { index });
    expect(leadOf(families.text)).not.toMatch(/^Theo KH Quảng Nam 2024 › III\. Nhiệm vụ và giải pháp trọng tâm/);
  });

  it("a body's role asked in words a principles article shares is answered by the article titled by that body's duties", async () => {
    const police = await answer('Bộ Công an giữ vai trò gì trong công tác phòng, chống mua bán người?', { index });
    expect(leadOf(police.text)).toMatch(/^Theo Luật 66\/2011\/QH12 › Điều 42\. Trách nhiệm của Bộ Công an/);
    expect(police.text).toContain('Thực hiện quản lý an ninh, trật tự');
    const defence = await answer('Vai trò của Bộ Quốc phòng đối với phòng chống mua bán người?', { index });
    expect(leadOf(defence.text)).toMatch(/^Theo Luật 66\/2011\/QH12 › Điều 43\. Trách nhiệm của Bộ Quốc phòng/);
    // A commune's police is no ministry: the article titled by the ministry does not answer it.
    const commune = await answer('Công an xã có vai trò gì trong phòng, chống mua bán người?', { index });
    expect(leadOf(commune.text)).not.toContain('Trách nhiệm của Bộ Công an');
  });

  it('a plan asked about one case of it is not answered by its tasks section', async () => {
    const r = await answer('Theo đề án của Đồng Nai, nếu nạn nhân là trẻ em thì phải làm gì?', { index });
    expect(leadOf(r.text)).not.toMatch(/^Theo ĐA Đồng Nai 2016–2020 › III\. Nhiệm vụ công tác trọng tâm \(/);
  });

  it('how a person is known to be a victim leads with the clause on the evidence, the law in force first', async () => {
    for (const q of [
      'Làm sao biết một người có phải là nạn nhân bị mua bán hay không?',
      'lam sao xac dinh mot nguoi la nan nhan bi mua ban',
    ]) {
      const r = await answer(q, { index });
      expect(leadOf(r.text)).toMatch(/^Theo Luật 53\/2024\/QH15/);
      expect(r.text).toContain('Lời khai, tài liệu');
      expect(r.citations[0].docId).toBe('regulations/luat-53-2024-trich.md');
    }
  });

  it('the procedure of identifying is not answered by the evidence clause', async () => {
    const r = await answer('Thủ tục xác định nạn nhân làm sao, cơ quan nào làm?', { index });
    expect(leadOf(r.text)).not.toContain('Việc xác định nạn nhân căn cứ vào tài liệu, chứng cứ');
  });
});
