/**
 * The manifest's promises, pinned (issue 10, docs/security.md): the exact permission list, the one host
 * (web.whatsapp.com), and a content security policy that allows no remote code and no network from the
 * extension's pages and background. Plus: no source file opens a network channel other than reading the
 * extension's own files. A change here must be a decision, made in this file and in docs/security.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { EXTENSION_PAGES_CSP, SYNC_CONNECT_SOURCES, SYNC_OPTIONAL_HOSTS } from '../../../wxt.config.ts';

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
      // Team sync's server is asked for at runtime, one origin at a time, never granted at install.
      const optionalKey = browser === 'chrome' ? 'optional_host_permissions' : 'optional_permissions';
      expect(manifest[optionalKey]).toEqual(SYNC_OPTIONAL_HOSTS);
      expect(SYNC_OPTIONAL_HOSTS.filter((host) => host.startsWith('http:'))).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
      for (const key of [browser === 'chrome' ? 'optional_permissions' : 'optional_host_permissions', 'externally_connectable', 'web_accessible_resources', 'update_url', 'key']) {
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
      // Sync (docs/security.md): TLS servers, plain http only to this PC's loopback; nothing else.
      expect(d.get('connect-src')).toEqual(["'self'", 'https:', 'http://127.0.0.1:*', 'http://localhost:*']);
      expect(SYNC_CONNECT_SOURCES).toEqual(d.get('connect-src')!.slice(1));
      expect(d.get('default-src')).toEqual(["'self'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('frame-src')).toEqual(["'none'"]);
      const all = [...d.entries()].flatMap(([name, sources]) => (name === 'connect-src' ? [] : sources));
      expect(all.filter((source) => /unsafe-eval|wasm-unsafe-eval|^https?:|^\*$|^ws/.test(source))).toEqual([]);
      if (browser === 'chrome') expect((csp as Record<string, unknown>).sandbox).toBeUndefined();
    });
  }

  it('the test build alone holds the loopback test server (a headless browser cannot answer the prompt)', async () => {
    const fn = config.manifest as unknown as ManifestFn;
    const test = await fn({ browser: 'chrome', command: 'build', manifestVersion: 3, mode: 'test' });
    expect(test.host_permissions).toEqual(['*://web.whatsapp.com/*', 'http://127.0.0.1/*']);
  });

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
  // utils/sync/ is the one place that talks to a server: the firm's CouchDB, only when the user turned
  // sync on and granted that server (tests/e2e/sync.spec.ts; privacy.spec.ts proves 0 requests when off).
  const files = ['entrypoints', 'components', 'utils'].flatMap(walk).filter((file) => !file.startsWith(path.join('utils', 'sync')));

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
