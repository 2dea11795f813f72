/**
 * A person's input in a happy-dom unit test. Zettel's listeners act only on trusted events
 * (entrypoints/whatsapp.content/ui/listen.ts); happy-dom cannot produce one, so the test marks the
 * event as the browser would for a real key press or click. (In a real browser `isTrusted` cannot be
 * redefined: the e2e tests use real input.)
 */
export function asPerson<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

export function personClick(element: Element): void {
  element.dispatchEvent(asPerson(new MouseEvent('click', { bubbles: true, cancelable: true })));
}
