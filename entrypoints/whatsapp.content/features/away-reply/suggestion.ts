/**
 * The one-click suggestion shown in the open chat when a customer writes outside opening hours
 * (data-zettel="away-suggestion"): "insert the away reply" puts the text into the compose box — the user
 * reads it and sends it. A plain element with textContent, placed just above the compose box.
 */
import { listen } from '../../ui/listen.ts';
export interface SuggestionOptions {
  text: string;
  insertLabel: string;
  dismissLabel: string;
  /** The compose box, to sit above it; null → bottom of the window. */
  anchor: () => Element | null;
  onInsert: () => void;
  signal: AbortSignal;
}

let current: { element: HTMLElement; stop: AbortController } | null = null;

export function hideSuggestion(): void {
  current?.stop.abort();
  current?.element.remove();
  current = null;
}

function position(element: HTMLElement, anchor: Element | null): void {
  const box = anchor?.getBoundingClientRect();
  if (!box || box.width === 0) {
    Object.assign(element.style, { left: '50%', bottom: '80px', transform: 'translateX(-50%)', width: '' });
    return;
  }
  Object.assign(element.style, {
    left: `${Math.round(box.left)}px`,
    width: `${Math.round(box.width)}px`,
    bottom: `${Math.round(window.innerHeight - box.top + 12)}px`,
    transform: '',
  });
}

export function showSuggestion(options: SuggestionOptions, doc: Document = document): HTMLElement {
  hideSuggestion();
  const stop = new AbortController();
  options.signal.addEventListener('abort', hideSuggestion, { once: true, signal: stop.signal });
  const element = doc.createElement('div');
  element.dataset.zettel = 'away-suggestion';
  element.className = 'zt-away-suggestion';
  element.setAttribute('role', 'status');
  const text = doc.createElement('span');
  text.textContent = options.text;
  const insert = doc.createElement('button');
  insert.type = 'button';
  insert.dataset.zettelAction = 'insert-away-reply';
  insert.textContent = options.insertLabel;
  listen(insert, 'click', () => {
    hideSuggestion();
    options.onInsert();
  });
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.dataset.zettelAction = 'dismiss-away-suggestion';
  dismiss.setAttribute('aria-label', options.dismissLabel);
  dismiss.textContent = '✕';
  listen(dismiss, 'click', hideSuggestion);
  // WhatsApp moves focus on mousedown in some places; keep our buttons' clicks ours.
  listen(element, 'mousedown', (event) => event.stopPropagation());
  element.append(text, insert, dismiss);
  doc.body.append(element);
  position(element, options.anchor());
  listen(window, 'resize', () => position(element, options.anchor()), { signal: stop.signal });
  current = { element, stop };
  return element;
}

export function suggestionShown(): boolean {
  return current !== null && current.element.isConnected;
}
