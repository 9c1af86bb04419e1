// GET /metrics through the composed app: Prometheus text with the operational figures, guarded by a bearer
// token or loopback, and never a word a person wrote, a name or a platform id in any label.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { listBackups } from '../../bot/backup.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { startFakeOpenAI, type FakeOpenAI } from '../fakes/openai-server.js';

const OFFICER = { id: 9002, firstName: 'Hạnh' };
const CITIZEN = { id: 6203948571, firstName: 'Mỷ', lastName: 'Sùng Thị' };
const REPORT = 'Con gái tôi bị một người tên Thào A Chứ dẫn sang Thái Lan làm việc, giờ mất liên lạc, tôi nghi bị bán';
const PLANTED = ['Thào A Chứ', 'Sùng Thị', 'Mỷ', String(CITIZEN.id), 'Thái Lan'];
const TOKEN = randomBytes(18).toString('hex');

let tg: FakeTelegram;
let llm: FakeOpenAI;
let app: App | undefined;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'metrics-'));
  tg = await startFakeTelegram();
  // The first generated answer is well cited; every later call fails, so the answer falls back.
  llm = await startFakeOpenAI({ chat: (_b, i) => (i === 0 ? 'Nạn nhân được hỗ trợ theo quy định [1].' : { status: 500 }) });
  const config = loadConfig({
    DATA_DIR: join(dir, 'data'),
    PORT: '0',
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    OFFICER_TELEGRAM_IDS: String(OFFICER.id),
    OFFICER_WEB_PASSWORD: 'mat-khau-giam-sat',
    DEFAULT_PROVINCE: 'quang-nam',
    DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    OPENAI_BASE_URL: llm.baseURL,
    LLM_MODEL: 'fake',
    LLM_TIMEOUT_MS: '3000',
    BACKUP_DIR: join(dir, 'backups'),
    METRICS_TOKEN: TOKEN,
  });
  app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000, previewIntervalMs: 0 });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await tg?.close();
  await llm?.close();
  rmSync(dir, { recursive: true, force: true });
});

const scrape = (headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => fetch(`${app!.url}/metrics`, { headers });
const toCitizen = (c: { payload: Record<string, any> }) => String(c.payload.chat_id) === String(CITIZEN.id);

/** `name{labels} value` lines as [name, labels object, value]. */
function samples(text: string): [string, Record<string, string>, number][] {
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const m = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(l)!;
      const labels = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
      return [m[1], labels, Number(m[3])];
    });
}
const value = (text: string, name: string, labels: Record<string, string> = {}) =>
  samples(text)
    .filter(([n, l]) => n === name && Object.entries(labels).every(([k, v]) => l[k] === v))
    .reduce((sum, [, , v]) => sum + v, 0);

describe('/metrics', () => {
  it('refuses a scrape without the token, or with a wrong one', async () => {
    expect((await scrape({})).status).toBe(401);
    expect((await scrape({ authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape({ authorization: TOKEN })).status).toBe(401);
    expect((await scrape()).status).toBe(200);
  });

  it('counts messages, answers, abstentions, triage, LLM outcomes, cases and backups, with no personal data in any label', async () => {
    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: 'Nạn nhân bị mua bán được hỗ trợ những gì?' });
    // With an LLM, Telegram shows a preview message that the final answer then edits.
    await tg.waitForCalls('editMessageText', (c) => toCitizen(c) && String(c.payload.text).includes('[1]'));
    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: 'Thủ tục tiếp nhận nạn nhân trở về thế nào?' });
    await tg.waitForCalls('sendMessage', toCitizen, 10_000, 2);
    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: 'Giá vé máy bay đi Đà Lạt tháng sau bao nhiêu?' });
    await tg.waitForCalls('sendMessage', toCitizen, 10_000, 3);
    tg.pushText({ chatId: CITIZEN.id, from: CITIZEN, text: REPORT });
    await tg.waitForCalls('sendMessage', (c) => toCitizen(c) && /#\d+/.test(String(c.payload.text)));
    await app!.idle();
    await vi.waitFor(async () => expect(await listBackups(join(dir, 'backups'))).toHaveLength(1));

    const res = await scrape();
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(value(text, 'tro_ly_messages_received_total', { channel: 'telegram' })).toBe(4);
    expect(value(text, 'tro_ly_messages_sent_total', { channel: 'telegram' })).toBeGreaterThanOrEqual(5); // 4 replies + the officer's card
    expect(value(text, 'tro_ly_messages_sent_total', { channel: 'telegram', kind: 'case' })).toBeGreaterThanOrEqual(1);
    expect(value(text, 'tro_ly_answer_duration_seconds_count')).toBe(3);
    expect(value(text, 'tro_ly_answer_duration_seconds_count', { outcome: 'abstain' })).toBe(1);
    expect(value(text, 'tro_ly_answer_duration_seconds_bucket', { le: '+Inf' })).toBe(3);
    expect(value(text, 'tro_ly_triage_total', { label: 'question' })).toBe(3);
    expect(value(text, 'tro_ly_triage_total', { label: 'report' }) + value(text, 'tro_ly_triage_total', { label: 'emergency' })).toBe(1);
    expect(value(text, 'tro_ly_llm_answers_total', { outcome: 'generated' })).toBe(1);
    expect(value(text, 'tro_ly_llm_answers_total', { outcome: 'fallback' })).toBe(1);
    expect(value(text, 'tro_ly_cases', { status: 'open' })).toBe(1);
    expect(value(text, 'tro_ly_cases', { status: 'claimed' })).toBe(0);
    expect(value(text, 'tro_ly_oldest_unclaimed_case_age_seconds')).toBeGreaterThan(0);
    expect(value(text, 'tro_ly_outbox_pending')).toBe(0);
    expect(value(text, 'tro_ly_backups_total', { result: 'ok' })).toBe(1);
    expect(value(text, 'tro_ly_backup_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'tro_ly_process_resident_memory_bytes')).toBeGreaterThan(0);

    // Labels carry only values from the code's own closed sets.
    const allowed: Record<string, RegExp> = {
      channel: /^(telegram|zalo|web)$/,
      kind: /^(answer|abstain|emergency|case|relay|officer|notice|error)$/,
      outcome: /^(answer|abstain|generated|fallback)$/,
      label: /^(emergency|report|question|smalltalk)$/,
      reason: /^(|timeout|breaker_open|http|network|empty|other|no_hits|no_valid_citation|error)$/,
      status: /^(open|claimed)$/,
      result: /^(ok|failed)$/,
    };
    for (const [name, labels] of samples(text)) {
      if (!name.startsWith('tro_ly_') || name.startsWith('tro_ly_process_') || name.startsWith('tro_ly_nodejs_')) continue;
      for (const [k, v] of Object.entries(labels)) {
        if (k === 'le' || k === 'quantile') continue;
        expect(allowed[k], `${name} label ${k}`).toBeDefined();
        expect(v, `${name}{${k}}`).toMatch(allowed[k]);
      }
    }
    for (const p of PLANTED) expect(text, p).not.toContain(p);
  });
});

describe('/metrics without a token', () => {
  it('answers loopback clients only, and not through a proxy', async () => {
    const local = await createApp(
      loadConfig({ DATA_DIR: join(dir, 'data-local'), PORT: '0', DATA_ENCRYPTION_KEY: randomBytes(32).toString('hex') }),
      createLogger({ level: 'silent' }),
      { tickMs: 3_600_000 },
    );
    try {
      const ok = await fetch(`${local.url}/metrics`);
      expect(ok.status).toBe(200);
      expect(await ok.text()).toContain('tro_ly_cases{status="open"} 0');
      expect((await fetch(`${local.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
      expect((await fetch(`${local.url}/metrics`, { headers: { forwarded: 'for=203.0.113.9' } })).status).toBe(403);
    } finally {
      await local.stop();
    }
  }, 60_000);
});
