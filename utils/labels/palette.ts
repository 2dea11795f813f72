/**
 * Label colors: a default palette that reads well in WhatsApp's light and dark themes (any other
 * #rrggbb is allowed too), the starter labels of a trades business, and the text color for a chip.
 */

/** Distinct hues; each chip's text is black or white, whichever contrasts more (chipTextColor). */
export const LABEL_PALETTE: readonly string[] = [
  '#1f7a4d', // green
  '#c0392b', // red
  '#b34700', // orange
  '#b7950b', // ochre
  '#2471a3', // blue
  '#7d3c98', // purple
  '#117a8b', // teal
  '#a93b76', // magenta
  '#5d6d7e', // slate
  '#6e4b2a', // brown
];

export interface DefaultLabel {
  /** Stable id: creating the defaults twice (a retried install) cannot duplicate them. */
  id: string;
  /** _locales key of the name, German or English by the browser's language at install time. */
  nameKey: string;
  color: string;
}

/** The seed's labels (as WhatsApp Business users know them) and the trades ones. */
export const DEFAULT_LABELS: readonly DefaultLabel[] = [
  { id: 'default-new-order', nameKey: 'label_default_new_order', color: '#2471a3' },
  { id: 'default-payment-pending', nameKey: 'label_default_payment_pending', color: '#b34700' },
  { id: 'default-paid', nameKey: 'label_default_paid', color: '#1f7a4d' },
  { id: 'default-order-complete', nameKey: 'label_default_order_complete', color: '#5d6d7e' },
  { id: 'default-quote', nameKey: 'label_default_quote', color: '#7d3c98' },
  { id: 'default-appointment', nameKey: 'label_default_appointment', color: '#117a8b' },
  { id: 'default-supplier', nameKey: 'label_default_supplier', color: '#6e4b2a' },
  { id: 'default-site', nameKey: 'label_default_site', color: '#b7950b' },
];

/** Black or white, whichever contrasts more with the chip's background (WCAG relative luminance). */
export function chipTextColor(background: string): '#111b21' | '#ffffff' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(background);
  if (!match) return '#ffffff';
  const [r, g, b] = match.slice(1).map((hex) => {
    const c = Number.parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with white vs. with near-black (#111b21, luminance ≈ 0.011).
  return (1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.061) ? '#ffffff' : '#111b21';
}
