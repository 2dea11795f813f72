/**
 * The small menu to mark a message (`data-zettel="marker-menu"`): a color/label choice (the user's
 * labels, plus a default color), an optional short note, and the buttons to save, resolve or reopen,
 * and remove. One menu for the page, in <body> (position: fixed), so WhatsApp re-rendering or
 * unmounting the message cannot take it away while the user types. Everything is built with
 * textContent: label names and notes are the user's own strings.
 */
import type { LabelRecord, MarkerRecord } from '../../../../utils/messaging/protocol.ts';
import type { Translate } from '../flags/waiting-age.ts';
import { markerLabel, type MarkChoice } from './marker-info.ts';
import { blockFormSubmit, listen } from '../../ui/listen.ts';

/** = DEFAULT_MARKER_COLOR of the data layer (the content script does not import utils/db). */
export const DEFAULT_MARKER_COLOR = '#f5a623';
const NOTE_MAX = 200;

export interface MenuRequest {
  /** The control that opened the menu: the menu is placed beside it and focus returns to it. */
  anchor: HTMLElement;
  existing: MarkerRecord | null;
  labels: readonly LabelRecord[];
  onSave(choice: MarkChoice): void;
  onResolve(): void;
  onReopen(): void;
  onRemove(): void;
}

interface ColorOption {
  color: string;
  name: string;
  labelId: string | null;
}

export class MarkerMenu {
  readonly element: HTMLElement;
  private request: MenuRequest | null = null;
  private readonly fieldset: HTMLFieldSetElement;
  private readonly note: HTMLInputElement;
  private readonly save: HTMLButtonElement;
  private readonly resolve: HTMLButtonElement;
  private readonly reopen: HTMLButtonElement;
  private readonly remove: HTMLButtonElement;

  constructor(
    private readonly doc: Document,
    private readonly t: Translate,
    signal: AbortSignal,
  ) {
    const el = (tag: string, className?: string) => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      return node;
    };
    const form = el('form', 'zt-marker-menu') as HTMLFormElement;
    form.dataset.zettel = 'marker-menu';
    form.setAttribute('role', 'dialog');
    form.hidden = true;
    this.element = form;
    this.fieldset = el('fieldset') as HTMLFieldSetElement;
    const noteLabel = el('label', 'zt-marker-note-label');
    const noteText = el('span');
    noteText.textContent = t('markers_note_label');
    this.note = el('input') as HTMLInputElement;
    this.note.type = 'text';
    this.note.maxLength = NOTE_MAX;
    this.note.dataset.zettel = 'marker-note';
    this.note.setAttribute('aria-label', t('markers_note_label'));
    noteLabel.append(noteText, this.note);
    const buttons = el('div', 'zt-marker-buttons');
    const button = (action: string, text: string, type: 'submit' | 'button' = 'button') => {
      const b = el('button') as HTMLButtonElement;
      b.type = type;
      b.dataset.zettelAction = action;
      b.textContent = text;
      buttons.append(b);
      return b;
    };
    this.save = button('save-marker', t('markers_save'), 'submit');
    this.save.dataset.primary = '';
    this.resolve = button('resolve-marker', t('markers_resolve'));
    this.reopen = button('reopen-marker', t('markers_reopen'));
    this.remove = button('unmark-message', t('markers_remove'));
    const cancel = button('close-marker-menu', t('markers_cancel'));
    form.append(this.fieldset, noteLabel, buttons);

    // Enter in the note field clicks the submit button (trusted); `form.requestSubmit()` by a script
    // would fire a trusted submit, so only the button's click saves (ui/listen.ts).
    blockFormSubmit(form);
    listen(this.save, 'click', (event) => {
      event.preventDefault();
      const request = this.request;
      const color = this.fieldset.querySelector<HTMLInputElement>('input:checked')?.value ?? DEFAULT_MARKER_COLOR;
      const note = this.note.value;
      this.close(true);
      request?.onSave({ color, note });
    });
    const after = (action: (request: MenuRequest) => void) => () => {
      const request = this.request;
      this.close(true);
      if (request) action(request);
    };
    listen(this.resolve, 'click', after((r) => r.onResolve()));
    listen(this.reopen, 'click', after((r) => r.onReopen()));
    listen(this.remove, 'click', after((r) => r.onRemove()));
    listen(cancel, 'click', () => this.close(true));
    // WhatsApp must not see typing or presses meant for the menu (its keyboard shortcuts, message selection).
    for (const type of ['keydown', 'keyup', 'keypress', 'pointerdown', 'mousedown', 'click', 'input', 'beforeinput'] as const) {
      listen(form, type, (event) => event.stopPropagation());
    }
    listen(form, 'keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close(true);
      }
    });
    listen(
      doc,
      'pointerdown',
      (event) => {
        if (this.request && event.target instanceof Node && !form.contains(event.target) && !this.request.anchor.contains(event.target)) this.close(false);
      },
      { signal, capture: true },
    );
    signal.addEventListener('abort', () => form.remove(), { once: true });
  }

  isOpenFor(anchor: Element): boolean {
    return this.request?.anchor === anchor;
  }

  open(request: MenuRequest): void {
    this.close(false);
    this.request = request;
    const { existing, labels } = request;
    const t = this.t;
    this.element.setAttribute('aria-label', existing ? t('markers_action_edit') : t('markers_action_mark'));
    const legend = this.doc.createElement('legend');
    legend.textContent = t('markers_menu_color');
    const options = colorOptions(labels, existing, t('markers_color_default'), t('markers_chip_marked'));
    const current = existing ? (markerLabel(existing, labels)?.id ?? null) : null;
    const selected = existing ? (options.find((o) => o.labelId === current && o.color.toLowerCase() === existing.color.toLowerCase()) ?? options.find((o) => o.color.toLowerCase() === existing.color.toLowerCase())) : options[0];
    this.fieldset.replaceChildren(
      legend,
      ...options.map((option, index) => {
        const row = this.doc.createElement('label');
        row.className = 'zt-marker-color';
        const input = this.doc.createElement('input');
        input.type = 'radio';
        input.name = 'zt-marker-color';
        input.value = option.color;
        input.dataset.zettelAction = 'choose-marker-color';
        if (option.labelId) input.dataset.labelId = option.labelId;
        input.checked = option === selected || (!selected && index === 0);
        const swatch = this.doc.createElement('span');
        swatch.className = 'zt-swatch';
        swatch.style.background = option.color;
        const name = this.doc.createElement('span');
        name.textContent = option.name;
        row.append(input, swatch, name);
        return row;
      }),
    );
    this.note.value = existing?.note ?? '';
    this.save.textContent = existing ? t('markers_save_changes') : t('markers_save');
    this.resolve.hidden = !existing || existing.status !== 'open';
    this.reopen.hidden = !existing || existing.status !== 'resolved';
    this.remove.hidden = !existing;
    if (!this.element.isConnected) this.doc.body.append(this.element);
    this.element.hidden = false;
    request.anchor.setAttribute('aria-expanded', 'true');
    this.position(request.anchor);
    (this.fieldset.querySelector<HTMLInputElement>('input:checked') ?? this.note).focus();
  }

  close(returnFocus: boolean): void {
    const request = this.request;
    if (!request) return;
    this.request = null;
    this.element.hidden = true;
    // The closed menu keeps nothing of the user's in the page's DOM: no note, no label names.
    this.note.value = '';
    this.fieldset.replaceChildren();
    request.anchor.setAttribute('aria-expanded', 'false');
    if (returnFocus && request.anchor.isConnected) request.anchor.focus();
  }

  private position(anchor: HTMLElement): void {
    const view = this.doc.defaultView ?? window;
    const box = anchor.getBoundingClientRect();
    const width = this.element.offsetWidth || 260;
    const height = this.element.offsetHeight || 300;
    const left = Math.max(8, Math.min(box.right - width, view.innerWidth - width - 8));
    const below = box.bottom + 4;
    const top = below + height > view.innerHeight - 8 ? Math.max(8, box.top - height - 4) : below;
    this.element.style.left = `${Math.round(left)}px`;
    this.element.style.top = `${Math.round(top)}px`;
  }
}

/** Default color first, then every label; a marker's color that matches neither stays choosable. */
export function colorOptions(labels: readonly LabelRecord[], existing: Pick<MarkerRecord, 'color'> | null, defaultName: string, otherName: string): ColorOption[] {
  const options: ColorOption[] = [{ color: DEFAULT_MARKER_COLOR, name: defaultName, labelId: null }];
  for (const label of labels) options.push({ color: label.color, name: label.name, labelId: label.id });
  if (existing && !options.some((o) => o.color.toLowerCase() === existing.color.toLowerCase())) options.push({ color: existing.color, name: otherName, labelId: null });
  return options;
}
