import http from 'node:http';
import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { imageUpdate, startFakeZalo, stickerUpdate, textUpdate, type FakeZalo } from '../fakes/zalo-server.js';
import { createZaloClient } from '../../bot/zalo/client.js';
import { createZaloAdapter, renderZaloText, type ZaloAdapter, type ZaloAdapterOptions } from '../../bot/zalo/adapter.js';
import { createLogger } from '../../bot/logger.js';
import type { IncomingMessage, OutgoingMessage } from '../../handlers/types.js';

const CHAT = '0f1e2d3c4b5a69788796';
const SECRET = 'webhook-secret-0123';

/** Collects onMessage calls and lets a test wait for one that matches. */
function inbox() {
  const got: IncomingMessage[] = [];
  const waiters = new Set<() => void>();
  return {
    got,
    onMessage: async (m: IncomingMessage) => {
      got.push(m);
      for (const w of [...waiters]) w();
    },
    next(pred: (m: IncomingMessage) => boolean = () => true, timeoutMs = 5_000): Promise<IncomingMessage> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = got.find(pred);
          if (!m) return false;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(m);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no matching message'));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
  };
}

function logSink() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', destination }) };
}

let fake: FakeZalo;
const adapters: ZaloAdapter[] = [];

function makeAdapter(extra: Partial<ZaloAdapterOptions> & Pick<ZaloAdapterOptions, 'onMessage'>) {
  const client = createZaloClient({ token: fake.token, apiRoot: fake.url, retry: { baseDelayMs: 1, rateLimitDelayMs: 1, maxDelayMs: 20 } });
  const adapter = createZaloAdapter({
    client,
    logger: createLogger({ level: 'silent' }),
    polling: { timeoutSec: 5, backoffMs: 1, maxBackoffMs: 5 },
    ...extra,
  });
  adapters.push(adapter);
  return adapter;
}

// A fresh fake per test: a long poll aborted at stop() can still reach the server afterwards and
// take an update meant for the next test (the real API has the same gap, spec section 3).
beforeEach(async () => {
  fake = await startFakeZalo();
});
afterEach(async () => {
  await Promise.all(adapters.splice(0).map((a) => a.stop()));
  await fake.close();
});

const answer = (chatId: string): OutgoingMessage => ({
  to: { channel: 'zalo', chatId },
  kind: 'answer',
  text: 'Cán bộ xã tiếp nhận và xác minh thông tin [1].',
  citations: [{ n: 1, label: 'KH Quảng Nam 2024 › V. Tổ chức thực hiện', sectionId: 's1', docId: 'd1' }],
  buttons: [[{ label: 'Xem toàn văn', data: 'full:d1#s1' }], [{ label: 'Gặp cán bộ', data: 'officer' }]],
});

describe('renderZaloText', () => {
  it('appends sources and numbered choices', () => {
    const r = renderZaloText(answer(CHAT));
    expect(r.text).toBe(
      'Cán bộ xã tiếp nhận và xác minh thông tin [1].\n\nNguồn:\n[1] KH Quảng Nam 2024 › V. Tổ chức thực hiện\n\nTrả lời bằng số: 1. Xem toàn văn  2. Gặp cán bộ',
    );
    expect(r.choices).toEqual(['full:d1#s1', 'officer']);
  });
});

describe('Zalo adapter, polling mode', () => {
  it('delivers a text update as an IncomingMessage, replies, and maps a numbered reply to a callback', async () => {
    const box = inbox();
    const { lines, logger } = logSink();
    const adapter: ZaloAdapter = makeAdapter({
      logger,
      onMessage: async (m) => {
        await box.onMessage(m);
        if (m.kind === 'text' && m.text === 'Ai tiếp nhận nạn nhân?') await adapter.send(answer(m.chatId));
      },
    });
    await adapter.start();
    const update = textUpdate({ chatId: CHAT, text: 'Ai tiếp nhận nạn nhân?', name: 'Lan' });
    fake.pushUpdate(update);

    const msg = await box.next();
    expect(msg).toMatchObject({
      channel: 'zalo',
      chatId: CHAT,
      userId: CHAT,
      kind: 'text',
      text: 'Ai tiếp nhận nạn nhân?',
      displayName: 'Lan',
      messageId: update.message!.message_id,
    });
    expect(typeof msg.receivedAt).toBe('number');

    const reply = await fake.waitForSent((s) => s.method === 'sendMessage');
    expect(reply.chatId).toBe(CHAT);
    expect(reply.text).toContain('Nguồn:\n[1] KH Quảng Nam 2024');
    expect(reply.text).toContain('Trả lời bằng số: 1. Xem toàn văn  2. Gặp cán bộ');
    expect(fake.sent.some((s) => s.method === 'sendChatAction' && s.action === 'typing')).toBe(true);

    fake.pushUpdate(textUpdate({ chatId: CHAT, text: '2' }));
    const cb = await box.next((m) => m.kind === 'callback');
    expect(cb).toMatchObject({ kind: 'callback', callbackData: 'officer', chatId: CHAT });
    expect(cb.text).toBeUndefined();

    // A number outside the offered range stays text.
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: '7' }));
    expect(await box.next((m) => m.text === '7')).toMatchObject({ kind: 'text' });

    // After a message without buttons, a bare number means what it says.
    await adapter.send({ to: { channel: 'zalo', chatId: CHAT }, kind: 'notice', text: 'Có bao nhiêu người cần giúp?' });
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: '1' }));
    expect(await box.next((m) => m.text === '1')).toMatchObject({ kind: 'text' });

    const logs = lines.join('');
    expect(logs).not.toContain(CHAT);
    expect(logs).not.toContain('nạn nhân');
    expect(logs).not.toContain(fake.token.split(':')[1]);
  });

  it('maps stickers and images', async () => {
    const box = inbox();
    const adapter = makeAdapter({ onMessage: box.onMessage });
    await adapter.start();
    fake.pushUpdate(stickerUpdate({ chatId: CHAT }));
    expect(await box.next()).toMatchObject({ kind: 'sticker', chatId: CHAT });
    fake.pushUpdate(imageUpdate({ chatId: CHAT, caption: 'ảnh giấy tờ' }));
    expect(await box.next((m) => m.kind === 'image')).toMatchObject({ kind: 'image', text: 'ảnh giấy tờ' });
  });

  it('keeps polling after 5xx and 429 errors, losing nothing', async () => {
    const box = inbox();
    fake.failNext(2, 502, 'Bad Gateway', 'getUpdates');
    fake.failNext(1, 429, { ok: false, error_code: 429, description: 'Quota exceeded', parameters: { retry_after: 0.002 } }, 'getUpdates');
    const adapter = makeAdapter({ onMessage: box.onMessage });
    await adapter.start();
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: 'còn đó không?' }));
    expect(await box.next()).toMatchObject({ text: 'còn đó không?' });
    expect(fake.calls.filter((c) => c.method === 'getUpdates').length).toBeGreaterThanOrEqual(4);
  });

  it('stop() ends a pending long poll at once', { timeout: 5_000 }, async () => {
    const adapter = makeAdapter({ onMessage: async () => {}, polling: { timeoutSec: 60, backoffMs: 1 } });
    await adapter.start();
    await expect.poll(() => fake.calls.some((c) => c.method === 'getUpdates')).toBe(true);
    await adapter.stop();
    await expect.poll(() => fake.pendingPolls()).toBe(0);
    const before = fake.calls.length;
    // An update pushed after stop stays queued for the next poller instead of being swallowed.
    const box = inbox();
    const next = makeAdapter({ onMessage: box.onMessage });
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: 'sau khi dừng' }));
    expect(fake.calls.length).toBe(before);
    await next.start();
    expect(await box.next()).toMatchObject({ text: 'sau khi dừng' });
  });

  it('refuses to poll while a webhook is set, unless told to delete it', async () => {
    await createZaloClient({ token: fake.token, apiRoot: fake.url }).setWebhook({
      url: 'https://bot.example.invalid/z',
      secretToken: SECRET,
    });
    await expect(makeAdapter({ onMessage: async () => {} }).start()).rejects.toThrow(/webhook/);
    const adapter = makeAdapter({ onMessage: async () => {}, polling: { deleteWebhook: true, timeoutSec: 5, backoffMs: 1 } });
    await adapter.start();
    expect(fake.webhook()).toBeUndefined();
  });

  it('a rejected token fails start() with a typed 401', async () => {
    const client = createZaloClient({ token: '1:not-the-token', apiRoot: fake.url });
    const adapter = createZaloAdapter({ client, onMessage: async () => {}, logger: createLogger({ level: 'silent' }) });
    adapters.push(adapter);
    await expect(adapter.start()).rejects.toMatchObject({ name: 'ZaloApiError', code: 401 });
  });

  it('a failing handler does not stop later messages of the same chat', async () => {
    const box = inbox();
    const adapter = makeAdapter({
      onMessage: async (m) => {
        if (m.text === 'lỗi') throw new Error('boom');
        await box.onMessage(m);
      },
    });
    await adapter.start();
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: 'lỗi' }));
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: 'tiếp' }));
    expect(await box.next()).toMatchObject({ text: 'tiếp' });
  });

  it('starts polling even when the API is down at start, and catches up', async () => {
    const box = inbox();
    fake.failNext(4, 503, 'Service Unavailable', 'getWebhookInfo');
    const adapter = makeAdapter({ onMessage: box.onMessage });
    await adapter.start();
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: 'đã hoạt động' }));
    expect(await box.next()).toMatchObject({ text: 'đã hoạt động' });
  });

  it('deleteMessageIds sends nothing and does not throw', async () => {
    const adapter = makeAdapter({ onMessage: async () => {} });
    await expect(
      adapter.send({ to: { channel: 'zalo', chatId: CHAT }, kind: 'notice', text: 'x', deleteMessageIds: ['abc'] }),
    ).resolves.toEqual({});
    expect(fake.sent).toHaveLength(0);
  });

  it('send() splits long answers and returns the last message id', async () => {
    const adapter = makeAdapter({ onMessage: async () => {} });
    const text = 'Người dân có thể gọi đường dây nóng 111 bất cứ lúc nào. '.repeat(60);
    const r = await adapter.send({ to: { channel: 'zalo', chatId: CHAT }, kind: 'answer', text });
    expect(fake.sent.length).toBe(2);
    expect(r.messageId).toBe(fake.sent[1].messageId);
  });
});

describe('Zalo adapter, webhook mode', () => {
  let server: http.Server;
  let hookUrl: string;
  let current: ZaloAdapter | undefined;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (current?.webhookHandler) current.webhookHandler(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    hookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/zalo`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  async function webhookAdapter(onMessage: (m: IncomingMessage) => Promise<void>, extra: Partial<ZaloAdapterOptions> = {}) {
    current = makeAdapter({ onMessage, webhook: { url: 'https://bot.example.invalid/webhooks/zalo', secret: SECRET }, ...extra });
    await current.start();
    return current;
  }

  it('registers the webhook with its secret at start', async () => {
    await webhookAdapter(async () => {});
    expect(fake.webhook()).toEqual({ url: 'https://bot.example.invalid/webhooks/zalo', secret: SECRET });
  });

  it('a wrong or missing secret gets 401 and nothing is processed', async () => {
    const box = inbox();
    await webhookAdapter(box.onMessage);
    const u = textUpdate({ chatId: CHAT, text: 'giả mạo' });
    expect((await fake.deliverWebhook(hookUrl, u, 'wrong-secret-000')).status).toBe(401);
    expect((await fake.deliverWebhook(hookUrl, u, undefined)).status).toBe(401);
    expect((await fake.deliverWebhook(hookUrl, u, SECRET.slice(0, -1))).status).toBe(401);
    // The same update with the right secret is processed, which shows the rejected ones were not.
    expect((await fake.deliverWebhook(hookUrl, u, SECRET)).status).toBe(200);
    await box.next();
    expect(box.got).toHaveLength(1);
  });

  it('accepts wrapped and bare bodies; a redelivery carries the same message id, which the intake dedupes', async () => {
    const box = inbox();
    await webhookAdapter(box.onMessage);
    const u = textUpdate({ chatId: CHAT, text: 'xin chào' });
    expect((await fake.deliverWebhook(hookUrl, u, SECRET)).status).toBe(200);
    expect((await fake.deliverWebhook(hookUrl, u, SECRET, { bare: true })).status).toBe(200);
    const s = stickerUpdate({ chatId: CHAT });
    expect((await fake.deliverWebhook(hookUrl, s, SECRET, { bare: true })).status).toBe(200);
    await box.next((m) => m.kind === 'sticker');
    const texts = box.got.filter((m) => m.kind === 'text');
    expect(texts).toHaveLength(2);
    expect(texts[1].messageId).toBe(u.message!.message_id);
    expect(texts[0].messageId).toBe(texts[1].messageId);
  });

  it('an update without message_id gets a stand-in id that is the same on every redelivery', async () => {
    const box = inbox();
    await webhookAdapter(box.onMessage);
    const u = textUpdate({ chatId: CHAT, text: 'tin không có mã' });
    delete (u.message as { message_id?: string }).message_id;
    for (let i = 0; i < 3; i++) expect((await fake.deliverWebhook(hookUrl, u, SECRET)).status).toBe(200);
    // A different update without an id gets another id: the key is the content, not "no id".
    const other = textUpdate({ chatId: CHAT, text: 'tin thứ hai' });
    delete (other.message as { message_id?: string }).message_id;
    expect((await fake.deliverWebhook(hookUrl, other, SECRET)).status).toBe(200);
    await box.next((m) => m.text === 'tin thứ hai');
    const ids = box.got.map((m) => m.messageId);
    expect(ids).toHaveLength(4);
    expect(ids[0]).toMatch(/^message\.text\.received:h/);
    expect(new Set(ids.slice(0, 3)).size).toBe(1);
    expect(ids[3]).not.toBe(ids[0]);
  });

  it('malformed JSON → 400, oversized body → 413, unknown events ignored', async () => {
    const box = inbox();
    await webhookAdapter(box.onMessage, { maxBodyBytes: 2048 });
    const post = (body: string) =>
      fetch(hookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET }, body });
    expect((await post('{"ok": true, "result": ')).status).toBe(400);
    expect((await post(JSON.stringify({ ok: true, result: { message: {} } }))).status).toBe(400);
    expect((await post(JSON.stringify(textUpdate({ chatId: CHAT, text: 'x'.repeat(5000) })))).status).toBe(413);
    // Chunked body with no Content-Length: the limit applies while streaming.
    const chunked = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        hookUrl,
        { method: 'POST', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': SECRET } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 4; i++) req.write('x'.repeat(1000));
      req.end();
    });
    expect(chunked).toBe(413);
    expect((await fake.deliverWebhook(hookUrl, { event_name: 'message.reaction.received', message: {} }, SECRET)).status).toBe(200);
    expect((await fake.deliverWebhook(hookUrl, textUpdate({ chatId: CHAT, text: 'hết' }), SECRET)).status).toBe(200);
    await box.next();
    expect(box.got.map((m) => m.text)).toEqual(['hết']);
  });
});
