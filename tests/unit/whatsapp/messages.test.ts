// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chatJidOfMessages, messageIds, readMessages } from '../../../utils/whatsapp/messages.ts';
import { annaConversation, mountPage, pageHtml, type FixtureMessage, type Profile } from './fixtures.ts';

function pane(): Element {
  return document.querySelector('#main')!;
}

function mountMessages(profile: Profile, messages: FixtureMessage[], selectable = true): void {
  mountPage(pageHtml({ profile, selectable, open: { title: 'Anna Müller', jid: '491701234567@c.us', messages } }));
}

describe.each(['legacy-2025', 'current-2026'] as Profile[])('messages on %s', (profile) => {
  beforeEach(() => document.body.replaceChildren());

  it('lists top-level messages only (quoted previews carry their own data-id), ids normalised', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    const messages = readMessages(pane());
    expect(messages.map((m) => m.id)).toEqual(['3A12F0908922EFDD735D', '3A12F0908922EFDD735E', '3EB0C431A1B2C3D4E5F6A7', '3EB0C431A1B2C3D4E5F6A8', '3A12F0908922EFDD7360']);
    expect(messageIds(pane())).toHaveLength(5);
  });

  it.each([true, false])('reads the body text, not the quote, with emoji images (selectable %s)', (selectable) => {
    mountPage(pageHtml({ profile, selectable, open: annaConversation() }));
    const messages = readMessages(pane());
    expect(messages[2]!.text).toBe('Morgen um 8');
    expect(messages[3]!.text).toBe('Bis dann 👋');
    expect(messages[0]!.prePlainText).toBe('[10:31, 12.3.2026] Anna Müller: ');
  });

  it('infers the direction of every message', () => {
    mountPage(pageHtml({ profile, open: annaConversation() }));
    expect(readMessages(pane()).map((m) => m.direction)).toEqual(['in', 'in', 'out', 'out', 'in']);
  });

  it('a virtualized message keeps its id and loses its text', () => {
    mountMessages(profile, [
      { id: 'AAA1', fromMe: false, text: 'alt', virtualized: true },
      { id: 'AAA2', fromMe: true, text: 'neu', tail: true, status: 'msg-check' },
    ]);
    const [first, second] = readMessages(pane());
    expect(first).toMatchObject({ id: 'AAA1', text: '' });
    expect(second).toMatchObject({ id: 'AAA2', text: 'neu', direction: 'out' });
    if (profile === 'current-2026') expect(first!.virtualized).toBe(true);
  });
});

describe('direction inference order (A.6) on bare ids', () => {
  beforeEach(() => document.body.replaceChildren());

  it('status icon → tail → run; the source is reported', () => {
    mountMessages('current-2026', [
      { id: 'M1', fromMe: false, text: 'a', tail: true },
      { id: 'M2', fromMe: false, text: 'b' },
      { id: 'M3', fromMe: true, text: 'c', status: 'msg-time' },
      { id: 'M4', fromMe: true, text: 'd', tail: true },
      { id: 'M5', fromMe: true, text: 'e' },
    ]);
    expect(readMessages(pane()).map((m) => `${m.direction}:${m.directionSource}`)).toEqual(['in:tail', 'in:run', 'out:status-icon', 'out:tail', 'out:run']);
  });

  it('a virtualized message breaks the run: what follows without a tail is unknown', () => {
    mountMessages('current-2026', [
      { id: 'M1', fromMe: true, text: 'a', tail: true },
      { id: 'M2', fromMe: false, text: 'b', tail: true, virtualized: true },
      { id: 'M3', fromMe: false, text: 'c' },
    ]);
    expect(readMessages(pane()).map((m) => m.direction)).toEqual(['out', 'unknown', 'unknown']);
  });

  it('legacy classes are the last resort', () => {
    mountPage(
      '<div id="main"><div role="row"><div data-id="X1"><div class="message-out focusable-list-item"><div class="copyable-text" data-pre-plain-text="[1:00] Ich: ">Hi</div></div></div></div></div>',
    );
    expect(readMessages(pane())[0]).toMatchObject({ direction: 'out', directionSource: 'legacy-class', text: 'Hi' });
  });

  it('works with the conv-msg testid when data-id is gone', () => {
    mountPage('<div id="main"><div role="row"><div data-testid="conv-msg-ABC123"><span data-icon="tail-in"></span></div></div></div>');
    expect(readMessages(pane())[0]).toMatchObject({ id: 'ABC123', direction: 'in' });
  });
});

describe('chat JID of the messages', () => {
  it('takes the JID most full-form ids name; none for bare ids', () => {
    expect(chatJidOfMessages(['false_1@c.us_A', 'true_1@c.us_B', 'false_2@c.us_C'])).toBe('1@c.us');
    expect(chatJidOfMessages(['false_120363@g.us_A_35@lid'])).toBe('120363@g.us');
    expect(chatJidOfMessages(['ABC', 'DEF'])).toBeNull();
  });
});
