/**
 * The opening-hours settings as the page sees them, kept live through the data client (DESIGN §1):
 * validated OpeningHours (null while loading or when the stored values do not pass validation), the
 * away text as it will be used, and the auto-reply setting.
 */
import { openingHoursFromSettings, effectiveAwayText, type Locale, type OpeningHours } from '../../../../utils/hours/index.ts';
import { getDataClient } from '../../../../utils/messaging/content-client.ts';
import type { Settings } from '../../../../utils/messaging/protocol.ts';

export interface LiveHours {
  /** null: not loaded yet, or invalid (then `invalid` is true). */
  hours: OpeningHours | null;
  invalid: boolean;
  awayText: string;
  autoReply: Settings['away.autoReply'];
}

export function watchHours(locale: Locale, signal: AbortSignal, onChange: (live: LiveHours) => void, onError: (error: Error) => void): void {
  const stop = getDataClient().subscribe(
    'getSettings',
    undefined,
    (settings) => {
      const parsed = openingHoursFromSettings(settings, locale);
      onChange({
        hours: parsed.ok ? parsed.value : null,
        invalid: !parsed.ok,
        awayText: effectiveAwayText(settings['away.text'], locale),
        autoReply: settings['away.autoReply'],
      });
    },
    onError,
  );
  signal.addEventListener('abort', stop, { once: true });
}
