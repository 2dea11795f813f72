/**
 * Test-build-only bridge between the page's main world (where Playwright/puppeteer evaluate code) and
 * this isolated content script. Built only with `wxt build --mode test`; the store build tree-shakes
 * it away because every caller is behind `import.meta.env.MODE === 'test'`.
 *
 * Protocol: the page dispatches `zettel:test-request` on window with `detail` = JSON string
 * `{ id, cmd, args }`; we answer with `zettel:test-response`, `detail` = JSON string
 * `{ id, ok: true, result } | { id, ok: false, error }`. Strings cross the world boundary in both
 * Chromium and Firefox without cloneInto.
 */
export type TestCommand = (args: unknown) => unknown | Promise<unknown>;

const commands = new Map<string, TestCommand>();

export function registerTestCommand(name: string, command: TestCommand): void {
  commands.set(name, command);
}

export function startTestBridge(signal: AbortSignal): void {
  window.addEventListener(
    'zettel:test-request',
    (event) => {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      let request: { id: number; cmd: string; args?: unknown };
      try {
        request = JSON.parse(detail) as typeof request;
      } catch {
        return;
      }
      void answer(request);
    },
    { signal },
  );
}

async function answer(request: { id: number; cmd: string; args?: unknown }): Promise<void> {
  let reply: unknown;
  try {
    const command = commands.get(request.cmd);
    if (!command) throw new Error(`unknown test command: ${request.cmd}`);
    reply = { id: request.id, ok: true, result: await command(request.args) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: String(error instanceof Error ? error.message : error) };
  }
  window.dispatchEvent(new CustomEvent('zettel:test-response', { detail: JSON.stringify(reply) }));
}
