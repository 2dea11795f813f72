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

// Layout kept here (inline, constant) so this component needs nothing from the popup's stylesheet.
const listStyle = { display: 'grid', gridTemplateColumns: '1fr auto', gap: '2px 12px', margin: 0 } as const;
const termStyle = { display: 'contents' } as const;
const countStyle = { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: 600 } as const;

export function DataSummary() {
  const counts = useLiveQuery(() => countData(openZettelDatabase()), []);
  return (
    <section className="card" data-zettel="data-summary" aria-busy={counts === undefined}>
      <h2>{t('summary_title')}</h2>
      <dl className="data-summary" style={listStyle}>
        {SHOWN.map(({ name, label }) => (
          <div key={name} style={termStyle}>
            <dt>{t(label)}</dt>
            <dd data-zettel={`count-${name}`} style={countStyle}>
              {counts ? counts[name] : '…'}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
