// Writes handlers/triage/data/generated.jsonl: template combinations that add variety (relations, places,
// countries, phrasing, chat spelling) on top of the hand-written train.jsonl. Deterministic (seeded PRNG).
// Run: npx tsx handlers/triage/generate-data.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './index.js';
import { foldDiacritics } from '../../knowledge/text.js';
import type { TriageLabel } from '../types.js';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Picks one of a list with the given generator. */
const pickWith =
  (random: () => number) =>
  <T>(xs: readonly T[]): T =>
    xs[Math.floor(random() * xs.length)];
const rand = rng(20240730);
const pick = pickWith(rand);

const REL = [
  'con gái tôi',
  'con trai tôi',
  'em gái tôi',
  'em trai tôi',
  'vợ tôi',
  'chồng tôi',
  'chị gái tôi',
  'anh trai tôi',
  'cháu tôi',
  'cháu gái tôi',
  'bạn tôi',
  'bạn thân của em',
  'em họ tôi',
  'mẹ tôi',
  'bố tôi',
  'người yêu tôi',
  'con bé nhà tôi',
  'thằng em tôi',
  'chị dâu tôi',
  'bạn cùng lớp của con tôi',
  'đứa em của mình',
  'con gái hàng xóm',
  'cô bé nhà bên',
  'hàng xóm tôi',
  'một bạn nữ cùng xóm',
  'người quen của tôi',
];
const COUNTRY = [
  'Campuchia',
  'Trung Quốc',
  'Lào',
  'Myanmar',
  'Thái Lan',
  'Malaysia',
  'Đài Loan',
  'Hàn Quốc',
  'Nhật Bản',
  'Nga',
  'Dubai',
  'Ả Rập Xê Út',
  'Angola',
  'Philippines',
  'Indonesia',
];
const PLACE = [
  'Sihanoukville',
  'Bavet',
  'Phnom Penh',
  'Vân Nam',
  'Quảng Tây',
  'Hà Khẩu',
  'Đông Hưng',
  'Bokeo',
  'Tam giác vàng',
  'Myawaddy',
  'một đặc khu kinh tế',
  'một khu casino',
  'một khu công nghệ',
  'một căn nhà gần biên giới',
  'một nhà nghỉ ở Móng Cái',
  'một quán karaoke',
  'một xưởng may',
  'một trang trại',
  'một con tàu cá',
  'một căn hộ chung cư',
  'một khách sạn',
  'một nhà kho',
];
const PROVINCE = [
  'Quảng Nam',
  'Bình Định',
  'Sóc Trăng',
  'Đồng Nai',
  'Nghệ An',
  'Hà Giang',
  'Lào Cai',
  'Điện Biên',
  'Thanh Hóa',
  'An Giang',
  'Tây Ninh',
  'Quảng Ninh',
  'Cao Bằng',
  'Kon Tum',
  'Gia Lai',
  'Hà Tĩnh',
];
const SINCE = [
  'từ tháng trước',
  'từ Tết',
  'đã ba tuần nay',
  'hai tháng rồi',
  'từ hôm đi',
  'mấy hôm nay',
  'từ đầu năm',
  'cả tháng nay',
  'gần một năm',
  'từ tuần trước',
];
const LURE = [
  'bị dụ',
  'bị lừa',
  'được người quen rủ',
  'được một người trên mạng hứa hẹn',
  'được giới thiệu',
  'được một bà trong xã mai mối',
  'đi theo lời một người lạ',
  'nhận lời mời làm việc lương cao',
];
const JOB = [
  'đi làm',
  'đi làm phục vụ',
  'đi làm công nhân',
  'làm nhân viên chăm sóc khách hàng',
  'lấy chồng',
  'đi làm giúp việc',
  'làm ở sòng bạc',
  'đi làm người mẫu',
  'đi xuất khẩu lao động',
  'làm việc nhẹ lương cao',
];
const LOST = [
  'không liên lạc được',
  'mất liên lạc',
  'tắt máy suốt',
  'không gọi về nhà',
  'không ai biết ở đâu',
  'chặn hết liên lạc với gia đình',
  'không gửi tin gì về',
  'chỉ nhắn một lần rồi im lặng',
];
const DANGER = [
  'đang bị nhốt',
  'đang bị giữ',
  'bị nhốt trong phòng',
  'đang bị đánh',
  'bị đánh đập hằng ngày',
  'bị xích chân',
  'bị canh giữ không cho ra ngoài',
  'bị khóa trái cửa',
  'bị trói',
  'bị tra tấn',
  'bị dọa giết',
  'bị ép tiếp khách',
  'bị giam lỏng',
  'không trốn được',
  'không thoát ra được',
];
const PLEA = [
  'cứu tôi với',
  'cứu em với',
  'làm ơn giúp',
  'giúp tôi với',
  'xin hãy cứu',
  'giúp em gấp',
  'báo công an giúp tôi',
  'tôi phải làm gì bây giờ',
  'làm sao bây giờ',
  'gấp lắm',
  'nhanh giúp với',
  '',
];
const RANSOM = [
  'đòi tiền chuộc',
  'đòi gia đình chuyển 200 triệu',
  'bắt chuyển tiền ngay tối nay',
  'đòi 5000 đô mới thả',
  'dọa bán sang chỗ khác nếu không gửi tiền',
  'gửi video bị đánh để đòi tiền',
];
const NOW = ['ngay bây giờ', 'lúc này', 'tối nay', 'ngay lúc này', 'đêm nay', 'vừa xong', ''];
const SUSPECT = [
  'một người phụ nữ lạ',
  'một nhóm người',
  'một người đàn ông trong xóm',
  'một công ty môi giới',
  'một tài khoản Facebook',
  'một bà trong thôn',
  'mấy người lạ',
  'một đối tượng',
  'một người tự xưng là Việt kiều',
  'một trang TikTok',
];
const SUSPECT_ACT = [
  'hay rủ các cô gái trẻ đi làm xa',
  'tuyển người đi nước ngoài không cần giấy tờ',
  'đang môi giới gả con gái sang biên giới',
  'thu gom trẻ em đi bán hàng rong',
  'hứa việc nhẹ lương cao ở nước ngoài',
  'hỏi mua trẻ sơ sinh',
  'đưa người qua đường mòn ban đêm',
  'nhắn tin dụ học sinh đi làm thêm',
  'giữ giấy tờ của người làm thuê',
  'rao bán thận',
];
const VICTIM_GEN = [
  'nạn nhân',
  'nạn nhân bị mua bán',
  'người bị mua bán trở về',
  'trẻ em bị mua bán',
  'phụ nữ bị lừa bán ra nước ngoài',
  'người bị ép lao động',
  'nạn nhân là người dân tộc thiểu số',
  'nạn nhân tự trở về',
  'nạn nhân được giải cứu',
  'người nghi là nạn nhân',
];
const BENEFIT = [
  'hỗ trợ ban đầu',
  'hỗ trợ tiền ăn',
  'hỗ trợ đi lại',
  'hỗ trợ y tế',
  'hỗ trợ tâm lý',
  'trợ giúp pháp lý',
  'hỗ trợ học nghề',
  'hỗ trợ vay vốn',
  'hỗ trợ học văn hóa',
  'chỗ ở tạm thời',
  'hỗ trợ khó khăn ban đầu',
  'hỗ trợ phiên dịch',
];
const QEND = ['không?', 'như thế nào?', 'gồm những gì?', 'bao nhiêu?', 'ra sao?', 'ở đâu?', 'không vậy?', 'thế nào ạ?', 'những gì?'];
const ROLE = [
  'cán bộ xã',
  'công an xã',
  'UBND cấp xã',
  'Sở Lao động',
  'Phòng Lao động huyện',
  'bộ đội biên phòng',
  'Hội Liên hiệp Phụ nữ',
  'Đoàn Thanh niên',
  'Sở Y tế',
  'Sở Tư pháp',
  'Công an tỉnh',
  'trung tâm công tác xã hội',
  'cơ sở trợ giúp xã hội',
  'trường học',
  'Ban chỉ đạo 138',
];
const DUTY = [
  'có trách nhiệm gì',
  'phải làm gì',
  'có nhiệm vụ gì',
  'phối hợp với ai',
  'báo cáo cho ai',
  'cần chuẩn bị những gì',
  'được giao chỉ tiêu gì',
  'chịu trách nhiệm phần nào',
];
const CONTEXT = [
  'trong tiếp nhận nạn nhân',
  'khi có tin báo mua bán người',
  'theo kế hoạch của tỉnh',
  'trong công tác phòng chống mua bán người',
  'khi nạn nhân trở về',
  'trong việc xác minh nạn nhân',
  'trong tuyên truyền',
  'khi phát hiện vụ việc',
  'theo luật mới',
];
const PROC = [
  'xác định nạn nhân',
  'tiếp nhận nạn nhân',
  'đề nghị hỗ trợ',
  'xác minh nạn nhân',
  'cấp lại giấy tờ tùy thân',
  'chuyển nạn nhân về địa phương',
  'báo cáo định kỳ',
  'lập hồ sơ hỗ trợ',
  'trao trả nạn nhân qua cửa khẩu',
  'báo tin tố giác',
];
const PROC_Q = [
  'gồm những bước nào?',
  'như thế nào?',
  'mất bao lâu?',
  'cần giấy tờ gì?',
  'do ai thực hiện?',
  'quy định ở văn bản nào?',
  'thế nào vậy?',
  'ra sao?',
  'thời hạn bao nhiêu ngày?',
];
const HYPO = [
  'Nếu có người',
  'Trường hợp người dân',
  'Khi một người',
  'Giả sử ai đó',
  'Nếu phát hiện người',
  'Khi gia đình có người',
  'Nếu một em nhỏ',
];
const HYPO_SIT = [
  'bị nhốt ở nước ngoài',
  'bị giữ ở Campuchia',
  'bị đánh đập ở nơi làm việc',
  'mất liên lạc khi đi làm xa',
  'bị lừa bán sang biên giới',
  'bị ép làm việc không lương',
  'bị đòi tiền chuộc',
  'bị thu giữ hộ chiếu',
];
const HYPO_Q = [
  'thì gọi số nào?',
  'thì báo cho cơ quan nào?',
  'thì nên làm gì?',
  'thì ai giải quyết?',
  'thì gia đình liên hệ đâu?',
  'thì xã xử lý thế nào?',
  'thì có được hỗ trợ không?',
];
const ROLE_ME = [
  'cán bộ tư pháp xã',
  'cán bộ Hội Phụ nữ',
  'công an xã',
  'giáo viên',
  'cán bộ lao động huyện',
  'sinh viên ngành công tác xã hội',
  'phóng viên',
  'cán bộ Đoàn',
  'trưởng thôn',
  'cán bộ mới ở xã',
  'chuyên viên Sở',
  'tình nguyện viên',
];
const TASK = [
  'đang làm báo cáo 6 tháng',
  'đang soạn kế hoạch năm sau',
  'đang chuẩn bị buổi tuyên truyền',
  'đang tổng hợp số liệu',
  'đang tìm hiểu luật mới',
  'đang viết bài về mua bán người',
  'đang làm hồ sơ cho một nạn nhân',
  'mới nhận nhiệm vụ này',
];
const OFFICIAL_Q = [
  'cho tôi hỏi quy trình tiếp nhận nạn nhân thế nào',
  'xin hỏi thời hạn nộp báo cáo là khi nào',
  'mẫu biểu thống kê lấy ở đâu',
  'cần những văn bản nào',
  'trách nhiệm của xã gồm những gì',
  'nạn nhân được hỗ trợ những khoản nào',
  'có tài liệu tuyên truyền không',
  'chỉ tiêu năm nay là bao nhiêu',
  'liên hệ ai ở Sở để phối hợp',
  'kinh phí lấy từ nguồn nào',
];
const REPORT_TAIL = [
  'tôi phải báo ở đâu?',
  'gia đình nên làm gì?',
  'làm sao để tìm?',
  'có ai giúp được không?',
  'tôi nên làm thế nào?',
  'báo công an được không?',
  'cán bộ có giúp được không ạ?',
  'giờ phải làm sao?',
];
const EMERG_TAIL = [
  'tôi phải làm gì bây giờ?',
  'gọi ai bây giờ?',
  'làm sao cứu nó ra?',
  'gia đình phải làm gì ngay?',
  'có số nào gọi được không?',
];
const GREET = [
  'chào',
  'xin chào',
  'chào bạn',
  'hi',
  'hello',
  'alo',
  'chào bot',
  'chào ad',
  'chào buổi sáng',
  'chào buổi chiều',
  'chào cán bộ',
];
const THANK = ['cảm ơn', 'cảm ơn nhiều', 'cám ơn bạn', 'tks', 'thanks', 'cảm ơn ad', 'cảm ơn em', 'ok cảm ơn', 'dạ cảm ơn', 'cảm ơn nhé'];
const TAIL = ['', ' nhé', ' nha', ' ạ', ' ạ!', '!', ' :)', ' 😊', ' nhé bạn', ' nhiều'];
const CHAT = [
  'bạn khỏe không',
  'bạn là ai',
  'bạn làm được gì',
  'hôm nay thế nào',
  'bot ơi',
  'mình thử thôi',
  'mình gửi nhầm',
  'tạm biệt',
  'hẹn gặp lại',
  'chúc ngủ ngon',
  'vui quá',
  'hiểu rồi',
  'được rồi',
  'ok',
  'vâng',
  'dạ',
  'bạn dễ thương ghê',
  'có ai đó không',
  'bạn thật giỏi',
];

const out: Array<{ text: string; label: TriageLabel; family: string }> = [];
// Each template is a family; cross-validation (cv.ts) holds out whole families.
const addf = (family: number) => (label: TriageLabel, text: string) =>
  out.push({
    text: text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.?!])/g, '$1')
      .replace(/[\s,]+$/, '')
      .trim(),
    label,
    family: `g${family}`,
  });
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const add2 = (label: TriageLabel, text: string, family: string) => addf(0)(label, text) && (out[out.length - 1].family = family);

for (let i = 0; i < 220; i++) {
  const r = rand();
  if (r < 0.25) addf(1)('emergency', `${cap(pick(REL))} ${pick(DANGER)} ở ${pick(PLACE)}, ${pick(PLEA)}`);
  else if (r < 0.45) addf(2)('emergency', `${cap(pick(PLEA) || 'cứu tôi')}, tôi ${pick(DANGER)} ${pick(NOW)} ở ${pick(PLACE)}`);
  else if (r < 0.6) addf(3)('emergency', `Bọn chúng giữ ${pick(REL)} ở ${pick(COUNTRY)} và ${pick(RANSOM)}`);
  else if (r < 0.75) addf(4)('emergency', `Có người đang ép ${pick(REL)} lên xe đi ${pick(COUNTRY)} ${pick(NOW)}`);
  else if (r < 0.88) addf(5)('emergency', `em ${pick(DANGER)}, họ thu điện thoại rồi, ${pick(PLEA)}`);
  else addf(6)('emergency', `${cap(pick(REL))} vừa gọi về nói ${pick(DANGER)} ở ${pick(COUNTRY)}, ${pick(PLEA)}`);
}
for (let i = 0; i < 240; i++) {
  const r = rand();
  if (r < 0.3) addf(7)('report', `${cap(pick(REL))} ${pick(LURE)} ${pick(JOB)} ở ${pick(COUNTRY)}, ${pick(SINCE)} ${pick(LOST)}`);
  else if (r < 0.45)
    addf(8)(
      'report',
      `${cap(pick(['tôi nghi', 'nghi ngờ', 'tôi thấy', 'bà con phản ánh', 'tôi muốn báo', 'tôi muốn tố giác', 'mình phát hiện']))} ${pick(SUSPECT)} ${pick(SUSPECT_ACT)} ở ${pick(PROVINCE)}`,
    );
  else if (r < 0.6)
    addf(9)(
      'report',
      `${cap(pick(REL))} đi ${pick(COUNTRY)} ${pick(SINCE)}, ${pick(['giờ bị giữ hộ chiếu và không được trả lương', 'bị chủ trừ hết lương', 'bị bắt trả nợ tiền môi giới', 'nói bị phạt tiền và không được về', 'gọi về khóc bảo bị lừa', 'nhắn tin nhờ gia đình gửi tiền chuộc'])}`,
    );
  else if (r < 0.72)
    addf(10)(
      'report',
      `${cap(pick(['tôi', 'em', 'mình']))} ${pick(['từng bị bán sang', 'đã bị lừa sang', 'vừa trốn về từ', 'vừa được giải cứu ở', 'bị ép làm việc ở'])} ${pick(COUNTRY)}, ${pick(['giờ muốn được hỗ trợ', 'muốn trình báo', 'cần giúp đỡ làm lại giấy tờ', 'muốn tố cáo người đưa đi', 'đang bị đòi nợ', 'không biết nhờ ai'])}`,
    );
  else if (r < 0.85)
    addf(11)(
      'report',
      `Ở ${pick(['xã tôi', 'thôn tôi', 'bản tôi', 'xóm tôi', 'chỗ tôi làm', 'gần nhà tôi'])} ${pick(SUSPECT)} ${pick(SUSPECT_ACT)}, ${pick(['tôi thấy nghi', 'có dấu hiệu mua bán người', 'mong cơ quan chức năng kiểm tra', 'đã có người đi mà không về', 'bà con rất lo'])}`,
    );
  else
    addf(12)(
      'report',
      `${pick(SUSPECT)} ${pick(SUSPECT_ACT)}, ${pick(['nghi là buôn người', 'không biết có phải lừa không', 'tôi muốn báo để cán bộ xác minh', 'nhiều cháu đã đi theo'])}`,
    );
}
for (let i = 0; i < 300; i++) {
  const r = rand();
  if (r < 0.25)
    addf(13)(
      'question',
      `${cap(pick(VICTIM_GEN))} ${pick(['có được', 'được', 'được nhận', 'có được hưởng'])} ${pick(BENEFIT)} ${pick(QEND)}`,
    );
  else if (r < 0.42) addf(14)('question', `${cap(pick(ROLE))} ${pick(DUTY)} ${pick(CONTEXT)}?`);
  else if (r < 0.58)
    addf(15)('question', `${pick(['Thủ tục', 'Quy trình', 'Hồ sơ', 'Thời hạn', 'Các bước'])} ${pick(PROC)} ${pick(PROC_Q)}`);
  else if (r < 0.72) addf(16)('question', `${pick(HYPO)} ${pick(HYPO_SIT)} ${pick(HYPO_Q)}`);
  else if (r < 0.82)
    addf(17)(
      'question',
      `${pick(['cho em hỏi', 'cho mình hỏi', 'xin hỏi', 'tôi muốn hỏi', 'cho tôi hỏi'])} ${pick(['mức hỗ trợ cho nạn nhân', 'đường dây nóng của tỉnh', 'số tổng đài tố giác', 'kế hoạch năm nay của tỉnh', 'chế độ cho nạn nhân', 'trách nhiệm của xã', 'hạn nộp báo cáo'])} ${pick(['là bao nhiêu', 'là gì', 'thế nào', 'ở đâu', 'ra sao'])}${pick(['', ' ạ', ' vậy', '?'])}`,
    );
  else if (r < 0.9)
    addf(18)(
      'question',
      `${pick(['Kế hoạch của tỉnh', 'Kế hoạch phòng chống mua bán người'])} ${pick(PROVINCE)} ${pick(['giao nhiệm vụ gì cho', 'có chỉ tiêu gì cho', 'yêu cầu gì đối với'])} ${pick(ROLE)}?`,
    );
  else
    addf(19)(
      'question',
      `${pick(['Làm sao để', 'Cách nào để', 'Làm thế nào để'])} ${pick(['nhận biết lừa đảo tuyển dụng', 'đi làm ở', 'kết hôn hợp pháp với người', 'tránh bị lừa sang', 'kiểm tra công ty môi giới đưa người đi'])} ${pick(COUNTRY)}?`,
    );
}
// Boundary cases: personal questions that are not reports, and reports/emergencies phrased as questions.
for (let i = 0; i < 60; i++) {
  addf(20)('question', `Tôi là ${pick(ROLE_ME)}, ${pick(OFFICIAL_Q)}?`);
  addf(21)('question', `${pick(['Tôi', 'Em', 'Mình'])} ${pick(TASK)}, ${pick(OFFICIAL_Q)}${pick(['?', ' ạ?', ''])}`);
  addf(22)('question', `Nếu ${pick(REL)} ${pick(HYPO_SIT)} ${pick(HYPO_Q)}`);
  addf(23)(
    'question',
    `${pick(['Tôi là', 'Em là', 'Mình làm'])} ${pick(ROLE_ME)}, ${pick(['khi', 'nếu', 'trong trường hợp', 'mỗi khi'])} ${pick(['có người dân báo bị lừa sang nước ngoài', 'phát hiện một cô gái nghi bị bán', 'có gia đình báo con mất liên lạc ở nước ngoài', 'nạn nhân tự trở về địa phương', 'nhận tin có người bị giữ ở biên giới', 'có trẻ em bỏ học theo người lạ', 'người dân phản ánh có đối tượng môi giới'])} ${pick(['thì tôi cần báo ai?', 'thì xử lý thế nào?', 'thì phải làm những bước gì?', 'thì ghi nhận ra sao?', 'thì phối hợp với ai?', 'thì lập biên bản gì?'])}`,
  );
  addf(24)('report', `${cap(pick(REL))} ${pick(LURE)} ${pick(JOB)} ở ${pick(COUNTRY)}, ${pick(SINCE)} ${pick(LOST)}, ${pick(REPORT_TAIL)}`);
  addf(25)('emergency', `${cap(pick(REL))} ${pick(DANGER)} ở ${pick(PLACE)}, ${pick(EMERG_TAIL)}`);
  addf(26)(
    'question',
    `${pick(['Dấu hiệu nhận biết', 'Cách nhận biết', 'Làm sao phân biệt', 'Những biểu hiện của', 'Thủ đoạn của'])} ${pick(['lừa đảo tuyển dụng đi nước ngoài', 'một lời mời việc nhẹ lương cao', 'kẻ buôn người trên mạng', 'môi giới kết hôn trái phép', 'đường dây đưa người vượt biên', 'lao động cưỡng bức', 'một nạn nhân bị mua bán'])} ${pick(['là gì?', 'gồm những gì?', 'thế nào?', 'ra sao?', ''])}`,
  );
  // Community members asking about entitlements for people who already came back: a question, not a new report.
  addf(27)(
    'question',
    `${cap(pick(['ở xã tôi có', 'thôn mình có', 'trong huyện có', 'địa phương tôi có', 'nghe nói có', 'bản tôi có', 'phường tôi có']))} ${pick(['vài người', 'một số phụ nữ', 'mấy thanh niên', 'hai chị em', 'một người', 'nhiều trường hợp'])} ${pick(['từng bị bán sang', 'đã bị lừa sang', 'trước đây bị đưa sang', 'đã trở về từ', 'được giải cứu từ'])} ${pick(COUNTRY)}, ${pick(['xã có chính sách gì hỗ trợ họ không?', 'họ có được hưởng chế độ gì không?', 'thủ tục để họ nhận hỗ trợ thế nào?', 'cán bộ cần làm gì để giúp họ tái hòa nhập?', 'họ có được vay vốn làm ăn không?', 'ai lo giấy tờ cho họ?'])}`,
  );
  // A victim (or their family) asking for help is a report, even when phrased as an entitlement question.
  addf(28)(
    'report',
    `${pick(['Tôi', 'Em', 'Mình'])} ${pick(['mới trở về từ', 'vừa được giải cứu ở', 'từng bị bán sang', 'bị lừa sang', 'vừa trốn về từ'])} ${pick(COUNTRY)}${pick([' sau 2 năm', '', ' năm ngoái', ' tuần trước'])}, ${pick(['tôi có được hỗ trợ gì không?', 'em cần làm thủ tục gì để được giúp?', 'xin hướng dẫn để nhận hỗ trợ', 'mình muốn được hỗ trợ học nghề', 'có ai giúp em làm lại giấy tờ không?', 'giờ em không có giấy tờ gì, phải làm sao?'])}`,
  );
  addf(29)(
    'report',
    `${cap(pick(REL))} ${pick(['vừa được giải cứu từ', 'mới trốn về từ', 'vừa được trao trả từ'])} ${pick(COUNTRY)}, ${pick(['gia đình cần làm gì để được hỗ trợ?', 'cháu đang rất hoảng, ai có thể giúp?', 'nhà tôi muốn trình báo những kẻ đã đưa đi', 'xin cán bộ hướng dẫn giúp'])}`,
  );
  // News and hearsay: asking whether it is true is a question, commenting on it is small talk.
  const claim = `${pick(['có nhiều người Việt bị giữ ở', 'nhiều thanh niên bị lừa sang', 'có đường dây bán phụ nữ sang', 'trẻ em bị bắt cóc đưa sang', 'nhiều lao động bị ép làm việc ở'])} ${pick(COUNTRY)}`;
  addf(30)(
    'question',
    `${pick(['Tôi nghe nói', 'Nghe nói', 'Đọc báo thấy', 'Trên mạng nói', 'Mình xem tin thấy'])} ${claim}, ${pick(['có đúng không?', 'thật không?', 'nhà nước có biện pháp gì không?', 'cơ quan nào đang xử lý?', 'vậy người dân nên làm gì để phòng tránh?'])}`,
  );
  addf(31)(
    'smalltalk',
    `${pick(['Dạo này đọc báo thấy', 'Xem tivi thấy', 'Nghe nói', 'Mình đọc tin'])} ${claim}${pick([' quá', ', sợ thật', ', thương quá', ', buồn ghê', ', ghê thật'])}`,
  );
  // Explicit intent to report, even in generic words.
  addf(32)(
    'report',
    `${pick(['Tôi muốn báo', 'Tôi xin trình báo', 'Em muốn tố giác', 'Cho tôi báo tin', 'Tôi cần báo cho cán bộ biết', 'Mình muốn phản ánh'])} ${pick(['một trường hợp nghi mua bán người', 'một vụ việc có dấu hiệu buôn người', 'một đường dây đưa người qua biên giới trái phép', 'một người đang môi giới đưa phụ nữ đi nước ngoài', 'về việc một cô gái trong xóm mất tích', 'một cơ sở giữ người làm không lương'])} ${pick(['ở xã tôi', 'ở thôn bên', 'gần nhà tôi', `ở ${pick(PROVINCE)}`, ''])}`,
  );
  // "Mình muốn biết/tìm hiểu..." asks for information; "mình muốn báo/tố giác..." (reports above) does not.
  addf(33)(
    'question',
    `${pick(['Mình', 'Tôi', 'Em', 'Cháu'])} ${pick(['muốn biết', 'muốn tìm hiểu', 'muốn hỏi về', 'cần thông tin về', 'đang tìm hiểu về'])} ${pick(['các hình phạt cho tội mua bán người', 'chế độ hỗ trợ nạn nhân', 'quy trình tiếp nhận nạn nhân', 'cách phòng tránh bị lừa đi làm ở nước ngoài', 'luật phòng chống mua bán người', 'số liệu nạn nhân mấy năm gần đây', 'trách nhiệm của từng cơ quan', 'dấu hiệu của lao động cưỡng bức', 'các thủ đoạn dụ dỗ trên mạng'])}${pick(['', ' ạ', '?', ', cho xin thông tin', ' để tuyên truyền cho bà con'])}`,
  );
  // Planning to work or study abroad and asking how to stay safe: a question.
  addf(34)(
    'question',
    `${pick(['Em', 'Tôi', 'Mình', 'Con tôi', 'Em có người bạn', 'Cháu tôi'])} ${pick(['muốn đi', 'sắp đi', 'định đi', 'đang tính đi'])} ${pick(['xuất khẩu lao động', 'du học', 'làm việc', 'làm điều dưỡng', 'làm kỹ sư'])} ở ${pick(COUNTRY)}, ${pick(['làm sao để chọn công ty uy tín?', 'cần kiểm tra những gì để không bị lừa?', 'thủ tục hợp pháp thế nào?', 'có lưu ý gì không?', 'nên hỏi cơ quan nào?'])}`,
  );
  addf(35)(
    'question',
    `${pick(['Người bị', 'Ai bị', 'Trường hợp bị', 'Một người bị'])} ${pick(['bắt cóc', 'lừa bán', 'ép lao động', 'giữ ở nước ngoài', 'nhốt và đánh đập', 'đưa qua biên giới'])} ${pick(['được giải cứu thì ai chăm sóc?', 'khi về thì được hỗ trợ gì?', 'thì có được coi là nạn nhân không?', 'thì cơ quan nào xử lý?', 'có được bồi thường không?'])}`,
  );
}
for (let i = 0; i < 200; i++) {
  const r = rand();
  if (r < 0.35) addf(36)('smalltalk', `${cap(pick(GREET))}${pick(TAIL)}`);
  else if (r < 0.65) addf(37)('smalltalk', `${cap(pick(THANK))}${pick(TAIL)}`);
  else if (r < 0.85) addf(38)('smalltalk', `${cap(pick(CHAT))}${pick(TAIL)}`);
  else if (r < 0.93) addf(39)('smalltalk', `${cap(pick(GREET))}, ${pick(CHAT)}${pick(TAIL)}`);
  else
    addf(40)(
      'smalltalk',
      `${pick(['Tôi', 'Em', 'Mình', 'Anh', 'Chị'])} ${pick(['hiểu rồi', 'biết rồi', 'đọc rồi', 'đi đây', 'không hỏi nữa', 'chỉ thử thôi', 'cảm ơn', 'chào bạn', 'thấy hay đấy', 'sẽ quay lại sau', 'đang bận, lát nói tiếp', 'vừa gửi nhầm'])}${pick(TAIL)}`,
    );
}

// Third-person and hypothetical questions in other shapes: named neighbours long back home, officials at intake,
// questions relayed for someone else, and the same pleas and reports wrapped in greetings or "tôi phải làm sao".
const NAME = [
  'chị Hằng',
  'anh Sơn',
  'cô Phượng',
  'bác Lâm',
  'em Vy',
  'chị Thơm',
  'anh Quý',
  'cô Nhung',
  'bạn Tín',
  'chị Mỷ',
  'anh Páo',
  'chị Sủa',
];
const WHERE = ['thôn 2', 'bản Na Hang', 'ấp Bình Lợi', 'tổ dân phố 7', 'xóm Chùa', 'làng Đông', 'khóm 3', 'buôn Ea Tul'];
const LONG_AGO = [
  'đã về được mấy năm',
  'về từ hồi 2019',
  'về lâu rồi',
  'về được hơn một năm',
  'nay đã ổn định cuộc sống',
  'trở về từ mấy năm trước',
];
const WANT = [
  'muốn học nghề may',
  'muốn vay vốn mở quán',
  'muốn làm lại căn cước',
  'muốn cho con đi học',
  'cần khám sức khỏe',
  'muốn tham gia tổ tự quản',
  'muốn xin việc ở khu công nghiệp',
];
const ASK_HOW = [
  'thì xã hỗ trợ được gì?',
  'thì làm hồ sơ ở đâu?',
  'có chính sách nào không?',
  'thì hỏi cơ quan nào?',
  'có được miễn phí không?',
  'thủ tục ra sao?',
];
const GREET2 = ['Chào anh chị', 'Dạ chào cán bộ', 'Xin chào', 'Alo bot', 'Chào em', 'Kính gửi Ban chỉ đạo', 'Dạ thưa anh'];
const INTAKE = [
  'khi tiếp nhận một người được trao trả',
  'khi tiếp nhận trẻ em được giải cứu',
  'khi có người tự trở về khai báo',
  'khi làm việc với người nghi là nạn nhân',
  'khi gia đình đến báo người thân mất liên lạc',
];
const INTAKE_Q = [
  'cần lập biên bản gì?',
  'phải thông báo cho ai trong bao lâu?',
  'có cần phiên dịch không?',
  'nên hỏi những gì trước?',
  'có được chụp ảnh không?',
  'giữ bí mật thông tin thế nào?',
];
for (let i = 0; i < 70; i++) {
  add2(
    'question',
    `${pick(WHERE)} có ${pick(NAME)} ${pick(['từng bị bán sang', 'trước bị lừa sang', 'từng bị đưa sang', 'bị dụ sang'])} ${pick(COUNTRY)}, ${pick(LONG_AGO)}, giờ ${pick(WANT)} ${pick(ASK_HOW)}`,
    'n1',
  );
  add2(
    'question',
    `${pick(['Tôi là', 'Em làm', 'Mình là'])} ${pick(ROLE_ME)}, ${pick(['có người đến hỏi', 'bà con nhờ tôi hỏi', 'một gia đình hỏi tôi', 'có chị trong hội hỏi'])} ${pick(['thủ tục nhận hỗ trợ cho con họ mới được đưa về', 'cách làm lại giấy tờ cho người thân đã về', 'chế độ cho người trở về', 'chỗ học nghề cho người từng bị mua bán'])}, ${pick(['tôi trả lời thế nào?', 'hướng dẫn ra sao cho đúng?', 'cần giấy tờ gì?', 'nộp ở đâu?'])}`,
    'n2',
  );
  add2(
    'question',
    `${cap(pick(INTAKE))}, ${pick(['cán bộ xã', 'công an xã', 'cán bộ Hội Phụ nữ', 'người tiếp nhận', 'trưởng thôn'])} ${pick(INTAKE_Q)}`,
    'n3',
  );
  add2(
    'question',
    `${pick(GREET2)}, ${pick(['nếu', 'giả sử', 'lỡ mà', 'trường hợp'])} ${pick(REL)} ${pick(HYPO_SIT)} ${pick(HYPO_Q)}`,
    'n4',
  );
  add2(
    'question',
    `${pick(['Cho em xin', 'Cho mình xin', 'Anh chị gửi giúp em', 'Xin cho tôi'])} ${pick(['tài liệu về dấu hiệu nhận biết nạn nhân', 'mẫu báo cáo 6 tháng', 'danh sách cơ sở trợ giúp xã hội', 'văn bản hướng dẫn xác định nạn nhân', 'số liệu năm ngoái', 'file bài giảng tuyên truyền'])}${pick([' với', ' với ạ', ' nhé', '', ' được không?'])}`,
    'n5',
  );
  add2(
    'smalltalk',
    `${pick(['Tối qua', 'Hôm trước', 'Sáng nay', 'Tuần rồi'])} ${pick(['mình', 'em', 'tôi'])} ${pick(['đi họp thôn', 'dự buổi nói chuyện ở trường', 'xem phóng sự trên VTV', 'nghe đài phát thanh xã', 'đọc một bài báo'])} ${pick(['về chủ đề này, hay lắm', ', thấy bổ ích', ', giờ mới hiểu thêm', ', ai cũng chăm chú nghe'])}`,
    'n6',
  );
  add2(
    'emergency',
    `${pick(GREET2)}, ${pick(REL)} ${pick(DANGER)} ở ${pick(PLACE)}, ${pick(['tôi phải làm sao?', 'giờ làm gì?', 'giúp với', 'nhanh lên', ''])}`,
    'n7',
  );
  add2(
    'emergency',
    `${pick(['ko ra dc', 'ko thoát đc', 'bị khóa trong phòng', 'có ng canh ngoài cửa', 'bị lấy đt rồi', 'tụi nó đang tới'])}, ${pick(['e', 't', 'mình'])} ở ${pick(PLACE)}, ${pick(['cứu', 'giúp e', 'help', 'báo công an giùm', 'gọi 113 giúp'])}`,
    'n8',
  );
  add2(
    'report',
    `${pick(GREET2)}, ${pick(REL)} ${pick(LURE)} ${pick(JOB)} ở ${pick(COUNTRY)}, ${pick(SINCE)} ${pick(LOST)}, ${pick(['tôi phải làm sao?', 'giờ tính sao?', 'nhờ cán bộ giúp', ''])}`,
    'n9',
  );
  add2(
    'report',
    `${pick(['Tôi nghi', 'Em thấy lạ:', 'Mình để ý thấy', 'Báo anh chị biết:'])} ${pick(['chủ quán karaoke', 'một ông mối', 'chủ lò gạch', 'một nhóm trên Zalo', 'bà chủ tiệm nail', 'chủ tàu cá'])} ${pick(['giữ mấy cô gái trẻ không cho ra ngoài', 'thuê trẻ con làm cả ngày không trả tiền', 'rủ học sinh đi làm xa bao ăn ở', 'thu giấy tờ của người làm', 'đưa người qua biên giới ban đêm'])} ở ${pick(WHERE)}${pick(['', ', tôi phải làm sao?', ', mong cán bộ xác minh'])}`,
    'n10',
  );
}

// What an act costs its doer (prison, death, the range of penalties) is a question about the law, however grave the
// act it names; the same question beside a relative just sold is a report. Drawn from their own generator: adding
// items here does not shift the draws above.
const pickPenalty = pickWith(rng(20261207));
const CRIME = [
  'tội mua bán người',
  'buôn bán người',
  'bán người qua biên giới',
  'mua bán trẻ em',
  'lừa bán phụ nữ ra nước ngoài',
  'ép người khác bán dâm',
  'mua bán nội tạng người',
  'tổ chức đưa người trốn đi nước ngoài',
  'mua người bị bán về làm vợ',
  'bắt cóc trẻ em để bán',
  'môi giới đưa lao động sang làm việc cưỡng bức',
];
const PENALTY_Q = [
  'thì bị tù bao nhiêu năm?',
  'bị phạt tù mấy năm ạ',
  'có bị tử hình không?',
  'đi tù bao lâu vậy',
  'khung hình phạt là gì?',
  'thì bị tội gì?',
  'có bị truy cứu trách nhiệm hình sự không?',
  'mức án cao nhất là bao nhiêu?',
  'thì ngồi tù mấy năm vậy anh',
  'có bị đi tù không chị',
];
for (let i = 0; i < 40; i++) {
  add2('question', `${pickPenalty(['', 'Cho em hỏi ', 'Xin hỏi ', 'cho mình hỏi '])}${pickPenalty(CRIME)} ${pickPenalty(PENALTY_Q)}`, 'p1');
  add2(
    'report',
    `${cap(pickPenalty(REL))} ${pickPenalty(['vừa bị bán sang', 'mới bị lừa bán sang', 'bị người quen đưa đi bán ở'])} ${pickPenalty(COUNTRY)}, ${pickPenalty(['kẻ bán', 'người đưa đi', 'bọn buôn người', 'đứa dụ dỗ'])} ${pickPenalty(PENALTY_Q)}`,
    'p2',
  );
}

// Chat spelling: a share of items without diacritics or with common abbreviations, as people type on phones.
const ABBR: Array<[RegExp, string]> = [
  [/không/g, 'ko'],
  [/được/g, 'dc'],
  [/người/g, 'ng'],
  [/tôi/g, 't'],
  [/em /g, 'e '],
  [/công ty/g, 'cty'],
  [/gì/g, 'j'],
  [/rồi/g, 'r'],
];
const seen = new Set<string>();
const lines: string[] = [];
for (const item of out) {
  let text = item.text;
  const r = rand();
  if (r < 0.25) text = foldDiacritics(text).toLowerCase();
  else if (r < 0.4) for (const [re, s] of ABBR) text = text.replace(re, s);
  if (seen.has(text)) continue;
  seen.add(text);
  lines.push(JSON.stringify({ text, label: item.label, family: item.family }));
}
writeFileSync(join(DATA_DIR, 'generated.jsonl'), lines.join('\n') + '\n');
console.log(`wrote ${lines.length} items`);
