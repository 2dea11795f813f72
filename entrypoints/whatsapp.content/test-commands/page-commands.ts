/**
 * Test-build-only: records the open-overview requests the page-commands feature relays, as the
 * overview receives them (a handler on the content script's own registry, features/page-commands/
 * open-overview.ts).
 * - `pageCommands.record` {handle?: boolean} → starts recording (handle = report it handled, as the overview does)
 * - `pageCommands.events` → the recorded details, oldest first
 * - `i18n.setLanguage` {language: 'auto'|'de'|'en'} → stores the choice as the options page does
 *   (for browsers where a test cannot open the options page: Firefox)
 */
import { isLanguageChoice, saveLanguageChoice } from '../../../utils/i18n.ts';
import type { OpenOverviewDetail } from '../../../utils/messaging/page-commands.ts';
import { handleOpenOverview } from '../features/page-commands/open-overview.ts';
import { registerTestCommand } from '../test-bridge.ts';

export function registerPageCommandTestCommands(): void {
  const events: OpenOverviewDetail[] = [];
  let handle = false;
  let listening = false;
  registerTestCommand('pageCommands.record', (args) => {
    handle = Boolean(args && typeof args === 'object' && (args as { handle?: unknown }).handle);
    events.length = 0;
    if (!listening) {
      listening = true;
      handleOpenOverview((detail) => {
        events.push(detail);
        return handle;
      }, new AbortController().signal);
    }
    return true;
  });
  registerTestCommand('pageCommands.events', () => events);
  registerTestCommand('i18n.setLanguage', async (args) => {
    const language = args && typeof args === 'object' ? (args as { language?: unknown }).language : undefined;
    if (!isLanguageChoice(language)) throw new Error(`not a language choice: ${String(language)}`);
    await saveLanguageChoice(language);
    return language;
  });
}
