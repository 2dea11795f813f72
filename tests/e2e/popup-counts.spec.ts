/**
 * Popup: the inbox counts against data written through the content script (as the features do), each
 * count opening the overview in the WhatsApp tab (the 'zettel:open-overview' event, contract in
 * docs/overview-contract.md); the quick settings write the same settings as the options page.
 * @feature page-commands (tests/unit/meta/features.test.ts)
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const HOUR = 3_600_000;

type Query = <T = unknown>(cmd: string, args?: unknown) => Promise<T>;

/** A write through the content script's data client (a refused write rejects with its code). */
async function write(query: Query, op: string, input: unknown): Promise<void> {
  await query('db.request', { op, input });
}

/** Four flagged chats (one waiting 2 days, one due) and two open markers in a fifth chat. */
async function seed(query: Query): Promise<void> {
  const now = Date.now();
  await write(query, 'flagChat', { chatKey: 'title:Anna Müller', waitingSince: now - 2 * HOUR });
  await write(query, 'flagChat', { chatKey: 'title:Familie Schneider', waitingSince: now - 48 * HOUR });
  await write(query, 'flagChat', { chatKey: 'title:Bauhaus Lieferung', waitingSince: now - 30 * 60_000 });
  await write(query, 'markFlagDue', { chatKey: 'title:Bauhaus Lieferung' });
  await write(query, 'flagChat', { chatKey: 'title:Baustelle Lindenweg', waitingSince: now - 72 * HOUR });
  for (const id of ['MSG-A1', 'MSG-A2']) {
    await write(query, 'markMessage', { chatKey: 'title:Elektro Großhandel', messageId: id, snippet: 'Lieferschein', sender: 'Großhandel' });
  }
}

async function counts(popup: Page): Promise<Record<string, string>> {
  const names = ['toAnswer', 'overdue', 'due', 'openMarkers'];
  const values: Record<string, string> = {};
  for (const name of names) values[name] = (await popup.locator(`[data-zettel="count-${name}"]`).first().textContent()) ?? '';
  return values;
}

test.describe('popup: counts', () => {
  test('shows still to answer, overdue, due and open markers as stored, and follows changes', async ({ stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await seed(zettel.query);
    const popup = await openPopup();
    // 4 flagged chats + 1 chat with open markers; overdue = waiting ≥ 24 h (the default); 1 due; 2 markers.
    await expect.poll(() => counts(popup)).toEqual({ toAnswer: '5', overdue: '2', due: '1', openMarkers: '2' });
    await expect(popup.locator('[data-overview-tab="overdue"]')).toHaveAttribute('data-urgent', 'true');
    await expect(popup.locator('[data-overview-tab="to-answer"]')).toHaveAccessibleName('Noch zu antworten: 5 – in der Übersicht zeigen');

    // A lower threshold makes the 2-hour-old flag overdue too; unflagging and resolving count down.
    await write(zettel.query, 'updateSetting', { key: 'flags.overdueAfterHours', value: 1 });
    await expect.poll(() => counts(popup)).toMatchObject({ overdue: '3' });
    await write(zettel.query, 'unflagChat', { chatKey: 'title:Familie Schneider' });
    await write(zettel.query, 'resolveMarker', { chatKey: 'title:Elektro Großhandel', messageId: 'MSG-A1' });
    await expect.poll(() => counts(popup)).toEqual({ toAnswer: '4', overdue: '2', due: '1', openMarkers: '1' });
  });

  test('each count opens the overview at its list in the WhatsApp tab', async ({ context, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await zettel.query('pageCommands.record', { handle: true });
    for (const tab of ['to-answer', 'overdue', 'reminders', 'markers']) {
      const popup = await openPopup();
      const closed = popup.waitForEvent('close');
      await popup.locator(`[data-zettel-action="open-overview"][data-overview-tab="${tab}"]`).click();
      await closed; // the popup closes once the overview was asked to open
    }
    expect(await zettel.query('pageCommands.events')).toEqual([{ tab: 'to-answer' }, { tab: 'overdue' }, { tab: 'reminders' }, { tab: 'markers' }]);

    // The reply tells whether a listener took the event (the overview calls preventDefault()).
    const popup = await openPopup();
    const reply = await popup.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      const [tab] = await tabs.query({ url: '*://web.whatsapp.com/*' });
      return tabs.sendMessage(tab!.id, { type: 'zettel:open-overview', tab: 'markers' });
    });
    expect(reply).toEqual({ opened: true });
    void context;
  });

  test('quick settings: auto-clear switch writes the setting, away reply shows its state and leads to its options', async ({ context, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    const popup = await openPopup();
    const autoClear = popup.locator('[data-zettel="quick-auto-clear"]');
    await expect(autoClear).toBeChecked();
    await autoClear.uncheck();
    await expect.poll(async () => (await zettel.query<Record<string, unknown>>('db.request', { op: 'getSettings' }))['flags.autoClearOnSend']).toBe(false);

    const away = popup.locator('[data-zettel="quick-away-state"]');
    await expect(away).toHaveAttribute('data-state', 'off');
    await expect(away).toContainText('Automatische Abwesenheitsantwort: aus');
    await write(zettel.query, 'updateSetting', {
      key: 'away.autoReply',
      value: { enabled: true, confirmedText: 'Wir sind gleich zurück.', enabledAt: Date.now(), maxPerHour: 10 },
    });
    await expect(away).toHaveAttribute('data-state', 'on');

    const optionsPage = context.waitForEvent('page', (page) => page.url().includes('options.html'));
    await popup.locator('[data-zettel-action="open-hours-options"]').click();
    expect(new URL((await optionsPage).url()).hash).toBe('#hours');
  });
});

test.describe('popup: health hints per missing part', () => {
  test('names what stops working for each missing part', async ({ page, stage, zettel, openPopup }) => {
    await stage.open();
    await zettel.booted();
    await page.evaluate(() => {
      const s = (window as unknown as { __stage: { chats(): Array<{ key: string }>; openChat(key: string): void } }).__stage;
      s.openChat(s.chats()[0]!.key);
    });
    const popup = await openPopup();
    await expect(popup.locator('[data-zettel="health"] [data-part="compose-box"]')).toHaveAttribute('data-state', 'ok');
    await expect(popup.locator('[data-zettel="health-part-hint"]')).toHaveCount(0);
    await page.evaluate(() => (window as unknown as { __stage: { drift(part: string, mode: string): void } }).__stage.drift('compose-box', 'remove'));
    const hint = popup.locator('[data-zettel="health-part-hint"][data-hint-for="compose-box"]');
    await expect(hint).toContainText('Textvorlagen können nicht eingefügt werden');
    await expect(popup.locator('[data-zettel="health-part-hint"]')).toHaveCount(1);
  });
});
