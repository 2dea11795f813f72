/**
 * The toolbar badge: how many chats are still to answer (flagged, or with an open marker), in amber — red when any of them is overdue
 * (waiting longer than the threshold in settings) or due (a reminder fired). Recounted after every
 * committed change to flags or settings, on start, and by a periodic alarm, because "overdue" changes
 * with time alone.
 */
import { browser } from 'wxt/browser';
import { watchTableChanges } from '../../utils/db/changes.ts';
import { listFlags } from '../../utils/db/repositories/flags.ts';
import { chatsWithOpenMarkers } from '../../utils/db/repositories/markers.ts';
import { getSettings } from '../../utils/db/repositories/settings.ts';
import type { ZettelDatabase } from '../../utils/db/schema.ts';
import { t } from '../../utils/i18n.ts';

export const BADGE_ALARM = 'zettel-badge';
export const BADGE_COLORS = { open: '#d99a00', urgent: '#d63a23' } as const;

export interface BadgeState {
  count: number;
  urgent: boolean;
}

/**
 * Chats still to answer: flagged chats plus chats with an open message marker (a marked message is a
 * question waiting for its answer, docs/markers.md), each chat once.
 */
export async function countStillToAnswer(db: ZettelDatabase, now: number = Date.now()): Promise<BadgeState> {
  const [flags, settings, markedChats] = await Promise.all([
    listFlags(db),
    getSettings(db),
    // One key per chat, not per open marker (there may be 100,000).
    chatsWithOpenMarkers(db),
  ]);
  const limit = settings['flags.overdueAfterHours'] * 3_600_000;
  const chats = new Set<string>(flags.map((flag) => flag.chatKey));
  for (const chat of markedChats) chats.add(chat);
  return { count: chats.size, urgent: flags.some((flag) => flag.state === 'due' || now - flag.waitingSince >= limit) };
}

/** MV3 has `action`, Firefox MV2 `browserAction`: the same badge calls. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

export async function updateToolbarBadge(db: ZettelDatabase): Promise<BadgeState> {
  const state = await countStillToAnswer(db);
  const action = toolbarAction();
  await action.setBadgeText({ text: state.count > 0 ? String(state.count) : '' });
  await action.setBadgeBackgroundColor({ color: state.urgent ? BADGE_COLORS.urgent : BADGE_COLORS.open });
  await action.setTitle({ title: state.count > 0 ? (state.urgent ? t('badge_title_urgent', String(state.count)) : t('badge_title', String(state.count))) : t('badge_title_none') });
  return state;
}

export async function readToolbarBadge(): Promise<{ text: string; color: number[] | string }> {
  const action = toolbarAction();
  const [text, color] = await Promise.all([action.getBadgeText({}), action.getBadgeBackgroundColor({})]);
  return { text, color };
}

export function startToolbarBadge(db: () => ZettelDatabase): void {
  const update = () => void updateToolbarBadge(db()).catch((error: unknown) => console.warn('[zettel] badge', error));
  watchTableChanges((tables) => {
    if (tables.has('flags') || tables.has('markers') || tables.has('settings')) update();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) update();
  });
  void browser.alarms.create(BADGE_ALARM, { periodInMinutes: 5 });
  update();
}
