// Failed console logins, counted so that guessing is slow but an officer cannot be locked out by someone
// else: each (account, client address) pair gets a few free tries, then waits twice as long after every
// further failure; each address has an overall budget of failures whatever accounts it names; and an
// account guessed at from many addresses refuses further tries only from addresses it never logged in
// from (its officer's own address keeps working).
export interface LoginThrottleOptions {
  now: () => number;
  /** Failures of one pair before any wait (default 3). */
  freeFailures?: number;
  /** First wait, doubled after every further failure of the pair, up to maxDelayMs (1 s, 15 min). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Failures one address may make in windowMs, all accounts together (default 20 in 15 min). */
  addressFailures?: number;
  /** Failures an account may take in windowMs from addresses it never logged in from (default 50). */
  accountFailures?: number;
  windowMs?: number;
}

export interface LoginThrottle {
  /** Milliseconds to wait before this account (or, undefined, any) may be tried from this address; 0 when it may be now. */
  waitMs(account: string | undefined, address: string): number;
  /** A failed attempt; `account` is undefined when the form itself was refused (expired token). */
  fail(account: string | undefined, address: string): void;
  /** A successful login: the pair starts afresh and the address is known for the account. */
  succeed(account: string, address: string): void;
}

const MAX_KEYS = 10_000;
const KNOWN_PER_ACCOUNT = 20;

/** Timestamps within the window, per key; the map is bounded (oldest keys go first). */
function createWindowCounter(now: () => number, windowMs: number) {
  const hits = new Map<string, number[]>();
  function recent(key: string): number[] {
    const t = now();
    const list = (hits.get(key) ?? []).filter((x) => t - x < windowMs);
    if (list.length) hits.set(key, list);
    else hits.delete(key);
    return list;
  }
  return {
    count: (key: string) => recent(key).length,
    /** When the oldest hit leaves the window (the wait once over the limit). */
    freeInMs: (key: string) => {
      const list = recent(key);
      return list.length ? Math.max(0, list[0] + windowMs - now()) : 0;
    },
    add(key: string): void {
      const list = [...recent(key), now()];
      hits.delete(key); // re-inserted last: the map's order is recency, the oldest key goes first
      hits.set(key, list);
      while (hits.size > MAX_KEYS) hits.delete(hits.keys().next().value as string);
    },
  };
}

export function createLoginThrottle(opts: LoginThrottleOptions): LoginThrottle {
  const { now } = opts;
  const free = opts.freeFailures ?? 3;
  const base = opts.baseDelayMs ?? 1000;
  const max = opts.maxDelayMs ?? 15 * 60_000;
  const windowMs = opts.windowMs ?? 15 * 60_000;
  const addressLimit = opts.addressFailures ?? 20;
  const accountLimit = opts.accountFailures ?? 50;
  const pairs = new Map<string, { failures: number; until: number; last: number }>();
  const byAddress = createWindowCounter(now, windowMs);
  const byAccount = createWindowCounter(now, windowMs);
  const known = new Map<string, string[]>();
  const pairKey = (account: string, address: string) => `${account}\n${address}`;
  const isKnown = (account: string, address: string) => known.get(account)?.includes(address) ?? false;

  function pairWait(account: string, address: string): number {
    const key = pairKey(account, address);
    const p = pairs.get(key);
    if (!p) return 0;
    // A pair left alone for the longest wait and the window starts afresh.
    if (now() - p.last > max + windowMs) {
      pairs.delete(key);
      return 0;
    }
    return Math.max(0, p.until - now());
  }

  return {
    waitMs(account, address) {
      const waits = [byAddress.count(address) >= addressLimit ? byAddress.freeInMs(address) : 0];
      if (account === undefined) return waits[0];
      waits.push(pairWait(account, address));
      if (!isKnown(account, address) && byAccount.count(account) >= accountLimit) waits.push(byAccount.freeInMs(account));
      return Math.max(...waits);
    },
    fail(account, address) {
      byAddress.add(address);
      if (account === undefined) return;
      if (!isKnown(account, address)) byAccount.add(account);
      const key = pairKey(account, address);
      const p = pairs.get(key) ?? { failures: 0, until: 0, last: 0 };
      p.failures++;
      p.last = now();
      if (p.failures >= free) p.until = p.last + Math.min(max, base * 2 ** (p.failures - free));
      pairs.delete(key);
      pairs.set(key, p);
      while (pairs.size > MAX_KEYS) pairs.delete(pairs.keys().next().value as string);
    },
    succeed(account, address) {
      pairs.delete(pairKey(account, address));
      const list = (known.get(account) ?? []).filter((a) => a !== address);
      known.delete(account);
      known.set(account, [...list, address].slice(-KNOWN_PER_ACCOUNT));
      while (known.size > MAX_KEYS) known.delete(known.keys().next().value as string);
    },
  };
}

/** The Vietnamese refusal, with the wait in seconds or minutes. */
export function tooManyAttempts(waitMs: number): string {
  const seconds = Math.ceil(waitMs / 1000);
  const wait = seconds < 90 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`;
  return `Bạn đã thử đăng nhập sai nhiều lần. Vui lòng đợi ${wait} rồi thử lại.`;
}
