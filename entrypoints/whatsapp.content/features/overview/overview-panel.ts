/**
 * The overview panel (`data-zettel="overview"`): a modal dialog inside WhatsApp Web, over the
 * conversation area, with the tabs Open / Markers / Notes / Pinned, a label filter and one search box.
 * Keyboard: focus starts in the search box; ↓/↑ (also from the search box), Home/End move through the
 * results, Enter opens one; ←/→ switch tabs on the tab row; Tab stays inside the dialog; Esc closes and
 * gives focus back. Every chat name, snippet and note is untrusted: textContent only.
 */
import type { LabelRecord } from '../../../../utils/messaging/protocol.ts';
import { OVERVIEW_TABS, type OverviewItem, type OverviewTab } from '../../../../utils/overview/items.ts';
import type { OverviewView } from '../../../../utils/overview/search.ts';
import { waitingAge, type Translate } from '../flags/waiting-age.ts';
import type { OverviewSnapshot } from './overview-data.ts';
import { OVERVIEW_CSS } from './overview-styles.ts';
import { createShadowHost, keepKeysInside, type ShadowHost } from './shadow-host.ts';
import { listen } from '../../ui/listen.ts';

/** Long notes are cut for the list (the whole text is in the note itself). */
const TEXT_PREVIEW = 300;
/** Index building: this much work, then this long a pause for WhatsApp and the user's input. */
const INDEX_SLICE_MS = 8;
const INDEX_PAUSE_MS = 16;

export interface OverviewPanelOptions {
  t: Translate;
  signal: AbortSignal;
  onOpenItem(item: OverviewItem): void;
  /** After the panel closed by any way (Esc, ×, the backdrop, an item chosen). */
  onClose(): void;
}

function tabName(t: Translate, tab: OverviewTab): string {
  if (tab === 'open') return t('overview_tab_open');
  if (tab === 'markers') return t('overview_tab_markers');
  if (tab === 'notes') return t('overview_tab_notes');
  return t('overview_tab_pinned');
}

function emptyText(t: Translate, tab: OverviewTab): string {
  if (tab === 'open') return t('overview_empty_open');
  if (tab === 'markers') return t('overview_empty_markers');
  if (tab === 'notes') return t('overview_empty_notes');
  return t('overview_empty_pinned');
}

function kindName(t: Translate, item: OverviewItem): string {
  if (item.kind === 'flag') return item.state === 'due' ? t('overview_kind_due') : t('overview_kind_flag');
  if (item.kind === 'marker') return item.state === 'resolved' ? t('overview_kind_marker_resolved') : t('overview_kind_marker');
  if (item.kind === 'note') return t('overview_kind_note');
  return t('overview_kind_pin');
}

export class OverviewPanel {
  private readonly shadow: ShadowHost;
  private readonly doc: Document;
  private readonly dialog: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly labelFilter: HTMLSelectElement;
  private readonly tabs = new Map<OverviewTab, HTMLButtonElement>();
  private readonly status: HTMLElement;
  private readonly list: HTMLElement;
  private tab: OverviewTab = 'open';
  private labelId: string | null = null;
  private snapshot: OverviewSnapshot | null = null;
  private items: OverviewItem[] = [];
  private active = 0;
  private restoreFocus: HTMLElement | null = null;

  constructor(private readonly options: OverviewPanelOptions) {
    const { t, signal } = options;
    this.shadow = createShadowHost('overview', OVERVIEW_CSS);
    this.shadow.host.hidden = true;
    keepKeysInside(this.shadow.host, signal);
    const doc = (this.doc = this.shadow.host.ownerDocument);
    const make = <K extends keyof HTMLElementTagNameMap>(tag: K, className = ''): HTMLElementTagNameMap[K] => {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      return element;
    };

    const backdrop = make('div', 'backdrop');
    // A press on the dimmed area outside the dialog closes it, like WhatsApp's own dialogs.
    listen(backdrop, 'mousedown', (event) => event.target === backdrop && this.close(), { signal });
    this.dialog = make('section', 'dialog');
    this.dialog.setAttribute('role', 'dialog');
    this.dialog.setAttribute('aria-modal', 'true');
    this.dialog.setAttribute('aria-labelledby', 'zt-overview-title');

    const head = make('div', 'head');
    const title = make('h2');
    title.id = 'zt-overview-title';
    title.textContent = t('overview_title');
    const close = make('button', 'close');
    close.type = 'button';
    close.dataset.zettelAction = 'close-overview';
    close.setAttribute('aria-label', t('overview_close'));
    close.title = t('overview_close');
    close.textContent = '×';
    listen(close, 'click', () => this.close(), { signal });
    head.append(title, close);

    const controls = make('div', 'controls');
    this.search = make('input');
    this.search.type = 'search';
    this.search.dataset.zettel = 'overview-search';
    this.search.setAttribute('aria-label', t('overview_search_label'));
    this.search.placeholder = t('overview_search_placeholder');
    this.search.autocomplete = 'off';
    this.search.spellcheck = false;
    this.search.setAttribute('aria-controls', 'zt-overview-list');
    listen(this.search, 'input', () => this.refresh(true), { signal });
    this.labelFilter = make('select');
    this.labelFilter.dataset.zettel = 'overview-label-filter';
    this.labelFilter.setAttribute('aria-label', t('overview_label_filter'));
    listen(
      this.labelFilter,
      'input',
      () => {
        this.labelId = this.labelFilter.value || null;
        this.refresh(true);
      },
      { signal },
    );
    controls.append(this.search, this.labelFilter);

    const tabRow = make('div');
    tabRow.setAttribute('role', 'tablist');
    tabRow.setAttribute('aria-label', t('overview_tabs_label'));
    for (const tab of OVERVIEW_TABS) {
      const button = make('button');
      button.type = 'button';
      button.id = `zt-overview-tab-${tab}`;
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-controls', 'zt-overview-list');
      button.dataset.zettel = 'overview-tab';
      button.dataset.tab = tab;
      const name = make('span');
      name.textContent = tabName(t, tab);
      const count = make('span', 'count');
      count.dataset.zettel = 'overview-tab-count';
      button.append(name, count);
      listen(button, 'click', () => this.selectTab(tab, false), { signal });
      this.tabs.set(tab, button);
      tabRow.append(button);
    }

    this.status = make('div', 'status');
    this.status.dataset.zettel = 'overview-status';
    this.status.setAttribute('role', 'status');
    this.list = make('ul');
    this.list.id = 'zt-overview-list';
    this.list.dataset.zettel = 'overview-list';
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-label', t('overview_list_label'));
    listen(this.list, 'click', (event) => this.onListClick(event), { signal });

    this.dialog.append(head, controls, tabRow, this.status, this.list);
    listen(this.dialog, 'keydown', (event) => this.onKeyDown(event), { signal });
    backdrop.append(this.dialog);
    this.shadow.root.append(backdrop);
    signal.addEventListener('abort', () => this.shadow.remove(), { once: true });
  }

  get isOpen(): boolean {
    return !this.shadow.host.hidden;
  }

  /** Opens over the area right of `left` (the conversation side), focus in the search box. */
  open(left: number, theme: string, tab?: OverviewTab): void {
    if (tab) this.tab = tab;
    const focused = this.doc.activeElement;
    this.restoreFocus = focused instanceof HTMLElement && focused !== this.doc.body ? focused : null;
    this.place(left, theme);
    this.shadow.host.hidden = false;
    this.refresh(false);
    this.search.focus();
    this.search.select();
  }

  place(left: number, theme: string): void {
    this.shadow.setTheme(theme);
    this.shadow.host.style.left = `${Math.max(0, Math.round(left))}px`;
  }

  close(): void {
    if (!this.isOpen) return;
    this.shadow.host.hidden = true;
    const target = this.restoreFocus;
    this.restoreFocus = null;
    if (target?.isConnected) target.focus();
    this.options.onClose();
  }

  /** New data (null while loading); keeps the tab, query, filter and, where possible, the active item. */
  setSnapshot(snapshot: OverviewSnapshot | null): void {
    this.snapshot = snapshot;
    if (snapshot) {
      this.renderLabels(snapshot.labels);
      this.buildIndexWhileIdle(snapshot);
    }
    if (this.isOpen) this.refresh(false);
  }

  /**
   * Builds the search index a slice at a time between frames, so the first keystroke rarely has to
   * (at 100,000 markers the whole build is about a second of CPU). A newer snapshot stops the old build.
   */
  private buildIndexWhileIdle(snapshot: OverviewSnapshot): void {
    const step = () => {
      if (this.snapshot !== snapshot || this.options.signal.aborted) return;
      if (!snapshot.search.prepareSome(INDEX_SLICE_MS)) setTimeout(step, INDEX_PAUSE_MS);
    };
    setTimeout(step, INDEX_PAUSE_MS);
  }

  private renderLabels(labels: readonly LabelRecord[]): void {
    const options: HTMLOptionElement[] = [];
    const all = this.doc.createElement('option');
    all.value = '';
    all.textContent = this.options.t('overview_label_all');
    options.push(all);
    for (const label of labels) {
      const option = this.doc.createElement('option');
      option.value = label.id;
      option.textContent = label.name;
      options.push(option);
    }
    this.labelFilter.replaceChildren(...options);
    if (this.labelId && !labels.some((label) => label.id === this.labelId)) this.labelId = null;
    this.labelFilter.value = this.labelId ?? '';
  }

  private selectTab(tab: OverviewTab, focus: boolean): void {
    this.tab = tab;
    this.refresh(true);
    if (focus) this.tabs.get(tab)?.focus();
  }

  /** Re-runs the query and renders; `reset` puts the active item back at the top. */
  private refresh(reset: boolean): void {
    const { t } = this.options;
    const previous = this.items[this.active]?.id;
    for (const [tab, button] of this.tabs) {
      const selected = tab === this.tab;
      button.setAttribute('aria-selected', String(selected));
      button.tabIndex = selected ? 0 : -1;
    }
    this.list.setAttribute('aria-labelledby', `zt-overview-tab-${this.tab}`);
    if (!this.snapshot) {
      this.items = [];
      this.status.textContent = t('overview_loading');
      this.list.replaceChildren();
      this.list.setAttribute('aria-busy', 'true');
      return;
    }
    this.list.removeAttribute('aria-busy');
    const query = this.search.value;
    const view: OverviewView = this.snapshot.search.view({ tab: this.tab, text: query, labelId: this.labelId });
    for (const [tab, button] of this.tabs) {
      const count = button.querySelector('.count');
      if (count) count.textContent = String(view.counts[tab]);
    }
    this.items = view.items;
    const keep = reset ? -1 : this.items.findIndex((item) => item.id === previous);
    this.active = keep >= 0 ? keep : 0;
    const searching = query.trim() !== '';
    if (view.total > view.items.length) this.status.textContent = t('overview_results_limited', [String(view.items.length), String(view.total)]);
    else this.status.textContent = searching ? t('overview_results', String(view.total)) : '';
    this.renderList(searching);
  }

  private renderList(searching: boolean): void {
    const { t } = this.options;
    if (this.items.length === 0) {
      const empty = this.doc.createElement('li');
      empty.className = 'empty';
      empty.dataset.zettel = 'overview-empty';
      empty.textContent = searching || this.labelId ? t('overview_no_results') : emptyText(t, this.tab);
      this.list.replaceChildren(empty);
      this.search.removeAttribute('aria-activedescendant');
      return;
    }
    const now = Date.now();
    this.list.replaceChildren(...this.items.map((item, index) => this.renderItem(item, index, now)));
    this.markActive(false);
  }

  private renderItem(item: OverviewItem, index: number, now: number): HTMLElement {
    const { t } = this.options;
    const option = this.doc.createElement('li');
    option.id = `zt-overview-item-${index}`;
    option.setAttribute('role', 'option');
    option.tabIndex = -1;
    option.dataset.zettel = 'overview-item';
    option.dataset.kind = item.kind;
    option.dataset.index = String(index);
    if (item.state) option.dataset.state = item.state;
    option.dataset.overdue = String(item.overdue);
    const dot = this.doc.createElement('span');
    dot.className = 'dot';
    if (item.color) dot.style.background = item.color;
    const title = this.doc.createElement('span');
    title.className = 'title';
    title.dataset.zettel = 'overview-item-title';
    title.textContent = item.chatTitle;
    const kind = this.doc.createElement('span');
    kind.className = 'kind';
    kind.textContent = kindName(t, item);
    title.append(kind);
    const meta = this.doc.createElement('span');
    meta.className = 'meta';
    if (item.kind === 'flag' || (item.kind === 'marker' && item.state === 'open')) {
      const age = t('overview_waiting', waitingAge(item.since, now, t).short);
      meta.textContent = item.overdue ? `${t('overview_overdue')} · ${age}` : age;
    }
    const text = this.doc.createElement('span');
    text.className = 'text';
    text.dataset.zettel = 'overview-item-text';
    text.textContent = item.text.length > TEXT_PREVIEW ? `${item.text.slice(0, TEXT_PREVIEW)}…` : item.text;
    const detail = this.doc.createElement('span');
    detail.className = 'detail';
    detail.textContent = item.detail;
    option.append(dot, title, meta, text, detail);
    return option;
  }

  private markActive(focus: boolean): void {
    const options = this.list.querySelectorAll<HTMLElement>('[role="option"]');
    options.forEach((option, index) => {
      const active = index === this.active;
      option.setAttribute('aria-selected', String(active));
      option.dataset.active = String(active);
      option.tabIndex = active ? 0 : -1;
    });
    const current = options[this.active];
    if (!current) return;
    this.search.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
    if (focus) current.focus();
  }

  private move(to: number, focus: boolean): void {
    if (this.items.length === 0) return;
    this.active = Math.max(0, Math.min(this.items.length - 1, to));
    this.markActive(focus);
  }

  private openActive(): void {
    const item = this.items[this.active];
    if (item) this.options.onOpenItem(item);
  }

  private onListClick(event: Event): void {
    const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
    if (!option) return;
    this.active = Number(option.dataset.index);
    this.openActive();
  }

  private focusables(): HTMLElement[] {
    return [...this.dialog.querySelectorAll<HTMLElement>('button, input, select, [tabindex="0"]')].filter((element) => element.tabIndex >= 0 && !element.hasAttribute('disabled'));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    const inSearch = target === this.search;
    const inList = target instanceof HTMLElement && target.getAttribute('role') === 'option';
    const onTab = target instanceof HTMLElement && target.getAttribute('role') === 'tab';
    const handled = (): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'Escape') {
      handled();
      this.close();
    } else if (event.key === 'Tab') {
      // Focus stays inside the dialog (aria-modal).
      const focusables = this.focusables();
      const index = focusables.indexOf(target as HTMLElement);
      const next = event.shiftKey ? (index <= 0 ? focusables.length - 1 : index - 1) : index === -1 || index === focusables.length - 1 ? 0 : index + 1;
      handled();
      focusables[next]?.focus();
    } else if ((inSearch || inList) && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      handled();
      this.move(this.active + (event.key === 'ArrowDown' ? 1 : -1), inList);
    } else if (inList && (event.key === 'Home' || event.key === 'End')) {
      handled();
      this.move(event.key === 'Home' ? 0 : this.items.length - 1, true);
    } else if ((inSearch || inList) && event.key === 'Enter') {
      handled();
      this.openActive();
    } else if (onTab && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      handled();
      const index = OVERVIEW_TABS.indexOf(this.tab) + (event.key === 'ArrowRight' ? 1 : -1);
      this.selectTab(OVERVIEW_TABS[(index + OVERVIEW_TABS.length) % OVERVIEW_TABS.length] as OverviewTab, true);
    }
  }
}
