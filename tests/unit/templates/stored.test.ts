import { describe, expect, it } from 'vitest';
import { templateFromStored, templateToStored, validateTemplate, type StoredTemplate } from '../../../utils/templates/index.ts';

const stored: StoredTemplate = {
  id: 'tpl-1',
  title: 'Termin bestätigt',
  body: 'Guten Tag {Name}',
  tags: ['termin'],
  shortcut: null,
  usageCount: 2,
  lastUsedAt: null,
  createdAt: 10,
  updatedAt: 20,
};

describe('stored rows and templates', () => {
  it('a row without language takes the fallback; nulls become absent fields', () => {
    const template = templateFromStored(stored, 'en');
    expect(template).toEqual({ id: 'tpl-1', title: 'Termin bestätigt', body: 'Guten Tag {Name}', tags: ['termin'], language: 'en', usageCount: 2, createdAt: 10, updatedAt: 20 });
    expect(validateTemplate(template).ok).toBe(true);
  });

  it('round-trips every field', () => {
    const full: StoredTemplate = { ...stored, shortcut: 'termin', language: 'de', formality: 'sie', lastUsedAt: 15 };
    const template = templateFromStored(full, 'en');
    expect(template).toMatchObject({ shortcut: 'termin', language: 'de', formality: 'sie', lastUsedAt: 15 });
    expect(templateToStored(template)).toEqual(full);
  });

  it('does not share arrays with the row', () => {
    const template = templateFromStored(stored, 'de');
    template.tags.push('x');
    expect(stored.tags).toEqual(['termin']);
  });
});
