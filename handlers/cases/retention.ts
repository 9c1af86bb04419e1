// Retention: closed cases older than RETENTION_DAYS lose their personal data (see CaseStore.purgeClosedBefore).
import type { Logger } from 'pino';
import type { CaseStore } from './store.js';

const DAY_MS = 24 * 3600_000;

/**
 * The retention job of one store: each call purges what is due; 0 days keeps everything. Called from every
 * app tick, it does the work at most once per `minIntervalMs` (retention counts in days). A call returns the
 * number of purged cases and never throws.
 */
export function createRetention(store: CaseStore, days: number, logger: Logger, minIntervalMs = 10 * 60_000): (now: number) => number {
  let lastRun: number | undefined;
  return (now) => {
    if (!(days > 0)) return 0;
    if (lastRun !== undefined && now >= lastRun && now - lastRun < minIntervalMs) return 0;
    lastRun = now;
    try {
      const ids = store.purgeClosedBefore(now - days * DAY_MS, now);
      if (ids.length) logger.info({ purged: ids.length, retentionDays: days }, 'retention purge of closed cases');
      return ids.length;
    } catch (err) {
      logger.error({ err }, 'retention purge failed');
      return 0;
    }
  };
}
