/**
 * The ready-made template pack ("Vorlagen-Paket") offered on first start and in the options page.
 *
 * Ids are stable — `pack-<language>-<formality>-<key>` — so seeding twice, or seeding after an
 * update of Zettel, finds the templates it created before instead of duplicating them (see
 * templatesToSeed). Never rename a key; add new ones instead.
 */
import type { Template, TemplateFormality, TemplateLanguage } from './model.ts';
import { PACK_CUSTOM_FIELDS_DE, PACK_DE } from './pack-de.ts';
import type { PackEntry } from './pack-entry.ts';
import { PACK_CUSTOM_FIELDS_EN, PACK_EN } from './pack-en.ts';

export interface DefaultTemplateOptions {
  /** Creation time of the seeded templates (epoch ms). */
  now?: number;
  /** German only: which forms of address to include. Default: both. */
  formality?: TemplateFormality | 'both';
}

/** The custom fields the pack's bodies use on purpose, per language (the picker asks for them). */
export const PACK_CUSTOM_FIELDS: Readonly<Record<TemplateLanguage, readonly string[]>> = {
  de: PACK_CUSTOM_FIELDS_DE,
  en: PACK_CUSTOM_FIELDS_EN,
};

export function packTemplateId(language: TemplateLanguage, entry: Pick<PackEntry, 'key' | 'formality'>): string {
  return ['pack', language, entry.formality, entry.key].filter(Boolean).join('-');
}

export function defaultTemplates(locale: TemplateLanguage, options: DefaultTemplateOptions = {}): Template[] {
  const now = options.now ?? Date.now();
  const wanted = options.formality ?? 'both';
  const entries = locale === 'de' ? PACK_DE : PACK_EN;
  return entries
    .filter((entry) => wanted === 'both' || entry.formality === undefined || entry.formality === wanted)
    .map((entry) => {
      const template: Template = {
        id: packTemplateId(locale, entry),
        title: entry.title,
        body: entry.body,
        tags: [...entry.tags],
        shortcut: entry.shortcut,
        language: locale,
        usageCount: 0,
        createdAt: now,
        updatedAt: now,
      };
      if (entry.formality) template.formality = entry.formality;
      return template;
    });
}

/**
 * The pack templates not yet present, with shortcuts already taken by the user's own templates
 * dropped (the user's shortcut wins). Deleted pack templates come back only if the caller passes
 * them in: remembering "the user deleted this" is the store's job, not the pack's.
 */
export function templatesToSeed(pack: readonly Template[], existing: readonly Pick<Template, 'id' | 'shortcut'>[]): Template[] {
  const ids = new Set(existing.map((template) => template.id));
  const shortcuts = new Set(existing.flatMap((template) => (template.shortcut ? [template.shortcut] : [])));
  return pack
    .filter((template) => !ids.has(template.id))
    .map((template) => {
      if (!template.shortcut || !shortcuts.has(template.shortcut)) return template;
      const withoutShortcut: Template = { ...template };
      delete withoutShortcut.shortcut;
      return withoutShortcut;
    });
}
