// Browser test of the real product as `npm start` composes it: bundled corpus, retrieval, triage,
// SQLite cases, outbox. A citizen asks, then reports; an officer on the console handles the case.
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, hasChromium, useAppAndBrowser } from './browser.js';

const PASSWORD = 'mat-khau-e2e-that';

describe.skipIf(!hasChromium)('the composed app in a browser', () => {
  const suite = useAppAndBrowser('app', PASSWORD);

  it('answers with a source, opens a case on a report and lets an officer close it', async () => {
    const errors: string[] = [];
    const citizen = await (await suite.browser.newContext({ viewport: { width: 420, height: 900 }, locale: 'vi-VN' })).newPage();
    citizen.setDefaultTimeout(10_000);
    citizen.on('pageerror', (e) => errors.push(e.message));
    await citizen.goto(suite.app.url);

    await citizen.getByLabel('Tỉnh/thành của bạn').selectOption('quang-nam');
    await citizen.locator('.msg.bot', { hasText: 'Quảng Nam' }).waitFor();

    await citizen.getByLabel('Tin nhắn').fill('Công an tỉnh có trách nhiệm gì trong việc hỗ trợ nạn nhân?');
    await citizen.getByLabel('Tin nhắn').press('Enter');
    const answer = citizen.locator('.msg.kind-answer').first();
    await answer.waitFor();
    await answer.locator('summary').first().click();
    expect(await answer.locator('.source .source-label').first().textContent()).toMatch(/^[^›]+ › /);
    await citizen.screenshot({ path: `${ARTIFACTS}app-answer.png` });

    await citizen.getByLabel('Tin nhắn').fill('Chị tôi bị một người quen dụ sang biên giới làm việc, giờ gia đình mất liên lạc với chị ấy');
    await citizen.getByLabel('Tin nhắn').press('Enter');
    const ack = citizen.locator('.msg.kind-case', { hasText: '111' });
    await ack.waitFor();
    const number = /#(\d+)/.exec((await ack.textContent()) ?? '')?.[1];
    expect(number).toBeDefined();

    const officer = await (await suite.browser.newContext({ viewport: { width: 1200, height: 860 }, locale: 'vi-VN' })).newPage();
    officer.setDefaultTimeout(10_000);
    officer.on('pageerror', (e) => errors.push(e.message));
    await officer.goto(`${suite.app.url}/console`);
    await officer.getByLabel('Họ tên cán bộ').fill('Cán bộ Hòa');
    await officer.getByLabel('Mật khẩu').fill(PASSWORD);
    await officer.getByRole('button', { name: 'Đăng nhập' }).click();
    await officer.locator('#queue button', { hasText: `#${number}` }).click();
    await officer.locator('#thread li.citizen', { hasText: 'biên giới' }).waitFor();
    await officer.getByRole('button', { name: 'Nhận xử lý' }).click();
    await citizen
      .locator('.msg.bot', { hasText: `#${number}` })
      .nth(1)
      .waitFor();

    await officer.getByLabel('Trả lời người báo tin').fill('Chào bạn, bạn nhớ tên nơi chị làm việc không?');
    await officer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await citizen.locator('.msg.kind-relay', { hasText: 'nơi chị làm việc' }).waitFor();
    await citizen.getByLabel('Tin nhắn').fill('Một xưởng may gần cửa khẩu');
    await citizen.getByLabel('Tin nhắn').press('Enter');
    await officer.locator('#thread li.citizen', { hasText: 'xưởng may' }).waitFor();
    await officer.screenshot({ path: `${ARTIFACTS}app-console.png`, fullPage: true });

    await officer.getByLabel('Kết quả xử lý (bắt buộc khi đóng hồ sơ)').fill('Đã chuyển Đồn Biên phòng xác minh.');
    await officer.getByRole('button', { name: 'Đóng hồ sơ' }).click();
    await citizen.locator('.msg.bot', { hasText: 'khép lại' }).waitFor();
    expect(await citizen.locator('body').textContent()).not.toContain('Đồn Biên phòng xác minh');
    await citizen.screenshot({ path: `${ARTIFACTS}app-chat.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
