/**
 * Options › Privacy: what Zettel stores, where, and what it never does. Constant text only (every
 * string from _locales); the same statement as docs/privacy.md.
 * UI contract: data-zettel="privacy".
 */
import { t } from '../../../utils/i18n.ts';

/** Spelled out, so the locale meta-test finds every key. */
const STORED: readonly string[] = [
  'options_privacy_storedMarks',
  'options_privacy_storedMarkers',
  'options_privacy_storedNotes',
  'options_privacy_storedSettings',
  'options_privacy_storedAway',
];

const NEVER: readonly string[] = ['options_privacy_neverNetwork', 'options_privacy_neverAccount', 'options_privacy_neverSend'];

export function PrivacySection() {
  return (
    <div data-zettel="privacy">
      <div className="card">
        <h3>{t('options_privacy_promiseTitle')}</h3>
        <p>{t('options_privacy_promise')}</p>
        <ul>
          {NEVER.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </div>
      <div className="card">
        <h3>{t('options_privacy_whereTitle')}</h3>
        <p>{t('options_privacy_where')}</p>
        <ul>
          {STORED.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <p>{t('options_privacy_local')}</p>
      </div>
      <div className="card">
        <h3>{t('options_privacy_controlTitle')}</h3>
        <p>{t('options_privacy_control')}</p>
        <a className="button" href="#backup">
          {t('options_privacy_toBackup')}
        </a>
      </div>
    </div>
  );
}
