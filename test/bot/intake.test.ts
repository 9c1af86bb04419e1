import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIntake, type Intake } from '../../bot/intake.js';
import type { Delivery } from '../../bot/delivery.js';
import { createLogger } from '../../bot/logger.js';
import type { Conversation, IncomingMessage } from '../../handlers/types.js';

// The intake is the one place every channel's messages are deduped and put in order per chat.

const dirs: string[] = [];
const intakes: Intake[] = [];
afterEach(() => {
  for (const i of intakes.splice(0)) i.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A conversation whose handling of each message ends only when the test releases it. */
function heldConversation() {
  const started: string[] = [];
  const release = new Map<string, () => void>();
  const waiters = new Set<() => void>();
  const conversation = {
    officers: { isOfficerActor: () => false },
    handle: (msg: IncomingMessage) =>
      new Promise((resolve) => {
        started.push(msg.text ?? '');
        release.set(msg.text ?? '', () => resolve([]));
        for (const w of [...waiters]) w();
      }),
  } as unknown as Conversation & { officers: { isOfficerActor(): boolean } };
  const startedAll = (texts: string[]) =>
    new Promise<void>((resolve) => {
      const check = () => texts.every((t) => started.includes(t)) && (waiters.delete(check), resolve());
      if (!check()) waiters.add(check);
    });
  return { conversation, started, startedAll, release: (text: string) => release.get(text)!() };
}

function intakeWith(conversation: Conversation & { officers: { isOfficerActor(): boolean } }): Intake {
  const dir = mkdtempSync(join(tmpdir(), 'intake-'));
  dirs.push(dir);
  const delivery = { queueAndSend: async () => undefined } as unknown as Delivery;
  const intake = createIntake({
    dataDir: dir,
    key: randomBytes(32),
    conversation,
    classify: () => 'question',
    delivery,
    rateLimit: false,
    logger: createLogger({ level: 'silent' }),
  });
  intakes.push(intake);
  return intake;
}

const msg = (chatId: string, messageId: string, text: string): IncomingMessage => ({
  channel: 'zalo',
  chatId,
  userId: chatId,
  messageId,
  kind: 'text',
  text,
  receivedAt: 1,
});

describe('intake', () => {
  it('handles one chat in order while other chats go ahead', async () => {
    const held = heldConversation();
    const intake = intakeWith(held.conversation);
    const a1 = intake.onMessage(msg('a', '1', 'a1'));
    void intake.onMessage(msg('a', '2', 'a2'));
    void intake.onMessage(msg('b', '3', 'b1'));
    await held.startedAll(['a1', 'b1']);
    // a2 waits for a1, b1 did not.
    expect(held.started).toEqual(['a1', 'b1']);
    held.release('a1');
    await a1;
    await held.startedAll(['a2']);
    held.release('a2');
    held.release('b1');
    await intake.settled();
    expect(held.started).toEqual(['a1', 'b1', 'a2']);
  });

  it('drops a redelivery of a message it holds, also with a stand-in id', async () => {
    const held = heldConversation();
    const intake = intakeWith(held.conversation);
    void intake.onMessage(msg('a', '7', 'một'));
    void intake.onMessage(msg('a', '7', 'một'));
    const standIn = 'message.text.received:hQUJDRA';
    void intake.onMessage(msg('a', standIn, 'hai'));
    void intake.onMessage(msg('a', standIn, 'hai'));
    await held.startedAll(['một']);
    held.release('một');
    await held.startedAll(['hai']);
    held.release('hai');
    await intake.settled();
    expect(held.started).toEqual(['một', 'hai']);
  });
});

describe('intake and durable storage', () => {
  /** `sync` is the group commit; `storesOnHandle`: handling writes to the case store (moves the write mark). */
  function setupWithSync(sync: () => Promise<void>, storesOnHandle = true) {
    let writes = 0;
    const dir = mkdtempSync(join(tmpdir(), 'intake-'));
    dirs.push(dir);
    const queued: string[] = [];
    const handled: string[] = [];
    const conversation = {
      officers: { isOfficerActor: () => false },
      handle: async (m: IncomingMessage) => {
        handled.push(m.text ?? '');
        if (storesOnHandle) writes++;
        return [{ to: { channel: m.channel, chatId: m.chatId }, kind: 'case', text: 'Đã nhận #1' }];
      },
    } as unknown as Conversation & { officers: { isOfficerActor(): boolean } };
    const delivery = {
      queueAndSend: async (outs: { text: string }[]) => void queued.push(...outs.map((o) => o.text)),
    } as unknown as Delivery;
    const open = () => {
      const intake = createIntake({
        dataDir: dir,
        key: KEY,
        conversation,
        classify: () => 'report',
        delivery,
        rateLimit: false,
        logger: createLogger({ level: 'silent' }),
        sync: {
          trackWrites: async (work) => {
            const before = writes;
            const value = await work();
            return { value, wrote: writes !== before };
          },
          durable: sync,
        },
      });
      intakes.push(intake);
      return intake;
    };
    return { open, queued, handled };
  }
  const KEY = randomBytes(32);

  it('queues no reply before what handling stored is on disk', async () => {
    let synced!: () => void;
    const syncing = new Promise<void>((r) => (synced = r));
    let asked = 0;
    const t = setupWithSync(() => (asked++, syncing));
    const done = t.open().onMessage(msg('c1', 'm1', 'Tôi muốn báo tin'));
    await vi.waitFor(() => expect(asked).toBe(1));
    expect(t.handled).toEqual(['Tôi muốn báo tin']);
    expect(t.queued).toEqual([]);
    synced();
    await done;
    expect(t.queued).toEqual(['Đã nhận #1']);
  });

  it('does not hold a reply whose handling stored nothing behind the sync of other commits', async () => {
    let asked = 0;
    const t = setupWithSync(() => (asked++, new Promise<void>(() => undefined)), false);
    await t.open().onMessage(msg('c1', 'm1', 'Nạn nhân được hỗ trợ gì?'));
    expect(asked).toBe(0);
    expect(t.queued).toEqual(['Đã nhận #1']);
  });

  it('sends nothing when the disk refuses the sync, and keeps the message for the next start', async () => {
    let fail = true;
    const t = setupWithSync(() => (fail ? Promise.reject(new Error('EIO')) : Promise.resolve()));
    const first = t.open();
    await first.onMessage(msg('c1', 'm1', 'Tôi muốn báo tin'));
    expect(t.queued).toEqual([]);
    first.close();
    intakes.splice(intakes.indexOf(first), 1);
    fail = false;
    const next = t.open();
    next.replayUnfinished();
    await next.settled();
    expect(t.handled).toEqual(['Tôi muốn báo tin', 'Tôi muốn báo tin']);
    expect(t.queued).toEqual(['Đã nhận #1']);
  });
});
