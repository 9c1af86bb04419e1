import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createApp } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { startFakeTelegram, type FakeCall } from '../fakes/telegram-server.js';

// `npm run load`: the whole bot (composition root, outbox, SQLite, retrieval) driven through the fake
// Telegram server on loopback. Citizens ask questions or report; officers claim and answer through
// the bot. Every expected reply is counted: lost and duplicated replies are reported, not guessed.
// The last line is one JSON object (a contract for checks outside the repo).

const { values } = parseArgs({
  options: {
    chats: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    officers: { type: 'string', default: '5' },
    'report-share': { type: 'string', default: '0.1' },
  },
});
const CHATS = Math.max(1, Number(values.chats));
const SECONDS = Math.max(1, Number(values.seconds));
const OFFICERS = Math.max(1, Number(values.officers));
const REPORTERS = Math.min(CHATS, Math.round(CHATS * Number(values['report-share'])));

// Our own load questions and reports (not the evaluation sets).
const QUESTIONS = [
  'Nạn nhân bị mua bán được hỗ trợ những gì?',
  'Trách nhiệm của Công an tỉnh trong kế hoạch là gì?',
  'thu tuc tiep nhan nan nhan tro ve',
  'Ủy ban nhân dân cấp xã có nhiệm vụ gì khi tiếp nhận nạn nhân?',
  'Hỗ trợ học nghề cho nạn nhân như thế nào?',
  'Ai xác minh nạn nhân bị mua bán?',
  'chế độ hỗ trợ y tế cho nạn nhân',
  'Bộ đội Biên phòng có trách nhiệm gì?',
  'Hội Liên hiệp Phụ nữ tham gia thế nào?',
  'kinh phí thực hiện kế hoạch lấy từ đâu',
];
const REPORTS = [
  'Con gái tôi đi làm ở nước ngoài theo lời một người quen, giờ mất liên lạc cả tháng nay',
  'Hàng xóm tôi bị dụ sang biên giới làm việc nhẹ lương cao, gia đình không liên lạc được',
  'Em trai tôi bị giữ hộ chiếu ở công ty bên kia biên giới và bị bắt trả tiền mới cho về',
];

const officerIds = Array.from({ length: OFFICERS }, (_, i) => 900_000 + i);
const citizenIds = Array.from({ length: CHATS }, (_, i) => 10_000 + i);
const isReporter = (chat: number) => chat - 10_000 < REPORTERS;

interface ChatState {
  sentAt: number;
  outstanding: boolean;
  received: number;
  expected: number;
}
const chats = new Map<number, ChatState>(citizenIds.map((id) => [id, { sentAt: 0, outstanding: false, received: 0, expected: 0 }]));
const latencies: number[] = [];
let updates = 0;
let duplicated = 0;
let errors = 0;
let stopAt = Infinity;
let pending = 0;
let settle: (() => void) | undefined;

const now = () => performance.now();

function push(fn: () => void): void {
  updates++;
  fn();
}

function ask(chat: number): void {
  const st = chats.get(chat)!;
  st.sentAt = now();
  st.outstanding = true;
  st.expected++;
  pending++;
  const text = isReporter(chat) ? REPORTS[chat % REPORTS.length] : QUESTIONS[(chat + st.expected) % QUESTIONS.length];
  push(() => tg.pushText({ chatId: chat, from: { id: chat }, text }));
}

function done(): void {
  pending--;
  if (pending === 0 && now() >= stopAt) settle?.();
}

const officerClaims = new Set<string>();
function onCall(call: FakeCall): void {
  if (call.status >= 400) errors++;
  if (call.method !== 'sendMessage' || call.status >= 400) return;
  const chat = Number(call.payload.chat_id);
  const st = chats.get(chat);
  if (st) {
    st.received++;
    if (!st.outstanding) {
      // Reporters also get the claim notice and the officer's message, both expected below.
      if (st.received > st.expected) duplicated++;
      else done();
      return;
    }
    st.outstanding = false;
    latencies.push(now() - st.sentAt);
    done();
    if (isReporter(chat)) {
      st.expected += 2; // "a officer took your case" + the officer's message
      pending += 2;
    } else if (now() < stopAt) {
      setImmediate(() => ask(chat));
    }
    return;
  }
  // An officer's chat: claim new cases addressed to this officer, then answer the citizen.
  const officer = officerIds.indexOf(chat);
  if (officer < 0) return;
  const data = JSON.stringify(call.payload.reply_markup ?? '').match(/claim:(\d+)/)?.[0];
  if (data) {
    const caseId = Number(data.slice(6));
    if (caseId % OFFICERS === officer && !officerClaims.has(data)) {
      officerClaims.add(data);
      push(() => tg.pushCallback({ chatId: chat, from: { id: chat }, data }));
    }
    return;
  }
  const claimed = /Bạn đã nhận vụ việc #(\d+)/.exec(String(call.payload.text ?? ''));
  if (claimed) push(() => tg.pushText({ chatId: chat, from: { id: chat }, text: `/tl ${claimed[1]} Chào bạn, cán bộ đã nhận tin và sẽ hỗ trợ bạn.` }));
}

const tg = await startFakeTelegram({ onCall });
const dir = mkdtempSync(join(tmpdir(), 'load-'));
let appErrors = 0;
const errorSink = new Writable({
  write(chunk, _enc, cb) {
    if (/"level":(50|60)/.test(String(chunk))) appErrors++;
    cb();
  },
});
const config = loadConfig({
  DATA_DIR: dir,
  PORT: '0',
  TELEGRAM_BOT_TOKEN: tg.token,
  TELEGRAM_API_ROOT: tg.apiRoot,
  OFFICER_TELEGRAM_IDS: officerIds.join(','),
  OFFICER_WEB_PASSWORD: 'load-harness-only',
  CASE_REANNOUNCE_MINUTES: '600',
});
const app = await createApp(config, createLogger({ level: 'error', destination: errorSink }), { tickMs: 3_600_000 });

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
let peakRss = process.memoryUsage().rss;
const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);

const started = now();
stopAt = started + SECONDS * 1000;
for (const chat of citizenIds) ask(chat);
// Wait until every expected reply arrived after the deadline, or give up after a grace period.
await new Promise<void>((resolve) => {
  settle = resolve;
  const grace = setTimeout(resolve, SECONDS * 1000 + 15_000);
  grace.unref();
  const poll = setInterval(() => {
    if (now() >= stopAt && pending === 0) resolve();
  }, 100);
  poll.unref();
});
const elapsed = (now() - started) / 1000;
loop.disable();
clearInterval(rssTimer);

let lost = 0;
for (const st of chats.values()) lost += Math.max(0, st.expected - st.received);
latencies.sort((a, b) => a - b);
const pct = (p: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]) : 0);

await app.stop();
await tg.close();
rmSync(dir, { recursive: true, force: true });

const result = {
  chats: CHATS,
  updates,
  updatesPerSec: Math.round(updates / elapsed),
  p50ms: pct(0.5),
  p95ms: pct(0.95),
  p99ms: pct(0.99),
  lost,
  duplicated,
  errors: errors + appErrors,
  rssMB: Math.round(peakRss / 2 ** 20),
};
console.error(
  `load: ${CHATS} chats (${REPORTERS} reporting, ${OFFICERS} officers) for ${SECONDS}s · ${updates} updates in ${elapsed.toFixed(1)}s · ` +
    `reply p50/p95/p99 ${result.p50ms}/${result.p95ms}/${result.p99ms} ms · event-loop delay p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms · ` +
    `cases claimed ${officerClaims.size}/${REPORTERS}`,
);
console.log(JSON.stringify(result));
process.exit(lost || duplicated ? 1 : 0);
