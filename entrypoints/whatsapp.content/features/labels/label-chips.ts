/**
 * Label chips (`data-zettel="chat-label"`, the label's color, its name as text) and the "+N" chip
 * (`data-zettel="chat-label-more"`) for labels beyond the visible few. Rendered into a slot from the
 * chat's current labels; only changed nodes are touched, so a re-report of an unchanged row writes nothing.
 */
import type { LabelRecord } from '../../../../utils/messaging/protocol.ts';
import { chipTextColor } from '../../../../utils/labels/palette.ts';
import { forgetRender, renderedFrom } from '../../ui/render-memo.ts';

export function renderChips(slot: HTMLElement, labels: readonly LabelRecord[], maxVisible: number, moreLabel: (count: string) => string): void {
  const visible = labels.length > maxVisible ? labels.slice(0, maxVisible - 1 > 0 ? maxVisible - 1 : 1) : labels;
  const hidden = labels.slice(visible.length);
  const signature = JSON.stringify([visible.map((l) => [l.id, l.name, l.color]), hidden.map((l) => l.name)]);
  if (renderedFrom(slot, signature)) return;
  const doc = slot.ownerDocument;
  const chips: HTMLElement[] = visible.map((label) => {
    const chip = doc.createElement('span');
    chip.dataset.zettel = 'chat-label';
    chip.dataset.labelId = label.id;
    chip.className = 'zt-chip';
    chip.style.background = label.color;
    chip.style.color = chipTextColor(label.color);
    chip.textContent = label.name;
    return chip;
  });
  if (hidden.length > 0) {
    const more = doc.createElement('span');
    more.dataset.zettel = 'chat-label-more';
    more.className = 'zt-chip-more';
    more.textContent = `+${hidden.length}`;
    // The count, not the names: an attribute must not carry label names the row does not show.
    more.setAttribute('aria-label', moreLabel(String(hidden.length)));
    chips.push(more);
  }
  slot.replaceChildren(...chips);
}

/** Empties a slot that shows chips (no write when it is empty already). */
export function clearChips(slot: HTMLElement | null): void {
  if (!slot || !slot.firstChild) return;
  slot.replaceChildren();
  forgetRender(slot);
}
