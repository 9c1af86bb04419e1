// Export of one case for the officer who holds it: a JSON document (console download) or readable
// text split into chat-sized messages (/xuat <số>). Every attempt is audited; nobody else may export.
import { splitText } from '../text/split.js';
import type { CaseStore } from '../cases/store.js';
import { LABEL_VI, STATUS_VI, provinceName } from '../replies/vi.js';
import { isHolder, type OfficerIdentity } from '../accounts/identity.js';
import { CaseError, type Actor, type CaseMessage, type CaseStatus, type Channel, type TriageLabel } from '../types.js';

export const EXPORT_FORMAT = 'pcmbn-case-export/1';
/** A part reads as one chat message: at most this long, shorter where the officer's channel shows less. */
export const EXPORT_PART_CHARS = 1800;
/** Room for the "(1/3)" header of a part. */
const PART_HEADER_ROOM = 200;

export const exportPartChars = (channelLimit: number | undefined) =>
  channelLimit === undefined ? EXPORT_PART_CHARS : Math.min(EXPORT_PART_CHARS, channelLimit - PART_HEADER_ROOM);

export interface CaseExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  exportedBy: string;
  case: {
    number: number;
    label: TriageLabel;
    urgent: boolean;
    status: CaseStatus;
    channel: Channel;
    province?: string;
    createdAt: string;
    claimedAt?: string;
    closedAt?: string;
    officer?: string;
    /** Only when the citizen agreed to share it. */
    citizenName?: string;
    resolution?: string;
  };
  messages: { direction: CaseMessage['direction']; author?: string; at: string; text: string }[];
  /** Who did what to the case (officer keys; citizens shown only as "citizen"). */
  audit: { at: string; actor: string; action: string; outcome: string }[];
}

export interface ExportDeps {
  store: CaseStore;
  /** The officer behind the actor (see handlers/accounts/identity.ts), undefined for anyone else. */
  identify: (a: Actor) => OfficerIdentity | undefined;
  /** The key the audit trail records for any actor. */
  keyOf: (a: Actor) => string;
  /** Whether the actor's channel takes typed commands (otherwise the console's own buttons stand for them). */
  typedCommands: (a: Actor) => boolean;
  now?: () => number;
}

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
export function exportCase(deps: ExportDeps, a: Actor, caseId: number): CaseExport {
  const { store } = deps;
  const at = (deps.now ?? Date.now)();
  const audit = (outcome: 'ok' | 'denied' | 'not_found' | 'conflict', id?: number) =>
    store.audit({ at, actor: deps.keyOf(a), action: 'export', outcome, ...(id !== undefined ? { caseId: id } : {}) });
  const officer = deps.identify(a);
  if (!officer) {
    audit('denied', caseId);
    throw new CaseError('forbidden', 'Bạn không có quyền thực hiện thao tác của cán bộ.');
  }
  const c = store.getCase(caseId);
  if (!c) {
    audit('not_found', caseId);
    throw new CaseError('not_found', 'Không tìm thấy vụ việc này.');
  }
  if (!isHolder(officer, a.name, c)) {
    audit('denied', c.id);
    throw new CaseError(
      'forbidden',
      `Chỉ cán bộ đang giữ vụ việc #${c.number} mới được xuất hồ sơ. Hãy nhận xử lý trước${deps.typedCommands(a) ? ` (/nhan ${c.number})` : ''}.`,
    );
  }
  if (c.purgedAt !== undefined) {
    audit('conflict', c.id);
    throw new CaseError('conflict', `Nội dung vụ việc #${c.number} đã được xoá theo thời hạn lưu trữ; chỉ còn số liệu thống kê.`);
  }
  const doc: CaseExport = {
    format: EXPORT_FORMAT,
    exportedAt: new Date(at).toISOString(),
    exportedBy: officer.name ?? a.name ?? officer.key,
    case: {
      number: c.number,
      label: c.label,
      urgent: c.urgent,
      status: c.status,
      channel: c.channel,
      ...(c.province ? { province: c.province } : {}),
      createdAt: iso(c.createdAt)!,
      ...(c.firstClaimedAt ? { claimedAt: iso(c.firstClaimedAt) } : {}),
      ...(c.closedAt ? { closedAt: iso(c.closedAt) } : {}),
      ...(c.claimedByName ? { officer: c.claimedByName } : {}),
      ...(c.citizenName ? { citizenName: c.citizenName } : {}),
      ...(c.resolution ? { resolution: c.resolution } : {}),
    },
    messages: store
      .messages(c.id)
      .map((m) => ({ direction: m.direction, ...(m.author ? { author: m.author } : {}), at: iso(m.at)!, text: m.text })),
    audit: store.auditEntries(c.id).map((e) => ({
      at: iso(e.at)!,
      actor: e.actor.startsWith('citizen:') ? 'citizen' : e.actor,
      action: e.action,
      outcome: e.outcome,
    })),
  };
  audit('ok', c.id);
  return doc;
}

const WHO: Record<CaseMessage['direction'], string> = { citizen: 'Người dân', officer: 'Cán bộ', bot: 'Bot', note: 'Ghi chú nội bộ' };
const timeVi = (s: string | undefined) => (s ? new Date(s).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false }) : '');

/** A readable Vietnamese document; `channelLabel` names the case's channel as officers see it. */
function exportText(e: CaseExport, channelLabel: string): string {
  const c = e.case;
  return [
    `HỒ SƠ VỤ VIỆC #${c.number}`,
    `Loại: ${LABEL_VI[c.label]}${c.urgent ? ' (khẩn cấp)' : ''} · Trạng thái: ${STATUS_VI[c.status]} · Kênh: ${channelLabel}`,
    ...(c.province ? [`Tỉnh: ${provinceName(c.province) ?? c.province}`] : []),
    `Mở lúc: ${timeVi(c.createdAt)}`,
    ...(c.claimedAt ? [`Cán bộ nhận lúc: ${timeVi(c.claimedAt)}`] : []),
    ...(c.closedAt ? [`Đóng lúc: ${timeVi(c.closedAt)}`] : []),
    ...(c.officer ? [`Cán bộ xử lý: ${c.officer}`] : []),
    ...(c.citizenName ? [`Người báo (đã đồng ý chia sẻ tên): ${c.citizenName}`] : []),
    ...(c.resolution ? [`Kết quả: ${c.resolution}`] : []),
    `Xuất lúc: ${timeVi(e.exportedAt)} bởi ${e.exportedBy}`,
    '',
    'TRAO ĐỔI',
    ...e.messages.map((m) => `[${timeVi(m.at)}] ${WHO[m.direction]}${m.author ? ` (${m.author})` : ''}:\n${m.text}`),
  ].join('\n');
}

/** The text document in chat-sized parts, numbered when there is more than one. */
export function exportMessages(e: CaseExport, channelLabel: string, limit = EXPORT_PART_CHARS): string[] {
  const parts = splitText(exportText(e, channelLabel), limit);
  return parts.length === 1 ? parts : parts.map((p, i) => `(${i + 1}/${parts.length})\n${p}`);
}
