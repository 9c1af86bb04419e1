// Browser test: Debian chromium driven by playwright-core through a whole case on the web chat and the console.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ARTIFACTS, hasChromium, launchBrowser } from './browser.js';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import { createFakeConversation, wire } from '../web/fake-conversation.js';

const PASSWORD = 'mat-khau-e2e-123';

describe.skipIf(!hasChromium)('web chat and officer console in a browser', () => {
  let server: WebServer;
  let base: string;
  let browser: Browser;
  const conv = createFakeConversation();

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const w = wire(conv, () => server);
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: conv,
      onMessage: w.onMessage,
      deliver: w.deliver,
      consolePassword: PASSWORD,
      logger: createLogger({ level: 'silent' }),
    });
    base = await server.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('citizen asks and reports, officer claims, replies and closes', async () => {
    const citizen = await (await browser.newContext({ viewport: { width: 400, height: 820 }, locale: 'vi-VN' })).newPage();
    citizen.setDefaultTimeout(8000);
    const errors: string[] = [];
    citizen.on('pageerror', (e) => errors.push(e.message));
    await citizen.goto(base);
    expect(await citizen.locator('.hotline').textContent()).toContain('113');

    // A question sent with the keyboard: answer with an expandable citation.
    await citizen.getByLabel('Tin nhắn').fill('Ai tiếp nhận nạn nhân bị mua bán?');
    await citizen.getByLabel('Tin nhắn').press('Enter');
    const answer = citizen.locator('.msg.kind-answer').first();
    await answer.waitFor();
    expect(await answer.textContent()).toContain('Ai tiếp nhận nạn nhân');
    expect(await citizen.evaluate(() => document.activeElement?.id)).toBe('msg');
    expect(await answer.locator('.sources .source').first().textContent()).toContain('KH Quảng Nam 2024');

    // Province selector posts province:<slug> as soon as it is chosen.
    await citizen.getByLabel('Tỉnh/thành của bạn').selectOption('soc-trang');
    await citizen.locator('.msg.bot', { hasText: 'Đã chọn tỉnh: soc-trang' }).waitFor();

    // "Gặp cán bộ" opens a case.
    await citizen.locator('#officer').click();
    await citizen.locator('.msg.kind-case', { hasText: 'Đã tiếp nhận' }).waitFor();
    await citizen.getByLabel('Tin nhắn').fill('Em gái tôi bị dụ sang biên giới làm việc, giờ mất liên lạc.');
    await citizen.getByRole('button', { name: 'Gửi', exact: true }).click();
    await citizen.locator('.msg.user', { hasText: 'mất liên lạc' }).waitFor();

    // Officer logs in and sees the case in the queue.
    const officer = await (await browser.newContext({ viewport: { width: 1200, height: 860 }, locale: 'vi-VN' })).newPage();
    officer.setDefaultTimeout(8000);
    officer.on('pageerror', (e) => errors.push(e.message));
    await officer.goto(`${base}/console`);
    await officer.getByLabel('Họ tên cán bộ').fill('Cán bộ Lan');
    await officer.getByLabel('Mật khẩu').fill(PASSWORD);
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.locator('#who', { hasText: 'Cán bộ Lan' }).waitFor();
    const entry = officer.locator('#queue button', { hasText: '#1' });
    await entry.waitFor();
    await entry.click();
    await officer.locator('#case-title', { hasText: 'Hồ sơ #1' }).waitFor();
    await officer.locator('#thread li.citizen', { hasText: 'mất liên lạc' }).waitFor();

    await officer.getByRole('button', { name: 'Nhận xử lý' }).click();
    await officer.locator('#case-meta', { hasText: 'cán bộ xử lý: Cán bộ Lan' }).waitFor();
    await citizen.locator('.msg.bot', { hasText: 'Một cán bộ đã nhận hồ sơ' }).waitFor();

    // Two-way relay; the console updates live when the citizen writes.
    await officer.getByLabel('Trả lời người báo tin').fill('Chào bạn, bạn có biết địa chỉ cuối cùng của em gái không?');
    await officer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await citizen.locator('.msg.kind-relay', { hasText: 'địa chỉ cuối cùng' }).waitFor();
    await citizen.getByLabel('Tin nhắn').fill('Ở gần cửa khẩu, tôi gửi số điện thoại sau.');
    await citizen.getByLabel('Tin nhắn').press('Enter');
    await officer.locator('#thread li.citizen', { hasText: 'gần cửa khẩu' }).waitFor();
    await officer.getByLabel('Ghi chú nội bộ (người dân không thấy)').fill('Đã báo Đồn Biên phòng.');
    await officer.getByRole('button', { name: 'Lưu ghi chú' }).click();
    await officer.locator('#thread li.note', { hasText: 'Đồn Biên phòng' }).waitFor();
    await officer.screenshot({ path: `${ARTIFACTS}console.png`, fullPage: true });

    // Close with a resolution note: the citizen is told, the case leaves the open queue.
    await officer.getByLabel('Kết quả xử lý (bắt buộc khi đóng hồ sơ)').fill('Đã phối hợp công an tìm được nạn nhân.');
    await officer.getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await officer.locator('#case-meta', { hasText: 'Đã đóng' }).waitFor();
    await officer.locator('#queue button', { hasText: '#1' }).waitFor({ state: 'detached' });
    await citizen.locator('.msg.bot', { hasText: 'xử lý xong' }).waitFor();
    await citizen.screenshot({ path: `${ARTIFACTS}web-chat.png`, fullPage: true });

    expect(conv.cases[0]).toMatchObject({
      status: 'closed',
      claimedBy: 'Cán bộ Lan',
      resolution: 'Đã phối hợp công an tìm được nạn nhân.',
    });
    expect(errors).toEqual([]);
  });
});
