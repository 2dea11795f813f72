/**
 * What an element was last rendered from, remembered in the content script's own memory rather than
 * in a `data-` attribute: a render signature holds the user's data (label names), and the page's
 * light DOM must carry no more of it than the visible UI (docs/security.md "Sealed UI").
 */
const signatures = new WeakMap<Element, string>();

/** True when `element` was last rendered from `signature`; otherwise remembers it and returns false. */
export function renderedFrom(element: Element, signature: string): boolean {
  if (signatures.get(element) === signature) return true;
  signatures.set(element, signature);
  return false;
}

/** The element was emptied: its next render must write. */
export function forgetRender(element: Element): void {
  signatures.delete(element);
}
