// The web server's edge against an attacker: forged chat sessions, message ids of other sessions,
// addresses behind a proxy, foreign Host headers, slow bodies and unbounded replay memory.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer, type WebServerOptions } from '../../bot/web/server.js';
import { createChatHub } from '../../bot/web/chat.js';
import { signValue } from '../../bot/web/http.js';
import type { IncomingMessage } from '../../handlers/types.js';
import { postLogin } from './console-client.js';
import { createFakeConversation, wire } from './fake-conversation.js';

const PASSWORD = 'mat-khau-thu-nghiem';
const quiet = createLogger({ level: 'silent' });
const servers: WebServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function start(extra: Partial<WebServerOptions> = {}) {
  const conv = createFakeConversation();
  const received: IncomingMessage[] = [];
  let server: WebServer;
  const w = wire(conv, () => server);
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
    logger: quiet,
    ...extra,
  });
  servers.push(server);
  const base = await server.listen();
  return { conv, received, base };
}

const sidCookie = (res: Response) =>
  res.headers
    .getSetCookie()
    .find((c) => c.startsWith('pcmbn_sid='))
    ?.split(';')[0];

function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('web chat sessions', () => {
  it('never adopts a session id the client chose: it gets a server-issued one instead', async () => {
    const t = await start();
    const chosen = 'A'.repeat(32);
    for (const forged of [chosen, `${chosen}.forgedsignature`, signValue(Buffer.alloc(32, 1), chosen)]) {
      const res = await post(t.base, { id: 'client-msg-0001', text: 'tôi muốn báo tin' }, { cookie: `pcmbn_sid=${forged}` });
      expect(res.status).toBe(200);
      const issued = sidCookie(res);
      expect(issued).toBeDefined();
      expect(t.received.at(-1)!.chatId).not.toBe(chosen);
      expect(issued).not.toContain(chosen);
    }
    // The issued cookie is accepted as it is: no new one on the next post.
    const first = await post(t.base, { id: 'client-msg-0002', text: 'xin chào' });
    const cookie = sidCookie(first)!;
    const again = await post(t.base, { id: 'client-msg-0003', text: 'xin chào lần nữa' }, { cookie });
    expect(sidCookie(again)).toBeUndefined();
    expect(t.received.at(-1)!.chatId).toBe(t.received.at(-2)!.chatId);
  });

  it('a message id reused by another session is that session’s own message, never a silent duplicate', async () => {
    const t = await start();
    const a = sidCookie(await fetch(`${t.base}/`))!;
    const b = sidCookie(await fetch(`${t.base}/`))!;
    const ra = await post(t.base, { id: 'same-id-12345', text: 'báo tin: có người bị lừa sang biên giới' }, { cookie: a });
    const rb = await post(t.base, { id: 'same-id-12345', text: 'báo tin: em gái tôi bị giữ ở nơi làm việc' }, { cookie: b });
    expect(await ra.json()).toEqual({ ok: true });
    expect(await rb.json()).toEqual({ ok: true });
    const [ma, mb] = t.received.slice(-2);
    expect(ma.messageId).not.toBe(mb.messageId);
    expect(t.conv.cases).toHaveLength(2);
  });
});

describe('per-address limit behind a proxy', () => {
  // A stopped clock: the buckets never refill, so the flood is limited however slowly the machine runs.
  const stopped = { now: () => 1_700_000_000_000 };
  async function flood(base: string, addressOf: (i: number) => string) {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const cookie = sidCookie(await fetch(`${base}/`))!; // a fresh session per post, as a flooder would
      const res = await post(base, { id: `flood-${i}-abcdef`, text: 'xin chào' }, { cookie, 'x-forwarded-for': addressOf(i) });
      statuses.push(res.status);
    }
    return statuses;
  }

  it('with TRUST_PROXY the forwarded address is limited, and another address is not slowed', async () => {
    const t = await start({ trustProxy: 1, ...stopped });
    const statuses = await flood(t.base, () => '203.0.113.7');
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const other = await post(t.base, { id: 'other-abcdef', text: 'xin chào' }, { 'x-forwarded-for': '198.51.100.9' });
    expect(other.status).toBe(200);
  });

  it('without TRUST_PROXY a forged X-Forwarded-For does not buy a fresh limit', async () => {
    const t = await start(stopped);
    const statuses = await flood(t.base, (i) => `10.0.${i}.1`);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('takes its burst and rate from the configuration', async () => {
    const t = await start({ trustProxy: 1, addressLimit: { capacity: 5, refillPerSec: 1 }, ...stopped });
    const statuses = await flood(t.base, () => '203.0.113.7');
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
    const roomy = await start({ trustProxy: 1, addressLimit: { capacity: 100, refillPerSec: 1 }, ...stopped });
    expect((await flood(roomy.base, () => '203.0.113.7')).every((s) => s === 200)).toBe(true);
  });

  it('only the entry the trusted proxy appended counts, not what the client wrote before it', async () => {
    const t = await start({ trustProxy: 1, ...stopped });
    const statuses = await flood(t.base, (i) => `10.9.${i}.1, 203.0.113.8`);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });
});

describe('console login throttling', () => {
  const login = (base: string, name: string, password: string, xff?: string) =>
    postLogin(base, name, password, xff ? { 'x-forwarded-for': xff } : {});

  it('an attacker failing on an officer’s name from another address is slowed down there, and the officer still logs in from theirs', async () => {
    const t = await start({ trustProxy: 1 });
    for (let i = 0; i < 3; i++) expect((await login(t.base, 'nguyen.a', `sai-${i}`, '203.0.113.50')).status).toBe(401);
    // From here each failure doubles the wait (1 s, 2 s, 4 s…): some of the next tries are refused outright.
    const next: Response[] = [];
    for (let i = 0; i < 10; i++) next.push(await login(t.base, 'nguyen.a', `sai-lan-nua-${i}`, '203.0.113.50'));
    const slowed = next.find((r) => r.status === 429)!;
    expect(slowed).toBeDefined();
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await slowed.text()).toMatch(/đợi \d+ giây/);
    expect((await login(t.base, 'nguyen.a', PASSWORD, '198.51.100.20')).status).toBe(303);
  });

  it('one address failing on many names is stopped for every name, other addresses are not', async () => {
    const t = await start({ trustProxy: 1 });
    for (let i = 0; i < 20; i++) expect((await login(t.base, `ten-${i}`, 'sai', '203.0.113.51')).status).toBe(401);
    expect((await login(t.base, 'nguyen.a', PASSWORD, '203.0.113.51')).status).toBe(429);
    expect((await login(t.base, 'nguyen.a', PASSWORD, '198.51.100.21')).status).toBe(303);
  });

  it('rotating addresses does not buy unlimited guesses, yet the address the officer logged in from still works', async () => {
    const t = await start({ trustProxy: 1 });
    expect((await login(t.base, 'nguyen.a', PASSWORD, '198.51.100.22')).status).toBe(303);
    for (let i = 0; i < 50; i++) expect((await login(t.base, 'nguyen.a', `sai-${i}`, `203.0.${i}.9`)).status).toBe(401);
    expect((await login(t.base, 'nguyen.a', PASSWORD, '203.0.113.99')).status).toBe(429);
    expect((await login(t.base, 'nguyen.a', PASSWORD, '198.51.100.22')).status).toBe(303);
  });
});

describe('Host header and slow bodies', () => {
  it('answers only to loopback and the configured public hosts', async () => {
    const t = await start({ allowedHosts: ['bot.example.gov.vn'] });
    const port = new URL(t.base).port;
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const s = net.connect(Number(port), '127.0.0.1', () =>
          s.write(`GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`),
        );
        let data = '';
        s.on('data', (d) => (data += d));
        s.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1])));
        s.on('error', reject);
      });
    expect(await get('evil.example.com')).toBe(421);
    expect(await get('bot.example.gov.vn')).toBe(200);
    expect(await get(`localhost:${port}`)).toBe(200);
    expect(await get(`127.0.0.1:${port}`)).toBe(200);
  });

  it('cuts off a body that trickles in slower than the body timeout with 408', async () => {
    const t = await start({ bodyTimeoutMs: 300 });
    const port = Number(new URL(t.base).port);
    const answer = await new Promise<string>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.write(`POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"id":`);
      });
      let data = '';
      s.on('data', (d) => (data += d));
      s.on('close', () => resolve(data));
      s.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('web chat memory', () => {
  it('bounds the replay kept per session and for all sessions together', () => {
    let bytes = 0;
    const hub = createChatHub({ onMessage: async () => undefined, logger: quiet, sessionBacklogBytes: 20_000, totalBacklogBytes: 100_000 });
    const long = 'x'.repeat(4000);
    for (let i = 0; i < 10; i++) hub.send({ to: { channel: 'web', chatId: 'one'.padEnd(32, '0') }, kind: 'answer', text: long });
    expect(hub.backlogBytes()).toBeLessThanOrEqual(20_000);
    for (let s = 0; s < 40; s++) {
      for (let i = 0; i < 10; i++) hub.send({ to: { channel: 'web', chatId: `session-${s}`.padEnd(32, '0') }, kind: 'answer', text: long });
    }
    bytes = hub.backlogBytes();
    expect(bytes).toBeLessThanOrEqual(100_000);
    expect(bytes).toBeGreaterThan(0);
    hub.closeAll();
  });
});
