import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Config } from './config.js';
import { llmEnabled, parseWorkingHours } from './config.js';
import type { Logger } from './logger.js';
import type { ChannelAdapter } from './types.js';
import { chatKey, openOutbox } from './outbox.js';
import { openInbox } from './inbox.js';
import { createMessageGate, rateLimitNotice, type MessageGateOptions } from './ratelimit.js';
import type { Address, Channel, IncomingMessage, OutgoingMessage } from '../handlers/types.js';
import { openAnswering } from './answering.js';
import { createTriage } from '../handlers/triage/index.js';
import { openCaseStore } from '../handlers/cases/store.js';
import { loadOrCreateKey } from '../handlers/cases/crypto.js';
import { runRetention } from '../handlers/cases/retention.js';
import { createConversation } from '../handlers/conversation.js';
import { createWebServer } from './web/server.js';
import { scheduleBackups } from './backup.js';
import { createMetrics, metricsRoute } from './metrics.js';

// The composition root: config → knowledge → index → triage → cases → conversation → channels.
// Everything a test or `npm start` needs is built here; bot/main.ts only adds process signals.
// Optional parts (LLM client, Telegram, Zalo) are imported only when configured: the openai and
// langchain modules alone take most of a second to load, and the default start must be quick.

export interface App {
  /** Base URL of the web chat, e.g. http://127.0.0.1:3000 */
  url: string;
  /** Set when the console password was generated for this run (printed once by main). */
  oneTimePassword?: string;
  channels: Channel[];
  /** Resolves once every message handed over so far is handled and its replies sent (or queued for retry). */
  idle(): Promise<void>;
  /** Runs the periodic work once (re-announcements); the timer calls it too. */
  tick(now?: number): Promise<void>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** Reload the knowledge folder when it changes (default true). */
  watchKnowledge?: boolean;
  /** Tick period for re-announcements; tests set it high and call tick() themselves. */
  tickMs?: number;
  /** Per-user flood limits (bot/ratelimit.ts defaults when unset); `false` turns limiting off (load harness). */
  rateLimit?: Pick<MessageGateOptions, 'limit' | 'reportLimit' | 'noticeEveryMs' | 'now'> | false;
  /** Least time between two streaming-preview updates of a chat (defaults: Telegram 1500 ms, web 150 ms); tests pass 0. */
  previewIntervalMs?: number;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function createApp(config: Config, logger: Logger, opts: AppOptions = {}): Promise<App> {
  const dataDir = resolve(config.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });

  // Gauges read the store, outbox and backups at scrape time; all exist before the server listens.
  const metrics = createMetrics({
    queue: () => store.queueSummary(),
    outboxPending: () => outbox.pendingCount(),
    lastBackupAt: () => (backups ? backups.lastAt() : undefined),
  });
  const answering = await openAnswering(config, logger, { watch: opts.watchKnowledge ?? true, onLlmOutcome: metrics.llmAnswer });

  // Texts at rest are encrypted; without DATA_ENCRYPTION_KEY a key file is created once (never logged).
  const keyFile = join(dataDir, 'encryption.key');
  const { key: dataKey, generated } = loadOrCreateKey({ envKey: config.DATA_ENCRYPTION_KEY, file: keyFile });
  if (generated) logger.warn({ keyFile }, 'DATA_ENCRYPTION_KEY is not set: generated a new key file; back it up apart from the database');
  const store = openCaseStore(join(dataDir, 'cases.db'), { key: dataKey });

  const backups =
    config.BACKUP_DIR &&
    scheduleBackups({
      dataDir,
      destRoot: config.BACKUP_DIR,
      everyHours: config.BACKUP_EVERY_HOURS,
      keep: config.BACKUP_KEEP,
      onSuccess: (r) => {
        metrics.backupFinished(true);
        logger.info({ dir: r.dir, bytes: r.bytes, ms: Math.round(r.ms) }, 'backup written');
      },
      onFailure: (err) => {
        metrics.backupFinished(false);
        logger.error({ err: errorSummary(err) }, 'backup failed');
      },
    });

  let consolePassword = config.OFFICER_WEB_PASSWORD;
  let oneTimePassword: string | undefined;
  if (!consolePassword && LOOPBACK.has(config.HOST)) {
    oneTimePassword = randomBytes(9).toString('base64url');
    consolePassword = oneTimePassword;
  }
  if (!consolePassword) logger.warn('OFFICER_WEB_PASSWORD is not set and HOST is public: the officer console is disabled');

  const hours = parseWorkingHours(config.WORKING_HOURS);
  const triage = createTriage();
  // Streaming previews exist only with an LLM (the extractive answer is instant); the prompt's own
  // lines end a preview that starts echoing it. The module is already loaded by openAnswering then.
  const streaming = llmEnabled(config) ? { previewStopMarkers: (await import('../handlers/generate/prompts.js')).LEAK_MARKERS } : undefined;
  const conversation = createConversation({
    ...(streaming && {
      ...streaming,
      preview: (to: Address, text: string) => (adapters.get(to.channel) as { preview?: (chatId: string, text: string) => void } | undefined)?.preview?.(to.chatId, text),
    }),
    store,
    triage: metrics.countedTriage(triage),
    answer: metrics.timedAnswerer(answering.answer),
    fullSection: answering.fullSection,
    corpus: () => answering.corpus(),
    updates: () => answering.updates(),
    documents: () => answering.corpus().docs,
    officers: {
      telegram: config.OFFICER_TELEGRAM_IDS,
      zalo: config.OFFICER_ZALO_IDS,
      web: consolePassword ? ['console'] : [],
      telegramGroupChatId: config.OFFICER_TELEGRAM_CHAT_ID,
    },
    reannounceMinutes: config.CASE_REANNOUNCE_MINUTES,
    defaultProvince: config.DEFAULT_PROVINCE,
    workingHours: hours && { startHour: hours.start, endHour: hours.end, days: hours.days },
    logger,
  });

  const adapters = new Map<Channel, ChannelAdapter>();

  // Every outgoing message is stored in the durable outbox first, then sent by the adapter of its
  // channel; a failed send stays queued and is retried with backoff (also after a restart).
  const outbox = openOutbox(join(dataDir, 'outbox.db'), {
    key: dataKey,
    onSent: async (msg, messageId) => {
      metrics.messageOut(msg.to.channel, msg.kind);
      if (messageId && msg.caseId !== undefined) await conversation.recordDelivery(msg, messageId);
    },
    onError: (msg, err, attempt) => {
      metrics.sendRetry(msg.to.channel);
      logger.warn({ channel: msg.to.channel, kind: msg.kind, attempt, err: errorSummary(err) }, 'send failed, will retry');
    },
  });
  const senderFor = (ch: Channel) => {
    const adapter = adapters.get(ch);
    return adapter && ((m: OutgoingMessage) => adapter.send(m));
  };
  // Once stored, a message is as good as sent; handling waits only for the replies to the chat it
  // came from (so a webhook's 200 means the person was answered). Waiting for every chat would tie
  // each update to the slowest one it writes to (an officer receiving every announcement) and stall
  // the channel's intake; the outbox keeps each chat's messages in order on its own.
  // Synchronous part first: the messages are in the outbox (or this throws) before anything is awaited.
  function queueAndSend(outs: OutgoingMessage[], origin?: string): Promise<void> {
    if (!outs.length) return Promise.resolve();
    outbox.enqueue(outs);
    const chats = new Set(outs.map(chatKey));
    const own = origin && chats.delete(origin) ? outbox.flush(senderFor, new Set([origin])) : undefined;
    if (chats.size) void outbox.flush(senderFor, chats).catch((err) => logger.error({ err: errorSummary(err) }, 'outbox flush failed'));
    return own ?? Promise.resolve();
  }
  const deliver = async (outs: OutgoingMessage[], origin?: string): Promise<void> => queueAndSend(outs, origin);

  // One chat's messages are handled in order; different chats run concurrently.
  const chains = new Map<string, Promise<void>>();
  // Flood control before any work is queued; officers are never limited and possible reports get extra room.
  const gate = createMessageGate({
    ...(opts.rateLimit || {}),
    isOfficer: (m) => conversation.officers.isOfficerActor({ channel: m.channel, userId: m.userId, chatId: m.chatId }),
    classify: (text) => triage.classify(text).label,
  });
  const inbox = openInbox(join(dataDir, 'inbox.db'), { key: dataKey });

  function onMessage(msg: IncomingMessage): Promise<void> {
    const verdict = opts.rateLimit === false ? 'pass' : gate.check(msg);
    if (verdict !== 'pass') {
      logger.info({ channel: msg.channel, verdict }, 'rate limited');
      return verdict === 'notice' ? deliver([rateLimitNotice(msg)]).catch(() => undefined) : Promise.resolve();
    }
    // Written before anything is awaited, so a crash from here on cannot lose the message.
    let id: number | undefined;
    try {
      id = inbox.accept(msg);
      if (id === undefined) return Promise.resolve(); // the same platform message is already queued
      metrics.messageIn(msg.channel);
    } catch (err) {
      logger.error({ channel: msg.channel, err: errorSummary(err) }, 'inbox write failed; handling in memory');
    }
    return handleQueued(msg, id);
  }

  function handleQueued(msg: IncomingMessage, inboxId: number | undefined, replay = false): Promise<void> {
    const key = `${msg.channel}:${msg.chatId}`;
    const prev = chains.get(key) ?? Promise.resolve();
    const next = prev.then(async () => {
      let sent: Promise<void> | undefined;
      try {
        sent = queueAndSend(await conversation.handle(msg, { replay }), key);
      } catch (err) {
        // The replies could not be stored: the message stays in the inbox and is handled again at the next start.
        logger.error({ channel: msg.channel, err: errorSummary(err) }, 'message handling failed');
        return;
      }
      // Finished right after its replies are in the outbox, not after they are sent: a crash in between
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

  const routes: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void> = {
    '/metrics': metricsRoute(metrics, config.METRICS_TOKEN),
  };

  if (config.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter } = await import('./telegram/adapter.js');
    const tg = createTelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook: config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET! } : undefined,
      onMessage,
      officerChatIds: config.OFFICER_TELEGRAM_IDS,
      commands: conversation.commands,
      logger: logger.child({ channel: 'telegram' }),
      previewIntervalMs: opts.previewIntervalMs,
    });
    if (tg.webhookHandler) routes['/webhooks/telegram'] = tg.webhookHandler;
    adapters.set('telegram', tg);
  }
  if (config.ZALO_BOT_TOKEN) {
    const { createZaloClient } = await import('./zalo/client.js');
    const { createZaloAdapter } = await import('./zalo/adapter.js');
    const zalo = createZaloAdapter({
      client: createZaloClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT }),
      webhook: config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! } : undefined,
      onMessage,
      logger: logger.child({ channel: 'zalo' }),
    });
    if (zalo.webhookHandler) routes['/webhooks/zalo'] = zalo.webhookHandler;
    adapters.set('zalo', zalo);
  }

  const adapterState = new Map<Channel, string>();
  // Event-loop delay since start: the first sign of an overloaded process, shown on /readyz.
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  const web = createWebServer({
    host: config.HOST,
    port: config.PORT,
    conversation,
    onMessage,
    deliver,
    consolePassword: consolePassword ?? '',
    logger: logger.child({ channel: 'web' }),
    previewIntervalMs: opts.previewIntervalMs,
    trustProxy: config.TRUST_PROXY,
    allowedHosts: publicHosts(config),
    // Derived from the data key: chat sessions (and so the citizen's case) survive a restart.
    sessionSecret: createHmac('sha256', dataKey).update('pcmbn:web-session').digest(),
    routes,
    ready: () => {
      const checks: Record<string, string> = {
        database: databaseOk(() => store.schemaVersion()) ? 'ok' : 'error',
        index: `ok (${answering.corpus().docs.length} tài liệu, ${answering.corpus().chunks.length} đoạn)`,
      };
      for (const [ch, state] of adapterState) checks[ch] = state;
      checks.eventLoop = `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`;
      return { ok: checks.database === 'ok', checks };
    },
  });
  adapters.set('web', web.adapter);
  const url = await web.listen();

  // Messages a previous run accepted but never finished (crash, kill -9): queued before any new
  // update so each chat keeps its order.
  const leftover = inbox.pending();
  if (leftover.length) logger.warn({ count: leftover.length }, 'replaying unfinished incoming messages');
  for (const { id, msg } of leftover) void handleQueued(msg, id, true);

  for (const [ch, adapter] of adapters) {
    if (ch === 'web') continue;
    try {
      await adapter.start();
      adapterState.set(ch, 'ok');
    } catch (err) {
      // A platform that cannot be reached must not take the web chat and the other channels down.
      adapterState.set(ch, 'degraded');
      logger.error({ channel: ch, err: errorSummary(err) }, 'channel failed to start');
    }
  }

  async function tick(now = Date.now()): Promise<void> {
    try {
      outbox.prune(24 * 3600_000);
      await deliver(await conversation.tick(now));
      runRetention(store, config.RETENTION_DAYS, now, logger);
    } catch (err) {
      logger.error({ err: errorSummary(err) }, 'tick failed');
    }
  }
  const timer = setInterval(() => void tick(), opts.tickMs ?? 30_000);
  timer.unref();
  // Retries of queued messages, including those left by a previous run.
  const retryTimer = setInterval(() => {
    const due = outbox.nextDueAt();
    if (due !== undefined && due <= Date.now()) void outbox.flush(senderFor).catch(() => undefined);
  }, 1_000);
  retryTimer.unref();
  void outbox.flush(senderFor).catch(() => undefined);
  // Every database is open by now, so the first backup (when one is due) holds all of them.
  if (backups) void backups.runIfDue();

  logger.info({ url, docs: answering.corpus().docs.length, channels: [...adapters.keys()] }, 'ready');

  return {
    url,
    oneTimePassword,
    channels: [...adapters.keys()],
    tick,
    async idle() {
      await Promise.allSettled([...chains.values()]);
      await outbox.flush(senderFor);
    },
    async stop() {
      clearInterval(timer);
      clearInterval(retryTimer);
      answering.close();
      loopDelay.disable();
      for (const [ch, adapter] of adapters) {
        if (ch !== 'web') await adapter.stop().catch((err) => logger.error({ channel: ch, err: errorSummary(err) }, 'stop failed'));
      }
      await Promise.allSettled([...chains.values()]);
      await outbox.flush(senderFor).catch(() => undefined);
      await web.close();
      if (backups) await backups.stop();
      outbox.close();
      inbox.close();
      store.close();
    },
  };
}

/** Error name and message only: platform errors can carry URLs with tokens, so no stack or request. */
function errorSummary(err: unknown): { name: string; message: string } {
  if (err instanceof Error) return { name: err.name, message: err.message.replace(/bot[^/\s]+/g, 'bot[redacted]') };
  return { name: 'Unknown', message: String(err) };
}

/** Hosts of the configured public URLs: the only non-loopback names the web server answers to. */
function publicHosts(config: Config): string[] {
  return [config.PUBLIC_URL, config.TELEGRAM_WEBHOOK_URL, config.ZALO_WEBHOOK_URL]
    .filter((u): u is string => Boolean(u))
    .map((u) => new URL(u).hostname.replace(/^\[|\]$/g, ''));
}

function databaseOk(probe: () => unknown): boolean {
  try {
    probe();
    return true;
  } catch {
    return false;
  }
}
