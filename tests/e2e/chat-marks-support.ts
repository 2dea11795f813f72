/**
 * Helpers for the flag/label/reminder e2e specs: what every chat-list row shows, read from the DOM
 * and paired with the stage's truth (which chat each pooled row element is bound to).
 */
import type { Page } from '@playwright/test';
import type { StageApi } from '../stage/src/api.ts';

export type W = { __stage: StageApi };

export interface RowMarks {
  top: number;
  key: string;
  title: string;
  flag: { state: string | null; text: string; overdue: string | null } | null;
  labels: string[];
  more: string | null;
}

/** Every row element in the chat list with the stage's truth and the Zettel marks inside it. */
export function rowMarks(page: Page): Promise<RowMarks[]> {
  return page.evaluate(() => {
    const truth = (window as unknown as W).__stage.rowTruth();
    const items = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="transform"]')];
    const byTop = new Map(items.map((item) => [new DOMMatrixReadOnly(item.style.transform).m42, item]));
    return truth
      .map((row) => {
        const item = byTop.get(row.top);
        const flag = item?.querySelector<HTMLElement>('[data-zettel="chat-flag"]') ?? null;
        return {
          ...row,
          flag: flag ? { state: flag.getAttribute('data-state'), text: flag.textContent ?? '', overdue: flag.getAttribute('data-overdue') } : null,
          labels: [...(item?.querySelectorAll('[data-zettel="chat-label"]') ?? [])].map((chip) => chip.textContent ?? ''),
          more: item?.querySelector('[data-zettel="chat-label-more"]')?.textContent ?? null,
        };
      })
      .sort((a, b) => a.top - b.top);
  });
}

export async function rowOf(page: Page, title: string): Promise<RowMarks | undefined> {
  return (await rowMarks(page)).find((row) => row.title === title);
}

export function stageChats(page: Page) {
  return page.evaluate(() => (window as unknown as W).__stage.chats());
}

export function openChat(page: Page, key: string): Promise<void> {
  return page.evaluate((k) => (window as unknown as W).__stage.openChat(k), key);
}

export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}
