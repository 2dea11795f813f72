/**
 * The form to create or edit one template. Checked with validateTemplate before saving; every problem
 * is shown at its field (aria-invalid + a message), nothing is saved until all are fixed.
 * UI contract: data-zettel="template-editor"; fields template-title, template-body, template-tags,
 * template-shortcut, template-language, template-formality; data-zettel="template-error" with
 * data-field; actions save-template, cancel-template.
 */
import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../utils/i18n.ts';
import { validateTemplate, type Template, type TemplateError, type TemplateField } from '../../../utils/templates/index.ts';
import { templateErrorMessage } from './messages.ts';

export interface TemplateEditorProps {
  template: Template;
  isNew: boolean;
  /** Shortcuts of all other templates (normalized). */
  otherShortcuts: ReadonlySet<string>;
  /** Resolves when stored; rejects with a message to show. */
  onSave(template: Template): Promise<void>;
  onCancel(): void;
}

type Draft = { title: string; body: string; tags: string; shortcut: string; language: Template['language']; formality: '' | 'sie' | 'du' };

function draftOf(template: Template): Draft {
  return {
    title: template.title,
    body: template.body,
    tags: template.tags.join(', '),
    shortcut: template.shortcut ?? '',
    language: template.language,
    formality: template.formality ?? '',
  };
}

export function TemplateEditor({ template, isNew, otherShortcuts, onSave, onCancel }: TemplateEditorProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const [errors, setErrors] = useState<TemplateError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const id = useId();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const errorsOf = (field: TemplateField) => errors.filter((error) => error.field === field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate: Record<string, unknown> = {
      ...template,
      title: draft.title,
      body: draft.body,
      tags: draft.tags.split(',').map((tag) => tag.trim()).filter(Boolean),
      language: draft.language,
      updatedAt: Date.now(),
    };
    delete candidate.shortcut;
    delete candidate.formality;
    if (draft.shortcut.trim()) candidate.shortcut = draft.shortcut;
    if (draft.formality) candidate.formality = draft.formality;
    const checked = validateTemplate(candidate, otherShortcuts);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure(t('templates_options_invalid'));
      return;
    }
    setErrors([]);
    setFailure(null);
    try {
      await onSave(checked.template);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const fieldErrors = (field: TemplateField) => {
    const list = errorsOf(field);
    if (list.length === 0) return null;
    return (
      <span className="field-error" id={`${id}-${field}-error`} data-zettel="template-error" data-field={field}>
        {list.map((error) => templateErrorMessage(error)).join(' ')}
      </span>
    );
  };
  const invalid = (field: TemplateField) =>
    errorsOf(field).length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};

  return (
    <form className="card zt-template-editor" data-zettel="template-editor" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{isNew ? t('templates_options_new') : t('templates_options_editor_edit')}</h3>
      <label>
        {t('templates_options_field_title')}
        <input type="text" value={draft.title} maxLength={400} data-zettel="template-title" onChange={(e) => set('title', e.target.value)} {...invalid('title')} />
        {fieldErrors('title')}
      </label>
      <label>
        {t('templates_options_field_body')}
        <textarea rows={8} value={draft.body} data-zettel="template-body" onChange={(e) => set('body', e.target.value)} {...invalid('body')} />
        {fieldErrors('body')}
      </label>
      <p className="muted small">{t('templates_options_placeholders')}</p>
      <div className="zt-template-editor-row">
        <label>
          {t('templates_options_field_tags')}
          <input type="text" value={draft.tags} data-zettel="template-tags" onChange={(e) => set('tags', e.target.value)} {...invalid('tags')} />
          {fieldErrors('tags')}
        </label>
        <label>
          {t('templates_options_field_shortcut')}
          <input type="text" value={draft.shortcut} data-zettel="template-shortcut" onChange={(e) => set('shortcut', e.target.value)} {...invalid('shortcut')} />
          {fieldErrors('shortcut')}
        </label>
      </div>
      <div className="zt-template-editor-row">
        <label>
          {t('templates_options_field_language')}
          <select value={draft.language} data-zettel="template-language" onChange={(e) => set('language', e.target.value === 'en' ? 'en' : 'de')}>
            <option value="de">{t('templates_options_language_de')}</option>
            <option value="en">{t('templates_options_language_en')}</option>
          </select>
        </label>
        <label>
          {t('templates_options_field_formality')}
          <select
            value={draft.formality}
            data-zettel="template-formality"
            onChange={(e) => set('formality', e.target.value === 'sie' || e.target.value === 'du' ? e.target.value : '')}
          >
            <option value="">{t('templates_options_formality_none')}</option>
            <option value="sie">{t('templates_options_formality_sie')}</option>
            <option value="du">{t('templates_options_formality_du')}</option>
          </select>
        </label>
      </div>
      {failure && (
        <p className="field-error" role="alert" data-zettel="template-editor-status">
          {failure}
        </p>
      )}
      <div className="zt-template-buttons">
        <button type="submit" data-zettel-action="save-template">
          {t('templates_options_save')}
        </button>
        <button type="button" data-zettel-action="cancel-template" onClick={onCancel}>
          {t('templates_options_cancel')}
        </button>
      </div>
    </form>
  );
}
