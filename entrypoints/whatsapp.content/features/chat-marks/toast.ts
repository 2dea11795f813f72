/**
 * A short-lived message at the bottom of the page with one action ("Undo"). One at a time: a new toast
 * replaces the previous one. Plain elements with textContent; `role="status"` so screen readers hear it.
 */
import { listen } from '../../ui/listen.ts';
export interface ToastOptions {
  message: string;
  actionLabel: string;
  onAction: () => void;
  durationMs: number;
  signal: AbortSignal;
}

let currentToast: { element: HTMLElement; timer: ReturnType<typeof setTimeout> } | null = null;

export function dismissToast(): void {
  if (!currentToast) return;
  clearTimeout(currentToast.timer);
  currentToast.element.remove();
  currentToast = null;
}

export function showToast(options: ToastOptions, doc: Document = document): HTMLElement {
  dismissToast();
  const toast = doc.createElement('div');
  toast.dataset.zettel = 'toast';
  toast.className = 'zt-toast';
  toast.setAttribute('role', 'status');
  const text = doc.createElement('span');
  text.textContent = options.message;
  const action = doc.createElement('button');
  action.type = 'button';
  action.dataset.zettelAction = 'undo';
  action.textContent = options.actionLabel;
  listen(action, 'click', () => {
    dismissToast();
    options.onAction();
  });
  toast.append(text, action);
  doc.body.append(toast);
  const entry = { element: toast, timer: setTimeout(() => entry === currentToast && dismissToast(), options.durationMs) };
  currentToast = entry;
  options.signal.addEventListener('abort', () => entry === currentToast && dismissToast(), { once: true });
  return toast;
}
