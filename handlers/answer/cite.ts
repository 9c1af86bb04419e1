// Structured citations built on the knowledge module's labels, so every channel cites a section the same way.
import { citationHeading, citationLabel, isMarkedExcerpt, validityBadge } from '../../knowledge/cite.js';
import type { DocMeta } from '../../knowledge/types.js';
import type { Citation, CitationBadge } from '../types.js';

/** A structured citation: the plain label every channel can print, plus heading, badges and quotes for richer ones. */
export function citationOf(
  n: number,
  doc: DocMeta,
  path: string[],
  sectionId: string,
  extra: { quotes?: string[]; fullData?: string; otherProvince?: boolean } = {},
): Citation {
  const badges: CitationBadge[] = [];
  const validity = validityBadge(doc);
  if (validity) badges.push(validity);
  if (isMarkedExcerpt(doc)) badges.push({ kind: 'excerpt', text: 'trích: chỉ một số điều' });
  if (extra.otherProvince) badges.push({ kind: 'other-province', text: 'văn bản của tỉnh khác, chỉ để tham khảo' });
  return {
    n,
    label: citationLabel(doc, path),
    sectionId,
    docId: doc.id,
    heading: citationHeading(doc, path),
    ...(badges.length ? { badges } : {}),
    ...(extra.quotes?.length ? { quotes: extra.quotes } : {}),
    ...(extra.fullData ? { fullData: extra.fullData } : {}),
  };
}
