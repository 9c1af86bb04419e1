// Browser test: a named officer changes their password from the console form; the page goes on, the
// officer's other browser is signed out, and the new password is the one that logs in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from './browser.js';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import { openCaseStore, type CaseStore } from '../../handlers/cases/store.js';
import { createFakeConversation, wire } from '../web/fake-conversation.js';

const LOGIN = 'tran.a';
const FIRST = 'Song Hong chay qua Ha Noi';
const NEXT = 'Mat-khau-moi-cua-tran-a-2026';
const LAST = 'Mot cau mat khau nua nhe';

describe.skipIf(!hasChromium)('console password change in a browser', () => {
  let dir: string;
  let store: CaseStore;
  let server: WebServer;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'password-e2e-'));
    store = openCaseStore(join(dir, 'cases.db'));
    const { code } = store.accounts.add({ login: LOGIN, name: 'Trần Thị A' });
    await store.accounts.redeem(LOGIN, code, FIRST);
    const conv = createFakeConversation();
    const w = wire(conv, () => server);
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: conv,
      onMessage: w.onMessage,
      deliver: w.deliver,
      consolePassword: '',
      accounts: store.accounts,
      logger: createLogger({ level: 'silent' }),
    });
    base = await server.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(password: string): Promise<Page> {
    const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    page.setDefaultTimeout(8000);
    await page.goto(`${base}/console`);
    await page.getByLabel('Tên đăng nhập').fill(LOGIN);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    return page;
  }

  it('changes the password from the console form, ends the other browser’s session and keeps this one', async () => {
    const here = await signIn(FIRST);
    await here.locator('#who', { hasText: 'Trần Thị A' }).waitFor();
    const elsewhere = await signIn(FIRST);
    await elsewhere.locator('#who', { hasText: 'Trần Thị A' }).waitFor();

    await here.getByText('Đổi mật khẩu', { exact: true }).first().click();
    await here.locator('#password-current').fill(FIRST);
    await here.locator('#password-new').fill('ngan');
    await here.locator('#password-again').fill('ngan');
    await here.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await here.locator('#status.error', { hasText: 'ít nhất 12 ký tự' }).waitFor();

    await here.locator('#password-new').fill(NEXT);
    await here.locator('#password-again').fill(NEXT);
    await here.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await here.locator('#status', { hasText: 'Đã đổi mật khẩu' }).waitFor();

    // The other browser is signed out.
    await elsewhere.reload();
    await elsewhere.getByRole('button', { name: 'Đăng nhập' }).waitFor();

    // This page goes on under its new session: another change (a POST with the new token) works.
    await here.getByText('Đổi mật khẩu', { exact: true }).first().click();
    await here.locator('#password-current').fill(NEXT);
    await here.locator('#password-new').fill(LAST);
    await here.locator('#password-again').fill(LAST);
    await here.locator('#status').evaluate((e) => (e.textContent = ''));
    await here.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await here.locator('#status', { hasText: 'Đã đổi mật khẩu' }).waitFor();

    const old = await signIn(FIRST);
    await old.locator('.error', { hasText: 'không đúng' }).waitFor();
    const again = await signIn(LAST);
    await again.locator('#who', { hasText: 'Trần Thị A' }).waitFor();
  }, 90_000);
});
