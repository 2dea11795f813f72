/**
 * The ready trades pack, added in one click from where a new user meets the empty template list: the
 * picker in WhatsApp and the welcome page (issue #19, point 7). The background seeds it, so the content
 * script needs neither the pack's texts nor a bulk write; pack ids are stable, so a second click adds
 * only what is missing and never duplicates.
 */
import { z } from 'zod';
import { defaultTemplates, templatesToSeed } from '../../templates/pack.ts';
import { templateToStored } from '../../templates/stored.ts';
import { parseInput } from '../errors.ts';
import type { ZettelDatabase } from '../schema.ts';
import { importTemplates, type ImportTemplatesResult } from './templates.ts';

/** Sie, du (German) or English: the three choices the empty picker offers. */
export const TEMPLATE_PACK_CHOICES = ['de-sie', 'de-du', 'en'] as const;
export type TemplatePackChoice = (typeof TEMPLATE_PACK_CHOICES)[number];

export const addTemplatePackInput = z.strictObject({ pack: z.enum(TEMPLATE_PACK_CHOICES) });

export async function addTemplatePack(db: ZettelDatabase, input: z.input<typeof addTemplatePackInput>): Promise<ImportTemplatesResult> {
  const { pack } = parseInput(addTemplatePackInput, input);
  const templates = pack === 'en' ? defaultTemplates('en') : defaultTemplates('de', { formality: pack === 'de-sie' ? 'sie' : 'du' });
  const stored = await db.templates.toArray();
  const missing = templatesToSeed(templates, stored.map((row) => ({ id: row.id, shortcut: row.shortcut ?? undefined })));
  return importTemplates(db, { templates: missing.map(templateToStored), mode: 'add' });
}
