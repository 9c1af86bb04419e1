// Zalo channel adapter: turns Zalo Bot Platform updates into IncomingMessages and renders
// OutgoingMessages as plain text. Zalo has no inline buttons, so buttons become numbered choices;
// a bare number reply is mapped back to the button's payload as a `callback` message.
import type http from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ChannelAdapter, ChannelCapabilities } from '../types.js';
import type { Logger } from '../logger.js';
import type { Button, IncomingKind, IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import { renderCitations } from '../render.js';
import { ZaloApiError, type ZaloClient } from './client.js';
import { webhookBodySchema, ZALO_TEXT_LIMIT, type ZaloUpdate } from './schemas.js';

/** Zalo Bot Platform: plain text only, no buttons (numbered choices instead), no edit or delete. */
export const ZALO_CAPABILITIES: ChannelCapabilities = {
  buttons: false, edit: false, delete: false, maxTextLength: ZALO_TEXT_LIMIT, groupChats: false, markdown: false, telLinks: false,
};

export const ZALO_SECRET_HEADER = 'x-bot-api-secret-token';

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
  /** How long an event_name+message_id is remembered against replays (default 5 min). */
  dedupeMs?: number;
  /** How long offered numbered choices stay valid (default 24 h). */
  choicesTtlMs?: number;
  /** Show "typing" while the conversation works on a message (default true). */
  typing?: boolean;
  now?: () => number;
}

export type ZaloAdapter = ChannelAdapter & {
  webhookHandler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
};

const KIND_BY_EVENT: Record<string, IncomingKind> = {
  'message.text.received': 'text',
  'message.image.received': 'image',
  'message.sticker.received': 'sticker',
  'message.voice.received': 'other',
  'message.unsupported.received': 'other',
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

/** Constant-time comparison that does not leak the secret's length. */
function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(secret).digest();
  return timingSafeEqual(a, b);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Forgets keys after `ttlMs`; true the first time a key is seen within that window. */
function createSeenWindow(ttlMs: number, now: () => number): (key: string) => boolean {
  const seen = new Map<string, number>(); // key -> expiry, in insertion (= expiry) order
  return (key) => {
    const t = now();
    for (const [k, exp] of seen) {
      if (exp > t) break;
      seen.delete(k);
    }
    if (seen.has(key)) return false;
    seen.set(key, t + ttlMs);
    return true;
  };
}

/** The numbered choices last offered in each chat, so a bare number can be read as that button. */
function createChoiceMemory(ttlMs: number, now: () => number) {
  const choices = new Map<string, { data: string[]; expires: number }>();
  return {
    remember(chatId: string, data: string[]): void {
      choices.delete(chatId);
      if (data.length > 0) choices.set(chatId, { data, expires: now() + ttlMs });
      // Bound memory: drop the oldest chats.
      while (choices.size > 10_000) choices.delete(choices.keys().next().value as string);
    },
    /** The payload behind a typed choice number, if one was offered there and has not expired. */
    pick(chatId: string, text: string): string | undefined {
      const pick = /^\s*(\d{1,2})\s*\.?\s*$/.exec(text);
      const offered = choices.get(chatId);
      return pick && offered && offered.expires > now() ? offered.data[Number(pick[1]) - 1] : undefined;
    },
  };
}

/**
 * `event_name` + `message_id` (the documented identity of an update); an update without an id is keyed by a hash of its content,
 * which is the same on every redelivery of that update.
 */
function dedupeKey(u: ZaloUpdate): string {
  if (u.message?.message_id) return `${u.event_name}:${u.message.message_id}`;
  return `${u.event_name}:h${createHash('sha256').update(JSON.stringify(u)).digest('base64url').slice(0, 32)}`;
}

/** Maps an update to an IncomingMessage, or undefined when it is not for the conversation. */
function toIncoming(u: ZaloUpdate, choices: ReturnType<typeof createChoiceMemory>, now: () => number, log: Logger): IncomingMessage | undefined {
  const kind = KIND_BY_EVENT[u.event_name];
  if (!kind) {
    log.info({ event: u.event_name }, 'ignoring unknown Zalo event');
    return undefined;
  }
  const m = u.message;
  const chatId = m?.chat?.id ?? m?.from?.id;
  if (!m || !chatId) {
    log.debug({ event: u.event_name }, 'Zalo event without chat, ignored');
    return undefined;
  }
  if (m.from?.is_bot) return undefined;
  const msg: IncomingMessage = {
    channel: 'zalo',
    chatId,
    userId: m.from?.id ?? chatId,
    // Without a platform id the update's own hash stands in, so the conversation dedupes it too.
    messageId: m.message_id ?? dedupeKey(u),
    kind,
    displayName: m.from?.display_name ?? m.from?.name ?? m.from?.first_name,
    receivedAt: now(),
  };
  if (kind === 'text') {
    const text = m.text ?? '';
    const data = choices.pick(chatId, text);
    if (data !== undefined) return { ...msg, kind: 'callback', callbackData: data };
    msg.text = text;
  } else if (kind === 'image' && m.caption) {
    msg.text = m.caption;
  }
  return msg;
}

/** Long polling with exponential backoff (a 429's wait honoured); stops on abort or a rejected token. */
async function pollUpdates(
  client: ZaloClient,
  poll: { timeoutSec: number; backoffMs: number; maxBackoffMs: number },
  dispatch: (u: ZaloUpdate) => void,
  log: Logger,
  signal: AbortSignal,
) {
  let backoff = poll.backoffMs;
  while (!signal.aborted) {
    try {
      const updates = await client.getUpdates({ timeoutSec: poll.timeoutSec, signal });
      backoff = poll.backoffMs;
      for (const u of updates) dispatch(u);
    } catch (err) {
      if (signal.aborted) break;
      const code = err instanceof ZaloApiError ? err.code : undefined;
      if (code === 401) {
        log.error({ code }, 'Zalo token rejected; polling stopped');
        break;
      }
      // Honour a server-given wait for 429, but never wait less than the current backoff.
      const retryAfterMs = err instanceof ZaloApiError && err.retryAfter ? err.retryAfter * 1000 : 0;
      const wait = Math.min(Math.max(backoff, retryAfterMs), Math.max(poll.maxBackoffMs, retryAfterMs));
      log.warn({ code, error: err instanceof Error ? err.name : 'unknown', backoffMs: wait }, 'Zalo polling failed, backing off');
      await sleep(wait, signal);
      backoff = Math.min(backoff * 2, poll.maxBackoffMs);
    }
  }
}

/** A webhook call: secret checked, body size bounded and validated, acknowledged before the update is handled. */
function receiveWebhook(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  o: { secret: string; maxBodyBytes: number; running: () => boolean; log: Logger },
  dispatch: (u: ZaloUpdate) => void,
): void {
  const { maxBodyBytes, log } = o;
  const reply = (status: number, body: object) => {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (req.method !== 'POST') {
    req.resume();
    return reply(405, { ok: false });
  }
  if (!secretMatches(req.headers[ZALO_SECRET_HEADER], o.secret)) {
    log.warn('Zalo webhook call with a wrong or missing secret');
    req.resume();
    return reply(401, { ok: false });
  }
  if (!o.running()) {
    req.resume();
    return reply(503, { ok: false });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    req.resume();
    res.setHeader('connection', 'close');
    return reply(413, { ok: false });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (c: Buffer) => {
    if (tooLarge) return;
    size += c.length;
    if (size > maxBodyBytes) {
      tooLarge = true;
      chunks.length = 0;
      res.setHeader('connection', 'close');
      reply(413, { ok: false });
      return;
    }
    chunks.push(c);
  });
  req.on('error', () => reply(400, { ok: false }));
  req.on('end', () => {
    if (tooLarge) return;
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return reply(400, { ok: false });
    }
    const parsed = webhookBodySchema.safeParse(body);
    if (!parsed.success) return reply(400, { ok: false });
    // Acknowledge first; the conversation may take seconds.
    reply(200, { ok: true });
    dispatch(parsed.data);
  });
}

export function createZaloAdapter(opts: ZaloAdapterOptions): ZaloAdapter {
  const { client, webhook, onMessage, logger } = opts;
  const log = logger.child({ channel: 'zalo' });
  const now = opts.now ?? Date.now;
  const maxBodyBytes = opts.maxBodyBytes ?? 1024 * 1024;
  const dedupeMs = opts.dedupeMs ?? 5 * 60_000;
  const choicesTtlMs = opts.choicesTtlMs ?? 24 * 3_600_000;
  const typing = opts.typing ?? true;
  const poll = {
    timeoutSec: opts.polling?.timeoutSec ?? 30,
    backoffMs: opts.polling?.backoffMs ?? 1_000,
    maxBackoffMs: opts.polling?.maxBackoffMs ?? 60_000,
    deleteWebhook: opts.polling?.deleteWebhook ?? false,
  };

  const firstSeen = createSeenWindow(dedupeMs, now);
  const choices = createChoiceMemory(choicesTtlMs, now);
  const chains = new Map<string, Promise<void>>(); // per-chat sequential processing
  let abort: AbortController | undefined;
  let loop: Promise<void> | undefined;
  let running = false;

  async function handleOne(msg: IncomingMessage) {
    if (typing && (msg.kind === 'text' || msg.kind === 'callback')) {
      // Best effort: a failed typing indicator must not delay or block the answer.
      client.sendChatAction(msg.chatId, 'typing').catch((err: unknown) => {
        log.debug({ code: err instanceof ZaloApiError ? err.code : undefined }, 'Zalo typing action failed');
      });
    }
    try {
      await onMessage(msg);
    } catch (err) {
      // Only the error's name: a message could quote the citizen's text.
      log.error({ error: err instanceof Error ? err.name : typeof err, kind: msg.kind }, 'Zalo message handler failed');
    }
  }

  /** Queues an update: messages of one chat run in order, chats run in parallel. */
  function dispatch(u: ZaloUpdate): void {
    const key = dedupeKey(u);
    if (!firstSeen(key)) {
      log.debug({ event: u.event_name }, 'duplicate Zalo event dropped');
      return;
    }
    const msg = toIncoming(u, choices, now, log);
    if (!msg) return;
    const prev = chains.get(msg.chatId) ?? Promise.resolve();
    const next = prev.then(() => handleOne(msg));
    chains.set(msg.chatId, next);
    void next.then(() => {
      if (chains.get(msg.chatId) === next) chains.delete(msg.chatId);
    });
  }

  async function start() {
    if (running) return;
    if (webhook) {
      const r = await client.setWebhook({ url: webhook.url, secretToken: webhook.secret });
      if (r.verification && r.verification.outcome !== 'webhook.ok') {
        log.warn({ outcome: r.verification.outcome }, 'Zalo could not reach the webhook URL (saved anyway)');
      }
      running = true;
      log.info('Zalo webhook mode started');
      return;
    }
    let info: { url: string } = { url: '' };
    try {
      info = await client.getWebhookInfo();
    } catch (err) {
      // A bad token is fatal; an unreachable API is not: the poll loop backs off until it returns.
      if (err instanceof ZaloApiError && err.code === 401) throw err;
      log.warn({ code: err instanceof ZaloApiError ? err.code : undefined, error: err instanceof Error ? err.name : 'unknown' }, 'Zalo getWebhookInfo failed; polling anyway');
    }
    if (info.url) {
      if (!poll.deleteWebhook) {
        throw new Error('Zalo: a webhook is set for this bot, so getUpdates cannot work; set ZALO_WEBHOOK_URL or delete the webhook');
      }
      await client.deleteWebhook();
    }
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
    await Promise.allSettled([...chains.values()]);
  }

  async function send(msg: OutgoingMessage): Promise<{ messageId?: string }> {
    const chatId = msg.to.chatId;
    if (msg.deleteMessageIds) {
      // The Zalo Bot API has no delete method; nothing to do, and nothing to send.
      log.debug({ count: msg.deleteMessageIds.length }, 'Zalo cannot delete messages; skipped');
      return {};
    }
    const { text, choices: data } = renderZaloText(msg);
    if (!text) return {};
    const receipts = await client.sendMessage(chatId, text);
    // Any later message replaces the offered choices, so a bare number then means what it says.
    choices.remember(chatId, data);
    return { messageId: receipts.at(-1)?.message_id };
  }

  const adapter: ZaloAdapter = { channel: 'zalo', capabilities: ZALO_CAPABILITIES, start, stop, send };
  if (webhook) adapter.webhookHandler = (req, res) => receiveWebhook(req, res, { secret: webhook.secret, maxBodyBytes, running: () => running, log }, dispatch);
  return adapter;
}
