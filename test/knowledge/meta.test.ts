import { describe, expect, it } from 'vitest';
import { citationLabel } from '../../knowledge/cite.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { interpretStatus } from '../../knowledge/meta.js';
import { parseDocument } from '../../knowledge/parse.js';
import { inferMeta } from '../../knowledge/meta.js';

const now = new Date('2026-03-01T00:00:00Z');
const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now });
const doc = (id: string) => corpus.docs.find((d) => d.id === id)!;

describe('metadata inference', () => {
  it('plans: short name, province, year and period status come from the text', () => {
    const qn = doc('plans/quang-nam-2024-ho-tro-nan-nhan.md');
    expect(qn).toMatchObject({ shortName: 'KH Quảng Nam 2024', kind: 'plan', province: 'quang-nam', year: 2024, number: null });
    expect(qn.status).toBe('expired');
    expect(qn.statusNote).toContain('năm 2024');
    expect(doc('plans/binh-dinh-2021-2025-ho-tro-nan-nhan.md')).toMatchObject({
      shortName: 'KH Bình Định 2021–2025',
      province: 'binh-dinh',
      year: 2021,
      status: 'expired',
    });
    expect(doc('plans/dong-nai-2016-2020-de-an-tiep-nhan-xac-minh.md')).toMatchObject({
      shortName: 'ĐA Đồng Nai 2016–2020',
      province: 'dong-nai',
      status: 'expired',
    });
    expect(doc('plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md')).toMatchObject({
      shortName: 'KH Sóc Trăng',
      province: 'soc-trang',
      year: null,
      status: 'unknown',
    });
  });

  it('a plan whose period has not ended is in force', () => {
    const parsed = parseDocument(
      'KẾ HOẠCH\n\nPhòng, chống mua bán người trên địa bàn tỉnh Lào Cai giai đoạn 2026 - 2030\n\nI. MỤC ĐÍCH\n\nNội dung.\n',
    );
    const meta = inferMeta({ id: 'plans/lao-cai.md', parsed, contentHash: 'x', now });
    expect(meta).toMatchObject({ shortName: 'KH Lào Cai 2026–2030', province: 'lao-cai', status: 'in_force', kind: 'plan' });
  });

  it('regulations: number, year, dates and validity from the front matter', () => {
    const luat = doc('regulations/luat-66-2011.md');
    expect(luat).toMatchObject({
      shortName: 'Luật 66/2011/QH12',
      kind: 'regulation',
      province: null,
      year: 2011,
      number: '66/2011/QH12',
      issuedDate: '2011-03-29',
      effectiveDate: '2012-01-01',
      expiryDate: '2025-07-01',
      status: 'replaced',
      statusNote: 'đã được thay thế bởi Luật 53/2024/QH15',
    });
    expect(doc('regulations/nd-09-2013.md')).toMatchObject({ shortName: 'NĐ 09/2013/NĐ-CP', status: 'unknown', year: 2013 });
    expect(doc('regulations/ttlt-134-2013-het-hieu-luc.md')).toMatchObject({
      shortName: 'TTLT 134/2013/TTLT-BTC-BLĐTBXH',
      status: 'replaced',
      statusNote: 'đã được thay thế bởi TT 84/2019/TT-BTC',
    });
    // "Thay thế Thông tư liên tịch số 03/2008…" means it replaces another text, not that it was replaced.
    expect(doc('regulations/ttlt-01-2014.md').status).toBe('unknown');
  });

  it('a text without front matter gets its number and type from the header', () => {
    const parsed = parseDocument(
      'BỘ CÔNG AN\n\nSố: 12/2026/TT-BCA\n\nHà Nội, ngày 05 tháng 01 năm 2026\n\nTHÔNG TƯ\n\nQuy định về tiếp nhận tin báo\n\nĐiều 1. Phạm vi điều chỉnh\n\nThông tư này quy định.\n',
    );
    const meta = inferMeta({ id: 'tt-12.md', parsed, contentHash: 'x', now });
    expect(meta).toMatchObject({
      number: '12/2026/TT-BCA',
      shortName: 'TT 12/2026/TT-BCA',
      kind: 'regulation',
      province: null,
      year: 2026,
    });
    expect(meta.title).toBe('Thông tư quy định về tiếp nhận tin báo');
  });

  it('reads an official plain-text circular: header, chapter titles on their own line, dates', () => {
    const text = [
      'BỘ CÔNG AN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      '---------------',
      'Số: 03/2026/TT-BCA',
      'Hà Nội, ngày 10 tháng 02 năm 2026',
      'THÔNG TƯ',
      'Hướng dẫn tiếp nhận, xử lý tin báo về mua bán người',
      'Căn cứ Luật Phòng, chống mua bán người số 53/2024/QH15;',
      'Chương I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Phạm vi điều chỉnh',
      'Thông tư này hướng dẫn việc tiếp nhận tin báo.',
      'Chương II',
      'ĐIỀU KHOẢN THI HÀNH',
      'Điều 2. Hiệu lực thi hành',
      'Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 3 năm 2026.',
    ].join('\n');
    const parsed = parseDocument(text);
    expect(parsed.sections.map((s) => s.path)).toEqual([
      [],
      ['Chương I. Quy định chung', 'Điều 1. Phạm vi điều chỉnh'],
      ['Chương II. Điều khoản thi hành', 'Điều 2. Hiệu lực thi hành'],
    ]);
    expect(parsed.sections[0].text).toBe(
      'Hướng dẫn tiếp nhận, xử lý tin báo về mua bán người\nCăn cứ Luật Phòng, chống mua bán người số 53/2024/QH15;',
    );
    const meta = inferMeta({ id: 'tt-03-2026.txt', parsed, contentHash: 'x', now });
    expect(meta).toMatchObject({
      shortName: 'TT 03/2026/TT-BCA',
      issuedDate: '2026-02-10',
      effectiveDate: '2026-03-01',
      status: 'in_force',
      province: null,
    });
    expect(inferMeta({ id: 'x.txt', parsed, contentHash: 'x', now: new Date('2026-02-15') }).status).toBe('unknown');
  });

  it('interprets free-text statuses', () => {
    expect(interpretStatus('Hết hiệu lực từ 01/07/2025.')).toEqual({
      status: 'expired',
      statusNote: 'hết hiệu lực',
      expiryDate: '2025-07-01',
    });
    expect(interpretStatus('in_force').status).toBe('in_force');
    expect(interpretStatus('Thay thế Thông tư số 1/2000/TT-BX.').status).toBe('unknown');
  });
});

describe('citationLabel', () => {
  it('plans keep their own headings and say when the plan has ended', () => {
    const qn = doc('plans/quang-nam-2024-ho-tro-nan-nhan.md');
    expect(citationLabel(qn, ['V. Tổ chức thực hiện', '2. Công an tỉnh'])).toBe(
      'KH Quảng Nam 2024 › V. Tổ chức thực hiện › 2. Công an tỉnh (đã hết thời gian thực hiện)',
    );
    // Without the period in the short name, the note names it.
    expect(citationLabel({ ...qn, shortName: 'KH Quảng Nam' }, ['V. Tổ chức thực hiện'])).toBe(
      'KH Quảng Nam › V. Tổ chức thực hiện (kế hoạch năm 2024, đã hết thời gian thực hiện)',
    );
    expect(citationLabel({ ...qn, status: 'in_force' }, ['V. Tổ chức thực hiện'])).toBe('KH Quảng Nam 2024 › V. Tổ chức thực hiện');
  });

  it('regulations go down to Điều (with its title) › khoản › điểm', () => {
    const nd = doc('regulations/nd-09-2013.md');
    const s = corpus.sections.find(
      (x) => x.docId === nd.id && x.path.some((p) => p.startsWith('Điều 19.')) && x.path.at(-1) === 'a)' && /^2\./.test(x.path.at(-2)!),
    )!;
    expect(citationLabel(nd, s.path)).toBe(
      'NĐ 09/2013/NĐ-CP › Điều 19. Chế độ hỗ trợ nhu cầu thiết yếu và chi phí đi lại › khoản 2 › điểm a (hướng dẫn Luật 66/2011/QH12, luật này đã được thay thế bởi Luật 53/2024/QH15 từ 01/07/2025)',
    );
    const luat = doc('regulations/luat-66-2011.md');
    expect(citationLabel(luat, ['Chương I. Những quy định chung', 'Điều 3. Các hành vi bị nghiêm cấm', '1.'])).toBe(
      'Luật 66/2011/QH12 › Điều 3. Các hành vi bị nghiêm cấm › khoản 1 (đã được thay thế bởi Luật 53/2024/QH15 từ 01/07/2025)',
    );
  });
});
