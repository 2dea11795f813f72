/**
 * Identity strategy 2 (DESIGN §3, whatsapp-dom.md A.2/W12): WhatsApp's React fibers of a chat row and of
 * the conversation header have an ancestor whose `key` is `chat-<jid>`. Fibers are expandos of the
 * page's main world, invisible to the isolated content script, so a tiny main-world responder answers
 * synchronously through DOM events with string details (strings cross worlds in Chromium and Firefox).
 * Optional and fragile by nature: without the responder the probe is simply absent.
 */
import { isJid } from '../chat-key.ts';

export interface FiberProbe {
  /** The chat JID of the element's fiber ancestry, or null. */
  jidOf(element: Element): string | null;
}

export const FIBER_REQUEST_EVENT = 'zettel:fiber-request';
export const FIBER_RESPONSE_EVENT = 'zettel:fiber-response';
/** Set on <html> by the responder so the content script knows it can ask. */
export const FIBER_READY_ATTRIBUTE = 'data-zettel-fiber-probe';

/** The isolated-world half: null when no main-world responder announced itself. */
export function createFiberProbe(doc: Document = document): FiberProbe | null {
  if (!doc.documentElement.hasAttribute(FIBER_READY_ATTRIBUTE)) return null;
  return {
    jidOf(element) {
      let answer: string | null = null;
      const onResponse = (event: Event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        if (typeof detail === 'string') answer = detail;
      };
      element.addEventListener(FIBER_RESPONSE_EVENT, onResponse);
      try {
        // Dispatch is synchronous: the responder has answered when it returns.
        element.dispatchEvent(new CustomEvent(FIBER_REQUEST_EVENT, { bubbles: true }));
      } finally {
        element.removeEventListener(FIBER_RESPONSE_EVENT, onResponse);
      }
      const jid = answer as string | null;
      return jid && isJid(jid) ? jid : null;
    },
  };
}

interface FiberLike {
  key?: unknown;
  return?: FiberLike | null;
}

const MAX_FIBER_DEPTH = 40;

/** Walks from the element's fiber towards the root until a `chat-<jid>` key. */
export function chatJidFromFiber(element: Element): string | null {
  // Expando names carry a random per-load suffix: `__reactFiber$<random>`.
  const record = element as unknown as Record<string, unknown>;
  const fiberKey = Object.keys(record).find((key) => key.startsWith('__reactFiber$'));
  let fiber = (fiberKey ? record[fiberKey] : null) as FiberLike | null;
  for (let depth = 0; fiber && depth < MAX_FIBER_DEPTH; depth++, fiber = fiber.return ?? null) {
    if (typeof fiber.key === 'string' && fiber.key.startsWith('chat-')) {
      const jid = fiber.key.slice(5);
      return isJid(jid) ? jid : null;
    }
  }
  return null;
}

/**
 * The main-world half, to be run by a main-world script (e.g. a `world: 'MAIN'` content script). It
 * must stay self-contained apart from `chatJidFromFiber`.
 */
export function installFiberProbeResponder(doc: Document = document): () => void {
  const onRequest = (event: Event) => {
    const target = event.target;
    if (!(target instanceof Element)) return;
    let jid = '';
    for (let el: Element | null = target; el && !jid && el !== doc.body; el = el.parentElement) jid = chatJidFromFiber(el) ?? '';
    target.dispatchEvent(new CustomEvent(FIBER_RESPONSE_EVENT, { detail: jid }));
  };
  doc.addEventListener(FIBER_REQUEST_EVENT, onRequest, true);
  doc.documentElement.setAttribute(FIBER_READY_ATTRIBUTE, '1');
  return () => {
    doc.removeEventListener(FIBER_REQUEST_EVENT, onRequest, true);
    doc.documentElement.removeAttribute(FIBER_READY_ATTRIBUTE);
  };
}
