// The web server against the real conversation core and case store (stub answerer): the console's
// actions go through the real OfficerApi, including a conflict with an officer on another channel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import { createConversation } from '../../handlers/conversation.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { createTriage } from '../../handlers/triage/index.js';
import type { OutgoingMessage } from '../../handlers/types.js';
import { consoleSession } from './console-client.js';
import { openSse, type SseReader } from './sse-client.js';
import { appTraits, officersFrom } from '../conversation/helpers.js';

const PASSWORD = 'mat-khau-that-123';
const logger = createLogger({ level: 'silent' });

describe('web server with the real conversation core', () => {
  let server: WebServer;
  let base: string;
  const elsewhere: OutgoingMessage[] = [];
  const store = openCaseStore(':memory:');
  const conversation = createConversation({
    store,
    triage: createTriage(),
    answer: async () => ({ kind: 'abstain', text: 'Chưa tìm thấy thông tin phù hợp.', citations: [] }),
    officers: officersFrom({ telegram: ['4242'], zalo: [], web: ['console'] }),
    reannounceMinutes: 15,
    logger,
    traits: appTraits,
  });
  const streams: SseReader[] = [];

  async function deliver(msgs: OutgoingMessage[]) {
    for (const m of msgs) {
      if (m.to.channel !== 'web') {
        elsewhere.push(m);
        continue;
      }
      const r = await server.adapter.send(m);
      if (r.messageId) await conversation.recordDelivery(m, r.messageId);
    }
  }

  beforeAll(async () => {
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation,
      onMessage: async (m) => deliver(await conversation.handle(m)),
      deliver,
      consolePassword: PASSWORD,
      logger,
    });
    base = await server.listen();
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await server.close();
    store.close();
  });

  async function citizen() {
    const page = await fetch(`${base}/`);
    const cookie = page.headers.getSetCookie()[0].split(';')[0];
    const sse = await openSse(`${base}/api/events`, { cookie });
    streams.push(sse);
    let n = 0;
    const post = (body: Record<string, unknown>) =>
      fetch(`${base}/api/chat`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ id: `real-${Date.now()}-${++n}`, ...body }),
      });
    return { sse, post };
  }

  it('a citizen asks for an officer, the console claims, relays both ways and closes', async () => {
    const officer = await consoleSession(base, 'Cán bộ Hà', PASSWORD);
    const events = await openSse(`${base}/console/events`, { cookie: officer.cookie });
    streams.push(events);
    const c = await citizen();
    expect((await c.post({ callbackData: 'officer', label: 'Gặp cán bộ' })).status).toBe(200);
    const ack = await c.sse.next((e) => e.event === 'bot');
    expect(ack.data.text).toMatch(/#\d+/);
    const announced = await events.next((e) => e.event === 'officer');
    const caseId = announced.data.caseId as number;
    expect(typeof caseId).toBe('number');

    const queue = await (await officer.get('/console/api/queue')).json();
    expect(queue.cases.map((x: { id: number }) => x.id)).toContain(caseId);
    expect((await officer.post(`/console/api/cases/${caseId}/claim`)).status).toBe(200);
    await c.sse.next((e) => e.event === 'bot' && e.data.text.includes('đã tiếp nhận'));

    expect((await officer.post(`/console/api/cases/${caseId}/reply`, { text: 'Xin chào, tôi là cán bộ Hà.' })).status).toBe(200);
    await c.sse.next((e) => e.event === 'bot' && e.data.text.includes('tôi là cán bộ Hà'));
    await c.post({ text: 'Cảm ơn cán bộ, tôi cần hỗ trợ.' });
    const detail = await (await officer.get(`/console/api/cases/${caseId}`)).json();
    expect(
      detail.case.messages.some((m: { direction: string; text: string }) => m.direction === 'citizen' && m.text.includes('tôi cần hỗ trợ')),
    ).toBe(true);

    expect((await officer.post(`/console/api/cases/${caseId}/close`, { text: 'Đã hướng dẫn, chuyển hỗ trợ.' })).status).toBe(200);
    const closed = await (await officer.get(`/console/api/cases/${caseId}`)).json();
    expect(closed.case.status).toBe('closed');
  });

  it('maps the core’s refusals: a case held by a Telegram officer → 409, unknown case → 404', async () => {
    const officer = await consoleSession(base, 'Cán bộ Minh', PASSWORD);
    const c = await citizen();
    await c.post({ callbackData: 'officer', label: 'Gặp cán bộ' });
    const caseId = store.listCases().at(-1)!.id;
    await conversation.officers.claim({ channel: 'telegram', userId: '4242', chatId: '4242', name: 'Cán bộ Tùng' }, caseId);
    const conflict = await officer.post(`/console/api/cases/${caseId}/claim`);
    expect(conflict.status).toBe(409);
    expect((await conflict.json()).error).toContain('Cán bộ Tùng');
    const reply = await officer.post(`/console/api/cases/${caseId}/reply`, { text: 'xin chào' });
    expect(reply.status).toBe(409);
    expect((await officer.get('/console/api/cases/987654')).status).toBe(404);
  });
});
