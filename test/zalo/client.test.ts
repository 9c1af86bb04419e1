import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeZalo, textUpdate, type FakeZalo } from '../fakes/zalo-server.js';
import {
  ZaloApiError,
  ZaloNetworkError,
  ZaloResponseError,
  ZaloTimeoutError,
  createZaloClient,
  type ZaloClient,
} from '../../bot/zalo/client.js';

let fake: FakeZalo;
let client: ZaloClient;
const retry = { maxRetries: 3, baseDelayMs: 1, rateLimitDelayMs: 1, maxDelayMs: 50 };

beforeAll(async () => {
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  client = createZaloClient({ token: fake.token, apiRoot: fake.url, retry });
  fake.sent.length = 0;
  fake.calls.length = 0;
});

const CHAT = '0f1e2d3c4b5a69788796';

describe('Zalo client against the fake server', () => {
  it('getMe returns the validated bot info', async () => {
    const me = await client.getMe();
    expect(me.id).toBe(fake.token.split(':')[0]);
    expect(me.account_type).toBe('BASIC');
  });

  it('a wrong token is a typed 401 error that does not reveal the token', async () => {
    const bad = createZaloClient({ token: '999:wrong-secret', apiRoot: fake.url, retry });
    const err = await bad.getMe().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloApiError);
    expect((err as ZaloApiError).code).toBe(401);
    expect(String((err as Error).message)).not.toContain('wrong-secret');
  });

  it('a malformed result is a typed validation error', async () => {
    fake.failNext(1, 200, { ok: true, result: { date: 'yesterday' } }, 'sendMessage');
    const err = await client.sendMessage(CHAT, 'xin chào').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloResponseError);
    expect(fake.sent).toHaveLength(0);
  });

  it('a non-JSON body with status 200 is a typed response error', async () => {
    fake.failNext(1, 200, '<html>oops</html>', 'getMe');
    await expect(client.getMe()).rejects.toBeInstanceOf(ZaloResponseError);
  });

  it('429 with retry_after is retried and the message is sent once', async () => {
    fake.failNext(2, 429, { ok: false, error_code: 429, description: 'Quota exceeded', parameters: { retry_after: 0.001 } }, 'sendMessage');
    const receipts = await client.sendMessage(CHAT, 'Gọi 111 để được hỗ trợ.');
    expect(receipts).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(3);
    expect(fake.sent.map((s) => s.text)).toEqual(['Gọi 111 để được hỗ trợ.']);
    expect(receipts[0].message_id).toBe(fake.sent[0].messageId);
  });

  it('a retry_after beyond the cap fails at once instead of waiting', async () => {
    fake.failNext(1, 429, { ok: false, error_code: 429, description: 'Quota exceeded', retry_after: 3600 }, 'sendMessage');
    const err = await client.sendMessage(CHAT, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloApiError);
    expect((err as ZaloApiError).retryAfter).toBe(3600);
    expect(fake.calls).toHaveLength(1);
  });

  it('5xx is retried with backoff, and gives up after maxRetries', async () => {
    fake.failNext(2, 502, 'Bad Gateway', 'getMe');
    await expect(client.getMe()).resolves.toMatchObject({ account_type: 'BASIC' });
    expect(fake.calls).toHaveLength(3);

    fake.calls.length = 0;
    fake.failNext(4, 500, undefined, 'getMe');
    const err = await client.getMe().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloApiError);
    expect((err as ZaloApiError).code).toBe(500);
    expect(fake.calls).toHaveLength(4);
  });

  it('4xx other than 429 is not retried', async () => {
    fake.failNext(1, 403, { ok: false, error_code: 403, description: 'Internal server error' }, 'getMe');
    await expect(client.getMe()).rejects.toMatchObject({ code: 403 });
    expect(fake.calls).toHaveLength(1);
  });

  it('reads errorCode when error_code is missing', async () => {
    fake.failNext(1, 200, { ok: false, errorCode: 426, description: 'quota' }, 'getMe');
    await expect(client.getMe()).rejects.toMatchObject({ code: 426, description: 'quota' });
  });

  it('splits long text at the 2000-character limit on sentence boundaries', async () => {
    const sentence = 'Cán bộ xã tiếp nhận thông tin và báo ngay cho công an huyện. ';
    const text = sentence.repeat(80).trim(); // about 4,900 characters
    const receipts = await client.sendMessage(CHAT, text);
    expect(receipts.length).toBe(fake.sent.length);
    expect(fake.sent.length).toBe(3);
    for (const s of fake.sent) {
      expect(s.text!.length).toBeLessThanOrEqual(2000);
      expect(s.text!.endsWith('huyện.')).toBe(true);
    }
    expect(fake.sent.map((s) => s.text).join(' ')).toBe(text);
  });

  it('refuses to send empty text', async () => {
    await expect(client.sendMessage(CHAT, '   ')).rejects.toBeInstanceOf(TypeError);
    expect(fake.calls).toHaveLength(0);
  });

  it('sendPhoto, sendChatAction and the webhook methods speak the wire format', async () => {
    const [r] = await client.sendPhoto(CHAT, 'https://example.invalid/a.png', 'Ảnh minh hoạ');
    expect(r.message_id).toMatch(/^[0-9a-f]+$/);
    await client.sendChatAction(CHAT);
    expect(fake.sent.map((s) => [s.method, s.caption ?? s.action])).toEqual([
      ['sendPhoto', 'Ảnh minh hoạ'],
      ['sendChatAction', 'typing'],
    ]);

    expect((await client.getWebhookInfo()).url).toBe('');
    await client.setWebhook({ url: 'https://bot.example.invalid/webhooks/zalo', secretToken: 'secret-123456' });
    expect(fake.calls.at(-1)?.params).toEqual({ url: 'https://bot.example.invalid/webhooks/zalo', secret_token: 'secret-123456' });
    expect((await client.getWebhookInfo()).url).toBe('https://bot.example.invalid/webhooks/zalo');
    await client.deleteWebhook();
    expect((await client.getWebhookInfo()).url).toBe('');
  });

  it('getUpdates returns a pushed update, sends timeout as a string, and [] on the idle 408', async () => {
    const pending = client.getUpdates({ timeoutSec: 5 });
    // Push once the long poll is parked at the server.
    await expect.poll(() => fake.calls.some((c) => c.method === 'getUpdates')).toBe(true);
    fake.pushUpdate(textUpdate({ chatId: CHAT, text: 'chào' }));
    const updates = await pending;
    expect(updates).toHaveLength(1);
    expect(updates[0].message?.text).toBe('chào');
    expect(fake.calls.find((c) => c.method === 'getUpdates')?.params.timeout).toBe('5');

    fake.failNext(1, 408, { ok: false, error_code: 408, description: 'Request timeout' }, 'getUpdates');
    await expect(client.getUpdates({ timeoutSec: 1 })).resolves.toEqual([]);
  });

  it('getUpdates can be aborted', async () => {
    const ac = new AbortController();
    const pending = client.getUpdates({ timeoutSec: 30, signal: ac.signal });
    ac.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('network and timeout failures are typed and never show the token', async () => {
    const refused = createZaloClient({ token: 'tok:very-secret', apiRoot: 'http://127.0.0.1:1', retry: { ...retry, maxRetries: 1 } });
    const err = await refused.getMe().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloNetworkError);
    expect((err as Error).message).not.toContain('very-secret');

    const hanging = createZaloClient({
      token: 'tok:very-secret',
      apiRoot: 'http://x.invalid',
      timeoutMs: 20,
      fetch: (_url, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason))),
    });
    await expect(hanging.getMe()).rejects.toBeInstanceOf(ZaloTimeoutError);
  });
});
