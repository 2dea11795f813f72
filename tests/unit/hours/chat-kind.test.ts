// @vitest-environment happy-dom
/**
 * chatKind (utils/whatsapp/chat-kind.ts): the away reply's "1:1 chats only" rests on it. Hand-written
 * message rows in the shape of both profiles (whatsapp-dom.md §3, A.2).
 */
import { describe, expect, it } from 'vitest';
import { chatKind } from '../../../utils/whatsapp/chat-kind';
import { readMessages } from '../../../utils/whatsapp/messages';

function conversation(html: string): HTMLElement {
  // Constant test fixtures only, parsed as the whatsapp fixtures do.
  const parsed = new DOMParser().parseFromString(`<!doctype html><html><body><div>${html}</div></body></html>`, 'text/html');
  const root = document.importNode(parsed.body.firstElementChild as HTMLElement, true);
  document.body.replaceChildren(root);
  return root;
}

const incoming = (id: string, { author, tail = true, quoteAuthor }: { author?: string; tail?: boolean; quoteAuthor?: string } = {}) => `
  <div role="row"><div data-id="${id}"><div data-virtualized="false"><div><div aria-label="x"><div data-testid="msg-container">
    ${tail ? '<span data-icon="tail-in"></span>' : ''}
    <div>${author ? `<span aria-label="${author}:">${author}</span>` : ''}
      ${quoteAuthor ? `<div data-testid="quoted-message"><span data-testid="author" aria-label="${quoteAuthor}">${quoteAuthor}</span></div>` : ''}
      <div class="copyable-text" data-pre-plain-text="[10:00, 12.5.2026] X: "><span class="selectable-text">Hallo</span></div></div>
  </div></div></div></div></div></div>`;

const kindOf = (html: string, composerLabel: string | null = null, title = 'Anna Müller') => {
  const root = conversation(html);
  const composer = document.createElement('div');
  if (composerLabel) composer.setAttribute('aria-label', composerLabel);
  return chatKind(readMessages(root), composer, title);
};

describe('chatKind', () => {
  it('legacy full ids: the chat JID decides', () => {
    expect(kindOf(incoming('false_491701234567@c.us_3A0000000000000000AA'))).toBe('direct');
    expect(kindOf(incoming('false_120363400000000001@g.us_3A0000000000000000AB_491701234567@c.us'))).toBe('group');
  });

  it('bare ids: an author label on an incoming bubble means a group', () => {
    expect(kindOf(incoming('3A0000000000000000AC', { author: 'Jonas Weber' }))).toBe('group');
  });

  it('bare ids: a run start without an author label means a 1:1 chat', () => {
    expect(kindOf(incoming('3A0000000000000000AD'))).toBe('direct');
  });

  it('an author inside a quoted message does not make a chat a group', () => {
    expect(kindOf(incoming('3A0000000000000000AE', { quoteAuthor: 'Du' }))).toBe('direct');
  });

  it('the composer label "to group" means a group, a contact called "Gruppe …" does not', () => {
    expect(kindOf(incoming('3A0000000000000000AF'), 'Type a message to group Team Montag', 'Team Montag')).toBe('group');
    expect(kindOf(incoming('3A0000000000000000B0'), 'Nachricht an Gruppe Team Montag eingeben', 'Team Montag')).toBe('group');
    expect(kindOf(incoming('3A0000000000000000B1'), 'Nachricht an Gruppe Müller eingeben', 'Gruppe Müller')).toBe('direct');
  });

  it('no evidence either way is "unknown" (no reply)', () => {
    expect(kindOf(incoming('3A0000000000000000B2', { tail: false }))).toBe('unknown');
    expect(kindOf('')).toBe('unknown');
  });
});
