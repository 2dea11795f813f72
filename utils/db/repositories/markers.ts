/** Per-message markers, keyed by chat + normalised message id. */
import { Dexie } from 'dexie';
import { z } from 'zod';
import { normaliseMessageId } from '../../messaging/message-id.ts';
import { DataError, parseInput } from '../errors.ts';
import { LIMITS, chatKey, hexColor, markerStatus, messageId, timestamp, type MarkerRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { now } from './clock.ts';

export const DEFAULT_MARKER_COLOR = '#f5a623';

/** Message text is attacker-controlled and may be huge: it is cut to a snippet, never refused. */
const clipped = (limit: number) => z.string().transform((text) => text.slice(0, limit));
const normalisedMessageId = z.string().transform(normaliseMessageId).pipe(messageId);

export const markMessageInput = z.strictObject({
  chatKey,
  messageId: normalisedMessageId,
  color: hexColor.optional(),
  note: z.string().max(LIMITS.markerNote).optional(),
  snippet: clipped(LIMITS.snippet),
  sender: clipped(LIMITS.sender),
  sentAt: timestamp.nullable().optional(),
});
export const markerKeyInput = z.strictObject({ chatKey, messageId: normalisedMessageId });
export const updateMarkerInput = markerKeyInput.extend({
  color: hexColor.optional(),
  note: z.string().max(LIMITS.markerNote).optional(),
});
/** A marker's place in the newest-first order: the last one of the previous page. */
const markerCursor = z.strictObject({ createdAt: timestamp, chatKey, messageId });
export const MAX_MARKER_PAGE = 1_000;
/**
 * `limit` and `before` page the list (both optional: without them it is the whole list, as callers
 * that predate paging expect). Pass the last marker of a page as `before` to get the next page.
 */
export const listMarkersInput = z.strictObject({
  chatKey: chatKey.optional(),
  status: markerStatus.optional(),
  limit: z.number().int().min(1).max(MAX_MARKER_PAGE).optional(),
  before: markerCursor.optional(),
});
export type MarkerCursor = z.infer<typeof markerCursor>;

/** Marks (or re-marks) a message; re-marking keeps when it was first marked and reopens it. */
export async function markMessage(db: ZettelDatabase, input: z.input<typeof markMessageInput>): Promise<MarkerRecord> {
  const parsed = parseInput(markMessageInput, input);
  return db.transaction('rw', db.markers, async () => {
    const existing = await db.markers.get([parsed.chatKey, parsed.messageId]);
    const stamp = now();
    const record: MarkerRecord = {
      chatKey: parsed.chatKey,
      messageId: parsed.messageId,
      color: parsed.color ?? existing?.color ?? DEFAULT_MARKER_COLOR,
      note: parsed.note ?? existing?.note ?? '',
      snippet: parsed.snippet,
      sender: parsed.sender,
      sentAt: parsed.sentAt ?? existing?.sentAt ?? null,
      status: 'open',
      resolvedAt: null,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    };
    await db.markers.put(record);
    return record;
  });
}

async function changeMarker(
  db: ZettelDatabase,
  key: z.infer<typeof markerKeyInput>,
  change: (marker: MarkerRecord, stamp: number) => MarkerRecord,
): Promise<MarkerRecord> {
  return db.transaction('rw', db.markers, async () => {
    const existing = await db.markers.get([key.chatKey, key.messageId]);
    if (!existing) throw new DataError('not-found', `no marker on message ${key.messageId}`);
    const record = change(existing, now());
    await db.markers.put(record);
    return record;
  });
}

export async function updateMarker(db: ZettelDatabase, input: z.input<typeof updateMarkerInput>): Promise<MarkerRecord> {
  const { color, note, ...key } = parseInput(updateMarkerInput, input);
  return changeMarker(db, key, (marker, stamp) => ({ ...marker, color: color ?? marker.color, note: note ?? marker.note, updatedAt: stamp }));
}

/** Resolving keeps the first resolution time, so a retried request is harmless. */
export async function resolveMarker(db: ZettelDatabase, input: z.input<typeof markerKeyInput>): Promise<MarkerRecord> {
  const key = parseInput(markerKeyInput, input);
  return changeMarker(db, key, (marker, stamp) =>
    marker.status === 'resolved' ? marker : { ...marker, status: 'resolved', resolvedAt: stamp, updatedAt: stamp },
  );
}

export async function reopenMarker(db: ZettelDatabase, input: z.input<typeof markerKeyInput>): Promise<MarkerRecord> {
  const key = parseInput(markerKeyInput, input);
  return changeMarker(db, key, (marker, stamp) =>
    marker.status === 'open' ? marker : { ...marker, status: 'open', resolvedAt: null, updatedAt: stamp },
  );
}

export async function unmarkMessage(db: ZettelDatabase, input: z.input<typeof markerKeyInput>): Promise<{ removed: boolean }> {
  const { chatKey: key, messageId: id } = parseInput(markerKeyInput, input);
  return db.transaction('rw', db.markers, async () => {
    const existing = await db.markers.get([key, id]);
    if (existing) await db.markers.delete([key, id]);
    return { removed: existing !== undefined };
  });
}

/**
 * The order every marker list uses: newest first, ties by primary key descending — the order of a
 * reversed index cursor, so a page read from an index and one sorted in memory agree.
 */
export function newerFirst(a: MarkerCursor, b: MarkerCursor): number {
  if (a.createdAt !== b.createdAt) return b.createdAt - a.createdAt;
  if (a.chatKey !== b.chatKey) return a.chatKey < b.chatKey ? 1 : -1;
  return a.messageId === b.messageId ? 0 : a.messageId < b.messageId ? 1 : -1;
}

/** Newest first (see `newerFirst`); one page when `limit`/`before` are given. */
export async function listMarkers(db: ZettelDatabase, input: z.input<typeof listMarkersInput> = {}): Promise<MarkerRecord[]> {
  const { chatKey: key, status, limit, before } = parseInput(listMarkersInput, input);
  const after = (marker: MarkerRecord) => !before || newerFirst(before, marker) < 0;
  if (key) {
    // One chat holds few markers: its index range, sorted in memory.
    const rows = await db.markers.where('chatKey').equals(key).toArray();
    const listed = rows.filter((marker) => (!status || marker.status === status) && after(marker)).sort(newerFirst);
    return limit === undefined ? listed : listed.slice(0, limit);
  }
  // Across all chats: a reversed index range, so a page reads only its own rows.
  const upTo = before?.createdAt ?? Dexie.maxKey;
  let rows = (
    status ? db.markers.where('[status+createdAt]').between([status, Dexie.minKey], [status, upTo], true, true) : db.markers.where('createdAt').between(Dexie.minKey, upTo, true, true)
  ).reverse();
  if (before) rows = rows.filter(after);
  if (limit !== undefined) rows = rows.limit(limit);
  return rows.toArray();
}

/**
 * The chats that have at least one open marker, each once: one step per chat, not per marker, over the
 * `[status+chatKey]` index ('nextunique'). A raw IndexedDB key cursor, because Dexie's per-step promise
 * machinery costs about ten times the cursor itself at 10,000 chats. Call it inside a transaction that
 * includes `markers`, or it opens its own.
 */
export async function chatsWithOpenMarkers(db: ZettelDatabase): Promise<string[]> {
  return db.transaction('r', db.markers, (tx) => {
    const index = tx.idbtrans.objectStore('markers').index('[status+chatKey]');
    const cursor = index.openKeyCursor(IDBKeyRange.bound(['open', -Infinity], ['open', []]), 'nextunique');
    return new Promise<string[]>((resolve, reject) => {
      const chats: string[] = [];
      cursor.onerror = () => reject(cursor.error);
      cursor.onsuccess = () => {
        const step = cursor.result;
        if (!step) return resolve(chats);
        chats.push((step.key as [string, string])[1]);
        step.continue();
      };
    });
  });
}
