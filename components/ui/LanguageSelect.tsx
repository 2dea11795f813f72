/**
 * The language choice (Automatic / Deutsch / English), stored in storage.local; every open Zettel
 * page and the WhatsApp tab switch as soon as it is saved (utils/i18n.ts).
 * UI contract: data-zettel="language-select" (a <select>, values auto|de|en).
 */
import { useId, useState } from 'react';
import { isLanguageChoice, languageChoice, saveLanguageChoice, t } from '../../utils/i18n.ts';

export function LanguageSelect({ compact = false }: { compact?: boolean }) {
  const id = useId();
  const [value, setValue] = useState(languageChoice());
  return (
    <div className={compact ? 'switch' : 'field'}>
      <label htmlFor={id}>{t('options_language_label')}</label>
      <select
        id={id}
        data-zettel="language-select"
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          if (!isLanguageChoice(next)) return;
          setValue(next);
          void saveLanguageChoice(next);
        }}
      >
        <option value="auto">{t('options_language_auto')}</option>
        <option value="de">Deutsch</option>
        <option value="en">English</option>
      </select>
    </div>
  );
}
