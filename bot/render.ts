// Text rendering shared by every channel that shows sources as text.
import type { Citation } from '../handlers/types.js';

/**
 * Appends a "Nguồn:" block for citations whose label the text does not already contain, so an
 * answer that already lists its sources is not duplicated, while inline `[n]` markers without a
 * source list get one.
 */
export function renderCitations(text: string, citations: Citation[] | undefined): string {
  const missing = (citations ?? []).filter((c) => !text.includes(c.label));
  if (!missing.length) return text;
  return `${text}\n\nNguồn:\n${missing.map((c) => `[${c.n}] ${c.label}`).join('\n')}`;
}
