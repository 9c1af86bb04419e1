// `npm run backup -- [<folder>]`: an online backup of every database in DATA_DIR into a new folder under
// <folder> (default BACKUP_DIR), safe while the bot runs. The encryption key is not copied.
import { parseArgs } from 'node:util';
import { createBackup } from '../backup.js';
import { loadConfigOrExit } from '../config.js';

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  const config = loadConfigOrExit();
  const destRoot = positionals[0] ?? config.BACKUP_DIR;
  if (!destRoot) {
    console.log('Cách dùng / usage: npm run backup -- <thư mục sao lưu / backup folder>   (hoặc đặt / or set BACKUP_DIR)');
    process.exitCode = 2;
    return;
  }
  const r = await createBackup({ dataDir: config.DATA_DIR, destRoot });
  const cases = r.manifest.files.find((f) => f.name === 'cases.db')?.rows ?? {};
  console.log(`Đã sao lưu / backed up: ${r.dir}`);
  console.log(
    `  ${r.manifest.files.length} cơ sở dữ liệu / databases, ${(r.bytes / 1e6).toFixed(1)} MB, ${Math.round(r.ms)} ms; ` +
      `lược đồ / schema v${r.manifest.schemaVersion}; ${cases.cases ?? 0} vụ việc / cases, ${cases.case_messages ?? 0} tin / messages, ${cases.audit ?? 0} nhật ký / audit rows`,
  );
  console.log('  Khóa mã hóa KHÔNG nằm trong bản sao lưu: cất khóa riêng / the encryption key is NOT in the backup: keep it apart.');
}

main().catch((err) => {
  console.error(`Sao lưu thất bại / backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
