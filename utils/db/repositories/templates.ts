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
