import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { latestVersion, MIGRATIONS, SchemaTooNewError } from '../../handlers/cases/migrations.js';
import { openCaseStore } from '../../handlers/cases/store.js';

// Upgrades from every schema version a release has shipped. Each fixtures/schema-vN.sql was written by the
// case store of the release that had version N as its newest (see the header of each file), with the same rows.

const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KEY = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
const LATEST = latestVersion();
const EARLIER = Array.from({ length: LATEST - 1 }, (_, i) => i + 1);
const T0 = Date.UTC(2026, 0, 10, 3, 0, 0);

function fixture(version: number, name = `v${version}-${Math.random().toString(36).slice(2)}.db`): string {
  const file = join(dir, name);
  const db = new Database(file);
  db.exec(readFileSync(new URL(`./fixtures/schema-v${version}.sql`, import.meta.url), 'utf8'));
  db.close();
  return file;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** What the fixture rows say, read through the current store. */
function expectFixtureRows(store: ReturnType<typeof openCaseStore>): void {
  const cases = store.listCases({ includeClosed: true }).sort((a, b) => a.number - b.number);
  expect(cases.map((c) => [c.number, c.channel, c.label, c.status, c.urgent, c.chatId])).toEqual([
    [1, 'telegram', 'report', 'open', false, '5550001'],
    [2, 'zalo', 'emergency', 'claimed', true, 'a1b2c3d4e5f60718293a'],
    [3, 'web', 'report', 'closed', false, 'web-chat-42'],
  ]);
  expect(cases[0].province).toBe('quang-nam');
  expect(cases[1].citizenName).toBe('Nguyễn Thị Hoa');
  // Officer ids are kept as the store's own pseudonym of the officer's platform id (schema 3 on).
  expect(cases[1].claimedBy).toBe(store.actorRef('telegram', '100'));
  expect(cases[2].resolution).toBe('Đã chuyển Công an xã xác minh');
  expect(cases[2].closedAt).toBe(T0 + 5000);
  expect(store.messages(cases[1].id)).toEqual([
    { direction: 'citizen', text: 'Tôi đang bị nhốt, cứu tôi', at: T0 + 2000 },
    { direction: 'officer', author: 'Cán bộ An', text: 'Chị đang ở đâu? Có thấy biển số nhà không?', at: T0 + 3100 },
    { direction: 'citizen', text: 'Gần bến xe, nhà màu xanh', at: T0 + 3200 },
  ]);
  expect(store.messages(cases[0].id)[0].text).toBe('Em gái tôi được hứa việc làm ở Trung Quốc, giờ mất liên lạc ba ngày');
  expect(store.auditEntries().map((a) => [a.action, a.caseId, a.outcome, a.at])).toEqual([
    ['claim', 2, 'ok', T0 + 3000],
    ['claim', 3, 'ok', T0 + 4100],
    ['close', 3, 'ok', T0 + 5000],
    ['list', undefined, 'denied', T0 + 5100],
  ]);
  expect(store.auditEntries().map((a) => a.actor)).toEqual(
    [
      ['telegram', '100'],
      ['web', 'console'],
      ['web', 'console'],
      ['zalo', '999'],
    ].map(([ch, id]) => store.actorRef(ch as 'web', id)),
  );
  // The salt survived: the same platform user maps to the same pseudonymous reference and case.
  const ref = store.citizenRef('telegram', '5550001');
  expect(store.activeCase('telegram', ref)?.number).toBe(1);
  expect(store.getPrefs(ref).province).toBe('quang-nam');
  expect(store.getPrefs(store.citizenRef('zalo', 'a1b2c3d4e5f60718293a')).displayName).toBe('Nguyễn Thị Hoa');
  expect(store.deliveredIdsForChat('zalo', 'a1b2c3d4e5f60718293a')).toEqual(['zmsg-1']);
  expect(store.markProcessed('telegram', '901', T0)).toBe(false);
  // The announcement survived: the open case counts as announced at T0+1001, not as new since its creation.
  expect(store.dueForReannounce(T0 + 1000).map((c) => c.id)).not.toContain(1);
  expect(store.dueForReannounce(T0 + 1001).map((c) => c.id)).toContain(1);
}

describe('schema migrations', () => {
  it('are numbered 1, 2, 3… without gaps, so the order of upgrades is never ambiguous', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
  });

  it('have a fixture written by a release for every earlier schema version', () => {
    for (const v of EARLIER)
      expect(existsSync(new URL(`./fixtures/schema-v${v}.sql`, import.meta.url)), `fixtures/schema-v${v}.sql`).toBe(true);
  });

  it.each(EARLIER)('upgrade a version %i database with rows to the current version, keeping every row', (version) => {
    const file = fixture(version);
    const store = openCaseStore(file, { key: KEY });
    expect(store.schemaVersion()).toBe(LATEST);
    expectFixtureRows(store);
    // Still writable: the next case number follows on.
    const c = store.createCase({
      channel: 'web',
      citizenRef: 'r',
      chatId: 'c',
      label: 'report',
      urgent: false,
      text: 'mới',
      at: T0 + 9000,
    });
    expect(c.number).toBe(4);
    store.close();
    // And it opens again without migrating anything twice.
    const again = openCaseStore(file, { key: KEY });
    expect(again.schemaVersion()).toBe(LATEST);
    expect(again.messages(c.id)[0].text).toBe('mới');
    again.close();
  });

  it('refuse a database written by a newer release, with a clear message, and leave it untouched', () => {
    const file = join(dir, 'newer.db');
    const store = openCaseStore(file, { key: KEY });
    store.close();
    const db = new Database(file);
    db.prepare('INSERT INTO migrations (version, applied_at) VALUES (?, 0)').run(LATEST + 1);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(file);
    let err: unknown;
    try {
      openCaseStore(file, { key: KEY });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SchemaTooNewError);
    expect((err as Error).message).toContain(`phiên bản lược đồ ${LATEST + 1}`);
    expect((err as Error).message).toContain('newer than');
    expect(sha(file)).toBe(before);
  });

  it('the bot refuses to start on a newer database and says why', () => {
    const dataDir = mkdtempSync(join(dir, 'newer-app-'));
    const store = openCaseStore(join(dataDir, 'cases.db'), { key: KEY });
    store.close();
    const db = new Database(join(dataDir, 'cases.db'));
    db.prepare('INSERT INTO migrations (version, applied_at) VALUES (?, 0)').run(LATEST + 7);
    db.close();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bot/main.ts'], {
      env: { ...process.env, DATA_DIR: dataDir, PORT: '0', DATA_ENCRYPTION_KEY: KEY.toString('hex'), LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 50_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`phiên bản lược đồ ${LATEST + 7}`);
    expect(r.stderr).toContain('install the newer release');
  }, 60_000);

  it('a migration that fails half-way leaves the database as it was', () => {
    const file = fixture(LATEST - 1);
    openCaseStore(file, { key: KEY }).close(); // now at the current version, with the fixture rows
    const failing = {
      version: LATEST + 1,
      sql: 'ALTER TABLE cases ADD COLUMN extra TEXT; CREATE TABLE half_done (x INTEGER);',
      run: (db: Database.Database) => {
        db.prepare("UPDATE cases SET extra = 'x', province = 'sai'").run();
        throw new Error('disk full');
      },
    };
    expect(() => openCaseStore(file, { key: KEY, migrations: [...MIGRATIONS, failing] })).toThrow('disk full');
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect((raw.prepare('PRAGMA table_info(cases)').all() as { name: string }[]).map((c) => c.name)).not.toContain('extra');
    raw.close();
    const store = openCaseStore(file, { key: KEY });
    expect(store.schemaVersion()).toBe(LATEST);
    expectFixtureRows(store);
    store.close();
  });

  it('a process killed in the middle of the newest migration leaves the previous version intact, and the next start upgrades', async () => {
    const file = fixture(LATEST - 1);
    const tablesBefore = new Database(file, { readonly: true });
    const schemaBefore = tablesBefore.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
    const rowsBefore = tablesBefore.prepare('SELECT * FROM case_messages ORDER BY id').all();
    tablesBefore.close();
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/cases/migration-crash-child.ts', file, KEY.toString('hex')], {
      stdio: 'ignore',
    });
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    expect(signal).toBe('SIGKILL');
    // The killed transaction may have left a hot WAL: opening read-write lets SQLite roll it back.
    const after = new Database(file);
    expect(after.prepare('SELECT MAX(version) AS v FROM migrations').get()).toEqual({ v: LATEST - 1 });
    expect(after.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schemaBefore);
    expect(after.prepare('SELECT * FROM case_messages ORDER BY id').all()).toEqual(rowsBefore);
    after.close();
    const store = openCaseStore(file, { key: KEY });
    expect(store.schemaVersion()).toBe(LATEST);
    expectFixtureRows(store);
    store.close();
  });
});
