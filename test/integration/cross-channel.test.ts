import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { startFakeZalo, textUpdate, type FakeZalo } from '../fakes/zalo-server.js';

// The whole product wired by the composition root against fake Telegram and Zalo servers:
// a citizen on Zalo reports, an officer on Telegram claims and both talk through the bot.

const OFFICER = { id: 9001, firstName: 'Lan' };
const ZALO_CITIZEN = 'a1b2c3d4e5f6a7b8c9d0';
const REPORT = 'Em gái tôi đi làm ở Campuchia theo lời một người quen, giờ mất liên lạc hai tuần rồi, tôi nghi bị lừa bán';

let tg: FakeTelegram;
let zalo: FakeZalo;
let app: App;
let dir: string;
const logLines: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'app-'));
  [tg, zalo] = await Promise.all([startFakeTelegram(), startFakeZalo()]);
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    ZALO_BOT_TOKEN: zalo.token,
    ZALO_API_ROOT: zalo.url,
    OFFICER_TELEGRAM_IDS: String(OFFICER.id),
    OFFICER_WEB_PASSWORD: 'mat-khau-thu-nghiem',
    DEFAULT_PROVINCE: 'quang-nam',
  });
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  });
  app = await createApp(config, createLogger({ level: 'debug', destination: sink }), { tickMs: 3_600_000 });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await Promise.all([tg?.close(), zalo?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const textOf = (c: { payload: Record<string, any> }) => String(c.payload.text ?? '');

describe('composition root across channels', () => {
  it('answers a question with a cited source on Telegram', async () => {
    tg.pushText({ chatId: 501, from: { id: 501 }, text: 'Nạn nhân bị mua bán được hỗ trợ những gì?' });
    const [reply] = await tg.waitForCalls('sendMessage', (c) => String(c.payload.chat_id) === '501');
    expect(textOf(reply)).toMatch(/›/);
    expect(textOf(reply)).toMatch(/\[1\]/);
  });

  it('answers a question with a cited source on Zalo', async () => {
    zalo.pushUpdate(textUpdate({ chatId: 'f'.repeat(20), userId: 'f'.repeat(20), text: 'trach nhiem cua cong an tinh trong ke hoach' }));
    const reply = await zalo.waitForSent((s) => s.chatId === 'f'.repeat(20) && s.method === 'sendMessage');
    expect(reply.text).toMatch(/›/);
  });

  it('hands a Zalo report to a Telegram officer and relays both ways', async () => {
    zalo.pushUpdate(textUpdate({ chatId: ZALO_CITIZEN, userId: ZALO_CITIZEN, name: 'Nguyễn Văn A', text: REPORT }));

    const ack = await zalo.waitForSent((s) => s.chatId === ZALO_CITIZEN && s.method === 'sendMessage');
    const number = /#(\d+)/.exec(ack.text ?? '')?.[1];
    expect(number).toBeDefined();
    expect(ack.text).toContain('111');
    expect(ack.text).not.toContain('Campuchia'); // never echo the report into a phone someone else may hold

    const [card] = await tg.waitForCalls(
      'sendMessage',
      (c) => String(c.payload.chat_id) === String(OFFICER.id) && textOf(c).includes(`#${number}`),
    );
    expect(textOf(card)).toContain('Campuchia');
    expect(textOf(card)).not.toContain('Nguyễn Văn A'); // no consent given
    const claimData = JSON.stringify(card.payload.reply_markup ?? '').match(/claim:\d+/)?.[0];
    expect(claimData).toBeDefined();

    tg.pushCallback({ chatId: OFFICER.id, from: OFFICER, data: claimData! });
    await tg.waitForCalls('answerCallbackQuery');
    await tg.waitForCalls(
      'sendMessage',
      (c) => String(c.payload.chat_id) === String(OFFICER.id) && /nhận/i.test(textOf(c)) && textOf(c).includes(`#${number}`),
    );

    tg.pushText({
      chatId: OFFICER.id,
      from: OFFICER,
      text: 'Chào bạn, tôi là cán bộ phụ trách. Bạn có thể nói rõ nơi em gái làm việc không?',
    });
    const relayed = await zalo.waitForSent((s) => s.chatId === ZALO_CITIZEN && (s.text ?? '').startsWith('Cán bộ tiếp nhận'));
    expect(relayed.text).toContain('nơi em gái làm việc');

    zalo.pushUpdate(textUpdate({ chatId: ZALO_CITIZEN, userId: ZALO_CITIZEN, text: 'Ở một công ty tại Sihanoukville' }));
    const back = await tg.waitForCalls(
      'sendMessage',
      (c) => String(c.payload.chat_id) === String(OFFICER.id) && textOf(c).includes('Sihanoukville'),
    );
    expect(textOf(back[0])).toContain(`#${number}`);

    tg.pushText({ chatId: OFFICER.id, from: OFFICER, text: `/dong ${number} Đã chuyển Công an tỉnh xác minh` });
    const closed = await zalo.waitForSent((s) => s.chatId === ZALO_CITIZEN && /đóng|kết thúc|khép lại/i.test(s.text ?? ''));
    expect(closed.text).not.toContain('Công an tỉnh xác minh'); // the closing note stays internal
  });

  it('keeps report text, names and tokens out of the logs', () => {
    const all = logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of ['Campuchia', 'Sihanoukville', 'Nguyễn Văn A', ZALO_CITIZEN, tg.token, zalo.token, 'mat-khau-thu-nghiem']) {
      expect(all).not.toContain(secret);
    }
  });
});
