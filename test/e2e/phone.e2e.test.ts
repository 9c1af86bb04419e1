// The product as `npm start` composes it, on a phone-sized screen (390×844): a frightened citizen, a busy
// official and an officer. Each step saves a screenshot under test/artifacts/ (the README's come from here).
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS, hasChromium, useAppAndBrowser } from './browser.js';

const PHONE = { width: 390, height: 844 };
const PASSWORD = 'mat-khau-dien-thoai-e2e';

/** True when the whole element is inside the visible screen (no scrolling needed to read it). */
async function onFirstScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const view = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= view.height && box.height > 0;
}

describe.skipIf(!hasChromium)('on a phone', () => {
  const suite = useAppAndBrowser('phone', PASSWORD, { watchKnowledge: false });
  const errors: string[] = [];

  async function phonePage(): Promise<Page> {
    const page = await (await suite.browser.newContext({ viewport: PHONE, locale: 'vi-VN', hasTouch: true, isMobile: true })).newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(suite.app.url);
    return page;
  }

  async function say(page: Page, text: string): Promise<void> {
    await page.getByLabel('Tin nhắn').fill(text);
    await page.getByLabel('Tin nhắn').press('Enter');
  }

  it('answers with the direct answer and the labelled source on the first screen, quotes folded', async () => {
    const page = await phonePage();
    await say(page, 'Hồ sơ đề nghị hỗ trợ học nghề, trợ cấp khó khăn ban đầu cho nạn nhân gồm những gì?');
    const answer = page.locator('.msg.kind-answer').first();
    await answer.waitFor();
    const firstSource = answer.locator('.source').first();
    expect(await firstSource.locator('.source-label').textContent()).toMatch(/Điều \d+\. \S/);
    // Direct answer and its source label without scrolling; the input stays on screen.
    expect(await onFirstScreen(page, answer.locator('.text').first())).toBe(true);
    expect(await onFirstScreen(page, firstSource.locator('summary'))).toBe(true);
    expect(await onFirstScreen(page, page.getByLabel('Tin nhắn'))).toBe(true);
    // Quotes are folded under their labels until asked for (only an answer that merely introduces its quotes
    // shows the first one open).
    const folded = answer.locator('.source details').nth(1);
    expect(await folded.getAttribute('open')).toBeNull();
    const quote = folded.locator('.quote').first();
    expect(await quote.isVisible()).toBe(false);
    await page.screenshot({ path: `${ARTIFACTS}phone-answer.png` });
    await folded.locator('summary').click();
    await quote.waitFor({ state: 'visible' });
    expect(await quote.textContent()).toMatch(/^«.+»$/s);
    await page.screenshot({ path: `${ARTIFACTS}phone-answer-open.png` });

    // "Xem toàn văn" shows the whole article under its own label, not "[1]".
    await firstSource.getByRole('button', { name: 'Xem toàn văn' }).click();
    const full = page.locator('.msg.kind-answer').nth(1);
    await full.waitFor();
    const title = (await full.locator('.full-title').textContent()) ?? '';
    expect(title).toMatch(/Điều \d+\. \S/);
    expect(await full.textContent()).not.toContain('[1]');
    expect(await onFirstScreen(page, full.locator('.full-title'))).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}phone-full-text.png` });
  });

  it('applies a province as soon as it is chosen and shows it again after a reload', async () => {
    const page = await phonePage();
    const select = page.getByLabel('Tỉnh/thành của bạn');
    const chosen = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(chosen!);
    // No button to press: the choice is applied and confirmed at once.
    await page.locator('.msg.bot', { hasText: 'Đã chọn' }).waitFor();
    await page.screenshot({ path: `${ARTIFACTS}phone-province.png` });
    await page.reload();
    expect(await page.getByLabel('Tỉnh/thành của bạn').inputValue()).toBe(chosen);
    // Web help speaks of the page's controls, never of chat-app commands.
    await say(page, '/trogiup');
    const help = page.locator('.msg.bot', { hasText: 'Bạn có thể' });
    await help.waitFor();
    expect(await help.textContent()).not.toMatch(/\/(tinh|canbo|xoa|lienhe)\b/);
  });

  it('a relative reports a ransom demand, then asks whether to pay: advice for the family, then an answer about money', async () => {
    const page = await phonePage();
    await say(page, 'Em trai tôi đi làm bên kia biên giới, giờ có người gọi về bắt nhà tôi chuyển tiền chuộc mới thả nó về');
    const ack = page.locator('.msg.kind-case, .msg.kind-emergency').first();
    await ack.waitFor();
    const first = (await ack.textContent()) ?? '';
    // Advice for the family facing the demand, not for a captive; the numbers are tap-to-call links.
    expect(first).toContain('Đừng chuyển tiền');
    expect(first).toContain('số tài khoản');
    expect(first).not.toContain('người giữ hoặc ép bạn');
    expect(await ack.locator('a[href="tel:113"]').count()).toBeGreaterThan(0);
    // A long reply is shown from its top.
    expect((await ack.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: `${ARTIFACTS}phone-ransom.png` });

    await say(page, 'tôi có nên chuyển tiền cho họ không? tôi sợ lắm');
    const answer = page.locator('.msg.bot', { hasText: 'Bạn đừng chuyển tiền cho họ' });
    await answer.waitFor();
    const text = (await answer.textContent()) ?? '';
    expect(text).not.toBe(first);
    expect(text).toContain('Mình hiểu bạn đang rất lo sợ');
    expect(await answer.locator('a[href="tel:113"]').count()).toBeGreaterThan(0);
    const box = (await answer.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(PHONE.height);
    await page.screenshot({ path: `${ARTIFACTS}phone-ransom-money.png` });
    expect(errors).toEqual([]);
  });

  it('clears a report from the device: case number once, then nothing of it after a reload', async () => {
    const page = await phonePage();
    await say(page, 'Em gái tôi đi làm ở biên giới, giờ có người gọi về đòi tiền chuộc mới thả em ra');
    const ack = page.locator('.msg.kind-case, .msg.kind-emergency').first();
    await ack.waitFor();
    const number = /#(\d+)/.exec((await ack.textContent()) ?? '')![1];
    // Every phone number is a tap-to-call link; the header's hotline buttons are big enough for a thumb.
    expect(await ack.locator('a[href="tel:113"]').count()).toBeGreaterThan(0);
    for (const call of await page.locator('header a.call').all()) {
      const box = (await call.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await page.screenshot({ path: `${ARTIFACTS}phone-report.png` });

    await ack.getByRole('button', { name: 'Xoá khỏi máy này' }).click();
    const last = page.locator('.msg.final');
    await last.waitFor();
    expect(await last.textContent()).toContain(`#${number}`);
    expect(await page.locator('#log').textContent()).not.toContain('tiền chuộc');
    await page.screenshot({ path: `${ARTIFACTS}phone-cleared.png` });

    await page.reload();
    await page.locator('#log .hint').waitFor();
    // The new session is live (its reply arrives), and nothing of the old one came back.
    await say(page, 'xin chào');
    await page.locator('.msg.bot').first().waitFor();
    const text = (await page.locator('#log').textContent()) ?? '';
    expect(text).not.toContain('tiền chuộc');
    expect(text).not.toContain(`#${number}`);
    expect(errors).toEqual([]);
  });
});
