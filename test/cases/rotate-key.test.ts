// `npm run rotate-key`: every row survives under the new key, and a run killed half way (inside a
// database's transaction, or between two databases) is finished by running the command again.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openOutbox } from '../../bot/outbox.js';
import { openInbox } from '../../bot/inbox.js';
import { parseKey } from '../../handlers/cases/crypto.js';
import { openCaseStore } from '../../handlers/cases/store.js';

const dir = mkdtempSync(join(tmpdir(), 'rotate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const keyFile = join(dir, 'encryption.key');
const readKey = (file = keyFile) => parseKey(readFileSync(file, 'utf8'))!;

/** Runs the rotation in a child process; with `stop`, the child is killed (SIGKILL) at that point. */
function rotate(stop?: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const script = stop ? ['test/cases/rotate-key-child.ts', stop] : ['bot/cli/rotate-key.ts'];
    const child = spawn(process.execPath, ['--import', 'tsx', ...script], {
      env: { ...process.env, DATA_DIR: dir, DATA_ENCRYPTION_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
}

/** Everything the three databases hold, read back decrypted with `key`. */
function snapshot(key: Buffer) {
  const store = openCaseStore(join(dir, 'cases.db'), { key });
  const outbox = openOutbox(join(dir, 'outbox.db'), { key });
  const inbox = openInbox(join(dir, 'inbox.db'), { key });
  try {
    const cases = store.listCases({ includeClosed: true });
    return {
      cases,
      messages: cases.map((c) => store.messages(c.id)),
      delivered: store.deliveredIdsForChat('telegram', '5550001'),
      ref: store.citizenRef('telegram', '5550001'),
      actor: store.actorRef('telegram', '100'),
      accounts: store.accounts.list(),
      linked: store.accounts.byPlatform('telegram', '100')?.login,
      audit: store.auditEntries(),
      outbox: outbox.pendingCount(),
      inbox: inbox.pending().map((p) => p.msg),
      inboxDuplicate: inbox.accept({
        channel: 'telegram',
        chatId: '5550001',
        userId: '5550001',
        messageId: '42',
        kind: 'text',
        text: 'lặp lại',
        receivedAt: 2,
      }),
    };
  } finally {
    store.close();
    outbox.close();
    inbox.close();
  }
}

describe('npm run rotate-key', () => {
  it('fills the databases', () => {
    const store = openCaseStore(join(dir, 'cases.db'));
    const c = store.createCase({
      channel: 'telegram',
      citizenRef: store.citizenRef('telegram', '5550001'),
      chatId: '5550001',
      label: 'report',
      urgent: false,
      text: 'Em gái tôi mất liên lạc',
      at: 1,
    });
    store.claim(c.id, { key: 'telegram:100', name: 'Cán bộ An', channel: 'telegram', chatId: '100' }, 2);
    store.addMessage(c.id, { direction: 'officer', author: 'Cán bộ An', text: 'Chị ở đâu?', at: 3 });
    store.recordDelivery(c.id, 'telegram', '5550001', '901', 4);
    store.setConsent(store.citizenRef('telegram', '5550001'), 'Nguyễn Thị Hoa', 5);
    store.accounts.add({ login: 'an.c', name: 'Cán bộ An' });
    store.accounts.link('an.c', 'telegram', '100');
    store.audit({ at: 6, actor: 'telegram:100', action: 'read', caseId: c.id, outcome: 'ok' });
    store.close();
    const key = readKey();
    const outbox = openOutbox(join(dir, 'outbox.db'), { key });
    outbox.enqueue([{ to: { channel: 'telegram', chatId: '5550001' }, kind: 'notice', text: 'đang chờ gửi' }]);
    outbox.close();
    const inbox = openInbox(join(dir, 'inbox.db'), { key });
    inbox.accept({
      channel: 'telegram',
      chatId: '5550001',
      userId: '5550001',
      messageId: '42',
      kind: 'text',
      text: 'chưa xử lý xong',
      receivedAt: 1,
    });
    inbox.close();
  });

  it('a kill inside the case database’s transaction changes nothing; a kill between databases leaves each under one key; a re-run finishes', async () => {
    const oldKey = readKey();
    const before = snapshot(oldKey);
    expect(before.cases).toHaveLength(1);

    const mid = await rotate('cases.db:half');
    expect(mid.signal).toBe('SIGKILL');
    expect(mid.out).not.toContain('cases.db:'); // killed before the case database finished
    expect(readKey()).toEqual(oldKey);
    expect(snapshot(oldKey)).toEqual(before);

    const between = await rotate('cases.db:committed');
    expect(between.signal).toBe('SIGKILL');
    expect(between.out).not.toContain('outbox.db:'); // the next database was not reached
    const newKey = readKey(keyFile + '.next');
    expect(newKey).not.toEqual(oldKey);
    expect(readKey()).toEqual(oldKey); // the key file is only replaced at the very end

    const done = await rotate();
    expect(done.code).toBe(0);
    expect(existsSync(keyFile + '.next')).toBe(false);
    expect(readKey()).toEqual(newKey);
    const after = snapshot(newKey);
    expect(after).toEqual(before);
    expect(after.inboxDuplicate).toBeUndefined(); // the re-keyed dedupe hash still recognises the message
    // The re-keyed chat key still finds the pending message when that chat is flushed.
    const outbox = openOutbox(join(dir, 'outbox.db'), { key: newKey });
    const sent: string[] = [];
    await outbox.flush(() => async (m) => (sent.push(m.text), { messageId: '1' }), new Set(['telegram:5550001']));
    outbox.close();
    expect(sent).toEqual(['đang chờ gửi']);
    expect(() => openCaseStore(join(dir, 'cases.db'), { key: oldKey })).toThrow(/khóa|key/i);
  }, 60_000);
});
