// The console's JSON API for a logged-in officer: queue, case detail, case actions, export, the officer
// commands without a dedicated control, and password change. Every action goes through OfficerApi, which
// checks the actor.
import type http from 'node:http';
import { z } from 'zod';
import type { Actor, CaseSummary, CommandInfo, OfficerApi, OutgoingMessage } from '../../handlers/types.js';
import { AccountError, type AccountStore } from '../../handlers/accounts/store.js';
import { HttpError, readJson, sendJson } from './http.js';
import type { ConsoleSession, ConsoleSessions } from './console-sessions.js';
import { tooManyAttempts, type LoginThrottle } from './login-throttle.js';

const textBody = z.object({ text: z.string().trim().min(1).max(4000) });
const commandBody = z.object({ number: z.number().int().positive().optional(), text: z.string().trim().max(4000).optional() });
const passwordBody = z.object({ current: z.string().max(200), password: z.string().max(200) });

type Request = http.IncomingMessage;
type Response = http.ServerResponse;

export interface ApiOptions {
  officers: OfficerApi;
  sessions: ConsoleSessions;
  deliver: (msgs: OutgoingMessage[]) => Promise<void>;
  commands?: readonly CommandInfo[];
  runCommand?: (actor: Actor, text: string) => Promise<OutgoingMessage[]>;
  accounts?: AccountStore;
  /** Wrong current passwords count like failed logins (a stolen session cannot guess the password). */
  throttle: LoginThrottle;
  addressOf?: (req: Request) => string;
  /** Tells every open console that something changed (they reload what they show). */
  changed(caseId?: number): void;
}

/** Open cases first, urgent ones on top, oldest first within each group. */
export function sortQueue(list: CaseSummary[]): CaseSummary[] {
  const rank = (c: CaseSummary) => (c.status === 'closed' ? 2 : c.urgent ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || a.createdAt - b.createdAt);
}

/** The officer commands offered in the console, as the client needs them (no handlers). */
export function officerCommands(commands: readonly CommandInfo[] = []): CommandInfo[] {
  return commands
    .filter((c) => c.audience === 'officer')
    .map(({ name, audience, args, help, caseNumber }) => ({
      name,
      audience,
      ...(args ? { args } : {}),
      help,
      ...(caseNumber ? { caseNumber } : {}),
    }));
}

async function caseAction(officers: OfficerApi, who: Actor, caseId: number, name: string, req: Request): Promise<OutgoingMessage[]> {
  if (name === 'claim') return officers.claim(who, caseId);
  if (name === 'release') return officers.release(who, caseId);
  if (name !== 'reply' && name !== 'note' && name !== 'close') throw new HttpError(404, 'Không tìm thấy thao tác này.');
  const parsed = textBody.safeParse(await readJson(req));
  if (!parsed.success) throw new HttpError(400, 'Vui lòng nhập nội dung (tối đa 4000 ký tự).');
  return officers[name](who, caseId, parsed.data.text);
}

/** Holder-only JSON download of one case (handlers/commands/export.ts checks and audits). */
async function exportDownload(officers: OfficerApi, res: Response, who: Actor, caseId: number): Promise<void> {
  const exporter = (officers as OfficerApi & { exportCase?: (a: Actor, id: number) => Promise<{ case: { number: number } }> }).exportCase;
  if (!exporter) throw new HttpError(404, 'Chức năng xuất hồ sơ chưa được bật.');
  const doc = await exporter(who, caseId);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-disposition': `attachment; filename="ho-so-vu-viec-${doc.case.number}.json"`,
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(doc, null, 2));
}

export function createConsoleApi(opts: ApiOptions): (req: Request, res: Response, url: URL, s: ConsoleSession) => Promise<void> {
  const { officers, sessions } = opts;
  const commands = officerCommands(opts.commands);

  /** Runs an officer command from the console: replies to this officer come back in the response, the rest is delivered. */
  async function command(s: ConsoleSession, name: string, req: Request): Promise<{ replies: string[] }> {
    const spec = commands.find((c) => c.name === name);
    if (!spec || !opts.runCommand) throw new HttpError(404, 'Không tìm thấy lệnh này.');
    const parsed = commandBody.safeParse(await readJson(req));
    if (!parsed.success) throw new HttpError(400, 'Lệnh không hợp lệ.');
    const { number, text } = parsed.data;
    const who = sessions.actor(s);
    const typed = [`/${name}`, spec.caseNumber ? number : undefined, text].filter((x) => x !== undefined && x !== '').join(' ');
    const out = await opts.runCommand(who, typed);
    const mine = (m: OutgoingMessage) => m.to.channel === who.channel && m.to.chatId === who.chatId;
    await opts.deliver(out.filter((m) => !mine(m)));
    return { replies: out.filter(mine).map((m) => m.text) };
  }

  /**
   * Password change from the console, after the current password is given again: every other session of
   * the officer ends with its live streams; this one continues under a new session id.
   */
  async function changePassword(req: Request, res: Response, s: ConsoleSession): Promise<void> {
    const { accounts, throttle } = opts;
    if (s.officerId === undefined || !s.login || !accounts)
      throw new HttpError(400, 'Mật khẩu chung được đặt trong cấu hình (OFFICER_WEB_PASSWORD).');
    const address = opts.addressOf ? opts.addressOf(req) : (req.socket.remoteAddress ?? '?');
    const wait = throttle.waitMs(s.login, address);
    if (wait > 0) throw new HttpError(429, tooManyAttempts(wait));
    const body = passwordBody.safeParse(await readJson(req));
    if (!body.success) throw new HttpError(400, 'Dữ liệu gửi lên không hợp lệ.');
    if (!(await accounts.authenticate(s.login, body.data.current))) {
      throttle.fail(s.login, address);
      throw new HttpError(403, 'Mật khẩu hiện tại không đúng.');
    }
    if (body.data.password === body.data.current) throw new HttpError(400, 'Mật khẩu mới phải khác mật khẩu hiện tại.');
    let account: Awaited<ReturnType<AccountStore['changePassword']>>;
    try {
      account = await accounts.changePassword(s.officerId, body.data.password);
    } catch (err) {
      if (err instanceof AccountError) throw new HttpError(400, err.message);
      throw err;
    }
    sessions.sweep();
    const next = sessions.reissue(req, res, s, account);
    sendJson(res, 200, { ok: true, csrf: next.csrf });
  }

  async function caseRoute(req: Request, res: Response, s: ConsoleSession, caseId: number, name: string | undefined): Promise<void> {
    const who = sessions.actor(s);
    if (req.method === 'GET' && !name) return sendJson(res, 200, { case: await officers.read(who, caseId) });
    if (req.method === 'GET' && name === 'export') return exportDownload(officers, res, who, caseId);
    if (req.method !== 'POST' || !name) throw new HttpError(404, 'Không tìm thấy trang.');
    await opts.deliver(await caseAction(officers, who, caseId, name, req));
    sessions.sweep();
    opts.changed(caseId);
    sendJson(res, 200, { ok: true });
  }

  return async function api(req, res, url, s) {
    const path = url.pathname;
    const get = req.method === 'GET';
    if (get && path === '/console/api/commands') return sendJson(res, 200, { commands });
    const cmd = /^\/console\/api\/commands\/([a-z_]{1,32})$/.exec(path);
    if (cmd && req.method === 'POST') {
      const r = await command(s, cmd[1], req);
      sessions.sweep();
      opts.changed();
      return sendJson(res, 200, r);
    }
    if (get && path === '/console/api/session') {
      return sendJson(res, 200, { name: s.name, csrf: s.csrf, ...(s.login ? { login: s.login, role: s.role } : {}) });
    }
    if (req.method === 'POST' && path === '/console/api/password') return changePassword(req, res, s);
    if (get && path === '/console/api/queue') {
      const list = await officers.queue(sessions.actor(s), { includeClosed: url.searchParams.get('closed') === '1' });
      return sendJson(res, 200, { cases: sortQueue(list) });
    }
    const m = /^\/console\/api\/cases\/(\d{1,9})(?:\/([a-z]+))?$/.exec(path);
    if (m) return caseRoute(req, res, s, Number(m[1]), m[2]);
    throw new HttpError(404, 'Không tìm thấy trang.');
  };
}
