// A burst of new cases: after the first few the server announces them together, naming none, yet each case
// that came into the queue waiting for an officer shows as unread in the console, as a case announced alone does.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodePayload } from '../../handlers/payload.js';
import { hasChromium, useAppAndBrowser } from './browser.js';

const PASSWORD = 'mat-khau-bang-dieu-khien-burst';
const DANGER = 'Cứu tôi với, tôi đang bị nhốt, họ không cho tôi về';

describe.skipIf(!hasChromium)('officer console during a burst of cases', () => {
  // One case a minute is announced on its own: the second starts a burst, later ones wait for the summary.
  const suite = useAppAndBrowser('console-burst', PASSWORD, { watchKnowledge: false }, { CASE_BURST_PER_MINUTE: '1' });
  let n = 0;

  /** A citizen of the web chat who sends one message (text or button); resolves once the bot has taken it. */
  async function citizenSends(body: { text: string } | { callbackData: string }): Promise<void> {
    const page = await fetch(`${suite.app.url}/`);
    const cookie = (page.headers.getSetCookie().find((c) => c.startsWith('pcmbn_sid=')) ?? '').split(';')[0];
    const res = await fetch(`${suite.app.url}/api/chat`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ id: `burst-message-${++n}`, ...body }),
    });
    expect(res.status).toBe(200);
  }

  const unreadBadges = (page: Page) => page.locator('#queue button .badge.unread');

  it('counts every waiting case of the burst as unread, in the queue and in total', async () => {
    const page = await (await suite.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' })).newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.app.url}/console`);
    await page.getByLabel('Họ tên cán bộ').fill('Cán bộ Trực');
    await page.getByLabel('Mật khẩu chung của bảng điều khiển').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('#who', { hasText: 'Cán bộ Trực' }).waitFor();

    // Announced alone, then the burst alert (no case named), then one held for the summary.
    const meet = encodePayload({ kind: 'officer' });
    for (let i = 0; i < 3; i++) await citizenSends({ callbackData: meet });
    await page.locator('#notices li', { hasText: 'tăng bất thường' }).waitFor();
    // An urgent case is still announced at once; by then the queue holds all four.
    await citizenSends({ text: DANGER });
    await page.waitForFunction(() => document.querySelectorAll('#queue button').length === 4);
    await page.waitForFunction(() => document.getElementById('unread-total')?.textContent === '4 tin chưa đọc');
    expect(await unreadBadges(page).count()).toBe(4);
    expect(await unreadBadges(page).allTextContents()).toEqual(['1 tin mới', '1 tin mới', '1 tin mới', '1 tin mới']);
    expect(await page.title()).toMatch(/^\(4\) KHẨN – /);

    // Reading one lowers the count by one; a reload keeps the rest.
    await page.locator('#queue button').last().click();
    await page.waitForFunction(() => document.getElementById('unread-total')?.textContent === '3 tin chưa đọc');
    await page.reload();
    await page.locator('#who', { hasText: 'Cán bộ Trực' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#queue button').length === 4);
    expect(await page.locator('#unread-total').textContent()).toBe('3 tin chưa đọc');
    expect(errors).toEqual([]);
  }, 90_000);
});
