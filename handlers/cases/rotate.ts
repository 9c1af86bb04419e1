// Re-encryption of a database under a new data key. One SQLite transaction per database: a crash
// leaves each database wholly under the old key or wholly under the new one, and a marker encrypted
// with the new key (written in the same transaction) tells a re-run which databases are already done.
import type Database from 'better-sqlite3';
import { isEncrypted, type Cipher } from './crypto.js';

const MARKER = 'pcmbn-key-rotation';

/** `encryption.key.next`: the new key while a rotation is unfinished (the bot refuses to start meanwhile). */
export const NEXT_KEY_SUFFIX = '.next';

/** Keyed hashes cannot be re-keyed from the hash: each database recomputes its own from decrypted data. */
export type RekeyHashes = (db: Database.Database, old: Cipher, next: Cipher) => void;

export interface RotateOptions {
  /** Called at points a test can interrupt: after half of the values (inside the transaction) and when done. */
  onStep?: (step: 'half' | 'committed') => void;
}

/** True when this database was already re-encrypted under `next` (a re-run after a crash). */
export function rotatedWith(db: Database.Database, next: Cipher): boolean {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'key_rotation'").get();
  if (!has) return false;
  const row = db.prepare('SELECT value FROM key_rotation WHERE id = 1').get() as { value: string } | undefined;
  try {
    return row !== undefined && next.decrypt(row.value) === MARKER;
  } catch {
    return false;
  }
}

/**
 * Decrypts every encrypted value (`v1:` prefix) of every table with `old` and encrypts it with `next`,
 * recomputes keyed hashes with `rekey`, and records the marker. Returns how many values were rewritten.
 */
export function rotateDatabase(db: Database.Database, old: Cipher, next: Cipher, rekey?: RekeyHashes, opts: RotateOptions = {}): number {
  if (rotatedWith(db, next)) return 0;
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]
  ).map((t) => t.name);
  // Triggers that forbid updates (the append-only audit) hold no encrypted values but block the generic pass.
  const textColumns = (table: string) =>
    (db.prepare(`SELECT name, type FROM pragma_table_info(?)`).all(table) as { name: string; type: string }[])
      .filter((c) => /TEXT|^$/i.test(c.type))
      .map((c) => c.name);
  const work: { table: string; column: string }[] = [];
  for (const table of tables) {
    for (const column of textColumns(table)) {
      const n = db.prepare(`SELECT COUNT(*) AS n FROM "${table}" WHERE "${column}" LIKE 'v1:%'`).get() as { n: number };
      if (n.n > 0) work.push({ table, column });
    }
  }
  let rewritten = 0;
  const run = db.transaction(() => {
    const total = work.length;
    work.forEach(({ table, column }, i) => {
      const rows = db.prepare(`SELECT rowid AS rid, "${column}" AS v FROM "${table}" WHERE "${column}" LIKE 'v1:%'`).all() as {
        rid: number;
        v: string;
      }[];
      const update = db.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE rowid = ?`);
      for (const r of rows) {
        if (!isEncrypted(r.v)) continue;
        update.run(next.encrypt(old.decrypt(r.v)), r.rid);
        rewritten++;
      }
      if (i === Math.floor(total / 2)) opts.onStep?.('half');
    });
    if (total === 0) opts.onStep?.('half');
    rekey?.(db, old, next);
    db.exec('CREATE TABLE IF NOT EXISTS key_rotation (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL)');
    db.prepare('INSERT INTO key_rotation (id, value) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET value = excluded.value').run(
      next.encrypt(MARKER),
    );
  });
  run();
  // The WAL still holds pages written under the old key: fold it into the database and truncate it.
  db.pragma('wal_checkpoint(TRUNCATE)');
  opts.onStep?.('committed');
  return rewritten;
}

/** The case database's keyed hashes: chat ids of delivered messages, recomputed from their case's chat id. */
export const rekeyCaseHashes: RekeyHashes = (db, _old, next) => {
  const rows = db.prepare(`SELECT d.id, d.channel, c.chat_id FROM delivered_messages d JOIN cases c ON c.id = d.case_id`).all() as {
    id: number;
    channel: string;
    chat_id: string;
  }[];
  const update = db.prepare('UPDATE delivered_messages SET chat_id = ? WHERE id = ?');
  // chat_id of the case was re-encrypted already in this transaction: it decrypts with the new key.
  for (const r of rows) if (isEncrypted(r.chat_id)) update.run(next.mac(`${r.channel}:${next.decrypt(r.chat_id)}`), r.id);
};
