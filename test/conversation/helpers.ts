import { Writable } from 'node:stream';
import { createLogger } from '../../bot/logger.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { createConversation } from '../../handlers/conversation.js';
import {
  officerDirectory,
  type AnswerResult,
  type ConversationDeps,
  type OfficerDirectory,
  type TriageResult,
} from '../../handlers/conversation/deps.js';
import type { Config } from '../../bot/config.js';
import { TELEGRAM_CAPABILITIES } from '../../bot/telegram/adapter.js';
import { telegramChannel } from '../../bot/telegram/channel.js';
import { consoleOfficers } from '../../bot/web/console.js';
import { WEB_CAPABILITIES } from '../../bot/web/server.js';
import { ZALO_CAPABILITIES } from '../../bot/zalo/adapter.js';
import { zaloChannel } from '../../bot/zalo/channel.js';
import type { Actor, Channel, ChannelTraits, IncomingMessage, TriageLabel } from '../../handlers/types.js';

/** The officer directory the app builds from these settings, through the channels' own parts. */
export function officersFrom(o: { telegram?: string[]; zalo?: string[]; web?: string[]; telegramGroupChatId?: string }): OfficerDirectory {
  const config = {
    OFFICER_TELEGRAM_IDS: o.telegram ?? [],
    OFFICER_ZALO_IDS: o.zalo ?? [],
    OFFICER_TELEGRAM_CHAT_ID: o.telegramGroupChatId,
  } as Config;
  return officerDirectory([telegramChannel.officers(config), zaloChannel.officers(config), consoleOfficers((o.web ?? []).length > 0)]);
}

const DECLARED: Record<Channel, ChannelTraits> = { web: WEB_CAPABILITIES, telegram: TELEGRAM_CAPABILITIES, zalo: ZALO_CAPABILITIES };

/**
 * Channel traits as the app passes them (ConversationDeps.traits): what the registered adapters declare;
 * any other channel here acts as a plain chat app.
 */
export const appTraits = (channel: Channel): ChannelTraits | undefined => DECLARED[channel];

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
    officers: officersFrom({ telegram: ['100', '200'], zalo: ['z-officer'], web: ['console'] }),
    reannounceMinutes: 15,
    logger,
    now: () => now,
    traits: appTraits,
    ...opts.deps,
  });
  let seq = 0;
  const citizen = (text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    channel: 'zalo',
    chatId: 'chat-citizen',
    userId: 'citizen-1',
    messageId: `m${++seq}`,
    kind: 'text',
    text,
    displayName: 'Nguyễn Văn Bí Mật',
    receivedAt: now,
    ...extra,
  });
  const officerMsg = (userId: string, text: string, extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
    channel: 'telegram',
    chatId: userId,
    userId,
    messageId: `o${++seq}`,
    kind: 'text',
    text,
    displayName: `Cán bộ ${userId}`,
    receivedAt: now,
    ...extra,
  });
  const officerActor = (userId: string): Actor => ({ channel: 'telegram', userId, chatId: userId, name: `Cán bộ ${userId}` });
  return {
    conv,
    store,
    logs: () => lines.join(''),
    questions,
    citizen,
    officerMsg,
    officerActor,
    advance: (ms: number) => (now += ms),
    now: () => now,
  };
}
