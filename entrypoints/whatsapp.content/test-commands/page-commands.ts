/**
 * Test-build-only: records the 'zettel:open-overview' events the page-commands feature dispatches,
 * as the overview would receive them (same isolated world).
 * - `pageCommands.record` {handle?: boolean} → starts recording (handle = call preventDefault, as the overview does)
 * - `pageCommands.events` → the recorded details, oldest first
 */
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
}
