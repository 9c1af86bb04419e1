// A long sentence is quoted by its part that answers, cut with "…": the cut keeps who acts (the body a sentence
// opens with, often the answer itself), a broad question gets the rule rather than one of its cases, and a quote
// does not stop before the verb of its clause.
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../handlers/answer.js';
import { queryProfile } from '../../handlers/answer/sentences.js';
import { answerTypes } from '../../retrieval/question-type.js';

const quote = (sentence: string, q: string, max = 240) => excerptOf(sentence, queryProfile(q), answerTypes(q), max);

const COMPETENCE =
  'Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (sau đây gọi tắt là Ủy ban nhân dân cấp tỉnh), nơi cơ sở hỗ trợ nạn nhân dự kiến đặt trụ sở có thẩm quyền cấp, cấp lại, sửa đổi, bổ sung, gia hạn Giấy phép thành lập cơ sở hỗ trợ nạn nhân (sau đây gọi tắt là Giấy phép thành lập).';
const CENTRE =
  'Sở Lao động - Thương binh và Xã hội chỉ đạo Trung tâm Bảo trợ xã hội tỉnh tiếp nhận nạn nhân bị mua bán, bố trí chỗ ăn, ở phù hợp với giới tính, lứa tuổi; hỗ trợ nhu cầu thiết yếu, chăm sóc y tế, tư vấn tâm lý, trợ giúp pháp lý, tư vấn học nghề, việc làm..., cho nạn nhân trong thời gian lưu trú tại Trung tâm Bảo trợ xã hội tỉnh; phối hợp với Công an các cấp, Ủy ban nhân dân cấp xã nơi nạn nhân cư trú để liên hệ với gia đình hoặc người thân trước khi đưa trở về nơi cư trú; trường hợp trẻ em mồ côi, trẻ em không nơi nương tựa thì làm thủ tục hưởng chế độ bảo trợ xã hội theo quy định; tổ chức các hoạt động, dịch vụ hỗ trợ nạn nhân hòa nhập cộng đồng.';
const NOTE =
  'đ) Trong thời hạn không quá 03 (ba) ngày kể từ khi nhận được văn bản của Cục Quản lý xuất nhập cảnh, Cục Lãnh sự có trách nhiệm gửi công hàm (kèm theo hồ sơ nạn nhân và 02 (hai) ảnh) cho cơ quan đại diện ngoại giao của nước nạn nhân khai có quốc tịch (hoặc thường trú) để yêu cầu việc bảo hộ, xác minh, nhận trở về nạn nhân.';
const DECLARED =
  'Uỷ ban nhân dân hoặc Công an cấp xã khi tiếp nhận nạn nhân, người đại diện hợp pháp của nạn nhân khai báo về việc bị mua bán, có trách nhiệm hướng dẫn người đó kê khai vào Tờ khai dùng cho nạn nhân bị mua bán trong nước (mẫu Tờ khai dùng cho nạn nhân bị mua bán trong nước tại Phụ lục 2 ban hành kèm theo Thông tư liên tịch này), trường hợp người khai báo là trẻ em hoặc người không có khả năng tự kê khai thì cán bộ tiếp nhận ghi lại theo lời khai của người đó; thực hiện việc hỗ trợ nhu cầu thiết yếu cho người khai là nạn nhân trong trường hợp cần thiết; thông báo cho Phòng Lao động - Thương binh và Xã hội cấp huyện để thực hiện các thủ tục quy định tại khoản 2 Điều này.';

describe('excerptOf keeps who acts', () => {
  it('quotes a sentence whole, its naming asides marked left out, when that is what makes it fit', () => {
    const q = quote(COMPETENCE, 'mở cơ sở hỗ trợ nạn nhân thì xin giấy phép ở đâu');
    expect(q.startsWith('Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương (…), nơi cơ sở')).toBe(true);
    expect(q.endsWith('Giấy phép thành lập cơ sở hỗ trợ nạn nhân (…).')).toBe(true);
  });

  it('puts the body the sentence opens with before a part quoted from later in it when who acts is asked', () => {
    const q = quote(CENTRE, 'ai liên hệ với gia đình trước khi đưa nạn nhân về nơi cư trú', 450);
    expect(q.startsWith('Sở Lao động - Thương binh và Xã hội chỉ đạo Trung tâm Bảo trợ xã hội tỉnh tiếp nhận nạn nhân bị mua bán')).toBe(
      true,
    );
    expect(q).toContain('liên hệ với gia đình hoặc người thân');
  });

  it('does not cut what answers to put the body first when who acts is not asked', () => {
    const q = quote(CENTRE, 'trước khi đưa nạn nhân về nơi cư trú thì liên hệ với gia đình thế nào', 450);
    expect(q).toContain('liên hệ với gia đình hoặc người thân trước khi đưa trở về nơi cư trú');
  });

  it('runs a quote of a time limit on into the body bound by it', () => {
    expect(quote(NOTE, 'nhận văn bản của cục quản lý xuất nhập cảnh rồi thì trong mấy ngày phải xử lý')).toContain(
      'Cục Lãnh sự có trách nhiệm gửi công hàm',
    );
  });
});

describe('excerptOf of a rule with its cases', () => {
  it('quotes the rule, on to its verb, for a question naming no case', () => {
    const q = quote(DECLARED, 'người tự đến trình báo mình bị buôn bán thì được tiếp nhận thế nào');
    expect(q.startsWith('Uỷ ban nhân dân hoặc Công an cấp xã khi tiếp nhận nạn nhân')).toBe(true);
    expect(q).toContain('có trách nhiệm hướng dẫn người đó kê khai');
  });

  it('still quotes the case a question names', () => {
    expect(quote(DECLARED, 'cháu bé trình báo bị bán nhưng không tự kê khai được thì sao')).toContain(
      'cán bộ tiếp nhận ghi lại theo lời khai của người đó',
    );
  });
});
