// @vitest-environment happy-dom
/**
 * Pins logic: moving keys, where a dragged pin lands, what each pin shows (names of JID-keyed pins,
 * flags and labels under any key), WhatsApp's unread badge as rows show it, the React-controlled
 * search box, and the bar's keyboard reordering and rendering.
 */
import { describe, expect, it, vi } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { ChatMarksData } from '../../../entrypoints/whatsapp.content/features/chat-marks/live-data.ts';
import { dropIndex, moveKey, sameOrder, stepKey } from '../../../entrypoints/whatsapp.content/features/pins/reorder.ts';
import { pinTitle, pinViews, titlesByJid } from '../../../entrypoints/whatsapp.content/features/pins/pin-views.ts';
import { pinCandidates } from '../../../entrypoints/whatsapp.content/features/pins/pin-actions.ts';
import { UnreadMemory } from '../../../entrypoints/whatsapp.content/features/pins/unread-memory.ts';
import { PinsBar, type PinsBarHandlers } from '../../../entrypoints/whatsapp.content/features/pins/pins-bar.ts';
import { asPerson, personClick } from './person.ts';
import { rowUnreadCount } from '../../../utils/whatsapp/row-unread.ts';
import { findChatSearchInput, setChatSearchText } from '../../../utils/whatsapp/chat-search.ts';
import type { RowInfo } from '../../../utils/whatsapp/adapter.ts';

function marks(partial: Partial<ChatMarksData> = {}): ChatMarksData {
  return { flags: new Map(), labels: [], labelsById: new Map(), chatLabels: new Map(), jidByTitleKey: new Map(), settings: null, ready: true, ...partial };
}

describe('reorder', () => {
  it('moves one key to an index, clamped; unknown keys change nothing', () => {
    expect(moveKey(['a', 'b', 'c', 'd'], 'd', 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveKey(['a', 'b', 'c', 'd'], 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveKey(['a', 'b', 'c'], 'a', 99)).toEqual(['b', 'c', 'a']);
    expect(moveKey(['a', 'b', 'c'], 'c', -5)).toEqual(['c', 'a', 'b']);
    expect(moveKey(['a', 'b'], 'x', 0)).toEqual(['a', 'b']);
  });
  it('steps up and down, staying inside the list', () => {
    expect(stepKey(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(stepKey(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(stepKey(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(stepKey(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
  });
  it('drops before the first item whose midpoint is below the pointer', () => {
    const mids = [15, 45, 75];
    expect(dropIndex(mids, 0)).toBe(0);
    expect(dropIndex(mids, 30)).toBe(1);
    expect(dropIndex(mids, 74)).toBe(2);
    expect(dropIndex(mids, 200)).toBe(3);
    expect(dropIndex([], 10)).toBe(0);
  });
  it('compares orders', () => {
    expect(sameOrder(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameOrder(['a'], ['a', 'b'])).toBe(false);
  });
});

describe('pin views', () => {
  const jid = 'jid:4915112345678@c.us' as ChatKey;
  const data = marks({
    jidByTitleKey: new Map([['title:Anna Müller' as ChatKey, jid]]),
    flags: new Map([['title:Anna Müller' as ChatKey, { chatKey: 'title:Anna Müller' as ChatKey, state: 'open', waitingSince: 1, updatedAt: 1 }]]),
    labels: [
      { id: 'l1', name: 'Angebot', color: '#1f7a4d', order: 0, updatedAt: 1 },
      { id: 'l2', name: 'Bezahlt', color: '#225ea8', order: 1, updatedAt: 1 },
    ],
    chatLabels: new Map([[jid, ['l2', 'l1']]]),
  } as Partial<ChatMarksData>);

  it('names a JID pin by its remembered title, else by its number', () => {
    expect(titlesByJid(data).get(jid)).toBe('Anna Müller');
    expect(pinTitle(jid, titlesByJid(data))).toBe('Anna Müller');
    expect(pinTitle('jid:491700000@c.us' as ChatKey, new Map())).toBe('491700000');
    expect(pinTitle('title:Team Montag' as ChatKey, new Map())).toBe('Team Montag');
  });

  it('shows flag and labels stored under any of the chat’s keys, labels in the user’s order, and the open chat', () => {
    const [view] = pinViews([jid], data, (title) => (title === 'Anna Müller' ? 3 : null), { key: 'title:Anna Müller' as ChatKey, title: 'Anna Müller' });
    expect(view?.title).toBe('Anna Müller');
    expect(view?.flag?.state).toBe('open');
    expect(view?.labels.map((l) => l.name)).toEqual(['Angebot', 'Bezahlt']);
    expect(view?.unread).toBe(3);
    expect(view?.current).toBe(true);
    const [other] = pinViews(['title:Team Montag' as ChatKey], data, () => null, { key: jid, title: 'Anna Müller' });
    expect(other?.current).toBe(false);
    expect(other?.flag).toBeNull();
  });

  it('unpinning looks at the chat’s key and its title key', () => {
    expect(pinCandidates({ key: jid, title: 'Anna Müller' }, null)).toEqual([jid, 'title:Anna Müller']);
    expect(pinCandidates({ key: 'title:Anna Müller' as ChatKey, title: 'Anna Müller' }, data)).toEqual(['title:Anna Müller', jid]);
  });
});

type Spec = [tag: string, attrs: Record<string, string>, text?: string];
function build(...specs: Spec[]): HTMLElement[] {
  return specs.map(([tag, attrs, text]) => {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    return element;
  });
}

function row(title: string, ...status: Spec[]): RowInfo {
  const element = document.createElement('div');
  const titleSpan = document.createElement('span');
  titleSpan.setAttribute('title', title);
  titleSpan.textContent = title;
  element.append(titleSpan, ...build(...status));
  document.body.append(element);
  return { element, key: `title:${title}` as ChatKey, title, top: 0, selected: false };
}

describe('unread counts', () => {
  it('reads WhatsApp’s badge in German, English and renamed builds; a bare dot is no count', () => {
    expect(rowUnreadCount(row('A', ['span', { 'aria-label': '2 ungelesene Nachrichten' }, '2']).element)).toBe(2);
    expect(rowUnreadCount(row('B', ['span', { 'aria-label': '1 unread message' }, '1']).element)).toBe(1);
    expect(rowUnreadCount(row('C', ['span', { 'aria-label': '12 ungelesen' }, '12']).element)).toBe(12);
    expect(rowUnreadCount(row('D', ['span', { 'data-testid': 'icon-unread-count' }, '7']).element)).toBe(7);
    expect(rowUnreadCount(row('E', ['span', { 'aria-label': 'Ungelesen' }], ['span', {}, '10:31']).element)).toBeNull();
    expect(rowUnreadCount(row('F', ['span', { 'data-zettel': 'x', 'aria-label': '5 ungelesen' }]).element)).toBeNull();
  });

  it('remembers the last count a row showed, forgets it when the chat is opened', () => {
    const memory = new UnreadMemory();
    const all = () => true;
    const anna = row('Anna Müller', ['span', { 'aria-label': '2 ungelesene Nachrichten' }, '2']);
    expect(memory.update([anna], all)).toBe(true);
    expect(memory.update([anna], all)).toBe(false);
    expect(memory.get('Anna  Müller')).toBe(2);
    anna.element.remove(); // scrolled away: still remembered
    expect(memory.update([anna], all)).toBe(false);
    expect(memory.get('Anna Müller')).toBe(2);
    expect(memory.clear('Anna Müller')).toBe(true);
    expect(memory.get('Anna Müller')).toBeNull();
  });

  it('reads only the rows it is asked for (the pinned ones)', () => {
    const memory = new UnreadMemory();
    const anna = row('Anna Müller', ['span', { 'aria-label': '2 ungelesene Nachrichten' }, '2']);
    const bernd = row('Bernd', ['span', { 'aria-label': '4 ungelesene Nachrichten' }, '4']);
    expect(memory.update([anna, bernd], (candidate) => candidate.title === 'Bernd')).toBe(true);
    expect(memory.get('Anna Müller')).toBeNull();
    expect(memory.get('Bernd')).toBe(4);
  });
});

describe('chat search box', () => {
  it('finds the search input and writes through the native setter, as React needs', () => {
    const [side, container, field] = build(['div', { id: 'side' }], ['div', { 'data-testid': 'chat-list-search-container' }], ['input', { type: 'text', 'data-tab': '3' }]);
    container!.append(field!);
    side!.append(container!);
    document.body.replaceChildren(side!);
    const input = findChatSearchInput(document)!;
    expect(input).not.toBeNull();
    // React tracks the value on the instance: a plain assignment would update only the tracker.
    let tracked = '';
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.get!.call(input) as string,
      set: (value: string) => {
        tracked = value;
      },
    });
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(input.value));
    expect(setChatSearchText(input, 'Anna')).toBe(true);
    expect(seen).toEqual(['Anna']);
    expect(tracked).toBe('');
    expect(setChatSearchText(input, '')).toBe(true);
    expect(seen).toEqual(['Anna', '']);
  });

  it('does not drive an old contenteditable search', () => {
    const [side, editable] = build(['div', { id: 'side' }], ['div', { contenteditable: 'true', 'data-tab': '3' }]);
    side!.append(editable!);
    document.body.replaceChildren(side!);
    expect(findChatSearchInput(document)).toBeNull();
  });
});

describe('pins bar', () => {
  const t = (key: string, subs?: string | string[]) => [key, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join('|');
  const view = (key: string, title: string, unread: number | null = null) => ({ key: key as ChatKey, title, flag: null, labels: [], unread, current: false });

  function setup() {
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    const handlers: PinsBarHandlers = { open: vi.fn(), unpin: vi.fn(), move: vi.fn(), toggleCollapsed: vi.fn(), redraw: vi.fn() };
    const bar = new PinsBar(host, t, handlers, new AbortController().signal);
    return { host, bar, handlers };
  }

  it('renders names as text, unread counts, and hides itself without pins', () => {
    const { host, bar } = setup();
    bar.render({ views: [], collapsed: false, overdueAfterHours: undefined, now: 0 });
    expect(host.querySelector<HTMLElement>('[data-zettel="pins"]')!.hidden).toBe(true);
    bar.render({ views: [view('title:<b>x</b>', '<b>x</b>'), view('title:B', 'B', 4)], collapsed: false, overdueAfterHours: undefined, now: 0 });
    const names = [...host.querySelectorAll('[data-zettel="pin-name"]')];
    expect(names.map((n) => n.textContent)).toEqual(['<b>x</b>', 'B']);
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelectorAll<HTMLElement>('[data-zettel="pin-unread"]')[1]!.textContent).toBe('4');
    expect(host.querySelectorAll('[data-zettel-action="open-pin"]')[1]!.getAttribute('aria-label')).toBe('pins_openUnread|B|4');
  });

  it('moves the focused pin with Alt+arrows, moves the focus with arrows, keeps the focus across a re-render', () => {
    const { host, bar, handlers } = setup();
    const views = [view('title:A', 'A'), view('title:B', 'B'), view('title:C', 'C')];
    bar.render({ views, collapsed: false, overdueAfterHours: undefined, now: 0 });
    const buttons = () => [...host.querySelectorAll<HTMLButtonElement>('[data-zettel-action="open-pin"]')];
    buttons()[0]!.focus();
    buttons()[0]!.dispatchEvent(asPerson(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true })));
    expect(handlers.move).toHaveBeenCalledWith('title:A', 1, 'keyboard');
    buttons()[0]!.dispatchEvent(asPerson(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true })));
    expect(handlers.move).toHaveBeenCalledTimes(1); // already first
    buttons()[0]!.dispatchEvent(asPerson(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true })));
    expect(document.activeElement).toBe(buttons()[1]);
    bar.render({ views: [views[1]!, views[0]!, views[2]!], collapsed: false, overdueAfterHours: undefined, now: 0 });
    expect((document.activeElement?.closest('[data-zettel="pin"]') as HTMLElement).dataset.chatKey).toBe('title:B');
    expect(host.querySelectorAll('[data-zettel="pin"]')[0]!.getAttribute('aria-posinset')).toBe('1');
  });

  it('folds, and offers to unpin a chat that was not found', () => {
    const { host, bar, handlers } = setup();
    bar.render({ views: [view('title:A', 'A')], collapsed: true, overdueAfterHours: undefined, now: 0 });
    const toggle = host.querySelector<HTMLButtonElement>('[data-zettel-action="toggle-pins"]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(host.querySelector<HTMLElement>('[role="list"]')!.hidden).toBe(true);
    personClick(toggle);
    expect(handlers.toggleCollapsed).toHaveBeenCalled();
    bar.showMissing({ key: 'title:A' as ChatKey, title: 'A' });
    const notice = host.querySelector<HTMLElement>('[data-zettel="pin-missing"]')!;
    expect(notice.hidden).toBe(false);
    expect(notice.textContent).toContain('pins_notFound|A');
    personClick(notice.querySelector<HTMLButtonElement>('[data-zettel-action="unpin-missing"]')!);
    expect(handlers.unpin).toHaveBeenCalledWith('title:A');
    expect(notice.hidden).toBe(true);
  });
});

describe('pins bar tab stops', () => {
  it('keeps one pin in the tab order (roving tabindex), following the focus', () => {
    document.body.replaceChildren();
    const host = document.createElement('div');
    document.body.append(host);
    const handlers: PinsBarHandlers = { open: vi.fn(), unpin: vi.fn(), move: vi.fn(), toggleCollapsed: vi.fn(), redraw: vi.fn() };
    const bar = new PinsBar(host, (key) => key, handlers, new AbortController().signal);
    const v = (k: string) => ({ key: `title:${k}` as ChatKey, title: k, flag: null, labels: [], unread: null, current: false });
    bar.render({ views: [v('A'), v('B'), v('C')], collapsed: false, overdueAfterHours: undefined, now: 0 });
    const tabbable = () => [...host.querySelectorAll<HTMLElement>('[data-zettel="pin"] button')].filter((b) => b.tabIndex === 0).map((b) => `${b.closest<HTMLElement>('[data-zettel="pin"]')!.dataset.chatKey}:${b.dataset.zettelAction}`);
    expect(tabbable()).toEqual(['title:A:open-pin', 'title:A:unpin']);
    host.querySelectorAll<HTMLButtonElement>('[data-zettel-action="open-pin"]')[2]!.focus();
    expect(tabbable()).toEqual(['title:C:open-pin', 'title:C:unpin']);
    // The focused pin is unpinned: the focus (and the tab stop) goes to the pin now in its place.
    bar.render({ views: [v('A'), v('B')], collapsed: false, overdueAfterHours: undefined, now: 0 });
    expect(tabbable()).toEqual(['title:B:open-pin', 'title:B:unpin']);
    expect((document.activeElement as HTMLElement).closest<HTMLElement>('[data-zettel="pin"]')!.dataset.chatKey).toBe('title:B');
  });
});
