// The ranker prefers, among passages on the question's topic, the one carrying what the question asks for.
import { describe, expect, it } from 'vitest';
import { openKnowledgeIndex, statedParts } from '../../retrieval/index.js';
import {
  answerTypes,
  carries,
  countedThing,
  foldedSyllables,
  foldForCount,
  mentionsCase,
  openingCase,
  statesCountOf,
} from '../../retrieval/question-type.js';
import { makeCorpus, SECTION_UNITS, SOURCES } from './fixture.js';

const regulation = SOURCES.find((s) => s.doc.province === null)!.doc;
const corpus = makeCorpus('types', [
  ...SOURCES,
  {
    doc: { ...regulation, id: 'regulations/muc-chi.md', shortName: 'TT mức chi' },
    sections: [
      {
        path: ['Điều 5. Tạm trú'],
        text: 'Nạn nhân tạm trú tại cơ sở hỗ trợ nạn nhân được hỗ trợ tiền ăn.',
      },
      { path: ['Điều 6. Mức chi'], text: 'Mức hỗ trợ tiền ăn cho nạn nhân là 40.000 đồng/người/ngày.' },
    ],
  },
]);

async function top(question: string, answerTypeBoost?: Record<string, number>): Promise<string> {
  const index = await openKnowledgeIndex({ corpus, fusion: { ...SECTION_UNITS, ...(answerTypeBoost ? { answerTypeBoost } : {}) } });
  const [hit] = await index.search(question, { k: 3 });
  return hit.chunk.path[0];
}

describe('answer type in ranking', () => {
  it('tells an amount of money from a number of days', () => {
    expect(answerTypes('Nạn nhân được hỗ trợ tiền ăn bao nhiêu một ngày?')).toContain('amount');
    // Chat shorthand asks the same: `bn` is bao nhiêu, `j` is gì.
    expect(answerTypes('ve que ko co tien xe thi dc cho bn')).toContain('amount');
    expect(answerTypes('ho so xin bao ve gom giay to j')).toContain('papers');
    expect(answerTypes('Nạn nhân được hỗ trợ tiền ăn tối đa bao nhiêu ngày?')).toEqual(expect.arrayContaining(['time']));
    expect(answerTypes('Nạn nhân được hỗ trợ tiền ăn tối đa bao nhiêu ngày?')).not.toContain('amount');
    // Chat wording of "how much money".
    expect(answerTypes('Người bảo vệ nạn nhân được trả mấy tiền một ngày?')).toContain('amount');
    expect(answerTypes('tiền thuốc được mấy nghìn')).toContain('amount');
    expect(answerTypes('Nạn nhân được cấp mấy bộ quần áo?')).not.toContain('amount');
    // A sum per day or per person, "bao nhiêu" shortened to "nhiêu" or counted in đồng.
    expect(answerTypes('người trông coi nạn nhân được bồi dưỡng nhiêu 1 ngày')).toContain('amount');
    expect(answerTypes('cán bộ tư vấn được trả mấy đồng một lần')).toContain('amount');
    expect(answerTypes('Nạn nhân được ăn mấy bữa một ngày?')).not.toContain('amount');
    // Per unit, then a counted word: a number of days or of sessions, not a sum.
    expect(answerTypes('mỗi người bao nhiêu ngày thì hết hỗ trợ')).not.toContain('amount');
    expect(answerTypes('một lần bao nhiêu buổi tư vấn tâm lý')).not.toContain('amount');
    expect(answerTypes('một buổi bao nhiêu vậy')).toContain('amount');
  });

  it('finds where a question raised goes ("phản ánh về đâu") in a sentence raising it with a named office', () => {
    expect(answerTypes('gặp khó khăn thì phản ánh về đâu')).toContain('place');
    expect(carries('place', 'Nếu có vướng mắc, đề nghị phản ánh, kiến nghị về Sở Y tế để tổng hợp.')).toBe(true);
    expect(carries('place', 'Tăng cường phản ánh về tình hình mua bán người.')).toBe(false);
  });

  it('reads "theo thông tư nào" as asking the text a rule defers to, which a sentence naming its number carries', () => {
    expect(answerTypes('tiền tàu xe cho cán bộ đi đón nạn nhân tính theo thông tư nào')).toContain('reference');
    expect(answerTypes('mức vay vốn thực hiện theo quy định nào')).toContain('reference');
    // A paper's own number is a reference too, and "số mấy" counts nothing.
    expect(answerTypes('quyết định được ký theo đề nghị tại tờ trình số mấy của sở')).toEqual(['reference']);
    expect(answerTypes('Có tổng số bao nhiêu nạn nhân được hỗ trợ?')).toContain('count');
    expect(carries('reference', 'Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 01/3/2021.')).toBe(true);
    // Which law applies is the update file's question, not a reference in a clause.
    expect(answerTypes('nạn nhân hưởng chế độ theo luật nào')).not.toContain('reference');
    expect(carries('reference', 'Mức chi thực hiện theo quy định tại Thông tư số 97/2010/TT-BTC ngày 06/7/2010.')).toBe(true);
    expect(carries('reference', 'Chi công tác phí cho cán bộ phục vụ hoạt động xác minh, tiếp nhận.')).toBe(false);
  });

  it('reads "bao giờ", "lúc nào" as asking a time, "thời điểm nào" as asking a date too', () => {
    expect(answerTypes('bao giờ thì được nhận trợ cấp khó khăn ban đầu')).toContain('time');
    expect(answerTypes('nạn nhân phải làm đơn trước lúc nào')).toContain('time');
    // When something happens is not always a day of the calendar.
    expect(answerTypes('lúc nào thì công an phải trả lời kết quả xác minh')).not.toContain('date');
    expect(answerTypes('Các sở định kỳ báo cáo kết quả vào thời điểm nào?')).toEqual(expect.arrayContaining(['time', 'date']));
  });

  it('reads a choice between two bodies as asking which body, as "đến đâu" does', () => {
    for (const q of ['Nộp hồ sơ ở ủy ban xã hay lên Phòng Lao động?', 'bao cong an hay bao bien phong', 'Đến Sở Y tế hay Hội Phụ nữ?'])
      expect(answerTypes(q), q).toEqual(expect.arrayContaining(['place', 'agency']));
    // "hay không" asks whether; "số … hay" and "đơn … hay" are no bodies.
    for (const q of ['Có phải đến công an hay không?', 'Gọi số điện thoại hay nhắn tin?', 'Gửi đơn hay gửi thư?'])
      expect(answerTypes(q), q).not.toContain('place');
    // Typed with their marks, "phương (án)", "tính (tiền)", "có sổ" fold like a body but are none.
    for (const q of ['nên tìm phương án khác hay báo công an', 'ra tính tiền hay tới công an', 'đến có sổ đỏ hay công an'])
      expect(answerTypes(q), q).not.toContain('place');
    // Typed without them they may be either, and still read as the body; so does a body typed with its marks.
    for (const q of ['tim phuong an khac hay nho cong an', 'tôi tính hỏi xã hay hỏi huyện'])
      expect(answerTypes(q), q).toEqual(expect.arrayContaining(['place', 'agency']));
  });

  it('reads whom an activity is aimed at as a group of people, not as who acts', () => {
    for (const q of ['Tuyên truyền ở xã nhắm vào ai?', 'truyen thong truc tiep huong den ai'])
      expect(answerTypes(q), q).not.toContain('agency');
    for (const q of ['Ai chủ trì tuyên truyền?', 'Phát hiện thì báo cho ai?']) expect(answerTypes(q), q).toContain('agency');
  });

  it('reads "không còn ai", "không có ai" as nobody, not as who acts', () => {
    for (const q of ['Cháu bé mồ côi, không còn ai chăm sóc thì được hỗ trợ thế nào?', 'nha ko co ai o nha thi nan nhan o dau'])
      expect(answerTypes(q), q).not.toContain('agency');
    for (const q of ['Không có ai đón thì báo cho ai?', 'còn ai lo việc đưa về không']) expect(answerTypes(q), q).toContain('agency');
  });

  it('puts the passage stating an amount first when the question asks how much', async () => {
    const plain = await top('Nạn nhân được hỗ trợ tiền ăn bao nhiêu?', {});
    expect(plain).toBe('Điều 5. Tạm trú');
    expect(await top('Nạn nhân được hỗ trợ tiền ăn bao nhiêu?')).toBe('Điều 6. Mức chi');
  });
});

describe('a date asked for', () => {
  const reports = makeCorpus('dates', [
    {
      doc: { ...regulation, id: 'regulations/bao-cao.md', shortName: 'QĐ báo cáo' },
      sections: [
        {
          path: ['Điều 7. Chế độ báo cáo'],
          text: 'Các sở, ngành gửi báo cáo sơ kết 6 tháng và báo cáo tổng kết năm về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.',
        },
        { path: ['Điều 8. Thời hạn'], text: 'Định kỳ 06 tháng (trước 15/5), 01 năm (trước 15/11) gửi kết quả về Ủy ban nhân dân tỉnh.' },
      ],
    },
  ]);
  const first = async (question: string, fusion: object) => {
    const index = await openKnowledgeIndex({ corpus: reports, fusion: { ...SECTION_UNITS, ...fusion } });
    return (await index.search(question, { k: 2 }))[0].chunk.path[0];
  };

  it('puts the passage giving the date before one holding more of the question but no date', async () => {
    const q = 'Các sở, ngành gửi báo cáo sơ kết 6 tháng và tổng kết năm chậm nhất là ngày nào?';
    expect(await first(q, { answerTypeBoost: {}, fusedTypeBoost: {} })).toBe('Điều 7. Chế độ báo cáo');
    expect(await first(q, {})).toBe('Điều 8. Thời hạn');
  });
});

describe('how often asked', () => {
  const checks = makeCorpus('periods', [
    {
      doc: { ...regulation, id: 'regulations/kiem-tra.md', shortName: 'QĐ kiểm tra' },
      sections: [
        {
          path: ['Điều 3. Báo cáo đột xuất'],
          text: 'Cơ sở hỗ trợ nạn nhân gửi báo cáo kết quả kiểm tra trong thời hạn 05 ngày.',
        },
        { path: ['Điều 4. Báo cáo định kỳ'], text: 'Cơ sở hỗ trợ nạn nhân gửi báo cáo kết quả hằng năm.' },
      ],
    },
  ]);
  const first = async (question: string, fusion: object = {}) => {
    const index = await openKnowledgeIndex({ corpus: checks, fusion: { ...SECTION_UNITS, ...fusion } });
    return (await index.search(question, { k: 2 }))[0].chunk.path[0];
  };

  it('reads "bao lâu … một lần", "mấy tháng một lần", "một năm mấy lần" as a period, not a time limit', () => {
    for (const q of ['bao lâu thì kiểm tra cơ sở một lần', 'may thang gui bao cao 1 lan', 'một năm kiểm tra mấy lần'])
      expect(answerTypes(q), q).toContain('period');
    expect(answerTypes('bao lâu thì kiểm tra cơ sở một lần')).not.toContain('time');
    // Whether a report is periodic, or how long a step takes, asks no period.
    expect(answerTypes('cơ sở có phải báo cáo định kỳ không')).not.toContain('period');
    expect(answerTypes('xác minh trong bao lâu')).toEqual(['time']);
    // Support given once ("hỗ trợ một lần tiền trợ cấp") is a one-off allowance: how long until it comes is a time.
    for (const q of ['sau bao lâu thì được nhận trợ cấp một lần', 'mấy tháng thì được hỗ trợ một lần tiền trợ cấp'])
      expect(answerTypes(q), q).toEqual(['time']);
    expect(carries('period', 'Báo cáo định kỳ (hàng quý, 6 tháng, năm) gửi Sở.')).toBe(true);
    expect(carries('period', 'Định kỳ sơ kết, tổng kết đánh giá việc phối hợp.')).toBe(false);
  });

  it('puts the passage stating how often before one stating a time limit', async () => {
    const q = 'Cơ sở hỗ trợ nạn nhân gửi báo cáo kết quả kiểm tra bao lâu một lần?';
    expect(await first(q, { answerTypeBoost: { period: 1 }, fusedTypeBoost: {} })).toBe('Điều 3. Báo cáo đột xuất');
    expect(await first(q)).toBe('Điều 4. Báo cáo định kỳ');
  });
});

describe('the thing a question counts', () => {
  it('is no count when "mấy" names whom the question is about, before its own ask word', () => {
    expect(answerTypes('Ở Đồng Nai mấy người bị bán về mà không có chỗ ở thì được đưa vô trung tâm nào?')).toEqual(['agency']);
    expect(answerTypes('mấy người bị bán về được hỗ trợ những gì')).not.toContain('count');
    // After a verb of having or needing, it counts.
    expect(answerTypes('Có mấy người được hỗ trợ ở đâu?')).toContain('count');
    expect(answerTypes('Cơ sở hỗ trợ nạn nhân cần mấy nhân viên?')).toContain('count');
  });

  it('is no count when "mấy" asks which tricks ("mấy chiêu", "mấy trò")', () => {
    for (const q of ['chúng nó có mấy trò lừa nào', 'bon buon nguoi co may chieu du do', 'có mấy mánh khóe gì']) {
      expect(answerTypes(q), q).not.toContain('count');
      expect(countedThing(q), q).toBeUndefined();
    }
  });

  it('reads what is counted, past a classifier, with or without diacritics', () => {
    expect(countedThing('Hồ sơ cần mấy tấm ảnh?')).toBe('anh');
    expect(countedThing('nop bao nhieu ban sao')).toBe('ban');
    expect(countedThing('Xác minh trong mấy ngày?')).toBe('ngay');
    expect(countedThing('Bao nhiêu là đủ?')).toBeUndefined();
    expect(countedThing('Nạn nhân được hỗ trợ những gì?')).toBeUndefined();
  });

  it('finds a number of that thing, not the word alone', () => {
    const states = statesCountOf('anh');
    expect(states(foldForCount('Chụp 06 (sáu) ảnh cỡ 4cm x 6 cm'))).toBe(true);
    expect(states(foldForCount('gửi kèm 2 ảnh'))).toBe(true);
    expect(states(foldForCount('kèm ảnh của nạn nhân, không ảnh hưởng đến 3 người'))).toBe(false);
  });

  it('counts people by whatever noun the text calls them when the question counts "người"', () => {
    expect(countedThing('Lập cơ sở hỗ trợ nạn nhân phải có mấy người làm?')).toBe('nguoi');
    const people = statesCountOf('nguoi');
    expect(people(foldForCount('Có ít nhất 05 (năm) nhân viên, trong đó 02 (hai) nhân viên có trình độ cao đẳng'))).toBe(true);
    expect(people(foldForCount('Tổ công tác gồm 03 cán bộ'))).toBe(true);
    expect(people(foldForCount('Diện tích phòng ở bình quân 05 m2/nạn nhân'))).toBe(false);
    // Any other thing is counted by its own word only.
    expect(statesCountOf('anh')(foldForCount('Có ít nhất 05 (năm) nhân viên'))).toBe(false);
  });

  it('finds land asked in everyday words by its area', () => {
    expect(countedThing('mở cơ sở hỗ trợ nạn nhân cần bao nhiêu đất')).toBe('dat');
    const land = statesCountOf('dat');
    expect(land(foldForCount('Diện tích đất tự nhiên tối thiểu 15 m2/nạn nhân'))).toBe(true);
    expect(land(foldForCount('Có trụ sở làm việc ổn định, đất đai thuận tiện giao thông'))).toBe(false);
  });

  it('puts the passage stating how many of the thing first', async () => {
    const photos = makeCorpus('photos', [
      ...SOURCES,
      {
        doc: { ...regulation, id: 'regulations/ho-so.md', shortName: 'TT hồ sơ' },
        sections: [
          { path: ['Điều 3. Hồ sơ'], text: 'Hồ sơ của nạn nhân gồm tờ khai và ảnh.' },
          { path: ['Điều 4. Chuyển hồ sơ'], text: 'Hồ sơ chuyển đi gồm tờ khai, 02 (hai) ảnh của nạn nhân và các tài liệu khác.' },
        ],
      },
    ]);
    const first = async (countedThingBoost?: number) => {
      const fusion = { ...SECTION_UNITS, ...(countedThingBoost ? { countedThingBoost } : {}) };
      const index = await openKnowledgeIndex({ corpus: photos, fusion });
      return (await index.search('Hồ sơ của nạn nhân cần mấy ảnh?', { k: 3 }))[0].chunk.path[0];
    };
    expect(await first(1)).toBe('Điều 3. Hồ sơ');
    expect(await first()).toBe('Điều 4. Chuyển hồ sơ');
  });
});

describe('a value stated in a clause lead-in', () => {
  const lead = '2. Giấy phép có thời hạn tối đa là 05 (năm) năm, gồm các nội dung sau';
  const licence = makeCorpus('lead-in', [
    ...SOURCES,
    {
      doc: { ...regulation, id: 'regulations/giay-phep.md', shortName: 'NĐ giấy phép' },
      sections: [
        { path: ['Điều 9. Giấy phép', '1.'], text: '1. Chủ tịch Ủy ban nhân dân cấp tỉnh quyết định cấp giấy phép cho cơ sở.' },
        { path: ['Điều 9. Giấy phép', lead, 'a)'], text: 'a) Tên cơ sở, địa chỉ trụ sở của cơ sở;' },
        { path: ['Điều 9. Giấy phép', lead, 'b)'], text: 'b) Họ và tên người đứng đầu cơ sở.' },
        {
          path: ['Điều 9. Giấy phép', '3. Thời hạn giấy phép của cơ sở'],
          text: 'Chủ tịch Ủy ban nhân dân cấp tỉnh xem xét thời hạn giấy phép của cơ sở theo đề nghị của Sở.',
        },
      ],
    },
  ]);

  it('belongs to the first unit under it only', () => {
    const sections = licence.sections;
    const at = (marker: string) => sections.findIndex((s) => s.path.at(-1) === marker && s.path.includes(lead));
    const unit = (i: number) => ({ ...sections[i], start: i });
    expect(statedParts(unit(at('a)')), sections)).toEqual([lead, 'a) Tên cơ sở, địa chỉ trụ sở của cơ sở;']);
    expect(statedParts(unit(at('b)')), sections)).toEqual(['b) Họ và tên người đứng đầu cơ sở.']);
  });

  it('counts as what the unit carries when the question asks how long', async () => {
    const first = async (answerTypeBoost: Record<string, number>) => {
      const index = await openKnowledgeIndex({ corpus: licence, fusion: { ...SECTION_UNITS, answerTypeBoost } });
      return (await index.search('Giấy phép của cơ sở có thời hạn bao lâu?', { k: 3 }))[0].chunk.text;
    };
    expect(await first({})).toContain('Chủ tịch');
    // Only the points' own lead-in states a time limit: boosting passages that state one brings them first.
    expect(await first({ time: 3 })).toContain('a) Tên cơ sở');
  });
});

describe('a clause for one case', () => {
  it('reads the case a clause opens with', () => {
    expect(openingCase('c) Đối với các vụ việc phức tạp thì thời hạn xác minh là 60 ngày.')).toEqual(['vu', 'viec', 'phuc', 'tap']);
    expect(openingCase('Trường hợp nạn nhân là trẻ em thì thông báo cho người thân.')).toEqual(['nan', 'nhan', 'tre']);
    expect(openingCase('a) Xác minh và trả lời kết quả trong thời hạn 20 ngày.')).toBeUndefined();
  });

  it('tells whether the question asks about that case', () => {
    const words = openingCase('Đối với các vụ việc phức tạp thì thời hạn là 60 ngày.')!;
    expect(mentionsCase(foldedSyllables('Vụ việc phức tạp thì xác minh bao lâu?'), words)).toBe(true);
    expect(mentionsCase(foldedSyllables('Công an xác minh trong bao nhiêu ngày?'), words)).toBe(false);
  });

  it('puts the general rule before the exception the question does not ask about', async () => {
    const lead = '3. Công an cấp huyện xác minh nạn nhân như sau';
    const rules = makeCorpus('cases', [
      ...SOURCES,
      {
        doc: { ...regulation, id: 'regulations/xac-minh.md', shortName: 'TT xác minh' },
        sections: [
          { path: ['Điều 6. Xác minh', lead, 'a)'], text: 'a) Trả lời kết quả xác minh nạn nhân trong thời hạn 20 ngày.' },
          {
            path: ['Điều 6. Xác minh', lead, 'c)'],
            text: 'c) Đối với vụ việc phức tạp thì Công an cấp huyện báo cáo Công an tỉnh; Công an cấp huyện trả lời kết quả xác minh nạn nhân trong thời hạn 60 ngày.',
          },
        ],
      },
    ]);
    const first = async (otherCase: number) => {
      const index = await openKnowledgeIndex({ corpus: rules, fusion: { ...SECTION_UNITS, otherCase } });
      return (await index.search('Công an cấp huyện trả lời kết quả xác minh nạn nhân trong bao nhiêu ngày?', { k: 2 }))[0].chunk.text;
    };
    expect(await first(1)).toMatch(/^c\)/);
    expect(await first(0.85)).toMatch(/^a\)/);
  });
});

describe('a question asking where', () => {
  it('puts the clause saying where to file first', async () => {
    expect(answerTypes('Muốn xin trợ cấp thì nộp đơn ở đâu?')).toContain('place');
    expect(answerTypes('xin tro cap thi gui don den dau')).toContain('place');
    expect(answerTypes('Nạn nhân được trợ cấp bao nhiêu?')).not.toContain('place');
    const support = makeCorpus('place', [
      ...SOURCES,
      {
        doc: { ...regulation, id: 'regulations/tro-cap.md', shortName: 'NĐ trợ cấp' },
        sections: [
          {
            path: ['Điều 23. Trợ cấp', 'a)'],
            text: 'a) Hồ sơ gồm đơn đề nghị trợ cấp của nạn nhân và giấy xác nhận.',
          },
          { path: ['Điều 23. Trợ cấp', 'b)'], text: 'b) Nạn nhân làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú.' },
        ],
      },
    ]);
    // The first passage of the decree: other fixture texts mention support too.
    const first = async (place: number) => {
      const index = await openKnowledgeIndex({ corpus: support, fusion: { ...SECTION_UNITS, answerTypeBoost: { place } } });
      const hits = await index.search('Đơn xin trợ cấp nộp ở đâu?', { k: 4 });
      return hits.find((h) => h.doc.id === 'regulations/tro-cap.md')?.chunk.text;
    };
    expect(await first(1)).toMatch(/^a\)/);
    expect(await first(1.35)).toMatch(/^b\)/);
  });
});

describe('what says where', () => {
  it('is an office a person is sent to, or a named centre a person is kept at', () => {
    expect(carries('place', 'Nạn nhân làm đơn gửi Ủy ban nhân dân cấp xã nơi cư trú.')).toBe(true);
    expect(carries('place', 'Tổ chức tiếp nhận, quản lý nạn nhân bị mua bán trở về tại Trung tâm Bảo trợ Huấn nghệ cô nhi Biên Hòa.')).toBe(
      true,
    );
    // A centre named as the one acting, or "tại" before an ordinary word, says no place.
    expect(carries('place', 'Trung tâm Công tác xã hội tỉnh tiếp nhận, hỗ trợ ban đầu cho nạn nhân.')).toBe(false);
    expect(carries('place', 'Hỗ trợ tiền ăn trong thời gian tạm trú tại trung tâm theo quy định.')).toBe(false);
  });
});

describe("a plan's target", () => {
  it('is asked by how many people, cases or places a plan means to reach', () => {
    for (const q of [
      'Kế hoạch phấn đấu bao nhiêu phần trăm nạn nhân được hỗ trợ?',
      'chỉ tiêu bảo vệ an toàn cho thân nhân là bao nhiêu',
      'tỉnh hứa bao nhiêu người bị bán về sẽ được dạy nghề',
      'dat muc tieu may phan tram nan nhan duoc tu van',
      // Which targets a plan sets: its shares, under "Các chỉ tiêu cụ thể".
      'Kế hoạch của tỉnh có những chỉ tiêu nào?',
      'chi tieu cua ke hoach la gi',
      'Mục tiêu cụ thể của kế hoạch hỗ trợ nạn nhân?',
    ])
      expect(answerTypes(q), q).toContain('target');
    // The plan's aims in general are not its targets.
    expect(answerTypes('Mục tiêu của kế hoạch là gì?')).not.toContain('target');
    // A province ("tỉnh") is no plan verb, and a count of papers or days is no target.
    for (const q of ['Tỉnh có bao nhiêu trung tâm công tác xã hội?', 'Hồ sơ cần mấy tấm ảnh?', 'Xác minh trong bao nhiêu ngày?'])
      expect(answerTypes(q), q).not.toContain('target');
  });

  it('is carried by a share, not by any number', () => {
    expect(carries('target', 'đ) 100% nạn nhân có nhu cầu được tư vấn các dịch vụ sức khỏe, tâm lý.')).toBe(true);
    expect(carries('target', 'Trong thời hạn 03 ngày, cơ quan tiếp nhận thông báo cho Ủy ban.')).toBe(false);
  });

  it('puts the plan section stating the share first', async () => {
    const plan = SOURCES.find((s) => s.doc.province !== null)!.doc;
    const targets = makeCorpus('targets', [
      ...SOURCES,
      {
        doc: { ...plan, id: 'plans/muc-tieu.md', shortName: 'KH mục tiêu' },
        sections: [
          { path: ['III. Nhiệm vụ', '2. Tư vấn'], text: 'Tổ chức tư vấn tâm lý cho nạn nhân được hỗ trợ tại cộng đồng.' },
          { path: ['II. Mục tiêu'], text: 'Phấn đấu 100% nạn nhân có nhu cầu được tư vấn.' },
        ],
      },
    ]);
    const first = async (boosted: boolean) => {
      const fusion = { ...SECTION_UNITS, ...(boosted ? {} : { answerTypeBoost: {}, fusedTypeBoost: {} }) };
      const index = await openKnowledgeIndex({ corpus: targets, fusion });
      return (await index.search('Tỉnh hứa bao nhiêu nạn nhân được tư vấn?', { k: 3 }))[0].chunk.path[0];
    };
    expect(await first(false)).toBe('III. Nhiệm vụ');
    expect(await first(true)).toBe('II. Mục tiêu');
  });
});
