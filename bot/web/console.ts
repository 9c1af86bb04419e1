// Officer console: login with a named account (or, with no accounts, the shared OFFICER_WEB_PASSWORD),
// rate limited and CSRF protected; server-side sessions with a lifetime and an idle timeout, ended (with
// their live streams) on logout, password change, disable or removal; a JSON API over OfficerApi and an
// SSE stream of officer announcements. Every action goes through OfficerApi, which checks the actor.
import type http from 'node:http';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CaseError, type Actor, type CaseSummary, type CommandInfo, type OfficerApi, type OutgoingMessage } from '../../handlers/types.js';
import type { Logger } from '../logger.js';
import { AccountError, type AccountStore, type OfficerAccount } from '../../handlers/accounts/store.js';
import { accountUserId } from '../../handlers/accounts/identity.js';
import type { OfficerDirectory } from '../../handlers/conversation/deps.js';
import {
  HttpError, appendSetCookie, cookie, escapeHtml, isHttps, parseCookies, randomToken, readForm, readJson, safeEqual,
  sendHtml, sendJson,
} from './http.js';
import { createSseChannel } from './sse.js';

export const CONSOLE_COOKIE = 'pcmbn_console';

/** Console logins act as one officer key, told apart by the login name; announcements reach every open console. */
const CONSOLE_ACTOR = { channel: 'web', userId: 'console', chatId: 'officers' } as const;

/** The console's part of the officer directory; the shared-password login only when that password is set. */
export function consoleOfficers(sharedLogin: boolean): Partial<OfficerDirectory> {
  const console = { channel: CONSOLE_ACTOR.channel, room: { channel: CONSOLE_ACTOR.channel, chatId: CONSOLE_ACTOR.chatId } };
  if (!sharedLogin) return { console };
  return { console, users: { web: [CONSOLE_ACTOR.userId] }, announceTo: [{ channel: CONSOLE_ACTOR.channel, chatId: CONSOLE_ACTOR.chatId }] };
}
const PRE_COOKIE = 'pcmbn_login';
const LOGIN_WINDOW_MS = 60_000;
const LOGIN_MAX_ATTEMPTS = 5;
/** How often sessions ended from elsewhere (the `npm run officer` command) are looked for. */
const SWEEP_MS = 2_000;

interface ConsoleSession {
  name: string;
  csrf: string;
  createdAt: number;
  lastSeen: number;
  /** Named account and the session epoch it logged in under; absent for the shared password. */
  officerId?: number;
  epoch?: number;
  login?: string;
  role?: string;
  /** Open /console/events streams of this session, ended with it. */
  streams: Set<http.ServerResponse>;
}

const CASE_ERROR_STATUS: Record<CaseError['code'], number> = { forbidden: 403, not_found: 404, conflict: 409, invalid: 400 };

const textBody = z.object({ text: z.string().trim().min(1).max(4000) });
const commandBody = z.object({ number: z.number().int().positive().optional(), text: z.string().trim().max(4000).optional() });

export interface OfficerConsole {
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean>;
  /** Broadcasts an announcement addressed to chatId 'officers' to every logged-in console. */
  broadcast(msg: OutgoingMessage): { messageId: string };
  closeAll(): void;
}

export function createOfficerConsole(opts: {
  officers: OfficerApi;
  password: string;
  deliver: (msgs: OutgoingMessage[]) => Promise<void>;
  /** The chat commands; the officer ones without a dedicated control become buttons in the console. */
  commands?: readonly CommandInfo[];
  /** Runs a chat command as the given officer (the conversation's own routing and checks). */
  runCommand?: (actor: Actor, text: string) => Promise<OutgoingMessage[]>;
  loginPage: string;
  consolePage: string;
  logger: Logger;
  now?: () => number;
  /** The client's address as trusted by the server (X-Forwarded-For only behind trusted proxies). */
  addressOf?: (req: http.IncomingMessage) => string;
  /** Named officer accounts; while any is enabled the shared password no longer opens the console. */
  accounts?: AccountStore;
  /** The first-login page (one-time code → password). */
  setupPage?: string;
  /** Session lifetime and idle timeout (defaults 12 h and 30 min). */
  sessionMs?: number;
  idleMs?: number;
}): OfficerConsole {
  const now = opts.now ?? Date.now;
  const sessionMs = opts.sessionMs ?? 12 * 3600_000;
  const idleMs = opts.idleMs ?? 30 * 60_000;
  const sessions = new Map<string, ConsoleSession>();
  const attempts = new Map<string, number[]>();
  const sse = createSseChannel(50);
  const loginTemplate = readFileSync(opts.loginPage, 'utf8');
  const setupTemplate = opts.setupPage ? readFileSync(opts.setupPage, 'utf8') : undefined;
  const consoleHtml = readFileSync(opts.consolePage, 'utf8');
  let announced = 0;

  /** Still valid: within lifetime and idle time, and (for an account) enabled with the same session epoch. */
  function alive(s: ConsoleSession, t: number): boolean {
    if (t - s.createdAt > sessionMs || t - s.lastSeen > idleMs) return false;
    // A shared-password session ends once named accounts exist (everyone then acts under their own name).
    if (s.officerId === undefined) return sharedPasswordOpen();
    let acc: OfficerAccount | undefined;
    try {
      acc = opts.accounts?.byId(s.officerId);
    } catch {
      return false;
    }
    return Boolean(acc && !acc.disabled && acc.sessionEpoch === s.epoch);
  }

  function endSession(token: string, s: ConsoleSession): void {
    sessions.delete(token);
    for (const res of s.streams) res.end();
    s.streams.clear();
  }

  /** Ends every session that is no longer valid, with its live streams, before anything more is sent. */
  function sweep(): void {
    const t = now();
    for (const [token, s] of sessions) if (!alive(s, t)) endSession(token, s);
  }
  opts.accounts?.onChange(() => sweep());
  const sweeper = setInterval(sweep, SWEEP_MS);
  sweeper.unref();

  function currentSession(req: http.IncomingMessage): ConsoleSession | undefined {
    const token = parseCookies(req)[CONSOLE_COOKIE];
    const s = token ? sessions.get(token) : undefined;
    if (!s || !token) return undefined;
    if (!alive(s, now())) {
      endSession(token, s);
      return undefined;
    }
    s.lastSeen = now();
    return s;
  }

  function actor(s: ConsoleSession): Actor {
    if (s.officerId !== undefined) return { ...CONSOLE_ACTOR, userId: accountUserId(s.officerId), name: s.name };
    return { ...CONSOLE_ACTOR, name: s.name };
  }

  function startSession(req: http.IncomingMessage, res: http.ServerResponse, name: string, account?: OfficerAccount): void {
    const token = randomToken(32);
    const t = now();
    sessions.set(token, {
      name, csrf: randomToken(24), createdAt: t, lastSeen: t, streams: new Set(),
      ...(account ? { officerId: account.id, epoch: account.sessionEpoch, login: account.login, role: account.role } : {}),
    });
    appendSetCookie(res, cookie(CONSOLE_COOKIE, token, { path: '/console', sameSite: 'Strict', secure: isHttps(req), maxAgeSec: Math.round(sessionMs / 1000) }));
    appendSetCookie(res, cookie(PRE_COOKIE, '', { path: '/console', sameSite: 'Strict', secure: isHttps(req), maxAgeSec: 0 }));
    opts.logger.info({ event: 'console_login', officerId: account?.id }, 'console login');
    res.writeHead(303, { location: '/console' });
    res.end();
  }

  /** With named accounts enabled, the shared password is off: every officer acts under their own name. */
  const sharedPasswordOpen = () => Boolean(opts.password) && !((opts.accounts?.enabledCount() ?? 0) > 0);

  function loginPage(req: http.IncomingMessage, res: http.ServerResponse, status: number, error = '', template = loginTemplate): void {
    let pre = parseCookies(req)[PRE_COOKIE];
    if (!pre || !/^[A-Za-z0-9_-]{32}$/.test(pre)) {
      pre = randomToken(24);
      appendSetCookie(res, cookie(PRE_COOKIE, pre, { path: '/console', sameSite: 'Strict', secure: isHttps(req) }));
    }
    const html = template
      .replace('{{csrf}}', pre)
      .replace('{{error}}', error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '');
    sendHtml(res, status, html);
  }

  function recentFailures(key: string): number[] {
    const t = now();
    const recent = (attempts.get(key) ?? []).filter((x) => t - x < LOGIN_WINDOW_MS);
    if (recent.length) attempts.set(key, recent);
    else attempts.delete(key);
    return recent;
  }

  /** Failed attempts (wrong password or token) count against the client address and the account named. */
  function recordFailure(keys: string[]): void {
    for (const key of keys) attempts.set(key, [...recentFailures(key), now()]);
    while (attempts.size > 10_000) attempts.delete(attempts.keys().next().value as string);
  }

  const throttled = (keys: string[]) => keys.some((k) => recentFailures(k).length >= LOGIN_MAX_ATTEMPTS);
  const TOO_MANY = 'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi một phút rồi thử lại.';

  async function login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const ip = `ip:${opts.addressOf ? opts.addressOf(req) : req.socket.remoteAddress ?? '?'}`;
    if (throttled([ip])) return loginPage(req, res, 429, TOO_MANY);
    const form = await readForm(req);
    const pre = parseCookies(req)[PRE_COOKIE];
    const sent = form.get('csrf') ?? '';
    if (!pre || !sent || !safeEqual(pre, sent)) {
      recordFailure([ip]);
      return loginPage(req, res, 403, 'Phiên đăng nhập đã hết hạn. Vui lòng thử lại.');
    }
    const name = (form.get('name') ?? '').trim().slice(0, 60);
    const password = form.get('password') ?? '';
    if (!name) return loginPage(req, res, 400, 'Vui lòng nhập họ tên cán bộ.');
    const account = `account:${name.toLowerCase()}`;
    if (throttled([account])) return loginPage(req, res, 429, TOO_MANY);
    const named = opts.accounts?.byLogin(name);
    if (named) {
      const ok = await opts.accounts!.authenticate(name, password);
      if (!ok) {
        recordFailure([ip, account]);
        opts.logger.warn({ event: 'console_login_failed' }, 'console login refused');
        const hint = named.hasPassword ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : 'Tài khoản chưa có mật khẩu: hãy đặt mật khẩu bằng mã dùng một lần (liên kết bên dưới).';
        return loginPage(req, res, 401, named.disabled ? 'Tên đăng nhập hoặc mật khẩu không đúng.' : hint);
      }
      return startSession(req, res, ok.name, ok);
    }
    if (!sharedPasswordOpen() || !safeEqual(password, opts.password)) {
      recordFailure([ip, account]);
      opts.logger.warn({ event: 'console_login_failed' }, 'console login refused');
      return loginPage(req, res, 401, sharedPasswordOpen() ? 'Mật khẩu không đúng.' : 'Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    startSession(req, res, name);
  }

  /** First login: the one-time code from `npm run officer -- add/reset` and the officer's own password. */
  async function setup(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const page = (status: number, error: string) => loginPage(req, res, status, error, setupTemplate ?? loginTemplate);
    const ip = `ip:${opts.addressOf ? opts.addressOf(req) : req.socket.remoteAddress ?? '?'}`;
    if (throttled([ip])) return page(429, TOO_MANY);
    const form = await readForm(req);
    const pre = parseCookies(req)[PRE_COOKIE];
    const sent = form.get('csrf') ?? '';
    if (!pre || !sent || !safeEqual(pre, sent)) {
      recordFailure([ip]);
      return page(403, 'Phiên đăng nhập đã hết hạn. Vui lòng thử lại.');
    }
    const login = (form.get('login') ?? '').trim().slice(0, 40);
    const account = `account:${login.toLowerCase()}`;
    if (throttled([account])) return page(429, TOO_MANY);
    const password = form.get('password') ?? '';
    if (password !== (form.get('password2') ?? '')) return page(400, 'Hai lần nhập mật khẩu không giống nhau.');
    try {
      const acc = opts.accounts ? await opts.accounts.redeem(login, (form.get('code') ?? '').trim(), password) : undefined;
      if (!acc) {
        recordFailure([ip, account]);
        return page(401, 'Tên đăng nhập hoặc mã dùng một lần không đúng (hoặc mã đã hết hạn).');
      }
      startSession(req, res, acc.name, acc);
    } catch (err) {
      if (err instanceof AccountError) return page(400, err.message);
      throw err;
    }
  }

  /** Password change from the console: every session of the officer ends, this one included. */
  async function changePassword(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession): Promise<void> {
    if (s.officerId === undefined || !opts.accounts) throw new HttpError(400, 'Mật khẩu chung được đặt trong cấu hình (OFFICER_WEB_PASSWORD).');
    const body = z.object({ current: z.string().max(200), password: z.string().max(200) }).safeParse(await readJson(req));
    if (!body.success) throw new HttpError(400, 'Dữ liệu gửi lên không hợp lệ.');
    if (!(await opts.accounts.authenticate(s.login!, body.data.current))) throw new HttpError(403, 'Mật khẩu hiện tại không đúng.');
    try {
      await opts.accounts.changePassword(s.officerId, body.data.password);
    } catch (err) {
      if (err instanceof AccountError) throw new HttpError(400, err.message);
      throw err;
    }
    sweep();
    sendJson(res, 200, { ok: true, loginAgain: true });
  }

  function sortQueue(list: CaseSummary[]): CaseSummary[] {
    const rank = (c: CaseSummary) => (c.status === 'closed' ? 2 : c.urgent ? 0 : 1);
    return [...list].sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt);
  }

  async function action(s: ConsoleSession, caseId: number, name: string, req: http.IncomingMessage): Promise<OutgoingMessage[]> {
    const who = actor(s);
    switch (name) {
      case 'claim':
        return opts.officers.claim(who, caseId);
      case 'release':
        return opts.officers.release(who, caseId);
      case 'reply':
      case 'note':
      case 'close': {
        const parsed = textBody.safeParse(await readJson(req));
        if (!parsed.success) throw new HttpError(400, 'Vui lòng nhập nội dung (tối đa 4000 ký tự).');
        if (name === 'reply') return opts.officers.reply(who, caseId, parsed.data.text);
        if (name === 'note') return opts.officers.note(who, caseId, parsed.data.text);
        return opts.officers.close(who, caseId, parsed.data.text);
      }
      default:
        throw new HttpError(404, 'Không tìm thấy thao tác này.');
    }
  }

  /** Holder-only JSON download of one case (handlers/commands/export.ts checks and audits). */
  async function exportDownload(res: http.ServerResponse, s: ConsoleSession, caseId: number): Promise<void> {
    const exporter = (opts.officers as OfficerApi & { exportCase?: (a: Actor, id: number) => Promise<{ case: { number: number } }> }).exportCase;
    if (!exporter) throw new HttpError(404, 'Chức năng xuất hồ sơ chưa được bật.');
    const doc = await exporter(actor(s), caseId);
    res.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="ho-so-vu-viec-${doc.case.number}.json"`,
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(doc, null, 2));
  }

  const officerCommands = (): CommandInfo[] =>
    (opts.commands ?? [])
      .filter((c) => c.audience === 'officer')
      .map(({ name, audience, args, help, caseNumber }) => ({ name, audience, ...(args ? { args } : {}), help, ...(caseNumber ? { caseNumber } : {}) }));

  /** Runs an officer command typed from the console: replies to this officer come back in the response, the rest is delivered. */
  async function command(s: ConsoleSession, name: string, req: http.IncomingMessage): Promise<{ replies: string[] }> {
    const spec = officerCommands().find((c) => c.name === name);
    if (!spec || !opts.runCommand) throw new HttpError(404, 'Không tìm thấy lệnh này.');
    const parsed = commandBody.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, 'Lệnh không hợp lệ.');
    const { number, text } = parsed.data;
    const who = actor(s);
    const typed = [`/${name}`, spec.caseNumber ? number : undefined, text].filter((x) => x !== undefined && x !== '').join(' ');
    const out = await opts.runCommand(who, typed);
    const mine = (m: OutgoingMessage) => m.to.channel === who.channel && m.to.chatId === who.chatId;
    await opts.deliver(out.filter((m) => !mine(m)));
    return { replies: out.filter(mine).map((m) => m.text) };
  }

  async function api(req: http.IncomingMessage, res: http.ServerResponse, url: URL, s: ConsoleSession): Promise<void> {
    const path = url.pathname;
    if (req.method === 'GET' && path === '/console/api/commands') return sendJson(res, 200, { commands: officerCommands() });
    const cmd = /^\/console\/api\/commands\/([a-z_]{1,32})$/.exec(path);
    if (cmd && req.method === 'POST') {
      const r = await command(s, cmd[1], req);
      sweep();
      sse.publish('changed', {});
      return sendJson(res, 200, r);
    }
    if (req.method === 'GET' && path === '/console/api/session') {
      return sendJson(res, 200, { name: s.name, csrf: s.csrf, ...(s.login ? { login: s.login, role: s.role } : {}) });
    }
    if (req.method === 'POST' && path === '/console/api/password') return changePassword(req, res, s);
    if (req.method === 'GET' && path === '/console/api/queue') {
      const list = await opts.officers.queue(actor(s), { includeClosed: url.searchParams.get('closed') === '1' });
      return sendJson(res, 200, { cases: sortQueue(list) });
    }
    const m = /^\/console\/api\/cases\/(\d{1,9})(?:\/([a-z]+))?$/.exec(path);
    if (m && req.method === 'GET' && !m[2]) return sendJson(res, 200, { case: await opts.officers.read(actor(s), Number(m[1])) });
    if (m && req.method === 'GET' && m[2] === 'export') return exportDownload(res, s, Number(m[1]));
    if (m && req.method === 'POST' && m[2]) {
      const caseId = Number(m[1]);
      const out = await action(s, caseId, m[2], req);
      await opts.deliver(out);
      sweep();
      sse.publish('changed', { caseId });
      return sendJson(res, 200, { ok: true });
    }
    throw new HttpError(404, 'Không tìm thấy trang.');
  }

  return {
    async handle(req, res, url) {
      const path = url.pathname;
      if (path !== '/console' && !path.startsWith('/console/')) return false;
      if (path === '/console/login' && req.method === 'POST') {
        await login(req, res);
        return true;
      }
      if (path === '/console/setup' && req.method === 'POST') {
        await setup(req, res);
        return true;
      }
      if (path === '/console/setup' && req.method === 'GET') {
        loginPage(req, res, 200, '', setupTemplate ?? loginTemplate);
        return true;
      }
      const s = currentSession(req);
      if (path === '/console' && req.method === 'GET') {
        if (s) sendHtml(res, 200, consoleHtml);
        else loginPage(req, res, 200);
        return true;
      }
      if (!s) throw new HttpError(401, 'Vui lòng đăng nhập bảng điều khiển cán bộ.');
      if (req.method === 'POST') {
        const sent = String(req.headers['x-csrf-token'] ?? '');
        if (!sent || !safeEqual(sent, s.csrf)) throw new HttpError(403, 'Thiếu hoặc sai mã bảo vệ (CSRF). Vui lòng tải lại trang.');
      }
      if (path === '/console/logout' && req.method === 'POST') {
        // Logging out ends every session of the officer and their live streams, on every device.
        if (s.officerId !== undefined) opts.accounts?.endSessions(s.officerId);
        endSession(parseCookies(req)[CONSOLE_COOKIE], s);
        appendSetCookie(res, cookie(CONSOLE_COOKIE, '', { path: '/console', sameSite: 'Strict', secure: isHttps(req), maxAgeSec: 0 }));
        sendJson(res, 200, { ok: true });
        return true;
      }
      if (path === '/console/events' && req.method === 'GET') {
        sse.attach(req, res);
        s.streams.add(res);
        res.on('close', () => s.streams.delete(res));
        return true;
      }
      try {
        await api(req, res, url, s);
      } catch (err) {
        if (err instanceof CaseError || (err instanceof Error && err.name === 'CaseError')) {
          const code = (err as CaseError).code;
          throw new HttpError(CASE_ERROR_STATUS[code] ?? 400, err.message);
        }
        throw err;
      }
      return true;
    },
    broadcast(msg) {
      sweep();
      const id = `o${(++announced).toString(36)}`;
      sse.publish('officer', { id, kind: msg.kind, text: msg.text, caseId: msg.caseId });
      return { messageId: id };
    },
    closeAll() {
      clearInterval(sweeper);
      sse.closeAll();
    },
  };
}
