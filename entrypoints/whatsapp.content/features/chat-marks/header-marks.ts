/**
 * Zettel's controls in the conversation header (`data-zettel="header-marks"`), shared by flags,
 * labels and reminders so their order is fixed: flag, labels, reminder. WhatsApp replaces the header
 * on every chat switch and re-render, so `headerSlot` re-creates and re-places the container on demand
 * and each feature re-renders its slot whenever the conversation changes.
 */
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { placeDecoration } from '../../../../utils/whatsapp/decorations.ts';

export type HeaderMarkSlot = 'flag' | 'labels' | 'remind' | 'pin' | 'notes';
const SLOT_ORDER: readonly HeaderMarkSlot[] = ['flag', 'labels', 'remind', 'pin', 'notes'];
const CONTAINER = 'header-marks';

function createContainer(doc: Document): HTMLElement {
  const container = doc.createElement('div');
  container.dataset.zettel = CONTAINER;
  container.className = 'zt-header-marks';
  for (const slot of SLOT_ORDER) {
    const part = doc.createElement('span');
    part.dataset.ztSlot = slot;
    part.className = `zt-header-slot zt-header-slot-${slot}`;
    container.append(part);
  }
  return container;
}

/** The slot in the current header, or null while no conversation is open. */
export function headerSlot(adapter: WhatsAppAdapter, slot: HeaderMarkSlot): HTMLElement | null {
  const header = adapter.part('conversation-header');
  if (!header || !header.isConnected || !adapter.currentChat()) return null;
  const container = header.querySelector<HTMLElement>(`[data-zettel="${CONTAINER}"]`) ?? createContainer(header.ownerDocument);
  placeDecoration(container, { parent: header, after: null });
  return container.querySelector<HTMLElement>(`[data-zt-slot="${slot}"]`);
}

/**
 * Calls `render` whenever the header may have changed (switch, rename, re-render, new messages that
 * come with a re-mounted pane), and after the data changed (the caller calls the returned function).
 */
export function watchHeader(adapter: WhatsAppAdapter, signal: AbortSignal, render: () => void): () => void {
  adapter.onConversation(() => render(), signal);
  adapter.onMessages(() => render(), signal);
  adapter.onHealth(() => render(), signal);
  queueMicrotask(() => {
    if (!signal.aborted) render();
  });
  return render;
}

/** Empties this slot in the header (a stopped feature leaves no control behind). */
export function clearHeaderSlot(root: ParentNode, slot: HeaderMarkSlot): void {
  for (const element of root.querySelectorAll<HTMLElement>(`[data-zettel="${CONTAINER}"] [data-zt-slot="${slot}"]`)) element.replaceChildren();
}
