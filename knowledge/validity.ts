// How current a document is, for ranking and for the short note a citation carries.
// A provincial plan whose period has ended is "expired", but it is usually still the province's most
// recent plan (and its agencies and procedures still apply), so its note says the period ended rather
// than a bare "hết hiệu lực", and it is ranked down less than a superseded legal text.

import type { DocMeta } from './types.js';
import { vnDate } from './text.js';

/** Multiplier for retrieval scores: 1 for texts in force or of unknown status. */
export function validityWeight(doc: DocMeta): number {
  if (doc.status === 'replaced') return 0.85;
  if (doc.status === 'expired') return isPeriodEnded(doc) ? 0.9 : 0.85;
  return 1;
}

/** A text stating today's rules: in force, and not one detailing a law that was since replaced. */
export function statesTodaysRules(doc: DocMeta): boolean {
  return validityWeight(doc) === 1 && !doc.basisNote;
}

/** A plan that is expired only because its implementation period is over. */
export function isPeriodEnded(doc: DocMeta): boolean {
  return doc.kind === 'plan' && doc.status === 'expired' && (!doc.statusNote || /hết thời gian thực hiện/.test(doc.statusNote));
}

function planPeriod(doc: DocMeta): string | undefined {
  const m = doc.statusNote?.match(/\((năm|giai đoạn) ([^)]+)\)/);
  if (m) return `${m[1]} ${m[2]}`;
  return doc.expiryDate ? `năm ${doc.expiryDate.slice(0, 4)}` : undefined;
}

/**
 * Short Vietnamese validity note for a citation, or '' when the text is in force or nobody knows:
 * `đã được thay thế bởi Luật 53/2024/QH15 từ 01/07/2025`, `hết hiệu lực từ 01/07/2025`,
 * `hướng dẫn Luật 66/2011/QH12, luật này đã được thay thế …` (a text detailing a replaced law),
 * `đã hết thời gian thực hiện` (plan whose short name shows its period) or
 * `kế hoạch năm 2024, đã hết thời gian thực hiện`.
 */
export function validityNote(doc: DocMeta): string {
  if (doc.status === 'replaced') {
    const note = doc.statusNote && /thay thế/.test(doc.statusNote) ? doc.statusNote : 'đã được thay thế';
    return doc.expiryDate && !/\btừ\b/u.test(note) ? `${note} từ ${vnDate(doc.expiryDate)}` : note;
  }
  if (doc.status !== 'expired') return doc.basisNote ?? '';
  if (isPeriodEnded(doc)) {
    const period = planPeriod(doc);
    const years = period?.replace(/^(năm|giai đoạn) /, '');
    if (!period || (years && doc.shortName.includes(years))) return 'đã hết thời gian thực hiện';
    const what = /Đề án/i.test(doc.title) ? 'đề án' : 'kế hoạch';
    return `${what} ${period}, đã hết thời gian thực hiện`;
  }
  return doc.expiryDate ? `hết hiệu lực từ ${vnDate(doc.expiryDate)}` : 'hết hiệu lực';
}

/** Status in a few words for lists (/tailieu, ingest output). */
export function statusLabel(doc: DocMeta): string {
  if (doc.status === 'in_force') return 'còn hiệu lực';
  if (doc.status === 'unknown') {
    const label = doc.statusNote ? `chưa rõ hiệu lực (${doc.statusNote})` : 'chưa rõ hiệu lực';
    return doc.basisNote ? `${label}; ${doc.basisNote}` : label;
  }
  return validityNote(doc);
}
