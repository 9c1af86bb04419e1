// Launching the Chromium that test/setup/chromium.ts found; suites use `describe.skipIf(!hasChromium)`.
import { inject } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = inject('chromiumPath');
export const hasChromium = chromiumPath !== '';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
}
