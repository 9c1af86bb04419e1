// The local web server: citizen chat (/), officer console (/console), health endpoints and mounted
// webhook routes, on plain node:http. The returned adapter renders OutgoingMessages for channel 'web'.
import http from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Conversation, IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import type { ChannelAdapter, ChannelCapabilities } from '../types.js';
import type { Logger } from '../logger.js';
import { PROVINCES } from '../../handlers/replies/vi.js';
import { encodePayload } from '../../handlers/payload.js';
import {
  HttpError,
  clientAddress,
  escapeHtml,
  isHttps,
  randomToken,
  requestHostname,
  sameOrigin,
  sendHtml,
  sendJson,
  setSecurityHeaders,
} from './http.js';
import { createChatHub, type ChatHub } from './chat.js';
import { createOfficerConsole, type OfficerConsole } from './console.js';
import type { AccountStore } from '../../handlers/accounts/store.js';

export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
/** The web chat's registered channel name. */
export const WEB_CHANNEL = 'web';

/**
 * The browser shows buttons, replaces previews and removes deleted messages; sources are listed by the page.
 * The page's own controls stand for commands, and it keeps the whole conversation, so it can clear it.
 */
export const WEB_CAPABILITIES: ChannelCapabilities = {
  label: 'Web',
  buttons: true,
  edit: true,
  delete: true,
  maxTextLength: 16_000,
  groupChats: false,
  markdown: false,
  telLinks: false,
  typedCommands: false,
  clearsConversation: true,
  webPage: true,
};

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface WebServerOptions {
  host: string;
  port: number;
  conversation: Conversation;
  onMessage: (msg: IncomingMessage) => Promise<void>;
  consolePassword: string;
  logger: Logger;
  /** Mounted as-is by exact path (webhooks share this server). */
  routes?: Record<string, RouteHandler>;
  ready?: () => { ok: boolean; checks: Record<string, string> };
  /**
   * Delivers what console actions return (replies to citizens on any channel, notices to officers).
   * The composition root passes its router across adapters; without it only 'web' messages are delivered.
   */
  deliver?: (msgs: OutgoingMessage[]) => Promise<void>;
  /** Least time between two streaming preview events of one chat (default 150 ms). */
  previewIntervalMs?: number;
  /** The clock of the chat's flood limits (default Date.now). */
  now?: () => number;
  /** The province a chat session chose earlier, so the page shows it selected after a reload. */
  citizenProvince?: (chatId: string) => string | undefined;
  /** The province selector's choices with today's names (default: the bundled provinces' names). */
  provinceChoices?: () => { slug: string; label: string }[];
  /** Reverse proxies in front of this server whose X-Forwarded-For entries are believed (default 0). */
  trustProxy?: number;
  /** Web chat posts per client address: a burst, then a rate per second (bot/web/chat.ts defaults). */
  addressLimit?: { capacity: number; refillPerSec: number };
  /** Host names accepted in the Host header besides loopback and `host` (e.g. the public URLs' hosts). */
  allowedHosts?: string[];
  /** Signs web chat session cookies; pass a value derived from the data key so sessions survive a restart. */
  sessionSecret?: Buffer;
  /** A request whose headers and body take longer than this is answered 408 (default 15 s). */
  bodyTimeoutMs?: number;
  /** Named officer accounts for the console (handlers/accounts/store.ts). */
  accounts?: AccountStore;
  /** Console session lifetime and idle timeout. */
  consoleSessionMs?: number;
  consoleIdleMs?: number;
}

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];
const BODY_TIMEOUT_MS = 15_000;

export interface WebServer {
  /** `preview` streams an answer being generated to a chat session (see ConversationDeps.preview). */
  adapter: ChannelAdapter & { preview(chatId: string, textSoFar: string): void };
  listen(): Promise<string>;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Public assets are read once at start; only these exact names are served (no path handling at all). */
function loadAssets(): Map<string, { type: string; body: Buffer }> {
  const assets = new Map<string, { type: string; body: Buffer }>();
  for (const name of readdirSync(PUBLIC_DIR)) {
    const type = TYPES[extname(name)];
    if (!type || name === 'login.html' || name === 'console.html' || name === 'setup.html') continue;
    assets.set(`/${name}`, { type, body: readFileSync(join(PUBLIC_DIR, name)) });
  }
  return assets;
}

type Assets = ReturnType<typeof loadAssets>;

/**
 * The chat page with the province choices (today's names, the session's earlier choice selected); every
 * control carries its button payload from the one encoder, so the page never builds one.
 */
function chatPageRenderer(template: string, opts: WebServerOptions, log: Logger): (sid: string) => string {
  const provinceOf = (sid: string) => {
    try {
      return opts.citizenProvince?.(sid);
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.name : 'unknown' }, 'reading the chosen province failed');
      return undefined;
    }
  };
  const option = (p: { slug: string; label: string }, selected: string | undefined) =>
    `<option value="${escapeHtml(p.slug)}" data-payload="${escapeHtml(encodePayload({ kind: 'province', slug: p.slug }))}"${p.slug === selected ? ' selected' : ''}>${escapeHtml(p.label)}</option>`;
  return (sid) => {
    const selected = provinceOf(sid);
    const choices = opts.provinceChoices?.() ?? PROVINCES.map((p) => ({ slug: p.slug, label: p.name }));
    return template
      .replace('{{provinceOptions}}', choices.map((p) => option(p, selected)).join('\n        '))
      .replace('{{officerPayload}}', escapeHtml(encodePayload({ kind: 'officer' })))
      .replace('{{erasePayload}}', escapeHtml(encodePayload({ kind: 'erase' })));
  };
}

/** The officer console, running commands through the conversation like any chat message. */
function officerConsoleFor(
  opts: WebServerOptions,
  deliver: (msgs: OutgoingMessage[]) => Promise<void>,
  addressOf: (req: http.IncomingMessage) => string,
  log: Logger,
) {
  const conversation = opts.conversation;
  return createOfficerConsole({
    officers: conversation.officers,
    password: opts.consolePassword,
    deliver,
    addressOf,
    ...(conversation.commands ? { commands: conversation.commands } : {}),
    runCommand: (actor, text) =>
      conversation.handle({
        channel: actor.channel,
        chatId: actor.chatId,
        userId: actor.userId,
        kind: 'text',
        text,
        ...(actor.name ? { displayName: actor.name } : {}),
        receivedAt: Date.now(),
      }),
    loginPage: join(PUBLIC_DIR, 'login.html'),
    setupPage: join(PUBLIC_DIR, 'setup.html'),
    consolePage: join(PUBLIC_DIR, 'console.html'),
    ...(opts.accounts ? { accounts: opts.accounts } : {}),
    ...(opts.consoleSessionMs ? { sessionMs: opts.consoleSessionMs } : {}),
    ...(opts.consoleIdleMs ? { idleMs: opts.consoleIdleMs } : {}),
    logger: log,
  });
}

/** The 'web' channel: citizens' chat sessions, and 'officers' (everyone on the console). */
function webAdapter(chat: ChatHub, officerConsole: OfficerConsole): WebServer['adapter'] {
  return {
    channel: WEB_CHANNEL,
    capabilities: WEB_CAPABILITIES,
    preview(chatId, textSoFar) {
      if (chatId !== 'officers') chat.preview(chatId, textSoFar);
    },
    async start() {
      chat.accepting = true;
    },
    async stop() {
      // Graceful shutdown: refuse new chat messages; streams close with the server.
      chat.accepting = false;
    },
    async send(msg) {
      if (msg.to.channel !== WEB_CHANNEL) throw new Error(`web adapter cannot send to channel ${msg.to.channel}`);
      if (msg.to.chatId === 'officers') return officerConsole.broadcast(msg);
      return chat.send(msg);
    },
  };
}

function readiness(ready: WebServerOptions['ready']): { ok: boolean; checks: Record<string, string> } {
  try {
    return ready ? ready() : { ok: true, checks: {} };
  } catch {
    return { ok: false, checks: { ready: 'error' } };
  }
}

function sendAsset(res: http.ServerResponse, asset: { type: string; body: Buffer }): void {
  res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
  res.end(asset.body);
}

interface Site {
  hosts: Set<string>;
  routes: Record<string, RouteHandler>;
  ready: WebServerOptions['ready'];
  officerConsole: OfficerConsole;
  chat: ChatHub;
  chatPage: (sid: string) => string;
  assets: Assets;
}

async function route(site: Site, req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
  if (!site.hosts.has(requestHostname(req))) throw new HttpError(421, 'Địa chỉ máy chủ không hợp lệ.');
  const path = url.pathname;
  const mounted = site.routes[path];
  if (mounted) return mounted(req, res);
  if (req.method === 'POST' && !sameOrigin(req)) throw new HttpError(403, 'Yêu cầu không hợp lệ.');
  if (path === '/healthz') return sendJson(res, 200, { ok: true });
  if (path === '/readyz') {
    const r = readiness(site.ready);
    return sendJson(res, r.ok ? 200 : 503, r);
  }
  if (await site.officerConsole.handle(req, res, url)) return;
  if (path === '/api/chat' && req.method === 'POST') return site.chat.postMessage(req, res);
  if (path === '/api/events' && req.method === 'GET') return site.chat.events(req, res);
  if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
    return sendHtml(res, 200, site.chatPage(site.chat.ensureSession(req, res)));
  }
  const asset = req.method === 'GET' ? site.assets.get(path) : undefined;
  if (asset) return sendAsset(res, asset);
  throw new HttpError(404, 'Không tìm thấy trang.');
}

function requestUrl(req: http.IncomingMessage): URL {
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return new URL('http://localhost/');
  }
}

/** Logs method, path, status and time once the response is finished: never bodies, cookies or query strings. */
function logWhenFinished(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  path: string,
  quiet: (path: string) => boolean,
  rlog: Logger,
): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const status = res.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : quiet(path) ? 'debug' : 'info';
    rlog[level]({ method: req.method, path, status, ms: Math.round(ms) }, 'request');
  });
}

/** The error as a JSON reply with a Vietnamese message; a 5xx is logged by name and stack frames only. */
function replyFailure(err: unknown, req: http.IncomingMessage, res: http.ServerResponse, rlog: Logger): void {
  const status = err instanceof HttpError ? err.status : 500;
  // Error name and stack frames only: a message can quote user input.
  if (status >= 500) {
    const e =
      err instanceof Error
        ? {
            name: err.name,
            at: err.stack
              ?.split('\n')
              .slice(1, 4)
              .map((l) => l.trim())
              .join(' | '),
          }
        : { name: typeof err };
    rlog.error({ err: e }, 'request failed');
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  const message = err instanceof HttpError ? err.message : 'Xin lỗi, hệ thống đang gặp sự cố. Nếu khẩn cấp, hãy gọi 113 hoặc 111.';
  if (status === 413) res.setHeader('connection', 'close');
  sendJson(res, status, { error: message });
  // Let the client finish sending an oversized body so it reads the 413 instead of a reset.
  if (!req.complete) req.resume();
}

/**
 * requestTimeout bounds the time to receive a whole request (headers and body): a slow body is cut
 * off instead of holding a connection for minutes. Checked every second, not the default 30 s.
 */
function createHttpServer(site: Site, bodyTimeout: number, log: Logger): http.Server {
  const serverOptions = {
    requestTimeout: bodyTimeout,
    headersTimeout: bodyTimeout,
    connectionsCheckingInterval: Math.min(1000, bodyTimeout),
  };
  const quiet = (path: string) => site.assets.has(path) || path === '/healthz';
  return http.createServer(serverOptions, (req, res) => {
    const reqId =
      String(req.headers['x-request-id'] ?? '')
        .replace(/[^\w-]/g, '')
        .slice(0, 64) || randomToken(8);
    const rlog = log.child({ reqId });
    res.setHeader('x-request-id', reqId);
    setSecurityHeaders(res);
    if (isHttps(req)) res.setHeader('strict-transport-security', 'max-age=15552000');
    const url = requestUrl(req);
    logWhenFinished(req, res, url.pathname, quiet, rlog);
    route(site, req, res, url).catch((err: unknown) => replyFailure(err, req, res, rlog));
  });
}

function listen(server: http.Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const a = server.address() as AddressInfo;
      const shown = a.family === 'IPv6' ? `[${a.address}]` : a.address;
      resolve(`http://${shown}:${a.port}`);
    });
  });
}

export function createWebServer(opts: WebServerOptions): WebServer {
  const log = opts.logger.child({ module: 'web' });
  const assets = loadAssets();
  const addressOf = (req: http.IncomingMessage) => clientAddress(req, opts.trustProxy ?? 0);
  const chat = createChatHub({
    onMessage: opts.onMessage,
    logger: log,
    previewIntervalMs: opts.previewIntervalMs,
    addressOf,
    ...(opts.addressLimit ? { addressLimit: opts.addressLimit } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.sessionSecret ? { sessionSecret: opts.sessionSecret } : {}),
  });

  async function deliver(msgs: OutgoingMessage[]): Promise<void> {
    if (opts.deliver) return opts.deliver(msgs);
    for (const m of msgs) {
      if (m.to.channel !== WEB_CHANNEL) {
        log.warn({ channel: m.to.channel, kind: m.kind }, 'no deliver hook: message for another channel not sent');
        continue;
      }
      const r = await adapter.send(m);
      if (r.messageId) await opts.conversation.recordDelivery(m, r.messageId);
    }
  }

  const officerConsole = officerConsoleFor(opts, deliver, addressOf, log);
  const adapter = webAdapter(chat, officerConsole);
  const site: Site = {
    // A request naming another host (DNS rebinding, a misrouted proxy) is refused before any routing.
    hosts: new Set([...LOOPBACK_NAMES, opts.host, ...(opts.allowedHosts ?? [])].map((h) => h.toLowerCase())),
    routes: opts.routes ?? {},
    ready: opts.ready,
    officerConsole,
    chat,
    chatPage: chatPageRenderer(assets.get('/index.html')?.body.toString('utf8') ?? '', opts, log),
    assets,
  };
  const server = createHttpServer(site, opts.bodyTimeoutMs ?? BODY_TIMEOUT_MS, log);

  return {
    adapter,
    listen: () => listen(server, opts.port, opts.host),
    close() {
      chat.closeAll();
      officerConsole.closeAll();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
