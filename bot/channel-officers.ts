// Officers of a chat platform as the composition root reads them from the configuration.
import type { OfficerDirectory } from '../handlers/conversation/deps.js';
import type { Channel } from '../handlers/types.js';

/** Officers known by their user ids on one channel; announcements reach each in their private chat (same id). */
export function privateChatOfficers(channel: Channel, ids: string[]): Pick<OfficerDirectory, 'users' | 'announceTo'> {
  return { users: { [channel]: ids }, announceTo: ids.map((id) => ({ channel, chatId: id })) };
}
