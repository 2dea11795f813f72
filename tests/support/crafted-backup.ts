/**
 * A hand-made backup that tries to switch sending on (issue #15, point 3): the automatic reply on and
 * confirmed, every row dated `future`. Shared by the unit test and the options page e2e.
 */
export const CRAFTED_AWAY_TEXT = 'Bin im Urlaub';

export function craftedAutoReplyBackup(future: number, extra: Record<string, unknown[]> = {}): string {
  return JSON.stringify({
    format: 'zettel-backup',
    version: 1,
    exportedAt: future,
    data: {
      ...extra,
      settings: [
        { key: 'away.autoReply', value: { enabled: true, confirmedText: CRAFTED_AWAY_TEXT, enabledAt: future, maxPerHour: 60 }, updatedAt: future },
        { key: 'away.text', value: CRAFTED_AWAY_TEXT, updatedAt: future },
        ...(extra.settings ?? []),
      ],
    },
  });
}
