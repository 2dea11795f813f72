/**
 * The two keyboard ways into the picker:
 * - "/" typed as the first character of an EMPTY compose box. The key is taken before the editor sees
 *   it, so no "/" lands in the draft; a "/" anywhere else (mid-text, in a draft, in WhatsApp's search)
 *   is left alone and stays a "/".
 * - Alt+Shift+T anywhere on the page while a chat is open. Matched by the physical key (`code`), so it
 *   also works where Alt+Shift turns "T" into another character (macOS Option).
 * One capture listener on the document: it runs before WhatsApp's editor handles the key.
 */
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import type { OpenSource } from './picker.ts';
import { listen } from '../../ui/listen.ts';

export function isPickerShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyT';
}

function isSlashIntoEmptyComposer(event: KeyboardEvent, adapter: WhatsAppAdapter): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false;
  const box = adapter.part('compose-box');
  if (!box || !event.composedPath().includes(box)) return false;
  return adapter.composer.readText() === '';
}

export function listenForOpenKeys(adapter: WhatsAppAdapter, open: (source: OpenSource) => void, signal: AbortSignal): void {
  listen(
    document,
    'keydown',
    (event) => {
      const source: OpenSource | null = isPickerShortcut(event)
        ? 'shortcut'
        : isSlashIntoEmptyComposer(event, adapter)
          ? 'slash'
          : null;
      if (!source || !adapter.currentChat() || !adapter.part('compose-box')) return;
      event.preventDefault();
      event.stopPropagation();
      open(source);
    },
    { capture: true, signal },
  );
}
