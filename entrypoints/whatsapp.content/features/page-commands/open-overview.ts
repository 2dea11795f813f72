/**
 * "Open the overview" inside the content script: the page-commands feature asks, whoever owns the
 * overview answers. Direct calls on a registry that lives in the content script's isolated world —
 * never a DOM event or attribute, which WhatsApp's scripts, injected scripts and other extensions
 * could dispatch or watch (docs/security.md "Sealed UI"; the old `zettel:open-overview` document
 * event opened the overview for anyone).
 */
import type { OpenOverviewDetail } from '../../../../utils/messaging/page-commands.ts';

/** Returns true when it handled the request (the overview opened). */
export type OpenOverviewHandler = (detail: OpenOverviewDetail) => boolean;

const handlers = new Set<OpenOverviewHandler>();

export function handleOpenOverview(handler: OpenOverviewHandler, signal: AbortSignal): void {
  handlers.add(handler);
  signal.addEventListener('abort', () => handlers.delete(handler), { once: true });
}

/** Tells every handler (as every listener of an event would hear it); true when one handled it. */
export function requestOpenOverview(detail: OpenOverviewDetail): boolean {
  let handled = false;
  for (const handler of [...handlers]) handled = handler(detail) || handled;
  return handled;
}
