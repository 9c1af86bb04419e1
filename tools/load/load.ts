import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeTelegram, type FakeCall } from '../../test/fakes/telegram-server.js';
import { eventLoopDelay, startBot } from './bot-process.js';
import { createTriage } from '../../handlers/triage/index.js';
import { LOAD_QUESTIONS, LOAD_REPORTS, variedQuestions } from './questions.js';

// `npm run load`: the whole bot (composition root, inbox, outbox, SQLite, retrieval) driven through
// the fake Telegram server on loopback. Citizens ask questions or report at --rate messages/s over
// --chats chats; officers claim and answer through the bot. Every expected reply is counted: lost
// and duplicated replies are reported, not guessed.
// The last stdout line is one JSON object, the contract tools/bench/load-run.ts reads.

const { values } = parseArgs({
  options: {
    chats: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '20' },
    officers: { type: 'string', default: '5' },
    'report-share': { type: 'string', default: '0.1' },
    rate: { type: 'string', default: '320' },
    // `--varied`: 1,200 different questions asked in turn instead of the 10 sample ones, so answers are worked out, not cached.
    varied: { type: 'boolean', default: false },
    // `--flood`: the web chat report flood instead (tools/load/flood.ts): --posts within --seconds, --askers other users.
    flood: { type: 'boolean', default: false },
    posts: { type: 'string', default: '1000' },
    askers: { type: 'string', default: '20' },
  },
});
if (values.flood) {
  const { runFlood } = await import('./flood.js');
  const seconds = process.argv.includes('--seconds') ? Number(values.seconds) : 10;
  process.exit(
    await runFlood({ posts: Math.max(1, Number(values.posts)), seconds: Math.max(1, seconds), askers: Math.max(0, Number(values.askers)) }),
  );
}
const CHATS = Math.max(1, Number(values.chats));
const SECONDS = Math.max(1, Number(values.seconds));
const OFFICERS = Math.max(1, Number(values.officers));
const REPORTERS = Math.min(CHATS, Math.round(CHATS * Number(values['report-share'])));
// Offered citizen messages per second, spread over the chats (an open loop: like real users, a chat
// does not write again the instant it gets a reply, so latency is measured at a realistic load).
const RATE = Math.max(1, Number(values.rate));

const REPORTS = LOAD_REPORTS;
// Only what the bot takes for a question: a varied question read as a report would open a case nobody expects.
const triage = values.varied ? createTriage() : undefined;
const VARIED = triage ? variedQuestions().filter((q) => triage.classify(q).label === 'question') : [];
let variedAsked = 0;
const questionFor = (chat: number, nth: number) =>
  VARIED.length ? VARIED[variedAsked++ % VARIED.length] : LOAD_QUESTIONS[(chat + nth) % LOAD_QUESTIONS.length];

const officerIds = Array.from({ length: OFFICERS }, (_, i) => 900_000 + i);
const citizenIds = Array.from({ length: CHATS }, (_, i) => 10_000 + i);
const isReporter = (chat: number) => chat - 10_000 < REPORTERS;

interface ChatState {
  sentAt: number;
  outstanding: boolean;
  received: number;
  expected: number;
  /** Text of the last message to this chat: a surplus message with other text is the next part of a long reply. */
  lastText: string;
}
const chats = new Map<number, ChatState>(
  citizenIds.map((id) => [id, { sentAt: 0, outstanding: false, received: 0, expected: 0, lastText: '' }]),
);
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
  const text = isReporter(chat) ? REPORTS[chat % REPORTS.length] : questionFor(chat, st.expected);
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
    const text = String(call.payload.text ?? '');
    const sameAsLast = text === st.lastText;
    st.lastText = text;
    st.received++;
    if (!st.outstanding) {
      // Reporters also get the claim notice and the officer's message, both expected below. An answer
      // longer than Telegram's limit arrives in parts: only a repeated text is a duplicate.
      if (st.received <= st.expected) done();
      else if (sameAsLast) duplicated++;
      else st.received--;
      return;
    }
    st.outstanding = false;
    latencies.push(now() - st.sentAt);
    done();
    if (isReporter(chat)) {
      st.expected += 2; // "a officer took your case" + the officer's message
      pending += 2;
    } else {
      idle.push(chat);
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
  if (claimed)
    push(() => tg.pushText({ chatId: chat, from: { id: chat }, text: `/tl ${claimed[1]} Chào bạn, cán bộ đã nhận tin và sẽ hỗ trợ bạn.` }));
}

const tg = await startFakeTelegram({ onCall });
const dir = mkdtempSync(join(tmpdir(), 'load-'));
const bot = await startBot(dir, {
  TELEGRAM_BOT_TOKEN: tg.token,
  TELEGRAM_API_ROOT: tg.apiRoot,
  OFFICER_TELEGRAM_IDS: officerIds.join(','),
  OFFICER_WEB_PASSWORD: 'load-harness-only',
  CASE_REANNOUNCE_MINUTES: '600',
  // The harness's officers claim from the per-case announcements; 100 reports in 10 s is the load
  // being measured here, not an abnormal burst to be folded into one notice (`--flood` measures that).
  CASE_BURST_PER_MINUTE: '100000',
});
const baseUrl = bot.baseUrl;

// Reporters write once; askers come back to the idle pool after each reply.
const idle: number[] = citizenIds.filter((c) => !isReporter(c));
const reporters = citizenIds.filter(isReporter);
const started = now();
const cpuBefore = bot.cpuSeconds();
stopAt = started + SECONDS * 1000;
let offered = 0;
let saturated = 0;
const pacer = setInterval(() => {
  const t = now();
  if (t >= stopAt) return clearInterval(pacer);
  // Messages due by now at RATE per second; reporters are spread over the run.
  const due = Math.floor(((t - started) / 1000) * RATE) - offered;
  for (let i = 0; i < due; i++) {
    const reporterDue = reporters.length && Math.random() < REPORTERS / CHATS;
    const chat = reporterDue ? reporters.pop() : idle.length ? idle.splice(Math.floor(Math.random() * idle.length), 1)[0] : undefined;
    offered++;
    if (chat === undefined) {
      saturated++; // every chat is waiting for a reply: the bot cannot keep up with the offered rate
      continue;
    }
    ask(chat);
  }
}, 5);
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
// CPU the bot spent on this traffic: steadier than latency on a shared machine.
const botCpuMsPerUpdate = updates ? Math.round(((bot.cpuSeconds() - cpuBefore) * 1e5) / updates) / 100 : 0;
const eventLoop = await eventLoopDelay(baseUrl);

clearInterval(pacer);
let lost = 0;
for (const st of chats.values()) lost += Math.max(0, st.expected - st.received);
latencies.sort((a, b) => a - b);
const pct = (p: number) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]) : 0);

const peakRss = bot.peakRssKiB();
const appErrors = bot.appErrors();
await bot.stop();
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
  rssMB: Math.round(peakRss / 1024),
  botCpuMsPerUpdate,
  eventLoopP99ms: eventLoop.p99ms,
  eventLoopMaxMs: eventLoop.maxMs,
};
console.error(
  `load: ${CHATS} chats (${REPORTERS} reporting, ${OFFICERS} officers${VARIED.length ? `, ${VARIED.length} varied questions` : ''}) at ${RATE} msg/s offered for ${SECONDS}s · ${updates} updates in ${elapsed.toFixed(1)}s · ` +
    `reply p50/p95/p99 ${result.p50ms}/${result.p95ms}/${result.p99ms} ms · bot event loop ${eventLoop.text} · ` +
    `bot CPU ${botCpuMsPerUpdate} ms/update · ` +
    `cases claimed ${officerClaims.size}/${REPORTERS} · offers skipped (all chats waiting) ${saturated}`,
);
console.log(JSON.stringify(result));
process.exit(lost || duplicated ? 1 : 0);
