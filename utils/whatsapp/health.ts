/**
 * Health: which parts of WhatsApp Web Zettel recognises right now (DESIGN §3). The popup shows it, and
 * the feature registry switches off features whose parts are missing. Every check is a handful of
 * scoped queries, cheap enough to run after every batch of DOM changes.
 */
import { findComposeBox, findFooter, findSendButton, findVoiceButton, readComposerText } from './composer.ts';
import { findConversation, findHeader, findMessagesRegion, headerTitle } from './conversation.ts';
import { messageIds } from './messages.ts';
import type { BuildProfile, IdentityStrategy, PartState, WhatsAppPart } from './parts.ts';
import { scanRows, type RowScan } from './rows.ts';
import { APP_SHELL_CHAIN, CHAT_LIST_CHAIN, LEGACY_IN_SELECTOR, LEGACY_OUT_SELECTOR, findSide, firstMatch } from './selectors.ts';

export { WHATSAPP_PARTS } from './parts.ts';
export type { BuildProfile, IdentityStrategy, PartState, WhatsAppPart } from './parts.ts';

export interface HealthReport {
  parts: Array<{ part: WhatsAppPart; state: PartState; via?: string }>; // via = which strategy/selector matched
  identity: IdentityStrategy | null; // the strategy that produced the current chat's key
  profile: BuildProfile; // from the data-id form ratio, listitem vs row, direction classes, matrix() row positions
  locale: string; // e.g. 'de', 'en', 'unknown'
  disabledFeatures: string[];
  currentChat: { key: string; title: string } | null;
  checkedAt: number;
  /** Features that threw, with their last error (caught by the registry, never thrown into the page). */
  featureErrors?: Array<{ id: string; error: string }>;
}

/** The elements one scan found; the adapter reuses them instead of querying again. */
export interface PageScan {
  appShell: Element | null;
  chatList: Element | null;
  rows: RowScan | null;
  pane: Element | null;
  header: Element | null;
  title: string;
  messagesRegion: Element | null;
  composeBox: HTMLElement | null;
  footer: Element | null;
  sendButton: Element | null;
  voiceButton: Element | null;
  parts: HealthReport['parts'];
}

export function scanPage(doc: Document): PageScan {
  const parts: HealthReport['parts'] = [];
  const report = (part: WhatsAppPart, state: PartState, via?: string) => parts.push(via ? { part, state, via } : { part, state });

  const appShell = firstMatch(APP_SHELL_CHAIN, doc);
  report('app-shell', appShell ? 'ok' : 'missing', appShell?.via);

  const chatList = firstMatch(CHAT_LIST_CHAIN, doc);
  report('chat-list', chatList ? 'ok' : 'missing', chatList?.via);

  const pane = findConversation(doc);
  const paneEl = pane?.element ?? null;

  // Rows are looked for even when the list is not recognised: each part stands on its own hooks.
  const rows = scanRows(chatList?.element ?? findSide(doc) ?? doc, paneEl);
  // A list can legitimately be empty (a filter without results): that is not a missing part.
  report('chat-rows', rows ? 'ok' : chatList && isEmptyList(chatList.element) ? 'idle' : 'missing', rows?.via);

  const header = findHeader(paneEl);
  const title = headerTitle(header?.element ?? null);
  const messagesRegion = findMessagesRegion(paneEl);
  const composeBox = findComposeBox(paneEl);
  const footer = paneEl ? findFooter(paneEl, composeBox?.element ?? null) : null;
  const sendButton = findSendButton(footer);
  const voiceButton = sendButton ? null : findVoiceButton(footer);

  if (!paneEl) {
    for (const part of ['conversation-header', 'messages', 'compose-box', 'send-button'] as const) report(part, 'idle');
  } else {
    report('conversation-header', header && title ? 'ok' : 'missing', header ? `${header.via} (${pane?.via})` : undefined);
    report('messages', messagesRegion ? 'ok' : 'missing', messagesRegion?.via);
    report('compose-box', composeBox ? 'ok' : 'missing', composeBox?.via);
    // With a draft WhatsApp shows send, not voice: a voice button next to a draft means send is not recognised.
    const hasDraft = composeBox ? readComposerText(composeBox.element).trim() !== '' : false;
    const slot = sendButton ? `send: ${sendButton.via}` : voiceButton && !hasDraft ? `voice: ${voiceButton.via}` : undefined;
    report('send-button', slot ? 'ok' : 'missing', slot);
  }

  return {
    appShell: appShell?.element ?? null,
    chatList: chatList?.element ?? null,
    rows,
    pane: paneEl,
    header: header?.element ?? null,
    title,
    messagesRegion: messagesRegion?.element ?? null,
    composeBox: composeBox?.element ?? null,
    footer,
    sendButton: sendButton?.element ?? null,
    voiceButton: voiceButton?.element ?? null,
    parts,
  };
}

/** A grid that says it has no rows (aria-rowcount 0) and holds none. */
function isEmptyList(list: Element): boolean {
  return list.getAttribute('aria-rowcount') === '0';
}

/**
 * Which build profile is live (A.5): listitem vs row items, full vs bare message ids, direction classes.
 * Each signal votes; 'unknown' without signals or on a tie.
 */
export function detectProfile(scan: PageScan): BuildProfile {
  let legacy = 0;
  let current = 0;
  const item = scan.rows?.items[0];
  if (item) {
    const role = item.getAttribute('role');
    if (role === 'listitem') legacy++;
    else if (role === 'row') current++;
  }
  if (scan.pane) {
    const ids = messageIds(scan.pane);
    const full = ids.filter((id) => id.includes('@')).length;
    if (ids.length > 0) {
      if (full * 2 > ids.length) legacy++;
      else current++;
    }
    if (scan.pane.querySelector(`${LEGACY_IN_SELECTOR}, ${LEGACY_OUT_SELECTOR}`)) legacy++;
    else if (ids.length > 0) current++;
  }
  if (legacy === current) return 'unknown';
  if (legacy > current) return 'legacy-2025';
  // The later 2026 build positions its rows with a matrix (issue 19 point 8).
  return item && /^\s*matrix/.test(item.style.transform) ? 'late-2026' : 'current-2026';
}

/** Parts that are missing (not idle) in a report. */
export function missingParts(parts: HealthReport['parts']): Set<WhatsAppPart> {
  return new Set(parts.filter((p) => p.state === 'missing').map((p) => p.part));
}
