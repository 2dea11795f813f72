/**
 * The opt-in automatic away reply. Off by default. Switching it on opens a confirmation with the
 * warning (WhatsApp's terms forbid automated messages; numbers get banned), the exact text and the
 * recipient rules; only after the user ticks that they read it is it stored: { enabled, confirmedText,
 * enabledAt, maxPerHour }. The page sends only that confirmed text: an edited text needs a new
 * confirmation. Switching off takes effect at once.
 * UI contract: data-zettel="away-auto-reply" (checkbox), "away-auto-reply-state", "away-auto-reply-confirm"
 * (role alertdialog) with "away-confirm-text", "away-confirm-example", "away-max-per-hour",
 * "away-auto-acknowledge"; actions "confirm-auto-reply", "cancel-auto-reply".
 */
import { format } from 'date-fns';
import { de as dateFnsDe, enGB as dateFnsEn } from 'date-fns/locale';
import { useEffect, useId, useState } from 'react';
import type { AutoReplySetting } from '../../../utils/hours/index.ts';
import { t, uiLanguage } from '../../../utils/i18n.ts';

interface Props {
  setting: AutoReplySetting;
  /** The stored away text as it will be sent (the default when empty). */
  awayText: string;
  /** The text rendered now, as an example; null when the stored hours are invalid. */
  example: string | null;
  /** The form has unsaved changes: the confirmation must be about what is stored. */
  unsaved: boolean;
  onSave(setting: AutoReplySetting): void;
}

export function AutoReplySettings({ setting, awayText, example, unsaved, onSave }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [acknowledged, setAcknowledged] = useState(false);
  const [maxPerHour, setMaxPerHour] = useState(String(setting.maxPerHour));
  // Switching off shows at once, before the write comes back through the live query.
  const [offRequested, setOffRequested] = useState(false);
  useEffect(() => {
    if (!setting.enabled) setOffRequested(false);
  }, [setting.enabled]);
  const titleId = useId();
  const max = Number(maxPerHour);
  const maxValid = Number.isInteger(max) && max >= 1 && max <= 60;
  const locale = uiLanguage() === 'de' ? dateFnsDe : dateFnsEn;

  const switchOff = () => {
    setOffRequested(true);
    onSave({ enabled: false, confirmedText: null, enabledAt: null, maxPerHour: setting.maxPerHour });
  };
  const confirm = () => {
    onSave({ enabled: true, confirmedText: awayText, enabledAt: Date.now(), maxPerHour: max });
    setConfirming(false);
    setAcknowledged(false);
  };

  return (
    <div className="card" data-zettel="away-auto-reply-settings">
      <h3>{t('away_auto_title')}</h3>
      <p className="muted">{t('away_auto_intro')}</p>
      <label className="switch">
        <input
          type="checkbox"
          data-zettel="away-auto-reply"
          checked={(setting.enabled && !offRequested) || confirming}
          onChange={(event) => {
            if (event.target.checked) setConfirming(true);
            else if (confirming) setConfirming(false);
            else switchOff();
          }}
        />{' '}
        {t('away_auto_enable')}
      </label>
      <p data-zettel="away-auto-reply-state" data-state={setting.enabled ? 'on' : 'off'}>
        {setting.enabled && setting.enabledAt !== null
          ? t('away_auto_stateOn').replace('{since}', format(setting.enabledAt, 'Pp', { locale })).replace('{max}', String(setting.maxPerHour))
          : t('away_auto_stateOff')}
      </p>
      {setting.enabled && setting.confirmedText !== awayText && (
        <p className="field-error" role="alert" data-zettel="away-auto-reply-text-changed">
          {t('away_auto_textChanged')}
        </p>
      )}
      {confirming && !setting.enabled && (
        <div role="alertdialog" aria-labelledby={titleId} data-zettel="away-auto-reply-confirm" className="card" style={{ borderColor: 'var(--error)' }}>
          <h4 id={titleId} style={{ color: 'var(--error)', margin: '0 0 6px' }}>
            {t('away_auto_warningTitle')}
          </h4>
          <p>{t('away_auto_warning')}</p>
          <p>{t('away_auto_confirmTextLabel')}</p>
          <blockquote data-zettel="away-confirm-text" style={{ whiteSpace: 'pre-wrap', margin: '0 0 8px', paddingLeft: 10, borderLeft: '3px solid var(--line)' }}>
            {awayText}
          </blockquote>
          {example !== null && (
            <>
              <p>{t('away_auto_exampleLabel')}</p>
              <blockquote data-zettel="away-confirm-example" style={{ whiteSpace: 'pre-wrap', margin: '0 0 8px', paddingLeft: 10, borderLeft: '3px solid var(--line)' }}>
                {example}
              </blockquote>
            </>
          )}
          <p>{t('away_auto_rulesTitle')}</p>
          <ul>
            <li>{t('away_auto_rule1')}</li>
            <li>{t('away_auto_rule2')}</li>
            <li>{t('away_auto_rule3')}</li>
            <li>{t('away_auto_rule4')}</li>
          </ul>
          <label className="field">
            {t('away_auto_maxPerHour')}
            <input
              type="number"
              min={1}
              max={60}
              step={1}
              style={{ width: '5em' }}
              data-zettel="away-max-per-hour"
              aria-invalid={maxValid ? undefined : true}
              value={maxPerHour}
              onChange={(event) => setMaxPerHour(event.target.value)}
            />
          </label>
          {unsaved && (
            <p className="field-error" role="alert">
              {t('away_auto_saveFirst')}
            </p>
          )}
          <label>
            <input type="checkbox" data-zettel="away-auto-acknowledge" checked={acknowledged} onChange={(event) => setAcknowledged(event.target.checked)} />{' '}
            {t('away_auto_acknowledge')}
          </label>
          <div className="actions">
            <button type="button" className="danger" data-zettel-action="confirm-auto-reply" disabled={!acknowledged || !maxValid || unsaved || example === null} onClick={confirm}>
              {t('away_auto_confirm')}
            </button>
            <button type="button" data-zettel-action="cancel-auto-reply" onClick={() => setConfirming(false)}>
              {t('away_auto_cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
