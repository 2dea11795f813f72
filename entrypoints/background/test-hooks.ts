/**
 * Test-build-only hooks in the background, called by e2e tests through the service worker
 * (`serviceWorker.evaluate(() => globalThis.__zettelBackground…)`): run a browser command as the
 * shortcut would, fire reminder alarms now, read the toolbar badge. Installed only when
 * `import.meta.env.MODE === 'test'`.
 */
export interface BackgroundTestHooks {
  runCommand(name: string): Promise<unknown>;
  [name: string]: (...args: never[]) => Promise<unknown>;
}

export function installBackgroundTestHooks(hooks: BackgroundTestHooks): void {
  (globalThis as unknown as { __zettelBackground?: BackgroundTestHooks }).__zettelBackground = hooks;
}
