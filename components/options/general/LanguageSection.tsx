/**
 * Options › Language: Automatic (the browser's language) / Deutsch / English. The choice applies at
 * once to every Zettel page and to Zettel inside the open WhatsApp tab.
 * UI contract: data-zettel="language-select".
 */
import { LanguageSelect } from '../../ui/LanguageSelect.tsx';
import { t } from '../../../utils/i18n.ts';

export function LanguageSection() {
  return (
    <div className="card">
      <p className="muted">{t('options_language_intro')}</p>
      <LanguageSelect />
    </div>
  );
}
