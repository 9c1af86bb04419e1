// Data files at rest: the folder is 0700 and every file in it 0600, including SQLite's -wal and -shm
// files and files an earlier release left with a wider mode.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openInbox } from '../../bot/inbox.js';
import { openOutbox } from '../../bot/outbox.js';
import { tightenTree } from '../../handlers/cases/private-files.js';
import { openCaseStore } from '../../handlers/cases/store.js';

const root = mkdtempSync(join(tmpdir(), 'modes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (p: string) => statSync(p).mode & 0o777;

describe('data file modes', () => {
  it('keeps the data folder 0700 and every file in it 0600', () => {
    const dir = join(root, 'data');
    mkdirSync(join(dir, 'index'), { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'index', 'old.bin'), 'x', { mode: 0o644 });
    tightenTree(dir);
    const store = openCaseStore(join(dir, 'cases.db'));
    store.audit({ at: 1, actor: 'system:test', action: 'x', outcome: 'ok' });
    const key = Buffer.alloc(32, 3);
    const outbox = openOutbox(join(dir, 'outbox.db'), { key });
    outbox.enqueue([{ to: { channel: 'web', chatId: 'a' }, kind: 'notice', text: 'x' }]);
    const inbox = openInbox(join(dir, 'inbox.db'), { key });
    inbox.accept({ channel: 'web', chatId: 'a', userId: 'a', messageId: '1', kind: 'text', text: 'x', receivedAt: 1 });
    const files = readdirSync(dir, { recursive: true }).map(String);
    expect(files).toEqual(expect.arrayContaining(['cases.db', 'cases.db-wal', 'outbox.db-wal', 'inbox.db', 'encryption.key']));
    expect(mode(dir)).toBe(0o700);
    expect(mode(join(dir, 'index'))).toBe(0o700);
    for (const f of files) if (statSync(join(dir, f)).isFile()) expect([f, mode(join(dir, f))]).toEqual([f, 0o600]);
    store.close();
    outbox.close();
    inbox.close();
  });
});
