// The web chat end to end with the bundled documents: a report that also asks a question gets the case reply
// and then the documents' cited answer, and the officer console's case holds the report and that answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Answering, openAnswering } from '../../bot/answering.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import { openCaseStore } from '../../handlers/cases/store.js';
import { createConversation } from '../../handlers/conversation.js';
import { createTriage } from '../../handlers/triage/index.js';
import type { OutgoingMessage } from '../../handlers/types.js';
import { appTraits, officersFrom } from '../conversation/helpers.js';
import { openSse, type SseReader } from './sse-client.js';

const REPORT =
  'Cháu tôi bị người ta lừa bán qua biên giới, tuần trước mới được đưa về nhà. ' +
  'Nhà cháu thuộc hộ nghèo, muốn làm đơn xin trợ cấp khó khăn ban đầu thì nộp ở đâu?';
const logger = createLogger({ level: 'silent' });

describe('web chat: a report that asks a question', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'report-question-'));
  const store = openCaseStore(':memory:');
  const streams: SseReader[] = [];
  let answering: Answering;
  let server: WebServer;
  let base: string;

  beforeAll(async () => {
    answering = await openAnswering(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), logger, { watch: false });
    const conversation = createConversation({
      store,
      triage: createTriage(),
      answer: answering.answer,
      instantAnswer: answering.extractive,
      corpus: () => answering.corpus(),
      contacts: () => answering.contacts(),
      updates: () => answering.updates(),
      officers: officersFrom({ web: ['console'] }),
      reannounceMinutes: 15,
      logger,
      traits: appTraits,
    });
    const deliver = async (msgs: OutgoingMessage[]) => {
      for (const m of msgs) if (m.to.channel === 'web') await server.adapter.send(m);
    };
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation,
      onMessage: async (m) => deliver(await conversation.handle(m)),
      deliver,
      consolePassword: 'mat-khau-that-123',
      logger,
    });
    base = await server.listen();
  }, 60_000);

  afterAll(async () => {
    for (const s of streams) s.close();
    await server?.close();
    answering?.close();
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the case reply with its hotlines, then the cited answer from the documents', async () => {
    const page = await fetch(`${base}/`);
    const cookie = page.headers.getSetCookie()[0].split(';')[0];
    const sse = await openSse(`${base}/api/events`, { cookie });
    streams.push(sse);
    const sent = await fetch(`${base}/api/chat`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'report-question-1', text: REPORT }),
    });
    expect(sent.status).toBe(200);

    const first = await sse.next((e) => e.event === 'bot');
    expect(first.data.kind).toBe('case');
    expect(first.data.text).toMatch(/#\d+/);
    expect(first.data.text).toContain('113');
    const second = await sse.next((e) => e.event === 'bot');
    expect(second.data.kind).toBe('answer');
    expect(second.data.text).toContain('Về điều bạn hỏi, theo tài liệu:');
    expect(second.data.text).toContain('trợ cấp khó khăn ban đầu');
    expect(second.data.citations.map((c: { docId: string }) => c.docId)).toContain('regulations/nd-09-2013.md');
    expect(second.data.caseId).toBe(first.data.caseId);

    const [c] = store.listCases();
    expect(store.messages(c.id).map((m) => m.direction)).toEqual(['citizen', 'bot', 'bot']);
    expect(store.messages(c.id)[0].text).toBe(REPORT);
  }, 60_000);
});
