// Many chats at once through polling: every update is answered exactly once and each chat's updates
// are handed to onMessage in the order they were sent (the composition root keeps that order while
// handling; the adapter must not hold updates back in memory, see bot/telegram/adapter.ts).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { createTelegramAdapter, type TelegramAdapter } from '../../bot/telegram/adapter.js';
import { createLogger } from '../../bot/logger.js';

const CHATS = 1000;
const PER_CHAT = 3;
let fake: FakeTelegram;
let adapter: TelegramAdapter;
const handedOver = new Map<string, string[]>();

beforeAll(async () => {
  fake = await startFakeTelegram();
  adapter = createTelegramAdapter({
    token: fake.token,
    apiRoot: fake.apiRoot,
    logger: createLogger({ level: 'silent' }),
    pollTimeoutSeconds: 5,
    onMessage: async (m) => {
      handedOver.set(m.chatId, [...(handedOver.get(m.chatId) ?? []), m.text ?? '']);
      await adapter.send({ to: { channel: 'telegram', chatId: m.chatId }, kind: 'answer', text: `đáp ${m.text}` });
    },
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

it(`answers ${CHATS * PER_CHAT} updates from ${CHATS} chats exactly once, handed over in order per chat`, async () => {
  const started = performance.now();
  for (let round = 0; round < PER_CHAT; round++) {
    for (let chat = 1; chat <= CHATS; chat++) fake.pushText({ chatId: 10_000 + chat, text: `${chat}-${round}` });
  }
  // The bound only ends a hung run; a busy machine (parallel CI jobs) may need most of it.
  await fake.waitForCalls('sendMessage', (c) => String(c.payload.text).startsWith('đáp '), 90_000, CHATS * PER_CHAT);
  const seconds = (performance.now() - started) / 1000;
  const sent = fake.callsOf('sendMessage').filter((c) => c.status === 200);
  expect(sent).toHaveLength(CHATS * PER_CHAT);
  expect(new Set(sent.map((c) => c.payload.text)).size).toBe(CHATS * PER_CHAT);
  expect(handedOver.size).toBe(CHATS);
  for (const [chatId, texts] of handedOver) {
    const n = Number(chatId) - 10_000;
    expect(texts).toEqual(Array.from({ length: PER_CHAT }, (_, r) => `${n}-${r}`));
  }
  // Informational only (no timing assertion): the figure for the report.
  console.log(`telegram polling load: ${Math.round((CHATS * PER_CHAT) / seconds)} updates/s`);
}, 120_000);
