/** Reply templates with tags, an optional shortcut and usage counts (for "most used first"). */
import { z } from 'zod';
import { DataError, parseInput } from '../errors.ts';
import { recordId, templateRecord, type TemplateRecord } from '../records.ts';
import type { ZettelDatabase } from '../schema.ts';
import { newId, now } from './clock.ts';

const shape = templateRecord.shape;
export const saveTemplateInput = z.strictObject({
  id: recordId.optional(),
  title: shape.title,
  body: shape.body,
  tags: shape.tags.optional(),
  shortcut: shape.shortcut.optional(),
  language: shape.language,
  /** null removes the form of address; absent keeps the stored one. */
  formality: shape.formality.nullable(),
});
export const templateIdInput = z.strictObject({ id: recordId });
export const duplicateTemplateInput = z.strictObject({ id: recordId, newId: recordId.optional(), title: shape.title.optional() });

async function assertShortcutFree(db: ZettelDatabase, shortcut: string | null, exceptId: string): Promise<void> {
  if (shortcut === null) return;
  const clash = await db.templates.where('shortcut').equals(shortcut).first();
  if (clash && clash.id !== exceptId) throw new DataError('conflict', `the shortcut ${JSON.stringify(shortcut)} is used by another template`);
}

/** Creates a template or updates one by id; updating keeps its usage statistics and creation time. */
export async function saveTemplate(db: ZettelDatabase, input: z.input<typeof saveTemplateInput>): Promise<TemplateRecord> {
  const parsed = parseInput(saveTemplateInput, input);
  const id = parsed.id ?? newId();
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(id);
    const shortcut = parsed.shortcut !== undefined ? parsed.shortcut : (existing?.shortcut ?? null);
    await assertShortcutFree(db, shortcut, id);
    const stamp = now();
    const record: TemplateRecord = {
      id,
      title: parsed.title,
      body: parsed.body,
      tags: [...new Set(parsed.tags ?? existing?.tags ?? [])],
      shortcut,
      usageCount: existing?.usageCount ?? 0,
      lastUsedAt: existing?.lastUsedAt ?? null,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    };
    const language = parsed.language ?? existing?.language;
    const formality = parsed.formality === undefined ? existing?.formality : (parsed.formality ?? undefined);
    // Absent rather than undefined: rows compare and back up cleanly.
    if (language) record.language = language;
    if (formality) record.formality = formality;
    await db.templates.put(record);
    return record;
  });
}

export async function deleteTemplate(db: ZettelDatabase, input: z.input<typeof templateIdInput>): Promise<{ removed: boolean }> {
  const { id } = parseInput(templateIdInput, input);
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(id);
    if (existing) await db.templates.delete(id);
    return { removed: existing !== undefined };
  });
}

/** A copy starts unused and without the shortcut (shortcuts are unique). The caller localizes the title. */
export async function duplicateTemplate(db: ZettelDatabase, input: z.input<typeof duplicateTemplateInput>): Promise<TemplateRecord> {
  const { id, newId: copyId, title } = parseInput(duplicateTemplateInput, input);
  return db.transaction('rw', db.templates, async () => {
    const original = await db.templates.get(id);
    if (!original) throw new DataError('not-found', `no template ${id}`);
    const stamp = now();
    const copy: TemplateRecord = {
      ...original,
      id: copyId ?? newId(),
      title: title ?? original.title,
      shortcut: null,
      usageCount: 0,
      lastUsedAt: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await db.templates.put(copy);
    return copy;
  });
}

/** Counts an insertion. Not idempotent by nature: a retried request may count twice (harmless for ranking). */
export async function recordTemplateUse(db: ZettelDatabase, input: z.input<typeof templateIdInput>): Promise<TemplateRecord> {
  const { id } = parseInput(templateIdInput, input);
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(id);
    if (!existing) throw new DataError('not-found', `no template ${id}`);
    const stamp = now();
    const record: TemplateRecord = { ...existing, usageCount: existing.usageCount + 1, lastUsedAt: stamp, updatedAt: stamp };
    await db.templates.put(record);
    return record;
  });
}

export async function listTemplates(db: ZettelDatabase): Promise<TemplateRecord[]> {
  return db.templates.orderBy('title').toArray();
}

export const importTemplatesInput = z.strictObject({
  templates: z.array(templateRecord).max(10_000),
  /** 'add': only ids not stored yet (the ready pack). 'merge': also replace stored ones by id (a file). */
  mode: z.enum(['add', 'merge']),
});

export interface ImportTemplatesResult {
  added: number;
  updated: number;
  /** Imported templates whose shortcut another template already had: imported without it. */
  shortcutsDropped: number;
}

/**
 * Takes over many templates in one transaction (an imported file, the ready pack). A shortcut that
 * another stored template uses stays with that template: the imported one comes without it.
 */
export async function importTemplates(db: ZettelDatabase, input: z.input<typeof importTemplatesInput>): Promise<ImportTemplatesResult> {
  const { templates, mode } = parseInput(importTemplatesInput, input);
  return db.transaction('rw', db.templates, async () => {
    const stored = await db.templates.toArray();
    const byId = new Map(stored.map((template) => [template.id, template]));
    const shortcutOwner = new Map(stored.flatMap((template) => (template.shortcut ? [[template.shortcut, template.id] as const] : [])));
    const result: ImportTemplatesResult = { added: 0, updated: 0, shortcutsDropped: 0 };
    const rows: TemplateRecord[] = [];
    for (const template of templates) {
      const existing = byId.get(template.id);
      if (existing && mode === 'add') continue;
      let shortcut = template.shortcut;
      const owner = shortcut ? shortcutOwner.get(shortcut) : undefined;
      if (shortcut && owner !== undefined && owner !== template.id) {
        shortcut = null;
        result.shortcutsDropped++;
      }
      if (existing?.shortcut) shortcutOwner.delete(existing.shortcut);
      if (shortcut) shortcutOwner.set(shortcut, template.id);
      rows.push({ ...template, shortcut });
      byId.set(template.id, { ...template, shortcut });
      if (existing) result.updated++;
      else result.added++;
    }
    await db.templates.bulkPut(rows);
    return result;
  });
}
