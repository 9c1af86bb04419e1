// Telegram adapter (grammY): long polling through @grammyjs/runner, or a webhook with the secret-token
// header checked. It only translates updates to IncomingMessages and renders OutgoingMessages; the
// conversation decides what to say.
import type http from 'node:http';
import { Api, Bot, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { autoRetry } from '@grammyjs/auto-retry';
import type { ChannelAdapter, ChannelCapabilities } from '../types.js';
import type { Logger } from '../logger.js';
import type { CommandInfo, IncomingMessage } from '../../handlers/types.js';
import { toIncoming } from './mapping.js';
import { telegramMenus } from './commands.js';
import { createTelegramPreviews } from './preview.js';
import { deleteMessages, sendText, TELEGRAM_TEXT_LIMIT, toSendError } from './send.js';
import { telegramWebhookHandler } from './webhook.js';

export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  label: 'Telegram',
  buttons: true,
  edit: true,
  delete: true,
  maxTextLength: TELEGRAM_TEXT_LIMIT,
  groupChats: true,
  markdown: true,
  telLinks: false,
  typedCommands: true,
  clearsConversation: false,
  webPage: false,
};
const TYPING_REFRESH_MS = 4500;
const TYPING_DELAY_MS = 300;
const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

export interface TelegramAdapterOptions {
  token: string;
  apiRoot?: string;
  webhook?: { url: string; secret: string };
  onMessage: (msg: IncomingMessage) => Promise<void>;
  logger: Logger;
  /** Skips getMe at start (tests, bench). */
  botInfo?: UserFromGetMe;
  /** Officers' private chats: they get the officer command menu (scope chat). */
  officerChatIds?: string[];
  /** The conversation's command table, for the menus (default: the built-in one). */
  commands?: readonly CommandInfo[];
  /** auto-retry limits; defaults: wait at most 60 s per retry_after, 5 retries. */
  retry?: { maxDelaySeconds?: number; maxRetryAttempts?: number };
  /** Long-poll timeout in seconds (default 30). */
  pollTimeoutSeconds?: number;
  /** Least time between two edits of a streaming preview (default 1500 ms; Telegram limits edits). */
  previewIntervalMs?: number;
}

export type TelegramAdapter = ChannelAdapter & {
  /** Streams an answer being generated: sends a message, then edits it at a modest rate (see preview.ts). */
  preview(chatId: string, textSoFar: string): void;
  webhookHandler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
};

function createBot(opts: TelegramAdapterOptions): Bot {
  const bot = new Bot(opts.token, { botInfo: opts.botInfo, client: clientOptions(opts.apiRoot) });
  bot.api.config.use(
    autoRetry({ maxDelaySeconds: opts.retry?.maxDelaySeconds ?? 60, maxRetryAttempts: opts.retry?.maxRetryAttempts ?? 5 }),
  );
  return bot;
}

function clientOptions(apiRoot: string | undefined): { apiRoot: string } | undefined {
  return apiRoot ? { apiRoot: apiRoot.replace(/\/+$/, '') } : undefined;
}

/**
 * Hands each update straight to onMessage, which stores it durably before awaiting anything and keeps
 * each chat in order. No sequentialize here: the runner confirms updates to Telegram as soon as it
 * fetches them, so an update waiting in an in-memory queue would be lost by a crash.
 */
function handleUpdates(bot: Bot, onMessage: TelegramAdapterOptions['onMessage'], log: Logger): void {
  bot.on('callback_query', async (ctx, next) => {
    // Always stop the button's spinner, without delaying the durable hand-over.
    void ctx
      .answerCallbackQuery()
      .catch((err: unknown) => log.warn({ err: toSendError(err, 'answerCallbackQuery').message }, 'answerCallbackQuery failed'));
    await next();
  });
  bot.use(async (ctx) => {
    const msg = toIncoming(ctx.update, ctx.me.username, Date.now());
    if (!msg) return;
    if (msg.kind !== 'text') return onMessage(msg);
    await whileTyping(ctx.api, msg.chatId, () => onMessage(msg));
  });
  bot.catch((err) => {
    const e = err.error;
    log.error(
      {
        updateId: err.ctx?.update?.update_id,
        err: e instanceof Error ? e.name : 'error',
        code: e instanceof GrammyError ? e.error_code : undefined,
      },
      'telegram update handling failed',
    );
  });
}

/**
 * Typing indicator only when the answer takes a noticeable time: most answers are ready in a few
 * milliseconds, and a typing call per message would double the requests to Telegram under load.
 * Telegram shows it for ~5 s, so slow answers refresh it. It never delays nor fails the handling.
 */
async function whileTyping(api: Api, chatId: string, work: () => Promise<void>): Promise<void> {
  const typing = () => void api.sendChatAction(chatId, 'typing').catch(() => undefined);
  const first = setTimeout(typing, TYPING_DELAY_MS);
  const timer = setInterval(typing, TYPING_REFRESH_MS);
  try {
    await work();
  } finally {
    clearTimeout(first);
    clearInterval(timer);
  }
}

async function setCommandMenus(api: Api, commands: readonly CommandInfo[] | undefined, officerChatIds: string[]): Promise<void> {
  const menus = telegramMenus(commands);
  await api.setMyCommands(menus.citizen);
  for (const chatId of officerChatIds) {
    await api.setMyCommands(menus.officer, { scope: { type: 'chat', chat_id: Number(chatId) } });
  }
}

/** Starts long polling; unrecoverable errors (revoked token, another instance polling) end the runner's task. */
async function startPolling(bot: Bot, timeoutSeconds: number, log: Logger): Promise<RunnerHandle> {
  // A webhook left over from an earlier run would make getUpdates fail with 409.
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { timeout: timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] }, silent: true } });
  runner.task()?.catch((err: unknown) => log.error({ err: toSendError(err, 'getUpdates').message }, 'telegram polling stopped'));
  return runner;
}

export function createTelegramAdapter(opts: TelegramAdapterOptions): TelegramAdapter {
  const log = opts.logger.child({ channel: 'telegram' });
  const bot = createBot(opts);
  // Previews use a client without auto-retry: a rate-limited preview is skipped, never waited for.
  const previews = createTelegramPreviews({
    previewApi: new Api(opts.token, clientOptions(opts.apiRoot)),
    finalApi: bot.api,
    intervalMs: opts.previewIntervalMs ?? 1500,
    logger: log,
  });
  handleUpdates(bot, opts.onMessage, log);
  let runner: RunnerHandle | undefined;

  const adapter: TelegramAdapter = {
    channel: 'telegram',
    capabilities: TELEGRAM_CAPABILITIES,
    async start() {
      await bot.init();
      await setCommandMenus(bot.api, opts.commands, opts.officerChatIds ?? []).catch((err: unknown) =>
        log.warn({ err: toSendError(err, 'setMyCommands').message }, 'could not set the command menu'),
      );
      if (opts.webhook)
        await bot.api.setWebhook(opts.webhook.url, { secret_token: opts.webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
      else runner = await startPolling(bot, opts.pollTimeoutSeconds ?? 30, log);
      log.info({ mode: opts.webhook ? 'webhook' : 'polling' }, 'telegram adapter started');
    },
    preview: (chatId, textSoFar) => previews.preview(chatId, textSoFar),
    async stop() {
      previews.close();
      if (runner?.isRunning()) await runner.stop();
      runner = undefined;
    },
    async send(msg) {
      if (msg.deleteMessageIds) {
        await deleteMessages(bot.api, msg.to.chatId, msg.deleteMessageIds, log);
        return {};
      }
      const last = await sendText(bot.api, previews, msg);
      return last === undefined ? {} : { messageId: String(last) };
    },
  };
  if (opts.webhook) adapter.webhookHandler = telegramWebhookHandler(bot, opts.webhook.secret, log);
  return adapter;
}
