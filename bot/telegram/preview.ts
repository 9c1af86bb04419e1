// Streaming previews on Telegram: the first preview of an answer sends a message, later ones edit it
// at most once per interval (the newest text wins), and the final answer is edited into that message
// so the chat ends with one message carrying the checked text and its buttons.
import type { Api } from 'grammy';
import type { InlineKeyboardMarkup } from 'grammy/types';
import { createLatestThrottle } from '../latest-throttle.js';
import type { Logger } from '../logger.js';

/** Kinds that answer a question (the reply a preview stands for); other messages leave the preview alone. */
export const FINAL_KINDS = new Set(['answer', 'abstain', 'error']);
/** A preview whose answer never came (crash of the answerer) is forgotten after this long. */
const STALE_MS = 10 * 60_000;
/** How long the final answer waits for a preview call still in flight before sending on its own. */
const SETTLE_MS = 5_000;
const PREVIEW_LIMIT = 4000;
const SUFFIX = ' …';

interface PreviewState {
  startedAt: number;
  messageId?: number;
  /** The final answer stopped waiting for this preview and went out on its own. */
  abandoned: boolean;
}

export interface TelegramPreviews {
  preview(chatId: string, textSoFar: string): void;
  /**
   * Turns this chat's preview (if any) into the first part of the final answer. Resolves with the
   * edited message id, or undefined when there was no preview or the edit failed (the preview is
   * then deleted and the caller sends the answer as usual).
   */
  finish(chatId: string, firstPart: string, markup: InlineKeyboardMarkup | undefined): Promise<number | undefined>;
  /** Whether the chat has a preview waiting for its final answer. */
  has(chatId: string): boolean;
  close(): void;
}

function render(text: string): string {
  const t = text.length > PREVIEW_LIMIT ? text.slice(0, PREVIEW_LIMIT) : text;
  return t.trimEnd() + SUFFIX;
}

/** True when `p` settled within `ms`. */
function settled(p: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    t.unref();
    void p.finally(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

/**
 * `previewApi` should have no auto-retry: a preview that hits a rate limit is skipped, never waited
 * for. `finalApi` (with retries) edits the final answer in.
 */
export function createTelegramPreviews(opts: { previewApi: Api; finalApi: Api; intervalMs: number; logger: Logger }): TelegramPreviews {
  const { previewApi, finalApi, logger } = opts;
  const chats = new Map<string, PreviewState>();
  const throttle = createLatestThrottle<string>(opts.intervalMs, show, (err) =>
    logger.debug({ err: err instanceof Error ? err.name : 'error' }, 'telegram preview skipped'),
  );

  /** The first preview of an answer is sent, later ones edit it. */
  async function show(chatId: string, text: string): Promise<void> {
    // Starts after the current turn: a final answer that follows at once leaves no preview to replace.
    await Promise.resolve();
    const p = chats.get(chatId);
    if (!p) return;
    if (p.messageId === undefined) {
      const sent = await previewApi.sendMessage(chatId, render(text), { link_preview_options: { is_disabled: true } });
      p.messageId = sent.message_id;
      // The final answer went out on its own while this was in flight: do not leave a stray preview.
      if (p.abandoned) await previewApi.deleteMessage(chatId, sent.message_id).catch(() => undefined);
    } else {
      await previewApi.editMessageText(chatId, p.messageId, render(text), { link_preview_options: { is_disabled: true } });
    }
  }

  /** Forgets the chat's preview; resolves with its state and the preview call still in flight. */
  function end(chatId: string): { p: PreviewState; inFlight: Promise<void> } | undefined {
    const p = chats.get(chatId);
    if (!p) return undefined;
    chats.delete(chatId);
    return { p, inFlight: throttle.cancel(chatId) };
  }

  return {
    preview(chatId, textSoFar) {
      const p = chats.get(chatId);
      if (p && Date.now() - p.startedAt > STALE_MS) end(chatId);
      if (!chats.has(chatId)) chats.set(chatId, { startedAt: Date.now(), abandoned: false });
      throttle.push(chatId, textSoFar);
    },
    has: (chatId) => chats.has(chatId),
    async finish(chatId, firstPart, markup) {
      const ended = end(chatId);
      if (!ended) return undefined;
      const { p, inFlight } = ended;
      if (!(await settled(inFlight, SETTLE_MS))) p.abandoned = true;
      if (p.abandoned || p.messageId === undefined) return undefined;
      try {
        await finalApi.editMessageText(chatId, p.messageId, firstPart, {
          link_preview_options: { is_disabled: true },
          ...(markup ? { reply_markup: markup } : {}),
        });
        return p.messageId;
      } catch (err) {
        // Could not edit (deleted by the user, too old...): remove the partial text, the caller sends anew.
        logger.debug({ err: err instanceof Error ? err.name : 'error' }, 'telegram preview edit failed; sending the answer anew');
        await previewApi.deleteMessage(chatId, p.messageId).catch(() => undefined);
        return undefined;
      }
    },
    close() {
      for (const id of [...chats.keys()]) end(id);
    },
  };
}
