/**
 * Where a feature puts a small button beside the compose box: in the editor's own row, just before the
 * editor (after WhatsApp's attach and emoji buttons), so it neither covers the send/voice slot nor the
 * text. Found structurally from the editor element the adapter already recognised (its `compose-box`
 * part): the nearest ancestor whose parent also holds buttons is the editor's cell in that row.
 */

export interface ComposeToolPlace {
  parent: Element;
  /** Insert before this child of `parent`. */
  before: Element;
}

/** Enough levels for every known build (editor › lexical wrapper › row); more would leave the footer. */
const MAX_DEPTH = 6;

function holdsOtherButtons(parent: Element, except: Element): boolean {
  for (const button of parent.querySelectorAll('button, [role="button"]')) {
    if (!except.contains(button) && !button.closest('[data-zettel], [data-zettel-action]')) return true;
  }
  return false;
}

export function composeToolPlace(box: Element | null): ComposeToolPlace | null {
  let cell: Element | null = box;
  for (let depth = 0; cell?.parentElement && depth < MAX_DEPTH; depth++, cell = cell.parentElement) {
    const parent: Element = cell.parentElement;
    if (parent.tagName === 'FOOTER' && !holdsOtherButtons(parent, cell)) break;
    if (holdsOtherButtons(parent, cell)) return { parent, before: cell };
  }
  // No button row found (a drifted build): directly before the editor still works.
  return box?.parentElement ? { parent: box.parentElement, before: box } : null;
}

/** Puts `tool` at the place if it is not there already (no mutation when nothing changes). */
export function placeComposeTool(tool: Element, place: ComposeToolPlace): void {
  if (tool.parentElement === place.parent && tool.nextElementSibling === place.before) return;
  place.parent.insertBefore(tool, place.before);
}
