/**
 * Test-build-only commands of the opening-hours features (registered only under
 * `import.meta.env.MODE === 'test'`; the clock override is inert in other builds, see clock.ts).
 *
 * - `clock.set` { iso } → sets the hours clock to that instant (it keeps running); returns the new now
 * - `clock.reset` → back to the machine's clock
 * - `clock.now` → the hours clock's ISO time
 * - `away.state` → { autoReplyEnabled }: the auto-reply setting as the running feature last received it
 * - `away.watching` → { title, lastRawId }: the chat and last message whose list the away reply follows now (a message
 *   that arrives before Zettel has seen the chat's list is history, by design: see incoming.ts)
 * - `away.decisions` → what the away-reply feature decided for each new incoming message, oldest first
 */
import { hoursNow, setHoursClock } from '../features/hours-status/clock.ts';
import { awayLiveState, recentAwayDecisions } from '../features/away-reply/index.ts';
import { watchedChat } from '../features/away-reply/incoming.ts';
import { registerTestCommand } from '../test-bridge.ts';

export function registerHoursTestCommands(): void {
  registerTestCommand('clock.set', (args) => {
    const iso = (args as { iso?: unknown } | null)?.iso;
    const instant = new Date(String(iso));
    if (Number.isNaN(instant.getTime())) throw new Error(`clock.set: bad instant ${String(iso)}`);
    setHoursClock(instant);
    return hoursNow().toISOString();
  });
  registerTestCommand('clock.reset', () => {
    setHoursClock(null);
    return hoursNow().toISOString();
  });
  registerTestCommand('clock.now', () => hoursNow().toISOString());
  registerTestCommand('away.state', () => ({ ...awayLiveState }));
  registerTestCommand('away.watching', () => ({ ...watchedChat }));
  registerTestCommand('away.decisions', () => [...recentAwayDecisions]);
}
