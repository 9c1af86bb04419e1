// Synthetic national circulars (invented numbers and content) in the shapes an unseen Thông tư arrives in:
// an official plain-text layout without front matter (also as a PDF), and a pháp-điển-like markdown file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { citationLabel } from '../../knowledge/cite.js';
import { loadCorpus, loadCorpusAsync } from '../../knowledge/load.js';
import type { Corpus } from '../../knowledge/types.js';
import { makePdf } from '../ingest/fixtures/make.js';

const now = new Date('2100-01-01T00:00:00Z');
const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function folder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'circular-'));
  tmpDirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const OFFICIAL = `BỘ CÔNG AN
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 15/2099/TT-BCA
Hà Nội, ngày 12 tháng 3 năm 2099

THÔNG TƯ
QUY ĐỊNH VỀ TIẾP NHẬN, XỬ LÝ TIN BÁO VỀ MUA BÁN NGƯỜI QUA ĐƯỜNG DÂY NÓNG

Căn cứ Luật Phòng, chống mua bán người ngày 28 tháng 11 năm 2024;
Bộ trưởng Bộ Công an ban hành Thông tư quy định về tiếp nhận, xử lý tin báo về mua bán người qua đường dây nóng.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Thông tư này quy định việc tiếp nhận, phân loại, xử lý tin báo, tố giác về mua bán người qua
đường dây nóng của lực lượng Công an nhân dân.

Điều 2. Đối tượng áp dụng
1. Công an các đơn vị, địa phương.
2. Cơ quan, tổ chức, cá nhân có liên quan.

Chương II
TIẾP NHẬN VÀ XỬ LÝ TIN BÁO

Mục 1
TIẾP NHẬN TIN BÁO

Điều 3. Hình thức tiếp nhận
1. Tin báo được tiếp nhận qua các hình thức sau đây:
a) Gọi điện thoại trực tiếp tới đường dây nóng;
b) Tin nhắn, thư điện tử gửi tới địa chỉ được công bố;
c) Người báo tin đến trực tiếp trụ sở cơ quan Công an.
2. Cán bộ tiếp nhận phải ghi đầy đủ thông tin vào sổ tiếp nhận, trong đó có:
a) Thời gian tiếp nhận;
b) Họ tên, địa chỉ người báo tin, trừ trường hợp người báo tin đề nghị giữ bí mật;
đ) Nội dung tin báo.

Mục 2
XỬ LÝ TIN BÁO

Điều 4. Phân loại và chuyển tin báo
1. Chậm nhất 02 giờ kể từ khi tiếp nhận, tin báo phải được phân loại.
2. Trường hợp tin báo có dấu hiệu nạn nhân đang bị giam giữ thì:
a) Báo cáo ngay lãnh đạo đơn vị;
b) Phối hợp với Bộ đội Biên phòng nơi gần nhất để giải cứu;
c) Thông báo cho cơ sở trợ giúp xã hội để chuẩn bị tiếp nhận nạn nhân.
3. Tin báo không thuộc thẩm quyền phải được chuyển cho cơ quan có thẩm quyền trong thời hạn 24 giờ.

Chương III
ĐIỀU KHOẢN THI HÀNH

Điều 5. Hiệu lực thi hành
Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 5 năm 2099.

Điều 6. Trách nhiệm thi hành
Các Tổng cục trưởng, Thủ trưởng đơn vị trực thuộc Bộ chịu trách nhiệm thi hành Thông tư này./.

Nơi nhận:
- Như Điều 6;
- Lưu: VT.
BỘ TRƯỞNG
`;

const MARKDOWN = `# Thông tư số 22/2098/TT-BLĐTBXH ngày 05/06/2098 hướng dẫn hỗ trợ học nghề cho nạn nhân bị mua bán

## Chương I

### Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng

1. Thông tư này hướng dẫn việc hỗ trợ học nghề, tìm việc làm cho nạn nhân
bị mua bán trở về.

2. Đối tượng áp dụng gồm:

a) Nạn nhân theo quy định của Luật Phòng, chống mua bán người;

b) Người đang trong quá trình xác minh là nạn nhân.

## Chương II

### Điều 2. Mức hỗ trợ

**1. Hỗ trợ chi phí học nghề:** mức tối đa 3.000.000 đồng/người/khóa học, trong đó:

a) Học nghề trình độ sơ cấp:

- Tối đa 3 tháng;

- Không quá 2.000.000 đồng.

b) Đào tạo dưới 3 tháng: theo chi phí thực tế.

**2.** Hỗ trợ tiền ăn trong thời gian học nghề 30.000 đồng/người/ngày.

### Điều 3. Hiệu lực thi hành

Thông tư này có hiệu lực thi hành kể từ ngày 20 tháng 7 năm 2098.
`;

// The structure of the citation (Điều › khoản › điểm), without the article titles a label also carries.
const structure = (doc: Corpus['docs'][number], path: string[]) =>
  citationLabel(doc, path).replace(/(Điều \d+[a-z]?)\. [^›]*?(?= ›|$)/, '$1');
function labels(c: Corpus, id: string): string[] {
  const doc = c.docs.find((d) => d.id === id)!;
  return c.sections.filter((s) => s.docId === id).map((s) => structure(doc, s.path));
}
const sectionAt = (c: Corpus, id: string, label: string) => {
  const doc = c.docs.find((d) => d.id === id)!;
  return c.sections.find((s) => s.docId === id && structure(doc, s.path) === label)!;
};

describe('an unseen circular in the official plain-text layout', () => {
  const c = loadCorpus(folder({ 'tt-15.txt': OFFICIAL }), { now });

  it('reads number, title, dates and an in-force presumption from the text itself', () => {
    expect(c.errors).toEqual([]);
    expect(c.docs[0]).toMatchObject({
      kind: 'regulation',
      province: null,
      number: '15/2099/TT-BCA',
      shortName: 'TT 15/2099/TT-BCA',
      title: 'Thông tư quy định về tiếp nhận, xử lý tin báo về mua bán người qua đường dây nóng',
      issuedDate: '2099-03-12',
      effectiveDate: '2099-05-01',
      status: 'in_force',
    });
  });

  it('builds Chương › Mục › Điều › khoản › điểm and cites down to the point', () => {
    const l = labels(c, 'tt-15.txt');
    expect(l).toContain('TT 15/2099/TT-BCA › Điều 1');
    expect(l).toContain('TT 15/2099/TT-BCA › Điều 2 › khoản 2');
    expect(l).toContain('TT 15/2099/TT-BCA › Điều 3 › khoản 2 › điểm đ');
    expect(l).toContain('TT 15/2099/TT-BCA › Điều 4 › khoản 2 › điểm b');
    expect(l).toContain('TT 15/2099/TT-BCA › Điều 6');
    const b = sectionAt(c, 'tt-15.txt', 'TT 15/2099/TT-BCA › Điều 4 › khoản 2 › điểm b');
    expect(b.path.slice(0, 3)).toEqual([
      'Chương II. Tiếp nhận và xử lý tin báo',
      'Mục 2. Xử lý tin báo',
      'Điều 4. Phân loại và chuyển tin báo',
    ]);
    expect(b.text).toBe('b) Phối hợp với Bộ đội Biên phòng nơi gần nhất để giải cứu;');
    // The hard-wrapped sentence of Điều 1 is one paragraph; recipients and signature are not content.
    expect(sectionAt(c, 'tt-15.txt', 'TT 15/2099/TT-BCA › Điều 1').text).toMatch(/qua đường dây nóng của lực lượng/);
    expect(c.sections.some((s) => /Lưu: VT|BỘ TRƯỞNG/.test(s.text))).toBe(false);
    expect(c.sections.some((s) => /CỘNG HÒA|Độc lập/.test(s.text))).toBe(false);
  });

  it('gives the same tree when the circular arrives as a PDF with a text layer', async () => {
    const lines = OFFICIAL.split('\n');
    const pdf = makePdf([lines.slice(0, 30), lines.slice(30)]);
    const both = await loadCorpusAsync(folder({ 'tt-15.txt': OFFICIAL, 'tt-15.pdf': pdf }), { now });
    expect(both.errors).toEqual([]);
    expect(labels(both, 'tt-15.pdf')).toEqual(labels(both, 'tt-15.txt'));
    expect(both.docs.find((d) => d.id === 'tt-15.pdf')!.shortName).toBe('TT 15/2099/TT-BCA');
  });
});

describe('an unseen circular as markdown without front matter', () => {
  const c = loadCorpus(folder({ 'tt-22.md': MARKDOWN }), { now });

  it('cites khoản given as bold lead-ins and points with dashes under them', () => {
    expect(c.errors).toEqual([]);
    const doc = c.docs[0];
    expect(doc).toMatchObject({
      number: '22/2098/TT-BLĐTBXH',
      shortName: 'TT 22/2098/TT-BLĐTBXH',
      effectiveDate: '2098-07-20',
      status: 'in_force',
    });
    const l = labels(c, 'tt-22.md');
    expect(l).toEqual([
      'TT 22/2098/TT-BLĐTBXH › Điều 1 › khoản 1',
      'TT 22/2098/TT-BLĐTBXH › Điều 1 › khoản 2 › điểm a',
      'TT 22/2098/TT-BLĐTBXH › Điều 1 › khoản 2 › điểm b',
      'TT 22/2098/TT-BLĐTBXH › Điều 2 › khoản 1',
      'TT 22/2098/TT-BLĐTBXH › Điều 2 › khoản 1 › điểm a',
      'TT 22/2098/TT-BLĐTBXH › Điều 2 › khoản 1 › điểm b',
      'TT 22/2098/TT-BLĐTBXH › Điều 2 › khoản 2',
      'TT 22/2098/TT-BLĐTBXH › Điều 3',
    ]);
    expect(sectionAt(c, 'tt-22.md', 'TT 22/2098/TT-BLĐTBXH › Điều 2 › khoản 1 › điểm a').text).toBe(
      '- Tối đa 3 tháng;\n- Không quá 2.000.000 đồng.',
    );
    expect(sectionAt(c, 'tt-22.md', 'TT 22/2098/TT-BLĐTBXH › Điều 1 › khoản 1').text).toBe(
      '1. Thông tư này hướng dẫn việc hỗ trợ học nghề, tìm việc làm cho nạn nhân bị mua bán trở về.',
    );
  });
});
