import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { BackupError, createBackup, lastBackupAt, listBackups, pruneBackups, restoreBackup, verifyBackup } from '../../bot/backup.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { openOutbox } from '../../bot/outbox.js';
import { openInbox } from '../../bot/inbox.js';
import { latestVersion } from '../../handlers/cases/migrations.js';

const root = mkdtempSync(join(tmpdir(), 'backup-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let seq = 0;
const fresh = (name: string) => join(root, `${name}-${++seq}`);

const PLANTED = {
  report: 'Chị Vàng Thị Sùng bị giữ ở lò gạch Tân Uyên, chủ tên Đỗ Văn Hổ',
  name: 'Giàng A Páo',
  reply: 'Cán bộ Lường Văn Quyết sẽ gọi lại vào số của anh',
  resolution: 'Đã bàn giao cho Đồn Biên phòng Mường Khương',
  chat: '9081726354',
  outgoing: 'Tin gửi đi: hẹn gặp ở trạm y tế Bản Lầu',
  incoming: 'Tin đến: tôi đang ở nhà nghỉ Hoa Ban',
};

/** A data folder with every database the bot keeps, each holding planted personal data. */
function seededDataDir(key: Buffer): string {
  const dataDir = fresh('data');
  mkdirSync(dataDir);
  const store = openCaseStore(join(dataDir, 'cases.db'), { key });
  const ref = store.citizenRef('zalo', PLANTED.chat);
  store.setConsent(ref, PLANTED.name, 1000);
  const c = store.createCase({
    channel: 'zalo',
    citizenRef: ref,
    chatId: PLANTED.chat,
    label: 'report',
    urgent: false,
    citizenName: PLANTED.name,
    text: PLANTED.report,
    at: 1000,
  });
  store.claim(c.id, { key: 'telegram:1', name: 'An', channel: 'telegram', chatId: '1' }, 1100);
  store.addMessage(c.id, { direction: 'officer', author: 'An', text: PLANTED.reply, at: 1200 });
  store.closeCase(c.id, 'telegram:1', 'An', PLANTED.resolution, 1300);
  store.audit({ at: 1300, actor: 'telegram:1', action: 'close', caseId: c.id, outcome: 'ok' });
  store.close();
  const outbox = openOutbox(join(dataDir, 'outbox.db'), { key });
  outbox.enqueue([{ to: { channel: 'zalo', chatId: PLANTED.chat }, kind: 'relay', text: PLANTED.outgoing }]);
  outbox.close();
  const inbox = openInbox(join(dataDir, 'inbox.db'), { key });
  inbox.accept({
    channel: 'zalo',
    chatId: PLANTED.chat,
    userId: PLANTED.chat,
    messageId: 'm1',
    kind: 'text',
    text: PLANTED.incoming,
    receivedAt: 1,
  } as never);
  inbox.close();
  writeFileSync(join(dataDir, 'encryption.key'), `${key.toString('base64')}\n`, { mode: 0o600 });
  return dataDir;
}

/** Every byte of every file under `dir`, as utf8 and latin1 text. */
function allBytes(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => readFileSync(join(d.parentPath, d.name)))
    .map((b) => b.toString('utf8') + b.toString('latin1'))
    .join('');
}

function listing(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : ['<absent>'];
}

async function refused(p: Promise<unknown>): Promise<BackupError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  return err as BackupError;
}

function snapshot(store: CaseStore, upToNumber: number) {
  const out = [];
  for (let n = 1; n <= upToNumber; n++) {
    const c = store.getCaseByNumber(n);
    out.push(c && { c, messages: store.messages(c.id), audit: store.auditEntries(c.id) });
  }
  return out;
}

describe('online backup and restore', () => {
  it('backs up while reports are being written and restores every acknowledged case, message and audit row exactly', async () => {
    const key = randomBytes(32);
    const dataDir = fresh('live');
    mkdirSync(dataDir);
    openCaseStore(join(dataDir, 'cases.db'), { key }).close();
    const writer = spawn(process.execPath, ['--import', 'tsx', 'test/ops/report-writer-child.ts', dataDir, key.toString('hex')], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let acked = 0;
    const lines = createInterface({ input: writer.stdout! });
    const waiters: { n: number; resolve: () => void }[] = [];
    lines.on('line', (l) => {
      acked = Number(l.split(' ')[1]);
      for (const w of waiters.filter((x) => acked >= x.n)) w.resolve();
    });
    const ackedAtLeast = (n: number) => new Promise<void>((resolve) => (acked >= n ? resolve() : waiters.push({ n, resolve })));

    await ackedAtLeast(300);
    const ackedBefore = acked;
    // Small steps: the writer commits between them, so the copy has to cope with a changing database.
    const backup = await createBackup({ dataDir, destRoot: fresh('backups'), pagesPerStep: 4 });
    const ackedAfter = acked;
    await ackedAtLeast(ackedAfter + 20); // still writing after the backup: it never blocked the writer
    writer.stdin!.end();
    await new Promise((resolve) => writer.on('exit', resolve));

    const target = fresh('restored');
    await restoreBackup({ backupDir: backup.dir, dataDir: target, key });
    const restored = openCaseStore(join(target, 'cases.db'), { key });
    const source = openCaseStore(join(dataDir, 'cases.db'), { key });
    const inBackup = restored.stats().total;
    expect(inBackup).toBeGreaterThanOrEqual(ackedBefore);
    expect(inBackup).toBeLessThanOrEqual(ackedAfter + 5);
    expect(backup.manifest.files.find((f) => f.name === 'cases.db')!.rows.cases).toBe(inBackup);
    // Byte for byte after decryption: every field, message and audit row of every case acknowledged before
    // the backup began. (A report being written at that moment may be in it without its later rows: the copy
    // is one consistent moment of the database, and that report was not acknowledged yet.)
    const acknowledged = snapshot(restored, ackedBefore);
    expect(acknowledged.every(Boolean)).toBe(true);
    expect(acknowledged).toEqual(snapshot(source, ackedBefore));
    expect(acknowledged.every((x) => x!.messages.length === 2 && x!.audit.length === 1)).toBe(true);
    expect(restored.schemaVersion()).toBe(latestVersion());
    restored.close();
    source.close();
  });

  it('finishes a backup while another connection commits between every step of the copy', async () => {
    const key = randomBytes(32);
    const dataDir = seededDataDir(key);
    const writer = openCaseStore(join(dataDir, 'cases.db'), { key });
    for (let i = 0; i < 200; i++)
      writer.createCase({
        channel: 'web',
        citizenRef: `r${i}`,
        chatId: `c${i}`,
        label: 'report',
        urgent: false,
        text: `báo cáo ${i} ${'x'.repeat(2000)}`,
        at: i,
      });
    let finished = false;
    const backup = createBackup({ dataDir, destRoot: fresh('backups'), pagesPerStep: 2 }).finally(() => {
      finished = true;
    });
    // The copy advances one step per event-loop turn; a report is committed in every turn in between,
    // so SQLite has to start the copy over at least once.
    let during = 0;
    while (!finished) {
      writer.createCase({
        channel: 'web',
        citizenRef: 'busy',
        chatId: 'busy',
        label: 'report',
        urgent: false,
        text: `trong lúc sao lưu ${during}`,
        at: 10_000 + during,
      });
      during++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const { manifest } = await backup;
    writer.close();
    expect(during).toBeGreaterThan(1);
    const copied = manifest.files.find((f) => f.name === 'cases.db')!.rows.cases;
    expect(copied).toBeGreaterThanOrEqual(201);
    expect(copied).toBeLessThanOrEqual(201 + during);
  });

  it('copies every database with a manifest, checksums and only ciphertext; the key stays out', async () => {
    const key = randomBytes(32);
    const dataDir = seededDataDir(key);
    const destRoot = fresh('backups');
    const { dir, manifest } = await createBackup({ dataDir, destRoot });
    expect(readdirSync(dir).sort()).toEqual(['SHA256SUMS', 'cases.db', 'inbox.db', 'manifest.json', 'outbox.db']);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o077, f).toBe(0);
    expect(statSync(dir).mode & 0o077).toBe(0);
    expect(manifest.schemaVersion).toBe(latestVersion());
    expect(manifest.files.map((f) => f.name)).toEqual(['inbox.db', 'cases.db', 'outbox.db']);
    const cases = manifest.files.find((f) => f.name === 'cases.db')!;
    expect(cases.rows).toMatchObject({ cases: 1, case_messages: 2, audit: 1, citizens: 1 });
    expect(cases.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dir, 'SHA256SUMS'), 'utf8')).toContain(`${cases.sha256}  cases.db\n`);
    // `sha256sum -c` accepts the file as written.
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' }).status).toBe(0);
    const bytes = allBytes(destRoot);
    for (const p of [
      ...Object.values(PLANTED),
      'Tân Uyên',
      'Mường Khương',
      key.toString('hex'),
      key.toString('base64'),
      key.toString('base64url'),
    ]) {
      expect(bytes).not.toContain(p);
    }
    expect(await lastBackupAt(destRoot)).toEqual(new Date(manifest.createdAt));
  });

  it('refuses a backup folder inside DATA_DIR', async () => {
    const dataDir = seededDataDir(randomBytes(32));
    const err = await refused(createBackup({ dataDir, destRoot: join(dataDir, 'backups') }));
    expect(err.message).toContain('DATA_DIR');
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });

  it('restores into an empty folder and the restored data opens with the key', async () => {
    const key = randomBytes(32);
    const { dir } = await createBackup({ dataDir: seededDataDir(key), destRoot: fresh('backups') });
    const target = fresh('restored');
    mkdirSync(target);
    writeFileSync(join(target, 'encryption.key'), key.toString('hex')); // the operator's key, put where the bot looks
    await restoreBackup({ backupDir: dir, dataDir: target, key });
    expect(readdirSync(target).sort()).toEqual(['cases.db', 'encryption.key', 'inbox.db', 'outbox.db']);
    const store = openCaseStore(join(target, 'cases.db'), { key });
    const c = store.getCaseByNumber(1)!;
    expect([c.citizenName, c.resolution, c.chatId]).toEqual([PLANTED.name, PLANTED.resolution, PLANTED.chat]);
    expect(store.messages(c.id).map((m) => m.text)).toEqual([PLANTED.report, PLANTED.reply]);
    store.close();
    const inbox = openInbox(join(target, 'inbox.db'), { key });
    expect(inbox.pending().map((p) => p.msg.text)).toEqual([PLANTED.incoming]);
    inbox.close();
  });

  it.each(['cases.db', 'outbox.db', 'manifest.json', 'SHA256SUMS'])(
    'refuses a backup with one flipped byte in %s and touches nothing',
    async (file) => {
      const key = randomBytes(32);
      const { dir } = await createBackup({ dataDir: seededDataDir(key), destRoot: fresh('backups') });
      const bytes = readFileSync(join(dir, file));
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      writeFileSync(join(dir, file), bytes);
      const target = fresh('restored');
      const err = await refused(restoreBackup({ backupDir: dir, dataDir: target, key }));
      expect(err.message).toContain('bị hỏng');
      expect(err.message).toContain('damaged');
      expect(err.message).toContain('not changed');
      expect(listing(target)).toEqual(['<absent>']);
      await expect(verifyBackup(dir)).rejects.toThrow(BackupError);
    },
  );

  it('refuses a wrong key with a clear message and leaves the target folder as it was', async () => {
    const { dir } = await createBackup({ dataDir: seededDataDir(randomBytes(32)), destRoot: fresh('backups') });
    const target = fresh('restored');
    mkdirSync(target);
    writeFileSync(join(target, 'encryption.key'), 'a wrong key the operator put here');
    const before = listing(target);
    const err = await refused(restoreBackup({ backupDir: dir, dataDir: target, key: randomBytes(32) }));
    expect(err.message).toContain('Khóa mã hóa không khớp');
    expect(err.message).toContain('does not match');
    expect(listing(target)).toEqual(before);
    expect(readFileSync(join(target, 'encryption.key'), 'utf8')).toBe('a wrong key the operator put here');
  });

  it('never restores over existing data', async () => {
    const key = randomBytes(32);
    const { dir } = await createBackup({ dataDir: seededDataDir(key), destRoot: fresh('backups') });
    const occupied = seededDataDir(key);
    const before = readFileSync(join(occupied, 'cases.db'));
    const err = await refused(restoreBackup({ backupDir: dir, dataDir: occupied, key }));
    expect(err.message).toContain('không trống');
    expect(readFileSync(join(occupied, 'cases.db')).equals(before)).toBe(true);
  });

  it('keeps the newest N backups and deletes nothing it did not make', async () => {
    const key = randomBytes(32);
    const dataDir = seededDataDir(key);
    const destRoot = fresh('backups');
    mkdirSync(join(destRoot, 'operator-notes'), { recursive: true });
    for (let h = 0; h < 4; h++) await createBackup({ dataDir, destRoot, now: new Date(Date.UTC(2026, 11, 1, h)) });
    const removed = await pruneBackups(destRoot, 2);
    expect(removed).toHaveLength(2);
    const left = await listBackups(destRoot);
    expect(left.map((d) => d.slice(-24))).toEqual(['2026-12-01T02-00-00-000Z', '2026-12-01T03-00-00-000Z']);
    expect(existsSync(join(destRoot, 'operator-notes'))).toBe(true);
    expect(await lastBackupAt(destRoot)).toEqual(new Date(Date.UTC(2026, 11, 1, 3)));
  });

  it('npm run backup and npm run restore work from the command line and refuse a wrong key file', () => {
    const key = randomBytes(32);
    const dataDir = seededDataDir(key);
    const destRoot = fresh('cli-backups');
    const env = { ...process.env, DATA_DIR: dataDir, DATA_ENCRYPTION_KEY: '', LOG_LEVEL: 'silent' };
    const b = spawnSync(process.execPath, ['--import', 'tsx', 'bot/cli/backup.ts', destRoot], { env, encoding: 'utf8' });
    expect(b.status).toBe(0);
    expect(b.stdout).toContain('1 vụ việc / cases');
    const [dir] = readdirSync(destRoot).map((n) => join(destRoot, n));
    const keyFile = join(fresh('keys'), 'k');
    mkdirSync(join(keyFile, '..'));
    writeFileSync(keyFile, randomBytes(32).toString('hex'));
    const target = fresh('cli-restored');
    const wrong = spawnSync(process.execPath, ['--import', 'tsx', 'bot/cli/restore.ts', dir, '--key-file', keyFile], {
      env: { ...env, DATA_DIR: target },
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Khóa mã hóa không khớp');
    expect(existsSync(target)).toBe(false);
    writeFileSync(keyFile, key.toString('hex'));
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'bot/cli/restore.ts', dir, '--key-file', keyFile], {
      env: { ...env, DATA_DIR: target },
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('1 vụ việc / cases');
    // The bot finds the checked key where it looks for it when DATA_ENCRYPTION_KEY is unset.
    const store = openCaseStore(join(target, 'cases.db'));
    expect(store.getCaseByNumber(1)?.citizenName).toBe(PLANTED.name);
    store.close();
  }, 90_000);
});
