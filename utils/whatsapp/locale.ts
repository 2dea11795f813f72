/** Which language WhatsApp Web's own UI uses (for aria-label tables and date formats). */
import { CHAT_LIST_LABELS } from './selectors.ts';

/**
 * The chat grid's aria-label is WhatsApp's own string in its UI language (whatsapp-dom.md §7, A.3), so
 * it wins over `<html lang>`; the document language covers locales the table does not know.
 */
export function detectLocale(doc: Document, chatList: Element | null): string {
  const label = chatList?.getAttribute('aria-label')?.trim();
  const fromLabel = label ? CHAT_LIST_LABELS[label] : undefined;
  if (fromLabel) return fromLabel;
  const lang = doc.documentElement.getAttribute('lang')?.trim().toLowerCase();
  const primary = lang?.split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : 'unknown';
}
