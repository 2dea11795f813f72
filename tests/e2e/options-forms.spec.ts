/**
 * Options: one layout for every section (navigation by keyboard, the heading takes the focus), forms
 * that refuse bad input with a message and keep the stored value, the privacy statement, and
 * "delete all data" only after a confirmation.
 */
import { test, expect } from './fixtures';

test.describe('options: layout and keyboard', () => {
  test('every section is reachable from the navigation by keyboard, with one layout', async ({ openOptions }) => {
    const options = await openOptions();
    const links = options.locator('.options-nav a');
    const ids = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('data-zettel-section')));
    expect(ids).toEqual(expect.arrayContaining(['backup', 'flags', 'labels', 'language', 'privacy']));

    await options.locator('[data-zettel-section="privacy"]').focus();
    await options.keyboard.press('Enter');
    await expect(options.locator('[data-zettel="options-section"]')).toHaveAttribute('data-section', 'privacy');
    // The new section's heading has the focus, so a keyboard or screen-reader user continues there.
    await expect(options.locator('.options-main > h2')).toBeFocused();
    await expect(options.locator('.options-main > h2')).toHaveText('Datenschutz');
    for (const id of ids) {
      await options.goto(options.url().replace(/#.*$/, '') + `#${id}`);
      await expect(options.locator('[data-zettel="options-section"]')).toHaveAttribute('data-section', id!);
      await expect(options.locator('.options-main > h2')).toHaveCount(1);
    }
  });

  test('the privacy section states what is stored where and what never happens', async ({ openOptions }) => {
    const options = await openOptions();
    await options.goto(options.url() + '#privacy');
    const privacy = options.locator('[data-zettel="privacy"]');
    await expect(privacy).toContainText('Keine Daten verlassen deinen Rechner');
    await expect(privacy).toContainText('IndexedDB');
    await expect(privacy).toContainText('kein Tracking');
    await privacy.getByRole('link', { name: 'Zur Sicherung' }).click();
    await expect(options.locator('[data-zettel="options-section"]')).toHaveAttribute('data-section', 'backup');
  });
});

test.describe('options: forms refuse bad input with a message', () => {
  test('overdue hours: not a whole number in range → message, nothing saved; a good value saves', async ({ openOptions }) => {
    const options = await openOptions();
    await options.goto(options.url() + '#flags');
    const hours = options.locator('[data-zettel="overdue-hours"]');
    await expect(hours).toHaveValue('24');
    const error = options.locator('[data-zettel="overdue-hours-error"]');
    const stored = () => options.evaluate(async () => {
      const rows = (await (window as unknown as { __zettelData: { exportData(): Promise<{ settings: Array<{ key: string; value: unknown }> }> } }).__zettelData.exportData()).settings;
      return rows.find((row) => row.key === 'flags.overdueAfterHours')?.value ?? null;
    });

    for (const bad of ['0', '2.5', '99999', '']) {
      await hours.fill(bad);
      await hours.press('Enter');
      await expect(error).toHaveText('Bitte eine ganze Zahl von 1 bis 1440 eingeben. Nicht gespeichert.');
      await expect(hours).toHaveAttribute('aria-invalid', 'true');
      await expect(hours).toHaveValue(bad); // kept, so the user sees what to fix
    }
    expect(await stored()).toBeNull();

    await hours.fill('36');
    await hours.press('Tab');
    await expect(error).toHaveCount(0);
    await expect(hours).not.toHaveAttribute('aria-invalid', 'true');
    await expect(options.locator('[data-zettel="flags-status"]')).toHaveText('Gespeichert.');
    await expect.poll(stored).toBe(36);
  });

  test('labels: an empty or taken name is refused with a message', async ({ openOptions }) => {
    const options = await openOptions();
    await options.goto(options.url() + '#labels');
    const name = options.locator('[data-zettel="new-label-name"]');
    const create = options.locator('[data-zettel-action="create-label"]');
    await name.fill('   ');
    await expect(create).toBeDisabled();
    await name.fill('Angebot Dach');
    await create.click();
    await expect(options.locator('[data-zettel="labels-status"]')).toHaveAttribute('data-state', 'ok');
    await name.fill('Angebot Dach');
    await create.click();
    await expect(options.locator('[data-zettel="labels-status"]')).toHaveAttribute('data-state', 'error');
    await expect(options.locator('[data-zettel="labels-status"]')).toContainText(/existiert|gibt es/);
    await expect(options.locator('[data-zettel="label-item"]', { hasText: 'Angebot Dach' })).toHaveCount(0);
  });

  test('backup: a broken file is refused with a message and "delete all data" asks first', async ({ openOptions }) => {
    const options = await openOptions();
    await options.goto(options.url() + '#backup');
    await options.locator('[data-zettel-action="import-backup"]').setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{ nicht json') });
    await expect(options.locator('[data-zettel="backup-status"]')).toHaveAttribute('data-state', 'error');
    await expect(options.locator('[data-zettel="backup-status"]')).not.toBeEmpty();

    await options.evaluate(() => (window as unknown as { __zettelData: { run(op: string, input: unknown): Promise<unknown> } }).__zettelData.run('flagChat', { chatKey: 'title:Anna Müller' }));
    await options.locator('[data-zettel-action="delete-all-data"]').click();
    await expect(options.getByRole('alertdialog')).toBeVisible();
    await options.locator('[data-zettel-action="cancel-delete-all-data"]').click();
    const flags = () => options.evaluate(async () => (await (window as unknown as { __zettelData: { exportData(): Promise<{ flags: unknown[] }> } }).__zettelData.exportData()).flags.length);
    expect(await flags()).toBe(1);
    await options.locator('[data-zettel-action="delete-all-data"]').click();
    await options.locator('[data-zettel-action="confirm-delete-all-data"]').click();
    await expect.poll(flags).toBe(0);
  });
});
