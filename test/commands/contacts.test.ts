import { describe, expect, it } from 'vitest';
import {
  contactAnswer,
  contactDirectoryAnswer,
  isContactQuestion,
  mentionsAbroad,
  mentionsService,
  numberedLinesAnswer,
  providerQuestion,
  withoutDestinations,
} from '../../handlers/contacts-answer.js';
import { contactsCommand } from '../../handlers/commands/contacts.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';

const directory = loadContacts();
const sources = { directory, corpus: loadCorpus(BUNDLED_KNOWLEDGE_DIR) };
/** Every phone number written in a reply (digit groups of 3+ digits, optionally spaced). */
const phonesIn = (text: string) => [...text.matchAll(/(?<![\d/])\d{3,4}(?: \d{3,4})*(?![\d/])/g)].map((m) => m[0]);
const knownPhones = new Set([
  ...directory.national.map((n) => n.phone),
  ...Object.values(directory.provinces).flatMap((p) => p.contacts.flatMap((c) => (c.phone ? [c.phone] : []))),
]);

describe('isContactQuestion', () => {
  it.each([
    'Tôi phải gọi số nào nếu thấy người bị lừa bán?',
    'toi phai goi so nao neu thay nguoi bi lua ban',
    'Muốn báo tin thì liên hệ ai?',
    'lien he co quan nao de duoc giup',
    'Cho mình xin số điện thoại đường dây nóng',
    'so dien thoai duong day nong la gi',
    'sđt công an tỉnh',
    // Folded, "số" (a number) is also "sở" (a department) that must receive something.
    'Số đường dây nóng tiếp nhận tố giác mua bán người của Cần Thơ là số mấy?',
    'so duong day nong tiep nhan to giac cua dong nai la so may',
    'Nên trình báo ở đâu?',
    'Phải đến cơ quan nào để được hỗ trợ?',
    'Cho tôi xin điện thoại của Công an tỉnh',
    'Gọi điện thoại cho ai khi thấy người bị lừa bán?',
    'Tôi nhận được tin có người bị bán thì báo cho ai?',
    'Ở xã mình có người nghi bị bán sang Trung Quốc thì báo cho ai?',
    // What is reported may come between the verb and whom it goes to.
    'Thấy có người dụ trẻ con đi làm xa thì báo tin việc đó cho cơ quan nào?',
    'to giac duong day nay voi ai',
    'Ở đây báo tin có người bị bán ở đâu?',
    'Biên phòng có nhận tin không, liên hệ thế nào?',
    // Whether a place has a line, which of two lines to call, a line named with nothing asked of it.
    'Tỉnh mình có tổng đài riêng về mua bán người không?',
    'co so nong nao de bao tin khong',
    'Nên gọi 113 hay 111 khi thấy người bị đưa đi?',
    '113 hay 111, gọi số nào khi con bị bắt đi bán?',
    'Bình Định: hotline chống buôn người?',
    // A body named as the topic, then whom the asker contacts there.
    'Trung tâm Công tác xã hội thì liên hệ ai?',
    'Sở Tư pháp tỉnh thì liên hệ phòng nào?',
    'Trung tâm bảo trợ thì nạn nhân liên hệ ai?',
    // A report made by going to a body: a verb of going after the report, then the body asked.
    'Muốn tố cáo tên buôn người đó thì phải ra cơ quan nào?',
    'to giac bon lua ban phu nu thi len don vi nao',
    'Cần xin bảo vệ gấp thì gọi số nào?',
    // "báo về" (report to) folds like "bảo vệ" (protect): a report sent somewhere is no request for protection.
    'Nhờ báo về công an huyện giúp thì liên hệ ai?',
    'nho bao ve uy ban xa giup thi lien he ai',
    // "cái đường dây" is the line spoken of in chat, not a ring.
    'Cái đường dây nóng đó là số nào vậy?',
    'cai duong day do so may vay',
  ])('recognises %s', (q) => expect(isContactQuestion(q)).toBe(true));

  it.each([
    'Nạn nhân bị mua bán được hỗ trợ những gì?',
    'Tổng đài 111 tiếp nhận những thông tin gì?',
    'Thủ tục liên hệ trao trả nạn nhân giữa hai nước được quy định thế nào?',
    'Hành vi mua bán người bị xử lý ra sao?',
    'Mức hỗ trợ tiền ăn cho nạn nhân là bao nhiêu?',
    'Có được đề nghị bảo vệ bằng cách gọi điện thoại không, hay phải nộp đơn?',
    'Tin tố giác nhận qua điện thoại có phải lập biên bản không?',
    'Nạn nhân ở cơ sở hỗ trợ có được dùng điện thoại không?',
    // An agency that receives or must report is the subject: the procedure is asked, not whom to contact.
    'Năm 2026 xã nhận được trình báo của nạn nhân thì báo cho cơ quan nào?',
    'Cán bộ xã tiếp nhận người đến trình báo thì phải báo cho cơ quan nào?',
    'cong an tinh phai thong bao cho ai khi tiep nhan nan nhan',
    'Theo luật mới, Ủy ban nhân dân cấp xã tiếp nhận người trình báo thì phải thông báo cho cơ quan nào?',
    'Hiện nay, khi Ủy ban nhân dân cấp xã tiếp nhận người đến trình báo thì phải thông báo cho cơ quan nào?',
    // Since when a line works is not a request for it.
    'Tổng đài 111 nhận tố giác mua bán người từ khi nào?',
    // A ring of traffickers is no phone line, and "thế nào" asks how, not which line.
    'Luật xử lý thế nào với người tiếp tay cho đường dây mua bán người?',
    'Đường dây đưa phụ nữ sang biên giới thường hoạt động ra sao, nào là những thủ đoạn gì?',
    'Người bị bán trốn về được thì cơ quan nào lấy lời khai để triệt phá đường dây?',
    // What an agency must do when someone reports, asked mid-sentence: a procedure.
    'Người tự khai là nạn nhân đến trình báo thì Công an xã phải thông báo ngay cho cơ quan nào?',
    // What a line does, or whether it takes a kind of report, is asked of the line, not for it.
    'Tổng đài 111 có nhận tin báo về người lớn không?',
    'Hotline 111 hoạt động thế nào?',
    // "bảo vệ", "bảo trợ", "báo cáo" fold to the same first word as "báo".
    'Nạn nhân được bảo vệ an toàn ở đâu?',
    'Trung tâm bảo trợ xã hội đưa nạn nhân về đâu?',
    'Sở phải báo cáo kết quả hỗ trợ nạn nhân cho cơ quan nào?',
    // A case set out in the documents' terms before what must be passed on: the procedure for whoever receives it.
    'nan nhan nguoi nuoc ngoai chua duoc giai cuu thi bao ngay cho don vi nao',
    'Nhận được thông tin về nạn nhân bị giữ thì phải chuyển cho đơn vị nào?',
    'Nhận được tin về nạn nhân chưa được giải cứu, cơ quan tiếp nhận phải báo ngay cho đơn vị nào?',
    // A body opening the question reports to or contacts someone: what it must do is asked.
    'Sở Tài chính tổng hợp dự toán xong thì báo cho ai?',
    'Hội phụ nữ xã liên hệ với ai khi phát hiện phụ nữ có nguy cơ bị lừa bán?',
    'bien phong tinh gap nan nhan tu ve thi bao cho co quan nao',
    // Going to a body for a paper of one's own is no report.
    'Muốn xin cấp lại căn cước thì đến cơ quan nào?',
    // A report told a clause before, or being notified, is not the reason for going.
    'Tôi đã báo công an rồi, giờ làm giấy khai sinh cho con thì phải đến cơ quan nào?',
    'Được thông báo trúng tuyển thì phải đến cơ quan nào?',
    // A paper's number is no phone number.
    'Kế hoạch được phê duyệt theo tờ trình số mấy?',
    // How a request for protection is made and to whom is the decree's procedure, unless a number is asked.
    'Đề nghị bảo vệ cho cháu thì báo miệng qua điện thoại được không, hay gửi giấy cho cơ quan nào?',
  ])('leaves %s to the answerer', (q) => expect(isContactQuestion(q)).toBe(false));

  it('reads a foreign national as a nationality, not as a place abroad', () => {
    expect(mentionsAbroad('Nạn nhân là người nước ngoài đang bị giữ tại Việt Nam')).toBe(false);
    expect(mentionsAbroad('Chị tôi có quốc tịch nước ngoài, đang ở Đồng Nai')).toBe(false);
    expect(mentionsAbroad('Em tôi đang bị giữ ở nước ngoài')).toBe(true);
    expect(mentionsAbroad('Con tôi bị bán cho người nước ngoài ở bên kia')).toBe(true);
  });

  it('does not read the place a victim was taken to as the place whose contacts are asked', () => {
    expect(withoutDestinations('Ở xã mình có người bị bán sang Trung Quốc thì báo cho ai?')).not.toContain('Trung Quốc');
    expect(withoutDestinations('chi em bi lua ban qua campuchia thi bao cho ai')).not.toContain('campuchia');
    expect(withoutDestinations('Ở Lào Cai thì gọi số nào?')).toContain('Lào Cai');
  });
});

describe('service questions', () => {
  it('are restated the way the documents name a provider, with or without diacritics', () => {
    expect(providerQuestion('Nạn nhân cần học nghề thì liên hệ cơ quan nào?')).toBe('Nạn nhân cần học nghề thì cơ quan nào thực hiện?');
    expect(providerQuestion('nan nhan can tro giup phap ly thi tim den dau')).toBe(
      'nan nhan can tro giup phap ly thi cơ quan nào thực hiện',
    );
    expect(providerQuestion('Nạn nhân cần tư vấn tâm lý thì nhờ ai giúp?')).toBe(
      'Nạn nhân cần tư vấn tâm lý thì cơ quan nào thực hiện giúp?',
    );
    // Nothing to restate without the wording of a contact request.
    expect(providerQuestion('Nạn nhân được hỗ trợ học nghề như thế nào?')).toBeUndefined();
  });

  it('a quote speaks of a service whatever its punctuation, and not without one', () => {
    expect(mentionsService('hỗ trợ tư vấn, khám, chữa bệnh cho nạn nhân')).toBe(true);
    expect(mentionsService('Trung tâm trợ giúp pháp lý nhà nước thực hiện trợ giúp pháp lý')).toBe(true);
    expect(mentionsService('phối hợp để liên hệ với gia đình hoặc người thân trước khi đưa trở về')).toBe(false);
  });
});

describe('contactAnswer', () => {
  it('answers from the directory for the user province, with phones only where the directory has them', () => {
    const r = contactAnswer('Gọi số nào để báo tin?', 'quang-nam', sources)!;
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('113');
    expect(r.text).toContain('111');
    expect(r.text).toContain('1800 1581');
    expect(r.text).toContain('Công an tỉnh Quảng Nam');
    for (const p of phonesIn(r.text)) expect(knownPhones.has(p)).toBe(true);
    // Other provinces' agencies are not listed.
    expect(r.text).not.toContain('Bình Định:');
    expect(r.text).not.toContain('Sóc Trăng');
    // Every citation marker points at a real section of the source plan.
    const markers = new Set([...r.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
    expect([...markers].sort()).toEqual(r.citations.map((c) => c.n));
    expect(r.citations.some((c) => c.docId === 'plans/quang-nam-2024-ho-tro-nan-nhan.md' && /Công an tỉnh/.test(c.label))).toBe(true);
  });

  it('lists agencies without a known number without inventing one', () => {
    const r = contactAnswer('liên hệ ai ở Sóc Trăng', null, sources)!;
    expect(r.text).toContain('Trung tâm Bảo trợ xã hội tỉnh Sóc Trăng');
    expect(r.text).toContain('văn bản không nêu số điện thoại');
    expect(new Set(phonesIn(r.text))).toEqual(new Set(['111', '113']));
  });

  it('a province named in the question wins over the chosen one; without a province only national lines and a hint', () => {
    expect(contactAnswer('số điện thoại ở quang nam là gì', 'dong-nai', sources)!.text).toContain('1800 1581');
    const none = contactAnswer('gọi ai bây giờ?', null, sources)!;
    expect(none.text).toContain('/tinh');
    expect(none.text).not.toContain('Tại tỉnh');
  });

  it('cites nothing without a corpus and gives only the national lines without a directory', () => {
    expect(contactAnswer('Gọi số nào để báo tin?', 'quang-nam', { directory })!.citations).toEqual([]);
    const bare = contactDirectoryAnswer('quang-nam', { directory: null });
    expect(bare.text).toContain('113');
    expect(bare.text).not.toContain('Công an tỉnh Quảng Nam');
  });

  it('returns undefined for other questions', () => {
    expect(contactAnswer('Nạn nhân được hỗ trợ những gì?', 'quang-nam', sources)).toBeUndefined();
  });
});

describe('/lienhe', () => {
  it('prints the directory of the user province, or of a province given as argument', () => {
    expect(contactsCommand('', 'binh-dinh', sources).text).toContain('Công an tỉnh Bình Định');
    expect(contactsCommand('Đồng Nai', 'binh-dinh', sources).text).toContain('Hội Liên hiệp Phụ nữ tỉnh Đồng Nai');
    expect(contactsCommand('quang-nam', null, sources).text).toContain('1800 1581');
    const unknown = contactsCommand('Hà Giang', 'quang-nam', sources);
    expect(unknown.text).toMatch(/^Mình chưa có danh bạ của "Hà Giang"/);
    expect(unknown.text).toContain('113');
    expect(contactDirectoryAnswer('khong-co', sources).text).toContain('chưa có danh bạ');
  });
});

describe('numberedLinesAnswer', () => {
  it('gives what the documents say a line named by its number is for, with the document cited', () => {
    const r = numberedLinesAnswer('Đường dây nóng 1800 1581 nhận những tin gì?', sources);
    expect(r?.text).toContain('• 1800 1581: Tổng đài điện thoại của tỉnh Quảng Nam. Để người dân cung cấp thông tin, tố cáo');
    expect(r?.citations.map((c) => c.docId)).toEqual(['plans/quang-nam-2024-ho-tro-nan-nhan.md']);
    // Written without the space between groups, the number is the same line; a longer number is another.
    expect(numberedLinesAnswer('18001581 là số gì', sources)?.text).toContain('Tổng đài điện thoại của tỉnh Quảng Nam');
    expect(numberedLinesAnswer('Số 1113 là số gì?', sources)).toBeUndefined();
    expect(numberedLinesAnswer('Tổng đài này nhận tin gì?', sources)).toBeUndefined();
  });
});
