// Where officers hear about a case: each destination once, the configured chats even with the account
// tables unavailable, and a burst window that reopens once its notice has gone out.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import type { CaseRow, CaseStore } from '../../handlers/cases/store.js';
import { createAnnouncer } from '../../handlers/conversation/announcements.js';
import type { ConversationDeps } from '../../handlers/conversation/deps.js';
import type { Address } from '../../handlers/types.js';
import { appTraits } from './helpers.js';

const T0 = Date.UTC(2026, 2, 2, 3, 0, 0);
const GROUP: Address = { channel: 'telegram', chatId: '-100' };
const ROOM: Address = { channel: 'web', chatId: 'officers' };

function caseRow(id: number, urgent = false): CaseRow {
  return {
    id,
    number: id,
    channel: 'zalo',
    citizenRef: 'r',
    chatId: `c${id}`,
    label: urgent ? 'emergency' : 'report',
    urgent,
    status: 'open',
    createdAt: T0,
    updatedAt: T0,
  };
}

/** A store with only what announcing uses; `accounts` answers from the given lists, or throws when absent. */
function fakeStore(accounts?: { linked: Address[]; enabled: number }) {
  const recorded: [number, string][] = [];
  const unavailable = () => {
    throw new Error('database unavailable');
  };
  const store = {
    recordAnnouncement: (id: number, kind: string) => void recorded.push([id, kind]),
    messages: () => [{ direction: 'citizen', text: 'Em gái tôi mất liên lạc', at: T0 }],
    accounts: {
      linkedChats: accounts ? () => accounts.linked : unavailable,
      enabledCount: accounts ? () => accounts.enabled : unavailable,
    },
  } as unknown as CaseStore;
  return { store, recorded };
}

function announcer(store: CaseStore, burstPerMinute?: number) {
  const deps = {
    store,
    logger: createLogger({ level: 'silent' }),
    officers: {
      users: { telegram: ['100'] },
      announceTo: [{ channel: 'telegram', chatId: '100' }, GROUP],
      console: { channel: 'web', room: ROOM },
    },
    traits: appTraits,
    ...(burstPerMinute ? { burstPerMinute } : {}),
  } as unknown as ConversationDeps;
  return createAnnouncer(deps, { isOfficer: () => true });
}

describe('announcement destinations', () => {
  it('lists a chat that is both configured and linked to an account once, and the console room once accounts exist', () => {
    const { store } = fakeStore({
      linked: [
        { channel: 'telegram', chatId: '100' },
        { channel: 'zalo', chatId: 'z1' },
      ],
      enabled: 1,
    });
    expect(announcer(store).officerTargets()).toEqual([
      { channel: 'telegram', chatId: '100' },
      GROUP,
      { channel: 'zalo', chatId: 'z1' },
      ROOM,
    ]);
  });

  it('still reaches the configured chats when the account tables cannot be read', () => {
    const { store, recorded } = fakeStore();
    const out = announcer(store).announce(caseRow(1), 'new', T0);
    expect(out.map((m) => m.to)).toEqual([{ channel: 'telegram', chatId: '100' }, GROUP]);
    expect(out.every((m) => m.caseId === 1 && m.buttons)).toBe(true);
    expect(recorded).toEqual([[1, 'new']]);
  });
});

describe('announcement bursts', () => {
  it('alerts once above the limit, sends one summary per destination after the minute, then announces one by one again', () => {
    const { store, recorded } = fakeStore({ linked: [], enabled: 0 });
    const a = announcer(store, 2);
    expect(a.announce(caseRow(1), 'new', T0)).toHaveLength(2);
    expect(a.announce(caseRow(2), 'new', T0 + 1000)).toHaveLength(2);
    const alert = a.announce(caseRow(3), 'new', T0 + 2000);
    expect(alert.map((m) => m.to)).toEqual([{ channel: 'telegram', chatId: '100' }, GROUP]);
    expect(alert.every((m) => m.caseId === undefined && !m.buttons)).toBe(true);
    expect(alert[0].text).toContain('3 vụ trong một phút qua');
    expect(a.announce(caseRow(4), 'new', T0 + 3000)).toEqual([]);
    expect(a.announce(caseRow(5), 'new', T0 + 4000)).toEqual([]);
    expect(recorded.map(([id]) => id)).toEqual([1, 2, 3, 4, 5]);
    expect(a.flushBurst(T0 + 2000 + 59_000)).toEqual([]);

    const notice = a.flushBurst(T0 + 2000 + 60_000);
    expect(notice.map((m) => m.to)).toEqual([{ channel: 'telegram', chatId: '100' }, GROUP]);
    expect(notice[0].text).toContain('Thêm 2 vụ việc mới kể từ thông báo trước.');
    expect(a.flushBurst(T0 + 2000 + 60_000)).toEqual([]);
    // The earlier cases have left the one-minute window: the next case is announced on its own.
    const next = a.announce(caseRow(6), 'new', T0 + 5000 + 60_000);
    expect(next.map((m) => m.caseId)).toEqual([6, 6]);
  });

  it('announces a case handed back to the queue on its own, even during a burst', () => {
    const { store } = fakeStore({ linked: [], enabled: 0 });
    const a = announcer(store, 1);
    a.announce(caseRow(1), 'new', T0);
    a.announce(caseRow(2), 'new', T0);
    expect(a.announce(caseRow(3), 'new', T0)).toEqual([]);
    expect(a.announce(caseRow(1), 'release', T0 + 1000).map((m) => m.caseId)).toEqual([1, 1]);
  });
});

describe('announcement wording', () => {
  it('names the claim command where officers type commands, and only the button in the console room', () => {
    const { store } = fakeStore({ linked: [], enabled: 1 });
    const [chat, , room] = announcer(store).announce(caseRow(7), 'new', T0);
    expect(chat.to).toEqual({ channel: 'telegram', chatId: '100' });
    expect(chat.text).toMatch(/gõ \/nhan \d+/);
    expect(room.to).toEqual(ROOM);
    expect(room.text).toContain('Bấm "Nhận xử lý" trong hồ sơ');
    expect(room.text).not.toContain('/nhan');
  });
});
