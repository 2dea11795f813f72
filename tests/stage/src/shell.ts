/**
 * The app shell (whatsapp-dom.md §1): `.two` wrapper, nav rail, the column wrapper with the "Chats"
 * header and `#side` (search, filter pills, `#pane-side`), and the right pane for `#main` or the intro.
 */
import { cx, sx } from './atoms.ts';
import type { Ctx } from './context.ts';
import { h, icon } from './dom.ts';
import type { ListFilter } from './store.ts';

export interface ShellParts {
  two: HTMLElement;
  right: HTMLElement;
  search: HTMLInputElement;
}

export interface ShellHooks {
  pane: HTMLElement;
  onSearch(text: string): void;
  onFilter(filter: ListFilter): void;
}

function navButton(label: string, iconName: string, pressed: boolean): HTMLElement {
  return h('button', { 'aria-label': label, title: label, 'aria-pressed': String(pressed), 'data-navbar-item-selected': pressed ? 'true' : null, class: sx({ width: '40px', height: '40px', display: 'flex', 'align-items': 'center', 'justify-content': 'center', 'border-radius': '50%' }) }, icon(iconName));
}

export function buildShell(ctx: Ctx, hooks: ShellHooks): ShellParts {
  const { s, store } = ctx;
  const removed = ctx.removed('app-shell');
  const renamed = ctx.renamed('app-shell');
  const de = ctx.options.lang === 'de';

  const nav = h(
    'div',
    { class: sx({ width: '64px', 'flex-shrink': 0, display: 'flex', 'flex-direction': 'column', 'align-items': 'center', padding: '10px 0', 'border-right': '1px solid var(--WDS-border-default)', background: 'var(--WDS-surface-emphasized)' }) },
    h(
      'div',
      { 'data-testid': ctx.testid('app-shell', 'navbar-primary-section', 'navbar-primary'), class: sx({ display: 'flex', 'flex-direction': 'column', gap: '8px' }) },
      navButton(s.nav.chats, 'wds-ic-chats-filled', true),
      navButton(s.nav.status, 'wds-ic-status', false),
      navButton(s.nav.channels, 'wds-ic-channels', false),
      navButton(s.nav.communities, 'wds-ic-communities', false),
      navButton(s.nav.metaAi, 'wds-ic-meta-ai', false),
    ),
    h('div', { class: sx({ 'margin-top': 'auto', display: 'flex', 'flex-direction': 'column', gap: '8px' }) }, navButton(s.nav.settings, 'wds-ic-settings', false), navButton(s.nav.profile, 'wds-ic-profile', false)),
  );

  const titleBar = h(
    removed ? 'div' : 'header',
    { class: sx({ display: 'flex', 'align-items': 'center', height: '64px', padding: '0 16px', 'flex-shrink': 0, 'box-sizing': 'border-box' }) },
    h('h1', { class: sx({ 'font-size': '22px', margin: 0, flex: '1', 'font-weight': '700' }) }, s.chatsTitle),
    h('button', { 'aria-label': s.newChat, title: s.newChat }, icon('new-chat-outline')),
    h('button', { 'aria-label': s.menu, title: s.menu }, icon(ctx.legacy ? 'menu' : 'wds-ic-more')),
  );

  const hint = ctx.options.metaAi ? s.metaAiHint : s.searchHint;
  const searchLabel = removed ? null : renamed ? (de ? 'Suchen' : 'Search') : hint;
  const search = h('input', {
    type: 'text',
    role: removed ? null : 'textbox',
    'data-tab': removed ? null : '3',
    'aria-label': searchLabel,
    placeholder: renamed ? searchLabel : hint,
    autocomplete: 'off',
    class: sx({ width: '100%', border: 0, outline: 'none', background: 'transparent', 'font-size': '15px', color: 'inherit', padding: '8px 0' }),
  });
  search.value = store.search;
  // React-controlled input: the value may be set through the native setter plus an `input` event.
  search.addEventListener('input', () => hooks.onSearch(search.value));
  search.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      search.value = '';
      hooks.onSearch('');
    }
  });
  const searchBox = h(
    'div',
    { class: sx({ padding: '0 12px 8px' }) },
    h(
      'div',
      { 'data-testid': ctx.testid('app-shell', 'chat-list-search-container', 'chat-list-search'), class: sx({ display: 'flex', 'align-items': 'center', gap: '8px', background: 'var(--WDS-surface-emphasized)', 'border-radius': '20px', padding: '0 12px' }) },
      icon(ctx.legacy ? 'search' : 'wds-ic-search'),
      search,
    ),
  );

  const pill = (id: string, label: string, filter: ListFilter | null) => {
    const selected = filter !== null && store.filter === filter;
    const button = h('button', { role: 'tab', 'aria-selected': String(selected), class: sx({ padding: '6px 12px', 'border-radius': '16px', background: selected ? 'var(--WDS-surface-selected)' : 'var(--WDS-surface-emphasized)' }) }, label);
    if (filter) button.addEventListener('click', () => hooks.onFilter(filter));
    return h('div', { id: ctx.hook('app-shell', id, id === 'additional-filters' ? 'filter-more' : `filter-${id.replace('-filter', '')}`) }, button);
  };
  const filters = h(
    'div',
    { role: removed ? null : 'tablist', class: sx({ display: 'flex', gap: '8px', padding: '0 12px 8px', 'flex-shrink': 0 }) },
    pill('all-filter', s.filters.all, 'all'),
    pill('unread-filter', s.filters.unread, 'unread'),
    pill('favorites-filter', s.filters.favourites, null),
    pill('group-filter', s.filters.groups, 'group'),
    pill('additional-filters', '▾', null),
  );

  const side = h(
    'div',
    { id: ctx.hook('app-shell', 'side', 'side-panel'), class: sx({ flex: '1', display: 'flex', 'flex-direction': 'column', 'min-height': 0 }) },
    searchBox,
    filters,
    hooks.pane,
  );
  const column = h('div', { class: sx({ width: '420px', 'flex-shrink': 0, display: 'flex', 'flex-direction': 'column', 'border-right': '1px solid var(--WDS-border-default)', background: 'var(--WDS-surface-default)', height: '100%' }) }, titleBar, side);
  const right = h('div', { class: sx({ flex: '1', display: 'flex', 'min-width': 0, height: '100%' }) });
  const two = h('div', { class: cx(removed ? null : renamed ? 'two-columns' : 'two', sx({ display: 'flex', height: '100%', width: '100%', overflow: 'hidden' })) }, nav, column, right);
  return { two, right, search };
}

export function introPanel(ctx: Ctx): HTMLElement {
  return h(
    'div',
    { class: sx({ flex: '1', display: 'flex', 'flex-direction': 'column', 'align-items': 'center', 'justify-content': 'center', background: 'var(--WDS-surface-emphasized)', color: 'var(--WDS-content-deemphasized)' }) },
    h('h1', { class: sx({ 'font-weight': '300', color: 'var(--WDS-content-default)' }) }, ctx.s.introTitle),
    h('p', {}, ctx.s.introText),
  );
}
