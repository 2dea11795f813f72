/**
 * The storage-full message: plain elements, textContent only, inline styles (no stylesheet to keep in
 * step), colors for WhatsApp's light and dark theme. A second refusal while it shows keeps the one message.
 */
import { listen } from '../../ui/listen.ts';
export interface StorageAlertOptions {
  message: string;
  dismissLabel: string;
  theme: 'light' | 'dark' | string;
  signal: AbortSignal;
}

const SELECTOR = '[data-zettel="storage-alert"]';

export function showStorageAlert(doc: Document, options: StorageAlertOptions): HTMLElement {
  const existing = doc.querySelector<HTMLElement>(SELECTOR);
  if (existing) return existing;
  const dark = options.theme === 'dark';
  const alert = doc.createElement('div');
  alert.dataset.zettel = 'storage-alert';
  alert.setAttribute('role', 'alert');
  alert.style.cssText =
    'position:fixed;top:12px;left:50%;transform:translateX(-50%);z-index:10001;display:flex;gap:12px;align-items:center;' +
    'max-width:560px;padding:10px 14px;border-radius:8px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.3);' +
    (dark ? 'background:#5a1f17;color:#ffe1dc;border:1px solid #a3402f;' : 'background:#ffe1dc;color:#5a1208;border:1px solid #f08a7a;');
  const text = doc.createElement('span');
  text.textContent = options.message;
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.dataset.zettelAction = 'dismiss-storage-alert';
  dismiss.setAttribute('aria-label', options.dismissLabel);
  dismiss.textContent = '✕';
  dismiss.style.cssText = 'border:0;background:transparent;color:inherit;font:600 16px system-ui,sans-serif;cursor:pointer;padding:2px 6px;';
  listen(dismiss, 'click', () => alert.remove());
  alert.append(text, dismiss);
  doc.body.append(alert);
  options.signal.addEventListener('abort', () => alert.remove(), { once: true });
  return alert;
}
