// Runs a TypeScript script on Node 20 (which cannot strip types): bundles it with esbuild into a
// temporary ES module next to it (npm packages stay external) and imports that.
// Usage: node scripts/run-ts.mjs scripts/demo.ts [args…]
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
const outfile = path.resolve(path.dirname(entry), `.${path.basename(entry, '.ts')}.${process.pid}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  target: 'node20',
  logLevel: 'error',
  // import.meta.dirname must keep pointing at the script's own folder.
  banner: { js: '' },
});
process.argv = [process.argv[0], entry, ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(outfile, { force: true });
}
