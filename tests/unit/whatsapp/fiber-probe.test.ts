// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { chatJidFromFiber, createFiberProbe, installFiberProbeResponder } from '../../../utils/whatsapp/fiber-probe.ts';
import { mountPage } from './fixtures.ts';

/** React's expando shape: `__reactFiber$<random>` → host fiber → … → a fiber keyed `chat-<jid>`. */
function attachFiber(el: Element, jid: string): void {
  const keyed = { key: `chat-${jid}`, return: { key: null, return: null } };
  const host = { key: null, return: { key: null, return: keyed } };
  (el as unknown as Record<string, unknown>)['__reactFiber$x7k2'] = host;
}

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe('react-fiber probe (identity strategy 2)', () => {
  it('is absent without the main-world responder', () => {
    expect(createFiberProbe(document)).toBeNull();
  });

  it('reads the chat JID of a row or a header title through the responder', () => {
    mountPage('<div role="row"><div><span dir="auto" title="Anna">Anna</span></div></div>');
    const row = document.querySelector('[role="row"]')!;
    attachFiber(row, '491701234567@c.us');
    expect(chatJidFromFiber(row)).toBe('491701234567@c.us');
    uninstall = installFiberProbeResponder(document);
    const probe = createFiberProbe(document)!;
    expect(probe.jidOf(row)).toBe('491701234567@c.us');
    // From a descendant (the title span), the responder walks up to the keyed element.
    expect(probe.jidOf(document.querySelector('span')!)).toBe('491701234567@c.us');
  });

  it('answers null for elements without a fiber or with a key that is no JID', () => {
    mountPage('<div id="a"></div><div id="b"></div>');
    uninstall = installFiberProbeResponder(document);
    const probe = createFiberProbe(document)!;
    expect(probe.jidOf(document.querySelector('#a')!)).toBeNull();
    const b = document.querySelector('#b')!;
    (b as unknown as Record<string, unknown>)['__reactFiber$q'] = { key: 'chat-not a jid', return: null };
    expect(probe.jidOf(b)).toBeNull();
  });
});
