import { createHash, createHmac, randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { CaseMessage, CaseStatus, Channel, TriageLabel } from '../types.js';
import { createCipher, DecryptError, isEncrypted, loadOrCreateKey, pseudonymizer, rawActor, type Cipher } from './crypto.js';
import { groupSync, writeTracker, type WriteTracker } from './durable.js';
import { synchronousLevel, useWriteAheadLog } from './checkpoints.js';
import { ensurePrivateFile } from './private-files.js';
import { createAccountStore, type AccountStore } from '../accounts/store.js';
import { latestVersion, MIGRATIONS, PURGED, SchemaTooNewError, type Migration } from './migrations.js';

// Report texts, notes, resolutions, citizen names and chat ids are encrypted at rest (see crypto.ts);
// rows are decrypted on read, so callers only ever see plaintext.

/** A case as stored. `citizenRef` is pseudonymous; `chatId` is kept only to write back to the citizen. */
export interface CaseRow {
  id: number;
  number: number;
  channel: Channel;
  citizenRef: string;
  chatId: string;
  label: TriageLabel;
  urgent: boolean;
  status: CaseStatus;
  province?: string;
  claimedBy?: string;
  claimedByName?: string;
  claimedByChannel?: Channel;
  claimedByChat?: string;
  citizenName?: string;
  createdAt: number;
  updatedAt: number;
  claimedAt?: number;
  firstClaimedAt?: number;
  closedAt?: number;
  resolution?: string;
  waitNoticeAt?: number;
  /** Set when the retention purge removed the personal data (texts, names, chat id). */
  purgedAt?: number;
}

export interface CaseStoreOptions {
  /**
   * 32-byte AES key. Without it, ':memory:' gets a random per-process key and a file uses (or creates,
   * mode 0600) `encryption.key` next to it, the same file the app uses when DATA_ENCRYPTION_KEY is unset.
   */
  key?: Buffer;
  /** The schema steps to apply (default MIGRATIONS); tests pass their own to interrupt one. */
  migrations?: Migration[];
}

export interface OfficerRef {
  /** `channel:userId`, the key claims are checked against. */
  key: string;
  name?: string;
  channel: Channel;
  chatId: string;
}

export interface AuditEntry {
  id: number;
  at: number;
  actor: string;
  action: string;
  caseId?: number;
  outcome: 'ok' | 'denied' | 'conflict' | 'invalid' | 'not_found';
  detail?: string;
}

export interface CitizenPrefs {
  province?: string;
  consent: boolean;
  displayName?: string;
}

export interface CaseStats {
  total: number;
  byLabel: Record<string, number>;
  byStatus: Record<string, number>;
  byChannel: Record<string, number>;
  byMonth: Record<string, number>;
  medianClaimMs?: number;
  medianCloseMs?: number;
}

export interface CaseStore {
  /** Pseudonymous, stable reference for a citizen: sha256(salt:channel:userId). */
  citizenRef(channel: Channel, userId: string): string;
  /** Keyed hash standing for a platform identity in claims and the audit trail (`telegram#…`). */
  actorRef(channel: Channel, userId: string): string;
  /** Named officer accounts (same database and key). */
  accounts: AccountStore;
  /** A secret for `label` derived from the database's salt: stable across restarts and key rotations. */
  secret(label: string): Buffer;
  /** Marks a platform message as processed; false when it was seen before. */
  markProcessed(channel: Channel, messageId: string, at: number): boolean;
  createCase(input: {
    channel: Channel;
    citizenRef: string;
    chatId: string;
    label: TriageLabel;
    urgent: boolean;
    province?: string;
    citizenName?: string;
    text: string;
    at: number;
  }): CaseRow;
  getCase(id: number): CaseRow | undefined;
  getCaseByNumber(number: number): CaseRow | undefined;
  /** The citizen's open or claimed case. */
  activeCase(channel: Channel, citizenRef: string): CaseRow | undefined;
  /** The citizen's newest case in any state (the number to note down before clearing a device). */
  latestCase(channel: Channel, citizenRef: string): CaseRow | undefined;
  listCases(opts?: { includeClosed?: boolean }): CaseRow[];
  casesClaimedBy(officerKey: string): CaseRow[];
  addMessage(caseId: number, m: CaseMessage): void;
  messages(caseId: number): CaseMessage[];
  /** Atomic: succeeds only when the case is still open. */
  claim(caseId: number, officer: OfficerRef, at: number): boolean;
  /** Moves a claimed case to another officer (a supervisor's decision, checked by the caller). */
  reassign(caseId: number, officer: OfficerRef, at: number): boolean;
  /** Only the holder can hand a case back. */
  release(caseId: number, officerKey: string, at: number): boolean;
  /** Closes an open case, or a claimed one held by `officerKey`. */
  closeCase(caseId: number, officerKey: string, officerName: string | undefined, resolution: string, at: number): boolean;
  setCitizenName(caseId: number, name: string | undefined): void;
  /** Raises a case to urgent/emergency (a later message showed danger now). */
  markUrgent(caseId: number, at: number): void;
  markWaitNotice(caseId: number, at: number): void;
  recordAnnouncement(caseId: number, kind: 'new' | 'reannounce' | 'release', at: number): void;
  /** Open cases whose last announcement is at or before `before`. */
  dueForReannounce(before: number): CaseRow[];
  recordDelivery(caseId: number, channel: Channel, chatId: string, platformMessageId: string, at: number): void;
  /** Platform ids of bot messages of every case of this citizen chat. */
  deliveredIdsForChat(channel: Channel, chatId: string): string[];
  forgetDeliveredForChat(channel: Channel, chatId: string): void;
  getPrefs(citizenRef: string): CitizenPrefs;
  setProvince(citizenRef: string, province: string, at: number): void;
  setConsent(citizenRef: string, displayName: string | undefined, at: number): void;
  audit(e: Omit<AuditEntry, 'id'>): void;
  auditEntries(caseId?: number): AuditEntry[];
  stats(): CaseStats;
  /** Cases waiting (open) and held (claimed), and when the oldest waiting one was opened: cheap enough for every metrics scrape. */
  queueSummary(): { open: number; claimed: number; oldestOpenAt?: number };
  /**
   * Retention: closed cases with closed_at <= cutoff lose their texts, names, citizen reference and chat id;
   * label, channel, status, province and timestamps stay for the statistics. Audited; returns the case ids.
   */
  purgeClosedBefore(cutoff: number, at: number): number[];
  schemaVersion(): number;
  /** Runs `fn` as one transaction: its writes are committed together (one commit instead of one each). */
  transaction<T>(fn: () => T): T;
  /**
   * Resolves once every write made so far is on disk (group commit, see durable.ts): wait for it before
   * telling anyone that something was stored.
   */
  durable(): Promise<void>;
  /** SQLite's `synchronous` level of the connection: commits wait for durable() (see checkpoints.ts). */
  synchronous(): number;
  /**
   * Runs `work` and tells whether it stored anything, so that a reply whose handling stored nothing does not
   * wait for the sync of other chats' commits. The redelivery mark of `markProcessed` does not count: losing
   * it to a power cut only means a redelivered message is answered twice.
   */
  trackWrites: WriteTracker['track'];
  close(): void;
}

type Row = Record<string, unknown>;

function reveal(cipher: Cipher, v: unknown): string | undefined {
  if (v === null || v === undefined) return undefined;
  return v === PURGED ? PURGED : cipher.decrypt(v as string);
}

function toCase(r: Row, cipher: Cipher): CaseRow {
  const opt = <T>(v: unknown) => (v === null || v === undefined ? undefined : (v as T));
  return {
    id: r.id as number,
    number: r.number as number,
    channel: r.channel as Channel,
    citizenRef: r.citizen_ref as string,
    chatId: reveal(cipher, r.chat_id) as string,
    label: r.label as TriageLabel,
    urgent: r.urgent === 1,
    status: r.status as CaseStatus,
    province: opt<string>(r.province),
    claimedBy: opt<string>(r.claimed_by),
    claimedByName: reveal(cipher, r.claimed_by_name),
    claimedByChannel: opt<Channel>(r.claimed_by_channel),
    claimedByChat: reveal(cipher, r.claimed_by_chat),
    citizenName: reveal(cipher, r.citizen_name),
    createdAt: r.created_at as number,
    updatedAt: r.updated_at as number,
    claimedAt: opt<number>(r.claimed_at),
    firstClaimedAt: opt<number>(r.first_claimed_at),
    closedAt: opt<number>(r.closed_at),
    resolution: reveal(cipher, r.resolution),
    waitNoticeAt: opt<number>(r.wait_notice_at),
    purgedAt: opt<number>(r.purged_at),
  };
}

function median(xs: number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Queues, announcements and relays read the same rows again and again; each stored value has its own IV,
 * so the ciphertext identifies the plaintext and a small bounded cache saves repeated decryption.
 */
function cachedDecrypt(cipher: Cipher, max: number): Cipher {
  const cache = new Map<string, string>();
  return {
    ...cipher,
    decrypt(stored) {
      const hit = cache.get(stored);
      if (hit !== undefined) return hit;
      const plain = cipher.decrypt(stored);
      // Only short values: memory stays bounded (about 5000 × 4 KB) even with 100 KB reports.
      if (stored.length > 4096) return plain;
      cache.set(stored, plain);
      if (cache.size > max) cache.delete(cache.keys().next().value as string);
      return plain;
    },
  };
}

const KEY_CHECK = 'pcmbn-key-check';

/** A known value encrypted with the key: a wrong key fails here at start instead of returning garbage later. */
function verifyKey(db: Database.Database, cipher: Cipher): void {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'key_check'").get() as { value: string } | undefined;
  if (!row) {
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('key_check', ?)").run(cipher.encrypt(KEY_CHECK));
    return verifyKey(db, cipher);
  }
  let ok = false;
  try {
    ok = cipher.decrypt(row.value) === KEY_CHECK;
  } catch {
    ok = false;
  }
  if (!ok) {
    throw new DecryptError(
      'Khóa mã hóa không khớp với cơ sở dữ liệu vụ việc: kiểm tra DATA_ENCRYPTION_KEY hoặc tệp encryption.key / ' +
        'the encryption key does not match the case database',
    );
  }
}

function migrate(db: Database.Database, cipher: Cipher, migrations: Migration[]): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
  const current = (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM migrations').get() as { v: number }).v;
  // Written by a newer release: its tables may mean things this code does not know, so touch nothing.
  if (current > latestVersion(migrations)) throw new SchemaTooNewError(current, latestVersion(migrations));
  // Check the key before any data migration touches rows with it.
  if (current >= 1) verifyKey(db, cipher);
  let rewrote = false;
  for (const m of migrations) {
    if (m.version <= current) continue;
    if (m.rebuildsTable) db.pragma('foreign_keys = OFF');
    db.transaction(() => {
      // Another connection may have applied it meanwhile (same file opened twice).
      if (db.prepare('SELECT 1 FROM migrations WHERE version = ?').get(m.version)) return;
      db.exec(m.sql);
      m.run?.(db, cipher);
      rewrote ||= Boolean(m.run) && current > 0;
      if (m.rebuildsTable && (db.pragma('foreign_key_check') as unknown[]).length)
        throw new Error(`migration ${m.version} broke a foreign key`);
      db.prepare('INSERT INTO migrations (version, applied_at) VALUES (?, ?)').run(m.version, Date.now());
    })();
    if (m.rebuildsTable) db.pragma('foreign_keys = ON');
  }
  verifyKey(db, cipher);
  // Old plaintext pages may linger in the WAL after encrypting existing rows: fold it back and truncate it.
  if (rewrote) db.pragma('wal_checkpoint(TRUNCATE)');
}

function openDatabase(file: string, cipher: Cipher, migrations: Migration[]): Database.Database {
  const db = new Database(file);
  // A commit is in the log at once (it survives a crash of the process); durable() puts it on disk before
  // anything is acknowledged, one sync for many commits and off the event loop (see durable.ts).
  useWriteAheadLog(db);
  db.pragma('foreign_keys = ON');
  // Deleted and overwritten content is zeroed on disk, not left in free pages.
  db.pragma('secure_delete = ON');
  // Two processes (or connections) may race on a claim; wait instead of failing at once.
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db, cipher, migrations);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/** The salt of citizen references and identity hashes, stored encrypted with the data key. */
function loadSalt(db: Database.Database, cipher: Cipher): string {
  const readSalt = () => (db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string } | undefined)?.value;
  if (!readSalt())
    db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('salt', ?)").run(cipher.encrypt(randomBytes(32).toString('hex')));
  const storedSalt = readSalt() as string;
  return isEncrypted(storedSalt) ? cipher.decrypt(storedSalt) : storedSalt;
}

/** Every statement the store runs, prepared once. */
function prepareQueries(db: Database.Database) {
  return {
    processed: db.prepare('INSERT OR IGNORE INTO processed_updates (channel, message_id, at) VALUES (?, ?, ?)'),
    nextNumber: db.prepare('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM cases'),
    insertCase:
      db.prepare(`INSERT INTO cases (number, channel, citizen_ref, chat_id, label, urgent, status, province, citizen_name, created_at, updated_at)
      VALUES (@number, @channel, @citizenRef, @chatId, @label, @urgent, 'open', @province, @citizenName, @at, @at)`),
    getCase: db.prepare('SELECT * FROM cases WHERE id = ?'),
    getByNumber: db.prepare('SELECT * FROM cases WHERE number = ?'),
    active: db.prepare(
      "SELECT * FROM cases WHERE channel = ? AND citizen_ref = ? AND status IN ('open','claimed') ORDER BY id DESC LIMIT 1",
    ),
    latest: db.prepare('SELECT * FROM cases WHERE channel = ? AND citizen_ref = ? ORDER BY id DESC LIMIT 1'),
    listOpen: db.prepare("SELECT * FROM cases WHERE status != 'closed' ORDER BY urgent DESC, created_at ASC"),
    listAll: db.prepare('SELECT * FROM cases ORDER BY urgent DESC, created_at ASC'),
    claimedBy: db.prepare("SELECT * FROM cases WHERE status = 'claimed' AND claimed_by = ? ORDER BY id"),
    addMessage: db.prepare('INSERT INTO case_messages (case_id, direction, author, text, at) VALUES (?, ?, ?, ?, ?)'),
    messages: db.prepare('SELECT direction, author, text, at FROM case_messages WHERE case_id = ? ORDER BY at, id'),
    claim: db.prepare(`UPDATE cases SET status = 'claimed', claimed_by = @key, claimed_by_name = @name, claimed_by_channel = @channel,
      claimed_by_chat = @chatId, claimed_at = @at, first_claimed_at = COALESCE(first_claimed_at, @at), updated_at = @at
      WHERE id = @id AND status = 'open'`),
    // A supervisor hands a claimed case to someone else (or takes it over).
    reassign: db.prepare(`UPDATE cases SET claimed_by = @key, claimed_by_name = @name, claimed_by_channel = @channel,
      claimed_by_chat = @chatId, claimed_at = @at, updated_at = @at WHERE id = @id AND status = 'claimed'`),
    release: db.prepare(`UPDATE cases SET status = 'open', claimed_by = NULL, claimed_by_name = NULL, claimed_by_channel = NULL,
      claimed_by_chat = NULL, claimed_at = NULL, updated_at = ? WHERE id = ? AND status = 'claimed' AND claimed_by = ?`),
    close: db.prepare(`UPDATE cases SET status = 'closed', closed_at = @at, resolution = @resolution, updated_at = @at,
      claimed_by = COALESCE(claimed_by, @key), claimed_by_name = COALESCE(claimed_by_name, @name)
      WHERE id = @id AND (status = 'open' OR (status = 'claimed' AND claimed_by = @key))`),
    citizenName: db.prepare('UPDATE cases SET citizen_name = ? WHERE id = ?'),
    urgent: db.prepare("UPDATE cases SET urgent = 1, label = 'emergency', updated_at = ? WHERE id = ?"),
    waitNotice: db.prepare('UPDATE cases SET wait_notice_at = ? WHERE id = ?'),
    announce: db.prepare('INSERT INTO announcements (case_id, kind, at) VALUES (?, ?, ?)'),
    due: db.prepare(`SELECT c.* FROM cases c WHERE c.status = 'open'
      AND COALESCE((SELECT MAX(a.at) FROM announcements a WHERE a.case_id = c.id), c.created_at) <= ? ORDER BY c.urgent DESC, c.id`),
    delivery: db.prepare('INSERT INTO delivered_messages (case_id, channel, chat_id, platform_message_id, at) VALUES (?, ?, ?, ?, ?)'),
    deliveredForChat: db.prepare('SELECT platform_message_id AS id FROM delivered_messages WHERE channel = ? AND chat_id = ? ORDER BY id'),
    forgetForChat: db.prepare('DELETE FROM delivered_messages WHERE channel = ? AND chat_id = ?'),
    prefs: db.prepare('SELECT province, consent, display_name FROM citizens WHERE citizen_ref = ?'),
    setProvince: db.prepare(`INSERT INTO citizens (citizen_ref, province, consent, updated_at) VALUES (?, ?, 0, ?)
      ON CONFLICT(citizen_ref) DO UPDATE SET province = excluded.province, updated_at = excluded.updated_at`),
    setConsent: db.prepare(`INSERT INTO citizens (citizen_ref, consent, display_name, updated_at) VALUES (?, 1, ?, ?)
      ON CONFLICT(citizen_ref) DO UPDATE SET consent = 1, display_name = excluded.display_name, updated_at = excluded.updated_at`),
    audit: db.prepare('INSERT INTO audit (at, actor, action, case_id, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)'),
    auditAll: db.prepare('SELECT * FROM audit ORDER BY id'),
    auditCase: db.prepare('SELECT * FROM audit WHERE case_id = ? ORDER BY id'),
    purgeDue: db.prepare("SELECT id FROM cases WHERE status = 'closed' AND closed_at <= ? AND purged_at IS NULL"),
    purgeCase: db.prepare(`UPDATE cases SET citizen_ref = '${PURGED}', chat_id = '${PURGED}', citizen_name = NULL, resolution = NULL,
      claimed_by_chat = NULL, purged_at = ? WHERE id = ?`),
    purgeMessages: db.prepare('DELETE FROM case_messages WHERE case_id = ?'),
    purgeDelivered: db.prepare('DELETE FROM delivered_messages WHERE case_id = ?'),
    // Settings of citizens idle since the cutoff and without any case still holding personal data.
    purgeCitizens: db.prepare(`DELETE FROM citizens WHERE updated_at <= ?
      AND citizen_ref NOT IN (SELECT citizen_ref FROM cases WHERE purged_at IS NULL)`),
  };
}

type Queries = ReturnType<typeof prepareQueries>;
/** Encrypts an optional value; null stays null. */
type Encrypt = (v: string | null | undefined) => string | null;

/** Aggregates for /thongke and the metrics: counts and durations only, no personal data. */
function prepareStatistics(db: Database.Database): Pick<CaseStore, 'stats' | 'queueSummary'> {
  // Months in Vietnam time (UTC+7), as the periodic reports count them.
  const byMonthSql = db.prepare(
    "SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch', '+7 hours') AS k, COUNT(*) AS n FROM cases GROUP BY k ORDER BY k",
  );
  const durations = db.prepare('SELECT created_at, first_claimed_at, closed_at FROM cases');
  const queue = db.prepare(
    "SELECT status, COUNT(*) AS n, MIN(created_at) AS oldest FROM cases WHERE status IN ('open','claimed') GROUP BY status",
  );
  const countBy = (col: string) => db.prepare(`SELECT ${col} AS k, COUNT(*) AS n FROM cases GROUP BY k ORDER BY k`);
  return {
    stats: () => {
      const group = (rows: Row[]) => Object.fromEntries(rows.map((r) => [String(r.k), r.n as number]));
      const byStatus = group(countBy('status').all() as Row[]);
      const d = durations.all() as Row[];
      return {
        total: Object.values(byStatus).reduce((a, b) => a + b, 0),
        byLabel: group(countBy('label').all() as Row[]),
        byStatus,
        byChannel: group(countBy('channel').all() as Row[]),
        byMonth: group(byMonthSql.all() as Row[]),
        medianClaimMs: median(
          d.filter((r) => r.first_claimed_at !== null).map((r) => (r.first_claimed_at as number) - (r.created_at as number)),
        ),
        medianCloseMs: median(d.filter((r) => r.closed_at !== null).map((r) => (r.closed_at as number) - (r.created_at as number))),
      };
    },
    queueSummary: () => {
      const rows = queue.all() as { status: string; n: number; oldest: number }[];
      const of = (status: string) => rows.find((r) => r.status === status);
      return { open: of('open')?.n ?? 0, claimed: of('claimed')?.n ?? 0, ...(of('open') && { oldestOpenAt: of('open')!.oldest }) };
    },
  };
}

/** Pseudonymous citizen references: sha256(salt:channel:userId); every message derives one again, so recent ones are kept. */
function citizenRefs(salt: string): CaseStore['citizenRef'] {
  const refs = new Map<string, string>();
  return (channel, userId) => {
    const id = `${channel}:${userId}`;
    let ref = refs.get(id);
    if (ref === undefined) {
      ref = createHash('sha256').update(`${salt}:${id}`).digest('hex');
      if (refs.size >= 10_000) refs.clear();
      refs.set(id, ref);
    }
    return ref;
  };
}

function toPrefs(r: Row | undefined, cipher: Cipher): ReturnType<CaseStore['getPrefs']> {
  return {
    consent: r?.consent === 1,
    ...(r?.province ? { province: r.province as string } : {}),
    ...(r?.display_name ? { displayName: cipher.decrypt(r.display_name as string) } : {}),
  };
}

function toAudit(r: Row): AuditEntry {
  return {
    id: r.id as number,
    at: r.at as number,
    actor: r.actor as string,
    action: r.action as string,
    ...(r.case_id !== null ? { caseId: r.case_id as number } : {}),
    outcome: r.outcome as AuditEntry['outcome'],
    ...(r.detail !== null ? { detail: r.detail as string } : {}),
  };
}

/** Cases, their messages, claims and announcements. `hideActor` turns an officer key into what is stored. */
function caseMethods(db: Database.Database, q: Queries, cipher: Cipher, enc: Encrypt, hideActor: (key: string) => string) {
  const row = (r: Row | undefined) => (r ? toCase(r, cipher) : undefined);
  const rows = (rs: unknown[]) => (rs as Row[]).map((r) => toCase(r, cipher));
  const createCase = db.transaction((input: Parameters<CaseStore['createCase']>[0]) => {
    const number = (q.nextNumber.get() as { n: number }).n;
    const info = q.insertCase.run({
      number,
      channel: input.channel,
      citizenRef: input.citizenRef,
      chatId: enc(input.chatId),
      label: input.label,
      urgent: input.urgent ? 1 : 0,
      province: input.province ?? null,
      citizenName: enc(input.citizenName),
      at: input.at,
    });
    const id = Number(info.lastInsertRowid);
    q.addMessage.run(id, 'citizen', null, enc(input.text), input.at);
    return toCase(q.getCase.get(id) as Row, cipher);
  });
  const officerRow = (id: number, o: OfficerRef, at: number) => ({
    id,
    key: hideActor(o.key),
    name: enc(o.name),
    channel: o.channel,
    chatId: enc(o.chatId),
    at,
  });
  return {
    createCase: (input) => createCase(input),
    getCase: (id) => row(q.getCase.get(id) as Row | undefined),
    getCaseByNumber: (n) => row(q.getByNumber.get(n) as Row | undefined),
    activeCase: (channel, ref) => row(q.active.get(channel, ref) as Row | undefined),
    latestCase: (channel, ref) => row(q.latest.get(channel, ref) as Row | undefined),
    listCases: (opts) => rows((opts?.includeClosed ? q.listAll : q.listOpen).all()),
    casesClaimedBy: (key) => rows(q.claimedBy.all(hideActor(key))),
    addMessage: (caseId, m) => void q.addMessage.run(caseId, m.direction, enc(m.author), enc(m.text), m.at),
    messages: (caseId) =>
      (q.messages.all(caseId) as Row[]).map((r) => ({
        direction: r.direction as CaseMessage['direction'],
        ...(r.author ? { author: cipher.decrypt(r.author as string) } : {}),
        text: cipher.decrypt(r.text as string),
        at: r.at as number,
      })),
    claim: (id, o, at) => q.claim.run(officerRow(id, o, at)).changes === 1,
    reassign: (id, o, at) => q.reassign.run(officerRow(id, o, at)).changes === 1,
    release: (id, key, at) => q.release.run(at, id, hideActor(key)).changes === 1,
    closeCase: (id, key, name, resolution, at) =>
      q.close.run({ id, key: hideActor(key), name: enc(name), resolution: enc(resolution), at }).changes === 1,
    setCitizenName: (id, name) => void q.citizenName.run(enc(name), id),
    markUrgent: (id, at) => void q.urgent.run(at, id),
    markWaitNotice: (id, at) => void q.waitNotice.run(at, id),
    recordAnnouncement: (id, kind, at) => void q.announce.run(id, kind, at),
    dueForReannounce: (before) => rows(q.due.all(before)),
  } satisfies Partial<CaseStore>;
}

/**
 * Platform ids of the bot's messages in a citizen's chat (what /xoa deletes), keyed by a MAC of the chat
 * so that the table never holds a chat id in clear.
 */
function deliveryMethods(q: Queries, cipher: Cipher) {
  const chatMac = (channel: Channel, chatId: string) => cipher.mac(`${channel}:${chatId}`);
  return {
    recordDelivery: (caseId, channel, chatId, pid, at) => void q.delivery.run(caseId, channel, chatMac(channel, chatId), pid, at),
    deliveredIdsForChat: (channel, chatId) =>
      (q.deliveredForChat.all(channel, chatMac(channel, chatId)) as { id: string }[]).map((r) => r.id),
    forgetDeliveredForChat: (channel, chatId) => void q.forgetForChat.run(channel, chatMac(channel, chatId)),
  } satisfies Partial<CaseStore>;
}

/** A citizen's chosen province and consent to show their name. */
function prefsMethods(q: Queries, cipher: Cipher, enc: Encrypt) {
  return {
    getPrefs: (ref) => toPrefs(q.prefs.get(ref) as Row | undefined, cipher),
    setProvince: (ref, province, at) => void q.setProvince.run(ref, province, at),
    setConsent: (ref, name, at) => void q.setConsent.run(ref, enc(name), at),
  } satisfies Partial<CaseStore>;
}

/** The append-only audit trail; people are recorded by keyed hash. */
function auditMethods(q: Queries, hideActor: (key: string) => string) {
  return {
    audit: (e) => void q.audit.run(e.at, hideActor(e.actor), e.action, e.caseId ?? null, e.outcome, e.detail ?? null),
    auditEntries: (caseId) => ((caseId === undefined ? q.auditAll.all() : q.auditCase.all(caseId)) as Row[]).map(toAudit),
  } satisfies Partial<CaseStore>;
}

/** Retention: closed cases lose their personal data, in one transaction with its audit records. */
function retentionPurge(db: Database.Database, q: Queries): CaseStore['purgeClosedBefore'] {
  const purge = db.transaction((cutoff: number, at: number) => {
    const ids = (q.purgeDue.all(cutoff) as { id: number }[]).map((r) => r.id);
    for (const id of ids) {
      q.purgeMessages.run(id);
      q.purgeDelivered.run(id);
      q.purgeCase.run(at, id);
      q.audit.run(at, 'system:retention', 'purge', id, 'ok', null);
    }
    q.purgeCitizens.run(cutoff);
    return ids;
  });
  return (cutoff, at) => purge(cutoff, at);
}

/** Every statement that may write, prepared from now on, notes its use for `WriteTracker.track`. */
function noteWritesOf(db: Database.Database, writes: WriteTracker): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    if (statement.readonly) return statement;
    for (const method of ['run', 'get', 'all'] as const) {
      const call = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        writes.noteWrite();
        return call(...args);
      };
    }
    return statement;
  }) as typeof db.prepare;
}

/** The data key given, or a random one for ':memory:', or `encryption.key` next to the database file. */
function storeKey(file: string, opts: CaseStoreOptions): Buffer {
  if (opts.key) return opts.key;
  return file === ':memory:' ? randomBytes(32) : loadOrCreateKey({ file: join(dirname(file), 'encryption.key') }).key;
}

export function openCaseStore(file: string, opts: CaseStoreOptions = {}): CaseStore {
  if (file !== ':memory:') ensurePrivateFile(file);
  const cipher = cachedDecrypt(createCipher(storeKey(file, opts)), 5000);
  const enc: Encrypt = (v) => (v === null || v === undefined ? null : cipher.encrypt(v));
  const db = openDatabase(file, cipher, opts.migrations ?? MIGRATIONS);
  const salt = loadSalt(db, cipher);
  const pseudonym = pseudonymizer(salt);
  /** Claims and audit entries name people by keyed hash; account keys (`officer:3`) and system actors stay. */
  const hideActor = (key: string) => {
    const raw = rawActor(key);
    return raw ? pseudonym(raw.channel, raw.userId) : key;
  };
  const writes = writeTracker();
  noteWritesOf(db, writes);
  const q = prepareQueries(db);
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const sync = groupSync(file, () => totalChanges.get() as number);
  return {
    citizenRef: citizenRefs(salt),
    actorRef: (channel, userId) => pseudonym(channel, userId),
    secret: (label) => createHmac('sha256', salt).update(`secret:${label}`).digest(),
    accounts: createAccountStore(db, cipher, pseudonym),
    markProcessed: (channel, messageId, at) => writes.untracked(() => q.processed.run(channel, messageId, at).changes === 1),
    ...caseMethods(db, q, cipher, enc, hideActor),
    ...deliveryMethods(q, cipher),
    ...prefsMethods(q, cipher, enc),
    ...auditMethods(q, hideActor),
    ...prepareStatistics(db),
    purgeClosedBefore: retentionPurge(db, q),
    schemaVersion: () => (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM migrations').get() as { v: number }).v,
    transaction: (fn) => db.transaction(fn)(),
    durable: () => sync.durable(),
    synchronous: () => synchronousLevel(db),
    trackWrites: (work) => writes.track(work),
    close: () => {
      sync.close();
      db.close();
    },
  };
}
