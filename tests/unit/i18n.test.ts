import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { formatMessage, initI18n, LANGUAGE_STORAGE_KEY, languageChoice, onLanguageChange, saveLanguageChoice, t, uiLanguage } from '../../utils/i18n.ts';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';

describe('formatMessage: Chrome substitution rules', () => {
  it('fills $1…$9, named placeholders and "$$"', () => {
    expect(formatMessage({ message: '$1 neu, $2 geändert' }, ['3', '4'])).toBe('3 neu, 4 geändert');
    expect(formatMessage({ message: 'Hallo $NAME$!', placeholders: { name: { content: '$1' } } }, 'Anna')).toBe('Hallo Anna!');
    expect(formatMessage({ message: 'kostet $$5' })).toBe('kostet $5');
    expect(formatMessage({ message: 'fehlt: $2' }, ['a'])).toBe('fehlt: ');
  });

  it('agrees with every message of both catalogs that takes substitutions', () => {
    for (const catalog of [de, en] as Array<Record<string, { message: string }>>) {
      for (const entry of Object.values(catalog)) {
        const text = formatMessage(entry, ['A', 'B', 'C', 'D']);
        expect(text).not.toMatch(/\$\d/);
      }
    }
  });
});

describe('language override', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no UI language: this one is German.
    vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('de-DE');
    // Extension pages fetch their own messages.json; here the files come from disk.
    vi.stubGlobal('fetch', async (url: string) => ({ json: async () => (url.includes('/de/') ? de : en) }));
  });

  it('Automatic uses browser.i18n; a chosen language its own catalog, synchronously after init', async () => {
    expect(await initI18n()).toBe('de');
    expect(languageChoice()).toBe('auto');
    await saveLanguageChoice('de');
    expect(await initI18n()).toBe('de');
    expect(t('options_saved')).toBe('Gespeichert.');
    expect(t('options_error_wholeNumber', ['1', '9'])).toBe('Bitte eine ganze Zahl von 1 bis 9 eingeben. Nicht gespeichert.');
    await saveLanguageChoice('en');
    await initI18n();
    expect(t('options_saved')).toBe('Saved.');
    expect(uiLanguage()).toBe('en');
  });

  it('a stored value that is not a language reads as Automatic', async () => {
    await browser.storage.local.set({ [LANGUAGE_STORAGE_KEY]: 'fr' });
    await initI18n();
    expect(languageChoice()).toBe('auto');
  });

  it('tells listeners after a change, with the new catalog loaded', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    onLanguageChange((language) => seen.push(`${language}:${t('options_saved')}`), controller.signal);
    await saveLanguageChoice('de');
    await vi.waitFor(() => expect(seen).toEqual(['de:Gespeichert.']));
    controller.abort();
    await saveLanguageChoice('en');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen).toEqual(['de:Gespeichert.']);
  });
});
