// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findComposeBox, findFooter, findSendButton, findVoiceButton } from '../../../utils/whatsapp/composer.ts';
import { detectProfile, scanPage, type PageScan } from '../../../utils/whatsapp/health.ts';
import { detectLocale } from '../../../utils/whatsapp/locale.ts';
import { readRow, rowItemOf, rowTitle, rowTop } from '../../../utils/whatsapp/rows.ts';
import { rowUnreadCount } from '../../../utils/whatsapp/row-unread.ts';
import { annaConversation, mountPage, pageHtml, type Profile } from './fixtures.ts';

const PROFILES: Profile[] = ['legacy-2025', 'current-2026'];

function states(scan: PageScan): Record<string, string> {
  return Object.fromEntries(scan.parts.map((p) => [p.part, p.state]));
}
function via(scan: PageScan, part: string): string | undefined {
  return scan.parts.find((p) => p.part === part)?.via;
}

describe.each(PROFILES)('selectors on %s', (profile) => {
  beforeEach(() => document.body.replaceChildren());

  it.each([true, false])('recognises every part with a chat open (testids %s)', (testids) => {
    mountPage(pageHtml({ profile, testids, open: annaConversation('Entwurf') }));
    const scan = scanPage(document);
    expect(states(scan)).toEqual({
      'app-shell': 'ok',
      'chat-list': 'ok',
      'chat-rows': 'ok',
      'conversation-header': 'ok',
      messages: 'ok',
      'compose-box': 'ok',
      'send-button': 'ok',
    });
    expect(via(scan, 'app-shell')).toBe('#app');
    expect(via(scan, 'chat-list')).toBe('#pane-side [role="grid"]');
    expect(via(scan, 'send-button')).toBe('send: [data-icon="wds-ic-send-filled"]');
    expect(scan.title).toBe('Anna Müller');
    expect(detectProfile(scan)).toBe(profile);
  });

  it('reports the conversation parts idle when no chat is open', () => {
    mountPage(pageHtml({ profile, open: null }));
    const scan = scanPage(document);
    expect(states(scan)).toMatchObject({ 'app-shell': 'ok', 'chat-list': 'ok', 'chat-rows': 'ok', 'conversation-header': 'idle', messages: 'idle', 'compose-box': 'idle', 'send-button': 'idle' });
    expect(detectProfile(scan)).toBe(profile);
  });

  it('reports the positioned row item, sorted by translateY, whatever the DOM order', () => {
    mountPage(pageHtml({ profile, open: null }));
    const scan = scanPage(document);
    const rows = scan.rows!.items.map(readRow).sort((a, b) => a.top - b.top);
    expect(rows.map((r) => [r.top, r.title])).toEqual([
      [0, 'Anna Müller'],
      [72, 'Baustelle Lindenstraße 12'],
      [144, 'Elektro Becker'],
    ]);
    expect(rows[0]!.element.getAttribute('role')).toBe(profile === 'legacy-2025' ? 'listitem' : 'row');
    // A mutation deep inside a row maps to that row's item.
    const title = rows[1]!.element.querySelector('span[title]')!;
    expect(rowItemOf(title.firstChild!, scan.chatList!, scan.rows!.via)).toBe(rows[1]!.element);
  });

  it('a recycled row reads its new chat from its current content', () => {
    mountPage(pageHtml({ profile, open: null }));
    const item = scanPage(document).rows!.items.find((el) => readRow(el).title === 'Anna Müller')!;
    const span = item.querySelector('span[title]')!;
    span.setAttribute('title', 'Zimmerei Holz');
    span.textContent = 'Zimmerei Holz';
    item.style.transform = 'translateY(7200px)';
    expect(readRow(item)).toMatchObject({ title: 'Zimmerei Holz', top: 7200 });
  });

  it('selected state and German/English locale', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    let scan = scanPage(document);
    expect(scan.rows!.items.map(readRow).find((r) => r.selected)?.title).toBe('Anna Müller');
    expect(detectLocale(document, scan.chatList)).toBe('de');
    mountPage(pageHtml({ profile, lang: 'en', open: annaConversation() }), 'en');
    scan = scanPage(document);
    expect(detectLocale(document, scan.chatList)).toBe('en');
  });

  it('the voice button fills the slot while the draft is empty; it is never taken for send', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    const scan = scanPage(document);
    expect(via(scan, 'send-button')).toBe('voice: [data-icon="mic-outlined"]');
    const footer = findFooter(scan.pane, scan.composeBox);
    expect(findSendButton(footer)).toBeNull();
    expect(findVoiceButton(footer)?.element.tagName).toBe('BUTTON');
  });

  it('falls back when ids are gone: roles, label table, placeholder', () => {
    mountPage(pageHtml({ profile, withoutIds: true, testids: false, open: annaConversation('x') }));
    const scan = scanPage(document);
    expect(states(scan)).toMatchObject({ 'app-shell': 'ok', 'chat-list': 'ok', 'chat-rows': 'ok', 'conversation-header': 'ok', messages: 'ok', 'compose-box': 'ok', 'send-button': 'ok' });
    expect(via(scan, 'app-shell')).toBe('root around search input[data-tab="3"]');
    expect(via(scan, 'chat-list')).toBe('[role="grid"][aria-rowcount]');
    expect(via(scan, 'conversation-header')).toBe('header (pane around conversation anchors)');
  });
});

describe('last-resort fallbacks', () => {
  it('finds the chat list by its localized aria-label alone', () => {
    mountPage('<div id="app"><div><div role="grid" aria-label="Chatliste"><div role="row" style="transform: translateY(0px)"><span dir="auto" title="Anna">Anna</span></div></div></div></div>');
    const scan = scanPage(document);
    expect(via(scan, 'chat-list')).toBe('[role="grid"][aria-label=<8 locales>]');
    expect(scan.rows?.items).toHaveLength(1);
  });

  it('finds the compose box by aria-placeholder when it has no role and no footer', () => {
    mountPage('<div id="main"><header><span dir="auto" title="Anna">Anna</span></header><div contenteditable="true" aria-placeholder="Nachricht eingeben"><p><br></p></div><button aria-label="Senden"><span></span></button></div>');
    const pane = document.querySelector('#main');
    const box = findComposeBox(pane);
    expect(box?.via).toBe('[contenteditable="true"][aria-placeholder=<5 locales>]');
    expect(findSendButton(findFooter(pane, box?.element ?? null))?.via).toBe('button[aria-label=<7 locales>]');
  });

  it('a mic icon inside a voice message is not the voice button of the composer', () => {
    mountPage('<div id="main"><header><span dir="auto" title="Anna">Anna</span></header><div data-scrolltracepolicy="wa.web.conversation.messages"><div role="row"><div data-id="ABC"><span data-icon="mic-outlined"></span></div></div></div></div>');
    const scan = scanPage(document);
    expect(scan.parts.find((p) => p.part === 'send-button')?.state).toBe('missing');
  });

  it('an empty list (a filter without results) is idle, not missing', () => {
    mountPage('<div id="app"><div id="side"><div id="pane-side"><div role="grid" aria-label="Chat list" aria-rowcount="0"></div></div></div></div>');
    expect(scanPage(document).parts.find((p) => p.part === 'chat-rows')?.state).toBe('idle');
  });

  it('nothing WhatsApp-like: everything missing or idle, no exception', () => {
    mountPage('<div><p>Hello</p></div>');
    const scan = scanPage(document);
    expect(states(scan)).toMatchObject({ 'app-shell': 'missing', 'chat-list': 'missing', 'chat-rows': 'missing', 'conversation-header': 'idle' });
    expect(detectProfile(scan)).toBe('unknown');
  });
});

describe('send slot consistency', () => {
  it('a voice button next to a draft does not count: the send button should be there', () => {
    mountPage(pageHtml({ profile: 'current-2026', open: annaConversation() }));
    const box = document.querySelector('footer [contenteditable]')!;
    const p = box.querySelector('p')!;
    p.replaceChildren(document.createTextNode('Entwurf'));
    expect(scanPage(document).parts.find((part) => part.part === 'send-button')?.state).toBe('missing');
  });
});

describe('late-2026 traits (issue 19 point 8)', () => {
  const lateRow = (y: number, title: string, extra = '') =>
    `<div role="row" data-testid="list-item-0" style="transform: matrix(1, 0, 0, 1, 0, ${y})"><div role="gridcell" aria-selected="false">` +
    `<span data-icon="status-dblcheck" title="Gelesen"></span>${extra}<div><span title="${title}">${title}</span></div>` +
    `<span>10:31</span><span dir="ltr">3</span><span class="b"><span>7</span></span></div></div>`;

  it('rows positioned by matrix() and matrix3d() transforms', () => {
    const item = document.createElement('div');
    item.style.transform = 'matrix(1, 0, 0, 1, 0, 144)';
    expect(rowTop(item)).toBe(144);
    item.style.transform = 'matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 216, 0, 1)';
    expect(rowTop(item)).toBe(216);
  });

  it('a bare [title] that is a status icon is not the chat title', () => {
    mountPage(lateRow(72, 'Herr Maier'));
    expect(rowTitle(document.querySelector('[role="row"]')!)).toBe('Herr Maier');
  });

  it('unread count without an aria-label: the numeric-only leaf span, not a numeric preview, whatever dir the page sets above', () => {
    document.body.setAttribute('dir', 'ltr');
    mountPage(lateRow(0, 'Herr Maier'));
    expect(rowUnreadCount(document.querySelector('[role="row"]')!)).toBe(7);
    mountPage(lateRow(0, '42'));
    const row = document.querySelector('[role="row"]')!;
    row.querySelector('.b')!.remove();
    expect(rowUnreadCount(row)).toBeNull();
    document.body.removeAttribute('dir');
  });
});
