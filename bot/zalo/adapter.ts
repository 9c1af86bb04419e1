// Zalo channel adapter: turns Zalo Bot Platform updates into IncomingMessages and renders
// OutgoingMessages as plain text. Zalo has no inline buttons, so buttons become numbered choices;
// a bare number reply is mapped back to the button's payload as a `callback` message.
// Dedupe and per-chat order are the intake's (bot/intake.ts), as for every channel.
import type http from 'node:http';
import type { ChannelAdapter, ChannelCapabilities } from '../types.js';
import type { Logger } from '../logger.js';
import type { Button, IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import { renderCitations } from '../render.js';
import { ZaloApiError, type ZaloClient } from './client.js';
import { createChoiceMemory, toIncoming } from './mapping.js';
import { pollUpdates, type PollOptions } from './polling.js';
import { ZALO_TEXT_LIMIT, type ZaloUpdate } from './schemas.js';
import { receiveWebhook } from './webhook.js';

/** Zalo Bot Platform: plain text only, no buttons (numbered choices instead), no edit or delete. */
export const ZALO_CAPABILITIES: ChannelCapabilities = {
  label: 'Zalo',
  buttons: false,
  edit: false,
  delete: false,
  maxTextLength: ZALO_TEXT_LIMIT,
  groupChats: false,
  markdown: false,
  telLinks: false,
  typedCommands: true,
  clearsConversation: false,
  webPage: false,
};

export interface ZaloAdapterOptions {
  client: ZaloClient;
  webhook?: { url: string; secret: string };
  onMessage: (msg: IncomingMessage) => Promise<void>;
  logger: Logger;
  polling?: {
    /** getUpdates long-poll seconds (default 30). */
    timeoutSec?: number;
    /** First wait after a failed poll (default 1 s), doubled up to maxBackoffMs (default 60 s). */
    backoffMs?: number;
    maxBackoffMs?: number;
    /** Delete a webhook found at start instead of refusing to poll (only when told to: it may be another deployment's). */
    deleteWebhook?: boolean;
  };
  /** Webhook body cap (default 1 MiB). */
  maxBodyBytes?: number;
  /** How long offered numbered choices stay valid (default 24 h). */
  choicesTtlMs?: number;
  /** Show "typing" while the conversation works on a message (default true). */
  typing?: boolean;
  now?: () => number;
}

export type ZaloAdapter = ChannelAdapter & {
  webhookHandler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
};

/** Renders text + citations + numbered choices; returns the payloads in choice order. */
export function renderZaloText(msg: Pick<OutgoingMessage, 'text' | 'citations' | 'buttons'>): { text: string; choices: string[] } {
  const blocks = [renderCitations(msg.text.trim(), msg.citations)];
  const buttons: Button[] = (msg.buttons ?? []).flat();
  if (buttons.length > 0) {
    blocks.push(`Trả lời bằng số: ${buttons.map((b, i) => `${i + 1}. ${b.label}`).join('  ')}`);
  }
  return { text: blocks.filter(Boolean).join('\n\n'), choices: buttons.map((b) => b.data) };
}

function pollOptions(o: ZaloAdapterOptions['polling']): PollOptions & { deleteWebhook: boolean } {
  return {
    timeoutSec: o?.timeoutSec ?? 30,
    backoffMs: o?.backoffMs ?? 1_000,
    maxBackoffMs: o?.maxBackoffMs ?? 60_000,
    deleteWebhook: o?.deleteWebhook ?? false,
  };
}

async function registerWebhook(client: ZaloClient, webhook: { url: string; secret: string }, log: Logger): Promise<void> {
  const r = await client.setWebhook({ url: webhook.url, secretToken: webhook.secret });
  if (r.verification && r.verification.outcome !== 'webhook.ok') {
    log.warn({ outcome: r.verification.outcome }, 'Zalo could not reach the webhook URL (saved anyway)');
  }
}

/** getUpdates fails while a webhook is set: refuses to poll then, unless told to delete it. */
async function clearWebhookForPolling(client: ZaloClient, deleteWebhook: boolean, log: Logger): Promise<void> {
  let info: { url: string } = { url: '' };
  try {
    info = await client.getWebhookInfo();
  } catch (err) {
    // A bad token is fatal; an unreachable API is not: the poll loop backs off until it returns.
    if (err instanceof ZaloApiError && err.code === 401) throw err;
    log.warn(
      { code: err instanceof ZaloApiError ? err.code : undefined, error: err instanceof Error ? err.name : 'unknown' },
      'Zalo getWebhookInfo failed; polling anyway',
    );
  }
  if (!info.url) return;
  if (!deleteWebhook) {
    throw new Error('Zalo: a webhook is set for this bot, so getUpdates cannot work; set ZALO_WEBHOOK_URL or delete the webhook');
  }
  await client.deleteWebhook();
}

export function createZaloAdapter(opts: ZaloAdapterOptions): ZaloAdapter {
  const { client, webhook, onMessage } = opts;
  const log = opts.logger.child({ channel: 'zalo' });
  const now = opts.now ?? Date.now;
  const typing = opts.typing ?? true;
  const poll = pollOptions(opts.polling);
  const choices = createChoiceMemory(opts.choicesTtlMs ?? 24 * 3_600_000, now);
  let abort: AbortController | undefined;
  let loop: Promise<void> | undefined;
  let running = false;

  function showTyping(chatId: string): void {
    // Best effort: a failed typing indicator must not delay or block the answer.
    client.sendChatAction(chatId, 'typing').catch((err: unknown) => {
      log.debug({ code: err instanceof ZaloApiError ? err.code : undefined }, 'Zalo typing action failed');
    });
  }

  /** Hands an update over at once, in arrival order; the intake keeps each chat in order and drops redeliveries. */
  function dispatch(u: ZaloUpdate): void {
    const msg = toIncoming(u, choices, now(), log);
    if (!msg) return;
    if (typing && (msg.kind === 'text' || msg.kind === 'callback')) showTyping(msg.chatId);
    onMessage(msg).catch((err: unknown) => {
      // Only the error's name: a message could quote the citizen's text.
      log.error({ error: err instanceof Error ? err.name : typeof err, kind: msg.kind }, 'Zalo message handler failed');
    });
  }

  async function start() {
    if (running) return;
    if (webhook) {
      await registerWebhook(client, webhook, log);
      running = true;
      log.info('Zalo webhook mode started');
      return;
    }
    await clearWebhookForPolling(client, poll.deleteWebhook, log);
    running = true;
    abort = new AbortController();
    loop = pollUpdates(client, poll, dispatch, log, abort.signal);
    log.info('Zalo polling started');
  }

  async function stop() {
    running = false;
    abort?.abort();
    await loop;
    loop = undefined;
    abort = undefined;
  }

  async function send(msg: OutgoingMessage): Promise<{ messageId?: string }> {
    if (msg.deleteMessageIds) {
      // The Zalo Bot API has no delete method; nothing to do, and nothing to send.
      log.debug({ count: msg.deleteMessageIds.length }, 'Zalo cannot delete messages; skipped');
      return {};
    }
    const { text, choices: data } = renderZaloText(msg);
    if (!text) return {};
    const receipts = await client.sendMessage(msg.to.chatId, text);
    // Any later message replaces the offered choices, so a bare number then means what it says.
    choices.remember(msg.to.chatId, data);
    return { messageId: receipts.at(-1)?.message_id };
  }

  const adapter: ZaloAdapter = { channel: 'zalo', capabilities: ZALO_CAPABILITIES, start, stop, send };
  if (webhook) {
    const hook = { secret: webhook.secret, maxBodyBytes: opts.maxBodyBytes ?? 1024 * 1024, running: () => running, log };
    adapter.webhookHandler = (req, res) => receiveWebhook(req, res, hook, dispatch);
  }
  return adapter;
}
