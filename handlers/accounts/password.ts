// Officer passwords: a policy a person can meet (12 characters, or a passphrase of four words) and
// scrypt hashes from node:crypto, each with its own salt, compared in constant time.
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCb(password, salt, keylen, options, (err, key) => (err ? reject(err) : resolve(key))));

/** 2^15 × 8 × 128 bytes = 32 MiB and ~50–100 ms per hash: costly to guess offline, fine for a login. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const maxmem = (c: { N: number; r: number }) => 256 * c.N * c.r;

export const MIN_PASSWORD_CHARS = 12;
const PASSPHRASE_WORDS = 4;

/** Passwords that meet the length rule but are the first ones guessed. */
const COMMON = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'password1234',
  'password12345',
  'passwordpassword',
  'qwertyuiopas',
  'qwerty123456',
  '1q2w3e4r5t6y',
  'abc123456789',
  'abcdefghijkl',
  'iloveyou1234',
  'admin1234567',
  'administrator',
  'matkhau12345',
  'matkhau123456',
  'matkhaumoi123',
  'matkhaucanbo',
  'canbo1234567',
  'vietnam12345',
  'vietnam123456',
  'hanoi1234567',
  'saigon123456',
  'welcome12345',
  'letmein12345',
  'changeme1234',
  '000000000000',
  '111111111111',
  '123123123123',
  '123456123456',
  'aaaaaaaaaaaa',
  'trustno1trustno1',
]);

/** Vietnamese reason the password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  const p = password.normalize('NFC');
  const words = p
    .trim()
    .split(/[\s\-_.]+/u)
    .filter((w) => w.length >= 2);
  const longEnough = [...p].length >= MIN_PASSWORD_CHARS || (words.length >= PASSPHRASE_WORDS && [...p].length >= 10);
  if (!longEnough) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_CHARS} ký tự, hoặc là một câu gồm ít nhất ${PASSPHRASE_WORDS} từ.`;
  const folded = p.toLowerCase().replace(/[\s\-_.]/g, '');
  if (COMMON.has(folded) || COMMON.has(p.toLowerCase()) || /^(.)\1+$/u.test(folded) || /^(.{1,4})\1+$/u.test(folded)) {
    return 'Mật khẩu này quá phổ biến hoặc lặp lại, dễ bị đoán. Vui lòng chọn mật khẩu khác.';
  }
  return undefined;
}

/** `scrypt$N$r$p$salt$hash` (base64url), so the cost can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...COST, maxmem: maxmem(COST) * 2 });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** A stored hash no password matches: verifying against it costs the same as a real one (no timing hint). */
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, stored: string | undefined): Promise<boolean> {
  const encoded = stored ?? (await (dummyHash ??= hashPassword(randomBytes(16).toString('hex'))));
  const [scheme, n, r, p, salt, hash] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    ...cost,
    maxmem: maxmem(cost) * 2,
  });
  return timingSafeEqual(key, expected) && stored !== undefined;
}
