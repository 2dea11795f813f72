// @vitest-environment happy-dom
/**
 * The side strip: sits right above the chat list's scroller, orders items within a slot, comes back
 * after WhatsApp replaces the side column, and leaves the page when its last item's feature stops.
 */
import { describe, expect, it } from 'vitest';
import { mountInSideStrip } from '../../../entrypoints/whatsapp.content/ui/side-strip.ts';
import type { FeatureContext } from '../../../entrypoints/whatsapp.content/features/registry.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';

function sideColumn(): HTMLElement {
  document.body.replaceChildren();
  const side = document.createElement('div');
  side.id = 'side';
  const search = document.createElement('input');
  const pane = document.createElement('div');
  pane.id = 'pane-side';
  const grid = document.createElement('div');
  grid.setAttribute('role', 'grid');
  pane.append(grid);
  side.append(search, pane);
  document.body.append(side);
  return side;
}

function harness() {
  const rowListeners: Array<() => void> = [];
  const adapter = {
    part: (part: string) => (part === 'chat-list' ? document.querySelector('#pane-side [role="grid"]') : null),
    theme: () => 'light',
    onRows: (callback: () => void) => rowListeners.push(callback),
    onHealth: () => {},
  } as unknown as WhatsAppAdapter;
  const context = (controller: AbortController): FeatureContext => ({
    signal: controller.signal,
    adapter,
    log: console,
    t: (key) => key,
    guard: (callback) => callback,
  });
  return { context, rowsChanged: () => rowListeners.forEach((listener) => listener()) };
}

const slotIds = (container: Element | null) => [...(container?.querySelectorAll('[data-zettel-slot]') ?? [])].map((el) => el.getAttribute('data-zettel-slot'));

describe('mountInSideStrip', () => {
  it('places one strip right before #pane-side, toolbar items by order, pins below', () => {
    const side = sideColumn();
    const h = harness();
    const features = [new AbortController(), new AbortController(), new AbortController()];
    mountInSideStrip(h.context(features[0]!), { slot: 'toolbar', id: 'hours', order: 20 });
    mountInSideStrip(h.context(features[1]!), { slot: 'toolbar', id: 'overview', order: 10 });
    mountInSideStrip(h.context(features[2]!), { slot: 'pins', id: 'pins', order: 10 });
    const strips = side.querySelectorAll('[data-zettel="side-strip"]');
    expect(strips).toHaveLength(1);
    expect(strips[0]!.nextElementSibling?.id).toBe('pane-side');
    expect(slotIds(side.querySelector('[data-zettel="side-toolbar"]'))).toEqual(['overview', 'hours']);
    expect(slotIds(side.querySelector('[data-zettel="side-pins-slot"]'))).toEqual(['pins']);
    for (const feature of features) feature.abort();
  });

  it('comes back when WhatsApp re-renders the side column', () => {
    sideColumn();
    const h = harness();
    const feature = new AbortController();
    const host = mountInSideStrip(h.context(feature), { slot: 'toolbar', id: 'overview', order: 10 });
    host.textContent = 'Übersicht';
    const fresh = sideColumn(); // the old column (and the strip in it) is gone
    expect(fresh.querySelector('[data-zettel="side-strip"]')).toBeNull();
    h.rowsChanged();
    expect(fresh.querySelector('[data-zettel-slot="overview"]')?.textContent).toBe('Übersicht');
    feature.abort();
  });

  it('removes an item when its feature stops, and the strip with the last one', () => {
    const side = sideColumn();
    const h = harness();
    const first = new AbortController();
    const second = new AbortController();
    mountInSideStrip(h.context(first), { slot: 'toolbar', id: 'overview', order: 10 });
    mountInSideStrip(h.context(second), { slot: 'pins', id: 'pins', order: 10 });
    first.abort();
    expect(slotIds(side)).toEqual(['pins']);
    second.abort();
    expect(side.querySelector('[data-zettel="side-strip"]')).toBeNull();
  });
});
