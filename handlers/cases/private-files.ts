// The data folder holds the case database, its key file and queues: readable by the bot's own user only.
// Database files are created 0600 before SQLite opens them, so its -wal and -shm files (which SQLite
// creates with the database file's mode) are private too.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** Creates `file` (0600) if missing and narrows it and its SQLite companions to 0600. */
export function ensurePrivateFile(file: string): void {
  ensurePrivateDir(dirname(file));
  closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/** Narrows a whole folder written by an earlier release (or another umask): folders 0700, files 0600. */
export function tightenTree(dir: string): void {
  ensurePrivateDir(dir);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) tightenTree(path);
    else if (st.isFile()) chmodSync(path, 0o600);
  }
}
