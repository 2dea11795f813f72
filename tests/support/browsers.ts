import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where the Debian browsers live; overridable for other machines. Never downloads a browser. */
export function chromiumPath(): string {
  const candidates = [process.env.ZETTEL_CHROMIUM, '/usr/lib/chromium/chromium', '/usr/bin/chromium'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Chromium found: install Debian "chromium" or set ZETTEL_CHROMIUM');
  return found;
}

export function firefoxPath(): string {
  const candidates = [process.env.ZETTEL_FIREFOX, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) throw new Error('No Firefox found: install Debian "firefox-esr" or set ZETTEL_FIREFOX');
  return found;
}

const root = path.resolve(import.meta.dirname, '../..');
/** The build folder: `.output`, or ZETTEL_OUT_DIR when several test runs share one checkout. */
export const outputDir = path.resolve(root, process.env.ZETTEL_OUT_DIR ?? '.output');
export const chromeTestBuild = path.join(outputDir, 'chrome-mv3-test');
export const firefoxTestBuild = path.join(outputDir, 'firefox-mv2-test');

/** Flags that keep Chromium quiet on a machine without internet (toolchain.md). */
export const quietChromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];
