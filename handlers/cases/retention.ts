// Retention: closed cases older than RETENTION_DAYS lose their personal data (see CaseStore.purgeClosedBefore).
import type { Logger } from 'pino';
import type { CaseStore } from './store.js';

const DAY_MS = 24 * 3600_000;
const lastRun = new WeakMap<CaseStore, number>();

/**
 * Purges what is due; 0 days keeps everything. Called from every app tick, it does the work at most
 * once per `minIntervalMs` per store (retention counts in days). Returns the number of purged cases; never throws.
 */
export function runRetention(store: CaseStore, days: number, now: number, logger: Logger, minIntervalMs = 10 * 60_000): number {
  if (!(days > 0)) return 0;
  const last = lastRun.get(store);
  if (last !== undefined && now >= last && now - last < minIntervalMs) return 0;
  lastRun.set(store, now);
  try {
    const ids = store.purgeClosedBefore(now - days * DAY_MS, now);
    if (ids.length) logger.info({ purged: ids.length, retentionDays: days }, 'retention purge of closed cases');
    return ids.length;
  } catch (err) {
    logger.error({ err }, 'retention purge failed');
    return 0;
  }
}
