// Citation label of a section. knowledge/cite.ts (helper K) is the shared source once it exists;
// this mirror keeps answers citable meanwhile: `KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh`.
import type { DocMeta } from '../../knowledge/types.js';

export function citationLabel(doc: DocMeta, path: string[]): string {
  const base = [doc.shortName, ...path].filter(Boolean).join(' › ');
  if (doc.status === 'expired' || doc.status === 'replaced') return `${base} (${doc.statusNote ?? 'văn bản đã hết hiệu lực'})`;
  return base;
}
