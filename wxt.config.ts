import path from 'node:path';
import { defineConfig } from 'wxt';
import { withoutFunctionConstructor } from './scripts/vite-no-function-constructor.ts';

/** The strictest policy Zettel works under (MV3 allows no looser script-src than 'self' anyway). */
/**
 * Team sync (docs/sync.md) talks to a CouchDB server the firm names at runtime, so the policy cannot
 * list it: TLS servers anywhere, plain http only to this PC's loopback. The real gate is the host
 * permission, asked at runtime for exactly that one server (SYNC_OPTIONAL_HOSTS); with sync off no
 * request is made (docs/security.md, tests/e2e/privacy.spec.ts).
 */
export const SYNC_CONNECT_SOURCES = ['https:', 'http://127.0.0.1:*', 'http://localhost:*'];
export const SYNC_OPTIONAL_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

export const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; " +
  `connect-src 'self' ${SYNC_CONNECT_SOURCES.join(' ')}; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'`;

// The extension's manifest and build. Permissions are the ones a feature actually uses; each is
// explained in docs/permissions.md.
export default defineConfig({
  // Parallel work on one checkout builds into its own folder (ZETTEL_OUT_DIR); tests read the same variable.
  outDir: process.env.ZETTEL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader should see where every name comes from (DESIGN §7).
  imports: false,
  manifest: ({ browser, command, manifestVersion, mode }) => ({
    // A test build (`--mode test`, with the test bridge) says so in its name: never mistaken for the product.
    name: mode === 'test' ? '__MSG_extNameTest__' : '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // No `tabs`: finding the WhatsApp tab by URL (tabs.query({ url })) needs only the host permission,
    // verified in Chromium 156 and Firefox ESR (docs/permissions.md).
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications'],
    host_permissions: ['*://web.whatsapp.com/*', ...(mode === 'test' ? ['http://127.0.0.1/*'] : [])],
    // Sync's server, asked for at runtime (one origin) — never at install. The test build holds the
    // loopback test server's already: a headless browser cannot answer the permission prompt.
    ...(manifestVersion === 3 ? { optional_host_permissions: SYNC_OPTIONAL_HOSTS } : { optional_permissions: SYNC_OPTIONAL_HOSTS }),
    // No remote code and no network from extension pages and the background (docs/security.md): only the
    // extension's own files, no eval, no plugins, no <base>, no form posts. Styles may be inline (React's
    // style props, the in-page shadow UIs). The dev server (`wxt`, command "serve") needs its own rules.
    ...(command === 'build'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP }
      : {}),
    // The flag shortcut; users rebind it in the browser's extension shortcut settings.
    commands: {
      'toggle-flag': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_flag_command_toggle__' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zettel@zettel-app.de',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Chromium refuses a content script that is not valid UTF-8 "encoded" to its liking: the minifier
    // otherwise writes Dexie's U+FFFF literally, and the load failure is silent (toolchain.md).
    esbuild: { charset: 'ascii' },
    // PouchDB's changes-filter compiles design-document strings with `new Function` (never used by
    // sync, forbidden by the CSP): the extension bundles a stand-in without it (utils/sync/).
    resolve: { alias: { 'pouchdb-changes-filter': path.resolve(import.meta.dirname, 'utils/sync/changes-filter-without-eval.ts') } },
    // No code generation ships: zod's JIT (the Function constructor) is cut from every bundle, so zod
    // validates with its interpreter; tests/unit/meta/store-build.test.ts checks the output.
    plugins: [withoutFunctionConstructor()],
    build: { target: 'es2022' },
  }),
  zip: {
    artifactTemplate: 'zettel-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'zettel-{{version}}-sources.zip',
    // The sources zip holds what rebuilds the add-on (docs/store/amo-build.md), not local results.
    excludeSources: ['out/**', 'test-results*/**', 'playwright-report/**', 'bench-results/**', 'tests/stage/dist/**', 'docs/screenshots/**'],
  },
});
