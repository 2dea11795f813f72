/**
 * Live counts from the database for the popup. The popup reads the database directly (same extension
 * origin); useLiveQuery re-renders after every committed write, including the background's.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { countData, type DataCounts } from '../../utils/db/repositories/all-data.ts';
import { openZettelDatabase } from '../../utils/db/database.ts';
import { t } from '../../utils/i18n.ts';

const SHOWN: ReadonlyArray<{ name: keyof DataCounts; label: string }> = [
  { name: 'toAnswer', label: 'summary_toAnswer' },
  { name: 'due', label: 'summary_due' },
  { name: 'openMarkers', label: 'summary_openMarkers' },
  { name: 'pins', label: 'summary_pins' },
  { name: 'labels', label: 'summary_labels' },
  { name: 'notes', label: 'summary_notes' },
  { name: 'templates', label: 'summary_templates' },
];

export function DataSummary() {
  const counts = useLiveQuery(() => countData(openZettelDatabase()), []);
  return (
    <section className="card" data-zettel="data-summary" aria-busy={counts === undefined}>
      <h2>{t('summary_title')}</h2>
      <dl className="data-summary">
        {SHOWN.map(({ name, label }) => (
          <div key={name}>
            <dt>{t(label)}</dt>
            <dd data-zettel={`count-${name}`}>{counts ? counts[name] : '…'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
