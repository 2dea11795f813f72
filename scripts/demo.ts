/**
 * `npm run demo`: builds Zettel and opens Chromium with it on the offline WhatsApp Web stage (sample data
 * of a German electrician's business). Headed when a display exists; otherwise, or with
 * `--screenshot DIR`, it runs headless and writes PNGs into DIR.
 *
 *   npm run demo                              # interactive, until the window is closed
 *   npm run demo -- --screenshot out/         # writes out/whatsapp.png and out/popup.png, then exits
 *   npm run demo -- --lang en --theme dark --profile legacy-2025|late-2026 --chats 5000
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext } from '@playwright/test';
import { demoBackup } from './demo-sample.ts';
import { prepareStage, stageResponse, stageUrl, type StageProfile } from '../tests/stage/serve.ts';
import { chromiumPath, quietChromiumArgs } from '../tests/support/browsers.ts';

const { values } = parseArgs({
  options: {
    screenshot: { type: 'string' },
    lang: { type: 'string', default: 'de' },
    theme: { type: 'string', default: 'light' },
    profile: { type: 'string', default: 'current-2026' },
    chats: { type: 'string', default: '40' },
    'no-build': { type: 'boolean', default: false },
  },
});
const lang = values.lang === 'en' ? 'en' : 'de';
const theme = values.theme === 'dark' ? 'dark' : 'light';
const profile = (values.profile === 'legacy-2025' || values.profile === 'late-2026' ? values.profile : 'current-2026') satisfies StageProfile;
const screenshotDir = values.screenshot ? path.resolve(values.screenshot) : null;
const headless = Boolean(screenshotDir) || !process.env.DISPLAY;
const extensionDir = path.resolve('.output/chrome-mv3');

if (!values['no-build']) execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
await prepareStage();

const userDataDir = mkdtempSync(path.join(tmpdir(), 'zettel-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: chromiumPath(),
  headless,
  locale: lang === 'de' ? 'de-DE' : 'en-US',
  env: { ...process.env, LANG: lang === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8', LANGUAGE: lang },
  colorScheme: theme,
  viewport: { width: 1400, height: 860 },
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [
    ...quietChromiumArgs,
    `--lang=${lang === 'de' ? 'de-DE' : 'en-US'}`,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ],
});
await context.route(/^https?:\/\//, async (route) => {
  const response = stageResponse(route.request().url());
  if (response) await route.fulfill(response);
  else await route.abort('blockedbyclient');
});

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
const extensionId = new URL(worker.url()).host;
/** Loads the sample data the way a user restores a backup: options page › Backup › Import. */
async function importSampleData(context: BrowserContext): Promise<void> {
  const file = path.join(userDataDir, 'zettel-sample-backup.json');
  writeFileSync(file, JSON.stringify(demoBackup(lang)));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html#backup`);
  await options.locator('[data-zettel-action="import-backup"]').setInputFiles(file);
  await options.locator('[data-zettel-action="confirm-import"]').click();
  await options.locator('[data-zettel="backup-status"][data-state="ok"]').waitFor({ timeout: 15_000 });
  await options.close();
}

// The install creates the default labels; let that finish so the sample's label rows merge onto them.
await new Promise((resolve) => setTimeout(resolve, 500));
await importSampleData(context);

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(stageUrl({ profile, lang, theme, chats: Number(values.chats) || 40 }));
await page.waitForFunction(() => (window as { __stage?: { ready?: unknown } }).__stage?.ready !== undefined);
await page.evaluate(async () => {
  const stage = (window as unknown as { __stage: { ready: Promise<void>; chats(): Array<{ key: string }>; openChat(key: string): void } }).__stage;
  await stage.ready;
  const first = stage.chats()[0];
  if (first) stage.openChat(first.key);
});
console.log(`Zettel ${extensionId} runs on the stage (${profile}, ${lang}, ${theme}).`);

if (screenshotDir) {
  mkdirSync(screenshotDir, { recursive: true });
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(screenshotDir, 'whatsapp.png') });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 620 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.waitForSelector('[data-zettel="health"]', { timeout: 10_000 }).catch(() => {
    console.warn('warning: the popup shows no health report: the content script did not answer');
  });
  await popup.screenshot({ path: path.join(screenshotDir, 'popup.png') });
  console.log(`Screenshots written to ${screenshotDir}`);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
} else {
  console.log('Close the browser window to end the demo.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  rmSync(userDataDir, { recursive: true, force: true });
}
