// Officer-facing texts: announcements, queue, case view, statistics. Officers may see the report;
// the citizen's name only when the citizen agreed (CaseRow.citizenName is set only then).
import type { CaseRow, CaseStats } from '../cases/store.js';
import type { CaseMessage } from '../types.js';
import { truncate } from '../conversation/text.js';
import { LABEL_VI, STATUS_VI, provinceName } from './vi.js';

export const ANNOUNCE_MAX_CHARS = 500;

const time = (ms: number) => new Date(ms).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  if (m < 60) return `${m} phút`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} giờ ${m % 60} phút`;
  return `${Math.floor(h / 24)} ngày ${h % 24} giờ`;
}

/**
 * `commands`: the officer reads this in a chat app that takes slash commands (not the web console);
 * `channelLabel`: the case's channel as officers see it named.
 */
export function announcement(
  c: CaseRow,
  reportText: string,
  kind: 'new' | 'reannounce' | 'release',
  commands: boolean,
  channelLabel: string,
): string {
  const head = c.urgent ? '🔴 KHẨN' : '🟡 Vụ việc mới';
  const prefix =
    kind === 'reannounce' ? '⏰ Nhắc lại: chưa có cán bộ nhận. ' : kind === 'release' ? '↩️ Vụ việc được trả lại hàng đợi. ' : '';
  const lines = [
    `${prefix}${head} #${c.number} · ${LABEL_VI[c.label]} · ${channelLabel}`,
    ...(provinceName(c.province) ? [`Tỉnh: ${provinceName(c.province)}`] : []),
    ...(c.citizenName ? [`Người báo (đã đồng ý chia sẻ tên): ${c.citizenName}`] : []),
    `Nội dung:\n${truncate(reportText, ANNOUNCE_MAX_CHARS)}`,
    // A chat app shows the claim choice as a button (Telegram) or a numbered choice (Zalo): "chọn" fits both.
    commands ? `Chọn "Nhận xử lý" hoặc gõ /nhan ${c.number} để nhận.` : 'Bấm "Nhận xử lý" trong hồ sơ để nhận.',
  ];
  return lines.join('\n');
}

export function queueText(cases: CaseRow[], previews: Map<number, string>, now: number): string {
  return [
    `Hàng đợi (${cases.length}):`,
    ...cases.map((c) => {
      const who = c.status === 'claimed' ? ` · ${c.claimedByName ?? 'cán bộ'}` : '';
      return `${c.urgent ? '🔴' : '•'} #${c.number} · ${LABEL_VI[c.label]} · ${STATUS_VI[c.status]}${who} · ${minutes(now - c.createdAt)} trước\n  ${truncate(previews.get(c.id) ?? '', 80)}`;
    }),
  ].join('\n');
}

export function detailText(c: CaseRow, messages: CaseMessage[], channelLabel: string): string {
  const who: Record<CaseMessage['direction'], string> = { citizen: 'Người dân', officer: 'Cán bộ', bot: 'Bot', note: 'Ghi chú' };
  return [
    `${c.urgent ? '🔴 ' : ''}Vụ việc #${c.number} · ${LABEL_VI[c.label]} · ${STATUS_VI[c.status]} · ${channelLabel}`,
    `Mở lúc: ${time(c.createdAt)}`,
    ...(c.claimedByName || c.claimedBy ? [`Cán bộ: ${c.claimedByName ?? c.claimedBy}`] : []),
    ...(c.citizenName ? [`Người báo: ${c.citizenName}`] : []),
    ...(c.resolution ? [`Kết quả: ${c.resolution}`] : []),
    '',
    // The bot's own replies are known boilerplate: keep them short so the citizen's words stand out.
    ...messages.map(
      (m) =>
        `[${time(m.at)}] ${who[m.direction]}${m.author ? ` (${m.author})` : ''}: ${m.direction === 'bot' ? truncate(m.text.replace(/\s+/g, ' '), 100) : m.text}`,
    ),
  ].join('\n');
}

/** Aggregates only: no case numbers, texts, names or ids. `labelOf` names a channel as officers see it. */
export function statsText(s: CaseStats, labelOf: (channel: string) => string): string {
  const list = (rec: Record<string, number>, names?: Record<string, string>) =>
    Object.entries(rec)
      .map(([k, n]) => `  • ${names?.[k] ?? k}: ${n}`)
      .join('\n') || '  (chưa có)';
  return [
    `Thống kê vụ việc (tổng ${s.total})`,
    `Theo loại:\n${list(s.byLabel, LABEL_VI)}`,
    `Theo trạng thái:\n${list(s.byStatus, STATUS_VI)}`,
    `Theo kênh:\n${list(s.byChannel, Object.fromEntries(Object.keys(s.byChannel).map((ch) => [ch, labelOf(ch)])))}`,
    `Theo tháng:\n${list(s.byMonth)}`,
    `Thời gian trung vị đến khi có cán bộ nhận: ${s.medianClaimMs === undefined ? 'chưa có' : minutes(s.medianClaimMs)}`,
    `Thời gian trung vị đến khi đóng: ${s.medianCloseMs === undefined ? 'chưa có' : minutes(s.medianCloseMs)}`,
  ].join('\n');
}
