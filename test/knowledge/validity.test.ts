import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { citationLabel } from '../../knowledge/cite.js';
import { statusLabel, validityNote, validityWeight } from '../../knowledge/validity.js';

const now = new Date('2026-03-01T00:00:00Z');
const bundled = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now });
const doc = (id: string) => bundled.docs.find((d) => d.id === id)!;
const tmpDirs: string[] = [];
afterAll(() => tmpDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function corpusWith(manifest: string) {
  const dir = mkdtempSync(join(tmpdir(), 'validity-'));
  tmpDirs.push(dir);
  mkdirSync(join(dir, 'regulations'));
  writeFileSync(join(dir, 'regulations', 'tt.md'), 'THÔNG TƯ\n\nQuy định thử\n\nĐiều 1. Phạm vi\n\n1. Nội dung khoản một.\n');
  writeFileSync(join(dir, 'manifest.yaml'), manifest);
  return loadCorpus(dir, { now });
}

describe('manifest overrides', () => {
  it('sets every field, and replacedBy makes the text replaced with a note naming the successor', () => {
    const c = corpusWith(
      [
        'regulations/tt.md:',
        '  title: Thông tư thử nghiệm',
        '  shortName: TT 5/2020/TT-BCA',
        '  number: 5/2020/TT-BCA',
        '  issuer: Bộ Công an',
        '  province: null',
        '  issuedDate: "2020-01-02"',
        '  effectiveDate: "2020-02-15"',
        '  expiryDate: "2025-07-01"',
        '  replacedBy: TT 9/2025/TT-BCA',
      ].join('\n'),
    );
    expect(c.errors).toEqual([]);
    expect(c.docs[0]).toMatchObject({
      title: 'Thông tư thử nghiệm',
      shortName: 'TT 5/2020/TT-BCA',
      number: '5/2020/TT-BCA',
      issuer: 'Bộ Công an',
      province: null,
      issuedDate: '2020-01-02',
      effectiveDate: '2020-02-15',
      expiryDate: '2025-07-01',
      status: 'replaced',
      statusNote: 'đã được thay thế bởi TT 9/2025/TT-BCA',
    });
    const s = c.sections.find((x) => x.path.length === 2)!;
    expect(citationLabel(c.docs[0], s.path)).toBe(
      'TT 5/2020/TT-BCA › Điều 1. Phạm vi › khoản 1 (đã được thay thế bởi TT 9/2025/TT-BCA từ 01/07/2025)',
    );
  });

  it('an expired status with an expiry date is cited with that date', () => {
    const c = corpusWith('regulations/tt.md:\n  status: expired\n  expiryDate: "2024-12-31"\n');
    expect(c.docs[0].status).toBe('expired');
    expect(validityNote(c.docs[0])).toBe('hết hiệu lực từ 31/12/2024');
  });

  it('rejects malformed dates and province names, naming the field, and loads the documents without overrides', () => {
    const bad = corpusWith('regulations/tt.md:\n  issuedDate: "02/01/2020"\n');
    expect(bad.errors[0].file).toBe('manifest.yaml');
    expect(bad.errors[0].message).toMatch(/issuedDate/);
    expect(bad.docs[0].issuedDate).toBeUndefined();
    const badProvince = corpusWith('regulations/tt.md:\n  province: Quảng Nam\n');
    expect(badProvince.errors[0].message).toMatch(/province/);
  });
});

describe('validity of the bundled texts', () => {
  it('ranks replaced and expired texts below texts in force, and ended plans a little less far down', () => {
    const luat = doc('regulations/luat-66-2011.md');
    const nd = doc('regulations/nd-09-2013.md');
    const dongNai = doc('plans/dong-nai-2016-2020-de-an-tiep-nhan-xac-minh.md');
    expect(validityWeight(nd)).toBe(1); // status unknown: not penalised
    expect(validityWeight(luat)).toBeLessThan(1);
    expect(validityWeight(dongNai)).toBeLessThan(1);
    expect(validityWeight(dongNai)).toBeGreaterThan(validityWeight(luat));
    expect(validityWeight({ ...nd, status: 'in_force' })).toBe(1);
  });

  it('cites a replaced law with its successor and an ended plan by its period, never a bare "hết hiệu lực"', () => {
    expect(validityNote(doc('regulations/luat-66-2011.md'))).toBe('đã được thay thế bởi Luật 53/2024/QH15 từ 01/07/2025');
    expect(validityNote(doc('regulations/ttlt-134-2013-het-hieu-luc.md'))).toMatch(/^đã được thay thế bởi TT 84\/2019\/TT-BTC$/);
    const dongNai = doc('plans/dong-nai-2016-2020-de-an-tiep-nhan-xac-minh.md');
    expect(validityNote(dongNai)).toBe('đã hết thời gian thực hiện');
    expect(validityNote({ ...dongNai, shortName: 'ĐA Đồng Nai' })).toBe('đề án giai đoạn 2016–2020, đã hết thời gian thực hiện');
    expect(statusLabel(doc('regulations/nd-09-2013.md'))).toMatch(/^chưa rõ hiệu lực/);
  });

  it('cites the texts detailing the replaced 2011 law with the law that replaced it, and the 2024 excerpt as an excerpt', () => {
    for (const id of [
      'regulations/nd-09-2013.md',
      'regulations/nd-62-2012.md',
      'regulations/ttlt-01-2014.md',
      'regulations/tt-78-2013-bqp.md',
    ]) {
      expect(citationLabel(doc(id), ['Chương I', 'Điều 1. Phạm vi'])).toMatch(
        /› Điều 1\. [^›(]+ \(hướng dẫn Luật 66\/2011\/QH12, luật này đã được thay thế bởi Luật 53\/2024\/QH15 từ 01\/07\/2025\)$/,
      );
    }
    expect(citationLabel(doc('regulations/luat-53-2024-trich.md'), ['Chương V', 'Điều 37. Đối tượng', '3.'])).toBe(
      'Luật 53/2024/QH15 (trích) › Điều 37. Đối tượng › khoản 3',
    );
  });

  it("notes a detailing text's basis from the law's own status, so a manifest correction of the law carries over", () => {
    const dir = mkdtempSync(join(tmpdir(), 'validity-'));
    tmpDirs.push(dir);
    mkdirSync(join(dir, 'regulations'));
    for (const f of ['luat-66-2011.md', 'nd-09-2013.md'])
      writeFileSync(join(dir, 'regulations', f), readFileSync(join(BUNDLED_KNOWLEDGE_DIR, 'regulations', f)));
    const replaced = loadCorpus(dir, { now }).docs.find((d) => d.id === 'regulations/nd-09-2013.md')!;
    expect(replaced.basisNote).toMatch(/^hướng dẫn Luật 66\/2011\/QH12, luật này đã được thay thế/);
    writeFileSync(join(dir, 'manifest.yaml'), 'regulations/luat-66-2011.md:\n  status: in_force\n');
    const inForce = loadCorpus(dir, { now }).docs.find((d) => d.id === 'regulations/nd-09-2013.md')!;
    expect(inForce.implementsLaw).toBe('66/2011/QH12');
    expect(inForce.basisNote).toBeUndefined();
    expect(validityNote(inForce)).toBe('');
  });
});
