import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { createTelegramAdapter, type TelegramAdapter } from '../../bot/telegram/adapter.js';
import { TelegramSendError } from '../../bot/telegram/send.js';
import { createLogger } from '../../bot/logger.js';
import { inbox } from './helpers.js';

let fake: FakeTelegram;
let adapter: TelegramAdapter;
const box = inbox();
// Lets a test keep one message "being answered" to see the typing indicator.
let releaseSlow!: () => void;
const slow = new Promise<void>((r) => (releaseSlow = r));

beforeAll(async () => {
  fake = await startFakeTelegram();
  adapter = createTelegramAdapter({
    token: fake.token,
    apiRoot: fake.apiRoot,
    onMessage: async (m) => {
      await box.onMessage(m);
      if (m.text === 'câu trả lời chậm') await slow;
    },
    logger: createLogger({ level: 'silent' }),
    officerChatIds: ['777'],
    pollTimeoutSeconds: 5,
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

describe('telegram adapter, long polling', () => {
  it('sets the Vietnamese command menu, with officer commands scoped to officer chats', async () => {
    const calls = fake.callsOf('setMyCommands');
    const global = calls.find((c) => !c.payload.scope);
    expect(global?.payload.commands.map((c: { command: string }) => c.command)).toEqual([
      'start',
      'trogiup',
      'tinh',
      'canbo',
      'lienhe',
      'xoa',
      'dongy',
      'maso',
    ]);
    const officer = calls.find((c) => c.payload.scope?.type === 'chat');
    expect(officer?.payload.scope.chat_id).toBe(777);
    expect(officer?.payload.commands.map((c: { command: string }) => c.command)).toEqual(
      expect.arrayContaining(['nhan', 'xuat', 'tailieu', 'lienhe']),
    );
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
  });

  it('turns a text update into an IncomingMessage', async () => {
    const u = fake.pushText({ chatId: 501, from: { id: 501, firstName: 'Lan', lastName: 'Nguyễn' }, text: 'Mua bán người là gì?' });
    const m = await box.next((x) => x.messageId === String(u.update_id));
    expect(m).toMatchObject({
      channel: 'telegram',
      chatId: '501',
      userId: '501',
      kind: 'text',
      text: 'Mua bán người là gì?',
      displayName: 'Lan Nguyễn',
    });
    expect(typeof m.receivedAt).toBe('number');
  });

  it('shows typing while an answer takes a noticeable time', async () => {
    fake.pushText({ chatId: 503, from: { id: 503 }, text: 'câu trả lời chậm' });
    await fake.waitForCalls('sendChatAction', (c) => String(c.payload.chat_id) === '503' && c.payload.action === 'typing');
    releaseSlow();
  });

  it('strips @botname from commands and ignores commands for other bots', async () => {
    const other = fake.pushText({ chatId: -100200, from: { id: 42 }, text: '/start@some_other_bot' });
    const ours = fake.pushText({ chatId: -100200, from: { id: 42 }, text: '/nhan@PCMBN_test_bot 12' });
    const m = await box.next((x) => x.messageId === String(ours.update_id));
    expect(m.text).toBe('/nhan 12');
    expect(m.chatId).toBe('-100200');
    // Same chat is sequential, so the earlier update was already handled (and dropped).
    expect(box.received.some((x) => x.messageId === String(other.update_id))).toBe(false);
  });

  it('sends with an inline keyboard and returns the message id', async () => {
    const res = await adapter.send({
      to: { channel: 'telegram', chatId: '502' },
      kind: 'answer',
      text: 'Bạn có thể gọi 111.',
      buttons: [
        [
          { label: 'Gặp cán bộ', data: 'officer' },
          { label: 'Chọn tỉnh', data: 'province' },
        ],
      ],
    });
    const [call] = await fake.waitForCalls('sendMessage', (c) => String(c.payload.chat_id) === '502');
    expect(call.payload.reply_markup.inline_keyboard).toEqual([
      [
        { text: 'Gặp cán bộ', callback_data: 'officer' },
        { text: 'Chọn tỉnh', callback_data: 'province' },
      ],
    ]);
    expect(res.messageId).toMatch(/^\d+$/);
  });

  it('appends a Nguồn block only for citations the text does not already name', async () => {
    await adapter.send({
      to: { channel: 'telegram', chatId: '503' },
      kind: 'answer',
      text: 'Theo kế hoạch [1], xã phải tuyên truyền [2].\n\nNguồn:\n[1] KH Quảng Nam 2024 › V',
      citations: [
        { n: 1, label: 'KH Quảng Nam 2024 › V', sectionId: 's1', docId: 'd1' },
        { n: 2, label: 'Luật PCMBN 2024 › Điều 5', sectionId: 's2', docId: 'd2' },
      ],
    });
    const [call] = await fake.waitForCalls('sendMessage', (c) => String(c.payload.chat_id) === '503');
    const text: string = call.payload.text;
    expect(text.split('KH Quảng Nam 2024 › V')).toHaveLength(2);
    expect(text).toContain('[2] Luật PCMBN 2024 › Điều 5');
  });

  it('splits long text into parts of at most 4096 characters at sentence ends, buttons on the last part', async () => {
    const sentences = Array.from({ length: 150 }, (_, i) => `Câu số ${i + 1} nói về phòng, chống mua bán người ở địa phương.`);
    const text = sentences.join(' ');
    expect(text.length).toBeGreaterThan(8192);
    const res = await adapter.send({
      to: { channel: 'telegram', chatId: '504' },
      kind: 'answer',
      text,
      buttons: [[{ label: 'Xem toàn văn', data: 'full:k1' }]],
    });
    const parts = fake.callsOf('sendMessage').filter((c) => String(c.payload.chat_id) === '504');
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const p of parts) {
      expect(p.payload.text.length).toBeLessThanOrEqual(4096);
      expect(p.payload.text.endsWith('địa phương.')).toBe(true);
    }
    expect(parts.map((p) => p.payload.text).join(' ')).toBe(text);
    expect(parts.slice(0, -1).every((p) => !p.payload.reply_markup)).toBe(true);
    expect(parts.at(-1)!.payload.reply_markup.inline_keyboard[0][0].callback_data).toBe('full:k1');
    expect(res.messageId).toBe(String(parts.at(-1)!.result.message_id));
  });

  it('answers a callback query and delivers its data', async () => {
    const u = fake.pushCallback({ chatId: 505, from: { id: 505, firstName: 'Minh' }, data: 'claim:7' });
    const m = await box.next((x) => x.messageId === String(u.update_id));
    expect(m).toMatchObject({ kind: 'callback', callbackData: 'claim:7', chatId: '505', userId: '505', displayName: 'Minh' });
    const [ack] = await fake.waitForCalls('answerCallbackQuery', (c) => c.payload.callback_query_id === u.callback_query.id);
    expect(ack.status).toBe(200);
  });

  it('maps stickers, photos and other messages', async () => {
    const base = fake.makeTextUpdate({ chatId: 506, text: 'x' });
    const msg = { ...base.message };
    delete msg.text;
    const sticker = fake.pushUpdate({
      message: {
        ...msg,
        sticker: { file_id: 'a', file_unique_id: 'a', type: 'regular', width: 1, height: 1, is_animated: false, is_video: false },
      },
    });
    const photo = fake.pushUpdate({
      message: { ...msg, photo: [{ file_id: 'b', file_unique_id: 'b', width: 1, height: 1 }], caption: 'ảnh' },
    });
    const other = fake.pushUpdate({ message: { ...msg, location: { latitude: 1, longitude: 2 } } });
    expect((await box.next((x) => x.messageId === String(sticker.update_id))).kind).toBe('sticker');
    expect(await box.next((x) => x.messageId === String(photo.update_id))).toMatchObject({ kind: 'image', text: 'ảnh' });
    expect((await box.next((x) => x.messageId === String(other.update_id))).kind).toBe('other');
  });

  it('retries a 429 on sendMessage after retry_after and delivers exactly once', async () => {
    fake.failNext('sendMessage', 1, { status: 429, retryAfter: 1 });
    const res = await adapter.send({ to: { channel: 'telegram', chatId: '507' }, kind: 'notice', text: 'Đã nhận.' });
    const calls = fake.callsOf('sendMessage').filter((c) => String(c.payload.chat_id) === '507');
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(res.messageId).toBeDefined();
  });

  it('loses no update when getUpdates is rate limited', async () => {
    fake.failNext('getUpdates', 1, { status: 429, retryAfter: 1 });
    const first = fake.pushText({ chatId: 508, text: 'một' });
    await box.next((x) => x.messageId === String(first.update_id));
    // The poll that confirms `first` hits the 429; the next one must still bring `second`.
    const [limited] = await fake.waitForCalls('getUpdates', (c) => c.status === 429);
    expect(limited.payload.offset).toBe(first.update_id + 1);
    const second = fake.pushText({ chatId: 508, text: 'hai' });
    await box.next((x) => x.messageId === String(second.update_id));
    expect(box.received.filter((x) => x.chatId === '508').map((x) => x.text)).toEqual(['một', 'hai']);
  });

  it('deletes messages, ignoring ones that are already gone', async () => {
    const a = await adapter.send({ to: { channel: 'telegram', chatId: '509' }, kind: 'answer', text: 'Một.' });
    const b = await adapter.send({ to: { channel: 'telegram', chatId: '509' }, kind: 'answer', text: 'Hai.' });
    const res = await adapter.send({
      to: { channel: 'telegram', chatId: '509' },
      kind: 'notice',
      text: '',
      deleteMessageIds: [a.messageId!, '999999', b.messageId!],
    });
    expect(res).toEqual({});
    const dels = fake.callsOf('deleteMessage').filter((c) => String(c.payload.chat_id) === '509');
    expect(dels.map((c) => [String(c.payload.message_id), c.status])).toEqual([
      [a.messageId, 200],
      ['999999', 400],
      [b.messageId, 200],
    ]);
  });

  it('throws a typed error when Telegram refuses a send', async () => {
    const p = adapter.send({
      to: { channel: 'telegram', chatId: '510' },
      kind: 'answer',
      text: 'x',
      buttons: [[{ label: 'a', data: 'x'.repeat(80) }]],
    });
    await expect(p).rejects.toBeInstanceOf(TelegramSendError);
    await expect(p).rejects.toMatchObject({ code: 'bad_request', status: 400 });
  });
});
