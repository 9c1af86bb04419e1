// `npm run rotate-key` (with the bot stopped): re-encrypts the case, outbox and inbox databases under a
// new data key without losing a row. Each database is rewritten in one transaction, so a crash (or
// kill) half way leaves every database under exactly one key; running the command again finishes the job.
//   Key file (no DATA_ENCRYPTION_KEY): a new key goes to encryption.key.next first and replaces
//   encryption.key only once every database is done.
//   DATA_ENCRYPTION_KEY set: give the new key as NEW_DATA_ENCRYPTION_KEY, then set it as DATA_ENCRYPTION_KEY.
import { existsSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfigOrExit } from '../config.js';
import { createCipher, KEY_BYTES, parseKey } from '../../handlers/cases/crypto.js';
import { NEXT_KEY_SUFFIX, rekeyCaseHashes, rotateDatabase, type RekeyHashes } from '../../handlers/cases/rotate.js';
import { rekeyOutboxHashes } from '../outbox.js';
import { rekeyInboxHashes } from '../inbox.js';


const DATABASES: [string, RekeyHashes][] = [
  ['cases.db', rekeyCaseHashes],
  ['outbox.db', rekeyOutboxHashes],
  ['inbox.db', rekeyInboxHashes],
];

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

/** The key to rotate to: given, or the one an interrupted run left, or a new one kept in `<key file>.next`. */
function nextKey(keyFile: string, given: string | undefined): Buffer {
  if (given) return parseKey(given) ?? fail('NEW_DATA_ENCRYPTION_KEY phải là 32 byte (hex hoặc base64) / must be 32 bytes, hex or base64');
  const nextFile = keyFile + NEXT_KEY_SUFFIX;
  if (existsSync(nextFile)) return parseKey(readFileSync(nextFile, 'utf8')) ?? fail(`${nextFile} không hợp lệ / invalid`);
  const key = randomBytes(KEY_BYTES);
  writeFileSync(nextFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

/** Test hook: `<database>:<half|committed>` stops the process there (a test then kills it). */
function stopAt(db: string, step: string): void {
  if (process.env.PCMBN_ROTATE_TEST_STOP !== `${db}:${step}`) return;
  writeSync(1, 'STOP\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

function main(): void {
  const config = loadConfigOrExit();
  const dataDir = resolve(config.DATA_DIR);
  const keyFile = join(dataDir, 'encryption.key');
  let oldKey: Buffer;
  if (config.DATA_ENCRYPTION_KEY) {
    oldKey = parseKey(config.DATA_ENCRYPTION_KEY)!;
    if (!process.env.NEW_DATA_ENCRYPTION_KEY) fail('Đang dùng DATA_ENCRYPTION_KEY: đặt khóa mới vào NEW_DATA_ENCRYPTION_KEY (openssl rand -base64 32) / set NEW_DATA_ENCRYPTION_KEY');
  } else {
    if (!existsSync(keyFile)) fail(`Không có ${keyFile} và không đặt DATA_ENCRYPTION_KEY: không có gì để đổi khóa / nothing to rotate`);
    oldKey = parseKey(readFileSync(keyFile, 'utf8')) ?? fail(`${keyFile} không hợp lệ / invalid`);
  }
  const newKey = nextKey(keyFile, config.DATA_ENCRYPTION_KEY ? process.env.NEW_DATA_ENCRYPTION_KEY : undefined);
  if (newKey.equals(oldKey)) fail('Khóa mới trùng khóa cũ / the new key equals the old one');
  const oldCipher = createCipher(oldKey);
  const newCipher = createCipher(newKey);

  for (const [name, rekey] of DATABASES) {
    const file = join(dataDir, name);
    if (!existsSync(file)) continue;
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 5000');
      const n = rotateDatabase(db, oldCipher, newCipher, rekey, { onStep: (step) => stopAt(name, step) });
      console.log(`${name}: ${n} giá trị đã mã hóa lại / values re-encrypted`);
    } finally {
      db.close();
    }
  }

  if (config.DATA_ENCRYPTION_KEY) {
    console.log('Xong. Đặt DATA_ENCRYPTION_KEY bằng giá trị NEW_DATA_ENCRYPTION_KEY rồi khởi động lại / done: set DATA_ENCRYPTION_KEY to the new key.');
  } else {
    // Atomic: the key file names the old key or the new one, never a half-written value.
    renameSync(keyFile + NEXT_KEY_SUFFIX, keyFile);
    console.log(`Xong: ${keyFile} là khóa mới; sao lưu lại khóa này / done: back up the new key file.`);
  }
  console.log('Bản sao lưu cũ vẫn cần khóa cũ để khôi phục / older backups still need the old key.');
}

main();
