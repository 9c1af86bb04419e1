// Incoming messages: flood control, then the durable inbox (the one dedupe layer before any work), then
// handling in order per chat (different chats run concurrently), replies through the outbox.
import { join } from 'node:path';
import type { CaseStore } from '../handlers/cases/store.js';
import type { Actor, Conversation, IncomingMessage, TriageLabel } from '../handlers/types.js';
import { errorSummary, type Delivery } from './delivery.js';
import { openInbox } from './inbox.js';
import type { Logger } from './logger.js';
import { createMessageGate, rateLimitNotice, type MessageGateOptions } from './ratelimit.js';

export interface Intake {
  onMessage(msg: IncomingMessage): Promise<void>;
  /** Queues what a previous run accepted but never finished (crash, kill -9), before any new update. */
  replayUnfinished(): void;
  /** Resolves once every message handed over so far is handled. */
  settled(): Promise<void>;
  close(): void;
}

export function createIntake(opts: {
  dataDir: string;
  key: Buffer;
  conversation: Conversation & { officers: { isOfficerActor(a: Actor): boolean } };
  classify: (text: string) => TriageLabel;
  delivery: Delivery;
  rateLimit?: Pick<MessageGateOptions, 'limit' | 'reportLimit' | 'noticeEveryMs' | 'now'> | false;
  logger: Logger;
  /** Called for each message written to the inbox (not for redeliveries it already holds). */
  onAccepted?: (msg: IncomingMessage) => void;
  /**
   * The case store's group commit: replies wait until what their handling stored is on disk; a reply whose
   * handling stored nothing does not wait for other people's commits.
   */
  sync?: Pick<CaseStore, 'trackWrites' | 'durable'>;
}): Intake {
  const { conversation, delivery, logger } = opts;
  // One chat's messages are handled in order; different chats run concurrently.
  const chains = new Map<string, Promise<void>>();
  // Flood control before any work is queued; officers are never limited and possible reports get extra room.
  const gate = createMessageGate({
    ...(opts.rateLimit || {}),
    isOfficer: (m) => conversation.officers.isOfficerActor({ channel: m.channel, userId: m.userId, chatId: m.chatId }),
    classify: opts.classify,
  });
  const inbox = openInbox(join(opts.dataDir, 'inbox.db'), { key: opts.key });

  function handleQueued(msg: IncomingMessage, inboxId: number | undefined, replay = false): Promise<void> {
    const key = `${msg.channel}:${msg.chatId}`;
    const prev = chains.get(key) ?? Promise.resolve();
    const next = prev.then(async () => {
      let sent: Promise<void> | undefined;
      try {
        const handling = () => conversation.handle(msg, { replay });
        const { value: replies, wrote } = opts.sync ? await opts.sync.trackWrites(handling) : { value: await handling(), wrote: false };
        // Nobody is told "received" before it is on disk; one sync covers every message handled meanwhile.
        if (wrote) await opts.sync?.durable();
        sent = delivery.queueAndSend(replies, key);
        // The message is finished only once its replies are on disk: a power cut before then replays it.
        await delivery.durable();
      } catch (err) {
        // The replies could not be stored: the message stays in the inbox and is handled again at the next start.
        logger.error({ channel: msg.channel, err: errorSummary(err) }, 'message handling failed');
        void sent?.catch(() => undefined);
        return;
      }
      // Finished right after its replies are on disk in the outbox, not after they are sent: a crash in between
      // then resends from the outbox instead of handling the message a second time.
      if (inboxId !== undefined) inbox.done(inboxId);
      await sent.catch((err) => logger.error({ channel: msg.channel, err: errorSummary(err) }, 'message delivery failed'));
    });
    chains.set(key, next);
    void next.then(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
    return next;
  }

  return {
    onMessage(msg) {
      const verdict = opts.rateLimit === false ? 'pass' : gate.check(msg);
      if (verdict !== 'pass') {
        logger.info({ channel: msg.channel, verdict }, 'rate limited');
        return verdict === 'notice' ? delivery.queueAndSend([rateLimitNotice(msg)]).catch(() => undefined) : Promise.resolve();
      }
      // Written before anything is awaited, so a crash from here on cannot lose the message.
      let id: number | undefined;
      try {
        id = inbox.accept(msg);
        if (id === undefined) return Promise.resolve(); // the same platform message is already queued
        opts.onAccepted?.(msg);
      } catch (err) {
        logger.error({ channel: msg.channel, err: errorSummary(err) }, 'inbox write failed; handling in memory');
      }
      return handleQueued(msg, id);
    },
    replayUnfinished() {
      const leftover = inbox.pending();
      if (leftover.length) logger.warn({ count: leftover.length }, 'replaying unfinished incoming messages');
      for (const { id, msg } of leftover) void handleQueued(msg, id, true);
    },
    settled: async () => void (await Promise.allSettled([...chains.values()])),
    close: () => inbox.close(),
  };
}
