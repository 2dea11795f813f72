/**
 * Alt+Shift+P pins or unpins the open chat, inside WhatsApp's page (not a browser command: the browser
 * allows only four suggested extension shortcuts, and this one needs no background). Matched on the
 * physical key, so a German layout's Alt+Shift+P works the same; listened to in the capture phase so
 * it also works while the focus sits in the compose box or the pins bar.
 */
import { listen } from '../../ui/listen.ts';
export function onPinShortcut(signal: AbortSignal, toggle: () => void): void {
  listen(
    window,
    'keydown',
    (event) => {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== 'KeyP' || event.repeat) return;
      event.preventDefault();
      event.stopPropagation();
      toggle();
    },
    { capture: true, signal },
  );
}
