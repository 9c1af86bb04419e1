// A fake Telegram Bot API on loopback speaking the real wire format (`/bot<token>/<method>`, JSON or form
// bodies, `{ ok, result }` / `{ ok: false, error_code, description, parameters }` envelopes). Tests and the
// load bench drive it: push updates, inject failures, wait for the bot's calls.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  payload: Record<string, any>;
  /** HTTP status the fake answered with (200, or an injected 429/500, or a 4xx). */
  status: number;
  seq: number;
  /** The `result` the fake answered with, when ok. */
  result?: any;
}

export type Failure = { status: 429; retryAfter: number } | { status: 500 };

export interface FakeUser {
  id: number;
  firstName?: string;
  lastName?: string;
  username?: string;
}

export interface FakeTelegram {
  /** Value for the bot's apiRoot, e.g. http://127.0.0.1:12345 */
  apiRoot: string;
  token: string;
  botUser: { id: number; is_bot: true; first_name: string; username: string };
  calls: FakeCall[];
  callsOf(method: string): FakeCall[];
  /** Queues a raw update (update_id assigned here) and wakes long polls. */
  pushUpdate(update: Record<string, any>): Record<string, any>;
  pushText(opts: { chatId: number; from?: FakeUser; text: string; chatType?: string }): Record<string, any>;
  pushCallback(opts: { chatId: number; from?: FakeUser; data: string; messageId?: number }): Record<string, any>;
  makeTextUpdate(opts: { chatId: number; from?: FakeUser; text: string; chatType?: string }): Record<string, any>;
  makeCallbackUpdate(opts: { chatId: number; from?: FakeUser; data: string; messageId?: number }): Record<string, any>;
  /** The next `n` calls of `method` fail with the given status (429 carries parameters.retry_after). */
  failNext(method: string, n: number, failure: Failure): void;
  /** Resolves with the first `count` calls of `method` matching `pred` (already recorded ones count). */
  waitForCalls(method: string, pred?: (c: FakeCall) => boolean, timeoutMs?: number, count?: number): Promise<FakeCall[]>;
  /** Updates queued and not yet confirmed by a getUpdates offset. */
  pendingUpdates(): number;
  webhookUrl(): string;
  close(): Promise<void>;
}

interface Waiter {
  method: string;
  pred: (c: FakeCall) => boolean;
  count: number;
  found: FakeCall[];
  done: (calls: FakeCall[]) => void;
}

function parseBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (!raw) return {};
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  // Form bodies carry every value as a string; objects (reply_markup, commands) are JSON-encoded.
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^-?\d+$/.test(v)) out[k] = Number(v);
    else if (v.startsWith('{') || v.startsWith('[')) {
      try {
        out[k] = JSON.parse(v);
      } catch {
        out[k] = v;
      }
    } else if (v === 'true' || v === 'false') out[k] = v === 'true';
    else out[k] = v;
  }
  return out;
}

function userObject(u: FakeUser) {
  return {
    id: u.id,
    is_bot: false,
    first_name: u.firstName ?? 'Người dùng',
    ...(u.lastName ? { last_name: u.lastName } : {}),
    ...(u.username ? { username: u.username } : {}),
  };
}

function chatObject(chatId: number, type?: string, from?: FakeUser) {
  const t = type ?? (chatId < 0 ? 'supergroup' : 'private');
  return t === 'private' ? { id: chatId, type: t, first_name: from?.firstName ?? 'Người dùng' } : { id: chatId, type: t, title: 'Nhóm' };
}

export async function startFakeTelegram(
  opts: {
    token?: string;
    botUsername?: string /** Sees every recorded call (the load harness counts replies with it). */;
    onCall?: (call: FakeCall) => void;
  } = {},
): Promise<FakeTelegram> {
  const token = opts.token ?? '123456:TEST-token_abc';
  const botUser = {
    id: Number(token.split(':')[0]),
    is_bot: true as const,
    first_name: 'Trợ lý PCMBN',
    username: opts.botUsername ?? 'pcmbn_test_bot',
  };
  const calls: FakeCall[] = [];
  const byMethod = new Map<string, FakeCall[]>();
  const failures = new Map<string, Failure[]>();
  let waiters: Waiter[] = [];
  let seq = 0;
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  // Updates awaiting confirmation, in update_id order; `head` skips confirmed ones without shifting.
  let queue: Record<string, any>[] = [];
  let head = 0;
  const polls = new Set<() => void>();
  const messages = new Set<string>();
  let webhook = { url: '', secret: '' };

  const record = (method: string, payload: Record<string, any>, status: number): FakeCall => {
    const call = { method, payload, status, seq: ++seq };
    calls.push(call);
    let list = byMethod.get(method);
    if (!list) byMethod.set(method, (list = []));
    list.push(call);
    opts.onCall?.(call);
    if (waiters.length) {
      // Each waiter only looks at the new call, so waiting stays cheap under load.
      waiters = waiters.filter((w) => {
        if (w.method !== method || !w.pred(call)) return true;
        w.found.push(call);
        if (w.found.length < w.count) return true;
        w.done(w.found);
        return false;
      });
    }
    return call;
  };

  const confirm = (offset: number) => {
    while (head < queue.length && queue[head].update_id < offset) head++;
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };

  const available = (limit: number) => queue.slice(head, head + limit);

  const sendMessageResult = (p: Record<string, any>) => {
    const id = nextMessageId++;
    messages.add(`${p.chat_id}:${id}`);
    return {
      message_id: id,
      from: botUser,
      chat: chatObject(Number(p.chat_id)),
      date: Math.floor(Date.now() / 1000),
      text: p.text,
      ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
    };
  };

  type Reply = { status: number; body: unknown };
  const ok = (result: unknown): Reply => ({ status: 200, body: { ok: true, result } });
  const err = (status: number, description: string): Reply => ({ status, body: { ok: false, error_code: status, description } });

  const handle = (method: string, p: Record<string, any>, res: http.ServerResponse, send: (r: Reply) => void) => {
    switch (method) {
      case 'getMe':
        return send(ok(botUser));
      case 'getUpdates': {
        if (webhook.url)
          return send(
            err(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"),
          );
        const offset = Number(p.offset ?? 0);
        const limit = Math.min(Number(p.limit ?? 100), 100);
        const timeout = Number(p.timeout ?? 0);
        if (offset) confirm(offset);
        const now = available(limit);
        if (now.length || timeout <= 0) return send(ok(now));
        let timer: NodeJS.Timeout | undefined;
        const wake = () => {
          polls.delete(wake);
          clearTimeout(timer);
          res.off('close', abort);
          send(ok(available(limit)));
        };
        const abort = () => {
          polls.delete(wake);
          clearTimeout(timer);
        };
        timer = setTimeout(wake, timeout * 1000);
        polls.add(wake);
        res.on('close', abort);
        return;
      }
      case 'sendMessage':
        if (p.chat_id === undefined || typeof p.text !== 'string' || !p.text.length)
          return send(err(400, 'Bad Request: message text is empty'));
        if (p.text.length > 4096) return send(err(400, 'Bad Request: message is too long'));
        if (p.reply_markup?.inline_keyboard?.some((row: any[]) => row.some((b) => Buffer.byteLength(String(b.callback_data ?? '')) > 64))) {
          return send(err(400, 'Bad Request: BUTTON_DATA_INVALID'));
        }
        return send(ok(sendMessageResult(p)));
      case 'editMessageText':
        if (!messages.has(`${p.chat_id}:${p.message_id}`)) return send(err(400, 'Bad Request: message to edit not found'));
        return send(
          ok({
            message_id: Number(p.message_id),
            from: botUser,
            chat: chatObject(Number(p.chat_id)),
            date: Math.floor(Date.now() / 1000),
            edit_date: Math.floor(Date.now() / 1000),
            text: p.text,
          }),
        );
      case 'deleteMessage':
        if (!messages.delete(`${p.chat_id}:${p.message_id}`)) return send(err(400, 'Bad Request: message to delete not found'));
        return send(ok(true));
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'sendChatAction':
        return send(ok(true));
      case 'setWebhook':
        webhook = { url: String(p.url ?? ''), secret: String(p.secret_token ?? '') };
        return send(ok(true));
      case 'deleteWebhook':
        webhook = { url: '', secret: '' };
        return send(ok(true));
      case 'getWebhookInfo':
        return send(ok({ url: webhook.url, has_custom_certificate: false, pending_update_count: webhook.url ? queue.length - head : 0 }));
      default:
        return send(err(404, 'Not Found: method not found'));
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (r: { status: number; body: unknown }) => {
        if (res.writableEnded || res.destroyed) return;
        const body = JSON.stringify(r.body);
        res.writeHead(r.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      const url = new URL(req.url ?? '/', 'http://x');
      const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
      if (!m) return send({ status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } });
      const [, tok, method] = m;
      let payload: Record<string, any>;
      try {
        payload = {
          ...Object.fromEntries(url.searchParams),
          ...parseBody(Buffer.concat(chunks).toString('utf8'), req.headers['content-type']),
        };
      } catch {
        return send({ status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: invalid JSON' } });
      }
      if (tok !== token) {
        record(method, payload, 401);
        return send({ status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } });
      }
      const queued = failures.get(method);
      const failure = queued?.shift();
      if (failure) {
        record(method, payload, failure.status);
        return send(
          failure.status === 429
            ? {
                status: 429,
                body: {
                  ok: false,
                  error_code: 429,
                  description: `Too Many Requests: retry after ${failure.retryAfter}`,
                  parameters: { retry_after: failure.retryAfter },
                },
              }
            : { status: 500, body: { ok: false, error_code: 500, description: 'Internal Server Error' } },
        );
      }
      const call = record(method, payload, 200);
      handle(method, payload, res, (r) => {
        call.status = r.status;
        call.result = (r.body as { result?: unknown }).result;
        send(r);
      });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const defaultUser = (chatId: number): FakeUser => ({ id: Math.abs(chatId), firstName: 'Lan', lastName: 'Nguyễn' });

  const makeTextUpdate: FakeTelegram['makeTextUpdate'] = ({ chatId, from, text, chatType }) => {
    const u = from ?? defaultUser(chatId);
    const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0].length }] : undefined;
    return {
      message: {
        message_id: nextMessageId++,
        from: userObject(u),
        chat: chatObject(chatId, chatType, u),
        date: Math.floor(Date.now() / 1000),
        text,
        ...(entities ? { entities } : {}),
      },
    };
  };

  const makeCallbackUpdate: FakeTelegram['makeCallbackUpdate'] = ({ chatId, from, data, messageId }) => {
    const u = from ?? defaultUser(chatId);
    return {
      callback_query: {
        id: String(nextMessageId * 7919 + seq),
        from: userObject(u),
        chat_instance: String(chatId),
        data,
        message: {
          message_id: messageId ?? nextMessageId++,
          from: botUser,
          chat: chatObject(chatId, undefined, u),
          date: Math.floor(Date.now() / 1000),
          text: '…',
        },
      },
    };
  };

  const pushUpdate = (update: Record<string, any>) => {
    const u = { update_id: nextUpdateId++, ...update };
    queue.push(u);
    for (const wake of [...polls]) wake();
    return u;
  };

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botUser,
    calls,
    callsOf: (method) => byMethod.get(method) ?? [],
    pushUpdate,
    pushText: (o) => pushUpdate(makeTextUpdate(o)),
    pushCallback: (o) => pushUpdate(makeCallbackUpdate(o)),
    makeTextUpdate: (o) => ({ update_id: nextUpdateId++, ...makeTextUpdate(o) }),
    makeCallbackUpdate: (o) => ({ update_id: nextUpdateId++, ...makeCallbackUpdate(o) }),
    failNext: (method, n, failure) => {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < n; i++) list.push(failure);
      failures.set(method, list);
    },
    waitForCalls: (method, pred = () => true, timeoutMs = 5000, count = 1) => {
      const found = (byMethod.get(method) ?? []).filter(pred);
      if (found.length >= count) return Promise.resolve(found.slice(0, count));
      return new Promise<FakeCall[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== waiter);
          reject(new Error(`timed out waiting for ${count} ${method} call(s); saw ${waiter.found.length}`));
        }, timeoutMs);
        const waiter: Waiter = {
          method,
          pred,
          count,
          found,
          done: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        };
        waiters.push(waiter);
      });
    },
    pendingUpdates: () => queue.length - head,
    webhookUrl: () => webhook.url,
    close: async () => {
      for (const wake of [...polls]) wake();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** POSTs an update to a webhook endpoint as Telegram does (JSON body, optional secret header). */
export async function postWebhook(url: string, update: unknown, secret?: string): Promise<{ status: number; body: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(update),
  });
  return { status: res.status, body: await res.text() };
}
