// Rendering an OutgoingMessage on Telegram: text split to Telegram's limit with sources, inline
// buttons on the last part, a streaming preview replaced in place, deletions.
import { GrammyError, HttpError, type Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import type { OutgoingMessage } from '../../handlers/types.js';
import { splitText } from '../../handlers/text/split.js';
import type { Logger } from '../logger.js';
import { renderCitations } from '../render.js';
import { FINAL_KINDS, type TelegramPreviews } from './preview.js';

export const TELEGRAM_TEXT_LIMIT = 4096;

/** A send that Telegram refused after auto-retry gave up. `description` is Telegram's, never message text. */
export class TelegramSendError extends Error {
  constructor(
    public readonly code: 'forbidden' | 'bad_request' | 'rate_limited' | 'server' | 'network' | 'unknown',
    public readonly status: number | undefined,
    public readonly description: string,
    public readonly method: string,
  ) {
    super(`telegram ${method} failed: ${code}${status ? ` ${status}` : ''} ${description}`);
    this.name = 'TelegramSendError';
  }
}

export function toSendError(err: unknown, method: string): TelegramSendError {
  if (err instanceof GrammyError) {
    const s = err.error_code;
    const code = s === 403 ? 'forbidden' : s === 429 ? 'rate_limited' : s >= 500 ? 'server' : s >= 400 ? 'bad_request' : 'unknown';
    return new TelegramSendError(code, s, err.description, method);
  }
  if (err instanceof HttpError) return new TelegramSendError('network', undefined, 'network error', method);
  return new TelegramSendError('unknown', undefined, err instanceof Error ? err.name : 'error', method);
}

function keyboard(msg: OutgoingMessage): InlineKeyboardMarkup | undefined {
  if (!msg.buttons?.length) return undefined;
  return { inline_keyboard: msg.buttons.map((row) => row.map((b) => ({ text: b.label, callback_data: b.data }))) };
}

export async function deleteMessages(api: Api, chatId: string, ids: string[], log: Logger): Promise<void> {
  for (const id of ids) {
    // Messages older than 48 h or already gone cannot be deleted; that is not a failure.
    await api
      .deleteMessage(chatId, Number(id))
      .catch((err: unknown) => log.debug({ err: toSendError(err, 'deleteMessage').message }, 'deleteMessage skipped'));
  }
}

/** Sends the text in parts; resolves with the id of the last part sent. Buttons stay on the last part. */
export async function sendText(api: Api, previews: TelegramPreviews, msg: OutgoingMessage): Promise<number | undefined> {
  const chatId = msg.to.chatId;
  const parts = splitText(renderCitations(msg.text, msg.citations), TELEGRAM_TEXT_LIMIT);
  const markup = keyboard(msg);
  let last: number | undefined;
  let i = 0;
  // The answer a preview stood for replaces it in place.
  if (FINAL_KINDS.has(msg.kind) && previews.has(chatId)) {
    last = await previews.finish(chatId, parts[0], parts.length === 1 ? markup : undefined);
    if (last !== undefined) i = 1;
  }
  for (; i < parts.length; i++) {
    const isLast = i === parts.length - 1;
    try {
      const sent = await api.sendMessage(chatId, parts[i], {
        link_preview_options: { is_disabled: true },
        ...(isLast && markup ? { reply_markup: markup } : {}),
      });
      last = sent.message_id;
    } catch (err) {
      throw toSendError(err, 'sendMessage');
    }
  }
  return last;
}
