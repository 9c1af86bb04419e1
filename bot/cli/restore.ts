// `npm run restore -- <backup folder> [--key-file <file>]`: restores a backup into an empty DATA_DIR after
// checking every checksum and that the key opens the data. Key: --key-file, else DATA_ENCRYPTION_KEY,
// else DATA_DIR/encryption.key. Nothing is written when anything is wrong.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, restoreBackup } from '../backup.js';
import { loadConfigOrExit } from '../config.js';
import { parseKey } from '../../handlers/cases/crypto.js';

function readKey(file: string): Buffer {
  const key = existsSync(file) ? parseKey(readFileSync(file, 'utf8')) : undefined;
  if (!key) throw new BackupError(`Không đọc được khóa trong ${file} (32 byte hex hoặc base64) / cannot read a key from ${file}`);
  return key;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { 'key-file': { type: 'string' } }, allowPositionals: true });
  if (!positionals[0]) {
    console.log('Cách dùng / usage: npm run restore -- <thư mục bản sao lưu / backup folder> [--key-file <tệp khóa / key file>]');
    process.exitCode = 2;
    return;
  }
  const config = loadConfigOrExit();
  const dataDir = resolve(config.DATA_DIR);
  const keyInData = join(dataDir, 'encryption.key');
  const keyFile = values['key-file'];
  let key: Buffer;
  if (keyFile) key = readKey(keyFile);
  else if (config.DATA_ENCRYPTION_KEY) key = parseKey(config.DATA_ENCRYPTION_KEY)!;
  else if (existsSync(keyInData)) key = readKey(keyInData);
  else {
    throw new BackupError(
      'Cần khóa mã hóa của dữ liệu: đặt DATA_ENCRYPTION_KEY, hoặc --key-file <tệp>, hoặc chép tệp khóa vào DATA_DIR/encryption.key / ' +
        'the data key is needed: set DATA_ENCRYPTION_KEY, pass --key-file <file> or put the key file at DATA_DIR/encryption.key',
    );
  }
  const manifest = await restoreBackup({ backupDir: positionals[0], dataDir, key });
  // The bot reads the key from DATA_DIR when DATA_ENCRYPTION_KEY is unset: put the checked key where it looks.
  if (keyFile && !config.DATA_ENCRYPTION_KEY && !existsSync(keyInData))
    writeFileSync(keyInData, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  const cases = manifest.files.find((f) => f.name === 'cases.db')?.rows ?? {};
  console.log(`Đã khôi phục / restored ${manifest.createdAt} → ${dataDir}`);
  console.log(
    `  ${cases.cases ?? 0} vụ việc / cases, ${cases.case_messages ?? 0} tin / messages, ${cases.audit ?? 0} nhật ký / audit rows; lược đồ / schema v${manifest.schemaVersion}`,
  );
  console.log('  Khởi động bot / start the bot: npm start');
}

main().catch((err) => {
  console.error(`Khôi phục bị từ chối / restore refused: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
