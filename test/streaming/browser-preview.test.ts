// Browser check of the web chat's preview bubble (Debian chromium via playwright-core): previews
// render in one busy bubble that the final answer replaces.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser } from '../e2e/browser.js';
import { createLogger } from '../../bot/logger.js';
import { createWebServer, type WebServer } from '../../bot/web/server.js';
import type { IncomingMessage } from '../../handlers/types.js';
import { createFakeConversation } from '../web/fake-conversation.js';

describe.skipIf(!hasChromium)('web chat preview bubble', () => {
  let server: WebServer;
  let browser: Browser;
  let base: string;
  // The test decides when each step of the scripted answer happens.
  let step: ((n: number) => void) | undefined;
  const asked: IncomingMessage[] = [];
  let onAsked: () => void = () => undefined;
  const askedOnce = new Promise<void>((r) => (onAsked = r));

  beforeAll(async () => {
    server = createWebServer({
      host: '127.0.0.1',
      port: 0,
      conversation: createFakeConversation(),
      onMessage: async (msg) => {
        asked.push(msg);
        await new Promise<void>((done) => {
          step = (n) => {
            if (n === 1) server.adapter.preview(msg.chatId, 'Nạn nhân được hỗ trợ');
            if (n === 2) server.adapter.preview(msg.chatId, 'Nạn nhân được hỗ trợ y tế, tâm lý');
            if (n === 3) {
              void server.adapter.send({
                to: { channel: 'web', chatId: msg.chatId },
                kind: 'answer',
                text: 'Nạn nhân được hỗ trợ y tế, tâm lý và pháp lý [1].',
                citations: [{ n: 1, label: 'KH Quảng Nam 2024 › IV. Nhiệm vụ', sectionId: 's', docId: 'd' }],
              });
              done();
            }
          };
          onAsked();
        });
      },
      consolePassword: 'mat-khau-e2e-123',
      logger: createLogger({ level: 'silent' }),
      previewIntervalMs: 0,
    });
    base = await server.listen();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the growing text in a busy bubble and replaces it with the final answer', async () => {
    const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
    page.setDefaultTimeout(8000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.getByLabel('Tin nhắn').fill('Nạn nhân được hỗ trợ gì?');
    await page.getByLabel('Tin nhắn').press('Enter');
    await askedOnce;
    expect(asked).toHaveLength(1);
    step!(1);
    const bubble = page.locator('.msg.preview');
    await bubble.waitFor();
    expect(await bubble.getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('#log').getAttribute('aria-busy')).toBe('true');
    step!(2);
    await page.locator('.msg.preview', { hasText: 'tâm lý …' }).waitFor();
    expect(await page.locator('.msg.preview').count()).toBe(1);
    step!(3);
    await page.locator('.msg.kind-answer', { hasText: 'pháp lý [1]' }).waitFor();
    expect(await page.locator('.msg.preview').count()).toBe(0);
    expect(await page.locator('#log').getAttribute('aria-busy')).toBeNull();
    expect(errors).toEqual([]);
  });
});
