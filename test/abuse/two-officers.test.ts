// Two named officers, A and B, each on the console and on Telegram (linked ids), against the whole app:
// B can neither reply on, close nor export the case A holds, from either channel; the audit names A and
// B by account id; logging out and removing an account end its sessions and live streams at once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { runOfficerCommand } from '../../bot/cli/officer.js';
import { startFakeTelegram, type FakeTelegram } from '../fakes/telegram-server.js';
import { consoleSession, postLogin } from '../web/console-client.js';
import { openSse } from '../web/sse-client.js';

// Platform ids long enough that a keyed hash in the audit cannot contain their digits by chance.
const A = { login: 'tran.a', name: 'Trần Thị A', tg: 731_904_226, password: 'mật khẩu của cán bộ A' };
const B = { login: 'le.b', name: 'Lê Văn B', tg: 731_904_227, password: 'B-mat-khau-rieng-2026' };
const CITIZEN = 918_273_645;
const REPORT = 'Em gái tôi đi làm ở Campuchia theo lời một người quen, giờ mất liên lạc, tôi nghi bị lừa bán';

let tg: FakeTelegram;
let app: App;
let dir: string;
let admin: CaseStore; // a second connection, as `npm run officer` uses
let ids: { a: number; b: number };

async function setPassword(login: string, password: string, code: string) {
  expect(await admin.accounts.redeem(login, code, password)).toBeDefined();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'officers-'));
  tg = await startFakeTelegram();
  admin = openCaseStore(join(dir, 'cases.db'));
  for (const o of [A, B]) {
    const out = runOfficerCommand(admin.accounts, ['add', o.login, '--name', o.name]);
    const code = /: ([\w-]{16})\n/.exec(out)![1];
    await setPassword(o.login, o.password, code);
    runOfficerCommand(admin.accounts, ['link', o.login, 'telegram', String(o.tg)]);
  }
  ids = { a: admin.accounts.byLogin(A.login)!.id, b: admin.accounts.byLogin(B.login)!.id };
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot });
  app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000 });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  admin?.close();
  await tg?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A console session with its live stream open. */
async function liveSession(login: string, password: string) {
  const s = await consoleSession(app.url, login, password);
  const stream = await openSse(`${app.url}/console/events`, { cookie: s.cookie });
  return { ...s, stream };
}

/** The session still answers and its stream still receives what happens after the others ended. */
async function expectStillLive(s: Awaited<ReturnType<typeof liveSession>>) {
  expect((await s.get('/console/api/queue')).status).toBe(200);
  const before = s.stream.seen.length;
  expect((await s.post('/console/api/commands/hangdoi', {})).status).toBe(200);
  await s.stream.next((e) => e.event === 'changed' && s.stream.seen.indexOf(e) >= before);
}

const textOf = (c: { payload: Record<string, any> }) => String(c.payload.text ?? '');
const sentTo = (chat: number, pred: (t: string) => boolean) =>
  tg.waitForCalls('sendMessage', (c) => String(c.payload.chat_id) === String(chat) && pred(textOf(c)));

describe('two officers, A and B, on the console and on Telegram', () => {
  let caseId: number;
  let number: number;

  it('a report is announced to both on Telegram, and A claims it there', async () => {
    tg.pushText({ chatId: CITIZEN, from: { id: CITIZEN }, text: REPORT });
    const [ack] = await sentTo(CITIZEN, (t) => /#\d+/.test(t));
    number = Number(/#(\d+)/.exec(textOf(ack))![1]);
    const [cardA] = await sentTo(A.tg, (t) => t.includes(`#${number}`));
    await sentTo(B.tg, (t) => t.includes(`#${number}`));
    const claim = JSON.stringify(cardA.payload.reply_markup).match(/claim:\d+/)![0];
    caseId = Number(claim.slice(6));
    tg.pushCallback({ chatId: A.tg, from: { id: A.tg, firstName: 'A' }, data: claim });
    await sentTo(CITIZEN, (t) => /tiếp nhận|phụ trách/i.test(t) && t.includes(`#${number}`));
  });

  it('B cannot reply on, close or export A’s case on Telegram', async () => {
    tg.pushText({ chatId: B.tg, from: { id: B.tg }, text: `/tl ${number} Tôi là B` });
    await sentTo(B.tg, (t) => t.includes(`#${number}`) && /không còn giữ|đang được|đã nhận/i.test(t));
    tg.pushText({ chatId: B.tg, from: { id: B.tg }, text: `/dong ${number} B đóng` });
    await sentTo(B.tg, (t) => /đang được|đã nhận|không còn giữ/i.test(t) && t.includes(`#${number}`));
    tg.pushText({ chatId: B.tg, from: { id: B.tg }, text: `/xuat ${number}` });
    await sentTo(B.tg, (t) => t.includes('Chỉ cán bộ đang giữ'));
    await app.idle();
    expect(tg.callsOf('sendMessage').some((c) => String(c.payload.chat_id) === String(CITIZEN) && textOf(c).includes('Tôi là B'))).toBe(
      false,
    );
  });

  it('B cannot on the console either; A on the console is the same officer who claimed on Telegram', async () => {
    const b = await consoleSession(app.url, B.login, B.password);
    expect(b.session).toMatchObject({ login: B.login, name: B.name });
    expect((await b.post(`/console/api/cases/${caseId}/reply`, { text: 'B trả lời' })).status).toBe(409);
    expect((await b.post(`/console/api/cases/${caseId}/close`, { text: 'B đóng' })).status).toBe(409);
    expect((await b.post(`/console/api/cases/${caseId}/note`, { text: 'B ghi chú' })).status).toBe(409);
    expect((await b.get(`/console/api/cases/${caseId}/export`)).status).toBe(403);

    const a = await consoleSession(app.url, A.login, A.password);
    expect((await a.post(`/console/api/cases/${caseId}/reply`, { text: 'A trả lời từ bảng điều khiển' })).status).toBe(200);
    await sentTo(CITIZEN, (t) => t.includes('A trả lời từ bảng điều khiển'));
    const doc = await (await a.get(`/console/api/cases/${caseId}/export`)).json();
    expect(doc.exportedBy).toBe(A.name);
  });

  it('the audit shows A and B by account id, never a platform id', () => {
    const audit = admin.auditEntries(caseId).map((e) => [e.actor, e.action, e.outcome]);
    const A_ = `officer:${ids.a}`;
    const B_ = `officer:${ids.b}`;
    expect(audit).toContainEqual([A_, 'claim', 'ok']);
    expect(audit).toContainEqual([A_, 'reply', 'ok']);
    expect(audit).toContainEqual([A_, 'export', 'ok']);
    for (const action of ['reply', 'close', 'note']) expect(audit).toContainEqual([B_, action, 'conflict']);
    expect(audit).toContainEqual([B_, 'export', 'denied']);
    // B's refusals from Telegram and from the console are one actor: twice each for reply, close and export.
    const refusedB = (action: string) => audit.filter(([actor, act, outcome]) => actor === B_ && act === action && outcome !== 'ok').length;
    expect([refusedB('reply'), refusedB('close'), refusedB('export')]).toEqual([2, 2, 2]);
    const all = admin
      .auditEntries()
      .map((e) => e.actor)
      .join(' ');
    for (const raw of [String(A.tg), String(B.tg), String(CITIZEN)]) expect(all).not.toContain(raw);
  });

  it('logging out ends every session of the officer and their live streams at once', async () => {
    const one = await consoleSession(app.url, A.login, A.password);
    const two = await consoleSession(app.url, A.login, A.password);
    const stream = await openSse(`${app.url}/console/events`, { cookie: two.cookie });
    expect((await one.post('/console/logout')).status).toBe(200);
    await stream.ended;
    expect((await two.get('/console/api/queue')).status).toBe(401);
  });

  it('B changes the password on the console: the current password is asked again, the policy holds, B’s other sessions and streams end at once, this one continues; A’s stay', async () => {
    const a = await liveSession(A.login, A.password);
    const here = await liveSession(B.login, B.password);
    const elsewhere = await liveSession(B.login, B.password);
    const next = 'Cau mat khau moi cua B 2026';
    expect((await here.post('/console/api/password', { current: 'không phải mật khẩu', password: next })).status).toBe(403);
    const weak = await here.post('/console/api/password', { current: B.password, password: '12345678' });
    expect(weak.status).toBe(400);
    expect((await weak.json()).error).toMatch(/ít nhất 12 ký tự/);
    expect((await here.get('/console/api/queue')).status).toBe(200); // refusals change nothing

    const changed = await here.post('/console/api/password', { current: B.password, password: next });
    expect(changed.status).toBe(200);
    await Promise.all([elsewhere.stream.ended, here.stream.ended]);
    expect((await elsewhere.get('/console/api/queue')).status).toBe(401);
    // This page goes on under the new session the answer carries (cookie and CSRF token).
    const cookie = changed.headers
      .getSetCookie()
      .find((c) => c.startsWith('pcmbn_console='))!
      .split(';')[0];
    const { csrf } = await changed.json();
    expect(cookie).not.toBe(here.cookie);
    expect((await fetch(`${app.url}/console/api/queue`, { headers: { cookie } })).status).toBe(200);
    const hangdoi = await fetch(`${app.url}/console/api/commands/hangdoi`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrf },
      body: '{}',
    });
    expect(hangdoi.status).toBe(200);
    expect((await here.get('/console/api/queue')).status).toBe(401);
    await expectStillLive(a);
    a.stream.close();

    expect((await postLogin(app.url, B.login, B.password)).status).toBe(401);
    B.password = next;
    expect((await postLogin(app.url, B.login, B.password)).status).toBe(303);
  });

  it('disabling B (from another process) ends every session and live stream of B at once; A’s stay', async () => {
    const a = await liveSession(A.login, A.password);
    const b1 = await liveSession(B.login, B.password);
    const b2 = await liveSession(B.login, B.password);
    runOfficerCommand(admin.accounts, ['disable', B.login]);
    await Promise.all([b1.stream.ended, b2.stream.ended]);
    for (const b of [b1, b2]) expect((await b.get('/console/api/queue')).status).toBe(401);
    await expectStillLive(a);
    expect((await postLogin(app.url, B.login, B.password)).status).toBe(401);
    runOfficerCommand(admin.accounts, ['enable', B.login]);
    expect((await postLogin(app.url, B.login, B.password)).status).toBe(303);
    a.stream.close();
  });

  it('removing B (as npm run officer does, from another process) ends every session and stream of B, A’s stay, and B’s Telegram id is nobody', async () => {
    const a = await liveSession(A.login, A.password);
    const b = await liveSession(B.login, B.password);
    const other = await liveSession(B.login, B.password);
    expect((await b.get('/console/api/queue')).status).toBe(200);
    runOfficerCommand(admin.accounts, ['remove', B.login]);
    await Promise.all([b.stream.ended, other.stream.ended]);
    expect((await b.get('/console/api/queue')).status).toBe(401);
    expect((await other.get('/console/api/queue')).status).toBe(401);
    await expectStillLive(a);
    a.stream.close();
    tg.pushText({ chatId: B.tg, from: { id: B.tg }, text: '/hangdoi' });
    await sentTo(B.tg, (t) => t.includes('chỉ dành cho cán bộ tiếp nhận'));
  });
});
