// @vitest-environment happy-dom
/** Where markers go in a message (both profiles), re-placing after WhatsApp re-creates content, and the chip as text only. */
import { beforeEach, describe, expect, it } from 'vitest';
import { removeAllChips, renderChip, type ChipHandlers } from '../../../entrypoints/whatsapp.content/features/markers/message-marks.ts';
import type { MarkerRecord } from '../../../utils/messaging/protocol.ts';
import { findMessageWrapper, historyStartShown, isMessageMounted, loadedMessageCount, messageIdOf, messageMarkPlace, messageWrapperOf } from '../../../utils/whatsapp/message-actions.ts';
import { annaConversation, mountPage, pageHtml, type Profile } from '../whatsapp/fixtures.ts';
import { markerRecord } from './markers-fixtures.ts';

const pane = () => document.querySelector('#main')!;
const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`);
const handlers: ChipHandlers = { t, onEdit: () => {}, onToggle: () => {} };
const marker = (messageId: string, patch: Partial<MarkerRecord> = {}): MarkerRecord => markerRecord('title:Anna Müller', messageId, { color: '#2471a3', ...patch });

describe.each(['legacy-2025', 'current-2026'] as Profile[])('message places on %s', (profile) => {
  beforeEach(() => document.body.replaceChildren());

  it('finds a message by its bare id; the wrapper of a node inside a quote is the quoting message', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    const wrapper = findMessageWrapper(pane(), '3EB0C431A1B2C3D4E5F6A7')!;
    expect(messageIdOf(wrapper)).toBe('3EB0C431A1B2C3D4E5F6A7');
    const insideQuote = wrapper.querySelector('[data-id] span')!;
    expect(messageWrapperOf(insideQuote)).toBe(wrapper);
    expect(findMessageWrapper(pane(), 'NOPE')).toBeNull();
    expect(loadedMessageCount(pane())).toBe(5);
  });

  it('the chip sits in the bubble before the time line, never inside the text or the quote', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    const wrapper = findMessageWrapper(pane(), '3EB0C431A1B2C3D4E5F6A7')!;
    renderChip(wrapper, marker('3EB0C431A1B2C3D4E5F6A7', { note: 'Rückruf' }), [], handlers);
    const chip = wrapper.querySelector<HTMLElement>('[data-zettel="message-marker"]')!;
    expect(chip.nextElementSibling?.getAttribute('data-testid')).toBe('msg-meta');
    expect(chip.closest('[data-testid="quoted-message"], .copyable-text')).toBeNull();
    expect(chip.getAttribute('data-state')).toBe('open');
    expect(chip.textContent).toContain('markers_chip_marked · Rückruf');
    // Rendering again changes nothing; no marker removes it.
    renderChip(wrapper, marker('3EB0C431A1B2C3D4E5F6A7', { note: 'Rückruf' }), [], handlers);
    expect(wrapper.querySelectorAll('[data-zettel="message-marker"]')).toHaveLength(1);
    renderChip(wrapper, undefined, [], handlers);
    expect(wrapper.querySelector('[data-zettel="message-marker"]')).toBeNull();
  });

  it('a resolved marker shows its state and offers to reopen', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    const wrapper = findMessageWrapper(pane(), '3A12F0908922EFDD7360')!;
    renderChip(wrapper, marker('3A12F0908922EFDD7360', { status: 'resolved' }), [], handlers);
    const chip = wrapper.querySelector('[data-zettel="message-marker"]')!;
    expect(chip.getAttribute('data-state')).toBe('resolved');
    expect(chip.querySelector('button')?.getAttribute('data-zettel-action')).toBe('reopen-marker');
    removeAllChips(document);
    expect(document.querySelector('[data-zettel="message-marker"]')).toBeNull();
  });

  it('hostile notes and label names are text, never markup', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    const wrapper = findMessageWrapper(pane(), '3A12F0908922EFDD735D')!;
    const note = '<img src=x onerror="globalThis.__canary=1"><script>globalThis.__canary=2</script>\u202E';
    renderChip(wrapper, marker('3A12F0908922EFDD735D', { note, color: '#7d3c98' }), [{ id: 'l', name: '<b>fett</b>', color: '#7d3c98', order: 0, updatedAt: 0 }], handlers);
    const chip = wrapper.querySelector('[data-zettel="message-marker"]')!;
    expect(chip.querySelector('.zt-marker-text')?.textContent).toBe(`<b>fett</b> · ${note}`);
    expect(chip.querySelectorAll('img, script, b')).toHaveLength(0);
    expect((globalThis as { __canary?: unknown }).__canary).toBeUndefined();
  });
});

describe('unmounted messages (current-2026)', () => {
  beforeEach(() => document.body.replaceChildren());
  it('no place while unmounted; the chip goes back in when content is re-created', () => {
    mountPage(pageHtml({ profile: 'current-2026', open: { ...annaConversation(), messages: [{ id: 'AAA1', fromMe: false, text: 'alt', virtualized: true }, { id: 'AAA2', fromMe: true, text: 'neu', tail: true }] } }));
    const wrapper = findMessageWrapper(pane(), 'AAA1')!;
    expect(isMessageMounted(wrapper)).toBe(false);
    expect(messageMarkPlace(wrapper)).toBeNull();
    renderChip(wrapper, marker('AAA1'), [], handlers);
    expect(wrapper.querySelector('[data-zettel="message-marker"]')).toBeNull();
    // WhatsApp mounts new content nodes.
    const virt = wrapper.firstElementChild!;
    const mounted = findMessageWrapper(pane(), 'AAA2')!.firstElementChild!.cloneNode(true) as Element;
    virt.replaceChildren(...mounted.childNodes);
    virt.setAttribute('data-virtualized', 'false');
    expect(isMessageMounted(wrapper)).toBe(true);
    renderChip(wrapper, marker('AAA1'), [], handlers);
    expect(wrapper.querySelector('[data-zettel="message-marker"]')).not.toBeNull();
  });

  it('the start of the history: a system notice above every message', () => {
    mountPage('<div id="r"><div role="row"><div data-testid="msg-notification-container">E2E</div></div><div role="row"><div data-id="A1"><div>x</div></div></div></div>');
    expect(historyStartShown(document.querySelector('#r')!)).toBe(true);
    mountPage('<div id="r"><div role="row"><div data-id="A1"><div>x</div></div></div><div data-testid="msg-notification-container">added</div></div>');
    expect(historyStartShown(document.querySelector('#r')!)).toBe(false);
  });
});
