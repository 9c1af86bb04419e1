// Our own sample traffic for the load harness and the benchmarks (not the evaluation sets).

export const LOAD_QUESTIONS = [
  'Nạn nhân bị mua bán được hỗ trợ những gì?',
  'Trách nhiệm của Công an tỉnh trong kế hoạch là gì?',
  'thu tuc tiep nhan nan nhan tro ve',
  'Ủy ban nhân dân cấp xã có nhiệm vụ gì khi tiếp nhận nạn nhân?',
  'Hỗ trợ học nghề cho nạn nhân như thế nào?',
  'Ai xác minh nạn nhân bị mua bán?',
  'chế độ hỗ trợ y tế cho nạn nhân',
  'Bộ đội Biên phòng có trách nhiệm gì?',
  'Hội Liên hiệp Phụ nữ tham gia thế nào?',
  'kinh phí thực hiện kế hoạch lấy từ đâu',
];

export const LOAD_REPORTS = [
  'Con gái tôi đi làm ở nước ngoài theo lời một người quen, giờ mất liên lạc cả tháng nay',
  'Hàng xóm tôi bị dụ sang biên giới làm việc nhẹ lương cao, gia đình không liên lạc được',
  'Em trai tôi bị giữ hộ chiếu ở công ty bên kia biên giới và bị bắt trả tiền mới cho về',
];

// `npm run load -- --varied`: questions built from these parts, each asked once per cycle, so the answer cache
// (1,000 answers, least recently asked dropped first) never holds the next one and every answer is worked out.
const VARIED_TOPICS = [
  'hỗ trợ nạn nhân bị mua bán',
  'xác minh nạn nhân',
  'tiếp nhận nạn nhân trở về',
  'hỗ trợ y tế cho nạn nhân',
  'hỗ trợ tâm lý cho nạn nhân',
  'trợ giúp pháp lý cho nạn nhân',
  'hỗ trợ học nghề',
  'hỗ trợ nhu cầu thiết yếu ban đầu',
  'kinh phí phòng, chống mua bán người',
  'trách nhiệm của Công an tỉnh',
  'nhiệm vụ của Bộ đội Biên phòng',
  'vai trò của Hội Liên hiệp Phụ nữ',
  'trách nhiệm của Ủy ban nhân dân cấp xã',
  'tuyên truyền phòng, chống mua bán người',
  'chế độ thông tin, báo cáo',
  'bảo vệ an toàn cho nạn nhân',
  'hồ sơ xác định nạn nhân',
  'thời hạn xác minh nạn nhân',
  'cơ sở bảo trợ xã hội tiếp nhận nạn nhân',
  'hỗ trợ nạn nhân là trẻ em',
  'tái hòa nhập cộng đồng',
  'hợp tác quốc tế về mua bán người',
  'hỗ trợ chi phí đi lại cho nạn nhân',
  'nâng cao năng lực cán bộ',
  'kiểm tra, giám sát thực hiện kế hoạch',
  'bảo mật thông tin của nạn nhân',
  'hỗ trợ vay vốn cho nạn nhân',
  'phòng ngừa mua bán người ở khu vực biên giới',
  'lồng ghép phòng, chống mua bán người với giảm nghèo',
  'sơ kết, tổng kết kế hoạch',
];
const VARIED_FRAMES = [
  (t: string, at: string) => `Quy định về ${t}${at} như thế nào?`,
  (t: string, at: string) => `Cho tôi hỏi về ${t}${at}`,
  (t: string, at: string) => `${t}${at} gồm những gì?`,
  (t: string, at: string) => `Văn bản nào nói về ${t}${at}?`,
  (t: string, at: string) => `${t}${at} được thực hiện ra sao`,
];
const VARIED_PLACES = [
  '',
  ' ở Quảng Nam',
  ' ở Bình Định',
  ' ở Sóc Trăng',
  ' ở Đồng Nai',
  ' ở cấp xã',
  ' theo kế hoạch của tỉnh',
  ' hiện nay',
];

/** 1,200 different questions (every topic in every frame and place), in the order they are asked. */
export function variedQuestions(): string[] {
  const out: string[] = [];
  for (const at of VARIED_PLACES) for (const frame of VARIED_FRAMES) for (const t of VARIED_TOPICS) out.push(frame(t, at));
  return out;
}
