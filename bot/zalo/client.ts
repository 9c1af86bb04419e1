// A small typed client of the Zalo Bot Platform API (no SDK exists on npm).
// Wire format (Zalo Bot Platform documentation): every call is POST + JSON to
// `<apiRoot>/bot<TOKEN>/<method>`; the token is in the URL path, so URLs are never logged and any
// error text that might echo the URL is redacted.
import type { z } from 'zod';
import type { Logger } from '../logger.js';
import { splitText } from '../../handlers/text/split.js';
import {
  ZALO_TEXT_LIMIT,
  botInfoSchema,
  deleteWebhookResultSchema,
  envelopeSchema,
  noResultSchema,
  sendReceiptSchema,
  setWebhookResultSchema,
  updatesResultSchema,
  webhookInfoSchema,
  type ZaloBotInfo,
  type ZaloSendReceipt,
  type ZaloSetWebhookResult,
  type ZaloUpdate,
  type ZaloWebhookInfo,
} from './schemas.js';

export const DEFAULT_ZALO_API_ROOT = 'https://bot-api.zaloplatforms.com';

/** Base of every error this client throws. */
export class ZaloError extends Error {
  constructor(
    message: string,
    public readonly method: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ZaloError';
  }
}

/** The API answered `ok: false` (or a non-JSON error status). */
export class ZaloApiError extends ZaloError {
  constructor(
    method: string,
    public readonly code: number,
    public readonly description: string,
    /** Seconds, when the server said how long to wait. */
    public readonly retryAfter?: number,
  ) {
    super(`Zalo ${method} failed: ${code} ${description}`, method);
    this.name = 'ZaloApiError';
  }
}

/** The request did not complete (connection refused, reset, DNS...). */
export class ZaloNetworkError extends ZaloError {
  constructor(method: string, message: string, options?: { cause?: unknown }) {
    super(`Zalo ${method} network error: ${message}`, method, options);
    this.name = 'ZaloNetworkError';
  }
}

/** No answer within the client's HTTP timeout. */
export class ZaloTimeoutError extends ZaloError {
  constructor(
    method: string,
    public readonly timeoutMs: number,
  ) {
    super(`Zalo ${method} timed out after ${timeoutMs} ms`, method);
    this.name = 'ZaloTimeoutError';
  }
}

/** The server answered something that does not match the wire format. */
export class ZaloResponseError extends ZaloError {
  constructor(
    method: string,
    message: string,
    public readonly status: number,
  ) {
    super(`Zalo ${method} bad response: ${message}`, method);
    this.name = 'ZaloResponseError';
  }
}

export interface ZaloRetryOptions {
  /** Retries after the first attempt for 429 / 5xx / network errors (default 3). */
  maxRetries?: number;
  /** First 5xx/network backoff step (default 500 ms), doubled each retry. */
  baseDelayMs?: number;
  /** First 429 backoff step when no retry_after is given (default 5 s). */
  rateLimitDelayMs?: number;
  /** Cap of any single wait; a longer retry_after fails the call instead (default 60 s). */
  maxDelayMs?: number;
}

export interface ZaloClientOptions {
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
  /** HTTP timeout of ordinary calls (default 15 s; getUpdates adds its long-poll time). */
  timeoutMs?: number;
  /** sendPhoto makes Zalo fetch the image first, so it gets more time (default 45 s). */
  photoTimeoutMs?: number;
  retry?: ZaloRetryOptions;
  logger?: Logger;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Override of retry.maxRetries for this call. */
  maxRetries?: number;
}

export interface ZaloClient {
  getMe(opts?: CallOptions): Promise<ZaloBotInfo>;
  /** Long poll; resolves [] on the idle 408. `timeoutSec` defaults to 30. Not retried: the caller loops. */
  getUpdates(opts?: { timeoutSec?: number; signal?: AbortSignal }): Promise<ZaloUpdate[]>;
  setWebhook(params: { url: string; secretToken: string }, opts?: CallOptions): Promise<ZaloSetWebhookResult>;
  deleteWebhook(opts?: CallOptions): Promise<void>;
  /** `url` is '' when no webhook is set. */
  getWebhookInfo(opts?: CallOptions): Promise<ZaloWebhookInfo>;
  /** Splits text at the 2000-unit limit; one receipt per part sent. */
  sendMessage(chatId: string, text: string, opts?: CallOptions & { parseMode?: 'markdown' | 'html' }): Promise<ZaloSendReceipt[]>;
  /** Photo by URL; a caption over the limit continues in follow-up messages. One receipt per message. */
  sendPhoto(chatId: string, photoUrl: string, caption?: string, opts?: CallOptions): Promise<ZaloSendReceipt[]>;
  sendChatAction(chatId: string, action?: 'typing' | 'upload_photo', opts?: CallOptions): Promise<void>;
  /** Low-level call for methods without a typed wrapper. */
  call<S extends z.ZodType>(method: string, params: Record<string, unknown>, schema: S, opts?: CallOptions): Promise<z.output<S>>;
}

/** Waits `ms`; rejects with the signal's reason when it is aborted first. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(done, ms);
    function done() {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(t);
      reject(signal!.reason);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

type RetryPolicy = Required<ZaloRetryOptions>;

/** Where and how calls go out; the token is only ever in `url`, which is never logged. */
interface Transport {
  url: (method: string) => string;
  fetch: typeof fetch;
  redact: (s: string) => string;
}

/** Sends one request; the response and its body text, or a typed network/timeout error. */
async function post(t: Transport, method: string, params: Record<string, unknown>, signal: AbortSignal | undefined, ms: number) {
  const timeout = AbortSignal.timeout(ms);
  try {
    const res = await t.fetch(t.url(method), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    return { res, body: await res.text() };
  } catch (err) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) throw new ZaloTimeoutError(method, ms);
    const msg = err instanceof Error ? `${err.message}${err.cause instanceof Error ? `: ${err.cause.message}` : ''}` : String(err);
    throw new ZaloNetworkError(method, t.redact(msg));
  }
}

function retryAfterHeader(res: Response): number | undefined {
  const ra = Number(res.headers.get('retry-after'));
  return Number.isFinite(ra) && ra > 0 ? ra : undefined;
}

/** The validated result of a Zalo envelope, or the typed error it stands for. */
function resultOf<S extends z.ZodType>(method: string, res: Response, body: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Spec: only when the body is not JSON, build the error from the HTTP status.
    if (!res.ok) throw new ZaloApiError(method, res.status, res.statusText || 'HTTP error', retryAfterHeader(res));
    throw new ZaloResponseError(method, 'body is not JSON', res.status);
  }
  const env = envelopeSchema.safeParse(json);
  if (!env.success) throw new ZaloResponseError(method, 'not a Zalo envelope', res.status);
  const e = env.data;
  if (!e.ok) {
    const code = e.error_code ?? e.errorCode ?? res.status;
    const retryAfter = e.parameters?.retry_after ?? e.retry_after ?? retryAfterHeader(res);
    throw new ZaloApiError(method, code, e.description ?? 'unknown error', retryAfter);
  }
  const parsed = schema.safeParse(e.result);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || 'result';
    throw new ZaloResponseError(method, `unexpected result shape at ${where}`, res.status);
  }
  return parsed.data;
}

/** How long to wait before retry `n` of `err`, or undefined when it must not be retried. */
function retryDelay(err: unknown, n: number, retry: RetryPolicy): number | undefined {
  const step = (base: number) => Math.min(retry.maxDelayMs, base * 2 ** n) * (0.75 + Math.random() * 0.25);
  if (err instanceof ZaloApiError) {
    if (err.code === 429) {
      if (err.retryAfter === undefined) return step(retry.rateLimitDelayMs);
      const ms = err.retryAfter * 1000;
      return ms <= retry.maxDelayMs ? ms : undefined;
    }
    return err.code >= 500 ? step(retry.baseDelayMs) : undefined;
  }
  // A timeout may have reached Zalo (a send would be duplicated), so only clean failures retry.
  if (err instanceof ZaloNetworkError) return step(retry.baseDelayMs);
  return undefined;
}

function retryPolicy(o: ZaloRetryOptions | undefined): RetryPolicy {
  return {
    maxRetries: o?.maxRetries ?? 3,
    baseDelayMs: o?.baseDelayMs ?? 500,
    rateLimitDelayMs: o?.rateLimitDelayMs ?? 5_000,
    maxDelayMs: o?.maxDelayMs ?? 60_000,
  };
}

export function createZaloClient(options: ZaloClientOptions): ZaloClient {
  const { token, logger } = options;
  if (!token) throw new Error('createZaloClient: token is required');
  const apiRoot = (options.apiRoot ?? DEFAULT_ZALO_API_ROOT).replace(/\/+$/, '');
  const transport: Transport = {
    url: (method) => `${apiRoot}/bot${token}/${method}`,
    fetch: options.fetch ?? globalThis.fetch,
    redact: (s) => s.split(token).join('<token>'),
  };
  const timeoutMs = options.timeoutMs ?? 15_000;
  const photoTimeoutMs = options.photoTimeoutMs ?? Math.max(45_000, timeoutMs);
  const retry = retryPolicy(options.retry);

  async function call<S extends z.ZodType>(
    method: string,
    params: Record<string, unknown>,
    schema: S,
    opts: CallOptions = {},
  ): Promise<z.output<S>> {
    const max = opts.maxRetries ?? retry.maxRetries;
    for (let n = 0; ; n++) {
      try {
        const { res, body } = await post(transport, method, params, opts.signal, opts.timeoutMs ?? timeoutMs);
        return resultOf(method, res, body, schema);
      } catch (err) {
        const delay = n < max ? retryDelay(err, n, retry) : undefined;
        if (delay === undefined) throw err;
        logger?.warn(
          { method, attempt: n + 1, code: err instanceof ZaloApiError ? err.code : undefined, delayMs: Math.round(delay) },
          'zalo call failed, retrying',
        );
        await abortableSleep(delay, opts.signal);
      }
    }
  }

  async function sendParts(chatId: string, text: string, opts: CallOptions & { parseMode?: 'markdown' | 'html' } = {}) {
    const parts = splitText(text, ZALO_TEXT_LIMIT);
    if (parts.length === 0) throw new TypeError('Zalo sendMessage: text is empty');
    const receipts: ZaloSendReceipt[] = [];
    for (const part of parts) {
      const params: Record<string, unknown> = { chat_id: chatId, text: part };
      if (opts.parseMode) params.parse_mode = opts.parseMode;
      receipts.push(await call('sendMessage', params, sendReceiptSchema, opts));
    }
    return receipts;
  }

  return {
    call,
    getMe: (opts) => call('getMe', {}, botInfoSchema, opts),
    async getUpdates({ timeoutSec = 30, signal } = {}) {
      try {
        // Spec: timeout is sent as a string; HTTP timeout = long poll + 5 s.
        return await call('getUpdates', { timeout: String(timeoutSec) }, updatesResultSchema, {
          signal,
          timeoutMs: timeoutSec * 1000 + 5_000,
          maxRetries: 0,
        });
      } catch (err) {
        if (err instanceof ZaloApiError && err.code === 408) return [];
        throw err;
      }
    },
    setWebhook: ({ url, secretToken }, opts) => call('setWebhook', { url, secret_token: secretToken }, setWebhookResultSchema, opts),
    async deleteWebhook(opts) {
      await call('deleteWebhook', {}, deleteWebhookResultSchema, opts);
    },
    getWebhookInfo: (opts) => call('getWebhookInfo', {}, webhookInfoSchema, opts),
    sendMessage: sendParts,
    async sendPhoto(chatId, photoUrl, caption, opts = {}) {
      const parts = caption ? splitText(caption, ZALO_TEXT_LIMIT) : [];
      const params: Record<string, unknown> = { chat_id: chatId, photo: photoUrl };
      if (parts[0]) params.caption = parts[0];
      const receipts = [await call('sendPhoto', params, sendReceiptSchema, { timeoutMs: photoTimeoutMs, ...opts })];
      for (const part of parts.slice(1)) receipts.push(...(await sendParts(chatId, part, opts)));
      return receipts;
    },
    async sendChatAction(chatId, action = 'typing', opts) {
      await call('sendChatAction', { chat_id: chatId, action }, noResultSchema, opts);
    },
  };
}
