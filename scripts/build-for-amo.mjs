// `npm run build-for-amo`: what a reviewer at addons.mozilla.org runs inside the unpacked sources zip
// (docs/store/amo-build.md) to rebuild the Firefox add-on and compare it with the uploaded one.
//   npm ci && npm run build-for-amo            → .output/firefox-mv2/ and .output/zettel-<version>-firefox.zip
//   npm run build-for-amo -- --check           → builds twice in fresh folders and compares every file's hash
//                                                (in a tree nobody edits meanwhile, e.g. the unpacked sources zip)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

function build(outDir) {
  // Same inputs every time: production mode, no test bridge, the locked dependencies.
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'inherit', env: { ...process.env, ZETTEL_OUT_DIR: outDir, NODE_ENV: 'production' } });
}

/** relative path → sha256 of every file under dir */
export function hashTree(dir) {
  const hashes = {};
  const walk = (rel) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const file = path.join(rel, name);
      if (statSync(path.join(dir, file)).isDirectory()) walk(file);
      else hashes[file] = createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex');
    }
  };
  walk('');
  return hashes;
}

if (process.argv.includes('--check')) {
  const dirs = ['.output-amo-a', '.output-amo-b'];
  for (const dir of dirs) {
    rmSync(dir, { recursive: true, force: true });
    build(dir);
  }
  const [a, b] = dirs.map((dir) => hashTree(path.join(dir, 'firefox-mv2')));
  const files = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const differing = files.filter((file) => a[file] !== b[file]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  if (differing.length > 0) {
    console.error(`Not reproducible: ${differing.length} of ${files.length} files differ:\n  ${differing.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Reproducible: two builds gave the same ${files.length} files (sha256 of each compared).`);
} else {
  build(process.env.ZETTEL_OUT_DIR ?? '.output');
  console.log('\nBuilt the Firefox add-on: firefox-mv2/ and zettel-<version>-firefox.zip in the output folder.');
}
