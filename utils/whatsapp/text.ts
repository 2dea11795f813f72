/**
 * Reads text the way a user sees it: WhatsApp renders emoji as <img alt="😀"> and line breaks as <br>,
 * so textContent alone loses both.
 */
export function visibleText(root: Node): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName;
    if (tag === 'IMG') {
      out += el.getAttribute('alt') ?? '';
      return;
    }
    if (tag === 'BR') {
      out += '\n';
      return;
    }
    if (tag === 'SCRIPT' || tag === 'STYLE') return;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return out;
}

/** One line of editor text: a <br> that ends its block is Lexical's placeholder, not a line break. */
export function blockText(block: Element): string {
  let out = '';
  const walk = (node: Node, isLastInBlock: boolean): void => {
    if (node.nodeType === 3) {
      out += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.tagName === 'IMG') out += el.getAttribute('alt') ?? '';
    else if (el.tagName === 'BR') out += isLastInBlock ? '' : '\n';
    else {
      for (let child = el.firstChild; child; child = child.nextSibling) walk(child, isLastInBlock && child.nextSibling === null);
    }
  };
  for (let child = block.firstChild; child; child = child.nextSibling) walk(child, child.nextSibling === null);
  return out;
}

/** Whitespace-normalised title text, or '' when there is none. */
export function cleanTitle(value: string | null | undefined): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}
