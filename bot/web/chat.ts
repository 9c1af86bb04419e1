// The citizen/official web chat: cookie sessions, POST /api/chat → onMessage, replies pushed over SSE.
import type http from 'node:http';
import { z } from 'zod';
import type { IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import type { Logger } from '../logger.js';
import { createHmac, randomBytes } from 'node:crypto';
import { createTokenBuckets } from '../ratelimit.js';
import {
  HttpError,
  appendSetCookie,
  cookie,
  isHttps,
  parseCookies,
  randomToken,
  readJson,
  sendJson,
  signValue,
  verifySigned,
} from './http.js';
import { createLatestThrottle } from '../latest-throttle.js';
import { createChatSessions, type ChatSession } from './chat-sessions.js';

export const CHAT_COOKIE = 'pcmbn_sid';
const SESSION_MAX_AGE_SEC = 7 * 24 * 3600;
const RECENT_IDS = 100;
/** Per-session flood limit at the HTTP edge; the conversation core may apply its own per-user limit too. */
const RATE_WINDOW_MS = 10_000;
const RATE_MAX = 20;
/** Default per client address (many people can share one behind a NAT): a burst of 60, then 3 posts a second. */
const ADDRESS_LIMIT = { capacity: 60, refillPerSec: 3 };
/** Replay memory: per session and for all sessions together (the oldest sessions' replay goes first). */
const SESSION_BACKLOG_BYTES = 64 * 1024;
const TOTAL_BACKLOG_BYTES = 32 * 1024 * 1024;

const chatBody = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    text: z.string().trim().min(1).max(4000).optional(),
    callbackData: z.string().min(1).max(64).optional(),
    label: z.string().max(100).optional(),
  })
  .refine((b) => Boolean(b.text) !== Boolean(b.callbackData));
type ChatBody = z.infer<typeof chatBody>;

export interface ChatHub {
  /** Ensures the visitor has a session cookie; returns the session id. */
  ensureSession(req: http.IncomingMessage, res: http.ServerResponse): string;
  postMessage(req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  events(req: http.IncomingMessage, res: http.ServerResponse): void;
  /** Streams the answer generated so far as a transient 'preview' event (throttled); the next message replaces it. */
  preview(chatId: string, textSoFar: string): void;
  /** Renders an OutgoingMessage into the session's stream; returns the web message id. */
  send(msg: OutgoingMessage): { messageId?: string };
  accepting: boolean;
  /** Bytes of replay held for all sessions (bounded by totalBacklogBytes). */
  backlogBytes(): number;
  closeAll(): void;
}

export interface ChatHubOptions {
  onMessage: (msg: IncomingMessage) => Promise<void>;
  logger: Logger;
  maxSessions?: number;
  /** Signs session cookies, so only ids this server issued are accepted; stable across restarts when given. */
  sessionSecret?: Buffer;
  /** The client's address (see clientAddress in http.ts); per-address limits apply to it. */
  addressOf?: (req: http.IncomingMessage) => string;
  /** Posts per client address: a burst (`capacity`), then `refillPerSec` (default 60, then 3 a second). */
  addressLimit?: { capacity: number; refillPerSec: number };
  /** Replay memory bounds in bytes (defaults 64 KB per session, 32 MB in total). */
  sessionBacklogBytes?: number;
  totalBacklogBytes?: number;
  /** Least time between two preview events of one chat (default 150 ms); the latest text wins. */
  previewIntervalMs?: number;
  /** The clock of the flood limits (default Date.now). */
  now?: () => number;
}

/** Session cookies: signed by this server, so a session id cannot be guessed or forged. */
function sessionCookies(secret: Buffer, isEnded: (sid: string) => boolean) {
  return {
    /** The session id carried by a cookie this server signed (and not cleared since); anything else is refused. */
    sessionOf(req: http.IncomingMessage): string | undefined {
      const sid = verifySigned(secret, parseCookies(req)[CHAT_COOKIE]);
      return sid && /^[A-Za-z0-9_-]{32}$/.test(sid) && !isEnded(sid) ? sid : undefined;
    },
    issue(req: http.IncomingMessage, res: http.ServerResponse): string {
      const sid = randomToken(24);
      appendSetCookie(
        res,
        cookie(CHAT_COOKIE, signValue(secret, sid), { path: '/', sameSite: 'Lax', secure: isHttps(req), maxAgeSec: SESSION_MAX_AGE_SEC }),
      );
      return sid;
    },
  };
}

async function parseChatBody(req: http.IncomingMessage): Promise<ChatBody> {
  const parsed = chatBody.safeParse(await readJson(req));
  if (!parsed.success) throw new HttpError(400, 'Tin nhắn không hợp lệ (trống hoặc quá dài).');
  return parsed.data;
}

/** Per-session flood limit: at most RATE_MAX posts in RATE_WINDOW_MS. */
function takeSessionPost(s: ChatSession, t: number): void {
  s.posts = s.posts.filter((x) => t - x < RATE_WINDOW_MS);
  if (s.posts.length >= RATE_MAX)
    throw new HttpError(429, 'Bạn gửi tin nhắn quá nhanh. Vui lòng đợi vài giây rồi gửi tiếp. Nếu khẩn cấp, hãy gọi 113.');
  s.posts.push(t);
}

/** True the first time the page's message id is seen: retries (double click, flaky network) are answered once. */
function firstPost(s: ChatSession, id: string): boolean {
  if (s.recentIds.includes(id)) return false;
  s.recentIds.push(id);
  if (s.recentIds.length > RECENT_IDS) s.recentIds.shift();
  return true;
}

function incomingOf(sid: string, messageId: string, body: ChatBody): IncomingMessage {
  return {
    channel: 'web',
    chatId: sid,
    userId: sid,
    messageId,
    kind: body.text ? 'text' : 'callback',
    ...(body.text ? { text: body.text } : { callbackData: body.callbackData }),
    receivedAt: Date.now(),
  };
}

/** What the page shows of a message from the bot or an officer. */
function botEvent(msg: OutgoingMessage, id: string) {
  return { id, kind: msg.kind, text: msg.text, buttons: msg.buttons ?? [], citations: msg.citations ?? [], caseId: msg.caseId };
}

export function createChatHub(opts: ChatHubOptions): ChatHub {
  const sessions = createChatSessions({
    maxSessions: opts.maxSessions ?? 5000,
    sessionBytes: opts.sessionBacklogBytes ?? SESSION_BACKLOG_BYTES,
    totalBytes: opts.totalBacklogBytes ?? TOTAL_BACKLOG_BYTES,
  });
  const secret = opts.sessionSecret ?? randomBytes(32);
  const cookies = sessionCookies(secret, sessions.isEnded);
  const perAddress = createTokenBuckets({ ...(opts.addressLimit ?? ADDRESS_LIMIT), maxKeys: 20_000 });
  // Platform message ids are deduped across all chats; a session's ids are prefixed with a tag of the
  // session (never the session id itself, which would let anyone who reads the store replay the chat).
  const messageTag = (sid: string) => createHmac('sha256', secret).update(`msg:${sid}`).digest('base64url').slice(0, 16);
  let nextMessage = 0;
  const previews = createLatestThrottle<string>(
    opts.previewIntervalMs ?? 150,
    (chatId, text) => void sessions.get(chatId)?.sse.publish('preview', { text }, { transient: true }),
    (err) => opts.logger.warn({ err: err instanceof Error ? err.name : 'error' }, 'web preview failed'),
  );

  function checkAddress(req: http.IncomingMessage, t: number): void {
    if (opts.addressOf && !perAddress.take(opts.addressOf(req), t)) {
      throw new HttpError(429, 'Có quá nhiều tin nhắn từ cùng một địa chỉ. Vui lòng đợi vài giây rồi gửi tiếp. Nếu khẩn cấp, hãy gọi 113.');
    }
  }

  /** Shows the last words to the open pages, then forgets the session: no replay, no stream, a new id next time. */
  function endSession(chatId: string, lastWords: string): void {
    void previews.cancel(chatId);
    sessions.get(chatId)?.sse.publish('end', { text: lastWords }, { transient: true });
    sessions.end(chatId);
  }

  function deleteMessages(s: ChatSession, deleteIds: string[]): void {
    const ids = new Set(deleteIds);
    s.sse.forget((e) => ids.has(String((e.data as { id?: unknown }).id)));
    s.sse.publish('delete', { ids: [...ids] });
  }

  const hub: ChatHub = {
    accepting: true,
    ensureSession(req, res) {
      return cookies.sessionOf(req) ?? cookies.issue(req, res);
    },
    async postMessage(req, res) {
      if (!hub.accepting) throw new HttpError(503, 'Hệ thống đang khởi động lại, vui lòng thử lại sau ít phút. Nếu khẩn cấp, hãy gọi 113.');
      const sid = hub.ensureSession(req, res);
      const body = await parseChatBody(req);
      const t = (opts.now ?? Date.now)();
      checkAddress(req, t);
      const s = sessions.touch(sid);
      takeSessionPost(s, t);
      if (!firstPost(s, body.id)) return sendJson(res, 200, { ok: true, duplicate: true });
      s.sse.publish('user', { id: body.id, text: body.text ?? body.label ?? '' });
      sessions.boundMemory();
      await opts.onMessage(incomingOf(sid, `${messageTag(sid)}:${body.id}`, body));
      // The message cleared this device: the page continues under a new session id.
      if (sessions.isEnded(sid)) cookies.issue(req, res);
      sendJson(res, 200, { ok: true });
    },
    events(req, res) {
      const sid = hub.ensureSession(req, res);
      sessions.touch(sid).sse.attach(req, res, { replayAll: true });
    },
    preview(chatId, textSoFar) {
      // No session means nobody is watching: nothing to stream.
      if (sessions.get(chatId)) previews.push(chatId, textSoFar);
    },
    send(msg) {
      const chatId = msg.to.chatId;
      if (sessions.isEnded(chatId)) return {};
      if (msg.endSession) {
        endSession(chatId, msg.text);
        return {};
      }
      void previews.cancel(chatId);
      const s = sessions.touch(chatId);
      if (msg.deleteMessageIds?.length) {
        deleteMessages(s, msg.deleteMessageIds);
        return {};
      }
      const id = `m${Date.now().toString(36)}${(++nextMessage).toString(36)}`;
      s.sse.publish('bot', botEvent(msg, id));
      sessions.boundMemory();
      return { messageId: id };
    },
    backlogBytes: () => sessions.backlogBytes(),
    closeAll() {
      previews.cancelAll();
      sessions.closeAll();
    },
  };
  return hub;
}
