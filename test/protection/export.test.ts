// Case export: only the officer holding the case gets it, in chat (/xuat) and on the console; all audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import { exportMessages, type CaseExport } from '../../handlers/commands/export.js';
import { createConversation } from '../../handlers/conversation.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import type { IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import { appTraits, setup, officersFrom } from '../conversation/helpers.js';
import { consoleSession } from '../web/console-client.js';

const REPORT = 'Tôi bị giữ giấy tờ ở xưởng may của bà Đinh Thị Hoa tại Móng Cái';

describe('/xuat in chat', () => {
  it('gives the holder the whole case as text and refuses everyone else', async () => {
    const t = setup({ labels: { [REPORT]: 'report' } });
    const [ack] = await t.conv.handle(t.citizen(REPORT));
    const n = /#(\d+)/.exec(ack.text)![1];
    await t.conv.handle(t.officerMsg('100', `/nhan ${n}`));
    await t.conv.handle(t.officerMsg('100', `/tl ${n} Bạn đang ở đâu?`));
    await t.conv.handle(t.citizen('Ở khu công nghiệp'));

    const out = await t.conv.handle(t.officerMsg('100', `/xuat ${n}`));
    const all = out.map((m) => m.text).join('\n');
    expect(out.every((m) => m.to.chatId === '100' && m.kind === 'officer')).toBe(true);
    expect(all).toContain(`HỒ SƠ VỤ VIỆC #${n}`);
    expect(all).toContain(REPORT);
    expect(all).toContain('Bạn đang ở đâu?');
    expect(all).toContain('Ở khu công nghiệp');

    const other = await t.conv.handle(t.officerMsg('200', `/xuat ${n}`));
    expect(other).toHaveLength(1);
    expect(other[0].kind).toBe('error');
    expect(other[0].text).toMatch(/Chỉ cán bộ đang giữ/);
    expect(other[0].text).not.toContain('Đinh Thị Hoa');

    const citizen = await t.conv.handle(t.citizen(`/xuat ${n}`));
    expect(citizen.map((m) => m.text).join('')).not.toContain('Đinh Thị Hoa');
    expect(citizen[0].kind).toBe('error');

    const audits = t.store.auditEntries(Number(n)).filter((e) => e.action === 'export' || e.action === 'xuat');
    // The citizen's attempt is refused by the officer check before the export runs, and audited too.
    expect(audits.map((e) => [e.action, e.actor.split('#')[0], e.outcome])).toEqual([
      ['export', 'telegram', 'ok'],
      ['export', 'telegram', 'denied'],
      ['xuat', 'zalo', 'denied'],
    ]);
  });

  it('splits a long case into numbered chat-sized parts without losing text', async () => {
    const long = 'Nội dung tố giác rất dài. '.repeat(400);
    const t = setup({ labels: { [long.trim()]: 'report' } });
    const [ack] = await t.conv.handle(t.citizen(long));
    const n = /#(\d+)/.exec(ack.text)![1];
    await t.conv.handle(t.officerMsg('100', `/nhan ${n}`));
    const out = await t.conv.handle(t.officerMsg('100', `/xuat ${n}`));
    expect(out.length).toBeGreaterThan(3);
    for (const [i, m] of out.entries()) {
      expect(m.text.length).toBeLessThanOrEqual(2000);
      expect(m.text.startsWith(`(${i + 1}/${out.length})`)).toBe(true);
    }
    const joined = out.map((m) => m.text.replace(/^\(\d+\/\d+\)\n/, '')).join(' ');
    expect(joined.split('Nội dung tố giác rất dài.').length - 1).toBe(400);
  });

  it('refuses a purged case with an explanation', async () => {
    const t = setup({ labels: { [REPORT]: 'report' } });
    const [ack] = await t.conv.handle(t.citizen(REPORT));
    const n = Number(/#(\d+)/.exec(ack.text)![1]);
    await t.conv.handle(t.officerMsg('100', `/nhan ${n}`));
    await t.conv.handle(t.officerMsg('100', `/dong ${n} Đã xử lý`));
    t.store.purgeClosedBefore(t.now() + 1, t.now() + 1);
    const out = await t.conv.handle(t.officerMsg('100', `/xuat ${n}`));
    expect(out[0].text).toMatch(/thời hạn lưu trữ/);
  });

  it('exportMessages keeps one short document in one message', () => {
    const doc: CaseExport = {
      format: 'pcmbn-case-export/1',
      exportedAt: new Date(0).toISOString(),
      exportedBy: 'An',
      case: { number: 3, label: 'report', urgent: false, status: 'claimed', channel: 'web', createdAt: new Date(0).toISOString() },
      messages: [{ direction: 'citizen', at: new Date(0).toISOString(), text: 'ngắn' }],
      audit: [],
    };
    expect(exportMessages(doc, 'Web')).toHaveLength(1);
  });
});

describe('console export endpoint', () => {
  const PASSWORD = 'mat-khau-xuat-ho-so';
  const store = openCaseStore(':memory:');
  const conversation = createConversation({
    store,
    triage: { classify: (text) => ({ label: text === REPORT ? 'report' : 'question', confidence: 1 }) },
    answer: async () => ({ kind: 'abstain', text: 'Chưa tìm thấy.', citations: [] }),
    officers: officersFrom({ telegram: ['4242'], zalo: [], web: ['console'] }),
    reannounceMinutes: 15,
    logger: createLogger({ level: 'silent' }),
    traits: appTraits,
  });
  let server: WebServer;
  let base: string;
  let caseId: number;
  const deliver = async (_msgs: OutgoingMessage[]) => undefined;

  beforeAll(async () => {
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation,
      onMessage: async () => undefined,
      deliver,
      consolePassword: PASSWORD,
      logger: createLogger({ level: 'silent' }),
    });
    base = await server.listen();
    const msg: IncomingMessage = { channel: 'telegram', chatId: '77', userId: '77', kind: 'text', text: REPORT, receivedAt: Date.now() };
    const out = await conversation.handle(msg);
    caseId = out.find((m) => m.caseId)!.caseId!;
  });
  afterAll(async () => {
    await server.close();
    store.close();
  });

  it('downloads JSON for the holder only; other logins get 403 and anonymous 401', async () => {
    const lan = await consoleSession(base, 'Lan', PASSWORD);
    const minh = await consoleSession(base, 'Minh', PASSWORD);
    const path = `/console/api/cases/${caseId}/export`;

    expect((await fetch(`${base}${path}`)).status).toBe(401);
    expect((await lan.get(path)).status).toBe(403); // nobody holds it yet
    expect((await lan.post(`/console/api/cases/${caseId}/claim`)).status).toBe(200);

    const res = await lan.get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="ho-so-vu-viec-\d+\.json"/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const doc = (await res.json()) as CaseExport;
    expect(doc.format).toBe('pcmbn-case-export/1');
    expect(doc.case.officer).toBe('Lan');
    expect(doc.messages[0]).toMatchObject({ direction: 'citizen', text: REPORT });
    expect(JSON.stringify(doc)).not.toContain('"77"'); // no platform chat id in the file

    const denied = await minh.get(path);
    expect(denied.status).toBe(403);
    expect(JSON.stringify(await denied.json())).not.toContain('Đinh Thị Hoa');

    const tg = await conversation.handle({
      channel: 'telegram',
      chatId: '4242',
      userId: '4242',
      kind: 'text',
      text: `/xuat ${store.getCase(caseId)!.number}`,
      receivedAt: Date.now(),
    });
    expect(tg[0].kind).toBe('error');

    const audits = store.auditEntries(caseId).filter((e) => e.action === 'export');
    expect(audits.map((e) => [e.actor, e.outcome])).toEqual([
      ['local:console', 'denied'],
      ['local:console', 'ok'],
      ['local:console', 'denied'],
      [store.actorRef('telegram', '4242'), 'denied'],
    ]);
  });
});
