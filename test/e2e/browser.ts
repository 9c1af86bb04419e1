// Launching the Chromium that test/setup/chromium.ts found; suites use `describe.skipIf(!hasChromium)`.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { createApp, type App, type AppOptions } from '../../bot/app.js';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/logger.js';

export const chromiumPath = inject('chromiumPath');
export const hasChromium = chromiumPath !== '';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
}

/** Where browser tests save their screenshots (the README's come from here). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

export interface AppAndBrowser {
  app: App;
  browser: Browser;
}

/**
 * For one suite: the app as `npm start` composes it, in a fresh data folder with the given console password, and a
 * browser. Both start before the suite and stop after it; the fields are set once `beforeAll` has run. `env`
 * overrides settings of the app.
 */
export function useAppAndBrowser(name: string, password: string, opts: AppOptions = {}, env: Record<string, string> = {}): AppAndBrowser {
  const suite = {} as AppAndBrowser;
  let dir = '';
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), `e2e-${name}-`));
    // A suite opens cases faster than any real day: each is announced on its own (bursts: test/conversation/burst.test.ts).
    const config = loadConfig({ DATA_DIR: dir, PORT: '0', OFFICER_WEB_PASSWORD: password, CASE_BURST_PER_MINUTE: '1000', ...env });
    suite.app = await createApp(config, createLogger({ level: 'silent' }), { tickMs: 3_600_000, ...opts });
    suite.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return suite;
}
