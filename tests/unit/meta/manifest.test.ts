/**
 * The manifest's promises, pinned (issue 10, docs/security.md): the exact permission list, the one host
 * (web.whatsapp.com), and a content security policy that allows no remote code and no network from the
 * extension's pages and background. Plus: no source file opens a network channel other than reading the
 * extension's own files. A change here must be a decision, made in this file and in docs/security.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { EXTENSION_PAGES_CSP } from '../../../wxt.config.ts';

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[]; content_security_policy?: unknown };
type ManifestFn = (env: { browser: string; command: 'build' | 'serve'; manifestVersion: 2 | 3; mode: string }) => Manifest | Promise<Manifest>;

async function manifestFor(browser: 'chrome' | 'firefox', command: 'build' | 'serve' = 'build'): Promise<Manifest> {
  const fn = config.manifest as unknown as ManifestFn;
  expect(typeof fn).toBe('function');
  return await fn({ browser, command, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production' });
}

/** `directive → sources` of a CSP string. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

const PERMISSIONS = ['alarms', 'notifications', 'storage', 'unlimitedStorage'];

describe('manifest', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: exactly the permissions the features use, one host, nothing external`, async () => {
      const manifest = await manifestFor(browser);
      expect([...(manifest.permissions ?? [])].sort()).toEqual(PERMISSIONS);
      expect(manifest.host_permissions).toEqual(['*://web.whatsapp.com/*']);
      for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'update_url', 'key']) {
        expect(manifest[key], key).toBeUndefined();
      }
    });

    it(`${browser}: the content security policy allows no remote code and no network`, async () => {
      const manifest = await manifestFor(browser);
      const csp = manifest.content_security_policy;
      const policy = browser === 'chrome' ? (csp as { extension_pages?: string }).extension_pages : (csp as string);
      expect(policy).toBe(EXTENSION_PAGES_CSP);
      const d = directives(policy!);
      expect(d.get('script-src')).toEqual(["'self'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('connect-src')).toEqual(["'self'"]);
      expect(d.get('default-src')).toEqual(["'self'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('frame-src')).toEqual(["'none'"]);
      const all = [...d.values()].flat();
      expect(all.filter((source) => /unsafe-eval|wasm-unsafe-eval|^https?:|^\*$|^ws/.test(source))).toEqual([]);
      if (browser === 'chrome') expect((csp as Record<string, unknown>).sandbox).toBeUndefined();
    });
  }

  it('the dev server (wxt, command "serve") keeps its own policy; every build gets the strict one', async () => {
    expect((await manifestFor('chrome', 'serve')).content_security_policy).toBeUndefined();
  });
});

describe('no network from the source', () => {
  const root = path.resolve(import.meta.dirname, '../../..');
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) return walk(rel);
      return /\.(ts|tsx)$/.test(name) ? [rel] : [];
    });
  const files = ['entrypoints', 'components', 'utils'].flatMap(walk);

  it('opens no network channel and loads no code: fetch only of the extension\'s own files', () => {
    expect(files.length).toBeGreaterThan(20);
    const offences: string[] = [];
    for (const file of files) {
      readFileSync(path.join(root, file), 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          const where = `${file}:${index + 1}: ${line.trim()}`;
          if (/\b(XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection|sendBeacon|importScripts)\b/.test(line)) offences.push(where);
          if (/\beval\s*\(|new\s+Function\s*\(|\bimport\s*\(\s*['"`]https?:/.test(line)) offences.push(where);
          if (/\bfetch\s*\(/.test(line) && !/\bfetch\s*\(\s*(browser|chrome)\.runtime\.getURL\(/.test(line)) offences.push(where);
        });
    }
    expect(offences).toEqual([]);
  });
});
