import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../handlers/cases/store.js';
import { MIGRATIONS } from '../../handlers/cases/migrations.js';
import { createCipher, DecryptError, loadOrCreateKey, parseKey } from '../../handlers/cases/crypto.js';

const dir = mkdtempSync(join(tmpdir(), 'cases-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = 'Chị Hoàng Thị Mơ bị đưa sang Lào làm việc ở sòng bạc Kings Romans';
const NAME = 'Trần Văn Bảo Long';
const REPLY = 'Cán bộ hỏi thêm: chủ nhà trọ tên là Phạm Quý Khoa';
const RESOLUTION = 'Đã chuyển hồ sơ cho Đồn Biên phòng Nậm Cắn';
const CHAT = '7788990011';

/** Every byte of the database and its WAL, as latin1 and utf8 text, so any encoding of a planted string is found. */
function rawBytes(file: string): string {
  return [file, `${file}-wal`]
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f))
    .map((b) => b.toString('utf8') + b.toString('latin1'))
    .join('');
}

function fill(store: ReturnType<typeof openCaseStore>) {
  const ref = store.citizenRef('telegram', CHAT);
  store.setConsent(ref, NAME, 1000);
  const c = store.createCase({
    channel: 'telegram',
    citizenRef: ref,
    chatId: CHAT,
    label: 'report',
    urgent: false,
    citizenName: NAME,
    text: REPORT,
    at: 1000,
  });
  store.claim(c.id, { key: 'telegram:1', name: 'An', channel: 'telegram', chatId: '1' }, 1100);
  store.addMessage(c.id, { direction: 'officer', author: 'An', text: REPLY, at: 1200 });
  store.recordDelivery(c.id, 'telegram', CHAT, '55', 1200);
  store.closeCase(c.id, 'telegram:1', 'An', RESOLUTION, 1300);
  return c;
}

describe('encryption at rest', () => {
  it('parses hex and base64 keys of 32 bytes only', () => {
    const k = randomBytes(32);
    expect(parseKey(k.toString('hex'))?.equals(k)).toBe(true);
    expect(parseKey(k.toString('base64'))?.equals(k)).toBe(true);
    expect(parseKey(k.toString('base64url'))?.equals(k)).toBe(true);
    expect(parseKey(randomBytes(16).toString('hex'))).toBeUndefined();
    expect(parseKey('not a key')).toBeUndefined();
  });

  it('uses a fresh IV per value and detects tampering', () => {
    const c = createCipher(randomBytes(32));
    const a = c.encrypt('giống nhau');
    const b = c.encrypt('giống nhau');
    expect(a).not.toBe(b);
    expect(a.startsWith('v1:')).toBe(true);
    expect(c.decrypt(a)).toBe('giống nhau');
    const raw = Buffer.from(a.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => c.decrypt(`v1:${raw.toString('base64')}`)).toThrow(DecryptError);
    expect(() => createCipher(randomBytes(32)).decrypt(a)).toThrow(DecryptError);
  });

  it('never repeats an IV, also across the refills of its random pool', () => {
    const c = createCipher(randomBytes(32));
    const values = Array.from({ length: 1_000 }, () => c.encrypt('giống nhau'));
    const ivs = new Set(values.map((v) => Buffer.from(v.slice(3), 'base64').subarray(0, 12).toString('hex')));
    expect(ivs.size).toBe(values.length);
    expect(values.every((v) => c.decrypt(v) === 'giống nhau')).toBe(true);
  });

  it('keeps planted report texts, names, notes and chat ids out of the database and WAL files', () => {
    const file = join(dir, 'plain.db');
    const key = randomBytes(32);
    const store = openCaseStore(file, { key });
    const c = fill(store);
    // Readable through the store…
    expect(store.messages(c.id).map((m) => m.text)).toEqual([REPORT, REPLY]);
    const row = store.getCase(c.id)!;
    expect([row.citizenName, row.resolution, row.chatId]).toEqual([NAME, RESOLUTION, CHAT]);
    expect(store.getPrefs(row.citizenRef).displayName).toBe(NAME);
    expect(store.deliveredIdsForChat('telegram', CHAT)).toEqual(['55']);
    // …but not on disk, neither while the WAL holds the pages nor after a checkpoint.
    const planted = [REPORT, NAME, REPLY, RESOLUTION, CHAT, 'Kings Romans', 'Nậm Cắn', key.toString('hex'), key.toString('base64')];
    const before = rawBytes(file);
    expect(before.length).toBeGreaterThan(0);
    for (const p of planted) expect(before).not.toContain(p);
    const other = new Database(file);
    other.pragma('wal_checkpoint(FULL)');
    other.close();
    const after = rawBytes(file);
    for (const p of planted) expect(after).not.toContain(p);
    store.close();
  });

  it('refuses a wrong key at open with a clear error instead of returning garbage', () => {
    const file = join(dir, 'wrong.db');
    const s = openCaseStore(file, { key: randomBytes(32) });
    fill(s);
    s.close();
    expect(() => openCaseStore(file, { key: randomBytes(32) })).toThrow(/Khóa mã hóa không khớp/);
  });

  it('generates the key file with mode 0600 once and reuses it', () => {
    const file = join(dir, 'keys', 'encryption.key');
    const first = loadOrCreateKey({ file });
    expect(first.generated).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again = loadOrCreateKey({ file });
    expect(again.generated).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
    const env = randomBytes(32);
    expect(loadOrCreateKey({ file, envKey: env.toString('hex') }).key.equals(env)).toBe(true);
    expect(() => loadOrCreateKey({ file, envKey: 'abc' })).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('openCaseStore(file) without a key uses encryption.key next to the database, so reopening works', () => {
    const sub = join(dir, 'default');
    const s1 = openCaseStore(join(sub, 'cases.db'));
    const c = fill(s1);
    s1.close();
    expect(statSync(join(sub, 'encryption.key')).mode & 0o777).toBe(0o600);
    const s2 = openCaseStore(join(sub, 'cases.db'));
    expect(s2.messages(c.id)[0].text).toBe(REPORT);
    s2.close();
    expect(rawBytes(join(sub, 'cases.db'))).not.toContain(REPORT);
  });

  it('encrypts the plaintext rows of a version 1 database by migration at open', () => {
    const file = join(dir, 'legacy.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)');
    db.exec(MIGRATIONS[0].sql);
    db.prepare('INSERT INTO migrations VALUES (1, 0)').run();
    db.prepare(`INSERT INTO cases (number, channel, citizen_ref, chat_id, label, status, citizen_name, created_at, updated_at, resolution, closed_at)
      VALUES (1, 'zalo', 'ref', ?, 'report', 'closed', ?, 1, 1, ?, 2)`).run(CHAT, NAME, RESOLUTION);
    db.prepare("INSERT INTO case_messages (case_id, direction, text, at) VALUES (1, 'citizen', ?, 1)").run(REPORT);
    db.prepare("INSERT INTO citizens (citizen_ref, display_name, consent, updated_at) VALUES ('ref', ?, 1, 1)").run(NAME);
    db.prepare("INSERT INTO delivered_messages (case_id, channel, chat_id, platform_message_id, at) VALUES (1, 'zalo', ?, 'm1', 1)").run(
      CHAT,
    );
    db.close();
    expect(rawBytes(file)).toContain(REPORT);

    const key = randomBytes(32);
    const s = openCaseStore(file, { key });
    expect(s.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    expect(s.messages(1)[0].text).toBe(REPORT);
    expect(s.getCase(1)).toMatchObject({ chatId: CHAT, citizenName: NAME, resolution: RESOLUTION });
    expect(s.getPrefs('ref').displayName).toBe(NAME);
    expect(s.deliveredIdsForChat('zalo', CHAT)).toEqual(['m1']);
    // Channel names are opaque after the migration: a channel the schema never heard of is stored.
    expect(
      s.createCase({ channel: 'messenger', citizenRef: 'ref2', chatId: 'c2', label: 'report', urgent: false, text: 'tin báo', at: 3 })
        .channel,
    ).toBe('messenger');
    const raw = rawBytes(file);
    for (const p of [REPORT, NAME, RESOLUTION, CHAT]) expect(raw).not.toContain(p);
    s.close();
    // The migrated file now demands the same key.
    expect(() => openCaseStore(file, { key: randomBytes(32) })).toThrow(DecryptError);
    openCaseStore(file, { key }).close();
  });
});
