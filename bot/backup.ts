// Online backup and verified restore of the SQLite databases in DATA_DIR.
//
// A backup is a folder holding a consistent copy of every database (SQLite's online backup API, so the bot
// keeps running and writing), a manifest (time, schema version, row counts, checksums) and a SHA256SUMS file
// that `sha256sum -c` understands. The encryption key is never copied: the protected fields stay ciphertext
// and the backup is useless without the key, which the operator keeps elsewhere.
// A restore checks every byte and that the key opens the data before it writes anything.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { openCaseStore } from '../handlers/cases/store.js';

/** Inbox before cases: a message accepted before the inbox is copied is in that copy, or it was handled and is in the case copy taken after it. */
const ORDER = ['inbox.db', 'cases.db', 'outbox.db'];
const CASES_DB = 'cases.db';
const MANIFEST = 'manifest.json';
const SUMS = 'SHA256SUMS';
const PREFIX = 'backup-';
/** Pages copied per step; a step holds a read snapshot, and between steps the bot writes on. */
const PAGES_PER_STEP = 4096;

const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  files: z.array(
    z.object({
      name: z.string().regex(/^[\w.-]+\.db$/),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      rows: z.record(z.string(), z.number().int().nonnegative()),
    }),
  ),
});

export type BackupManifest = z.infer<typeof manifestSchema>;

export interface BackupResult {
  dir: string;
  manifest: BackupManifest;
  /** Total bytes of the copied databases. */
  bytes: number;
  ms: number;
}

/** A backup or restore refused for a reason the operator can act on; the message is Vietnamese / English. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The SQLite databases of a data folder (top level only: the search index and caches are rebuilt, not backed up). */
async function databasesIn(dataDir: string): Promise<string[]> {
  const names = (await readdir(dataDir)).filter((n) => n.endsWith('.db'));
  const rank = (n: string) => (ORDER.includes(n) ? ORDER.indexOf(n) : ORDER.length);
  return names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Copies one live database. Another connection writing between two steps makes SQLite start over; after
 * one such restart the rest is copied in a single step, so a busy bot cannot keep a backup from finishing.
 */
async function copyLive(src: string, dest: string, pagesPerStep: number): Promise<void> {
  const db = new Database(src, { readonly: true, fileMustExist: true });
  try {
    let lastRemaining = Number.POSITIVE_INFINITY;
    let restarted = false;
    await db.backup(dest, {
      progress: ({ remainingPages }) => {
        restarted ||= remainingPages > lastRemaining;
        lastRemaining = remainingPages;
        return restarted ? 0x7fffffff : pagesPerStep;
      },
    });
  } finally {
    db.close();
  }
  // A standalone file (no WAL beside it), so its checksum is the whole truth and a read-only open writes nothing.
  const copy = new Database(dest);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function rowCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
      name: string;
    }[];
    return Object.fromEntries(tables.map((t) => [t.name, (db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

function schemaVersionOf(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
    return has ? (db.prepare('SELECT COALESCE(MAX(version), 0) AS v FROM migrations').get() as { v: number }).v : 0;
  } finally {
    db.close();
  }
}

function folderName(at: Date): string {
  return `${PREFIX}${at.toISOString().replace(/[:.]/g, '-')}`;
}

/** Takes an online backup of every database in `dataDir` into a new folder under `destRoot`. */
export async function createBackup(opts: { dataDir: string; destRoot: string; now?: Date; pagesPerStep?: number }): Promise<BackupResult> {
  const started = performance.now();
  const dataDir = resolve(opts.dataDir);
  const destRoot = resolve(opts.destRoot);
  if (destRoot === dataDir || destRoot.startsWith(`${dataDir}/`)) {
    throw new BackupError(
      'Thư mục sao lưu không được nằm trong thư mục dữ liệu (DATA_DIR): một hỏng hóc ổ đĩa sẽ mất cả hai / ' +
        'the backup folder must not be inside DATA_DIR: one failed disk would lose both',
    );
  }
  const names = await databasesIn(dataDir);
  if (!names.includes(CASES_DB)) throw new BackupError(`Không thấy ${CASES_DB} trong ${dataDir} / no ${CASES_DB} in ${dataDir}`);
  const at = opts.now ?? new Date();
  await mkdir(destRoot, { recursive: true });
  // Written under a hidden name and renamed when complete: a folder named backup-… is always a whole backup.
  const partial = join(destRoot, `.partial-${randomBytes(6).toString('hex')}`);
  await mkdir(partial, { mode: 0o700 });
  try {
    const files: BackupManifest['files'] = [];
    for (const name of names) {
      const dest = join(partial, name);
      await copyLive(join(dataDir, name), dest, opts.pagesPerStep ?? PAGES_PER_STEP);
      // Ciphertext, but still case metadata (dates, labels, provinces): readable by the bot's user only.
      await chmod(dest, 0o600);
      files.push({ name, bytes: (await stat(dest)).size, sha256: await sha256File(dest), rows: rowCounts(dest) });
    }
    const manifest: BackupManifest = {
      format: 1,
      createdAt: at.toISOString(),
      schemaVersion: schemaVersionOf(join(partial, CASES_DB)),
      files,
    };
    const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;
    await writeFile(join(partial, MANIFEST), manifestText, { mode: 0o600 });
    const sums = [...files.map((f) => [f.sha256, f.name]), [createHash('sha256').update(manifestText).digest('hex'), MANIFEST]];
    await writeFile(join(partial, SUMS), sums.map(([h, n]) => `${h}  ${n}\n`).join(''), { mode: 0o600 });
    let dir = join(destRoot, folderName(at));
    if (existsSync(dir)) dir = `${dir}-${randomBytes(3).toString('hex')}`;
    await rename(partial, dir);
    return { dir, manifest, bytes: files.reduce((n, f) => n + f.bytes, 0), ms: performance.now() - started };
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    throw err;
  }
}

/** Backup folders under `destRoot`, oldest first (their names sort by time). */
export async function listBackups(destRoot: string): Promise<string[]> {
  if (!existsSync(destRoot)) return [];
  const names = (await readdir(destRoot, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && d.name.startsWith(PREFIX))
    .map((d) => d.name);
  return names.sort().map((n) => join(destRoot, n));
}

/** Deletes all but the newest `keep` backups; only folders this module named are ever touched. */
export async function pruneBackups(destRoot: string, keep: number): Promise<string[]> {
  const all = await listBackups(destRoot);
  const old = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
  for (const dir of old) await rm(dir, { recursive: true, force: true });
  return old;
}

/** Time of the newest backup under `destRoot`, from its manifest. */
export async function lastBackupAt(destRoot: string): Promise<Date | undefined> {
  for (const dir of (await listBackups(destRoot)).reverse()) {
    try {
      return new Date(manifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST), 'utf8'))).createdAt);
    } catch {
      // An unreadable manifest does not count as a backup.
    }
  }
  return undefined;
}

const damaged = (backupDir: string, what: string) =>
  new BackupError(
    `Bản sao lưu ${basename(backupDir)} bị hỏng (${what}): không khôi phục, thư mục dữ liệu không bị thay đổi / ` +
      `backup ${basename(backupDir)} is damaged (${what}): nothing restored, the data folder was not changed`,
  );

/** Checks every file of a backup against SHA256SUMS and the manifest; returns the manifest. Reads only. */
export async function verifyBackup(backupDir: string): Promise<BackupManifest> {
  const dir = resolve(backupDir);
  if (!existsSync(join(dir, SUMS)) || !existsSync(join(dir, MANIFEST))) {
    throw new BackupError(
      `${dir} không phải một bản sao lưu (thiếu ${MANIFEST} hoặc ${SUMS}) / is not a backup (no ${MANIFEST} or ${SUMS})`,
    );
  }
  const sums = new Map<string, string>();
  for (const line of (await readFile(join(dir, SUMS), 'utf8')).split('\n')) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) {2}([\w.-]+)$/.exec(line);
    if (!m) throw damaged(dir, SUMS);
    sums.set(m[2], m[1]);
  }
  for (const [name, sum] of sums) {
    if (!existsSync(join(dir, name))) throw damaged(dir, `thiếu / missing ${name}`);
    if ((await sha256File(join(dir, name))) !== sum) throw damaged(dir, `sai tổng kiểm tra / checksum mismatch: ${name}`);
  }
  let manifest: BackupManifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(await readFile(join(dir, MANIFEST), 'utf8')));
  } catch {
    throw damaged(dir, MANIFEST);
  }
  if (!sums.has(MANIFEST)) throw damaged(dir, `${MANIFEST} ∉ ${SUMS}`);
  if (!manifest.files.some((f) => f.name === CASES_DB)) throw damaged(dir, `thiếu / missing ${CASES_DB}`);
  for (const f of manifest.files) {
    if (sums.get(f.name) !== f.sha256) throw damaged(dir, `${MANIFEST} ≠ ${SUMS}: ${f.name}`);
    const rows = rowCounts(join(dir, f.name));
    if (JSON.stringify(rows) !== JSON.stringify(f.rows)) throw damaged(dir, `số dòng / row counts: ${f.name}`);
  }
  return manifest;
}

/** Files a restore may find in the target: the key the operator placed there for the bot to use. */
const ALLOWED_IN_TARGET = new Set(['encryption.key']);

/**
 * Restores a verified backup into an empty data folder. Checks, before writing anything there: every checksum,
 * the row counts, and that `key` opens the case database (a copy of it is opened in a temporary folder,
 * which also proves this release can read, and if older, upgrade it).
 */
export async function restoreBackup(opts: { backupDir: string; dataDir: string; key: Buffer }): Promise<BackupManifest> {
  const dataDir = resolve(opts.dataDir);
  if (existsSync(dataDir)) {
    const present = (await readdir(dataDir)).filter((n) => !ALLOWED_IN_TARGET.has(n));
    if (present.length) {
      throw new BackupError(
        `Thư mục dữ liệu ${dataDir} không trống (${present.slice(0, 3).join(', ')}…): chỉ khôi phục vào thư mục trống, không ghi đè / ` +
          `the data folder ${dataDir} is not empty: restore only goes into an empty folder and never overwrites`,
      );
    }
  }
  const manifest = await verifyBackup(opts.backupDir);
  await checkKeyOpens(join(resolve(opts.backupDir), CASES_DB), opts.key);

  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const written: string[] = [];
  try {
    for (const f of manifest.files) {
      const tmp = join(dataDir, `.${f.name}.restoring`);
      written.push(tmp);
      await copyFile(join(resolve(opts.backupDir), f.name), tmp);
      if ((await sha256File(tmp)) !== f.sha256) throw damaged(opts.backupDir, `chép lỗi / copy mismatch: ${f.name}`);
    }
    for (const f of manifest.files) {
      await rename(join(dataDir, `.${f.name}.restoring`), join(dataDir, f.name));
      written.push(join(dataDir, f.name));
    }
  } catch (err) {
    for (const file of written) await rm(file, { force: true });
    throw err;
  }
  return manifest;
}

async function checkKeyOpens(casesDb: string, key: Buffer): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'pcmbn-restore-check-'));
  try {
    await copyFile(casesDb, join(scratch, CASES_DB));
    try {
      openCaseStore(join(scratch, CASES_DB), { key }).close();
    } catch (err) {
      throw new BackupError(
        `${err instanceof Error ? err.message : String(err)}. Không khôi phục, thư mục dữ liệu không bị thay đổi / nothing restored, the data folder was not changed`,
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export interface BackupSchedule {
  /** Backs up now when the newest backup is older than the interval (or there is none); the timer calls it too. */
  runIfDue(now?: number): Promise<BackupResult | undefined>;
  /** Time of the newest known backup (found at start, then the schedule's own). */
  lastAt(): Date | undefined;
  /** Stops the timer and waits for a backup in progress. */
  stop(): Promise<void>;
}

/**
 * Scheduled backups from the running bot: checks every `checkMs` (default one minute) and keeps the newest
 * `keep` backups. A failure is reported and retried at the next check; it never stops the bot.
 */
export function scheduleBackups(opts: {
  dataDir: string;
  destRoot: string;
  everyHours: number;
  keep: number;
  onSuccess?: (r: BackupResult) => void;
  onFailure?: (err: unknown) => void;
  checkMs?: number;
}): BackupSchedule {
  let last: Date | undefined;
  let running: Promise<BackupResult | undefined> | undefined;
  const known = lastBackupAt(opts.destRoot).then(
    (at) => {
      last = at;
    },
    () => undefined,
  );

  async function run(now: number): Promise<BackupResult | undefined> {
    await known;
    if (last && now - last.getTime() < opts.everyHours * 3600_000) return undefined;
    try {
      const r = await createBackup({ dataDir: opts.dataDir, destRoot: opts.destRoot, now: new Date(now) });
      last = new Date(r.manifest.createdAt);
      await pruneBackups(opts.destRoot, opts.keep);
      opts.onSuccess?.(r);
      return r;
    } catch (err) {
      opts.onFailure?.(err);
      return undefined;
    }
  }
  const runIfDue = (now = Date.now()) => {
    running ??= run(now).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(() => void runIfDue(), opts.checkMs ?? 60_000);
  timer.unref();
  return {
    runIfDue,
    lastAt: () => last,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
