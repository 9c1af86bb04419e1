import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/logger.js';
import { answer, fullSection } from '../../handlers/answer.js';
import type { Answerer } from '../../handlers/types.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { createConversation } from '../../handlers/conversation.js';
import { createTriage } from '../../handlers/triage/index.js';
import type { Channel, IncomingMessage, OutgoingMessage } from '../../handlers/types.js';
import { BUNDLED_KNOWLEDGE_DIR, loadCorpus } from '../../knowledge/load.js';
import { openKnowledgeIndex } from '../../retrieval/index.js';
import { appTraits, officersFrom } from '../conversation/helpers.js';

// Thousands of hostile or odd messages through the real conversation (real triage, real extractive
// answerer over the bundled corpus, a file case store): it never throws, never leaves a rejection
// unhandled, never logs an unexpected failure, and always answers the sender.

let dir: string;
let store: CaseStore;
let conv: ReturnType<typeof createConversation>;
const errorLogs: string[] = [];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

const OFFICERS = officersFrom({ telegram: ['9001'], zalo: ['zofficer'], web: ['console'] });

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  dir = mkdtempSync(join(tmpdir(), 'fuzz-conv-'));
  const sink = new Writable({
    write(chunk, _enc, cb) {
      const line = String(chunk);
      if (JSON.parse(line).level >= 50) errorLogs.push(line);
      cb();
    },
  });
  const logger = createLogger({ level: 'warn', destination: sink });
  const corpus = loadCorpus(BUNDLED_KNOWLEDGE_DIR);
  const index = await openKnowledgeIndex({ corpus, dataDir: dir, logger });
  const extractive: Answerer = (q, ctx) => answer(q, { index, province: ctx.province });
  store = openCaseStore(join(dir, 'cases.db'));
  conv = createConversation({
    store,
    triage: createTriage(),
    answer: extractive,
    fullSection: (data) => fullSection(index, data),
    officers: OFFICERS,
    reannounceMinutes: 15,
    defaultProvince: 'quang-nam',
    logger,
    traits: appTraits,
  });
}, 60_000);

afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  store?.close();
  rmSync(dir, { recursive: true, force: true });
});

// --- generators -------------------------------------------------------------------------------

const VI_WORDS = [
  'tôi',
  'bị',
  'lừa',
  'bán',
  'sang',
  'Campuchia',
  'nạn nhân',
  'hỗ trợ',
  'công an',
  'giữ',
  'hộ chiếu',
  'cứu',
  'em',
  'gái',
  'làm việc',
  'lương cao',
  'Quảng Nam',
  'trách nhiệm',
  'kế hoạch',
  'đường dây',
];
const viSentence = fc.array(fc.constantFrom(...VI_WORDS), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '));
const invisible = fc.constantFrom(
  '\u200B',
  '\u200C',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '\u00AD',
  '\u202E',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\r',
  '\t',
  '\n',
);
const withNoise = fc.tuple(viSentence, fc.array(fc.tuple(fc.nat(200), invisible), { maxLength: 12 })).map(([s, inserts]) => {
  let out = s;
  for (const [at, ch] of inserts) out = out.slice(0, at % (out.length + 1)) + ch + out.slice(at % (out.length + 1));
  return out;
});
const nfd = viSentence.map((s) => s.normalize('NFD'));
const COMMANDS = [
  'nhan',
  'dong',
  'tl',
  'xem',
  'ghichu',
  'tra',
  'hangdoi',
  'thongke',
  'tinh',
  'start',
  'canbo',
  'xoa',
  'dongy',
  'maso',
  'trogiup',
  'help',
  'khong_co',
  'NHAN',
  'Dong',
];
const oddArg = fc.oneof(
  fc.constantFrom(
    '',
    'abc',
    '99999999999999999999',
    '#',
    '#1',
    '-1',
    '0',
    '1e5',
    '1.5',
    '  7  ',
    '\u0661\u0662',
    '1 ',
    '１２',
    '2 ' + 'x'.repeat(5000),
    'quang-nam',
    'Hà Nội',
    'null',
    'undefined',
    '<script>',
  ),
  fc.nat(50).map(String),
  fc.string({ maxLength: 40 }),
  fc.tuple(fc.nat(50), viSentence).map(([n, s]) => `${n} ${s}`),
);
const command = fc
  .tuple(fc.constantFrom(...COMMANDS), fc.constantFrom('', '@pcmbn_test_bot', '@other_bot'), oddArg)
  .map(([c, at, a]) => `/${c}${at}${a ? ` ${a}` : ''}`);
const text = fc.oneof(
  { weight: 3, arbitrary: viSentence },
  { weight: 2, arbitrary: withNoise },
  { weight: 1, arbitrary: nfd },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
  { weight: 3, arbitrary: command },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\u200B', '\n\n', '1', '2', '/', '//', '/ nhan 1') },
);
const callbackData = fc.oneof(
  fc.constantFrom(
    'claim:',
    'claim:abc',
    'claim:-1',
    'claim:1',
    'claim:2',
    'claim:99999999999999999999',
    'full:',
    'full:zzz',
    'province',
    'province:',
    'province:atlantis',
    'province:quang-nam',
    'officer',
    'erase',
    'consent',
    '',
    ':',
  ),
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.nat(20).map((n) => `claim:${n}`),
);

const channel = fc.constantFrom<Channel>('telegram', 'zalo', 'web');
// A few returning citizens (cases build up, officer commands find them), many new ones (the answerer runs), officers.
const user = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('1001', '1002', '1003', 'abc', '') },
  { weight: 4, arbitrary: fc.nat(100_000).map((n) => `u${n}`) },
  { weight: 1, arbitrary: fc.constantFrom('9001', 'zofficer', 'console') },
);

let seq = 0;
const message = fc
  .record({
    channel,
    userId: user,
    kind: fc.constantFrom<IncomingMessage['kind']>('text', 'text', 'text', 'callback', 'sticker', 'image', 'other'),
    text,
    callbackData,
    displayName: fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
    withId: fc.boolean(),
  })
  .map(
    ({ withId, ...m }): IncomingMessage => ({
      ...m,
      chatId: m.userId || 'empty',
      ...(withId ? { messageId: `f${++seq}` } : {}),
      receivedAt: Date.now(),
    }),
  );

// --- properties -------------------------------------------------------------------------------

function checkReplies(msg: IncomingMessage, out: OutgoingMessage[]): void {
  expect(Array.isArray(out)).toBe(true);
  // The sender always hears back (a reply, a refusal or a clear error), except a citizen whose case
  // an officer holds: then the message is relayed to that officer, who answers in person.
  const toSender = out.some((o) => o.to.channel === msg.channel && o.to.chatId === msg.chatId);
  const relayed = out.some((o) => o.kind === 'relay' && !(o.to.channel === msg.channel && o.to.chatId === msg.chatId));
  expect(toSender || relayed).toBe(true);
  for (const o of out) {
    expect(typeof o.text).toBe('string');
    if (!o.deleteMessageIds) expect(o.text.trim().length).toBeGreaterThan(0);
    for (const row of o.buttons ?? []) for (const b of row) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  }
}

describe('conversation under random input', () => {
  it('handles thousands of random messages without crashing and answers each sender', async () => {
    let handled = 0;
    await fc.assert(
      fc.asyncProperty(message, async (msg) => {
        const out = await conv.handle(msg);
        checkReplies(msg, out);
        handled++;
      }),
      { numRuns: 4000 },
    );
    expect(handled).toBe(4000);
    expect(errorLogs, errorLogs.slice(0, 3).join('\n')).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 120_000);

  it('answers 100 KB texts (reports, questions and commands)', async () => {
    const big = fc
      .tuple(fc.constantFrom('', '/tl 1 ', '/ghichu 1 ', '/dong 1 '), viSentence, fc.constantFrom('\u200B', ' ', 'ạ', '\u0301'))
      .map(([prefix, s, filler]) => (prefix + s + ' ').repeat(Math.ceil(100_000 / (s.length + 1))).slice(0, 100_000) + filler);
    await fc.assert(
      fc.asyncProperty(big, fc.boolean(), async (t, officer) => {
        const userId = officer ? '9001' : `big${++seq}`;
        const msg: IncomingMessage = {
          channel: 'telegram',
          chatId: userId,
          userId,
          kind: 'text',
          text: t,
          messageId: `big${++seq}`,
          receivedAt: Date.now(),
        };
        checkReplies(msg, await conv.handle(msg));
      }),
      { numRuns: 25 },
    );
    expect(errorLogs).toEqual([]);
    expect(unhandled).toEqual([]);
  }, 120_000);

  it('handles the same message id once, whatever the content', async () => {
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const msg = { ...m, messageId: `dup${++seq}` };
        await conv.handle(msg);
        expect(await conv.handle({ ...msg, text: 'xin chào' })).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
