// With KNOWLEDGE_DIR set, the bot answers from that folder alone: an answer from its documents, the full
// text behind a "Xem toàn văn" button and the answers from the update notes never cite a bundled document.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answering, openAnswering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';

const PLAN =
  '# Kế hoạch phòng, chống mua bán người trên địa bàn tỉnh Thử\n\n**I. MỤC ĐÍCH**\n\n' +
  'Bảo vệ nạn nhân bị mua bán, hỗ trợ nạn nhân tái hòa nhập cộng đồng.\n\n**II. NHIỆM VỤ**\n\n' +
  '1. Sở Y tế tiếp nhận và hỗ trợ nạn nhân trong thời hạn 05 ngày.\n';

const dirs: string[] = [];
let answering: Answering;

beforeAll(async () => {
  const knowledge = mkdtempSync(join(tmpdir(), 'kb-own-'));
  const data = mkdtempSync(join(tmpdir(), 'kb-own-data-'));
  dirs.push(knowledge, data);
  mkdirSync(join(knowledge, 'plans'));
  writeFileSync(join(knowledge, 'plans', 'tinh-thu.md'), PLAN);
  const config = loadConfig({ DATA_DIR: data, KNOWLEDGE_DIR: knowledge, LOG_LEVEL: 'silent' });
  answering = await openAnswering(config, createLogger({ level: 'silent' }), { watch: false });
}, 60_000);

afterAll(() => {
  answering?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('every citation points into KNOWLEDGE_DIR', () => {
  it('answers from the folder’s own plan, and its full-text button opens that plan', async () => {
    const r = await answering.ask('Ai hỗ trợ nạn nhân?');
    expect(r.kind).toBe('answer');
    expect(r.text).toContain('Sở Y tế');
    expect(r.citations.map((c) => c.docId)).toEqual(['plans/tinh-thu.md']);
    const data = r.buttons?.flat()[0]?.data;
    expect(data).toBeDefined();
    const full = answering.fullSection(data!);
    expect(full?.citations.map((c) => c.docId)).toEqual(['plans/tinh-thu.md']);
  });

  it('cites nothing outside the folder when a question is answered from the update notes or is not covered', async () => {
    const answered = [
      'Luật phòng chống mua bán người mới có hiệu lực từ ngày nào?',
      'Sở Lao động Thương binh Xã hội giải thể thì ai lo hỗ trợ nạn nhân?',
      'Quảng Nam bây giờ sáp nhập vào đâu?',
    ];
    for (const q of [...answered, 'Nghị định 09/2013 quy định gì?']) {
      const r = await answering.ask(q);
      if (answered.includes(q)) expect(r.kind, q).toBe('answer');
      for (const c of r.citations) expect(c.docId, q).toBe('plans/tinh-thu.md');
    }
  });
});
