// Console login and first-login pages: CSRF-protected forms, failed attempts rate limited per client address
// and per account named. Named accounts log in with their login name and password; with none, the single
// officer on the machine gives a name and the shared password (OFFICER_WEB_PASSWORD, or the one printed at start).
import type http from 'node:http';
import { readFileSync } from 'node:fs';
import type { Logger } from '../logger.js';
import { AccountError, type AccountStore } from '../../handlers/accounts/store.js';
import { appendSetCookie, cookie, escapeHtml, parseCookies, randomToken, readForm, safeEqual, sendHtml } from './http.js';
import { type ConsoleSessions, PRE_COOKIE, cookieOptions } from './console-sessions.js';

const LOGIN_WINDOW_MS = 60_000;
const LOGIN_MAX_ATTEMPTS = 5;
const TOO_MANY = 'Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi một phút rồi thử lại.';
const EXPIRED = 'Phiên đăng nhập đã hết hạn. Vui lòng thử lại.';
const WRONG = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** What the login form asks for, by how the console is opened. */
const LOGIN_FIELDS = {
  accounts: {
    intro: 'Đăng nhập bằng tài khoản cán bộ của bạn.',
    name: 'Tên đăng nhập',
    password: 'Mật khẩu',
    setupLink: '<p><a href="/console/setup">Lần đầu đăng nhập hoặc được cấp lại mã? Đặt mật khẩu bằng mã dùng một lần</a></p>',
  },
  shared: {
    intro: 'Máy này chưa có tài khoản cán bộ riêng: nhập họ tên của bạn (ghi vào nhật ký thao tác) và mật khẩu chung của bảng điều khiển.',
    name: 'Họ tên cán bộ',
    password: 'Mật khẩu chung của bảng điều khiển',
    setupLink: '',
  },
} as const;

export interface ConsoleLogin {
  /** The login (or first-login) page with a fresh form token and an optional error. */
  page(req: http.IncomingMessage, res: http.ServerResponse, status: number, error?: string, setup?: boolean): void;
  login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  /** First login: the one-time code from `npm run officer -- add/reset` and the officer's own password. */
  setup(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
}

export interface LoginOptions {
  sessions: ConsoleSessions;
  password: string;
  accounts?: AccountStore;
  loginPage: string;
  setupPage?: string;
  logger: Logger;
  now: () => number;
  addressOf?: (req: http.IncomingMessage) => string;
}

/** Failed attempts (wrong password or token) count against the client address and the account named. */
function createThrottle(now: () => number) {
  const attempts = new Map<string, number[]>();
  function recent(key: string): number[] {
    const t = now();
    const list = (attempts.get(key) ?? []).filter((x) => t - x < LOGIN_WINDOW_MS);
    if (list.length) attempts.set(key, list);
    else attempts.delete(key);
    return list;
  }
  return {
    blocked: (keys: string[]) => keys.some((k) => recent(k).length >= LOGIN_MAX_ATTEMPTS),
    fail(keys: string[]): void {
      for (const key of keys) attempts.set(key, [...recent(key), now()]);
      while (attempts.size > 10_000) attempts.delete(attempts.keys().next().value as string);
    },
  };
}

export function createConsoleLogin(opts: LoginOptions): ConsoleLogin {
  const { sessions, accounts } = opts;
  const loginTemplate = readFileSync(opts.loginPage, 'utf8');
  const setupTemplate = opts.setupPage ? readFileSync(opts.setupPage, 'utf8') : loginTemplate;
  const throttle = createThrottle(opts.now);
  const ipKey = (req: http.IncomingMessage) => `ip:${opts.addressOf ? opts.addressOf(req) : (req.socket.remoteAddress ?? '?')}`;

  function page(req: http.IncomingMessage, res: http.ServerResponse, status: number, error = '', setup = false): void {
    let pre = parseCookies(req)[PRE_COOKIE];
    if (!pre || !/^[A-Za-z0-9_-]{32}$/.test(pre)) {
      pre = randomToken(24);
      appendSetCookie(res, cookie(PRE_COOKIE, pre, cookieOptions(req)));
    }
    const fields = sessions.sharedPasswordOpen() ? LOGIN_FIELDS.shared : LOGIN_FIELDS.accounts;
    const html = (setup ? setupTemplate : loginTemplate)
      .replace('{{csrf}}', pre)
      .replace('{{intro}}', escapeHtml(fields.intro))
      .replace('{{nameLabel}}', escapeHtml(fields.name))
      .replace('{{passwordLabel}}', escapeHtml(fields.password))
      .replace('{{setupLink}}', fields.setupLink)
      .replace('{{error}}', error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '');
    sendHtml(res, status, html);
  }

  /** The posted form when its token matches the login cookie; otherwise the failure is counted and undefined returned. */
  async function checkedForm(req: http.IncomingMessage, ip: string): Promise<URLSearchParams | undefined> {
    const form = await readForm(req);
    const pre = parseCookies(req)[PRE_COOKIE];
    const sent = form.get('csrf') ?? '';
    if (pre && sent && safeEqual(pre, sent)) return form;
    throttle.fail([ip]);
    return undefined;
  }

  function refused(req: http.IncomingMessage, res: http.ServerResponse, keys: string[], message: string): void {
    throttle.fail(keys);
    opts.logger.warn({ event: 'console_login_failed' }, 'console login refused');
    page(req, res, 401, message);
  }

  async function login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const ip = ipKey(req);
    if (throttle.blocked([ip])) return page(req, res, 429, TOO_MANY);
    const form = await checkedForm(req, ip);
    if (!form) return page(req, res, 403, EXPIRED);
    const name = (form.get('name') ?? '').trim().slice(0, 60);
    const password = form.get('password') ?? '';
    if (!name) return page(req, res, 400, 'Vui lòng nhập tên đăng nhập hoặc họ tên cán bộ.');
    const account = `account:${name.toLowerCase()}`;
    if (throttle.blocked([account])) return page(req, res, 429, TOO_MANY);
    const named = accounts?.byLogin(name);
    if (named) {
      const ok = await accounts!.authenticate(name, password);
      if (ok) return sessions.start(req, res, ok.name, ok);
      const noPassword = 'Tài khoản chưa có mật khẩu: hãy đặt mật khẩu bằng mã dùng một lần (liên kết bên dưới).';
      return refused(req, res, [ip, account], named.hasPassword || named.disabled ? WRONG : noPassword);
    }
    const shared = sessions.sharedPasswordOpen();
    if (!shared || !safeEqual(password, opts.password)) return refused(req, res, [ip, account], shared ? 'Mật khẩu không đúng.' : WRONG);
    sessions.start(req, res, name);
  }

  async function setup(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const setupPage = (status: number, error: string) => page(req, res, status, error, true);
    const ip = ipKey(req);
    if (throttle.blocked([ip])) return setupPage(429, TOO_MANY);
    const form = await checkedForm(req, ip);
    if (!form) return setupPage(403, EXPIRED);
    const login = (form.get('login') ?? '').trim().slice(0, 40);
    const account = `account:${login.toLowerCase()}`;
    if (throttle.blocked([account])) return setupPage(429, TOO_MANY);
    const password = form.get('password') ?? '';
    if (password !== (form.get('password2') ?? '')) return setupPage(400, 'Hai lần nhập mật khẩu không giống nhau.');
    try {
      const acc = accounts ? await accounts.redeem(login, (form.get('code') ?? '').trim(), password) : undefined;
      if (acc) return sessions.start(req, res, acc.name, acc);
      throttle.fail([ip, account]);
      setupPage(401, 'Tên đăng nhập hoặc mã dùng một lần không đúng (hoặc mã đã hết hạn).');
    } catch (err) {
      if (err instanceof AccountError) return setupPage(400, err.message);
      throw err;
    }
  }

  return { page, login, setup };
}
