import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, parseTemplatesFile, serializeTemplatesFile, type ImportError } from '../../../utils/templates/import-export.ts';
import type { Template } from '../../../utils/templates/model.ts';
import { defaultTemplates } from '../../../utils/templates/pack.ts';

const NOW = Date.UTC(2026, 10, 27, 9);
const pack = defaultTemplates('de', { now: NOW });
const exported = serializeTemplatesFile(pack, { exportedAt: new Date(NOW) });

function template(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 't1', title: 'Titel', body: 'Text', tags: [], shortcut: null, language: 'de', formality: null, usageCount: 0, lastUsedAt: null, createdAt: NOW, updatedAt: NOW, ...overrides };
}
const file = (templates: unknown[], envelope: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'zettel-templates', version: 1, exportedAt: new Date(NOW).toISOString(), templates, ...envelope });

function errorOf(text: string): ImportError | undefined {
  const result = parseTemplatesFile(text, { now: NOW });
  return result.ok ? undefined : result.error;
}

describe('serializeTemplatesFile / parseTemplatesFile round trip', () => {
  it('reads back exactly what it wrote', () => {
    expect(parseTemplatesFile(exported, { now: NOW })).toEqual({ ok: true, templates: pack });
    const used: Template = { ...(pack[0] as Template), usageCount: 7, lastUsedAt: NOW };
    expect(parseTemplatesFile(serializeTemplatesFile([used]))).toEqual({ ok: true, templates: [used] });
  });

  it('writes a stable, readable envelope', () => {
    const data = JSON.parse(exported) as { format: string; version: number; exportedAt: string; templates: unknown[] };
    expect([data.format, data.version, data.exportedAt, data.templates.length]).toEqual(['zettel-templates', 1, '2026-11-27T09:00:00.000Z', pack.length]);
  });

  it('accepts hand-written files: a bare array, defaults for metadata, a BOM, unknown fields ignored', () => {
    const text = '\uFEFF' + JSON.stringify([{ id: 'mine', title: 'Fotos', body: 'Bitte Fotos', language: 'de', note: 'egal' }]);
    expect(parseTemplatesFile(text, { now: NOW })).toEqual({
      ok: true,
      templates: [{ id: 'mine', title: 'Fotos', body: 'Bitte Fotos', tags: [], language: 'de', usageCount: 0, createdAt: NOW, updatedAt: NOW }],
    });
  });
});

describe('parseTemplatesFile rejects malformed files with exact codes', () => {
  const cases: [string, string, ImportError][] = [
    ['empty file', '  \n ', { code: 'file_empty', params: {} }],
    ['truncated JSON', exported.slice(0, exported.length / 2), { code: 'file_truncated', params: {} }],
    ['truncated inside a string', '{"templates": [{"title": "Ter', { code: 'file_truncated', params: {} }],
    ['not JSON at all', 'Termin bestätigt; Material bestellt', { code: 'not_json', params: {} }],
    ['JSON with a trailing comma', '{"templates": [1,]}', { code: 'not_json', params: {} }],
    ['nested far too deep', '['.repeat(100_000) + ']'.repeat(100_000), { code: 'nesting_too_deep', params: { max: 8 } }],
    ['a __proto__ key', file([template()]).replace('"id"', '"__proto__":{"polluted":true},"id"'), { code: 'unsafe_key', params: { key: '__proto__' } }],
    ['a constructor key', file([template()]).replace('"id"', '"constructor":{"prototype":{}},"id"'), { code: 'unsafe_key', params: { key: 'prototype' } }],
    ['a string, not a file', '"hello"', { code: 'wrong_format', params: {} }],
    ['another format', JSON.stringify({ format: 'zettel-backup', templates: [] }), { code: 'wrong_format', params: {} }],
    ['templates not a list', JSON.stringify({ format: 'zettel-templates', version: 1, templates: { a: 1 } }), { code: 'wrong_format', params: {} }],
    ['a newer version', file([template()], { version: 2 }), { code: 'unsupported_version', params: { version: '2', supported: 1 } }],
    ['no templates', file([]), { code: 'no_templates', params: {} }],
    ['a template that is not an object', file([template(), 'Hallo']), { code: 'template_invalid', params: { number: 2, field: '', reason: 'not_an_object' } }],
    ['a title of the wrong type', file([template({ title: 42 })]), { code: 'template_invalid', params: { number: 1, field: 'title', reason: 'field_type' } }],
    ['a missing body', file([template({ body: undefined })]), { code: 'template_invalid', params: { number: 1, field: 'body', reason: 'field_missing' } }],
    ['a body over the limit', file([template({ body: 'x'.repeat(20_001) })]), { code: 'template_invalid', params: { number: 1, field: 'body', reason: 'body_too_long', max: 20_000, actual: 20_001 } }],
    ['an id with a path in it', file([template({ id: '../../etc' })]), { code: 'template_invalid', params: { number: 1, field: 'id', reason: 'id_invalid' } }],
    ['an unknown language', file([template({ language: 'fr' })]), { code: 'template_invalid', params: { number: 1, field: 'language', reason: 'language_invalid', language: 'fr' } }],
    ['tags with a number', file([template({ tags: ['ok', 7] })]), { code: 'template_invalid', params: { number: 1, field: 'tags', reason: 'field_type' } }],
    ['a negative usage count', file([template({ usageCount: -3 })]), { code: 'template_invalid', params: { number: 1, field: 'usageCount', reason: 'count_invalid' } }],
    ['a timestamp beyond year 275760', file([template({ createdAt: 9e15 })]), { code: 'template_invalid', params: { number: 1, field: 'createdAt', reason: 'timestamp_invalid' } }],
    ['duplicate ids', file([template(), template({ title: 'Zweite' })]), { code: 'duplicate_id', params: { number: 2, id: 't1' } }],
    ['duplicate shortcuts', file([template({ shortcut: 'Termin' }), template({ id: 't2', shortcut: '/termin' })]), { code: 'duplicate_shortcut', params: { number: 2, shortcut: 'termin' } }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(errorOf(text)).toEqual(expected);
  });

  it('refuses huge files before parsing them', () => {
    const huge = ' '.repeat(IMPORT_LIMITS.maxChars + 1);
    expect(errorOf(huge)).toEqual({ code: 'file_too_large', params: { max: IMPORT_LIMITS.maxChars, actual: IMPORT_LIMITS.maxChars + 1 } });
  });

  it('refuses more templates than allowed', () => {
    const many = JSON.stringify(Array.from({ length: IMPORT_LIMITS.maxTemplates + 1 }, () => 0));
    expect(errorOf(many)).toEqual({ code: 'too_many_templates', params: { max: IMPORT_LIMITS.maxTemplates, actual: IMPORT_LIMITS.maxTemplates + 1 } });
  });

  it('never throws, whatever it is given', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, [], 'null', '[null]', '{"templates": [null]}', '\u0000', '{"a":'.repeat(10)];
    for (const input of inputs) expect(() => parseTemplatesFile(input as string)).not.toThrow();
    expect(parseTemplatesFile(undefined as unknown as string)).toEqual({ ok: false, error: { code: 'file_unreadable', params: {} } });
  });

  it('does not pollute prototypes', () => {
    parseTemplatesFile('[{"__proto__": {"polluted": true}}]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
