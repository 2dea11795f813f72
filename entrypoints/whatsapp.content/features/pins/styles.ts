/**
 * The pins bar's stylesheet. Compact lines (about 30 px), the list capped at about eight of them (and
 * a third of the window on short screens) so the chat list below keeps its room; colors follow
 * WhatsApp's theme through `data-zt-theme` on <html> (chat-marks/styles.ts). Flag badges and label
 * chips reuse the chat-marks classes.
 */
import { ensurePageStyle } from '../../ui/page-style.ts';

const STYLE_ID = 'zettel-pins-style';

const CSS = `
.zt-pins { display: flex; flex-direction: column; min-width: 0; font: 13px/1.4 system-ui, sans-serif; color: inherit; }
.zt-pins[hidden] { display: none; }
.zt-pins-toggle { display: flex; align-items: center; gap: 6px; width: 100%; border: 0; background: transparent; color: #54656f; cursor: pointer;
  font: 600 12px/20px system-ui, sans-serif; padding: 2px 4px; border-radius: 6px; text-align: left; text-transform: none; }
.zt-pins-toggle:hover { background: rgba(134,150,160,.15); }
.zt-pins-toggle:focus-visible, .zt-pin-open:focus-visible, .zt-pin-unpin:focus-visible, .zt-pins-notice button:focus-visible { outline: 2px solid #008069; outline-offset: -2px; }
.zt-pins-chevron { display: inline-block; width: 0; height: 0; border-left: 4px solid transparent; border-right: 4px solid transparent; border-top: 5px solid currentColor; transition: transform .12s; }
.zt-pins[data-collapsed="true"] .zt-pins-chevron { transform: rotate(-90deg); }
.zt-pins-list { list-style: none; margin: 0; padding: 0; max-height: min(248px, 33vh); overflow-y: auto; overscroll-behavior: contain; }
.zt-pins-list[hidden] { display: none; }
.zt-pin { display: flex; align-items: center; gap: 2px; min-height: 30px; border-radius: 8px; user-select: none; touch-action: pan-y; }
.zt-pin:hover, .zt-pin:focus-within { background: rgba(134,150,160,.12); }
.zt-pin[data-current] { background: rgba(0,128,105,.12); }
.zt-pin[data-dragging] { background: rgba(0,128,105,.2); box-shadow: 0 2px 8px rgba(0,0,0,.2); position: relative; z-index: 1; }
.zt-pins-list[data-dragging] { cursor: grabbing; }
.zt-pin[data-state="missing"] .zt-pin-name { text-decoration: line-through; opacity: .7; }
.zt-pin[aria-busy="true"] { opacity: .6; }
.zt-pin-handle { flex: 0 0 auto; width: 18px; align-self: stretch; display: flex; align-items: center; justify-content: center; color: #8696a0; cursor: grab; font-size: 12px; touch-action: none; }
.zt-pin-open { flex: 1 1 auto; display: flex; align-items: center; gap: 5px; min-width: 0; border: 0; background: transparent; color: inherit; cursor: pointer;
  font: 14px/20px system-ui, sans-serif; padding: 4px 4px; border-radius: 6px; text-align: left; }
.zt-pin-name { flex: 0 1 auto; min-width: 2em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.zt-pin-flag, .zt-pin-labels { display: inline-flex; align-items: center; gap: 3px; min-width: 0; }
.zt-pin-flag:empty, .zt-pin-labels:empty { display: none; }
.zt-pin-flag { flex: 0 0 auto; }
.zt-pin-labels { flex: 0 1 auto; overflow: hidden; }
.zt-pin-unread { flex: 0 0 auto; margin-left: auto; min-width: 20px; height: 20px; padding: 0 6px; box-sizing: border-box; border-radius: 10px; background: #1daa61; color: #fff;
  font: 600 12px/20px system-ui, sans-serif; text-align: center; }
.zt-pin-unread[hidden] { display: none; }
.zt-pin-unpin { flex: 0 0 auto; opacity: 0; border: 0; background: transparent; color: #54656f; cursor: pointer; font: 16px/1 system-ui, sans-serif; padding: 4px 6px; border-radius: 6px; }
.zt-pin:hover .zt-pin-unpin, .zt-pin:focus-within .zt-pin-unpin, .zt-pin-unpin:focus-visible { opacity: 1; }
.zt-pins-notice { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin: 2px 0 4px; padding: 6px 8px; border-radius: 8px; background: #fff4d6; color: #5c3d00; font-size: 12px; }
.zt-pins-notice[hidden] { display: none; }
.zt-pins-notice button { border: 1px solid currentColor; background: transparent; color: inherit; cursor: pointer; font: 600 12px/18px system-ui, sans-serif; padding: 0 8px; border-radius: 10px; }
.zt-pins-notice .zt-pins-dismiss { border: 0; font-size: 16px; margin-left: auto; }
.zt-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
html[data-zt-theme="dark"] .zt-pins-toggle, html[data-zt-theme="dark"] .zt-pin-unpin { color: #aebac1; }
html[data-zt-theme="dark"] .zt-pin[data-current] { background: rgba(0,168,132,.2); }
html[data-zt-theme="dark"] .zt-pins-notice { background: #4a3b12; color: #ffe2a6; }
html[data-zt-theme="dark"] .zt-pin-unread { background: #21c063; color: #111b21; }
`;

export function ensurePinsStyle(doc: Document = document): void {
  ensurePageStyle(STYLE_ID, CSS, doc);
}
