/**
 * The pin toggle in the conversation header (`data-zettel-action="toggle-pin"`, aria-pressed), in the
 * shared header-marks container after flag, labels and reminder. Re-rendered on every conversation
 * change and after every data change.
 */
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { headerSlot } from '../chat-marks/header-marks.ts';
import type { Translate } from '../flags/waiting-age.ts';
import type { ChatRef } from './pin-actions.ts';
import { listen } from '../../ui/listen.ts';

export function renderHeaderPin(adapter: WhatsAppAdapter, pinned: (chat: ChatRef) => boolean, t: Translate, onToggle: () => void): void {
  const chat = adapter.currentChat();
  const slot = headerSlot(adapter, 'pin');
  if (!slot || !chat) return;
  let button = slot.querySelector<HTMLButtonElement>('[data-zettel-action="toggle-pin"]');
  if (!button) {
    button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'zt-header-button';
    button.dataset.zettelAction = 'toggle-pin';
    button.setAttribute('aria-keyshortcuts', 'Alt+Shift+P');
    listen(button, 'click', onToggle);
    slot.append(button);
  }
  const isPinned = pinned(chat);
  const label = isPinned ? t('pins_action_unpin') : t('pins_action_pin');
  const text = `📌 ${isPinned ? t('pins_header_pinned') : t('pins_header_pin')}`;
  if (button.getAttribute('aria-pressed') !== String(isPinned)) button.setAttribute('aria-pressed', String(isPinned));
  if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
  const tooltip = `${label} (Alt+Shift+P)`;
  if (button.title !== tooltip) button.title = tooltip;
  if (button.textContent !== text) button.textContent = text;
}
