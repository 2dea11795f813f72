/**
 * "internals" mode: a React-fiber-like expando so a main-world probe can read the chat JID the way
 * W12 (whatsapp-dom.md A.2) does: `el["__reactFiber$<random>"].return…` reaches `key: "chat-<jid>"`.
 */
import type { Ctx } from './context.ts';

interface FakeFiber {
  tag: number;
  key: string | null;
  type: string | null;
  stateNode: Element | null;
  return: FakeFiber | null;
  memoizedProps: Record<string, unknown>;
}

function fiber(key: string | null, type: string | null, parent: FakeFiber | null, stateNode: Element | null = null): FakeFiber {
  return { tag: stateNode ? 5 : 0, key, type, stateNode, return: parent, memoizedProps: {} };
}

/** Attaches (or replaces, for a recycled row) the expando; a no-op unless internals are on. */
export function attachFiber(ctx: Ctx, el: Element, jid: string, owner: 'row' | 'header'): void {
  if (!ctx.options.internals) return;
  const root = fiber(null, 'WAWebApp', null);
  const list = fiber(null, owner === 'row' ? 'WAWebChatList' : 'WAWebConversationPanel', root);
  const keyed = fiber(`chat-${jid}`, owner === 'row' ? 'WAWebChatListItem' : 'WAWebConversationHeader', list);
  const inner = fiber(null, 'WAWebCellFrame', keyed);
  const host = fiber(null, 'div', inner, el);
  (el as unknown as Record<string, unknown>)[`__reactFiber$${ctx.fiberSuffix}`] = host;
  (el as unknown as Record<string, unknown>)[`__reactProps$${ctx.fiberSuffix}`] = { role: el.getAttribute('role') };
}
