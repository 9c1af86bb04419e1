// Numbered, append-only schema migrations. Never edit an applied one: add the next number.

export interface Migration {
  version: number;
  sql: string;
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
];
