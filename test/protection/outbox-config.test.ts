import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';
import { openOutbox } from '../../bot/outbox.js';
import type { OutgoingMessage } from '../../handlers/types.js';

const dir = mkdtempSync(join(tmpdir(), 'protect-outbox-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECRET = 'Cán bộ hẹn gặp bạn ở UBND xã Mường Khương lúc 9 giờ';
const CHAT = '8123456789';
const msg = (text: string): OutgoingMessage => ({ to: { channel: 'telegram', chatId: CHAT }, kind: 'relay', text, caseId: 1 });
const raw = (file: string) =>
  [file, `${file}-wal`]
    .filter(existsSync)
    .map((f) => readFileSync(f).toString('latin1') + readFileSync(f).toString('utf8'))
    .join('');

describe('outbox encryption', () => {
  it('stores pending payloads and chat keys unreadable and still delivers them after a reopen', async () => {
    const file = join(dir, 'outbox.db');
    const key = randomBytes(32);
    const first = openOutbox(file, { key });
    first.enqueue([msg(SECRET)]);
    first.close();
    const bytes = raw(file);
    expect(bytes).not.toContain('Mường Khương');
    expect(bytes).not.toContain(CHAT);

    const second = openOutbox(file, { key });
    const sent: OutgoingMessage[] = [];
    await second.flush(() => async (m) => {
      sent.push(m);
      return { messageId: '1' };
    });
    expect(sent.map((m) => [m.text, m.to.chatId])).toEqual([[SECRET, CHAT]]);
    expect(second.pendingCount()).toBe(0);
    second.close();
  });

  it('flushes one chat by its plain chat key when the stored key is hashed', async () => {
    const box = openOutbox(join(dir, 'per-chat.db'), { key: randomBytes(32) });
    box.enqueue([msg('một'), { ...msg('khác'), to: { channel: 'telegram', chatId: '42' } }]);
    const sent: string[] = [];
    await box.flush(() => async (m) => (sent.push(m.text), {}), new Set([`telegram:${CHAT}`]));
    expect(sent).toEqual(['một']);
    expect(box.pendingCount()).toBe(1);
    box.close();
  });

  it('still sends plaintext rows queued before a key was configured', async () => {
    const file = join(dir, 'legacy.db');
    const before = openOutbox(file);
    before.enqueue([msg('tin cũ')]);
    before.close();
    const db = new Database(file, { readonly: true });
    expect((db.prepare('SELECT payload FROM outbox').get() as { payload: string }).payload).toContain('tin cũ');
    db.close();
    const after = openOutbox(file, { key: randomBytes(32) });
    const sent: string[] = [];
    await after.flush(() => async (m) => (sent.push(m.text), {}));
    expect(sent).toEqual(['tin cũ']);
    after.close();
  });
});

describe('data protection settings', () => {
  it('accepts hex and base64 keys, defaults retention to 365 days and 0 keeps forever', () => {
    const k = randomBytes(32);
    expect(loadConfig({ DATA_ENCRYPTION_KEY: k.toString('hex') }).DATA_ENCRYPTION_KEY).toBe(k.toString('hex'));
    expect(loadConfig({ DATA_ENCRYPTION_KEY: k.toString('base64') }).DATA_ENCRYPTION_KEY).toBe(k.toString('base64'));
    expect(loadConfig({ DATA_ENCRYPTION_KEY: '' }).DATA_ENCRYPTION_KEY).toBeUndefined();
    expect(loadConfig({}).RETENTION_DAYS).toBe(365);
    expect(loadConfig({ RETENTION_DAYS: '0' }).RETENTION_DAYS).toBe(0);
  });

  it('rejects short keys and negative retention with Vietnamese messages naming the variables', () => {
    let err: unknown;
    try {
      loadConfig({ DATA_ENCRYPTION_KEY: randomBytes(16).toString('base64'), RETENTION_DAYS: '-3' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).variables.sort()).toEqual(['DATA_ENCRYPTION_KEY', 'RETENTION_DAYS']);
    expect((err as Error).message).toContain('phải là khóa 32 byte');
    expect((err as Error).message).toContain('không được âm');
  });

  it('documents both settings in .env.example', () => {
    const env = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    expect(env).toMatch(/^DATA_ENCRYPTION_KEY=$/m);
    expect(env).toMatch(/^RETENTION_DAYS=365$/m);
  });
});
