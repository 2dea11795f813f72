// `npm run lint:firefox` (and a step of `npm test`): builds the Firefox store build and runs Mozilla's
// `web-ext lint` on it, offline. Fails on any error, and on any warning whose code is not listed and
// explained in docs/store/web-ext-lint.md — so a new warning is either fixed or documented.
//   node scripts/lint-firefox.mjs [--no-build]
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const outDir = process.env.ZETTEL_OUT_DIR ?? '.output';
const sourceDir = path.join(outDir, 'firefox-mv2');
if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });

const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(lint.stdout);
} catch {
  console.error('web-ext lint gave no JSON report:\n', lint.stdout, lint.stderr);
  process.exit(1);
}

const documented = readFileSync('docs/store/web-ext-lint.md', 'utf8');
const isDocumented = (code) => documented.includes(`\`${code}\``);
const line = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`;

console.log(`web-ext lint ${sourceDir}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
for (const m of report.errors) console.log(`ERROR${line(m)}`);
for (const m of report.warnings) console.log(`${isDocumented(m.code) ? 'known' : 'NEW  '}${line(m)}`);
const undocumented = report.warnings.filter((m) => !isDocumented(m.code));
if (undocumented.length > 0) console.log('Fix these warnings, or explain them in docs/store/web-ext-lint.md.');
process.exit(report.errors.length === 0 && undocumented.length === 0 ? 0 : 1);
