/**
 * The template record and its validation. Pure: no browser API, no database. The UI shows
 * validation problems by translating `code` (with `params` as substitutions), so messages never
 * live here.
 *
 * The limits match utils/db/records.ts (LIMITS.template*, LIMITS.tag, LIMITS.shortcut) so that
 * anything valid here can be stored there.
 */
import { z } from 'zod';

export const TEMPLATE_LIMITS = {
  title: 200,
  body: 20_000,
  tags: 30,
  tag: 60,
  shortcut: 40,
} as const;

export type TemplateLanguage = 'de' | 'en';
/** German only: the formal "Sie" or the familiar "du". English templates leave it out. */
export type TemplateFormality = 'sie' | 'du';

export interface Template {
  /** Generated ids (crypto.randomUUID) or the pack's stable ids; never free text. */
  id: string;
  title: string;
  body: string;
  tags: string[];
  /** Lowercase, without the leading "/" the user types to call it. Unique among templates. */
  shortcut?: string;
  language: TemplateLanguage;
  formality?: TemplateFormality;
  usageCount: number;
  /** Epoch milliseconds, like every timestamp Zettel stores. */
  lastUsedAt?: number;
  createdAt: number;
  updatedAt: number;
}

/** Letters of any script (Umlaute included), digits, "-" and "_": what survives being typed after "/". */
const SHORTCUT_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Bounded so a hostile file cannot smuggle in NaN, Infinity or dates beyond year 275760. */
const MAX_TIMESTAMP = 8_640_000_000_000;

/**
 * What the user typed as a shortcut, as it is stored: trimmed, without the "/" prefix, lowercase
 * (shortcuts are matched case-insensitively). Returns '' for "no shortcut".
 */
export function normalizeShortcut(input: string): string {
  return input.trim().replace(/^\/+/, '').normalize('NFC').toLowerCase();
}

/** Tags are trimmed, inner whitespace collapsed, duplicates (case-insensitive) dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    result.push(tag);
  }
  return result;
}

export type TemplateErrorCode =
  | 'id_invalid'
  | 'title_required'
  | 'title_too_long'
  | 'body_required'
  | 'body_too_long'
  | 'tags_too_many'
  | 'tag_too_long'
  | 'shortcut_too_long'
  | 'shortcut_invalid'
  | 'shortcut_taken'
  | 'language_invalid'
  | 'formality_invalid'
  | 'count_invalid'
  | 'timestamp_invalid'
  | 'field_type'
  | 'field_missing'
  | 'not_an_object';

export type TemplateField = keyof Template;

export interface TemplateError {
  code: TemplateErrorCode;
  /** Which field the problem is in, when it is one field. */
  field?: TemplateField;
  /** Values for the translated message, e.g. { max: 200, actual: 212 }. */
  params: Record<string, string | number>;
}

export type TemplateValidation = { ok: true; template: Template } | { ok: false; errors: TemplateError[] };

const REQUIRED_FIELDS = ['id', 'title', 'body', 'tags', 'language', 'usageCount', 'createdAt', 'updatedAt'] as const;

/**
 * The record's shape as zod sees it: only types and formats. Semantic limits (lengths, the shortcut
 * pattern) are checked by validateTemplate so each problem gets its own code; zod's messages are
 * English and could not be shown to a German user.
 */
const timestamp = z.number().int().min(0).max(MAX_TIMESTAMP);
const templateShape = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  shortcut: z.string().optional(),
  language: z.string(),
  formality: z.string().optional(),
  usageCount: z.number(),
  lastUsedAt: z.number().optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

/** The strict record schema, for callers that only need yes/no (e.g. a repository's guard). */
export const templateSchema = z.strictObject({
  id: z.string().regex(ID_PATTERN),
  title: z.string().trim().min(1).max(TEMPLATE_LIMITS.title),
  body: z.string().max(TEMPLATE_LIMITS.body).refine((body) => body.trim().length > 0),
  tags: z.array(z.string().trim().min(1).max(TEMPLATE_LIMITS.tag)).max(TEMPLATE_LIMITS.tags),
  shortcut: z.string().max(TEMPLATE_LIMITS.shortcut).regex(SHORTCUT_PATTERN).optional(),
  language: z.enum(['de', 'en']),
  formality: z.enum(['sie', 'du']).optional(),
  usageCount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  lastUsedAt: timestamp.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTimestamp(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TIMESTAMP;
}

/**
 * Checks a candidate template and normalizes it (trimmed title, normalized tags and shortcut).
 * Reports every problem at once so an editor can mark all fields. `otherShortcuts` are the
 * shortcuts already taken by other templates (normalized), for the uniqueness check.
 */
export function validateTemplate(input: unknown, otherShortcuts: ReadonlySet<string> = new Set()): TemplateValidation {
  if (!isPlainRecord(input)) return { ok: false, errors: [{ code: 'not_an_object', params: {} }] };
  const errors: TemplateError[] = [];
  const fail = (code: TemplateErrorCode, field: TemplateField, params: Record<string, string | number> = {}) => {
    errors.push({ code, field, params });
  };

  for (const field of REQUIRED_FIELDS) {
    if (input[field] === undefined) fail('field_missing', field);
  }
  const shape = templateShape.safeParse(input);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      const field = issue.path[0];
      if (typeof field !== 'string' || !(field in templateShape.shape)) continue;
      if (input[field] === undefined) continue; // already reported as missing
      if (!errors.some((error) => error.field === field)) fail('field_type', field as TemplateField);
    }
    // Never report "invalid" without a reason the UI can show.
    if (errors.length === 0) errors.push({ code: 'not_an_object', params: {} });
    return { ok: false, errors };
  }
  if (errors.length) return { ok: false, errors };

  const raw = shape.data;
  const title = raw.title.normalize('NFC').trim();
  const body = raw.body.normalize('NFC');
  const tags = normalizeTags(raw.tags);
  const shortcut = raw.shortcut === undefined ? '' : normalizeShortcut(raw.shortcut);

  if (!ID_PATTERN.test(raw.id)) fail('id_invalid', 'id');
  if (!title) fail('title_required', 'title');
  else if (title.length > TEMPLATE_LIMITS.title) fail('title_too_long', 'title', { max: TEMPLATE_LIMITS.title, actual: title.length });
  if (!body.trim()) fail('body_required', 'body');
  else if (body.length > TEMPLATE_LIMITS.body) fail('body_too_long', 'body', { max: TEMPLATE_LIMITS.body, actual: body.length });
  if (tags.length > TEMPLATE_LIMITS.tags) fail('tags_too_many', 'tags', { max: TEMPLATE_LIMITS.tags, actual: tags.length });
  const longTag = tags.find((tag) => tag.length > TEMPLATE_LIMITS.tag);
  if (longTag !== undefined) fail('tag_too_long', 'tags', { max: TEMPLATE_LIMITS.tag, tag: longTag.slice(0, TEMPLATE_LIMITS.tag) + '…' });
  if (shortcut) {
    if (shortcut.length > TEMPLATE_LIMITS.shortcut) fail('shortcut_too_long', 'shortcut', { max: TEMPLATE_LIMITS.shortcut, actual: shortcut.length });
    else if (!SHORTCUT_PATTERN.test(shortcut)) fail('shortcut_invalid', 'shortcut', { shortcut });
    else if (otherShortcuts.has(shortcut)) fail('shortcut_taken', 'shortcut', { shortcut });
  }
  if (raw.language !== 'de' && raw.language !== 'en') fail('language_invalid', 'language', { language: raw.language.slice(0, 20) });
  if (raw.formality !== undefined && raw.formality !== 'sie' && raw.formality !== 'du') {
    fail('formality_invalid', 'formality', { formality: raw.formality.slice(0, 20) });
  }
  if (!Number.isInteger(raw.usageCount) || raw.usageCount < 0 || raw.usageCount > Number.MAX_SAFE_INTEGER) fail('count_invalid', 'usageCount');
  for (const field of ['createdAt', 'updatedAt', 'lastUsedAt'] as const) {
    const value = raw[field];
    if (value !== undefined && !isTimestamp(value)) fail('timestamp_invalid', field);
  }
  if (errors.length) return { ok: false, errors };

  const template: Template = {
    id: raw.id,
    title,
    body,
    tags,
    language: raw.language as TemplateLanguage,
    usageCount: raw.usageCount,
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
  };
  // Optional fields stay absent rather than undefined, so records compare and serialize cleanly.
  if (shortcut) template.shortcut = shortcut;
  if (raw.formality !== undefined) template.formality = raw.formality as TemplateFormality;
  if (raw.lastUsedAt !== undefined) template.lastUsedAt = raw.lastUsedAt;
  return { ok: true, template };
}
