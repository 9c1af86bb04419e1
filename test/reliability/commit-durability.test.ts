// When each store's commits reach the disk. All three run WAL with synchronous=NORMAL (a commit is in the log at
// once, on disk at the next sync): what is acknowledged is synced first, in groups and off the event loop.
// The case database syncs before anyone is told a case was stored; the outbox syncs before any message leaves,
// so an officer is never told a reply went out while a power cut could still take it back.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openInbox } from '../../bot/inbox.js';
import { openOutbox } from '../../bot/outbox.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import type { OutgoingMessage } from '../../handlers/types.js';

const dir = mkdtempSync(join(tmpdir(), 'durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = randomBytes(32);
const NORMAL = 1;

const relay = (text: string): OutgoingMessage => ({ to: { channel: 'telegram', chatId: '42' }, kind: 'relay', text, caseId: 1 });

/** An fsync the test releases, counting the calls. */
function heldSync() {
  const waiting: (() => void)[] = [];
  return {
    calls: () => waiting.length,
    fsync: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: () => {
      for (const r of waiting.splice(0)) r();
    },
  };
}

describe('commit durability of each store', () => {
  it('every store commits to its log with synchronous=NORMAL', async () => {
    const inbox = openInbox(join(dir, 'inbox.db'), { key });
    const outbox = openOutbox(join(dir, 'outbox.db'), { key });
    const store = openCaseStore(join(dir, 'cases.db'), { key });
    expect([inbox.synchronous(), outbox.synchronous(), store.synchronous()]).toEqual([NORMAL, NORMAL, NORMAL]);
    inbox.close();
    outbox.close();
    store.close();
  });

  it('the outbox sends nothing before the messages it holds are synced, and one sync covers a batch', async () => {
    const sync = heldSync();
    const outbox = openOutbox(join(dir, 'outbox-held.db'), { key, fsync: sync.fsync });
    outbox.enqueue([relay('Cán bộ sẽ gọi lại cho bạn')]);
    outbox.enqueue([relay('Bạn nhớ giữ máy nhé')]);
    const sent: string[] = [];
    let stored = false;
    const durable = outbox.durable().then(() => (stored = true));
    const flushed = outbox.flush(() => async (m) => {
      sent.push(m.text);
      return { messageId: String(sent.length) };
    });
    await expect.poll(() => sync.calls()).toBe(1);
    expect(sent).toEqual([]);
    expect(stored).toBe(false);
    sync.release();
    await Promise.all([durable, flushed]);
    expect(sent).toEqual(['Cán bộ sẽ gọi lại cho bạn', 'Bạn nhớ giữ máy nhé']);
    outbox.close();
  });
});
