import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startFakePlatforms, TG_SECRET, ZALO_SECRET, type FakePlatforms } from '../fakes/platforms.js';
import type { FakeTelegram } from '../fakes/telegram-server.js';
import { textUpdate, type FakeZalo } from '../fakes/zalo-server.js';

// Hostile HTTP at the webhook endpoints of the composed app: malformed JSON, wrong shapes, odd
// values, huge bodies, missing or wrong secrets. Answers are 200/400/401/413, never 500, nothing is
// left unhandled, and well-formed updates with any text still get a reply.

let platforms: FakePlatforms;
let tg: FakeTelegram;
let zalo: FakeZalo;
let app: App;
let dir: string;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dir = mkdtempSync(join(tmpdir(), 'fuzz-hook-'));
  platforms = await startFakePlatforms();
  ({ tg, zalo } = platforms);
  const config = loadConfig({
    ...platforms.webhookEnv(dir),
    OFFICER_TELEGRAM_IDS: '9001',
  });
  app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000 });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await platforms?.close();
  process.off('unhandledRejection', onUnhandled);
  rmSync(dir, { recursive: true, force: true });
});

type Hook = 'telegram' | 'zalo';
const HEADER: Record<Hook, string> = { telegram: 'x-telegram-bot-api-secret-token', zalo: 'x-bot-api-secret-token' };
const SECRET: Record<Hook, string> = { telegram: TG_SECRET, zalo: ZALO_SECRET };

/** `secret` null sends no secret header. */
async function post(hook: Hook, body: string, secret: string | null = SECRET[hook], type = 'application/json'): Promise<number> {
  const res = await fetch(`${app.url}/webhooks/${hook}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(secret !== null ? { [HEADER[hook]]: secret } : {}) },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

let chatSeq = 700_000;

// Shapes close to real updates with wrong types or missing parts: the parsers' edge cases, including
// a callback without its sender and JSON bodies that are not objects at all.
const tgUser = fc.record({ id: fc.integer({ min: 1, max: 2 ** 40 }), is_bot: fc.boolean(), first_name: fc.string({ maxLength: 20 }) });
const tgChat = fc.record({
  id: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
  type: fc.constantFrom('private', 'group', 'supergroup', 'channel'),
});
const tgShapes = fc.oneof(
  fc.constantFrom<unknown>({}, { update_id: 'x' }, { update_id: -1 }, { update_id: 1.5, message: null }, { message: {} }),
  fc.record({ update_id: fc.oneof(fc.integer(), fc.string()), message: fc.jsonValue() }),
  fc.record({
    update_id: fc.integer({ min: 1, max: 2 ** 31 }),
    message: fc.record(
      {
        message_id: fc.oneof(fc.integer(), fc.string()),
        chat: tgChat,
        from: tgUser,
        text: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        date: fc.jsonValue(),
        entities: fc.jsonValue(),
        photo: fc.jsonValue(),
        sticker: fc.jsonValue(),
      },
      { requiredKeys: ['chat', 'from'] },
    ),
  }),
  fc.record({
    update_id: fc.integer({ min: 1, max: 2 ** 31 }),
    callback_query: fc.record(
      {
        id: fc.string(),
        data: fc.oneof(fc.string(), fc.integer()),
        from: tgUser,
        message: fc.oneof(fc.constant(undefined), fc.record({ message_id: fc.integer(), chat: tgChat, date: fc.integer() })),
      },
      { requiredKeys: ['from'] },
    ),
  }),
  fc.record({ update_id: fc.integer({ min: 1, max: 2 ** 31 }), callback_query: fc.record({ id: fc.string(), data: fc.string() }) }),
);
const zaloShapes = fc.oneof(
  fc.constantFrom<unknown>(
    {},
    [],
    null,
    0,
    { ok: true },
    { ok: true, result: null },
    { ok: true, result: { event_name: 'x' } },
    { event_name: 'message.text.received' },
  ),
  fc.record({ ok: fc.boolean(), result: fc.jsonValue() }),
  fc.record({
    ok: fc.constant(true),
    result: fc.record({
      event_name: fc.constantFrom('message.text.received', 'message.image.received', 'message.sticker.received', 'user_send_text', ''),
      message: fc.jsonValue(),
    }),
  }),
  fc.record({
    event_name: fc.constant('message.text.received'),
    message: fc.record(
      {
        message_id: fc.oneof(fc.string(), fc.integer()),
        from: fc.jsonValue(),
        chat: fc.jsonValue(),
        text: fc.oneof(fc.string(), fc.integer()),
        date: fc.jsonValue(),
      },
      { requiredKeys: [] },
    ),
  }),
);
const malformed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', '{', '{"update_id":', '[1,2', 'null', '\u0000', '{"a":1}{"b":2}', '\uFEFF{}', 'ok=true'),
  fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
);

function notJsonNonObject(body: string): boolean {
  try {
    const v: unknown = JSON.parse(body);
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  } catch {
    return true; // not JSON at all: both endpoints must answer 400
  }
}

describe('webhook endpoints under hostile input', () => {
  it('never answers 500 to malformed JSON, wrong shapes or odd values', async () => {
    const cases = fc.oneof(
      fc.tuple(
        fc.constant<Hook>('telegram'),
        tgShapes.map((v) => JSON.stringify(v) ?? 'null'),
      ),
      fc.tuple(
        fc.constant<Hook>('zalo'),
        zaloShapes.map((v) => JSON.stringify(v) ?? 'null'),
      ),
      fc.tuple(fc.constantFrom<Hook>('telegram', 'zalo'), malformed.filter(notJsonNonObject)),
      fc.tuple(fc.constantFrom<Hook>('telegram', 'zalo'), fc.constantFrom('null', '0', '[]', '"update"', 'true', '[{}]')),
    );
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(cases, async ([hook, body]) => {
        const status = await post(hook, body);
        seen.set(status, (seen.get(status) ?? 0) + 1);
        expect([200, 400]).toContain(status);
      }),
      { numRuns: 600 },
    );
    expect(unhandled).toEqual([]);
    // Both refusal and acceptance happened: the generators reach past the JSON parser.
    expect(seen.get(400)).toBeGreaterThan(0);
    expect(seen.get(200)).toBeGreaterThan(0);
  }, 120_000);

  it('refuses a missing or wrong secret with 401 before reading the body', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Hook>('telegram', 'zalo'),
        fc.option(fc.string({ minLength: 0, maxLength: 80 }), { nil: undefined }),
        async (hook, secret) => {
          fc.pre(secret !== SECRET[hook]);
          // Header values must be visible ASCII for fetch; others cannot reach the server anyway.
          const header = secret === undefined ? null : secret.replace(/[^\x21-\x7e]/g, 'x');
          expect(await post(hook, JSON.stringify(tg.makeTextUpdate({ chatId: 1, text: 'x' })), header)).toBe(401);
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);

  it('refuses bodies over the limit with 413', async () => {
    for (const hook of ['telegram', 'zalo'] as const) {
      const text = 'a'.repeat(2 * 1024 * 1024);
      expect(await post(hook, JSON.stringify({ update_id: 1, message: { text } }))).toBe(413);
    }
  }, 60_000);

  it('answers well-formed updates carrying any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 500 }), async (text) => {
        fc.pre(text.trim().length > 0);
        const chat = ++chatSeq;
        const before = tg.callsOf('sendMessage').length;
        // The Telegram webhook answers once the update is handled, so the reply is already sent.
        expect(await post('telegram', JSON.stringify(tg.makeTextUpdate({ chatId: chat, from: { id: chat }, text })))).toBe(200);
        const replies = tg
          .callsOf('sendMessage')
          .slice(before)
          .filter((c) => String(c.payload.chat_id) === String(chat) && c.status === 200);
        expect(replies.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 500 }), async (text) => {
        fc.pre(text.trim().length > 0);
        const chat = `z${++chatSeq}`.padEnd(20, '0');
        expect(await post('zalo', JSON.stringify({ ok: true, result: textUpdate({ chatId: chat, userId: chat, text }) }))).toBe(200);
        await zalo.waitForSent((s) => s.chatId === chat && s.method === 'sendMessage', 10_000);
      }),
      { numRuns: 100 },
    );
    expect(unhandled).toEqual([]);
  }, 120_000);
});
