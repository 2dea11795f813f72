/**
 * Per-message markers on the stage, both profiles (docs/markers.md): mark an incoming message (pointer)
 * and an outgoing one (keyboard); the markers survive a reload and a full re-render; the chat's row
 * shows the roll-up badge; resolve from the marker. Jump to a marker 2,000 messages up in the
 * 10,000-message chat (lazy loading happens), a missing message gives the notice, a long search can be
 * cancelled. Hostile message text and notes are marked and shown as text, never as markup.
 */
import type { Locator, Page } from '@playwright/test';
import { bridgeQuery } from '../support/bridge.ts';
import { test, expect, type StageHandle, type ZettelHandle } from './fixtures';
import { openChat, rowOf, stageChats, type W } from './chat-marks-support.ts';

interface StageMessage {
  id: string;
  dataId: string;
  fromMe: boolean;
  text: string;
  kind: string;
}

interface StoredMarker {
  chatKey: string;
  messageId: string;
  color: string;
  note: string;
  snippet: string;
  sender: string;
  sentAt: number | null;
  status: string;
}

interface JumpAnswer {
  status: string;
  loaded: number;
  pages: number;
  progress: number;
  inView: boolean;
  highlighted: boolean;
}

const messagesOf = (page: Page, key: string) => page.evaluate((k) => (window as unknown as W).__stage.messages(k) as StageMessage[], key);
const wrapper = (page: Page, message: StageMessage) => page.locator(`[data-id="${message.dataId}"]`);
const chipIn = (message: Locator) => message.locator('[data-zettel="message-marker"]');

function jump(page: Page, args: { chatKey: string; messageId: string; title?: string; maxMessages?: number }): Promise<JumpAnswer> {
  return page.evaluate(bridgeQuery, { cmd: 'markers.jump', args, timeoutMs: 90_000 }) as Promise<JumpAnswer>;
}

async function markers(zettel: { query<T>(cmd: string, args?: unknown): Promise<T> }): Promise<StoredMarker[]> {
  return zettel.query<StoredMarker[]>('db.request', { op: 'listMarkers', input: {} });
}

/** The action's opacity: it shows on hover / focus only. */
const actionOpacity = (message: Locator) => message.locator('[data-zettel-action="mark-message"]').evaluate((el) => getComputedStyle(el).opacity);

async function currentKey(zettel: { query<T>(cmd: string, args?: unknown): Promise<T> }): Promise<string> {
  let key = '';
  await expect.poll(async () => (key = (await zettel.query<{ key: string } | null>('currentChat'))?.key ?? '')).not.toBe('');
  return key;
}

/** The stage with Zettel running and the chat the marker tests use open. */
async function openFamilyChat(page: Page, stage: StageHandle, zettel: ZettelHandle) {
  await stage.open();
  await zettel.booted();
  const chats = await stageChats(page);
  const chat = chats.find((c) => c.title === 'Familie Özdemir') ?? chats[3]!;
  await openChat(page, chat.key);
  return chat;
}

test.describe('markers', () => {
  test('mark incoming (pointer) and outgoing (keyboard); reload, re-render, roll-up badge, resolve', async ({ page, stage, zettel }) => {
    const chat = await openFamilyChat(page, stage, zettel);
    const history = await messagesOf(page, chat.key);
    const rendered = history.slice(-30);
    const incoming = [...rendered].reverse().find((m) => !m.fromMe && m.text)!;
    const outgoing = [...rendered].reverse().find((m) => m.fromMe && m.text)!;
    expect(incoming && outgoing).toBeTruthy();

    // Incoming, with the pointer: the action appears on hover, opens the menu; a label and a note.
    const inMessage = wrapper(page, incoming);
    await inMessage.scrollIntoViewIfNeeded();
    await inMessage.hover();
    const inAction = inMessage.locator('[data-zettel-action="mark-message"]');
    await expect(inAction).toHaveAccessibleName('Nachricht markieren');
    await expect.poll(() => actionOpacity(inMessage)).toBe('1');
    await inAction.click();
    const menu = page.locator('[data-zettel="marker-menu"]');
    await expect(menu).toBeVisible();
    await menu.getByRole('radio', { name: 'Angebot' }).check();
    await menu.locator('[data-zettel="marker-note"]').fill('Rückruf bis Freitag');
    await menu.locator('[data-zettel-action="save-marker"]').click();
    await expect(menu).toBeHidden();
    const inChip = chipIn(inMessage);
    await expect(inChip).toHaveAttribute('data-state', 'open');
    await expect(inChip).toContainText('Angebot · Rückruf bis Freitag');
    await expect(inChip).toHaveAccessibleName('Markierte Nachricht (offen)');

    // Outgoing, with the keyboard: focus the message, Tab to the action, Enter, Enter saves.
    const outMessage = wrapper(page, outgoing);
    await outMessage.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await expect(outMessage.locator('[data-zettel-action="mark-message"]')).toHaveCount(0); // one action, where the user is
    await outMessage.focus();
    const outAction = outMessage.locator('[data-zettel-action="mark-message"]');
    await expect.poll(() => actionOpacity(outMessage)).toBe('1');
    await page.keyboard.press('Tab');
    await expect(outAction).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toBeVisible();
    await menu.locator('[data-zettel="marker-note"]').focus();
    await page.keyboard.type('Material bestellen');
    await page.keyboard.press('Enter');
    await expect(menu).toBeHidden();
    await expect(chipIn(outMessage)).toContainText('Markiert · Material bestellen');
    await expect(outAction).toBeFocused(); // focus went back to the action

    // Stored: chat + bare id, text snippet, sender and time from the page.
    await expect.poll(async () => (await markers(zettel)).length).toBe(2);
    const stored = await markers(zettel);
    const storedIn = stored.find((m) => m.messageId === incoming.id)!;
    const storedOut = stored.find((m) => m.messageId === outgoing.id)!;
    expect(storedIn).toMatchObject({ snippet: incoming.text.replace(/\s+/g, ' ').trim(), note: 'Rückruf bis Freitag', status: 'open', sender: 'Familie Özdemir' });
    expect(storedOut).toMatchObject({ snippet: outgoing.text.replace(/\s+/g, ' ').trim(), sender: 'Elektro Schmidt', color: '#f5a623' });
    expect(storedIn.sentAt).toEqual(expect.any(Number));
    expect(storedIn.chatKey).toBe(await currentKey(zettel));

    // Roll-up: the chat's row shows 2 open markers.
    const badge = async () =>
      page.evaluate((title) => {
        const truth = (window as unknown as W).__stage.rowTruth().find((r) => r.title === title);
        const item = [...document.querySelectorAll<HTMLElement>('#pane-side [style*="transform"]')].find((el) => new DOMMatrixReadOnly(el.style.transform).m42 === truth?.top);
        const mark = item?.querySelector('[data-zettel="chat-marker-badge"]');
        return mark ? { count: mark.getAttribute('data-count'), label: mark.getAttribute('aria-label') } : null;
      }, chat.title);
    await expect.poll(badge).toEqual({ count: '2', label: '2 offene Markierungen – noch zu beantworten. Zur ältesten offenen Markierung springen' });

    // Reload: both markers come back once the chat is opened.
    await stage.reload();
    await zettel.booted();
    await expect.poll(badge).toEqual({ count: '2', label: '2 offene Markierungen – noch zu beantworten. Zur ältesten offenen Markierung springen' });
    await openChat(page, chat.key);
    await expect(chipIn(wrapper(page, incoming))).toContainText('Angebot · Rückruf bis Freitag');
    await expect(chipIn(wrapper(page, outgoing))).toContainText('Material bestellen');

    // Full re-render: every node is new; the markers are placed again.
    const before = await chipIn(wrapper(page, incoming)).elementHandle();
    await page.evaluate(() => (window as unknown as W).__stage.rerender());
    await expect.poll(() => before!.evaluate((el) => el.isConnected)).toBe(false);
    await expect(chipIn(wrapper(page, incoming))).toContainText('Angebot · Rückruf bis Freitag');
    await expect(chipIn(wrapper(page, outgoing))).toContainText('Material bestellen');
    // Exactly one chip per marked message, none elsewhere.
    expect(await page.locator('[data-zettel="message-marker"]').count()).toBe(2);

    // Resolve from the marker: state, store and the row badge follow.
    const resolve = chipIn(wrapper(page, incoming)).locator('[data-zettel-action="resolve-marker"]');
    await expect(resolve).toHaveAccessibleName('Markierung als erledigt abhaken');
    await resolve.click();
    await expect(chipIn(wrapper(page, incoming))).toHaveAttribute('data-state', 'resolved');
    await expect(chipIn(wrapper(page, incoming))).toContainText('erledigt');
    await expect.poll(async () => (await markers(zettel)).find((m) => m.messageId === incoming.id)?.status).toBe('resolved');
    await expect.poll(badge).toEqual({ count: '1', label: '1 offene Markierung – noch zu beantworten. Zur ältesten offenen Markierung springen' });
    expect(await page.evaluate(() => (window as unknown as W).__stage.currentChat()?.key)).toBe(chat.key); // pressing it did not leave the chat

    // Reopen and remove through the menu (opened from the chip).
    await chipIn(wrapper(page, incoming)).locator('.zt-marker-text').click();
    await expect(menu.locator('[data-zettel-action="reopen-marker"]')).toBeVisible();
    await menu.locator('[data-zettel-action="reopen-marker"]').click();
    await expect(chipIn(wrapper(page, incoming))).toHaveAttribute('data-state', 'open');
    await chipIn(wrapper(page, outgoing)).locator('.zt-marker-text').click();
    await menu.locator('[data-zettel-action="unmark-message"]').click();
    await expect(chipIn(wrapper(page, outgoing))).toHaveCount(0);
    await expect.poll(async () => (await markers(zettel)).map((m) => m.messageId)).toEqual([incoming.id]);
    expect((await rowOf(page, chat.title))?.title).toBe(chat.title);

    // The row badge jumps to the chat's oldest open marker, from another chat.
    const other = (await stageChats(page)).find((c) => c.key !== chat.key && c.index > 4)!;
    await openChat(page, other.key);
    await expect.poll(badge).toEqual({ count: '1', label: '1 offene Markierung – noch zu beantworten. Zur ältesten offenen Markierung springen' });
    const rowBadge = page.locator('#pane-side [style*="transform"]', { hasText: chat.title }).locator('[data-zettel-action="jump-to-marker"]');
    await rowBadge.click();
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.currentChat()?.key)).toBe(chat.key);
    await expect(wrapper(page, incoming)).toBeFocused();
    await expect(wrapper(page, incoming)).toBeInViewport();
  });

  test('jump 2,000 messages up in the 10,000-message chat; a missing message gets the notice; cancel', async ({ page, stage, zettel }) => {
    test.setTimeout(180_000);
    await stage.open({ bigChatMessages: 10_000 });
    await zettel.booted();
    const bigKey = await page.evaluate(() => (window as unknown as W).__stage.bigChatKey);
    const bigTitle = (await stageChats(page)).find((c) => c.key === bigKey)!.title;
    await openChat(page, bigKey);
    const chatKey = await currentKey(zettel);
    const history = await messagesOf(page, bigKey);
    expect(history.length).toBe(10_000);
    const target = history[history.length - 1 - 2_000]!;
    await zettel.query('db.request', {
      op: 'markMessage',
      input: { chatKey, messageId: target.dataId, snippet: target.text, sender: 'Test', note: 'weit oben' },
    });

    // Start from another chat: the jump opens the big chat itself.
    const other = (await stageChats(page)).find((c) => c.key !== bigKey && c.index > 3)!;
    await openChat(page, other.key);
    const result = await jump(page, { chatKey, messageId: target.id, title: bigTitle });
    expect(result).toMatchObject({ status: 'found', inView: true, highlighted: true });
    expect(result.pages).toBeGreaterThan(40); // ~50 pages of 40 older messages each were loaded
    expect(result.progress).toBeGreaterThan(40);
    expect(await page.evaluate(() => (window as unknown as W).__stage.currentChat()?.key)).toBe(bigKey);
    expect(await page.evaluate(() => (window as unknown as W).__stage.loadedCount())).toBeGreaterThan(2_000);
    const message = page.locator(`[data-id="${target.dataId}"]`);
    await expect(message).toBeInViewport();
    await expect(chipIn(message)).toContainText('weit oben');
    expect(await page.evaluate((id) => (window as unknown as W).__stage.isVirtualized(id), target.id)).toBe(false);
    await expect(page.locator('[data-zettel="jump-status"]')).toHaveCount(0);

    // Where WhatsApp unmounts far-away messages: scrolled away, the content (and the strip with it) is
    // gone; back in view, new content nodes get the strip again.
    if (await page.evaluate(() => (window as unknown as W).__stage.options.virtualize)) {
      const unmountedChip = await chipIn(message).elementHandle();
      await page.evaluate(() => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="conversation-panel-messages"]')!;
        scroller.scrollTop = scroller.scrollHeight;
      });
      await expect.poll(() => page.evaluate((id) => (window as unknown as W).__stage.isVirtualized(id), target.id)).toBe(true);
      await expect(chipIn(message)).toHaveCount(0);
      expect(await unmountedChip!.evaluate((el) => el.isConnected)).toBe(false);
      const again = await jump(page, { chatKey, messageId: target.id, title: bigTitle });
      expect(again.status).toBe('found');
      expect(await page.evaluate((id) => (window as unknown as W).__stage.isVirtualized(id), target.id)).toBe(false);
      await expect(chipIn(message)).toContainText('weit oben');
    }

    // A message that does not exist (deleted): the whole history of a small chat is read, then a notice.
    const small = (await stageChats(page)).find((c) => c.title === 'Familie Özdemir')!;
    const missing = await jump(page, { chatKey: `title:${small.title}`, messageId: '3EB0FFFFFFFFFFFFFFFFFF', title: small.title });
    expect(missing.status).toBe('not-found');
    const notice = page.locator('[data-zettel="jump-status"]');
    await expect(notice).toHaveAttribute('data-state', 'not-found');
    await expect(notice).toContainText('Diese Nachricht gibt es im Chat nicht mehr');
    await notice.locator('[data-zettel-action="dismiss-jump-status"]').click();
    await expect(notice).toHaveCount(0);

    // A chat that is gone.
    const gone = await jump(page, { chatKey: 'title:Gibt es nicht GmbH', messageId: target.id, title: 'Gibt es nicht GmbH' });
    expect(gone.status).toBe('chat-not-found');
    await expect(notice).toHaveAttribute('data-state', 'chat-not-found');

    // A long search (a missing id in the big chat) shows progress and can be cancelled.
    await openChat(page, bigKey);
    const long = jump(page, { chatKey, messageId: '3EB0EEEEEEEEEEEEEEEEEE', title: bigTitle });
    await expect(notice).toHaveAttribute('data-state', 'searching');
    await expect(notice).toContainText('Nachrichten geladen');
    await notice.locator('[data-zettel-action="cancel-jump"]').click();
    expect((await long).status).toBe('cancelled');
    await expect(notice).toHaveAttribute('data-state', 'cancelled');
  });

  test('the mark action comes back when WhatsApp re-creates the message under a pointer that does not move', async ({ page, stage, zettel }) => {
    const chat = await openFamilyChat(page, stage, zettel);
    const incoming = [...(await messagesOf(page, chat.key)).slice(-30)].reverse().find((m) => !m.fromMe && m.text)!;
    const message = wrapper(page, incoming);
    await message.scrollIntoViewIfNeeded();
    await message.hover();
    await expect(message.locator('[data-zettel-action="mark-message"]')).toHaveCount(1);
    const before = await message.elementHandle();
    await page.evaluate(() => (window as unknown as W).__stage.rerender());
    // A new element for the same message, the pointer untouched: the action is in it again.
    await expect.poll(() => message.evaluate((element, old) => element !== old, before)).toBe(true);
    await expect(message.locator('[data-zettel-action="mark-message"]')).toHaveCount(1);
    expect(await actionOpacity(message)).toBe('1');
  });

  test('hostile message text and notes are marked and shown as text only', async ({ page, stage, zettel }) => {
    const chat = await openFamilyChat(page, stage, zettel);
    const head = '<img src=x onerror="window.__zettelCanary=1"><script>window.__zettelCanary=2</script><b>fett</b> \u202Egnuhcer ';
    const hostile = (head + 'x'.repeat(10_000)).slice(0, 10_000);
    const id = await page.evaluate(([k, text]) => (window as unknown as W).__stage.receiveMessage(k!, text!), [chat.key, hostile]);
    const message = page.locator(`[data-id$="${id}"]`).first();
    await message.scrollIntoViewIfNeeded();
    // The message is taller than the window: its centre may be off screen, so point near its top.
    await message.hover({ position: { x: 40, y: 20 } });
    await message.locator('[data-zettel-action="mark-message"]').click();
    const note = '<img src=y onerror="window.__zettelCanary=3">\u202E notiz';
    await page.locator('[data-zettel="marker-note"]').fill(note);
    await page.locator('[data-zettel-action="save-marker"]').click();
    const chip = chipIn(message);
    await expect(chip).toContainText(note);
    expect(await chip.locator('.zt-marker-text').textContent()).toBe(`Markiert · ${note}`);

    await expect.poll(async () => (await markers(zettel)).length).toBe(1);
    const [stored] = await markers(zettel);
    expect(stored!.snippet).toBe(hostile.replace(/\s+/g, ' ').trim().slice(0, 500));
    expect(stored!.note).toBe(note);

    // Re-render and reload: still text; nothing ran, no foreign element exists anywhere.
    await page.evaluate(() => (window as unknown as W).__stage.rerender());
    await expect(chipIn(page.locator(`[data-id$="${id}"]`).first())).toContainText(note);
    const foreign = () =>
      page.evaluate(() => ({
        canary: (window as unknown as { __zettelCanary?: unknown }).__zettelCanary ?? null,
        elements: document.querySelectorAll('img[src="x"], img[src="y"], [onerror], b').length,
        scriptsInApp: document.querySelectorAll('#app script, [data-zettel] script').length,
      }));
    expect(await foreign()).toEqual({ canary: null, elements: 0, scriptsInApp: 0 });
    await page.locator(`[data-id$="${id}"]`).first().scrollIntoViewIfNeeded();
    await page.locator(`[data-id$="${id}"]`).first().hover({ position: { x: 40, y: 20 } });
    await page.locator(`[data-id$="${id}"] [data-zettel-action="mark-message"]`).first().click();
    await expect(page.locator('[data-zettel="marker-note"]')).toHaveValue(note);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-zettel="marker-menu"]')).toBeHidden();
    expect(await foreign()).toEqual({ canary: null, elements: 0, scriptsInApp: 0 });
  });
});
