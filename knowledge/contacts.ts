// Hotlines given to people in danger. National lines are fixed; province lines come only from the documents.
// (The full contacts directory with agencies is knowledge/contacts.yaml, issue 7; this is the minimal core.)

export interface Hotline {
  name: string;
  phone: string;
  note?: string;
}

export const NATIONAL_HOTLINES: Hotline[] = [
  { name: 'Công an (khẩn cấp)', phone: '113' },
  {
    name: 'Tổng đài quốc gia bảo vệ trẻ em',
    phone: '111',
    note: 'miễn phí, 24/7, tiếp nhận cả tin báo về mua bán người',
  },
];

/** Province lines stated in the bundled plans (never invented). */
const PROVINCE_HOTLINES: Record<string, Hotline[]> = {
  'quang-nam': [{ name: 'Tổng đài điện thoại của tỉnh Quảng Nam', phone: '1800 1581' }],
};

export function hotlinesFor(province: string | null | undefined): Hotline[] {
  return [...NATIONAL_HOTLINES, ...((province && PROVINCE_HOTLINES[province]) || [])];
}

/** One line per hotline, for chat replies: `• 113: Công an (khẩn cấp)`. */
export function formatHotlines(lines: Hotline[]): string {
  return lines.map((h) => `• ${h.phone}: ${h.name}${h.note ? ` (${h.note})` : ''}`).join('\n');
}
