/**
 * The "still to answer" toggle in the conversation header (`data-zettel-action="toggle-flag"`,
 * aria-pressed, a name in the user's language). Re-rendered on every conversation change and after
 * every data change.
 */
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { headerSlot } from '../chat-marks/header-marks.ts';
import type { ChatMarksData } from '../chat-marks/live-data.ts';
import { storedFlags } from './flag-actions.ts';
import type { Translate } from './waiting-age.ts';
import { listen } from '../../ui/listen.ts';

export function renderHeaderToggle(adapter: WhatsAppAdapter, data: ChatMarksData, t: Translate, onToggle: () => void): void {
  const chat = adapter.currentChat();
  const slot = headerSlot(adapter, 'flag');
  if (!slot || !chat) return;
  let button = slot.querySelector<HTMLButtonElement>('[data-zettel-action="toggle-flag"]');
  if (!button) {
    button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'zt-header-button';
    button.dataset.zettelAction = 'toggle-flag';
    listen(button, 'click', onToggle);
    slot.append(button);
  }
  const flagged = storedFlags(chat, data).length > 0;
  const text = flagged ? t('flag_header_flagged') : t('flag_header_flag');
  if (button.getAttribute('aria-pressed') !== String(flagged)) button.setAttribute('aria-pressed', String(flagged));
  const label = flagged ? t('flag_action_unflag') : t('flag_action_flag');
  if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
  if (button.title !== label) button.title = label;
  if (button.textContent !== `⚑ ${text}`) button.textContent = `⚑ ${text}`;
}
