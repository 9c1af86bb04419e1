// Re-encryption of the case, outbox and inbox databases under a new data key without losing a row (the
// bot stopped). Each database is rewritten in one transaction, so a crash (or kill) half way leaves every
// database under exactly one key; running the rotation again finishes the job.
//   Key file (no DATA_ENCRYPTION_KEY): a new key goes to encryption.key.next first and replaces
//   encryption.key only once every database is done.
//   DATA_ENCRYPTION_KEY set: the new key is given (NEW_DATA_ENCRYPTION_KEY), then set as DATA_ENCRYPTION_KEY.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createCipher, KEY_BYTES, parseKey } from '../handlers/cases/crypto.js';
import { NEXT_KEY_SUFFIX, rekeyCaseHashes, rotateDatabase, type RekeyHashes } from '../handlers/cases/rotate.js';
import { rekeyOutboxHashes } from './outbox.js';
import { rekeyInboxHashes } from './inbox.js';

const DATABASES: [string, RekeyHashes][] = [
  ['cases.db', rekeyCaseHashes],
  ['outbox.db', rekeyOutboxHashes],
  ['inbox.db', rekeyInboxHashes],
];

/** A rotation that cannot start; the message (Vietnamese / English) is for the operator. */
export class RotateKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RotateKeyError';
  }
}

export interface RotateKeyOptions {
  dataDir: string;
  /** DATA_ENCRYPTION_KEY when set; otherwise the key file in dataDir is rotated. */
  currentKey?: string;
  /** NEW_DATA_ENCRYPTION_KEY (required with currentKey). */
  newKey?: string;
  log?: (line: string) => void;
  /** A seam for crash tests: called inside each database's transaction (`half`) and after its commit. */
  onStep?: (database: string, step: 'half' | 'committed') => void;
}

const fail = (message: string): never => {
  throw new RotateKeyError(message);
};

/** The key to rotate to: given, or the one an interrupted run left, or a new one kept in `<key file>.next`. */
function nextKey(keyFile: string, given: string | undefined): Buffer {
  if (given) return parseKey(given) ?? fail('NEW_DATA_ENCRYPTION_KEY phải là 32 byte (hex hoặc base64) / must be 32 bytes, hex or base64');
  const nextFile = keyFile + NEXT_KEY_SUFFIX;
  if (existsSync(nextFile)) return parseKey(readFileSync(nextFile, 'utf8')) ?? fail(`${nextFile} không hợp lệ / invalid`);
  const key = randomBytes(KEY_BYTES);
  writeFileSync(nextFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

function currentKey(keyFile: string, opts: RotateKeyOptions): Buffer {
  if (opts.currentKey) {
    if (!opts.newKey)
      fail(
        'Đang dùng DATA_ENCRYPTION_KEY: đặt khóa mới vào NEW_DATA_ENCRYPTION_KEY (openssl rand -base64 32) / set NEW_DATA_ENCRYPTION_KEY',
      );
    return parseKey(opts.currentKey) ?? fail('DATA_ENCRYPTION_KEY không hợp lệ / invalid');
  }
  if (!existsSync(keyFile)) fail(`Không có ${keyFile} và không đặt DATA_ENCRYPTION_KEY: không có gì để đổi khóa / nothing to rotate`);
  return parseKey(readFileSync(keyFile, 'utf8')) ?? fail(`${keyFile} không hợp lệ / invalid`);
}

export function rotateDataKey(opts: RotateKeyOptions): void {
  const log = opts.log ?? console.log;
  const dataDir = resolve(opts.dataDir);
  const keyFile = join(dataDir, 'encryption.key');
  const oldKey = currentKey(keyFile, opts);
  const newKey = nextKey(keyFile, opts.currentKey ? opts.newKey : undefined);
  if (newKey.equals(oldKey)) fail('Khóa mới trùng khóa cũ / the new key equals the old one');
  const oldCipher = createCipher(oldKey);
  const newCipher = createCipher(newKey);

  for (const [name, rekey] of DATABASES) {
    const file = join(dataDir, name);
    if (!existsSync(file)) continue;
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 5000');
      const n = rotateDatabase(db, oldCipher, newCipher, rekey, { onStep: (step) => opts.onStep?.(name, step) });
      log(`${name}: ${n} giá trị đã mã hóa lại / values re-encrypted`);
    } finally {
      db.close();
    }
  }

  if (opts.currentKey) {
    log(
      'Xong. Đặt DATA_ENCRYPTION_KEY bằng giá trị NEW_DATA_ENCRYPTION_KEY rồi khởi động lại / done: set DATA_ENCRYPTION_KEY to the new key.',
    );
  } else {
    // Atomic: the key file names the old key or the new one, never a half-written value.
    renameSync(keyFile + NEXT_KEY_SUFFIX, keyFile);
    log(`Xong: ${keyFile} là khóa mới; sao lưu lại khóa này / done: back up the new key file.`);
  }
  log('Bản sao lưu cũ vẫn cần khóa cũ để khôi phục / older backups still need the old key.');
}
