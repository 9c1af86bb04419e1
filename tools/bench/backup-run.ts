// Backup bench: a data folder with N cases as the bot writes them (report, conversation, claim, close,
// audit), then an online backup, a verification and a restore of it. Reports time and size, and the
// database size per thousand cases (the disk a deployment needs).
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackup, restoreBackup, verifyBackup } from '../../bot/backup.js';
import { openInbox } from '../../bot/inbox.js';
import { openOutbox } from '../../bot/outbox.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { LOAD_REPORTS as REPORTS } from '../load/questions.js';

export interface BackupBench {
  cases: number;
  messages: number;
  auditRows: number;
  fillMs: number;
  /** Bytes of every database in the data folder (WAL folded in). */
  dataBytes: number;
  bytesPer1000Cases: number;
  backupMs: number;
  backupBytes: number;
  verifyMs: number;
  restoreMs: number;
}

const OFFICER = { key: 'telegram:100', name: 'Cán bộ trực', channel: 'telegram' as const, chatId: '100' };

/** One case the way a conversation leaves it: report, replies both ways, claim, most of them closed. */
function writeCase(store: CaseStore, i: number, t0: number): void {
  const at = t0 + i * 60_000;
  const ref = store.citizenRef('telegram', String(1_000_000 + i));
  const report = `${REPORTS[i % REPORTS.length]} (lần ${i})`;
  const c = store.createCase({
    channel: 'telegram',
    citizenRef: ref,
    chatId: String(1_000_000 + i),
    label: i % 9 ? 'report' : 'emergency',
    urgent: i % 9 === 0,
    province: 'quang-nam',
    text: report,
    at,
  });
  store.audit({ at, actor: 'system', action: 'open', caseId: c.id, outcome: 'ok' });
  store.claim(c.id, OFFICER, at + 5 * 60_000);
  store.audit({ at: at + 5 * 60_000, actor: OFFICER.key, action: 'claim', caseId: c.id, outcome: 'ok' });
  store.addMessage(c.id, {
    direction: 'officer',
    author: OFFICER.name,
    text: 'Chào bạn, cán bộ tiếp nhận đây. Bạn cho biết thêm người đó đang ở đâu, liên lạc lần cuối khi nào?',
    at: at + 6 * 60_000,
  });
  store.addMessage(c.id, {
    direction: 'citizen',
    text: 'Lần cuối gọi về là tuần trước, nói đang ở gần cửa khẩu, bị giữ giấy tờ và không được ra ngoài.',
    at: at + 8 * 60_000,
  });
  store.addMessage(c.id, {
    direction: 'officer',
    author: OFFICER.name,
    text: 'Cảm ơn bạn. Chúng tôi đã chuyển thông tin cho công an xã và đồn biên phòng để xác minh.',
    at: at + 9 * 60_000,
  });
  store.recordDelivery(c.id, 'telegram', String(1_000_000 + i), String(50_000 + i), at + 9 * 60_000);
  if (i % 10 < 7) {
    store.closeCase(c.id, OFFICER.key, OFFICER.name, 'Đã chuyển công an xã xác minh, gia đình đã liên lạc lại được.', at + 3 * 86_400_000);
    store.audit({ at: at + 3 * 86_400_000, actor: OFFICER.key, action: 'close', caseId: c.id, outcome: 'ok' });
  }
}

async function folderBytes(files: string[]): Promise<number> {
  let n = 0;
  for (const f of files) n += (await stat(f).catch(() => ({ size: 0 }))).size;
  return n;
}

export async function measureBackup(opts: { cases?: number } = {}): Promise<BackupBench> {
  const n = opts.cases ?? 10_000;
  const root = await mkdtemp(join(tmpdir(), 'bench-backup-'));
  try {
    const dataDir = join(root, 'data');
    const key = randomBytes(32);
    const store = openCaseStore(join(dataDir, 'cases.db'), { key });
    openOutbox(join(dataDir, 'outbox.db'), { key }).close();
    openInbox(join(dataDir, 'inbox.db'), { key }).close();
    const t0 = Date.UTC(2025, 0, 1);
    const fillStart = performance.now();
    for (let i = 0; i < n; i++) writeCase(store, i, t0);
    const fillMs = performance.now() - fillStart;
    store.close(); // folds the WAL into the database file
    const dataBytes = await folderBytes(['cases.db', 'outbox.db', 'inbox.db'].map((f) => join(dataDir, f)));

    const backup = await createBackup({ dataDir, destRoot: join(root, 'backups') });
    const v = performance.now();
    const manifest = await verifyBackup(backup.dir);
    const verifyMs = performance.now() - v;
    const r = performance.now();
    await restoreBackup({ backupDir: backup.dir, dataDir: join(root, 'restored'), key });
    const restoreMs = performance.now() - r;
    const rows = manifest.files.find((f) => f.name === 'cases.db')!.rows;
    return {
      cases: rows.cases,
      messages: rows.case_messages,
      auditRows: rows.audit,
      fillMs,
      dataBytes,
      bytesPer1000Cases: Math.round((dataBytes / n) * 1000),
      backupMs: backup.ms,
      backupBytes: backup.bytes,
      verifyMs,
      restoreMs,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export function formatBackup(b: BackupBench): string {
  const mb = (x: number) => `${(x / 1e6).toFixed(1)} MB`;
  return [
    `Backup of ${b.cases} cases (${b.messages} messages, ${b.auditRows} audit rows; written in ${(b.fillMs / 1000).toFixed(1)} s):`,
    `  data ${mb(b.dataBytes)} (${mb(b.bytesPer1000Cases)} per 1,000 cases); online backup ${Math.round(b.backupMs)} ms, ${mb(b.backupBytes)};`,
    `  verify ${Math.round(b.verifyMs)} ms; verified restore ${Math.round(b.restoreMs)} ms`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('backup-run.ts')) {
  const i = process.argv.indexOf('--cases');
  measureBackup({ cases: i > 0 ? Number(process.argv[i + 1]) : undefined })
    .then((b) => {
      console.log(formatBackup(b));
      console.log(JSON.stringify(b));
    })
    .catch((err) => {
      console.error(err instanceof Error ? err.stack : err);
      process.exitCode = 1;
    });
}
