// The citizen/official web chat: cookie sessions, POST /api/chat → onMessage, replies pushed over SSE.
import type http from 'node:http';
import { z } from 'zod';
import type { IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import type { Logger } from '../logger.js';
import { createHmac, randomBytes } from 'node:crypto';
import { createTokenBuckets } from '../ratelimit.js';
import { HttpError, appendSetCookie, cookie, isHttps, parseCookies, randomToken, readJson, sendJson, signValue, verifySigned } from './http.js';
import { createSseChannel, type SseChannel } from './sse.js';

export const CHAT_COOKIE = 'pcmbn_sid';
const SESSION_MAX_AGE_SEC = 7 * 24 * 3600;
const BACKLOG = 200;
const RECENT_IDS = 100;
const STREAMS_PER_SESSION = 5;
/** Per-session flood limit at the HTTP edge; the conversation core may apply its own per-user limit too. */
const RATE_WINDOW_MS = 10_000;
const RATE_MAX = 20;
/** Default per client address (many people can share one behind a NAT): a burst of 60, then 3 posts a second. */
const ADDRESS_LIMIT = { capacity: 60, refillPerSec: 3 };
/** Replay memory: per session and for all sessions together (the oldest sessions' replay goes first). */
const SESSION_BACKLOG_BYTES = 64 * 1024;
const TOTAL_BACKLOG_BYTES = 32 * 1024 * 1024;
/** Cleared sessions remembered so their cookie is replaced wherever it shows up again. */
const ENDED_MAX = 10_000;

interface ChatSession {
  sse: SseChannel;
  recentIds: string[];
  posts: number[];
}

const chatBody = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
    text: z.string().trim().min(1).max(4000).optional(),
    callbackData: z.string().min(1).max(64).optional(),
    label: z.string().max(100).optional(),
  })
  .refine((b) => Boolean(b.text) !== Boolean(b.callbackData));

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

export function createChatHub(opts: {
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
}): ChatHub {
  const sessions = new Map<string, ChatSession>();
  // Sessions cleared from their device: their id is never served or replayed again.
  const ended = new Set<string>();
  const maxSessions = opts.maxSessions ?? 5000;
  const secret = opts.sessionSecret ?? randomBytes(32);
  const perAddress = createTokenBuckets({ ...(opts.addressLimit ?? ADDRESS_LIMIT), maxKeys: 20_000 });
  const sessionBytes = opts.sessionBacklogBytes ?? SESSION_BACKLOG_BYTES;
  const totalBytes = opts.totalBacklogBytes ?? TOTAL_BACKLOG_BYTES;
  let backlogBytes = 0;
  // Platform message ids are deduped across all chats; a session's ids are prefixed with a tag of the
  // session (never the session id itself, which would let anyone who reads the store replay the chat).
  const messageTag = (sid: string) => createHmac('sha256', secret).update(`msg:${sid}`).digest('base64url').slice(0, 16);
  let nextMessage = 0;
  const previewInterval = opts.previewIntervalMs ?? 150;
  // Per chat: when the last preview went out and the newest text waiting for the next slot.
  const previews = new Map<string, { last: number; text?: string; timer?: NodeJS.Timeout }>();

  function flushPreview(chatId: string): void {
    const p = previews.get(chatId);
    const s = sessions.get(chatId);
    if (!p || p.text === undefined || !s) return;
    p.timer = undefined;
    p.last = Date.now();
    s.sse.publish('preview', { text: p.text }, { transient: true });
    p.text = undefined;
  }

  function endPreview(chatId: string): void {
    const p = previews.get(chatId);
    if (p?.timer) clearTimeout(p.timer);
    previews.delete(chatId);
  }

  // Map order is recency order: touching moves a session to the end, the oldest is evicted at the cap.
  function session(id: string): ChatSession {
    let s = sessions.get(id);
    if (s) sessions.delete(id);
    else {
      s = {
        sse: createSseChannel(BACKLOG, STREAMS_PER_SESSION, { maxBytes: sessionBytes, onBytes: (d) => (backlogBytes += d) }),
        recentIds: [],
        posts: [],
      };
    }
    sessions.set(id, s);
    if (sessions.size > maxSessions) {
      const [oldestId, oldest] = sessions.entries().next().value as [string, ChatSession];
      if (oldest.sse.clients === 0) drop(oldestId, oldest);
    }
    return s;
  }

  function drop(id: string, s: ChatSession): void {
    s.sse.forget(() => true);
    sessions.delete(id);
  }

  /** Over the total bound, the least recently used sessions lose their replay (their cases are untouched). */
  function boundMemory(): void {
    for (const [id, s] of sessions) {
      if (backlogBytes <= totalBytes) return;
      if (s.sse.clients === 0) drop(id, s);
      else s.sse.forget(() => true);
    }
  }

  /** The session id carried by a cookie this server signed (and not cleared since); anything else is refused. */
  function sessionOf(req: http.IncomingMessage): string | undefined {
    const sid = verifySigned(secret, parseCookies(req)[CHAT_COOKIE]);
    return sid && /^[A-Za-z0-9_-]{32}$/.test(sid) && !ended.has(sid) ? sid : undefined;
  }

  function issueSession(req: http.IncomingMessage, res: http.ServerResponse): string {
    const sid = randomToken(24);
    appendSetCookie(res, cookie(CHAT_COOKIE, signValue(secret, sid), { path: '/', sameSite: 'Lax', secure: isHttps(req), maxAgeSec: SESSION_MAX_AGE_SEC }));
    return sid;
  }

  /** Shows the last words to the open pages, then forgets the session: no replay, no stream, a new id next time. */
  function endSession(chatId: string, lastWords: string): void {
    endPreview(chatId);
    ended.add(chatId);
    if (ended.size > ENDED_MAX) ended.delete(ended.values().next().value as string);
    const s = sessions.get(chatId);
    if (!s) return;
    s.sse.publish('end', { text: lastWords }, { transient: true });
    s.sse.closeAll();
    drop(chatId, s);
  }

  const hub: ChatHub = {
    accepting: true,
    ensureSession(req, res) {
      return sessionOf(req) ?? issueSession(req, res);
    },
    async postMessage(req, res) {
      if (!hub.accepting) throw new HttpError(503, 'Hệ thống đang khởi động lại, vui lòng thử lại sau ít phút. Nếu khẩn cấp, hãy gọi 113.');
      const sid = hub.ensureSession(req, res);
      const parsed = chatBody.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(400, 'Tin nhắn không hợp lệ (trống hoặc quá dài).');
      const body = parsed.data;
      const t = Date.now();
      if (opts.addressOf && !perAddress.take(opts.addressOf(req), t)) {
        throw new HttpError(429, 'Có quá nhiều tin nhắn từ cùng một địa chỉ. Vui lòng đợi vài giây rồi gửi tiếp. Nếu khẩn cấp, hãy gọi 113.');
      }
      const s = session(sid);
      s.posts = s.posts.filter((x) => t - x < RATE_WINDOW_MS);
      if (s.posts.length >= RATE_MAX) throw new HttpError(429, 'Bạn gửi tin nhắn quá nhanh. Vui lòng đợi vài giây rồi gửi tiếp. Nếu khẩn cấp, hãy gọi 113.');
      s.posts.push(t);
      // Retries of the same client message (double click, flaky network) are answered once.
      if (s.recentIds.includes(body.id)) return sendJson(res, 200, { ok: true, duplicate: true });
      s.recentIds.push(body.id);
      if (s.recentIds.length > RECENT_IDS) s.recentIds.shift();
      s.sse.publish('user', { id: body.id, text: body.text ?? body.label ?? '' });
      boundMemory();
      const msg: IncomingMessage = {
        channel: 'web',
        chatId: sid,
        userId: sid,
        messageId: `${messageTag(sid)}:${body.id}`,
        kind: body.text ? 'text' : 'callback',
        ...(body.text ? { text: body.text } : { callbackData: body.callbackData }),
        receivedAt: Date.now(),
      };
      await opts.onMessage(msg);
      // The message cleared this device: the page continues under a new session id.
      if (ended.has(sid)) issueSession(req, res);
      sendJson(res, 200, { ok: true });
    },
    events(req, res) {
      const sid = hub.ensureSession(req, res);
      session(sid).sse.attach(req, res, { replayAll: true });
    },
    preview(chatId, textSoFar) {
      // No session means nobody is watching: nothing to stream.
      if (!sessions.has(chatId)) return;
      let p = previews.get(chatId);
      if (!p) previews.set(chatId, (p = { last: 0 }));
      p.text = textSoFar;
      if (p.timer) return;
      const wait = p.last + previewInterval - Date.now();
      if (wait <= 0) return flushPreview(chatId);
      p.timer = setTimeout(() => flushPreview(chatId), wait);
      p.timer.unref();
    },
    send(msg) {
      if (ended.has(msg.to.chatId)) return {};
      if (msg.endSession) {
        endSession(msg.to.chatId, msg.text);
        return {};
      }
      endPreview(msg.to.chatId);
      const s = session(msg.to.chatId);
      if (msg.deleteMessageIds?.length) {
        const ids = new Set(msg.deleteMessageIds);
        s.sse.forget((e) => ids.has(String((e.data as { id?: unknown }).id)));
        s.sse.publish('delete', { ids: [...ids] });
        return {};
      }
      const id = `m${Date.now().toString(36)}${(++nextMessage).toString(36)}`;
      s.sse.publish('bot', {
        id,
        kind: msg.kind,
        text: msg.text,
        buttons: msg.buttons ?? [],
        citations: msg.citations ?? [],
        caseId: msg.caseId,
      });
      boundMemory();
      return { messageId: id };
    },
    backlogBytes: () => backlogBytes,
    closeAll() {
      for (const id of [...previews.keys()]) endPreview(id);
      for (const s of sessions.values()) s.sse.closeAll();
    },
  };
  return hub;
}
