// A contact detail the directory does not hold is said to be missing before other lines are listed.
import { describe, expect, it } from 'vitest';
import { agencyAskedByName, unlistedContactDetail } from '../../handlers/ask/contact-details.js';
import type { ContactsDirectory } from '../../knowledge/contacts.js';
import { NO_UPDATES } from '../../knowledge/updates.js';
import { askQuestion, type AskDeps } from '../../handlers/ask/pipeline.js';

const directory: ContactsDirectory = {
  national: [
    { name: 'Công an (khẩn cấp)', phone: '113', role: 'Gọi khi nguy hiểm.' },
    // Bình Định's plan tells people to call the national line: that is its answer to "which number".
    { name: 'Tổng đài quốc gia bảo vệ trẻ em', phone: '111', role: 'Tiếp nhận tin báo.', source: 'plans/bd.md' },
  ],
  provinces: {
    'quang-nam': {
      name: 'Quảng Nam',
      source: 'plans/qn.md',
      contacts: [
        { agency: 'Tổng đài điện thoại của tỉnh Quảng Nam', role: 'Tố giác.', phone: '1800 1581' },
        { agency: 'Công an tỉnh Quảng Nam', role: 'Giải cứu.' },
      ],
    },
    'soc-trang': {
      name: 'Sóc Trăng',
      source: 'plans/st.md',
      contacts: [{ agency: 'Công an tỉnh Sóc Trăng', role: 'Tiếp nhận nạn nhân.' }],
    },
    'binh-dinh': {
      name: 'Bình Định',
      source: 'plans/bd.md',
      contacts: [{ agency: 'Công an tỉnh Bình Định', role: 'Tiếp nhận tin báo.' }],
    },
  },
};
const sources = { directory };

describe("a province's own line", () => {
  it('is said to be missing when its documents give none, then the lines it has follow', () => {
    for (const q of ['Số đường dây nóng tố giác mua bán người của tỉnh Sóc Trăng là số mấy?', 'soc trang co tong dai rieng khong']) {
      const r = unlistedContactDetail(q, null, sources);
      expect(r?.kind, q).toBe('abstain');
      expect(r?.text, q).toMatch(/^Số đường dây nóng riêng của tỉnh Sóc Trăng không có trong các văn bản hiện có\./);
      expect(r?.text, q).toContain('111');
      expect(r?.text, q).toContain('Công an tỉnh Sóc Trăng');
    }
  });

  it('is left to the directory, which marks agencies without a number, when whom to report to is asked too', () => {
    expect(unlistedContactDetail('Báo tin mua bán người ở Sóc Trăng cho ai, có sđt không?', null, sources)).toBeUndefined();
    // Whether an agency has a number of its own, asked with what it is for, is still the agency's number.
    expect(unlistedContactDetail('UBND xã có số điện thoại riêng để báo không?', null, sources)?.text).toMatch(
      /^Số điện thoại của UBND xã không có trong các văn bản hiện có\./,
    );
  });

  it('is left to the directory when the province has a number of its own or its plan names the line to call', () => {
    expect(unlistedContactDetail('Tổng đài tố giác của Quảng Nam là số nào?', null, sources)).toBeUndefined();
    expect(unlistedContactDetail('Đường dây nóng ở Bình Định số mấy?', null, sources)).toBeUndefined();
    // A national line named by its number is about that line.
    expect(unlistedContactDetail('Ở Sóc Trăng gọi tổng đài 111 được không?', null, sources)).toBeUndefined();
  });
});

describe('where or when an agency works', () => {
  it('is said to be missing, then the lines follow', () => {
    for (const q of [
      'Trung tâm Bảo trợ xã hội tỉnh ở địa chỉ nào?',
      'dia chi cua cong an tinh quang nam',
      'Sở Y tế tiếp dân vào thứ mấy?',
      'Giờ làm việc của Trung tâm Công tác xã hội là mấy giờ?',
    ]) {
      const r = unlistedContactDetail(q, 'quang-nam', sources);
      expect(r?.kind, q).toBe('abstain');
      expect(r?.text, q).toMatch(/^(Địa chỉ|Giờ làm việc) của .+ không có trong các văn bản hiện có\./);
      expect(r?.text, q).toContain('1800 1581');
    }
  });

  it('says which detail of which body is missing: an account, an e-mail, a street, the days it opens, who works there', () => {
    for (const [q, notice] of [
      ['xin stk của Hội Liên hiệp Phụ nữ huyện để quyên góp', 'Số tài khoản của Hội Liên hiệp Phụ nữ huyện không có'],
      ['Trang web của Sở Y tế Sóc Trăng là gì?', 'Địa chỉ thư điện tử, trang web, số fax của Sở Y tế Sóc Trăng không có'],
      ['Trung tâm Bảo trợ xã hội tỉnh nằm ở phố nào vậy?', 'Địa chỉ của Trung tâm Bảo trợ xã hội tỉnh không có'],
      ['Công an xã có làm việc chủ nhật không?', 'Giờ làm việc của Công an xã không có'],
      ['Cán bộ trực ở nhà tạm lánh của huyện tên là gì?', 'Họ tên cán bộ, người phụ trách của nhà tạm lánh của huyện không có'],
    ]) {
      const r = unlistedContactDetail(q, null, sources);
      expect(r?.kind, q).toBe('abstain');
      expect(r?.text, q).toContain(notice);
    }
  });

  it('leaves to the documents the name of a body they hold and who is responsible for a task', () => {
    for (const q of [
      'Cơ sở hỗ trợ nạn nhân ở tỉnh tên là gì?',
      'Ai phụ trách việc tiếp nhận nạn nhân ở xã?',
      'Cho hỏi tiền hỗ trợ có chuyển vào tài khoản không?',
    ])
      expect(unlistedContactDetail(q, null, sources), q).toBeUndefined();
  });

  it('is not asked by the rules on what a facility must show, nor by a question on working days of a time limit', () => {
    for (const q of [
      'Hồ sơ thành lập cơ sở hỗ trợ nạn nhân phải ghi địa chỉ gì?',
      'Biển tên của cơ sở hỗ trợ phải có địa chỉ không?',
      'Nạn nhân được hỗ trợ trong mấy ngày làm việc?',
    ])
      expect(unlistedContactDetail(q, null, sources), q).toBeUndefined();
  });
});

describe('a contact detail the directory does not hold', () => {
  it('reads the agency whose own number is asked, up to the words that go on asking', () => {
    expect(agencyAskedByName('Số điện thoại của Phòng Cảnh sát hình sự Công an tỉnh Hà Giang là bao nhiêu?')).toBe(
      'Phòng Cảnh sát hình sự Công an tỉnh Hà Giang',
    );
    expect(agencyAskedByName('sdt cong an tinh quang nam so may')).toBe('cong an tinh quang nam');
    expect(agencyAskedByName('Đường dây nóng của tỉnh Quảng Nam là số nào?')).toBeUndefined();
    expect(agencyAskedByName('Gọi số nào để báo tin?')).toBeUndefined();
    // "đt" is a number; written with diacritics, "Bảo trợ" is part of a name, not "bao nhiêu".
    expect(agencyAskedByName('đt của trung tâm ctxh quảng nam')).toBe('trung tâm ctxh quảng nam');
    expect(agencyAskedByName('Số điện thoại Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng là bao nhiêu?')).toBe(
      'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
    );
  });

  it('reads no number in papers of a body, its premises, a phone as a device, nor "việc làm" as what a body does', () => {
    expect(agencyAskedByName('Hồ sơ của trung tâm bảo trợ xã hội phải có những gì')).toBeUndefined();
    expect(agencyAskedByName('tru so cua cong an tinh o dau')).toBeUndefined();
    expect(agencyAskedByName('Công an có được thu điện thoại của người bị giữ không')).toBeUndefined();
    expect(agencyAskedByName('Trung tâm dịch vụ việc làm tỉnh Đồng Nai số điện thoại là gì?')).toBe(
      'Trung tâm dịch vụ việc làm tỉnh Đồng Nai',
    );
  });

  it('reads "cơ sở nào" typed with diacritics as asking which facility, not "số nào"', () => {
    expect(agencyAskedByName('Trẻ em được tiếp nhận thì cần kết nối với cơ sở nào để được bảo vệ?')).toBeUndefined();
    expect(agencyAskedByName('Liên hệ với Trung tâm Công tác xã hội tỉnh thì gọi số nào?')).toBe('Trung tâm Công tác xã hội tỉnh');
  });

  it('reads the agency named before its number is asked', () => {
    expect(agencyAskedByName('Sở LĐTBXH Quảng Nam số đt bao nhiêu, tôi cần hỏi về chế độ')).toBe('Sở LĐTBXH Quảng Nam');
    expect(agencyAskedByName('Cho mình hỏi Sở Y tế Đà Nẵng số điện thoại là gì?')).toBe('Sở Y tế Đà Nẵng');
    expect(agencyAskedByName('Công an tỉnh Bình Định, sđt là gì')).toBe('Công an tỉnh Bình Định');
    // "CA" is Công an; "số tổng đài của" asks an agency's line too.
    expect(agencyAskedByName('đt của CA tỉnh Đồng Nai')).toBe('CA tỉnh Đồng Nai');
    expect(agencyAskedByName('cho xin số tổng đài của Sở LĐTBXH')).toBe('Sở LĐTBXH');
    // Folded, "bán" and "bỏ" read like agency words: only a name opening the question, or after "xin", "hỏi", counts.
    expect(agencyAskedByName('người bị bán có số điện thoại nào để gọi không')).toBeUndefined();
    // An agency's duty to publish a number is not a request for it.
    expect(agencyAskedByName('Sở phải công khai số điện thoại đường dây nóng không?')).toBeUndefined();
  });

  it('reads the agency called by its name when its number is asked after it, and a place named in capitals whole', () => {
    expect(agencyAskedByName('Muốn gọi thẳng cho Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng thì gọi số nào?')).toBe(
      'Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng',
    );
    expect(agencyAskedByName('Liên hệ Sở Y tế Gia Lai qua số điện thoại nào?')).toBe('Sở Y tế Gia Lai');
    expect(agencyAskedByName('Tôi cần gọi cho Công an tỉnh Đồng Nai, số của họ là gì?')).toBe('Công an tỉnh Đồng Nai');
    expect(agencyAskedByName('Cho tôi xin số điện thoại trực tiếp của Trung tâm Công tác xã hội tỉnh Quảng Nam.')).toBe(
      'Trung tâm Công tác xã hội tỉnh Quảng Nam',
    );
    // "Cần Thơ" is a place, not "cần"; typed without diacritics, "bảo trợ" is part of the name, not "bao nhiêu".
    expect(agencyAskedByName('Số điện thoại Trung tâm Bảo trợ xã hội Cần Thơ là bao nhiêu?')).toBe('Trung tâm Bảo trợ xã hội Cần Thơ');
    expect(agencyAskedByName('so dien thoai trung tam bao tro xa hoi can tho')).toBe('trung tam bao tro xa hoi can tho');
    // Calling with no agency named, or without asking its number, names none: "số nào" folded reads like "sở".
    expect(agencyAskedByName('o gia lai goi so nao de to giac mua ban nguoi')).toBeUndefined();
    expect(agencyAskedByName('Gọi cho Công an tỉnh Sóc Trăng để báo được không?')).toBeUndefined();
  });

  it('reads which of a body’s numbers is asked ("trực ban", "máy bàn") and "số của" a body as its number', () => {
    expect(agencyAskedByName('số trực ban của Công an tỉnh Gia Lai là bao nhiêu?')).toBe('Công an tỉnh Gia Lai');
    expect(agencyAskedByName('Cho hỏi số máy bàn của Sở Tư pháp tỉnh Hà Tĩnh')).toBe('Sở Tư pháp tỉnh Hà Tĩnh');
    expect(agencyAskedByName('số của bộ đội biên phòng tỉnh kon tum')).toBe('bộ đội biên phòng tỉnh kon tum');
    expect(agencyAskedByName('sdt truc ban bien phong lang son')).toBe('bien phong lang son');
    expect(agencyAskedByName('trực ban công an tỉnh bình định số bao nhiêu')).toBe('công an tỉnh bình định');
    // "Một số trung tâm" counts bodies; "phòng, chống" is no office.
    expect(agencyAskedByName('Một số trung tâm ở đâu nhận nạn nhân?')).toBeUndefined();
    expect(agencyAskedByName('số điện thoại phòng chống mua bán người')).toBeUndefined();
  });

  it('reads a body named before "số mấy", "có số nào" or its number ending the question', () => {
    expect(agencyAskedByName('Hội Phụ nữ tỉnh Long An số mấy vậy')).toBe('Hội Phụ nữ tỉnh Long An');
    expect(agencyAskedByName('Trung tâm Bảo trợ xã hội Cà Mau có số nào để gọi không')).toBe('Trung tâm Bảo trợ xã hội Cà Mau');
    expect(agencyAskedByName('Trung tâm Trợ giúp pháp lý tỉnh Phú Yên số điện thoại')).toBe('Trung tâm Trợ giúp pháp lý tỉnh Phú Yên');
    // What the body does ends its name.
    expect(agencyAskedByName('Công an tỉnh Sóc Trăng nhận tin báo qua số nào?')).toBe('Công an tỉnh Sóc Trăng');
    expect(agencyAskedByName('Phòng Ngoại vụ liên hệ số nào')).toBe('Phòng Ngoại vụ');
    // A phone as the way something is done, "có số điện thoại" typed without marks, and "cơ sở" are no number asked.
    expect(agencyAskedByName('Trung tâm có tư vấn qua điện thoại không')).toBeUndefined();
    expect(agencyAskedByName('bao tin cho co quan nao, co so dien thoai khong')).toBeUndefined();
    expect(agencyAskedByName('Trung tâm có bao nhiêu cơ sở nào')).toBeUndefined();
  });

  it('names the body as typed, a province of today included, before listing the lines', () => {
    const r = unlistedContactDetail(
      'Liên hệ Sở Y tế Bình Định qua số điện thoại nào?',
      null,
      sources,
      'Liên hệ Sở Y tế Gia Lai qua số điện thoại nào?',
    );
    expect(r?.text).toMatch(/^Số điện thoại của Sở Y tế Gia Lai không có trong các văn bản hiện có\./);
    expect(r?.text).toContain('111');
  });

  it('says an agency’s number is not in the documents, in the directory’s own spelling, then lists the lines', () => {
    const r = unlistedContactDetail('so dien thoai cua cong an tinh quang nam', 'quang-nam', sources);
    expect(r?.kind).toBe('abstain');
    expect(r?.text).toMatch(/^Số điện thoại của Công an tỉnh Quảng Nam không có trong các văn bản hiện có\./);
    expect(r?.text).toContain('1800 1581');
  });

  it('answers from the directory when it states the number asked', () => {
    expect(unlistedContactDetail('Số điện thoại của Tổng đài điện thoại của tỉnh Quảng Nam?', null, sources)).toBeUndefined();
    expect(unlistedContactDetail('số điện thoại công an là gì', null, sources)).toBeUndefined();
  });

  it('says a line’s cost and hours are not in the documents unless the directory states them', () => {
    const r = unlistedContactDetail('gọi tổng đài 111 có mất phí ko, có trực 24/24 ko?', null, sources);
    expect(r?.text).toMatch(/^Cước phí và giờ trực của tổng đài 111 không có trong các văn bản hiện có\./);
    const stated: ContactsDirectory = {
      ...directory,
      national: directory.national.map((n) => ({ ...n, hours: '24/7', free: true })),
    };
    expect(unlistedContactDetail('gọi tổng đài 111 có mất phí không?', null, { directory: stated })).toBeUndefined();
    // The line named by its number alone ("gọi 111 …") is the line asked about.
    expect(unlistedContactDetail('goi 111 co mien phi khong', null, sources)?.text).toMatch(/^Cước phí và giờ trực của tổng đài 111 /);
    // A line named without asking its cost or hours is the directory's usual answer.
    expect(unlistedContactDetail('tổng đài 111 để làm gì', null, sources)).toBeUndefined();
    // Asked of whichever number answers ("có số nào trực 24/24"), the hours of every line are missing.
    expect(unlistedContactDetail('Có số nào trực 24/24 để báo buôn người không?', null, sources)?.text).toMatch(
      /^Cước phí và giờ trực của các số này không có trong các văn bản hiện có\./,
    );
  });
});

describe('a body the update file names as running a line', () => {
  const deps: AskDeps = {
    answer: async () => ({ kind: 'abstain', text: 'không có', citations: [] }),
    contacts: () => directory,
    updates: () => ({
      ...NO_UPDATES,
      hotlines: [
        {
          number: '111',
          fact: 'Tổng đài 111 tiếp nhận tố giác; Bộ Mẫu Vận hành điều hành tổng đài này.',
          confidence: 'high',
          sources: ['Nguồn'],
        },
      ],
    }),
  };

  it('answers with that line, then the directory, instead of saying the body has no number', async () => {
    const r = await askQuestion('Số đường dây nóng của Bộ Mẫu Vận hành là gì?', {}, deps);
    expect(r.kind).toBe('answer');
    expect(r.text).toMatch(/^Theo thông tin cập nhật/);
    expect(r.text).toContain('Bộ Mẫu Vận hành điều hành');
    expect(r.text).toContain('113');
  });

  it('leaves a body the file does not name to the notice that its number is not in the documents', async () => {
    const r = await askQuestion('Số điện thoại của Sở Mẫu Khác là gì?', {}, deps);
    expect(r.text).toMatch(/^Số điện thoại của Sở Mẫu Khác không có trong các văn bản hiện có\./);
  });
});
