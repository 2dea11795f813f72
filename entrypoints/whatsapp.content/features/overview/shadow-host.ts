/**
 * A host element with a shadow root for Zettel's heavier in-page surfaces (the overview panel, the
 * notes panel; DESIGN §6): WhatsApp's stylesheet cannot reach inside, ours cannot leak out, and the
 * root is closed in store builds (ui/shadow-mode.ts), so page scripts cannot read it either;
 * assistive technology still sees everything. Appended to <body>, outside WhatsApp's React tree, so a
 * re-render of WhatsApp never removes it.
 */
import { zettelShadowMode } from '../../ui/shadow-mode.ts';
import { listen } from '../../ui/listen.ts';
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Follows WhatsApp's theme (`light` / `dark`). */
  setTheme(theme: string): void;
  remove(): void;
}

export function createShadowHost(part: string, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement('div');
  host.dataset.zettel = part;
  const root = host.attachShadow({ mode: zettelShadowMode() });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    root,
    setTheme(theme) {
      const value = theme === 'dark' ? 'dark' : 'light';
      if (host.dataset.theme !== value) host.dataset.theme = value;
    },
    remove: () => host.remove(),
  };
}

/**
 * Keys typed inside a Zettel panel stay there: WhatsApp listens on the document (typing anywhere
 * focuses its compose box, Esc closes the chat), and would act on keystrokes meant for our fields.
 */
export function keepKeysInside(host: HTMLElement, signal: AbortSignal): void {
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'paste', 'copy', 'cut'] as const) {
    listen(host, type, (event) => event.stopPropagation(), { signal });
  }
}
