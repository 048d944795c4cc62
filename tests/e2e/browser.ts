/**
 * Headless Chromium for the end-to-end tests: Debian's browser (`apt-get install chromium`), driven by
 * playwright-core. Nothing is downloaded.
 */
import { existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Whether the browser tests run here. They need Debian's Chromium; `.ci/run` installs it, and in CI (CI set)
 * or with REQUIRE_BROWSER=1 a missing browser fails the run instead of skipping it.
 */
export const BROWSER_TESTS_RUN =
  existsSync(CHROMIUM_PATH) || Boolean(process.env.CI) || process.env.REQUIRE_BROWSER === '1';

if (!BROWSER_TESTS_RUN) {
  console.warn(
    `Skipping the browser tests: no Chromium at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` ` +
      '(or set CHROMIUM_PATH) to run them; CI always runs them.',
  );
}

/** Starts headless Chromium, or fails saying how to install it. */
export async function launchChromium(): Promise<Browser> {
  try {
    await access(CHROMIUM_PATH);
  } catch (error) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
      { cause: error },
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
