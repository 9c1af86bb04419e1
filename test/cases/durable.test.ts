// Group commit: what the bot acknowledges is synced to disk first, one fsync for every commit made before
// it started, off the event loop.
import { fsync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupSync } from '../../handlers/cases/durable.js';
import { openCaseStore } from '../../handlers/cases/store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'durable-'));
  dirs.push(dir);
  return join(dir, 'cases.db');
}

/** A file to sync, for the tests that count writes themselves. */
function tempFile(): string {
  const file = tempDb();
  writeFileSync(file, '');
  return file;
}

/** The real fsync, counted. */
function countedSync() {
  const calls = { n: 0 };
  const real = promisify(fsync);
  return { calls, sync: (fd: number) => (calls.n++, real(fd)) };
}

describe('group sync', () => {
  it('syncs nothing while nothing was written, and once for many commits made together', async () => {
    const file = tempDb();
    const store = openCaseStore(file);
    let written = 0;
    const { calls, sync } = countedSync();
    const g = groupSync(file, () => written, sync);
    await g.durable();
    expect(calls.n).toBe(0);
    const waits = [];
    for (let i = 0; i < 50; i++) {
      store.audit({ at: i, actor: 'system:test', action: 'test', outcome: 'ok' });
      written++;
      waits.push(g.durable());
    }
    await Promise.all(waits);
    // The first sync started after the first commit; everything after it shares the next one.
    expect(calls.n).toBe(2);
    await g.durable();
    expect(calls.n).toBe(2);
    g.close();
    store.close();
  });

  it('does not resolve a wait for a commit made after the running sync started until a later sync', async () => {
    const file = tempFile();
    let written = 1;
    const releases: (() => void)[] = [];
    const g = groupSync(
      file,
      () => written,
      () => new Promise<void>((r) => releases.push(r)),
    );
    const first = g.durable();
    written = 2;
    let secondDone = false;
    const second = g.durable().then(() => (secondDone = true));
    releases[0]();
    await first;
    // The second sync starts once the first is over; until it finishes, the wait goes on.
    await vi.waitFor(() => expect(releases).toHaveLength(2));
    expect(secondDone).toBe(false);
    releases[1]();
    await second;
    expect(secondDone).toBe(true);
    g.close();
  });

  it('reports a failed sync to every waiter, and tries again on the next wait', async () => {
    const file = tempFile();
    let written = 1;
    let fail = true;
    const g = groupSync(
      file,
      () => written,
      () => (fail ? Promise.reject(new Error('EIO')) : Promise.resolve()),
    );
    await expect(g.durable()).rejects.toThrow('EIO');
    fail = false;
    written = 2;
    await expect(g.durable()).resolves.toBeUndefined();
    g.close();
  });

  it('the case store waits for it: a case written is synced before durable() resolves', async () => {
    const store = openCaseStore(tempDb());
    store.createCase({ channel: 'web', citizenRef: 'r', chatId: 'c', label: 'report', urgent: false, text: 'Tin báo', at: 1 });
    await expect(store.durable()).resolves.toBeUndefined();
    store.close();
  });

  it("tells a handling whether it stored something itself, not counting other work's writes nor the redelivery mark", async () => {
    const store = openCaseStore(tempDb());
    const report = (chatId: string) =>
      store.createCase({ channel: 'web', citizenRef: 'r', chatId, label: 'report', urgent: false, text: 'Tin báo', at: 1 });
    let otherWrote!: () => void;
    const otherDone = new Promise<void>((r) => (otherWrote = r));
    const question = store.trackWrites(async () => {
      store.markProcessed('web', 'q1', 1);
      await otherDone;
      return 'answer';
    });
    const other = store.trackWrites(async () => {
      report('other');
      otherWrote();
    });
    await expect(question).resolves.toEqual({ value: 'answer', wrote: false });
    await expect(other).resolves.toEqual({ value: undefined, wrote: true });
    await expect(store.trackWrites(async () => store.listCases({ includeClosed: true }).length)).resolves.toEqual({
      value: 1,
      wrote: false,
    });
    store.close();
  });
});
