// "Xoá khỏi máy này" on the web chat, against the app as `npm start` composes it: after the erase, no replay
// of the old session (same cookie, a reconnect with Last-Event-ID, or the new session) carries the report,
// the old cookie is replaced, and the conversation goes on under a new session.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';
import { openSse } from './sse-client.js';

const REPORT = 'Em gái tôi bị một người quen đưa qua biên giới, giờ họ gọi điện đòi tiền chuộc, điện thoại số 0912 345 678';

describe('clearing the web chat from a device', () => {
  let app: App;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'clear-device-'));
    app = await createApp(
      loadConfig({ DATA_DIR: dir, PORT: '0', OFFICER_WEB_PASSWORD: 'mat-khau-xoa-thiet-bi' }),
      createLogger({ level: 'silent' }),
      {
        tickMs: 3_600_000,
        watchKnowledge: false,
      },
    );
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (cookie: string, body: object) =>
    fetch(`${app.url}/api/chat`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const sessionCookie = (res: Response) =>
    res.headers
      .getSetCookie()
      .find((c) => c.startsWith('pcmbn_sid='))
      ?.split(';')[0];

  /** Everything a page opening /api/events with this cookie (and optionally a Last-Event-ID) is sent at once. */
  async function replay(cookie: string, lastEventId?: string): Promise<string> {
    const res = await fetch(`${app.url}/api/events`, { headers: { cookie, ...(lastEventId ? { 'last-event-id': lastEventId } : {}) } });
    const reader = res.body!.getReader();
    const { value } = await reader.read();
    await reader.cancel();
    return new TextDecoder().decode(value);
  }

  it('removes the report from every replay, ends the old session and starts a new one', async () => {
    const cookie = sessionCookie(await fetch(`${app.url}/`))!;
    const stream = await openSse(`${app.url}/api/events`, { cookie });
    expect((await post(cookie, { id: 'report-message-1', text: REPORT })).status).toBe(200);
    const ack = await stream.next((e) => e.event === 'bot' && /#\d+/.test(e.data.text));
    const caseNumber = /#(\d+)/.exec(ack.data.text)![1];
    expect(ack.data.buttons.flat()).toContainEqual({ label: 'Xoá khỏi máy này', data: 'erase' });
    expect(await replay(cookie)).toContain('đòi tiền chuộc');

    const erase = await post(cookie, { id: 'erase-message-1', callbackData: 'erase', label: 'Xoá khỏi máy này' });
    expect(erase.status).toBe(200);
    const fresh = sessionCookie(erase);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(cookie);

    // The open page is told the case number one last time, then its stream ends.
    const end = await stream.next((e) => e.event === 'end');
    expect(end.data.text).toContain(`#${caseNumber}`);
    expect(end.data.text).not.toContain('tiền chuộc');
    await stream.ended;

    // Nothing of the old conversation is replayed: not to the old cookie, not to a reconnect, not to the new session.
    for (const text of [await replay(cookie), await replay(cookie, '1'), await replay(fresh!)]) {
      expect(text).not.toContain('tiền chuộc');
      expect(text).not.toContain('0912 345 678');
      expect(text).not.toContain(`#${caseNumber}`);
    }
    // The old cookie is replaced wherever it shows up again.
    const page = await fetch(`${app.url}/`, { headers: { cookie } });
    expect(sessionCookie(page)).toBeDefined();
    expect(sessionCookie(page)).not.toBe(cookie);
    expect(await page.text()).not.toContain('tiền chuộc');

    // The new session is a conversation of its own: not in the old case any more.
    const again = await openSse(`${app.url}/api/events`, { cookie: fresh! });
    expect((await post(fresh!, { id: 'after-erase-question', text: 'xin chào' })).status).toBe(200);
    const reply = await again.next((e) => e.event === 'bot');
    expect(reply.data.text).not.toContain(`#${caseNumber}`);
    again.close();
  });
});
