// The Vietnamese command menu shown by Telegram (setMyCommands). Names must be lowercase latin.
import type { BotCommand } from 'grammy/types';

export const CITIZEN_COMMANDS: BotCommand[] = [
  { command: 'start', description: 'Bắt đầu trò chuyện' },
  { command: 'trogiup', description: 'Hướng dẫn sử dụng' },
  { command: 'tinh', description: 'Chọn tỉnh, thành phố của bạn' },
  { command: 'canbo', description: 'Gặp cán bộ' },
  { command: 'xoa', description: 'Xoá các tin nhắn của trợ lý trong cuộc trò chuyện' },
  { command: 'dongy', description: 'Đồng ý cho cán bộ xem tên của bạn' },
];

/** Extra commands for officers' private chats (scope chat). */
export const OFFICER_COMMANDS: BotCommand[] = [
  { command: 'hangdoi', description: 'Xem hàng đợi vụ việc' },
  { command: 'nhan', description: 'Nhận xử lý: /nhan <số>' },
  { command: 'tl', description: 'Trả lời người dân: /tl <số> <nội dung>' },
  { command: 'ghichu', description: 'Ghi chú nội bộ: /ghichu <số> <nội dung>' },
  { command: 'xem', description: 'Xem chi tiết vụ việc: /xem <số>' },
  { command: 'tra', description: 'Trả vụ việc về hàng đợi: /tra <số>' },
  { command: 'dong', description: 'Đóng vụ việc: /dong <số> <ghi chú>' },
  { command: 'thongke', description: 'Thống kê vụ việc' },
];
