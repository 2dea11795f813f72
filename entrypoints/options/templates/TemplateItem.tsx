/**
 * One template in the options list: title, shortcut, language/form of address, tags, how often used,
 * a preview of the text; edit, duplicate, delete (after a confirmation).
 * UI contract: data-zettel="template-item" (data-template-id); actions edit-template,
 * duplicate-template, delete-template, confirm-delete-template, cancel-delete-template.
 */
import { useState } from 'react';
import { t } from '../../../utils/i18n.ts';
import type { Template } from '../../../utils/templates/index.ts';

export interface TemplateItemProps {
  template: Template;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
}

const PREVIEW_CHARS = 180;

export function TemplateItem({ template, onEdit, onDuplicate, onDelete }: TemplateItemProps) {
  const [confirming, setConfirming] = useState(false);
  const flat = template.body.replace(/\s+/g, ' ').trim();
  const preview = flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
  const language = template.language === 'en' ? t('templates_options_language_en') : t('templates_options_language_de');
  const formality = template.formality === 'sie' ? t('templates_options_formality_sie') : template.formality === 'du' ? t('templates_options_formality_du') : null;
  const label = (action: string) => t('templates_options_action_label', [action, template.title]);

  return (
    <li className="zt-template-item" data-zettel="template-item" data-template-id={template.id}>
      <div className="zt-template-head">
        <strong className="zt-template-title">{template.title}</strong>
        {template.shortcut && <code className="zt-template-shortcut">/{template.shortcut}</code>}
        <span className="muted small">{formality ? `${language} · ${formality}` : language}</span>
        {template.usageCount > 0 && <span className="muted small">{t('templates_options_used', [String(template.usageCount)])}</span>}
      </div>
      <p className="zt-template-preview">{preview}</p>
      {template.tags.length > 0 && (
        <ul className="zt-template-tags">
          {template.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {confirming ? (
        <div className="zt-template-buttons" role="group">
          <span>{t('templates_options_confirm_delete', [template.title])}</span>
          <button type="button" className="danger" data-zettel-action="confirm-delete-template" onClick={onDelete}>
            {t('templates_options_confirm_delete_yes')}
          </button>
          <button type="button" data-zettel-action="cancel-delete-template" onClick={() => setConfirming(false)}>
            {t('templates_options_cancel')}
          </button>
        </div>
      ) : (
        <div className="zt-template-buttons">
          <button type="button" data-zettel-action="edit-template" aria-label={label(t('templates_options_edit'))} onClick={onEdit}>
            {t('templates_options_edit')}
          </button>
          <button type="button" data-zettel-action="duplicate-template" aria-label={label(t('templates_options_duplicate'))} onClick={onDuplicate}>
            {t('templates_options_duplicate')}
          </button>
          <button type="button" data-zettel-action="delete-template" aria-label={label(t('templates_options_delete'))} onClick={() => setConfirming(true)}>
            {t('templates_options_delete')}
          </button>
        </div>
      )}
    </li>
  );
}
