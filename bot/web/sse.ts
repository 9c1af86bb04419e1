// Server-sent events: a channel keeps its open streams and a bounded backlog so a client that
// reconnects with Last-Event-ID receives what it missed.
import type http from 'node:http';

export interface SseEvent {
  id: number;
  event: string;
  data: unknown;
}

export interface SseChannel {
  /** `transient` events (streaming previews) go to open streams only, never into the backlog. */
  publish(event: string, data: unknown, opts?: { transient?: boolean }): SseEvent;
  /** Removes backlog events whose data matches (used when messages are deleted). */
  forget(match: (e: SseEvent) => boolean): void;
  attach(req: http.IncomingMessage, res: http.ServerResponse, opts?: { replayAll?: boolean }): void;
  readonly clients: number;
  closeAll(): void;
}

const HEARTBEAT_MS = 25_000;

function frame(e: SseEvent): string {
  return `id: ${e.id}\nevent: ${e.event}\ndata: ${JSON.stringify(e.data)}\n\n`;
}

export interface SseLimits {
  /** Backlog bound in bytes of serialised events (the oldest go first). */
  maxBytes?: number;
  /** Told every change of the backlog's size, so an owner can bound many channels together. */
  onBytes?: (delta: number) => void;
}

/** `maxClients` bounds open streams (many tabs or a misbehaving client): the oldest is closed first. */
export function createSseChannel(backlogSize: number, maxClients = 20, limits: SseLimits = {}): SseChannel {
  const streams = new Set<http.ServerResponse>();
  let backlog: { e: SseEvent; bytes: number }[] = [];
  let bytes = 0;
  let seq = 0;

  function keep(next: { e: SseEvent; bytes: number }[]): void {
    const size = next.reduce((n, x) => n + x.bytes, 0);
    limits.onBytes?.(size - bytes);
    bytes = size;
    backlog = next;
  }

  return {
    publish(event, data, opts = {}) {
      const e: SseEvent = { id: ++seq, event, data };
      const text = frame(e);
      if (backlogSize > 0 && !opts.transient) {
        const next = [...backlog, { e, bytes: text.length }].slice(-backlogSize);
        let size = next.reduce((n, x) => n + x.bytes, 0);
        while (limits.maxBytes !== undefined && size > limits.maxBytes && next.length) size -= next.shift()!.bytes;
        keep(next);
      }
      for (const res of streams) res.write(text);
      return e;
    },
    forget(match) {
      keep(backlog.filter((x) => !match(x.e)));
    },
    attach(req, res, opts = {}) {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 2000\n\n');
      const last = Number(req.headers['last-event-id']);
      // A fresh page gets the whole backlog (the conversation so far); a reconnect only what it missed.
      const since = Number.isFinite(last) && last > 0 ? last : opts.replayAll ? 0 : seq;
      for (const { e } of backlog) if (e.id > since) res.write(frame(e));
      streams.add(res);
      if (streams.size > maxClients) {
        const oldest = streams.values().next().value as http.ServerResponse;
        streams.delete(oldest);
        oldest.end();
      }
      const beat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
      beat.unref();
      const done = () => {
        clearInterval(beat);
        streams.delete(res);
      };
      req.on('close', done);
      res.on('close', done);
    },
    get clients() {
      return streams.size;
    },
    closeAll() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}
