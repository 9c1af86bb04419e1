// `/tailieu` (officers): which documents the bot is answering from, with province, dates and validity.
import type { DocMeta } from '../../knowledge/types.js';
import { documentLabel } from '../../knowledge/cite.js';
import { vnDate } from '../../knowledge/text.js';
import { statusLabel } from '../../knowledge/validity.js';
import { provinceName } from '../replies/vi.js';

function line(d: DocMeta): string {
  const dates = [
    d.issuedDate ? `ban hành ${vnDate(d.issuedDate)}` : '',
    d.effectiveDate ? `hiệu lực ${vnDate(d.effectiveDate)}` : '',
    d.expiryDate ? `hết hạn ${vnDate(d.expiryDate)}` : '',
  ].filter(Boolean);
  const where = d.province ? (provinceName(d.province) ?? d.province) : 'toàn quốc';
  const scope = d.excerpt && d.completeness ? ` Phạm vi: ${d.completeness.replace(/\.$/, '')}.` : '';
  return `• ${documentLabel(d)} (${where})${dates.length ? `: ${dates.join(', ')}` : ''}. Tình trạng: ${statusLabel(d)}.${scope}`;
}

export function documentsText(docs: DocMeta[]): string {
  if (!docs.length) return 'Chưa nạp văn bản nào. Dùng npm run ingest để thêm văn bản vào kho.';
  const plans = docs.filter((d) => d.kind === 'plan');
  const regs = docs.filter((d) => d.kind !== 'plan');
  const out = [`Đang dùng ${docs.length} văn bản:`];
  if (regs.length) out.push('', 'Văn bản quy phạm pháp luật:', ...regs.map(line));
  if (plans.length) out.push('', 'Kế hoạch, đề án của tỉnh:', ...plans.map(line));
  return out.join('\n');
}
