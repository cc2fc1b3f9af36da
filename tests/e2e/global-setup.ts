import { accessSync, constants } from 'node:fs';
import type { FullConfig } from '@playwright/test';

/** Stops the run with one message, rather than one failure per test, when the configured Chromium is missing. */
export default function globalSetup(config: FullConfig): void {
  for (const project of config.projects) {
    const path = project.use.launchOptions?.executablePath;
    if (path === undefined) continue;
    try {
      accessSync(path, constants.X_OK);
    } catch {
      const from =
        process.env.CHROMIUM_PATH === undefined ? 'defaultPath in scripts/chromium.json' : 'CHROMIUM_PATH';
      throw new Error(
        `No Chromium executable at ${path} (from ${from}). Install Debian's Chromium (apt-get install chromium), ` +
          'or set CHROMIUM_PATH to the path of a Chromium executable.',
      );
    }
  }
}
