// Retention: closed cases older than RETENTION_DAYS lose their personal data (see CaseStore.purgeClosedBefore).
import type { Logger } from 'pino';
import type { CaseStore } from './store.js';

const DAY_MS = 24 * 3600_000;

/** Purges what is due; 0 days keeps everything. Returns the number of purged cases; never throws. */
export function runRetention(store: CaseStore, days: number, now: number, logger: Logger): number {
  if (!(days > 0)) return 0;
  try {
    const ids = store.purgeClosedBefore(now - days * DAY_MS, now);
    if (ids.length) logger.info({ purged: ids.length, retentionDays: days }, 'retention purge of closed cases');
    return ids.length;
  } catch (err) {
    logger.error({ err }, 'retention purge failed');
    return 0;
  }
}
