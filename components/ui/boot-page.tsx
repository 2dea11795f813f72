/**
 * Starts an extension page (popup, options, welcome): loads the user's language choice before the
 * first render (t() is synchronous), sets <html lang>, and renders again when the language changes —
 * keyed by the language, so every component re-reads its texts.
 */
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n, onLanguageChange, type UiLanguage } from '../../utils/i18n.ts';

export async function bootPage(App: ComponentType): Promise<void> {
  const element = document.getElementById('root');
  if (!element) return;
  const root = createRoot(element);
  const render = (language: UiLanguage) => {
    document.documentElement.lang = language;
    root.render(
      <StrictMode>
        <App key={language} />
      </StrictMode>,
    );
  };
  render(await initI18n());
  onLanguageChange(render, new AbortController().signal);
}
