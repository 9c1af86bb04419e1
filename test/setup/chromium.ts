// Global setup: finds a Chromium for the browser suites once and hands its path to them.
// Without one, a developer's `npm test` says in one line how to install it and skips only those suites;
// in CI (CI=true) a missing browser fails the run.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { TestProject } from 'vitest/node';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return executable(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of NAMES) for (const dir of dirs) if (executable(join(dir, name))) return join(dir, name);
  return undefined;
}

export default function setup(project: TestProject): void {
  const path = findChromium();
  if (!path) {
    const how = 'cài Chromium (Debian/Ubuntu: sudo apt-get install chromium) hoặc đặt CHROMIUM_PATH=/đường/dẫn/tới/chromium';
    if (process.env.CI === 'true') throw new Error(`Browser tests need Chromium and CI=true requires them: ${how}`);
    process.stderr.write(`\nBỏ qua kiểm thử trình duyệt (test/e2e, browser-preview): không tìm thấy Chromium. Để chạy: ${how}.\n\n`);
  }
  project.provide('chromiumPath', path ?? '');
}

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}
