/**
 * Hand-written WhatsApp Web pages for unit tests, after whatsapp-dom.md (§1–§4 and Addendum A.5):
 * `legacy-2025` (listitem rows wrapping a row, full `false_<jid>_<id>` data-ids, .message-in/.message-out,
 * composer aria-label "Type a message") and `current-2026` (positioned role=row items, bare data-ids,
 * no direction classes, data-virtualized, aria-placeholder), each with testids on or off.
 */

export type Profile = 'legacy-2025' | 'current-2026';

export interface FixtureMessage {
  id: string;
  fromMe: boolean;
  text?: string;
  tail?: boolean;
  status?: 'msg-time' | 'msg-check' | 'msg-dblcheck' | 'msg-dblcheck-ack';
  virtualized?: boolean;
  quoted?: { id: string; text: string };
  emoji?: string;
}

export interface FixtureOptions {
  profile: Profile;
  testids?: boolean;
  selectable?: boolean;
  lang?: 'de' | 'en';
  chats?: string[];
  open?: { title: string; jid: string; messages: FixtureMessage[]; draft?: string } | null;
  /** Extra hooks removed, to test fallbacks. */
  withoutIds?: boolean;
}

const esc = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function pageHtml(options: FixtureOptions): string {
  const { profile, testids = true, selectable = true, lang = 'de' } = options;
  const legacy = profile === 'legacy-2025';
  const tid = (name: string) => (testids ? ` data-testid="${name}"` : '');
  const chats = options.chats ?? ['Anna Müller', 'Baustelle Lindenstraße 12', 'Elektro Becker'];
  const rows = chats
    .map((title, index) => {
      const selected = options.open?.title === title;
      const cell = `<div role="gridcell" tabindex="-1" aria-selected="${selected}"><div${tid('cell-frame-container')}><img alt=""><div${tid('cell-frame-title')}><span dir="auto" title="${esc(title)}">${esc(title)}</span></div><div${tid('cell-frame-secondary')}><span>Vorschau</span></div><span aria-label="2 ungelesene Nachrichten">2</span></div></div>`;
      const style = `style="z-index: ${100 - index}; height: 72px; transform: translateY(${index * 72}px);"`;
      return legacy
        ? `<div role="listitem"${tid(`list-item-${index}`)} ${style}><div role="row">${cell}</div></div>`
        : `<div role="row"${tid(`list-item-${index}`)} ${style}>${cell}</div>`;
    })
    // DOM order differs from visual order on the real page.
    .reverse()
    .join('');
  const label = lang === 'de' ? 'Chatliste' : 'Chat list';
  const side = `<div${options.withoutIds ? '' : ' id="side"'}><div${tid('chat-list-search-container')}><input type="text" role="textbox" data-tab="3"></div><div${options.withoutIds ? '' : ' id="pane-side"'}><div tabindex="0" data-tab="4"><div role="grid" aria-label="${label}" aria-rowcount="${chats.length}"${tid('chat-list')}>${rows}</div></div></div></div>`;
  const main = options.open ? conversationHtml(options.open, { legacy, tid, selectable, lang, withoutIds: options.withoutIds ?? false }) : '<div><span data-icon="intro-md-beta-logo-light"></span></div>';
  return `<div${options.withoutIds ? '' : ' id="app"'}><div class="two"><div${tid('navbar-primary-section')}><button aria-label="Chats" aria-pressed="true"></button></div><div><header><h1>Chats</h1></header>${side}</div>${main}</div></div>`;
}

function conversationHtml(
  open: NonNullable<FixtureOptions['open']>,
  env: { legacy: boolean; tid: (name: string) => string; selectable: boolean; lang: 'de' | 'en'; withoutIds: boolean },
): string {
  const { legacy, tid, selectable, lang } = env;
  const messages = open.messages
    .map((m) => {
      const dataId = legacy ? `${m.fromMe}_${open.jid}_${m.id}` : m.id;
      const textInner = m.text === undefined ? '' : `${esc(m.text)}${m.emoji ? `<img alt="${m.emoji}" src="data:,">` : ''}`;
      const text =
        m.text === undefined
          ? ''
          : `<div class="copyable-text" data-pre-plain-text="[10:31, 12.3.2026] ${m.fromMe ? 'Ich' : esc(open.title)}: "><div>${selectable ? `<span class="selectable-text copyable-text"${tid('selectable-text')} dir="ltr"><span>${textInner}</span></span>` : `<span dir="ltr">${textInner}</span>`}</div></div>`;
      const quoted = m.quoted
        ? `<div${tid('quoted-message')} role="button" aria-label="${lang === 'de' ? 'Zitierte Nachricht' : 'Quoted message'}"><div data-id="${legacy ? `false_${open.jid}_${m.quoted.id}` : m.quoted.id}"><span${tid('selectable-text')}>${esc(m.quoted.text)}</span></div></div>`
        : '';
      const tail = m.tail ? `<span data-icon="${m.fromMe ? 'tail-out' : 'tail-in'}"></span>` : '';
      const status = m.status ? `<span data-icon="${m.status}"></span>` : '';
      const cls = legacy ? ` class="${m.fromMe ? 'message-out' : 'message-in'} focusable-list-item"` : '';
      const content = m.virtualized
        ? ''
        : `<div${cls}><div aria-label="…"><div${tid('msg-container')}>${tail}<div>${quoted}${text}<div${tid('msg-meta')}><span>10:31</span>${status}</div></div></div></div></div>`;
      const virt = legacy ? `<div>${content}</div>` : `<div data-virtualized="${m.virtualized ? 'true' : 'false'}"${m.virtualized ? ' style="min-height: 64px"' : ''}>${content}</div>`;
      return `<div role="row"><div tabindex="-1" data-id="${dataId}"${tid(`conv-msg-${dataId}`)}>${virt}</div></div>`;
    })
    .join('');
  const composeLabel = legacy ? (lang === 'de' ? 'Nachricht eingeben' : 'Type a message') : `${lang === 'de' ? 'Nachricht an' : 'Type a message to'} ${esc(open.title)}`;
  const placeholder = lang === 'de' ? 'Nachricht eingeben' : 'Type a message';
  const draft = open.draft ? `<p class="selectable-text copyable-text" dir="ltr"><span data-lexical-text="true">${esc(open.draft)}</span></p>` : '<p class="selectable-text copyable-text"><br></p>';
  const slot = open.draft
    ? `<button aria-label="${lang === 'de' ? 'Senden' : 'Send'}"><span data-icon="wds-ic-send-filled"></span></button>`
    : `<button aria-label="${lang === 'de' ? 'Sprachnachricht' : 'Voice message'}"><span data-icon="mic-outlined"></span></button>`;
  return `<div${env.withoutIds ? '' : ' id="main"'}><header${tid('conversation-header')}><div${tid('conversation-info-header')} role="button" tabindex="0"><img alt=""><div><span dir="auto" title="${esc(open.title)}"${tid('conversation-info-header-chat-title')}>${esc(open.title)}</span></div><div><span title="online">online</span></div></div><div><button aria-label="Menü" data-tab="6"><span data-icon="menu"></span></button></div></header><div${tid('conversation-panel-wrapper')}><div${tid('conversation-panel-messages')} data-scrolltracepolicy="wa.web.conversation.messages" tabindex="0"><div data-tab="8"${legacy ? ' role="application"' : ''}><div role="row"><div><span>HEUTE</span></div></div>${messages}</div></div></div><footer><div></div><div${tid('compose-box')}><button aria-label="Anhängen"><span data-icon="plus-rounded"></span></button><div class="lexical-rich-text-input"><div contenteditable="true" role="textbox" data-tab="10" data-lexical-editor="true" aria-label="${composeLabel}" aria-placeholder="${placeholder}"${legacy ? tid('conversation-compose-box-input') : ''}>${draft}</div></div>${slot}</div></footer></div>`;
}

/** Replaces the test document's content with a fixture page. */
export function mountPage(html: string, lang = 'de'): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  document.documentElement.setAttribute('lang', lang);
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
}

export const ANNA = { title: 'Anna Müller', jid: '491701234567@c.us' };

export function annaConversation(draft?: string): NonNullable<FixtureOptions['open']> {
  return {
    ...ANNA,
    ...(draft ? { draft } : {}),
    messages: [
      { id: '3A12F0908922EFDD735D', fromMe: false, text: 'Hallo!', tail: true },
      { id: '3A12F0908922EFDD735E', fromMe: false, text: 'Wann kommen Sie?' },
      { id: '3EB0C431A1B2C3D4E5F6A7', fromMe: true, text: 'Morgen um 8', tail: true, status: 'msg-dblcheck-ack', quoted: { id: '3A12F0908922EFDD735E', text: 'Wann kommen Sie?' } },
      { id: '3EB0C431A1B2C3D4E5F6A8', fromMe: true, text: 'Bis dann ', emoji: '👋' },
      { id: '3A12F0908922EFDD7360', fromMe: false, text: 'Super', tail: true },
    ],
  };
}
