import { browser } from 'wxt/browser';

/**
 * All user-facing text comes from public/_locales (German first, English). A missing key is a bug
 * the locale meta-test catches; at run time it shows the key rather than an empty string.
 *
 * The user may choose the language (Automatic / Deutsch / English). Chrome's i18n cannot switch at
 * run time, so a chosen language is an override: its messages.json (the extension's own file) is
 * loaded once at start (`initI18n()`), and `t()` stays synchronous. "Automatic" uses browser.i18n,
 * i.e. the browser's UI language. The choice lives in storage.local (not in the database), so every
 * context — background, content script, popup, options — can read it before anything else starts.
 */

export type LanguageChoice = 'auto' | 'de' | 'en';
export type UiLanguage = 'de' | 'en';

export const LANGUAGE_STORAGE_KEY = 'zettel.language';
/** Asked of the background by content scripts, which may not fetch extension files themselves. */
export const LOCALE_MESSAGE = 'zettel:locale-messages';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type LocaleCatalog = Record<string, ChromeMessage>;

let choice: LanguageChoice = 'auto';
let override: { language: UiLanguage; catalog: LocaleCatalog } | null = null;

export function isLanguageChoice(value: unknown): value is LanguageChoice {
  return value === 'auto' || value === 'de' || value === 'en';
}

/** Chrome's substitution rules: named placeholders ($name$ → "$1"), then $1…$9, and "$$" for "$". */
export function formatMessage(entry: ChromeMessage, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, token: string) => (token === '$' ? '$' : (subs[Number(token) - 1] ?? '')));
}

export function t(key: string, substitutions?: string | string[]): string {
  const entry = override?.catalog[key];
  if (entry) return formatMessage(entry, substitutions);
  // WXT types getMessage with the literal keys; ours are often looked up from maps, and the locale
  // meta-test (tests/unit/meta) checks that every key used exists in both languages.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The language the UI shows now: the user's choice, or the browser's UI language. */
export function uiLanguage(): UiLanguage {
  if (override) return override.language;
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** What the user chose (as loaded by the last initI18n). */
export function languageChoice(): LanguageChoice {
  return choice;
}

export async function readLanguageChoice(): Promise<LanguageChoice> {
  try {
    const stored = await browser.storage.local.get(LANGUAGE_STORAGE_KEY);
    const value = stored[LANGUAGE_STORAGE_KEY];
    return isLanguageChoice(value) ? value : 'auto';
  } catch {
    return 'auto';
  }
}

export async function saveLanguageChoice(next: LanguageChoice): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_STORAGE_KEY]: next });
}

/** The extension's own messages.json of a language (extension pages and the background only). */
export async function fetchCatalog(language: UiLanguage): Promise<LocaleCatalog> {
  const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
  return (await response.json()) as LocaleCatalog;
}

/** Content scripts ask the background: fetching an extension file from a page needs it web-accessible. */
async function catalogFromBackground(language: UiLanguage): Promise<LocaleCatalog> {
  const reply: unknown = await browser.runtime.sendMessage({ type: LOCALE_MESSAGE, language });
  if (!reply || typeof reply !== 'object') throw new Error('no locale catalog from the background');
  return reply as LocaleCatalog;
}

export interface InitOptions {
  /** Content scripts load the catalog through the background. */
  viaBackground?: boolean;
}

/**
 * Loads the chosen language before the first render. A failure keeps the browser's language: text in
 * the "wrong" language beats no text.
 */
export async function initI18n(options: InitOptions = {}): Promise<UiLanguage> {
  choice = await readLanguageChoice();
  if (choice === 'auto') {
    override = null;
  } else {
    try {
      const catalog = await (options.viaBackground ? catalogFromBackground(choice) : fetchCatalog(choice));
      override = { language: choice, catalog };
    } catch {
      override = null;
    }
  }
  return uiLanguage();
}

/** Calls back after the user changed the language and the new catalog is loaded (re-render then). */
export function onLanguageChange(callback: (language: UiLanguage) => void, signal: AbortSignal, options: InitOptions = {}): void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_STORAGE_KEY in changes)) return;
    void initI18n(options).then((language) => {
      if (!signal.aborted) callback(language);
    });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
