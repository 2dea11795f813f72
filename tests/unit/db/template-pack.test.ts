/** Issue #19 point 7: the ready pack in one click from the empty picker or the welcome page. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addTemplatePack } from '../../../utils/db/repositories/template-pack.ts';
import { listTemplates, saveTemplate } from '../../../utils/db/repositories/templates.ts';
import type { ZettelDatabase } from '../../../utils/db/schema.ts';
import { dropDatabase, freshDatabase } from './helpers.ts';

let db: ZettelDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => dropDatabase(db));

describe('addTemplatePack', () => {
  it('adds the chosen form of address only, and a second click adds nothing', async () => {
    const first = await addTemplatePack(db, { pack: 'de-sie' });
    expect(first.added).toBeGreaterThan(5);
    const stored = await listTemplates(db);
    expect(stored.every((template) => template.language === 'de' && template.formality === 'sie')).toBe(true);
    expect(await addTemplatePack(db, { pack: 'de-sie' })).toMatchObject({ added: 0 });
    expect(await listTemplates(db)).toHaveLength(stored.length);
  });

  it('English is its own pack; the user\'s own shortcut stays the user\'s', async () => {
    await saveTemplate(db, { title: 'Mein Termin', body: 'Bis dann', shortcut: 'termin', language: 'de', formality: null });
    await addTemplatePack(db, { pack: 'de-du' });
    const own = (await listTemplates(db)).filter((template) => template.shortcut === 'termin');
    expect(own.map((template) => template.title)).toEqual(['Mein Termin']);
    const english = await addTemplatePack(db, { pack: 'en' });
    expect(english.added).toBeGreaterThan(3);
  });

  it('refuses an unknown pack', async () => {
    await expect(addTemplatePack(db, { pack: 'fr' as 'en' })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
