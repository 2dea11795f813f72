/**
 * The popup's inbox numbers, read straight from the database (the popup shares the extension origin):
 * chats still to answer (flagged or with an open marker), overdue flags (waiting longer than the
 * setting, as the toolbar badge counts them), due reminders (flags a reminder turned "due", plus
 * reminders already due whose alarm has not rung yet), open markers, and the stored totals.
 */
import { countData, type DataCounts } from '../../utils/db/repositories/all-data.ts';
import { listFlags } from '../../utils/db/repositories/flags.ts';
import { listDueReminders } from '../../utils/db/repositories/reminders.ts';
import { getSettings } from '../../utils/db/repositories/settings.ts';
import type { ZettelDatabase } from '../../utils/db/schema.ts';

export interface InboxCounts extends DataCounts {
  overdue: number;
}

export async function inboxCounts(db: ZettelDatabase, now: number = Date.now()): Promise<InboxCounts> {
  const [counts, flags, settings, dueReminders] = await Promise.all([
    countData(db),
    listFlags(db),
    getSettings(db),
    listDueReminders(db, { until: now }),
  ]);
  const limit = settings['flags.overdueAfterHours'] * 3_600_000;
  const overdue = flags.filter((flag) => now - flag.waitingSince >= limit).length;
  const dueChats = new Set(flags.filter((flag) => flag.state === 'due').map((flag) => flag.chatKey));
  for (const reminder of dueReminders) dueChats.add(reminder.chatKey);
  return { ...counts, due: dueChats.size, overdue };
}
