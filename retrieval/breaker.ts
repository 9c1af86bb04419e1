// Circuit breaker for an OpenAI-compatible endpoint (used by the embedder here and the generator in handlers/):
// after `failureThreshold` consecutive failures the endpoint is skipped for `openMs`, then one trial request is
// let through (half-open); success closes it again. While open, users get the extractive answer immediately
// instead of waiting for a dead endpoint.

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface Breaker {
  /** True when a request may be sent now (in half-open, only one trial at a time). */
  allow(): boolean;
  success(): void;
  failure(): void;
  state(): BreakerState;
}

export function createBreaker(opts: { failureThreshold?: number; openMs?: number; now?: () => number } = {}): Breaker {
  const threshold = opts.failureThreshold ?? 3;
  const openMs = opts.openMs ?? 30_000;
  const now = opts.now ?? Date.now;
  let failures = 0;
  let openedAt: number | null = null;
  let trialInFlight = false;

  const state = (): BreakerState => {
    if (openedAt === null) return 'closed';
    return now() - openedAt >= openMs ? 'half-open' : 'open';
  };

  return {
    state,
    allow() {
      const s = state();
      if (s === 'closed') return true;
      if (s === 'open' || trialInFlight) return false;
      trialInFlight = true;
      return true;
    },
    success() {
      failures = 0;
      openedAt = null;
      trialInFlight = false;
    },
    failure() {
      trialInFlight = false;
      failures++;
      // A failed trial re-opens at once; otherwise open after the threshold.
      if (openedAt !== null || failures >= threshold) openedAt = now();
    },
  };
}
