/**
 * The "templates" button in the compose box's row (`data-zettel-action="open-templates"`). WhatsApp
 * re-creates the footer on every chat switch, re-render and send, so the button is re-placed whenever
 * the conversation, its messages or the health change, when the compose box takes the focus, and by a
 * cheap once-a-second check (one cached part lookup) for anything those miss.
 */
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { composeToolPlace, placeComposeTool } from '../../../../utils/whatsapp/compose-tools.ts';
import { listen } from '../../ui/listen.ts';

const CHECK_INTERVAL_MS = 1_000;

/** The key that opens the picker, drawn as the button's face (an icon without markup or remote files). */
function face(doc: Document): HTMLElement {
  const glyph = doc.createElement('span');
  glyph.className = 'zt-template-glyph';
  glyph.setAttribute('aria-hidden', 'true');
  glyph.textContent = '/';
  return glyph;
}

export interface ComposeButton {
  /** Mirrors the picker's state. */
  setExpanded(open: boolean): void;
  /** Re-places the button now. */
  refresh(): void;
}

export function mountComposeButton(adapter: WhatsAppAdapter, label: string, onPress: () => void, signal: AbortSignal): ComposeButton {
  const doc = document;
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'zt-template-button';
  button.dataset.zettel = 'template-button'; // every node Zettel adds is marked (DESIGN §4)
  button.dataset.zettelAction = 'open-templates';
  button.setAttribute('aria-label', label);
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  button.title = label;
  button.append(face(doc));
  listen(button, 'click', onPress, { signal });

  const refresh = () => {
    if (signal.aborted) return;
    const box = adapter.part('compose-box');
    const place = box?.isConnected && adapter.currentChat() ? composeToolPlace(box) : null;
    if (place) placeComposeTool(button, place);
    else button.remove();
  };
  adapter.onConversation(refresh, signal);
  adapter.onMessages(refresh, signal);
  adapter.onHealth(refresh, signal);
  listen(doc, 'focusin', refresh, { capture: true, signal });
  const timer = setInterval(refresh, CHECK_INTERVAL_MS);
  signal.addEventListener(
    'abort',
    () => {
      clearInterval(timer);
      button.remove();
    },
    { once: true },
  );
  queueMicrotask(refresh);
  return {
    setExpanded: (open) => button.setAttribute('aria-expanded', String(open)),
    refresh,
  };
}
