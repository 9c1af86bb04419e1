// Notices changes to a knowledge folder so the running bot can rebuild its index in the background.
// fs.watch({ recursive }) is unreliable on Linux with Node 20, so the folder is polled: every poll only
// lists the document files and stats them (size, mtime), which is cheap for a few hundred files.

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './extract.js';
import { listDocuments } from './load.js';

export interface WatchOptions {
  /** Quiet time after the last change before onChange runs (copies of many files coalesce). Default 1500 ms. */
  debounceMs?: number;
  /** Poll period. Default 3000 ms. */
  intervalMs?: number;
  /** Called when onChange throws or rejects (the watcher keeps going). */
  onError?: (err: unknown) => void;
}

/** Size and mtime of every document, manifest.yaml, contacts.yaml and updates.yaml; 'missing' when the folder is gone. */
export function folderFingerprint(dir: string): string {
  try {
    const parts = listDocuments(dir).map((id) => {
      const st = statSync(join(dir, id));
      return `${id}\0${st.size}\0${st.mtimeMs}`;
    });
    for (const name of ['manifest.yaml', 'contacts.yaml', 'updates.yaml']) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      const st = statSync(file);
      parts.push(`${name}\0${st.size}\0${st.mtimeMs}`);
    }
    return sha256(parts.join('\n'));
  } catch {
    return 'missing';
  }
}

/**
 * Calls onChange (debounced) whenever a document, the manifest, the contacts or the updates under dir is added, changed or removed.
 * onChange is never run twice at once: a change seen while it runs schedules one more call afterwards.
 */
export function watchKnowledge(dir: string, onChange: () => void | Promise<void>, opts: WatchOptions = {}): { close(): void } {
  const debounceMs = opts.debounceMs ?? 1500;
  const intervalMs = opts.intervalMs ?? 3000;
  let last = folderFingerprint(dir);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;
  let closed = false;

  const fire = async () => {
    timer = undefined;
    if (closed) return;
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      await onChange();
    } catch (err) {
      opts.onError?.(err);
    } finally {
      running = false;
      if (pending && !closed) {
        pending = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
    timer.unref?.();
  };
  const poll = setInterval(() => {
    const now = folderFingerprint(dir);
    if (now === last) return;
    last = now;
    schedule();
  }, intervalMs);
  poll.unref?.();

  return {
    close() {
      closed = true;
      clearInterval(poll);
      if (timer) clearTimeout(timer);
    },
  };
}
