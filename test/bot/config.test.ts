import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseWorkingHours } from '../../bot/config.js';

describe('loadConfig', () => {
  it('starts with no environment at all, using the documented defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.DATA_DIR).toBe('./data');
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.OFFICER_TELEGRAM_IDS).toEqual([]);
    expect(c.CASE_REANNOUNCE_MINUTES).toBe(15);
  });

  it('treats empty strings like unset (as a copied .env.example has them)', () => {
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: '', DEFAULT_PROVINCE: '  ', OFFICER_ZALO_IDS: '' });
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.DEFAULT_PROVINCE).toBeUndefined();
  });

  it('parses officer id lists', () => {
    const c = loadConfig({ OFFICER_TELEGRAM_IDS: '12, 34 ,,56' });
    expect(c.OFFICER_TELEGRAM_IDS).toEqual(['12', '34', '56']);
  });

  it('names every bad variable', () => {
    let err: unknown;
    try {
      loadConfig({ PORT: 'abc', DEFAULT_PROVINCE: 'Quảng Nam', TELEGRAM_BOT_TOKEN: 'nope' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.variables.sort()).toEqual(['DEFAULT_PROVINCE', 'PORT', 'TELEGRAM_BOT_TOKEN']);
    expect(e.message).toContain('PORT');
  });

  it('requires a secret when a webhook URL is set', () => {
    expect(() => loadConfig({ TELEGRAM_WEBHOOK_URL: 'https://bot.example.vn/webhook/telegram' })).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ ZALO_WEBHOOK_URL: 'https://bot.example.vn/webhook/zalo' })).toThrow(/ZALO_WEBHOOK_SECRET/);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    for (const key of Object.keys(loadConfig({}))) expect(documented.has(key), key).toBe(true);
    for (const key of ['TELEGRAM_BOT_TOKEN', 'OPENAI_API_KEY', 'OFFICER_WEB_PASSWORD', 'ZALO_WEBHOOK_URL']) {
      expect(documented.has(key), key).toBe(true);
    }
  });
});

describe('parseWorkingHours', () => {
  it('reads hours and weekdays', () => {
    expect(parseWorkingHours('7-17,1-5')).toEqual({ start: 7, end: 17, days: [1, 2, 3, 4, 5] });
    expect(parseWorkingHours('8-12')).toEqual({ start: 8, end: 12, days: [1, 2, 3, 4, 5] });
    expect(parseWorkingHours(undefined)).toBeUndefined();
  });
});
