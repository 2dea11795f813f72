/**
 * Layout drift (docs/stage.md "Layout drift"): the same page and hooks, in a DOM that a WhatsApp update
 * could plausibly ship — siblings in another DOM order (visual order kept with CSS `order`), extra
 * wrapper elements between parts (`display: contents`, so nothing moves on screen), or the historically
 * stable semantic classes renamed. Unlike `drift(part, …)` no part loses its hooks: an adapter that
 * relies only on hooks keeps working; one that relies on child positions, direct parents or semantic
 * classes does not.
 */
import type { Ctx } from './context.ts';

export const LAYOUTS = ['reorder', 'renest', 'reclass'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Where each layout variant is active, per stage (Ctx); absent: the normal layout. */
const active = new WeakMap<Ctx, Layout>();

export function layoutOf(ctx: Ctx): Layout | null {
  return active.get(ctx) ?? null;
}

export function setLayoutOf(ctx: Ctx, layout: Layout | null): void {
  if (layout === null) active.delete(ctx);
  else active.set(ctx, layout);
}

const SEMANTIC_RENAMES: Readonly<Record<string, string>> = {
  two: 'two-panes',
  'copyable-text': 'text-copyable',
  'selectable-text': 'text-selectable',
  'focusable-list-item': 'list-item-focusable',
  'message-in': 'msg-in',
  'message-out': 'msg-out',
  'lexical-rich-text-input': 'rich-text-input',
  'copyable-area': 'area-copyable',
};

function wrap(el: Element): HTMLElement {
  const outer = document.createElement('div');
  outer.style.display = 'contents';
  el.replaceWith(outer);
  outer.append(el);
  return outer;
}

/** Moves `el` to the end of its parent while CSS `order` keeps it first on screen (a flex parent). */
function moveLastShowFirst(el: HTMLElement, order: number): void {
  el.style.order = String(order);
  el.parentElement?.append(el);
}

/** The shell, right after App.render() built it and before anything scrolls. */
export function layoutShell(ctx: Ctx, two: HTMLElement): void {
  const layout = layoutOf(ctx);
  if (!layout || layout === 'reclass') return;
  const column = two.children[1] as HTMLElement | undefined;
  const side = column?.children[1] as HTMLElement | undefined;
  if (!column || !side) return;
  const [searchBox, filters, pane] = [...side.children] as HTMLElement[];
  if (layout === 'reorder') {
    moveLastShowFirst(column.children[0] as HTMLElement, -1); // title bar after #side in the DOM
    if (filters) moveLastShowFirst(filters, -1);
    if (searchBox) moveLastShowFirst(searchBox, -2);
  } else {
    // Two levels around the chat list's scroll container, one around the search and around the column.
    if (pane) {
      const inner = document.createElement('div');
      inner.style.cssText = 'flex:1;display:flex;flex-direction:column;min-height:0';
      pane.replaceWith(inner);
      inner.append(pane);
      wrap(inner);
    }
    if (searchBox) wrap(searchBox);
    wrap(side);
  }
}

/** A conversation pane, right after its constructor assembled header, messages and footer (nothing rendered yet). */
export function layoutConversation(ctx: Ctx, main: HTMLElement): void {
  const layout = layoutOf(ctx);
  if (!layout || layout === 'reclass') return;
  const [header, wrapper, footer] = [...main.children] as HTMLElement[];
  if (!header || !wrapper || !footer) return;
  if (layout === 'reorder') {
    moveLastShowFirst(header, -1); // DOM: messages, footer, header
    const [avatar] = [...header.children] as HTMLElement[];
    if (avatar) moveLastShowFirst(avatar, -1);
  } else {
    wrap(wrap(header));
    wrap(wrapper);
    wrap(footer);
  }
}

function reclassElement(el: Element): void {
  const value = el.getAttribute('class');
  if (!value) return;
  const tokens = value.split(/\s+/);
  if (!tokens.some((token) => token in SEMANTIC_RENAMES)) return;
  el.setAttribute('class', tokens.map((token) => SEMANTIC_RENAMES[token] ?? token).join(' '));
}

/**
 * 'reclass' renames the semantic classes wherever they appear, also in nodes created later (messages
 * mounted on scroll, the editor's paragraphs re-rendered from its model). Class changes do not disturb
 * the editor, whose own observer watches only child lists and text.
 */
export function watchReclass(ctx: Ctx, root: HTMLElement): void {
  const apply = (node: Node) => {
    if (layoutOf(ctx) !== 'reclass' || !(node instanceof Element)) return;
    reclassElement(node);
    for (const el of node.querySelectorAll('[class]')) reclassElement(el);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') apply(record.target);
      else for (const node of record.addedNodes) apply(node);
    }
  }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
  apply(root);
}
