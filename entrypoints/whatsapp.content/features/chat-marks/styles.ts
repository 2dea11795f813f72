/**
 * The one stylesheet of Zettel's in-page marks (DESIGN §6): flag badges, label chips, header controls,
 * menus and the undo toast. Colors follow WhatsApp's light/dark theme through `data-zt-theme` on our own
 * elements' root (<html>), set from the adapter's theme reading.
 */
import { ensurePageStyle } from '../../ui/page-style.ts';
const STYLE_ID = 'zettel-chat-marks-style';

const CSS = `
.zt-row-marks { display: inline-flex; align-items: center; gap: 4px; flex-shrink: 0; margin: 0 4px; max-width: 45%; overflow: hidden; vertical-align: middle; }
.zt-row-slot { display: inline-flex; align-items: center; gap: 3px; min-width: 0; }
.zt-row-slot:empty { display: none; }
/* A narrow row gives up label chips first (clipped, never overlapping); the flag and actions keep their size. */
.zt-row-slot-flag, .zt-row-slot-actions { flex-shrink: 0; }
.zt-row-slot-labels { flex-shrink: 1; overflow: hidden; }
.zt-flag { display: inline-flex; align-items: center; gap: 3px; font: 600 11px/16px system-ui, sans-serif; padding: 0 6px; border-radius: 8px; white-space: nowrap;
  background: #fff4d6; color: #7a5200; border: 1px solid #f0c35a; }
.zt-flag::before { content: ''; width: 6px; height: 6px; border-radius: 50%; background: currentColor; }
.zt-flag[data-overdue="true"] { background: #ffe1dc; color: #a3200f; border-color: #f08a7a; }
.zt-flag[data-state="due"] { background: #d63a23; color: #fff; border-color: #d63a23; }
.zt-chip { display: inline-block; max-width: 72px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font: 500 11px/16px system-ui, sans-serif;
  padding: 0 6px; border-radius: 8px; color: #fff; }
.zt-chip-more { font: 500 11px/16px system-ui, sans-serif; color: #54656f; padding: 0 2px; }
.zt-row-action { opacity: 0; border: 0; background: transparent; cursor: pointer; font: 13px/1 system-ui, sans-serif; padding: 2px 4px; border-radius: 6px; color: #54656f; }
.zt-row-action:focus-visible, [data-zt-row]:hover .zt-row-action, [data-zt-row]:focus-within .zt-row-action { opacity: 1; }
.zt-row-action[aria-pressed="true"] { color: #d08a00; }
.zt-header-marks { display: inline-flex; align-items: center; gap: 6px; margin-left: 8px; flex-shrink: 0; position: relative; }
.zt-header-button { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #d1d7db; background: transparent; color: inherit; cursor: pointer;
  font: 500 12px/18px system-ui, sans-serif; padding: 2px 8px; border-radius: 12px; }
.zt-header-button[aria-pressed="true"] { background: #fff4d6; border-color: #f0c35a; color: #7a5200; }
.zt-header-labels { display: inline-flex; gap: 3px; max-width: 240px; overflow: hidden; }
.zt-menu { position: absolute; top: 100%; right: 0; z-index: 1000; min-width: 220px; max-height: 360px; overflow: auto; margin-top: 4px; padding: 6px;
  background: #fff; color: #111b21; border: 1px solid #d1d7db; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 14px/1.4 system-ui, sans-serif; }
.zt-menu button, .zt-menu label { display: flex; align-items: center; gap: 8px; width: 100%; border: 0; background: transparent; color: inherit; text-align: left;
  padding: 6px 8px; border-radius: 6px; cursor: pointer; font: inherit; box-sizing: border-box; }
.zt-menu [hidden] { display: none !important; }
.zt-menu button:hover, .zt-menu label:hover, .zt-menu button:focus-visible { background: #f0f2f5; }
.zt-menu input[type="datetime-local"] { font: inherit; margin: 4px 8px; }
.zt-swatch { width: 12px; height: 12px; border-radius: 50%; flex-shrink: 0; }
.zt-menu-note { padding: 6px 8px; color: #54656f; font-size: 12px; }
.zt-menu-note:empty { display: none; }
.zt-toast { position: fixed; left: 50%; bottom: 24px; transform: translateX(-50%); z-index: 10000; display: flex; gap: 12px; align-items: center;
  background: #323739; color: #fff; padding: 10px 16px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.zt-toast button { border: 0; background: transparent; color: #53bdeb; font: 600 14px system-ui, sans-serif; cursor: pointer; }
html[data-zt-theme="dark"] .zt-menu { background: #233138; color: #e9edef; border-color: #3b4a54; }
html[data-zt-theme="dark"] .zt-menu button:hover, html[data-zt-theme="dark"] .zt-menu label:hover { background: #182229; }
html[data-zt-theme="dark"] .zt-header-button { border-color: #3b4a54; }
html[data-zt-theme="dark"] .zt-flag { background: #4a3b12; color: #ffd27a; border-color: #8a6a1c; }
html[data-zt-theme="dark"] .zt-flag[data-overdue="true"] { background: #5a1f17; color: #ffb4a6; border-color: #a3402f; }
html[data-zt-theme="dark"] .zt-flag[data-state="due"] { background: #d63a23; color: #fff; }
`;

/** Adds the stylesheet once per page; it stays for the page's life (harmless without marks). */
export function ensureChatMarksStyle(doc: Document = document): void {
  ensurePageStyle(STYLE_ID, CSS, doc);
}

/** Keeps `data-zt-theme` on <html> in step with WhatsApp's theme. */
export function applyTheme(theme: string, doc: Document = document): void {
  const value = theme === 'dark' ? 'dark' : 'light';
  if (doc.documentElement.getAttribute('data-zt-theme') !== value) doc.documentElement.setAttribute('data-zt-theme', value);
}
