// getUpdates long polling for the Zalo adapter.
import type { Logger } from '../logger.js';
import { abortableSleep, ZaloApiError, type ZaloClient } from './client.js';
import type { ZaloUpdate } from './schemas.js';

export interface PollOptions {
  timeoutSec: number;
  backoffMs: number;
  maxBackoffMs: number;
}

/** A server-given wait for 429 is honoured, but never shorter than the current backoff. */
function waitAfterFailure(err: unknown, backoff: number, maxBackoffMs: number): number {
  const retryAfterMs = err instanceof ZaloApiError && err.retryAfter ? err.retryAfter * 1000 : 0;
  return Math.min(Math.max(backoff, retryAfterMs), Math.max(maxBackoffMs, retryAfterMs));
}

/** Long polling with exponential backoff (a 429's wait honoured); stops on abort or a rejected token. */
export async function pollUpdates(
  client: ZaloClient,
  poll: PollOptions,
  dispatch: (u: ZaloUpdate) => void,
  log: Logger,
  signal: AbortSignal,
): Promise<void> {
  let backoff = poll.backoffMs;
  while (!signal.aborted) {
    try {
      const updates = await client.getUpdates({ timeoutSec: poll.timeoutSec, signal });
      backoff = poll.backoffMs;
      for (const u of updates) dispatch(u);
    } catch (err) {
      if (signal.aborted) break;
      const code = err instanceof ZaloApiError ? err.code : undefined;
      if (code === 401) {
        log.error({ code }, 'Zalo token rejected; polling stopped');
        break;
      }
      const wait = waitAfterFailure(err, backoff, poll.maxBackoffMs);
      log.warn({ code, error: err instanceof Error ? err.name : 'unknown', backoffMs: wait }, 'Zalo polling failed, backing off');
      // stop() aborts the wait; the loop then ends.
      await abortableSleep(wait, signal).catch(() => undefined);
      backoff = Math.min(backoff * 2, poll.maxBackoffMs);
    }
  }
}
