// Every outgoing message is stored in the durable outbox first, then sent by the adapter of its
// channel; a failed send stays queued and is retried with backoff (also after a restart).
import { join } from 'node:path';
import type { Channel, Conversation, OutgoingMessage } from '../handlers/types.js';
import type { Logger } from './logger.js';
import { chatKey, openOutbox } from './outbox.js';
import type { ChannelAdapter } from './types.js';

export interface Delivery {
  /**
   * Stores the messages and sends them; resolves once the messages to `origin` (the chat a message came from)
   * are sent. Synchronous part first: the messages are in the outbox (or this throws) before anything is awaited.
   */
  queueAndSend(outs: OutgoingMessage[], origin?: string): Promise<void>;
  /** Resolves once every message queued so far is on disk (they are sent only after that). */
  durable(): Promise<void>;
  /** Messages waiting to be sent. */
  pendingCount(): number;
  /** Sends everything queued (all chats). */
  flushAll(): Promise<void>;
  /** Sends what a previous run left, then retries failed sends on a timer (once the channels are started). */
  startRetries(): void;
  /** Drops sent entries older than the given age. */
  prune(maxAgeMs: number): void;
  close(): void;
}

export function createDelivery(opts: {
  dataDir: string;
  key: Buffer;
  adapters: ReadonlyMap<Channel, ChannelAdapter>;
  conversation: () => Conversation;
  logger: Logger;
  onSent?: (msg: OutgoingMessage) => void;
  onRetry?: (msg: OutgoingMessage) => void;
}): Delivery {
  const { adapters, logger } = opts;
  const outbox = openOutbox(join(opts.dataDir, 'outbox.db'), {
    key: opts.key,
    onSent: async (msg, messageId) => {
      opts.onSent?.(msg);
      if (messageId && msg.caseId !== undefined) await opts.conversation().recordDelivery(msg, messageId);
    },
    onError: (msg, err, attempt) => {
      opts.onRetry?.(msg);
      logger.warn({ channel: msg.to.channel, kind: msg.kind, attempt, err: errorSummary(err) }, 'send failed, will retry');
    },
  });
  const senderFor = (ch: Channel) => {
    const adapter = adapters.get(ch);
    return adapter && ((m: OutgoingMessage) => adapter.send(m));
  };
  let retryTimer: NodeJS.Timeout | undefined;

  return {
    // Once stored, a message is as good as sent; handling waits only for the replies to the chat it
    // came from (so a webhook's 200 means the person was answered). Waiting for every chat would tie
    // each update to the slowest one it writes to (an officer receiving every announcement) and stall
    // the channel's intake; the outbox keeps each chat's messages in order on its own.
    queueAndSend(outs, origin) {
      if (!outs.length) return Promise.resolve();
      outbox.enqueue(outs);
      const chats = new Set(outs.map(chatKey));
      const own = origin && chats.delete(origin) ? outbox.flush(senderFor, new Set([origin])) : undefined;
      if (chats.size) void outbox.flush(senderFor, chats).catch((err) => logger.error({ err: errorSummary(err) }, 'outbox flush failed'));
      return own ?? Promise.resolve();
    },
    durable: () => outbox.durable(),
    flushAll: () => outbox.flush(senderFor),
    pendingCount: () => outbox.pendingCount(),
    startRetries() {
      // Retries of queued messages, including those left by a previous run.
      retryTimer = setInterval(() => {
        const due = outbox.nextDueAt();
        if (due !== undefined && due <= Date.now()) void outbox.flush(senderFor).catch(() => undefined);
      }, 1_000);
      retryTimer.unref();
      void outbox.flush(senderFor).catch(() => undefined);
    },
    prune: (maxAgeMs) => outbox.prune(maxAgeMs),
    close() {
      clearInterval(retryTimer);
      outbox.close();
    },
  };
}

/** Error name and message only: platform errors can carry URLs with tokens, so no stack or request. */
export function errorSummary(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message.replace(/bot[^/\s]+/g, 'bot[redacted]') };
  return { name: 'Unknown', message: String(err) };
}
