/**
 * One small container of Zettel marks per chat-list row (`data-zettel="chat-marks"`), shared by the
 * flag badge and the label chips so they sit side by side in a fixed order. The container lives in the
 * row element, which WhatsApp recycles: its content is always rewritten from the row's CURRENT chat,
 * never trusted from before.
 */
import { placeDecoration, rowDecorationPlace } from '../../../../utils/whatsapp/decorations.ts';
import { forgetRender } from '../../ui/render-memo.ts';
import { listen } from '../../ui/listen.ts';

export type RowMarkSlot = 'flag' | 'labels' | 'actions';
const SLOT_ORDER: readonly RowMarkSlot[] = ['flag', 'labels', 'actions'];

const CONTAINER = 'chat-marks';

function existingContainer(row: HTMLElement): HTMLElement | null {
  return row.querySelector<HTMLElement>(`[data-zettel="${CONTAINER}"]`);
}

/**
 * WhatsApp selects a row on pointerdown/mousedown (whatsapp-dom.md §2.2): a press on our marks must
 * not also open the chat, so those events stop at our container.
 */
function stopRowSelection(element: HTMLElement): void {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'dblclick'] as const) {
    listen(element, type, (event) => event.stopPropagation());
  }
}

function createContainer(row: HTMLElement): HTMLElement {
  const container = row.ownerDocument.createElement('span');
  container.dataset.zettel = CONTAINER;
  container.className = 'zt-row-marks';
  stopRowSelection(container);
  for (const slot of SLOT_ORDER) {
    const part = row.ownerDocument.createElement('span');
    part.dataset.ztSlot = slot;
    part.className = `zt-row-slot zt-row-slot-${slot}`;
    container.append(part);
  }
  return container;
}

/** The slot of this row's container, created and placed (beside the title) when missing. */
export function rowSlot(row: HTMLElement, slot: RowMarkSlot): HTMLElement {
  const container = existingContainer(row) ?? createContainer(row);
  placeDecoration(container, rowDecorationPlace(row));
  // Lets our stylesheet show the row's hover action while the pointer is anywhere on the row. An
  // attribute of our own: WhatsApp's renderer leaves attributes alone that it did not set.
  if (!row.hasAttribute('data-zt-row')) row.setAttribute('data-zt-row', '');
  return container.querySelector<HTMLElement>(`[data-zt-slot="${slot}"]`)!;
}

/** The slot when the row has a container already (clearing a row that never had marks writes nothing). */
export function existingRowSlot(row: HTMLElement, slot: RowMarkSlot): HTMLElement | null {
  return existingContainer(row)?.querySelector<HTMLElement>(`[data-zt-slot="${slot}"]`) ?? null;
}

/** Every slot of this kind on the page (for a refresh after the data changed). */
export function allRowSlots(root: ParentNode, slot: RowMarkSlot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-zettel="${CONTAINER}"] [data-zt-slot="${slot}"]`)];
}

/**
 * Empties this kind of slot in every row: a stopped feature (switched off, or a part it needs went
 * missing) must not leave marks behind on rows that WhatsApp will recycle for other chats.
 */
export function clearRowSlots(root: ParentNode, slot: RowMarkSlot): void {
  for (const element of allRowSlots(root, slot)) {
    if (element.firstChild) element.replaceChildren();
    forgetRender(element);
  }
}
