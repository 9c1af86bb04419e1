// Checkpoints off the event loop: a connection that commits leaves its write-ahead log to the worker, which
// copies it into the database file; the log of a closed database is folded in by the last connection.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startCheckpointer, useWriteAheadLog } from '../../handlers/cases/checkpoints.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A WAL database with more committed pages (about 6 MiB) than SQLite's own automatic checkpoint lets pile up. */
function databaseWithLongLog(): { file: string; db: Database.Database } {
  const dir = mkdtempSync(join(tmpdir(), 'checkpoints-'));
  dirs.push(dir);
  const file = join(dir, 'queue.db');
  const db = new Database(file);
  useWriteAheadLog(db);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  // One commit per row, as the bot writes.
  for (let i = 0; i < 1500; i++) insert.run(`${i}:${'x'.repeat(4000)}`);
  return { file, db };
}

const MiB = 1024 * 1024;

describe('checkpoints off the event loop', () => {
  it('the committing connection leaves the log alone; the worker copies it into the database file', async () => {
    const { file, db } = databaseWithLongLog();
    // SQLite's default would have checkpointed every 1,000 pages (4 MiB) inside a commit.
    expect(statSync(file).size).toBeLessThan(MiB);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(5 * MiB);

    const checkpoints = startCheckpointer([file, join(file, '..', 'missing.db')], { everyMs: 5 });
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(5 * MiB), { timeout: 20_000, interval: 20 });
    await checkpoints.stop();

    // The data is whole, and the connection keeps committing after the worker left.
    db.prepare('INSERT INTO t (body) VALUES (?)').run('after');
    expect(db.prepare('SELECT COUNT(*) AS n FROM t').get()).toEqual({ n: 1501 });
    db.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
