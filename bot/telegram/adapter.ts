// Telegram adapter (grammY): long polling through @grammyjs/runner with per-chat sequential
// processing, or a webhook with the secret-token header checked. It only translates updates to
// IncomingMessages and renders OutgoingMessages; the conversation decides what to say.
import type http from 'node:http';
import { Api, Bot, GrammyError, HttpError, webhookCallback, type Context } from 'grammy';
import type { Update, UserFromGetMe, InlineKeyboardMarkup } from 'grammy/types';
import { run, type RunnerHandle } from '@grammyjs/runner';
import { autoRetry } from '@grammyjs/auto-retry';
import type { ChannelAdapter, ChannelCapabilities } from '../types.js';
import type { Logger } from '../logger.js';
import type { CommandInfo, IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import { splitText } from '../../handlers/text/split.js';
import { renderCitations } from '../render.js';
import { toIncoming } from './mapping.js';
import { telegramMenus } from './commands.js';
import { createTelegramPreviews, FINAL_KINDS } from './preview.js';

export const TELEGRAM_TEXT_LIMIT = 4096;
export const TELEGRAM_CAPABILITIES: ChannelCapabilities = {
  buttons: true, edit: true, delete: true, maxTextLength: TELEGRAM_TEXT_LIMIT, groupChats: true, markdown: true, telLinks: false,
};
/** Largest webhook body accepted; real updates are a few KB. */
export const WEBHOOK_BODY_LIMIT = 1_000_000;
const TYPING_REFRESH_MS = 4500;
const TYPING_DELAY_MS = 300;

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

/** A send that Telegram refused after auto-retry gave up. `description` is Telegram's, never message text. */
export class TelegramSendError extends Error {
  constructor(
    public readonly code: 'forbidden' | 'bad_request' | 'rate_limited' | 'server' | 'network' | 'unknown',
    public readonly status: number | undefined,
    public readonly description: string,
    public readonly method: string,
  ) {
    super(`telegram ${method} failed: ${code}${status ? ` ${status}` : ''} ${description}`);
    this.name = 'TelegramSendError';
  }
}

function toSendError(err: unknown, method: string): TelegramSendError {
  if (err instanceof GrammyError) {
    const s = err.error_code;
    const code = s === 403 ? 'forbidden' : s === 429 ? 'rate_limited' : s >= 500 ? 'server' : s >= 400 ? 'bad_request' : 'unknown';
    return new TelegramSendError(code, s, err.description, method);
  }
  if (err instanceof HttpError) return new TelegramSendError('network', undefined, 'network error', method);
  return new TelegramSendError('unknown', undefined, err instanceof Error ? err.name : 'error', method);
}

function keyboard(msg: OutgoingMessage): InlineKeyboardMarkup | undefined {
  if (!msg.buttons?.length) return undefined;
  return { inline_keyboard: msg.buttons.map((row) => row.map((b) => ({ text: b.label, callback_data: b.data }))) };
}

/** Body-limited node http adapter for grammY's webhookCallback; the body is only read after the secret matched. */
function limitedHttp(limit: number) {
  return (req: http.IncomingMessage, res: http.ServerResponse) => {
    const h = req.headers['x-telegram-bot-api-secret-token'];
    return {
      get update() {
        return new Promise<Update>((resolve, reject) => {
          const declared = Number(req.headers['content-length'] ?? 0);
          if (declared > limit) return reject(Object.assign(new Error('body too large'), { status: 413 }));
          const chunks: Buffer[] = [];
          let size = 0;
          let tooLarge = false;
          req.on('data', (c: Buffer) => {
            if (tooLarge) return;
            size += c.length;
            if (size > limit) {
              // Keep reading (and dropping) the rest so the sender gets the 413 rather than a reset.
              tooLarge = true;
              chunks.length = 0;
              res.setHeader('connection', 'close');
              reject(Object.assign(new Error('body too large'), { status: 413 }));
            } else chunks.push(c);
          });
          req.once('end', () => {
            if (tooLarge) return;
            try {
              const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
              // grammY expects an Update object; anything else (null, arrays, numbers) is a bad request.
              if (!body || typeof body !== 'object' || Array.isArray(body) || typeof (body as Update).update_id !== 'number') throw new Error('not an update');
              resolve(body as Update);
            } catch {
              reject(Object.assign(new Error('invalid JSON'), { status: 400 }));
            }
          });
          req.once('error', reject);
        });
      },
      header: Array.isArray(h) ? h[0] : h,
      end: () => res.end(),
      respond: (json: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(json),
      unauthorized: () => res.writeHead(401).end('"unauthorized"'),
    };
  };
}

export function createTelegramAdapter(opts: TelegramAdapterOptions): TelegramAdapter {
  const { logger, onMessage } = opts;
  const log = logger.child({ channel: 'telegram' });
  const bot = new Bot(opts.token, {
    botInfo: opts.botInfo,
    client: opts.apiRoot ? { apiRoot: opts.apiRoot.replace(/\/+$/, '') } : undefined,
  });
  bot.api.config.use(
    autoRetry({
      maxDelaySeconds: opts.retry?.maxDelaySeconds ?? 60,
      maxRetryAttempts: opts.retry?.maxRetryAttempts ?? 5,
    }),
  );

  // Previews use a client without auto-retry: a rate-limited preview is skipped, never waited for.
  const previews = createTelegramPreviews({
    previewApi: new Api(opts.token, opts.apiRoot ? { apiRoot: opts.apiRoot.replace(/\/+$/, '') } : undefined),
    finalApi: bot.api,
    intervalMs: opts.previewIntervalMs ?? 1500,
    logger: log,
  });

  // No sequentialize here: the runner confirms updates to Telegram as soon as it fetches them, so an
  // update waiting in an in-memory queue would be lost by a crash. Each update goes straight to
  // onMessage, which stores it durably before awaiting anything and keeps each chat in order.

  bot.on('callback_query', async (ctx, next) => {
    // Always stop the button's spinner, without delaying the durable hand-over.
    void ctx.answerCallbackQuery().catch((err: unknown) => log.warn({ err: toSendError(err, 'answerCallbackQuery').message }, 'answerCallbackQuery failed'));
    await next();
  });

  bot.use(async (ctx) => {
    const msg = toIncoming(ctx.update, ctx.me.username, Date.now());
    if (!msg) return;
    if (msg.kind !== 'text') return onMessage(msg);
    // Typing indicator only when the answer takes a noticeable time: most answers are ready in a few
    // milliseconds, and a typing call per message would double the requests to Telegram under load.
    // Telegram shows it for ~5 s, so slow answers refresh it. It never delays nor fails the handling.
    const typing = () => void ctx.api.sendChatAction(msg.chatId, 'typing').catch(() => undefined);
    const first = setTimeout(typing, TYPING_DELAY_MS);
    const timer = setInterval(typing, TYPING_REFRESH_MS);
    try {
      await onMessage(msg);
    } finally {
      clearTimeout(first);
      clearInterval(timer);
    }
  });

  bot.catch((err) => {
    const e = err.error;
    log.error({ updateId: err.ctx?.update?.update_id, err: e instanceof Error ? e.name : 'error', code: e instanceof GrammyError ? e.error_code : undefined }, 'telegram update handling failed');
  });

  let runner: RunnerHandle | undefined;

  async function setCommands(): Promise<void> {
    const menus = telegramMenus(opts.commands);
    await bot.api.setMyCommands(menus.citizen);
    for (const chatId of opts.officerChatIds ?? []) {
      await bot.api.setMyCommands(menus.officer, { scope: { type: 'chat', chat_id: Number(chatId) } });
    }
  }

  const adapter: TelegramAdapter = {
    channel: 'telegram',
    capabilities: TELEGRAM_CAPABILITIES,
    async start() {
      await bot.init();
      await setCommands().catch((err: unknown) => log.warn({ err: toSendError(err, 'setMyCommands').message }, 'could not set the command menu'));
      if (opts.webhook) {
        await bot.api.setWebhook(opts.webhook.url, {
          secret_token: opts.webhook.secret,
          allowed_updates: ['message', 'callback_query'],
        });
        log.info({ mode: 'webhook' }, 'telegram adapter started');
        return;
      }
      // A webhook left over from an earlier run would make getUpdates fail with 409.
      await bot.api.deleteWebhook();
      runner = run(bot, {
        runner: { fetch: { timeout: opts.pollTimeoutSeconds ?? 30, allowed_updates: ['message', 'callback_query'] }, silent: true },
      });
      // Unrecoverable polling errors (revoked token, another instance polling) end the runner's task.
      runner.task()?.catch((err: unknown) => log.error({ err: toSendError(err, 'getUpdates').message }, 'telegram polling stopped'));
      log.info({ mode: 'polling' }, 'telegram adapter started');
    },
    preview: (chatId, textSoFar) => previews.preview(chatId, textSoFar),
    async stop() {
      previews.close();
      if (runner?.isRunning()) await runner.stop();
      runner = undefined;
    },
    async send(msg) {
      const chatId = msg.to.chatId;
      if (msg.deleteMessageIds) {
        for (const id of msg.deleteMessageIds) {
          // Messages older than 48 h or already gone cannot be deleted; that is not a failure.
          await bot.api.deleteMessage(chatId, Number(id)).catch((err: unknown) => log.debug({ err: toSendError(err, 'deleteMessage').message }, 'deleteMessage skipped'));
        }
        return {};
      }
      const parts = splitText(renderCitations(msg.text, msg.citations), TELEGRAM_TEXT_LIMIT);
      const markup = keyboard(msg);
      let last: number | undefined;
      let i = 0;
      // The answer a preview stood for replaces it in place; buttons stay on the last part.
      if (FINAL_KINDS.has(msg.kind) && previews.has(chatId)) {
        last = await previews.finish(chatId, parts[0], parts.length === 1 ? markup : undefined);
        if (last !== undefined) i = 1;
      }
      for (; i < parts.length; i++) {
        const isLast = i === parts.length - 1;
        try {
          const sent = await bot.api.sendMessage(chatId, parts[i], {
            link_preview_options: { is_disabled: true },
            ...(isLast && markup ? { reply_markup: markup } : {}),
          });
          last = sent.message_id;
        } catch (err) {
          throw toSendError(err, 'sendMessage');
        }
      }
      return last === undefined ? {} : { messageId: String(last) };
    },
  };

  if (opts.webhook) {
    const cb = webhookCallback(bot, limitedHttp(WEBHOOK_BODY_LIMIT), {
      secretToken: opts.webhook.secret,
      // Answers can take longer than Telegram waits; reply 200 and keep handling rather than
      // letting Telegram redeliver the update.
      onTimeout: 'return',
      timeoutMilliseconds: 8000,
    });
    adapter.webhookHandler = (req, res) => {
      if (req.method !== 'POST') {
        res.writeHead(405).end();
        return;
      }
      Promise.resolve(cb(req, res)).catch((err: unknown) => {
        const status = (err as { status?: number }).status ?? 500;
        log.warn({ status, err: err instanceof Error ? err.message : 'error' }, 'telegram webhook request failed');
        if (!res.headersSent) res.writeHead(status).end();
      });
    };
  }

  return adapter;
}
