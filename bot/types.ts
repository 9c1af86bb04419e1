import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { OfficerDirectory } from '../handlers/conversation/deps.js';
import type { Channel, ChannelTraits, CommandInfo, IncomingMessage, OutgoingMessage } from '../handlers/types.js';

/** What a platform can show and do; the adapter renders an OutgoingMessage with what it has. */
export interface ChannelCapabilities extends ChannelTraits {
  /** Inline buttons (otherwise buttons are rendered as numbered choices). */
  buttons: boolean;
  /** Editing a sent message (streaming previews). */
  edit: boolean;
  /** Deleting the bot's sent messages (/xoa). */
  delete: boolean;
  /** Longest text of one message; longer texts are split. */
  maxTextLength: number;
  /** Group chats (an officers' group). */
  groupChats: boolean;
  /** Formatted text (the bot still sends plain text). */
  markdown: boolean;
  /** Phone numbers become tappable links. */
  telLinks: boolean;
}

/** A platform adapter: turns platform updates into IncomingMessages for the Conversation and renders replies. */
export interface ChannelAdapter {
  readonly channel: Channel;
  readonly capabilities: ChannelCapabilities;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends (or deletes, see OutgoingMessage.deleteMessageIds); resolves with the platform id of the last message sent. */
  send(msg: OutgoingMessage): Promise<{ messageId?: string }>;
  /** Shows the text of an answer being generated, where the platform can (see ConversationDeps.preview). */
  preview?(chatId: string, textSoFar: string): void;
  /** Webhook endpoint, served at /webhooks/<channel>. */
  webhookHandler?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void;
}

/** What the composition root gives a channel when it starts it. */
export interface ChannelEnv {
  config: Config;
  onMessage: (msg: IncomingMessage) => Promise<void>;
  logger: Logger;
  commands: readonly CommandInfo[];
  previewIntervalMs?: number;
}

/** A chat platform: one folder under bot/ with this module, plus one line in bot/channels.ts. */
export interface ChannelModule {
  readonly name: Channel;
  /** This channel's officers and where announcements reach them, from the configuration. */
  officers(config: Config): Partial<OfficerDirectory>;
  /** The adapter, or undefined when the channel is not configured (e.g. no token). */
  create(env: ChannelEnv): Promise<ChannelAdapter | undefined>;
}
