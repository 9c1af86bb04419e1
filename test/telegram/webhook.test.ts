import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook, startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { createTelegramAdapter, type TelegramAdapter } from '../../bot/telegram/adapter.js';
import { createLogger } from '../../bot/logger.js';
import { inbox } from './helpers.js';

const SECRET = 'webhook-Secret_123';
let fake: FakeTelegram;
let adapter: TelegramAdapter;
let server: http.Server;
let url: string;
const box = inbox();

beforeAll(async () => {
  fake = await startFakeTelegram();
  adapter = createTelegramAdapter({
    token: fake.token,
    apiRoot: fake.apiRoot,
    webhook: { url: 'https://bot.example.vn/webhooks/telegram', secret: SECRET },
    onMessage: box.onMessage,
    logger: createLogger({ level: 'silent' }),
  });
  await adapter.start();
  server = http.createServer((req, res) => adapter.webhookHandler!(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/telegram`;
});

afterAll(async () => {
  await adapter.stop();
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  await fake.close();
});

describe('telegram adapter, webhook', () => {
  it('registers the webhook with its secret and does not poll', () => {
    const [call] = fake.callsOf('setWebhook');
    expect(call.payload).toMatchObject({ url: 'https://bot.example.vn/webhooks/telegram', secret_token: SECRET });
    expect(call.payload.allowed_updates).toEqual(['message', 'callback_query']);
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('rejects a wrong or missing secret with 401 and processes nothing', async () => {
    const wrong = fake.makeTextUpdate({ chatId: 601, text: 'sai mật mã' });
    const missing = fake.makeTextUpdate({ chatId: 601, text: 'không có mật mã' });
    expect((await postWebhook(url, wrong, 'not-the-secret')).status).toBe(401);
    expect((await postWebhook(url, missing)).status).toBe(401);
    const right = fake.makeTextUpdate({ chatId: 601, text: 'đúng mật mã' });
    expect((await postWebhook(url, right, SECRET)).status).toBe(200);
    // The handler is awaited before the 200, so everything that was processed is in the inbox now.
    expect(box.received.filter((m) => m.chatId === '601').map((m) => m.messageId)).toEqual([String(right.update_id)]);
    expect(box.received.find((m) => m.chatId === '601')?.text).toBe('đúng mật mã');
  });

  it('handles a callback delivered by webhook', async () => {
    const u = fake.makeCallbackUpdate({ chatId: 602, data: 'full:abc' });
    expect((await postWebhook(url, u, SECRET)).status).toBe(200);
    expect(box.received.find((m) => m.messageId === String(u.update_id))).toMatchObject({ kind: 'callback', callbackData: 'full:abc' });
    await fake.waitForCalls('answerCallbackQuery', (c) => c.payload.callback_query_id === u.callback_query.id);
  });

  it('refuses oversized and malformed bodies without processing them', async () => {
    const before = box.received.length;
    const big = fake.makeTextUpdate({ chatId: 603, text: 'x'.repeat(1_100_000) });
    expect((await postWebhook(url, big, SECRET)).status).toBe(413);
    // Chunked, with no Content-Length: the limit is found while streaming and still answered with 413.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET } },
        (r) => {
          r.resume();
          resolve(r.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 12; i++) req.write('x'.repeat(100_000));
      req.end();
    });
    expect(chunked).toBe(413);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'x-telegram-bot-api-secret-token': SECRET, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(box.received.length).toBe(before);
  });
});
