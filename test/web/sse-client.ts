// Minimal SSE reader over fetch for tests: waits for events by predicate instead of sleeping.
export interface SseMessage {
  id?: string;
  event: string;
  data: any;
}

export interface SseReader {
  next(pred?: (e: SseMessage) => boolean): Promise<SseMessage>;
  seen: SseMessage[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const ctrl = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ctrl.signal });
  if (res.status !== 200 || !res.body) throw new Error(`SSE ${url} → ${res.status}`);
  const seen: SseMessage[] = [];
  const waiters: Array<{ pred: (e: SseMessage) => boolean; from: number; resolve: (e: SseMessage) => void }> = [];
  const decoder = new TextDecoder();
  let buf = '';

  const check = () => {
    for (const w of [...waiters]) {
      const hit = seen.slice(w.from).find(w.pred);
      if (hit) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(hit);
      }
    }
  };

  const ended = (async () => {
    const reader = res.body!.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buf += decoder.decode(value, { stream: true });
      let i: number;
      while ((i = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, i);
        buf = buf.slice(i + 2);
        const msg: SseMessage = { event: 'message', data: undefined };
        let hasData = false;
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) msg.id = line.slice(4);
          else if (line.startsWith('event: ')) msg.event = line.slice(7);
          else if (line.startsWith('data: ')) {
            msg.data = JSON.parse(line.slice(6));
            hasData = true;
          }
        }
        if (hasData) seen.push(msg);
      }
      check();
    }
  })().catch(() => undefined);

  let cursor = 0;
  return {
    seen,
    ended,
    /** Resolves with the first not-yet-consumed event matching pred. */
    next(pred = () => true) {
      return new Promise((resolve) => {
        waiters.push({
          pred,
          from: cursor,
          resolve: (e) => {
            cursor = seen.indexOf(e) + 1;
            resolve(e);
          },
        });
        check();
      });
    },
    close: () => ctrl.abort(),
  };
}
