/**
 * What the overview lists, subscribed only while the panel is open: the markers table can hold
 * 100,000 rows, and holding them live in every WhatsApp tab all day would cost memory and a re-send
 * after every write. Every change rebuilds the lists and the search (coalesced into one rebuild).
 */
import type { DataClient } from '../../../../utils/messaging/client.ts';
import type { ChatLabelRecord, ChatRecord, FlagRecord, LabelRecord, MarkerRecord, NoteRecord, PinRecord, Settings } from '../../../../utils/messaging/protocol.ts';
import { buildOverview } from '../../../../utils/overview/items.ts';
import { createOverviewSearch, type OverviewSearch } from '../../../../utils/overview/search.ts';

interface Tables {
  chats: ChatRecord[];
  flags: FlagRecord[];
  markers: MarkerRecord[];
  notes: NoteRecord[];
  pins: PinRecord[];
  chatLabels: ChatLabelRecord[];
  labels: LabelRecord[];
  settings: Settings;
}

const TABLE_COUNT = 8;
const DEFAULT_OVERDUE_HOURS = 24;

export interface OverviewSnapshot {
  search: OverviewSearch;
  labels: readonly LabelRecord[];
}

/** Subscribes until `signal` aborts; calls `onSnapshot` once everything arrived and after each change. */
export function watchOverviewData(client: DataClient, signal: AbortSignal, onSnapshot: (snapshot: OverviewSnapshot) => void, onError: (error: Error) => void): void {
  const tables: Partial<Tables> = {};
  let scheduled = false;
  const rebuild = () => {
    scheduled = false;
    if (signal.aborted || Object.keys(tables).length < TABLE_COUNT) return;
    const all = tables as Tables;
    const overdue = all.settings['flags.overdueAfterHours'];
    const data = buildOverview({
      chats: all.chats,
      flags: all.flags,
      markers: all.markers,
      notes: all.notes,
      pins: all.pins,
      chatLabels: all.chatLabels,
      now: Date.now(),
      overdueAfterHours: typeof overdue === 'number' ? overdue : DEFAULT_OVERDUE_HOURS,
    });
    onSnapshot({ search: createOverviewSearch(data), labels: all.labels });
  };
  const set = <K extends keyof Tables>(key: K) => (value: Tables[K]) => {
    tables[key] = value;
    if (!scheduled) {
      scheduled = true;
      // Subscriptions answer one by one; one rebuild for all that arrive in the same moment.
      setTimeout(rebuild, 0);
    }
  };
  const stops = [
    client.subscribe('listChats', undefined, set('chats'), onError),
    client.subscribe('listFlags', undefined, set('flags'), onError),
    client.subscribe('listMarkers', {}, set('markers'), onError),
    client.subscribe('listNotes', undefined, set('notes'), onError),
    client.subscribe('listPins', undefined, set('pins'), onError),
    client.subscribe('listChatLabels', undefined, set('chatLabels'), onError),
    client.subscribe('listLabels', undefined, set('labels'), onError),
    client.subscribe('getSettings', undefined, set('settings'), onError),
  ];
  signal.addEventListener('abort', () => stops.forEach((stop) => stop()), { once: true });
}
