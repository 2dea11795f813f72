/**
 * The inbox at a glance: still to answer, overdue, due reminders, open markers — each a button that
 * opens the overview in the WhatsApp tab at that list — and the stored totals below.
 * UI contract: data-zettel="inbox-counts"; data-zettel-action="open-overview" with data-overview-tab
 * (to-answer|overdue|reminders|markers); the numbers data-zettel="count-<name>".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { t } from '../../utils/i18n.ts';
import type { OverviewTab } from '../../utils/messaging/page-commands.ts';
import { inboxCounts, type InboxCounts as Counts } from './inbox-counts.ts';
import { openOverview } from './whatsapp-tab.ts';

const ACTIONABLE: ReadonlyArray<{ name: keyof Counts; label: string; tab: OverviewTab }> = [
  { name: 'toAnswer', label: 'summary_toAnswer', tab: 'to-answer' },
  { name: 'overdue', label: 'popup_count_overdue', tab: 'overdue' },
  { name: 'due', label: 'summary_due', tab: 'reminders' },
  { name: 'openMarkers', label: 'summary_openMarkers', tab: 'markers' },
];

const TOTALS: ReadonlyArray<{ name: keyof Counts; label: string }> = [
  { name: 'pins', label: 'summary_pins' },
  { name: 'labels', label: 'summary_labels' },
  { name: 'notes', label: 'summary_notes' },
  { name: 'templates', label: 'summary_templates' },
];

export function InboxCounts() {
  const counts = useLiveQuery(() => inboxCounts(openZettelDatabase()), []);
  const value = (name: keyof Counts) => (counts ? String(counts[name]) : '…');
  return (
    <section className="card" data-zettel="inbox-counts" aria-busy={counts === undefined} aria-labelledby="counts-title">
      <h2 id="counts-title">{t('summary_title')}</h2>
      <div className="count-grid">
        {ACTIONABLE.map(({ name, label, tab }) => (
          <button
            key={name}
            type="button"
            className="count-button"
            data-zettel-action="open-overview"
            data-overview-tab={tab}
            data-urgent={(name === 'overdue' || name === 'due') && counts && counts[name] > 0 ? 'true' : undefined}
            aria-label={t('popup_count_open', [t(label), value(name)])}
            // A real popup closes itself once the WhatsApp tab takes the focus; this covers the case where
            // that tab was already in front.
            onClick={() => void openOverview(tab).finally(() => window.close())}
          >
            <span className="count-number" data-zettel={`count-${name}`}>
              {value(name)}
            </span>
            <span className="count-label">{t(label)}</span>
          </button>
        ))}
      </div>
      <p className="muted totals">
        {TOTALS.map(({ name, label }) => (
          <span key={name}>
            {t(label)} <strong data-zettel={`count-${name}`}>{value(name)}</strong>
          </span>
        ))}
      </p>
    </section>
  );
}
