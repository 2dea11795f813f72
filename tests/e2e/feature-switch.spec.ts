/**
 * The per-feature switch (options › Funktionen, setting `features.disabled`), both Chromium profiles:
 * switching pins off in options takes the pins bar out of the open WhatsApp tab without a reload; after
 * a reload pins stay off (the other features start, pins never does); switching on brings the bar back
 * with the same pins — the data was never touched. The options list names every feature with its
 * health in the tab.
 */
import { test, expect } from './fixtures';
import { pinFromHeader, pinNames } from './pins-support.ts';
import { stageChats } from './chat-marks-support.ts';

test.describe('feature switch', () => {
  test('pins off in options: the bar leaves the open tab, stays off after a reload, comes back when switched on', async ({ page, stage, zettel, openOptions }) => {
    await stage.open({ chats: 40 });
    await zettel.booted();
    const chat = (await stageChats(page))[5]!;
    await pinFromHeader(page, chat.key);
    await expect.poll(() => pinNames(page)).toEqual([chat.title]);
    const pinsBar = page.locator('[data-zettel="pins"]');
    const overviewButton = page.locator('[data-zettel="side-strip"] [data-zettel-action="open-overview"]');
    await expect(overviewButton).toHaveCount(1);

    const options = await openOptions();
    await options.goto(options.url() + '#features');
    await expect(options.locator('.options-main > h2')).toHaveText('Funktionen');
    const items = options.locator('[data-zettel="feature"]');
    await expect(items).toHaveCount(12);
    const pins = options.locator('[data-zettel="feature"][data-feature="pins"]');
    const pinsSwitch = options.getByRole('switch', { name: 'Pins eingeschaltet' });
    await expect(pinsSwitch).toHaveAttribute('data-zettel-action', 'toggle-feature');
    await expect(pinsSwitch).toHaveAttribute('data-feature', 'pins');
    await expect(pinsSwitch).toHaveAttribute('aria-checked', 'true');
    // Health from the open WhatsApp tab, per feature.
    await expect(pins).toHaveAttribute('data-state', 'running', { timeout: 15_000 });
    await expect(pins.locator('[data-zettel="feature-health"]')).toHaveText('läuft');

    await pinsSwitch.click();
    await expect(pinsSwitch).toHaveAttribute('aria-checked', 'false');
    await expect(pins.locator('[data-zettel="feature-health"]')).toHaveText('ausgeschaltet');
    // The open tab follows without a reload: the bar goes, the rest of Zettel stays.
    await expect(pinsBar).toHaveCount(0);
    await expect(overviewButton).toHaveCount(1);
    expect(await zettel.query<unknown[]>('db.request', { op: 'listPins' })).toHaveLength(1);

    await stage.reload();
    await zettel.booted();
    // The other features of the same start are up, so pins would be too if it had started.
    await expect(overviewButton).toHaveCount(1);
    await expect(pinsBar).toHaveCount(0);
    await options.reload();
    await expect(options.getByRole('switch', { name: 'Pins eingeschaltet' })).toHaveAttribute('aria-checked', 'false');

    await options.getByRole('switch', { name: 'Pins eingeschaltet' }).click();
    await expect(options.getByRole('switch', { name: 'Pins eingeschaltet' })).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => pinNames(page)).toEqual([chat.title]);
    await expect(pins).toHaveAttribute('data-state', 'running', { timeout: 15_000 });
  });
});
