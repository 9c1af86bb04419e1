import { startFakeTelegram, type FakeTelegram } from './telegram-server.js';
import { startFakeZalo, type FakeZalo } from './zalo-server.js';

// Both fake platforms at once, and the environment that points the composed app at their webhooks.

export const TG_SECRET = 'tg-webhook-secret_for-tests';
export const ZALO_SECRET = 'zalo-webhook-secret-for-tests';

export interface FakePlatforms {
  tg: FakeTelegram;
  zalo: FakeZalo;
  /** Environment for loadConfig: both channels in webhook mode with the secrets above. */
  webhookEnv(dataDir: string): Record<string, string>;
  close(): Promise<void>;
}

export async function startFakePlatforms(): Promise<FakePlatforms> {
  const [tg, zalo] = await Promise.all([startFakeTelegram(), startFakeZalo()]);
  return {
    tg,
    zalo,
    webhookEnv: (dataDir) => ({
      DATA_DIR: dataDir,
      PORT: '0',
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.invalid/webhooks/telegram',
      TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.url,
      ZALO_WEBHOOK_URL: 'https://bot.example.invalid/webhooks/zalo',
      ZALO_WEBHOOK_SECRET: ZALO_SECRET,
    }),
    close: async () => {
      await Promise.all([tg.close(), zalo.close()]);
    },
  };
}
