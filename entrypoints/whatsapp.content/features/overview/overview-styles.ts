import { ensurePageStyle } from '../../ui/page-style.ts';

/** The overview panel's stylesheet (inside its shadow root); `:host([data-theme="dark"])` follows WhatsApp. */
export const OVERVIEW_CSS = `
:host { all: initial; position: fixed; z-index: 950; top: 0; right: 0; bottom: 0; left: 0; display: block; }
:host([hidden]) { display: none !important; }
.backdrop { position: absolute; inset: 0; background: rgba(11,20,26,.35); display: flex; align-items: stretch; justify-content: center; padding: 16px; box-sizing: border-box; }
.dialog { display: flex; flex-direction: column; gap: 10px; width: 100%; max-width: 760px; min-height: 0; box-sizing: border-box; padding: 14px 16px;
  border-radius: 12px; background: #fff; color: #111b21; box-shadow: 0 10px 40px rgba(0,0,0,.3); font: 14px/1.4 system-ui, sans-serif; }
:host([data-theme="dark"]) .dialog { background: #111b21; color: #e9edef; }
.head { display: flex; align-items: center; gap: 8px; }
h2 { flex: 1; margin: 0; font: 600 17px/1.3 system-ui, sans-serif; }
button, input, select { font: inherit; color: inherit; }
.close { border: 0; background: transparent; cursor: pointer; font-size: 20px; line-height: 1; padding: 4px 8px; border-radius: 6px; }
.close:hover, .close:focus-visible { background: rgba(134,150,160,.2); }
.controls { display: flex; gap: 8px; flex-wrap: wrap; }
input[type="search"] { flex: 1 1 240px; min-width: 0; padding: 8px 10px; border-radius: 8px; border: 1px solid #d1d7db; background: transparent; }
select { flex: 0 1 200px; min-width: 0; padding: 8px; border-radius: 8px; border: 1px solid #d1d7db; background: transparent; }
:host([data-theme="dark"]) input[type="search"], :host([data-theme="dark"]) select { border-color: #3b4a54; }
:host([data-theme="dark"]) select option { background: #233138; }
input:focus-visible, select:focus-visible, button:focus-visible, [role="option"]:focus-visible { outline: 2px solid #00a884; outline-offset: 1px; }
[role="tablist"] { display: flex; gap: 4px; border-bottom: 1px solid rgba(134,150,160,.3); overflow-x: auto; }
[role="tab"] { border: 0; background: transparent; cursor: pointer; padding: 8px 12px; border-bottom: 3px solid transparent; white-space: nowrap; }
[role="tab"][aria-selected="true"] { border-bottom-color: #00a884; font-weight: 600; }
.count { display: inline-block; min-width: 1.4em; margin-left: 6px; padding: 0 6px; border-radius: 9px; background: rgba(134,150,160,.22); font-size: 12px; text-align: center; }
.status { font-size: 12px; color: #667781; min-height: 1.2em; }
:host([data-theme="dark"]) .status { color: #8696a0; }
[role="listbox"] { list-style: none; margin: 0; padding: 0; overflow-y: auto; flex: 1 1 auto; min-height: 80px; }
[role="option"] { display: grid; grid-template-columns: 10px 1fr auto; gap: 2px 10px; align-items: start; padding: 8px 10px; border-radius: 8px; cursor: pointer; }
[role="option"]:hover { background: rgba(134,150,160,.12); }
[role="option"][data-active="true"] { background: rgba(0,168,132,.14); }
.dot { width: 10px; height: 10px; border-radius: 50%; margin-top: 5px; background: #8696a0; }
[data-kind="flag"] .dot { background: #f0c35a; }
[data-kind="note"] .dot { background: #53bdeb; }
[data-kind="pin"] .dot { background: #00a884; }
.title { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: plaintext; }
.meta { font-size: 12px; color: #667781; white-space: nowrap; text-align: right; }
:host([data-theme="dark"]) .meta { color: #8696a0; }
.kind { font-size: 11px; font-weight: 600; padding: 0 6px; border-radius: 8px; background: rgba(134,150,160,.22); margin-left: 6px; }
.text, .detail { grid-column: 2 / 4; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; word-break: break-word; unicode-bidi: plaintext; }
.detail { font-size: 12px; color: #667781; -webkit-line-clamp: 1; }
.text:empty, .detail:empty { display: none; }
[data-overdue="true"] .meta { color: #a3200f; font-weight: 600; }
:host([data-theme="dark"]) [data-overdue="true"] .meta { color: #ffb4a6; }
[data-overdue="true"] .dot { box-shadow: 0 0 0 2px #f08a7a; }
[data-state="resolved"] .title, [data-state="resolved"] .text { opacity: .65; }
.empty { padding: 24px 8px; text-align: center; color: #667781; }
`;

const BUTTON_STYLE_ID = 'zettel-overview-button-style';

const BUTTON_CSS = `
.zt-side-button { display: inline-flex; align-items: center; gap: 4px; border: 1px solid #d1d7db; background: transparent; color: inherit; cursor: pointer;
  font: 500 12px/18px system-ui, sans-serif; padding: 2px 10px; border-radius: 12px; }
.zt-side-button:hover { background: rgba(134,150,160,.15); }
.zt-side-button:focus-visible { outline: 2px solid #00a884; outline-offset: 1px; }
.zt-side-button[aria-expanded="true"] { background: rgba(0,168,132,.14); border-color: #00a884; }
html[data-zt-theme="dark"] .zt-side-button { border-color: #3b4a54; }
`;

/** The overview button sits in the side strip (light DOM): one small stylesheet for it. */
export function ensureOverviewButtonStyle(doc: Document = document): void {
  ensurePageStyle(BUTTON_STYLE_ID, BUTTON_CSS, doc);
}
