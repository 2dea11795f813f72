/**
 * Page-world half of the test bridge (entrypoints/whatsapp.content/test-bridge.ts). The function is
 * serialised into the page by Playwright or puppeteer, so it must not close over anything.
 */
export async function bridgeQuery(input: { cmd: string; args?: unknown; timeoutMs?: number }): Promise<unknown> {
  const id = Math.floor(Math.random() * 1e9);
  return await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      window.removeEventListener('zettel:test-response', onResponse);
      reject(new Error(`no answer from the Zettel content script to "${input.cmd}" (is the extension loaded?)`));
    }, input.timeoutMs ?? 5000);
    function onResponse(event: Event): void {
      const detail = (event as CustomEvent<unknown>).detail;
      if (typeof detail !== 'string') return;
      const reply = JSON.parse(detail) as { id: number; ok: boolean; result?: unknown; error?: string };
      if (reply.id !== id) return;
      clearTimeout(timer);
      window.removeEventListener('zettel:test-response', onResponse);
      if (reply.ok) resolve(reply.result);
      else reject(new Error(reply.error));
    }
    window.addEventListener('zettel:test-response', onResponse);
    window.dispatchEvent(
      new CustomEvent('zettel:test-request', { detail: JSON.stringify({ id, cmd: input.cmd, args: input.args }) }),
    );
  });
}
