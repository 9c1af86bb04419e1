// The conversation's fixed Vietnamese replies, help and button labels (answers, contact lists and officer views are
// built elsewhere). Citizen replies never repeat what the person reported: someone else may be reading their phone.
import { encodePayload } from '../payload.js';
import type { Button, CaseStatus, ChannelTraits, TriageLabel } from '../types.js';

export const PROVINCES: { slug: string; name: string }[] = [
  { slug: 'quang-nam', name: 'Quảng Nam' },
  { slug: 'binh-dinh', name: 'Bình Định' },
  { slug: 'soc-trang', name: 'Sóc Trăng' },
  { slug: 'dong-nai', name: 'Đồng Nai' },
];

export const provinceName = (slug: string | null | undefined) => PROVINCES.find((p) => p.slug === slug)?.name;

export const LABEL_VI: Record<TriageLabel, string> = {
  emergency: 'khẩn cấp',
  report: 'tin báo',
  question: 'câu hỏi',
  smalltalk: 'trò chuyện',
};

export const STATUS_VI: Record<CaseStatus, string> = { open: 'đang chờ', claimed: 'đã có cán bộ nhận', closed: 'đã đóng' };

/** Label of the clear-this-device button of a channel that holds the conversation (the web page's menu carries the same words). */
export const CLEAR_DEVICE_LABEL = 'Xoá khỏi máy này';
/** Label of the erase button where the bot can delete only its own messages. */
const DELETE_OWN_LABEL = 'Xoá tin nhắn của bot';
const eraseLabel = (clearsConversation: boolean) => (clearsConversation ? CLEAR_DEVICE_LABEL : DELETE_OWN_LABEL);
/** Where a citizen cleared the conversation, as officers are told: the web page, or the channel by its label. */
export const clearedWhere = ({ webPage, label }: Pick<ChannelTraits, 'webPage' | 'label'>) => (webPage ? 'trang web' : label);

export const BUTTONS = {
  start: [
    [
      { label: 'Chọn tỉnh', data: encodePayload({ kind: 'province' }) },
      { label: 'Gặp cán bộ', data: encodePayload({ kind: 'officer' }) },
    ],
  ] as Button[][],
  /** Under a close notice: the way back to an officer, in every channel. */
  askOfficer: [[{ label: 'Gặp cán bộ', data: encodePayload({ kind: 'officer' }) }]] as Button[][],
  /** A channel holding the conversation clears all of it from the device; chat apps can delete only the bot's messages. */
  erase: (clearsConversation: boolean): Button[][] => [[{ label: eraseLabel(clearsConversation), data: encodePayload({ kind: 'erase' }) }]],
  provinces: PROVINCES.map((p) => [{ label: p.name, data: encodePayload({ kind: 'province', slug: p.slug }) }]) as Button[][],
  claim: (caseId: number): Button[][] => [[{ label: 'Nhận xử lý', data: encodePayload({ kind: 'claim', caseId }) }]],
};

/** `hotlines`: the lines to call for the citizen's province, already formatted (handlers/contacts-answer.ts hotlinesText). */
/**
 * Where officers find the queue: in a chat app its own command (an officer there may have no console at all),
 * in the web console its list.
 */
const queueWhere = (commands: boolean) => (commands ? 'bằng lệnh /hangdoi' : 'trong bảng điều khiển');

/** ", trong đó 2 vụ khẩn cấp: #12, #15": the first few urgent case numbers, so they can be opened at once. */
function urgentCases(numbers: number[]): string {
  if (!numbers.length) return '';
  const shown = numbers
    .slice(0, 5)
    .map((n) => `#${n}`)
    .join(', ');
  const more = numbers.length > 5 ? ` và ${numbers.length - 5} vụ khác` : '';
  return `, trong đó ${numbers.length} vụ khẩn cấp: ${shown}${more}`;
}

export const vi = {
  /** The citizens' usage text around the command lines (handlers/conversation/commands.ts lists them). */
  howToUse: (commandLines: string[]) =>
    'Bạn có thể:\n' +
    '• Hỏi về phòng, chống mua bán người, quyền lợi của nạn nhân, thủ tục tiếp nhận, hỗ trợ…\n' +
    '• Báo tin khi nghi ngờ có người bị lừa bán, bị giữ hoặc mất liên lạc: tin báo được giữ bí mật và chuyển cho cán bộ.\n' +
    commandLines.map((l) => `${l}\n`).join('') +
    'Nếu đang gặp nguy hiểm, hãy gọi ngay 113.',
  /** The channel's own controls, for a channel where people type no slash commands: a web page's, or the buttons under messages. */
  pageControls: ({ webPage, clearsConversation }: Pick<ChannelTraits, 'webPage' | 'clearsConversation'>) => [
    webPage
      ? '• Chọn tỉnh ở đầu trang để nhận đúng số điện thoại và kế hoạch của tỉnh.'
      : '• Bấm «Chọn tỉnh» để nhận đúng số điện thoại và kế hoạch của tỉnh.',
    '• Bấm «Gặp cán bộ» để đề nghị gặp cán bộ tiếp nhận.',
    '• Hỏi «gọi số nào để được giúp?» để xem số điện thoại hỗ trợ ở tỉnh của bạn.',
    `• Bấm «${eraseLabel(clearsConversation)}» (${webPage ? 'trong menu ☰ hoặc dưới tin báo' : 'dưới tin báo'}) để ` +
      `${clearsConversation ? 'xoá cả cuộc trò chuyện trên máy này' : 'xoá các tin nhắn của bot'}.`,
  ],
  welcome: (province: string | null | undefined, howTo: string) =>
    'Xin chào! Mình là trợ lý phòng, chống mua bán người.\n\n' +
    howTo +
    (provinceName(province) ? `\n\nTỉnh đang chọn: ${provinceName(province)}.` : ''),
  unknownCommand: (howTo: string) => `Mình chưa hiểu lệnh này.\n\n${howTo}`,
  // Said in every channel, so it names no command.
  smalltalk: () =>
    'Chào bạn! Mình có thể trả lời câu hỏi về phòng, chống mua bán người và chuyển tin báo của bạn tới cán bộ. ' +
    'Cứ nhắn câu hỏi hoặc điều bạn muốn báo.',
  nonText: () =>
    'Hiện mình chỉ đọc được tin nhắn chữ. Bạn vui lòng viết nội dung bằng chữ nhé. ' + 'Nếu đang gặp nguy hiểm, hãy gọi ngay 113.',
  empty: () => 'Tin nhắn trống. Bạn cứ viết câu hỏi hoặc điều bạn muốn báo nhé.',
  chooseProvince: (typedCommands: boolean) =>
    typedCommands
      ? 'Bạn ở tỉnh, thành phố nào? Chọn bên dưới (hoặc gõ tên, ví dụ /tinh Đà Nẵng).'
      : 'Bạn ở tỉnh, thành phố nào? Chọn bên dưới.',
  unknownProvince: (names: string[] = PROVINCES.map((p) => p.name)) => `Mình chưa có dữ liệu của tỉnh này. Hiện có: ${names.join(', ')}.`,
  provinceSet: (slug: string) => `Đã chọn tỉnh ${provinceName(slug)}. Mình sẽ ưu tiên văn bản và số điện thoại của tỉnh này.`,
  /** A province merged in 2025: its documents are the former province's. */
  mergedProvinceSet: (oldName: string, now: string) =>
    `Đã chọn ${now} (gồm tỉnh ${oldName} cũ). Mình sẽ ưu tiên văn bản và số điện thoại của tỉnh ${oldName}, ban hành trước khi sáp nhập năm 2025.`,

  officerRequested: (n: number, hotlines: string) =>
    `Mình đã chuyển đề nghị của bạn tới cán bộ tiếp nhận (số #${n}). Cán bộ sẽ trả lời bạn ngay tại đây.\n\n` +
    'Nếu cần gấp, hãy gọi:\n' +
    hotlines,
  alreadyInCase: (n: number) => `Bạn đang có vụ việc #${n}. Cứ nhắn tiếp tại đây, tin nhắn sẽ được chuyển tới cán bộ.`,
  stillWaiting: (n: number, when: string | undefined) =>
    `Vụ việc #${n} của bạn chưa có cán bộ nhận. ` +
    (when ? `Hiện đang ngoài giờ làm việc; cán bộ sẽ liên hệ ${when}. ` : 'Cán bộ sẽ liên hệ ngay khi nhận được vụ việc. ') +
    'Trong lúc chờ, bạn có thể gọi tổng đài 111 (tiếp nhận cả tin báo về mua bán người); khi nguy hiểm hãy gọi ngay 113.',
  dbError: (hotlines: string) =>
    'Xin lỗi, hệ thống đang gặp sự cố nên chưa ghi nhận được tin nhắn của bạn. ' +
    'Nếu bạn cần báo tin hoặc đang gặp nguy hiểm, hãy gọi ngay:\n' +
    hotlines,
  claimedCitizen: (n: number) => `Một cán bộ đã tiếp nhận vụ việc #${n}. Cán bộ sẽ trò chuyện với bạn tại đây.`,
  officerPrefix: (text: string) => `Cán bộ tiếp nhận: ${text}`,
  /** What the citizen can do once their case is closed (the officer's note is not shown). */
  closedCitizen: (n: number, hotlines: string) =>
    `Vụ việc #${n} đã được cán bộ khép lại. Cảm ơn bạn đã tin tưởng báo tin.\n\n` +
    'Bạn có thể:\n' +
    `• Nhắn tại đây như lần đầu khi có chuyện mới (người thân liên lạc lại, lại bị đòi tiền hay bị đe dọa…); hãy nhắc số #${n} để cán bộ tìm lại hồ sơ cũ.\n` +
    '• Hỏi mình về quyền lợi và hỗ trợ dành cho nạn nhân và gia đình.\n' +
    '• Bấm «Gặp cán bộ» bên dưới nếu muốn nói chuyện lại với cán bộ.\n\n' +
    'Khi nguy hiểm, hãy gọi ngay:\n' +
    hotlines,
  erased: () =>
    'Mình đã xoá các tin nhắn của bot trong cuộc trò chuyện này (ở nơi nền tảng cho phép).\n' +
    'Để xoá tin nhắn của chính bạn: nhấn giữ từng tin nhắn rồi chọn "Xoá" (hoặc xoá cả cuộc trò chuyện). ' +
    'Bạn cũng có thể xoá tin nhắn này sau khi đọc.',
  /** `webPage`: the conversation was a web page's (see ChannelTraits), whose browser keeps its own history. */
  deviceCleared: (webPage: boolean, caseNumber?: number) =>
    (caseNumber ? `Số vụ việc của bạn là #${caseNumber}. Hãy ghi nhớ số này nếu muốn liên lạc lại với cán bộ.\n\n` : '') +
    (webPage
      ? 'Cuộc trò chuyện đã được xoá khỏi máy này và khỏi trang; một phiên mới đã bắt đầu. Nếu dùng chung máy, bạn nên xoá thêm lịch sử trình duyệt. '
      : 'Cuộc trò chuyện đã được xoá khỏi máy này; một phiên mới đã bắt đầu. ') +
    'Khi nguy hiểm, hãy gọi ngay 113.',
  consentGiven: () => 'Cảm ơn bạn. Cán bộ tiếp nhận sẽ thấy tên hiển thị của bạn trong vụ việc.',
  answerFailed: (hotlines: string) =>
    'Xin lỗi, mình chưa trả lời được câu hỏi này lúc này. Bạn thử lại sau ít phút nhé. ' + 'Nếu cần giúp gấp, hãy gọi:\n' + hotlines,
  /** Sent before the answer when a question describes someone in danger now without being a report of the writer's. */
  dangerInQuestion: (hotlines: string) =>
    'Nếu có người đang gặp nguy hiểm, hãy gọi ngay:\n' +
    hotlines +
    '\n\nNếu bạn biết những người này, hãy nhắn kể lại sự việc (ai, ở đâu, đang xảy ra điều gì) để cán bộ tiếp nhận và hỗ trợ.',
  /** Heads the documents' answer to a question asked inside a report, below the case reply. */
  reportQuestionAnswer: () => 'Về điều bạn hỏi, theo tài liệu:',
  /** Takes up a question asked inside a report that the documents do not cover. */
  reportQuestionNotCovered: () =>
    'Về điều bạn hỏi: nội dung này không có trong các văn bản hiện có. Cán bộ nhận vụ việc sẽ tư vấn thêm cho bạn.',
  /** Takes up a question asked inside a report that the documents do not answer clearly. */
  reportQuestionUnsure: () =>
    'Về điều bạn hỏi: mình chưa tìm thấy câu trả lời rõ ràng trong các văn bản hiện có. Cán bộ nhận vụ việc sẽ tư vấn thêm cho bạn.',
  draftWithdrawn: () => 'Lưu ý: bản nháp vừa hiện đã được rút lại vì chưa khớp với tài liệu. Câu trả lời đã kiểm tra:',
  officerRequestNote: () => '(Người dân đề nghị gặp cán bộ tiếp nhận.)',
  sectionMissing: () => 'Không tìm thấy toàn văn của mục này nữa. Bạn thử hỏi lại nhé.',
  myId: (userId: string, chatId: string) => `Mã người dùng của bạn: ${userId}\nMã cuộc trò chuyện: ${chatId}`,

  // Officer side.
  /** `commands`: the officer reads this in a chat app that takes slash commands (not the web console). */
  /** A burst of new cases has just started: what happens to the next ones (see conversation/burst.ts). */
  burstAlert: (b: { cases: number; urgent: number[] }, commands = true) =>
    `⚠️ Số vụ việc mới tăng bất thường: ${b.cases} vụ trong một phút qua${urgentCases(b.urgent)}. ` +
    'Để không làm ngập tin nhắn, các vụ mới tiếp theo được gộp thành một thông báo mỗi phút; vụ khẩn cấp vẫn được báo ngay. ' +
    `Mọi vụ việc đều được lưu đầy đủ; xem hàng đợi ${queueWhere(commands)}, vụ khẩn cấp ở đầu danh sách.`,
  /** The new cases of a burst since the previous notice. */
  burstSummary: (b: { cases: number; urgent: number[] }, commands = true) =>
    `Thêm ${b.cases} vụ việc mới kể từ thông báo trước${urgentCases(b.urgent)}. ` +
    `Các vụ việc đã được lưu đầy đủ; xem hàng đợi ${queueWhere(commands)}, vụ khẩn cấp ở đầu danh sách.`,
  /** Many unclaimed cases due for a reminder at once: one message instead of one per case. */
  stillWaitingSummary: (b: { cases: number; urgent: number[] }, commands = true) =>
    `${b.cases} vụ việc vẫn đang chờ cán bộ nhận xử lý${urgentCases(b.urgent)}. ` +
    `Xem hàng đợi ${queueWhere(commands)}, vụ khẩn cấp ở đầu danh sách.`,
  forbidden: () => 'Xin lỗi, chức năng này chỉ dành cho cán bộ tiếp nhận đã được đăng ký.',
  notFound: (n: number) => `Không tìm thấy vụ việc #${n}.`,
  needNumber: (usage: string) => `Thiếu số vụ việc. Cách dùng: ${usage}`,
  takenBy: (n: number, who: string) => `Vụ việc #${n} đã được ${who} nhận xử lý.`,
  notHolder: (n: number, commands = true) =>
    `Bạn không còn giữ vụ việc #${n} nên không thể thao tác này. ${commands ? `Dùng /xem ${n} để xem tình trạng.` : 'Tình trạng mới nhất hiện trong hồ sơ.'}`,
  alreadyClosed: (n: number) => `Vụ việc #${n} đã đóng.`,
  emptyText: () => 'Nội dung trống.',
  closeNeedsNote: (n: number, commands = true) => `Khi đóng vụ việc cần ghi chú kết quả${commands ? `: /dong ${n} <ghi chú>` : ''}.`,
  claimedOfficer: (n: number, commands = true) =>
    !commands
      ? `Bạn đã nhận vụ việc #${n}. Trả lời người dân, ghi chú nội bộ, trả lại hàng đợi hoặc đóng hồ sơ ngay trong bảng điều khiển.`
      : `Bạn đã nhận vụ việc #${n}. Tin nhắn thường bạn gửi trong cuộc trò chuyện riêng với bot sẽ được chuyển tới người dân ` +
        `(hoặc dùng /tl ${n} <nội dung>). Ghi chú nội bộ: /ghichu ${n} <nội dung>. Trả lại hàng đợi: /tra ${n}. Đóng: /dong ${n} <ghi chú>.`,
  claimedOthers: (n: number, who: string) => `Vụ việc #${n} đã được ${who} nhận xử lý.`,
  replied: (n: number) => `Đã gửi tới người dân (vụ việc #${n}).`,
  noted: (n: number) => `Đã lưu ghi chú nội bộ cho vụ việc #${n}.`,
  released: (n: number) => `Đã trả vụ việc #${n} về hàng đợi.`,
  closedOfficer: (n: number) => `Đã đóng vụ việc #${n}. Người dân đã được báo (không kèm ghi chú).`,
  /** The citizen cleared the conversation from their device (`where`: see clearedWhere): that session is gone, nothing more reaches them. */
  citizenLeft: (n: number, where: string) =>
    `Người dân của vụ việc #${n} đã xoá cuộc trò chuyện khỏi thiết bị (${where}); phiên trò chuyện đó đã kết thúc. ` +
    `Tin trả lời không còn tới được họ. Họ đã được xem số #${n} để nhắc lại nếu liên hệ lần sau.`,
  replyNotDelivered: (n: number, where: string, commands = true) =>
    `Không gửi được tới người dân (vụ việc #${n}): họ đã xoá cuộc trò chuyện khỏi thiết bị (${where}) nên phiên đó đã kết thúc. ` +
    'Nội dung của bạn không được gửi đi và không được lưu vào hồ sơ; bạn có thể ' +
    (commands ? `ghi chú nội bộ (/ghichu ${n} <nội dung>) hoặc đóng vụ việc (/dong ${n} <ghi chú>).` : 'ghi chú nội bộ hoặc đóng vụ việc.'),
  closedOfficerUnreached: (n: number) =>
    `Đã đóng vụ việc #${n}. Người dân đã xoá cuộc trò chuyện khỏi thiết bị nên không nhận được thông báo đóng.`,
  severalHeld: (ns: number[]) =>
    `Bạn đang giữ nhiều vụ việc (${ns.map((n) => `#${n}`).join(', ')}). Hãy dùng /tl <số> <nội dung> để chọn vụ việc.`,
  relayToOfficer: (n: number, text: string) => `💬 Vụ việc #${n}, người dân nhắn:\n${text}`,
  emptyQueue: () => 'Hàng đợi trống: không có vụ việc nào đang mở.',
  dbErrorOfficer: () => 'Xin lỗi, cơ sở dữ liệu đang gặp sự cố. Vui lòng thử lại sau ít phút.',
  unsavedAlert: (label: TriageLabel, text: string) =>
    `⚠️ Có ${LABEL_VI[label]} nhưng hệ thống KHÔNG lưu được (lỗi cơ sở dữ liệu). Người dân đã được hướng dẫn gọi 113/111.\nNội dung: ${text}`,
};
