/**
 * Proof in the build output (issue 15 point 6, docs/security.md): the store builds of both browsers,
 * built here exactly as `npm run build` builds them (`wxt build`, production mode), contain
 * - no test hook: none of the test bridge's or the test builds' names;
 * - no code generation: no `eval`, no Function constructor, in any bundle;
 * - closed shadow roots only;
 * and their manifests ask for exactly the documented permissions, expose no web-accessible resource
 * and carry the documented CSP. Test builds are named "Zettel (Test) …" so they cannot pass for the product.
 *
 * Set ZETTEL_STORE_BUILD_DIR to an output folder that already holds chrome-mv3/ and firefox-mv2/ to
 * skip the build (they must be store builds of the current sources).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config, { EXTENSION_PAGES_CSP, SYNC_OPTIONAL_HOSTS } from '../../../wxt.config.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const given = process.env.ZETTEL_STORE_BUILD_DIR;
const outDir = given ? path.resolve(given) : mkdtempSync(path.join(tmpdir(), 'zettel-store-build-'));

/** The documented list (docs/permissions.md); a change is a decision made there and here. */
const PERMISSIONS = ['alarms', 'notifications', 'storage', 'unlimitedStorage'];
const HOST = '*://web.whatsapp.com/*';

/** Names that exist only in test builds: the test bridge, its data port, simulation and stage hooks. */
const TEST_ONLY_NAMES = [
  'zettel:test-request',
  'zettel:test-response',
  'zettel-test-data',
  'zettel-test-sealed',
  '__zettelBackground',
  '__zettelOptions',
  'simulateStorageFull',
  'fireReminders',
  'clickReminderNotification',
  'db.featureRequest',
  'pageCommands.record',
  '__stage',
];

/** Ways to run a string as code. `Function(` alone also catches `new Function(` and `Function.call`-free aliases like `=Function;`. */
const CODE_GENERATION = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /[=(,:]\s*Function\s*[;,)]/, /\bFunction\s*\(\s*["'`]/];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

beforeAll(() => {
  if (given) return;
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    execFileSync('npx', ['wxt', ...args], { cwd: root, stdio: 'pipe', env: { ...process.env, ZETTEL_OUT_DIR: outDir } });
  }
}, 600_000);

afterAll(() => {
  if (!given) rmSync(outDir, { recursive: true, force: true });
});

for (const target of ['chrome-mv3', 'firefox-mv2'] as const) {
  describe(`store build ${target}`, () => {
    const dir = () => path.join(outDir, target);
    const bundles = () => filesUnder(dir()).filter((file) => file.endsWith('.js'));
    const manifest = () => JSON.parse(readFileSync(path.join(dir(), 'manifest.json'), 'utf8')) as Record<string, unknown>;

    it('carries no test hook', () => {
      expect(bundles().length).toBeGreaterThan(2);
      for (const file of [...bundles(), ...filesUnder(dir()).filter((f) => f.endsWith('.html'))]) {
        const text = readFileSync(file, 'utf8');
        for (const name of TEST_ONLY_NAMES) expect(text.includes(name), `${path.relative(dir(), file)} contains ${name}`).toBe(false);
      }
    });

    it('generates no code: no eval, no Function constructor, in any bundle', () => {
      for (const file of bundles()) {
        const text = readFileSync(file, 'utf8');
        for (const pattern of CODE_GENERATION) expect(text, `${path.relative(dir(), file)} matches ${pattern}`).not.toMatch(pattern);
      }
    });

    it('attaches closed shadow roots only', () => {
      const content = readFileSync(path.join(dir(), 'content-scripts', 'whatsapp.js'), 'utf8');
      expect(content).toMatch(/attachShadow\(\{mode:/);
      expect(content).not.toMatch(/mode:\s*["']open["']/);
      expect(content).toMatch(/["']closed["']/);
    });

    it('asks for exactly the documented permissions, exposes nothing, and has the documented CSP', () => {
      const m = manifest();
      const permissions = (m.permissions as string[] | undefined) ?? [];
      if (target === 'chrome-mv3') {
        expect([...permissions].sort()).toEqual(PERMISSIONS);
        expect(m.host_permissions).toEqual([HOST]);
        expect(m.content_security_policy).toEqual({ extension_pages: EXTENSION_PAGES_CSP });
        // Team sync's server: asked for at runtime, for that one origin only (docs/sync.md).
        expect(m.optional_host_permissions).toEqual(SYNC_OPTIONAL_HOSTS);
        expect(m.optional_permissions).toBeUndefined();
      } else {
        // MV2 lists the host among the permissions.
        expect([...permissions].sort()).toEqual([...PERMISSIONS, HOST].sort());
        expect(m.content_security_policy).toBe(EXTENSION_PAGES_CSP);
        expect(m.optional_permissions).toEqual(SYNC_OPTIONAL_HOSTS);
        expect(m.optional_host_permissions).toBeUndefined();
      }
      for (const key of ['web_accessible_resources', 'externally_connectable']) {
        expect(m[key], key).toBeUndefined();
      }
      expect(m.name).toBe('__MSG_extName__');
    });
  });
}

describe('test builds', () => {
  it('carry a visible name suffix in both languages', async () => {
    const fn = config.manifest as unknown as (env: Record<string, unknown>) => Record<string, unknown>;
    const test = await fn({ browser: 'chrome', command: 'build', manifestVersion: 3, mode: 'test' });
    expect(test.name).toBe('__MSG_extNameTest__');
    for (const language of ['de', 'en']) {
      const messages = JSON.parse(readFileSync(path.join(root, 'public', '_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      expect(messages.extNameTest?.message).toMatch(/^Zettel \(Test\)/);
    }
  });
});
