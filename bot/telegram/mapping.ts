// Pure translation between Telegram updates and the channel-neutral message shapes.
import type { Update } from 'grammy/types';
import type { IncomingMessage } from '../../handlers/types.js';

/**
 * `/cmd@our_bot args` → `/cmd args`. Returns undefined for a command addressed to another bot
 * (group chats), which is not ours to handle.
 */
export function stripBotMention(text: string, botUsername: string): string | undefined {
  const m = /^(\/[A-Za-z0-9_]+)@([A-Za-z0-9_]+)(.*)$/s.exec(text);
  if (!m) return text;
  if (m[2].toLowerCase() !== botUsername.toLowerCase()) return undefined;
  return m[1] + m[3];
}

function displayName(u: { first_name: string; last_name?: string } | undefined): string | undefined {
  if (!u) return undefined;
  const name = [u.first_name, u.last_name].filter(Boolean).join(' ').trim();
  return name || undefined;
}

/** Maps an update to an IncomingMessage; undefined for updates the bot ignores (edits, member changes...). */
export function toIncoming(update: Update, botUsername: string, now: number): IncomingMessage | undefined {
  const base = { channel: 'telegram' as const, messageId: String(update.update_id), receivedAt: now };
  const cq = update.callback_query;
  if (cq) {
    if (!cq.from) return undefined; // malformed: no sender to answer or check
    return {
      ...base,
      chatId: String(cq.message?.chat.id ?? cq.from.id),
      userId: String(cq.from.id),
      kind: 'callback',
      callbackData: cq.data,
      displayName: displayName(cq.from),
    };
  }
  const m = update.message;
  if (!m?.from) return undefined;
  const who = { ...base, chatId: String(m.chat.id), userId: String(m.from.id), displayName: displayName(m.from) };
  if (typeof m.text === 'string') {
    const text = stripBotMention(m.text, botUsername);
    return text === undefined ? undefined : { ...who, kind: 'text', text };
  }
  if (m.sticker) return { ...who, kind: 'sticker' };
  if (m.photo) return { ...who, kind: 'image', ...(m.caption ? { text: m.caption } : {}) };
  return { ...who, kind: 'other' };
}
