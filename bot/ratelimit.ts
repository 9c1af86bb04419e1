import type { IncomingMessage, OutgoingMessage, TriageLabel } from '../handlers/types.js';

// Per-user flood control, channel-neutral, checked before a message reaches the conversation so a
// flooder costs nothing but a map lookup. Token buckets: a full bucket is the same as no entry, so
// idle keys can be evicted without changing any decision (memory stays bounded).

export interface TokenBucketOptions {
  /** Burst size. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSec: number;
  /** Hard bound on remembered keys; the least recently used ones go first (default 50,000). */
  maxKeys?: number;
}

export interface TokenBuckets {
  /** Takes one token for `key`; false when the bucket is empty. */
  take(key: string, now: number): boolean;
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBuckets(opts: TokenBucketOptions): TokenBuckets {
  const maxKeys = opts.maxKeys ?? 50_000;
  const fullAfterMs = (opts.capacity / opts.refillPerSec) * 1000;
  // Map order = last use order (entries are re-inserted on use), so the oldest are at the front.
  const buckets = new Map<string, Bucket>();

  function evict(now: number): void {
    for (const [k, b] of buckets) {
      if (now - b.at < fullAfterMs && buckets.size <= maxKeys) break;
      buckets.delete(k);
    }
  }

  return {
    take(key, now) {
      const prev = buckets.get(key);
      let tokens = opts.capacity;
      if (prev) {
        buckets.delete(key);
        tokens = Math.min(opts.capacity, prev.tokens + ((now - prev.at) / 1000) * opts.refillPerSec);
      }
      const ok = tokens >= 1;
      buckets.set(key, { tokens: ok ? tokens - 1 : tokens, at: now });
      evict(now);
      return ok;
    },
    size: () => buckets.size,
  };
}

export type GateVerdict = 'pass' | 'notice' | 'drop';

export interface MessageGateOptions {
  /** Ordinary messages (default 20 per 10 s with a burst of 20). */
  limit?: TokenBucketOptions;
  /**
   * Messages that triage as a report or an emergency still pass when the ordinary limit is spent
   * (default burst 10, then one per 6 s): a person in danger typing fast must not be cut off, but a
   * flood of report-like text cannot bypass the limit without bound.
   */
  reportLimit?: TokenBucketOptions;
  /** At most one notice per user per this period (default 10 s). */
  noticeEveryMs?: number;
  /** Officers are never limited. */
  isOfficer: (msg: IncomingMessage) => boolean;
  /** Label of the text (the bot's triage); only consulted for messages over the ordinary limit. */
  classify?: (text: string) => TriageLabel;
  now?: () => number;
}

export interface MessageGate {
  check(msg: IncomingMessage): GateVerdict;
  /** Keys currently remembered (for tests and metrics). */
  size(): number;
}

/** Shown once per period to a user over the limit. It always carries the hotlines, so a dropped message is never a silent one. */
export const RATE_LIMIT_NOTICE =
  'Bạn gửi tin nhắn nhanh quá nên một vài tin vừa rồi chưa được xử lý. Vui lòng đợi khoảng 10 giây rồi gửi lại nội dung cần hỏi hoặc cần báo. ' +
  'Nếu đang gặp nguy hiểm, hãy gọi ngay 113 (Công an) hoặc 111 (tổng đài tiếp nhận tin báo về mua bán người).';

const CLASSIFY_CHARS = 2000;

export const rateKey = (msg: Pick<IncomingMessage, 'channel' | 'userId'>) => `${msg.channel}:${msg.userId}`;

export function createMessageGate(opts: MessageGateOptions): MessageGate {
  const now = opts.now ?? Date.now;
  const ordinary = createTokenBuckets(opts.limit ?? { capacity: 20, refillPerSec: 2 });
  const reports = createTokenBuckets(opts.reportLimit ?? { capacity: 10, refillPerSec: 1 / 6 });
  const noticeEvery = opts.noticeEveryMs ?? 10_000;
  // One notice per period: a bucket of one token that refills once per period.
  const notices = createTokenBuckets({ capacity: 1, refillPerSec: 1000 / noticeEvery });

  function mayBeReport(msg: IncomingMessage): boolean {
    if (!opts.classify || msg.kind !== 'text' || !msg.text) return false;
    try {
      // Danger cues come early; a flood of huge texts must not buy a full classification each.
      const label = opts.classify(msg.text.slice(0, CLASSIFY_CHARS));
      return label === 'report' || label === 'emergency';
    } catch {
      return true; // cannot tell: treat as a possible report rather than drop it
    }
  }

  return {
    check(msg) {
      if (opts.isOfficer(msg)) return 'pass';
      const key = rateKey(msg);
      const t = now();
      if (ordinary.take(key, t)) return 'pass';
      if (mayBeReport(msg) && reports.take(key, t)) return 'pass';
      return notices.take(key, t) ? 'notice' : 'drop';
    },
    size: () => ordinary.size(),
  };
}

/** The notice addressed to the chat the message came from. */
export function rateLimitNotice(msg: IncomingMessage): OutgoingMessage {
  return { to: { channel: msg.channel, chatId: msg.chatId }, kind: 'notice', text: RATE_LIMIT_NOTICE };
}
