/**
 * Node side of the stage: builds the page bundle and answers requests for https://web.whatsapp.com/.
 * Used by the Playwright fixtures (context.route), the Firefox tests (puppeteer request interception)
 * and the demo. See docs/stage.md.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { optionsToQuery, type StageOptions } from './src/options.ts';

export type { StageOptions, StageProfile, StageLanguage, StageTheme } from './src/options.ts';

export const STAGE_ORIGIN = 'https://web.whatsapp.com';

/**
 * This file may run bundled elsewhere (scripts/run-ts.mjs bundles a script into a temporary module next
 * to it), so find the stage folder instead of trusting import.meta.dirname alone.
 */
function findStageDir(): string {
  const here = import.meta.dirname;
  const candidates = [here, path.resolve(here, '../tests/stage'), path.resolve(here, '../../tests/stage'), path.resolve(process.cwd(), 'tests/stage')];
  const found = candidates.find((dir) => existsSync(path.join(dir, 'src', 'main.ts')));
  if (!found) throw new Error(`stage sources not found (looked in ${candidates.join(', ')})`);
  return found;
}

const stageDir = findStageDir();
const srcDir = path.join(stageDir, 'src');
const distDir = path.join(stageDir, 'dist');
const bundlePath = path.join(distDir, 'app.js');

export interface StageResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
}

/** The page URL for the given options; every option travels in the query string. */
export function stageUrl(opts: StageOptions = {}): string {
  const query = optionsToQuery(opts);
  return `${STAGE_ORIGIN}/${query ? `?${query}` : ''}`;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isStale(): boolean {
  if (!existsSync(bundlePath)) return true;
  return statSync(bundlePath).mtimeMs < newestSourceMtime(srcDir);
}

const buildOptions: esbuild.BuildOptions = {
  entryPoints: [path.join(srcDir, 'main.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2022',
  // ASCII output: the page must load whatever charset a test server declares (toolchain.md pitfall).
  charset: 'ascii',
  write: false,
  sourcemap: false,
  logLevel: 'silent',
};

/** Writes atomically: Playwright workers may build at the same time. */
function writeBundle(result: esbuild.BuildResult): void {
  const file = result.outputFiles?.[0];
  if (!file) throw new Error('stage build produced no output');
  mkdirSync(distDir, { recursive: true });
  const temp = `${bundlePath}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, file.contents);
  renameSync(temp, bundlePath);
  bundleCache = null;
}

let checkedThisProcess = false;
let bundleCache: Buffer | null = null;

/** Idempotent: builds tests/stage/dist/app.js with esbuild when missing or older than the sources. */
export async function prepareStage(): Promise<void> {
  if (isStale()) writeBundle(await esbuild.build({ ...buildOptions, outfile: bundlePath }));
  checkedThisProcess = true;
}

/** Sync fallback so a worker that never called prepareStage() still serves a fresh bundle. */
function bundle(): Buffer {
  if (!checkedThisProcess) {
    if (isStale()) writeBundle(esbuild.buildSync({ ...buildOptions, outfile: bundlePath }));
    checkedThisProcess = true;
  }
  bundleCache ??= readFileSync(bundlePath);
  return bundleCache;
}

const indexHtml = `<!doctype html>
<html lang="de" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WhatsApp</title>
</head>
<body>
<div id="app"></div>
<script src="/stage/app.js"></script>
</body>
</html>
`;

/** A flat avatar: a coloured disc with a head-and-shoulders silhouette; colour from the file name. */
function avatarSvg(name: string): string {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  const hue = Math.abs(hash) % 360;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">` +
    `<circle cx="32" cy="32" r="32" fill="hsl(${hue},45%,55%)"/>` +
    `<circle cx="32" cy="25" r="11" fill="#fff" fill-opacity=".85"/>` +
    `<path d="M12 56c3-11 11-16 20-16s17 5 20 16z" fill="#fff" fill-opacity=".85"/></svg>`
  );
}

/**
 * The response for any URL of the stage origin, or null for every other origin (callers abort those:
 * the page must never reach the network). Sync, so it fits every interception API.
 */
export function stageResponse(url: string): StageResponse | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== STAGE_ORIGIN) return null;
  const pathname = parsed.pathname;
  if (pathname === '/' || pathname === '/index.html') {
    return { status: 200, contentType: 'text/html; charset=utf-8', body: indexHtml };
  }
  if (pathname === '/stage/app.js') {
    return { status: 200, contentType: 'text/javascript; charset=utf-8', body: bundle() };
  }
  const avatar = /^\/stage\/avatar\/([\w-]{1,64})\.svg$/.exec(pathname);
  if (avatar?.[1]) return { status: 200, contentType: 'image/svg+xml', body: avatarSvg(avatar[1]) };
  if (pathname === '/favicon.ico') return { status: 204, contentType: 'image/x-icon', body: '' };
  return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not on the stage' };
}
