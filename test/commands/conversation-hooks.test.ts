import { describe, expect, it } from 'vitest';
import { loadContacts } from '../../knowledge/contacts.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { documentsText } from '../../handlers/commands/documents.js';
import { setup } from '../conversation/helpers.js';

const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR, { now: new Date('2026-03-01T00:00:00Z') });
const docs = corpus.docs;
const directory = loadContacts();
const knowledge = { corpus: () => corpus, contacts: () => directory };

describe('contacts in the conversation', () => {
  it('/lienhe gives the directory of the chosen province', async () => {
    const t = setup({ deps: knowledge });
    await t.conv.handle(t.citizen('/tinh quang-nam'));
    const [r] = await t.conv.handle(t.citizen('/lienhe'));
    expect(r.text).toContain('1800 1581');
    expect(r.text).toContain('Công an tỉnh Quảng Nam');
    expect(r.citations?.length).toBeGreaterThan(0);
  });

  it('a contact question is answered from the directory and never reaches the answerer; other questions do', async () => {
    const t = setup({ deps: knowledge });
    await t.conv.handle(t.citizen('/tinh soc-trang'));
    const [r] = await t.conv.handle(t.citizen('Muốn báo tin thì liên hệ ai?'));
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('Công an tỉnh Sóc Trăng');
    expect(t.questions).toEqual([]);
    await t.conv.handle(t.citizen('Nạn nhân được hỗ trợ những gì?'));
    expect(t.questions.map((q) => q.q)).toEqual(['Nạn nhân được hỗ trợ những gì?']);
  });
});

describe('/tailieu', () => {
  it('lists loaded documents with province, dates and status for officers', async () => {
    const t = setup({ deps: { documents: () => docs } });
    const [r] = await t.conv.handle(t.officerMsg('100', '/tailieu'));
    expect(r.kind).toBe('officer');
    expect(r.text).toContain(`Đang dùng ${docs.length} văn bản`);
    expect(r.text).toMatch(
      /• Luật 66\/2011\/QH12 \(toàn quốc\): ban hành 29\/03\/2011, hiệu lực 01\/01\/2012.*đã được thay thế bởi Luật 53\/2024\/QH15/,
    );
    expect(r.text).toMatch(/• ĐA Đồng Nai 2016–2020 \(Đồng Nai\).*đã hết thời gian thực hiện/);
    expect(r.text).toMatch(/• Luật 53\/2024\/QH15 \(trích\) \(toàn quốc\).*còn hiệu lực\. Phạm vi: Trích 7 trong 63 điều/);
  });

  it('is refused to citizens', async () => {
    const t = setup({ deps: { documents: () => docs } });
    const [r] = await t.conv.handle(t.citizen('/tailieu'));
    expect(r.kind).toBe('error');
    expect(r.text).not.toContain('văn bản');
  });

  it('says how to add documents when none are loaded', () => {
    expect(documentsText([])).toContain('npm run ingest');
  });
});
