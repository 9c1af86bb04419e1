// Console sessions: server-side, with a lifetime and an idle timeout, ended (with their live streams) on logout,
// password change, disable or removal of the account, and when named accounts replace the shared password.
import type http from 'node:http';
import type { Actor } from '../../handlers/types.js';
import type { Logger } from '../logger.js';
import type { AccountStore, OfficerAccount } from '../../handlers/accounts/store.js';
import { accountUserId } from '../../handlers/accounts/identity.js';
import { appendSetCookie, cookie, isHttps, parseCookies, randomToken } from './http.js';

export const CONSOLE_COOKIE = 'pcmbn_console';
/** The login form's own CSRF token, set before any session exists. */
export const PRE_COOKIE = 'pcmbn_login';

/** Console logins act as one officer key, told apart by the login name; announcements reach every open console. */
export const CONSOLE_ACTOR = { channel: 'web', userId: 'console', chatId: 'officers' } as const;

/** How often sessions ended from elsewhere (the `npm run officer` command) are looked for. */
const SWEEP_MS = 2_000;

export interface ConsoleSession {
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

export interface ConsoleSessions {
  /** The request's live session (its idle clock restarted), or undefined. */
  current(req: http.IncomingMessage): ConsoleSession | undefined;
  /** Opens a session, sets its cookie and sends the browser to the console. */
  start(req: http.IncomingMessage, res: http.ServerResponse, name: string, account?: OfficerAccount): void;
  /**
   * After a password change: this client continues under a new session (new cookie and CSRF token) opened
   * with the account's new epoch, while every other session of the officer has ended. Returns it.
   */
  reissue(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession, account: OfficerAccount): ConsoleSession;
  /** Ends the request's session and clears its cookie. */
  end(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession): void;
  /** Ends every session that is no longer valid, with its live streams, before anything more is sent. */
  sweep(): void;
  actor(s: ConsoleSession): Actor;
  /** With named accounts enabled, the shared password is off: every officer acts under their own name. */
  sharedPasswordOpen(): boolean;
  close(): void;
}

export interface SessionOptions {
  password: string;
  accounts?: AccountStore;
  logger: Logger;
  now: () => number;
  sessionMs: number;
  idleMs: number;
}

export function cookieOptions(req: http.IncomingMessage, maxAgeSec?: number) {
  return { path: '/console', sameSite: 'Strict' as const, secure: isHttps(req), ...(maxAgeSec === undefined ? {} : { maxAgeSec }) };
}

export function createConsoleSessions(opts: SessionOptions): ConsoleSessions {
  const { now, accounts } = opts;
  const sessions = new Map<string, ConsoleSession>();
  const sharedPasswordOpen = () => Boolean(opts.password) && !((accounts?.enabledCount() ?? 0) > 0);

  function accountAlive(s: ConsoleSession): boolean {
    try {
      const acc = accounts?.byId(s.officerId!);
      return Boolean(acc && !acc.disabled && acc.sessionEpoch === s.epoch);
    } catch {
      return false;
    }
  }

  /** Still valid: within lifetime and idle time, and (for an account) enabled with the same session epoch. */
  function alive(s: ConsoleSession, t: number): boolean {
    if (t - s.createdAt > opts.sessionMs || t - s.lastSeen > opts.idleMs) return false;
    // A shared-password session ends once named accounts exist (everyone then acts under their own name).
    return s.officerId === undefined ? sharedPasswordOpen() : accountAlive(s);
  }

  function endSession(token: string, s: ConsoleSession): void {
    sessions.delete(token);
    for (const res of s.streams) res.end();
    s.streams.clear();
  }

  function sweep(): void {
    const t = now();
    for (const [token, s] of sessions) if (!alive(s, t)) endSession(token, s);
  }
  accounts?.onChange(() => sweep());
  const sweeper = setInterval(sweep, SWEEP_MS);
  sweeper.unref();

  function current(req: http.IncomingMessage): ConsoleSession | undefined {
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

  function open(req: http.IncomingMessage, res: http.ServerResponse, name: string, account?: OfficerAccount): ConsoleSession {
    const token = randomToken(32);
    const t = now();
    const s: ConsoleSession = {
      name,
      csrf: randomToken(24),
      createdAt: t,
      lastSeen: t,
      streams: new Set(),
      ...(account ? { officerId: account.id, epoch: account.sessionEpoch, login: account.login, role: account.role } : {}),
    };
    sessions.set(token, s);
    appendSetCookie(res, cookie(CONSOLE_COOKIE, token, cookieOptions(req, Math.round(opts.sessionMs / 1000))));
    return s;
  }

  function start(req: http.IncomingMessage, res: http.ServerResponse, name: string, account?: OfficerAccount): void {
    open(req, res, name, account);
    appendSetCookie(res, cookie(PRE_COOKIE, '', cookieOptions(req, 0)));
    opts.logger.info({ event: 'console_login', officerId: account?.id }, 'console login');
    res.writeHead(303, { location: '/console' });
    res.end();
  }

  function reissue(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession, account: OfficerAccount): ConsoleSession {
    const token = parseCookies(req)[CONSOLE_COOKIE];
    if (token && sessions.get(token) === s) endSession(token, s);
    return open(req, res, s.name, account);
  }

  function end(req: http.IncomingMessage, res: http.ServerResponse, s: ConsoleSession): void {
    endSession(parseCookies(req)[CONSOLE_COOKIE], s);
    appendSetCookie(res, cookie(CONSOLE_COOKIE, '', cookieOptions(req, 0)));
  }

  function actor(s: ConsoleSession): Actor {
    if (s.officerId !== undefined) return { ...CONSOLE_ACTOR, userId: accountUserId(s.officerId), name: s.name };
    return { ...CONSOLE_ACTOR, name: s.name };
  }

  return { current, start, reissue, end, sweep, actor, sharedPasswordOpen, close: () => clearInterval(sweeper) };
}
