import type { Channel, OutgoingMessage } from '../handlers/types.js';

/** A platform adapter: turns platform updates into IncomingMessages for the Conversation and renders replies. */
export interface ChannelAdapter {
  readonly channel: Channel;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Sends (or deletes, see OutgoingMessage.deleteMessageIds); resolves with the platform id of the last message sent. */
  send(msg: OutgoingMessage): Promise<{ messageId?: string }>;
}
