/**
 * The language override (utils/i18n.ts) for content scripts: a content script may not fetch the
 * extension's own _locales files without making them web-accessible (which would let any page
 * detect Zettel), so it asks the background, which reads them as the extension.
 */
import { browser } from 'wxt/browser';
import { fetchCatalog, initI18n, LOCALE_MESSAGE, onLanguageChange, type LocaleCatalog } from '../../utils/i18n.ts';

export function startLocaleRelay(): void {
  browser.runtime.onMessage.addListener((message: unknown): Promise<LocaleCatalog> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, language } = message as { type?: unknown; language?: unknown };
    if (type !== LOCALE_MESSAGE || (language !== 'de' && language !== 'en')) return undefined;
    return fetchCatalog(language);
  });
  // The background's own texts (notifications, default label names) follow the choice too.
  void initI18n();
  onLanguageChange(() => undefined, new AbortController().signal);
}
