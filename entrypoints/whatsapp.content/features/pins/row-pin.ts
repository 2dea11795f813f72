/**
 * The pin action in a chat-list row's hover/focus actions (`data-zettel-action="toggle-pin"`,
 * aria-pressed), next to the flag action in the shared row-marks container — which stops
 * pointerdown/mousedown, so pressing it does not open the chat (WhatsApp selects rows on mousedown).
 * Rewritten from the row's CURRENT chat on every report (rows are recycled).
 */
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { allRowSlots, rowSlot } from '../chat-marks/row-marks.ts';
import type { Translate } from '../flags/waiting-age.ts';
import { listen } from '../../ui/listen.ts';

const SELECTOR = '[data-zettel-action="toggle-pin"]';

export function renderRowPin(row: RowInfo, pinned: boolean, t: Translate, onToggle: (rowElement: HTMLElement) => void): void {
  const slot = rowSlot(row.element, 'actions');
  let button = slot.querySelector<HTMLButtonElement>(SELECTOR);
  if (!button) {
    button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'zt-row-action zt-row-pin';
    button.dataset.zettelAction = 'toggle-pin';
    button.textContent = '📌';
    const element = row.element;
    listen(button, 'click', () => onToggle(element));
    slot.append(button);
  }
  const label = pinned ? t('pins_unpin', row.title) : t('pins_action_pin_row', row.title);
  if (button.getAttribute('aria-pressed') !== String(pinned)) button.setAttribute('aria-pressed', String(pinned));
  if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
}

/** Takes the pin actions out of every row (the feature stopped). */
export function clearRowPins(root: ParentNode): void {
  for (const slot of allRowSlots(root, 'actions')) for (const button of slot.querySelectorAll(SELECTOR)) button.remove();
}
