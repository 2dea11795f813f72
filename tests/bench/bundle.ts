/**
 * Part 5, bundle: what the browser loads for the content script and for the popup, raw and gzip
 * (level 9, about what a store's CDN would serve; the files are read from disk, so for the browser
 * the raw size is what counts for parsing). A page's size follows its HTML's scripts, module
 * preloads and stylesheets and the chunks they import.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundlePart {
  name: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

function sizes(buildDir: string, name: string, files: string[]): BundlePart {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(buildDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { name, files, rawBytes, gzipBytes };
}

/** Files a page loads: its HTML's script/link targets and, transitively, the chunks their code imports. */
export function pageFiles(buildDir: string, html: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const clean = file.replace(/^\//, '');
    if (seen.has(clean) || !existsSync(path.join(buildDir, clean))) return;
    seen.add(clean);
    if (!clean.endsWith('.js')) return;
    const code = readFileSync(path.join(buildDir, clean), 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(clean), match[1]!));
  };
  const text = readFileSync(path.join(buildDir, html), 'utf8');
  for (const match of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) visit(match[1]!);
  return [...seen].sort();
}

export function measureBundle(buildDir: string): BundlePart[] {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as { content_scripts?: Array<{ js?: string[]; css?: string[] }> };
  const contentFiles = (manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]);
  return [sizes(buildDir, 'content script', contentFiles), sizes(buildDir, 'popup', ['popup.html', ...pageFiles(buildDir, 'popup.html')])];
}
