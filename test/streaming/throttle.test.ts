import type http from 'node:http';
import { Writable } from 'node:stream';
import type { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { createTelegramPreviews } from '../../bot/telegram/preview.js';
import { createChatHub } from '../../bot/web/chat.js';
import { signValue } from '../../bot/web/http.js';

// Throttling with a long interval: only the first preview goes out at once, the newest text waits
// for its slot, and the final answer cancels whatever is still waiting.

const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_c, _e, cb) => cb() }) });

function fakeApi(opts: { failEdit?: boolean } = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  let release: (() => void) | undefined;
  const gate = { held: false };
  let onSend: (() => void) | undefined;
  const sendCalled = new Promise<void>((r) => (onSend = r));
  const api = {
    async sendMessage(...args: unknown[]) {
      calls.push({ method: 'sendMessage', args });
      onSend?.();
      if (gate.held) await new Promise<void>((r) => (release = r));
      return { message_id: 42 };
    },
    async editMessageText(...args: unknown[]) {
      calls.push({ method: 'editMessageText', args });
      if (opts.failEdit) throw new Error('message to edit not found');
      return true;
    },
    async deleteMessage(...args: unknown[]) {
      calls.push({ method: 'deleteMessage', args });
      return true;
    },
  };
  return { api: api as unknown as Api, calls, gate, sendCalled, release: () => release?.() };
}

describe('Telegram preview throttle', () => {
  it('sends the first preview, holds later ones for the interval, and edits the final answer in with its buttons', async () => {
    const f = fakeApi();
    const p = createTelegramPreviews({ previewApi: f.api, finalApi: f.api, intervalMs: 60_000, logger });
    p.preview('7', 'Một');
    await f.sendCalled;
    p.preview('7', 'Một hai');
    p.preview('7', 'Một hai ba');
    const markup = { inline_keyboard: [[{ text: 'Xem toàn văn [1]', callback_data: 'full:1' }]] };
    const id = await p.finish('7', 'Câu trả lời cuối [1].', markup);
    expect(id).toBe(42);
    expect(f.calls.map((c) => c.method)).toEqual(['sendMessage', 'editMessageText']);
    expect(f.calls[0].args.slice(0, 2)).toEqual(['7', 'Một …']);
    expect(f.calls[1].args.slice(0, 3)).toEqual(['7', 42, 'Câu trả lời cuối [1].']);
    expect((f.calls[1].args[3] as { reply_markup?: unknown }).reply_markup).toEqual(markup);
    expect(p.has('7')).toBe(false);
    p.close();
  });

  it('waits for a preview still being sent before editing the final answer into it', async () => {
    const f = fakeApi();
    f.gate.held = true;
    const p = createTelegramPreviews({ previewApi: f.api, finalApi: f.api, intervalMs: 0, logger });
    p.preview('8', 'Đang soạn');
    await f.sendCalled;
    const done = p.finish('8', 'Xong [1].', undefined);
    f.release();
    expect(await done).toBe(42);
    expect(f.calls.map((c) => c.method)).toEqual(['sendMessage', 'editMessageText']);
  });

  it('deletes the preview when the final edit fails, so the caller sends the answer anew', async () => {
    const f = fakeApi({ failEdit: true });
    const p = createTelegramPreviews({ previewApi: f.api, finalApi: f.api, intervalMs: 0, logger });
    p.preview('9', 'Đang soạn');
    await f.sendCalled;
    expect(await p.finish('9', 'Xong [1].', undefined)).toBeUndefined();
    expect(f.calls.map((c) => c.method)).toEqual(['sendMessage', 'editMessageText', 'deleteMessage']);
    expect(await p.finish('9', 'Lần nữa', undefined)).toBeUndefined();
  });

  it('skips a preview that had not started when the final answer came', async () => {
    const f = fakeApi();
    const p = createTelegramPreviews({ previewApi: f.api, finalApi: f.api, intervalMs: 0, logger });
    p.preview('10', 'Đang soạn');
    expect(await p.finish('10', 'Xong [1].', undefined)).toBeUndefined();
    expect(f.calls).toEqual([]);
  });
});

describe('web chat preview throttle', () => {
  it('publishes the first preview at once, holds the rest, and the final message cancels the held one', async () => {
    const secret = Buffer.alloc(32, 7);
    const hub = createChatHub({ onMessage: async () => undefined, logger, previewIntervalMs: 60_000, sessionSecret: secret });
    const written: string[] = [];
    const res = {
      writeHead: () => res,
      write: (s: string) => written.push(s),
      on: () => res,
      end: () => undefined,
    } as unknown as http.ServerResponse;
    const req = { headers: { cookie: `pcmbn_sid=${signValue(secret, 'a'.repeat(32))}` }, on: () => req } as unknown as http.IncomingMessage;
    hub.events(req, res);
    const sid = 'a'.repeat(32);
    hub.preview(sid, 'Một');
    hub.preview(sid, 'Một hai');
    hub.send({ to: { channel: 'web', chatId: sid }, kind: 'answer', text: 'Cuối [1].' });
    const events = written.filter((w) => w.startsWith('id:')).map((w) => /event: (\w+)\ndata: (.*)\n/.exec(w)!.slice(1));
    expect(events.map(([e]) => e)).toEqual(['preview', 'bot']);
    expect(JSON.parse(events[0][1]).text).toBe('Một');
    expect(JSON.parse(events[1][1]).text).toBe('Cuối [1].');
    hub.preview('b'.repeat(32), 'không có phiên');
    hub.closeAll();
  });
});
