import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAnswering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { hotlinesFor, provinceContacts, useContactsOf } from '../../knowledge/contacts.js';
import { BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/load.js';

// A deployment keeps its own knowledge folder: its contacts.yaml must be the one the bot gives out,
// and an edit must reach the running bot like a changed document does.

const dirs: string[] = [];
afterAll(() => {
  useContactsOf(BUNDLED_KNOWLEDGE_DIR);
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
`;

describe("a deployment's own contacts.yaml", () => {
  it('is used instead of the bundled one, follows edits on reload and survives an invalid edit', async () => {
    const knowledge = mkdtempSync(join(tmpdir(), 'kb-contacts-'));
    const data = mkdtempSync(join(tmpdir(), 'kb-data-'));
    dirs.push(knowledge, data);
    mkdirSync(join(knowledge, 'plans'));
    writeFileSync(join(knowledge, 'plans', 'tinh-thu.md'), '# Kế hoạch phòng, chống mua bán người trên địa bàn tỉnh Thử\n\n**I. MỤC ĐÍCH**\n\nBảo vệ nạn nhân.\n');
    writeFileSync(join(knowledge, 'contacts.yaml'), contactsYaml('1800 0001'));
    const config = loadConfig({ DATA_DIR: data, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' });
    const answering = await openAnswering(config, createLogger({ level: 'silent' }), { watch: true });
    try {
      expect(provinceContacts('tinh-thu').map((c) => c.phone)).toEqual(['1800 0001']);
      // The bundled provinces are not in this deployment's directory.
      expect(provinceContacts('quang-nam')).toEqual([]);

      writeFileSync(join(knowledge, 'contacts.yaml'), contactsYaml('1800 0002'));
      expect(await answering.reload()).toBe(true);
      expect(hotlinesFor('tinh-thu').map((h) => h.phone)).toContain('1800 0002');

      writeFileSync(join(knowledge, 'contacts.yaml'), 'national: []\nprovinces: {}\n');
      expect(await answering.reload()).toBe(true);
      expect(hotlinesFor('tinh-thu').map((h) => h.phone)).toContain('1800 0002');
    } finally {
      answering.close();
    }
  });
});
