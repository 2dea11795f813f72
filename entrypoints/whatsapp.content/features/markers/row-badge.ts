/**
 * The roll-up into "still to answer" (docs/markers.md): a chat-list row whose chat has open markers
 * shows a marker badge (`data-zettel="chat-marker-badge"`, the count) in the row's Zettel marks,
 * right before the flag. Pressing it jumps to the chat's oldest open marker
 * (`data-zettel-action="jump-to-marker"`). Rows are recycled: the badge is rewritten from the row's
 * CURRENT chat, and the press reads the chat from the row at that moment.
 */
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { chatKeyCandidates, type ChatMarksData } from '../chat-marks/live-data.ts';
import { rowSlot } from '../chat-marks/row-marks.ts';
import type { Translate } from '../flags/waiting-age.ts';
import type { MarkerData } from './marker-data.ts';
import { openMarkerRollUp } from './marker-info.ts';
import { listen } from '../../ui/listen.ts';

const BADGE = 'chat-marker-badge';

export function renderRowMarker(row: RowInfo, markers: MarkerData, marks: ChatMarksData, t: Translate, onJump: (rowElement: HTMLElement) => void): void {
  const { count, since } = openMarkerRollUp(markers.openMarkers(chatKeyCandidates(row.key, row.title, marks)));
  const existing = row.element.querySelector<HTMLElement>(`[data-zettel="${BADGE}"]`);
  if (count === 0) {
    existing?.remove();
    return;
  }
  const flagSlot = rowSlot(row.element, 'flag');
  const badge = existing ?? row.element.ownerDocument.createElement('button');
  if (!existing) {
    (badge as HTMLButtonElement).type = 'button';
    badge.dataset.zettel = BADGE;
    badge.dataset.zettelAction = 'jump-to-marker';
    badge.className = 'zt-row-marker';
    const element = row.element;
    listen(badge, 'click', () => onJump(element));
  }
  if (badge.nextElementSibling !== flagSlot || badge.parentElement !== flagSlot.parentElement) flagSlot.before(badge);
  const text = `🔖${count}`;
  if (badge.textContent !== text) badge.textContent = text;
  const label = `${count === 1 ? t('markers_row_badge_one') : t('markers_row_badge_many', String(count))}. ${t('markers_row_badge_jump')}`;
  if (badge.getAttribute('aria-label') !== label) badge.setAttribute('aria-label', label);
  if (badge.getAttribute('data-count') !== String(count)) badge.setAttribute('data-count', String(count));
  const waiting = since === null ? '' : String(since);
  if (badge.getAttribute('data-waiting-since') !== waiting) badge.setAttribute('data-waiting-since', waiting);
  if (badge.getAttribute('data-zettel-chat') !== row.key) badge.setAttribute('data-zettel-chat', row.key);
}

export function removeRowMarkers(root: ParentNode): void {
  for (const badge of root.querySelectorAll(`[data-zettel="${BADGE}"]`)) badge.remove();
}
