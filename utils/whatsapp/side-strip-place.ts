/**
 * Where Zettel's own strip goes in the side column: directly above the chat list's scroll container
 * (#pane-side), so WhatsApp's title bar, search box and filter pills above it stay untouched and only
 * the list gives up height. Without #pane-side (a renamed build), the nearest scrolling ancestor of the
 * chat list takes its place.
 */
export interface SideStripAnchor {
  parent: Element;
  /** The strip is inserted right before this element. */
  before: Element;
}

function scrollsVertically(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const overflowY = view.getComputedStyle(el).overflowY;
  return overflowY === 'auto' || overflowY === 'scroll';
}

export function sideStripAnchor(chatList: Element | null): SideStripAnchor | null {
  if (!chatList) return null;
  let scroller: Element | null = chatList.closest('#pane-side');
  for (let node: Element | null = chatList; !scroller && node && node !== node.ownerDocument.body; node = node.parentElement) {
    if (scrollsVertically(node)) scroller = node;
  }
  scroller ??= chatList;
  const parent = scroller.parentElement;
  return parent ? { parent, before: scroller } : null;
}
