/**
 * Opening hours on the stage, both profiles, with the hours clock set through the test bridge
 * (Playwright's page.clock does not reach the content script): the chip in the side strip at several
 * times (open, lunch break, evening, weekend, public holiday, company holiday), its update when the
 * firm closes, English words; the options section's validation and saving.
 * @feature hours-status (tests/unit/meta/features.test.ts)
 */
import { test, expect } from './fixtures';
import { chip, setClock, setFirm } from './hours-support.ts';

test.describe('opening hours chip', () => {
  test('shows the right status at several times and changes when the firm closes', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await setFirm(zettel);

    const cases: Array<[string, string, string]> = [
      ['2026-05-13T10:00:00+02:00', 'Geöffnet bis 12:00', 'open'], // Wednesday morning
      ['2026-05-13T12:30:00+02:00', 'Geschlossen – öffnet heute 13:00', 'closed'], // lunch break
      ['2026-05-12T18:00:00+02:00', 'Geschlossen – öffnet morgen 7:00', 'closed'], // Tuesday evening
      ['2026-05-13T18:00:00+02:00', 'Geschlossen – öffnet Fr. 7:00', 'closed'], // Wednesday evening before Ascension Day
      ['2026-05-16T10:00:00+02:00', 'Geschlossen – öffnet Mo. 7:00', 'closed'], // Saturday
      ['2026-06-04T10:00:00+02:00', 'Geschlossen (Fronleichnam) – öffnet morgen 7:00', 'closed'], // Corpus Christi in Bavaria
      ['2026-12-28T10:00:00+01:00', 'Geschlossen (Betriebsferien) – öffnet Do. 7. Jan. 7:00', 'closed'], // company holiday
    ];
    for (const [iso, text, state] of cases) {
      await setClock(zettel, iso);
      await expect(chip(page), iso).toHaveText(text);
      await expect(chip(page)).toHaveAttribute('data-state', state);
    }
    await expect(chip(page)).toHaveAttribute('role', 'status');

    // Two seconds before closing: the chip flips by itself at 17:00 (one timer, no reload).
    await setClock(zettel, '2026-05-12T16:59:58+02:00');
    await expect(chip(page)).toHaveText('Geöffnet bis 17:00');
    await expect(chip(page)).toHaveText('Geschlossen – öffnet morgen 7:00');

    // Without a federal state, Corpus Christi is a normal Thursday.
    await zettel.query('db.request', { op: 'updateSetting', input: { key: 'hours.federalState', value: null } });
    await setClock(zettel, '2026-06-04T10:00:00+02:00');
    await expect(chip(page)).toHaveText('Geöffnet bis 12:00');
  });

  test('stays in the side strip after WhatsApp re-renders, follows the theme', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await setFirm(zettel);
    await setClock(zettel, '2026-05-16T10:00:00+02:00');
    await expect(chip(page)).toHaveText('Geschlossen – öffnet Mo. 7:00');
    await page.evaluate(() => (window as unknown as { __stage: { rerender(): void } }).__stage.rerender());
    await expect(chip(page)).toHaveText('Geschlossen – öffnet Mo. 7:00');
    await expect(chip(page)).toHaveCount(1);

    // It follows WhatsApp's theme.
    const background = () => chip(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(await background()).toBe('rgb(240, 242, 245)');
    await page.evaluate(() => (window as unknown as { __stage: { setTheme(theme: string): void } }).__stage.setTheme('dark'));
    await expect.poll(background).toBe('rgb(32, 44, 51)');
    await expect(chip(page)).toHaveText('Geschlossen – öffnet Mo. 7:00');
  });
});

test.describe('opening hours chip in English', () => {
  test.use({ uiLang: 'en' });
  test('English words, 24-hour clock', async ({ page, stage, zettel }) => {
    await stage.open({ lang: 'en' });
    await zettel.booted();
    await setFirm(zettel);
    await setClock(zettel, '2026-05-16T10:00:00+02:00');
    await expect(chip(page)).toHaveText('Closed — opens Mon 7:00');
    await setClock(zettel, '2026-05-18T08:00:00+02:00');
    await expect(chip(page)).toHaveText('Open until 12:00');
  });
});

test.describe('options › opening hours', () => {
  test('rejects bad input with clear messages, saves good input, opt-in auto-reply with confirmation', async ({ stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    const settings = () => zettel.query<Record<string, unknown>>('db.request', { op: 'getSettings', input: {} });
    const before = await settings();
    const options = await openOptions();
    await options.goto(options.url().replace(/#.*$/, '') + '#hours');
    const form = options.locator('[data-zettel="hours-settings"]');
    await expect(form).toBeVisible();
    const day = (id: string) => form.locator(`[data-zettel="hours-day"][data-day="${id}"]`);

    // Bad input: an overlapping period, an empty period, an unknown zone, a holiday ending before it starts.
    await day('mon').locator('[data-zettel-action="add-interval"]').click();
    await day('mon').locator('[data-zettel="interval-start"]').nth(1).fill('16:00');
    await day('tue').locator('[data-zettel="interval-end"]').first().fill('07:00');
    await form.locator('[data-zettel="hours-time-zone"]').fill('Mars/Olympus');
    await form.locator('[data-zettel-action="add-company-holiday"]').click();
    await form.locator('[data-zettel="holiday-from"]').fill('2026-12-31');
    await form.locator('[data-zettel="holiday-to"]').fill('2026-12-24');
    await form.locator('[data-zettel-action="save-hours"]').click();
    const errors = form.locator('[data-zettel="hours-errors"] li');
    await expect(errors).toHaveText([
      'Montag, Zeitraum 2: Überschneidet sich mit einem anderen Zeitraum (Montag, Zeitraum 1).',
      'Dienstag, Zeitraum 1: Beginn und Ende sind gleich. Für den ganzen Tag 0:00–0:00 eingeben.',
      'Zeitzone: Unbekannte Zeitzone.',
      'Betriebsferien 1: Der letzte Tag liegt vor dem ersten.',
    ]);
    await expect(form.locator('[data-zettel="hours-save-status"]')).toHaveAttribute('data-state', 'error');
    await expect(day('mon').locator('[data-zettel="interval-start"]').nth(1)).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('[data-zettel="hours-time-zone"]')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.locator('[data-zettel="hours-status-preview"]')).toHaveCount(0);
    expect(await settings()).toEqual(before);

    // Corrected: saved, previews shown, the WhatsApp page follows.
    await day('mon').locator('[data-zettel-action="remove-interval"]').nth(1).click();
    await day('tue').locator('[data-zettel="interval-end"]').first().fill('17:00');
    await day('sat').locator('[data-zettel-action="add-interval"]').click();
    await day('sat').locator('[data-zettel="interval-start"]').fill('22:00');
    await day('sat').locator('[data-zettel="interval-end"]').fill('02:00');
    await form.locator('[data-zettel="hours-time-zone"]').fill('Europe/Berlin');
    await form.locator('[data-zettel="holiday-to"]').fill('2027-01-06');
    await form.locator('[data-zettel="holiday-label"]').fill('Weihnachtsferien');
    await form.locator('[data-zettel="hours-federal-state"]').selectOption('BY');
    await form.locator('[data-zettel="away-text"]').fill('Wir sind ab {Wieder da} wieder erreichbar.');
    await expect(form.locator('[data-zettel="away-text-preview"]')).toContainText(/^Wir sind ab \S+, \d+\. \S+ um \d+:\d\d Uhr wieder erreichbar\.$/);
    await expect(form.locator('[data-zettel="hours-status-preview"]')).toHaveText(/^(Geöffnet|Geschlossen)/);
    await form.locator('[data-zettel-action="save-hours"]').click();
    await expect(form.locator('[data-zettel="hours-save-status"]')).toHaveText('Gespeichert.');
    await expect(form.locator('[data-zettel="hours-errors"]')).toHaveCount(0);
    const saved = await settings();
    expect(saved['hours.weekly']).toEqual([
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '17:00' }],
      [{ start: '07:00', end: '15:00' }],
      [{ start: '22:00', end: '02:00' }],
      [],
    ]);
    expect(saved['hours.federalState']).toBe('BY');
    expect(saved['hours.companyHolidays']).toEqual([{ from: '2026-12-31', to: '2027-01-06', name: 'Weihnachtsferien' }]);
    expect(saved['away.text']).toBe('Wir sind ab {Wieder da} wieder erreichbar.');

    // The auto-reply: off by default; switching on asks for confirmation first.
    const toggle = form.locator('[data-zettel="away-auto-reply"]');
    await expect(toggle).not.toBeChecked();
    await toggle.check();
    const dialog = options.locator('[data-zettel="away-auto-reply-confirm"]');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('role', 'alertdialog');
    await expect(dialog).toContainText('WhatsApp verbietet automatisiertes Senden');
    await expect(dialog).toContainText('gesperrt');
    await expect(dialog.locator('[data-zettel="away-confirm-text"]')).toHaveText('Wir sind ab {Wieder da} wieder erreichbar.');
    await expect(dialog).toContainText('nur in Einzelchats, nie in Gruppen');
    const confirm = dialog.locator('[data-zettel-action="confirm-auto-reply"]');
    await expect(confirm).toBeDisabled();
    expect((await settings())['away.autoReply']).toMatchObject({ enabled: false });
    await dialog.locator('[data-zettel="away-max-per-hour"]').fill('3');
    await dialog.locator('[data-zettel="away-auto-acknowledge"]').check();
    await confirm.click();
    await expect(form.locator('[data-zettel="away-auto-reply-state"]')).toHaveAttribute('data-state', 'on');
    await expect.poll(async () => (await settings())['away.autoReply']).toMatchObject({ enabled: true, confirmedText: 'Wir sind ab {Wieder da} wieder erreichbar.', maxPerHour: 3 });

    // Editing the text afterwards: the page warns that the new text is not confirmed.
    await form.locator('[data-zettel="away-text"]').fill('Neuer Text {Wieder da}');
    await form.locator('[data-zettel-action="save-hours"]').click();
    await expect(form.locator('[data-zettel="away-auto-reply-text-changed"]')).toBeVisible();

    // Off at once.
    await toggle.uncheck();
    await expect(form.locator('[data-zettel="away-auto-reply-state"]')).toHaveAttribute('data-state', 'off');
    await expect.poll(async () => (await settings())['away.autoReply']).toMatchObject({ enabled: false, confirmedText: null, enabledAt: null });
  });
});
