/**
 * Templates beyond the basic repository tests: the optional language / form of address (rows from
 * before they existed stay valid), and importTemplates — an imported file or the ready pack taken over
 * in one transaction, without stealing a shortcut from another template.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateBackupText } from '../../../utils/db/backup/validate.ts';
import { exportBackup } from '../../../utils/db/backup/transfer.ts';
import { templateRecord, type TemplateRecord } from '../../../utils/db/records.ts';
import { importTemplates, listTemplates, saveTemplate } from '../../../utils/db/repositories/templates.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { defaultTemplates, templatesToSeed, templateToStored } from '../../../utils/templates/index.ts';
import { dropDatabase, freshDatabase } from './helpers.ts';
import { v1Rows } from './fixtures/v1.ts';

let db: ZettelDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => dropDatabase(db));

function row(id: string, shortcut: string | null, extra: Partial<TemplateRecord> = {}): TemplateRecord {
  return { id, title: `Vorlage ${id}`, body: `Text ${id}`, tags: [], shortcut, usageCount: 0, lastUsedAt: null, createdAt: 1, updatedAt: 1, ...extra };
}

describe('language and form of address', () => {
  it('a row written before the fields existed is still a valid record and backs up', async () => {
    const old = v1Rows.templates![0];
    expect(templateRecord.safeParse(old).success).toBe(true);
    await db.templates.add(old as TemplateRecord);
    const file = JSON.stringify(await exportBackup(db));
    expect(validateBackupText(file).ok).toBe(true);
  });

  it('saveTemplate stores them, keeps them when absent and clears the form of address with null', async () => {
    const saved = await saveTemplate(db, { id: 'a', title: 'Termin', body: 'Guten Tag {Name}', language: 'de', formality: 'sie' });
    expect(saved).toMatchObject({ language: 'de', formality: 'sie' });
    const kept = await saveTemplate(db, { id: 'a', title: 'Termin bestätigt', body: 'Guten Tag {Name}' });
    expect(kept).toMatchObject({ title: 'Termin bestätigt', language: 'de', formality: 'sie' });
    const cleared = await saveTemplate(db, { id: 'a', title: 'Termin bestätigt', body: 'Hallo', formality: null });
    expect(cleared.formality).toBeUndefined();
    expect('formality' in cleared).toBe(false);
    await expect(saveTemplate(db, { id: 'b', title: 'x', body: 'y', language: 'fr' as 'de' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('importTemplates', () => {
  it('"add" takes only new ids (the ready pack); "merge" also replaces stored ones (a file)', async () => {
    await importTemplates(db, { templates: [row('a', 'termin')], mode: 'add' });
    const again = await importTemplates(db, { templates: [row('a', 'termin', { title: 'geändert' }), row('b', null)], mode: 'add' });
    expect(again).toEqual({ added: 1, updated: 0, shortcutsDropped: 0 });
    expect((await db.templates.get('a'))?.title).toBe('Vorlage a');
    const merged = await importTemplates(db, { templates: [row('a', 'termin', { title: 'geändert' })], mode: 'merge' });
    expect(merged).toEqual({ added: 0, updated: 1, shortcutsDropped: 0 });
    expect((await db.templates.get('a'))?.title).toBe('geändert');
  });

  it('a shortcut another template has stays with it; the imported one comes without', async () => {
    await saveTemplate(db, { id: 'mine', title: 'Meine', body: 'x', shortcut: 'termin' });
    const result = await importTemplates(db, { templates: [row('new', 'termin'), row('other', 'fotos')], mode: 'merge' });
    expect(result).toEqual({ added: 2, updated: 0, shortcutsDropped: 1 });
    expect((await db.templates.get('new'))?.shortcut).toBeNull();
    expect((await db.templates.get('other'))?.shortcut).toBe('fotos');
    expect((await db.templates.get('mine'))?.shortcut).toBe('termin');
  });

  it('a template may keep its own shortcut when replaced, and a freed shortcut can be taken', async () => {
    await importTemplates(db, { templates: [row('a', 'termin')], mode: 'add' });
    const result = await importTemplates(db, { templates: [row('a', 'neu'), row('b', 'termin')], mode: 'merge' });
    expect(result.shortcutsDropped).toBe(0);
    expect((await db.templates.get('a'))?.shortcut).toBe('neu');
    expect((await db.templates.get('b'))?.shortcut).toBe('termin');
  });

  it('refuses an invalid row as a whole: nothing is stored', async () => {
    await expect(importTemplates(db, { templates: [row('ok', null), { ...row('bad', null), title: '' }], mode: 'merge' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await listTemplates(db)).toEqual([]);
  });

  it('seeds the German pack twice without duplicates, language and form of address kept', async () => {
    const pack = defaultTemplates('de', { now: 5 });
    const first = await importTemplates(db, { templates: templatesToSeed(pack, []).map(templateToStored), mode: 'add' });
    expect(first.added).toBe(pack.length);
    const stored = await listTemplates(db);
    const second = await importTemplates(db, { templates: templatesToSeed(pack, stored.map((t) => ({ id: t.id, shortcut: t.shortcut ?? undefined }))).map(templateToStored), mode: 'add' });
    expect(second.added).toBe(0);
    expect(stored.find((t) => t.id === 'pack-de-du-send-photos')).toMatchObject({ language: 'de', formality: 'du', shortcut: 'fotos-du' });
  });
});
