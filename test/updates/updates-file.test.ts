import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnswering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/load.js';
import { UPDATES_FILE, UpdatesFileError, parseUpdates, readUpdatesOf, unavailableTexts } from '../../knowledge/updates.js';

const BUNDLED_PROVINCES = ['quang-nam', 'binh-dinh', 'soc-trang', 'dong-nai'];
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tmp(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
}

const fileWith = (province: { old: string; now: string }, effective = '"2025-07-01"') => `effective: ${effective}
provinces:
  - old: ${province.old}
    old_name: "Tỉnh Thử"
    now: "${province.now}"
    merged_with: ["Tỉnh Bạn"]
    confidence: high
    source: "nguồn thử"
`;

/** The error parseUpdates throws for a text (fails the test when it does not throw). */
function errorOf(text: string, known?: string[]): UpdatesFileError {
  try {
    parseUpdates(text, '/kho/updates.yaml', known ? { knownProvinces: known } : {});
  } catch (err) {
    expect(err).toBeInstanceOf(UpdatesFileError);
    return err as UpdatesFileError;
  }
  throw new Error('expected an error');
}

describe('the bundled updates file', () => {
  it('is valid against the bundled provinces and keeps every source and confidence', () => {
    const u = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR, { knownProvinces: BUNDLED_PROVINCES });
    expect(u.effective).toBe('2025-07-01');
    expect(u.provinces.map((p) => p.old).sort()).toEqual([...BUNDLED_PROVINCES].sort());
    expect(u.laws.every((l) => l.confidence)).toBe(true);
    expect(u.agencies.find((a) => a.old.includes('UBND cấp huyện'))?.confidence).toBe('medium');
    expect(u.laws[0].sources?.length).toBeGreaterThan(0);
  });

  it('names the texts whose content is not bundled: two missing in full, the 2024 law as an excerpt', () => {
    const u = readUpdatesOf(BUNDLED_KNOWLEDGE_DIR);
    expect(unavailableTexts(u, ['53/2024/QH15'])).toEqual([
      { name: 'Nghị định 162/2025/NĐ-CP', number: '162/2025/NĐ-CP', excerpt: false },
      { name: 'Luật 53/2024/QH15', number: '53/2024/QH15', excerpt: true },
      { name: 'Thông tư 84/2019/TT-BTC', number: '84/2019/TT-BTC', excerpt: false },
    ]);
    // Without the excerpt bundled, the 2024 law is simply not listed as partly available.
    expect(unavailableTexts(u).map((t) => t.number)).toEqual(['162/2025/NĐ-CP', '84/2019/TT-BTC']);
  });
});

describe('an invalid updates file', () => {
  it('malformed YAML: names the file and the line', () => {
    const e = errorOf('effective: "2025-07-01"\nprovinces:\n  - old: quang-nam\n    now: [thành phố\n');
    expect(e.file).toBe('/kho/updates.yaml');
    expect(e.line).toBeGreaterThanOrEqual(4);
    expect(e.message).toMatch(/^Tệp cập nhật \/kho\/updates\.yaml, dòng \d+: sai cú pháp YAML/);
  });

  it('a date in the wrong format: names the line and the expected format', () => {
    const e = errorOf(`laws:\n  - old: "Luật A"\n    new: "Luật B"\n    effective: "01/07/2025"\n    confidence: high\n`);
    expect(e.line).toBe(4);
    expect(e.message).toContain('laws.0.effective');
    expect(e.message).toContain('YYYY-MM-DD');
    expect(errorOf(fileWith({ old: 'thu', now: 'tỉnh Mới' }, '"2025-02-30"')).message).toContain('ngày không có thật');
  });

  it('an unknown province slug: names the line of `old`, the slug and the known ones', () => {
    const text = `effective: "2025-07-01"\nprovinces:\n  - old: quang-nam\n    old_name: Quảng Nam\n    now: thành phố Đà Nẵng\n    confidence: high\n  - old: kon-tum\n    old_name: Kon Tum\n    now: tỉnh Quảng Ngãi\n    confidence: high\n`;
    const e = errorOf(text, BUNDLED_PROVINCES);
    expect(e.line).toBe(7);
    expect(e.message).toContain('"kon-tum"');
    expect(e.message).toContain('quang-nam');
    // A slug with diacritics or spaces is refused by its form, wherever it is.
    expect(errorOf(fileWith({ old: 'Quảng Nam', now: 'x' })).message).toContain('provinces.0.old');
  });

  it('an unknown field or confidence is refused, not ignored', () => {
    expect(errorOf('agencies:\n  - old: ["Sở A"]\n    now: "Sở B"\n    confidence: low\n').line).toBe(4);
    expect(errorOf('hotline:\n  - number: "111"\n').message).toMatch(/hotline/);
  });
});

describe("a deployment's own updates.yaml", () => {
  it('wins over the bundled one, follows edits on reload and keeps the last valid version after a bad edit', async () => {
    const knowledge = tmp('kb-updates-');
    const data = tmp('kb-data-');
    mkdirSync(join(knowledge, 'plans'));
    writeFileSync(
      join(knowledge, 'plans', 'tinh-thu.md'),
      '# Kế hoạch phòng, chống mua bán người trên địa bàn tỉnh Thử\n\n**I. MỤC ĐÍCH**\n\nBảo vệ nạn nhân.\n',
    );
    writeFileSync(join(knowledge, 'updates.yaml'), fileWith({ old: 'thu', now: 'tỉnh Mới Một' }));
    const config = loadConfig({ DATA_DIR: data, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' });
    const answering = await openAnswering(config, createLogger({ level: 'silent' }), { watch: true });
    try {
      expect(answering.updates().provinces.map((p) => p.now)).toEqual(['tỉnh Mới Một']);
      expect(answering.updates().laws).toEqual([]); // nothing of the bundled file leaks in

      writeFileSync(join(knowledge, 'updates.yaml'), fileWith({ old: 'thu', now: 'tỉnh Mới Hai' }));
      expect(await answering.reload()).toBe(true);
      expect(answering.updates().provinces.map((p) => p.now)).toEqual(['tỉnh Mới Hai']);

      for (const bad of [
        fileWith({ old: 'tinh-khac', now: 'tỉnh Sai' }), // a province the documents do not know
        fileWith({ old: 'thu', now: 'tỉnh Sai' }, '"01/07/2025"'), // a date in the wrong format
        'provinces:\n  - old: thu\n   now: [', // malformed
      ]) {
        writeFileSync(join(knowledge, 'updates.yaml'), bad);
        expect(await answering.reload()).toBe(true);
        expect(answering.updates().provinces.map((p) => p.now)).toEqual(['tỉnh Mới Hai']);
      }
      // The question pipeline uses the kept version: today's name is read as the former province.
      const r = await answering.ask('Mới Hai bây giờ sáp nhập với tỉnh nào?');
      expect(r.text).toContain('Tỉnh Thử cũ nay thuộc tỉnh Mới Hai');
    } finally {
      answering.close();
    }
  });

  it('without one, the bundled file is used', () => {
    const knowledge = tmp('kb-none-');
    expect(readUpdatesOf(knowledge).provinces).toEqual(readUpdatesOf(BUNDLED_KNOWLEDGE_DIR).provinces);
    expect(readFileSync(UPDATES_FILE, 'utf8')).toContain('confidence: medium');
  });
});
