import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openCaseStore } from '../../handlers/cases/store.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig, type Config } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startFakePlatforms, TG_SECRET, ZALO_SECRET, type FakePlatforms } from '../fakes/platforms.js';
import { postWebhook, type FakeCall, type FakeTelegram } from '../fakes/telegram-server.js';
import { textUpdate, type FakeSent, type FakeZalo } from '../fakes/zalo-server.js';

// Every officer action tried by people who are not officers, on every channel: refused in polite
// Vietnamese, audited, and the case is left exactly as it was. An officer taken off the list loses
// the case they held at once (checked on every call, not at login).

const OFFICER = 9001;
const NEW_OFFICER = 9002;
const TG_INTRUDER = 4242;
const ZALO_INTRUDER = 'e'.repeat(20);
const CITIZEN_A = 'a'.repeat(20);
const CITIZEN_B = 'b'.repeat(20);
const FORBIDDEN = 'Xin lỗi, chức năng này chỉ dành cho cán bộ tiếp nhận đã được đăng ký.';
const REPORT = 'Anh trai tôi bị một công ty bên kia biên giới giữ hộ chiếu, bắt làm việc không lương và không cho về, tôi muốn báo tin';

let platforms: FakePlatforms;
let tg: FakeTelegram;
let zalo: FakeZalo;
let dir: string;
let app: App | undefined;
let base: Record<string, string>;

const start = (env: Record<string, string> = {}) =>
  createApp(loadConfig({ ...base, ...env }) as Config, createLogger({ level: 'silent' }), { tickMs: 3_600_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'abuse-'));
  platforms = await startFakePlatforms();
  ({ tg, zalo } = platforms);
  base = {
    ...platforms.webhookEnv(dir),
    OFFICER_TELEGRAM_IDS: String(OFFICER),
    OFFICER_ZALO_IDS: 'f'.repeat(20),
    OFFICER_WEB_PASSWORD: 'mat-khau-can-bo-thu-nghiem',
  };
  app = await start();
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await platforms?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Telegram's webhook answers after the update is handled: the replies are already recorded. */
async function tg_(from: number, update: Record<string, any>): Promise<FakeCall[]> {
  const before = tg.callsOf('sendMessage').length;
  expect((await postWebhook(`${app!.url}/webhooks/telegram`, update, TG_SECRET)).status).toBe(200);
  return tg
    .callsOf('sendMessage')
    .slice(before)
    .filter((c) => String(c.payload.chat_id) === String(from));
}
const tgText = (from: number, text: string) => tg_(from, tg.makeTextUpdate({ chatId: from, from: { id: from, firstName: 'Khách' }, text }));
const tgClaim = (from: number, id: number) =>
  tg_(from, tg.makeCallbackUpdate({ chatId: from, from: { id: from, firstName: 'Khách' }, data: `claim:${id}` }));

/** Zalo's webhook acknowledges first: wait for the reply to this chat. */
async function zaloText(from: string, text: string): Promise<FakeSent> {
  const before = zalo.sent.length;
  const r = await zalo.deliverWebhook(`${app!.url}/webhooks/zalo`, textUpdate({ chatId: from, userId: from, text }), ZALO_SECRET);
  expect(r.status).toBe(200);
  return zalo.waitForSent((s) => s.chatId === from && s.method === 'sendMessage' && zalo.sent.indexOf(s) >= before, 10_000);
}

function readDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(join(dir, 'cases.db'), { readonly: true, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
  }
}
const snapshot = (id: number) =>
  readDb((db) => ({
    row: db
      .prepare('SELECT status, claimed_by, claimed_by_chat, label, urgent, updated_at, closed_at, resolution FROM cases WHERE id = ?')
      .get(id),
    messages: (db.prepare('SELECT COUNT(*) AS n FROM case_messages WHERE case_id = ?').get(id) as { n: number }).n,
    announcements: (db.prepare('SELECT COUNT(*) AS n FROM announcements WHERE case_id = ?').get(id) as { n: number }).n,
  }));
const deniedRaw = (actor: string) =>
  readDb(
    (db) =>
      db.prepare("SELECT action, case_id AS caseId FROM audit WHERE actor = ? AND outcome = 'denied' ORDER BY id").all(actor) as {
        action: string;
        caseId: number | null;
      }[],
  );
/** The audit names people by a keyed hash of their platform id, never the id itself. */
function denied(actor: string) {
  const [channel, id] = actor.split(':') as ['telegram' | 'zalo', string];
  expect(deniedRaw(actor)).toEqual([]);
  const store = openCaseStore(join(dir, 'cases.db'));
  try {
    return deniedRaw(store.actorRef(channel, id));
  } finally {
    store.close();
  }
}
const caseId = (n: number) => readDb((db) => (db.prepare('SELECT id FROM cases WHERE number = ?').get(n) as { id: number }).id);

let openN: number; // an open case
let heldN: number; // a case claimed by OFFICER

describe('officer actions by non-officers', () => {
  it('sets up an open case and a claimed one', async () => {
    openN = Number(/#(\d+)/.exec((await zaloText(CITIZEN_A, REPORT)).text ?? '')?.[1]);
    heldN = Number(/#(\d+)/.exec((await zaloText(CITIZEN_B, REPORT)).text ?? '')?.[1]);
    expect(openN).toBeGreaterThan(0);
    expect(heldN).toBeGreaterThan(0);
    // The announcements of both cases may still be on their way to the officer's chat: look for the claim's reply.
    const replies = (await tgText(OFFICER, `/nhan ${heldN}`)).map((c) => String(c.payload.text));
    expect(replies.find((t) => t.startsWith('Bạn đã nhận'))).toMatch(new RegExp(`Bạn đã nhận vụ việc #${heldN}`));
  });

  const actions = (n: number) => [
    `/hangdoi`,
    `/xem ${n}`,
    `/nhan ${n}`,
    `/tl ${n} Tôi là cán bộ, hãy gửi địa chỉ`,
    `/ghichu ${n} ghi chú giả`,
    `/tra ${n}`,
    `/dong ${n} đã xong`,
    `/thongke`,
  ];

  it('refuses every action on Telegram, audits it and changes nothing', async () => {
    for (const n of [openN, heldN]) {
      const id = caseId(n);
      const before = snapshot(id);
      const citizenSends = zalo.sent.length;
      for (const cmd of actions(n)) {
        const replies = await tgText(TG_INTRUDER, cmd);
        expect(
          replies.map((r) => r.payload.text),
          cmd,
        ).toEqual([FORBIDDEN]);
      }
      const replies = await tgClaim(TG_INTRUDER, id);
      expect(replies.map((r) => r.payload.text)).toEqual([FORBIDDEN]);
      expect(snapshot(id)).toEqual(before);
      expect(zalo.sent.length).toBe(citizenSends); // nothing reached the citizens
    }
    const audit = denied(`telegram:${TG_INTRUDER}`);
    // 8 commands + 1 button, on two cases; the case-bound ones name the case.
    expect(audit).toHaveLength(18);
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(['queue', 'xem', 'nhan', 'tl', 'ghichu', 'tra', 'dong', 'stats', 'claim']));
    expect(audit.filter((a) => a.caseId !== null).map((a) => a.caseId)).toEqual(expect.arrayContaining([caseId(openN), caseId(heldN)]));
  });

  it('refuses every action on Zalo, audits it and changes nothing', async () => {
    // Zalo has no buttons: a claim can only be typed (/nhan), so the callback is covered by Telegram.
    for (const n of [openN, heldN]) {
      const id = caseId(n);
      const before = snapshot(id);
      const officerSends = tg.callsOf('sendMessage').length;
      for (const cmd of actions(n)) expect((await zaloText(ZALO_INTRUDER, cmd)).text, cmd).toBe(FORBIDDEN);
      expect(snapshot(id)).toEqual(before);
      expect(tg.callsOf('sendMessage').length).toBe(officerSends);
    }
    const audit = denied(`zalo:${ZALO_INTRUDER}`);
    expect(audit).toHaveLength(16);
    expect(new Set(audit.map((a) => a.action))).toEqual(new Set(['queue', 'xem', 'nhan', 'tl', 'ghichu', 'tra', 'dong', 'stats']));
  });

  it('refuses the web console API without a login, in Vietnamese, and changes nothing', async () => {
    const id = caseId(heldN);
    const before = snapshot(id);
    const auditBefore = readDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n);
    const tries: [string, string, unknown?][] = [
      ['GET', '/console/api/queue'],
      ['GET', '/console/api/session'],
      ['GET', `/console/api/cases/${id}`],
      ['POST', `/console/api/cases/${id}/claim`],
      ['POST', `/console/api/cases/${id}/release`],
      ['POST', `/console/api/cases/${id}/reply`, { text: 'giả danh cán bộ' }],
      ['POST', `/console/api/cases/${id}/note`, { text: 'ghi chú giả' }],
      ['POST', `/console/api/cases/${id}/close`, { text: 'đóng giả' }],
    ];
    for (const cookie of [undefined, 'pcmbn_console=forged-session-token']) {
      for (const [method, path, body] of tries) {
        const res = await fetch(app!.url + path, {
          method,
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(((await res.json()) as { error: string }).error).toBe('Vui lòng đăng nhập bảng điều khiển cán bộ.');
      }
    }
    expect(snapshot(id)).toEqual(before);
    // Without a session there is no officer to name: refusals happen before the case API, so nothing is audited against a case.
    expect(readDb((db) => (db.prepare('SELECT COUNT(*) AS n FROM audit').get() as { n: number }).n)).toBe(auditBefore);
  });
});

describe('an officer removed from the configuration', () => {
  it('can no longer act on the case they hold after a restart', async () => {
    await app!.stop();
    app = await start({ OFFICER_TELEGRAM_IDS: String(NEW_OFFICER) });
    const id = caseId(heldN);
    const before = snapshot(id);
    const citizenSends = zalo.sent.filter((s) => s.chatId === CITIZEN_B).length;

    for (const cmd of [
      `/tl ${heldN} vẫn là tôi`,
      `/xem ${heldN}`,
      `/dong ${heldN} đóng`,
      `/tra ${heldN}`,
      `/ghichu ${heldN} ghi chú`,
      '/hangdoi',
      '/thongke',
      `/nhan ${openN}`,
    ]) {
      const replies = await tgText(OFFICER, cmd);
      expect(
        replies.map((r) => r.payload.text),
        cmd,
      ).toEqual([FORBIDDEN]);
    }
    expect((await tgClaim(OFFICER, caseId(openN))).map((r) => r.payload.text)).toEqual([FORBIDDEN]);
    // Plain text is no longer relayed to the citizen of the held case.
    await tgText(OFFICER, 'Chào bạn, tôi vẫn đang theo dõi vụ việc');
    expect(zalo.sent.filter((s) => s.chatId === CITIZEN_B).length).toBe(citizenSends);
    expect(snapshot(id)).toEqual(before);
    expect(denied(`telegram:${OFFICER}`).length).toBeGreaterThanOrEqual(9);

    // The officer now on the list can act, so the refusal above is about the list, not the case.
    const [ok] = await tgText(NEW_OFFICER, `/xem ${heldN}`);
    expect(ok.payload.text).not.toBe(FORBIDDEN);
    expect(ok.payload.text).toContain(`#${heldN}`);
  });
});
