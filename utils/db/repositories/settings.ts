/** Typed settings, one row per key; definitions and defaults live in ../settings.ts. */
import { z } from 'zod';
import { DataError, parseInput } from '../errors.ts';
import type { ZettelDatabase } from '../schema.ts';
import { defaultSettings, isSettingKey, settingDefinitions, type SettingKey, type Settings } from '../settings.ts';
import { now } from './clock.ts';

export const updateSettingInput = z.strictObject({ key: z.string(), value: z.unknown() });

/** All settings; a stored value that does not fit its definition (e.g. hand-edited) reads as the default. */
export async function getSettings(db: ZettelDatabase): Promise<Settings> {
  const settings: Record<string, unknown> = defaultSettings();
  for (const row of await db.settings.toArray()) {
    if (!isSettingKey(row.key)) continue;
    const parsed = settingDefinitions[row.key].schema.safeParse(row.value);
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
}

export async function updateSetting<K extends SettingKey>(
  db: ZettelDatabase,
  input: { key: K; value: Settings[K] },
): Promise<{ key: K; value: Settings[K] }> {
  const { key, value } = parseInput(updateSettingInput, input);
  if (!isSettingKey(key)) throw new DataError('invalid-input', `unknown setting ${JSON.stringify(key)}`);
  const parsed = parseInput(settingDefinitions[key].schema, value);
  await db.transaction('rw', db.settings, () => db.settings.put({ key, value: parsed, updatedAt: now() }));
  return { key: key as K, value: parsed as Settings[K] };
}
