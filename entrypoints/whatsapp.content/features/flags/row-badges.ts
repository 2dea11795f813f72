/**
 * The flag badge in a chat-list row (`data-zettel="chat-flag"`, `data-state="open|due"`) with the
 * waiting age, and the row's hover/focus action to flag or unflag that chat. Rendered from the row's
 * CURRENT chat on every call (rows are recycled); a row whose chat has no flag loses its badge.
 */
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { chatKeyCandidates, flagOf, type ChatMarksData } from '../chat-marks/live-data.ts';
import { existingRowSlot, rowSlot } from '../chat-marks/row-marks.ts';
import { isOverdue, waitingAge, type Translate } from './waiting-age.ts';
import { listen } from '../../ui/listen.ts';

export const DEFAULT_OVERDUE_HOURS = 24;

export interface RowFlagContext {
  data: ChatMarksData;
  now: number;
  t: Translate;
  /** Called with the row element when its action is pressed; the chat is read from the row then. */
  onToggle(rowElement: HTMLElement): void;
}

export function renderRowFlag(row: RowInfo, context: RowFlagContext): void {
  const { data, now, t } = context;
  const flag = flagOf(chatKeyCandidates(row.key, row.title, data), data);
  if (!flag) {
    const slot = existingRowSlot(row.element, 'flag');
    if (slot?.firstChild) slot.replaceChildren();
  } else {
    const slot = rowSlot(row.element, 'flag');
    const badge = (slot.firstElementChild as HTMLElement | null) ?? createBadge(slot);
    const age = waitingAge(flag.waitingSince, now, t);
    const overdue = flag.state === 'due' || isOverdue(flag.waitingSince, now, data.settings?.['flags.overdueAfterHours'] ?? DEFAULT_OVERDUE_HOURS);
    setAttr(badge, 'data-state', flag.state);
    setAttr(badge, 'data-overdue', String(overdue));
    setAttr(badge, 'data-zettel-chat', row.key);
    setAttr(badge, 'aria-label', flag.state === 'due' ? t('flag_badge_due', age.short) : t('flag_badge_waiting', age.short));
    if (badge.textContent !== age.short) badge.textContent = age.short;
  }
  renderRowAction(row, flag !== null, context);
}

function createBadge(slot: HTMLElement): HTMLElement {
  const badge = slot.ownerDocument.createElement('span');
  badge.dataset.zettel = 'chat-flag';
  badge.className = 'zt-flag';
  badge.setAttribute('role', 'img');
  slot.append(badge);
  return badge;
}

function renderRowAction(row: RowInfo, flagged: boolean, context: RowFlagContext): void {
  const slot = rowSlot(row.element, 'actions');
  let button = slot.querySelector<HTMLButtonElement>('[data-zettel-action="toggle-flag"]');
  if (!button) {
    button = slot.ownerDocument.createElement('button');
    button.type = 'button';
    button.className = 'zt-row-action';
    button.dataset.zettelAction = 'toggle-flag';
    button.textContent = '⚑';
    const element = row.element;
    listen(button, 'click', () => context.onToggle(element));
    slot.append(button);
  }
  setAttr(button, 'aria-pressed', String(flagged));
  setAttr(button, 'aria-label', flagged ? context.t('flag_action_unflag_row', row.title) : context.t('flag_action_flag_row', row.title));
}

function setAttr(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
