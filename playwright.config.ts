import { defineConfig } from '@playwright/test';
import type { ZettelTestOptions } from './tests/e2e/fixtures.ts';

// Every Chromium e2e scenario runs on every stage profile: the two WhatsApp Web builds live in 2026
// (whatsapp-dom.md Addendum A.5) and late-2026 (issue 19 point 8: no direction classes, no
// .selectable-text, a locale-free unread badge, a div send button, matrix() rows, titled status icons).
// The Firefox smoke runs on the first two. Chromium is driven by Playwright; Firefox by puppeteer-core
// (Playwright's Firefox needs its own patched build, which cannot be installed here).
const profiles = ['current-2026', 'legacy-2025', 'late-2026'] as const;
const firefoxProfiles = ['current-2026', 'legacy-2025'] as const;
// Several runs on one checkout (parallel work) each keep their own results (ZETTEL_RESULTS_DIR).
const resultsDir = process.env.ZETTEL_RESULTS_DIR ?? 'test-results';

export default defineConfig<ZettelTestOptions>({
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: `${resultsDir}/e2e.json` }]],
  // Not test-results/ itself: Playwright empties its outputDir, and npm test keeps unit.json there.
  outputDir: `${resultsDir}/e2e-artifacts`,
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    ...profiles.map((profile) => ({
      name: `chromium-${profile}`,
      testDir: './tests/e2e',
      use: { profile },
    })),
    ...firefoxProfiles.map((profile) => ({
      name: `firefox-${profile}`,
      testDir: './tests/firefox',
      use: { profile },
    })),
  ],
});
