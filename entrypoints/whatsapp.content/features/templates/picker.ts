/**
 * The template picker: a popover above the compose box in its own open shadow root (created once,
 * re-positioned on every open; DESIGN §6). A search field (a combobox) over a listbox of templates;
 * ↑ ↓ move, Enter takes the selected one, Esc closes. A template with placeholders that nothing can
 * fill (custom fields, {Firma} without a company name, {Vorname} of a household) shows a small form
 * for them first; nothing is inserted with a gap. Tab on the list opens that form with EVERY
 * placeholder of the selected template, filled in as Zettel would, so a derived first name or a date
 * can be changed before inserting; inside the form Tab walks its fields and buttons.
 *
 * Keys are handled in a window capture listener while the picker has the focus and do not travel on
 * into WhatsApp's page: WhatsApp's own shortcuts must not act on what the user types here (inside a
 * shadow root the page sees only our host as the focused element, not an input).
 *
 * Every string shown — titles, bodies, field names, typed values — is set as textContent.
 *
 * With no templates at all (a fresh install) the list offers the ready trades pack instead of an
 * empty list: Sie, du or English, one click (data-zettel="template-pack-offer", buttons
 * data-zettel-action="add-template-pack" with data-pack; issue #19, point 7).
 */
import type { Template, TemplateSearch } from '../../../../utils/templates/index.ts';
import type { Theme } from '../../../../utils/whatsapp/theme.ts';
import { PICKER_CSS } from './styles.ts';
import { blockFormSubmit, listen } from '../../ui/listen.ts';
import { zettelShadowMode } from '../../ui/shadow-mode.ts';

/** Enough to pick from; the search narrows the rest. */
const LIST_LIMIT = 50;
const PREVIEW_CHARS = 140;

export type OpenSource = 'button' | 'slash' | 'shortcut';

/** The packs the empty picker offers (the background's addTemplatePack choices). */
export type PackChoice = 'de-sie' | 'de-du' | 'en';
const PACK_CHOICES: ReadonlyArray<{ pack: PackChoice; label: string }> = [
  { pack: 'de-sie', label: 'templates_pack_offer_sie' },
  { pack: 'de-du', label: 'templates_pack_offer_du' },
  { pack: 'en', label: 'templates_pack_offer_en' },
];

export interface PickerCallbacks {
  t(key: string, substitutions?: string | string[]): string;
  theme(): Theme;
  /** The element the popover sits above (the compose box), or null when none. */
  anchor(): Element | null;
  search(): TemplateSearch | null;
  /** Fills the template: its text, or the names of the placeholders still missing. */
  fill(template: Template, values: Record<string, string>): { text: string } | { missing: string[] };
  /** Every placeholder of the template with the value it would get now ('' when none). */
  fields(template: Template): Array<{ name: string; value: string }>;
  /** Inserts the text into the compose box; false when it did not arrive. */
  insert(template: Template, text: string): Promise<boolean>;
  /** The picker opened or closed (the footer button mirrors it in aria-expanded). */
  onToggle(open: boolean): void;
  /** Give the focus back to the compose box (after Esc). */
  restoreFocus(): void;
  /** Adds the ready pack; false when it failed. The list follows once the templates arrive. */
  addPack(pack: PackChoice): Promise<boolean>;
}

interface FieldsState {
  template: Template;
  fields: Array<{ name: string; value: string }>;
}

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function preview(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}

export class TemplatePicker {
  private readonly host: HTMLElement;
  /** Our own reference: the root is closed in store builds, `host.shadowRoot` is null there. */
  private readonly root: ShadowRoot;
  private readonly panel: HTMLElement;
  private readonly listView: HTMLElement;
  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly empty: HTMLElement;
  private readonly offer: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly formTitle: HTMLElement;
  private readonly formFields: HTMLElement;
  private readonly formError: HTMLElement;
  private readonly status: HTMLElement;
  private results: Template[] = [];
  private active = 0;
  private fields: FieldsState | null = null;
  private busy = false;

  constructor(
    private readonly doc: Document,
    private readonly callbacks: PickerCallbacks,
    signal: AbortSignal,
  ) {
    const { t } = callbacks;
    this.host = element(doc, 'div', { 'data-zettel': 'template-picker-host' });
    const root = this.host.attachShadow({ mode: zettelShadowMode() });
    this.root = root;
    const style = element(doc, 'style', {}, PICKER_CSS);
    this.panel = element(doc, 'div', { class: 'panel', role: 'dialog', 'aria-label': t('templates_picker_label'), 'data-zettel': 'template-picker' });
    this.panel.hidden = true;

    this.listView = element(doc, 'div', { class: 'list-view' });
    this.listView.style.display = 'contents';
    this.input = element(doc, 'input', {
      type: 'text',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'true',
      'aria-controls': 'zt-template-list',
      'aria-label': t('templates_search_label'),
      placeholder: t('templates_search_placeholder'),
      autocomplete: 'off',
      spellcheck: 'false',
      'data-zettel': 'template-search',
    });
    this.list = element(doc, 'ul', { id: 'zt-template-list', role: 'listbox', 'aria-label': t('templates_list_label'), 'data-zettel': 'template-list' });
    this.empty = element(doc, 'p', { class: 'empty', 'data-zettel': 'template-empty' });
    this.empty.hidden = true;
    const hint = element(doc, 'p', { class: 'hint', 'aria-hidden': 'true' }, t('templates_keys_hint'));
    this.offer = this.packOffer(signal);
    this.listView.append(this.input, this.list, this.empty, this.offer, hint);

    this.form = element(doc, 'form', { 'data-zettel': 'template-fields', novalidate: '' });
    this.form.hidden = true;
    this.formTitle = element(doc, 'p', { class: 'fields-title' });
    this.formFields = element(doc, 'div', { class: 'fields' });
    this.formFields.style.display = 'contents';
    this.formError = element(doc, 'p', { class: 'error', role: 'alert', 'data-zettel': 'template-fields-error' });
    const back = element(doc, 'button', { type: 'button', 'data-zettel-action': 'back-to-templates' }, t('templates_back'));
    const submit = element(doc, 'button', { type: 'submit', 'data-zettel-action': 'insert-template' }, t('templates_insert'));
    const buttons = element(doc, 'div', { class: 'buttons' });
    buttons.append(back, submit);
    this.form.append(this.formTitle, this.formFields, this.formError, buttons);

    this.status = element(doc, 'p', { class: 'status', role: 'alert', 'data-zettel': 'template-status' });
    this.panel.append(this.listView, this.form, this.status);
    root.append(style, this.panel);

    listen(this.input, 'input', () => this.refresh(), { signal });
    listen(
      this.list,
      'mousedown',
      (event) => event.preventDefault(), // keep the focus in the search field
      { signal },
    );
    listen(
      this.list,
      'click',
      (event) => {
        const option = (event.target as Element).closest('[role="option"]');
        const index = option ? Number(option.getAttribute('data-index')) : -1;
        if (index >= 0) {
          this.select(index);
          void this.choose();
        }
      },
      { signal },
    );
    listen(back, 'click', () => this.showList(), { signal });
    // Enter in a field clicks the submit button (trusted); the form itself never submits (ui/listen.ts).
    blockFormSubmit(this.form, { signal });
    listen(
      submit,
      'click',
      (event) => {
        event.preventDefault();
        void this.submitFields();
      },
      { signal },
    );
    // Keys typed into the picker are ours alone (see the header comment).
    const view = doc.defaultView ?? window;
    listen(view, 'keydown', (event) => this.onKey(event), { capture: true, signal });
    for (const type of ['keyup', 'keypress'] as const) {
      listen(view, type, (event) => this.isOwn(event) && event.stopPropagation(), { capture: true, signal });
    }
    // A click elsewhere closes the picker (the focus stays where the user put it).
    listen(view, 'pointerdown', (event) => this.isOpen && !this.isOwn(event) && !this.isOpener(event) && this.close(false), { capture: true, signal });
    listen(view, 'resize', () => this.isOpen && this.position(), { signal });
    signal.addEventListener('abort', () => this.host.remove(), { once: true });
  }

  get isOpen(): boolean {
    return !this.panel.hidden;
  }

  /** Opens with an empty query (most used first) and the focus in the search field. */
  open(): void {
    if (!this.host.isConnected) (this.doc.body ?? this.doc.documentElement).append(this.host);
    this.host.dataset.theme = this.callbacks.theme();
    this.status.textContent = '';
    if (!this.isOpen) {
      this.input.value = '';
      this.showList();
      this.panel.hidden = false;
      this.callbacks.onToggle(true);
      this.refresh();
    }
    this.position();
    (this.fields ? this.firstField() : this.input)?.focus();
  }

  close(restoreFocus: boolean): void {
    if (!this.isOpen) return;
    this.panel.hidden = true;
    this.fields = null;
    this.callbacks.onToggle(false);
    if (restoreFocus) this.callbacks.restoreFocus();
  }

  private isOwn(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  private isOpener(event: Event): boolean {
    return event.composedPath().some((node) => node instanceof Element && node.getAttribute('data-zettel-action') === 'open-templates');
  }

  private position(): void {
    const view = this.doc.defaultView ?? window;
    const rect = this.callbacks.anchor()?.getBoundingClientRect();
    const width = Math.min(520, view.innerWidth - 16);
    const left = rect ? Math.max(8, Math.min(rect.left, view.innerWidth - width - 8)) : 8;
    const bottom = rect ? view.innerHeight - rect.top + 8 : 80;
    this.panel.style.left = `${left}px`;
    this.panel.style.bottom = `${Math.max(8, bottom)}px`;
    this.panel.style.width = `${width}px`;
    this.panel.style.maxHeight = `${Math.max(200, Math.min(440, view.innerHeight - bottom - 16))}px`;
  }

  /** The templates changed (e.g. the pack arrived): an open list shows them. */
  templatesChanged(): void {
    if (this.isOpen && !this.fields) this.refresh();
  }

  private packOffer(signal: AbortSignal): HTMLElement {
    const { doc } = this;
    const { t } = this.callbacks;
    const offer = element(doc, 'div', { class: 'pack-offer', 'data-zettel': 'template-pack-offer' });
    offer.hidden = true;
    const buttons = element(doc, 'div', { class: 'buttons' });
    for (const { pack, label } of PACK_CHOICES) {
      const button = element(doc, 'button', { type: 'button', 'data-zettel-action': 'add-template-pack', 'data-pack': pack }, t(label));
      listen(button, 'click', () => void this.addPack(pack, offer), { signal });
      buttons.append(button);
    }
    offer.append(element(doc, 'p', { class: 'empty' }, t('templates_pack_offer')), buttons);
    return offer;
  }

  private async addPack(pack: PackChoice, offer: HTMLElement): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    for (const button of offer.querySelectorAll('button')) button.disabled = true;
    try {
      const added = await this.callbacks.addPack(pack);
      // Success shows itself: the templates arrive in the list.
      this.status.textContent = added ? '' : this.callbacks.t('templates_pack_offer_failed');
    } finally {
      this.busy = false;
      for (const button of offer.querySelectorAll('button')) button.disabled = false;
    }
    if (this.isOpen) this.input.focus();
  }

  private refresh(): void {
    const search = this.callbacks.search();
    const query = this.input.value;
    this.results = search ? search.search(query, LIST_LIMIT).map((hit) => hit.template) : [];
    this.active = 0;
    this.renderList(search === null ? 'none' : search.size === 0 ? 'no-templates' : query.trim() ? 'no-match' : 'none');
  }

  private renderList(emptyReason: 'none' | 'no-match' | 'no-templates'): void {
    // Option elements are reused and only changed where their template changed: typing one more letter
    // mostly keeps the list, and untouched nodes cost no style or layout work.
    const items = this.results.map((template, index) => this.optionFor(index, template));
    for (const stale of [...this.list.children].slice(items.length)) stale.remove();
    this.list.hidden = items.length === 0;
    // No templates at all: the pack offer says it and replaces the "add them in the options" line.
    this.offer.hidden = items.length > 0 || emptyReason !== 'no-templates';
    this.empty.hidden = items.length > 0 || !this.offer.hidden;
    this.empty.textContent = this.empty.hidden ? '' : this.callbacks.t(emptyReason === 'no-match' ? 'templates_no_match' : 'templates_none');
    // A new result list starts at its top: no scrollIntoView (a forced layout on every keystroke).
    this.list.scrollTop = 0;
    this.updateActive(false);
  }

  private optionFor(index: number, template: Template): HTMLElement {
    let item = this.list.children[index] as HTMLElement | undefined;
    if (!item) {
      const { doc } = this;
      item = element(doc, 'li', { role: 'option', id: `zt-template-option-${index}`, 'data-index': String(index), 'data-zettel': 'template-option' });
      item.append(element(doc, 'span', { class: 'title' }), element(doc, 'span', { class: 'shortcut' }), element(doc, 'span', { class: 'preview' }));
      this.list.append(item);
    }
    if (item.getAttribute('data-template-id') !== template.id || item.dataset.updatedAt !== String(template.updatedAt)) {
      item.setAttribute('data-template-id', template.id);
      item.dataset.updatedAt = String(template.updatedAt);
      const [title, shortcut, text] = item.children as unknown as [HTMLElement, HTMLElement, HTMLElement];
      title.textContent = template.title;
      shortcut.textContent = template.shortcut ? `/${template.shortcut}` : '';
      text.textContent = preview(template.body);
    }
    return item;
  }

  private select(index: number): void {
    if (this.results.length === 0) return;
    this.active = (index + this.results.length) % this.results.length;
    this.updateActive(true);
  }

  private updateActive(reveal: boolean): void {
    const options = this.list.children;
    for (let index = 0; index < options.length; index++) {
      const selected = String(index === this.active);
      if (options[index]!.getAttribute('aria-selected') !== selected) options[index]!.setAttribute('aria-selected', selected);
    }
    const current = options[this.active] as HTMLElement | undefined;
    if (current) {
      this.input.setAttribute('aria-activedescendant', current.id);
      if (reveal) current.scrollIntoView?.({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    if (!this.isOpen || !this.isOwn(event)) return;
    event.stopPropagation();
    if (event.isComposing) return;
    const inList = !this.fields;
    switch (event.key) {
      case 'Escape':
        event.preventDefault();
        if (this.fields) this.showList();
        else this.close(true);
        return;
      case 'ArrowDown':
      case 'ArrowUp':
        if (!inList) return;
        event.preventDefault();
        this.select(this.active + (event.key === 'ArrowDown' ? 1 : -1));
        return;
      case 'Enter':
        // In the form Enter submits it natively, and on a pack button it presses that button.
        if (!inList || event.shiftKey || this.offer.contains(event.composedPath()[0] as Node)) return;
        event.preventDefault();
        void this.choose();
        return;
      case 'Tab':
        if (inList && !event.shiftKey && this.results[this.active]) {
          const template = this.results[this.active]!;
          const fields = this.callbacks.fields(template);
          if (fields.length > 0) {
            event.preventDefault();
            this.showFields(template, fields);
            return;
          }
        }
        this.trapTab(event);
        return;
    }
  }

  /** Tab and Shift+Tab cycle through the picker's own controls: the focus does not wander off into the page. */
  private trapTab(event: KeyboardEvent): void {
    const focusable = [...this.panel.querySelectorAll<HTMLElement>('input, button')].filter((node) => !node.closest('[hidden]'));
    if (focusable.length === 0) return;
    const current = focusable.indexOf(this.root.activeElement as HTMLElement);
    const next = event.shiftKey ? (current <= 0 ? focusable.length - 1 : current - 1) : current === focusable.length - 1 ? 0 : current + 1;
    event.preventDefault();
    focusable[next]!.focus();
  }

  private async choose(): Promise<void> {
    const template = this.results[this.active];
    if (!template || this.busy) return;
    const result = this.callbacks.fill(template, {});
    if ('text' in result) await this.insert(template, result.text);
    else this.showFields(template, result.missing.map((name) => ({ name, value: '' })));
  }

  private showFields(template: Template, fields: Array<{ name: string; value: string }>): void {
    const { doc, callbacks } = this;
    this.fields = { template, fields };
    this.formTitle.textContent = callbacks.t('templates_fields_title', template.title);
    this.formError.textContent = '';
    this.formFields.replaceChildren(
      ...fields.map(({ name, value }) => {
        const label = element(doc, 'label', {}, name);
        const input = element(doc, 'input', { type: 'text', 'data-zettel': 'template-field', 'data-field': name, autocomplete: 'off' });
        input.value = value;
        label.append(input);
        return label;
      }),
    );
    this.listView.hidden = true;
    this.form.hidden = false;
    this.firstField()?.focus();
  }

  /** The first field still empty, else the first one. */
  private firstField(): HTMLInputElement | null {
    const inputs = [...this.formFields.querySelectorAll('input')];
    return inputs.find((input) => !input.value.trim()) ?? inputs[0] ?? null;
  }

  private showList(): void {
    this.fields = null;
    this.form.hidden = true;
    this.listView.hidden = false;
    this.input.focus();
  }

  private async submitFields(): Promise<void> {
    const state = this.fields;
    if (!state || this.busy) return;
    const values: Record<string, string> = {};
    for (const input of this.formFields.querySelectorAll<HTMLInputElement>('input')) values[input.dataset.field ?? ''] = input.value;
    const result = this.callbacks.fill(state.template, values);
    if ('missing' in result) {
      this.formError.textContent = this.callbacks.t('templates_fields_missing', result.missing.join(', '));
      const blank = [...this.formFields.querySelectorAll<HTMLInputElement>('input')].find((input) => !input.value.trim());
      blank?.focus();
      return;
    }
    await this.insert(state.template, result.text);
  }

  private async insert(template: Template, text: string): Promise<void> {
    this.busy = true;
    try {
      // Closed first: the compose box takes the focus for the insertion.
      this.close(false);
      const ok = await this.callbacks.insert(template, text);
      if (!ok) {
        this.open();
        this.status.textContent = this.callbacks.t('templates_insert_failed');
      }
    } finally {
      this.busy = false;
    }
  }
}
