// The officer console as `npm start` composes it, on a phone (390×844) and a laptop (1366×768): the conversation
// follows the newest message unless the officer scrolled up, notices show what the citizen wrote and never a
// chat-app command, unread counts and an urgent case mark the tab title and (when turned on) ring, and a closed
// case offers no reply, note or close form. Screenshots go to test/artifacts/.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, useAppAndBrowser } from './browser.js';

const PASSWORD = 'mat-khau-bang-dieu-khien-e2e';
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
];
const BASE_TITLE = 'Bảng điều khiển cán bộ';
const DANGER = 'Cứu tôi với, tôi đang bị nhốt, họ không cho tôi về';
/** A slash command as a chat app takes it (e.g. "/tl 4 <nội dung>"); the console must never show one. */
const COMMAND_SYNTAX = /\/(tl|nhan|ghichu|tra|dong|xem|xuat|hangdoi|thongke|tailieu)\b/;

/** Counts what the page asks of the Web Audio API, so the test can tell a silent console from a ringing one. */
function stubAudio(): void {
  const w = window as unknown as { __audio: { created: number; tones: number }; AudioContext: unknown };
  w.__audio = { created: 0, tones: 0 };
  w.AudioContext = class {
    state = 'running';
    currentTime = 0;
    destination = {};
    constructor() {
      w.__audio.created++;
    }
    resume() {
      return Promise.resolve();
    }
    createGain() {
      return { gain: { value: 0 }, connect() {} };
    }
    createOscillator() {
      return { frequency: { value: 0 }, connect() {}, start: () => w.__audio.tones++, stop() {} };
    }
  };
}

describe.skipIf(!hasChromium)('officer console', () => {
  const suite = useAppAndBrowser('console', PASSWORD, { watchKnowledge: false });
  const errors: string[] = [];

  async function open(viewport: { width: number; height: number }, path = ''): Promise<Page> {
    const page = await (await suite.browser.newContext({ viewport, locale: 'vi-VN' })).newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.addInitScript(stubAudio);
    await page.goto(suite.app.url + path);
    return page;
  }

  async function citizen(): Promise<Page> {
    return open({ width: 390, height: 844 });
  }

  async function say(page: Page, text: string): Promise<void> {
    await page.getByLabel('Tin nhắn').fill(text);
    await page.getByLabel('Tin nhắn').press('Enter');
  }

  /** A case opened with "Gặp cán bộ"; returns its number. */
  async function askOfficer(page: Page): Promise<string> {
    await page.locator('#officer').click();
    const ack = page.locator('.msg.kind-case').first();
    await ack.waitFor();
    return /#(\d+)/.exec((await ack.textContent()) ?? '')![1];
  }

  async function officer(viewport: { width: number; height: number }, name: string): Promise<Page> {
    const page = await open(viewport, '/console');
    // No named accounts here: the single officer gives a name and the shared password, and the form says so.
    expect(await page.locator('main').textContent()).not.toContain('dùng một lần');
    await page.getByLabel('Họ tên cán bộ').fill(name);
    await page.getByLabel('Mật khẩu chung của bảng điều khiển').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.locator('#who', { hasText: name }).waitFor();
    return page;
  }

  const atNewest = (page: Page) => page.$eval('#thread', (box) => box.scrollHeight - box.scrollTop - box.clientHeight <= 2);
  const threadTop = (page: Page) => page.$eval('#thread', (box) => box.scrollTop);
  const queueEntry = (page: Page, n: string) => page.locator('#queue button', { hasText: `#${n} ` });

  for (const vp of VIEWPORTS) {
    it(`follows the newest message unless the officer scrolled up, and hides a closed case's forms (${vp.name})`, async () => {
      const person = await citizen();
      const n = await askOfficer(person);
      const page = await officer(vp, `Cán bộ ${vp.name}`);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await queueEntry(page, n).click();
      await page.getByRole('button', { name: 'Nhận xử lý' }).click();
      await page.locator('#case-meta', { hasText: `cán bộ xử lý: Cán bộ ${vp.name}` }).waitFor();
      expect(await page.locator('#reply-form').isVisible()).toBe(true);
      expect(await page.locator('#note-form').isVisible()).toBe(true);
      expect(await page.locator('#close-form').isVisible()).toBe(true);

      // Enough notes that the conversation scrolls; each new one is in view.
      for (let i = 1; i <= 6; i++) {
        await page
          .getByLabel('Ghi chú nội bộ (người dân không thấy)')
          .fill(`Ghi chú ${i}: ${'đã liên hệ công an xã, đang chờ phản hồi. '.repeat(5)}`);
        await page.getByRole('button', { name: 'Lưu ghi chú' }).click();
        await page.locator('#thread li.note', { hasText: `Ghi chú ${i}:` }).waitFor();
      }
      expect(await page.$eval('#thread', (box) => box.scrollHeight > box.clientHeight)).toBe(true);
      expect(await atNewest(page)).toBe(true);

      // Reading the newest message: a citizen's message arrives in view, and its notice shows the words.
      await say(person, 'Họ vừa chuyển em tôi sang một căn nhà khác ở gần chợ.');
      await page.locator('#thread li.citizen', { hasText: 'gần chợ' }).waitFor();
      expect(await atNewest(page)).toBe(true);
      const notice = page.locator('#notices li', { hasText: 'gần chợ' });
      await notice.waitFor();
      expect(await notice.textContent()).toContain(`#${n}`);

      // Scrolled up to read: the place is kept and a "Tin mới" control offers the way down.
      await page.$eval('#thread', (box) => {
        box.scrollTop = 0;
      });
      await say(person, 'Tôi có ảnh chụp biển số xe của họ.');
      await page.locator('#thread li.citizen', { hasText: 'biển số xe' }).waitFor();
      const jump = page.getByRole('button', { name: 'Tin mới' });
      await jump.waitFor();
      expect(await threadTop(page)).toBe(0);
      expect(await atNewest(page)).toBe(false);
      await page.locator('.thread-box').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}console-new-message-${vp.name}.png` });
      await jump.click();
      expect(await atNewest(page)).toBe(true);
      await jump.waitFor({ state: 'hidden' });

      // The other commands are buttons; what they show carries no chat-app syntax, and nothing prompts.
      await page.getByRole('button', { name: 'Thống kê' }).click();
      await page.locator('#command-output', { hasText: 'Thống kê' }).waitFor();
      expect(dialogs).toEqual([]);
      expect(await page.locator('body').textContent()).not.toMatch(COMMAND_SYNTAX);
      expect(await page.locator('#notices').textContent()).not.toMatch(COMMAND_SYNTAX);

      // Closed: the case stays on screen without reply, note or close forms.
      await page.getByLabel('Kết quả xử lý (bắt buộc khi đóng hồ sơ)').fill('Đã chuyển công an huyện xử lý.');
      await page.getByRole('button', { name: 'Đóng hồ sơ' }).click();
      await page.locator('#case-meta', { hasText: 'Đã đóng' }).waitFor();
      for (const form of ['#reply-form', '#note-form', '#close-form']) expect(await page.locator(form).isVisible()).toBe(false);
      expect(await page.getByLabel('Trả lời người báo tin').isVisible()).toBe(false);
      await page.screenshot({ path: `${ARTIFACTS}console-closed-${vp.name}.png`, fullPage: true });
      expect(errors).toEqual([]);
    }, 90_000);
  }

  it('counts unread messages per case and in total, marks an urgent case in the tab title and rings only when turned on', async () => {
    const page = await officer(VIEWPORTS[1], 'Cán bộ Trực');
    expect(await page.title()).toBe(BASE_TITLE);
    expect(await page.getByLabel('Phát âm báo khi có vụ việc khẩn cấp mới').isChecked()).toBe(false);

    // An urgent case with the sound off: the title and the queue say so, nothing touches the audio.
    const first = await citizen();
    await say(first, DANGER);
    await first.locator('.msg.kind-emergency, .msg.kind-case').first().waitFor();
    await page.waitForFunction(() => document.title.startsWith('(1) KHẨN – '));
    expect(await page.title()).toBe(`(1) KHẨN – ${BASE_TITLE}`);
    const urgentNumber = /#(\d+)/.exec((await page.locator('#queue button', { hasText: 'Khẩn cấp' }).first().textContent()) ?? '')![1];
    expect(await queueEntry(page, urgentNumber).locator('.badge.unread').textContent()).toBe('1 tin mới');
    expect(await page.locator('#unread-total').textContent()).toBe('1 tin chưa đọc');
    const notice = page.locator('#notices li', { hasText: 'nhốt' });
    await notice.waitFor();
    expect(await notice.textContent()).not.toMatch(COMMAND_SYNTAX);
    await page.screenshot({ path: `${ARTIFACTS}console-urgent.png` });
    expect(await page.evaluate(() => (window as unknown as { __audio: { created: number } }).__audio.created)).toBe(0);

    // Opening it from the notice reads it; the officer takes it.
    await notice.getByRole('button', { name: `Mở hồ sơ #${urgentNumber}` }).click();
    await page.locator('#case-title', { hasText: `Hồ sơ #${urgentNumber}` }).waitFor();
    await page.waitForFunction((t) => document.title === t, BASE_TITLE);
    expect(await page.locator('#unread-total').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Nhận xử lý' }).click();
    await page.locator('#case-meta', { hasText: 'cán bộ xử lý: Cán bộ Trực' }).waitFor();

    // While another case is on screen, the held urgent case counts each message from its citizen.
    const second = await citizen();
    const other = await askOfficer(second);
    await queueEntry(page, other).locator('.badge.unread').waitFor();
    await page.waitForFunction((t) => document.title === `(1) ${t}`, BASE_TITLE);
    await queueEntry(page, other).click();
    await page.locator('#case-title', { hasText: `Hồ sơ #${other}` }).waitFor();
    await say(first, 'Tôi đang ở tầng hai.');
    await first.locator('.msg.user', { hasText: 'tầng hai' }).waitFor();
    await say(first, 'Họ sắp quay lại.');
    await page.locator('#notices li', { hasText: 'sắp quay lại' }).waitFor();
    await page.waitForFunction(() => document.getElementById('unread-total')?.textContent === '2 tin chưa đọc');
    expect(await queueEntry(page, urgentNumber).locator('.badge.unread').textContent()).toBe('2 tin mới');
    expect(await queueEntry(page, other).locator('.badge.unread').count()).toBe(0);

    // Sound on is remembered after a reload; after the officer's first click a new urgent case rings.
    await page.getByLabel('Phát âm báo khi có vụ việc khẩn cấp mới').check();
    await page.reload();
    await page.locator('#who', { hasText: 'Cán bộ Trực' }).waitFor();
    expect(await page.getByLabel('Phát âm báo khi có vụ việc khẩn cấp mới').isChecked()).toBe(true);
    expect(await page.locator('#unread-total').textContent()).toBe('2 tin chưa đọc');
    await page.locator('h1').click();
    const third = await citizen();
    await say(third, DANGER);
    await page.waitForFunction(() => (window as unknown as { __audio: { tones: number } }).__audio.tones > 0);
    expect(await page.title()).toMatch(/^\(3\) KHẨN – /);
    expect(errors).toEqual([]);
  }, 90_000);
});
