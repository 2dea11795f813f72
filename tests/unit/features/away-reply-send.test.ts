// @vitest-environment happy-dom
/**
 * sendInOpenChat (the automatic away reply): never over a draft or in another chat; counted as sent
 * when the outgoing message shows at the end of the chat, or — when the user opens another chat before
 * it could be seen — when the send emptied the compose box; otherwise "not seen".
 */
import { describe, expect, it } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import type { MessageSnapshot } from '../../../utils/whatsapp/messages.ts';
import { sendInOpenChat } from '../../../entrypoints/whatsapp.content/features/away-reply/send.ts';

const CHAT = 'jid:491600000001@c.us' as ChatKey;
const OTHER = 'jid:491600000002@c.us' as ChatKey;

interface FakePage {
  sentTexts: string[];
  clearCompose(): void;
  openChat(key: ChatKey): void;
  show(direction: 'in' | 'out', text: string): void;
}

/** A compose box and a send button; `onSend` decides what the "page" does when it is pressed. */
function fakePage(options: { draft?: string; onSend: (page: FakePage) => void }) {
  let draft = options.draft ?? '';
  let open: ChatKey = CHAT;
  const listeners = new Set<(messages: MessageSnapshot[]) => void>();
  const button = document.createElement('button');
  const page: FakePage = {
    sentTexts: [],
    clearCompose: () => void (draft = ''),
    openChat: (key) => void (open = key),
    show: (direction, text) => {
      const message = { id: String(Math.random()), direction, text, virtualized: false } as MessageSnapshot;
      for (const listener of [...listeners]) listener([message]);
    },
  };
  button.addEventListener('click', () => {
    page.sentTexts.push(draft);
    options.onSend(page);
  });
  const adapter = {
    currentChat: () => ({ key: open, title: open }),
    onMessages: (callback: (messages: MessageSnapshot[]) => void, signal: AbortSignal) => {
      listeners.add(callback);
      signal.addEventListener('abort', () => listeners.delete(callback));
    },
    composer: {
      readText: () => draft,
      insertText: async (text: string) => {
        draft += text;
        return { ok: true };
      },
      sendButton: () => (draft ? button : null),
    },
  } as unknown as WhatsAppAdapter;
  return { adapter, page };
}

const signal = () => new AbortController().signal;

describe('sendInOpenChat', () => {
  it('counts a reply that shows at the end of the chat as sent', async () => {
    const { adapter, page } = fakePage({
      onSend: (p) => {
        p.clearCompose();
        setTimeout(() => p.show('out', 'Wir sind  ab Montag\nwieder da.'), 5);
      },
    });
    expect((await sendInOpenChat(adapter, CHAT, 'Wir sind ab Montag wieder da.', signal())).outcome).toBe('sent');
    expect(page.sentTexts).toEqual(['Wir sind ab Montag wieder da.']);
  });

  it('counts it as sent when the send emptied the compose box and the user opened another chat before it showed', async () => {
    const { adapter } = fakePage({
      onSend: (p) => {
        p.clearCompose();
        setTimeout(() => {
          p.openChat(OTHER);
          p.show('in', 'a message of the other chat');
        }, 5);
      },
    });
    expect((await sendInOpenChat(adapter, CHAT, 'Wir sind ab Montag wieder da.', signal())).outcome).toBe('sent-left-chat');
  });

  it('is "not seen" when the compose box kept the text and the user left the chat', async () => {
    const { adapter } = fakePage({
      onSend: (p) =>
        setTimeout(() => {
          p.openChat(OTHER);
          p.show('in', 'a message of the other chat');
        }, 5),
    });
    expect((await sendInOpenChat(adapter, CHAT, 'Wir sind ab Montag wieder da.', signal())).outcome).toBe('not-seen');
  });

  it('never sends over a draft, nor into a chat that is not the open one', async () => {
    const drafted = fakePage({ draft: 'Ich schreibe gerade', onSend: () => {} });
    expect((await sendInOpenChat(drafted.adapter, CHAT, 'Wir sind ab Montag wieder da.', signal())).outcome).toBe('draft');
    expect(drafted.page.sentTexts).toEqual([]);
    const elsewhere = fakePage({ onSend: () => {} });
    expect((await sendInOpenChat(elsewhere.adapter, OTHER, 'Wir sind ab Montag wieder da.', signal())).outcome).toBe('switched');
    expect(elsewhere.page.sentTexts).toEqual([]);
  });
});
