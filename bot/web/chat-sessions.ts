// The web chat's sessions in memory: each one's event stream with its replay, kept in recency order
// and bounded in number and in replay bytes (a session's case is in the store, never here).
import { createSseChannel, type SseChannel } from './sse.js';

const BACKLOG = 200;
const STREAMS_PER_SESSION = 5;
/** Cleared sessions remembered so their cookie is replaced wherever it shows up again. */
const ENDED_MAX = 10_000;

export interface ChatSession {
  sse: SseChannel;
  recentIds: string[];
  posts: number[];
}

export interface ChatSessions {
  /** The session, created when new, and marked most recently used. */
  touch(id: string): ChatSession;
  get(id: string): ChatSession | undefined;
  /** Over the total bound, the least recently used sessions lose their replay (their cases are untouched). */
  boundMemory(): void;
  /** Forgets a session cleared from its device: no replay, no stream, its id never served again. */
  end(id: string): void;
  isEnded(id: string): boolean;
  backlogBytes(): number;
  closeAll(): void;
}

export function createChatSessions(limits: { maxSessions: number; sessionBytes: number; totalBytes: number }): ChatSessions {
  // Map order is recency order: touching moves a session to the end, the oldest is evicted at the cap.
  const sessions = new Map<string, ChatSession>();
  const ended = new Set<string>();
  let backlogBytes = 0;

  function create(): ChatSession {
    const sse = createSseChannel(BACKLOG, STREAMS_PER_SESSION, { maxBytes: limits.sessionBytes, onBytes: (d) => (backlogBytes += d) });
    return { sse, recentIds: [], posts: [] };
  }

  function drop(id: string, s: ChatSession): void {
    s.sse.forget(() => true);
    sessions.delete(id);
  }

  return {
    touch(id) {
      const s = sessions.get(id) ?? create();
      sessions.delete(id);
      sessions.set(id, s);
      if (sessions.size > limits.maxSessions) {
        const [oldestId, oldest] = sessions.entries().next().value as [string, ChatSession];
        if (oldest.sse.clients === 0) drop(oldestId, oldest);
      }
      return s;
    },
    get: (id) => sessions.get(id),
    boundMemory() {
      for (const [id, s] of sessions) {
        if (backlogBytes <= limits.totalBytes) return;
        if (s.sse.clients === 0) drop(id, s);
        else s.sse.forget(() => true);
      }
    },
    end(id) {
      ended.add(id);
      if (ended.size > ENDED_MAX) ended.delete(ended.values().next().value as string);
      const s = sessions.get(id);
      if (!s) return;
      s.sse.closeAll();
      drop(id, s);
    },
    isEnded: (id) => ended.has(id),
    backlogBytes: () => backlogBytes,
    closeAll() {
      for (const s of sessions.values()) s.sse.closeAll();
    },
  };
}
