/**
 * The notes button in the conversation header (`data-zettel-action="open-notes"`): opens and closes
 * the panel (aria-expanded) and shows whether the chat has a note (`data-state="has-note"`, a dot).
 */
import type { WhatsAppAdapter } from '../../../../utils/whatsapp/adapter.ts';
import { headerSlot } from '../chat-marks/header-marks.ts';
import type { Translate } from '../flags/waiting-age.ts';
import { listen } from '../../ui/listen.ts';

export function renderNotesButton(adapter: WhatsAppAdapter, state: { hasNote: boolean; open: boolean }, t: Translate, onToggle: () => void): HTMLButtonElement | null {
  const slot = headerSlot(adapter, 'notes');
  if (!slot) return null;
  let button = slot.querySelector<HTMLButtonElement>('[data-zettel-action="open-notes"]');
  if (!button) {
    button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'zt-header-button';
    button.dataset.zettelAction = 'open-notes';
    listen(button, 'click', onToggle);
    slot.append(button);
  }
  const label = state.hasNote ? t('notes_action_open_has_note') : t('notes_action_open');
  const text = `📝 ${t('notes_header_label')}${state.hasNote ? ' •' : ''}`;
  const dataState = state.hasNote ? 'has-note' : 'empty';
  if (button.dataset.state !== dataState) button.dataset.state = dataState;
  if (button.getAttribute('aria-expanded') !== String(state.open)) button.setAttribute('aria-expanded', String(state.open));
  if (button.getAttribute('aria-label') !== label) button.setAttribute('aria-label', label);
  if (button.title !== label) button.title = label;
  if (button.textContent !== text) button.textContent = text;
  return button;
}
