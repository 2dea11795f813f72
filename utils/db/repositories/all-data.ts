/** Operations over the whole database: counts for the popup and "delete all data". */
import { Dexie } from 'dexie';
import type { ZettelDatabase } from '../schema.ts';
import { chatsWithOpenMarkers } from './markers.ts';

export interface DataCounts {
  /** Chats still to answer: flagged, or with an open marker (DESIGN: an open marker rolls up into the flag). */
  toAnswer: number;
  due: number;
  labels: number;
  pins: number;
  openMarkers: number;
  notes: number;
  templates: number;
}

/** Every count from an index: no table is read row by row, whatever its size. */
export async function countData(db: ZettelDatabase): Promise<DataCounts> {
  return db.transaction('r', [db.flags, db.labels, db.pins, db.markers, db.notes, db.templates], async () => {
    const [flagKeys, due, labels, pins, openMarkers, chatsWithOpen, notes, templates] = await Promise.all([
      db.flags.toCollection().primaryKeys(),
      db.flags.where('state').equals('due').count(),
      db.labels.count(),
      db.pins.count(),
      db.markers.where('[status+chatKey]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).count(),
      // One key per chat, not per marker.
      chatsWithOpenMarkers(db),
      db.notes.count(),
      db.templates.count(),
    ]);
    const toAnswer = new Set<string>(flagKeys);
    for (const chat of chatsWithOpen) toAnswer.add(chat);
    return { toAnswer: toAnswer.size, due, labels, pins, openMarkers, notes, templates };
  });
}

/** Empties every table in one transaction (the database and its schema version stay). */
export async function deleteAllData(db: ZettelDatabase): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    await Promise.all(db.allTables().map((table) => table.clear()));
  });
}
