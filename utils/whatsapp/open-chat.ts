/**
 * Opening a chat the way a user's press does: WhatsApp selects a row on pointerdown/mousedown and
 * ignores a bare synthetic click() (whatsapp-dom.md §2.2), so the whole press sequence is dispatched on
 * the row's title. Only rows in the DOM can be pressed (the list is virtualized).
 */
import { firstMatch, ROW_TITLE_CHAIN } from './selectors.ts';

export function pressRow(item: HTMLElement): void {
  const target = (firstMatch(ROW_TITLE_CHAIN, item)?.element as HTMLElement | undefined) ?? item;
  const view = item.ownerDocument.defaultView ?? window;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1, view };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(new PointerEvent('pointerup', { ...init, buttons: 0, pointerType: 'mouse', isPrimary: true }));
  target.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
  target.dispatchEvent(new MouseEvent('click', { ...init, buttons: 0 }));
}
