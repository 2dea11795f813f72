// `npm test`: every check the project has, in order — type-check, lint, unit tests, then the
// real-browser suites (Chromium via Playwright on all three WhatsApp build profiles, Firefox smoke via
// puppeteer-core). All steps run even when one fails, so one CI log shows everything; the last line
// is the plain "N passed, N failed" count over unit and e2e tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const started = Date.now();
const results = [];
// ZETTEL_RESULTS_DIR: a run beside another on the same checkout keeps its own results (playwright.config.ts).
const resultsDir = process.env.ZETTEL_RESULTS_DIR ?? 'test-results';
const unitJson = `${resultsDir}/unit.json`;
const e2eJson = `${resultsDir}/e2e.json`;
mkdirSync(resultsDir, { recursive: true });
for (const file of [unitJson, e2eJson]) rmSync(file, { force: true });

function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const t0 = Date.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  results.push({ name, ok: status === 0, seconds: (Date.now() - t0) / 1000 });
}

step('type-check', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.', '--max-warnings=0']);
// Mozilla's linter on the Firefox store build: 0 errors, and only the warnings explained in
// docs/store/web-ext-lint.md.
step('web-ext lint (Firefox build)', 'node', ['scripts/lint-firefox.mjs']);
step('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
step('e2e (Chromium + Firefox)', 'npx', ['playwright', 'test'], {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
});

let passed = 0;
let failed = 0;
if (existsSync(unitJson)) {
  const unit = JSON.parse(readFileSync(unitJson, 'utf8'));
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
}
if (existsSync(e2eJson)) {
  const { stats } = JSON.parse(readFileSync(e2eJson, 'utf8'));
  passed += stats.expected ?? 0;
  failed += (stats.unexpected ?? 0) + (stats.flaky ?? 0);
}
for (const { ok } of results) if (!ok && failed === 0) failed = 1; // a failed type-check or lint counts too

console.log('\n=== summary');
for (const { name, ok, seconds } of results) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${seconds.toFixed(1)} s)`);
console.log(`total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
