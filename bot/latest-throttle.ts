// Streaming previews on every channel: at most one emit per interval and chat, the newest text winning.
// A value pushed meanwhile waits for the next slot, replacing an older one still waiting; an emit that
// is still running (a platform call) holds the next one back.

export interface LatestThrottle<T> {
  push(key: string, value: T): void;
  /** Drops what waits for `key`; resolves once an emit still running for it is done. */
  cancel(key: string): Promise<void>;
  cancelAll(): void;
}

interface KeyState<T> {
  lastAt: number;
  waiting?: { value: T };
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
}

export function createLatestThrottle<T>(
  intervalMs: number,
  emit: (key: string, value: T) => void | Promise<void>,
  onError: (err: unknown) => void,
): LatestThrottle<T> {
  const keys = new Map<string, KeyState<T>>();

  function run(key: string, s: KeyState<T>, value: T): void {
    s.lastAt = Date.now();
    let result: void | Promise<void>;
    try {
      result = emit(key, value);
    } catch (err) {
      return onError(err);
    }
    if (!(result instanceof Promise)) return;
    s.running = result.catch(onError).finally(() => {
      s.running = undefined;
      if (keys.get(key) === s) schedule(key, s);
    });
  }

  function schedule(key: string, s: KeyState<T>): void {
    if (s.running || s.timer || !s.waiting) return;
    const wait = s.lastAt + intervalMs - Date.now();
    if (wait > 0) {
      s.timer = setTimeout(() => {
        s.timer = undefined;
        schedule(key, s);
      }, wait);
      s.timer.unref();
      return;
    }
    const { value } = s.waiting;
    s.waiting = undefined;
    run(key, s, value);
  }

  function cancel(key: string): Promise<void> {
    const s = keys.get(key);
    if (!s) return Promise.resolve();
    keys.delete(key);
    clearTimeout(s.timer);
    return s.running ?? Promise.resolve();
  }

  return {
    push(key, value) {
      let s = keys.get(key);
      if (!s) keys.set(key, (s = { lastAt: 0 }));
      s.waiting = { value };
      schedule(key, s);
    },
    cancel,
    cancelAll() {
      for (const key of [...keys.keys()]) void cancel(key);
    },
  };
}
