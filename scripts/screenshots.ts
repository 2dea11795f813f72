/**
 * `npm run screenshots`: regenerates the README / store screenshots in docs/screenshots/ — German and
 * English, light and dark — from the offline stage with the demo's sample data (scripts/demo.ts
 * --screenshot). One build, then four headless runs:
 *   docs/screenshots/whatsapp-<de|en>-<light|dark>.png   WhatsApp Web with Zettel
 *   docs/screenshots/popup-<de|en>-<light|dark>.png      the toolbar popup
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const target = path.resolve('docs/screenshots');
mkdirSync(target, { recursive: true });
// The demo loads .output/chrome-mv3: build the store build there once.
execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit', env: { ...process.env, ZETTEL_OUT_DIR: '.output' } });

for (const lang of ['de', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    const dir = mkdtempSync(path.join(tmpdir(), 'zettel-shots-'));
    try {
      execFileSync('node', ['scripts/run-ts.mjs', 'scripts/demo.ts', '--screenshot', dir, '--lang', lang, '--theme', theme, '--no-build'], { stdio: 'inherit' });
      copyFileSync(path.join(dir, 'whatsapp.png'), path.join(target, `whatsapp-${lang}-${theme}.png`));
      copyFileSync(path.join(dir, 'popup.png'), path.join(target, `popup-${lang}-${theme}.png`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
console.log(`Screenshots (de/en × light/dark) written to ${path.relative(process.cwd(), target)}/`);
