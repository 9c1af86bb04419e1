import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openOutbox, type SendFn } from '../../bot/outbox.js';
import type { OutgoingMessage } from '../../handlers/types.js';

const dirs: string[] = [];
function tmpFile(): string {
  const d = mkdtempSync(join(tmpdir(), 'outbox-'));
  dirs.push(d);
  return join(d, 'outbox.db');
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function msg(chatId: string, text: string, caseId?: number): OutgoingMessage {
  return { to: { channel: 'telegram', chatId }, kind: 'notice', text, caseId };
}

describe('outbox', () => {
  it('sends in order per chat and records platform ids', async () => {
    const sent: string[] = [];
    const recorded: [string, string | undefined][] = [];
    const box = openOutbox(tmpFile(), { onSent: (m, id) => void recorded.push([m.text, id]) });
    box.enqueue([msg('1', 'a'), msg('1', 'b'), msg('2', 'c')]);
    let n = 0;
    const send: SendFn = async (m) => {
      sent.push(`${m.to.chatId}:${m.text}`);
      return { messageId: String(++n) };
    };
    await box.flush(() => send);
    expect(sent.filter((s) => s.startsWith('1:'))).toEqual(['1:a', '1:b']);
    expect(sent).toContain('2:c');
    expect(recorded.map((r) => r[0]).sort()).toEqual(['a', 'b', 'c']);
    expect(box.pendingCount()).toBe(0);
    box.close();
  });

  it('keeps a failed message and the later ones of that chat until a retry succeeds', async () => {
    let t = 1_000;
    const box = openOutbox(tmpFile(), { now: () => t, backoffMs: () => 500 });
    box.enqueue([msg('1', 'first'), msg('1', 'second'), msg('2', 'other')]);
    const sent: string[] = [];
    let down = true;
    const send: SendFn = async (m) => {
      if (down && m.to.chatId === '1') throw new Error('503');
      sent.push(m.text);
      return {};
    };
    await box.flush(() => send);
    expect(sent).toEqual(['other']);
    expect(box.pendingCount()).toBe(2);
    expect(box.nextDueAt()).toBe(1_500);

    down = false;
    await box.flush(() => send); // not due yet: nothing leaves
    expect(sent).toEqual(['other']);
    t = 1_500;
    await box.flush(() => send);
    expect(sent).toEqual(['other', 'first', 'second']);
    expect(box.pendingCount()).toBe(0);
    box.close();
  });

  it('survives a reopen: pending messages are sent after a restart, sent ones are not resent', async () => {
    const file = tmpFile();
    const first = openOutbox(file);
    first.enqueue([msg('1', 'delivered')]);
    await first.flush(() => async () => ({}));
    first.enqueue([msg('1', 'pending after crash')]);
    first.close();

    const second = openOutbox(file);
    const sent: string[] = [];
    await second.flush(() => async (m) => {
      sent.push(m.text);
      return {};
    });
    expect(sent).toEqual(['pending after crash']);
    second.close();
  });

  it('does not send the same row twice when flushes overlap', async () => {
    const box = openOutbox(tmpFile());
    box.enqueue([msg('1', 'once')]);
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const send: SendFn = async () => {
      calls++;
      await gate;
      return {};
    };
    const a = box.flush(() => send);
    const b = box.flush(() => send);
    release();
    await Promise.all([a, b]);
    expect(calls).toBe(1);
    box.close();
  });

  it('drops the text of a message once it is sent', async () => {
    const file = tmpFile();
    const box = openOutbox(file);
    box.enqueue([msg('1', 'bí mật của người tố giác')]);
    await box.flush(() => async () => ({ messageId: '9' }));
    box.close();
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT payload, status, message_id FROM outbox').all();
    db.close();
    expect(rows).toEqual([{ payload: null, status: 'sent', message_id: '9' }]);
  });
});
