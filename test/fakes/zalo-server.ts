// A fake Zalo Bot Platform API on 127.0.0.1 speaking its wire format: `POST /bot<token>/<method>` with a JSON body, `{ok, result}` /
// `{ok:false, error_code, description}` envelopes, one update per getUpdates long poll, 408 when idle.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeZaloUpdate {
  event_name: string;
  message?: Record<string, unknown>;
}

export interface FakeSent {
  method: 'sendMessage' | 'sendPhoto' | 'sendSticker' | 'sendChatAction';
  chatId: string;
  text?: string;
  photo?: string;
  caption?: string;
  action?: string;
  messageId?: string;
  date: number;
}

export interface FakeCall {
  method: string;
  params: Record<string, unknown>;
}

export interface FakeZalo {
  /** API root to give the client (no trailing slash). */
  url: string;
  token: string;
  pushUpdate(u: FakeZaloUpdate): void;
  /** Every recorded send (messages, photos, stickers, chat actions), in order. */
  sent: FakeSent[];
  /** Every API call received with a valid token, in order (including failed ones). */
  calls: FakeCall[];
  /** The next `n` calls (optionally only of `method`) answer `status` with `body` (object → JSON, string → raw). */
  failNext(n: number, status: number, body?: unknown, method?: string): void;
  waitForSent(pred: (s: FakeSent) => boolean, timeoutMs?: number): Promise<FakeSent>;
  /** POSTs an update to a webhook receiver with the secret header, wrapped as `{ok:true, result}` unless `bare`. */
  deliverWebhook(
    url: string,
    update: FakeZaloUpdate,
    secret: string | undefined,
    opts?: { bare?: boolean },
  ): Promise<{ status: number; body: string }>;
  webhook(): { url: string; secret: string } | undefined;
  /** getUpdates requests currently parked at the server. */
  pendingPolls(): number;
  close(): Promise<void>;
}

let seq = 0;
const hex = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');

/** A text update in the documented shape. */
export function textUpdate(p: {
  chatId?: string;
  userId?: string;
  text: string;
  name?: string;
  messageId?: string;
  chatType?: 'PRIVATE' | 'GROUP';
}): FakeZaloUpdate {
  return messageUpdate('message.text.received', p, { text: p.text });
}

export function stickerUpdate(p: { chatId?: string; userId?: string; name?: string; messageId?: string }): FakeZaloUpdate {
  return messageUpdate('message.sticker.received', p, { sticker: hex(20), url: 'https://example.invalid/sticker.png' });
}

export function imageUpdate(p: { chatId?: string; userId?: string; name?: string; caption?: string; messageId?: string }): FakeZaloUpdate {
  return messageUpdate('message.image.received', p, {
    photo: 'https://example.invalid/img.jpg',
    ...(p.caption ? { caption: p.caption } : {}),
  });
}

function messageUpdate(
  event: string,
  p: { chatId?: string; userId?: string; name?: string; messageId?: string; chatType?: string },
  extra: Record<string, unknown>,
): FakeZaloUpdate {
  const userId = p.userId ?? p.chatId ?? hex(20);
  return {
    event_name: event,
    message: {
      message_id: p.messageId ?? hex(20),
      date: Date.now(),
      from: { id: userId, display_name: p.name ?? 'Lan', is_bot: false },
      chat: { id: p.chatId ?? userId, chat_type: p.chatType ?? 'PRIVATE' },
      ...extra,
    },
  };
}

interface Failure {
  status: number;
  body: unknown;
  method?: string;
}

export async function startFakeZalo(): Promise<FakeZalo> {
  const token = `${1_000_000 + ++seq}:fake-${hex(12)}`;
  const queue: FakeZaloUpdate[] = [];
  const pollers: Array<() => void> = [];
  const sent: FakeSent[] = [];
  const calls: FakeCall[] = [];
  const sentWaiters = new Set<() => void>();
  const failures: Failure[] = [];
  let hook: { url: string; secret: string; updatedAt: number } | undefined;

  function json(res: http.ServerResponse, status: number, body: unknown) {
    if (res.writableEnded || res.destroyed) return;
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json' });
    res.end(text);
  }
  const ok = (res: http.ServerResponse, result?: unknown) => json(res, 200, result === undefined ? { ok: true } : { ok: true, result });
  const fail = (res: http.ServerResponse, code: number, description: string) =>
    json(res, code, { ok: false, error_code: code, description });

  function record(s: FakeSent) {
    sent.push(s);
    for (const w of [...sentWaiters]) w();
  }

  const receipt = () => ({ message_id: hex(20), date: Date.now() });
  const validText = (t: unknown) => typeof t === 'string' && t.length >= 1 && t.length <= 2000;
  const validChat = (c: unknown) => typeof c === 'string' && c.length > 0;

  function handleGetUpdates(params: Record<string, unknown>, req: http.IncomingMessage, res: http.ServerResponse) {
    if (hook) return fail(res, 400, 'getUpdates does not work while a webhook is set');
    const timeoutSec = Number(params.timeout ?? 30);
    const tryDeliver = (): boolean => {
      if (res.destroyed || res.writableEnded) return true;
      const u = queue.shift();
      if (!u) return false;
      ok(res, u);
      return true;
    };
    if (tryDeliver()) return;
    let timer: NodeJS.Timeout | undefined;
    const poller = () => {
      if (tryDeliver()) cleanup();
    };
    const cleanup = () => {
      clearTimeout(timer);
      const i = pollers.indexOf(poller);
      if (i >= 0) pollers.splice(i, 1);
    };
    pollers.push(poller);
    timer = setTimeout(
      () => {
        cleanup();
        fail(res, 408, 'Request timeout');
      },
      (Number.isFinite(timeoutSec) ? timeoutSec : 30) * 1000,
    );
    // A client that gave up must not swallow the next update.
    res.on('close', cleanup);
    req.on('error', cleanup);
  }

  function handle(method: string, params: Record<string, unknown>, req: http.IncomingMessage, res: http.ServerResponse) {
    switch (method) {
      case 'getMe':
        return ok(res, { id: token.split(':')[0], account_name: 'bot.fake', account_type: 'BASIC', can_join_groups: false });
      case 'getUpdates':
        return handleGetUpdates(params, req, res);
      case 'setWebhook': {
        const { url, secret_token: secret } = params;
        if (typeof url !== 'string' || !/^https:\/\//.test(url)) return fail(res, 400, 'url must be https');
        if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256)
          return fail(res, 400, 'secret_token must be 8-256 characters');
        hook = { url, secret, updatedAt: Date.now() };
        return ok(res, { url, updated_at: hook.updatedAt });
      }
      case 'deleteWebhook':
        hook = undefined;
        return ok(res, { url: '', updated_at: Date.now() });
      case 'getWebhookInfo':
        return ok(res, { url: hook?.url ?? '', updated_at: hook?.updatedAt ?? 0 });
      case 'sendMessage': {
        if (!validChat(params.chat_id)) return fail(res, 400, 'chat_id is required');
        if (!validText(params.text)) return fail(res, 400, 'text must be 1-2000 characters');
        const r = receipt();
        record({ method, chatId: params.chat_id as string, text: params.text as string, messageId: r.message_id, date: r.date });
        return ok(res, r);
      }
      case 'sendPhoto': {
        if (!validChat(params.chat_id)) return fail(res, 400, 'chat_id is required');
        if (typeof params.photo !== 'string' || !/^https?:\/\//.test(params.photo)) return fail(res, 400, 'photo must be a URL');
        if (params.caption !== undefined && !validText(params.caption)) return fail(res, 400, 'caption must be 1-2000 characters');
        const r = receipt();
        record({
          method,
          chatId: params.chat_id as string,
          photo: params.photo,
          caption: params.caption as string | undefined,
          messageId: r.message_id,
          date: r.date,
        });
        return ok(res, r);
      }
      case 'sendSticker': {
        if (!validChat(params.chat_id) || typeof params.sticker !== 'string') return fail(res, 400, 'chat_id and sticker are required');
        const r = receipt();
        record({ method, chatId: params.chat_id as string, messageId: r.message_id, date: r.date });
        return ok(res, r);
      }
      case 'sendChatAction': {
        if (!validChat(params.chat_id)) return fail(res, 400, 'chat_id is required');
        if (params.action !== 'typing' && params.action !== 'upload_photo') return fail(res, 400, 'invalid action');
        record({ method, chatId: params.chat_id as string, action: params.action, date: Date.now() });
        return ok(res);
      }
      default:
        return fail(res, 400, 'Unknown method');
    }
  }

  const server = http.createServer((req, res) => {
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? '').split('?')[0]);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (!m || req.method !== 'POST') return fail(res, 404, 'Not found');
      if (decodeURIComponent(m[1]) !== token) return fail(res, 401, 'Unauthorized');
      let params: Record<string, unknown> = {};
      const raw = Buffer.concat(chunks).toString('utf8');
      if (raw) {
        try {
          params = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          return fail(res, 400, 'Bad request');
        }
      }
      const method = m[2];
      calls.push({ method, params });
      const i = failures.findIndex((f) => !f.method || f.method === method);
      if (i >= 0) {
        const [f] = failures.splice(i, 1);
        return json(res, f.status, f.body ?? { ok: false, error_code: f.status, description: 'Injected failure' });
      }
      handle(method, params, req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    token,
    sent,
    calls,
    pushUpdate(u) {
      queue.push(u);
      for (const p of [...pollers]) p();
    },
    failNext(n, status, body, method) {
      for (let i = 0; i < n; i++) failures.push({ status, body, method });
    },
    waitForSent(pred, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const found = sent.find(pred);
        if (found) return resolve(found);
        const timer = setTimeout(() => {
          sentWaiters.delete(check);
          reject(new Error(`waitForSent: nothing matched within ${timeoutMs} ms (${sent.length} sent)`));
        }, timeoutMs);
        function check() {
          const s = sent.find(pred);
          if (!s) return;
          clearTimeout(timer);
          sentWaiters.delete(check);
          resolve(s);
        }
        sentWaiters.add(check);
      });
    },
    async deliverWebhook(url, update, secret, opts = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Java/1.8.0' };
      if (secret !== undefined) headers['x-bot-api-secret-token'] = secret;
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(opts.bare ? update : { ok: true, result: update }) });
      return { status: res.status, body: await res.text() };
    },
    pendingPolls: () => pollers.length,
    webhook: () => (hook ? { url: hook.url, secret: hook.secret } : undefined),
    async close() {
      for (const p of [...pollers]) p();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
