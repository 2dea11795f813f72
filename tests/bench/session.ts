/**
 * The scripted heavy session of the overhead benchmark, the same step for step with and without
 * Zettel: scroll the chat list end to end, open chats, receive messages, type in the compose box.
 * The page-side steps run inside the page (one evaluate each), paced by animation frames as a user's
 * scrolling and WhatsApp's incoming messages would be; typing goes through real key events.
 */
import type { Page } from '@playwright/test';
import type { StageProfile } from '../stage/serve.ts';

export interface SessionSize {
  chats: number;
  /** The WhatsApp build profile of the stage (default: the stage's, current-2026). */
  profile?: StageProfile;
  /** Scroll step as a fraction of the list's visible height (1 = a page per frame). */
  scrollStep: number;
  openChats: number;
  messages: number;
  typedText: string;
}

export const FULL_SESSION: SessionSize = {
  chats: 5_000,
  scrollStep: 0.5,
  openChats: 50,
  messages: 500,
  typedText: 'Guten Tag Frau Müller, der Termin am Donnerstag um 8 Uhr passt. Wir bringen das Material mit. Viele Grüße, Elektro Schmidt',
};

export const QUICK_SESSION: SessionSize = { ...FULL_SESSION, scrollStep: 1, openChats: 15, messages: 150 };

type StageWindow = {
  __stage: {
    chats(): Array<{ key: string; title: string }>;
    openChat(key: string): Promise<void>;
    receiveMessage(key: string, text: string): string;
  };
};

/** In the page: scrolls the chat list from top to bottom, one step per frame, then back to the top. */
export async function scrollListEndToEnd(step: number): Promise<number> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const pane = document.querySelector<HTMLElement>('#pane-side');
  if (!pane) throw new Error('no chat list');
  let steps = 0;
  pane.scrollTop = 0;
  await frame();
  while (pane.scrollTop + pane.clientHeight < pane.scrollHeight - 1) {
    pane.scrollTop += Math.max(1, Math.round(pane.clientHeight * step));
    steps += 1;
    await frame();
  }
  pane.scrollTop = 0;
  await frame();
  return steps;
}

/** In the page: opens `count` chats spread over the whole list (as a user jumping around would). */
export async function openChatsSpread(count: number): Promise<string[]> {
  const stage = (window as unknown as StageWindow).__stage;
  const chats = stage.chats();
  const stride = Math.max(1, Math.floor(chats.length / Math.max(1, count)));
  const opened: string[] = [];
  for (let i = 0; i < count && i * stride < chats.length; i += 1) {
    const key = chats[(i * stride * 7919) % chats.length]!.key; // a fixed shuffle, the same in both modes
    await stage.openChat(key);
    opened.push(key);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return opened;
}

/**
 * In the page: `count` incoming messages, one per frame, every third into the open chat and the rest
 * spread over the list (each moves its chat to the top, as on WhatsApp).
 */
export async function receiveMessages(input: { count: number; openKey: string | null }): Promise<void> {
  const stage = (window as unknown as StageWindow).__stage;
  const chats = stage.chats();
  for (let i = 0; i < input.count; i += 1) {
    const key = input.openKey && i % 3 === 0 ? input.openKey : chats[(i * 104_729) % chats.length]!.key;
    stage.receiveMessage(key, `Nachricht ${i + 1}: Können Sie morgen früh vorbeikommen?`);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

/** Types into the open chat's compose box with real key events, then clears the draft (never sends). */
export async function typeInComposer(page: Page, text: string): Promise<void> {
  const box = page.locator('footer [contenteditable="true"]').first();
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
}

export interface SessionSteps {
  scrollSteps: number;
  opened: number;
}

/** The whole session on a stage page that is open and ready. */
export async function runHeavySession(page: Page, size: SessionSize): Promise<SessionSteps> {
  const scrollSteps = await page.evaluate(scrollListEndToEnd, size.scrollStep);
  const opened = await page.evaluate(openChatsSpread, size.openChats);
  await page.evaluate(receiveMessages, { count: size.messages, openKey: opened[opened.length - 1] ?? null });
  if (opened.length > 0) await typeInComposer(page, size.typedText);
  return { scrollSteps, opened: opened.length };
}
