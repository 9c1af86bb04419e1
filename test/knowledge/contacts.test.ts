import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHotlines, hotlinesFor, loadContacts, NATIONAL_HOTLINES, provinceContacts } from '../../knowledge/contacts.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
const digits = (s: string) => s.replace(/\D/g, '');
const corpusDigits = digits(corpus.sections.map((s) => s.text).join(' '));

describe('contacts.yaml', () => {
  const dir = loadContacts();

  it('is valid and covers the four provinces of the bundled plans', () => {
    expect(Object.keys(dir.provinces).sort()).toEqual(['binh-dinh', 'dong-nai', 'quang-nam', 'soc-trang']);
    for (const p of Object.values(dir.provinces)) expect(corpus.docs.some((d) => d.id === p.source)).toBe(true);
  });

  it('has no province phone number that the documents do not state', () => {
    for (const p of Object.values(dir.provinces)) for (const c of p.contacts) if (c.phone) expect(corpusDigits).toContain(digits(c.phone));
    // National lines are the fixed emergency numbers only.
    expect(dir.national.map((n) => n.phone).sort()).toEqual(['111', '113']);
  });

  it('points every entry at a section that exists in its source document', () => {
    for (const p of Object.values(dir.provinces)) {
      for (const c of p.contacts) {
        if (!c.section) continue;
        const want = c.section.split(' › ');
        const source = c.source ?? p.source;
        const ok = corpus.sections.some((s) => s.docId === source && want.every((w, i) => s.path[i]?.startsWith(w)));
        expect(ok, `${c.agency}: ${c.section}`).toBe(true);
      }
    }
  });

  it('rejects an invented field or a malformed phone', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'contacts-'));
    try {
      const file = join(tmp, 'c.yaml');
      writeFileSync(file, 'national:\n  - name: X\n    phone: "11a"\n    role: r\nprovinces: {}\n');
      expect(() => loadContacts(file)).toThrow(/national\.0\.phone/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('hotlines', () => {
  const directory = loadContacts();

  it('gives the national lines everywhere and the province line where a plan states one', () => {
    expect(hotlinesFor(directory, null)).toEqual(NATIONAL_HOTLINES);
    expect(hotlinesFor(directory, 'dong-nai')).toEqual(NATIONAL_HOTLINES);
    const qn = hotlinesFor(directory, 'quang-nam');
    expect(qn.map((h) => h.phone)).toEqual(['113', '111', '1800 1581']);
    expect(formatHotlines(qn)).toContain('• 1800 1581: Tổng đài điện thoại của tỉnh Quảng Nam');
  });

  it('lists a province agencies with their source document', () => {
    const st = provinceContacts(directory, 'soc-trang');
    expect(st.length).toBeGreaterThan(0);
    expect(st.every((c) => c.source === 'plans/soc-trang-phoi-hop-tiep-nhan-bao-ve-ho-tro.md')).toBe(true);
    expect(provinceContacts(directory, 'ha-noi')).toEqual([]);
  });
});
