import { describe, expect, it } from 'vitest';
import { normalizeShortcut, normalizeTags, TEMPLATE_LIMITS, templateSchema, validateTemplate } from '../../../utils/templates/model.ts';

const valid = {
  id: 'tpl-1',
  title: '  Termin bestätigt ',
  body: 'Hallo {Vorname}',
  tags: ['Termin', ' termin ', 'Kunde  A'],
  shortcut: '/Termin',
  language: 'de',
  formality: 'du',
  usageCount: 3,
  createdAt: 1_764_000_000_000,
  updatedAt: 1_764_000_000_000,
};

describe('validateTemplate', () => {
  it('accepts and normalizes a valid template', () => {
    const result = validateTemplate(valid);
    expect(result).toEqual({
      ok: true,
      template: { ...valid, title: 'Termin bestätigt', tags: ['Termin', 'Kunde A'], shortcut: 'termin' },
    });
    if (result.ok) expect(templateSchema.safeParse(result.template).success).toBe(true);
  });

  it('reports every problem with a code, the field and parameters', () => {
    const result = validateTemplate({
      ...valid,
      id: 'has spaces',
      title: ' ',
      body: 'x'.repeat(TEMPLATE_LIMITS.body + 1),
      shortcut: 'zwei worte',
      language: 'fr',
      formality: 'ihr',
      usageCount: -1,
      lastUsedAt: -5,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { code: 'id_invalid', field: 'id', params: {} },
      { code: 'title_required', field: 'title', params: {} },
      { code: 'body_too_long', field: 'body', params: { max: 20_000, actual: 20_001 } },
      { code: 'shortcut_invalid', field: 'shortcut', params: { shortcut: 'zwei worte' } },
      { code: 'language_invalid', field: 'language', params: { language: 'fr' } },
      { code: 'formality_invalid', field: 'formality', params: { formality: 'ihr' } },
      { code: 'count_invalid', field: 'usageCount', params: {} },
      { code: 'timestamp_invalid', field: 'lastUsedAt', params: {} },
    ]);
  });

  it('checks lengths, tag counts and shortcut uniqueness', () => {
    const codes = (input: object, taken?: Set<string>) => {
      const result = validateTemplate({ ...valid, ...input }, taken);
      return result.ok ? [] : result.errors.map((error) => error.code);
    };
    expect(codes({ title: 'T'.repeat(201) })).toEqual(['title_too_long']);
    expect(codes({ body: ' \n ' })).toEqual(['body_required']);
    expect(codes({ tags: Array.from({ length: 31 }, (_, index) => `t${index}`) })).toEqual(['tags_too_many']);
    expect(codes({ tags: ['x'.repeat(61)] })).toEqual(['tag_too_long']);
    expect(codes({ shortcut: 's'.repeat(41) })).toEqual(['shortcut_too_long']);
    expect(codes({ shortcut: '-start' })).toEqual(['shortcut_invalid']);
    expect(codes({ shortcut: 'Termin' }, new Set(['termin']))).toEqual(['shortcut_taken']);
    expect(codes({ shortcut: 'größe_2' })).toEqual([]);
    expect(codes({ shortcut: '' })).toEqual([]);
  });

  it('reports missing fields and wrong types without throwing', () => {
    const result = validateTemplate({ id: 'x', title: 5, tags: 'a', language: 'de', usageCount: 0, createdAt: 1, updatedAt: 1 });
    expect(result).toEqual({
      ok: false,
      errors: [
        { code: 'field_missing', field: 'body', params: {} },
        { code: 'field_type', field: 'title', params: {} },
        { code: 'field_type', field: 'tags', params: {} },
      ],
    });
    expect(validateTemplate({ ...valid, createdAt: Number.NaN })).toEqual({ ok: false, errors: [{ code: 'field_type', field: 'createdAt', params: {} }] });
    const { tags: _tags, ...withoutTags } = valid;
    expect(validateTemplate(withoutTags)).toEqual({ ok: false, errors: [{ code: 'field_missing', field: 'tags', params: {} }] });
    expect(validateTemplate(null)).toEqual({ ok: false, errors: [{ code: 'not_an_object', params: {} }] });
    expect(validateTemplate([valid])).toEqual({ ok: false, errors: [{ code: 'not_an_object', params: {} }] });
  });
});

describe('normalization helpers', () => {
  it('normalizes shortcuts and tags', () => {
    expect(normalizeShortcut('  //Rechnung ')).toBe('rechnung');
    expect(normalizeTags([' a ', 'A', '', 'b  c'])).toEqual(['a', 'b c']);
  });
});
