/**
 * 5,000 chats, 50 of them flagged, spread over the list; the list is scrolled end to end twice, in
 * steps that recycle row elements. At every step — in the first frame after the scroll, before it is
 * painted, and again two frames later (no waiting, no retry: the badge must be there when the row is) —
 * every row in the DOM shows a badge if and only if its chat is flagged, by the stage's truth of which
 * chat each pooled element shows.
 */
import { test, expect } from './fixtures';
import { nextFrames, rowMarks, stageChats, type W } from './chat-marks-support.ts';

test('5,000 chats: a badge on every flagged row and on no other, scrolling end to end twice', async ({ page, stage, zettel }) => {
  test.setTimeout(420_000);
  await stage.open({ chats: 5000 });
  await zettel.booted();
  const chats = await stageChats(page);
  expect(chats.length).toBe(5000);
  const flagged = new Set<string>();
  for (let i = 0; i < 50; i++) {
    const chat = chats[Math.min(chats.length - 1, i * 100 + (i % 7) * 3)]!;
    flagged.add(chat.title);
    await zettel.query('db.request', { op: 'flagChat', input: { chatKey: `title:${chat.title}`, waitingSince: Date.now() - i * 3_600_000 } });
  }
  expect(flagged.size).toBe(50);

  const scroller = page.locator('#pane-side');
  const { scrollHeight, clientHeight } = await scroller.evaluate((el) => ({ scrollHeight: el.scrollHeight, clientHeight: el.clientHeight }));
  // The first flags reach the page through the live subscription.
  await expect.poll(async () => (await rowMarks(page)).filter((row) => row.flag).length).toBeGreaterThan(0);

  let checkedRows = 0;
  let badgesSeen = 0;
  for (let pass = 0; pass < 2; pass++) {
    const positions: number[] = [];
    // Steps that are not a multiple of the row height, down then back up.
    for (let y = 0; y < scrollHeight - clientHeight; y += 7_919) positions.push(y);
    positions.push(scrollHeight - clientHeight);
    for (let y = scrollHeight - clientHeight - 977; y > 0; y -= 14_011) positions.push(y);
    positions.push(0);
    for (const y of positions) {
      // Read the rows in the first animation frame after the scroll, before it is painted: the
      // adapter's frame callback (queued by its observer) runs just before this one.
      const inFrame = await scroller.evaluate(
        (el, top) =>
          new Promise<Array<{ title: string; flagged: boolean }>>((resolve) => {
            el.scrollTop = top;
            el.dispatchEvent(new Event('scroll'));
            queueMicrotask(() =>
              requestAnimationFrame(() => {
                const truth = (window as unknown as W).__stage.rowTruth();
                const items = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="transform"]')];
                const byTop = new Map(items.map((item) => [new DOMMatrixReadOnly(item.style.transform).m42, item]));
                resolve(truth.map((row) => ({ title: row.title, flagged: byTop.get(row.top)?.querySelector('[data-zettel="chat-flag"]') != null })));
              }),
            );
          }),
        y,
      );
      const notInFrame = inFrame.filter((row) => row.flagged !== flagged.has(row.title)).map((row) => `${row.title} ${row.flagged ? 'has a badge' : 'has no badge'}`);
      expect(notInFrame, `in the frame after scrolling to ${y}, pass ${pass + 1}`).toEqual([]);
      await nextFrames(page);
      const rows = await rowMarks(page);
      const wrong = rows
        .filter((row) => (row.flag !== null) !== flagged.has(row.title))
        .map((row) => `${row.top}: ${row.title} ${row.flag ? 'has a badge' : 'has no badge'}`);
      expect(wrong, `at scrollTop ${y}, pass ${pass + 1}`).toEqual([]);
      checkedRows += rows.length;
      badgesSeen += rows.filter((row) => row.flag).length;
    }
  }
  expect(checkedRows).toBeGreaterThan(1_200);
  expect(badgesSeen).toBeGreaterThan(50);
});
