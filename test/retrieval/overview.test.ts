// Overview questions ("what is a victim entitled to", "what must the commune do") reach the article that lists
// the answer; precise questions keep their usual ranking; a province named in the question keeps its own plan first.
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { createOverviewPrior, enumeratedItems } from '../../retrieval/overview.js';
import { buildUnits } from '../../retrieval/units.js';
import { asksManner, isOverview, overviewFocus, overviewTopic } from '../../retrieval/question-type.js';
import type { KnowledgeIndex } from '../../retrieval/types.js';
import { doc, makeCorpus } from './fixture.js';

describe('isOverview', () => {
  it.each([
    'Người được xác định là nạn nhân thì được hưởng những gì?',
    'Quyền lợi của người bị lừa bán ra nước ngoài',
    'Cán bộ xã cần làm những việc gì để phòng chống mua bán người?',
    'Công an tỉnh có trách nhiệm gì?',
    'nguoi bi ban duoc nhan nhung ho tro gi',
    'Các biện pháp xử lý vi phạm là gì?',
    'Tóm tắt giúp tôi quy trình xác minh nạn nhân',
    'Ủy ban nhân dân cấp tỉnh phải làm những gì trong công tác hỗ trợ nạn nhân?',
    'nguoi bi ban ra nuoc ngoai tro ve thi duoc ho tro nhung gi',
    'Nguyên tắc xác minh, xác định, tiếp nhận và trao trả nạn nhân là gì?',
    'Mục tiêu của kế hoạch là gì?',
    'Dựa vào đâu để xác định một người là nạn nhân?',
    'nạn nhân tự trở về thì được tiếp nhận, xác minh ra sao',
    'Thủ tục tiếp nhận nạn nhân thế nào?',
    'người bị bán trốn về trình báo ở đồn biên phòng thì đồn xử lý thế nào',
    'Tỉnh đặt ra những mục tiêu gì trong phòng chống mua bán người giai đoạn 2016-2020?',
    // A long setting, then a short clause asking for a list.
    'Cảnh sát biển khi cứu được người bị đưa ra nước ngoài trên tàu cá ở vùng biển xa thì có những trách nhiệm cụ thể gì?',
    'Tôi làm ở trạm y tế của xã miền núi, có người bị lừa bán trốn về nhà thì trạm y tế phải làm những việc gì?',
    // A setting ended by a full stop, or by a comma before who acts or what it must do.
    'Trong đề án của tỉnh về tiếp nhận, xác minh, bảo vệ người bị mua bán trở về, công an cấp huyện có trách nhiệm gì?',
    'Trạm y tế nhận một người bị lừa bán sang biên giới trốn về nhà ở thôn bên. Trạm cần làm những việc gì?',
    'Cơ sở trợ giúp xã hội nhận trẻ em bị mua bán được giải cứu ở vùng biển xa, cần thực hiện các bước nào?',
    // By which means: the measures a text lists.
    'Nhân chứng bị đe dọa được công an bảo vệ bằng cách nào?',
    'người tố giác được bảo vệ ra sao',
    // A list's own noun right before the question word names the list, however long the rest.
    'Kế hoạch tiếp nhận, bảo vệ nạn nhân của tỉnh nhà phải bảo đảm những yêu cầu gì?',
    'Kế hoạch của tỉnh đặt ra các mục tiêu nào cho công tác hỗ trợ nạn nhân năm nay?',
  ])('reads "%s" as asking for everything on a topic', (q) => expect(isOverview(q)).toBe(true));

  it.each([
    'Mức hỗ trợ học nghề cho nạn nhân là bao nhiêu?',
    'mức hỗ trợ học nghề',
    'Thời hạn xác minh nạn nhân là mấy ngày?',
    'Cơ quan nào tiếp nhận nạn nhân trở về?',
    'Cưỡng bức lao động là gì?',
    'Những tỉnh nào có nhiều nạn nhân nhất?',
    'Hồ sơ đề nghị hỗ trợ học nghề gồm giấy tờ gì?',
    'Thủ tục cấp giấy phép mất bao lâu?',
    'Nạn nhân mua bán người là gì?',
    'Người bị mua bán là người khuyết tật không người thân thì được xử lý thế nào?',
    // A long question whose asking clause is itself long is about a detail.
    'Khi có người bị lừa bán trốn về, trạm y tế xã phải khám sức khỏe, cấp thuốc, chuyển tuyến và báo cáo cho những cơ quan cấp tỉnh nào?',
    // A long setting, then a short clause asking only what to do, without naming a list: a detail of the setting.
    'Trong trường hợp khẩn cấp, trước khi có quyết định bằng văn bản của người có thẩm quyền thì cơ quan được làm gì?',
    // What the person wants to do, then what they get for it: the support for that purpose.
    'Cháu bị bán trở về, giờ muốn đi học lại thì được hỗ trợ gì?',
    'nan nhan co nhu cau hoc nghe thi duoc giup nhung gi',
  ])('reads "%s" as a precise question', (q) => expect(isOverview(q)).toBe(false));

  it('drops the noun that only asks for a list from the topic, and the words that only ask', () => {
    expect(overviewTopic('Những trường hợp nào được coi là nạn nhân?')).not.toMatch(/trường hợp/);
    expect(overviewTopic('Tóm tắt giúp tôi quy trình xác minh nạn nhân')).toBe('quy trình xác minh nạn nhân');
    // "những chuyện gì" is how a chat says "những việc gì".
    expect(overviewTopic('luật mới cấm làm những chuyện gì')).toBe(overviewTopic('luật mới cấm làm những việc gì'));
    expect(overviewFocus('luật mới cấm làm những chuyện gì')).toEqual(['cam']);
  });

  it('reads what the list is of from the words before the question word, not from a subject before "là gì"', () => {
    expect(overviewFocus('Luật cấm những hành vi gì?')).toEqual(['hanh', 'vi']);
    expect(overviewFocus('Bộ đội Biên phòng hỗ trợ họ những gì?')).toEqual(['ho', 'tro']);
    expect(overviewFocus('Công an tỉnh có những nhiệm vụ gì?')).toEqual([]);
    expect(overviewFocus('Trách nhiệm của Sở Tư pháp là gì?')).toEqual([]);
  });

  it('reads everyday words for helping as support, and the manner asked as no part of the list', () => {
    expect(overviewFocus('Biên phòng cứu được người bị bán thì lo cho người ta những gì?')).toEqual(['ho', 'tro']);
    expect(overviewFocus('Cảnh sát biển giải cứu nạn nhân xong thì giúp đỡ họ những gì?')).toEqual(['ho', 'tro']);
    expect(overviewFocus('bo doi bien phong giup gi cho nguoi vua duoc giai cuu')).toEqual(['ho', 'tro']);
    expect(overviewFocus('Người nhà bị đe dọa thì được bảo vệ bằng cách nào?')).toEqual(['bao', 've']);
    expect(overviewFocus('người nhà bị dọa thì được bảo vệ kiểu gì')).toEqual(['bao', 've']);
  });

  it('tells a question asking the manner of an act', () => {
    expect(asksManner('Nạn nhân bị đe dọa thì được bảo vệ như thế nào?')).toBe(true);
    expect(asksManner('nan nhan duoc bao ve bang cach nao')).toBe(true);
    expect(asksManner('Nạn nhân được hỗ trợ những gì?')).toBe(false);
  });

  it('reads a final "sao" after the act as the manner asked, not "thì sao", "có sao", "vì sao"', () => {
    expect(asksManner('người nhà bị dọa thì được bảo vệ sao')).toBe(true);
    expect(isOverview('người nhà bị dọa thì được bảo vệ sao')).toBe(true);
    for (const q of ['nạn nhân về quê thì sao', 'gọi 111 có sao không', 'giữ giấy tờ của người khác có sao', 'vì sao'])
      expect(asksManner(q), q).toBe(false);
  });

  it("passes over the corpus' subject words just before the question word to the words naming the list", () => {
    const common = (t: string) => t === 'nan' || t === 'nhan';
    expect(overviewFocus('Biên phòng phải hỗ trợ nạn nhân những gì?', common)).toEqual(['ho', 'tro']);
    expect(overviewFocus('Biên phòng phải hỗ trợ nạn nhân những gì?')).toEqual(['nan', 'nhan']);
    // Only before the first word kept: a subject word inside the focus stays.
    expect(overviewFocus('Luật cấm những hành vi gì?', common)).toEqual(['hanh', 'vi']);
    // A function word before any other word: the subject words are what is asked after all.
    expect(overviewFocus('Khi tiếp nhận thì hỗ trợ gì?', (t) => t === 'ho' || t === 'tro')).toEqual(['ho', 'tro']);
  });
});

describe('enumeratedItems', () => {
  it('counts lettered points and dashes, not the numbered clauses every article has', () => {
    expect(enumeratedItems('a) Ăn;\nb) Mặc;\nc) Ở.')).toBe(3);
    expect(enumeratedItems('1. Một.\n2. Hai.\n3. Ba.')).toBe(0);
    expect(enumeratedItems('- Một;\n- Hai.')).toBe(0);
  });
});

describe('catalogues', () => {
  it('a list whose items are the subjects of other articles weighs more than a list of tasks', () => {
    const law = doc('regulations/nd.md', 'NĐ hỗ trợ', null);
    const corpus = makeCorpus('catalogue', [
      {
        doc: law,
        sections: [
          { path: ['Điều 3. Các chế độ hỗ trợ'], text: 'a) Hỗ trợ y tế;\nb) Hỗ trợ tâm lý;\nc) Trợ giúp pháp lý.' },
          { path: ['Điều 5. Hỗ trợ y tế'], text: 'Nạn nhân được khám, chữa bệnh.' },
          { path: ['Điều 6. Hỗ trợ tâm lý'], text: 'Nạn nhân được tư vấn tâm lý.' },
          { path: ['Điều 7. Trợ giúp pháp lý'], text: 'Nạn nhân được trợ giúp pháp lý miễn phí.' },
          { path: ['Điều 9. Trách nhiệm của xã'], text: 'a) Tuyên truyền cho người dân;\nb) Lập hồ sơ đề nghị;\nc) Báo cáo định kỳ.' },
        ],
      },
    ]);
    const units = buildUnits(corpus, 0);
    const prior = createOverviewPrior(units, corpus.sections, new Map([[law.id, law]]), {
      heading: 0,
      perItem: 0,
      catalogue: 1,
      unscopedPlan: 1,
      focus: 0,
    });
    const weight = (article: string) =>
      prior.multiplier(
        units.findIndex((u) => u.path[0].startsWith(article)),
        0,
        false,
      );
    expect(weight('Điều 3.')).toBe(2);
    expect(weight('Điều 9.')).toBe(1);
    // "trợ" is in four of the five headings, "xã" in one.
    expect(prior.common('tro')).toBe(true);
    expect(prior.common('xa')).toBe(false);
  });

  it('knows the headings titled by the measures of an act, not those naming who applies them', () => {
    const law = doc('regulations/nd-bao-ve.md', 'NĐ bảo vệ', null);
    const corpus = makeCorpus('measures', [
      {
        doc: law,
        sections: [
          { path: ['Điều 6. Đối tượng bảo vệ'], text: '1. Nạn nhân.\n2. Người thân thích của nạn nhân.' },
          { path: ['Điều 7. Các biện pháp bảo vệ an toàn'], text: '1. Giữ bí mật.\n2. Bố trí nơi tạm lánh.' },
          { path: ['Điều 9. Trách nhiệm tổ chức thực hiện biện pháp bảo vệ'], text: 'Người có thẩm quyền tổ chức thực hiện.' },
          { path: ['Điều 10. Bảo vệ người làm chứng', '3. Các biện pháp bảo vệ.'], text: 'a) Giữ bí mật;\nb) Bố trí nơi tạm lánh.' },
        ],
      },
    ]);
    const units = buildUnits(corpus, 0);
    const prior = createOverviewPrior(units, corpus.sections, new Map([[law.id, law]]), {
      heading: 0,
      perItem: 0,
      catalogue: 0,
      unscopedPlan: 1,
      focus: 1,
    });
    const names = (article: string, focus: string[]) =>
      prior.namesMeasures(
        units.findIndex((u) => u.path[0].startsWith(article)),
        focus,
      );
    expect(names('Điều 7.', ['bao', 've'])).toBe(true);
    expect(names('Điều 10.', ['bao', 've'])).toBe(true);
    expect(names('Điều 6.', ['bao', 've'])).toBe(false);
    expect(names('Điều 9.', ['bao', 've'])).toBe(false);
    // Measures of another act, or no focus at all.
    expect(names('Điều 7.', ['phong', 'ngua'])).toBe(false);
    expect(names('Điều 7.', [])).toBe(false);
  });
});

describe('overview ranking on the bundled documents', () => {
  let index: KnowledgeIndex;
  let plain: KnowledgeIndex;
  beforeAll(async () => {
    const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
    index = await openKnowledgeIndex({ corpus });
    // The same ranker with the overview preference switched off.
    plain = await openKnowledgeIndex({ corpus, fusion: { overview: { heading: 0, perItem: 0, catalogue: 0, unscopedPlan: 1, focus: 0 } } });
  });

  it('an overview of support reaches the 2024 article that lists the entitlements, first', async () => {
    const q = 'Người được xác định là nạn nhân thì được hưởng những gì?';
    const [top] = await index.search(q, { k: 5 });
    expect(top.doc.id).toBe('regulations/luat-53-2024-trich.md');
    expect(top.chunk.path.join(' › ')).toMatch(/Điều 37\..*› 1\. .*được hưởng chế độ hỗ trợ sau đây/);
    expect(top.chunk.text).toContain('Hỗ trợ nhu cầu thiết yếu');
    const [without] = await plain.search(q, { k: 5 });
    expect(without.chunk.id).not.toBe(top.chunk.id);
  });

  it('the list whose heading names what is asked comes first: the prohibited acts, from the law in force', async () => {
    const [top] = await index.search('Luật cấm những hành vi gì?', { k: 5 });
    expect(top.doc.id).toBe('regulations/luat-53-2024-trich.md');
    expect(top.chunk.path.join(' › ')).toMatch(/Điều 3\. Các hành vi bị nghiêm cấm/);
  });

  it('how a threatened victim is protected reaches the measures, not who is protected or who applies them', async () => {
    const [top] = await index.search('Nạn nhân tố cáo bọn buôn người, sợ bị trả thù, thì được bảo vệ như thế nào?', { k: 5 });
    expect(top.chunk.path.join(' › ')).toMatch(/Các biện pháp bảo vệ/);
  });

  it('what the border guard gives a person it rescued reaches its article on support, not on prevention', async () => {
    const [top] = await index.search('Biên phòng cứu được người bị bán thì lo cho người ta những gì?', { k: 5 });
    expect(top.chunk.path.join(' › ')).toMatch(/Điều 10\. Hỗ trợ nạn nhân/);
  });

  it('a precise question about one kind of support is ranked as before', async () => {
    const q = 'Mức hỗ trợ học nghề cho nạn nhân là bao nhiêu?';
    const ids = async (ix: KnowledgeIndex) => (await ix.search(q, { k: 5 })).map((h) => h.chunk.id);
    expect(await ids(index)).toEqual(await ids(plain));
  });
});

describe('overview ranking and provinces', () => {
  const points = (...items: string[]) => items.map((text, i) => ({ letter: 'abcd'[i], text }));
  const article = (path: string[], items: { letter: string; text: string }[]) => [
    { path, text: '' },
    ...items.map(({ letter, text }) => ({ path: [...path, `${letter})`], text: `${letter}) ${text}` })),
  ];
  const corpus = makeCorpus('overview-provinces', [
    {
      doc: doc('regulations/luat.md', 'Luật PCMBN', null, { title: 'Luật Phòng, chống mua bán người' }),
      sections: article(
        ['Điều 42. Trách nhiệm của Công an'],
        points(
          'Chủ trì phát hiện, điều tra các vụ mua bán người;',
          'Tiếp nhận, xác minh tin báo về mua bán người;',
          'Bảo vệ an toàn cho nạn nhân và người thân thích;',
          'Phối hợp giải cứu nạn nhân.',
        ),
      ),
    },
    {
      doc: doc('plans/quang-nam.md', 'KH Quảng Nam 2024', 'quang-nam', { title: 'Kế hoạch phòng, chống mua bán người tỉnh Quảng Nam' }),
      sections: article(
        ['V. Tổ chức thực hiện', '2. Công an tỉnh'],
        points(
          'Chủ trì nhiệm vụ tiếp nhận, xác minh tin báo về mua bán người trên địa bàn tỉnh;',
          'Thực hiện nhiệm vụ phòng, chống mua bán người ở khu vực biên giới cùng Bộ đội Biên phòng tỉnh;',
          'Bảo vệ an toàn cho nạn nhân tại địa phương;',
          'Báo cáo kết quả phòng, chống mua bán người về Ủy ban nhân dân tỉnh.',
        ),
      ),
    },
  ]);
  let index: KnowledgeIndex;
  let plain: KnowledgeIndex;
  beforeAll(async () => {
    index = await openKnowledgeIndex({ corpus });
    plain = await openKnowledgeIndex({
      corpus,
      fusion: { headingActorBoost: 1, unscopedPlan: 1, overview: { heading: 0, perItem: 0, catalogue: 0, unscopedPlan: 1, focus: 0 } },
    });
  });

  it('without a province, the national text that defines the duties comes before a province plan', async () => {
    const q = 'Công an có những nhiệm vụ gì trong phòng, chống mua bán người?';
    // The plan repeats the question's words more often...
    expect((await plain.search(q, { k: 2 }))[0].doc.id).toBe('plans/quang-nam.md');
    // ...but the national text defines the duties for every province.
    expect((await index.search(q, { k: 2 }))[0].doc.id).toBe('regulations/luat.md');
  });

  it('a province named in the question puts its own plan first', async () => {
    const [top] = await index.search('Ở Quảng Nam, Công an tỉnh có những nhiệm vụ gì trong phòng, chống mua bán người?', { k: 2 });
    expect(top.doc.id).toBe('plans/quang-nam.md');
  });
});
