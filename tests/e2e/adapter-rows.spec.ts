/**
 * Chat-list rows on a 5,000-chat list, both profiles: scrolling end to end in steps, the adapter's row
 * mapping (read now, and as left by its onRows events on recycled elements) equals the stage's truth
 * for every reported row at every step.
 */
import type { Page } from '@playwright/test';
import type { StageApi } from '../stage/src/api.ts';
import { test, expect } from './fixtures';

type W = { __stage: StageApi };
interface Row {
  top: number;
  key: string;
  title: string;
}

async function truth(page: Page): Promise<Row[]> {
  return (await page.evaluate(() => (window as unknown as W).__stage.rowTruth())).sort((a, b) => a.top - b.top);
}

/** The adapter keys a row by title, or by `jid:` once it learned the JID; either must name the stage's chat. */
function sameChat(row: Row, expected: Row | undefined): boolean {
  if (!expected || row.title !== expected.title) return false;
  return row.key === `title:${expected.title}` || row.key === `jid:${expected.key}`;
}

function mismatches(rows: Row[], expected: Row[]): string[] {
  const byTop = new Map(expected.map((row) => [row.top, row]));
  return rows.filter((row) => !sameChat(row, byTop.get(row.top))).map((row) => `${row.top}: ${row.title} (${row.key}) ≠ ${JSON.stringify(byTop.get(row.top))}`);
}

async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

test.describe('adapter: recycled chat-list rows', () => {
  test('scrolling 5,000 chats end to end keeps rows equal to the truth at every step', async ({ page, stage, zettel }) => {
    test.setTimeout(180_000);
    await stage.open({ chats: 5000 });
    await zettel.booted();
    // Open a chat so legacy rows can be keyed by a learned JID too.
    await page.evaluate(async () => {
      const stage = (window as unknown as W).__stage;
      await stage.openChat(stage.chats()[2]!.key);
    });
    const scroller = page.locator('#pane-side');
    const { scrollHeight, clientHeight } = await scroller.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
    expect(scrollHeight).toBeGreaterThan(5000 * 70);
    // Steps that are not a multiple of the row height, plus some jumps back, so nodes get recycled.
    const positions: number[] = [];
    for (let y = 0; y < scrollHeight - clientHeight; y += 5917) positions.push(y);
    positions.push(scrollHeight - clientHeight, 180_000, 1234, 0);

    let checked = 0;
    for (const y of positions) {
      await scroller.evaluate((el, top) => {
        el.scrollTop = top;
        el.dispatchEvent(new Event('scroll'));
      }, y);
      await nextFrames(page);
      const expected = await truth(page);
      const rows = await zettel.query<Row[]>('rows');
      expect(rows.length, `rows at ${y}`).toBe(expected.length);
      expect(mismatches(rows, expected), `rows at ${y}`).toEqual([]);
      // The event path: what a decorating feature learned from onRows on these recycled nodes.
      await expect.poll(async () => mismatches(await zettel.query<Row[]>('observedRows'), await truth(page)), { message: `observed rows at ${y}`, timeout: 2000 }).toEqual([]);
      expect((await zettel.query<Row[]>('observedRows')).length).toBe(expected.length);
      checked += rows.length;
    }
    expect(checked).toBeGreaterThan(positions.length * 8);
    const stats = await zettel.query<{ batches: number; records: number; busyMs: number }>('stats');
    console.log(`adapter cost over ${positions.length} scroll steps: ${JSON.stringify(stats)}`);
    // A coarse smoke bound (this machine runs other suites in parallel); the benchmark measures properly.
    expect(stats.busyMs / positions.length).toBeLessThan(16);
  });
});
