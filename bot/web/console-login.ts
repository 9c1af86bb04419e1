// Console login and first-login pages: CSRF-protected forms, failed attempts throttled per (account, client
// address) with backoff and per address (bot/web/login-throttle.ts), so nobody can lock an officer out. Named accounts log in with their login name and password; with none, the single
// officer on the machine gives a name and the shared password (OFFICER_WEB_PASSWORD, or the one printed at start).
import type http from 'node:http';
import { readFileSync } from 'node:fs';
import type { Logger } from '../logger.js';
import { AccountError, type AccountStore } from '../../handlers/accounts/store.js';
import { appendSetCookie, cookie, escapeHtml, parseCookies, randomToken, readForm, safeEqual, sendHtml } from './http.js';
import { type ConsoleSessions, PRE_COOKIE, cookieOptions } from './console-sessions.js';
import { tooManyAttempts, type LoginThrottle } from './login-throttle.js';

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
  /** Failed logins per (account, address) with backoff and per address (shared with the password change). */
  throttle: LoginThrottle;
}

export function createConsoleLogin(opts: LoginOptions): ConsoleLogin {
  const { sessions, accounts } = opts;
  const loginTemplate = readFileSync(opts.loginPage, 'utf8');
  const setupTemplate = opts.setupPage ? readFileSync(opts.setupPage, 'utf8') : loginTemplate;
  const { throttle } = opts;
  const addressOf = (req: http.IncomingMessage) => (opts.addressOf ? opts.addressOf(req) : (req.socket.remoteAddress ?? '?'));

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
  async function checkedForm(req: http.IncomingMessage, address: string): Promise<URLSearchParams | undefined> {
    const form = await readForm(req);
    const pre = parseCookies(req)[PRE_COOKIE];
    const sent = form.get('csrf') ?? '';
    if (pre && sent && safeEqual(pre, sent)) return form;
    throttle.fail(undefined, address);
    return undefined;
  }

  /** 429 with the wait when this account may not be tried from this address yet; false when it may. */
  function waiting(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    account: string | undefined,
    address: string,
    setup = false,
  ): boolean {
    const ms = throttle.waitMs(account, address);
    if (ms <= 0) return false;
    res.setHeader('retry-after', String(Math.ceil(ms / 1000)));
    page(req, res, 429, tooManyAttempts(ms), setup);
    return true;
  }

  function refused(req: http.IncomingMessage, res: http.ServerResponse, account: string, address: string, message: string): void {
    throttle.fail(account, address);
    opts.logger.warn({ event: 'console_login_failed' }, 'console login refused');
    page(req, res, 401, message);
  }

  async function login(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const address = addressOf(req);
    if (waiting(req, res, undefined, address)) return;
    const form = await checkedForm(req, address);
    if (!form) return page(req, res, 403, EXPIRED);
    const name = (form.get('name') ?? '').trim().slice(0, 60);
    const password = form.get('password') ?? '';
    if (!name) return page(req, res, 400, 'Vui lòng nhập tên đăng nhập hoặc họ tên cán bộ.');
    const account = name.toLowerCase();
    if (waiting(req, res, account, address)) return;
    const named = accounts?.byLogin(name);
    if (named) {
      const ok = await accounts!.authenticate(name, password);
      if (ok) {
        throttle.succeed(account, address);
        return sessions.start(req, res, ok.name, ok);
      }
      const noPassword = 'Tài khoản chưa có mật khẩu: hãy đặt mật khẩu bằng mã dùng một lần (liên kết bên dưới).';
      return refused(req, res, account, address, named.hasPassword || named.disabled ? WRONG : noPassword);
    }
    const shared = sessions.sharedPasswordOpen();
    if (!shared || !safeEqual(password, opts.password)) return refused(req, res, account, address, shared ? 'Mật khẩu không đúng.' : WRONG);
    throttle.succeed(account, address);
    sessions.start(req, res, name);
  }

  async function setup(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const setupPage = (status: number, error: string) => page(req, res, status, error, true);
    const address = addressOf(req);
    if (waiting(req, res, undefined, address, true)) return;
    const form = await checkedForm(req, address);
    if (!form) return setupPage(403, EXPIRED);
    const login = (form.get('login') ?? '').trim().slice(0, 40);
    const account = login.toLowerCase();
    if (waiting(req, res, account, address, true)) return;
    const password = form.get('password') ?? '';
    if (password !== (form.get('password2') ?? '')) return setupPage(400, 'Hai lần nhập mật khẩu không giống nhau.');
    try {
      const acc = accounts ? await accounts.redeem(login, (form.get('code') ?? '').trim(), password) : undefined;
      if (acc) {
        throttle.succeed(account, address);
        return sessions.start(req, res, acc.name, acc);
      }
      throttle.fail(account, address);
      setupPage(401, 'Tên đăng nhập hoặc mã dùng một lần không đúng (hoặc mã đã hết hạn).');
    } catch (err) {
      if (err instanceof AccountError) return setupPage(400, err.message);
      throw err;
    }
  }

  return { page, login, setup };
}
