// Pure translation of Zalo Bot Platform updates into IncomingMessages, with the numbered choices a chat
// was offered (Zalo has no buttons, so a bare number reply stands for the button's payload).
import { createHash } from 'node:crypto';
import type { IncomingKind, IncomingMessage } from '../../handlers/types.js';
import type { Logger } from '../logger.js';
import type { ZaloUpdate } from './schemas.js';

const KIND_BY_EVENT: Record<string, IncomingKind> = {
  'message.text.received': 'text',
  'message.image.received': 'image',
  'message.sticker.received': 'sticker',
  'message.voice.received': 'other',
  'message.unsupported.received': 'other',
};

export interface ChoiceMemory {
  remember(chatId: string, data: string[]): void;
  /** The payload behind a typed choice number, if one was offered there and has not expired. */
  pick(chatId: string, text: string): string | undefined;
}

/** The numbered choices last offered in each chat, so a bare number can be read as that button. */
export function createChoiceMemory(ttlMs: number, now: () => number): ChoiceMemory {
  const choices = new Map<string, { data: string[]; expires: number }>();
  return {
    remember(chatId, data) {
      choices.delete(chatId);
      if (data.length > 0) choices.set(chatId, { data, expires: now() + ttlMs });
      // Bound memory: drop the oldest chats.
      while (choices.size > 10_000) choices.delete(choices.keys().next().value as string);
    },
    pick(chatId, text) {
      const pick = /^\s*(\d{1,2})\s*\.?\s*$/.exec(text);
      const offered = choices.get(chatId);
      return pick && offered && offered.expires > now() ? offered.data[Number(pick[1]) - 1] : undefined;
    },
  };
}

/**
 * The id of an update without `message_id`: its event name and a hash of its content, the same on
 * every redelivery of that update, so the inbox and the conversation dedupe it like any other.
 */
export function standInMessageId(u: ZaloUpdate): string {
  return `${u.event_name}:h${createHash('sha256').update(JSON.stringify(u)).digest('base64url').slice(0, 32)}`;
}

/** Maps an update to an IncomingMessage, or undefined when it is not for the conversation. */
export function toIncoming(u: ZaloUpdate, choices: ChoiceMemory, now: number, log: Logger): IncomingMessage | undefined {
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
    messageId: m.message_id ?? standInMessageId(u),
    kind,
    displayName: m.from?.display_name ?? m.from?.name ?? m.from?.first_name,
    receivedAt: now,
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
