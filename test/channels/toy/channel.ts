// A toy chat platform, written the way a real one is added: this folder plus one registration line.
// It keeps what the bot sends in memory and lets a test push what people type. By default it is a plain
// chat app; a test may give it other capabilities (and another name) to see the conversation follow them.
import type { ChannelAdapter, ChannelCapabilities, ChannelModule } from '../../../bot/types.js';
import { renderCitations } from '../../../bot/render.js';
import { privateChatOfficers } from '../../../bot/channel-officers.js';
import type { IncomingMessage, OutgoingMessage } from '../../../handlers/types.js';

export interface ToySent {
  chatId: string;
  text: string;
  choices: string[];
  /** The buttons' labels, in the order of `choices`. */
  labels: string[];
  /** The bot asked the channel to clear this conversation from the device. */
  endSession: boolean;
}

export interface ToyChannel extends ChannelModule {
  sent: ToySent[];
  /** A person types `text` (or taps a choice, `callbackData`) in chat `chatId`. */
  push(msg: { chatId: string; userId?: string; text?: string; callbackData?: string }): Promise<void>;
}

const CHAT_APP: ChannelCapabilities = {
  label: 'Kênh thử',
  buttons: true,
  edit: false,
  delete: false,
  maxTextLength: 1000,
  groupChats: false,
  markdown: false,
  telLinks: false,
  typedCommands: true,
  clearsConversation: false,
  webPage: false,
};

export function createToyChannel(
  officerIds: string[],
  opts: { name?: string; capabilities?: Partial<ChannelCapabilities> } = {},
): ToyChannel {
  const name = opts.name ?? 'toy';
  const sent: ToySent[] = [];
  let onMessage: ((m: IncomingMessage) => Promise<void>) | undefined;
  let seq = 0;
  const render = (m: OutgoingMessage): ToySent => ({
    chatId: m.to.chatId,
    text: renderCitations(m.text, m.citations),
    choices: (m.buttons ?? []).flat().map((b) => b.data),
    labels: (m.buttons ?? []).flat().map((b) => b.label),
    endSession: m.endSession === true,
  });
  const adapter: ChannelAdapter = {
    channel: name,
    capabilities: { ...CHAT_APP, ...opts.capabilities },
    start: async () => undefined,
    stop: async () => undefined,
    async send(m) {
      if (m.deleteMessageIds) return {};
      sent.push(render(m));
      return { messageId: `toy-${sent.length}` };
    },
  };
  return {
    name,
    sent,
    officers: () => privateChatOfficers(name, officerIds),
    async create(env) {
      onMessage = env.onMessage;
      return adapter;
    },
    async push({ chatId, userId = chatId, text, callbackData }) {
      const base = { channel: name, chatId, userId, messageId: `in-${++seq}`, receivedAt: Date.now() };
      await onMessage!(callbackData ? { ...base, kind: 'callback', callbackData } : { ...base, kind: 'text', text });
    },
  };
}
