/**
 * Zettel's strip above WhatsApp's chat list: one host for the in-page UI that belongs to the whole
 * inbox rather than one chat — a compact toolbar row (overview button, opening-hours chip) and the pins
 * bar below it. Features get an element of their own to fill; the strip keeps it in place when WhatsApp
 * re-renders the side column and removes it when the feature stops. One strip per page, shared.
 */
import { sideStripAnchor } from '../../../utils/whatsapp/side-strip-place.ts';
import { applyTheme } from '../features/chat-marks/styles.ts';
import type { FeatureContext } from '../features/registry.ts';
import { ensurePageStyle } from './page-style.ts';

export type SideStripSlot = 'toolbar' | 'pins';

export interface SideStripMount {
  slot: SideStripSlot;
  /** Stable id of the item (e.g. "overview"); becomes data-zettel-slot. */
  id: string;
  /** Lower comes first within the slot. */
  order: number;
}

const STYLE_ID = 'zettel-side-strip-style';
const CSS = `
[data-zettel="side-strip"] { flex: 0 0 auto; display: flex; flex-direction: column; gap: 4px; padding: 4px 12px 6px; box-sizing: border-box;
  max-width: 100%; min-width: 0; font: 13px/1.4 system-ui, sans-serif; color: #111b21; border-bottom: 1px solid rgba(134,150,160,.25); }
html[data-zt-theme="dark"] [data-zettel="side-strip"] { color: #e9edef; }
/* Shown while some item shows something: a hidden element or a live region alone (e.g. no pins yet) is nothing to see. */
[data-zettel="side-strip"]:not(:has([data-zettel-slot] > :not([hidden]):not([aria-live]))) { display: none; }
[data-zettel="side-toolbar"] { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; min-width: 0; }
[data-zettel="side-toolbar"]:empty, [data-zettel="side-pins-slot"]:empty { display: none; }
[data-zettel="side-pins-slot"] { min-width: 0; }
`;

interface Strip {
  root: HTMLElement;
  toolbar: HTMLElement;
  pins: HTMLElement;
  /** The element the strip was last placed before (WhatsApp's list scroller). */
  before: Element | null;
}

const strips = new WeakMap<Document, Strip>();

function stripOf(doc: Document, t: FeatureContext['t']): Strip {
  let strip = strips.get(doc);
  if (!strip) {
    const root = doc.createElement('div');
    root.dataset.zettel = 'side-strip';
    const toolbar = doc.createElement('div');
    toolbar.dataset.zettel = 'side-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', t('sideStrip_toolbarLabel'));
    const pins = doc.createElement('div');
    pins.dataset.zettel = 'side-pins-slot';
    root.append(toolbar, pins);
    strip = { root, toolbar, pins, before: null };
    strips.set(doc, strip);
  }
  return strip;
}

/** Cheap check, run on every row batch: still right before the same, still attached scroller? */
function stillPlaced(strip: Strip): boolean {
  return strip.root.isConnected && strip.before !== null && strip.before.isConnected && strip.root.nextElementSibling === strip.before;
}

/** Puts the strip above the chat list's scroller unless it is there already. */
function place(strip: Strip, ctx: FeatureContext): void {
  if (stillPlaced(strip)) return;
  const anchor = sideStripAnchor(ctx.adapter.part('chat-list'));
  if (!anchor) return;
  anchor.parent.insertBefore(strip.root, anchor.before);
  strip.before = anchor.before;
  applyTheme(ctx.adapter.theme());
}

function insertByOrder(container: HTMLElement, item: HTMLElement, order: number): void {
  const next = [...container.children].find((child) => Number((child as HTMLElement).dataset.zettelOrder) > order);
  container.insertBefore(item, next ?? null);
}

/** An element of the caller's own, kept in Zettel's side strip for as long as ctx.signal lives. */
export function mountInSideStrip(ctx: FeatureContext, mount: SideStripMount): HTMLElement {
  const doc = document;
  ensurePageStyle(STYLE_ID, CSS, doc);
  const strip = stripOf(doc, ctx.t);
  const host = doc.createElement('div');
  host.dataset.zettelSlot = mount.id;
  host.dataset.zettelOrder = String(mount.order);
  insertByOrder(mount.slot === 'toolbar' ? strip.toolbar : strip.pins, host, mount.order);
  place(strip, ctx);
  // WhatsApp replaces the side column on some re-renders: rows and health changes are the signals.
  const keepPlaced = ctx.guard(() => place(strip, ctx));
  ctx.adapter.onRows(keepPlaced, ctx.signal);
  ctx.adapter.onHealth(
    ctx.guard(() => {
      place(strip, ctx);
      applyTheme(ctx.adapter.theme());
    }),
    ctx.signal,
  );
  ctx.signal.addEventListener(
    'abort',
    () => {
      host.remove();
      if (!strip.root.querySelector('[data-zettel-slot]')) strip.root.remove();
    },
    { once: true },
  );
  return host;
}
