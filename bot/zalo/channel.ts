// Zalo as a channel of the app: officers from OFFICER_ZALO_IDS; the client is loaded only when a token is configured.
import { privateChatOfficers } from '../channel-officers.js';
import type { ChannelModule } from '../types.js';

export const zaloChannel: ChannelModule = {
  name: 'zalo',
  officers: (config) => privateChatOfficers('zalo', config.OFFICER_ZALO_IDS),
  async create({ config, onMessage, logger }) {
    if (!config.ZALO_BOT_TOKEN) return undefined;
    const { createZaloClient } = await import('./client.js');
    const { createZaloAdapter } = await import('./adapter.js');
    return createZaloAdapter({
      client: createZaloClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_API_ROOT }),
      webhook: config.ZALO_WEBHOOK_URL ? { url: config.ZALO_WEBHOOK_URL, secret: config.ZALO_WEBHOOK_SECRET! } : undefined,
      onMessage,
      logger,
    });
  },
};
