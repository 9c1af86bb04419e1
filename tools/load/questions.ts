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
