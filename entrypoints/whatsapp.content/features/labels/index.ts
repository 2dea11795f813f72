/**
 * Labels on chats (issue #3): any number, any color, in the user's order (managed in the options
 * page). Chips in the chat-list row — a few, then "+N" — and in the conversation header, beside the
 * flag; assigned from the header's label menu.
 */
import { defineFeature, type FeatureContext } from '../registry.ts';
import type { ChatKey } from '../../../../utils/chat-key.ts';
import type { RowInfo } from '../../../../utils/whatsapp/adapter.ts';
import { clearHeaderSlot, headerSlot, watchHeader } from '../chat-marks/header-marks.ts';
import { startChatMarks } from '../chat-marks/feature-setup.ts';
import { chatKeyCandidates, labelsOf, type ChatMarksData } from '../chat-marks/live-data.ts';
import { clearRowSlots, existingRowSlot, rowSlot } from '../chat-marks/row-marks.ts';
import { clearChips, renderChips } from './label-chips.ts';
import { ensureEditButton, renderMenu } from './label-menu.ts';

/** A row has little room: two chips, or one chip and "+N". The header shows more. */
const ROW_CHIPS = 2;
const HEADER_CHIPS = 4;

export default defineFeature({
  id: 'labels',
  // The header controls simply do not render while the header is not recognised; the rows still work.
  needs: ['chat-rows'],
  start(ctx: FeatureContext) {
    const { adapter, signal, t } = ctx;
    const { client, report, store } = startChatMarks(ctx);
    const more = (count: string) => t('label_more', count);

    const renderRow = (row: RowInfo, data: ChatMarksData) => {
      const labels = labelsOf(chatKeyCandidates(row.key, row.title, data), data);
      if (labels.length === 0) clearChips(existingRowSlot(row.element, 'labels'));
      else renderChips(rowSlot(row.element, 'labels'), labels, ROW_CHIPS, more);
    };
    const renderRows = (rows: RowInfo[]) => {
      const data = store.current();
      for (const row of rows) renderRow(row, data);
    };

    /**
     * One label on or off, decided in the background against the stored labels (not this tab's view,
     * which may be stale while another tab writes); labels under the chat's other keys move to its current key.
     */
    const assign = async (chat: { key: ChatKey; title: string }, labelId: string, checked: boolean) => {
      const otherKeys = chatKeyCandidates(chat.key, chat.title, store.current()).filter((key) => key !== chat.key);
      await client.request('assignChatLabel', { chatKey: chat.key, labelId, assigned: checked, otherKeys });
    };

    const renderHeader = ctx.guard(() => {
      const chat = adapter.currentChat();
      const slot = headerSlot(adapter, 'labels');
      if (!slot || !chat) return;
      const data = store.current();
      const labels = labelsOf(chatKeyCandidates(chat.key, chat.title, data), data);
      let chips = slot.querySelector<HTMLElement>('.zt-header-labels');
      if (!chips) {
        chips = slot.ownerDocument.createElement('span');
        chips.className = 'zt-header-labels';
        slot.prepend(chips);
      }
      if (labels.length === 0) clearChips(chips);
      else renderChips(chips, labels, HEADER_CHIPS, more);
      ensureEditButton(slot, {
        t,
        signal,
        onToggle: (labelId, checked) => {
          // The chat open NOW: the menu belongs to the header of the chat it was opened in, but be safe.
          const current = adapter.currentChat();
          if (current) assign({ key: current.key, title: current.title }, labelId, checked).catch(report);
        },
      });
      renderMenu(slot, data.labels, new Set(labels.map((label) => label.id)), t);
    });

    const refreshHeader = watchHeader(adapter, signal, renderHeader);
    signal.addEventListener(
      'abort',
      () => {
        clearRowSlots(document, 'labels');
        clearHeaderSlot(document, 'labels');
      },
      { once: true },
    );
    adapter.onRows(renderRows, signal);
    store.onChange(
      ctx.guard(() => {
        renderRows(adapter.rows());
        refreshHeader();
      }),
      signal,
    );
  },
});
