/**
 * Styles of the template feature. The footer button lives in WhatsApp's own row, so it gets a tiny
 * page stylesheet (classes prefixed `zt-`); the picker lives in its own shadow root with its own sheet,
 * so WhatsApp's CSS cannot reach it. Both follow WhatsApp's light/dark theme: the button through
 * `data-zt-theme` on <html> (set by the chat marks' applyTheme), the picker through `data-theme` on
 * its host.
 */
import { ensurePageStyle } from '../../ui/page-style.ts';
const PAGE_STYLE_ID = 'zettel-templates-style';

const PAGE_CSS = `
.zt-template-button { display: inline-flex; align-items: center; justify-content: center; flex-shrink: 0; width: 36px; height: 36px; padding: 0;
  border: 0; border-radius: 50%; background: transparent; color: #54656f; cursor: pointer; }
.zt-template-button:hover, .zt-template-button:focus-visible { background: rgba(11, 20, 26, .08); }
.zt-template-button[aria-expanded="true"] { color: #008069; }
.zt-template-glyph { display: inline-flex; align-items: center; justify-content: center; width: 20px; height: 20px; box-sizing: border-box;
  border: 1.7px solid currentColor; border-radius: 5px; font: 700 13px/1 system-ui, sans-serif; }
html[data-zt-theme="dark"] .zt-template-button { color: #aebac1; }
html[data-zt-theme="dark"] .zt-template-button:hover, html[data-zt-theme="dark"] .zt-template-button:focus-visible { background: rgba(255, 255, 255, .1); }
`;

export function ensureTemplateButtonStyle(doc: Document = document): void {
  ensurePageStyle(PAGE_STYLE_ID, PAGE_CSS, doc);
}

export const PICKER_CSS = `
:host { all: initial; }
.panel { position: fixed; z-index: 2147483000; box-sizing: border-box; display: flex; flex-direction: column; gap: 6px; padding: 8px;
  background: #fff; color: #111b21; border: 1px solid #d1d7db; border-radius: 10px; box-shadow: 0 6px 24px rgba(11, 20, 26, .22);
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.panel[hidden], [hidden] { display: none !important; }
input { font: inherit; color: inherit; background: #f0f2f5; border: 1px solid transparent; border-radius: 8px; padding: 7px 10px; box-sizing: border-box; width: 100%; }
input:focus { outline: 2px solid #00a884; outline-offset: -1px; }
ul { list-style: none; margin: 0; padding: 0; overflow-y: auto; min-height: 0; flex: 1 1 auto; }
li { display: grid; grid-template-columns: 1fr auto; gap: 0 8px; padding: 6px 8px; border-radius: 6px; cursor: pointer; }
li[aria-selected="true"] { background: #e7fce3; }
li:hover { background: #f0f2f5; }
li[aria-selected="true"]:hover { background: #d9f7d3; }
.title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.shortcut { color: #008069; font: 12px/1.6 ui-monospace, Menlo, Consolas, monospace; }
.preview { grid-column: 1 / -1; color: #667781; font-size: 12.5px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.empty, .hint { margin: 4px 8px; color: #667781; font-size: 12.5px; }
.status { margin: 4px 8px; color: #b42318; font-size: 13px; }
.status:empty { display: none; }
form { display: flex; flex-direction: column; gap: 8px; margin: 0; }
.fields-title { margin: 2px 4px; font-weight: 600; }
label { display: flex; flex-direction: column; gap: 3px; font-size: 12.5px; color: #3b4a54; }
.error { margin: 0 4px; color: #b42318; font-size: 13px; }
.error:empty { display: none; }
.buttons { display: flex; justify-content: flex-end; gap: 8px; }
.pack-offer .buttons { justify-content: flex-start; flex-wrap: wrap; margin: 4px 8px 8px; }
button { font: inherit; border-radius: 18px; padding: 6px 14px; cursor: pointer; border: 1px solid #d1d7db; background: transparent; color: inherit; }
button[type="submit"] { background: #00a884; border-color: #00a884; color: #fff; font-weight: 600; }
button:focus-visible { outline: 2px solid #00a884; outline-offset: 2px; }
:host([data-theme="dark"]) .panel { background: #233138; color: #e9edef; border-color: #3b4a54; box-shadow: 0 6px 24px rgba(0, 0, 0, .5); }
:host([data-theme="dark"]) input { background: #2a3942; }
:host([data-theme="dark"]) li:hover { background: #182229; }
:host([data-theme="dark"]) li[aria-selected="true"] { background: #005c4b; }
:host([data-theme="dark"]) .shortcut { color: #53bdeb; }
:host([data-theme="dark"]) .preview, :host([data-theme="dark"]) .empty, :host([data-theme="dark"]) .hint { color: #8696a0; }
:host([data-theme="dark"]) label { color: #d1d7db; }
:host([data-theme="dark"]) button { border-color: #3b4a54; }
:host([data-theme="dark"]) button[type="submit"] { background: #00a884; color: #111b21; }
:host([data-theme="dark"]) .status, :host([data-theme="dark"]) .error { color: #ff8a7a; }
`;
