/**
 * Every selector of WhatsApp Web's DOM, with ordered fallbacks (whatsapp-dom.md "Selector strategy that
 * survives", Addendum A). Order of preference: ids → roles → data-id / data-icon / data-tab /
 * contenteditable → data-testid → localized aria-labels (German and English first) → structure.
 * Never generated class names; only the historically stable semantic ones, and only last.
 *
 * A chain is tried in order; the first candidate that finds something plausible wins, and its `via` is
 * reported in health so a drift shows up as a changed `via` before it shows up as a missing part.
 */

export interface Candidate<T extends Element = Element> {
  /** Shown in health: which selector or strategy matched. */
  via: string;
  find(scope: ParentNode): T | null;
}

export interface Match<T extends Element = Element> {
  element: T;
  via: string;
}

/** Attribute value quoted for a CSS selector (labels may contain quotes in some locales). */
export function quoteAttr(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

export function css<T extends Element = Element>(selector: string, accept?: (el: T) => boolean): Candidate<T> {
  return {
    via: selector,
    find(scope) {
      if (!accept) return scope.querySelector<T>(selector);
      for (const el of scope.querySelectorAll<T>(selector)) if (accept(el)) return el;
      return null;
    },
  };
}

/** Last-resort candidate on a localized attribute: one selector per known string. */
export function labelled(base: string, attribute: string, values: readonly string[]): Candidate {
  const selector = values.map((value) => `${base}[${attribute}=${quoteAttr(value)}]`).join(', ');
  return { via: `${base}[${attribute}=<${values.length} locales>]`, find: (scope) => scope.querySelector(selector) };
}

export function firstMatch<T extends Element>(chain: readonly Candidate<T>[], scope: ParentNode | null | undefined): Match<T> | null {
  if (!scope) return null;
  for (const candidate of chain) {
    const element = candidate.find(scope);
    if (element) return { element, via: candidate.via };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Localized strings, used only as last fallbacks (whatsapp-dom.md §7, A.3). German and English first.

export const CHAT_LIST_LABELS: Readonly<Record<string, string>> = {
  'Chatliste': 'de',
  'Chat list': 'en',
  'Lista de chats': 'es',
  'Lista de conversas': 'pt',
  'Liste des discussions': 'fr',
  'Elenco delle chat': 'it',
  'Daftar chat': 'id',
  'Список чатов': 'ru',
};
export const SEND_LABELS = ['Senden', 'Send', 'Enviar', 'Envoyer', 'Invia', 'Kirim', 'Verzenden'] as const;
export const VOICE_LABELS = ['Sprachnachricht', 'Sprachnachricht aufnehmen', 'Voice message', 'Record voice message'] as const;
export const COMPOSE_PLACEHOLDERS = ['Nachricht eingeben', 'Type a message', 'Escribe un mensaje', 'Digite uma mensagem', 'Scrivi un messaggio'] as const;

// ---------------------------------------------------------------------------------------------------
// App shell and chat list

const SIDE_CHAIN: readonly Candidate[] = [css('#side'), css('#pane-side')];

export function findSide(doc: ParentNode): Element | null {
  return firstMatch(SIDE_CHAIN, doc)?.element ?? null;
}

/** The topmost element below <body> that holds `inner`: the app root when #app is renamed. */
function appRootAround(inner: Element | null): Element | null {
  let node = inner;
  while (node?.parentElement && node.parentElement !== node.ownerDocument.body) node = node.parentElement;
  return node?.parentElement ? node : null;
}

export const APP_SHELL_CHAIN: readonly Candidate[] = [
  css('#app'),
  { via: 'root around #side', find: (doc) => appRootAround(doc.querySelector('#side')) },
  { via: 'root around navbar-primary-section', find: (doc) => appRootAround(doc.querySelector('[data-testid="navbar-primary-section"]')) },
  { via: 'root around search input[data-tab="3"]', find: (doc) => appRootAround(doc.querySelector('input[type="text"][data-tab="3"]')) },
  // Historically stable semantic class of the two-column wrapper (whatsapp-dom.md §5).
  { via: 'root around .two', find: (doc) => appRootAround(doc.querySelector('.two')) },
];

/** Grids inside the conversation (or any other pane) are not the chat list. */
function outsideConversation(el: Element): boolean {
  return !el.closest('#main, footer, header');
}

export const CHAT_LIST_CHAIN: readonly Candidate[] = [
  css('#pane-side [role="grid"]'),
  css('#side [role="grid"]'),
  css('[data-scrolltracepolicy="wa.web.chatlist"] [role="grid"]'),
  css('[role="grid"][aria-rowcount]', outsideConversation),
  css('[data-testid="chat-list"]'),
  labelled('[role="grid"]', 'aria-label', Object.keys(CHAT_LIST_LABELS)),
  css('[data-scrolltracepolicy="wa.web.chatlist"]'),
  // The scroll container itself when the grid role is gone.
  css('#pane-side'),
];

/**
 * Row item selectors, most specific first. The item is the positioned (translateY) element:
 * current-2026 `role=row[data-testid^=list-item-]`, legacy-2025 `role=listitem` wrapping a `role=row`.
 */
export const ROW_ITEM_SELECTORS: readonly string[] = [
  '[role="row"][data-testid^="list-item-"]',
  '[role="listitem"]',
  '[role="row"]',
  '[data-testid^="list-item-"]',
];

/** Icons: a `data-icon`, an svg/img inside or itself, `role=img`, or no text at all. */
function isIcon(el: Element): boolean {
  if (el.hasAttribute('data-icon') || el.getAttribute('role') === 'img' || el.querySelector('[data-icon], svg, img') || el.closest('[data-icon]')) return true;
  return (el.textContent ?? '').trim() === '';
}

export const ROW_TITLE_CHAIN: readonly Candidate[] = [
  css('[data-testid="cell-frame-title"] [title]'),
  css('span[dir="auto"][title]'),
  // A bare [title] can be a status icon (ticks "Gelesen", muted; issue 19 point 8): never an icon.
  css('[title]', (el) => !el.closest('[data-zettel]') && (el.getAttribute('title') ?? '').trim() !== '' && !isIcon(el)),
  // Text of the title cell when the attribute is gone (testid builds only).
  css('[data-testid="cell-frame-title"]'),
];

/** Selected state lives on the gridcell (current) or the row (2022); aria-current in some builds. */
export const ROW_SELECTED_SELECTOR = '[aria-selected="true"], [aria-current="true"], [aria-current="page"]';

// ---------------------------------------------------------------------------------------------------
// Conversation

const CONVERSATION_ANCHORS = [
  '[data-scrolltracepolicy="wa.web.conversation.messages"]',
  '[data-testid="conversation-panel-messages"]',
  '[data-testid="conversation-header"]',
  '[data-testid="conversation-info-header"]',
  'footer [contenteditable="true"][role="textbox"]',
  '[contenteditable="true"][data-tab="10"]',
].join(', ');

/** Climbs from an anchor to the widest ancestor that is still not the column holding the chat list. */
function paneAround(anchor: Element | null): Element | null {
  if (!anchor) return null;
  let node: Element = anchor;
  while (node.parentElement && node.parentElement !== node.ownerDocument.body) {
    const parent = node.parentElement;
    if (parent.querySelector('#side, #pane-side, [role="grid"][aria-rowcount], [data-testid="chat-list"]')) break;
    node = parent;
  }
  return node === anchor ? anchor.parentElement : node;
}

export const CONVERSATION_CHAIN: readonly Candidate[] = [
  css('#main'),
  { via: 'pane around conversation anchors', find: (doc) => paneAround(doc.querySelector(CONVERSATION_ANCHORS)) },
];

export const HEADER_CHAIN: readonly Candidate[] = [
  css('header'),
  css('[data-testid="conversation-header"]'),
  css('[data-testid="conversation-info-header"]'),
];

export const HEADER_TITLE_CHAIN: readonly Candidate[] = [
  css('[data-testid="conversation-info-header-chat-title"]'),
  css('span[dir="auto"][title]'),
  css('[role="button"] span[dir="auto"]'),
  css('span[dir="auto"]'),
  css('span[title]'),
];

export const MESSAGES_REGION_CHAIN: readonly Candidate[] = [
  css('[data-scrolltracepolicy="wa.web.conversation.messages"]'),
  css('[data-testid="conversation-panel-messages"]'),
  css('[data-testid="conversation-panel-body"]'),
  css('[role="application"]'),
  // Structure: the element that holds the message rows.
  {
    via: 'parent of [data-id] rows',
    find: (scope) => {
      const wrapper = scope.querySelector('[data-id], [data-testid^="conv-msg-"]');
      return wrapper?.closest('[role="row"]')?.parentElement ?? wrapper?.parentElement ?? null;
    },
  },
  css('.copyable-area'),
];

/** Message wrappers: `data-id` first, the `conv-msg-<id>` testid when the attribute is gone. */
export const MESSAGE_WRAPPER_SELECTORS: readonly string[] = ['[data-id]', '[data-testid^="conv-msg-"]'];

/** Outgoing-only status icons: pending / sent / delivered / read (A.6 step 2). */
export const OUTGOING_STATUS_SELECTOR = ['msg-time', 'msg-check', 'msg-dblcheck', 'msg-dblcheck-ack']
  .map((icon) => `[data-icon="${icon}"]`)
  .join(', ');
export const TAIL_OUT_SELECTOR = '[data-icon="tail-out"], [data-testid="tail-out"]';
export const TAIL_IN_SELECTOR = '[data-icon="tail-in"], [data-testid="tail-in"]';
export const LEGACY_OUT_SELECTOR = '.message-out';
export const LEGACY_IN_SELECTOR = '.message-in';
/** Text block of a message: metadata lives on the block, `.selectable-text` is optional (A.1-4). */
export const MESSAGE_TEXT_BLOCK_SELECTOR = '.copyable-text[data-pre-plain-text], [data-pre-plain-text]';
export const MESSAGE_TEXT_FALLBACK_SELECTOR = '[data-testid="selectable-text"], .selectable-text';
export const QUOTED_SELECTOR = '[data-testid="quoted-message"], [aria-label="Quoted message"], [aria-label="Zitierte Nachricht"]';
export const VIRTUALIZED_SELECTOR = '[data-virtualized]';

// ---------------------------------------------------------------------------------------------------
// Composer

export const FOOTER_CHAIN: readonly Candidate[] = [css('footer'), css('[data-testid="compose-box"]')];

export const COMPOSE_BOX_CHAIN: readonly Candidate<HTMLElement>[] = [
  css<HTMLElement>('footer [contenteditable="true"][role="textbox"][data-lexical-editor="true"]'),
  css<HTMLElement>('footer [contenteditable="true"][role="textbox"]'),
  css<HTMLElement>('[contenteditable="true"][data-tab="10"]'),
  css<HTMLElement>('[data-testid="conversation-compose-box-input"]'),
  css<HTMLElement>('footer [contenteditable="true"]'),
  labelled('[contenteditable="true"]', 'aria-placeholder', COMPOSE_PLACEHOLDERS) as Candidate<HTMLElement>,
];

/** The clickable element around an icon. */
function buttonAround(el: Element | null): Element | null {
  return el ? (el.closest('button, [role="button"]') ?? el) : null;
}
/**
 * Without a footer the slot is searched in the whole pane: skip icons of messages (a voice message has
 * a mic icon too) and of the header.
 */
function inComposerArea(el: Element): boolean {
  return !el.closest('[data-id], [role="row"], [data-scrolltracepolicy], [data-testid="conversation-panel-messages"], header');
}
function icon(selector: string): Candidate {
  return { via: selector, find: (scope) => buttonAround(css(selector, inComposerArea).find(scope)) };
}
function labelledButton(values: readonly string[]): Candidate {
  const selector = values.flatMap((value) => [`button[aria-label=${quoteAttr(value)}]`, `[role="button"][aria-label=${quoteAttr(value)}]`]).join(', ');
  return { via: `button[aria-label=<${values.length} locales>]`, find: (scope) => css(selector, inComposerArea).find(scope) };
}

/** Only positive identifications: the same slot holds the voice button, which must never be clicked instead. */
export const SEND_BUTTON_CHAIN: readonly Candidate[] = [
  icon('[data-icon="wds-ic-send-filled"]'),
  icon('[data-icon="send"]'),
  icon('[data-icon^="wds-ic-send"]'),
  icon('[data-testid="send"]'),
  icon('[data-testid="compose-btn-send"]'),
  labelledButton(SEND_LABELS),
];

export const VOICE_BUTTON_CHAIN: readonly Candidate[] = [
  icon('[data-icon="mic-outlined"]'),
  icon('[data-icon="ptt"]'),
  icon('[data-icon^="wds-ic-mic"]'),
  icon('[data-icon*="mic"]'),
  icon('[data-testid="ptt"]'),
  labelledButton(VOICE_LABELS),
];

/** Elements Zettel added itself: their mutations are not WhatsApp's and must not feed back. */
export const ZETTEL_MARK_SELECTOR = '[data-zettel], [data-zettel-action]';
