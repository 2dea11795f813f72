/**
 * Moving templates in and out: export all as a JSON file, import one (checked completely before
 * anything is stored; a problem is named with the number of the template concerned), and add the
 * ready-made pack (German Sie / du / both, or English). Stored in one transaction each.
 * UI contract: actions export-templates, import-templates (the file input), add-template-pack;
 * data-zettel="template-pack-language", "template-pack-formality".
 */
import { useState, type ChangeEvent } from 'react';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { importTemplates } from '../../../utils/db/repositories/templates.ts';
import { t, uiLanguage } from '../../../utils/i18n.ts';
import {
  defaultTemplates,
  parseTemplatesFile,
  serializeTemplatesFile,
  templatesToSeed,
  templateToStored,
  type Template,
  type TemplateFormality,
  type TemplateLanguage,
} from '../../../utils/templates/index.ts';
import { download } from '../BackupSection.tsx';
import { importErrorMessage } from './messages.ts';

export type TransferStatus = { state: 'ok' | 'error'; message: string };

export interface TemplateTransferProps {
  db: ZettelDatabase;
  templates: readonly Template[];
  onStatus(status: TransferStatus): void;
}

export function TemplateTransfer({ db, templates, onStatus }: TemplateTransferProps) {
  const [packLanguage, setPackLanguage] = useState<TemplateLanguage>(uiLanguage());
  const [packFormality, setPackFormality] = useState<TemplateFormality | 'both'>('both');

  const fail = (error: unknown) => onStatus({ state: 'error', message: t('templates_options_failed', [error instanceof Error ? error.message : String(error)]) });

  const onExport = () => {
    const day = new Date().toISOString().slice(0, 10);
    download(serializeTemplatesFile(templates), `zettel-vorlagen-${day}.json`);
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again after fixing it
    if (!file) return;
    try {
      const parsed = parseTemplatesFile(await file.text());
      if (!parsed.ok) {
        onStatus({ state: 'error', message: t('templates_import_refused', [importErrorMessage(parsed.error)]) });
        return;
      }
      const result = await importTemplates(db, { templates: parsed.templates.map(templateToStored), mode: 'merge' });
      const done = t('templates_import_done', [String(result.added), String(result.updated)]);
      onStatus({ state: 'ok', message: result.shortcutsDropped > 0 ? `${done} ${t('templates_import_shortcuts_dropped', [String(result.shortcutsDropped)])}` : done });
    } catch (error) {
      fail(error);
    }
  };

  const onAddPack = async () => {
    try {
      const pack = defaultTemplates(packLanguage, { formality: packLanguage === 'de' ? packFormality : 'both' });
      const missing = templatesToSeed(pack, templates);
      if (missing.length === 0) {
        onStatus({ state: 'ok', message: t('templates_options_pack_nothing') });
        return;
      }
      const result = await importTemplates(db, { templates: missing.map(templateToStored), mode: 'add' });
      onStatus({ state: 'ok', message: t('templates_options_pack_done', [String(result.added)]) });
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      <div className="zt-template-buttons">
        <button type="button" data-zettel-action="export-templates" onClick={onExport} disabled={templates.length === 0}>
          {t('templates_options_export')}
        </button>
        <label className="button-like">
          {t('templates_options_import')}
          <input type="file" accept="application/json,.json" className="visually-hidden" data-zettel-action="import-templates" onChange={(e) => void onImport(e)} />
        </label>
      </div>
      <div className="card zt-template-pack">
        <h3>{t('templates_options_pack_heading')}</h3>
        <p className="muted small">{t('templates_options_pack_hint')}</p>
        <div className="zt-template-buttons">
          <label>
            {t('templates_options_pack_language')}{' '}
            <select value={packLanguage} data-zettel="template-pack-language" onChange={(e) => setPackLanguage(e.target.value === 'en' ? 'en' : 'de')}>
              <option value="de">{t('templates_options_language_de')}</option>
              <option value="en">{t('templates_options_language_en')}</option>
            </select>
          </label>
          {packLanguage === 'de' && (
            <label>
              {t('templates_options_pack_formality')}{' '}
              <select
                value={packFormality}
                data-zettel="template-pack-formality"
                onChange={(e) => setPackFormality(e.target.value === 'sie' || e.target.value === 'du' ? e.target.value : 'both')}
              >
                <option value="both">{t('templates_options_formality_both')}</option>
                <option value="sie">{t('templates_options_formality_sie')}</option>
                <option value="du">{t('templates_options_formality_du')}</option>
              </select>
            </label>
          )}
          <button type="button" data-zettel-action="add-template-pack" onClick={() => void onAddPack()}>
            {t('templates_options_pack_add')}
          </button>
        </div>
      </div>
    </>
  );
}
