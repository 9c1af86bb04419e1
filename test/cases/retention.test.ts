import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { createRetention } from '../../handlers/cases/retention.js';
import { openCaseStore } from '../../handlers/cases/store.js';

const DAY = 24 * 3600_000;
const T0 = Date.UTC(2025, 0, 10);
const officer = { key: 'telegram:1', name: 'An', channel: 'telegram' as const, chatId: '1' };

function scenario() {
  const store = openCaseStore(':memory:');
  const mk = (user: string, text: string, at: number) =>
    store.createCase({
      channel: 'zalo',
      citizenRef: store.citizenRef('zalo', user),
      chatId: `chat-${user}`,
      label: 'report',
      urgent: false,
      province: 'quang-nam',
      citizenName: `Tên ${user}`,
      text,
      at,
    });
  const old = mk('u1', 'Báo cáo cũ về người môi giới Lý Văn Tám', T0);
  store.claim(old.id, officer, T0 + 1000);
  store.addMessage(old.id, { direction: 'officer', author: 'An', text: 'Hỏi thêm', at: T0 + 2000 });
  store.recordDelivery(old.id, 'zalo', 'chat-u1', 'p1', T0 + 2000);
  store.setConsent(store.citizenRef('zalo', 'u1'), 'Tên u1', T0);
  store.closeCase(old.id, officer.key, 'An', 'Đã chuyển công an huyện', T0 + 3000);
  const recent = mk('u2', 'Báo cáo đóng gần đây', T0 + 300 * DAY);
  store.closeCase(recent.id, officer.key, 'An', 'xong', T0 + 300 * DAY);
  const open = mk('u3', 'Báo cáo còn mở', T0);
  return { store, old, recent, open };
}

describe('retention purge', () => {
  it('removes texts, names and ids of old closed cases and keeps the anonymous statistics', () => {
    const { store, old, recent, open } = scenario();
    const statsBefore = store.stats();
    const now = T0 + 400 * DAY;
    expect(store.purgeClosedBefore(now - 365 * DAY, now)).toEqual([old.id]);

    const c = store.getCase(old.id)!;
    expect(store.messages(old.id)).toEqual([]);
    expect(c.purgedAt).toBe(now);
    expect(c.citizenName).toBeUndefined();
    expect(c.resolution).toBeUndefined();
    expect(c.chatId).toBe('purged');
    expect(c.citizenRef).toBe('purged');
    expect(store.deliveredIdsForChat('zalo', 'chat-u1')).toEqual([]);
    expect(store.getPrefs(store.citizenRef('zalo', 'u1'))).toEqual({ consent: false });
    // Statistics are unchanged: label, channel, status, month and durations survive.
    expect(c).toMatchObject({
      label: 'report',
      channel: 'zalo',
      status: 'closed',
      province: 'quang-nam',
      createdAt: T0,
      closedAt: T0 + 3000,
    });
    expect(store.stats()).toEqual(statsBefore);

    // Younger closed cases and open cases keep everything.
    expect(store.messages(recent.id)[0].text).toBe('Báo cáo đóng gần đây');
    expect(store.messages(open.id)[0].text).toBe('Báo cáo còn mở');
    expect(store.getCase(open.id)!.citizenName).toBe('Tên u3');

    // Audited, and not purged twice.
    expect(store.auditEntries(old.id).filter((e) => e.action === 'purge')).toEqual([
      expect.objectContaining({ actor: 'system:retention', outcome: 'ok', caseId: old.id }),
    ]);
    expect(store.purgeClosedBefore(now - 365 * DAY, now + 1)).toEqual([]);
    store.close();
  });

  it('the retention job uses RETENTION_DAYS, keeps everything at 0, runs at most once per interval and logs only counts', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', destination: new Writable({ write: (c, _e, cb) => void (lines.push(String(c)), cb()) }) });
    const { store, old } = scenario();
    const now = T0 + 400 * DAY;
    expect(createRetention(store, 0, logger)(now)).toBe(0);
    expect(createRetention(store, 500, logger)(now)).toBe(0);
    expect(store.messages(old.id)).toHaveLength(2);
    // Nothing is due a year after T0 (the old case closed a moment later); that run starts the interval.
    const yearly = createRetention(store, 365, logger);
    const firstRun = T0 + 365 * DAY;
    expect(yearly(firstRun)).toBe(0);
    // Throttled: a second run within the interval does nothing, even though the old case is now due.
    expect(yearly(firstRun + 5000)).toBe(0);
    expect(store.messages(old.id)).toHaveLength(2);
    expect(yearly(firstRun + 10 * 60_000)).toBe(1);
    expect(store.messages(old.id)).toHaveLength(0);
    expect(lines.join('')).toContain('"purged":1');
    expect(lines.join('')).not.toContain('Lý Văn Tám');
    store.close();
  });
});
