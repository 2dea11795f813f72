/**
 * The markers' stylesheet: the floating "mark" action beside a message bubble, the marker chip inside
 * it, the marker menu, the row badge, the jump highlight and the jump status. Light/dark follow
 * `data-zt-theme` on <html> (chat-marks/styles.ts applyTheme).
 */
import { ensurePageStyle } from '../../ui/page-style.ts';
const STYLE_ID = 'zettel-markers-style';

const CSS = `
.zt-msg-tools { display: block; position: relative; height: 0; width: 100%; }
.zt-msg-action { position: absolute; top: -4px; right: -46px; width: 30px; height: 30px; border-radius: 50%; border: 0; cursor: pointer; opacity: 0;
  background: rgba(255,255,255,.92); color: #54656f; box-shadow: 0 1px 3px rgba(0,0,0,.2); font: 15px/30px system-ui, sans-serif; padding: 0; text-align: center; }
.zt-msg-tools[data-direction="out"] .zt-msg-action { right: auto; left: -46px; }
[data-zt-msg]:hover .zt-msg-action, [data-zt-msg]:focus-within .zt-msg-action, .zt-msg-action:focus-visible, .zt-msg-action[aria-expanded="true"] { opacity: 1; }
.zt-msg-action[data-marked="true"] { color: #d08a00; }
.zt-marker { display: flex; align-items: center; gap: 6px; max-width: 100%; box-sizing: border-box; margin: 4px 0 2px; padding: 2px 4px 2px 6px;
  border-left: 4px solid var(--zt-marker-color, #f5a623); border-radius: 4px; background: rgba(0,0,0,.05); font: 500 12px/18px system-ui, sans-serif; color: inherit; cursor: pointer; }
.zt-marker-dot { width: 8px; height: 8px; border-radius: 50%; flex-shrink: 0; background: var(--zt-marker-color, #f5a623); }
.zt-marker-text { min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate; }
.zt-marker-state { color: #1f7a4d; font-weight: 600; white-space: nowrap; }
.zt-marker-state:empty { display: none; }
.zt-marker[data-state="resolved"] { opacity: .65; }
.zt-marker[data-state="resolved"] .zt-marker-text { text-decoration: line-through; }
.zt-marker-toggle { margin-left: auto; border: 1px solid rgba(0,0,0,.2); background: transparent; color: inherit; border-radius: 10px; padding: 0 8px; font: 500 11px/18px system-ui, sans-serif; cursor: pointer; white-space: nowrap; }
.zt-marker-menu { position: fixed; z-index: 10001; width: 260px; padding: 8px; box-sizing: border-box; background: #fff; color: #111b21; border: 1px solid #d1d7db; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.18); font: 14px/1.4 system-ui, sans-serif; }
.zt-marker-menu[hidden] { display: none; }
.zt-marker-menu fieldset { border: 0; margin: 0 0 8px; padding: 0; max-height: 200px; overflow: auto; }
.zt-marker-menu legend, .zt-marker-menu .zt-marker-note-label { font-size: 12px; color: #54656f; padding: 0 0 4px; }
.zt-marker-menu label.zt-marker-color { display: flex; align-items: center; gap: 8px; padding: 3px 4px; border-radius: 6px; cursor: pointer; }
.zt-marker-menu label.zt-marker-color:hover { background: #f0f2f5; }
.zt-marker-menu .zt-marker-color span:last-child { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.zt-marker-menu input[type="text"] { width: 100%; box-sizing: border-box; font: inherit; padding: 4px 6px; border: 1px solid #d1d7db; border-radius: 6px; background: transparent; color: inherit; }
.zt-marker-buttons { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.zt-marker-buttons button { border: 1px solid #d1d7db; background: transparent; color: inherit; border-radius: 14px; padding: 2px 10px; font: 500 13px/22px system-ui, sans-serif; cursor: pointer; }
.zt-marker-buttons button[data-primary] { background: #008069; border-color: #008069; color: #fff; }
.zt-marker-buttons [hidden] { display: none; }
.zt-row-marker { display: inline-flex; align-items: center; gap: 2px; font: 600 11px/16px system-ui, sans-serif; padding: 0 5px; border-radius: 8px; white-space: nowrap; flex-shrink: 0;
  background: #fff4d6; color: #7a5200; border: 1px solid #f0c35a; cursor: pointer; margin: 0; }
[data-zt-jump-highlight] { animation: zt-jump-flash 2.4s ease-out; }
@keyframes zt-jump-flash { 0%, 60% { background: rgba(255, 196, 0, .35); } 100% { background: transparent; } }
.zt-jump-status { position: fixed; left: 50%; top: 72px; transform: translateX(-50%); z-index: 10002; display: flex; gap: 12px; align-items: center; max-width: 80vw;
  background: #323739; color: #fff; padding: 10px 16px; border-radius: 8px; font: 14px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
.zt-jump-status[data-state="not-found"], .zt-jump-status[data-state="chat-not-found"], .zt-jump-status[data-state="gave-up"] { background: #8c2a1c; }
.zt-jump-status button { border: 0; background: transparent; color: #53bdeb; font: 600 14px system-ui, sans-serif; cursor: pointer; }
html[data-zt-theme="dark"] .zt-marker-menu { background: #233138; color: #e9edef; border-color: #3b4a54; }
html[data-zt-theme="dark"] .zt-marker-menu label.zt-marker-color:hover { background: #182229; }
html[data-zt-theme="dark"] .zt-marker-menu legend, html[data-zt-theme="dark"] .zt-marker-menu .zt-marker-note-label { color: #aebac1; }
html[data-zt-theme="dark"] .zt-marker { background: rgba(255,255,255,.08); }
html[data-zt-theme="dark"] .zt-marker-state { color: #6fd49b; }
html[data-zt-theme="dark"] .zt-marker-toggle { border-color: rgba(255,255,255,.3); }
html[data-zt-theme="dark"] .zt-msg-action { background: rgba(32,44,51,.95); color: #aebac1; }
html[data-zt-theme="dark"] .zt-row-marker { background: #4a3b12; color: #ffd27a; border-color: #8a6a1c; }
`;

export function ensureMarkersStyle(doc: Document = document): void {
  ensurePageStyle(STYLE_ID, CSS, doc);
}
