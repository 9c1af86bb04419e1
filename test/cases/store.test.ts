import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCaseStore } from '../../handlers/cases/store.js';
import { MIGRATIONS } from '../../handlers/cases/migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'cases-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const officerA = { key: 'telegram:1', name: 'An', channel: 'telegram' as const, chatId: '1' };
const officerB = { key: 'telegram:2', name: 'Bình', channel: 'telegram' as const, chatId: '2' };

function newCase(store: ReturnType<typeof openCaseStore>, text = 'nội dung') {
  return store.createCase({
    channel: 'zalo',
    citizenRef: store.citizenRef('zalo', 'u1'),
    chatId: 'c1',
    label: 'report',
    urgent: false,
    text,
    at: 1000,
  });
}

describe('case store', () => {
  it('keeps a case, its messages and the citizen reference across a reopen', () => {
    const file = join(dir, 'restart.db');
    const s1 = openCaseStore(file);
    const ref = s1.citizenRef('zalo', 'u1');
    const c = newCase(s1, 'báo cáo dài '.repeat(1000));
    s1.close();
    const s2 = openCaseStore(file);
    expect(s2.citizenRef('zalo', 'u1')).toBe(ref);
    expect(s2.activeCase('zalo', ref)?.id).toBe(c.id);
    expect(s2.messages(c.id)[0].text).toBe('báo cáo dài '.repeat(1000));
    expect(s2.schemaVersion()).toBe(MIGRATIONS.at(-1)!.version);
    s2.close();
  });

  it('citizen references are pseudonymous and salted per install', () => {
    const a = openCaseStore(':memory:');
    const b = openCaseStore(':memory:');
    expect(a.citizenRef('zalo', 'u1')).not.toContain('u1');
    expect(a.citizenRef('zalo', 'u1')).not.toBe(b.citizenRef('zalo', 'u1'));
    expect(a.citizenRef('zalo', 'u1')).not.toBe(a.citizenRef('telegram', 'u1'));
  });

  it('lets exactly one of two connections claim the same case', () => {
    const file = join(dir, 'claim.db');
    const s1 = openCaseStore(file);
    const s2 = openCaseStore(file);
    const c = newCase(s1);
    const results = [s1.claim(c.id, officerA, 2000), s2.claim(c.id, officerB, 2001)];
    expect(results.filter(Boolean)).toHaveLength(1);
    // The officer's platform id is stored as a keyed hash, never as it is.
    expect(s2.getCase(c.id)?.claimedBy).toBe(s2.actorRef('telegram', '1'));
    s1.close();
    s2.close();
  });

  it('only the holder releases or closes a claimed case', () => {
    const s = openCaseStore(':memory:');
    const c = newCase(s);
    expect(s.claim(c.id, officerA, 2000)).toBe(true);
    expect(s.release(c.id, officerB.key, 2100)).toBe(false);
    expect(s.closeCase(c.id, officerB.key, 'Bình', 'xong', 2100)).toBe(false);
    expect(s.release(c.id, officerA.key, 2200)).toBe(true);
    expect(s.getCase(c.id)?.status).toBe('open');
    expect(s.claim(c.id, officerB, 2300)).toBe(true);
    expect(s.closeCase(c.id, officerB.key, 'Bình', 'đã xác minh', 2400)).toBe(true);
    const closed = s.getCase(c.id)!;
    expect(closed.status).toBe('closed');
    expect(closed.firstClaimedAt).toBe(2000);
    expect(s.activeCase('zalo', c.citizenRef)).toBeUndefined();
  });

  it('dedupes processed updates', () => {
    const s = openCaseStore(':memory:');
    expect(s.markProcessed('telegram', '5', 1)).toBe(true);
    expect(s.markProcessed('telegram', '5', 2)).toBe(false);
    expect(s.markProcessed('zalo', '5', 2)).toBe(true);
  });

  it('the audit table rejects UPDATE and DELETE', async () => {
    const file = join(dir, 'audit.db');
    const s = openCaseStore(file);
    s.audit({ at: 1, actor: 'telegram:9', action: 'read', caseId: 1, outcome: 'denied' });
    s.close();
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(file);
    expect(() => db.prepare("UPDATE audit SET outcome = 'ok'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect((db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n).toBe(1);
    db.close();
  });

  it('finds open cases due for re-announcement and computes stats', () => {
    const s = openCaseStore(':memory:');
    const c = newCase(s);
    s.recordAnnouncement(c.id, 'new', 1000);
    expect(s.dueForReannounce(999)).toHaveLength(0);
    expect(s.dueForReannounce(1000).map((x) => x.id)).toEqual([c.id]);
    s.claim(c.id, officerA, 61_000);
    expect(s.dueForReannounce(10_000_000)).toHaveLength(0);
    const st = s.stats();
    expect(st.total).toBe(1);
    expect(st.byStatus).toEqual({ claimed: 1 });
    expect(st.byLabel).toEqual({ report: 1 });
    expect(st.medianClaimMs).toBe(60_000);
  });
});

describe('stats months', () => {
  it('counts months in Vietnam time', () => {
    const s = openCaseStore(':memory:');
    // 2026-03-31 20:00 UTC is already April 1st in Vietnam.
    s.createCase({
      channel: 'web',
      citizenRef: 'r',
      chatId: 'c',
      label: 'report',
      urgent: false,
      text: 't',
      at: Date.UTC(2026, 2, 31, 20),
    });
    expect(s.stats().byMonth).toEqual({ '2026-04': 1 });
  });
});
