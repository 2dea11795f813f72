/**
 * Validation and import problems (stable codes from utils/templates) as sentences in the UI language.
 * The keys are spelled out in static maps so the locale meta-test finds every one.
 */
import { t } from '../../../utils/i18n.ts';
import type { ImportError, ImportErrorCode, TemplateError, TemplateErrorCode } from '../../../utils/templates/index.ts';

/** The key and which of the error's params fill its $1, $2. */
const TEMPLATE_ERRORS: Record<TemplateErrorCode, { key: string; params: readonly string[] }> = {
  title_required: { key: 'templates_error_title_required', params: [] },
  title_too_long: { key: 'templates_error_title_too_long', params: ['max'] },
  body_required: { key: 'templates_error_body_required', params: [] },
  body_too_long: { key: 'templates_error_body_too_long', params: ['max'] },
  tags_too_many: { key: 'templates_error_tags_too_many', params: ['max'] },
  tag_too_long: { key: 'templates_error_tag_too_long', params: ['max'] },
  shortcut_too_long: { key: 'templates_error_shortcut_too_long', params: ['max'] },
  shortcut_invalid: { key: 'templates_error_shortcut_invalid', params: ['shortcut'] },
  shortcut_taken: { key: 'templates_error_shortcut_taken', params: ['shortcut'] },
  id_invalid: { key: 'templates_error_invalid_field', params: ['field'] },
  language_invalid: { key: 'templates_error_invalid_field', params: ['field'] },
  formality_invalid: { key: 'templates_error_invalid_field', params: ['field'] },
  count_invalid: { key: 'templates_error_invalid_field', params: ['field'] },
  timestamp_invalid: { key: 'templates_error_invalid_field', params: ['field'] },
  field_type: { key: 'templates_error_invalid_field', params: ['field'] },
  field_missing: { key: 'templates_error_field_missing', params: ['field'] },
  not_an_object: { key: 'templates_error_not_an_object', params: [] },
};

function substitutions(names: readonly string[], params: Record<string, string | number>): string[] {
  return names.map((name) => String(params[name] ?? ''));
}

export function templateErrorMessage(error: Pick<TemplateError, 'code' | 'field' | 'params'>): string {
  const entry = TEMPLATE_ERRORS[error.code] ?? TEMPLATE_ERRORS.not_an_object;
  return t(entry.key, substitutions(entry.params, { field: error.field ?? '', ...error.params }));
}

const IMPORT_ERRORS: Record<Exclude<ImportErrorCode, 'template_invalid'>, { key: string; params: readonly string[] }> = {
  file_unreadable: { key: 'templates_import_file_unreadable', params: [] },
  file_empty: { key: 'templates_import_file_empty', params: [] },
  file_too_large: { key: 'templates_import_file_too_large', params: ['max'] },
  file_truncated: { key: 'templates_import_file_truncated', params: [] },
  not_json: { key: 'templates_import_not_json', params: [] },
  nesting_too_deep: { key: 'templates_import_nesting_too_deep', params: [] },
  unsafe_key: { key: 'templates_import_unsafe_key', params: ['key'] },
  wrong_format: { key: 'templates_import_wrong_format', params: [] },
  unsupported_version: { key: 'templates_import_unsupported_version', params: ['version', 'supported'] },
  no_templates: { key: 'templates_import_no_templates', params: [] },
  too_many_templates: { key: 'templates_import_too_many_templates', params: ['max'] },
  duplicate_id: { key: 'templates_import_duplicate_id', params: ['number', 'id'] },
  duplicate_shortcut: { key: 'templates_import_duplicate_shortcut', params: ['number', 'shortcut'] },
};

/** "Template 3: Please enter a text." — the file's problem, with the number of the template concerned. */
export function importErrorMessage(error: ImportError): string {
  if (error.code === 'template_invalid') {
    const { number, field, reason, ...rest } = error.params;
    const reasonCode = (String(reason) in TEMPLATE_ERRORS ? String(reason) : 'not_an_object') as TemplateErrorCode;
    const detail = templateErrorMessage({ code: reasonCode, field: (field || undefined) as TemplateError['field'], params: rest });
    return t('templates_import_template_invalid', [String(number ?? ''), detail]);
  }
  const entry = IMPORT_ERRORS[error.code] ?? IMPORT_ERRORS.file_unreadable;
  return t(entry.key, substitutions(entry.params, error.params));
}
