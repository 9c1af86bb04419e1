import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlToText, extractDocument, NeedsOcrError } from '../../knowledge/extract.js';
import { loadCorpus, loadCorpusAsync } from '../../knowledge/load.js';
import { citationLabel } from '../../knowledge/cite.js';
import { makeDocx, makePdf } from './fixtures/make.js';

const now = new Date('2026-03-01T00:00:00Z');
const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ingest-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const CIRCULAR_LINES = [
  'BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
  'Số: 12/2099/TT-BLĐTBXH',
  'Hà Nội, ngày 05 tháng 01 năm 2099',
  'THÔNG TƯ',
  'Hướng dẫn thử nghiệm việc hỗ trợ nạn nhân',
  'Chương I',
  'QUY ĐỊNH CHUNG',
  'Điều 1. Phạm vi điều chỉnh',
  'Thông tư này hướng dẫn việc hỗ trợ (thử nghiệm) cho nạn nhân bị mua bán',
  'trở về địa phương.',
  'Điều 2. Chế độ hỗ trợ',
  '1. Nạn nhân được hỗ trợ các khoản sau:',
  'a) Tiền ăn trong thời gian lưu trú tại cơ sở;',
  'b) Tiền đi lại về nơi cư trú.',
  '2. Mức hỗ trợ do địa phương quyết định.',
];

describe('PDF loader', () => {
  it('extracts the text layer into the same sections as a text file would give, with Vietnamese letters intact', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'regulations'));
    writeFileSync(join(dir, 'regulations', 'tt-12.pdf'), makePdf([CIRCULAR_LINES.slice(0, 9), [...CIRCULAR_LINES.slice(9), '2']]));
    writeFileSync(join(dir, 'regulations', 'tt-12-copy.txt'), CIRCULAR_LINES.join('\n'));
    const c = await loadCorpusAsync(dir, { now });
    expect(c.errors).toEqual([]);
    const paths = (id: string) => c.sections.filter((s) => s.docId === id).map((s) => s.path.join(' › '));
    expect(paths('regulations/tt-12.pdf')).toEqual(paths('regulations/tt-12-copy.txt'));
    const doc = c.docs.find((d) => d.id === 'regulations/tt-12.pdf')!;
    expect(doc.number).toBe('12/2099/TT-BLĐTBXH');
    expect(doc.shortName).toBe('TT 12/2099/TT-BLĐTBXH');
    const point = c.sections.find((s) => s.docId === doc.id && s.path.at(-1)?.startsWith('a)'))!;
    expect(citationLabel(doc, point.path)).toBe('TT 12/2099/TT-BLĐTBXH › Điều 2. Chế độ hỗ trợ › khoản 1 › điểm a');
    // The sentence broken over a page, and the page number "2" dropped rather than glued in.
    const art1 = c.sections.find((s) => s.docId === doc.id && s.path.at(-1) === 'Điều 1. Phạm vi điều chỉnh')!;
    expect(art1.text).toBe('Thông tư này hướng dẫn việc hỗ trợ (thử nghiệm) cho nạn nhân bị mua bán trở về địa phương.');
  });

  it('reports a scanned PDF (no text layer) by name as needing OCR and indexes nothing from it', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ban-scan.pdf'), makePdf([null, null]));
    writeFileSync(join(dir, 'tot.md'), 'Điều 1. Phạm vi\n\nNội dung.\n');
    const c = await loadCorpusAsync(dir, { now });
    expect(c.errors).toHaveLength(1);
    expect(c.errors[0].file).toBe('ban-scan.pdf');
    expect(c.errors[0].message).toMatch(/cần OCR/);
    expect(c.docs.map((d) => d.id)).toEqual(['tot.md']);
    expect(c.sections.some((s) => s.docId === 'ban-scan.pdf')).toBe(false);
    await expect(extractDocument(makePdf([null]), 'x.pdf')).rejects.toBeInstanceOf(NeedsOcrError);
  });

  it('reports a corrupt PDF by name', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'hong.pdf'), Buffer.from('%PDF-1.4\nnot really a pdf'));
    const c = await loadCorpusAsync(dir, { now });
    expect(c.errors.map((e) => e.file)).toEqual(['hong.pdf']);
    expect(c.errors[0].message).toMatch(/Không đọc được tệp \.pdf/);
  });
});

describe('DOCX loader', () => {
  const paragraphs = [
    { text: 'KẾ HOẠCH', heading: 1 as const },
    'Hỗ trợ nạn nhân bị mua bán trên địa bàn tỉnh Quảng Nam giai đoạn 2097 - 2099',
    { text: 'I. MỤC ĐÍCH, YÊU CẦU', bold: true },
    'Bảo đảm nạn nhân được tiếp nhận kịp thời & đúng quy định.',
    { text: 'II. TỔ CHỨC THỰC HIỆN', bold: true },
    { text: 'Công an tỉnh', bold: true },
    'Chủ trì tiếp nhận tin báo về mua bán người trên địa bàn tỉnh Quảng Nam.',
  ];

  it('keeps headings and bold headings as sections and infers the plan metadata', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'kh-thu.docx'), makeDocx(paragraphs));
    const c = await loadCorpusAsync(dir, { now });
    expect(c.errors).toEqual([]);
    const doc = c.docs[0];
    expect(doc).toMatchObject({ id: 'plans/kh-thu.docx', kind: 'plan', province: 'quang-nam', status: 'in_force' });
    expect(doc.shortName).toBe('KH Quảng Nam 2097–2099');
    expect(c.sections.map((s) => s.path)).toContainEqual(['II. Tổ chức thực hiện', 'Công an tỉnh']);
    const first = c.sections.find((s) => s.path[0] === 'I. Mục đích, yêu cầu')!;
    expect(first.text).toBe('Bảo đảm nạn nhân được tiếp nhận kịp thời & đúng quy định.');
  });

  it('the synchronous loader reads docx/pdf from the cache the async loader filled, and says so when it is missing', async () => {
    const dir = tmp();
    // Different bytes from the other tests: extraction is cached in memory by content hash.
    writeFileSync(join(dir, 'kh.docx'), makeDocx([...paragraphs, 'Đoạn chỉ có trong phép thử bộ nhớ đệm.']));
    const before = loadCorpus(dir, { now });
    expect(before.docs).toEqual([]);
    expect(before.errors[0]).toMatchObject({ file: 'kh.docx' });
    expect(before.errors[0].message).toMatch(/npm run ingest/);
    const async = await loadCorpusAsync(dir, { now });
    expect(readdirSync(join(dir, '.extracted'))).toHaveLength(1);
    const after = loadCorpus(dir, { now });
    expect(after.errors).toEqual([]);
    expect(after.hash).toBe(async.hash);
    expect(after.sections).toEqual(async.sections);
  });

  it('reports a broken .docx by name and skips Word lock files', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'hong.docx'), Buffer.from('PK not a zip'));
    writeFileSync(join(dir, '~$hong.docx'), Buffer.from('lock'));
    const c = await loadCorpusAsync(dir, { now });
    expect(c.errors.map((e) => e.file)).toEqual(['hong.docx']);
  });

  it('reads the two-column header table of an official document as separate lines', () => {
    const html =
      '<table><tr><td><p>ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM</p><p>Số: 12/KH-UBND</p></td>' +
      '<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Quảng Nam, ngày 02 tháng 01 năm 2099</p></td></tr>' +
      '<tr><td>Tiền ăn</td><td>50.000 đồng</td></tr></table><p><strong>KẾ HOẠCH</strong></p>';
    expect(htmlToText(html).split('\n\n')).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
      'Số: 12/KH-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Quảng Nam, ngày 02 tháng 01 năm 2099',
      'Tiền ăn | 50.000 đồng',
      '**KẾ HOẠCH**',
    ]);
  });

  it('restores Word list numbering as khoản and điểm markers', () => {
    const html =
      '<p><strong>Điều 3. Hỗ trợ</strong></p><ol><li>Hỗ trợ ban đầu:<ol><li>Tiền ăn;</li><li>Đi lại.</li></ol></li><li>Hỗ trợ học nghề.</li></ol>';
    expect(htmlToText(html).split('\n\n')).toEqual([
      '**Điều 3. Hỗ trợ**',
      '1. Hỗ trợ ban đầu:',
      'a) Tiền ăn;',
      'b) Đi lại.',
      '2. Hỗ trợ học nghề.',
    ]);
  });
});
