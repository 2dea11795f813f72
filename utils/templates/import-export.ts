/**
 * Template files: what the options page exports and imports. An imported file is hostile until
 * proven otherwise — it may be truncated, huge, deeply nested, carry "__proto__" keys or wrong types —
 * so parseTemplatesFile checks everything, reports the first problem as a code with parameters
 * (the UI translates it) and never throws.
 *
 * File format (version 1):
 *   { "format": "zettel-templates", "version": 1, "exportedAt": "<ISO date>", "templates": [Template…] }
 * A bare array of templates is accepted too, for hand-written files. `null` stands for an absent
 * optional field (shortcut, formality, lastUsedAt), as the database stores them; tags, usageCount and
 * the timestamps may be left out of hand-written files.
 */
import { normalizeShortcut, validateTemplate, type Template, type TemplateErrorCode, type TemplateField } from './model.ts';

export const TEMPLATES_FILE_FORMAT = 'zettel-templates';
export const TEMPLATES_FILE_VERSION = 1;
export const IMPORT_LIMITS = {
  /** Characters (UTF-16 code units). 10,000 templates of ~1 kB fit with room to spare. */
  maxChars: 10_000_000,
  maxTemplates: 10_000,
  /** A valid file nests 4 deep (file → templates → template → tags); more is not a template file. */
  maxDepth: 8,
} as const;

export type ImportErrorCode =
  | 'file_unreadable'
  | 'file_empty'
  | 'file_too_large'
  | 'file_truncated'
  | 'not_json'
  | 'nesting_too_deep'
  | 'unsafe_key'
  | 'wrong_format'
  | 'unsupported_version'
  | 'no_templates'
  | 'too_many_templates'
  | 'template_invalid'
  | 'duplicate_id'
  | 'duplicate_shortcut';

export interface ImportError {
  code: ImportErrorCode;
  /** For template problems: `number` (1-based position in the file), `field`, `reason` (a TemplateErrorCode). */
  params: Record<string, string | number>;
}

export type ImportResult = { ok: true; templates: Template[] } | { ok: false; error: ImportError };

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const NULLABLE_FIELDS = ['shortcut', 'formality', 'lastUsedAt'] as const;

function failure(code: ImportErrorCode, params: Record<string, string | number> = {}): ImportResult {
  return { ok: false, error: { code, params } };
}

interface Structure {
  maxDepth: number;
  /** The text ends inside a string or with brackets still open: the file was cut off. */
  truncated: boolean;
}

/** One pass over the text outside strings, before JSON.parse: depth and truncation. */
function scanStructure(text: string): Structure {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92 /* \ */) index += 1;
      else if (code === 34 /* " */) inString = false;
      continue;
    }
    if (code === 34) inString = true;
    else if (code === 123 || code === 91 /* { [ */) {
      depth += 1;
      if (depth > maxDepth) maxDepth = depth;
    } else if (code === 125 || code === 93 /* } ] */) depth -= 1;
  }
  return { maxDepth, truncated: inString || depth > 0 };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Fills what hand-written files may leave out and turns the database's nulls into absent fields. */
function withDefaults(raw: Record<string, unknown>, now: number): Record<string, unknown> {
  const filled: Record<string, unknown> = { tags: [], usageCount: 0, createdAt: now, ...raw };
  if (filled.updatedAt === undefined) filled.updatedAt = filled.createdAt;
  for (const field of NULLABLE_FIELDS) if (filled[field] === null) delete filled[field];
  return filled;
}

export interface ParseTemplatesOptions {
  /** Creation time for templates that carry none (epoch ms). */
  now?: number;
}

export function parseTemplatesFile(text: string, options: ParseTemplatesOptions = {}): ImportResult {
  try {
    return parse(text, options.now ?? Date.now());
  } catch {
    // Nothing above is expected to throw; this is the promise to the caller, not a code path.
    return failure('file_unreadable');
  }
}

function parse(input: unknown, now: number): ImportResult {
  if (typeof input !== 'string') return failure('file_unreadable');
  if (input.length > IMPORT_LIMITS.maxChars) return failure('file_too_large', { max: IMPORT_LIMITS.maxChars, actual: input.length });
  const text = input.replace(/^\uFEFF/, '');
  if (!text.trim()) return failure('file_empty');

  const structure = scanStructure(text);
  if (structure.maxDepth > IMPORT_LIMITS.maxDepth) return failure('nesting_too_deep', { max: IMPORT_LIMITS.maxDepth });

  let unsafeKey: string | undefined;
  let data: unknown;
  try {
    data = JSON.parse(text, function reviver(key, value: unknown) {
      // JSON.parse makes "__proto__" an own property, which is harmless here; but a file carrying one
      // was crafted, and spreading such an object elsewhere would not be. Refuse the whole file.
      if (unsafeKey === undefined && UNSAFE_KEYS.has(key)) unsafeKey = key;
      return value;
    });
  } catch {
    return failure(structure.truncated ? 'file_truncated' : 'not_json');
  }
  if (unsafeKey !== undefined) return failure('unsafe_key', { key: unsafeKey });

  let list: unknown;
  if (Array.isArray(data)) list = data;
  else if (isPlainRecord(data)) {
    if (data.format !== undefined && data.format !== TEMPLATES_FILE_FORMAT) return failure('wrong_format');
    if (data.version !== undefined && data.version !== TEMPLATES_FILE_VERSION) {
      const version = typeof data.version === 'number' || typeof data.version === 'string' ? String(data.version).slice(0, 20) : '?';
      return failure('unsupported_version', { version, supported: TEMPLATES_FILE_VERSION });
    }
    list = data.templates;
    if (!Array.isArray(list)) return failure('wrong_format');
  } else return failure('wrong_format');

  const items = list as unknown[];
  if (items.length === 0) return failure('no_templates');
  if (items.length > IMPORT_LIMITS.maxTemplates) return failure('too_many_templates', { max: IMPORT_LIMITS.maxTemplates, actual: items.length });

  const templates: Template[] = [];
  const ids = new Set<string>();
  const shortcuts = new Set<string>();
  for (const [index, item] of items.entries()) {
    const number = index + 1;
    if (!isPlainRecord(item)) return failure('template_invalid', { number, field: '', reason: 'not_an_object' satisfies TemplateErrorCode });
    const checked = validateTemplate(withDefaults(item, now));
    if (!checked.ok) {
      const first = checked.errors[0];
      const field: TemplateField | '' = first?.field ?? '';
      return failure('template_invalid', { number, field, reason: first?.code ?? 'not_an_object', ...first?.params });
    }
    const template = checked.template;
    if (ids.has(template.id)) return failure('duplicate_id', { number, id: template.id });
    ids.add(template.id);
    if (template.shortcut) {
      const shortcut = normalizeShortcut(template.shortcut);
      if (shortcuts.has(shortcut)) return failure('duplicate_shortcut', { number, shortcut });
      shortcuts.add(shortcut);
    }
    templates.push(template);
  }
  return { ok: true, templates };
}

export interface SerializeTemplatesOptions {
  exportedAt?: Date;
}

/** The export file's text: pretty-printed, fields in a fixed order, so exports diff cleanly. */
export function serializeTemplatesFile(templates: readonly Template[], options: SerializeTemplatesOptions = {}): string {
  const ordered = templates.map((template) => ({
    id: template.id,
    title: template.title,
    body: template.body,
    tags: template.tags,
    shortcut: template.shortcut ?? null,
    language: template.language,
    formality: template.formality ?? null,
    usageCount: template.usageCount,
    lastUsedAt: template.lastUsedAt ?? null,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
  }));
  const file = {
    format: TEMPLATES_FILE_FORMAT,
    version: TEMPLATES_FILE_VERSION,
    exportedAt: (options.exportedAt ?? new Date()).toISOString(),
    templates: ordered,
  };
  return JSON.stringify(file, null, 2) + '\n';
}
