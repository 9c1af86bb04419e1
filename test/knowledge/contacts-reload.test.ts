import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnswering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { hotlinesFor, provinceContacts } from '../../knowledge/contacts.js';
import { setup } from '../conversation/helpers.js';

// A deployment keeps its own knowledge folder: its contacts.yaml must be the one the bot gives out,
// an edit must reach the running bot like a changed document does, and every citation must point into it.

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const contactsYaml = (phone: string) => `national:
  - name: Công an (khẩn cấp)
    phone: '113'
    role: Gọi ngay khi có người gặp nguy hiểm.
provinces:
  tinh-thu:
    name: Tỉnh Thử
    source: plans/tinh-thu.md
    contacts:
      - agency: Đường dây nóng tỉnh Thử
        role: Tiếp nhận tố giác mua bán người.
        phone: '${phone}'
        section: I. Mục đích
`;

async function openDeployment() {
  const knowledge = mkdtempSync(join(tmpdir(), 'kb-contacts-'));
  const data = mkdtempSync(join(tmpdir(), 'kb-data-'));
  dirs.push(knowledge, data);
  mkdirSync(join(knowledge, 'plans'));
  writeFileSync(
    join(knowledge, 'plans', 'tinh-thu.md'),
    '# Kế hoạch phòng, chống mua bán người trên địa bàn tỉnh Thử\n\n**I. MỤC ĐÍCH**\n\nBảo vệ nạn nhân.\n',
  );
  writeFileSync(join(knowledge, 'contacts.yaml'), contactsYaml('1800 0001'));
  const config = loadConfig({ DATA_DIR: data, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' });
  return { knowledge, answering: await openAnswering(config, createLogger({ level: 'silent' }), { watch: true }) };
}

describe("a deployment's own contacts.yaml", () => {
  it('is used instead of the bundled one, follows edits on reload and survives an invalid edit', async () => {
    const { knowledge, answering } = await openDeployment();
    try {
      expect(provinceContacts(answering.contacts(), 'tinh-thu').map((c) => c.phone)).toEqual(['1800 0001']);
      // The bundled provinces are not in this deployment's directory.
      expect(provinceContacts(answering.contacts(), 'quang-nam')).toEqual([]);

      writeFileSync(join(knowledge, 'contacts.yaml'), contactsYaml('1800 0002'));
      expect(await answering.reload()).toBe(true);
      expect(hotlinesFor(answering.contacts(), 'tinh-thu').map((h) => h.phone)).toContain('1800 0002');

      writeFileSync(join(knowledge, 'contacts.yaml'), 'national: []\nprovinces: {}\n');
      expect(await answering.reload()).toBe(true);
      expect(hotlinesFor(answering.contacts(), 'tinh-thu').map((h) => h.phone)).toContain('1800 0002');
    } finally {
      answering.close();
    }
  });

  it('with KNOWLEDGE_DIR set, contact answers and /lienhe cite only documents of that folder', async () => {
    const { answering } = await openDeployment();
    try {
      const own = new Set(answering.corpus().docs.map((d) => d.id));
      expect([...own]).toEqual(['plans/tinh-thu.md']);

      const asked = await answering.ask('Gọi số nào để báo tin ở tỉnh Thử?');
      expect(asked.text).toContain('1800 0001');
      expect(asked.citations.map((c) => c.docId)).toEqual(['plans/tinh-thu.md']);

      const t = setup({ deps: { corpus: answering.corpus, contacts: answering.contacts } });
      const [reply] = await t.conv.handle(t.citizen('/lienhe tỉnh Thử'));
      expect(reply.text).toContain('1800 0001');
      expect(reply.citations?.map((c) => c.docId)).toEqual(['plans/tinh-thu.md']);
    } finally {
      answering.close();
    }
  });
});
