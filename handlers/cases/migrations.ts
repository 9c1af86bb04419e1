// Numbered, append-only schema migrations. Never edit an applied one: add the next number.
import type Database from 'better-sqlite3';
import { isEncrypted, pseudonymizer, rawActor, type Cipher } from './crypto.js';

export interface Migration {
  version: number;
  sql: string;
  /** Data step run after `sql` in the same transaction (e.g. encrypting existing rows). */
  run?: (db: Database.Database, cipher: Cipher) => void;
  /** Rebuilds a table that others reference: foreign keys are off during the step and checked after it (SQLite's documented procedure). */
  rebuildsTable?: true;
}

/** The database was written by a newer release of the bot: starting on it could misread or damage it. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `Cơ sở dữ liệu vụ việc có phiên bản lược đồ ${found}, mới hơn phiên bản ${supported} mà bản bot này hiểu: ` +
        'hãy cài bản bot mới hơn (hoặc khôi phục bản sao lưu cũ), bot không khởi động để tránh làm hỏng dữ liệu / ' +
        `the case database has schema version ${found}, newer than the ${supported} this release understands: ` +
        'install the newer release (or restore an older backup); refusing to start so the data is not damaged',
    );
    this.name = 'SchemaTooNewError';
  }
}

export function latestVersion(migrations: Migration[] = MIGRATIONS): number {
  return migrations.reduce((v, m) => Math.max(v, m.version), 0);
}

/** Marker written over personal fields by the retention purge (not encrypted, never a real value). */
export const PURGED = 'purged';

type Row = Record<string, unknown>;

/** Encrypts plaintext personal fields written before encryption at rest existed. */
function encryptExisting(db: Database.Database, cipher: Cipher): void {
  const enc = (v: unknown) => (typeof v === 'string' && !isEncrypted(v) && v !== PURGED ? cipher.encrypt(v) : v);
  const msgUpdate = db.prepare('UPDATE case_messages SET text = ? WHERE id = ?');
  // In pages: a large history must not be loaded into memory at once.
  const page = db.prepare('SELECT id, text FROM case_messages WHERE id > ? ORDER BY id LIMIT 1000');
  for (let last = 0, rows = page.all(0) as Row[]; rows.length; rows = page.all(last) as Row[]) {
    for (const r of rows) if (!isEncrypted(r.text as string)) msgUpdate.run(enc(r.text), r.id);
    last = rows[rows.length - 1].id as number;
  }
  const caseUpdate = db.prepare('UPDATE cases SET chat_id = ?, citizen_name = ?, resolution = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, chat_id, citizen_name, resolution FROM cases').all() as Row[]) {
    caseUpdate.run(enc(r.chat_id), enc(r.citizen_name), enc(r.resolution), r.id);
  }
  const citizenUpdate = db.prepare('UPDATE citizens SET display_name = ? WHERE citizen_ref = ?');
  for (const r of db.prepare('SELECT citizen_ref, display_name FROM citizens WHERE display_name IS NOT NULL').all() as Row[]) {
    citizenUpdate.run(enc(r.display_name), r.citizen_ref);
  }
  // Chat ids of delivered messages are only looked up by equality: a keyed hash is enough.
  const deliveredUpdate = db.prepare('UPDATE delivered_messages SET chat_id = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, channel, chat_id FROM delivered_messages').all() as Row[]) {
    deliveredUpdate.run(cipher.mac(`${r.channel as string}:${r.chat_id as string}`), r.id);
  }
}

/**
 * No platform id or officer name in clear: the salt is encrypted with the data key; officer keys of
 * claims and audit actors become keyed hashes; officer names and chat ids are encrypted.
 */
function protectIdentities(db: Database.Database, cipher: Cipher): void {
  const saltRow = db.prepare("SELECT value FROM meta WHERE key = 'salt'").get() as { value: string } | undefined;
  const enc = (v: unknown) => (typeof v === 'string' && !isEncrypted(v) && v !== PURGED ? cipher.encrypt(v) : v);
  if (saltRow && !isEncrypted(saltRow.value)) {
    db.prepare("UPDATE meta SET value = ? WHERE key = 'salt'").run(cipher.encrypt(saltRow.value));
  }
  const salt = saltRow ? (isEncrypted(saltRow.value) ? cipher.decrypt(saltRow.value) : saltRow.value) : undefined;
  const hide = (v: unknown) => {
    const raw = typeof v === 'string' && salt ? rawActor(v) : undefined;
    return raw ? pseudonymizer(salt!)(raw.channel, raw.userId) : v;
  };
  const caseUpdate = db.prepare('UPDATE cases SET claimed_by = ?, claimed_by_name = ?, claimed_by_chat = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, claimed_by, claimed_by_name, claimed_by_chat FROM cases').all() as Row[]) {
    caseUpdate.run(hide(r.claimed_by), enc(r.claimed_by_name), enc(r.claimed_by_chat), r.id);
  }
  const authorUpdate = db.prepare('UPDATE case_messages SET author = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, author FROM case_messages WHERE author IS NOT NULL').all() as Row[])
    authorUpdate.run(enc(r.author), r.id);
  // The audit trail is append-only for the application; this one rewrite replaces identities by their hashes.
  db.exec('DROP TRIGGER audit_no_update');
  const auditUpdate = db.prepare('UPDATE audit SET actor = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, actor FROM audit').all() as Row[]) {
    const hidden = hide(r.actor);
    if (hidden !== r.actor) auditUpdate.run(hidden, r.id);
  }
  db.exec("CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;");
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number INTEGER NOT NULL UNIQUE,
  channel TEXT NOT NULL CHECK (channel IN ('telegram','zalo','web')),
  citizen_ref TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  label TEXT NOT NULL CHECK (label IN ('emergency','report','question','smalltalk')),
  urgent INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('open','claimed','closed')),
  province TEXT,
  claimed_by TEXT,
  claimed_by_name TEXT,
  claimed_by_channel TEXT,
  claimed_by_chat TEXT,
  citizen_name TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  claimed_at INTEGER,
  first_claimed_at INTEGER,
  closed_at INTEGER,
  resolution TEXT,
  wait_notice_at INTEGER
);
CREATE INDEX cases_citizen ON cases (channel, citizen_ref, status);
CREATE INDEX cases_status ON cases (status, urgent);

CREATE TABLE case_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  direction TEXT NOT NULL CHECK (direction IN ('citizen','officer','bot','note')),
  author TEXT,
  text TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX case_messages_case ON case_messages (case_id, at);

-- Platform ids of the bot's messages in the citizen's chat, so /xoa can delete them.
CREATE TABLE delivered_messages (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  channel TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  platform_message_id TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX delivered_chat ON delivered_messages (channel, chat_id);

CREATE TABLE processed_updates (
  channel TEXT NOT NULL,
  message_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (channel, message_id)
);

CREATE TABLE announcements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  kind TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX announcements_case ON announcements (case_id, at);

-- Per-citizen settings, keyed by the pseudonymous reference.
CREATE TABLE citizens (
  citizen_ref TEXT PRIMARY KEY,
  province TEXT,
  consent INTEGER NOT NULL DEFAULT 0,
  display_name TEXT,
  updated_at INTEGER NOT NULL
);

-- Append-only: no personal content, only who did what to which case.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  case_id INTEGER,
  outcome TEXT NOT NULL,
  detail TEXT
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
`,
  },
  {
    // Encryption at rest of texts, names and chat ids; purged_at marks cases emptied by the retention purge.
    version: 2,
    sql: `
ALTER TABLE cases ADD COLUMN purged_at INTEGER;
CREATE INDEX cases_retention ON cases (status, closed_at);
`,
    run: encryptExisting,
  },
  {
    // Named officer accounts and the platform ids linked to them (keyed hashes only); identities at rest hidden.
    version: 3,
    sql: `
CREATE TABLE officers (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  login TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  province TEXT,
  role TEXT NOT NULL CHECK (role IN ('officer','supervisor')),
  password_hash TEXT,
  setup_code_hash TEXT,
  setup_expires_at INTEGER,
  disabled INTEGER NOT NULL DEFAULT 0,
  session_epoch INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE officer_links (
  channel TEXT NOT NULL,
  user_hash TEXT NOT NULL,
  officer_id INTEGER NOT NULL REFERENCES officers(id),
  PRIMARY KEY (channel, user_hash)
);
CREATE INDEX officer_links_officer ON officer_links (officer_id);
`,
    run: protectIdentities,
  },
  {
    // Channel names are opaque to the case store: a new channel needs no schema change.
    version: 4,
    rebuildsTable: true,
    sql: `
CREATE TABLE cases_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  number INTEGER NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  citizen_ref TEXT NOT NULL,
  chat_id TEXT NOT NULL,
  label TEXT NOT NULL CHECK (label IN ('emergency','report','question','smalltalk')),
  urgent INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL CHECK (status IN ('open','claimed','closed')),
  province TEXT,
  claimed_by TEXT,
  claimed_by_name TEXT,
  claimed_by_channel TEXT,
  claimed_by_chat TEXT,
  citizen_name TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  claimed_at INTEGER,
  first_claimed_at INTEGER,
  closed_at INTEGER,
  resolution TEXT,
  wait_notice_at INTEGER,
  purged_at INTEGER
);
INSERT INTO cases_v3 SELECT id, number, channel, citizen_ref, chat_id, label, urgent, status, province, claimed_by, claimed_by_name,
  claimed_by_channel, claimed_by_chat, citizen_name, created_at, updated_at, claimed_at, first_claimed_at, closed_at, resolution,
  wait_notice_at, purged_at FROM cases;
DROP TABLE cases;
ALTER TABLE cases_v3 RENAME TO cases;
CREATE INDEX cases_citizen ON cases (channel, citizen_ref, status);
CREATE INDEX cases_status ON cases (status, urgent);
CREATE INDEX cases_retention ON cases (status, closed_at);
`,
  },
  {
    // The platform chat of a linked officer, encrypted, so announcements reach them there.
    version: 5,
    sql: 'ALTER TABLE officer_links ADD COLUMN chat_id TEXT;',
  },
];
