import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { createConversation } from '../../handlers/conversation.js';
import type { ConversationDeps } from '../../handlers/conversation/deps.js';
import type { AnswerResult, TriageResult } from '../../handlers/types.js';
import type { Actor, IncomingMessage, TriageLabel } from '../../handlers/types.js';

/** Fake triage: the label is looked up by exact text; anything else is a question. */
export function fakeTriage(labels: Record<string, TriageLabel>) {
  return { classify: (text: string): TriageResult => ({ label: labels[text] ?? 'question', confidence: 0.9 }) };
}

export function setup(opts: { labels?: Record<string, TriageLabel>; store?: CaseStore; deps?: Partial<ConversationDeps> } = {}) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  const logger = createLogger({ level: 'debug', destination: stream });
  const store = opts.store ?? openCaseStore(':memory:');
  let now = Date.UTC(2026, 2, 2, 3, 0, 0); // Monday 10:00 in Vietnam
  const questions: { q: string; province?: string | null; history?: string[] }[] = [];
  const answer = async (q: string, ctx: { province?: string | null; history?: string[] }): Promise<AnswerResult> => {
    questions.push({ q, ...ctx });
    return { kind: 'answer', text: `Trả lời: ${q}`, citations: [] };
  };
  const conv = createConversation({
    store,
    triage: fakeTriage(opts.labels ?? {}),
    answer,
    officers: { telegram: ['100', '200'], zalo: ['z-officer'], web: ['console'] },
    reannounceMinutes: 15,
    logger,
    now: () => now,
    ...opts.deps,
  });
  let seq = 0;
  const citizen = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    channel: 'zalo', chatId: 'chat-citizen', userId: 'citizen-1', messageId: `m${++seq}`, kind: 'text', text,
    displayName: 'Nguyễn Văn Bí Mật', receivedAt: now, ...extra,
  });
  const officerMsg = (userId: string, text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    channel: 'telegram', chatId: userId, userId, messageId: `o${++seq}`, kind: 'text', text, displayName: `Cán bộ ${userId}`, receivedAt: now, ...extra,
  });
  const officerActor = (userId: string): Actor => ({ channel: 'telegram', userId, chatId: userId, name: `Cán bộ ${userId}` });
  return {
    conv, store, logs: () => lines.join(''), questions, citizen, officerMsg, officerActor,
    advance: (ms: number) => (now += ms),
    now: () => now,
  };
}
