import { browser } from 'wxt/browser';

/**
 * All user-facing text comes from public/_locales (German first, English). A missing key is a bug
 * the locale meta-test catches; at run time it shows the key rather than an empty string.
 */
export function t(key: string, substitutions?: string | string[]): string {
  // WXT types getMessage with the literal keys; ours are often looked up from maps, and the locale
  // meta-test (tests/unit/meta) checks that every key used exists in both languages.
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string | string[]) => string;
  return getMessage(key, substitutions) || key;
}

/** The UI language the browser chose for the extension ('de' or 'en'). */
export function uiLanguage(): 'de' | 'en' {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
}
