import { describe, expect, it } from 'vitest';
import { neighbourTopicIn } from '../../handlers/ask/neighbour-topics.js';
import { askQuestion } from '../../handlers/ask/pipeline.js';
import { answer } from '../../handlers/answer.js';
import { loadContacts } from '../../knowledge/contacts.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import type { Corpus } from '../../knowledge/types.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const directory = loadContacts();

/** The bundled corpus plus one section under the given heading, as a deployer adding a document would get. */
function withHeading(heading: string): Corpus {
  const [first] = corpus.sections;
  return { ...corpus, sections: [...corpus.sections, { ...first, path: [...first.path.slice(0, 1), heading] }] };
}

describe('neighbouring legal topics the documents do not cover', () => {
  it('switches the topics on for the bundled documents, which have no heading on any of them', () => {
    // Folded "đặt", "đạt" are "đất" too: a deposit or a target is no land.
    expect(neighbourTopicIn('Đặt cọc bao nhiêu thì bị chiếm đoạt tiền?', corpus, true)).toBeUndefined();
    for (const [q, what] of [
      ['Thủ tục ly hôn ở xã cần giấy tờ gì?', 'hộ tịch'],
      ['Cấp lại căn cước mất bao lâu?', 'tùy thân'],
      ['Tranh chấp đất đai thì nộp đơn ở đâu?', 'đất đai'],
      ['Nộp thuế thu nhập cá nhân ở đâu?', 'thuế'],
      ['Đóng bảo hiểm xã hội tự nguyện thế nào?', 'bảo hiểm xã hội'],
      ['Thi bằng lái xe máy ở đâu?', 'lái xe'],
      ['Xin giấy xác nhận hộ cận nghèo ở đâu?', 'an sinh'],
      ['Người khuyết tật được trợ cấp bao nhiêu?', 'an sinh'],
      ['Kết hôn với người Đài Loan thì chuẩn bị giấy tờ gì?', 'hộ tịch'],
      ['Công ty đưa người đi làm việc ở nước ngoài phải xin giấy phép ở đâu?', 'nước ngoài theo hợp đồng'],
      ['Đất vườn nhà tôi bị hàng xóm lấn chiếm thì làm sao?', 'đất đai'],
      ['Muốn lấy lại đất đã cho người quen mượn thì làm gì?', 'đất đai'],
      ['Thị thực đi Singapore giá bao nhiêu?', 'tùy thân'],
      // A body's full name runs long before its holder is asked.
      ['Phó Giám đốc Trung tâm Công tác xã hội tỉnh Bình Định hiện nay là ai?', 'lãnh đạo'],
    ])
      expect(neighbourTopicIn(q, corpus, false), q).toContain(what);
  });

  it('switches a topic off when the corpus gains a heading on it', () => {
    const q = 'Hồ sơ đăng ký kết hôn với công dân Hàn Quốc gồm những gì?';
    expect(neighbourTopicIn(q, corpus, false)).toContain('hộ tịch');
    const extended = withHeading('Điều 18. Thủ tục đăng ký kết hôn có yếu tố nước ngoài');
    expect(neighbourTopicIn(q, extended, false)).toBeUndefined();
    // Only that topic: the others stay on.
    expect(neighbourTopicIn('Tranh chấp đất đai thì nộp đơn ở đâu?', extended, false)).toContain('đất đai');
    const penal = withHeading('Điều 150. Tội mua bán người — khung hình phạt');
    expect(neighbourTopicIn('Buôn người thì ngồi tù mấy năm?', penal, true)).toBeUndefined();
  });

  it('keeps out an identity card re-issued at home and the fees of any papers, even for a victim', () => {
    expect(neighbourTopicIn('Làm lại căn cước cho nạn nhân mới về thì làm ở đâu, mất mấy ngày?', corpus, true)).toContain('căn cước');
    expect(neighbourTopicIn('Nạn nhân về nước làm lại hộ chiếu thì lệ phí bao nhiêu?', corpus, true)).toContain('hộ chiếu');
    // Who helps a victim with them is legal aid, and travel papers abroad are the documents' own.
    expect(neighbourTopicIn('Ai giúp nạn nhân làm lại căn cước?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Nạn nhân ở nước ngoài cần làm lại hộ chiếu thì sao?', corpus, true)).toBeUndefined();
  });

  it("lets in the exit visa the documents say a foreign victim is issued, free of fees, but not a citizen's passport", () => {
    for (const q of [
      'Nạn nhân người nước ngoài được cấp thị thực xuất cảnh để trao trả thì có phải nộp lệ phí không?',
      'Người nước ngoài bị bán sang Việt Nam khi đưa về nước thì visa xuất cảnh mất phí bao nhiêu tiền?',
    ])
      expect(neighbourTopicIn(q, corpus, true), q).toBeUndefined();
    // Asked for its own sake, without the documents' subject, the same visa is no victim's.
    expect(neighbourTopicIn('Visa xuất cảnh cho người nước ngoài lệ phí bao nhiêu?', corpus, false)).toContain('thị thực');
    expect(neighbourTopicIn('Nạn nhân về nước làm lại hộ chiếu thì lệ phí bao nhiêu?', corpus, true)).toContain('hộ chiếu');
  });

  it('reads marriage asked as taking a husband or a wife abroad, and other office papers', () => {
    expect(neighbourTopicIn('Lấy chồng Hàn Quốc thì làm giấy tờ ở đâu?', corpus, false)).toContain('kết hôn');
    for (const q of ['Xin phiếu lý lịch tư pháp ở đâu?', 'Chứng thực bản sao giấy tờ mất phí bao nhiêu?', 'Thủ tục đăng ký xe máy mới?'])
      expect(neighbourTopicIn(q, corpus, false), q).toContain('thủ tục hành chính khác');
    // A person's name changed is a civil record; a facility renamed changes its licence, which the documents cover.
    expect(neighbourTopicIn('Con tôi muốn đổi tên thì làm ở đâu?', corpus, false)).toContain('hộ tịch');
    expect(neighbourTopicIn('cơ sở đổi tên thì mấy ngày phải gửi hồ sơ sửa giấy phép', corpus, false)).toBeUndefined();
    expect(neighbourTopicIn('trung tâm muốn đổi tên thì làm sao', corpus, false)).toBeUndefined();
    // The documents name a criminal record only among the police's data: using it against trafficking is theirs.
    expect(neighbourTopicIn('Thông tin lý lịch tư pháp được dùng thế nào trong phòng, chống mua bán người?', corpus, true)).toBeUndefined();
  });

  it('reads a sentence or a fine asked in chat words as the Criminal Code, which the documents do not hold', () => {
    for (const q of [
      'Kẻ lừa bán người qua biên giới lãnh án mấy năm?',
      'Chịu án tù bao lâu nếu môi giới bán trẻ em?',
      'Hình phạt cao nhất của tội mua bán người là gì?',
    ])
      expect(neighbourTopicIn(q, corpus, true), q).toContain('Bộ luật Hình sự');
    for (const q of ['Tội mua bán người bị phạt tiền tối đa bao nhiêu?', 'Mức phạt đối với người chứa chấp nạn nhân?'])
      expect(neighbourTopicIn(q, corpus, true), q).toContain('phạt tiền');
    // What the documents do say of consequences stays theirs: a facility's licence, a false victim, an official's cover-up.
    for (const q of [
      'Cơ sở hỗ trợ nạn nhân bị thu hồi giấy phép thành lập khi nào?',
      'Người giả mạo là nạn nhân bị xử lý thế nào?',
      'Cán bộ bao che cho kẻ mua bán người thì bị xử lý ra sao?',
      'Người môi giới bán người bị xử phạt hành chính như thế nào?',
    ])
      expect(neighbourTopicIn(q, corpus, true), q).toBeUndefined();
  });

  it('does not read the "ngồi tư vấn" of a counsellor as a prison term', () => {
    expect(neighbourTopicIn('Cán bộ ngồi tư vấn tâm lý cho nạn nhân được chi bao nhiêu một lần?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Kẻ buôn người phải ngồi tù bao lâu?', corpus, true)).toContain('hình phạt');
  });

  it('keeps a procedure asked about a victim in scope, but not the prison term of the crime', () => {
    expect(neighbourTopicIn('Nạn nhân bị mua bán cần làm lại hộ chiếu thì ai hỗ trợ?', corpus, true)).toBeUndefined();
    // The legal aid the documents give a victim covers help with any dispute.
    expect(neighbourTopicIn('Ai trợ giúp pháp lý cho nạn nhân đòi lại đất bị chiếm?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Kẻ mua bán người bị phạt tù bao lâu?', corpus, true)).toContain('hình phạt');
    expect(neighbourTopicIn('Đối tượng buôn người sẽ bị xử lý hình sự ra sao?', corpus, true)).toContain('hình phạt');
    // How a violation is handled in general is the documents' own article on it.
    expect(neighbourTopicIn('Người có hành vi mua bán người bị xử lý thế nào?', corpus, true)).toBeUndefined();
  });

  it('keeps out, even when the question names victims, what the documents never speak of for anyone', () => {
    for (const [q, what] of [
      ['Nạn nhân bị mua bán về nước muốn làm giấy khai sinh cho con thì làm ở đâu?', 'hộ tịch'],
      ['Nạn nhân bị bán làm vợ muốn ly hôn thì nộp đơn ở đâu?', 'hộ tịch'],
      ['Nạn nhân đi vắng mấy năm, về thì mảnh đất của nhà bị người khác chiếm, đòi thế nào?', 'đất đai'],
      ['Nạn nhân có được hưởng bảo hiểm thất nghiệp không?', 'bảo hiểm xã hội'],
      ['Kẻ mua bán người bị tạm giam tối đa bao lâu?', 'tố tụng hình sự'],
      ['Bị hại trong vụ mua bán người có được mời luật sư bào chữa không?', 'tố tụng hình sự'],
      ['Hệ số lương của cán bộ xã làm công tác hỗ trợ nạn nhân là bao nhiêu?', 'tiền lương'],
      ['Đi xuất khẩu lao động thì tiền đặt cọc bao nhiêu để khỏi bị lừa bán?', 'chi phí đi làm việc ở nước ngoài'],
      ['Đi làm ở Đài Loan theo hợp đồng cần điều kiện gì để tránh bị mua bán?', 'chi phí đi làm việc ở nước ngoài'],
      ['Nạn nhân có được hưởng trợ cấp thất nghiệp không?', 'bảo hiểm xã hội'],
      ['Cơ quan điều tra phải khởi tố vụ án mua bán người trong bao lâu?', 'tố tụng hình sự'],
      ['Người nước ngoài là nạn nhân muốn ở lại làm việc thì xin giấy phép lao động ở đâu?', 'giấy phép lao động'],
      ['Nạn nhân muốn đổi tên để khỏi bị nhận ra thì làm thế nào?', 'hộ tịch'],
      ['Ai là Giám đốc Sở Y tế phụ trách hỗ trợ nạn nhân?', 'chức vụ lãnh đạo'],
      ['Chủ tịch UBND xã hiện nay tên gì?', 'chức vụ lãnh đạo'],
    ])
      expect(neighbourTopicIn(q, corpus, true), q).toContain(what);
  });

  it('leaves to the documents what they do say: a closed trial, detention abroad, allowances for helpers', () => {
    for (const q of [
      // An office's powers are the documents' own.
      'Chủ tịch UBND cấp tỉnh có thẩm quyền gì trong bảo vệ nạn nhân?',
      // Victims get legal aid to register civil status and to take part in proceedings.
      'Nạn nhân có được trợ giúp làm thủ tục khai sinh cho con không?',
      'Ai giúp bị hại trong vụ mua bán người khi ra tòa?',
      'Nạn nhân có được đề nghị xét xử kín không?',
      'Nạn nhân đang ở trại tạm giữ bên nước ngoài chờ về thì ai lo chi phí?',
      'Người không hưởng lương tham gia bảo vệ nạn nhân được chi bao nhiêu?',
      'Nạn nhân bị lừa đi làm việc ở nước ngoài theo hợp đồng thì thủ tục hỗ trợ thế nào?',
    ])
      expect(neighbourTopicIn(q, corpus, true), q).toBeUndefined();
  });

  it("keeps out a victims' fund, pupils leaving school, the renewal of a certificate, adoption papers and labour-export deposits", () => {
    for (const [q, what, onSubject] of [
      ['Quỹ hỗ trợ nạn nhân bị mua bán của huyện hiện có bao nhiêu tiền?', 'quỹ hỗ trợ nạn nhân', true],
      ['quy phong chong mua ban nguoi trich lap the nao', 'quỹ hỗ trợ nạn nhân', true],
      ['Học sinh lớp 9 bỏ học đi làm thuê thì xã vận động thế nào?', 'học sinh bỏ học', false],
      ['Giấy xác nhận nạn nhân bị mua bán hết hạn thì xin gia hạn ở đâu?', 'giấy xác nhận nạn nhân', true],
      ['Giấy xác nhận nạn nhân bị mua bán của con tôi có thời hạn bao lâu?', 'giấy xác nhận nạn nhân', true],
      ['Thủ tục cho nhận con nuôi với người nước ngoài cần giấy tờ gì?', 'con nuôi', false],
      ['Đi lao động ở Hàn Quốc theo hợp đồng phải nộp tiền ký quỹ bao nhiêu?', 'chi phí đi làm việc ở nước ngoài', false],
      ['Hợp đồng đưa người lao động đi làm việc ở Nhật thu phí môi giới bao nhiêu?', 'chi phí đi làm việc ở nước ngoài', false],
      // Victims of violence at home are not the documents' victims.
      ['Nạn nhân bạo lực gia đình được ở nhà tạm lánh mấy ngày?', 'bạo lực gia đình', true],
    ] as const)
      expect(neighbourTopicIn(q, corpus, onSubject), q).toContain(what);
    for (const q of [
      // A child victim's schooling, a certificate's issuing time and the fund named by the documents stay theirs.
      'Trẻ em bị mua bán trở về đã bỏ học thì có được hỗ trợ học văn hóa không?',
      'Giấy xác nhận nạn nhân được cấp trong thời hạn bao lâu?',
      'Giấy xác nhận nạn nhân được cấp có thời hạn bao lâu kể từ khi nhận hồ sơ?',
      'Giấy xác nhận nạn nhân do xã cấp, chỗ ở tạm thời có thời hạn bao lâu?',
      'Quỹ Bảo hộ công dân và pháp nhân Việt Nam ở nước ngoài chi những gì cho nạn nhân?',
      'Chồng đánh vợ rồi bán vợ sang Trung Quốc thì nạn nhân được hỗ trợ gì?',
      // Sexual exploitation is the documents' subject, named or not as trafficking.
      'Chồng đánh đập vợ rồi ép đi làm gái ở quán karaoke thì báo cho ai?',
    ])
      expect(neighbourTopicIn(q, corpus, true), q).toBeUndefined();
  });

  it('keeps out violence and bullying among pupils and their discipline, unless trafficking is what happened', () => {
    for (const q of [
      'Cháu tôi học lớp 8 bị mấy bạn trong lớp bắt nạt, đánh hội đồng. Nhà trường phải xử lý thế nào?',
      'bao luc hoc duong thi bao cho ai',
      'Con tôi học lớp 8.\nBị mấy đứa đánh hội đồng thì báo ai?',
      'Cháu bị bạn bắt nạt ở trường thì báo ai?',
      'Nhà trường kỷ luật học sinh đánh bạn thế nào?',
    ])
      expect(neighbourTopicIn(q, corpus, false), q).toContain('bạo lực học đường');
    expect(neighbourTopicIn('Em học sinh bị bắt nạt rồi bị bán sang Trung Quốc thì được hỗ trợ gì?', corpus, true)).toBeUndefined();
    // Outside school, bullying or a beating is no school violence.
    for (const q of [
      'Người giúp việc bị chủ nhà bắt nạt, giữ giấy tờ tùy thân, không cho về quê thì báo cho cơ quan nào?',
      'Tôi bị nhóm người lạ đánh hội đồng rồi ép lên xe chở đi. Báo cho ai?',
      'Chủ nhà có giao thêm việc rồi bắt nạt người giúp việc, không trả lương thì người giúp việc báo ai?',
    ])
      expect(neighbourTopicIn(q, corpus, false), q).toBeUndefined();
    // Schools' own part in prevention is the documents'.
    expect(neighbourTopicIn('Nhà trường tham gia phòng ngừa mua bán người thế nào?', corpus, true)).toBeUndefined();
  });

  it('keeps out the criteria of titles a commune or a family is recognised with, not who is recognised as a victim', () => {
    expect(neighbourTopicIn('Thôn tôi muốn được công nhận là khu dân cư không có tội phạm thì cần tiêu chí gì?', corpus, true)).toContain(
      'tiêu chí công nhận',
    );
    expect(neighbourTopicIn('Tiêu chí để xã đạt chuẩn an toàn về phòng chống mua bán người là gì?', corpus, true)).toContain(
      'tiêu chí công nhận',
    );
    expect(neighbourTopicIn('Làm sao để được công nhận là nạn nhân bị mua bán?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Tiêu chí để được công nhận là nạn nhân bị mua bán là gì?', corpus, true)).toBeUndefined();
    // Folded, "cong nhan" is also a worker.
    expect(neighbourTopicIn('Cong nhan xa que bi lua ban thi bao ai?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Công nhân đơn vị tôi bị lừa sang Campuchia thì báo cơ quan nào?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Cá nhân có thành tích trong phòng chống mua bán người được khen thưởng không?', corpus, true)).toBeUndefined();
  });

  it("leaves a poor household's entitlements as a victim to the documents", () => {
    expect(neighbourTopicIn('Nạn nhân thuộc hộ nghèo được hỗ trợ tiền điện không?', corpus, true)).toBeUndefined();
    expect(neighbourTopicIn('Nạn nhân thuộc hộ nghèo trở về được trợ cấp gì?', corpus, false)).toBeUndefined();
  });

  it('reads the everyday ways of asking for a new identity card', () => {
    for (const q of ['Làm lại căn cước ở đâu?', 'lam moi the can cuoc mat bao lau', 'Mất CCCD thì phải làm gì?'])
      expect(neighbourTopicIn(q, corpus, false), q).toContain('tùy thân');
  });

  it('reads the everyday ways of asking about land papers', () => {
    for (const q of ['Làm sổ đỏ cho miếng đất mất bao lâu?', 'xin so do cho manh dat o dau', 'Sổ đỏ nhà tôi bị giữ thì làm sao?'])
      expect(neighbourTopicIn(q, corpus, false), q).toBe('đất đai');
  });

  it('does not read a cue inside other words: "bị từ chối", "tiền ăn từ ngày", "sơ đồ"', () => {
    for (const q of [
      'Nạn nhân bị từ chối hỗ trợ thì khiếu nại ở đâu?',
      'Tiền ăn từ ngày nào được tính?',
      'Sơ đồ quy trình tiếp nhận nạn nhân',
    ])
      expect(neighbourTopicIn(q, corpus, true)).toBeUndefined();
  });
});

describe('asked through the pipeline', async () => {
  const index = await openKnowledgeIndex({ corpus });
  const deps = {
    answer: (text: string, o: { province?: string | null }) => answer(text, { index, province: o.province ?? null, contacts: directory }),
    corpus: () => corpus,
    contacts: () => directory,
  };

  it.each([
    'Hồ sơ đăng ký kết hôn với công dân Hàn Quốc gồm những gì?',
    'Người tổ chức mua bán trẻ em có thể bị tuyên tử hình không?',
    'Vay mua nhà ở xã hội lãi suất bao nhiêu?',
    'Cấp đổi giấy phép lái xe cần giấy tờ gì?',
    'Hồ sơ xin nhận con nuôi gồm những gì?',
    'Đăng ký tạm trú cho người thuê trọ ở đâu?',
    // A province of the documents named beside the procedure does not make it theirs.
    'Đăng ký kết hôn với người nước ngoài ở tỉnh Quảng Nam cần những giấy tờ gì và nộp ở đâu?',
    'Đổi bằng lái xe ở Đồng Nai thì nộp hồ sơ ở đâu?',
  ])('says "%s" is not in the documents, with where to ask, and quotes nothing', async (q) => {
    const r = await askQuestion(q, { province: 'quang-nam' }, deps);
    expect(r.kind).toBe('abstain');
    expect(r.text).toContain('không có trong các văn bản hiện có');
    expect(r.text).toContain('1800 1581');
    expect(r.text).not.toContain('«');
  });

  it('says whom to tell of violence at home is not in the documents, then gives the lines; trafficking beside it keeps them', async () => {
    for (const q of ['Bạo lực gia đình thì gọi số nào để báo?', 'Hàng xóm bị chồng đánh đập vợ thì báo cho ai?']) {
      const r = await askQuestion(q, { province: 'quang-nam' }, deps);
      expect(r.kind, q).toBe('abstain');
      expect(r.text).toMatch(/^Thông tin về bạo lực gia đình không có trong các văn bản hiện có/);
      expect(r.text).toContain('111');
    }
    const r = await askQuestion('Chồng đánh vợ rồi bán vợ sang Trung Quốc thì báo cho ai?', { province: 'quang-nam' }, deps);
    expect(r.kind).not.toBe('abstain');
    expect(r.text).toContain('111');
  });

  it.each([
    'Kết hôn giả để đưa người ra nước ngoài bán thì cơ quan nào phải ngăn chặn?',
    'Cơ sở dịch vụ hỗ trợ kết hôn với người nước ngoài có trách nhiệm gì?',
    'Nạn nhân trở về được hỗ trợ vay vốn như thế nào?',
    'Cơ sở hỗ trợ cho, nhận con nuôi có yếu tố nước ngoài phải làm gì để phòng ngừa mua bán người?',
    'Nạn nhân người nước ngoài được cấp thị thực xuất cảnh để trao trả về nước thì có phải nộp lệ phí không?',
    'Sở Tư pháp Quảng Nam có nhiệm vụ gì trong công tác hỗ trợ nạn nhân bị mua bán?',
  ])('still answers "%s" from the documents', async (q) => {
    const r = await askQuestion(q, { province: null }, deps);
    expect(r.kind).toBe('answer');
    expect(r.citations.length).toBeGreaterThan(0);
  });
});
