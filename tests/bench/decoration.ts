/**
 * Part 2, decoration latency: how long after a flagged (or labelled) chat appears in a chat-list row
 * its Zettel mark is in place, while the 5,000-chat list is scrolled end to end.
 *
 * Measured in the page (main world) by one MutationObserver on the chat list: a row "shows a chat"
 * from the moment its title changes (a recycled row) or it is inserted (a new pool node); the mark is
 * "in place" when the row holds Zettel's `chat-flag` for that chat / a `chat-label`. Both moments are
 * the observer's callback time (the microtask right after the mutating task), so the latency is the
 * page's own clock from WhatsApp's change to Zettel's. A row that changes chat again before its mark
 * arrived counts as missed.
 */
import type { Page } from '@playwright/test';
import { scrollListEndToEnd } from './session.ts';
import { distribution, type Distribution } from './stats.ts';

interface DecorationState {
  flagLatencies: number[];
  labelLatencies: number[];
  /** Per mark: paints between the row's change and the mark (0 = painted together). */
  framesLate: number[];
  missed: number;
  observer: MutationObserver;
  running: boolean;
}

type DecorationWindow = { __zettelBenchDecoration?: DecorationState };

/** In the page: starts watching rows of the chat list for the given flagged / labelled titles. */
export function startDecorationProbe(input: { flagged: string[]; labelled: string[] }): void {
  const flagged = new Set(input.flagged);
  const labelled = new Set(input.labelled);
  const pane = document.querySelector('#pane-side');
  if (!pane) throw new Error('no chat list');
  const ROW = '[data-testid^="list-item-"]';
  const titleOf = (row: Element) => (row.querySelector('[data-testid="cell-frame-title"] span[title]') ?? row.querySelector('span[dir="auto"][title]'))?.getAttribute('title') ?? null;
  const lastTitle = new WeakMap<Element, string | null>();
  type Pending = { title: string; since: number; paint: number; flag: boolean; label: boolean };
  const pending = new Map<Element, Pending>();
  const state: DecorationState = { flagLatencies: [], labelLatencies: [], framesLate: [], missed: 0, observer: null as unknown as MutationObserver, running: true };
  // Counts paints: a message posted from an animation frame callback runs after that frame was
  // rendered, so the counter changes exactly between two paints (robust to a slow, shared CPU).
  let paints = 0;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    paints += 1;
    if (state.running) requestAnimationFrame(() => channel.port2.postMessage(null));
  };
  requestAnimationFrame(() => channel.port2.postMessage(null));

  const flagInPlace = (row: Element, title: string) => {
    const badge = row.querySelector('[data-zettel="chat-flag"]');
    const chat = badge?.getAttribute('data-zettel-chat') ?? '';
    return badge !== null && (chat === `title:${title}` || chat.startsWith('jid:'));
  };
  // Chips carry no chat; the flag action of the same row names its chat, so chips count once Zettel rendered this row for this title.
  const labelInPlace = (row: Element, title: string) =>
    row.querySelector('[data-zettel="chat-label"]') !== null && (row.querySelector('[data-zettel-action="toggle-flag"]')?.getAttribute('aria-label') ?? '').includes(title);

  state.observer = new MutationObserver((records) => {
    const now = performance.now();
    const touched = new Set<Element>();
    for (const record of records) {
      const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
      const row = target?.closest(ROW);
      if (row) touched.add(row);
      for (const node of record.addedNodes) if (node.nodeType === 1 && (node as Element).matches(ROW)) touched.add(node as Element);
    }
    for (const row of touched) {
      const title = titleOf(row);
      if (title === lastTitle.get(row)) continue;
      lastTitle.set(row, title);
      if (pending.delete(row)) state.missed += 1;
      if (title && (flagged.has(title) || labelled.has(title))) pending.set(row, { title, since: now, paint: paints, flag: flagged.has(title), label: labelled.has(title) });
    }
    for (const [row, wait] of pending) {
      if (wait.flag && flagInPlace(row, wait.title)) {
        state.flagLatencies.push(now - wait.since);
        state.framesLate.push(paints - wait.paint);
        wait.flag = false;
      }
      if (wait.label && labelInPlace(row, wait.title)) {
        state.labelLatencies.push(now - wait.since);
        state.framesLate.push(paints - wait.paint);
        wait.label = false;
      }
      if (!wait.flag && !wait.label) pending.delete(row);
    }
  });
  state.observer.observe(pane, { subtree: true, childList: true, characterData: true, attributes: true });
  (window as unknown as DecorationWindow).__zettelBenchDecoration = state;
}

/** In the page: stops the probe; rows still waiting count as missed. */
export function stopDecorationProbe(): { flagLatencies: number[]; labelLatencies: number[]; framesLate: number[]; missed: number } {
  const state = (window as unknown as DecorationWindow).__zettelBenchDecoration;
  if (!state) throw new Error('decoration probe not started');
  state.observer.disconnect();
  state.running = false;
  return { flagLatencies: state.flagLatencies, labelLatencies: state.labelLatencies, framesLate: state.framesLate, missed: state.missed };
}

export interface DecorationResult {
  flag: Distribution;
  label: Distribution;
  /** Rows that showed a marked chat and changed again (or the run ended) before the mark came. */
  missed: number;
  /** Share of marks in place within 16 ms of their row. */
  withinFrame: number;
  /** Share of marks painted in the same frame as their row (no paint in between). */
  samePaint: number;
  /** The most paints a mark came after its row. */
  maxFramesLate: number;
  scrollSteps: number;
}

/** Scrolls the chat list end to end on a stage page where Zettel runs and the marks are seeded. */
export async function measureDecoration(page: Page, marked: { flagged: string[]; labelled: string[] }, scrollStep: number): Promise<DecorationResult> {
  await page.evaluate(startDecorationProbe, marked);
  const scrollSteps = await page.evaluate(scrollListEndToEnd, scrollStep);
  const seen = await page.evaluate(stopDecorationProbe);
  const all = [...seen.flagLatencies, ...seen.labelLatencies];
  return {
    flag: distribution(seen.flagLatencies),
    label: distribution(seen.labelLatencies),
    missed: seen.missed,
    withinFrame: all.length ? all.filter((ms) => ms <= 16).length / all.length : Number.NaN,
    samePaint: seen.framesLate.length ? seen.framesLate.filter((late) => late === 0).length / seen.framesLate.length : Number.NaN,
    maxFramesLate: seen.framesLate.length ? Math.max(...seen.framesLate) : Number.NaN,
    scrollSteps,
  };
}
