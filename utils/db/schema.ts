/**
 * THE database: every table, every index and every version, in this one module (DESIGN §1).
 *
 * Adding a version: append an entry to `schemaVersions` with the full `stores` of that version and, when
 * existing rows must change shape, an `upgrade` function; bump nothing else by hand
 * (CURRENT_SCHEMA_VERSION follows). Then add a fixture for the now-older version under
 * tests/unit/db/fixtures/ — the upgrade test opens a database created at every older version.
 * Backups carry the schema version; utils/db/backup/upgrade.ts lifts an older backup's rows the same way.
 */
import { Dexie, type Table, type Transaction } from 'dexie';
import type { ChatKey } from '../chat-key.ts';
import type {
  AwayReplyRecord,
  ChatLabelRecord,
  ChatRecord,
  FlagRecord,
  LabelRecord,
  MarkerRecord,
  NoteRecord,
  PinRecord,
  ReminderRecord,
  SettingRecord,
  TemplateRecord,
} from './records.ts';
import { guardWrites } from './write-guard.ts';

export const DB_NAME = 'zettel';

export interface SchemaVersion {
  version: number;
  /** Dexie store syntax: primary key first (`&` unique, `[a+b]` compound), then indexes (`*` multi-entry). */
  stores: Record<TableName, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const TABLE_NAMES = [
  'chats',
  'flags',
  'labels',
  'chatLabels',
  'reminders',
  'pins',
  'markers',
  'notes',
  'templates',
  'settings',
  'awayReplies',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** Version 1's tables, frozen: what later versions start from. */
const VERSION_1_STORES: Record<TableName, string> = {
  chats: '&key, updatedAt',
  flags: '&chatKey, state, waitingSince, updatedAt',
  labels: '&id, order, updatedAt',
  chatLabels: '[chatKey+labelId], chatKey, labelId, updatedAt',
  reminders: '&id, chatKey, dueAt, firedAt, updatedAt',
  pins: '&chatKey, order, updatedAt',
  markers: '[chatKey+messageId], chatKey, status, createdAt, updatedAt',
  notes: '&chatKey, updatedAt',
  templates: '&id, title, shortcut, *tags, usageCount, lastUsedAt, updatedAt',
  settings: '&key, updatedAt',
  awayReplies: '&id, chatKey, sentAt, updatedAt',
};

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: VERSION_1_STORES,
  },
  {
    // Indexes only (issue 16, data at scale): counts and pages of markers by status without reading rows.
    // `[status+chatKey]`: open markers per chat (chatStates) and the chats with one (countData);
    // `[status+createdAt]`: the newest open (or resolved) markers, one page at a time (listMarkers).
    version: 2,
    stores: {
      ...VERSION_1_STORES,
      // `status` alone gives way to the compound indexes (each index costs every marker write).
      markers: '[chatKey+messageId], chatKey, createdAt, updatedAt, [status+chatKey], [status+createdAt]',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

/** Tables whose rows belong to one chat, and the field naming it: what a chat-key merge moves. */
export const CHAT_KEYED_TABLES = ['flags', 'chatLabels', 'reminders', 'pins', 'markers', 'notes', 'awayReplies'] as const;

export class ZettelDatabase extends Dexie {
  chats!: Table<ChatRecord, ChatKey>;
  flags!: Table<FlagRecord, ChatKey>;
  labels!: Table<LabelRecord, string>;
  chatLabels!: Table<ChatLabelRecord, [ChatKey, string]>;
  reminders!: Table<ReminderRecord, string>;
  pins!: Table<PinRecord, ChatKey>;
  markers!: Table<MarkerRecord, [ChatKey, string]>;
  notes!: Table<NoteRecord, ChatKey>;
  templates!: Table<TemplateRecord, string>;
  settings!: Table<SettingRecord, string>;
  awayReplies!: Table<AwayReplyRecord, string>;

  /**
   * @param upToVersion declare only the versions up to this one — the upgrade tests use it to create a
   *   database exactly as an older Zettel did.
   */
  constructor(name: string = DB_NAME, options: { upToVersion?: number } = {}) {
    super(name);
    for (const step of schemaVersions) {
      if (options.upToVersion !== undefined && step.version > options.upToVersion) break;
      const declared = this.version(step.version).stores(step.stores);
      if (step.upgrade) declared.upgrade(step.upgrade);
    }
    guardWrites(this);
  }

  /** The tables in schema order, for code that must touch all of them (backup, delete all). */
  allTables(): Table[] {
    return TABLE_NAMES.map((name) => this.table(name));
  }
}
