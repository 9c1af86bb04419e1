// A toy chat platform, written the way a real one is added: this folder plus one registration line.
// It keeps what the bot sends in memory and lets a test push what people type.
import type { ChannelAdapter, ChannelModule } from '../../../bot/types.js';
import { renderCitations } from '../../../bot/render.js';
import { privateChatOfficers } from '../../../bot/channel-officers.js';
import type { IncomingMessage, OutgoingMessage } from '../../../handlers/types.js';

export interface ToySent {
  chatId: string;
  text: string;
  choices: string[];
}

export interface ToyChannel extends ChannelModule {
  sent: ToySent[];
  /** A person types `text` (or taps a choice, `callbackData`) in chat `chatId`. */
  push(msg: { chatId: string; userId?: string; text?: string; callbackData?: string }): Promise<void>;
}

export function createToyChannel(officerIds: string[]): ToyChannel {
  const sent: ToySent[] = [];
  let onMessage: ((m: IncomingMessage) => Promise<void>) | undefined;
  let seq = 0;
  const render = (m: OutgoingMessage): ToySent => ({
    chatId: m.to.chatId,
    text: renderCitations(m.text, m.citations),
    choices: (m.buttons ?? []).flat().map((b) => b.data),
  });
  const adapter: ChannelAdapter = {
    channel: 'toy',
    capabilities: { buttons: true, edit: false, delete: false, maxTextLength: 1000, groupChats: false, markdown: false, telLinks: false },
    start: async () => undefined,
    stop: async () => undefined,
    async send(m) {
      if (m.deleteMessageIds) return {};
      sent.push(render(m));
      return { messageId: `toy-${sent.length}` };
    },
  };
  return {
    name: 'toy',
    sent,
    officers: () => privateChatOfficers('toy', officerIds),
    async create(env) {
      onMessage = env.onMessage;
      return adapter;
    },
    async push({ chatId, userId = chatId, text, callbackData }) {
      const base = { channel: 'toy', chatId, userId, messageId: `in-${++seq}`, receivedAt: Date.now() };
      await onMessage!(callbackData ? { ...base, kind: 'callback', callbackData } : { ...base, kind: 'text', text });
    },
  };
}
