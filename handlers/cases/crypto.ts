// Encryption at rest for report and conversation texts: AES-256-GCM, a random 12-byte IV per value,
// stored as `v1:` + base64(iv | tag | ciphertext). Lookups by value use a keyed HMAC instead.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomFillSync } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** Thrown when stored data cannot be decrypted with the given key (wrong key or tampered data). */
export class DecryptError extends Error {
  constructor(
    message = 'không giải mã được dữ liệu: sai khóa DATA_ENCRYPTION_KEY hoặc dữ liệu bị sửa / cannot decrypt: wrong key or tampered data',
  ) {
    super(message);
    this.name = 'DecryptError';
  }
}

export interface Cipher {
  encrypt(plain: string): string;
  decrypt(stored: string): string;
  /** Deterministic keyed hash for values that must be looked up by equality (e.g. chat ids). */
  mac(value: string): string;
}

/** Accepts 64 hex characters or base64/base64url of exactly 32 bytes; undefined otherwise. */
export function parseKey(s: string): Buffer | undefined {
  const v = s.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, 'hex');
  if (/^[A-Za-z0-9+/_-]{42,44}={0,2}$/.test(v)) {
    const b = Buffer.from(v.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (b.length === KEY_BYTES) return b;
  }
  return undefined;
}

/**
 * Fresh random IVs, drawn from the system's CSPRNG a few hundred at a time: one call per value cost more than
 * the encryption of a short text. Each IV is handed out once (GCM needs it never to repeat under one key).
 */
function ivSource(batch = 256): () => Buffer {
  const pool = Buffer.alloc(IV_BYTES * batch);
  let next = pool.length;
  return () => {
    if (next === pool.length) {
      randomFillSync(pool);
      next = 0;
    }
    next += IV_BYTES;
    return pool.subarray(next - IV_BYTES, next);
  };
}

export function isEncrypted(v: string): boolean {
  return v.startsWith(PREFIX);
}

export function createCipher(key: Buffer): Cipher {
  if (key.length !== KEY_BYTES) throw new Error(`encryption key must be ${KEY_BYTES} bytes`);
  // Separate sub-keys: the MAC key never doubles as the encryption key.
  const encKey = createHmac('sha256', key).update('pcmbn:enc').digest();
  const macKey = createHmac('sha256', key).update('pcmbn:mac').digest();
  // Every message of a chat hashes the same chat id again: keep recent results (the ids are in memory anyway).
  const macs = new Map<string, string>();
  const nextIv = ivSource();
  return {
    encrypt(plain) {
      const iv = nextIv();
      const c = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return PREFIX + Buffer.concat([iv, c.getAuthTag(), body]).toString('base64');
    },
    decrypt(stored) {
      if (!isEncrypted(stored)) throw new DecryptError('dữ liệu chưa được mã hóa / value is not encrypted');
      const raw = Buffer.from(stored.slice(PREFIX.length), 'base64');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new DecryptError();
      try {
        const d = createDecipheriv('aes-256-gcm', encKey, raw.subarray(0, IV_BYTES));
        d.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
        return Buffer.concat([d.update(raw.subarray(IV_BYTES + TAG_BYTES)), d.final()]).toString('utf8');
      } catch {
        throw new DecryptError();
      }
    },
    mac: (value) => {
      let h = macs.get(value);
      if (h === undefined) {
        h = createHmac('sha256', macKey).update(value).digest('hex');
        if (macs.size >= 10_000) macs.clear();
        macs.set(value, h);
      }
      return h;
    },
  };
}

/**
 * The key from DATA_ENCRYPTION_KEY, or else the one in `file`, created (mode 0600) on first start.
 * `generated` tells the caller to warn; the key itself is never logged.
 */
export function loadOrCreateKey(opts: { envKey?: string; file: string }): { key: Buffer; source: 'env' | 'file'; generated: boolean } {
  if (opts.envKey) {
    const key = parseKey(opts.envKey);
    if (!key) throw new Error('DATA_ENCRYPTION_KEY phải là 32 byte dạng hex (64 ký tự) hoặc base64 / must be 32 bytes, hex or base64');
    return { key, source: 'env', generated: false };
  }
  if (existsSync(opts.file)) {
    const key = parseKey(readFileSync(opts.file, 'utf8'));
    if (!key) throw new Error(`tệp khóa ${opts.file} không hợp lệ / invalid key file`);
    return { key, source: 'file', generated: false };
  }
  mkdirSync(dirname(opts.file), { recursive: true });
  const key = randomBytes(KEY_BYTES);
  try {
    // 'wx' fails if another process created it meanwhile: never overwrite a key that encrypted data.
    writeFileSync(opts.file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return loadOrCreateKey(opts);
    throw err;
  }
  chmodSync(opts.file, 0o600); // the umask may have narrowed or widened the mode at creation
  return { key, source: 'file', generated: true };
}

/**
 * Keyed hash of a platform identity (`telegram#<hex>`): stable across key rotations because it is keyed
 * with the database's own salt (itself stored encrypted), never the platform id in clear.
 */
export function pseudonymizer(salt: string): (channel: string, userId: string) => string {
  const cache = new Map<string, string>();
  return (channel, userId) => {
    const id = `${channel}:${userId}`;
    let h = cache.get(id);
    if (h === undefined) {
      h = `${channel}#${createHmac('sha256', salt).update(`actor:${id}`).digest('hex').slice(0, 24)}`;
      if (cache.size >= 10_000) cache.clear();
      cache.set(id, h);
    }
    return h;
  };
}

/** Actor keys that name no platform identity: named accounts, the shared console login, pseudonymous citizens, the store itself. */
const OWN_ACTOR_KINDS = new Set(['officer', 'local', 'citizen', 'system']);

/** `<channel>:<user id>`, whatever the channel: a raw platform identity that must not be stored as it is. */
export function rawActor(key: string): { channel: string; userId: string } | undefined {
  const m = /^([^:#]+):(.+)$/s.exec(key);
  return m && !OWN_ACTOR_KINDS.has(m[1]) ? { channel: m[1], userId: m[2] } : undefined;
}
