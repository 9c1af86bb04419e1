// Situation and follow-up cues on phrasings written for this test (with and without diacritics, chat
// abbreviations): who is writing and what the follow-up asks decide which advice comes first.
import { describe, expect, it } from 'vitest';
import { followUpTopics, situationOf, type FollowUpTopic, type Situation } from '../../handlers/conversation/situation.js';

const SITUATIONS: [string, Situation][] = [
  ['Bọn nó gọi cho mẹ tôi bắt chuyển 50 triệu thì mới thả anh tôi về', 'ransom'],
  ['co nguoi nhan tin doi tien chuoc con trai toi', 'ransom'],
  ['Họ nói nếu không có tiền thì sẽ bán chị ấy sang bên kia', 'ransom'],
  ['Chủ xưởng yêu cầu gia đình gửi tiền chuộc người về', 'ransom'],
  ['Cứu em với, em đang bị nhốt trong một căn phòng không ra được', 'self'],
  ['toi dang bi giu o mot cong ty ben campuchia, ho lay het giay to', 'self'],
  ['Mình không thể trốn ra ngoài, họ canh suốt ngày', 'self'],
  ['Con gái tôi đi làm xa từ tháng trước, giờ mất liên lạc hoàn toàn', 'missing'],
  ['thang be nha hang xom 3 ngay nay chua ve, goi khong lien lac duoc', 'missing'],
  ['Cháu tôi đi theo một người lạ rồi biệt tăm', 'missing'],
  ['Anh trai tôi bị giữ ở bên kia biên giới', 'relative'],
  ['Bạn tôi được hứa việc lương cao ở nước ngoài, tôi thấy rất đáng ngờ', 'relative'],
  ['Tôi thấy có một cô gái bị mấy người đàn ông đưa lên xe ở bến xe', 'relative'],
  ['có một đường dây tuyển người đi làm nhưng giữ hộ chiếu', 'unknown'],
  // Back and safe: where to report matters, not hiding a phone.
  ['Tôi bị bán sang bên kia biên giới, tháng trước đã trốn về được nhà', 'returned'],
  ['con gai toi bi lua ban, nay da duoc tha ve nha an toan', 'returned'],
  ['Em trai tôi đã về nước rồi, gia đình muốn trình báo', 'returned'],
  // Brought back by others: the family's advice is for someone safe at home, not how not to confront anyone.
  ['Cháu gái tôi bị bán sang bên kia, tuần rồi được đồn biên phòng trao trả về tận nhà', 'returned'],
  ['chi toi vua duoc cong an giai cuu ra, gia dinh muon hoi ve che do', 'returned'],
  ['Con tôi bị bán vào xưởng may, đã được giải cứu, về nhà được mấy hôm nay', 'returned'],
  // Taken somewhere is not brought back.
  ['Em gái tôi bị bọn chúng đưa về một căn nhà ở biên giới', 'relative'],
  // Back, but held or threatened now: still the person in danger.
  ['Em trốn về được nửa đường nhưng em đang bị nhốt lại', 'self'],
];

const FOLLOW_UPS: [string, FollowUpTopic[]][] = [
  ['Giờ tôi có nên gửi tiền cho họ không?', ['money']],
  ['ho bao chuyen khoan vao tai khoan nay, lam sao bay gio', ['money']],
  ['Em sợ lắm, họ dọa sẽ đánh em', ['safety']],
  ['nhà tôi có an toàn không, hình như có người theo dõi', ['safety']],
  ['Bao giờ thì có cán bộ trả lời ạ?', ['next']],
  ['tôi phải làm gì tiếp theo', ['next']],
  ['Nó đòi vợ tôi gửi thêm 20 triệu, cả nhà sợ quá', ['money', 'safety']],
  // "tiến triển" and "số" fold to the letters of "tiền" and "sợ" without being either.
  ['Vụ việc có tiến triển gì chưa?', []],
  ['Số điện thoại của cô ấy là 0912 000 000', []],
  ['Cô ấy mặc áo xanh, cao khoảng 1m55', []],
];

describe('situation of a report', () => {
  it.each(SITUATIONS)('%s → %s', (text, expected) => {
    expect(situationOf(text)).toBe(expected);
  });
});

describe('topic of a follow-up in an open case', () => {
  it.each(FOLLOW_UPS)('%s → %j', (text, expected) => {
    expect(followUpTopics(text)).toEqual(expected);
  });
});
