import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig, type Config } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startFakePlatforms, TG_SECRET, ZALO_SECRET, type FakePlatforms } from '../fakes/platforms.js';
import { postWebhook, type FakeTelegram } from '../fakes/telegram-server.js';
import { textUpdate, type FakeZalo, type FakeZaloUpdate } from '../fakes/zalo-server.js';
import { openInbox } from '../../bot/inbox.js';
import { loadOrCreateKey } from '../../handlers/cases/crypto.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import type { IncomingMessage } from '../../handlers/types.js';

// Platforms redeliver: Telegram retries a webhook that did not answer in time, Zalo may post the same
// event twice, and a restart can replay what was in flight. Each update must be handled once, by
// update_id (Telegram) and message id (Zalo), also across a restart on the same data directory.

const OFFICER = 9001;

/** Deterministic shuffle (mulberry32) so a failure can be replayed. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let a = seed;
  const rnd = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

let platforms: FakePlatforms;
let tg: FakeTelegram;
let zalo: FakeZalo;
let dir: string;
let config: Config;
let app: App | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'once-'));
  platforms = await startFakePlatforms();
  ({ tg, zalo } = platforms);
  config = loadConfig({
    ...platforms.webhookEnv(dir),
    LOG_LEVEL: 'silent',
    OFFICER_TELEGRAM_IDS: String(OFFICER),
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await platforms?.close();
  rmSync(dir, { recursive: true, force: true });
});

const start = () => createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000 });

// Short replies only, so that each handled update is exactly one platform message.
const CITIZEN_TEXTS = ['/start', '/trogiup', 'xin chào', '/maso', '/tinh quang-nam', 'cảm ơn bạn nhé'];
const REPORT = 'Chị tôi bị một nhóm người đưa sang biên giới, họ giữ giấy tờ và không cho về, tôi muốn báo công an';

describe('exactly-once processing', () => {
  const tgUpdates: Record<string, any>[] = [];
  const zaloUpdates: FakeZaloUpdate[] = [];
  const tgChats = CITIZEN_TEXTS.map((_, i) => 5100 + i);
  const zaloChats = CITIZEN_TEXTS.map((_, i) => `${'ab'.repeat(9)}${String(i).padStart(2, '0')}`);
  const REPORTER_TG = 5199;
  const REPORTER_ZALO = 'cd'.repeat(10);
  const ZALO_NO_ID = 'ef'.repeat(10);

  const tgCount = (chat: number) =>
    tg.callsOf('sendMessage').filter((c) => String(c.payload.chat_id) === String(chat) && c.status === 200).length;
  const zaloCount = (chat: string) => zalo.sent.filter((s) => s.method === 'sendMessage' && s.chatId === chat).length;

  async function deliverAll(seed: number) {
    const tgOnce = tgUpdates.map((u) => ({ ch: 'tg' as const, u }));
    const zaloOnce = zaloUpdates.map((u) => ({ ch: 'zalo' as const, u }));
    const all = shuffle([...tgOnce, ...tgOnce, ...zaloOnce, ...zaloOnce], seed);
    // In concurrent waves, so two copies of one update can be in flight together.
    for (let i = 0; i < all.length; i += 8) {
      const wave = all.slice(i, i + 8);
      const statuses = await Promise.all(
        wave.map((d) =>
          d.ch === 'tg'
            ? postWebhook(`${app!.url}/webhooks/telegram`, d.u, TG_SECRET).then((r) => r.status)
            : zalo.deliverWebhook(`${app!.url}/webhooks/zalo`, d.u, ZALO_SECRET).then((r) => r.status),
        ),
      );
      expect(statuses.every((s) => s === 200)).toBe(true);
    }
  }

  it('answers each update once when every update arrives twice, shuffled', async () => {
    app = await start();
    CITIZEN_TEXTS.forEach((text, i) => tgUpdates.push(tg.makeTextUpdate({ chatId: tgChats[i], from: { id: tgChats[i] }, text })));
    tgUpdates.push(tg.makeTextUpdate({ chatId: REPORTER_TG, from: { id: REPORTER_TG }, text: REPORT }));
    CITIZEN_TEXTS.forEach((text, i) =>
      zaloUpdates.push(textUpdate({ chatId: zaloChats[i], userId: zaloChats[i], text, messageId: `zm${i}${'0'.repeat(16)}` })),
    );
    zaloUpdates.push(textUpdate({ chatId: REPORTER_ZALO, userId: REPORTER_ZALO, text: REPORT, messageId: `zr${'1'.repeat(18)}` }));
    // Without message_id the update is known by a hash of its content, the same on every redelivery.
    const noId = textUpdate({ chatId: ZALO_NO_ID, userId: ZALO_NO_ID, text: '/trogiup' });
    delete (noId.message as { message_id?: string }).message_id;
    zaloUpdates.push(noId);

    await deliverAll(42);
    // stop() waits for every chat's work and flushes the outbox: after it the counts are final.
    await app.stop();
    app = undefined;

    for (const c of tgChats) expect(tgCount(c), `telegram chat ${c}`).toBe(1);
    for (const c of zaloChats) expect(zaloCount(c), `zalo chat ${c}`).toBe(1);
    expect(tgCount(REPORTER_TG)).toBe(1);
    expect(zaloCount(REPORTER_ZALO)).toBe(1);
    expect(zaloCount(ZALO_NO_ID)).toBe(1);
    // One announcement per report to the officer, not two.
    const cards = tg
      .callsOf('sendMessage')
      .filter((c) => String(c.payload.chat_id) === String(OFFICER) && /claim:\d+/.test(JSON.stringify(c.payload.reply_markup ?? '')));
    expect(cards).toHaveLength(2);
  });

  it('does not process them again after a restart on the same data directory', async () => {
    const before = { tg: tg.callsOf('sendMessage').length, zalo: zalo.sent.filter((s) => s.method === 'sendMessage').length };
    app = await start();
    await deliverAll(7);
    await app.stop();
    app = undefined;
    expect(tg.callsOf('sendMessage').length).toBe(before.tg);
    expect(zalo.sent.filter((s) => s.method === 'sendMessage').length).toBe(before.zalo);
  });

  it('still handles a new update after the restart (dedupe is by id, not by content)', async () => {
    app = await start();
    const fresh = tg.makeTextUpdate({ chatId: tgChats[0], from: { id: tgChats[0] }, text: '/start' });
    expect((await postWebhook(`${app.url}/webhooks/telegram`, fresh, TG_SECRET)).status).toBe(200);
    expect(
      (
        await zalo.deliverWebhook(
          `${app.url}/webhooks/zalo`,
          textUpdate({ chatId: zaloChats[0], userId: zaloChats[0], text: '/start', messageId: 'zfresh'.padEnd(20, '9') }),
          ZALO_SECRET,
        )
      ).status,
    ).toBe(200);
    await app.stop();
    app = undefined;
    expect(tgCount(tgChats[0])).toBe(2);
    expect(zaloCount(zaloChats[0])).toBe(2);
  });

  it('answers a message a crash left between the dedupe mark and the outbox write', async () => {
    // The state a SIGKILL leaves while a (slow, e.g. generated) answer was being computed: the message
    // is in the inbox and its update id is marked processed, but no reply was queued.
    const { key } = loadOrCreateKey({ envKey: config.DATA_ENCRYPTION_KEY, file: join(dir, 'encryption.key') });
    const chat = 5300;
    const msg: IncomingMessage = {
      channel: 'telegram',
      chatId: String(chat),
      userId: String(chat),
      messageId: '777001',
      kind: 'text',
      text: '/trogiup',
      receivedAt: Date.now(),
    };
    const inbox = openInbox(join(dir, 'inbox.db'), { key });
    expect(inbox.accept(msg)).toBeTypeOf('number');
    inbox.close();
    const store = openCaseStore(join(dir, 'cases.db'), { key });
    expect(store.markProcessed('telegram', '777001', Date.now())).toBe(true);
    store.close();

    app = await start();
    await app.idle();
    await app.stop();
    app = undefined;
    expect(tgCount(chat)).toBe(1);
    // And it is finished: another start does not answer it again.
    app = await start();
    await app.idle();
    await app.stop();
    app = undefined;
    expect(tgCount(chat)).toBe(1);
  });
});
