/**
 * Adds one of Zettel's stylesheets to WhatsApp's page once (by id); it stays for the page's life and
 * is harmless without the elements it styles. Marked data-zettel="style" like every node Zettel adds.
 */
export function ensurePageStyle(id: string, css: string, doc: Document = document): void {
  if (doc.getElementById(id)) return;
  const style = doc.createElement('style');
  style.id = id;
  style.dataset.zettel = 'style';
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
}
