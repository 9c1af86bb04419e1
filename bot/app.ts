import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Config } from './config.js';
import { llmEnabled, parseWorkingHours } from './config.js';
import type { Logger } from './logger.js';
import type { ChannelAdapter, ChannelModule } from './types.js';
import type { MessageGateOptions } from './ratelimit.js';
import type { Address, Channel, OutgoingMessage } from '../handlers/types.js';
import { type Answering, openAnswering, WARM_UP_QUESTIONS } from './answering.js';
import { createTriage, rememberingQuestions } from '../handlers/triage/index.js';
import { openCaseStore } from '../handlers/cases/store.js';
import { loadOrCreateKey } from '../handlers/cases/crypto.js';
import { NEXT_KEY_SUFFIX } from '../handlers/cases/rotate.js';
import { tightenTree } from '../handlers/cases/private-files.js';
import { type Checkpointer, startCheckpointer } from '../handlers/cases/checkpoints.js';
import { createRetention } from '../handlers/cases/retention.js';
import { createConversation } from '../handlers/conversation.js';
import { officerDirectory } from '../handlers/conversation/deps.js';
import type { CaseStore } from '../handlers/cases/store.js';
import type { Triage } from '../handlers/conversation/deps.js';
import { CHANNELS } from './channels.js';
import { createDelivery, errorSummary, type Delivery } from './delivery.js';
import { createIntake } from './intake.js';
import { consoleOfficers } from './web/console.js';
import { createWebServer, WEB_CHANNEL } from './web/server.js';
import { PROVINCES } from '../handlers/replies/vi.js';
import { provinceChoicesOf } from '../handlers/updates/names.js';
import { scheduleBackups } from './backup.js';
import { createMetrics, metricsRoute, type AppMetrics } from './metrics.js';
import { LEAK_MARKERS } from '../handlers/generate/prompts.js';

// The composition root: config → knowledge → index → triage → cases → conversation → channels.
// Everything a test or `npm start` needs is built here; bot/main.ts only adds process signals.
// Optional parts (LLM client, Telegram, Zalo) are imported only when configured: the openai client and
// grammY each take most of a second to load, and the default start must be quick.

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
  /** The chat platforms besides the web chat (default bot/channels.ts). */
  channels?: readonly ChannelModule[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Console actions and timer work: what they stored is on disk before anyone is told. */
/**
 * The triage, with its model loaded and the answer path compiled now rather than on the first messages after a
 * restart, which would otherwise all queue behind that work.
 */
async function warmedUp(answering: Answering): Promise<Triage> {
  const triage = rememberingQuestions(createTriage());
  for (const text of ['Xin chào', ...WARM_UP_QUESTIONS]) triage.classify(text);
  await answering.warmUp();
  return triage;
}

function durableDelivery(store: CaseStore, delivery: Delivery) {
  return async (outs: OutgoingMessage[]) => {
    await store.durable();
    return delivery.queueAndSend(outs);
  };
}

export async function createApp(config: Config, logger: Logger, opts: AppOptions = {}): Promise<App> {
  const dataDir = resolve(config.DATA_DIR);
  // Readable by the bot's user only, also what an earlier release or another umask left wider.
  tightenTree(dataDir);
  // Gauges read the store, outbox and backups at scrape time; all exist before the server listens.
  const metrics = createMetrics({
    queue: () => store.queueSummary(),
    outboxPending: () => delivery.pendingCount(),
    lastBackupAt: () => (backups ? backups.lastAt() : undefined),
  });
  const answering = await openAnswering(config, logger, { watch: opts.watchKnowledge ?? true, onLlmOutcome: metrics.llmAnswer });
  const { store, dataKey, checkpoints } = openStore(config, dataDir, logger);
  const backups = config.BACKUP_DIR ? startBackups(config, config.BACKUP_DIR, dataDir, metrics, logger) : undefined;
  const { consolePassword, oneTimePassword } = consoleAccess(config, logger);
  const channels = opts.channels ?? CHANNELS;
  const adapters = new Map<Channel, ChannelAdapter>();
  const triage = await warmedUp(answering);
  const officers = officerDirectory([...channels.map((c) => c.officers(config)), consoleOfficers(!!consolePassword)]);
  const conversation = await buildConversation({ config, logger, store, triage, answering, adapters, officers, metrics });
  const delivery = createDelivery({
    dataDir,
    key: dataKey,
    adapters,
    conversation: () => conversation,
    logger,
    onSent: (msg) => metrics.messageOut(msg.to.channel, msg.kind),
    onRetry: (msg) => metrics.sendRetry(msg.to.channel),
  });
  const deliver = durableDelivery(store, delivery);
  const intake = createIntake({
    dataDir,
    key: dataKey,
    conversation,
    classify: (text) => triage.classify(text).label,
    delivery,
    rateLimit: opts.rateLimit,
    logger,
    onAccepted: (msg) => metrics.messageIn(msg.channel),
    sync: store,
  });

  const routes: NonNullable<Parameters<typeof createWebServer>[0]['routes']> = { '/metrics': metricsRoute(metrics, config.METRICS_TOKEN) };
  await openChannelAdapters(channels, adapters, routes, (channel) => ({
    config,
    onMessage: intake.onMessage,
    logger: logger.child({ channel: channel.name }),
    commands: conversation.commands,
    previewIntervalMs: opts.previewIntervalMs,
  }));

  const adapterState = new Map<Channel, string>();
  // Event-loop delay since start: the first sign of an overloaded process, shown on /readyz.
  const loopDelay = monitorEventLoopDelay({ resolution: 20 });
  loopDelay.enable();
  const web = createWebServer({
    ...webSettings(config),
    conversation,
    onMessage: intake.onMessage,
    deliver,
    consolePassword: consolePassword ?? '',
    logger: logger.child({ channel: WEB_CHANNEL }),
    previewIntervalMs: opts.previewIntervalMs,
    citizenProvince: (sid) => store.getPrefs(store.citizenRef(WEB_CHANNEL, sid)).province ?? config.DEFAULT_PROVINCE,
    provinceChoices: () => provinceChoicesOf(PROVINCES, answering.updates()),
    accounts: store.accounts,
    // Derived from the database's own salt: chat sessions (and so the citizen's case) survive a restart and a key rotation.
    sessionSecret: store.secret('web-session'),
    routes,
    ready: () => readiness(store, answering, adapterState, loopDelay),
  });
  // The platforms start and stop on their own; the web chat's adapter lives and ends with the web server.
  const platforms = new Map(adapters);
  adapters.set(WEB_CHANNEL, web.adapter);
  const url = await web.listen();

  // Queued before any new update so each chat keeps its order.
  intake.replayUnfinished();
  await startChannels(platforms, adapterState, logger);

  const retention = createRetention(store, config.RETENTION_DAYS, logger);
  const tick = periodicWork(async (now) => {
    delivery.prune(24 * 3600_000);
    await deliver(await conversation.tick(now));
    retention(now);
  }, logger);
  const timer = setInterval(() => void tick(), opts.tickMs ?? 30_000);
  timer.unref();
  delivery.startRetries();
  // Every database is open by now, so the first backup (when one is due) holds all of them.
  if (backups) void backups.runIfDue();

  logger.info({ url, docs: answering.corpus().docs.length, channels: [...adapters.keys()] }, 'ready');

  return {
    url,
    oneTimePassword,
    channels: [...adapters.keys()],
    tick,
    async idle() {
      await intake.settled();
      await delivery.flushAll();
    },
    async stop() {
      clearInterval(timer);
      answering.close();
      loopDelay.disable();
      for (const [ch, adapter] of platforms) {
        await adapter.stop().catch((err) => logger.error({ channel: ch, err: errorSummary(err) }, 'stop failed'));
      }
      await intake.settled();
      await delivery.flushAll().catch(() => undefined);
      await web.close();
      if (backups) await backups.stop();
      await checkpoints.stop();
      delivery.close();
      intake.close();
      store.close();
    },
  };
}

/** The web server's settings that come straight from the configuration. */
function webSettings(config: Config) {
  return {
    host: config.HOST,
    port: config.PORT,
    trustProxy: config.TRUST_PROXY,
    addressLimit: { capacity: config.WEB_ADDRESS_BURST, refillPerSec: config.WEB_ADDRESS_PER_SECOND },
    consoleSessionMs: config.CONSOLE_SESSION_HOURS * 3600_000,
    consoleIdleMs: config.CONSOLE_IDLE_MINUTES * 60_000,
    allowedHosts: publicHosts(config),
  };
}

/** Creates each platform's adapter (a platform without settings gives none) and mounts its webhook route. */
async function openChannelAdapters(
  channels: readonly ChannelModule[],
  adapters: Map<Channel, ChannelAdapter>,
  routes: Record<string, NonNullable<ChannelAdapter['webhookHandler']>>,
  envOf: (channel: ChannelModule) => Parameters<ChannelModule['create']>[0],
): Promise<void> {
  for (const channel of channels) {
    const adapter = await channel.create(envOf(channel));
    if (!adapter) continue;
    if (adapter.webhookHandler) routes[`/webhooks/${channel.name}`] = adapter.webhookHandler;
    adapters.set(channel.name, adapter);
  }
}

/** The timer's work as one call whose failure is logged, so one bad run never stops the next. */
function periodicWork(work: (now: number) => Promise<void>, logger: Logger): (now?: number) => Promise<void> {
  return async (now = Date.now()) => {
    try {
      await work(now);
    } catch (err) {
      logger.error({ err: errorSummary(err) }, 'tick failed');
    }
  };
}

/**
 * Texts at rest are encrypted; without DATA_ENCRYPTION_KEY a key file is created once (never logged). The case,
 * inbox and outbox databases are checkpointed off the event loop from now on (each once its log fills).
 */
function openStore(config: Config, dataDir: string, logger: Logger): { store: CaseStore; dataKey: Buffer; checkpoints: Checkpointer } {
  const keyFile = join(dataDir, 'encryption.key');
  if (!config.DATA_ENCRYPTION_KEY && existsSync(keyFile + NEXT_KEY_SUFFIX)) {
    throw new Error(
      'Việc đổi khóa mã hóa chưa xong: chạy lại npm run rotate-key trước khi khởi động / a key rotation is unfinished: run npm run rotate-key again',
    );
  }
  const { key: dataKey, generated } = loadOrCreateKey({ envKey: config.DATA_ENCRYPTION_KEY, file: keyFile });
  if (generated) logger.warn({ keyFile }, 'DATA_ENCRYPTION_KEY is not set: generated a new key file; back it up apart from the database');
  const store = openCaseStore(join(dataDir, 'cases.db'), { key: dataKey });
  const checkpoints = startCheckpointer(
    ['cases.db', 'inbox.db', 'outbox.db'].map((f) => join(dataDir, f)),
    { onError: (err) => logger.error({ err: errorSummary(err) }, 'checkpoint worker failed; the databases checkpoint themselves') },
  );
  return { store, dataKey, checkpoints };
}

function startBackups(config: Config, destRoot: string, dataDir: string, metrics: AppMetrics, logger: Logger) {
  return scheduleBackups({
    dataDir,
    destRoot,
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
}

/** The console password: configured, else a one-time one on a loopback host, else none (console disabled). */
function consoleAccess(config: Config, logger: Logger): { consolePassword?: string; oneTimePassword?: string } {
  if (config.OFFICER_WEB_PASSWORD) return { consolePassword: config.OFFICER_WEB_PASSWORD };
  if (LOOPBACK.has(config.HOST)) {
    const oneTimePassword = randomBytes(9).toString('base64url');
    return { consolePassword: oneTimePassword, oneTimePassword };
  }
  logger.warn('OFFICER_WEB_PASSWORD is not set and HOST is public: the officer console is disabled');
  return {};
}

/** Shows a draft answer in a chat whose channel can show one; false where it cannot (see ConversationDeps.preview). */
function showPreview(adapter: ChannelAdapter | undefined, chatId: string, text: string): boolean {
  if (!adapter?.preview) return false;
  adapter.preview(chatId, text);
  return true;
}

async function buildConversation(p: {
  config: Config;
  logger: Logger;
  store: CaseStore;
  triage: Triage;
  answering: Awaited<ReturnType<typeof openAnswering>>;
  adapters: ReadonlyMap<Channel, ChannelAdapter>;
  officers: ReturnType<typeof officerDirectory>;
  metrics: AppMetrics;
}) {
  const { config, answering, adapters } = p;
  const hours = parseWorkingHours(config.WORKING_HOURS);
  // Streaming previews exist only with an LLM (the extractive answer is instant); the prompt's own
  // lines end a preview that starts echoing it.
  const streaming = llmEnabled(config) ? { previewStopMarkers: LEAK_MARKERS } : undefined;
  return createConversation({
    ...(streaming && { ...streaming, preview: (to: Address, text: string) => showPreview(adapters.get(to.channel), to.chatId, text) }),
    store: p.store,
    triage: p.metrics.countedTriage(p.triage),
    answer: p.metrics.timedAnswerer(answering.answer),
    instantAnswer: answering.extractive,
    // Without a model the answer is the extractive one, the same for the same question until a reload.
    repeatableAnswers: !streaming,
    fullSection: answering.fullSection,
    corpus: () => answering.corpus(),
    contacts: () => answering.contacts(),
    updates: () => answering.updates(),
    documents: () => answering.corpus().docs,
    officers: p.officers,
    traits: (channel) => adapters.get(channel)?.capabilities,
    reannounceMinutes: config.CASE_REANNOUNCE_MINUTES,
    burstPerMinute: config.CASE_BURST_PER_MINUTE,
    defaultProvince: config.DEFAULT_PROVINCE,
    workingHours: hours && { startHour: hours.start, endHour: hours.end, days: hours.days },
    logger: p.logger,
  });
}

/** Starts every platform adapter; a platform that cannot be reached must not take the web chat and the others down. */
async function startChannels(platforms: ReadonlyMap<Channel, ChannelAdapter>, state: Map<Channel, string>, logger: Logger): Promise<void> {
  for (const [ch, adapter] of platforms) {
    try {
      await adapter.start();
      state.set(ch, 'ok');
    } catch (err) {
      state.set(ch, 'degraded');
      logger.error({ channel: ch, err: errorSummary(err) }, 'channel failed to start');
    }
  }
}

function readiness(
  store: CaseStore,
  answering: Awaited<ReturnType<typeof openAnswering>>,
  adapterState: ReadonlyMap<Channel, string>,
  loopDelay: ReturnType<typeof monitorEventLoopDelay>,
): ReturnType<NonNullable<Parameters<typeof createWebServer>[0]['ready']>> {
  const checks: Record<string, string> = {
    database: databaseOk(() => store.schemaVersion()) ? 'ok' : 'error',
    index: `ok (${answering.corpus().docs.length} tài liệu, ${answering.corpus().chunks.length} đoạn)`,
  };
  for (const [ch, state] of adapterState) checks[ch] = state;
  checks.eventLoop = `p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)} ms, max ${(loopDelay.max / 1e6).toFixed(1)} ms`;
  return { ok: checks.database === 'ok', checks };
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
