import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { vi } from '../../handlers/replies/vi.js';
import { startFakeTelegram, type FakeCall, type FakeTelegram } from '../fakes/telegram-server.js';
import { openSse, type SseReader } from '../web/sse-client.js';
import { startGatedLlm, type GatedLlm } from './gated-llm.js';

// The whole app with an LLM that streams slowly (the test releases each chunk after seeing the
// previous preview): web chat and Telegram show the answer growing, then the checked final answer
// replaces the preview; a stream cut mid-way ends with the extractive answer in its place.

const QUESTION = 'Nạn nhân bị mua bán được hỗ trợ những gì?';
const CHUNKS = ['Theo kế hoạch, nạn nhân ', 'được hỗ trợ y tế, tâm lý ', 'và pháp lý [1]. ', 'Địa phương bố trí nơi ở tạm thời [2].'];
const DRAFT = 'BẢN NHÁP CHƯA KIỂM TRA';

let tg: FakeTelegram;
let llm: GatedLlm;
let app: App;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stream-'));
  [tg, llm] = await Promise.all([startFakeTelegram(), startGatedLlm()]);
  const config = loadConfig({
    DATA_DIR: dir,
    PORT: '0',
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    OPENAI_BASE_URL: llm.baseURL,
    OPENAI_API_KEY: 'sk-test',
    LLM_MODEL: 'fake-model',
    DEFAULT_PROVINCE: 'quang-nam',
    OFFICER_WEB_PASSWORD: 'mat-khau-thu-nghiem',
  });
  const sink = new Writable({ write: (_c, _e, cb) => cb() });
  app = await createApp(config, createLogger({ level: 'warn', destination: sink }), {
    tickMs: 3_600_000,
    watchKnowledge: false,
    previewIntervalMs: 0,
  });
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await Promise.all([tg?.close(), llm?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

async function webChat(session?: string): Promise<{ sse: SseReader; ask: (text: string) => void; cookie: string }> {
  const page = await fetch(`${app.url}/`, { headers: session ? { cookie: session } : {} });
  const cookie = session ?? (page.headers.getSetCookie().find((c) => c.startsWith('pcmbn_sid=')) ?? '').split(';')[0];
  const sse = await openSse(`${app.url}/api/events`, { cookie });
  let n = 0;
  const ask = (text: string) =>
    void fetch(`${app.url}/api/chat`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `stream-${Date.now()}-${++n}`, text }),
    });
  return { sse, ask, cookie };
}

const textOf = (c: FakeCall) => String(c.payload.text ?? '');
const inChat = (chatId: number) => (c: FakeCall) => String(c.payload.chat_id) === String(chatId);

describe('streaming previews of generated answers', () => {
  it('web chat: preview events grow with the stream, then the cited final answer replaces them', async () => {
    const { sse, ask, cookie } = await webChat();
    ask(QUESTION);
    const stream = await llm.nextStream();
    stream.push(CHUNKS[0]);
    const p1 = await sse.next((e) => e.event === 'preview');
    expect(p1.data.text).toBe(CHUNKS[0]);
    stream.push(CHUNKS[1]);
    const p2 = await sse.next((e) => e.event === 'preview');
    expect(p2.data.text).toBe(CHUNKS[0] + CHUNKS[1]);
    stream.push(CHUNKS[2]);
    stream.push(CHUNKS[3]);
    stream.end();
    const final = await sse.next((e) => e.event === 'bot');
    expect(final.data.kind).toBe('answer');
    expect(final.data.text).toContain('được hỗ trợ y tế, tâm lý và pháp lý [1]');
    expect(final.data.citations.length).toBeGreaterThanOrEqual(1);
    expect(final.data.citations[0].label).toMatch(/›/);
    const idx = sse.seen.indexOf(final);
    expect(sse.seen.slice(idx + 1).some((e) => e.event === 'preview')).toBe(false);
    sse.close();

    // Previews are transient: a page opened later replays the conversation without them.
    const again = await webChat(cookie);
    await again.sse.next((e) => e.event === 'bot');
    expect(again.sse.seen.some((e) => e.event === 'preview')).toBe(false);
    again.sse.close();
  });

  it('Telegram: sends a preview, edits it as the stream grows, and ends with the final cited text in the same message', async () => {
    const chat = 701;
    tg.pushText({ chatId: chat, from: { id: chat }, text: QUESTION });
    const stream = await llm.nextStream();
    stream.push(CHUNKS[0]);
    const [first] = await tg.waitForCalls('sendMessage', inChat(chat));
    expect(textOf(first)).toBe(`${CHUNKS[0].trimEnd()} …`);
    const previewId = first.result.message_id;
    stream.push(CHUNKS[1]);
    const [edit] = await tg.waitForCalls('editMessageText', (c) => inChat(chat)(c) && textOf(c).includes('tâm lý'));
    expect(textOf(edit).endsWith(' …')).toBe(true);
    stream.push(CHUNKS[2]);
    stream.push(CHUNKS[3]);
    stream.end();
    const [done] = await tg.waitForCalls('editMessageText', (c) => inChat(chat)(c) && textOf(c).includes('Nguồn:'));
    expect(textOf(done)).toContain('và pháp lý [1]');
    expect(textOf(done).endsWith(' …')).toBe(false);
    expect(textOf(done)).toMatch(/\[1\] .+›/);
    expect(Number(done.payload.message_id)).toBe(Number(previewId));
    expect(JSON.stringify(done.payload.reply_markup ?? {})).toContain('full:');
    await app.idle();
    // One message in the chat: the preview became the answer.
    expect(tg.callsOf('sendMessage').filter(inChat(chat))).toHaveLength(1);
  });

  it('a stream cut mid-way ends with the extractive answer replacing the preview on both channels', async () => {
    const { sse, ask } = await webChat();
    ask(QUESTION);
    const webStream = await llm.nextStream();
    webStream.push(DRAFT);
    expect((await sse.next((e) => e.event === 'preview')).data.text).toBe(DRAFT);
    webStream.fail();
    const final = await sse.next((e) => e.event === 'bot');
    expect(final.data.kind).toBe('answer');
    expect(final.data.text).not.toContain(DRAFT);
    // The reader saw the draft: the answer in its place says it was withdrawn.
    expect(final.data.text.startsWith(vi.draftWithdrawn())).toBe(true);
    expect(final.data.citations.length).toBeGreaterThanOrEqual(1);
    sse.close();

    const chat = 702;
    tg.pushText({ chatId: chat, from: { id: chat }, text: QUESTION });
    const tgStream = await llm.nextStream();
    tgStream.push(DRAFT);
    await tg.waitForCalls('sendMessage', (c) => inChat(chat)(c) && textOf(c).includes(DRAFT));
    tgStream.fail();
    const [done] = await tg.waitForCalls('editMessageText', (c) => inChat(chat)(c) && !textOf(c).includes(DRAFT));
    expect(textOf(done)).toMatch(/\[1\] .+›/);
    // Same checked text as the web chat got from the same fallback, withdrawal note first.
    expect(textOf(done).startsWith(vi.draftWithdrawn())).toBe(true);
    expect(textOf(done)).toContain(final.data.text.split('\n\n')[1]);
  });

  it('a whole draft that cites no passage is withdrawn with a note on both channels; a checked one carries none', async () => {
    const UNCITED = 'Nạn nhân được cấp nhà ở miễn phí suốt đời.';
    const { sse, ask } = await webChat();
    ask(QUESTION);
    const webStream = await llm.nextStream();
    webStream.push(UNCITED);
    await sse.next((e) => e.event === 'preview');
    webStream.end();
    const final = await sse.next((e) => e.event === 'bot');
    expect(final.data.text.startsWith(vi.draftWithdrawn())).toBe(true);
    expect(final.data.text).not.toContain(UNCITED);
    sse.close();

    const chat = 703;
    tg.pushText({ chatId: chat, from: { id: chat }, text: QUESTION });
    const tgStream = await llm.nextStream();
    tgStream.push(UNCITED);
    await tg.waitForCalls('sendMessage', (c) => inChat(chat)(c) && textOf(c).includes(UNCITED));
    tgStream.end();
    const [done] = await tg.waitForCalls('editMessageText', (c) => inChat(chat)(c) && !textOf(c).includes(UNCITED));
    expect(textOf(done).startsWith(vi.draftWithdrawn())).toBe(true);
    // The cited answer of the first test kept its draft: no note there.
    const kept = tg.callsOf('editMessageText').filter((c) => inChat(701)(c) && textOf(c).includes('Nguồn:'));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((c) => !textOf(c).includes(vi.draftWithdrawn()))).toBe(true);
  });
});
