// Officer console: login with a named account (or, with no accounts, the shared OFFICER_WEB_PASSWORD),
// rate limited and CSRF protected; server-side sessions with a lifetime and an idle timeout, ended (with
// their live streams) on logout, password change, disable or removal; a JSON API over OfficerApi and an
// SSE stream of officer announcements. Every action goes through OfficerApi, which checks the actor.
import type http from 'node:http';
import { readFileSync } from 'node:fs';
import { CaseError, type Actor, type CommandInfo, type OfficerApi, type OutgoingMessage } from '../../handlers/types.js';
import type { Logger } from '../logger.js';
import type { AccountStore } from '../../handlers/accounts/store.js';
import type { OfficerDirectory } from '../../handlers/conversation/deps.js';
import { HttpError, safeEqual, sendHtml, sendJson } from './http.js';
import { createSseChannel } from './sse.js';
import { CONSOLE_ACTOR, type ConsoleSession, createConsoleSessions } from './console-sessions.js';
import { createConsoleLogin } from './console-login.js';
import { createConsoleApi } from './console-api.js';
import { createLoginThrottle } from './login-throttle.js';

/** The console's part of the officer directory; the shared-password login only when that password is set. */
export function consoleOfficers(sharedLogin: boolean): Partial<OfficerDirectory> {
  const console = { channel: CONSOLE_ACTOR.channel, room: { channel: CONSOLE_ACTOR.channel, chatId: CONSOLE_ACTOR.chatId } };
  if (!sharedLogin) return { console };
  return {
    console,
    users: { web: [CONSOLE_ACTOR.userId] },
    announceTo: [{ channel: CONSOLE_ACTOR.channel, chatId: CONSOLE_ACTOR.chatId }],
  };
}

const CASE_ERROR_STATUS: Record<CaseError['code'], number> = { forbidden: 403, not_found: 404, conflict: 409, invalid: 400 };

export interface OfficerConsole {
  handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean>;
  /** Broadcasts an announcement addressed to chatId 'officers' to every logged-in console. */
  broadcast(msg: OutgoingMessage): { messageId: string };
  closeAll(): void;
}

export interface ConsoleOptions {
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
}

/** A CaseError from OfficerApi becomes the HTTP status that says what went wrong, with its Vietnamese message. */
function asHttpError(err: unknown): unknown {
  if (err instanceof CaseError || (err instanceof Error && err.name === 'CaseError')) {
    return new HttpError(CASE_ERROR_STATUS[(err as CaseError).code] ?? 400, (err as Error).message);
  }
  return err;
}

export function createOfficerConsole(opts: ConsoleOptions): OfficerConsole {
  const now = opts.now ?? Date.now;
  const sessions = createConsoleSessions({
    password: opts.password,
    accounts: opts.accounts,
    logger: opts.logger,
    now,
    sessionMs: opts.sessionMs ?? 12 * 3600_000,
    idleMs: opts.idleMs ?? 30 * 60_000,
  });
  // One count of failed password checks for the login, first-login and password-change forms.
  const throttle = createLoginThrottle({ now });
  const login = createConsoleLogin({
    sessions,
    password: opts.password,
    accounts: opts.accounts,
    loginPage: opts.loginPage,
    setupPage: opts.setupPage,
    logger: opts.logger,
    now,
    addressOf: opts.addressOf,
    throttle,
  });
  const sse = createSseChannel(50);
  const api = createConsoleApi({
    officers: opts.officers,
    sessions,
    deliver: opts.deliver,
    commands: opts.commands,
    runCommand: opts.runCommand,
    accounts: opts.accounts,
    throttle,
    addressOf: opts.addressOf,
    changed: (caseId) => sse.publish('changed', caseId === undefined ? {} : { caseId }),
  });
  const consoleHtml = readFileSync(opts.consolePage, 'utf8');
  let announced = 0;

  /** Pages and posts that need no session: login, first login, and the console page itself (login when signed out). */
  async function publicRoute(req: http.IncomingMessage, res: http.ServerResponse, path: string): Promise<boolean> {
    const post = req.method === 'POST';
    if (path === '/console/login' && post) await login.login(req, res);
    else if (path === '/console/setup' && post) await login.setup(req, res);
    else if (path === '/console/setup' && req.method === 'GET') login.page(req, res, 200, '', true);
    else if (path === '/console' && req.method === 'GET') {
      if (sessions.current(req)) sendHtml(res, 200, consoleHtml);
      else login.page(req, res, 200);
    } else return false;
    return true;
  }

  function logout(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession): void {
    // Logging out ends every session of the officer and their live streams, on every device.
    if (s.officerId !== undefined) opts.accounts?.endSessions(s.officerId);
    sessions.end(req, res, s);
    sendJson(res, 200, { ok: true });
  }

  function events(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession): void {
    sse.attach(req, res);
    s.streams.add(res);
    res.on('close', () => s.streams.delete(res));
  }

  async function sessionRoute(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const s = sessions.current(req);
    if (!s) throw new HttpError(401, 'Vui lòng đăng nhập bảng điều khiển cán bộ.');
    if (req.method === 'POST') {
      const sent = String(req.headers['x-csrf-token'] ?? '');
      if (!sent || !safeEqual(sent, s.csrf)) throw new HttpError(403, 'Thiếu hoặc sai mã bảo vệ (CSRF). Vui lòng tải lại trang.');
    }
    if (url.pathname === '/console/logout' && req.method === 'POST') return logout(req, res, s);
    if (url.pathname === '/console/events' && req.method === 'GET') return events(req, res, s);
    try {
      await api(req, res, url, s);
    } catch (err) {
      throw asHttpError(err);
    }
  }

  return {
    async handle(req, res, url) {
      const path = url.pathname;
      if (path !== '/console' && !path.startsWith('/console/')) return false;
      if (!(await publicRoute(req, res, path))) await sessionRoute(req, res, url);
      return true;
    },
    broadcast(msg) {
      sessions.sweep();
      const id = `o${(++announced).toString(36)}`;
      sse.publish('officer', { id, kind: msg.kind, text: msg.text, caseId: msg.caseId });
      return { messageId: id };
    },
    closeAll() {
      sessions.close();
      sse.closeAll();
    },
  };
}
