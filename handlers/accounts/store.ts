// Named officer accounts, kept in the case database: login, encrypted name, role, scrypt password hash
// or a pending one-time setup code, and the same person's ids on the chat platforms (as keyed hashes).
// `sessionEpoch` moves on every logout, password change, disable and reset: sessions carry the epoch
// they were opened under, so all of an officer's sessions end at once, also from another process.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Cipher } from '../cases/crypto.js';
import type { Address, Channel } from '../types.js';
import { hashPassword, passwordProblem, verifyPassword } from './password.js';

export type OfficerRole = 'officer' | 'supervisor';

export interface OfficerAccount {
  id: number;
  login: string;
  name: string;
  province?: string;
  role: OfficerRole;
  disabled: boolean;
  /** False until the officer sets a password from a one-time code. */
  hasPassword: boolean;
  sessionEpoch: number;
  /** Channels with a linked platform id (the ids themselves are only kept as keyed hashes). */
  linked: Channel[];
}

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

export interface AccountStore {
  /** Creates an account; returns it and its one-time setup code (shown once, valid SETUP_CODE_HOURS). */
  add(input: { login: string; name: string; province?: string; role?: OfficerRole }): { account: OfficerAccount; code: string };
  list(): OfficerAccount[];
  byLogin(login: string): OfficerAccount | undefined;
  byId(id: number): OfficerAccount | undefined;
  /** The account a platform user id is linked to. */
  byPlatform(channel: Channel, userId: string): OfficerAccount | undefined;
  link(login: string, channel: Channel, userId: string): OfficerAccount;
  setDisabled(login: string, disabled: boolean): OfficerAccount;
  remove(login: string): OfficerAccount;
  /** Clears the password and returns a new one-time code; every session of the officer ends. */
  reset(login: string): string;
  /** The account when `password` is right (and it is enabled); costs the same whether or not the login exists. */
  authenticate(login: string, password: string): Promise<OfficerAccount | undefined>;
  /** Sets the first password from a one-time code; undefined when the code is wrong or expired. */
  redeem(login: string, code: string, password: string): Promise<OfficerAccount | undefined>;
  /** Sets a new password (policy checked); every session of the officer ends. Returns the account as it now is. */
  changePassword(id: number, password: string): Promise<OfficerAccount>;
  /** Ends every session of the officer (logout everywhere). */
  endSessions(id: number): void;
  enabledCount(): number;
  /** Private chats of enabled accounts' linked platform ids: where announcements go. */
  linkedChats(): Address[];
  /** Called after any change that may end sessions (same process); other processes are seen on the next check. */
  onChange(listener: (id: number) => void): void;
}

export const SETUP_CODE_HOURS = 72;
const LOGIN_RE = /^[a-z0-9][a-z0-9._-]{1,39}$/;

type Row = Record<string, unknown>;
const codeHash = (code: string) => createHash('sha256').update(code).digest('base64url');

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Database.Database) {
  return {
    insert: db.prepare(`INSERT INTO officers (login, name, province, role, setup_code_hash, setup_expires_at, created_at, updated_at)
      VALUES (@login, @name, @province, @role, @code, @expires, @at, @at)`),
    byLogin: db.prepare('SELECT * FROM officers WHERE login = ?'),
    byId: db.prepare('SELECT * FROM officers WHERE id = ?'),
    all: db.prepare('SELECT * FROM officers ORDER BY login'),
    links: db.prepare('SELECT channel FROM officer_links WHERE officer_id = ? ORDER BY channel'),
    byLink: db.prepare('SELECT o.* FROM officer_links l JOIN officers o ON o.id = l.officer_id WHERE l.channel = ? AND l.user_hash = ?'),
    link: db.prepare(`INSERT INTO officer_links (channel, user_hash, officer_id, chat_id) VALUES (?, ?, ?, ?)
      ON CONFLICT(channel, user_hash) DO UPDATE SET officer_id = excluded.officer_id, chat_id = excluded.chat_id`),
    targets: db.prepare(`SELECT l.channel, l.chat_id FROM officer_links l JOIN officers o ON o.id = l.officer_id
      WHERE o.disabled = 0 AND l.chat_id IS NOT NULL ORDER BY o.id, l.channel`),
    disable: db.prepare('UPDATE officers SET disabled = ?, session_epoch = session_epoch + 1, updated_at = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM officers WHERE id = ?'),
    removeLinks: db.prepare('DELETE FROM officer_links WHERE officer_id = ?'),
    reset: db.prepare(`UPDATE officers SET password_hash = NULL, setup_code_hash = ?, setup_expires_at = ?,
      session_epoch = session_epoch + 1, updated_at = ? WHERE id = ?`),
    setPassword: db.prepare(`UPDATE officers SET password_hash = ?, setup_code_hash = NULL, setup_expires_at = NULL,
      session_epoch = session_epoch + 1, updated_at = ? WHERE id = ?`),
    bump: db.prepare('UPDATE officers SET session_epoch = session_epoch + 1, updated_at = ? WHERE id = ?'),
    enabled: db.prepare('SELECT COUNT(*) AS n FROM officers WHERE disabled = 0'),
  };
}

/** What every operation shares: the statements, row decoding and the change listeners. */
interface StoreContext {
  db: Database.Database;
  q: Statements;
  cipher: Cipher;
  pseudonym: (channel: Channel, userId: string) => string;
  now: () => number;
  toAccount(r: Row): OfficerAccount;
  rowOf(login: string): Row | undefined;
  /** The row of an existing login; a Vietnamese AccountError otherwise. */
  must(login: string): Row;
  changed(id: number): void;
}

function createContext(
  db: Database.Database,
  cipher: Cipher,
  pseudonym: StoreContext['pseudonym'],
  now: () => number,
  listeners: ((id: number) => void)[],
): StoreContext {
  const q = prepareStatements(db);
  const toAccount = (r: Row): OfficerAccount => ({
    id: r.id as number,
    login: r.login as string,
    name: cipher.decrypt(r.name as string),
    ...(r.province ? { province: r.province as string } : {}),
    role: r.role as OfficerRole,
    disabled: r.disabled === 1,
    hasPassword: r.password_hash !== null,
    sessionEpoch: r.session_epoch as number,
    linked: (q.links.all(r.id) as { channel: Channel }[]).map((l) => l.channel),
  });
  const rowOf = (login: string) => q.byLogin.get(login.trim().toLowerCase()) as Row | undefined;
  function must(login: string): Row {
    const r = rowOf(login);
    if (!r) throw new AccountError(`Không có tài khoản cán bộ "${login}".`);
    return r;
  }
  const changed = (id: number) => {
    for (const l of listeners) l(id);
  };
  return { db, q, cipher, pseudonym, now, toAccount, rowOf, must, changed };
}

function newSetupCode(now: () => number) {
  const code = randomBytes(12).toString('base64url');
  return { code, hash: codeHash(code), expires: now() + SETUP_CODE_HOURS * 3600_000 };
}

/**
 * The account each platform id is linked to (or none), remembered: every incoming message asks whether its sender
 * is an officer. A change made through this store forgets them at once; one made by another process (`npm run
 * officer` while the bot runs) moves SQLite's data_version, which every lookup checks first.
 */
function rememberedLinks(c: StoreContext, listeners: ((id: number) => void)[]) {
  const dataVersion = c.db.prepare('PRAGMA data_version').pluck();
  const known = new Map<string, OfficerAccount | undefined>();
  let version = dataVersion.get();
  listeners.push(() => known.clear());
  return (channel: Channel, userId: string): OfficerAccount | undefined => {
    const now = dataVersion.get();
    if (now !== version) {
      known.clear();
      version = now;
    }
    const key = c.pseudonym(channel, userId);
    if (known.has(key)) return known.get(key);
    const r = c.q.byLink.get(channel, key) as Row | undefined;
    // Shared by every caller from now on: frozen, so none can change what another reads.
    const account = r && c.toAccount(r);
    if (account) {
      Object.freeze(account.linked);
      Object.freeze(account);
    }
    if (known.size >= 10_000) known.clear();
    known.set(key, account);
    return account;
  };
}

/** Reading accounts, by login, id or linked platform id. */
function lookups(
  c: StoreContext,
  listeners: ((id: number) => void)[],
): Pick<AccountStore, 'list' | 'byLogin' | 'byId' | 'byPlatform' | 'enabledCount' | 'linkedChats'> {
  const { q, toAccount } = c;
  const byPlatform = rememberedLinks(c, listeners);
  return {
    list: () => (q.all.all() as Row[]).map(toAccount),
    byLogin: (login) => {
      const r = c.rowOf(login);
      return r ? toAccount(r) : undefined;
    },
    byId: (id) => {
      const r = q.byId.get(id) as Row | undefined;
      return r ? toAccount(r) : undefined;
    },
    byPlatform,
    enabledCount: () => (q.enabled.get() as { n: number }).n,
    linkedChats: () =>
      (q.targets.all() as { channel: Channel; chat_id: string }[]).map((r) => ({
        channel: r.channel,
        chatId: c.cipher.decrypt(r.chat_id),
      })),
  };
}

/** What `npm run officer` does: create, link, disable, remove, reset. */
function administration(c: StoreContext): Pick<AccountStore, 'add' | 'link' | 'setDisabled' | 'remove' | 'reset' | 'endSessions'> {
  const { q, cipher, now, toAccount, must, changed } = c;
  return {
    add(input) {
      const login = input.login.trim().toLowerCase();
      if (!LOGIN_RE.test(login))
        throw new AccountError('Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới (2–40 ký tự).');
      const name = input.name.trim();
      if (!name) throw new AccountError('Cần họ tên cán bộ.');
      if (c.rowOf(login)) throw new AccountError(`Tài khoản "${login}" đã có.`);
      const code = newSetupCode(now);
      q.insert.run({
        login,
        name: cipher.encrypt(name),
        province: input.province ?? null,
        role: input.role ?? 'officer',
        code: code.hash,
        expires: code.expires,
        at: now(),
      });
      return { account: toAccount(must(login)), code: code.code };
    },
    link(login, channel, userId) {
      const r = must(login);
      if (!userId.trim()) throw new AccountError('Cần mã người dùng trên kênh đó.');
      // In a private chat the user id is the chat id: announcements go there (stored encrypted).
      q.link.run(channel, c.pseudonym(channel, userId.trim()), r.id, cipher.encrypt(userId.trim()));
      changed(r.id as number);
      return toAccount(must(login));
    },
    setDisabled(login, disabled) {
      const r = must(login);
      q.disable.run(disabled ? 1 : 0, now(), r.id);
      changed(r.id as number);
      return toAccount(must(login));
    },
    remove(login) {
      const r = must(login);
      const account = toAccount(r);
      c.db.transaction(() => {
        q.removeLinks.run(r.id);
        q.remove.run(r.id);
      })();
      changed(account.id);
      return account;
    },
    reset(login) {
      const r = must(login);
      const code = newSetupCode(now);
      q.reset.run(code.hash, code.expires, now(), r.id);
      changed(r.id as number);
      return code.code;
    },
    endSessions(id) {
      q.bump.run(now(), id);
      changed(id);
    },
  };
}

/** Passwords: checking one, setting the first from a one-time code, changing it. */
function credentials(c: StoreContext): Pick<AccountStore, 'authenticate' | 'redeem' | 'changePassword'> {
  const { q, now, toAccount } = c;
  async function setPassword(id: number, password: string): Promise<OfficerAccount> {
    const problem = passwordProblem(password);
    if (problem) throw new AccountError(problem);
    q.setPassword.run(await hashPassword(password), now(), id);
    c.changed(id);
    const r = q.byId.get(id) as Row | undefined;
    if (!r) throw new AccountError('Tài khoản cán bộ không còn.');
    return toAccount(r);
  }
  return {
    async authenticate(login, password) {
      const r = c.rowOf(login);
      const ok = await verifyPassword(password, (r?.password_hash as string | null) ?? undefined);
      if (!ok || !r || r.disabled === 1) return undefined;
      return toAccount(r);
    },
    async redeem(login, code, password) {
      const r = c.rowOf(login);
      const stored = r?.setup_code_hash as string | null | undefined;
      const sent = Buffer.from(codeHash(code));
      const match = Boolean(stored) && timingSafeEqual(sent, Buffer.from(stored!.padEnd(sent.length).slice(0, sent.length)));
      if (!r || !match || r.disabled === 1 || (r.setup_expires_at as number) < now()) return undefined;
      return setPassword(r.id as number, password);
    },
    changePassword: setPassword,
  };
}

export function createAccountStore(
  db: Database.Database,
  cipher: Cipher,
  /** Keyed hash of a platform id (the same one the audit trail uses). */
  pseudonym: (channel: Channel, userId: string) => string,
  now: () => number = Date.now,
): AccountStore {
  const listeners: ((id: number) => void)[] = [];
  const c = createContext(db, cipher, pseudonym, now, listeners);
  return {
    ...lookups(c, listeners),
    ...administration(c),
    ...credentials(c),
    onChange(listener) {
      listeners.push(listener);
    },
  };
}
