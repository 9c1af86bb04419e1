import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { RATE_LIMIT_NOTICE, createMessageGate, createTokenBuckets } from '../../bot/ratelimit.js';
import type { IncomingMessage, TriageLabel } from '../../handlers/types.js';
import { startFakeTelegram, type FakeCall, type FakeTelegram } from '../fakes/telegram-server.js';

const msg = (userId: string, text = 'câu hỏi', extra: Partial<IncomingMessage> = {}): IncomingMessage => ({
  channel: 'telegram',
  chatId: userId,
  userId,
  kind: 'text',
  text,
  receivedAt: 0,
  ...extra,
});

describe('token buckets', () => {
  it('allows a burst, then refills at the set rate', () => {
    const b = createTokenBuckets({ capacity: 3, refillPerSec: 1 });
    expect([1, 2, 3, 4].map(() => b.take('a', 0))).toEqual([true, true, true, false]);
    expect(b.take('a', 500)).toBe(false);
    expect(b.take('a', 1000)).toBe(true);
    expect(b.take('b', 1000)).toBe(true); // other keys are independent
  });

  it('forgets idle keys and never holds more than maxKeys', () => {
    const b = createTokenBuckets({ capacity: 2, refillPerSec: 1, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) b.take(`u${i}`, 0);
    expect(b.size()).toBeLessThanOrEqual(100);
    b.take('late', 10_000); // every earlier bucket is full again by now: all evicted
    expect(b.size()).toBe(1);
  });
});

describe('message gate', () => {
  const officers = new Set(['telegram:900']);
  const labels: Record<string, TriageLabel> = { 'cứu tôi với, họ nhốt tôi': 'emergency' };
  const gate = (now: () => number) =>
    createMessageGate({ isOfficer: (m) => officers.has(`${m.channel}:${m.userId}`), classify: (t) => labels[t] ?? 'question', now });

  it('gives a flooder one notice per 10 s and drops the rest', () => {
    let t = 0;
    const g = gate(() => t);
    const verdicts: string[] = [];
    for (let i = 0; i < 100; i++) {
      t = i * 100; // 100 messages in 10 s
      verdicts.push(g.check(msg('1')));
    }
    expect(verdicts.filter((v) => v === 'notice')).toHaveLength(1);
    const passed = verdicts.filter((v) => v === 'pass').length;
    expect(passed).toBeGreaterThanOrEqual(20);
    expect(passed).toBeLessThanOrEqual(40); // burst 20 + 2/s refill
    t = 10_500;
    expect(g.check(msg('2'))).toBe('pass'); // another user is untouched
  });

  it('never limits officers', () => {
    const g = gate(() => 0);
    for (let i = 0; i < 200; i++) expect(g.check(msg('900', '/hangdoi'))).toBe('pass');
  });

  it('lets possible reports through after the ordinary limit, within a bound', () => {
    const g = gate(() => 0);
    for (let i = 0; i < 20; i++) g.check(msg('3'));
    expect(g.check(msg('3'))).toBe('notice');
    expect(g.check(msg('3', 'cứu tôi với, họ nhốt tôi'))).toBe('pass');
    for (let i = 0; i < 9; i++) g.check(msg('3', 'cứu tôi với, họ nhốt tôi'));
    expect(g.check(msg('3', 'cứu tôi với, họ nhốt tôi'))).toBe('drop');
  });

  it('classifies only the start of a huge over-limit text', () => {
    const seen: number[] = [];
    const g = createMessageGate({ isOfficer: () => false, classify: (t) => (seen.push(t.length), 'question'), now: () => 0 });
    for (let i = 0; i < 20; i++) g.check(msg('5'));
    expect(g.check(msg('5', 'a'.repeat(100_000)))).toBe('notice');
    expect(seen).toEqual([2000]);
  });

  it('treats a failing classifier as a possible report', () => {
    const g = createMessageGate({
      isOfficer: () => false,
      classify: () => {
        throw new Error('x');
      },
      now: () => 0,
    });
    for (let i = 0; i < 20; i++) g.check(msg('4'));
    expect(g.check(msg('4'))).toBe('pass');
  });
});

describe('flood through the composed app', () => {
  let tg: FakeTelegram;
  let app: App;
  let dir: string;
  const FLOODER = 7001;
  const OTHER = 7002;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'flood-'));
    tg = await startFakeTelegram();
    const config = loadConfig({
      DATA_DIR: dir,
      PORT: '0',
      TELEGRAM_BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      OFFICER_TELEGRAM_IDS: '9001',
      LOG_LEVEL: 'silent',
    });
    // The limiter's clock stands still: the whole flood falls inside one 10 s window however slow the
    // machine is, so the counts below are exact.
    const t0 = Date.now();
    app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000, rateLimit: { now: () => t0 } });
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
    await tg?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers another user while one floods, and tells the flooder once', async () => {
    const to = (id: number) => (c: FakeCall) => String(c.payload.chat_id) === String(id);
    for (let i = 0; i < 100; i++) tg.pushText({ chatId: FLOODER, from: { id: FLOODER }, text: `Nạn nhân được hỗ trợ những gì? lần ${i}` });
    const last = tg.pushText({ chatId: OTHER, from: { id: OTHER }, text: 'Nạn nhân bị mua bán được hỗ trợ những gì?' });

    const [answer] = await tg.waitForCalls('sendMessage', to(OTHER), 20_000);
    const [notice] = await tg.waitForCalls('sendMessage', (c) => to(FLOODER)(c) && c.payload.text === RATE_LIMIT_NOTICE, 20_000);
    expect(notice.payload.text).toMatch(/113/);
    expect(notice.payload.text).toMatch(/111/);
    // The other user's answer did not queue behind the flood: fewer flood replies went out before it
    // than the burst allowance, whereas without a limit all 100 would be answered.
    const floodBefore = tg.callsOf('sendMessage').filter((c) => to(FLOODER)(c) && c.seq < answer.seq).length;
    expect(floodBefore).toBeLessThanOrEqual(21);
    const [otherAnswer] = tg.callsOf('sendMessage').filter(to(OTHER));
    expect(otherAnswer.payload.text).not.toBe(RATE_LIMIT_NOTICE);

    // Once the runner confirmed every update (a later getUpdates offset), all were handed over; then
    // the app finishes what it accepted. Nothing more can arrive for the flooder after that.
    await tg.waitForCalls('getUpdates', (c) => Number(c.payload.offset ?? 0) > last.update_id, 20_000);
    await app.idle();
    const floodReplies = tg.callsOf('sendMessage').filter(to(FLOODER));
    expect(floodReplies.filter((c) => c.payload.text === RATE_LIMIT_NOTICE)).toHaveLength(1);
    expect(floodReplies.length - 1).toBe(20); // the burst allowance, then nothing but the one notice
  });
});
