// An overview question is answered with the list its article enumerates, quoted whole under the citation
// (with the excerpt and validity notes), not with one sentence; a precise question still leads with one sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import { openBundledIndex, leadOf } from './bundled.js';
import { answer } from '../../handlers/answer.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus, SECTION_UNITS } from '../retrieval/fixture.js';

let index: KnowledgeIndex;
beforeAll(async () => {
  index = await openBundledIndex();
});

/** The text before the quotes: what a reader sees first. */
describe('overview answers', () => {
  it('an overview of support leads with every entitlement of the 2024 article, cited as an excerpt', async () => {
    const r = await answer('Người được xác định là nạn nhân thì được hưởng những gì?', { index, province: null });
    expect(r.kind).toBe('answer');
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo Luật 53\/2024\/QH15 \(trích\) › Điều 37\. Đối tượng và chế độ hỗ trợ.* \[1\]:\n«/);
    for (const item of [
      'a) Hỗ trợ nhu cầu thiết yếu',
      'b) Hỗ trợ y tế',
      'c) Hỗ trợ phiên dịch',
      'g) Hỗ trợ tâm lý',
      'i) Hỗ trợ học nghề, tư vấn, tạo điều kiện để có việc làm',
      'k) Trợ cấp khó khăn ban đầu, hỗ trợ vay vốn',
    ]) {
      expect(lead).toContain(item);
    }
    expect(r.citations[0].docId).toBe('regulations/luat-53-2024-trich.md');
    // The list is said once: the quotes do not repeat it under [1].
    expect(r.text.split('Hỗ trợ phiên dịch').length).toBe(2);
  });

  it('keeps the list the ranker chose although a narrower article shares more of the question’s everyday words', async () => {
    // "giúp" and "trở về" are words of the article on legal aid ("Trợ giúp pháp lý … bị mua bán trở lại"), not of the list.
    const r = await answer('người bị bán trở về được giúp những gì', { index, province: 'quang-nam' });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo Luật 53\/2024\/QH15 \(trích\) › Điều 37\./);
    expect(lead).toContain('b) Hỗ trợ y tế');
  });

  it('a question about what one agency must do leads with that agency list', async () => {
    const r = await answer('Ủy ban nhân dân cấp xã có những nhiệm vụ gì?', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo .*Điều \d+\. Trách nhiệm của Ủy ban nhân dân.* \[1\]:\n«/);
    expect(lead).toMatch(/Ủy ban nhân dân cấp xã (còn )?có trách nhiệm:\n[a-zđ]\) /);
  });

  it('an article whose clauses are the list (one section each) is quoted whole, each item once', async () => {
    const r = await answer('Hồ sơ áp dụng biện pháp bảo vệ gồm những gì?', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toMatch(
      /^Theo NĐ 62\/2012\/NĐ-CP › Điều 11\. Hồ sơ áp dụng biện pháp bảo vệ.* \[1\]:\n«Hồ sơ áp dụng biện pháp bảo vệ bao gồm:\n/,
    );
    for (const item of ['1. Văn bản đề nghị bảo vệ.', '2. Lý lịch cá nhân', '8. Các văn bản, tài liệu khác']) expect(lead).toContain(item);
    expect(r.text.split('Văn bản đề nghị bảo vệ').length).toBe(2);
  });

  it("a plan's duties of one agency lead with that heading's items, cited to the heading", async () => {
    const r = await answer('Công an tỉnh có những nhiệm vụ gì?', { index, province: 'quang-nam' });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo KH Quảng Nam 2024 › V\. Tổ chức thực hiện › 2\. Công an tỉnh.* \[1\]:\n«Công an tỉnh:\n- /);
    expect(lead).toContain('- Tổ chức tập huấn nghiệp vụ xác minh');
  });

  it("a plan's section of numbered parts is answered by its outline, one line per part, cited to the section", async () => {
    const r = await answer('Các giải pháp thực hiện của đề án là gì?', { index, province: 'dong-nai' });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo ĐA Đồng Nai 2016–2020 › IV\. Giải pháp thực hiện.* \[1\]:\n«Giải pháp thực hiện:\n1\. Về thể chế\n/);
    expect(lead).toContain('3. Về nguồn lực');
  });

  it('grounds stated alike by a replaced text and the law in force lead with the law in force, marked as an excerpt', async () => {
    const r = await answer('Căn cứ xác định nạn nhân là gì?', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo Luật 53\/2024\/QH15 \(trích\) › Điều 32\. Căn cứ để xác định nạn nhân.* \[1\]:\n«/);
    expect(lead).toContain('a) Tài liệu, chứng cứ do cơ quan tiến hành tố tụng cung cấp;');
    expect(lead).toContain('i) Tài liệu, chứng cứ hợp pháp khác.');
  });

  it("a procedure's steps are its article's clauses in order, one line each", async () => {
    const r = await answer('Trình tự, thủ tục áp dụng biện pháp bảo vệ gồm những bước nào?', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo NĐ 62\/2012\/NĐ-CP › Điều 10\. Trình tự, thủ tục áp dụng các biện pháp bảo vệ.* \[1\]:\n«/);
    expect(lead).toMatch(/\n1\. Tổ chức, cá nhân đề nghị áp dụng biện pháp bảo vệ phải có văn bản đề nghị[^\n]*\n2\. /);
    expect(lead).toContain('\n8. ');
  });

  it("a question naming a plan's section leads with that section's parts, cited to it, however long the plan's name", async () => {
    const r = await answer(
      'Kế hoạch phối hợp tiếp nhận, bảo vệ và hỗ trợ nạn nhân của tỉnh Sóc Trăng quy định những hình thức phối hợp nào?',
      { index, province: null },
    );
    const lead = leadOf(r.text);
    expect(lead).toMatch(
      /^Theo KH Sóc Trăng › II\. [^\n]* › 9\. Hình thức phối hợp \[1\]:\n«Hình thức phối hợp:\n9\.1\. Trao đổi trực tiếp/,
    );
    for (const part of ['9.2. Tổ chức các đoàn liên ngành', '9.3. Tổ chức sơ kết, tổng kết', '9.4. Các hình thức phối hợp khác']) {
      expect(lead).toContain(part);
    }
  });

  it('a section named in unaccented chat words, the plan only by the province, leads with its outline', async () => {
    const r = await answer('nhiem vu cong tac trong tam cua de an la gi', { index, province: 'dong-nai' });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo ĐA Đồng Nai 2016–2020 › III\. Nhiệm vụ công tác trọng tâm.* \[1\]:\n«/);
    expect(lead).toContain('1. Công tác chỉ đạo triển khai\n2. Công tác truyền thông');
    expect(lead).toContain('5. Công tác hỗ trợ nạn nhân bị mua bán');
  });

  it("a plan's targets asked for where it states them under its goals lead with that section, in chat words too", async () => {
    for (const q of [
      'Kế hoạch của tỉnh đặt ra những chỉ tiêu gì về hỗ trợ nạn nhân?',
      'ke hoach cua tinh co chi tieu gi ve ho tro nan nhan',
    ]) {
      const lead = leadOf((await answer(q, { index, province: 'binh-dinh' })).text);
      expect(lead, q).toMatch(/^Theo KH Bình Định 2021–2025 › II\. Mục tiêu/iu);
      expect(lead, q).toContain('100%');
    }
  });

  it('"liên quan tới" typed without marks is read as the phrase, not as "tội" of the crime', async () => {
    const r = await answer('luat moi cam nhung hanh vi gi lien quan toi mua ban nguoi', { index, province: null });
    expect(leadOf(r.text)).toMatch(/^Theo Luật 53\/2024\/QH15 \(trích\) › Điều 3\. Các hành vi bị nghiêm cấm/);
  });

  it('words the question adds to a section noun must be the section\'s: "nội dung tuyên truyền" is no plan section', async () => {
    const r = await answer('Nội dung tuyên truyền về phòng, chống mua bán người gồm những gì?', { index, province: 'soc-trang' });
    expect(leadOf(r.text)).not.toMatch(/^Theo KH Sóc Trăng/);
  });

  it("an agency's tasks in a plan lead with the agency's heading, not the plan's section of tasks", async () => {
    const r = await answer('Bộ Chỉ huy Bộ đội Biên phòng tỉnh có những nhiệm vụ gì trong kế hoạch?', { index, province: 'quang-nam' });
    expect(leadOf(r.text)).toMatch(/^Theo KH Quảng Nam 2024 › V\. Tổ chức thực hiện › 3\. Bộ Chỉ huy Bộ đội Biên phòng tỉnh/);
  });

  it("an agency's tasks found through one point that lists within itself lead with all the agency's points", async () => {
    const r = await answer('hoi phu nu dong nai co nhiem vu gi trong viec chong mua ban nguoi', { index, province: 'dong-nai' });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo ĐA Đồng Nai 2016–2020 › V\. Phân công trách nhiệm › 4\. Đề nghị Hội liên hiệp Phụ nữ tỉnh \(/);
    for (const point of ['a) Chủ trì', 'b) Nghiên cứu, xây dựng', 'c) Triển khai thực hiện']) expect(lead).toContain(point);
  });

  it('people a clause grants some of the listed points lead with that clause, the list it refers to quoted whole', async () => {
    const r = await answer('Trẻ dưới 18 tuổi đi cùng nạn nhân có được hưởng chế độ hỗ trợ không?', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toMatch(
      /^Theo Luật 53\/2024\/QH15 \(trích\) \[1\]: «Người dưới 18 tuổi đi cùng nạn nhân[^»]*từ điểm a đến điểm h khoản 1/,
    );
    expect(r.text).toContain('a) Hỗ trợ nhu cầu thiết yếu;');
    expect(r.text).toContain('h) Hỗ trợ học văn hóa;');
    // Victims themselves are still answered by the list.
    const victims = leadOf((await answer('Nạn nhân được hưởng những chế độ hỗ trợ nào?', { index, province: null })).text);
    expect(victims).toMatch(/^Theo Luật 53\/2024\/QH15 \(trích\) › Điều 37\. [^\n]*\[1\]:\n«1\. Nạn nhân/);
  });

  it('a precise question leads with one sentence, not a list', async () => {
    const r = await answer('Mức hỗ trợ học nghề cho nạn nhân là bao nhiêu?', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(leadOf(r.text)).toMatch(/^Theo [^\n]* \[1\]: «[^\n]*»$/);
  });
});

describe('overview answers over a point that lists in its turn', () => {
  const law = doc('regulations/nd.md', 'NĐ căn cứ', null);
  const clause = '1. Một người được xác định là nạn nhân khi họ là đối tượng của một trong những hành vi sau đây';
  const corpus = makeCorpus('nested-points', [
    {
      doc: law,
      sections: [
        { path: ['Điều 5. Căn cứ để xác định nạn nhân', clause, 'a) Mua bán người'], text: 'a) Mua bán người: coi người như hàng hóa;' },
        {
          path: ['Điều 5. Căn cứ để xác định nạn nhân', clause, 'b) Chuyển giao người để'],
          text: '- Ép buộc bán dâm;\n- Cưỡng bức lao động;',
        },
        { path: ['Điều 5. Căn cứ để xác định nạn nhân', clause, 'c)'], text: 'c) Tuyển mộ, vận chuyển người.' },
        { path: ['Điều 6. Kinh phí'], text: 'Kinh phí do ngân sách nhà nước bảo đảm.' },
      ],
    },
  ]);

  it("quotes the point's heading before its dashes, one line each", async () => {
    const ix = await openKnowledgeIndex({ corpus, fusion: SECTION_UNITS });
    const lead = leadOf((await answer('Những hành vi nào thì được xác định là nạn nhân?', { index: ix, province: null })).text);
    expect(lead).toContain('b) Chuyển giao người để:\n- Ép buộc bán dâm;\n- Cưỡng bức lao động;\nc) Tuyển mộ');
  });
});

describe('overview answers over an article of several clause lists', () => {
  const law = doc('regulations/nd.md', 'NĐ quyền', null);
  const rights = '1. Nạn nhân, người thân thích của họ có các quyền sau đây khi được bảo vệ:';
  const duties = '2. Nạn nhân, người thân thích của họ có các nghĩa vụ sau đây khi được bảo vệ:';
  const ARTICLE = 'Điều 3. Quyền và nghĩa vụ của nạn nhân';
  /** The article with its lists of rights and of obligations (the obligations' points given), then any other sections. */
  const siblingLists = (name: string, dutyItems: string[], rest: { path: string[]; text: string }[] = []) =>
    makeCorpus(name, [
      {
        doc: law,
        sections: [
          { path: [ARTICLE], text: '' },
          { path: [ARTICLE, rights], text: rights },
          { path: [ARTICLE, rights, 'a)'], text: 'a) Đề nghị áp dụng biện pháp bảo vệ;' },
          { path: [ARTICLE, rights, 'b)'], text: 'b) Từ chối biện pháp bảo vệ.' },
          { path: [ARTICLE, duties], text: duties },
          ...dutyItems.map((text) => ({ path: [ARTICLE, duties, text.slice(0, 2)], text })),
          ...rest,
        ],
      },
    ]);
  const corpus = siblingLists(
    'sibling-lists',
    ['a) Chấp hành yêu cầu của cơ quan bảo vệ;', 'b) Tự chịu trách nhiệm về an toàn của mình.'],
    [{ path: ['Điều 4. Kinh phí'], text: 'Kinh phí bảo vệ do ngân sách nhà nước bảo đảm.' }],
  );

  it("leads with the article's lists one after the other", async () => {
    const ix = await openKnowledgeIndex({ corpus, fusion: SECTION_UNITS });
    const lead = leadOf((await answer('Nạn nhân có những quyền và nghĩa vụ gì?', { index: ix, province: null })).text);
    expect(lead).toContain('b) Từ chối biện pháp bảo vệ.');
    expect(lead).toContain('a) Chấp hành yêu cầu của cơ quan bảo vệ;');
  });

  it('puts first the list whose opening the question names, and the text order when it names both', async () => {
    // Obligations whose items speak of "thẩm quyền" still say nothing of rights.
    const withAuthority = siblingLists('sibling-order', [
      'a) Chấp hành yêu cầu của cơ quan, người có thẩm quyền áp dụng biện pháp bảo vệ;',
      'b) Tự chịu trách nhiệm khi không chấp hành yêu cầu của người có thẩm quyền bảo vệ.',
    ]);
    const ix = await openKnowledgeIndex({ corpus: withAuthority, fusion: SECTION_UNITS });
    const leadFor = async (q: string) => leadOf((await answer(q, { index: ix, province: null })).text);
    const order = (lead: string) => Math.sign(lead.indexOf('có các quyền') - lead.indexOf('có các nghĩa vụ'));
    expect(order(await leadFor('Quyền và nghĩa vụ của nạn nhân khi được bảo vệ là gì?'))).toBe(-1);
    expect(order(await leadFor('Nạn nhân được bảo vệ thì có những nghĩa vụ gì?'))).toBe(1);
  });
});

describe("overview answers over a plan's untitled parts", () => {
  const plan = doc('plans/kh.md', 'KH thử', 'quang-nam', { kind: 'plan' });
  const filler = (what: string) =>
    `${what} cho cán bộ các cấp trên địa bàn tỉnh, phối hợp chặt chẽ giữa các sở, ngành, đoàn thể và chính quyền cơ sở`;
  /** A part naming its tasks one after another, the last of them far into its paragraph. */
  const part = (n: number, first: string, last: string) => ({
    path: ['III. Nhiệm vụ và giải pháp trọng tâm', `${n}.`],
    text: `${n}. ${first}; ${filler('tổ chức tập huấn')}; ${filler('tăng cường kiểm tra')}; ${last}, thực hiện theo quy định.`,
  });
  const corpus = makeCorpus('untitled-parts', [
    {
      doc: plan,
      sections: [
        part(1, 'Tăng cường truyền thông tại cộng đồng', 'đánh giá kết quả hằng năm'),
        part(2, 'Mở rộng dịch vụ hỗ trợ nạn nhân', 'thực hiện chính sách hỗ trợ học nghề, cho vay vốn'),
        part(3, 'Nâng cao năng lực cán bộ', 'chia sẻ kinh nghiệm giữa các địa phương'),
        { path: ['IV. Kinh phí thực hiện'], text: 'Ngân sách tỉnh bảo đảm.' },
      ],
    },
  ]);

  it('a short outline shows each part far enough to name the tasks late in its paragraph', async () => {
    const ix = await openKnowledgeIndex({ corpus, fusion: SECTION_UNITS });
    const r = await answer('Kế hoạch có những nhiệm vụ và giải pháp trọng tâm gì?', { index: ix, province: 'quang-nam' });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo KH thử › III\. Nhiệm vụ và giải pháp trọng tâm.* \[1\]:\n«/);
    expect(lead).toContain('2. Mở rộng dịch vụ hỗ trợ nạn nhân; tổ chức tập huấn');
    expect(lead).toContain('hỗ trợ học nghề, cho vay vốn');
  });

  it('a section named by its noun and a word ranking it ("nhiệm vụ chính", "chủ yếu"), the plan written "KH", is outlined', async () => {
    // In the bundled plan a task part repeats the plan's title; the section the question names still answers.
    const ix = await openBundledIndex();
    for (const q of [
      'KH hỗ trợ nạn nhân của Bình Định giai đoạn 2021-2025 gồm những nhiệm vụ chính nào?',
      'Kế hoạch hỗ trợ nạn nhân của Bình Định có những nhiệm vụ chủ yếu gì?',
    ]) {
      const lead = leadOf((await answer(q, { index: ix, province: null })).text);
      expect(lead, q).toMatch(/^Theo KH Bình Định 2021–2025 › III\. Nhiệm vụ và giải pháp.*\[1\]:\n«/);
    }
  });

  it('asked how a body handles a situation, leads with the steps the body takes in it', async () => {
    const r = await answer('người tự trốn từ nước ngoài về tới đồn biên phòng khai bị bán thì đồn xử lý ra sao', { index, province: null });
    const lead = leadOf(r.text);
    expect(lead).toMatch(/^Theo TTLT 01\/2014.*Điều 5\..*\[1\]:\n«/);
    for (const item of ['Bố trí chỗ ở tạm thời', 'Lấy lời khai nạn nhân', 'Bàn giao nạn nhân cho Ủy ban nhân dân cấp xã'])
      expect(lead).toContain(item);
  });
});
