/**
 * The clock the opening-hours features read. In the store build it is the machine's clock. Test builds
 * can shift it (test command `clock.set`, test-commands/hours.ts): Playwright's page.clock does not
 * reach a content script's isolated world, and the chip and the away reply must be tested at 17:05 on
 * a Friday whatever the time of the test run. The shifted clock keeps running, so timers still fire.
 */
type Listener = () => void;

let offsetMs = 0;
const listeners = new Set<Listener>();

export function hoursNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Test builds only: from now on the clock reads `instant` and runs on from there. */
export function setHoursClock(instant: Date | null): void {
  if (import.meta.env.MODE !== 'test') return;
  offsetMs = instant ? instant.getTime() - Date.now() : 0;
  for (const listener of [...listeners]) listener();
}

/** Called when the clock was set (tests); timers computed from the old time must be set again. */
export function onHoursClockChange(listener: Listener, signal: AbortSignal): void {
  if (signal.aborted) return;
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/** The longest a timer waits before the caller looks again (a sleeping laptop delays timers). */
const MAX_WAIT_MS = 60 * 60 * 1000;

/**
 * Calls `callback` at `instant` on the hours clock (or after an hour at the latest, so a laptop waking
 * from sleep catches up). Returns a cancel function; the signal cancels too.
 */
export function atHoursTime(instant: Date, callback: () => void, signal: AbortSignal): () => void {
  const wait = Math.min(MAX_WAIT_MS, Math.max(0, instant.getTime() - hoursNow().getTime()));
  const timer = setTimeout(callback, wait + 50);
  const cancel = () => clearTimeout(timer);
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}
