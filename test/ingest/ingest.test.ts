import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTree, ingest } from '../../knowledge/ingest.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { execFileSync } from 'node:child_process';
import { makeDocx, makePdf } from './fixtures/make.js';

const now = new Date('2026-03-01T00:00:00Z');
const tmpDirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function inbox(): string {
  const dir = tmp();
  writeFileSync(
    join(dir, 'ke-hoach-moi.docx'),
    makeDocx([
      'KẾ HOẠCH',
      'Hỗ trợ nạn nhân bị mua bán trên địa bàn tỉnh Sóc Trăng giai đoạn 2096 - 2098',
      { text: 'I. TỔ CHỨC THỰC HIỆN', bold: true },
      'Ủy ban nhân dân tỉnh Sóc Trăng giao Công an tỉnh chủ trì tiếp nhận tin báo.',
    ]),
  );
  writeFileSync(
    join(dir, 'thong-tu.pdf'),
    makePdf([
      [
        'Số: 7/2098/TT-BCA',
        'THÔNG TƯ',
        'Quy định thử',
        'Điều 1. Phạm vi',
        'Thông tư này quy định thử.',
        'Điều 2. Hiệu lực',
        'Có hiệu lực từ ngày ký.',
      ],
    ]),
  );
  writeFileSync(join(dir, 'scan.pdf'), makePdf([null]));
  return dir;
}

describe('npm run ingest', () => {
  it('copies documents into plans/ or regulations/ by inferred kind, prints metadata and trees, names unreadable files', async () => {
    const to = tmp();
    const lines: string[] = [];
    const results = await ingest({ inputs: [inbox()], to, province: 'Sóc Trăng', now }, (l) => lines.push(l));
    const out = lines.join('\n');
    expect(existsSync(join(to, 'plans', 'ke-hoach-moi.docx'))).toBe(true);
    expect(existsSync(join(to, 'regulations', 'thong-tu.pdf'))).toBe(true);
    expect(existsSync(join(to, 'regulations', 'scan.pdf')) || existsSync(join(to, 'plans', 'scan.pdf'))).toBe(false);
    expect(results.find((r) => r.file.endsWith('scan.pdf'))?.error).toMatch(/cần OCR/);
    expect(out).toMatch(/✗ .*scan\.pdf: .*cần OCR/);
    expect(out).toContain('Số hiệu: 7/2098/TT-BCA');
    expect(out).toContain('Tên trích dẫn: KH Sóc Trăng 2096–2098');
    expect(out).toMatch(/^ {4}Điều 1\. Phạm vi \[\d+\]$/m);
    expect(out).toContain('tự nạp lại');
    // --province is written to the manifest for each copied document, and the sync loader sees it all.
    const manifest = YAML.parse(readFileSync(join(to, 'manifest.yaml'), 'utf8'));
    expect(manifest['regulations/thong-tu.pdf']).toEqual({ province: 'soc-trang' });
    const corpus = loadCorpus(to, { now });
    expect(corpus.errors).toEqual([]);
    expect(corpus.docs.map((d) => [d.id, d.province])).toEqual([
      ['plans/ke-hoach-moi.docx', 'soc-trang'],
      ['regulations/thong-tu.pdf', 'soc-trang'],
    ]);
  });

  it('with --dry-run only prints, and a second run of the same files reports them unchanged', async () => {
    const src = inbox();
    const to = tmp();
    const dry: string[] = [];
    const r = await ingest({ inputs: [join(src, 'thong-tu.pdf')], to, dryRun: true, province: 'soc-trang', now }, (l) => dry.push(l));
    expect(r[0].action).toBe('dry-run');
    expect(existsSync(join(to, 'regulations'))).toBe(false);
    expect(existsSync(join(to, 'manifest.yaml'))).toBe(false);
    expect(dry.join('\n')).toContain('không sao chép');
    await ingest({ inputs: [join(src, 'thong-tu.pdf')], to, now }, () => {});
    const again = await ingest({ inputs: [join(src, 'thong-tu.pdf')], to, now }, () => {});
    expect(again[0].action).toBe('unchanged');
  });

  it('reports a missing path by name', async () => {
    const lines: string[] = [];
    const r = await ingest({ inputs: ['/nonexistent/van-ban.docx'], to: tmp(), dryRun: true }, (l) => lines.push(l));
    expect(r[0].error).toMatch(/Không tìm thấy/);
    expect(lines.join('\n')).toContain('không đọc được: /nonexistent/van-ban.docx');
  });

  it('draws the section tree indented by depth with character counts and flags over-long sections', () => {
    const tree = formatTree([
      { path: [], text: 'mở đầu' },
      { path: ['Chương I', 'Điều 1. A'], text: 'x'.repeat(10) },
      { path: ['Chương I', 'Điều 1. A', '1.'], text: 'y'.repeat(3100) },
      { path: ['Chương I', 'Điều 1. A', '1.'], text: 'z' },
    ]);
    expect(tree).toEqual(['    (phần mở đầu) [6]', '    Chương I', '      Điều 1. A [10]', '        1. [3100] ⚠', '          (tiếp) [1]']);
  });

  it('a dry run over the bundled knowledge prints every document with no section over the split limit', async () => {
    const lines: string[] = [];
    const r = await ingest({ inputs: [BUNDLED_KNOWLEDGE_DIR], to: BUNDLED_KNOWLEDGE_DIR, dryRun: true, now }, (l) => lines.push(l));
    expect(r.filter((x) => x.error)).toEqual([]);
    expect(r.map((x) => x.action)).toEqual(r.map(() => 'in-place'));
    expect(lines.filter((l) => l.startsWith('✓'))).toHaveLength(11);
    // An excerpt says so where it is listed.
    expect(lines).toContain('  Tên trích dẫn: Luật 53/2024/QH15 (trích) · Loại: văn bản quy phạm · Số hiệu: 53/2024/QH15');
    expect(lines.some((l) => l.startsWith('  Phạm vi (bản trích): Trích 7 trong 63 điều'))).toBe(true);
    expect(lines.some((l) => l.includes('⚠'))).toBe(false);
    for (const x of r) for (const s of x.sections!) expect(s.text.length).toBeLessThanOrEqual(3000);
  });

  it('runs from the command line with flags before or after the paths, exiting 2 when a file is unreadable', () => {
    const dir = inbox();
    const run = (args: string[]) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'knowledge/ingest.ts', ...args], { encoding: 'utf8' }) };
      } catch (err) {
        const e = err as { status: number; stdout: string };
        return { code: e.status, out: e.stdout };
      }
    };
    const ok = run(['--dry-run', join(dir, 'thong-tu.pdf'), '--to', tmp()]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Tên trích dẫn: TT 7/2098/TT-BCA');
    const bad = run([join(dir, 'scan.pdf'), '--dry-run']);
    expect(bad.code).toBe(2);
    expect(bad.out).toMatch(/scan\.pdf: .*cần OCR/);
  });
});
