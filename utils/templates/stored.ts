/**
 * Between the database row (utils/db/records.ts `templateRecord`: nulls for "none", language and
 * formality optional because rows from before they existed lack them) and the `Template` of this
 * module (absent fields, a language always). Structural types only: utils/templates stays free of the
 * database, and the content script can use this without importing utils/db.
 */
import type { Template, TemplateFormality, TemplateLanguage } from './model.ts';

export interface StoredTemplate {
  id: string;
  title: string;
  body: string;
  tags: string[];
  shortcut: string | null;
  language?: TemplateLanguage;
  formality?: TemplateFormality;
  usageCount: number;
  lastUsedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A stored row as a Template; a row without a language counts as written in `fallbackLanguage`. */
export function templateFromStored(row: StoredTemplate, fallbackLanguage: TemplateLanguage): Template {
  const template: Template = {
    id: row.id,
    title: row.title,
    body: row.body,
    tags: [...row.tags],
    language: row.language ?? fallbackLanguage,
    usageCount: row.usageCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (row.shortcut) template.shortcut = row.shortcut;
  if (row.formality) template.formality = row.formality;
  if (row.lastUsedAt !== null) template.lastUsedAt = row.lastUsedAt;
  return template;
}

/** A Template as a database row (an imported file, the ready pack). */
export function templateToStored(template: Template): StoredTemplate {
  const row: StoredTemplate = {
    id: template.id,
    title: template.title,
    body: template.body,
    tags: [...template.tags],
    shortcut: template.shortcut ?? null,
    language: template.language,
    usageCount: template.usageCount,
    lastUsedAt: template.lastUsedAt ?? null,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
  };
  if (template.formality) row.formality = template.formality;
  return row;
}
