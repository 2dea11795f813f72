/**
 * Renames the open contact on the stage and measures, IN THE PAGE, when the new title shows in the
 * header and when the chat-list row showing the new title carries Zettel's flag badge (issue 19
 * point 2 names the bound: 300 ms). Timestamps come from a MutationObserver callback
 * (performance.now()) and a requestAnimationFrame counter, so the result does not depend on the
 * test runner's round trips. The watch lasts `watchMs` (longer than the adapter's settle time for a
 * rename without proof, so a badge that comes back only after it is seen as late).
 * Passed to page.evaluate as is: it must stay self-contained.
 */
export interface RenameTiming {
  /** performance.now() when the header first showed the new title; null if it never did. */
  titleAt: number | null;
  /**
   * performance.now() from when on the row with the new title held a flag badge without a gap until the
   * end of the watch (a badge left over from the old key and dropped a frame later does not count);
   * null when it has none at the end.
   */
  badgeAt: number | null;
  /** Animation frames counted when each was seen. */
  titleFrame: number | null;
  badgeFrame: number | null;
}

export function renameAndWatch(args: { key: string; title: string; watchMs: number }): Promise<RenameTiming> {
  const { key, title, watchMs } = args;
  const result: RenameTiming = { titleAt: null, badgeAt: null, titleFrame: null, badgeFrame: null };
  let frame = 0;
  let running = true;
  const tick = () => {
    frame++;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const headerShowsTitle = () => [...document.querySelectorAll('#main header [title], #main [title]')].some((el) => el.getAttribute('title') === title);
  const rowHasBadge = () =>
    [...document.querySelectorAll('#pane-side [title]')].some((el) => {
      if (el.getAttribute('title') !== title) return false;
      const row = el.closest('[role="row"][style], [role="listitem"], [style*="transform"]');
      return row?.querySelector('[data-zettel="chat-flag"]') != null;
    });
  return new Promise<RenameTiming>((resolve) => {
    const check = () => {
      const at = performance.now();
      if (result.titleAt === null && headerShowsTitle()) {
        result.titleAt = at;
        result.titleFrame = frame;
      }
      const badge = result.titleAt !== null && rowHasBadge();
      if (badge && result.badgeAt === null) {
        result.badgeAt = at;
        result.badgeFrame = frame;
      } else if (!badge && result.badgeAt !== null) {
        result.badgeAt = null;
        result.badgeFrame = null;
      }
    };
    const observer = new MutationObserver(check);
    const timeout = setTimeout(() => finish(), watchMs);
    const finish = () => {
      running = false;
      observer.disconnect();
      clearTimeout(timeout);
      resolve(result);
    };
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    (window as unknown as { __stage: { renameContact(key: string, title: string): void } }).__stage.renameContact(key, title);
    check();
  });
}
