// Streaming previews of the web chat: at most one event per interval and chat, the newest text wins.

export interface ChatPreviews {
  preview(chatId: string, textSoFar: string): void;
  /** The final message came: a preview still waiting is dropped. */
  end(chatId: string): void;
  endAll(): void;
}

export function createChatPreviews(intervalMs: number, publish: (chatId: string, text: string) => void): ChatPreviews {
  // Per chat: when the last preview went out and the newest text waiting for the next slot.
  const previews = new Map<string, { last: number; text?: string; timer?: NodeJS.Timeout }>();

  function flush(chatId: string): void {
    const p = previews.get(chatId);
    if (!p || p.text === undefined) return;
    p.timer = undefined;
    p.last = Date.now();
    publish(chatId, p.text);
    p.text = undefined;
  }

  function end(chatId: string): void {
    const p = previews.get(chatId);
    if (p?.timer) clearTimeout(p.timer);
    previews.delete(chatId);
  }

  return {
    preview(chatId, textSoFar) {
      let p = previews.get(chatId);
      if (!p) previews.set(chatId, (p = { last: 0 }));
      p.text = textSoFar;
      if (p.timer) return;
      const wait = p.last + intervalMs - Date.now();
      if (wait <= 0) return flush(chatId);
      p.timer = setTimeout(() => flush(chatId), wait);
      p.timer.unref();
    },
    end,
    endAll() {
      for (const id of [...previews.keys()]) end(id);
    },
  };
}
