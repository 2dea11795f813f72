/**
 * Styles of the opening-hours chip and the away-reply suggestion. Colors follow WhatsApp's theme through
 * `data-zt-theme` on <html> (set by the side strip / chat marks from the adapter's theme reading).
 */
import { ensurePageStyle } from '../../ui/page-style.ts';

const STYLE_ID = 'zettel-hours-style';

const CSS = `
.zt-hours-chip { display: inline-flex; align-items: center; gap: 5px; font: 500 12px/18px system-ui, sans-serif; padding: 1px 8px; border-radius: 10px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 100%; background: #e7f6ec; color: #0b5b2a; border: 1px solid #9fd8b2; }
.zt-hours-chip::before { content: ''; width: 7px; height: 7px; border-radius: 50%; background: currentColor; flex-shrink: 0; }
.zt-hours-chip[data-state="closed"], .zt-hours-chip[data-state="invalid"] { background: #f0f2f5; color: #3b4a54; border-color: #d1d7db; }
.zt-hours-chip[hidden] { display: none; }
html[data-zt-theme="dark"] .zt-hours-chip { background: #103824; color: #8fe0ae; border-color: #1f6b43; }
html[data-zt-theme="dark"] .zt-hours-chip[data-state="closed"], html[data-zt-theme="dark"] .zt-hours-chip[data-state="invalid"] { background: #202c33; color: #d1d7db; border-color: #3b4a54; }
.zt-away-suggestion { position: fixed; z-index: 1000; display: flex; align-items: center; gap: 8px; flex-wrap: wrap; box-sizing: border-box; padding: 8px 12px;
  border-radius: 8px; font: 13px/1.4 system-ui, sans-serif; background: #fff8e1; color: #4a3b00; border: 1px solid #f0c35a; box-shadow: 0 2px 10px rgba(0,0,0,.15); }
.zt-away-suggestion span { flex: 1 1 200px; min-width: 0; }
.zt-away-suggestion button { border: 1px solid #d1a53a; background: #fff; color: inherit; border-radius: 14px; padding: 3px 10px; cursor: pointer; font: 600 12px/18px system-ui, sans-serif; }
.zt-away-suggestion button[data-zettel-action="dismiss-away-suggestion"] { border-color: transparent; background: transparent; font-weight: 400; }
html[data-zt-theme="dark"] .zt-away-suggestion { background: #3a3212; color: #ffe9a8; border-color: #8a6a1c; }
html[data-zt-theme="dark"] .zt-away-suggestion button { background: #233138; border-color: #8a6a1c; }
`;

export function ensureHoursStyle(doc: Document = document): void {
  ensurePageStyle(STYLE_ID, CSS, doc);
}
