/**
 * Reply templates on the stage, both profiles: the picker opens by the footer button, by "/" in an
 * empty compose box and by Alt+Shift+T; a "/" mid-text stays a "/"; the search forgives a typo; Enter
 * inserts the template filled for the open chat (name, tomorrow's date in German, company) with its
 * line breaks into the editor's MODEL; a missing custom field is asked for; Esc closes without
 * inserting; hostile strings stay text; the picker follows the dark theme; nothing is ever sent.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openChat, stageChats, type W } from './chat-marks-support.ts';

const picker = '[data-zettel="template-picker"]';
const option = `${picker} [role="option"]`;
const search = '[data-zettel="template-search"]';
const composer = 'footer [contenteditable="true"]';

interface Seed {
  id?: string;
  title: string;
  body: string;
  tags?: string[];
  shortcut?: string | null;
  language?: 'de' | 'en';
}

type Query = <T = unknown>(cmd: string, args?: unknown) => Promise<T>;

async function seed(query: Query, templates: Seed[]): Promise<void> {
  for (const template of templates) await query('db.request', { op: 'saveTemplate', input: { language: 'de', ...template } });
}

function modelText(page: Page): Promise<string | null> {
  return page.evaluate(() => (window as unknown as W).__stage.composer()?.modelText ?? null);
}

function sent(page: Page) {
  return page.evaluate(() => (window as unknown as W).__stage.sent());
}

/** Opens the stage with the given templates stored and the chat with this title open. */
async function setUp(page: Page, stage: { open(): Promise<void> }, zettel: { booted(): Promise<void>; query: Query }, templates: Seed[], title = 'Anna Müller') {
  await stage.open();
  await zettel.booted();
  await seed(zettel.query, templates);
  const chats = await stageChats(page);
  const chat = chats.find((c) => c.title === title) ?? chats[0]!;
  await openChat(page, chat.key);
  await expect(page.locator('[data-zettel-action="open-templates"]')).toBeVisible();
  return chat;
}

/** 28.11.2026 for tomorrow, as the picker renders {Morgen} for a German template. */
function germanTomorrow(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

const APPOINTMENT: Seed = {
  id: 'e2e-appointment',
  title: 'Termin bestätigt',
  body: 'Guten Tag {Name},\n\nwir kommen {Morgen} um 8 Uhr.\nViele Grüße\n{Firma}',
  tags: ['termin'],
  shortcut: 'termin',
};
const OTHERS: Seed[] = [
  { title: 'Material bestellt', body: 'Das Material ist bestellt, {Vorname}.', tags: ['material'] },
  { title: 'Bitte Fotos schicken', body: 'Können Sie uns Fotos vom Zählerschrank schicken?', tags: ['fotos'] },
];

test.describe('templates: first run (issue #19, point 7)', () => {
  test('the empty picker offers the ready pack; one click fills it, and a company is greeted naturally', async ({ page, stage, zettel }) => {
    await setUp(page, stage, zettel, [], 'Hausverwaltung Krause');
    await page.locator('[data-zettel-action="open-templates"]').click();
    const offer = page.locator(`${picker} [data-zettel="template-pack-offer"]`);
    await expect(offer).toBeVisible();
    await expect(page.locator(`${picker} [data-zettel="template-empty"]`)).toBeHidden();
    const choices = offer.locator('[data-zettel-action="add-template-pack"]');
    await expect(choices).toHaveText(['Deutsch, „Sie“', 'Deutsch, „du“', 'Englisch']);

    await offer.getByRole('button', { name: 'Deutsch, „Sie“' }).click();
    await expect(page.locator(option).first()).toBeVisible();
    await expect(offer).toBeHidden();
    const stored = await zettel.query<Array<{ id: string; formality?: string }>>('db.request', { op: 'listTemplates' });
    expect(stored.length).toBeGreaterThan(5);
    expect(stored.every((template) => template.formality === 'sie')).toBe(true);

    await page.locator(search).fill('Termin bestätigt');
    await page.keyboard.press('Enter');
    const inputs = page.locator('[data-zettel="template-field"]');
    await expect(inputs.first()).toHaveAttribute('data-field', 'Termin');
    await inputs.nth(0).fill('Montag, 8 Uhr');
    await inputs.nth(1).fill('Fliesen Krüger GmbH');
    await page.keyboard.press('Enter');
    await expect(page.locator(picker)).toBeHidden();
    await expect.poll(() => modelText(page)).toMatch(/^Guten Tag,\n\nhiermit bestätigen wir Ihren Termin am Montag, 8 Uhr\./);
    expect(await sent(page)).toEqual([]);
  });
});

test.describe('templates: the picker in the compose box', () => {
  test('opens by button, by "/" in an empty box and by Alt+Shift+T; "/" mid-text stays a "/"', async ({ page, stage, zettel }) => {
    await setUp(page, stage, zettel, [APPOINTMENT, ...OTHERS]);
    const button = page.locator('[data-zettel-action="open-templates"]');
    await expect(button).toHaveAccessibleName('Textvorlage einfügen (/ oder Alt+Umschalt+T)');
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // 1. The button.
    await button.click();
    await expect(page.locator(picker)).toBeVisible();
    await expect(page.locator(picker)).toHaveAttribute('role', 'dialog');
    await expect(page.locator(`${picker} [role="listbox"]`)).toBeVisible();
    await expect(page.locator(option)).toHaveCount(3);
    await expect(page.locator(search)).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(page.locator(picker)).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    // 2. "/" as the first character of the empty compose box: the picker, and no "/" in the draft.
    await page.locator(composer).click();
    await page.keyboard.press('/');
    await expect(page.locator(picker)).toBeVisible();
    await expect(page.locator(search)).toBeFocused();
    await expect(page.locator(search)).toHaveValue('');
    expect(await modelText(page)).toBe('');
    await page.keyboard.press('Escape');
    await expect(page.locator(picker)).toBeHidden();
    // Esc gives the focus back to the compose box.
    await expect(page.locator(composer)).toBeFocused();
    expect(await modelText(page)).toBe('');

    // 3. The in-page shortcut.
    await page.keyboard.press('Alt+Shift+T');
    await expect(page.locator(picker)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator(picker)).toBeHidden();

    // 4. "/" anywhere else is just a "/".
    await page.locator(composer).click();
    await page.keyboard.type('Preis 10/2 und/oder');
    await expect.poll(() => modelText(page)).toBe('Preis 10/2 und/oder');
    await expect(page.locator(picker)).toBeHidden();
    // A draft of only spaces is not empty either: the "/" stays.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => modelText(page)).toBe('');
    await page.keyboard.type(' /');
    await expect.poll(() => modelText(page)).toBe(' /');
    await expect(page.locator(picker)).toBeHidden();
    expect(await sent(page)).toEqual([]);
  });

  test('a typo finds the template; Enter inserts it filled, with its line breaks, and sends nothing; Ctrl+Z undoes it', async ({ page, stage, zettel }) => {
    await stage.open();
    await zettel.booted();
    await zettel.query('db.request', { op: 'updateSetting', input: { key: 'templates.company', value: 'Elektro Schmidt' } });
    const chat = await setUp(page, stage, zettel, [APPOINTMENT, ...OTHERS]);

    await page.locator(composer).click();
    await page.keyboard.press('/');
    await page.keyboard.type('Termn bestätgt');
    await expect(page.locator(option).first()).toContainText('Termin bestätigt');
    await expect(page.locator(option).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(page.locator(picker)).toBeHidden();

    const expected = `Guten Tag ${chat.title},\n\nwir kommen ${germanTomorrow()} um 8 Uhr.\nViele Grüße\nElektro Schmidt`;
    await expect.poll(() => modelText(page)).toBe(expected);
    expect(await zettel.query('composerText')).toBe(expected);
    expect(await sent(page)).toEqual([]);
    // The use is counted (most used first next time).
    await expect
      .poll(async () => ((await zettel.query<Array<{ id: string; usageCount: number }>>('db.request', { op: 'listTemplates' })).find((t) => t.id === 'e2e-appointment')?.usageCount))
      .toBe(1);

    // WhatsApp's undo still works afterwards: Ctrl+Z walks the insertion back to the empty draft.
    await expect(page.locator(composer)).toBeFocused();
    for (let step = 0; step < 20 && (await modelText(page)) !== ''; step++) await page.keyboard.press('Control+Z');
    expect(await modelText(page)).toBe('');
    expect(await sent(page)).toEqual([]);
  });

  test('arrow keys choose, the shortcut ranks first, most used first on an empty query', async ({ page, stage, zettel }) => {
    await setUp(page, stage, zettel, [
      { ...OTHERS[0]!, id: 'e2e-material' },
      { ...OTHERS[1]!, id: 'e2e-photos' },
      APPOINTMENT,
    ]);
    await zettel.query('db.request', { op: 'recordTemplateUse', input: { id: 'e2e-photos' } });
    await page.locator('[data-zettel-action="open-templates"]').click();
    await expect(page.locator(option).first()).toHaveAttribute('data-template-id', 'e2e-photos');
    await page.keyboard.type('/termin');
    await expect(page.locator(option).first()).toHaveAttribute('data-template-id', 'e2e-appointment');
    await page.locator(search).fill('');
    // Most used first, then the most recently changed.
    const ids = () => page.locator(option).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-template-id')));
    await expect.poll(ids).toEqual(['e2e-photos', 'e2e-appointment', 'e2e-material']);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(option).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(option).nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // wraps to the last
    await expect(page.locator(option).nth(2)).toHaveAttribute('aria-selected', 'true');
    await expect(page.locator(search)).toHaveAttribute('aria-activedescendant', 'zt-template-option-2');
    await page.keyboard.press('ArrowDown'); // wraps to the first
    await expect(page.locator(option).first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowUp'); // the last again: the material template
    await page.keyboard.press('Enter');
    // The material template: {Vorname} of "Anna Müller" is Anna.
    await expect.poll(() => modelText(page)).toBe('Das Material ist bestellt, Anna.');
    expect(await sent(page)).toEqual([]);
    // With no company name set, {Firma} is asked for.
    await page.locator('[data-zettel-action="open-templates"]').click();
    await page.keyboard.type('/termin');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-zettel="template-field"]')).toHaveAttribute('data-field', 'Firma');
  });

  test('a missing custom field is asked for before inserting; Esc closes without inserting', async ({ page, stage, zettel }) => {
    await setUp(page, stage, zettel, [
      { id: 'e2e-invoice', title: 'Rechnung verschickt', body: 'Hallo {Vorname},\nanbei die Rechnung {Rechnungsnummer} über {Betrag}.\n{{Danke}}', tags: ['rechnung'] },
    ]);

    // Esc on the list closes without inserting.
    await page.locator(composer).click();
    await page.keyboard.press('/');
    await page.keyboard.type('rech');
    await expect(page.locator(option)).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator(picker)).toBeHidden();
    expect(await modelText(page)).toBe('');

    await page.keyboard.press('Alt+Shift+T');
    await page.keyboard.type('rechnung');
    await page.keyboard.press('Enter');
    const fields = page.locator('[data-zettel="template-fields"]');
    await expect(fields).toBeVisible();
    const inputs = page.locator('[data-zettel="template-field"]');
    await expect(inputs).toHaveCount(2);
    await expect(inputs.nth(0)).toHaveAttribute('data-field', 'Rechnungsnummer');
    await expect(inputs.nth(1)).toHaveAttribute('data-field', 'Betrag');
    await expect(inputs.nth(0)).toBeFocused();
    await expect(fields.locator('label').nth(0)).toHaveText('Rechnungsnummer');

    // Esc in the form goes back to the list, Enter comes back to the form.
    await page.keyboard.press('Escape');
    await expect(fields).toBeHidden();
    await expect(page.locator(search)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(fields).toBeVisible();

    // One value only: nothing is inserted, the missing one is named.
    await page.keyboard.type('R-2026-17');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-zettel="template-fields-error"]')).toContainText('Betrag');
    await expect(inputs.nth(1)).toBeFocused();
    expect(await modelText(page)).toBe('');

    // Tab walks the picker's fields: the amount, then the buttons, and back round to the first field.
    await page.keyboard.press('Shift+Tab');
    await expect(inputs.nth(0)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(inputs.nth(1)).toBeFocused();
    await page.keyboard.type('480,00 €');
    await page.keyboard.press('Enter');
    await expect(page.locator(picker)).toBeHidden();
    await expect.poll(() => modelText(page)).toBe('Hallo Anna,\nanbei die Rechnung R-2026-17 über 480,00 €.\n{Danke}');
    expect(await sent(page)).toEqual([]);
  });

  test('Tab shows every placeholder of the selected template, filled in, to change before inserting', async ({ page, stage, zettel }) => {
    await setUp(page, stage, zettel, [{ id: 'e2e-visit', title: 'Besuch morgen', body: 'Hallo {Vorname},\nwir kommen {Morgen}. Gruß, {vorname} ist informiert: {Notiz}' }]);
    await page.locator('[data-zettel-action="open-templates"]').click();
    await page.keyboard.type('besuch');
    await page.keyboard.press('Tab');
    const inputs = page.locator('[data-zettel="template-field"]');
    // {Vorname} once (whatever its spelling), {Morgen} with tomorrow's date, {Notiz} empty and focused.
    await expect(inputs).toHaveCount(3);
    await expect(inputs.nth(0)).toHaveAttribute('data-field', 'Vorname');
    await expect(inputs.nth(0)).toHaveValue('Anna');
    await expect(inputs.nth(1)).toHaveValue(germanTomorrow());
    await expect(inputs.nth(2)).toBeFocused();
    await page.keyboard.type('Schlüssel liegt beim Nachbarn');
    await inputs.nth(0).fill('Frau Müller');
    await inputs.nth(1).fill('am Montag');
    await inputs.nth(1).press('Enter');
    await expect.poll(() => modelText(page)).toBe('Hallo Frau Müller,\nwir kommen am Montag. Gruß, Frau Müller ist informiert: Schlüssel liegt beim Nachbarn');
    expect(await sent(page)).toEqual([]);
  });

  test('hostile strings stay text, in the list and in the draft', async ({ page, stage, zettel }) => {
    const chat = await setUp(page, stage, zettel, [
      { id: 'e2e-hostile', title: '<img src=x onerror="window.__pwned=1">Angebot', body: '<b>Hallo</b> {Name} & {Auftrag}', tags: ['<script>'] },
    ]);
    await page.evaluate(([key]) => (window as unknown as W).__stage.renameContact(key!, '{Firma} <i>Kunde</i>'), [chat.key]);
    await expect.poll(() => page.evaluate(() => (window as unknown as W).__stage.currentChat()?.title)).toBe('{Firma} <i>Kunde</i>');
    await expect.poll(async () => (await zettel.query<{ title: string } | null>('currentChat'))?.title).toBe('{Firma} <i>Kunde</i>');

    await page.locator('[data-zettel-action="open-templates"]').click();
    const first = page.locator(option).first();
    await expect(first.locator('.title')).toHaveText('<img src=x onerror="window.__pwned=1">Angebot');
    expect(await first.locator('img, b').count()).toBe(0);
    await page.keyboard.press('Enter');
    const field = page.locator('[data-zettel="template-field"]');
    await expect(field).toHaveAttribute('data-field', 'Auftrag');
    await field.fill('<script>alert(1)</script>');
    await page.keyboard.press('Enter');
    await expect.poll(() => modelText(page)).toBe('<b>Hallo</b> {Firma} <i>Kunde</i> & <script>alert(1)</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('footer b, footer script, footer i').count()).toBe(0);
    expect(await sent(page)).toEqual([]);
  });

  test('the picker follows WhatsApp\'s dark theme', async ({ page, stage, zettel }) => {
    await setUp(page, stage, zettel, [APPOINTMENT]);
    const panelBackground = () => page.locator(picker).evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.locator('[data-zettel-action="open-templates"]').click();
    expect(await panelBackground()).toBe('rgb(255, 255, 255)');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (window as unknown as W).__stage.setTheme('dark'));
    await expect(page.locator('[data-zettel-action="open-templates"]')).toBeVisible();
    await page.locator('[data-zettel-action="open-templates"]').click();
    await expect(page.locator('[data-zettel="template-picker-host"]')).toHaveAttribute('data-theme', 'dark');
    expect(await panelBackground()).toBe('rgb(35, 49, 56)');
  });
});

test.describe('templates: options page', () => {
  test('create with validation, edit, duplicate, delete; the page picks the changes up', async ({ page, stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    const options = await openOptions();
    await options.goto(options.url() + '#templates');
    await expect(options.locator('h2')).toHaveText('Textvorlagen');

    await options.locator('[data-zettel-action="new-template"]').click();
    const editor = options.locator('[data-zettel="template-editor"]');
    await editor.locator('[data-zettel="template-shortcut"]').fill('an gebot!');
    await editor.locator('[data-zettel-action="save-template"]').click();
    await expect(editor.locator('[data-zettel="template-error"][data-field="title"]')).toHaveText('Bitte einen Titel eingeben.');
    await expect(editor.locator('[data-zettel="template-error"][data-field="body"]')).toHaveText('Bitte einen Text eingeben.');
    await expect(editor.locator('[data-zettel="template-error"][data-field="shortcut"]')).toContainText('darf nur Buchstaben');
    await expect(editor.locator('[data-zettel="template-title"]')).toHaveAttribute('aria-invalid', 'true');

    await editor.locator('[data-zettel="template-title"]').fill('Angebot folgt');
    await editor.locator('[data-zettel="template-body"]').fill('Hallo {Vorname},\ndas Angebot kommt bis {Wochentag}.');
    await editor.locator('[data-zettel="template-tags"]').fill('angebot, Kunde');
    await editor.locator('[data-zettel="template-shortcut"]').fill('/Angebot');
    await editor.locator('[data-zettel-action="save-template"]').click();
    await expect(editor).toBeHidden();
    await expect(options.locator('[data-zettel="templates-status"]')).toHaveText('Vorlage „Angebot folgt“ gespeichert.');
    const items = options.locator('[data-zettel="template-item"]');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('/angebot');
    await expect(items.first().locator('.zt-template-tags li')).toHaveText(['angebot', 'Kunde']);

    // The WhatsApp page has it at once (live subscription).
    const chats = await stageChats(page);
    await openChat(page, chats.find((c) => c.title === 'Anna Müller')!.key);
    await page.locator('[data-zettel-action="open-templates"]').click();
    await expect(page.locator(option)).toHaveText([/Angebot folgt/]);
    await page.keyboard.press('Escape');

    // Edit.
    await items.first().locator('[data-zettel-action="edit-template"]').click();
    await editor.locator('[data-zettel="template-title"]').fill('Angebot kommt');
    await editor.locator('[data-zettel-action="save-template"]').click();
    await expect(items.first().locator('.zt-template-title')).toHaveText('Angebot kommt');

    // Duplicate: a copy without the shortcut; a second template cannot take a used shortcut.
    await items.first().locator('[data-zettel-action="duplicate-template"]').click();
    await expect(items).toHaveCount(2);
    const copy = options.locator('[data-zettel="template-item"]', { hasText: 'Angebot kommt (Kopie)' });
    await expect(copy).not.toContainText('/angebot');
    await copy.locator('[data-zettel-action="edit-template"]').click();
    await editor.locator('[data-zettel="template-shortcut"]').fill('angebot');
    await editor.locator('[data-zettel-action="save-template"]').click();
    await expect(editor.locator('[data-zettel="template-error"][data-field="shortcut"]')).toHaveText('Das Kürzel „angebot“ hat schon eine andere Vorlage.');
    await editor.locator('[data-zettel-action="cancel-template"]').click();

    // Search with a typo.
    await options.locator('[data-zettel="template-filter"]').fill('Angbot');
    await expect(items).toHaveCount(2);
    await options.locator('[data-zettel="template-filter"]').fill('zzzz');
    await expect(items).toHaveCount(0);
    await options.locator('[data-zettel="template-filter"]').fill('');

    // Delete, after a confirmation.
    await copy.locator('[data-zettel-action="delete-template"]').click();
    await copy.locator('[data-zettel-action="confirm-delete-template"]').click();
    await expect(items).toHaveCount(1);
    await expect(options.locator('[data-zettel="templates-status"]')).toHaveText('Vorlage „Angebot kommt (Kopie)“ gelöscht.');
  });

  test('import: a bad file is refused with its reason; a good one and the ready pack are taken over', async ({ page, stage, zettel, openOptions }) => {
    await stage.open();
    await zettel.booted();
    const options = await openOptions();
    await options.goto(options.url() + '#templates');
    const file = options.locator('[data-zettel-action="import-templates"]');
    const status = options.locator('[data-zettel="templates-status"]');
    const items = options.locator('[data-zettel="template-item"]');

    await file.setInputFiles({ name: 'kaputt.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"zettel-templates","version":1,"templates":[{"title":"Ter') });
    await expect(status).toHaveAttribute('data-state', 'error');
    await expect(status).toHaveText('Import abgebrochen, nichts übernommen. Datei unvollständig: Sie endet mitten im Inhalt.');

    const good = { id: 'imp-1', title: 'Importiert', body: 'Hallo {Name}', tags: [], language: 'de' };
    const bad = { id: 'imp-2', title: 'Ohne Text', body: '   ', tags: [], language: 'de' };
    await file.setInputFiles({ name: 'teils.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'zettel-templates', version: 1, templates: [good, bad] })) });
    await expect(status).toHaveText('Import abgebrochen, nichts übernommen. Vorlage 2: Bitte einen Text eingeben.');
    await expect(items).toHaveCount(0);

    await file.setInputFiles({ name: 'gut.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'zettel-templates', version: 1, templates: [good] })) });
    await expect(status).toHaveAttribute('data-state', 'ok');
    await expect(status).toHaveText('Import: 1 Vorlagen neu, 0 aktualisiert.');
    await expect(items).toHaveCount(1);

    // The ready pack, German, "Sie" only; a second time adds nothing.
    await options.locator('[data-zettel="template-pack-formality"]').selectOption('sie');
    await options.locator('[data-zettel-action="add-template-pack"]').click();
    await expect(status).toHaveText(/^\d+ Vorlagen hinzugefügt\.$/);
    const count = await items.count();
    expect(count).toBeGreaterThan(10);
    await options.locator('[data-zettel-action="add-template-pack"]').click();
    await expect(status).toHaveText('Das Paket ist schon vollständig vorhanden.');
    await expect(items).toHaveCount(count);

    // The page finds a pack template by its shortcut.
    const chats = await stageChats(page);
    await openChat(page, chats.find((c) => c.title === 'Anna Müller')!.key);
    await page.locator('[data-zettel-action="open-templates"]').click();
    await page.keyboard.type('/fotos');
    await expect(page.locator(option).first()).toHaveAttribute('data-template-id', 'pack-de-sie-send-photos');
  });
});
