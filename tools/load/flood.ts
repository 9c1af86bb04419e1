// `npm run load -- --flood`: report flood on the web chat. --posts report-like posts (default 1,000) within
// --seconds (default 10), each from a new chat session (no cookie kept) and a new client address
// (X-Forwarded-For, the bot runs with TRUST_PROXY=1), while --askers other web users ask questions in a
// loop. Prints the reports stored (counted in the database after the bot stopped), the notices each
// Telegram officer received (per-case announcements up to CASE_BURST_PER_MINUTE, the burst alert and the
// summaries; the bot runs with the default limit) and the other users' answer latency. The last line is
// one JSON object.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCaseStore } from '../../handlers/cases/store.js';
import { DEFAULT_BURST_PER_MINUTE } from '../../handlers/conversation/burst.js';
import { startFakeTelegram, type FakeCall } from '../../test/fakes/telegram-server.js';
import { openSse } from '../../test/web/sse-client.js';
import { eventLoopDelay, startBot } from './bot-process.js';
import { LOAD_QUESTIONS, LOAD_REPORTS } from './questions.js';

export interface FloodOptions {
  posts: number;
  seconds: number;
  askers: number;
}

const OFFICERS = [910_001, 910_002];
/** A burst's summary goes out on the scheduler's tick once its minute is over: wait at most this long for one. */
const SUMMARY_WAIT_MS = 120_000;
const ALERT_TEXT = /tăng bất thường/;
const SUMMARY_TEXT = /kể từ thông báo trước/;

const now = () => performance.now();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface OfficerInbox {
  /** Per-case announcements (they carry the claim button). */
  announcements: number;
  alerts: number;
  summaries: number;
  /** Every message the officer received. */
  total: number;
}

function countOfficerNotices(inboxes: Map<number, OfficerInbox>, call: FakeCall): void {
  if (call.method !== 'sendMessage' || call.status >= 400) return;
  const inbox = inboxes.get(Number(call.payload.chat_id));
  if (!inbox) return;
  const text = String(call.payload.text ?? '');
  inbox.total++;
  if (ALERT_TEXT.test(text)) inbox.alerts++;
  else if (SUMMARY_TEXT.test(text)) inbox.summaries++;
  else if (JSON.stringify(call.payload.reply_markup ?? '').includes('claim:')) inbox.announcements++;
}

function post(base: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  return fetch(`${base}/api/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The flood: post i goes out at its slot within the window, without a cookie, from its own address. */
async function flood(base: string, opts: FloodOptions): Promise<{ statuses: Map<number | string, number>; sentInMs: number }> {
  const statuses = new Map<number | string, number>();
  const count = (key: number | string) => statuses.set(key, (statuses.get(key) ?? 0) + 1);
  const started = now();
  const sends: Promise<void>[] = [];
  for (let i = 0; i < opts.posts; i++) {
    const due = started + (i * opts.seconds * 1000) / opts.posts;
    if (due > now()) await pause(due - now());
    const address = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const text = `${LOAD_REPORTS[i % LOAD_REPORTS.length]} (tin số ${i + 1})`;
    sends.push(
      post(base, { id: `flood-${i}-report`, text }, { 'x-forwarded-for': address })
        .then(async (res) => {
          await res.arrayBuffer();
          count(res.status);
        })
        // No answer at all (connection reset, timeout): counted by the network error's code.
        .catch((err: { cause?: { code?: string } }) => void count(err.cause?.code ?? 'network error')),
    );
  }
  const sentInMs = now() - started;
  await Promise.all(sends);
  return { statuses, sentInMs };
}

/** One ordinary user, connected before the flood: their own session, address and open chat stream. */
async function connectAsker(base: string, n: number) {
  const address = `198.51.100.${n + 1}`;
  const first = await fetch(`${base}/`, { headers: { 'x-forwarded-for': address } });
  const cookie = first.headers
    .getSetCookie()
    .find((c) => c.startsWith('pcmbn_sid='))!
    .split(';')[0];
  await first.arrayBuffer();
  const events = await openSse(`${base}/api/events`, { cookie, 'x-forwarded-for': address });
  return { n, address, cookie, events };
}

/** Asks, awaits the answer on the chat's stream, pauses like a reader, and again while `until()` holds. */
async function ask(
  base: string,
  user: Awaited<ReturnType<typeof connectAsker>>,
  until: () => boolean,
  latencies: number[],
  failures: { n: number },
): Promise<void> {
  const headers = { cookie: user.cookie, 'x-forwarded-for': user.address };
  try {
    for (let q = 0; until(); q++) {
      const t = now();
      const res = await post(
        base,
        { id: `ask-${user.n}-${q}-question`, text: LOAD_QUESTIONS[(user.n + q) % LOAD_QUESTIONS.length] },
        headers,
      );
      await res.arrayBuffer();
      if (res.status !== 200) {
        failures.n++;
        continue;
      }
      await user.events.next((e) => e.event === 'bot');
      latencies.push(now() - t);
      // A person reads the answer before asking again (and stays within the per-session limit).
      await pause(600);
    }
  } catch {
    failures.n++;
  } finally {
    user.events.close();
  }
}

/** Web cases in the database, read with the bot's own store after it stopped. */
function storedWebReports(dir: string): number {
  const store = openCaseStore(join(dir, 'cases.db'));
  try {
    return store.listCases({ includeClosed: true }).filter((c) => c.channel === 'web' && (c.label === 'report' || c.label === 'emergency'))
      .length;
  } finally {
    store.close();
  }
}

export async function runFlood(opts: FloodOptions): Promise<number> {
  const inboxes = new Map<number, OfficerInbox>(OFFICERS.map((id) => [id, { announcements: 0, alerts: 0, summaries: 0, total: 0 }]));
  const tg = await startFakeTelegram({ onCall: (call) => countOfficerNotices(inboxes, call) });
  const dir = mkdtempSync(join(tmpdir(), 'flood-'));
  const bot = await startBot(dir, {
    TRUST_PROXY: '1',
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    OFFICER_TELEGRAM_IDS: OFFICERS.join(','),
    CASE_REANNOUNCE_MINUTES: '600',
  });
  const latencies: number[] = [];
  const askFailures = { n: 0 };
  let flooding = true;
  const users = await Promise.all(Array.from({ length: opts.askers }, (_, n) => connectAsker(bot.baseUrl, n)));
  const askers = users.map((u) => ask(bot.baseUrl, u, () => flooding, latencies, askFailures));
  const started = now();
  const cpuBefore = bot.cpuSeconds();
  const { statuses, sentInMs } = await flood(bot.baseUrl, opts);
  const answeredInMs = now() - started;
  const botCpuSec = Number((bot.cpuSeconds() - cpuBefore).toFixed(1));
  flooding = false;
  await Promise.all(askers);
  // The summary of the flood's minute goes out on a later scheduler tick.
  const summaryDeadline = now() + SUMMARY_WAIT_MS;
  while (now() < summaryDeadline && [...inboxes.values()].some((i) => i.summaries === 0)) await pause(250);
  const eventLoop = await eventLoopDelay(bot.baseUrl);
  const appErrors = bot.appErrors();
  const rssMB = Math.round(bot.peakRssKiB() / 1024);
  await bot.stop();
  await tg.close();
  const stored = storedWebReports(dir);
  rmSync(dir, { recursive: true, force: true });

  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]) : 0;
  const perOfficer = [...inboxes.values()];
  const result = {
    posts: opts.posts,
    sentInSec: Number((sentInMs / 1000).toFixed(1)),
    answeredInSec: Number((answeredInMs / 1000).toFixed(1)),
    accepted: statuses.get(200) ?? 0,
    refused: opts.posts - (statuses.get(200) ?? 0),
    reportsStored: stored,
    officers: OFFICERS.length,
    noticesPerOfficer: Math.max(...perOfficer.map((i) => i.total)),
    announcementsPerOfficer: Math.max(...perOfficer.map((i) => i.announcements)),
    alertsPerOfficer: Math.max(...perOfficer.map((i) => i.alerts)),
    summariesPerOfficer: Math.max(...perOfficer.map((i) => i.summaries)),
    askerAnswers: latencies.length,
    askerFailures: askFailures.n,
    askerP50ms: pct(0.5),
    askerP95ms: pct(0.95),
    askerP99ms: pct(0.99),
    botCpuSec,
    eventLoopP99ms: eventLoop.p99ms,
    eventLoopMaxMs: eventLoop.maxMs,
    errors: appErrors,
    rssMB,
  };
  console.error(
    `flood: ${opts.posts} report posts (new session, new address each) sent in ${result.sentInSec}s, all answered in ${result.answeredInSec}s · ` +
      `HTTP ${JSON.stringify(Object.fromEntries(statuses))} · reports stored ${stored}/${opts.posts} · ` +
      `per officer: ${result.noticesPerOfficer} notices = ${result.announcementsPerOfficer} case announcements (CASE_BURST_PER_MINUTE=${DEFAULT_BURST_PER_MINUTE}) + ` +
      `${result.alertsPerOfficer} burst alert + ${result.summariesPerOfficer} summary · ` +
      `${opts.askers} other users: ${latencies.length} answers, p50/p95/p99 ${result.askerP50ms}/${result.askerP95ms}/${result.askerP99ms} ms, ${askFailures.n} refused · bot CPU during the flood ${botCpuSec} s · bot event loop ${eventLoop.text} · RSS ${rssMB} MB`,
  );
  console.log(JSON.stringify(result));
  return stored === opts.posts && result.refused === 0 && askFailures.n === 0 ? 0 : 1;
}
