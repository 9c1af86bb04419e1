import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openInbox } from '../../bot/inbox.js';
import { createApp } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { loadOrCreateKey } from '../../handlers/cases/crypto.js';
import type { IncomingMessage } from '../../handlers/types.js';
import { startFakeTelegram } from '../fakes/telegram-server.js';

const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'inbox-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const msg = (id: string, text: string, chatId = '42'): IncomingMessage => ({
  channel: 'telegram',
  chatId,
  userId: chatId,
  messageId: id,
  kind: 'text',
  text,
  receivedAt: 1,
});

describe('inbox', () => {
  it('keeps accepted messages until done, refuses a pending duplicate, and survives a reopen', () => {
    const file = join(tmp(), 'inbox.db');
    const key = randomBytes(32);
    const a = openInbox(file, { key });
    const first = a.accept(msg('1', 'tôi đang bị giữ ở một căn nhà'));
    expect(first).toBeTypeOf('number');
    expect(a.accept(msg('1', 'tôi đang bị giữ ở một căn nhà'))).toBeUndefined();
    const second = a.accept(msg('2', 'câu hỏi'));
    a.done(second!);
    a.close();

    const b = openInbox(file, { key });
    expect(b.pending().map((p) => p.msg.text)).toEqual(['tôi đang bị giữ ở một căn nhà']);
    b.close();
    // Encrypted at rest: the text is not in the file.
    expect(readFileSync(file).includes(Buffer.from('căn nhà'))).toBe(false);
  });

  it('replays a message left unfinished by a crashed run when the app starts', async () => {
    const dir = tmp();
    const { key } = loadOrCreateKey({ file: join(dir, 'encryption.key') });
    const left = openInbox(join(dir, 'inbox.db'), { key });
    left.accept(msg('9001', 'Nạn nhân được hỗ trợ những gì?', '777'));
    left.close();

    const tg = await startFakeTelegram();
    const app = await createApp(
      loadConfig({ DATA_DIR: dir, PORT: '0', TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.apiRoot }),
      createLogger({ level: 'silent' }),
      { tickMs: 3_600_000 },
    );
    try {
      const [reply] = await tg.waitForCalls('sendMessage', (c) => String(c.payload.chat_id) === '777', 10_000);
      expect(String(reply.payload.text)).toMatch(/›/);
    } finally {
      await app.stop();
      await tg.close();
    }
    const after = openInbox(join(dir, 'inbox.db'), { key });
    expect(after.pending()).toEqual([]);
    after.close();
  }, 30_000);
});
