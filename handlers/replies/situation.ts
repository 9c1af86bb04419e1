// Citizen replies that fit the situation: the first reply to a report or emergency, and the answers to
// follow-ups inside an open case. Like every citizen reply they never repeat what the person reported.
// `hotlines` is the formatted list for the citizen's province; `waiting` says when an officer will answer.
import type { Situation } from '../conversation/situation.js';

/** What to do now, for the person in each situation. */
const ADVICE: Record<Situation, string> = {
  self:
    'Việc cần làm ngay:\n' +
    '• Nếu có thể, tìm đến nơi đông người hoặc nơi an toàn; đừng một mình đối đầu với người giữ hoặc ép bạn.\n' +
    '• Giữ điện thoại kín đáo, để im lặng; nhắn vị trí hoặc địa chỉ nếu biết.\n' +
    '• Nếu không gọi được, cứ nhắn tiếp tại đây.',
  ransom:
    'Về việc bị đòi tiền:\n' +
    '• Đừng chuyển tiền, kể cả khi bị hối thúc hay đe dọa: tiền đã chuyển rất khó lấy lại, và chuyển tiền không chắc giúp người thân được thả.\n' +
    '• Giữ lại mọi tin nhắn, ghi âm, số điện thoại và số tài khoản họ đưa; đừng xoá gì.\n' +
    '• Ghi lại thời gian từng cuộc gọi và những gì họ nói.\n' +
    '• Gọi 113 để báo ngay việc bị đòi tiền.',
  returned:
    'Việc bạn có thể làm:\n' +
    '• Giữ lại giấy tờ, tin nhắn, số điện thoại, tài khoản mạng xã hội của những người đã đưa đi hoặc giữ người; đừng xoá.\n' +
    '• Ghi lại những gì còn nhớ: đi khi nào, qua những đâu, ở đâu, những ai liên quan.\n' +
    '• Nếu bị đe dọa hoặc thấy không an toàn, hãy gọi ngay 113.',
  missing:
    'Trong lúc chờ, bạn có thể:\n' +
    '• Ghi lại lần cuối liên lạc được: ngày giờ, ở đâu, đi cùng ai, đi làm gì.\n' +
    '• Giữ số điện thoại, tài khoản mạng xã hội và tin nhắn cũ của người ấy, của cả người đã rủ đi; đừng xoá.\n' +
    '• Tiếp tục thử liên lạc; nếu người ấy liên lạc lại hoặc xin giúp đỡ, hãy gọi 113 và nhắn ngay tại đây.',
  relative:
    'Việc bạn có thể làm:\n' +
    '• Đừng tự mình tìm đến hay đối đầu với những người liên quan.\n' +
    '• Ghi lại những gì bạn biết: họ tên, tuổi, nơi ở hoặc nơi làm việc gần nhất, số điện thoại, tài khoản mạng xã hội, người đã rủ đi.\n' +
    '• Giữ lại các tin nhắn, cuộc gọi liên quan; đừng xoá.\n' +
    '• Bạn có thể nhắn thêm chi tiết tại đây; cán bộ sẽ đọc.',
  unknown:
    'Việc bạn có thể làm:\n' +
    '• Nếu có thể, ở nơi an toàn hoặc nơi đông người; đừng một mình đối đầu với những người liên quan.\n' +
    '• Nhắn thêm tại đây những gì bạn biết: ở đâu, khi nào, ai liên quan.',
};

/** The first line of an emergency reply, above the hotlines. */
const CALL_NOW: Record<Situation, string> = {
  self: 'Nếu bạn đang gặp nguy hiểm, hãy GỌI NGAY:',
  ransom: 'Đừng chuyển tiền cho người đòi. Hãy GỌI NGAY:',
  returned: 'Nếu bạn hoặc người thân đang gặp nguy hiểm, hãy GỌI NGAY:',
  missing: 'Nếu người ấy hoặc bạn đang gặp nguy hiểm, hãy GỌI NGAY:',
  relative: 'Nếu người ấy hoặc bạn đang gặp nguy hiểm, hãy GỌI NGAY:',
  unknown: 'Nếu bạn hoặc người khác đang gặp nguy hiểm, hãy GỌI NGAY:',
};

export interface FirstReply {
  n: number;
  situation: Situation;
  hotlines: string;
  /** When an officer will answer, and the lines that answer around the clock. */
  waiting: string;
  /**
   * Where to report in person, with its source (report-place.ts), for someone back and safe; it comes after the
   * hotlines so that it never delays them.
   */
  inPerson?: string;
}

const inPersonTail = (r: FirstReply) => (r.inPerson ? `\n\n${r.inPerson}` : '');

const situationVi = {
  emergency: (r: FirstReply) =>
    `${CALL_NOW[r.situation]}\n${r.hotlines}\n\n${ADVICE[r.situation]}\n\n` +
    `Mình đã ghi nhận (số #${r.n}) và đang báo ngay cho cán bộ tiếp nhận. Thông tin của bạn được giữ bí mật.\n${r.waiting}`,
  report: (r: FirstReply) =>
    'Cảm ơn bạn đã báo tin. Thông tin của bạn được giữ bí mật, chỉ cán bộ tiếp nhận được xem. ' +
    `Số vụ việc của bạn: #${r.n}.\n\n${ADVICE[r.situation]}\n\n${r.waiting}\n\n` +
    `Nếu có nguy hiểm hoặc cần gấp, hãy gọi:\n${r.hotlines}${inPersonTail(r)}`,
  /** Nobody to hand the case to: the hotlines first, no promise that an officer will write. */
  noOfficer: (r: FirstReply, danger: boolean) =>
    `${danger ? CALL_NOW[r.situation] : 'Hãy gọi ngay một trong các số sau để được giúp:'}\n${r.hotlines}\n\n${ADVICE[r.situation]}\n\n` +
    'Hệ thống này hiện chưa kết nối với cán bộ tiếp nhận nào, nên mình không thể hứa cán bộ sẽ liên hệ với bạn qua đây. ' +
    `Nội dung bạn gửi đã được ghi lại và giữ bí mật (số #${r.n}).${inPersonTail(r)}`,
};

/** Where the follow-up went, so the citizen knows someone will read it. */
export interface CaseStatusWords {
  n: number;
  /** An officer holds the case. */
  held: boolean;
  /** Some officer is reachable at all (else nothing promises an answer here). */
  officers: boolean;
  waiting: string;
}

const FEAR = 'Mình hiểu bạn đang rất lo sợ. Bạn không phải xử lý chuyện này một mình.';

/** The answer to each kind of follow-up; `again` is the shorter wording used right after the full one. */
export const followUpVi = {
  /** Danger now, inside a case: the hotlines every time, the advice only the first time. */
  danger: (s: CaseStatusWords, hotlines: string, again: boolean) =>
    `Nếu bạn đang gặp nguy hiểm, hãy GỌI NGAY:\n${hotlines}` +
    (s.officers ? `\n\nMình đã báo khẩn cho cán bộ tiếp nhận vụ việc #${s.n}.` : '') +
    (again ? '' : ' Nếu có thể, hãy ở nơi đông người hoặc nơi an toàn.'),
  fear: (again: boolean) => (again ? 'Mình vẫn ở đây cùng bạn.' : FEAR),
  money: (again: boolean) =>
    again
      ? 'Xin nhắc lại: đừng chuyển tiền cho họ, và gọi 113 nếu chưa gọi. Giữ lại mọi tin nhắn và số tài khoản họ đưa.'
      : 'Bạn đừng chuyển tiền cho họ, kể cả khi bị hối thúc hay đe dọa: tiền đã chuyển rất khó lấy lại, và chuyển tiền không chắc giúp người thân được thả.\n' +
        '• Giữ lại tin nhắn, ghi âm, số điện thoại, số tài khoản họ đưa; đừng xoá.\n' +
        '• Gọi 113 để báo việc bị đòi tiền, nếu chưa gọi.',
  safety: (again: boolean) =>
    again
      ? 'Nếu nguy hiểm đến ngay lúc này, hãy gọi 113; đừng gặp hay trả lời những người đe dọa.'
      : '• Nếu bạn hoặc người thân bị đe dọa ngay lúc này, hãy gọi 113.\n' +
        '• Ở cùng người bạn tin cậy hoặc ở nơi đông người; đừng gặp hay trả lời những người đe dọa.\n' +
        '• Giữ lại các tin nhắn, cuộc gọi đe dọa.',
  next: (s: CaseStatusWords, again: boolean) => {
    if (s.held)
      return `Cán bộ đang xử lý vụ việc #${s.n} đã nhận được tin nhắn của bạn và sẽ trả lời ngay tại đây. Bạn cứ nhắn thêm những gì biết được.`;
    if (!s.officers) return `Vụ việc #${s.n} đã được lưu. ${s.waiting}`;
    if (again) return `Vụ việc #${s.n} vẫn đang chờ cán bộ nhận. ${s.waiting}`;
    return (
      `Vụ việc #${s.n} đã được lưu và báo cho cán bộ tiếp nhận. Khi một cán bộ nhận, bạn sẽ thấy thông báo tại đây ` +
      `và cán bộ sẽ trò chuyện với bạn ngay trong cuộc trò chuyện này; cán bộ có thể hỏi thêm chi tiết.\n${s.waiting}`
    );
  },
  /** Closing line of a money or safety answer: the message was kept for the officer. */
  kept: (s: CaseStatusWords) =>
    s.held
      ? `Tin nhắn của bạn đã được chuyển tới cán bộ đang xử lý vụ việc #${s.n}.`
      : `Tin nhắn đã được ghi vào vụ việc #${s.n}.${s.officers ? ' Cán bộ sẽ đọc khi nhận vụ việc.' : ''}`,
  /** A detail for the officer; undefined when the same acknowledgement was the last thing the citizen saw. */
  ack: (s: CaseStatusWords, again: boolean) => {
    if (s.held) return again ? undefined : `Đã chuyển tới cán bộ đang xử lý vụ việc #${s.n}.`;
    if (again) return `Đã ghi thêm vào vụ việc #${s.n}.`;
    return `Đã ghi nhận thêm vào vụ việc #${s.n}. ${s.officers ? 'Cán bộ sẽ đọc và trả lời bạn sớm nhất có thể.' : s.waiting}`;
  },
};

/** The first reply to a report or emergency, for its situation; without officers, no promise of contact. */
export function firstCaseReply(label: 'emergency' | 'report', r: FirstReply, officers: boolean): string {
  if (!officers) return situationVi.noOfficer(r, label === 'emergency');
  return label === 'emergency' ? situationVi.emergency(r) : situationVi.report(r);
}
