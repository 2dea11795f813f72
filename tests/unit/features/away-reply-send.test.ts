// @vitest-environment happy-dom
/**
 * sendInOpenChat (the automatic away reply) on a small fake WhatsApp page built from real DOM (#main,
 * header title, footer with a Lexical-like editor that takes `beforeinput`, the send button only while
 * the editor has text) and the adapter's real compose-target and insertion code:
 * - never over a draft or in another chat; the claim is committed before anything is typed;
 * - counted as sent when a NEW outgoing message shows, whatever its text looks like (bold rendered);
 * - a chat switch in the middle of a multi-line insert stops the insertion and nothing is pressed —
 *   neither when WhatsApp re-mounts #main nor when it reuses it for the other chat (the adapter's
 *   current chat still lags behind, as after a real switch before the next observer batch);
 * - when the user opens another chat before it could be seen: sent if the send emptied the compose box.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatKey } from '../../../utils/chat-key.ts';
import type { WhatsAppAdapter } from '../../../utils/whatsapp/adapter.ts';
import { findComposeTarget, sendButtonOfTarget, targetStillCurrent } from '../../../utils/whatsapp/compose-target.ts';
import { insertText, readComposerText } from '../../../utils/whatsapp/composer.ts';
import type { MessageSnapshot } from '../../../utils/whatsapp/messages.ts';
import { sendInOpenChat } from '../../../entrypoints/whatsapp.content/features/away-reply/send.ts';
import { isZettelSend, resetZettelSends } from '../../../entrypoints/whatsapp.content/zettel-sends.ts';

const ANNA = 'title:Anna Berger' as ChatKey;
const BERND = 'title:Bernd Maier' as ChatKey;
const titleOf = (key: ChatKey) => key.replace(/^title:/, '');

interface Pane {
  main: HTMLElement;
  editor: HTMLElement;
  slot: HTMLElement;
  /** Texts sent from this pane's send button. */
  sent: string[];
}

/** One chat's #main: header title, editor (beforeinput → its own paragraphs), a send slot. */
function buildPane(key: ChatKey, onInput: (inputType: string) => void): Pane {
  const main = document.createElement('div');
  main.id = 'main';
  const header = document.createElement('header');
  const title = document.createElement('span');
  title.setAttribute('dir', 'auto');
  title.setAttribute('title', titleOf(key));
  title.textContent = titleOf(key);
  header.append(title);
  const footer = document.createElement('footer');
  const editor = document.createElement('div');
  Object.assign(editor, { contentEditable: 'true' });
  editor.setAttribute('contenteditable', 'true');
  editor.setAttribute('role', 'textbox');
  editor.setAttribute('data-lexical-editor', 'true');
  editor.append(document.createElement('p'));
  const slot = document.createElement('div');
  footer.append(editor, slot);
  main.append(header, footer);
  const pane: Pane = { main, editor, slot, sent: [] };
  const renderSlot = () => {
    slot.replaceChildren();
    if (readComposerText(editor) === '') return;
    const button = document.createElement('button');
    button.setAttribute('aria-label', 'Senden');
    const glyph = document.createElement('span');
    glyph.setAttribute('data-icon', 'wds-ic-send-filled');
    button.append(glyph);
    button.addEventListener('click', () => {
      pane.sent.push(readComposerText(editor));
      editor.replaceChildren(document.createElement('p'));
      renderSlot();
    });
    slot.append(button);
  };
  editor.addEventListener('beforeinput', (event) => {
    const input = event as InputEvent;
    event.preventDefault();
    if (input.inputType === 'insertParagraph') editor.append(document.createElement('p'));
    else if (input.inputType === 'insertText') (editor.lastElementChild as HTMLElement).append(input.data ?? '');
    renderSlot();
    onInput(input.inputType);
  });
  return pane;
}

function fakePage(options: { draft?: string; onInput?: (page: { open(key: ChatKey, reuseMain?: boolean): void }, inputType: string) => void } = {}) {
  const listeners = new Set<(messages: MessageSnapshot[]) => void>();
  let messages: MessageSnapshot[] = [];
  /** What the adapter believes is open: it follows the DOM only when the page says a batch was flushed. */
  let resolved: ChatKey = ANNA;
  const page = {
    panes: new Map<ChatKey, Pane>(),
    current: null as Pane | null,
    open(key: ChatKey, reuseMain = false) {
      const pane = buildPane(key, (type) => options.onInput?.(page, type));
      this.panes.set(key, pane);
      if (reuseMain && this.current) {
        // The same #main node, new content: header and footer of the other chat.
        this.current.main.replaceChildren(...pane.main.childNodes);
        pane.main = this.current.main;
      } else {
        if (this.current) this.current.main.replaceWith(pane.main);
        else document.body.append(pane.main);
      }
      this.current = pane;
    },
    /** The adapter's batch after a switch: only now does currentChat() say so. */
    flush(key: ChatKey) {
      resolved = key;
      for (const listener of [...listeners]) listener(messages);
    },
    show(direction: 'in' | 'out', text: string) {
      messages = [...messages, { id: `m${messages.length}`, direction, text, virtualized: false } as MessageSnapshot];
      for (const listener of [...listeners]) listener(messages);
    },
    sentEverywhere: () => [...page.panes.values()].flatMap((pane) => pane.sent),
  };
  page.open(ANNA);
  if (options.draft) (page.current!.editor.firstElementChild as HTMLElement).append(options.draft);
  page.show('in', 'Hallo, sind Sie noch da?');
  const adapter = {
    currentChat: () => ({ key: resolved, title: titleOf(resolved) }),
    messages: () => messages,
    onMessages: (callback: (list: MessageSnapshot[]) => void, signal: AbortSignal) => {
      listeners.add(callback);
      signal.addEventListener('abort', () => listeners.delete(callback));
    },
    composer: {
      readText: () => {
        const target = findComposeTarget(document);
        return target ? readComposerText(target.box) : null;
      },
      // What the adapter offered before compose targets (kept, so the old send path can be tried here).
      insertText: (text: string) => insertText(findComposeTarget(document)?.box ?? null, text, { methods: ['beforeinput'] }),
      sendButton: () => findComposeTarget(document)?.footer.querySelector('button') ?? null,
      target: () => findComposeTarget(document),
      insertInto: (target: NonNullable<ReturnType<typeof findComposeTarget>>, text: string) =>
        insertText(target.box, text, { methods: ['beforeinput'], keepGoing: () => targetStillCurrent(document, target) === null }),
      sendButtonOf: (target: NonNullable<ReturnType<typeof findComposeTarget>>) => sendButtonOfTarget(document, target),
    },
  } as unknown as WhatsAppAdapter;
  return { adapter, page };
}

const signal = () => new AbortController().signal;
const MULTI_LINE = 'Danke für Ihre Nachricht!\nWir sind ab *Montag* wieder da.\nIhr Team';

afterEach(() => {
  document.body.replaceChildren();
  resetZettelSends();
});

describe('sendInOpenChat', () => {
  it('claims before typing, then counts a new outgoing message as sent although WhatsApp renders it differently', async () => {
    const { adapter, page } = fakePage();
    const order: string[] = [];
    const claim = async () => void order.push(`claim with "${readComposerText(page.current!.editor)}"`);
    page.current!.editor.addEventListener('beforeinput', () => order.push('typing'), { once: true });
    const result = sendInOpenChat(adapter, ANNA, MULTI_LINE, signal(), claim);
    await vi.waitFor(() => expect(page.sentEverywhere()).toEqual([MULTI_LINE]));
    // The chat shows it bold, without the asterisks: matched as the new outgoing message, not by text.
    page.show('out', 'Danke für Ihre Nachricht! Wir sind ab Montag wieder da. Ihr Team');
    expect(await result).toEqual({ outcome: 'sent', touched: true });
    expect(order).toEqual(['claim with ""', 'typing']);
  });

  it('announces the send, so "I answered" never takes it for the user\'s message', async () => {
    const { adapter, page } = fakePage();
    const result = sendInOpenChat(adapter, ANNA, 'Wir sind ab Montag wieder da.', signal(), async () => {});
    await vi.waitFor(() => expect(page.sentEverywhere()).toHaveLength(1));
    page.show('out', 'Wir sind ab Montag wieder da.');
    await result;
    page.show('out', 'Ich melde mich morgen früh.');
    const [, zettel, user] = adapter.messages();
    expect(isZettelSend(ANNA, zettel!, adapter.messages())).toBe(true);
    expect(isZettelSend(ANNA, user!, adapter.messages())).toBe(false);
  });

  for (const reuseMain of [false, true]) {
    it(`a chat switch in the middle of a multi-line insert stops it and presses nothing (${reuseMain ? '#main reused' : '#main re-mounted'})`, async () => {
      let switched = false;
      const { adapter, page } = fakePage({
        onInput: (p, type) => {
          // After the first line break: the user opens Bernd's chat; the adapter has not seen it yet.
          if (type === 'insertParagraph' && !switched) {
            switched = true;
            p.open(BERND, reuseMain);
          }
        },
      });
      const result = await sendInOpenChat(adapter, ANNA, MULTI_LINE, signal(), async () => {});
      expect(result).toMatchObject({ outcome: 'target-changed', touched: true });
      expect(page.sentEverywhere()).toEqual([]);
      // Not a single further line went into Bernd's compose box.
      expect(readComposerText(page.panes.get(BERND)!.editor)).toBe('');
    });
  }

  it('checks the send button against the pinned footer: a switch after the insert, before the press, presses nothing', async () => {
    const { adapter, page } = fakePage();
    // Bernd's chat, with a draft (so a send button), is opened while the claim for Anna commits.
    const claim = async () => {};
    const pending = sendInOpenChat(adapter, ANNA, 'Wir sind ab Montag wieder da.', signal(), claim);
    // The insert runs through settle() steps: switch once the text is in Anna's box.
    await new Promise<void>((resolve) => {
      const watch = () => (readComposerText(page.current!.editor) !== '' ? resolve() : setTimeout(watch, 0));
      watch();
    });
    page.open(BERND);
    (page.current!.editor.firstElementChild as HTMLElement).append('Entwurf an Bernd');
    page.current!.editor.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: '!', cancelable: true }));
    expect((await pending).outcome).toMatch(/target-changed|switched/);
    expect(page.sentEverywhere()).toEqual([]);
  });

  it('counts it as sent when the send emptied the compose box and the user opened another chat before it showed', async () => {
    const { adapter, page } = fakePage();
    const result = sendInOpenChat(adapter, ANNA, 'Wir sind ab Montag wieder da.', signal(), async () => {});
    await vi.waitFor(() => expect(page.sentEverywhere()).toHaveLength(1));
    page.open(BERND);
    page.flush(BERND);
    expect((await result).outcome).toBe('sent-left-chat');
  });

  it('never sends over a draft, nor into a chat that is not the open one, nor without a committed claim', async () => {
    const drafted = fakePage({ draft: 'Ich schreibe gerade' });
    let claims = 0;
    const count = async () => void claims++;
    expect(await sendInOpenChat(drafted.adapter, ANNA, 'Wir sind ab Montag wieder da.', signal(), count)).toEqual({ outcome: 'draft', touched: false });
    expect(drafted.page.sentEverywhere()).toEqual([]);
    document.body.replaceChildren();
    const elsewhere = fakePage();
    expect(await sendInOpenChat(elsewhere.adapter, BERND, 'Wir sind ab Montag wieder da.', signal(), count)).toEqual({ outcome: 'switched', touched: false });
    expect(claims).toBe(0);
    const failing = async () => {
      throw new Error('storage full');
    };
    expect(await sendInOpenChat(elsewhere.adapter, ANNA, 'Wir sind ab Montag wieder da.', signal(), failing)).toMatchObject({ outcome: 'not-claimed', touched: false });
    expect(elsewhere.page.sentEverywhere()).toEqual([]);
    expect(readComposerText(elsewhere.page.current!.editor)).toBe('');
  });
});
