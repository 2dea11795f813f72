/**
 * The starter labels, created once when Zettel is installed, named in the browser's language
 * (German or English). Later the user owns them: renamed, recolored or deleted labels are never
 * brought back (this runs on install only, and the stable ids make a retried install harmless).
 */
import { browser } from 'wxt/browser';
import type { ZettelDatabase } from '../../utils/db/schema.ts';
import { createLabel } from '../../utils/db/repositories/labels.ts';
import { t } from '../../utils/i18n.ts';
import { DEFAULT_LABELS } from '../../utils/labels/palette.ts';

export async function createDefaultLabels(db: ZettelDatabase): Promise<void> {
  if ((await db.labels.count()) > 0) return; // a restored or synced profile already has its own
  for (const label of DEFAULT_LABELS) {
    try {
      await createLabel(db, { id: label.id, name: t(label.nameKey), color: label.color });
    } catch (error) {
      console.warn('[zettel] default label', label.id, error);
    }
  }
}

export function createDefaultLabelsOnInstall(db: () => ZettelDatabase): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason === 'install') void createDefaultLabels(db());
  });
}
