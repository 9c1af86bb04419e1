import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../bot/config.js';

function badVariables(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.variables;
    throw err;
  }
  return [];
}

describe('backup and metrics settings', () => {
  it('default to daily backups kept for two weeks, off until BACKUP_DIR is set, and no metrics token', () => {
    const c = loadConfig({});
    expect([c.BACKUP_DIR, c.BACKUP_EVERY_HOURS, c.BACKUP_KEEP, c.METRICS_TOKEN]).toEqual([undefined, 24, 14, undefined]);
    expect(loadConfig({ BACKUP_DIR: '/mnt/sao-luu', BACKUP_EVERY_HOURS: '6', BACKUP_KEEP: '30' })).toMatchObject({
      BACKUP_DIR: '/mnt/sao-luu',
      BACKUP_EVERY_HOURS: 6,
      BACKUP_KEEP: 30,
    });
  });

  it('name the variable when a value is wrong', () => {
    expect(badVariables({ BACKUP_EVERY_HOURS: '0' })).toEqual(['BACKUP_EVERY_HOURS']);
    expect(badVariables({ BACKUP_EVERY_HOURS: 'mỗi ngày' })).toEqual(['BACKUP_EVERY_HOURS']);
    expect(badVariables({ BACKUP_KEEP: '0' })).toEqual(['BACKUP_KEEP']);
    expect(badVariables({ BACKUP_KEEP: '2.5' })).toEqual(['BACKUP_KEEP']);
    expect(badVariables({ METRICS_TOKEN: 'ngan' })).toEqual(['METRICS_TOKEN']);
  });
});

describe('web chat limits per client address', () => {
  it('default to a burst of 60 then 3 posts a second, and take other values', () => {
    const c = loadConfig({});
    expect([c.WEB_ADDRESS_BURST, c.WEB_ADDRESS_PER_SECOND]).toEqual([60, 3]);
    expect(loadConfig({ WEB_ADDRESS_BURST: '200', WEB_ADDRESS_PER_SECOND: '0.5' })).toMatchObject({
      WEB_ADDRESS_BURST: 200,
      WEB_ADDRESS_PER_SECOND: 0.5,
    });
  });

  it('name the variable when a value is wrong', () => {
    expect(badVariables({ WEB_ADDRESS_BURST: '0' })).toEqual(['WEB_ADDRESS_BURST']);
    expect(badVariables({ WEB_ADDRESS_BURST: '2.5' })).toEqual(['WEB_ADDRESS_BURST']);
    expect(badVariables({ WEB_ADDRESS_BURST: 'nhiều' })).toEqual(['WEB_ADDRESS_BURST']);
    expect(badVariables({ WEB_ADDRESS_PER_SECOND: '0' })).toEqual(['WEB_ADDRESS_PER_SECOND']);
    expect(badVariables({ WEB_ADDRESS_PER_SECOND: '-1' })).toEqual(['WEB_ADDRESS_PER_SECOND']);
  });
});
