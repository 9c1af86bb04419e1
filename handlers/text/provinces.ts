// The names of Vietnam's provinces and centrally-run cities as the bundled documents were issued (before the
// 2025 mergers), the way people still write them. Used to tell a place the question names from other words; no
// fact is ever stated from this list.
export const PROVINCE_NAMES: readonly string[] = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'An Giang',
  'Bà Rịa Vũng Tàu',
  'Bắc Giang',
  'Bắc Kạn',
  'Bạc Liêu',
  'Bắc Ninh',
  'Bến Tre',
  'Bình Định',
  'Bình Dương',
  'Bình Phước',
  'Bình Thuận',
  'Cà Mau',
  'Cao Bằng',
  'Đắk Lắk',
  'Đắk Nông',
  'Điện Biên',
  'Đồng Nai',
  'Đồng Tháp',
  'Gia Lai',
  'Hà Giang',
  'Hà Nam',
  'Hà Tĩnh',
  'Hải Dương',
  'Hậu Giang',
  'Hòa Bình',
  'Hưng Yên',
  'Khánh Hòa',
  'Kiên Giang',
  'Kon Tum',
  'Lai Châu',
  'Lâm Đồng',
  'Lạng Sơn',
  'Lào Cai',
  'Long An',
  'Nam Định',
  'Nghệ An',
  'Ninh Bình',
  'Ninh Thuận',
  'Phú Thọ',
  'Phú Yên',
  'Quảng Bình',
  'Quảng Nam',
  'Quảng Ngãi',
  'Quảng Ninh',
  'Quảng Trị',
  'Sóc Trăng',
  'Sơn La',
  'Tây Ninh',
  'Thái Bình',
  'Thái Nguyên',
  'Thanh Hóa',
  'Thừa Thiên Huế',
  'Tiền Giang',
  'Trà Vinh',
  'Tuyên Quang',
  'Vĩnh Long',
  'Vĩnh Phúc',
  'Yên Bái',
];

/**
 * The provinces of the bundled plans as their agencies are written in notes and chats ("Báo QN", "Sở LĐTBXH ST"),
 * as typed: in capitals and with the Đ, since "DN" (doanh nghiệp) and "BD" are other words.
 */
const PROVINCE_ABBREVIATIONS: Record<string, string> = {
  QN: 'Quảng Nam',
  BĐ: 'Bình Định',
  ST: 'Sóc Trăng',
  ĐN: 'Đồng Nai',
};

// "ĐN" after "thành phố" / "TP" is Đà Nẵng, a city; Đồng Nai is a province ("tỉnh ĐN").
const CITY_DN = /(?<![\p{L}\p{N}])(thành phố|tp)\.?\s*ĐN(?![\p{L}\p{N}])/giu;

/** The text with a province's abbreviation standing alone written as its name ("Đài PT-TH QN" → "Đài PT-TH Quảng Nam"). */
export function withProvinceNames(text: string): string {
  return text
    .replace(CITY_DN, 'thành phố Đà Nẵng')
    .replace(/(?<![\p{L}\p{N}])\p{Lu}{2}(?![\p{L}\p{N}])/gu, (w) => PROVINCE_ABBREVIATIONS[w] ?? w);
}
