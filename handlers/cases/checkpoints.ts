// Write-ahead logs and their checkpoints. A commit appends to the database's `-wal` file; a checkpoint copies
// the log back into the database file and syncs both. SQLite's automatic checkpoint runs inside whichever
// commit passes the threshold, on the event loop: with three busy databases that was a stall of several to
// tens of milliseconds every few hundred milliseconds in a flood of reports, in front of everyone's answers.
// So the bot checkpoints from a worker thread with connections of its own (PASSIVE: it never waits for nor
// blocks a writer), and the connections that commit only checkpoint themselves past a far higher backstop,
// which a running bot does not reach and which bounds the log for any other program opening the files.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** Pages (4 KiB) a log may grow to before the committing connection checkpoints it itself. */
const BACKSTOP_PAGES = 10_000;

/**
 * WAL journal with synchronous=NORMAL: a commit is in the log when it returns (it survives a crash of the
 * process) and on disk at the next sync of the log. A store whose rows stand for something acknowledged syncs
 * them with durable.ts groupSync before anyone is told (one sync off the event loop for a whole batch; FULL
 * would sync every commit on the event loop). Checkpoints as described above.
 */
export function useWriteAheadLog(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
}

/** The `synchronous` level in effect on a connection. */
export const synchronousLevel = (db: Database.Database): number => db.pragma('synchronous', { simple: true }) as number;

export interface Checkpointer {
  /** Ends the worker once its connections are closed (so the last connection to close folds the log in). */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  /** How often the logs are looked at (default 200 ms). */
  everyMs?: number;
  /** Log size from which a checkpoint runs (default 1 MiB, a quarter of SQLite's own threshold). */
  minBytes?: number;
  /** The worker failed (it then stops; the backstop keeps the logs bounded). */
  onError?: (err: Error) => void;
}

// Plain CommonJS run with `eval`, so the worker starts the same way under tsx, vitest and a build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { statSync } = require('node:fs');
const Database = require(workerData.driver);
const open = new Map();
function logBytes(file) {
  try {
    return statSync(file + '-wal').size;
  } catch {
    return 0;
  }
}
function checkpointAll() {
  for (const file of workerData.files) {
    if (logBytes(file) < workerData.minBytes) continue;
    try {
      let db = open.get(file);
      if (!db) open.set(file, (db = new Database(file, { fileMustExist: true })));
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or gone: the next round (or the backstop) takes it.
    }
  }
}
const timer = setInterval(checkpointAll, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  for (const db of open.values()) db.close();
  parentPort.close();
});
`;

/** Checkpoints the given database files (opened by this process in WAL mode) from a worker thread. */
export function startCheckpointer(files: string[], opts: CheckpointerOptions = {}): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: createRequire(import.meta.url).resolve('better-sqlite3'),
      files,
      everyMs: opts.everyMs ?? 200,
      minBytes: opts.minBytes ?? 1024 * 1024,
    },
  });
  worker.unref();
  worker.on('error', (err) => opts.onError?.(err));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop() {
      worker.postMessage('stop');
      return exited;
    },
  };
}
