import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { parseDocument } from '../../knowledge/parse.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now: new Date('2026-03-01T00:00:00Z') });
const sectionsOf = (docId: string) => corpus.sections.filter((s) => s.docId === docId);
const find = (docId: string, path: string[]) =>
  sectionsOf(docId).filter((s) => s.path.length === path.length && s.path.every((p, i) => p === path[i]));

const QN = 'plans/quang-nam-2024-ho-tro-nan-nhan.md';
const BD = 'plans/binh-dinh-2021-2025-ho-tro-nan-nhan.md';
const DN = 'plans/dong-nai-2016-2020-de-an-tiep-nhan-xac-minh.md';
const ST = 'plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md';
const ND09 = 'regulations/nd-09-2013.md';
const LUAT66 = 'regulations/luat-66-2011.md';

describe('plans', () => {
  it('Quảng Nam: V. Tổ chức thực hiện › 2. Công an tỉnh is one section holding exactly its three tasks', () => {
    const [s, ...rest] = find(QN, ['V. Tổ chức thực hiện', '2. Công an tỉnh']);
    expect(rest).toEqual([]);
    expect(s.text.startsWith('- Phối hợp với các Cục nghiệp vụ Bộ Công an')).toBe(true);
    expect(s.text).toContain('phong trào toàn dân bảo vệ an ninh Tổ quốc');
    expect(s.text.trim().endsWith('trên địa bàn.')).toBe(true);
    expect(s.text).not.toContain('Bộ Chỉ huy Bộ đội Biên phòng');
    expect(s.text.split('\n')).toHaveLength(3);
  });

  it('Quảng Nam: a page break inside a sentence is rejoined and the recipients block is dropped', () => {
    const s = find(QN, ['V. Tổ chức thực hiện', '1. Sở Lao động - Thương binh và Xã hội'])[0];
    expect(s.text).toContain('hỗ trợ ban đầu, chuyển tuyển đối với nạn nhân');
    const all = sectionsOf(QN)
      .map((x) => x.text)
      .join('\n');
    expect(all).not.toContain('Nơi nhận');
    expect(all).not.toContain('Trần Anh Tuấn');
  });

  it('Bình Định: glued bold headings become two levels and markdown levels do not matter', () => {
    const purpose = find(BD, ['I. Mục đích, yêu cầu', '1. Mục đích']);
    expect(purpose).toHaveLength(1);
    expect(purpose[0].text.startsWith('Tạo sự chuyển biến mạnh mẽ')).toBe(true);
    expect(purpose[0].text).not.toMatch(/[*#]/);
    // `##### **2. Công an tỉnh**` and `**3. Sở Kế hoạch và Đầu tư:** text` sit at the same level.
    expect(find(BD, ['V. Tổ chức thực hiện', '2. Công an tỉnh', 'a)'])[0].text).toMatch(/^a\) Chủ trì, hướng dẫn/);
    const plan = find(BD, ['V. Tổ chức thực hiện', '3. Sở Kế hoạch và Đầu tư'])[0];
    expect(plan.text.startsWith('Phối hợp với Sở Tài chính')).toBe(true);
    expect(find(BD, ['III. Nhiệm vụ và giải pháp', '2. Công tác phòng, chống tội phạm mua bán người'])).toHaveLength(1);
    expect(find(BD, ['Điều 1.'])[0].text.startsWith('Phê duyệt kèm theo Quyết định này')).toBe(true);
    const preamble = find(BD, [])[0].text;
    expect(preamble.startsWith('Phê duyệt Kế hoạch thực hiện công tác hỗ trợ nạn nhân')).toBe(true);
    expect(preamble).not.toContain('ỦY BAN NHÂN DÂN TỈNH');
    expect(preamble).toContain('Căn cứ Quyết định số 193/QĐ-TTg');
  });

  it('Đồng Nai: numbered and lettered lines without blank lines between them, and `a) Mục tiêu 01: …` labels', () => {
    expect(find(DN, ['V. Phân công trách nhiệm', '1. Sở Lao động - Thương binh và Xã hội', 'k)'])[0].text).toContain('trước ngày 15/11');
    const goal = find(DN, ['II. Mục tiêu', '1. Mục tiêu', 'a) Mục tiêu 01'])[0];
    expect(goal.text.startsWith('a) Mục tiêu 01: Tăng cường công tác tuyên truyền')).toBe(true);
    const dashes = find(DN, ['V. Phân công trách nhiệm', '4. Đề nghị Hội liên hiệp Phụ nữ tỉnh'])
      .concat(sectionsOf(DN).filter((s) => s.path[2]?.startsWith('c) Triển khai thực hiện chiến lược')))
      .map((s) => s.text)
      .join('\n');
    expect(dashes).toContain('- Tập huấn nâng cao năng lực cho mạng lưới báo cáo viên');
  });

  it('Sóc Trăng: decimal items 9.1–9.4 nest under 9. Hình thức phối hợp', () => {
    const parent = 'II. Nội dung, trách nhiệm và hình thức phối hợp trong công tác triển khai thực hiện';
    const items = sectionsOf(ST).filter((s) => s.path[0] === parent && s.path[1] === '9. Hình thức phối hợp');
    expect(items.map((s) => s.path[2])).toEqual(['9.1.', '9.2.', '9.3.', '9.4.']);
    expect(find(ST, ['III. Tổ chức thực hiện', '2.'])[0].text).toContain('Phòng Cảnh sát hình sự');
  });
});

describe('regulations', () => {
  it('NĐ 09/2013: Chương › Mục › Điều › khoản › điểm', () => {
    const point = sectionsOf(ND09).find(
      (s) => s.path.some((p) => p.startsWith('Điều 19.')) && s.path.at(-1) === 'a)' && /^2\./.test(s.path.at(-2)!),
    );
    expect(point).toBeDefined();
    expect(point!.path[0]).toBe('Chương III');
    expect(point!.text.startsWith('a) ')).toBe(true);
    const art4 = sectionsOf(ND09).find((s) => s.path.some((p) => p.startsWith('Điều 4.')))!;
    expect(art4.path.slice(0, 3)).toEqual(['Chương II', 'Mục 1', 'Điều 4. Điều kiện thành lập cơ sở hỗ trợ nạn nhân']);
  });

  it('Luật 66/2011: chapter and section titles are sentence-cased, the front matter is not text', () => {
    const s = sectionsOf(LUAT66).find((x) => x.path.some((p) => p.startsWith('Điều 24.')))!;
    expect(s.path.slice(0, 2)).toEqual(['Chương IV. Tiếp nhận, xác minh và bảo vệ nạn nhân', 'Mục 1. Tiếp nhận, xác minh nạn nhân']);
    const all = sectionsOf(LUAT66)
      .map((x) => x.text)
      .join('\n');
    expect(all).not.toContain('source_url');
    expect(all).not.toContain('Luật Phòng, chống mua bán người (Luật số 66/2011/QH12) ngày');
  });

  it('every section has text, and no leaf is longer than the split threshold unless it is one paragraph', () => {
    for (const s of corpus.sections) {
      expect(s.text.trim().length).toBeGreaterThan(0);
      expect(s.text).not.toMatch(/\*\*|^#/m);
      if (s.text.length > 3000) expect(s.text).not.toContain('\n');
    }
  });
});

describe('parseDocument on synthetic input', () => {
  it('splits a long leaf section along paragraphs', () => {
    const para = 'Cơ quan chức năng tiếp nhận và hỗ trợ nạn nhân theo quy định. '.repeat(10).trim();
    const body = Array.from({ length: 12 }, () => `- ${para}`).join('\n\n');
    const doc = parseDocument(`I. PHẦN MỘT\n\n1. Nhiệm vụ\n\n${body}\n`);
    expect(doc.sections.length).toBeGreaterThan(1);
    for (const s of doc.sections) {
      expect(s.path).toEqual(['I. Phần một', '1. Nhiệm vụ']);
      expect(s.text.length).toBeLessThanOrEqual(3000);
    }
    expect(doc.sections.map((s) => s.text).join('\n')).toBe(body.replace(/\n\n/g, '\n'));
  });

  it('keeps a heading with no body as text so nothing is lost', () => {
    const doc = parseDocument('II. MỤC TIÊU\n\n1. Một mục không có nội dung\n\n2. Mục hai\n\nNội dung hai.\n');
    expect(doc.sections).toEqual([
      { path: ['II. Mục tiêu', '1. Một mục không có nội dung'], text: '1. Một mục không có nội dung' },
      { path: ['II. Mục tiêu', '2. Mục hai'], text: 'Nội dung hai.' },
    ]);
  });

  it('rejects front matter that is not a mapping', () => {
    expect(() => parseDocument('---\n- a\n- b\n---\nĐiều 1. X\n\nY.\n')).toThrow(/front matter/);
  });
});
