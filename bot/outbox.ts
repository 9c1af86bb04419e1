import Database from 'better-sqlite3';
import type { Channel, OutgoingMessage } from '../handlers/types.js';
import { createCipher, isEncrypted } from '../handlers/cases/crypto.js';
import type { RekeyHashes } from '../handlers/cases/rotate.js';
import { ensurePrivateFile } from '../handlers/cases/private-files.js';
import { synchronousLevel, useWriteAheadLog } from '../handlers/cases/checkpoints.js';
import { groupSync } from '../handlers/cases/durable.js';

// Durable outbox: every outgoing platform message is written here before it is sent, and stays
// pending until the platform confirms it. A crash or an outage delays a message; it never drops it.
// Messages to one chat leave in order: a failed one holds back the later ones of that chat.

export type SendFn = (msg: OutgoingMessage) => Promise<{ messageId?: string }>;

export interface OutboxOptions {
  /** Called after the platform accepted a message (e.g. to record its id for /xoa). */
  onSent?: (msg: OutgoingMessage, messageId: string | undefined) => void | Promise<void>;
  onError?: (msg: OutgoingMessage, err: unknown, attempt: number) => void;
  now?: () => number;
  /** Backoff for attempt n (1-based), in ms. */
  backoffMs?: (attempt: number) => number;
  /** After this long a message is given up and marked failed (default 3 days). */
  maxAgeMs?: number;
  /** 32-byte key: pending payloads (message texts) are stored AES-256-GCM encrypted. Without it, plaintext. */
  key?: Buffer;
  /** The fsync of the log (tests count and hold the calls). */
  fsync?: (fd: number) => Promise<void>;
}

export interface Outbox {
  /** Stores the messages (one transaction) and returns their row ids. */
  enqueue(msgs: OutgoingMessage[]): number[];
  /**
   * Resolves once every message enqueued so far is on disk: one sync of the log, off the event loop, for all
   * of them. Messages go out only after it, so nobody is told of a message a power cut could still take back.
   */
  durable(): Promise<void>;
  /** Sends what is due for the given chats (or all chats), in order per chat, once they are on disk. */
  flush(send: (channel: Channel) => SendFn | undefined, chats?: Set<string>): Promise<void>;
  pendingCount(): number;
  /** Forgets sent and failed rows older than the given age (they hold no text, only bookkeeping). */
  prune(olderThanMs: number): number;
  /** Earliest time a pending message is due, or undefined. */
  nextDueAt(): number | undefined;
  /** SQLite's `synchronous` level of the connection (commits reach the disk through durable()). */
  synchronous(): number;
  close(): void;
}

interface Row {
  id: number;
  channel: Channel;
  attempts: number;
  created_at: number;
  next_at: number;
}

/** Messages of this process kept in memory until sent (see `unsent` below); past this many, read back like after a restart. */
const UNSENT_IN_MEMORY = 2_000;

interface SentMark {
  id: number;
  at: number;
  messageId: string | null;
}

/**
 * Items added during one turn of the event loop are committed by one call of `commit` (a transaction) right after
 * it; `add` resolves once its item is committed and rejects when the commit failed.
 */
function commitTogether<T>(commit: (items: T[]) => void): { add(item: T): Promise<void>; commitNow(): void } {
  let batch: { items: T[]; done: Promise<void>; run(): void } | undefined;
  function open() {
    const items: T[] = [];
    let settle: { resolve(): void; reject(err: unknown): void } | undefined;
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    const run = () => {
      if (batch?.items !== items) return; // committed already (commitNow)
      batch = undefined;
      try {
        commit(items);
        settle!.resolve();
      } catch (err) {
        settle!.reject(err);
      }
    };
    setImmediate(run);
    return { items, done, run };
  }
  return {
    add(item) {
      batch ??= open();
      batch.items.push(item);
      return batch.done;
    },
    commitNow: () => batch?.run(),
  };
}

const defaultBackoff = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 5 * 60_000);

export function chatKey(msg: OutgoingMessage): string {
  return `${msg.to.channel}:${msg.to.chatId}`;
}

/** The outbox database (private file, WAL) with its table and indexes. */
function openOutboxDatabase(file: string): Database.Database {
  if (file !== ':memory:') ensurePrivateFile(file);
  const db = new Database(file);
  useWriteAheadLog(db);
  db.exec(`
    CREATE TABLE IF NOT EXISTS outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      chat_key TEXT NOT NULL,
      channel TEXT NOT NULL,
      payload TEXT,
      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','sent','failed')),
      attempts INTEGER NOT NULL DEFAULT 0,
      next_at INTEGER NOT NULL,
      created_at INTEGER NOT NULL,
      sent_at INTEGER,
      message_id TEXT
    );
    CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (status, next_at, id);
    CREATE INDEX IF NOT EXISTS outbox_chat ON outbox (chat_key, status, id);
  `);
  return db;
}

/** How payloads and chat keys are stored: encrypted and keyed-hashed with a key, in clear without one. */
function outboxSealing(key: Buffer | undefined) {
  const cipher = key && createCipher(key);
  return {
    seal: (json: string) => (cipher ? cipher.encrypt(json) : json),
    // Rows queued before encryption was enabled are plain JSON and still readable.
    unseal: (stored: string) => {
      if (!isEncrypted(stored)) return stored;
      if (!cipher) throw new Error('outbox payload is encrypted but no key was given');
      return cipher.decrypt(stored);
    },
    // The stored chat key is a keyed hash: the outbox keeps no citizen chat id in clear, even for sent rows.
    keyOf: (chat: string) => (cipher ? cipher.mac(chat) : chat),
  };
}

export function openOutbox(file: string, opts: OutboxOptions = {}): Outbox {
  const now = opts.now ?? Date.now;
  const backoff = opts.backoffMs ?? defaultBackoff;
  const maxAge = opts.maxAgeMs ?? 3 * 24 * 3600_000;
  const { seal, unseal, keyOf } = outboxSealing(opts.key);
  const db = openOutboxDatabase(file);
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const logSync = groupSync(file, () => totalChanges.get() as number, opts.fsync);

  // The JSON of each message this process stored and has not sent yet, by row id: sending it then needs no
  // read-back and decryption of the row. Rows of an earlier run, or past the bound, are read back.
  const unsent = new Map<number, string>();
  const insert = db.prepare('INSERT INTO outbox (chat_key, channel, payload, next_at, created_at) VALUES (?, ?, ?, ?, ?)');
  const insertAll = db.transaction((msgs: OutgoingMessage[]) => {
    const t = now();
    return msgs.map((m) => {
      const json = JSON.stringify(m);
      const id = Number(insert.run(keyOf(chatKey(m)), m.to.channel, seal(json), t, t).lastInsertRowid);
      return { id, json };
    });
  });
  const enqueue = (msgs: OutgoingMessage[]): number[] => {
    if (!msgs.length) return [];
    // Remembered only once the transaction committed: a failed write leaves nothing behind.
    return insertAll(msgs).map(({ id, json }) => {
      if (unsent.size < UNSENT_IN_MEMORY) unsent.set(id, json);
      return id;
    });
  };
  const payloadOf = db.prepare('SELECT payload FROM outbox WHERE id = ?').pluck();
  const messageOf = (id: number) => JSON.parse(unsent.get(id) ?? unseal(payloadOf.get(id) as string)) as OutgoingMessage;
  // The text is dropped once sent: the outbox is a queue, not a second copy of the conversation.
  const markSent = db.prepare("UPDATE outbox SET status = 'sent', payload = NULL, sent_at = ?, message_id = ? WHERE id = ?");
  // The sends confirmed within one turn of the event loop are marked in one commit (one write of the log for all).
  // A chat's next message waits for its own mark, so a crash can leave at most one sent, unmarked message per chat.
  const sentMarks = commitTogether(
    db.transaction((marks: SentMark[]) => {
      for (const m of marks) markSent.run(m.at, m.messageId, m.id);
    }),
  );
  const markAttempt = db.prepare('UPDATE outbox SET attempts = ? WHERE id = ?');
  // The whole chat waits: later messages must not overtake the failed one.
  const holdChat = db.prepare("UPDATE outbox SET next_at = MAX(next_at, ?) WHERE chat_key = ? AND status = 'pending'");
  const markFailed = db.prepare("UPDATE outbox SET status = 'failed', payload = NULL, attempts = ? WHERE id = ?");
  const pendingChats = db.prepare("SELECT DISTINCT chat_key FROM outbox WHERE status = 'pending'").pluck();
  const pendingFor = db.prepare(
    "SELECT id, channel, attempts, created_at, next_at FROM outbox WHERE status = 'pending' AND chat_key = ? ORDER BY id",
  );
  const countPending = db.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'pending'");
  const minDue = db.prepare("SELECT MIN(next_at) AS t FROM outbox WHERE status = 'pending'");

  // Chats being flushed right now: a second flush of the same chat waits for the first, so the
  // same row is never sent twice by overlapping flushes.
  const inFlight = new Map<string, Promise<void>>();

  async function flushChat(key: string, send: (channel: Channel) => SendFn | undefined): Promise<void> {
    const rows = pendingFor.all(key) as Row[];
    for (const row of rows) {
      if (row.next_at > now()) return; // an earlier failure holds the chat back until it is due
      const msg = messageOf(row.id);
      const fn = send(row.channel);
      if (!fn) return;
      try {
        const { messageId } = await fn(msg);
        await sentMarks.add({ id: row.id, at: now(), messageId: messageId ?? null });
        unsent.delete(row.id);
        await opts.onSent?.(msg, messageId);
      } catch (err) {
        const attempt = row.attempts + 1;
        opts.onError?.(msg, err, attempt);
        if (now() - row.created_at > maxAge) {
          markFailed.run(attempt, row.id);
          unsent.delete(row.id);
          continue;
        }
        markAttempt.run(attempt, row.id);
        holdChat.run(now() + backoff(attempt), key);
        return;
      }
    }
  }

  // A flush waiting behind the running one covers every row enqueued until it starts, so further
  // requests for that chat join it instead of queueing yet another pass over the same rows.
  const waiting = new Map<string, Promise<void>>();
  function flushOne(key: string, send: (channel: Channel) => SendFn | undefined): Promise<void> {
    const queued = waiting.get(key);
    if (queued) return queued;
    const prev = inFlight.get(key) ?? Promise.resolve();
    const next = prev.then(() => {
      waiting.delete(key);
      return flushChat(key, send);
    });
    waiting.set(key, next);
    inFlight.set(key, next);
    void next.finally(() => {
      if (inFlight.get(key) === next) inFlight.delete(key);
    });
    return next;
  }

  return {
    enqueue,
    durable: () => logSync.durable(),
    async flush(send, chats) {
      await logSync.durable();
      const keys = chats ? new Set([...chats].map(keyOf)) : new Set(pendingChats.all() as string[]);
      await Promise.all([...keys].map((k) => flushOne(k, send)));
    },
    prune: (age) => db.prepare("DELETE FROM outbox WHERE status != 'pending' AND created_at < ?").run(now() - age).changes,
    pendingCount: () => (countPending.get() as { n: number }).n,
    nextDueAt: () => (minDue.get() as { t: number | null }).t ?? undefined,
    synchronous: () => synchronousLevel(db),
    close() {
      sentMarks.commitNow();
      logSync.close();
      db.close();
    },
  };
}

/**
 * Key rotation (see handlers/cases/rotate.ts): chat keys of pending messages are recomputed from their
 * (already re-encrypted) payloads; sent rows have no payload left and get a key no chat can have.
 */
export const rekeyOutboxHashes: RekeyHashes = (db, _old, next) => {
  const update = db.prepare('UPDATE outbox SET chat_key = ? WHERE id = ?');
  for (const r of db.prepare('SELECT id, payload FROM outbox').all() as { id: number; payload: string | null }[]) {
    const msg = r.payload ? (JSON.parse(isEncrypted(r.payload) ? next.decrypt(r.payload) : r.payload) as OutgoingMessage) : undefined;
    update.run(next.mac(msg ? chatKey(msg) : `rotated:${r.id}`), r.id);
  }
};
