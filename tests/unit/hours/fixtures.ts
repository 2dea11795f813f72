import { defaultOpeningHours, type OpeningHours, type WeeklyHours } from '../../../utils/hours';

/** Instants are always written with their offset, so no test depends on the machine's zone. */
export const at = (isoWithOffset: string): Date => new Date(isoWithOffset);

export const emptyWeek = (): WeeklyHours => ({ mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] });

/** The German default (Mon–Fri 7–12, 13–17) with some fields replaced. */
export function hoursWith(overrides: Partial<OpeningHours> = {}): OpeningHours {
  return { ...defaultOpeningHours(), ...overrides };
}

/** The default week with some days replaced. */
export function weekWith(days: Partial<WeeklyHours>): WeeklyHours {
  return { ...defaultOpeningHours().week, ...days };
}
