/**
 * Commands from extension pages (the popup) to the Zettel UI inside the WhatsApp Web tab, sent with
 * `tabs.sendMessage`. The content feature `page-commands` turns each into a DOM CustomEvent on
 * `document`, which the in-page feature that owns the UI listens to (contract: docs/overview-contract.md).
 */

/** Which list the overview should show first; absent = the overview's own default. */
export const OVERVIEW_TABS = ['to-answer', 'overdue', 'reminders', 'markers'] as const;
export type OverviewTab = (typeof OVERVIEW_TABS)[number];

export const OPEN_OVERVIEW = 'zettel:open-overview';

/** runtime message popup → content script */
export interface OpenOverviewMessage {
  type: typeof OPEN_OVERVIEW;
  tab?: OverviewTab;
}

/** `detail` of the CustomEvent 'zettel:open-overview' dispatched on document (cancelable). */
export interface OpenOverviewDetail {
  tab: OverviewTab | null;
}

/** The content script's reply: `opened` is true when a listener called preventDefault() on the event. */
export interface OpenOverviewReply {
  opened: boolean;
}

export function isOverviewTab(value: unknown): value is OverviewTab {
  return typeof value === 'string' && (OVERVIEW_TABS as readonly string[]).includes(value);
}

export function isOpenOverviewMessage(message: unknown): message is OpenOverviewMessage {
  if (!message || typeof message !== 'object') return false;
  const { type, tab } = message as { type?: unknown; tab?: unknown };
  return type === OPEN_OVERVIEW && (tab === undefined || isOverviewTab(tab));
}

export function openOverviewMessage(tab?: OverviewTab): OpenOverviewMessage {
  return tab ? { type: OPEN_OVERVIEW, tab } : { type: OPEN_OVERVIEW };
}
