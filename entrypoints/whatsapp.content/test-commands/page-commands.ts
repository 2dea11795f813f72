/**
 * Test-build-only: records the 'zettel:open-overview' events the page-commands feature dispatches,
 * as the overview would receive them (same isolated world).
 * - `pageCommands.record` {handle?: boolean} → starts recording (handle = call preventDefault, as the overview does)
 * - `pageCommands.events` → the recorded details, oldest first
 * - `i18n.setLanguage` {language: 'auto'|'de'|'en'} → stores the choice as the options page does
 *   (for browsers where a test cannot open the options page: Firefox)
 */
import { isLanguageChoice, saveLanguageChoice } from '../../../utils/i18n.ts';
import { OPEN_OVERVIEW, type OpenOverviewDetail } from '../../../utils/messaging/page-commands.ts';
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
      document.addEventListener(OPEN_OVERVIEW, (event) => {
        events.push((event as CustomEvent<OpenOverviewDetail>).detail);
        if (handle) event.preventDefault();
      });
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
