// Telegram as a channel of the app: officers from OFFICER_TELEGRAM_IDS (private chats) and the optional
// officers' group; grammY is loaded only when a token is configured.
import { privateChatOfficers } from '../channel-officers.js';
import type { ChannelModule } from '../types.js';

export const telegramChannel: ChannelModule = {
  name: 'telegram',
  officers: (config) => {
    const group = config.OFFICER_TELEGRAM_CHAT_ID ? [{ channel: 'telegram', chatId: config.OFFICER_TELEGRAM_CHAT_ID }] : [];
    const officers = privateChatOfficers('telegram', config.OFFICER_TELEGRAM_IDS);
    return { ...officers, announceTo: [...officers.announceTo, ...group], groups: group };
  },
  async create({ config, onMessage, logger, commands, previewIntervalMs }) {
    if (!config.TELEGRAM_BOT_TOKEN) return undefined;
    const { createTelegramAdapter } = await import('./adapter.js');
    return createTelegramAdapter({
      token: config.TELEGRAM_BOT_TOKEN,
      apiRoot: config.TELEGRAM_API_ROOT,
      webhook: config.TELEGRAM_WEBHOOK_URL ? { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET! } : undefined,
      onMessage,
      officerChatIds: config.OFFICER_TELEGRAM_IDS,
      commands,
      logger,
      previewIntervalMs,
    });
  },
};
