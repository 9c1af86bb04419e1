// When each store's commits reach the disk. WAL with synchronous=NORMAL loses the last commits on a power cut,
// so a store whose rows stand for something already acknowledged commits with FULL (on disk when the commit
// returns); the case database stays NORMAL because nothing is acknowledged before its durable() sync.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openInbox } from '../../bot/inbox.js';
import { openOutbox } from '../../bot/outbox.js';
import { openCaseStore } from '../../handlers/cases/store.js';

const dir = mkdtempSync(join(tmpdir(), 'durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = randomBytes(32);
const FULL = 2;
const NORMAL = 1;

describe('commit durability of each store', () => {
  it('the inbox syncs each commit: a message a platform was told arrived survives a power cut', () => {
    const inbox = openInbox(join(dir, 'inbox.db'), { key });
    expect(inbox.synchronous()).toBe(FULL);
    inbox.close();
  });

  it('the outbox syncs each commit: a reply an officer was told went out survives a power cut', () => {
    const outbox = openOutbox(join(dir, 'outbox.db'), { key });
    expect(outbox.synchronous()).toBe(FULL);
    outbox.close();
  });

  it('the case database commits to the log and syncs in groups before anyone is told', async () => {
    const store = openCaseStore(join(dir, 'cases.db'), { key });
    expect(store.synchronous()).toBe(NORMAL);
    await store.durable();
    store.close();
  });
});
