/** Light or dark, so Zettel's decorations match WhatsApp's theme. */
export type Theme = 'light' | 'dark';

/** Relative luminance of a CSS colour in rgb()/rgba()/#hex form; null when it cannot be read. */
export function luminance(color: string): number | null {
  const value = color.trim();
  let rgb: number[] | null = null;
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value);
  if (fn) {
    if (fn[4] !== undefined && Number.parseFloat(fn[4]) === 0) return null; // transparent says nothing
    rgb = [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  }
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(value);
  if (hex?.[1]) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    rgb = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  }
  if (!rgb) return null;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * `body.dark` (WhatsApp's theme class for years), then the `color-scheme` WhatsApp sets, then the
 * luminance of its WDS surface variable or the app's background.
 */
export function detectTheme(doc: Document, appShell: Element | null): Theme {
  const body = doc.body;
  if (body?.classList.contains('dark') || doc.documentElement.classList.contains('dark')) return 'dark';
  if (!body) return 'light';
  const view = doc.defaultView;
  if (!view) return 'light';
  for (const el of [doc.documentElement, body]) {
    const scheme = view.getComputedStyle(el).colorScheme?.trim();
    if (scheme === 'dark') return 'dark';
    if (scheme === 'light') return 'light';
  }
  const candidates = [
    view.getComputedStyle(body).getPropertyValue('--WDS-surface-default'),
    view.getComputedStyle(doc.documentElement).getPropertyValue('--WDS-surface-default'),
    appShell ? view.getComputedStyle(appShell).backgroundColor : '',
    view.getComputedStyle(body).backgroundColor,
  ];
  for (const color of candidates) {
    const lum = color ? luminance(color) : null;
    if (lum !== null) return lum < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}
