/**
 * Reordering pins by dragging, with pointer events (HTML5 drag and drop is unreliable in synthetic
 * input and in Firefox's extension pages). A press that moves more than a few pixels becomes a drag:
 * the pin moves within the list as the pointer passes other pins' midpoints (the list scrolls near its
 * edges), and on release its new index is reported. The click that ends a drag does not open the chat.
 */
import { dropIndex } from './reorder.ts';
import { listen } from '../../ui/listen.ts';

const DRAG_THRESHOLD_PX = 5;
const EDGE_PX = 24;
const EDGE_STEP_PX = 10;

export interface DragOptions {
  list: HTMLElement;
  /** The draggable items (children of `list`), in their current DOM order. */
  items(): HTMLElement[];
  /** Presses on these do not start a drag (e.g. the unpin button). */
  ignore: string;
  /** Touch and pen drags start only here, so a swipe elsewhere still scrolls the list. */
  touchHandle: string;
  onDrop(item: HTMLElement, toIndex: number): void;
  /** A drag ended without a move (or was cancelled): the caller re-renders from its data. */
  onCancel(): void;
  signal: AbortSignal;
}

export function enableDragReorder(options: DragOptions): void {
  const { list, signal } = options;
  let press: { item: HTMLElement; pointerId: number; startY: number; startIndex: number; dragging: boolean } | null = null;
  let swallowClick = false;

  const finish = (commit: boolean) => {
    if (!press) return;
    const { item, startIndex, dragging, pointerId } = press;
    press = null;
    if (list.hasPointerCapture(pointerId)) list.releasePointerCapture(pointerId);
    if (!dragging) return;
    item.removeAttribute('data-dragging');
    list.removeAttribute('data-dragging');
    swallowClick = true;
    setTimeout(() => (swallowClick = false), 0);
    const index = options.items().indexOf(item);
    if (commit && index >= 0 && index !== startIndex) options.onDrop(item, index);
    else options.onCancel();
  };

  listen(
    list,
    'pointerdown',
    (event) => {
      if (event.button !== 0 || press) return;
      const target = event.target as Element | null;
      if (!target || target.closest(options.ignore)) return;
      if (event.pointerType !== 'mouse' && !target.closest(options.touchHandle)) return;
      const item = options.items().find((candidate) => candidate.contains(target));
      if (!item) return;
      press = { item, pointerId: event.pointerId, startY: event.clientY, startIndex: options.items().indexOf(item), dragging: false };
    },
    { signal },
  );

  listen(
    list,
    'pointermove',
    (event) => {
      if (!press || event.pointerId !== press.pointerId) return;
      if (!press.dragging) {
        if (Math.abs(event.clientY - press.startY) < DRAG_THRESHOLD_PX) return;
        press.dragging = true;
        press.item.setAttribute('data-dragging', 'true');
        list.setAttribute('data-dragging', 'true');
        // Keeps the moves coming while the pointer leaves the list.
        list.setPointerCapture(event.pointerId);
      }
      event.preventDefault();
      const bounds = list.getBoundingClientRect();
      if (event.clientY < bounds.top + EDGE_PX) list.scrollTop -= EDGE_STEP_PX;
      else if (event.clientY > bounds.bottom - EDGE_PX) list.scrollTop += EDGE_STEP_PX;
      const dragged = press.item;
      const others = options.items().filter((item) => item !== dragged);
      const midpoints = others.map((item) => {
        const rect = item.getBoundingClientRect();
        return rect.top + rect.height / 2;
      });
      const index = dropIndex(midpoints, event.clientY);
      const before = others[index] ?? null;
      if (dragged.nextElementSibling !== before || (before === null && list.lastElementChild !== dragged)) list.insertBefore(dragged, before);
    },
    { signal },
  );

  listen(list, 'pointerup', (event) => press?.pointerId === event.pointerId && finish(true), { signal });
  listen(list, 'pointercancel', (event) => press?.pointerId === event.pointerId && finish(false), { signal });
  listen(list, 'lostpointercapture', (event) => press?.dragging && press.pointerId === event.pointerId && finish(true), { signal });
  // The click after a drag must not open the chat under the pointer.
  listen(
    list,
    'click',
    (event) => {
      if (!swallowClick) return;
      swallowClick = false;
      event.preventDefault();
      event.stopPropagation();
    },
    { capture: true, signal },
  );
}
