import type { IncomingMessage } from '../../handlers/types.js';

/** Collects IncomingMessages and lets a test await the first one matching a predicate. */
export function inbox() {
  const received: IncomingMessage[] = [];
  let waiters: { pred: (m: IncomingMessage) => boolean; resolve: (m: IncomingMessage) => void }[] = [];
  return {
    received,
    onMessage: async (m: IncomingMessage) => {
      received.push(m);
      waiters = waiters.filter((w) => {
        if (!w.pred(m)) return true;
        w.resolve(m);
        return false;
      });
    },
    next(pred: (m: IncomingMessage) => boolean, timeoutMs = 5000): Promise<IncomingMessage> {
      const hit = received.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching IncomingMessage')), timeoutMs);
        waiters.push({
          pred,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
  };
}
