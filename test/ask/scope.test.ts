import { describe, expect, it } from 'vitest';
import {
  asksAboutRelativeInPassage,
  asksLocalBody,
  asksOnlyHowMuch,
  asksPrice,
  asksUnnamedThing,
  asksInDocumentsWords,
  foreignWords,
  mentionsSubject,
  namesSubject,
  namesPaidFor,
  namesPlan,
  paidForIn,
  papersOfAsked,
  statesAmount,
  subjectTerms,
  unknownDocumentIn,
  unknownPlaceIn,
} from '../../handlers/ask/scope.js';
import { isContactQuestion } from '../../handlers/contacts-answer.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { readUpdatesOf } from '../../knowledge/updates.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { askQuestion } from '../../handlers/ask/pipeline.js';
import { answer } from '../../handlers/answer.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const directory = loadContacts();

describe('scope signals from the corpus', () => {
  it('derives subject terms shared by the plans and the national texts, not words about the form of a text', () => {
    const terms = subjectTerms(corpus);
    expect(terms).toEqual(expect.arrayContaining(['nan nhan', 'mua ban']));
    expect(terms).not.toContain('tiep nhan');
    expect(terms).not.toContain('ke hoach');
    expect(terms).not.toContain('nghi dinh');
  });

  it('finds a document named by a number the corpus does not hold, or a kind of text it never mentions', () => {
    expect(unknownDocumentIn('Thông tư 84/2019/TT-BTC quy định mức chi tiền ăn bao nhiêu?', corpus)).toBe('Thông tư 84/2019');
    expect(unknownDocumentIn('Hiệp định với Lào về hồi hương nạn nhân có hiệu lực khi nào?', corpus)).toBe('Hiệp định');
    expect(unknownDocumentIn('NĐ 09/2013 quy định hỗ trợ y tế thế nào?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Luật phòng chống mua bán người quy định nạn nhân có quyền gì?', corpus)).toBeUndefined();
  });

  it('reads a pair of years after a plan or a project as its period, not as a number the corpus lacks', () => {
    expect(unknownDocumentIn('KH 2021/2025 của Bình Định giao Sở LĐTBXH làm gì?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Đề án 2016/2020 của Đồng Nai có mục tiêu gì?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('QĐ 12/2020 của tỉnh quy định gì?', corpus)).toBe('QĐ 12/2020');
    expect(unknownDocumentIn('Quy chế 15/2019 về phối hợp quy định gì?', corpus)).toBe('Quy chế 15/2019');
  });

  it('finds a law named by a title no document of the corpus has', () => {
    expect(unknownDocumentIn('Theo Luật Trẻ em thì trẻ bị xâm hại được hỗ trợ gì?', corpus)).toBe('Luật Trẻ em');
    expect(unknownDocumentIn('Bộ luật Lao động quy định nghỉ phép mấy ngày?', corpus)).toBe('Bộ luật Lao động');
    expect(unknownDocumentIn('Luật Hôn nhân và gia đình cấm những gì?', corpus)).toBe('Luật Hôn nhân và gia đình');
    expect(unknownDocumentIn('Luật Phòng, chống mua bán người có hiệu lực khi nào?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Theo Luật này nạn nhân có quyền gì?', corpus)).toBeUndefined();
  });

  it('finds a text named by its number and year of issue apart, not a plan named by its kind and year', () => {
    expect(unknownDocumentIn('Quyết định số 731/QĐ-UBND năm 2019 của UBND tỉnh Sóc Trăng giao xã làm gì?', corpus)).toBe(
      'Quyết định số 731/QĐ-UBND năm 2019',
    );
    expect(unknownDocumentIn('Theo kế hoạch số 64 ngày 3/5/2022 của tỉnh thì ai tiếp nhận?', corpus)).toBe('kế hoạch số 64 ngày 3/5/2022');
    expect(unknownDocumentIn('Theo quyết định của tỉnh Bình Định năm 2021, ai chủ trì hỗ trợ nạn nhân?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Kế hoạch năm 2024 của Quảng Nam giao Sở Y tế làm gì?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Chỉ thị 12 năm 2022 của tỉnh nói gì về mua bán người?', corpus)).toBe('Chỉ thị 12 năm 2022');
    // A span of years or a period is no number of a text.
    expect(unknownDocumentIn('Kế hoạch 5 năm 2021-2025 của tỉnh Bình Định có những nhiệm vụ gì?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Em ký HĐ 2 năm 2023 đi làm ở Nhật có sao không?', corpus)).toBeUndefined();
    // A text the documents cite by number and date is theirs to name (the cited-text reply says what they hold of it).
    expect(unknownDocumentIn('Kế hoạch số 4215/KH-UBND ngày 09/7/2021 có những nội dung gì?', corpus)).toBeUndefined();
  });

  it("knows a text by its kind as well as its number: another kind's text of the same number and year is not held", () => {
    expect(unknownDocumentIn('Theo Quyết định số 53/QĐ-UBND năm 2024 thì nạn nhân được hỗ trợ gì?', corpus)).toBe(
      'Quyết định số 53/QĐ-UBND năm 2024',
    );
    expect(unknownDocumentIn('QĐ 53/2024 quy định gì về hỗ trợ nạn nhân?', corpus)).toBe('QĐ 53/2024');
    expect(unknownDocumentIn('Nghị định 66/2011 quy định gì?', corpus)).toBe('Nghị định 66/2011');
    expect(unknownDocumentIn('Luật số 53/2024/QH15 quy định ai là nạn nhân?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Thông tư 01/2014 hướng dẫn tiếp nhận thế nào?', corpus)).toBeUndefined();
    // "Hướng dẫn" is what people call any guiding text.
    expect(unknownDocumentIn('Hướng dẫn số 01/2014 về tiếp nhận nạn nhân quy định gì?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Bộ luật 53/2024 nói gì?', corpus)).toBe('Bộ luật 53/2024');
  });

  it("reads a law's whole name, so another law sharing its first words is not taken for the corpus' law", () => {
    expect(unknownDocumentIn('Luật Phòng, chống bạo lực gia đình có những biện pháp gì?', corpus)).toBe(
      'Luật Phòng, chống bạo lực gia đình',
    );
    expect(unknownDocumentIn('Luật Phòng chống ma túy quy định gì?', corpus)).toBe('Luật Phòng chống ma túy');
    expect(unknownDocumentIn('Luật Phòng, chống mua bán người sửa đổi quy định gì về nạn nhân?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Luật Phòng, chống mua bán người hiện hành quy định gì?', corpus)).toBeUndefined();
    expect(unknownDocumentIn('Luật Phòng, chống quy định gì?', corpus)).toBeUndefined();
  });

  it('reads a one-syllable name after a written place word, and two syllables when the second is no chat word', () => {
    const anywhere = { anywhere: true };
    expect(unknownPlaceIn('Đường dây nóng của thành phố Huế mới là số nào?', corpus, directory, anywhere)).toBe('Huế');
    expect(unknownPlaceIn('Ở thành phố Vinh thì gọi số nào?', corpus, directory, anywhere)).toBe('Vinh');
    expect(unknownPlaceIn('Đường dây nóng tỉnh Quảng nam là số nào?', corpus, directory, anywhere)).toBeUndefined();
    expect(unknownPlaceIn('Tổng đài này là của tỉnh nào?', corpus, directory, anywhere)).toBeUndefined();
    // After a body's place word comes what the body does, typed in lowercase chat.
    expect(unknownPlaceIn('bên sở tư pháp tỉnh lo phần nào', corpus, directory, anywhere)).toBeUndefined();
    expect(unknownPlaceIn('đoàn thanh niên tỉnh lo mảng gì', corpus, directory, anywhere)).toBeUndefined();
  });

  it('finds a province of the country named without a place word when a body there is asked for', () => {
    const byName = { byName: true };
    expect(unknownPlaceIn('ở hà tĩnh có trung tâm nào giúp nạn nhân', corpus, directory, byName)).toBe('Hà Tĩnh');
    expect(unknownPlaceIn('Ở Khánh Hoà có cơ sở nào tiếp nhận nạn nhân?', corpus, directory, byName)).toBe('Khánh Hòa');
    expect(unknownPlaceIn('o nghe an co trung tam nao', corpus, directory, byName)).toBe('Nghệ An');
    // Words that fold to a name but are written otherwise, a name the documents write, and the documents' own provinces.
    for (const q of [
      'Báo cáo hằng năm định kỳ gửi cơ quan nào?',
      'Diễn biến tình hình ở xã có cơ sở nào theo dõi?',
      'Đoàn Thanh niên Cộng sản Hồ Chí Minh có trung tâm nào hỗ trợ?',
      'Ở Bình Định có trung tâm nào hỗ trợ nạn nhân?',
      'nam dinh ky bao cao co quan nao',
    ])
      expect(unknownPlaceIn(q, corpus, directory, byName), q).toBeUndefined();
    // Without a body asked for, national law answers wherever the asker is.
    expect(unknownPlaceIn('Ở Hà Tĩnh nạn nhân được hỗ trợ những gì?', corpus, directory)).toBeUndefined();
    expect(asksLocalBody('ở hà tĩnh có trung tâm nào nhận nạn nhân')).toBe(true);
    expect(asksLocalBody('Hà Nội có bao nhiêu cơ sở hỗ trợ nạn nhân?')).toBe(true);
    expect(asksLocalBody('Nạn nhân được hỗ trợ những gì?')).toBe(false);
  });

  it('finds a province the documents and the directory do not know, capitalised or typed in lowercase', () => {
    expect(unknownPlaceIn('Đường dây nóng của tỉnh Hà Giang là gì?', corpus, directory)).toBe('Hà Giang');
    expect(unknownPlaceIn('cho xin so cua tinh lao cai', corpus, directory)).toBe('lao cai');
    expect(unknownPlaceIn('Đường dây nóng tỉnh Thanh Hóa', corpus, directory)).toBe('Thanh Hóa');
    expect(unknownPlaceIn('Số điện thoại ở tỉnh Quảng Nam', corpus, directory)).toBeUndefined();
    expect(unknownPlaceIn('UBND các tỉnh thành có trách nhiệm gì?', corpus, directory)).toBeUndefined();
    expect(unknownPlaceIn('UBND các tỉnh, thành phố phải làm gì?', corpus, directory)).toBeUndefined();
    expect(unknownPlaceIn('đường dây nóng của tỉnh mình là gì', corpus, directory)).toBeUndefined();
    // "tình huống", "tính đưa" are not the place word "tỉnh"; typed without marks, "tinh" after a subject is the verb.
    for (const q of ['Trong tình huống khẩn cấp thì báo cho ai?', 'quang nam tinh dua vu an ra xu the nao', 'Tôi tính đưa con đi làm'])
      expect(unknownPlaceIn(q, corpus, directory), q).toBeUndefined();
    expect(unknownPlaceIn('nan nhan o tinh ha giang duoc ho tro gi', corpus, directory)).toBe('ha giang');
    expect(unknownPlaceIn('tinh ha giang co duong day nong khong', corpus, directory)).toBe('ha giang');
    // Typed in lowercase, two words whose second begins a pair the documents write are no name: "tỉnh đạt chỉ tiêu".
    expect(unknownPlaceIn('ke hoach cua tinh dat chi tieu gi', corpus, directory)).toBeUndefined();
    // Typed in lowercase, the two words after "tỉnh" name a province only when a province's name begins with them.
    for (const q of ['kế hoạch của tỉnh lấy tiền ở đâu mà làm', 'tinh chi tien cho viec nay the nao'])
      expect(unknownPlaceIn(q, corpus, directory), q).toBeUndefined();
    expect(unknownPlaceIn('kế hoạch của tỉnh lào cai có gì', corpus, directory)).toBe('lào cai');
    // …and after "thành phố", two words of an everyday wording the thesaurus knows are no city's name.
    expect(unknownPlaceIn('kế hoạch của thành phố lấy tiền ở đâu', corpus, directory)).toBeUndefined();
    expect(unknownPlaceIn('thành phố hạ long có trung tâm nào hỗ trợ nạn nhân', corpus, directory)).toBe('hạ long');
    // Chat words after a place word ("nhập tỉnh xong giờ…") are not a name, typed with or without diacritics.
    for (const q of ['binh dinh nhap tinh xong gio goi la gi', 'nhập tỉnh xong giờ gọi là gì', 'tinh moi roi thi ho tro the nao'])
      expect(unknownPlaceIn(q, corpus, directory), q).toBeUndefined();
  });

  it('with `anywhere` (a question asking for a line) finds a place name in title case with no place word before it', () => {
    const anywhere = { anywhere: true };
    expect(unknownPlaceIn('Ở Hà Giang thì báo tin cho ai?', corpus, directory, anywhere)).toBe('Hà Giang');
    expect(unknownPlaceIn('Đường dây nóng chống buôn người Hà Giang', corpus, directory, anywhere)).toBe('Hà Giang');
    expect(unknownPlaceIn('Tỉnh Hà Giang có đường dây nóng không?', corpus, directory, anywhere)).toBe('Hà Giang');
    for (const q of [
      'Số điện thoại của Công an xã là gì?',
      'Tổng đài Quốc gia bảo vệ trẻ em số mấy?',
      'Nạn nhân ở TT Bảo trợ xã hội tỉnh gọi ai?',
      'Ở Quảng Nam thì gọi số nào?',
      'o quang nam thi goi ai',
      // A name does not run across punctuation: a known province, then an agency.
      'Sóc Trăng: Trung tâm Bảo trợ xã hội tỉnh báo cho ai?',
      'Đồng Nai: Sở Lao động phải báo cáo trước ngày nào?',
    ])
      expect(unknownPlaceIn(q, corpus, directory, anywhere), q).toBeUndefined();
    expect(unknownPlaceIn('Hà Giang: đường dây nóng số mấy?', corpus, directory, anywhere)).toBe('Hà Giang');
    // A line noun opening the sentence before a province known here is no name of its own.
    expect(unknownPlaceIn('Hotline Quảng Nam là gì?', corpus, directory, anywhere)).toBeUndefined();
    // Typed without marks or capitals, a province of the country is read after a word that introduces a place.
    expect(unknownPlaceIn('o ha giang thi goi ai', corpus, directory, anywhere)).toBe('Hà Giang');
    // A sentence opens in title case: "Tại", "Theo" start no name, the province after them is read.
    expect(unknownPlaceIn('Tại Hà Giang, người dân báo tin qua tổng đài nào?', corpus, directory, anywhere)).toBe('Hà Giang');
    for (const q of ['Tại Quảng Nam, người dân báo tin qua tổng đài nào?', 'Theo Kế hoạch của tỉnh Quảng Nam, báo cáo định kỳ thế nào?'])
      expect(unknownPlaceIn(q, corpus, directory, anywhere), q).toBeUndefined();
    expect(namesPlan('Kế hoạch của Nghệ An giao sở nào chủ trì?')).toBe(true);
    expect(namesPlan('ke hoach cua nghe an')).toBe(true);
    expect(namesPlan('Nạn nhân được hỗ trợ gì?')).toBe(false);
    // Without it, a place in a question is where something happens: national law still applies there.
    expect(unknownPlaceIn('Nạn nhân ở Hà Giang được hỗ trợ gì?', corpus, directory)).toBeUndefined();
  });

  it('reads a short question made only of the documents’ word pairs as asked of them', () => {
    expect(asksInDocumentsWords('những hành vi nào bị nghiêm cấm', corpus)).toBe(true);
    expect(asksInDocumentsWords('thời hạn xác minh là bao lâu?', corpus)).toBe(true);
    // One pair of theirs among others, a single pair, or nothing asked: not enough.
    expect(asksInDocumentsWords('giá vàng hôm nay bao nhiêu', corpus)).toBe(false);
    expect(asksInDocumentsWords('nghiêm cấm gì', corpus)).toBe(false);
    expect(asksInDocumentsWords('hành vi bị nghiêm cấm', corpus)).toBe(false);
  });

  it('tells questions about the subject from others', () => {
    expect(mentionsSubject('Người bị mua bán trở về được hỗ trợ gì?', corpus)).toBe(true);
    expect(mentionsSubject('Đồng Nai phải gửi báo cáo định kỳ khi nào?', corpus)).toBe(true);
    expect(mentionsSubject('Người bị buôn bán qua biên giới có được giúp không?', corpus)).toBe(true);
    expect(mentionsSubject('Giá xăng ở Đồng Nai hôm nay?', corpus)).toBe(false);
    expect(mentionsSubject('Thủ tục cấp giấy phép kinh doanh karaoke?', corpus)).toBe(false);
    // Escaping back home on one's own is how a victim comes back by herself, in people's words.
    expect(mentionsSubject('Mấy người tự trốn dìa qua đồn biên phòng thì được lo cho những gì?', corpus)).toBe(true);
    // "bi mat" is also how "bí mật" is typed: its expansion mentions victims, but it does not name the subject.
    expect(mentionsSubject('thu tuc cap lai the bi mat', corpus)).toBe(false);
    // Naming one of the national texts asks what it says, whatever the other words.
    expect(mentionsSubject('Theo luật năm 2011 thấy hàng xóm có dấu hiệu lạ thì phải báo cho ai?', corpus)).toBe(true);
    expect(mentionsSubject('Nghị định 62 nói gì về người thân thích?', corpus)).toBe(true);
    expect(mentionsSubject('Thấy hàng xóm có dấu hiệu lạ thì phải báo cho ai?', corpus)).toBe(false);
    // A province of the documents, asked about in their words, is on their subject; it does not name the subject.
    expect(namesSubject('Đồng Nai phải gửi báo cáo định kỳ khi nào?', corpus)).toBe(false);
    expect(namesSubject('Người bị mua bán trở về được hỗ trợ gì?', corpus)).toBe(true);
  });
});

describe('contact routing', () => {
  it.each([
    'Số hotline chống buôn người ở Bình Định là số mấy',
    'muốn được tư vấn thì liên hệ tổ chức nào',
    'gặp nạn nhân thì chuyển tới đâu để được tiếp nhận',
    'số đường dây nóng của tỉnh Sóc Trăng',
    // Chat wording: where the asker goes, whom they see.
    'nan nhan can cho o thi di dau',
    'muốn học nghề thì phải đến đâu',
    'cần người tư vấn tâm lý thì gặp ai',
  ])('routes %s to the directory', (q) => expect(isContactQuestion(q)).toBe(true));

  it.each([
    'Kế hoạch hỗ trợ nạn nhân ban hành kèm QĐ số mấy?',
    'Thông tư số nào hướng dẫn mức chi?',
    'Việc tiếp nhận nạn nhân bây giờ do sở nào phụ trách?',
    // Where a victim is taken, not where the asker goes.
    'Nạn nhân được giải cứu ở nước ngoài được đưa đi đâu?',
    // What a text requires, or what an agency must do once it receives someone, is a rule with a source.
    'Phát hiện người bị dụ đi làm ăn xa thì theo quy định phải báo cho cơ quan nào?',
    'luat bat nguoi dan phat hien mua ban nguoi phai bao cho ai',
    'Khi công an xã nhận được trình báo thì phải chuyển cho ai, trong mấy ngày?',
    'Trong trường hợp trạm biên phòng tiếp nhận nạn nhân thì phải thông báo cho cơ quan nào?',
    'Phát hiện trẻ em bị đưa qua biên giới thì đồn biên phòng phải báo ngay cho đơn vị nào?',
    // "bao lâu", "bao nhiêu" ask how long and how much, not whom to tell.
    'Nạn nhân xin hỗ trợ vay vốn thì nộp hồ sơ trong bao lâu và gửi tới đâu?',
    'mức hỗ trợ bao nhiêu và nộp đơn cho cơ quan nào?',
    // Which agency receives, after the setting of the question, is the documents' to say.
    'Ở Quảng Nam nạn nhân qua cửa khẩu trở về thì cơ quan nào tiếp nhận?',
    // An official speaking of someone their body received asks what the body must pass on.
    'Tôi là cán bộ xã, có người đến trình báo bị bán, tôi phải gọi báo cho cơ quan nào ở tỉnh?',
    // Giving a number is a duty a plan sets.
    'Cán bộ đầu mối có phải cung cấp số điện thoại liên hệ không?',
  ])('leaves %s to the answerer', (q) => expect(isContactQuestion(q)).toBe(false));
});

describe('questions outside the documents', () => {
  it('says a named document or province is not in the documents, with where to ask, and quotes nothing', async () => {
    const deps = {
      answer: async () => ({ kind: 'answer' as const, text: 'không được gọi', citations: [] }),
      corpus: () => corpus,
      contacts: () => directory,
    };
    for (const q of ['Thông tư 84/2019/TT-BTC quy định mức chi tiền ăn bao nhiêu?', 'Đường dây nóng của tỉnh Hà Giang là gì?']) {
      const r = await askQuestion(q, { province: 'quang-nam' }, deps);
      expect(r.kind).toBe('abstain');
      expect(r.text).toContain('không có trong các văn bản hiện có');
      expect(r.text).toContain('1800 1581');
      expect(r.text).not.toContain('«');
    }
  });

  it('says whose line or plan is not in the documents, but knows the provinces of today from the update file', async () => {
    const deps = {
      answer: async () => ({
        kind: 'answer' as const,
        text: 'Theo KH Quảng Nam 2024 [1]: «đoạn gần nhất của một tỉnh khác»',
        citations: [],
      }),
      corpus: () => corpus,
      contacts: () => directory,
      updates: () => readUpdatesOf(BUNDLED_KNOWLEDGE_DIR),
    };
    for (const q of [
      'Đường dây nóng chống buôn người Hà Giang',
      'Kế hoạch của Nghệ An giao sở nào chủ trì?',
      'Ở Hà Giang thì gọi số nào?',
    ]) {
      const r = await askQuestion(q, {}, deps);
      expect(r.kind, q).toBe('abstain');
      expect(r.text).not.toContain('«');
    }
    const merged = await askQuestion('Gia Lai (phần Bình Định cũ) có nạn nhân thì liên hệ cơ quan nào?', {}, deps);
    expect(merged.text).not.toContain('không có trong các văn bản hiện có');
  });

  it('reads a thing asked after its verb that the documents never name, and not spoken of by the passage, as outside them', () => {
    const insurance = 'Trường hợp đối tượng có thẻ bảo hiểm y tế còn thời hạn sử dụng thì được quỹ bảo hiểm y tế chi trả.';
    expect(asksUnnamedThing('Người bị bán trở về có được cấp thẻ thư viện không?', insurance, corpus)).toBe(true);
    expect(asksUnnamedThing('Nạn nhân muốn xin cấp đất sản xuất thì làm sao?', insurance, corpus)).toBe(true);
    // Typed without marks, syllables fold onto the documents' own.
    expect(asksUnnamedThing('nguoi bi ban tro ve co duoc dong bao hiem xa hoi khong', insurance, corpus)).toBe(false);
    // A thing the documents name, a name, a number asked for, a thing the passage speaks of, are no such thing.
    expect(asksUnnamedThing('Nạn nhân có được hỗ trợ học nghề không?', insurance, corpus)).toBe(false);
    expect(asksUnnamedThing('Luật 53/2024 được Quốc hội thông qua ngày nào?', insurance, corpus)).toBe(false);
    expect(asksUnnamedThing('Cho em xin số tổng đài để báo tin', insurance, corpus)).toBe(false);
    // A verb of knowing before the thing, or a verb before an object the documents write, names no new thing.
    for (const q of [
      'Cán bộ muốn biết thời hạn xác minh nạn nhân là bao lâu?',
      'Mình muốn tìm hiểu chế độ hỗ trợ nạn nhân bị mua bán',
      'Nạn nhân có được gặp luật sư không?',
      'Tôi muốn kiện kẻ buôn người thì làm sao?',
    ])
      expect(asksUnnamedThing(q, insurance, corpus), q).toBe(false);
    expect(asksUnnamedThing('Người bị bán trở về có được đóng bảo hiểm không?', 'Nạn nhân phải đóng phí bảo hiểm.', corpus)).toBe(false);
    // Nor one asked of what the passage is about beyond the subject: it answers whether the request is accepted.
    const request = 'Trường hợp khẩn cấp có thể đề nghị bảo vệ trực tiếp hoặc qua điện thoại.';
    expect(asksUnnamedThing('Yêu cầu bảo vệ bằng miệng có được chấp nhận không?', request, corpus)).toBe(false);
  });

  it('declines an unrelated administrative question instead of quoting the nearest passage', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const r = await answer('Thủ tục cấp giấy phép kinh doanh karaoke cần những giấy tờ gì?', { index, province: null });
    expect(r.kind).toBe('abstain');
    expect(r.text).toContain('không có trong các văn bản hiện có');
    const inScope = await answer('Nạn nhân ở cơ sở bảo trợ được hỗ trợ tiền ăn trong bao lâu?', { index, province: null });
    expect(inScope.kind).toBe('answer');
  });

  it('declines a thing the documents never name though the question names the subject, and still answers one they name', async () => {
    const index = await openKnowledgeIndex({ corpus });
    for (const q of ['Nạn nhân bị mua bán có được cấp thẻ thư viện không?', 'Nạn nhân bị mua bán có được khám phụ khoa miễn phí không?']) {
      const r = await answer(q, { index, province: null });
      expect(r.kind, q).toBe('abstain');
      expect(r.text).toContain('không có trong các văn bản hiện có');
    }
    const named = await answer('Bé bị mua bán mới được đưa về có được hỗ trợ học văn hóa không?', { index, province: null });
    expect(named.kind).toBe('answer');
  });

  it('answers one who escaped back across the border from the rule for people coming back, though it names no victim', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const r = await answer('Em gái tôi trốn từ bên kia biên giới về, ra đồn biên phòng trình báo xong thì được đưa đi đâu?', {
      index,
      province: null,
    });
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('tự trở về');
    // An escape that is not from abroad, or a question the rule for coming back does not hold, stays off the subject.
    for (const q of ['Trốn nghĩa vụ quân sự về quê thì bị xử lý thế nào?', 'Trốn từ Hàn Quốc về thì có bị phạt tiền không?'])
      expect((await answer(q, { index, province: null })).kind, q).toBe('abstain');
  });

  it('reads a rescue as the subject when the best passage is on victims, not a rescue from a disaster', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const r = await answer('Biên phòng cứu được người rồi thì có lo nơi ăn chốn ở cho người ta ít hôm không?', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('chỗ ở tạm thời');
    for (const q of [
      'Sau trận lũ, biên phòng cứu được người thì có lo chỗ ở tạm không?',
      'Bộ đội biên phòng cứu người bị đuối nước thì lo gì?',
      // Typed without marks a storm cannot be told apart; receiving a paper is no rescue.
      'bien phong cuu duoc nguoi sau bao lu thi lo gi cho ho',
      'Công an xã tiếp nhận đơn trình báo mất xe máy thì xử lý trong mấy ngày?',
    ])
      expect((await answer(q, { index, province: null })).kind, q).toBe('abstain');
  });

  it('declines what a body is asked off the subject about a thing the documents never name, however many words it shares', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const r = await answer('Bộ đội biên phòng được nghỉ Tết bao nhiêu ngày?', { index, province: null });
    expect(r.kind).toBe('abstain');
    expect(r.text).not.toContain('«');
    expect(foreignWords('Bộ đội biên phòng được nghỉ Tết bao nhiêu ngày?', corpus)).toEqual(['tết']);
    // Chat's time words, places and words typed without marks are no such thing.
    expect(foreignWords('Em tôi vừa được biên phòng đưa về Đà Nẵng', corpus)).toEqual([]);
    expect(foreignWords('bien phong duoc nghi tet may ngay', corpus)).toEqual([]);
    // Thanks and particles, syllables typed without marks beside marked ones, and names are no such thing either.
    expect(foreignWords('Bộ đội biên phòng làm gì khi tiếp nhận người tự trở về? Cảm ơn ạ', corpus)).toEqual([]);
    expect(foreignWords('bien phong lam gi khi tiep nhan nguoi tu nuoc ngoai tự tro ve', corpus)).toEqual([]);
    expect(foreignWords('Đồn biên phòng Tà Lùng tiếp nhận chị Thúy thì làm gì', corpus)).toEqual([]);
  });

  it('tells a question asking only how much money from one asking for a text, a duration or an agency too', () => {
    expect(asksOnlyHowMuch('Lệ phí làm hồ sơ ở xã là bao nhiêu?')).toBe(true);
    expect(asksOnlyHowMuch('tien an moi ngay duoc may tien')).toBe(true);
    expect(asksOnlyHowMuch('Mức chi đó lấy theo thông tư nào?')).toBe(false);
    expect(asksOnlyHowMuch('Tiền ăn được hỗ trợ bao nhiêu ngày?')).toBe(false);
    expect(asksOnlyHowMuch('Tiền ăn bao nhiêu một ngày và cơ quan nào chi?')).toBe(false);
  });

  it('reads a figure or the rule that sets an amount as stating one, a task as not', () => {
    expect(statesAmount('Mức chi 40.000 đồng/người/ngày.')).toBe(true);
    expect(statesAmount('Mức hỗ trợ theo chi phí đào tạo nghề tương ứng tại địa phương.')).toBe(true);
    expect(statesAmount('Hỗ trợ tiền tàu xe theo giá phương tiện công cộng phổ thông.')).toBe(true);
    // A fee waived is the amount of it.
    expect(statesAmount('Cấp thị thực xuất cảnh cho nạn nhân (được miễn thu lệ phí).')).toBe(true);
    expect(statesAmount('Công an tỉnh kiểm tra các tổ chức hoạt động môi giới, tổ chức đưa người lao động đi làm việc.')).toBe(false);
  });

  it('declines a how-much question whose nearest passages state no amount, and answers one they state', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const fee = await answer('Công ty môi giới đưa người lao động đi làm việc ở nước ngoài thu phí bao nhiêu tiền?', {
      index,
      province: null,
    });
    expect(fee.kind).toBe('abstain');
    expect(fee.text).not.toContain('«');
    const grant = await answer('Nạn nhân thuộc hộ nghèo về địa phương được trợ cấp khó khăn ban đầu bao nhiêu tiền?', {
      index,
      province: null,
    });
    expect(grant.kind).toBe('answer');
  });

  it('reads what a money question pays for and whether a passage names it', () => {
    // A home rented is the thing paid for: "thuê" alone would be met by a passage on hiring a car.
    expect(paidForIn('Nạn nhân được hỗ trợ tiền thuê nhà bao nhiêu?')).toEqual(['thue', 'nha']);
    expect(
      namesPaidFor('muc ho tro tien thue nha cho nan nhan la bao nhieu')('Hỗ trợ tiền thuê xe đưa nạn nhân về nơi cư trú: 200.000 đồng.'),
    ).toBe(false);
    expect(paidForIn('tiền nhà nước hỗ trợ là bao nhiêu')).toEqual([]);
    expect(paidForIn('chi phi phien dich cho nan nhan la bao nhieu')).toEqual(['phien', 'dich']);
    expect(paidForIn('Nạn nhân học nghề được hỗ trợ bao nhiêu tiền?')).toEqual([]);
    // Function words after the money word, told by their accents: "vậy" is no loan ("vay"), "để" no proposal ("đề").
    expect(paidForIn('Lập hồ sơ cho một nạn nhân thì được chi bao nhiêu tiền vậy?')).toEqual([]);
    expect(paidForIn('Hộ nghèo có người trở về được cho bao nhiêu tiền để đỡ khó khăn?')).toEqual([]);
    expect(paidForIn('tien vay von bao nhieu')).toEqual(['vay', 'von']);
    // When it is paid names no thing: "trợ cấp lúc đầu" is the first hardship allowance.
    expect(paidForIn('Người bị bán trở về mà nhà nghèo thì trợ cấp lúc đầu là bao nhiêu tiền?')).toEqual([]);
    const food = 'Tiền ăn: Hỗ trợ tiền ăn trong thời gian nạn nhân tạm trú tại cơ sở: Mức hỗ trợ tối thiểu 30.000 đồng/người/ngày.';
    expect(namesPaidFor('Tiền thuê phòng cho nạn nhân bao nhiêu một tháng?')(food)).toBe(false);
    expect(namesPaidFor('tien an cho nan nhan o co so bao nhieu')(food)).toBe(true);
    expect(namesPaidFor('Nạn nhân được bao nhiêu tiền?')(food)).toBe(true);
  });

  it('reads a contribution, a price, a pay, a fine or a reward asked as a question of how much, "đồng" and "gia đình" as none', () => {
    expect(asksOnlyHowMuch('Đóng BHYT cho cả nhà một năm hết bao nhiêu?')).toBe(true);
    expect(asksOnlyHowMuch('muc dong bhxh toi thieu moi thang la bao nhieu')).toBe(true);
    // Opening the question, a kind of money asks its amount without "bao nhiêu".
    expect(asksOnlyHowMuch('Mức lương của kế toán trung tâm bảo trợ')).toBe(true);
    expect(asksOnlyHowMuch('Cộng đồng dân cư có bao nhiêu tổ tự quản?')).toBe(false);
    expect(asksOnlyHowMuch('cong dong co bao nhieu to tu quan')).toBe(false);
    expect(asksOnlyHowMuch('Gia đình nạn nhân có vai trò gì?')).toBe(false);
    // Without "bao nhiêu", a bare first word is a name or a verb; sets of papers filed are counted, not paid.
    expect(asksOnlyHowMuch('Lương Văn Nam bị giữ ở bên kia biên giới, gia đình cần làm gì')).toBe(false);
    expect(asksOnlyHowMuch('Đóng cửa cơ sở hỗ trợ nạn nhân thì phải làm gì')).toBe(false);
    expect(asksOnlyHowMuch('Hồ sơ đề nghị cấp giấy phép phải nộp bao nhiêu bộ?')).toBe(false);
    expect(asksOnlyHowMuch('ho so xin ho tro phai nop may bo')).toBe(false);
  });

  it('takes a passage as stating the amount of a kind of money only when it names that kind beside an amount', () => {
    const healthRate =
      'Nạn nhân thuộc hộ nghèo được cơ sở hỗ trợ chi phí khám bệnh, chữa bệnh theo mức bằng mức quỹ bảo hiểm y tế chi trả cho các đối tượng tương ứng.';
    const unpaid =
      'Chi hỗ trợ người không hưởng lương từ ngân sách nhà nước tham gia bảo vệ nạn nhân. Mức chi tối đa 100.000 đồng/người/ngày.';
    const food = 'Tiền ăn: Hỗ trợ tiền ăn trong thời gian nạn nhân tạm trú tại cơ sở: Mức hỗ trợ tối thiểu 30.000 đồng/người/ngày.';
    // What someone pays in is not a rate of support sharing its words.
    expect(namesPaidFor('Đóng bảo hiểm y tế cho người nhà thì mức bao nhiêu?')(healthRate)).toBe(false);
    expect(namesPaidFor('Chữa bệnh cho nạn nhân nghèo được hỗ trợ bao nhiêu?')(healthRate)).toBe(true);
    // A pay is not the support of people who draw none; asked of those people, the support is.
    expect(namesPaidFor('Nhân viên trung tâm công tác xã hội lương mỗi tháng được bao nhiêu?')(unpaid)).toBe(false);
    expect(namesPaidFor('người không hưởng lương bảo vệ nạn nhân được bao nhiêu một ngày')(unpaid)).toBe(true);
    // A price is not the food allowance; "gia đình", the name of a fund, are no price, no support.
    expect(namesPaidFor('Giá một bữa cơm cho nạn nhân ở cơ sở là bao nhiêu?')(food)).toBe(false);
    expect(namesPaidFor('Gia đình nạn nhân ở cơ sở được hỗ trợ tiền ăn bao nhiêu?')(food)).toBe(true);
    expect(namesPaidFor('Mỗi hộ đóng góp vào quỹ hỗ trợ nạn nhân bao nhiêu tiền?')(food)).toBe(false);
    expect(namesPaidFor('Phạt tiền người chứa chấp kẻ buôn người bao nhiêu?')(unpaid)).toBe(false);
  });

  it('declines a contribution asked of the documents, whose nearest passages only share its words', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const r = await answer('Năm nay đóng bảo hiểm y tế theo hộ gia đình thì mỗi người phải đóng bao nhiêu?', { index, province: null });
    expect(r.kind).toBe('abstain');
    expect(r.text).not.toContain('«');
  });

  it("names an item made of two everyday phrases by the documents' terms of each, not by two readings of the same words", () => {
    const road = 'Tiền ăn trong những ngày đi đường: mức tối thiểu là 40.000 đồng/người/ngày, tối đa không quá 5 ngày.';
    expect(namesPaidFor('tiền cơm dọc đường cho nạn nhân về quê bn 1 ngày')(road)).toBe(true);
    expect(namesPaidFor('tiền thuê nhà dọc đường cho nạn nhân bao nhiêu')(road)).toBe(false);
    // "mua sách" and "sách vở" overlap: the school costs of a clause granting other amounts are not books bought.
    const school =
      'a) Nạn nhân được miễn, giảm học phí và hỗ trợ chi phí học tập theo quy định.\nb) Trợ cấp khó khăn ban đầu mức tối thiểu là 1.000.000 đồng/người.';
    expect(namesPaidFor('được cho bao nhiêu tiền mua sách vở đi học lại')(school)).toBe(false);
  });

  it('reads what a papers question is about and whether a passage gives papers for it', () => {
    const support =
      'Điều 23. Hỗ trợ học văn hóa, học nghề\na) Hồ sơ đề nghị hỗ trợ gồm: Đơn đề nghị hỗ trợ của nạn nhân có xác nhận của Ủy ban nhân dân cấp xã;';
    const loan = 'Điều 24. Hỗ trợ vay vốn\nNạn nhân có nhu cầu vay vốn được xem xét tạo điều kiện vay vốn từ Ngân hàng Chính sách xã hội.';
    const asked = papersOfAsked('Vay vốn ngân hàng thì hồ sơ vay gồm những giấy tờ gì?')!;
    // The support file names no loan; the loan article gives no papers.
    expect(asked(support)).toBe(false);
    expect(asked(loan)).toBe(false);
    expect(asked(`${loan} Hồ sơ vay vốn gồm: giấy đề nghị vay vốn.`)).toBe(true);
    // "xin", "đề nghị" only say how the thing is sought.
    expect(papersOfAsked('Hồ sơ đề nghị hỗ trợ học nghề gồm những gì?')!(support)).toBe(true);
    // What the papers are for, said before them.
    const purpose = papersOfAsked('Muốn được vay vốn thì làm hồ sơ gì?')!;
    expect(purpose(support)).toBe(false);
    expect(papersOfAsked('Nạn nhân muốn được hỗ trợ học nghề thì cần hồ sơ gì?')!(support)).toBe(true);
    // No thing named after the papers, or no papers asked: nothing to check.
    expect(papersOfAsked('Cần làm hồ sơ gì?')).toBeUndefined();
    expect(papersOfAsked('Nạn nhân được vay vốn ở đâu?')).toBeUndefined();
  });

  it('declines the papers of a thing no passage gives papers for, and answers those the documents give', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const loan = await answer('Vay vốn ở ngân hàng thì hồ sơ vay gồm những giấy tờ gì?', { index, province: null });
    expect(loan.kind).toBe('abstain');
    const support = await answer('Hồ sơ đề nghị hỗ trợ học nghề cho nạn nhân gồm những giấy tờ gì?', { index, province: null });
    expect(support.kind).toBe('answer');
    expect(support.text).toContain('Đơn đề nghị hỗ trợ');
  });

  it('declines how much is paid for a thing the passages stating amounts never name', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const power = await answer('Nạn nhân ở cơ sở được trả tiền điện thoại bao nhiêu một tháng?', { index, province: null });
    expect(power.kind).toBe('abstain');
    const drugs = await answer('Tiền thuốc cho nạn nhân ở cơ sở được bao nhiêu?', { index, province: null });
    expect(drugs.kind).toBe('answer');
  });

  it('reads the price of a thing as no sum the documents pay, unless someone is paid it', () => {
    expect(asksPrice('giá vé xe khách từ Cà Mau về Cần Thơ hôm nay bao nhiêu vậy')).toBe(true);
    expect(asksPrice('gia ve tau ra Ha Noi may tram')).toBe(true);
    expect(asksPrice('nạn nhân về quê được hỗ trợ giá vé xe bao nhiêu')).toBe(false);
    // "gia" of a family, of taking part, of an extension; "già" (old) typed with its marks.
    expect(asksPrice('gia đình nạn nhân có bao nhiêu người được hỗ trợ')).toBe(false);
    expect(asksPrice('xã tham gia bao nhiêu đợt tuyên truyền')).toBe(false);
    expect(asksPrice('người già bao nhiêu tuổi thì được ưu tiên')).toBe(false);
    expect(asksPrice('gia han may ngay')).toBe(false);
    expect(asksPrice('quốc gia nào có bao nhiêu nạn nhân')).toBe(false);
    expect(asksPrice('nguoi gia bao nhieu tuoi')).toBe(false);
  });

  it('declines the price of a thing off the documents’ subject, however close its words come to a support clause', async () => {
    const index = await openKnowledgeIndex({ corpus });
    const ticket = await answer('giá vé xe khách từ Sài Gòn về Bạc Liêu bao nhiêu vậy', { index, province: 'soc-trang' });
    expect(ticket.kind).toBe('abstain');
    const support = await answer('nạn nhân về quê thì được hỗ trợ tiền tàu xe bao nhiêu', { index, province: null });
    expect(support.kind).toBe('answer');
  });

  it("reads a question about the asker's relative as on the documents' matter when the passage says it in their terms", () => {
    const stay = 'Nạn nhân được bố trí chỗ ở trong thời gian lưu trú tại cơ sở bảo trợ xã hội.';
    expect(asksAboutRelativeInPassage('em gái tôi ở trung tâm thì được ở bao lâu', stay)).toBe(true);
    // No relative of the asker: "gia đình" names a kind of violence, not the family asking.
    expect(asksAboutRelativeInPassage('người bị bạo lực gia đình có được ở trung tâm không', stay)).toBe(false);
    // The relative alone is not support: the passage must hold the documents' words for what is asked.
    expect(asksAboutRelativeInPassage('con tôi muốn thi vào trường công an', stay)).toBe(false);
  });

  it("answers a family's question about a relative in a support centre, worded without the documents' subject terms", async () => {
    const index = await openKnowledgeIndex({ corpus });
    const r = await answer('chị tôi ở trung tâm bị ốm nặng phải đi viện, tiền viện ai trả', { index, province: null });
    expect(r.kind).toBe('answer');
    expect(r.citations.map((c) => c.docId)).toContain('regulations/nd-09-2013.md');
  });
});
