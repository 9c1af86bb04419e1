// Group commit for the case database. Commits run with synchronous=NORMAL: a commit is in the write-ahead
// log when it returns (it survives a crash of the process) but reaches the disk only at the next checkpoint.
// Before the bot tells anyone that something was stored, it waits for `durable()`: one fsync of the log,
// run off the event loop, covers every commit made before it started, so a flood of reports costs one
// sync per batch instead of one per commit blocking everyone else (what synchronous=FULL would do).
import { AsyncLocalStorage } from 'node:async_hooks';
import { closeSync, existsSync, fsync, openSync } from 'node:fs';
import { promisify } from 'node:util';

const fsyncAsync = promisify(fsync);

export interface GroupSync {
  /** Resolves once every commit made so far is on disk; rejects when the disk refuses the sync. */
  durable(): Promise<void>;
  close(): void;
}

/**
 * `file`: the database file (its `-wal` log is synced; the file itself when there is no log).
 * `changes`: rows written by the connection so far (SQLite's total_changes()): nothing to sync when unchanged.
 * `sync`: the fsync itself (tests count the calls).
 */
export function groupSync(file: string, changes: () => number, sync: (fd: number) => Promise<void> = fsyncAsync): GroupSync {
  if (file === ':memory:') return { durable: () => Promise.resolve(), close: () => undefined };
  const wal = `${file}-wal`;
  const fd = openSync(existsSync(wal) ? wal : file, 'r+');
  let synced = 0;
  let inFlight: { upTo: number; done: Promise<void> } | undefined;
  let queued: Promise<void> | undefined;

  function syncNow(): Promise<void> {
    const upTo = changes();
    const done = sync(fd)
      .then(() => {
        synced = Math.max(synced, upTo);
      })
      .finally(() => {
        inFlight = undefined;
      });
    inFlight = { upTo, done };
    return done;
  }

  return {
    durable() {
      const mark = changes();
      if (mark <= synced) return Promise.resolve();
      if (!inFlight) return syncNow();
      // The running sync started before these commits: the next one covers them, and everyone who joins meanwhile.
      if (mark <= inFlight.upTo) return inFlight.done;
      queued ??= inFlight.done
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return syncNow();
        });
      return queued;
    },
    close: () => closeSync(fd),
  };
}

export interface WriteTracker {
  /** Runs `work` and tells whether it (or anything it awaited) wrote to the database. */
  track<T>(work: () => Promise<T>): Promise<{ value: T; wrote: boolean }>;
  /** Records a write for the work running now (no-op outside `track`). */
  noteWrite(): void;
  /** Runs `write` without counting it for the work running now. */
  untracked<T>(write: () => T): T;
}

/**
 * Which piece of concurrent work wrote. A global write count cannot say it: while one chat's question is
 * answered, other chats' reports are committed, so every reply would wait for their sync.
 */
export function writeTracker(): WriteTracker {
  const current = new AsyncLocalStorage<{ wrote: boolean }>();
  return {
    async track(work) {
      const own = { wrote: false };
      const value = await current.run(own, work);
      return { value, wrote: own.wrote };
    },
    noteWrite() {
      const own = current.getStore();
      if (own) own.wrote = true;
    },
    untracked: (write) => current.exit(write),
  };
}
