// `npm run build`: unpacked builds and store zips for Chrome (MV3) and Firefox (MV2), plus the sources
// zip that addons.mozilla.org asks for. Output lands in .output/.
import { execFileSync } from 'node:child_process';

const run = (...args) => execFileSync('npx', ['wxt', ...args], { stdio: 'inherit' });
run('zip');
run('zip', '-b', 'firefox');
console.log('\nBuilt: .output/chrome-mv3, .output/firefox-mv2 and their zips (+ sources zip) in .output/');
