import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import type { IncomingMessage } from '../../handlers/types.js';
import { decodePayload, encodePayload } from '../../handlers/payload.js';
import { createFakeConversation, wire, type FakeConversation } from './fake-conversation.js';
import { openSse, type SseReader } from './sse-client.js';

const PASSWORD = 'mat-khau-thu-nghiem';
const logLines: string[] = [];
const logger = createLogger({
  level: 'debug',
  destination: new Writable({
    write(chunk, _enc, cb) {
      logLines.push(String(chunk));
      cb();
    },
  }),
});

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie();
}
function cookiePair(res: Response, name: string): string {
  const c = cookiesOf(res).find((x) => x.startsWith(`${name}=`));
  if (!c) throw new Error(`no cookie ${name}`);
  return c.split(';')[0];
}

async function start(extra: { ready?: () => { ok: boolean; checks: Record<string, string> } } = {}) {
  const conv = createFakeConversation();
  const received: IncomingMessage[] = [];
  let server: WebServer;
  const w = wire(conv, () => server);
  const hooks: Record<string, number> = { '/webhooks/test': 0 };
  server = createWebServer({
    host: '127.0.0.1',
    port: 0,
    conversation: conv,
    onMessage: async (m) => {
      received.push(m);
      await w.onMessage(m);
    },
    deliver: w.deliver,
    consolePassword: PASSWORD,
    logger,
    routes: {
      '/webhooks/test': (_req, res) => {
        hooks['/webhooks/test']++;
        res.writeHead(204).end();
      },
    },
    ready: extra.ready,
  });
  const base = await server.listen();
  return { conv, received, server, base, hooks };
}

/** Logs in through the real form: GET the page for the token, POST it back. */
async function login(base: string, name: string, opts: { password?: string; headers?: Record<string, string> } = {}) {
  const page = await fetch(`${base}/console`, { headers: opts.headers });
  const pre = cookiePair(page, 'pcmbn_login');
  const token = /name="csrf" value="([^"]+)"/.exec(await page.text())![1];
  const res = await fetch(`${base}/console/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre, ...opts.headers },
    body: new URLSearchParams({ csrf: token, name, password: opts.password ?? PASSWORD }).toString(),
  });
  return res;
}

async function consoleSession(base: string, name: string) {
  const res = await login(base, name);
  expect(res.status).toBe(303);
  const cookie = cookiePair(res, 'pcmbn_console');
  const s = await (await fetch(`${base}/console/api/session`, { headers: { cookie } })).json();
  const post = (path: string, body: unknown = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': s.csrf },
      body: JSON.stringify(body),
    });
  return { cookie, csrf: s.csrf as string, post, get: (path: string) => fetch(`${base}${path}`, { headers: { cookie } }) };
}

async function chatSession(base: string) {
  const page = await fetch(`${base}/`);
  const cookie = cookiePair(page, 'pcmbn_sid');
  let n = 0;
  const post = (body: Record<string, unknown>) =>
    fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `client-${Date.now()}-${++n}`, ...body }),
    });
  // The cookie is `<session id>.<signature>`: the chat id is the session id alone.
  return { cookie, sid: cookie.split('=')[1].split('.')[0], post, page };
}

describe('web server', () => {
  let t: Awaited<ReturnType<typeof start>>;
  const streams: SseReader[] = [];
  beforeAll(async () => {
    t = await start({ ready: () => ({ ok: false, checks: { db: 'ok', index: 'loading' } }) });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await t.server.close();
  });

  it('serves the chat page with a private session cookie and security headers', async () => {
    const { page } = await chatSession(t.base);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Gặp cán bộ');
    const c = cookiesOf(page).find((x) => x.startsWith('pcmbn_sid='))!;
    expect(c).toMatch(/HttpOnly/);
    expect(c).toMatch(/SameSite=Lax/);
    expect(c).not.toMatch(/Secure/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-request-id')).toBeTruthy();
    const js = await fetch(`${t.base}/chat.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect((await fetch(`${t.base}/../server.ts`)).status).toBe(404);
  });

  it('gives the chat page its button payloads from the one encoder; the page script builds none', async () => {
    const { page } = await chatSession(t.base);
    const html = await page.text();
    const payloads = [...html.matchAll(/data-payload="([^"]*)"/g)].map((m) => m[1]);
    expect(payloads).toContain(encodePayload({ kind: 'officer' }));
    expect(payloads).toContain(encodePayload({ kind: 'erase' }));
    expect(payloads).toContain(encodePayload({ kind: 'province', slug: 'quang-nam' }));
    for (const p of payloads) expect(decodePayload(p), p).toBeDefined();
    for (const file of ['/chat.js', '/chat-render.js']) {
      const js = await (await fetch(`${t.base}${file}`)).text();
      expect(js).not.toMatch(/callbackData:\s*['"`]/);
      expect(js).not.toMatch(/['"`]province:/);
    }
  });

  it('passes a chat message to onMessage and streams the answer with citations over SSE', async () => {
    const chat = await chatSession(t.base);
    const sse = await openSse(`${t.base}/api/events`, { cookie: chat.cookie });
    streams.push(sse);
    const res = await chat.post({ text: 'Ai chịu trách nhiệm tiếp nhận nạn nhân?' });
    expect(res.status).toBe(200);
    const got = t.received.at(-1)!;
    expect(got).toMatchObject({
      channel: 'web',
      chatId: chat.sid,
      userId: chat.sid,
      kind: 'text',
      text: 'Ai chịu trách nhiệm tiếp nhận nạn nhân?',
    });
    // Scoped to the session (a tag of it, never the id itself), so sessions cannot collide.
    expect(got.messageId).toMatch(/^[\w-]{16}:client-/);
    expect(got.messageId).not.toContain(chat.sid);
    const bot = await sse.next((e) => e.event === 'bot');
    expect(bot.data.text).toContain('Ai chịu trách nhiệm');
    expect(bot.data.citations[0].label).toContain('KH Quảng Nam');
    expect(bot.data.buttons.flat().map((b: { label: string }) => b.label)).toEqual(['Xem toàn văn', 'Gặp cán bộ']);
    // The composition root records the web message id returned by send().
    expect(t.conv.deliveries.at(-1)!.messageId).toBe(bot.data.id);
  });

  it('sends button presses as callbacks and answers a retried message once', async () => {
    const chat = await chatSession(t.base);
    const before = t.received.length;
    const body = { id: 'retry-same-id-123', callbackData: 'province:quang-nam', label: 'Quảng Nam' };
    const post = () =>
      fetch(`${t.base}/api/chat`, {
        method: 'POST',
        headers: { cookie: chat.cookie, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post()).status).toBe(200);
    expect(await (await post()).json()).toMatchObject({ duplicate: true });
    expect(t.received.length).toBe(before + 1);
    expect(t.received.at(-1)).toMatchObject({ kind: 'callback', callbackData: 'province:quang-nam' });
    expect(t.received.at(-1)!.text).toBeUndefined();
  });

  it('rejects empty, oversized and cross-site chat posts', async () => {
    const chat = await chatSession(t.base);
    expect((await chat.post({ text: '   ' })).status).toBe(400);
    expect((await chat.post({ text: 'x'.repeat(4001) })).status).toBe(400);
    const big = await chat.post({ text: 'a'.repeat(100 * 1024) });
    expect(big.status).toBe(413);
    expect((await big.json()).error).toContain('quá lớn');
    const cross = await fetch(`${t.base}/api/chat`, {
      method: 'POST',
      headers: { cookie: chat.cookie, 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ id: 'cross-site-1', text: 'xin chào' }),
    });
    expect(cross.status).toBe(403);
    const form = await fetch(`${t.base}/api/chat`, {
      method: 'POST',
      headers: { cookie: chat.cookie, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('replays missed messages to a reconnecting client (Last-Event-ID) and deletes messages', async () => {
    const chat = await chatSession(t.base);
    const to = { channel: 'web' as const, chatId: chat.sid };
    const first = await openSse(`${t.base}/api/events`, { cookie: chat.cookie });
    const a = await t.server.adapter.send({ to, kind: 'notice', text: 'một' });
    const evA = await first.next((e) => e.event === 'bot');
    expect(evA.data.id).toBe(a.messageId);
    first.close();
    const b = await t.server.adapter.send({ to, kind: 'notice', text: 'hai' });
    const c = await t.server.adapter.send({ to, kind: 'notice', text: 'ba' });
    const again = await openSse(`${t.base}/api/events`, { cookie: chat.cookie, 'last-event-id': evA.id! });
    streams.push(again);
    const evB = await again.next((e) => e.event === 'bot');
    const evC = await again.next((e) => e.event === 'bot');
    expect([evB.data.id, evC.data.id]).toEqual([b.messageId, c.messageId]);
    expect(again.seen.some((e) => e.data.id === a.messageId)).toBe(false);

    expect(await t.server.adapter.send({ to, kind: 'notice', text: '', deleteMessageIds: [a.messageId!, b.messageId!] })).toEqual({});
    const del = await again.next((e) => e.event === 'delete');
    expect(del.data.ids).toEqual([a.messageId, b.messageId]);
    // A fresh page gets the conversation without the deleted messages.
    const fresh = await openSse(`${t.base}/api/events`, { cookie: chat.cookie });
    streams.push(fresh);
    const replayed = await fresh.next((e) => e.event === 'bot');
    expect(replayed.data.id).toBe(c.messageId);
  });

  it('limits a flooding session with a polite 429 without affecting other visitors', async () => {
    const flood = await chatSession(t.base);
    const other = await chatSession(t.base);
    const before = t.received.length;
    for (let i = 0; i < 20; i++) expect((await flood.post({ text: `câu hỏi số ${i}` })).status).toBe(200);
    const limited = await flood.post({ text: 'thêm một câu' });
    expect(limited.status).toBe(429);
    expect((await limited.json()).error).toContain('quá nhanh');
    expect(t.received.length).toBe(before + 20);
    expect((await other.post({ text: 'người khác vẫn hỏi được' })).status).toBe(200);
  });

  it('closes the oldest event stream when one session opens too many', async () => {
    const chat = await chatSession(t.base);
    const opened: SseReader[] = [];
    for (let i = 0; i < 6; i++) opened.push(await openSse(`${t.base}/api/events`, { cookie: chat.cookie }));
    streams.push(...opened);
    await opened[0].ended;
    await t.server.adapter.send({ to: { channel: 'web', chatId: chat.sid }, kind: 'notice', text: 'vẫn nhận' });
    expect((await opened[5].next((e) => e.event === 'bot')).data.text).toBe('vẫn nhận');
  });

  it('keeps sessions apart: one visitor never receives another visitor’s messages', async () => {
    const one = await chatSession(t.base);
    const two = await chatSession(t.base);
    expect(one.sid).not.toBe(two.sid);
    const sse = await openSse(`${t.base}/api/events`, { cookie: two.cookie });
    streams.push(sse);
    await t.server.adapter.send({ to: { channel: 'web', chatId: one.sid }, kind: 'notice', text: 'bí mật của người một' });
    await t.server.adapter.send({ to: { channel: 'web', chatId: two.sid }, kind: 'notice', text: 'cho người hai' });
    const got = await sse.next((e) => e.event === 'bot');
    expect(got.data.text).toBe('cho người hai');
    expect(sse.seen.map((e) => e.data.text)).not.toContain('bí mật của người một');
  });

  it('requires a login for the console API and refuses a wrong password or a missing login token', async () => {
    expect((await fetch(`${t.base}/console/api/queue`)).status).toBe(401);
    expect((await fetch(`${t.base}/console/events`)).status).toBe(401);
    const page = await fetch(`${t.base}/console`);
    expect(await page.text()).toContain('Đăng nhập');
    const wrong = await login(t.base, 'Cán bộ A', { password: 'sai-mat-khau' });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Mật khẩu không đúng');
    expect(cookiesOf(wrong).some((c) => c.startsWith('pcmbn_console='))).toBe(false);
    const noToken = await fetch(`${t.base}/console/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'X', password: PASSWORD }).toString(),
    });
    expect(noToken.status).toBe(403);
  });

  it('sets a strict, secure session cookie behind https and requires the CSRF token on every POST', async () => {
    const res = await login(t.base, 'Cán bộ B', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.status).toBe(303);
    const c = cookiesOf(res).find((x) => x.startsWith('pcmbn_console='))!;
    expect(c).toMatch(/HttpOnly/);
    expect(c).toMatch(/SameSite=Strict/);
    expect(c).toMatch(/Secure/);
    const s = await consoleSession(t.base, 'Cán bộ B');
    const chat = await chatSession(t.base);
    await chat.post({ text: 'Tôi muốn tố giác một vụ môi giới đưa người sang biên giới' });
    const id = t.conv.cases.at(-1)!.id;
    const noCsrf = await fetch(`${t.base}/console/api/cases/${id}/claim`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noCsrf.status).toBe(403);
    expect((await noCsrf.json()).error).toContain('CSRF');
    const wrongCsrf = await fetch(`${t.base}/console/api/cases/${id}/claim`, {
      method: 'POST',
      headers: { cookie: s.cookie, 'content-type': 'application/json', 'x-csrf-token': 'x'.repeat(32) },
      body: '{}',
    });
    expect(wrongCsrf.status).toBe(403);
    expect(t.conv.cases.at(-1)!.status).toBe('open');
    expect((await s.post('/console/logout')).status).toBe(200);
    expect((await s.get('/console/api/queue')).status).toBe(401);
  });

  it('runs a whole case: report → console sees it → claim (conflict 409) → reply reaches the citizen → close', async () => {
    const a = await consoleSession(t.base, 'Cán bộ An');
    const b = await consoleSession(t.base, 'Cán bộ Bình');
    const officerEvents = await openSse(`${t.base}/console/events`, { cookie: a.cookie });
    streams.push(officerEvents);
    const chat = await chatSession(t.base);
    const citizen = await openSse(`${t.base}/api/events`, { cookie: chat.cookie });
    streams.push(citizen);

    await chat.post({ text: 'Tôi đang gặp nguy hiểm, bị giữ ở nhà trọ' });
    const ack = await citizen.next((e) => e.event === 'bot');
    expect(ack.data.kind).toBe('case');
    const announced = await officerEvents.next((e) => e.event === 'officer');
    expect(announced.data.text).toContain('Hồ sơ mới');
    const caseId = announced.data.caseId as number;

    const queue = await (await a.get('/console/api/queue')).json();
    expect(queue.cases[0]).toMatchObject({ id: caseId, urgent: true }); // urgent first

    expect((await a.post(`/console/api/cases/${caseId}/claim`)).status).toBe(200);
    const conflict = await b.post(`/console/api/cases/${caseId}/claim`);
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error).toBe(`Hồ sơ #${caseId} đã được Cán bộ An nhận xử lý.`);
    expect((await a.get('/console/api/cases/99999')).status).toBe(404);
    expect((await a.post(`/console/api/cases/${caseId}/reply`, { text: '  ' })).status).toBe(400);

    expect((await a.post(`/console/api/cases/${caseId}/reply`, { text: 'Chúng tôi đang cử người đến, bạn ở đâu?' })).status).toBe(200);
    const relay = await citizen.next((e) => e.event === 'bot' && e.data.kind === 'relay');
    expect(relay.data.text).toBe('Chúng tôi đang cử người đến, bạn ở đâu?');
    await officerEvents.next((e) => e.event === 'changed' && e.data.caseId === caseId);

    expect((await a.post(`/console/api/cases/${caseId}/note`, { text: 'Đã báo công an xã' })).status).toBe(200);
    expect((await a.post(`/console/api/cases/${caseId}/close`, { text: 'Đã giải cứu, chuyển nhà tạm lánh' })).status).toBe(200);
    const detail = await (await a.get(`/console/api/cases/${caseId}`)).json();
    expect(detail.case).toMatchObject({ status: 'closed', resolution: 'Đã giải cứu, chuyển nhà tạm lánh' });
    expect(detail.case.messages.map((m: { direction: string }) => m.direction)).toEqual(['citizen', 'officer', 'note']);
    await citizen.next((e) => e.event === 'bot' && e.data.text.includes('xử lý xong'));
    const open = await (await a.get('/console/api/queue')).json();
    expect(open.cases.some((c: { id: number }) => c.id === caseId)).toBe(false);
    const all = await (await a.get('/console/api/queue?closed=1')).json();
    expect(all.cases.at(-1).id).toBe(caseId);
  });

  it('answers /healthz and /readyz, mounts routes as-is', async () => {
    const h = await fetch(`${t.base}/healthz`);
    expect(h.status).toBe(200);
    expect(await h.json()).toEqual({ ok: true });
    const r = await fetch(`${t.base}/readyz`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ ok: false, checks: { db: 'ok', index: 'loading' } });
    expect((await fetch(`${t.base}/webhooks/test`, { method: 'POST', body: 'x' })).status).toBe(204);
    expect(t.hooks['/webhooks/test']).toBe(1);
  });

  it('logs request ids but never message text, cookies or session ids', async () => {
    const chat = await chatSession(t.base);
    await chat.post({ text: 'CHUỖI-BÍ-MẬT-KHÔNG-ĐƯỢC-GHI-LOG' });
    const all = logLines.join('');
    expect(all).toContain('"reqId"');
    expect(all).not.toContain('CHUỖI-BÍ-MẬT');
    expect(all).not.toContain(chat.sid);
    expect(all).not.toContain(PASSWORD);
  });
});

describe('console login rate limit', () => {
  let t: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t.server.close());

  it('stops an address after 20 failures in 15 minutes, whatever names it tries, even with the right password', async () => {
    for (let i = 0; i < 20; i++) expect((await login(t.base, `Kẻ dò ${i}`, { password: `sai-${i}` })).status).toBe(401);
    const blocked = await login(t.base, 'Cán bộ', { password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(await blocked.text()).toContain('sai nhiều lần');
    expect(cookiesOf(blocked).some((c) => c.startsWith('pcmbn_console='))).toBe(false);
  });
});

describe('failures inside the conversation', () => {
  it('answer 500 with a Vietnamese message naming the hotlines and log no message text', async () => {
    const lines: string[] = [];
    const quiet = createLogger({ level: 'info', destination: new Writable({ write: (c, _e, cb) => (lines.push(String(c)), cb()) }) });
    const s = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: createFakeConversation(),
      consolePassword: PASSWORD,
      logger: quiet,
      onMessage: async (m) => {
        throw new Error(`failed on ${m.text}`);
      },
    });
    const url = await s.listen();
    try {
      const page = await fetch(`${url}/`);
      const cookie = page.headers.getSetCookie()[0].split(';')[0];
      const r = await fetch(`${url}/api/chat`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ id: 'failing-message-1', text: 'NỘI-DUNG-RIÊNG-TƯ' }),
      });
      expect(r.status).toBe(500);
      expect((await r.json()).error).toContain('113');
      expect(lines.join('')).toContain('request failed');
      expect(lines.join('')).not.toContain('NỘI-DUNG-RIÊNG-TƯ');
    } finally {
      await s.close();
    }
  });
});

describe('readyz default', () => {
  let server: WebServer;
  let base: string;
  const conv: FakeConversation = createFakeConversation();
  beforeAll(async () => {
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: conv,
      onMessage: async () => {},
      consolePassword: PASSWORD,
      logger,
    });
    base = await server.listen();
  });
  afterAll(() => server.close());

  it('reports not ready when the readiness check throws', async () => {
    const s = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: conv,
      onMessage: async () => {},
      consolePassword: PASSWORD,
      logger,
      ready: () => {
        throw new Error('db closed');
      },
    });
    const url = await s.listen();
    try {
      const r = await fetch(`${url}/readyz`);
      expect(r.status).toBe(503);
      expect((await r.json()).ok).toBe(false);
    } finally {
      await s.close();
    }
  });

  it('is ready when no check is given and delivers console results to web chats without a deliver hook', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    expect(await server.adapter.send({ to: { channel: 'web', chatId: 'officers' }, kind: 'officer', text: 'x' })).toMatchObject({
      messageId: expect.any(String),
    });
  });
});
