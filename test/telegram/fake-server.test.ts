// The fake must accept what real clients send: JSON and form bodies, query strings, wrong tokens.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';

let fake: FakeTelegram;
beforeAll(async () => {
  fake = await startFakeTelegram();
});
afterAll(async () => {
  await fake.close();
});

it('parses form bodies, including JSON-encoded fields', async () => {
  const body = new URLSearchParams({
    chat_id: '12',
    text: 'Xin chào',
    reply_markup: JSON.stringify({ inline_keyboard: [[{ text: 'A', callback_data: 'a' }]] }),
  });
  const res = await fetch(`${fake.apiRoot}/bot${fake.token}/sendMessage`, { method: 'POST', body });
  const json = await res.json();
  expect(json.ok).toBe(true);
  expect(json.result).toMatchObject({ chat: { id: 12 }, text: 'Xin chào' });
  const [call] = fake.callsOf('sendMessage');
  expect(call.payload.reply_markup.inline_keyboard[0][0].callback_data).toBe('a');
});

it('answers a wrong token with 401 and an unknown method with 404', async () => {
  expect((await fetch(`${fake.apiRoot}/bot1:wrong/getMe`)).status).toBe(401);
  const res = await fetch(`${fake.apiRoot}/bot${fake.token}/noSuchMethod`);
  expect(res.status).toBe(404);
  expect((await res.json()).ok).toBe(false);
});

it('long-polls getUpdates until an update is pushed, and confirms by offset', async () => {
  const poll = fetch(`${fake.apiRoot}/bot${fake.token}/getUpdates?timeout=10`).then((r) => r.json());
  await fake.waitForCalls('getUpdates');
  const u = fake.pushText({ chatId: 5, text: 'a' });
  const got = await poll;
  expect(got.result.map((x: { update_id: number }) => x.update_id)).toEqual([u.update_id]);
  const next = await fetch(`${fake.apiRoot}/bot${fake.token}/getUpdates`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ offset: u.update_id + 1, timeout: 0 }),
  }).then((r) => r.json());
  expect(next.result).toEqual([]);
  expect(fake.pendingUpdates()).toBe(0);
});

it('injects 429 with retry_after and 500', async () => {
  fake.failNext('sendChatAction', 1, { status: 429, retryAfter: 3 });
  fake.failNext('sendChatAction', 1, { status: 500 });
  const url = `${fake.apiRoot}/bot${fake.token}/sendChatAction?chat_id=1&action=typing`;
  const a = await fetch(url);
  expect(a.status).toBe(429);
  expect((await a.json()).parameters.retry_after).toBe(3);
  expect((await fetch(url)).status).toBe(500);
  expect((await fetch(url)).status).toBe(200);
});
