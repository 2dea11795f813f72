/**
 * The header's label editor: a button (`data-zettel-action="edit-labels"`) that opens a small menu of
 * every label as a checkbox (`data-zettel="label-menu"`, items `data-zettel-action="toggle-label"`).
 * Labels are created, renamed and ordered in the options page; here they are only assigned.
 */
import type { LabelRecord } from '../../../../utils/messaging/protocol.ts';
import type { Translate } from '../flags/waiting-age.ts';
import { listen } from '../../ui/listen.ts';
import { renderedFrom } from '../../ui/render-memo.ts';

export interface LabelMenuOptions {
  t: Translate;
  signal: AbortSignal;
  /** Called with the label and whether it is now checked. */
  onToggle(labelId: string, checked: boolean): void;
}

/** The edit button, created once per header slot; `menuOf` finds its menu. */
export function ensureEditButton(slot: HTMLElement, options: LabelMenuOptions): HTMLButtonElement {
  let button = slot.querySelector<HTMLButtonElement>('[data-zettel-action="edit-labels"]');
  if (button) return button;
  const doc = slot.ownerDocument;
  button = doc.createElement('button');
  button.type = 'button';
  button.className = 'zt-header-button';
  button.dataset.zettelAction = 'edit-labels';
  button.textContent = `🏷 ${options.t('label_header_button')}`;
  button.setAttribute('aria-label', options.t('label_edit'));
  button.title = options.t('label_edit');
  button.setAttribute('aria-haspopup', 'true');
  button.setAttribute('aria-expanded', 'false');
  const menu = doc.createElement('div');
  menu.dataset.zettel = 'label-menu';
  menu.className = 'zt-menu';
  menu.hidden = true;
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', options.t('label_edit'));
  const close = () => {
    menu.hidden = true;
    button!.setAttribute('aria-expanded', 'false');
  };
  listen(button, 'click', () => {
    menu.hidden = !menu.hidden;
    button!.setAttribute('aria-expanded', String(!menu.hidden));
  });
  // On the document: focus may sit on the button or anywhere in the header when Escape is pressed.
  listen(
    doc,
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || menu.hidden) return;
      close();
      if (menu.contains(doc.activeElement)) button!.focus();
    },
    { signal: options.signal, capture: true },
  );
  listen(
    doc,
    'pointerdown',
    (event) => {
      if (!menu.hidden && event.target instanceof Node && !menu.contains(event.target) && !button!.contains(event.target)) close();
    },
    { signal: options.signal, capture: true },
  );
  // The checkbox's own click (a person's, or the label's forwarded one): a script's `checkbox.click()`
  // would fire a trusted "change", so the action hangs on the click (ui/listen.ts).
  listen(menu, 'click', (event) => {
    const input = event.target instanceof HTMLInputElement ? event.target : null;
    if (input?.type === 'checkbox' && input.dataset.labelId) options.onToggle(input.dataset.labelId, input.checked);
  });
  slot.append(button, menu);
  return button;
}

/** Brings the menu's checkboxes in line with all labels and the chat's current ones. */
export function renderMenu(slot: HTMLElement, labels: readonly LabelRecord[], checked: ReadonlySet<string>, t: Translate): void {
  const menu = slot.querySelector<HTMLElement>('[data-zettel="label-menu"]');
  if (!menu) return;
  const signature = JSON.stringify(labels.map((l) => [l.id, l.name, l.color]));
  if (renderedFrom(menu, signature)) {
    // Same labels: only the ticks change, in place, so the focused checkbox keeps the focus.
    for (const input of menu.querySelectorAll<HTMLInputElement>('input[data-label-id]')) {
      const want = checked.has(input.dataset.labelId ?? '');
      if (input.checked !== want) input.checked = want;
    }
    return;
  }
  const doc = menu.ownerDocument;
  if (labels.length === 0) {
    const note = doc.createElement('div');
    note.className = 'zt-menu-note';
    note.textContent = t('label_menu_empty');
    menu.replaceChildren(note);
    return;
  }
  menu.replaceChildren(
    ...labels.map((label) => {
      const row = doc.createElement('label');
      const input = doc.createElement('input');
      input.type = 'checkbox';
      input.dataset.zettelAction = 'toggle-label';
      input.dataset.labelId = label.id;
      input.checked = checked.has(label.id);
      const swatch = doc.createElement('span');
      swatch.className = 'zt-swatch';
      swatch.style.background = label.color;
      const name = doc.createElement('span');
      name.textContent = label.name;
      row.append(input, swatch, name);
      return row;
    }),
  );
}
