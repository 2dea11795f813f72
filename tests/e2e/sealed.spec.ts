/**
 * The sealed in-page UI (issue 15 point 1, docs/security.md): a script in WhatsApp's page — WhatsApp's
 * own, an injected one, another extension's — tries to read and to drive Zettel, and learns nothing
 * and changes nothing; a person's real clicks and keys still work.
 *
 * The page asks for closed shadow roots (session flag `zettel-test-sealed`), as the store build
 * always has them (tests/unit/meta/store-build.test.ts). The attacker runs in the page's main world
 * and never uses the test bridge (a test-build-only seam the store build does not contain); the test
 * itself uses the bridge to seed data and to read the truth afterwards.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { openChat, stageChats, type W } from './chat-marks-support.ts';

const SECRET_NOTE = 'GEHEIM-NOTIZ Tresorcode 4711';
const SECRET_LABEL = 'GEHEIM-LABEL';
const header = '[data-zettel="header-marks"]';

interface Loot {
  shadowRoots: Record<string, string>;
  attributesWithSecrets: string[];
  lightTextHasNote: boolean;
}

/** Page world, no bridge: everything a page script can read. */
function pillage(secrets: { note: string; label: string }): Loot {
  const shadowRoots: Record<string, string> = {};
  const attributesWithSecrets: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('*')) {
    const part = element.getAttribute('data-zettel');
    if (part && element.shadowRoot) shadowRoots[part] = element.shadowRoot.innerHTML.slice(0, 200);
    for (const attribute of element.getAttributeNames()) {
      const value = element.getAttribute(attribute) ?? '';
      if (value.includes('GEHEIM') || value.includes(secrets.note) || value.includes(secrets.label)) attributesWithSecrets.push(`${element.tagName} ${attribute}=${value.slice(0, 80)}`);
    }
  }
  return { shadowRoots, attributesWithSecrets, lightTextHasNote: (document.body.innerText + document.documentElement.outerHTML).includes('Tresorcode') };
}

/** Page world, no bridge: every way to drive Zettel's UI a page script has. */
function attack(): number {
  let tries = 0;
  const keys: KeyboardEventInit[] = [
    { key: 'O', code: 'KeyO', altKey: true, shiftKey: true },
    { key: 'P', code: 'KeyP', altKey: true, shiftKey: true },
    { key: 'T', code: 'KeyT', altKey: true, shiftKey: true },
    { key: 'Enter', code: 'Enter' },
    { key: 'ArrowDown', code: 'ArrowDown', altKey: true },
    // Not Escape: the page's own (WhatsApp's) handler would close the chat, which is not Zettel's doing.
  ];
  const targets = [document, window, ...document.querySelectorAll('[data-zettel], [data-zettel-action]')];
  for (const target of targets) {
    for (const init of keys) {
      target.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }));
      tries++;
    }
  }
  for (const control of document.querySelectorAll<HTMLElement>('[data-zettel-action], [data-zettel] button, [data-zettel] input')) {
    control.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    control.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, composed: true }));
    control.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    control.click(); // an untrusted click; on a checkbox it also fires a TRUSTED change (ignored: ui/listen.ts)
    tries += 4;
  }
  for (const form of document.querySelectorAll<HTMLFormElement>('form')) {
    form.requestSubmit(); // fires a trusted submit: no Zettel action hangs on it
    tries++;
  }
  // The old cross-part channel: a document event that opened the overview for anyone.
  document.dispatchEvent(new CustomEvent('zettel:open-overview', { detail: { tab: 'notes' }, cancelable: true }));
  tries++;
  return tries;
}

async function truth(query: (cmd: string, args?: unknown) => Promise<unknown>) {
  const request = (op: string) => query('db.request', { op, input: {} });
  return {
    flags: await request('listFlags'),
    pins: await request('listPins'),
    chatLabels: await request('listChatLabels'),
    notes: ((await request('listNotes')) as Array<{ chatKey: string; text: string }>).map((note) => [note.chatKey, note.text]),
    markers: await request('listMarkers'),
    settings: await request('getSettings'),
  };
}

async function openSealedStage(page: Page) {
  await page.addInitScript(() => sessionStorage.setItem('zettel-test-sealed', '1'));
}

test.describe('sealed in-page UI', () => {
  test('a page script can neither read nor drive Zettel; a person still can', async ({ page, stage, zettel }) => {
    await openSealedStage(page);
    await stage.open();
    await zettel.booted();
    const chats = await stageChats(page);
    const chat = chats[1]!;
    const chatKey = `title:${chat.title}`;
    const label = await zettel.query<{ id: string }>('db.request', { op: 'createLabel', input: { name: SECRET_LABEL, color: '#aa3377' } });
    await zettel.query('db.request', { op: 'setChatLabels', input: { chatKey, labelIds: [label.id] } });
    await zettel.query('db.request', { op: 'saveNote', input: { chatKey, text: SECRET_NOTE } });
    const message = (await page.evaluate((k) => (window as unknown as W).__stage.messages(k), chat.key)).filter((m) => m.kind === 'text').at(-1)!;
    await zettel.query('db.request', {
      op: 'markMessage',
      input: { chatKey, messageId: message.dataId, snippet: 'GEHEIM-SNIPPET', sender: chat.title, sentAt: Date.now() - 60_000, note: 'GEHEIM-MARKERNOTIZ' },
    });
    await openChat(page, chat.key);
    // The marker chip shows (label name and note are its visible text, never an attribute).
    await expect(page.locator('[data-zettel="message-marker"]').first()).toBeVisible();

    // A person opens the notes panel and the label menu: the secrets are on screen now.
    await page.locator(`${header} [data-zettel-action="open-notes"]`).click();
    await expect(page.locator('[data-zettel="notes"]')).toBeVisible();
    await page.locator(`${header} [data-zettel-action="edit-labels"]`).click();
    await expect(page.locator('[data-zettel="label-menu"]')).toBeVisible();

    const before = await truth(zettel.query);
    const loot = (await page.evaluate(pillage, { note: SECRET_NOTE, label: SECRET_LABEL })) as Loot;
    expect(loot.shadowRoots, 'no Zettel shadow root is readable').toEqual({});
    expect(loot.attributesWithSecrets, 'no note or label name in any attribute').toEqual([]);
    expect(loot.lightTextHasNote, 'the open note is not in the page’s DOM').toBe(false);
    // The hosts exist (so the attacker looked at the right elements).
    await expect(page.locator('[data-zettel="notes"]')).toHaveCount(1);

    const tries = (await page.evaluate(attack)) as number;
    console.log(`sealed: ${tries} synthetic events and calls from the page world`);
    expect(tries).toBeGreaterThan(50);
    // Nothing changed: no flag, pin, label, note, marker or setting; no overview opened; the panels
    // a person opened are still open.
    expect(await truth(zettel.query)).toEqual(before);
    await expect(page.locator('[data-zettel="overview"]')).toBeHidden();
    await expect(page.locator('[data-zettel="notes"]')).toBeVisible();
    // (The label menu is not checked here: the synthetic clicks on row badges bubble to the page's own
    // row handler, which may open another chat — WhatsApp's doing, not Zettel's.)

    // The features' own data port, as the background classifies it (a content script): the automatic
    // away reply cannot be switched on from the page's side of Zettel, the pins fold can.
    expect(await zettel.query('db.featureRequest', { op: 'updateSetting', input: { key: 'away.autoReply', value: { enabled: true, confirmedText: 'x', enabledAt: 1, maxPerHour: 10 } } })).toEqual({ ok: false, code: 'forbidden' });
    expect(await zettel.query('db.featureRequest', { op: 'createLabel', input: { name: 'Fremd', color: '#112233' } })).toEqual({ ok: false, code: 'forbidden' });
    expect(await zettel.query('db.featureRequest', { op: 'updateSetting', input: { key: 'pins.collapsed', value: false } })).toMatchObject({ ok: true });

    // A person's clicks and keys still work with closed roots: untick the label, flag the chat, type in the note.
    await openChat(page, chat.key);
    if (!(await page.locator('[data-zettel="label-menu"]').isVisible())) await page.locator(`${header} [data-zettel-action="edit-labels"]`).click();
    await page.locator(`[data-zettel="label-menu"] input[data-label-id="${label.id}"]`).click();
    await expect.poll(async () => ((await zettel.query('db.request', { op: 'listChatLabels', input: {} })) as unknown[]).length).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator(`${header} [data-zettel-action="toggle-flag"]`).click();
    await expect.poll(async () => ((await zettel.query('db.request', { op: 'listFlags', input: {} })) as unknown[]).length).toBe(1);
    await page.locator(`${header} [data-zettel-action="open-notes"]`).click();
    await expect(page.locator('[data-zettel="notes"]')).toBeHidden();
    await page.locator(`${header} [data-zettel-action="open-notes"]`).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' + neu');
    await expect
      .poll(async () => ((await zettel.query('db.request', { op: 'listNotes', input: {} })) as Array<{ text: string }>)[0]?.text)
      .toBe(`${SECRET_NOTE} + neu`);
    await page.keyboard.press('Alt+Shift+O');
    await expect(page.locator('[data-zettel="overview"]')).toBeVisible();
  });
});
