/**
 * Every setting Zettel knows: its key, the schema of its value and its default. Settings are rows of
 * the `settings` table (one row per key), so adding a setting needs no new database version — only a
 * new entry here. A stored value that no longer matches its schema reads as the default.
 */
import { z } from 'zod';
import { DEFAULT_MORNING_TIME } from '../reminders/morning-time.ts';

const clockTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Opening intervals of one weekday; an interval whose end is before its start runs past midnight. */
const dayIntervals = z.array(z.strictObject({ start: clockTime, end: clockTime })).max(8);

export const settingDefinitions = {
  /** A flagged chat turns "overdue" after this many hours of waiting. */
  'flags.overdueAfterHours': { schema: z.number().int().min(1).max(24 * 60), default: 24 },
  /** Sending a message in a flagged chat clears its flag (with undo). */
  'flags.autoClearOnSend': { schema: z.boolean(), default: true },
  /** Monday first; 7 entries. */
  'hours.weekly': {
    schema: z.array(dayIntervals).length(7),
    default: [
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '15:00' }],
      [],
      [],
    ],
  },
  'hours.timeZone': { schema: z.string().min(1).max(64), default: 'Europe/Berlin' },
  /** German federal state code (e.g. "BY") for public holidays; null = nationwide holidays only. */
  'hours.federalState': { schema: z.string().regex(/^[A-Z]{2}$/).nullable(), default: null },
  'hours.companyHolidays': {
    schema: z.array(z.strictObject({ from: isoDate, to: isoDate, name: z.string().max(100) })).max(200),
    default: [],
  },
  /** The away text (a template with placeholders); empty = the localized default text. */
  'away.text': { schema: z.string().max(5_000), default: '' },
  /** Opt-in automatic away reply (issue 11); the user confirms the exact text when enabling it. */
  'away.autoReply': {
    schema: z.strictObject({
      enabled: z.boolean(),
      confirmedText: z.string().max(5_000).nullable(),
      enabledAt: z.number().int().min(0).nullable(),
      maxPerHour: z.number().int().min(1).max(60),
    }),
    default: { enabled: false, confirmedText: null, enabledAt: null, maxPerHour: 10 },
  },
  /** The pins bar above the chat list is folded to its header line. */
  'pins.collapsed': { schema: z.boolean(), default: false },
  /** The company name that fills {Firma} / {Company} in reply templates; empty = asked for when used. */
  'templates.company': { schema: z.string().max(200), default: '' },
  /** "HH:MM" of the reminder presets "tomorrow" and "next Monday" (local time). */
  'reminders.morningTime': { schema: clockTime, default: DEFAULT_MORNING_TIME },
  /** Feature ids the user switched off. */
  'features.disabled': { schema: z.array(z.string().max(64)).max(100), default: [] },
} as const satisfies Record<string, { schema: z.ZodType; default: unknown }>;

export type SettingKey = keyof typeof settingDefinitions;
export type SettingValue<K extends SettingKey> = z.infer<(typeof settingDefinitions)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(settingDefinitions, key);
}

export function defaultSettings(): Settings {
  const result: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(settingDefinitions)) {
    result[key] = structuredClone(definition.default);
  }
  return result as Settings;
}
