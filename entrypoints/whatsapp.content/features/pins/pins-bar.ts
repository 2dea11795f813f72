/**
 * The pins bar in Zettel's side strip (`data-zettel="pins"`): a header line that folds the bar, and a
 * list (`role="list"`) of `data-zettel="pin"` items — name (text only), flag, label chips, WhatsApp's
 * unread count — each an open button plus an unpin button. The list scrolls by itself past about eight
 * pins. Reordering: drag (pin-drag.ts) or Alt+↑/↓ on a focused pin, announced in a polite live region.
 * Items are kept per chat key and only rewritten when what they show changed, so a re-render keeps
 * the focus and the scroll position.
 */
import type { ChatKey } from '../../../../utils/chat-key.ts';
import { DEFAULT_OVERDUE_HOURS } from '../flags/row-badges.ts';
import { isOverdue, waitingAge, type Translate } from '../flags/waiting-age.ts';
import { renderChips } from '../labels/label-chips.ts';
import { enableDragReorder } from './pin-drag.ts';
import type { PinView } from './pin-views.ts';
import { listen } from '../../ui/listen.ts';

export interface PinsBarHandlers {
  open(key: ChatKey): void;
  unpin(key: ChatKey): void;
  /** Move a pin to `toIndex` of the shown order. */
  move(key: ChatKey, toIndex: number, via: 'drag' | 'keyboard'): void;
  toggleCollapsed(): void;
  /** A drag ended without a move: show the data's order again. */
  redraw(): void;
}

export interface PinsBarState {
  views: readonly PinView[];
  collapsed: boolean;
  overdueAfterHours: number | undefined;
  now: number;
}

interface Item {
  element: HTMLLIElement;
  open: HTMLButtonElement;
  name: HTMLElement;
  flag: HTMLElement;
  labels: HTMLElement;
  unread: HTMLElement;
  unpin: HTMLButtonElement;
  signature: string;
}

const MAX_CHIPS = 2;

export class PinsBar {
  readonly root: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly live: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly noticeText: HTMLElement;
  private readonly noticeUnpin: HTMLButtonElement;
  private readonly items = new Map<ChatKey, Item>();
  private noticeKey: ChatKey | null = null;
  /** The one pin reached with Tab (roving tabindex): arrows move within the list, Tab leaves it. */
  private activeKey: ChatKey | null = null;

  constructor(
    host: HTMLElement,
    private readonly t: Translate,
    private readonly handlers: PinsBarHandlers,
    signal: AbortSignal,
  ) {
    const doc = host.ownerDocument;
    this.root = doc.createElement('section');
    this.root.dataset.zettel = 'pins';
    this.root.className = 'zt-pins';
    this.root.setAttribute('aria-label', t('pins_barLabel'));

    this.toggle = doc.createElement('button');
    this.toggle.type = 'button';
    this.toggle.className = 'zt-pins-toggle';
    this.toggle.dataset.zettelAction = 'toggle-pins';
    this.toggle.id = 'zettel-pins-toggle';
    const chevron = doc.createElement('span');
    chevron.className = 'zt-pins-chevron';
    chevron.setAttribute('aria-hidden', 'true');
    this.heading = doc.createElement('span');
    this.toggle.append(chevron, this.heading);
    listen(this.toggle, 'click', () => handlers.toggleCollapsed(), { signal });

    this.list = doc.createElement('ul');
    this.list.className = 'zt-pins-list';
    this.list.id = 'zettel-pins-list';
    this.list.setAttribute('role', 'list');
    this.list.setAttribute('aria-label', t('pins_listLabel'));
    this.toggle.setAttribute('aria-controls', this.list.id);

    this.notice = doc.createElement('div');
    this.notice.dataset.zettel = 'pin-missing';
    this.notice.className = 'zt-pins-notice';
    this.notice.setAttribute('role', 'alert');
    this.notice.hidden = true;
    this.noticeText = doc.createElement('span');
    this.noticeUnpin = doc.createElement('button');
    this.noticeUnpin.type = 'button';
    this.noticeUnpin.dataset.zettelAction = 'unpin-missing';
    this.noticeUnpin.textContent = t('pins_unpinMissing');
    listen(this.noticeUnpin, 'click', () => {
      const key = this.noticeKey;
      this.showMissing(null);
      if (key) handlers.unpin(key);
    }, { signal });
    const dismiss = doc.createElement('button');
    dismiss.type = 'button';
    dismiss.dataset.zettelAction = 'dismiss-missing';
    dismiss.className = 'zt-pins-dismiss';
    dismiss.textContent = '×';
    dismiss.setAttribute('aria-label', t('pins_dismiss'));
    listen(dismiss, 'click', () => this.showMissing(null), { signal });
    this.notice.append(this.noticeText, this.noticeUnpin, dismiss);

    this.root.append(this.toggle, this.notice, this.list);

    // Outside the section: a live region must stay rendered while the bar is hidden (no pins).
    this.live = doc.createElement('div');
    this.live.dataset.zettel = 'pins-live';
    this.live.className = 'zt-visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    host.append(this.root, this.live);

    // WhatsApp has its own page-wide keys and pointer handlers: presses inside the bar stay ours.
    for (const type of ['pointerdown', 'mousedown', 'keydown'] as const) listen(this.root, type, (event) => event.stopPropagation(), { signal });
    listen(this.list, 'keydown', (event) => this.onKey(event), { signal });
    listen(
      this.list,
      'focusin',
      () => {
        const key = this.focusedKey();
        if (key && key !== this.activeKey) {
          this.activeKey = key;
          this.updateTabStops();
        }
      },
      { signal },
    );
    enableDragReorder({
      list: this.list,
      items: () => [...this.list.children] as HTMLElement[],
      ignore: '[data-zettel-action="unpin"]',
      touchHandle: '.zt-pin-handle',
      onDrop: (element, toIndex) => {
        const key = element.dataset.chatKey as ChatKey | undefined;
        if (key) handlers.move(key, toIndex, 'drag');
      },
      onCancel: () => handlers.redraw(),
      signal,
    });
  }

  render(state: PinsBarState): void {
    const { views, collapsed } = state;
    this.root.hidden = views.length === 0;
    this.root.dataset.collapsed = String(collapsed);
    this.list.hidden = collapsed;
    this.toggle.setAttribute('aria-expanded', String(!collapsed));
    const toggleLabel = collapsed ? this.t('pins_expand') : this.t('pins_collapse');
    if (this.toggle.getAttribute('aria-label') !== toggleLabel) this.toggle.setAttribute('aria-label', toggleLabel);
    this.toggle.title = toggleLabel;
    const heading = this.t('pins_heading', String(views.length));
    if (this.heading.textContent !== heading) this.heading.textContent = heading;

    const focusedKey = this.focusedKey();
    const focusedIndex = focusedKey ? [...this.list.children].findIndex((child) => (child as HTMLElement).dataset.chatKey === focusedKey) : -1;
    const wanted = new Set(views.map((view) => view.key));
    for (const [key, item] of this.items) {
      if (!wanted.has(key)) {
        item.element.remove();
        this.items.delete(key);
      }
    }
    views.forEach((view, index) => {
      const item = this.items.get(view.key) ?? this.createItem(view.key);
      this.fill(item, view, index, views.length, state);
      const atIndex = this.list.children[index];
      if (atIndex !== item.element) this.list.insertBefore(item.element, atIndex ?? null);
    });
    if (focusedKey && !wanted.has(focusedKey)) {
      // The focused pin was unpinned: the focus goes to the pin now in its place, not to the page.
      this.activeKey = views[Math.min(focusedIndex, views.length - 1)]?.key ?? null;
      this.updateTabStops();
      if (this.activeKey) this.items.get(this.activeKey)?.open.focus();
      else this.toggle.focus();
    }
    if (!this.activeKey || !wanted.has(this.activeKey)) this.activeKey = views[0]?.key ?? null;
    this.updateTabStops();
    if (focusedKey && wanted.has(focusedKey) && this.focusedKey() !== focusedKey) this.items.get(focusedKey)?.open.focus({ preventScroll: false });
    if (this.noticeKey && !wanted.has(this.noticeKey)) this.showMissing(null);
  }

  announce(text: string): void {
    // Re-setting the same text is not announced again: clear first.
    this.live.textContent = '';
    this.live.textContent = text;
  }

  setBusy(key: ChatKey, busy: boolean): void {
    const item = this.items.get(key);
    if (!item) return;
    if (busy) item.element.setAttribute('aria-busy', 'true');
    else item.element.removeAttribute('aria-busy');
  }

  /** The "not found" notice for a pin, with its unpin offer; null hides it. */
  showMissing(view: { key: ChatKey; title: string } | null): void {
    for (const item of this.items.values()) item.element.removeAttribute('data-state');
    this.noticeKey = view?.key ?? null;
    this.notice.hidden = view === null;
    if (!view) return;
    this.items.get(view.key)?.element.setAttribute('data-state', 'missing');
    this.noticeText.textContent = this.t('pins_notFound', view.title);
    this.noticeUnpin.setAttribute('aria-label', this.t('pins_unpin', view.title));
  }

  focus(key: ChatKey): void {
    this.items.get(key)?.open.focus();
  }

  private updateTabStops(): void {
    for (const [key, item] of this.items) {
      const index = key === this.activeKey ? 0 : -1;
      if (item.open.tabIndex !== index) item.open.tabIndex = index;
      if (item.unpin.tabIndex !== index) item.unpin.tabIndex = index;
    }
  }

  private focusedKey(): ChatKey | null {
    const active = this.root.ownerDocument.activeElement;
    if (!active || !this.list.contains(active)) return null;
    return ((active.closest('[data-zettel="pin"]') as HTMLElement | null)?.dataset.chatKey as ChatKey | undefined) ?? null;
  }

  private createItem(key: ChatKey): Item {
    const doc = this.root.ownerDocument;
    const element = doc.createElement('li');
    element.dataset.zettel = 'pin';
    element.dataset.chatKey = key;
    element.className = 'zt-pin';
    element.setAttribute('role', 'listitem');
    const handle = doc.createElement('span');
    handle.className = 'zt-pin-handle';
    handle.setAttribute('aria-hidden', 'true');
    handle.textContent = '⠿';
    const open = doc.createElement('button');
    open.type = 'button';
    open.className = 'zt-pin-open';
    open.dataset.zettelAction = 'open-pin';
    const name = doc.createElement('span');
    name.className = 'zt-pin-name';
    name.dataset.zettel = 'pin-name';
    const flag = doc.createElement('span');
    flag.className = 'zt-pin-flag';
    const labels = doc.createElement('span');
    labels.className = 'zt-pin-labels';
    const unread = doc.createElement('span');
    unread.className = 'zt-pin-unread';
    unread.dataset.zettel = 'pin-unread';
    open.append(name, flag, labels, unread);
    listen(open, 'click', () => this.handlers.open(key));
    const unpin = doc.createElement('button');
    unpin.type = 'button';
    unpin.className = 'zt-pin-unpin';
    unpin.dataset.zettelAction = 'unpin';
    unpin.textContent = '×';
    listen(unpin, 'click', () => this.handlers.unpin(key));
    element.append(handle, open, unpin);
    const item: Item = { element, open, name, flag, labels, unread, unpin, signature: '' };
    this.items.set(key, item);
    return item;
  }

  private fill(item: Item, view: PinView, index: number, total: number, state: PinsBarState): void {
    const flag = view.flag;
    const age = flag ? waitingAge(flag.waitingSince, state.now, this.t).short : '';
    const overdue = flag ? flag.state === 'due' || isOverdue(flag.waitingSince, state.now, state.overdueAfterHours ?? DEFAULT_OVERDUE_HOURS) : false;
    const signature = JSON.stringify([view.title, flag?.state, age, overdue, view.labels.map((l) => [l.id, l.name, l.color]), view.unread, view.current, index, total]);
    if (item.signature === signature) return;
    item.signature = signature;
    const { t } = this;
    item.element.setAttribute('aria-posinset', String(index + 1));
    item.element.setAttribute('aria-setsize', String(total));
    item.element.toggleAttribute('data-current', view.current);
    item.name.textContent = view.title;
    item.name.title = view.title;
    item.open.setAttribute('aria-current', String(view.current));
    const unreadCount = view.unread ?? 0;
    item.open.setAttribute('aria-label', unreadCount > 0 ? t('pins_openUnread', [view.title, String(unreadCount)]) : t('pins_open', view.title));
    item.unread.textContent = unreadCount > 0 ? String(unreadCount) : '';
    item.unread.hidden = unreadCount === 0;
    item.unpin.setAttribute('aria-label', t('pins_unpin', view.title));
    item.unpin.title = t('pins_unpin', view.title);
    if (flag) {
      let badge = item.flag.firstElementChild as HTMLElement | null;
      if (!badge) {
        badge = item.flag.ownerDocument.createElement('span');
        badge.className = 'zt-flag';
        badge.dataset.zettel = 'pin-flag';
        badge.setAttribute('role', 'img');
        item.flag.append(badge);
      }
      badge.dataset.state = flag.state;
      badge.dataset.overdue = String(overdue);
      badge.setAttribute('aria-label', flag.state === 'due' ? t('flag_badge_due', age) : t('flag_badge_waiting', age));
      badge.textContent = age;
    } else if (item.flag.firstChild) item.flag.replaceChildren();
    renderChips(item.labels, view.labels, MAX_CHIPS, (names) => t('label_more', names));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown' && event.key !== 'Home' && event.key !== 'End') return;
    const key = this.focusedKey();
    if (!key) return;
    const order = [...this.list.children].map((child) => (child as HTMLElement).dataset.chatKey as ChatKey);
    const index = order.indexOf(key);
    event.preventDefault();
    if (event.altKey) {
      const to = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : event.key === 'Home' ? 0 : order.length - 1;
      if (to >= 0 && to < order.length && to !== index) this.handlers.move(key, to, 'keyboard');
      return;
    }
    const next = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : event.key === 'Home' ? 0 : order.length - 1;
    const target = order[Math.max(0, Math.min(order.length - 1, next))];
    if (target) this.focus(target);
  }
}
