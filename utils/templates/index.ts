/**
 * The pure core of reply templates: the record and its validation, placeholders and rendering,
 * search, the starter pack, and file import/export. No browser API, no DOM, no database — the
 * picker (content script), the options page and the background all build on this.
 */
export {
  TEMPLATE_LIMITS,
  normalizeShortcut,
  normalizeTags,
  templateSchema,
  validateTemplate,
  type Template,
  type TemplateError,
  type TemplateErrorCode,
  type TemplateField,
  type TemplateFormality,
  type TemplateLanguage,
  type TemplateValidation,
} from './model.ts';
export {
  BUILT_IN_SPELLINGS,
  builtInPlaceholder,
  customFieldNames,
  escapeTemplateText,
  parseBody,
  parsePlaceholders,
  placeholderKey,
  type BodySegment,
  type BuiltInPlaceholder,
  type PlaceholderToken,
} from './placeholders.ts';
export { cleanChatName, deriveFirstName } from './first-name.ts';
export { builtInValue, renderTemplate, salutationLeavesOut, type RenderContext, type RenderResult } from './render.ts';
export { usageScore } from './usage-rank.ts';
export {
  createTemplateSearch,
  DEFAULT_SEARCH_LIMIT,
  FIELD_WEIGHTS,
  type TemplateSearch,
  type TemplateSearchHit,
  type TemplateSearchOptions,
} from './search.ts';
export { defaultTemplates, packTemplateId, PACK_CUSTOM_FIELDS, templatesToSeed, type DefaultTemplateOptions } from './pack.ts';
export {
  IMPORT_LIMITS,
  parseTemplatesFile,
  serializeTemplatesFile,
  TEMPLATES_FILE_FORMAT,
  TEMPLATES_FILE_VERSION,
  type ImportError,
  type ImportErrorCode,
  type ImportResult,
} from './import-export.ts';
export { templateFromStored, templateToStored, type StoredTemplate } from './stored.ts';
