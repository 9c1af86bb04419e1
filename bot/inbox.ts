import Database from 'better-sqlite3';
import type { IncomingMessage } from '../handlers/types.js';
import { createCipher, type Cipher } from '../handlers/cases/crypto.js';
import type { RekeyHashes } from '../handlers/cases/rotate.js';
import { ensurePrivateFile } from '../handlers/cases/private-files.js';
import { synchronousLevel, useWriteAheadLog } from '../handlers/cases/checkpoints.js';

// Durable inbox: an incoming message is written here synchronously, the moment an adapter hands it
// over, and removed once its replies are in the outbox. Telegram's long polling confirms updates
// before they are handled and Zalo has no acknowledgement at all, so without this a crash would
// silently drop whatever was still queued behind a busy chat. Pending rows are replayed at start.

export interface Inbox {
  /** Stores the message; returns its row id, or undefined when the same platform message is already pending. */
  accept(msg: IncomingMessage): number | undefined;
  done(id: number): void;
  /** Messages accepted but never finished (a previous run crashed), oldest first. */
  pending(): { id: number; msg: IncomingMessage }[];
  /**
   * SQLite's `synchronous` level of the connection. A row lost to a power cut is a message nobody was answered
   * about yet: the bot acknowledges only after the case and the replies are synced (cases store, outbox).
   */
  synchronous(): number;
  close(): void;
}

/** Keyed hash: the inbox keeps no platform ids in clear. */
function dedupeKeyOf(m: IncomingMessage, cipher: Cipher | undefined): string | null {
  if (!m.messageId) return null;
  const k = `${m.channel}:${m.messageId}`;
  return cipher ? cipher.mac(k) : k;
}

export function openInbox(file: string, opts: { key?: Buffer } = {}): Inbox {
  if (file !== ':memory:') ensurePrivateFile(file);
  const db = new Database(file);
  useWriteAheadLog(db);
  db.exec(`
    CREATE TABLE IF NOT EXISTS inbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      dedupe_key TEXT UNIQUE,
      payload TEXT NOT NULL,
      received_at INTEGER NOT NULL
    );
  `);
  const cipher = opts.key && createCipher(opts.key);
  const seal = (s: string) => (cipher ? cipher.encrypt(s) : s);
  const open = (s: string) => (cipher ? cipher.decrypt(s) : s);
  const dedupeKey = (m: IncomingMessage) => dedupeKeyOf(m, cipher || undefined);

  const insert = db.prepare('INSERT OR IGNORE INTO inbox (dedupe_key, payload, received_at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM inbox WHERE id = ?');
  const all = db.prepare('SELECT id, payload FROM inbox ORDER BY id');

  return {
    accept(msg) {
      const r = insert.run(dedupeKey(msg), seal(JSON.stringify(msg)), msg.receivedAt);
      return r.changes ? Number(r.lastInsertRowid) : undefined;
    },
    done(id) {
      remove.run(id);
    },
    pending() {
      return (all.all() as { id: number; payload: string }[]).map((r) => ({
        id: r.id,
        msg: JSON.parse(open(r.payload)) as IncomingMessage,
      }));
    },
    synchronous: () => synchronousLevel(db),
    close: () => db.close(),
  };
}

/** Key rotation (see handlers/cases/rotate.ts): dedupe keys recomputed from the re-encrypted payloads. */
export const rekeyInboxHashes: RekeyHashes = (db, _old, next) => {
  const update = db.prepare('UPDATE inbox SET dedupe_key = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, payload FROM inbox').all() as { id: number; payload: string }[]) {
    update.run(dedupeKeyOf(JSON.parse(next.decrypt(r.payload)) as IncomingMessage, next), r.id);
  }
};
